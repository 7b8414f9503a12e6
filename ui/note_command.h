#pragma once

#include "case_command.h"

#include <optional>

namespace fraudlens::ui {

// A note on an account (and maybe one of its alerts). Undo withdraws it; redo adds it again.
class NoteCommand : public CaseCommand {
public:
    NoteCommand(CaseActions& actions, Workspace& workspace, qint64 accountId, const QString& account,
                std::optional<qint64> alertId, const QString& text);

protected:
    Write write(bool forward, bool again) const override;
    void written(const Written& result, bool forward, bool again) override;
    DataChanges changes() const override { return DataChange::Notes; }

private:
    qint64 m_accountId;
    QString m_account;
    std::optional<qint64> m_alertId;
    QString m_text;
    qint64 m_noteId = 0; // the note the last redo added
};

} // namespace fraudlens::ui
