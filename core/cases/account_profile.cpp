#include "cases/account_profile.h"

#include "store/database.h"
#include "store/entity_accounts.h"
#include "store/statement.h"

#include <algorithm>
#include <string_view>

namespace fraudlens::cases {

namespace {

std::optional<std::int64_t> optionalInt(const store::Statement& s, int column)
{
    if (s.columnIsNull(column))
        return std::nullopt;
    return s.columnInt(column);
}

void loadActivity(store::Database& db, AccountProfile& p)
{
    store::Statement s(db, "SELECT COUNT(*), COALESCE(SUM(amount), 0), MIN(ts), MAX(ts) FROM transactions "
                           "WHERE account_id = ?");
    s.bind(1, p.id);
    if (!s.step())
        return;
    p.transactionCount = s.columnInt(0);
    p.totalAmount = s.columnDouble(1);
    p.firstTransactionMs = optionalInt(s, 2);
    p.lastTransactionMs = optionalInt(s, 3);

    // The newest transaction of the whole data set is the age's reference (see the header).
    store::Statement latest(db, "SELECT MAX(ts) FROM transactions");
    const std::optional<std::int64_t> since = p.createdAtMs ? p.createdAtMs : p.firstSeenMs;
    if (since && latest.step() && !latest.columnIsNull(0))
        p.ageMs = std::max<std::int64_t>(0, latest.columnInt(0) - *since);
}

void loadRisk(store::Database& db, AccountProfile& p)
{
    store::Statement s(db, "SELECT MAX(s.fused) FROM transactions t JOIN scores s ON s.tx_id = t.id "
                           "WHERE t.account_id = ?");
    s.bind(1, p.id);
    if (s.step() && !s.columnIsNull(0))
        p.maxRisk = s.columnDouble(0);
}

void loadRing(store::Database& db, AccountProfile& p)
{
    store::Statement s(db, "SELECT r.id, r.score, r.size FROM ring_members m JOIN rings r ON r.id = m.ring_id "
                           "WHERE m.account_id = ? ORDER BY r.score DESC, r.id LIMIT 1");
    s.bind(1, p.id);
    if (s.step())
        p.ring = AccountRing{s.columnInt(0), s.columnDouble(1), s.columnInt(2)};
}

void loadOpenAlert(store::Database& db, AccountProfile& p)
{
    // The partial unique index alerts_one_open_per_account answers this.
    store::Statement s(db, "SELECT id, status, priority FROM alerts "
                           "WHERE account_id = ? AND status IN ('new', 'in_review', 'escalated')");
    s.bind(1, p.id);
    if (s.step())
        p.openAlert = AccountAlert{s.columnInt(0), s.columnText(1), s.columnDouble(2)};
}

void loadCaseAlert(store::Database& db, AccountProfile& p)
{
    if (p.openAlert) {
        p.caseAlert = p.openAlert;
        return;
    }
    // Newest first by rowid, which stops at the account's latest alert without an index.
    store::Statement s(db, "SELECT id, status, priority FROM alerts WHERE account_id = ? ORDER BY id DESC LIMIT 1");
    s.bind(1, p.id);
    if (s.step())
        p.caseAlert = AccountAlert{s.columnInt(0), s.columnText(1), s.columnDouble(2)};
}

void loadLinkedEntities(store::Database& db, AccountProfile& p)
{
    // Column names cannot be bound: each query is built from this fixed list of the
    // columns an account can share, never from anything a user typed.
    for (const std::string_view kind : store::EntityAccounts::kKinds) {
        const std::string column(kind);
        // Every value the account used (its own rows, by the account index), with the
        // other accounts that used it too (entity_accounts).
        const std::string sql = "SELECT v.value, (SELECT COUNT(*) FROM entity_accounts e WHERE e.kind = ?2 "
                                "AND e.value = v.value AND e.account_id <> ?1) "
                                "FROM (SELECT DISTINCT " + column + " AS value FROM transactions "
                                "WHERE account_id = ?1 AND " + column + " IS NOT NULL) v ORDER BY 2 DESC, 1";
        store::Statement s(db, sql);
        s.bind(1, p.id).bind(2, kind);
        while (s.step())
            p.linkedEntities.push_back(LinkedEntity{column, s.columnText(0), s.columnInt(1)});
    }
}

} // namespace

std::optional<AccountProfile> AccountProfile::load(store::Database& db, std::int64_t accountId)
{
    AccountProfile p;
    {
        store::Statement s(db, "SELECT id, external_id, status, created_at, first_seen FROM accounts WHERE id = ?");
        s.bind(1, accountId);
        if (!s.step())
            return std::nullopt;
        p.id = s.columnInt(0);
        p.externalId = s.columnText(1);
        p.status = s.columnText(2);
        p.createdAtMs = optionalInt(s, 3);
        p.firstSeenMs = optionalInt(s, 4);
    }
    loadActivity(db, p);
    loadRisk(db, p);
    loadRing(db, p);
    loadOpenAlert(db, p);
    loadCaseAlert(db, p);
    loadLinkedEntities(db, p);
    return p;
}

std::optional<std::int64_t> AccountProfile::findByExternalId(store::Database& db, const std::string& externalId)
{
    store::Statement s(db, "SELECT id FROM accounts WHERE external_id = ?");
    s.bind(1, std::string_view(externalId));
    if (s.step())
        return s.columnInt(0);
    return std::nullopt;
}

} // namespace fraudlens::cases
