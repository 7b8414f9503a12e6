#include "cases/account_transactions.h"

#include "cases/score_reasons.h"

#include "store/database.h"
#include "store/statement.h"
#include "timeseries/hour_index.h"

#include <algorithm>
#include <unordered_set>

namespace fraudlens::cases {

namespace {

// The transactions of any alert of this account, open or decided. A separate query because
// alert_transactions has no index on tx_id: probing it per row would scan it each time.
std::unordered_set<std::int64_t> flaggedTransactions(store::Database& db, std::int64_t accountId)
{
    std::unordered_set<std::int64_t> out;
    store::Statement s(db, "SELECT at.tx_id FROM alerts a JOIN alert_transactions at ON at.alert_id = a.id "
                           "WHERE a.account_id = ?");
    s.bind(1, accountId);
    while (s.step())
        out.insert(s.columnInt(0));
    return out;
}

std::vector<AccountTransaction> newestRows(store::Database& db, std::int64_t accountId, std::size_t count)
{
    std::vector<AccountTransaction> rows;
    store::Statement s(db, "SELECT t.id, t.external_id, t.ts, t.amount, t.currency, t.tx_type, t.merchant, t.status, "
                           "t.device, t.ip, t.card, t.label, "
                           "s.fused, s.autoencoder, s.sequence, s.rings, s.rules, s.bursts, s.reasons "
                           "FROM transactions t LEFT JOIN scores s ON s.tx_id = t.id "
                           "WHERE t.account_id = ? ORDER BY t.ts DESC, t.id DESC LIMIT ?");
    s.bind(1, accountId).bind(2, static_cast<std::int64_t>(count));
    while (s.step()) {
        AccountTransaction tx;
        tx.id = s.columnInt(0);
        tx.externalId = s.columnText(1);
        tx.timeMs = s.columnInt(2);
        tx.amount = s.columnDouble(3);
        tx.currency = s.columnText(4);
        tx.type = s.columnText(5);
        tx.merchant = s.columnText(6);
        tx.status = s.columnText(7);
        tx.device = s.columnText(8);
        tx.ip = s.columnText(9);
        tx.card = s.columnText(10);
        if (!s.columnIsNull(11))
            tx.label = s.columnInt(11) != 0;
        if (!s.columnIsNull(12)) {
            tx.risk = s.columnDouble(12);
            tx.detectors = DetectorScores{s.columnDouble(13), s.columnDouble(14), s.columnDouble(15),
                                          s.columnDouble(16), s.columnDouble(17)};
            tx.reasons = parseScoreReasons(s.columnText(18));
        }
        rows.push_back(std::move(tx));
    }
    return rows;
}

std::vector<std::int64_t> burstHoursBetween(store::Database& db, std::int64_t accountId, std::int64_t firstMs,
                                            std::int64_t lastMs)
{
    std::vector<std::int64_t> out;
    // An hour [h, h + 1 h) overlaps [first, last] when h <= last and h > first - 1 h;
    // bursts_by_hour answers the range, the merchant list is built once.
    store::Statement s(db, "SELECT DISTINCT hour_start FROM bursts "
                           "WHERE hour_start > ?1 AND hour_start <= ?2 "
                           "AND (scope = 'platform' OR scope IN (SELECT 'merchant:' || merchant FROM transactions "
                           "WHERE account_id = ?3 AND merchant IS NOT NULL)) "
                           "ORDER BY hour_start");
    s.bind(1, firstMs - timeseries::kHourMs).bind(2, lastMs).bind(3, accountId);
    while (s.step())
        out.push_back(s.columnInt(0));
    return out;
}

} // namespace

AccountTransactions AccountTransactions::load(store::Database& db, std::int64_t accountId, std::size_t limit)
{
    AccountTransactions result;
    // One row past the limit says whether there are more without a COUNT over the account.
    result.rows = newestRows(db, accountId, limit + 1);
    if (result.rows.size() > limit) {
        result.truncated = true;
        result.rows.resize(limit);
    }
    std::reverse(result.rows.begin(), result.rows.end());
    if (result.rows.empty())
        return result;

    const auto flagged = flaggedTransactions(db, accountId);
    for (auto& tx : result.rows)
        tx.flagged = flagged.count(tx.id) != 0;
    result.burstHours = burstHoursBetween(db, accountId, result.rows.front().timeMs, result.rows.back().timeMs);
    return result;
}

} // namespace fraudlens::cases
