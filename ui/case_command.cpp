#include "case_command.h"

#include "case_actions.h"
#include "workspace.h"

#include <QUndoStack>

namespace fraudlens::ui {

CaseCommand::CaseCommand(CaseActions& actions, Workspace& workspace, const QString& text)
    : QUndoCommand(text), m_actions(actions), m_workspace(workspace), m_alive(std::make_shared<bool>(true))
{
}

QString CaseCommand::refusalNote(const QStringList& refusals)
{
    if (refusals.isEmpty())
        return {};
    return CaseActions::tr(" (%1 not changed: %2)").arg(refusals.size()).arg(refusals.first());
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
    const Write work = command->write(true, false);
    actions.beginWrite();
    workspace.write<Written>(
        &actions, [work, actor](store::Database& db) { return work(db, actor); },
        [command, &actions, &workspace](Written result) {
            command->written(result, true, false);
            command->m_skipRedo = true; // push() calls redo(): the change is already written
            actions.undoStack()->push(command);
            actions.endWrite();
            workspace.notifyChanged(command->changes() | DataChange::Audit);
            Q_EMIT actions.done(result.message);
        },
        [command, &actions](QString message) {
            delete command;
            actions.endWrite();
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
    const Write work = write(forward, true);
    std::shared_ptr<bool> alive = m_alive;
    CaseActions& actions = m_actions;
    Workspace& workspace = m_workspace;
    const DataChanges what = changes() | DataChange::Audit;
    actions.beginWrite();
    workspace.write<Written>(
        &actions, [work, actor](store::Database& db) { return work(db, actor); },
        [this, alive, &actions, &workspace, what, forward](Written result) {
            if (*alive)
                written(result, forward, true);
            actions.endWrite();
            workspace.notifyChanged(what);
            Q_EMIT actions.done(result.message);
        },
        [this, alive, &actions, forward](QString message) {
            QUndoStack* stack = actions.undoStack();
            // Step the stack back over the move it made, without writing anything. Undo and
            // redo were refused while this write was in flight, so this command is still
            // the one next to the index unless the stack was cleared.
            const bool stillHere = *alive && stack->command(forward ? stack->index() - 1 : stack->index()) == this;
            if (stillHere) {
                if (forward) {
                    m_skipUndo = true;
                    stack->undo();
                } else {
                    m_skipRedo = true;
                    stack->redo();
                }
            }
            actions.endWrite();
            Q_EMIT actions.failed(message);
        });
}

} // namespace fraudlens::ui
