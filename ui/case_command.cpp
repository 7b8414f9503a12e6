#include "case_command.h"

#include "case_actions.h"
#include "workspace.h"

#include <QUndoStack>

namespace fraudlens::ui {

CaseCommand::CaseCommand(CaseActions& actions, Workspace& workspace, const QString& text)
    : QUndoCommand(text), m_actions(actions), m_workspace(workspace), m_alive(std::make_shared<bool>(true))
{
}

CaseCommand::~CaseCommand()
{
    *m_alive = false;
}

void CaseCommand::applyAndPush(CaseCommand* command)
{
    CaseActions& actions = command->m_actions;
    Workspace& workspace = command->m_workspace;
    const std::string actor = workspace.analyst().toStdString();
    workspace.write<QString>(
        &actions, [command, actor](store::Database& db) { return command->apply(db, actor, true, false); },
        [command, &actions, &workspace](QString message) {
            command->m_skipRedo = true; // push() calls redo(): the change is already written
            actions.undoStack()->push(command);
            workspace.notifyChanged(command->changes() | DataChange::Audit);
            Q_EMIT actions.done(message);
        },
        [command, &actions](QString message) {
            delete command;
            Q_EMIT actions.failed(message);
        });
}

void CaseCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    dispatch(true);
}

void CaseCommand::undo()
{
    if (m_skipUndo) {
        m_skipUndo = false;
        return;
    }
    dispatch(false);
}

void CaseCommand::dispatch(bool forward)
{
    const std::string actor = m_workspace.analyst().toStdString();
    std::shared_ptr<bool> alive = m_alive;
    CaseActions& actions = m_actions;
    Workspace& workspace = m_workspace;
    const DataChanges what = changes() | DataChange::Audit;
    workspace.write<QString>(
        &actions,
        [this, alive, actor, forward](store::Database& db) {
            // The stack may have dropped this command while the write waited in the queue.
            if (!*alive)
                throw std::runtime_error("the action was discarded before it could be written");
            return apply(db, actor, forward, true);
        },
        [&actions, &workspace, what](QString message) {
            workspace.notifyChanged(what);
            Q_EMIT actions.done(message);
        },
        [this, alive, &actions, forward](QString message) {
            QUndoStack* stack = actions.undoStack();
            // Step the stack back over the move it made, without writing anything, unless
            // the analyst has moved it again meanwhile.
            const bool stillHere = *alive && stack->command(forward ? stack->index() - 1 : stack->index()) == this;
            if (stillHere) {
                if (forward) {
                    m_skipUndo = true;
                    actions.undoStack()->undo();
                } else {
                    m_skipRedo = true;
                    actions.undoStack()->redo();
                }
            }
            Q_EMIT actions.failed(message);
        });
}

} // namespace fraudlens::ui
