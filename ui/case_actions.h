#pragma once

#include "account_ref.h"
#include "cases/alert_status.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class QAction;
class QUndoStack;

namespace fraudlens::ui {

class Workspace;

// The decisions of the alert queue and the account view, as undoable commands: each one
// is written (with its audit entry) on the writer thread, and its undo is a decision of
// its own. One undo stack for the whole window, so Ctrl+Z undoes the last action wherever
// it was taken. In auditor mode every call is refused.
class CaseActions : public QObject {
    Q_OBJECT
public:
    CaseActions(Workspace& workspace, QObject* parent = nullptr);
    ~CaseActions() override;

    QUndoStack* undoStack() const { return m_stack; }
    bool allowed() const;
    // A decision, an undo or a redo is being written. Undo and redo wait for it: the stack
    // must not move under a write in flight.
    bool busy() const { return m_inFlight > 0; }
    void undo();
    void redo();
    // Edit-menu actions that follow the stack and stay disabled while busy().
    QAction* createUndoAction(QObject* parent);
    QAction* createRedoAction(QObject* parent);

    // `expected` is the status the analyst saw (the write fails with a conflict otherwise).
    // Calls made in the same event-loop turn (a bulk selection) are one write, one undo step.
    void setAlertStatus(qint64 alertId, const QString& accountLabel, cases::AlertStatus expected,
                        cases::AlertStatus next, const QString& note = {});
    // One reason for every account, one write and one undo step for all of them.
    void setAccountsFrozen(std::vector<AccountRef> accounts, bool frozen, const QString& reason);
    void setAccountFrozen(qint64 accountId, const QString& accountLabel, bool frozen, const QString& reason)
    {
        setAccountsFrozen({AccountRef{accountId, accountLabel, std::nullopt}}, frozen, reason);
    }
    // The same note on each account (on its alert when given): one undo step for all.
    void addNotes(std::vector<AccountRef> accounts, const QString& text);
    void addNote(qint64 accountId, const QString& accountLabel, std::optional<qint64> alertId, const QString& text)
    {
        addNotes({AccountRef{accountId, accountLabel, alertId}}, text);
    }

Q_SIGNALS:
    void busyChanged(bool busy);
    // After the write committed: a line for the status bar.
    void done(const QString& message);
    // The write was refused (conflict, read-only, error): nothing changed.
    void failed(const QString& message);

private:
    friend class CaseCommand;
    void beginWrite();
    void endWrite();
    void reset();

    struct Pending {
        qint64 alertId = 0;
        QString account;
        cases::AlertStatus expected = cases::AlertStatus::New;
        cases::AlertStatus next = cases::AlertStatus::New;
    };

    bool refuseWhenReadOnly();
    void flushAlertChanges();

    Workspace& m_workspace;
    QUndoStack* m_stack = nullptr;
    std::vector<Pending> m_pending;
    QString m_pendingNote;
    int m_inFlight = 0;
};

} // namespace fraudlens::ui
