#include "note_command.h"

#include "case_actions.h"
#include "cases/case_desk.h"

namespace fraudlens::ui {

namespace {

QString describe(const std::vector<AccountRef>& targets)
{
    if (targets.size() == 1)
        return CaseActions::tr("Note on %1").arg(targets.front().account);
    return CaseActions::tr("Note on %n account(s)", nullptr, static_cast<int>(targets.size()));
}

} // namespace

NoteCommand::NoteCommand(CaseActions& actions, Workspace& workspace, std::vector<AccountRef> targets, const QString& text)
    : CaseCommand(actions, workspace, describe(targets)), m_targets(std::move(targets)), m_text(text)
{
}

CaseCommand::Write NoteCommand::write(bool forward, bool) const
{
    if (!forward)
        return [noteIds = m_noteIds, first = m_targets.front().account](store::Database& db, const std::string& actor) {
            cases::CaseDesk desk(db, actor);
            for (const qint64 noteId : noteIds)
                desk.withdrawNote(noteId);
            const QString what = noteIds.size() == 1
                ? CaseActions::tr("Undone: note on %1 withdrawn").arg(first)
                : CaseActions::tr("Undone: %n note(s) withdrawn", nullptr, static_cast<int>(noteIds.size()));
            return Written{what, {}};
        };
    return [targets = m_targets, text = m_text.toStdString()](store::Database& db, const std::string& actor) {
        cases::CaseDesk desk(db, actor);
        Written result;
        QStringList refusals;
        decideEach(targets, [&](const AccountRef& target) {
            std::optional<std::int64_t> alert;
            if (target.alertId)
                alert = *target.alertId;
            result.ids.push_back(desk.addNote(target.accountId, alert, text));
        }, refusals);
        result.message = (targets.size() == 1
                              ? CaseActions::tr("Note added to %1").arg(targets.front().account)
                              : CaseActions::tr("Note added to %n account(s)", nullptr, static_cast<int>(result.ids.size())))
                         + refusalNote(refusals);
        return result;
    };
}

void NoteCommand::written(const Written& result, bool forward, bool)
{
    if (forward)
        m_noteIds = result.ids;
}

} // namespace fraudlens::ui
