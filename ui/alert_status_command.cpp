#include "alert_status_command.h"

#include "alert_status_label.h"
#include "case_actions.h"

#include "cases/case_desk.h"
#include "cases/case_error.h"

#include <QStringList>

#include <algorithm>
#include <exception>

namespace fraudlens::ui {

namespace {

QString describe(const std::vector<AlertStatusCommand::Change>& changes)
{
    const auto& first = changes.front();
    if (changes.size() == 1)
        return CaseActions::tr("%1: alert #%2 → %3")
            .arg(first.account)
            .arg(first.alertId)
            .arg(alertStatusLabel(first.to));
    return CaseActions::tr("%1 alerts → %2").arg(changes.size()).arg(alertStatusLabel(first.to));
}

} // namespace

AlertStatusCommand::AlertStatusCommand(CaseActions& actions, Workspace& workspace, std::vector<Change> changes,
                                       const QString& note)
    : CaseCommand(actions, workspace, describe(changes)), m_changes(std::move(changes)), m_note(note)
{
}

CaseCommand::Write AlertStatusCommand::write(bool forward, bool again) const
{
    return [changes = m_changes, note = m_note.toStdString(), forward, again](store::Database& db,
                                                                              const std::string& actor) {
        cases::CaseDesk desk(db, actor);
        std::vector<Change> reached;
        QStringList problems;
        // Each alert commits on its own: one that changed meanwhile, or a lock held too
        // long, leaves the others decided, and the command keeps exactly those.
        for (const Change& change : changes) {
            try {
                if (forward)
                    desk.setAlertStatus(change.alertId, change.from, change.to, note,
                                        again ? cases::DecisionOrigin::Redo : cases::DecisionOrigin::Analyst);
                else
                    desk.setAlertStatus(change.alertId, change.to, change.from, {}, cases::DecisionOrigin::Undo);
                reached.push_back(change);
            } catch (const std::exception& e) {
                problems << QString::fromStdString(e.what());
            }
        }
        if (reached.empty())
            throw cases::CaseError(problems.join(QStringLiteral("; ")).toStdString());
        Written result;
        for (const Change& change : reached)
            result.ids.push_back(change.alertId);
        result.message = forward ? describe(reached) : CaseActions::tr("Undone: %1").arg(describe(reached));
        if (!problems.isEmpty())
            result.message += CaseActions::tr(" (%1 not changed: %2)").arg(problems.size()).arg(problems.first());
        return result;
    };
}

void AlertStatusCommand::written(const Written& result, bool, bool again)
{
    // The first write decides which alerts this command covers; its undo reverses exactly those.
    if (again)
        return;
    std::erase_if(m_changes, [&result](const Change& change) {
        return std::find(result.ids.begin(), result.ids.end(), change.alertId) == result.ids.end();
    });
}

} // namespace fraudlens::ui
