#pragma once

#include "data_change.h"

#include <QString>
#include <QUndoCommand>

#include <memory>
#include <string>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::ui {

class CaseActions;
class Workspace;

// A decision on the undo stack. The change is written (on the writer thread) before the
// command is pushed, so the stack only ever holds what really happened; redo and undo
// write again, and when such a write is refused (the case changed meanwhile) the stack
// steps back so that it keeps telling the truth.
class CaseCommand : public QUndoCommand {
public:
    CaseCommand(CaseActions& actions, Workspace& workspace, const QString& text);
    ~CaseCommand() override;

    // Writes the change for the first time and pushes this command when it committed;
    // deletes it and reports when it did not. Takes ownership.
    static void applyAndPush(CaseCommand* command);

    void redo() override;
    void undo() override;

protected:
    // Runs on the writer thread: forward = the change, else its reverse; `again` when this
    // is a redo or an undo rather than the first write. Returns the status-bar line;
    // throws when nothing was written.
    virtual QString apply(store::Database& db, const std::string& actor, bool forward, bool again) = 0;
    virtual DataChanges changes() const = 0;

private:
    void dispatch(bool forward);

    CaseActions& m_actions;
    Workspace& m_workspace;
    std::shared_ptr<bool> m_alive;
    bool m_skipRedo = false;
    bool m_skipUndo = false;
};

} // namespace fraudlens::ui
