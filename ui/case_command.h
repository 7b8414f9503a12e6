#pragma once

#include "cases/case_error.h"
#include "data_change.h"

#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <algorithm>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::ui {

class CaseActions;
class Workspace;

// A decision on the undo stack. The change is written (on the writer thread) before the
// command is pushed, so the stack only ever holds what really happened; redo and undo
// write again, and when such a write is refused (the case changed meanwhile) the stack
// steps back so that it keeps telling the truth. CaseActions refuses undo and redo while
// any decision is being written, so the stack never moves under a write in flight.
class CaseCommand : public QUndoCommand {
public:
    // What a write did, handed back to the UI thread.
    struct Written {
        QString message;
        std::vector<qint64> ids; // the alerts a status change reached, or the note added
    };
    // Runs on the writer thread. It holds copies of what it needs, never the command,
    // which the stack may delete meanwhile.
    using Write = std::function<Written(store::Database& db, const std::string& actor)>;

    CaseCommand(CaseActions& actions, Workspace& workspace, const QString& text);
    ~CaseCommand() override;

    // Writes the change for the first time and pushes this command when it committed;
    // deletes it and reports when it did not. Takes ownership.
    static void applyAndPush(CaseCommand* command);

    void redo() override;
    void undo() override;

protected:
    // forward: the change, else its reverse; again: a redo or an undo, not the first write.
    // The returned function throws when nothing was written.
    virtual Write write(bool forward, bool again) const = 0;
    // On the UI thread, after a write committed (e.g. to keep the alerts it reached).
    virtual void written(const Written&, bool /*forward*/, bool /*again*/) {}
    virtual DataChanges changes() const = 0;

    // Decides each item in a commit of its own (every CaseDesk call commits), so one that is
    // refused (changed meanwhile, a lock held too long) leaves the others decided. Returns
    // the items decided and adds each refusal to `refusals`; throws CaseError with all of
    // them when nothing was decided. For the writer thread, inside a Write.
    template <typename Item, typename Decide>
    static std::vector<Item> decideEach(const std::vector<Item>& items, Decide decide, QStringList& refusals)
    {
        std::vector<Item> decided;
        for (const Item& item : items) {
            try {
                decide(item);
                decided.push_back(item);
            } catch (const std::exception& e) {
                refusals << QString::fromStdString(e.what());
            }
        }
        if (decided.empty())
            throw cases::CaseError(refusals.join(QStringLiteral("; ")).toStdString());
        return decided;
    }
    // What a message says after it when some items were refused; empty when none were.
    static QString refusalNote(const QStringList& refusals);
    // After the first write: the command covers only the items it reached (their ids in
    // `reached`), so that its undo reverses exactly those.
    template <typename Item, typename IdOf>
    static void keepReached(std::vector<Item>& items, const std::vector<qint64>& reached, IdOf idOf)
    {
        std::erase_if(items, [&](const Item& item) {
            return std::find(reached.begin(), reached.end(), idOf(item)) == reached.end();
        });
    }

private:
    void dispatch(bool forward);

    CaseActions& m_actions;
    Workspace& m_workspace;
    std::shared_ptr<bool> m_alive; // read and written on the UI thread only
    bool m_skipRedo = false;
    bool m_skipUndo = false;
};

} // namespace fraudlens::ui
