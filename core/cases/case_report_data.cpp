#include "cases/case_report_data.h"

#include "cases/alert_query.h"
#include "cases/case_error.h"
#include "cases/score_reasons.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/read_transaction.h"
#include "store/statement.h"

namespace fraudlens::cases {

namespace {

std::vector<FlaggedTransaction> readFlagged(store::Database& db, std::int64_t alertId)
{
    std::vector<FlaggedTransaction> out;
    store::Statement s(db, "SELECT t.id, t.external_id, t.ts, t.amount, t.currency, t.merchant, s.fused, s.reasons "
                           "FROM alert_transactions at JOIN transactions t ON t.id = at.tx_id "
                           "LEFT JOIN scores s ON s.tx_id = t.id "
                           "WHERE at.alert_id = ? ORDER BY t.ts, t.id");
    s.bind(1, alertId);
    while (s.step()) {
        FlaggedTransaction tx;
        tx.id = s.columnInt(0);
        tx.externalId = s.columnText(1);
        tx.timeMs = s.columnInt(2);
        tx.amount = s.columnDouble(3);
        tx.currency = s.columnText(4);
        tx.merchant = s.columnText(5);
        if (!s.columnIsNull(6)) {
            tx.risk = s.columnDouble(6);
            tx.reasons = parseScoreReasons(s.columnText(7));
        }
        out.push_back(std::move(tx));
    }
    return out;
}

std::vector<store::AuditEntry> readDecisions(store::Database& db, const std::string& alertTarget,
                                             const std::string& accountTarget)
{
    std::vector<store::AuditEntry> out;
    // Two equality targets, each a lookup on audit_by_target (target, seq).
    store::Statement s(db, "SELECT seq, ts, actor, action, target, details, prev_hash, hash FROM audit_log "
                           "WHERE target IN (?, ?) ORDER BY seq");
    s.bind(1, std::string_view(alertTarget)).bind(2, std::string_view(accountTarget));
    while (s.step()) {
        store::AuditEntry e;
        e.seq = s.columnInt(0);
        e.timestampMs = s.columnInt(1);
        e.actor = s.columnText(2);
        e.action = s.columnText(3);
        e.target = s.columnText(4);
        e.details = s.columnText(5);
        e.prevHash = s.columnText(6);
        e.hash = s.columnText(7);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<CaseNote> readNotes(store::Database& db, std::int64_t accountId)
{
    std::vector<CaseNote> out;
    store::Statement s(db, "SELECT id, created_at, actor, text, alert_id, withdrawn FROM notes "
                           "WHERE account_id = ? ORDER BY created_at, id");
    s.bind(1, accountId);
    while (s.step()) {
        CaseNote note;
        note.id = s.columnInt(0);
        note.atMs = s.columnInt(1);
        note.actor = s.columnText(2);
        note.text = s.columnText(3);
        if (!s.columnIsNull(4))
            note.alertId = s.columnInt(4);
        note.withdrawn = s.columnInt(5) != 0;
        out.push_back(std::move(note));
    }
    return out;
}

AuditHead readAuditHead(store::Database& db)
{
    store::Statement s(db, "SELECT seq, hash FROM audit_head WHERE id = 1");
    if (!s.step())
        return {0, store::AuditLog::genesisHash()};
    return {s.columnInt(0), s.columnText(1)};
}

} // namespace

CaseReportData CaseReportData::load(store::Database& db, std::int64_t alertId)
{
    store::ReadTransaction transaction(db);
    auto alert = AlertQuery(db).detail(alertId);
    if (!alert)
        throw CaseError("alert #" + std::to_string(alertId) + " no longer exists (a scoring run withdrew it)");

    CaseReportData data;
    data.alert = std::move(*alert);
    const AlertRow& row = data.alert.row;
    data.account = AccountSnapshot::load(db, row.accountId);
    data.flagged = readFlagged(db, alertId);
    data.decisions = readDecisions(db, "alert:" + std::to_string(alertId), "account:" + row.accountExternalId);
    data.notes = readNotes(db, row.accountId);
    data.auditHead = readAuditHead(db);
    return data;
}

} // namespace fraudlens::cases
