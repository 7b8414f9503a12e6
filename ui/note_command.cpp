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

QString NoteCommand::apply(store::Database& db, const std::string& actor, bool forward, bool)
{
    cases::CaseDesk desk(db, actor);
    std::optional<std::int64_t> alert;
    if (m_alertId)
        alert = *m_alertId;
    if (forward) {
        m_noteId = desk.addNote(m_accountId, alert, m_text.toStdString());
        return CaseActions::tr("Note added to %1").arg(m_account);
    }
    desk.withdrawNote(m_noteId);
    return CaseActions::tr("Undone: note on %1 withdrawn").arg(m_account);
}

} // namespace fraudlens::ui
