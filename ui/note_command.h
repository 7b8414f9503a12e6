#pragma once

#include "account_ref.h"
#include "case_command.h"

#include <vector>

namespace fraudlens::ui {

// The same note on one or more accounts (each maybe on one of its alerts): a bulk
// selection of the queue is one undo step. Undo withdraws the notes; redo adds them again.
class NoteCommand : public CaseCommand {
public:
    NoteCommand(CaseActions& actions, Workspace& workspace, std::vector<AccountRef> targets, const QString& text);

protected:
    Write write(bool forward, bool again) const override;
    void written(const Written& result, bool forward, bool again) override;
    DataChanges changes() const override { return DataChange::Notes; }

private:
    std::vector<AccountRef> m_targets;
    QString m_text;
    std::vector<qint64> m_noteIds; // the notes the last forward write added
};

} // namespace fraudlens::ui
