#include "alert_status_command.h"

#include "cases/case_desk.h"
#include "cases/case_error.h"

#include "alert_status_label.h"
#include "case_actions.h"

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

QString AlertStatusCommand::apply(store::Database& db, const std::string& actor, bool forward, bool again)
{
    cases::CaseDesk desk(db, actor);
    std::vector<Change> written;
    QStringList problems;
    for (const Change& change : m_changes) {
        try {
            if (forward)
                desk.setAlertStatus(change.alertId, change.from, change.to, m_note.toStdString(),
                                    again ? cases::DecisionOrigin::Redo : cases::DecisionOrigin::Analyst);
            else
                desk.setAlertStatus(change.alertId, change.to, change.from, {}, cases::DecisionOrigin::Undo);
            written.push_back(change);
        } catch (const cases::CaseError& e) {
            problems << QString::fromStdString(e.what());
        }
    }
    if (written.empty())
        throw cases::CaseError(problems.join(QStringLiteral("; ")).toStdString());
    // A bulk action keeps only the alerts it changed, so its undo reverses exactly those.
    if (!again)
        m_changes = written;
    QString message = forward ? describe(written)
                              : CaseActions::tr("Undone: %1").arg(describe(written));
    if (!problems.isEmpty())
        message += CaseActions::tr(" (%1 not changed: %2)").arg(problems.size()).arg(problems.first());
    return message;
}

} // namespace fraudlens::ui
