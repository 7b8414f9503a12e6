#include "note_command.h"

#include "case_actions.h"

#include "cases/case_desk.h"

namespace fraudlens::ui {

NoteCommand::NoteCommand(CaseActions& actions, Workspace& workspace, qint64 accountId, const QString& account,
                         std::optional<qint64> alertId, const QString& text)
    : CaseCommand(actions, workspace, CaseActions::tr("Note on %1").arg(account)),
      m_accountId(accountId), m_account(account), m_alertId(alertId), m_text(text)
{
}

CaseCommand::Write NoteCommand::write(bool forward, bool) const
{
    if (!forward)
        return [noteId = m_noteId, account = m_account](store::Database& db, const std::string& actor) {
            cases::CaseDesk(db, actor).withdrawNote(noteId);
            return Written{CaseActions::tr("Undone: note on %1 withdrawn").arg(account), {}};
        };
    std::optional<std::int64_t> alert;
    if (m_alertId)
        alert = *m_alertId;
    return [accountId = m_accountId, account = m_account, alert, text = m_text.toStdString()](
               store::Database& db, const std::string& actor) {
        const qint64 noteId = cases::CaseDesk(db, actor).addNote(accountId, alert, text);
        return Written{CaseActions::tr("Note added to %1").arg(account), {noteId}};
    };
}

void NoteCommand::written(const Written& result, bool forward, bool)
{
    if (forward && !result.ids.empty())
        m_noteId = result.ids.front();
}

} // namespace fraudlens::ui
