#include "case_actions.h"

#include "alert_status_command.h"
#include "freeze_command.h"
#include "note_command.h"
#include "workspace.h"

#include <QAction>
#include <QTimer>
#include <QUndoStack>

namespace fraudlens::ui {

CaseActions::CaseActions(Workspace& workspace, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_stack(new QUndoStack(this))
{
    // Another database's decisions cannot be undone from here; the workspace drops the
    // answers of writes still in flight for the previous one.
    connect(&workspace, &Workspace::opened, this, &CaseActions::reset);
    connect(&workspace, &Workspace::closed, this, &CaseActions::reset);
}

void CaseActions::reset()
{
    m_pending.clear();
    m_pendingNote.clear();
    m_stack->clear();
    if (m_inFlight != 0) {
        m_inFlight = 0;
        Q_EMIT busyChanged(false);
    }
}

void CaseActions::beginWrite()
{
    if (m_inFlight++ == 0)
        Q_EMIT busyChanged(true);
}

void CaseActions::endWrite()
{
    if (m_inFlight > 0 && --m_inFlight == 0)
        Q_EMIT busyChanged(false);
}

void CaseActions::undo()
{
    if (busy()) {
        Q_EMIT failed(tr("A decision is still being written; undo when it is done."));
        return;
    }
    if (!refuseWhenReadOnly())
        m_stack->undo();
}

void CaseActions::redo()
{
    if (busy()) {
        Q_EMIT failed(tr("A decision is still being written; redo when it is done."));
        return;
    }
    if (!refuseWhenReadOnly())
        m_stack->redo();
}

QAction* CaseActions::createUndoAction(QObject* parent)
{
    auto* action = new QAction(tr("&Undo"), parent);
    action->setObjectName(QStringLiteral("undoAction"));
    action->setShortcut(QKeySequence::Undo);
    auto update = [this, action] {
        action->setEnabled(m_stack->canUndo() && !busy() && allowed());
        action->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    };
    connect(m_stack, &QUndoStack::indexChanged, action, update);
    connect(m_stack, &QUndoStack::cleanChanged, action, update);
    connect(this, &CaseActions::busyChanged, action, update);
    connect(&m_workspace, &Workspace::readOnlyChanged, action, update);
    connect(action, &QAction::triggered, this, &CaseActions::undo);
    update();
    return action;
}

QAction* CaseActions::createRedoAction(QObject* parent)
{
    auto* action = new QAction(tr("&Redo"), parent);
    action->setObjectName(QStringLiteral("redoAction"));
    action->setShortcut(QKeySequence::Redo);
    auto update = [this, action] {
        action->setEnabled(m_stack->canRedo() && !busy() && allowed());
        action->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
    };
    connect(m_stack, &QUndoStack::indexChanged, action, update);
    connect(m_stack, &QUndoStack::cleanChanged, action, update);
    connect(this, &CaseActions::busyChanged, action, update);
    connect(&m_workspace, &Workspace::readOnlyChanged, action, update);
    connect(action, &QAction::triggered, this, &CaseActions::redo);
    update();
    return action;
}

CaseActions::~CaseActions()
{
    // The stack is deleted after this object's own part is gone, and clearing it signals
    // the Edit actions' lambdas, which read this object.
    m_stack->blockSignals(true);
}

bool CaseActions::allowed() const
{
    return m_workspace.isOpen() && !m_workspace.readOnly();
}

bool CaseActions::refuseWhenReadOnly()
{
    if (allowed())
        return false;
    Q_EMIT failed(m_workspace.readOnly() ? tr("Auditor mode: decisions are disabled.") : tr("No database is open."));
    return true;
}

void CaseActions::setAlertStatus(qint64 alertId, const QString& accountLabel, cases::AlertStatus expected,
                                 cases::AlertStatus next, const QString& note)
{
    if (refuseWhenReadOnly())
        return;
    // Calls made in one go (a bulk selection) become one write and one undo step.
    const bool first = m_pending.empty();
    m_pending.push_back({alertId, accountLabel, expected, next});
    if (!note.isEmpty())
        m_pendingNote = note;
    if (first)
        QTimer::singleShot(0, this, &CaseActions::flushAlertChanges);
}

void CaseActions::flushAlertChanges()
{
    if (m_pending.empty())
        return;
    // Changes of different kinds asked in the same turn each get their own step.
    std::vector<std::vector<AlertStatusCommand::Change>> groups;
    for (const Pending& p : m_pending) {
        if (groups.empty() || groups.back().front().to != p.next)
            groups.emplace_back();
        groups.back().push_back({p.alertId, p.account, p.expected, p.next});
    }
    const QString note = m_pendingNote;
    m_pending.clear();
    m_pendingNote.clear();
    for (auto& group : groups)
        CaseCommand::applyAndPush(new AlertStatusCommand(*this, m_workspace, std::move(group), note));
}

void CaseActions::setAccountsFrozen(std::vector<AccountRef> accounts, bool frozen, const QString& reason)
{
    if (refuseWhenReadOnly() || accounts.empty())
        return;
    if (reason.trimmed().isEmpty()) {
        Q_EMIT failed(frozen ? tr("Freezing an account needs a reason.") : tr("Unfreezing an account needs a reason."));
        return;
    }
    CaseCommand::applyAndPush(new FreezeCommand(*this, m_workspace, std::move(accounts), frozen, reason.trimmed()));
}

void CaseActions::addNotes(std::vector<AccountRef> accounts, const QString& text)
{
    if (refuseWhenReadOnly() || accounts.empty())
        return;
    if (text.trimmed().isEmpty()) {
        Q_EMIT failed(tr("A note needs some text."));
        return;
    }
    CaseCommand::applyAndPush(new NoteCommand(*this, m_workspace, std::move(accounts), text.trimmed()));
}

} // namespace fraudlens::ui
