#include "cases/case_desk.h"

#include "cases/case_error.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/write_transaction.h"
#include "util/clock.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace fraudlens::cases {

namespace {

struct AccountRef {
    std::int64_t id = 0;
    std::string externalId;
    std::string status;
};

AccountRef accountById(store::Database& db, std::int64_t accountId)
{
    store::Statement s(db, "SELECT id, external_id, status FROM accounts WHERE id = ?");
    s.bind(1, accountId);
    if (!s.step())
        throw CaseError("account #" + std::to_string(accountId) + " does not exist");
    return {s.columnInt(0), s.columnText(1), s.columnText(2)};
}

void addOrigin(nlohmann::json& details, DecisionOrigin origin)
{
    if (origin == DecisionOrigin::Undo)
        details["origin"] = "undo";
    else if (origin == DecisionOrigin::Redo)
        details["origin"] = "redo";
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

} // namespace

CaseDesk::CaseDesk(store::Database& db, std::string actor) : m_db(db), m_actor(std::move(actor))
{
    if (m_db.readOnly())
        throw CaseError("the database is open read-only (auditor mode): decisions cannot be recorded");
    if (trimmed(m_actor).empty())
        throw CaseError("decisions need the analyst's name (Settings → Analyst)");
}

std::int64_t CaseDesk::setAlertStatus(std::int64_t alertId, AlertStatus expected, AlertStatus next,
                                      const std::string& note, DecisionOrigin origin)
{
    store::WriteTransaction transaction(m_db);
    store::Statement read(m_db, "SELECT a.status, a.account_id, ac.external_id FROM alerts a "
                                "JOIN accounts ac ON ac.id = a.account_id WHERE a.id = ?");
    read.bind(1, alertId);
    if (!read.step())
        throw CaseConflict("alert #" + std::to_string(alertId) + " no longer exists (a scoring run withdrew it)");
    const std::string current = read.columnText(0);
    const std::int64_t accountId = read.columnInt(1);
    const std::string account = read.columnText(2);
    if (current != toString(expected))
        throw CaseConflict("alert #" + std::to_string(alertId) + " is now '" + current + "', not '"
                           + std::string(toString(expected)) + "': it was changed meanwhile");
    if (expected == next)
        throw CaseError("alert #" + std::to_string(alertId) + " already has that status");

    store::Statement update(m_db, "UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?");
    update.bind(1, toString(next)).bind(2, util::nowMs()).bind(3, alertId);
    // Reopening a decided alert can collide with a newer open alert of the same account.
    if (update.execute(true) != SQLITE_DONE)
        throw CaseConflict("account " + account + " already has another open alert; alert #"
                           + std::to_string(alertId) + " cannot be reopened");

    nlohmann::json details = {{"account", account},
                              {"account_id", accountId},
                              {"from", std::string(toString(expected))},
                              {"to", std::string(toString(next))}};
    if (!trimmed(note).empty())
        details["note"] = note;
    addOrigin(details, origin);
    const auto entry = store::AuditLog(m_db).append(m_actor, "alert.status", "alert:" + std::to_string(alertId),
                                                    details.dump());
    transaction.commit();
    return entry.seq;
}

std::int64_t CaseDesk::setAccountFrozen(std::int64_t accountId, bool frozen, const std::string& reason,
                                        DecisionOrigin origin)
{
    if (trimmed(reason).empty())
        throw CaseError(frozen ? "freezing an account needs a reason" : "unfreezing an account needs a reason");
    store::WriteTransaction transaction(m_db);
    const AccountRef account = accountById(m_db, accountId);
    const std::string wanted = frozen ? "frozen" : "active";
    if (account.status == wanted)
        throw CaseConflict("account " + account.externalId + " is already " + wanted);

    store::Statement update(m_db, "UPDATE accounts SET status = ? WHERE id = ?");
    update.bind(1, wanted).bind(2, accountId).execute();
    nlohmann::json details = {{"account_id", accountId}, {"reason", reason}};
    addOrigin(details, origin);
    const auto entry = store::AuditLog(m_db).append(m_actor, frozen ? "account.freeze" : "account.unfreeze",
                                                    "account:" + account.externalId, details.dump());
    transaction.commit();
    return entry.seq;
}

std::int64_t CaseDesk::addNote(std::int64_t accountId, std::optional<std::int64_t> alertId, const std::string& text)
{
    if (trimmed(text).empty())
        throw CaseError("a note needs some text");
    store::WriteTransaction transaction(m_db);
    const AccountRef account = accountById(m_db, accountId);
    store::Statement insert(m_db, "INSERT INTO notes (account_id, alert_id, created_at, actor, text) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, accountId).bindOptional(2, alertId).bind(3, util::nowMs()).bind(4, m_actor).bind(5, text);
    insert.execute();
    const std::int64_t noteId = m_db.lastInsertRowId();
    nlohmann::json details = {{"note_id", noteId}, {"account_id", accountId}, {"text", text}};
    if (alertId)
        details["alert_id"] = *alertId;
    store::AuditLog(m_db).append(m_actor, "note.add", "account:" + account.externalId, details.dump());
    transaction.commit();
    return noteId;
}

void CaseDesk::withdrawNote(std::int64_t noteId)
{
    store::WriteTransaction transaction(m_db);
    store::Statement read(m_db, "SELECT n.withdrawn, a.external_id FROM notes n JOIN accounts a ON a.id = n.account_id "
                                "WHERE n.id = ?");
    read.bind(1, noteId);
    if (!read.step())
        throw CaseError("note #" + std::to_string(noteId) + " does not exist");
    if (read.columnInt(0) != 0)
        throw CaseConflict("note #" + std::to_string(noteId) + " was already withdrawn");
    const std::string account = read.columnText(1);
    store::Statement update(m_db, "UPDATE notes SET withdrawn = 1 WHERE id = ?");
    update.bind(1, noteId).execute();
    const nlohmann::json details = {{"note_id", noteId}, {"origin", "undo"}};
    store::AuditLog(m_db).append(m_actor, "note.withdraw", "account:" + account, details.dump());
    transaction.commit();
}

std::int64_t CaseDesk::assign(std::int64_t alertId, const std::string& assignee)
{
    store::WriteTransaction transaction(m_db);
    store::Statement update(m_db, "UPDATE alerts SET assignee = ?, updated_at = ? WHERE id = ?");
    const std::string name = trimmed(assignee);
    update.bindOptionalText(1, name).bind(2, util::nowMs()).bind(3, alertId).execute();
    if (m_db.changes() == 0)
        throw CaseConflict("alert #" + std::to_string(alertId) + " no longer exists");
    const nlohmann::json details = {{"assignee", name}};
    const auto entry = store::AuditLog(m_db).append(m_actor, "alert.assign", "alert:" + std::to_string(alertId),
                                                    details.dump());
    transaction.commit();
    return entry.seq;
}

} // namespace fraudlens::cases
