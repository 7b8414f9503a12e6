#include "scoring/result_writer.h"

#include "scoring/model_location.h"
#include "scoring/scoring_result.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/write_transaction.h"
#include "util/clock.h"

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace fraudlens::scoring {

namespace {

std::int64_t insertRun(store::Database& db, const ScoringResult& r, std::int64_t startedAtMs)
{
    store::Statement s(db, "INSERT INTO scoring_runs (started_at, finished_at, device, parameters, durations, summary) "
                           "VALUES (?, ?, ?, ?, ?, ?)");
    s.bind(1, startedAtMs).bind(2, util::nowMs()).bind(3, r.device).bind(4, r.parametersJson).bind(5, r.durationsJson)
        .bind(6, r.summaryJson);
    s.execute();
    return db.lastInsertRowId();
}

void insertModels(store::Database& db, const ScoringResult& r, std::int64_t run)
{
    store::Statement s(db, "INSERT INTO models (run_id, kind, path, sha256, sidecar, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    for (const auto& m : r.models) {
        const std::string sidecar = nlohmann::json{{"options", nlohmann::json::parse(m.sidecar.options)},
                                                   {"training", nlohmann::json::parse(m.sidecar.training)},
                                                   {"feature_schema", m.sidecar.featureSchema}}
                                        .dump();
        const std::string path = ModelLocation::toStored(db.path(), m.path);
        s.bind(1, run).bind(2, m.kind).bind(3, path).bind(4, m.sidecar.weightsSha256).bind(5, sidecar).bind(6, util::nowMs());
        s.execute();
        s.reset();
    }
}

void replaceScores(store::Database& db, const ScoringResult& r, std::int64_t run)
{
    db.exec("DELETE FROM scores");
    store::Statement s(db, "INSERT INTO scores (tx_id, run_id, autoencoder, sequence, rings, rules, bursts, fused, reasons) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < r.fused.size(); ++i) {
        s.bind(1, r.frame.txId[i]).bind(2, run);
        for (std::size_t d = 0; d < kDetectorCount; ++d)
            s.bind(static_cast<int>(3 + d), static_cast<double>(r.evidence[d][i]));
        s.bind(8, static_cast<double>(r.fused[i])).bind(9, r.reasons[i]);
        s.execute();
        s.reset();
    }
}

std::vector<std::int64_t> replaceRings(store::Database& db, const ScoringResult& r, std::int64_t run)
{
    db.exec("DELETE FROM rings");
    store::Statement ring(db, "INSERT INTO rings (run_id, score, size, density, details) VALUES (?, ?, ?, ?, ?)");
    store::Statement member(db, "INSERT INTO ring_members (ring_id, account_id) VALUES (?, ?)");
    store::Statement entity(db, "INSERT INTO ring_entities (ring_id, kind, value, accounts) VALUES (?, ?, ?, ?)");
    std::vector<std::int64_t> ids;
    for (const auto& g : r.rings.rings) {
        const std::string details = nlohmann::json{{"median_age_hours", g.medianAgeHours},
                                                   {"time_spread_hours", g.timeSpreadHours},
                                                   {"created_spread_hours", g.createdSpreadHours},
                                                   {"activity_share", g.activityShare},
                                                   {"core_number", g.coreNumber},
                                                   {"edges", g.edges},
                                                   {"components", {{"size", g.sizeScore}, {"density", g.density},
                                                                   {"youth", g.youthScore}, {"burst", g.burstScore},
                                                                   {"kinds", g.kindScore}}}}
                                        .dump();
        ring.bind(1, run).bind(2, g.score).bind(3, static_cast<std::int64_t>(g.members.size())).bind(4, g.density)
            .bind(5, details);
        ring.execute();
        ring.reset();
        const std::int64_t id = db.lastInsertRowId();
        ids.push_back(id);
        for (const std::uint32_t a : g.members) {
            member.bind(1, id).bind(2, r.frame.accountDbId[a]);
            member.execute();
            member.reset();
        }
        for (const auto& e : g.shared) {
            const auto kind = static_cast<std::size_t>(e.kind);
            std::string value = e.id < r.frame.entityNames[kind].size() ? r.frame.entityNames[kind][e.id] : "";
            if (e.kind == features::EntityKind::Merchant && e.windowStartMs != 0)
                value += " @ " + util::formatIsoUtc(e.windowStartMs);
            entity.bind(1, id).bind(2, features::entityKindName(e.kind)).bind(3, value).bind(4, e.accounts);
            entity.execute();
            entity.reset();
        }
    }
    return ids;
}

void replaceBursts(store::Database& db, const ScoringResult& r, std::int64_t run)
{
    db.exec("DELETE FROM bursts");
    store::Statement s(db, "INSERT INTO bursts (run_id, scope, hour_start, observed, expected, score) VALUES (?, ?, ?, ?, ?, ?)");
    const auto& merchants = r.frame.entityNames[static_cast<std::size_t>(features::EntityKind::Merchant)];
    for (const auto& b : r.bursts) {
        const std::string scope = b.scopeMerchant < 0 ? std::string("platform")
                                                      : "merchant:" + merchants[static_cast<std::size_t>(b.scopeMerchant)];
        s.bind(1, run).bind(2, scope).bind(3, b.hourStartMs).bind(4, b.observed).bind(5, b.expected).bind(6, b.score);
        s.execute();
        s.reset();
    }
}

struct AlertCounts {
    int created = 0;
    int updated = 0;
    int withdrawn = 0;
};

// Merges the run's alerts into the queue. An open alert is updated in place (its status,
// assignee and history stay); an untouched 'new' alert whose account is no longer flagged
// is withdrawn; a decided case is never reopened for the same transactions.
AlertCounts mergeAlerts(store::Database& db, const ScoringResult& r, std::int64_t run, const std::vector<std::int64_t>& ringIds)
{
    AlertCounts counts;
    const std::int64_t now = util::nowMs();
    store::Statement open(db, "SELECT id FROM alerts WHERE account_id = ? AND status IN ('new', 'in_review', 'escalated')");
    store::Statement decidedCovers(db,
                                   "SELECT COUNT(*) FROM alert_transactions at JOIN alerts a ON a.id = at.alert_id "
                                   "WHERE a.account_id = ? AND a.status IN ('confirmed_fraud', 'false_positive') AND at.tx_id = ?");
    store::Statement insert(db, "INSERT INTO alerts (account_id, run_id, created_at, updated_at, status, priority, risk, "
                                "detectors, reasons, ring_id) VALUES (?, ?, ?, ?, 'new', ?, ?, ?, ?, ?)");
    store::Statement update(db, "UPDATE alerts SET run_id = ?, updated_at = ?, priority = ?, risk = ?, detectors = ?, "
                                "reasons = ?, ring_id = ? WHERE id = ?");
    store::Statement clearTx(db, "DELETE FROM alert_transactions WHERE alert_id = ?");
    store::Statement addTx(db, "INSERT OR IGNORE INTO alert_transactions (alert_id, tx_id) VALUES (?, ?)");

    db.exec("CREATE TEMP TABLE IF NOT EXISTS flagged_accounts (account_id INTEGER PRIMARY KEY)");
    db.exec("DELETE FROM flagged_accounts");
    store::Statement flag(db, "INSERT INTO flagged_accounts (account_id) VALUES (?)");

    for (const Alert& a : r.alerts) {
        const std::int64_t accountId = r.frame.accountDbId[a.account];
        flag.bind(1, accountId);
        flag.execute();
        flag.reset();
        const std::string detectors = nlohmann::json(a.detectors).dump();
        const std::string reasons = nlohmann::json(a.reasons).dump();
        const bool hasRing = a.ring >= 0 && static_cast<std::size_t>(a.ring) < ringIds.size();
        open.bind(1, accountId);
        std::int64_t alertId = 0;
        if (open.step())
            alertId = open.columnInt(0);
        open.reset();
        if (alertId != 0) {
            update.bind(1, run).bind(2, now).bind(3, static_cast<double>(a.priority)).bind(4, static_cast<double>(a.risk))
                .bind(5, detectors).bind(6, reasons);
            hasRing ? update.bind(7, ringIds[static_cast<std::size_t>(a.ring)]) : update.bindNull(7);
            update.bind(8, alertId);
            update.execute();
            update.reset();
            clearTx.bind(1, alertId);
            clearTx.execute();
            clearTx.reset();
            ++counts.updated;
        } else {
            // Nothing new since an analyst decided this account's case: do not ask again.
            bool fresh = false;
            for (const std::uint32_t row : a.rows) {
                decidedCovers.bind(1, accountId).bind(2, r.frame.txId[row]);
                decidedCovers.step();
                fresh = decidedCovers.columnInt(0) == 0;
                decidedCovers.reset();
                if (fresh)
                    break;
            }
            if (!fresh)
                continue;
            insert.bind(1, accountId).bind(2, run).bind(3, now).bind(4, now).bind(5, static_cast<double>(a.priority))
                .bind(6, static_cast<double>(a.risk)).bind(7, detectors).bind(8, reasons);
            hasRing ? insert.bind(9, ringIds[static_cast<std::size_t>(a.ring)]) : insert.bindNull(9);
            insert.execute();
            insert.reset();
            alertId = db.lastInsertRowId();
            ++counts.created;
        }
        for (const std::uint32_t row : a.rows) {
            addTx.bind(1, alertId).bind(2, r.frame.txId[row]);
            addTx.execute();
            addTx.reset();
        }
    }
    store::Statement withdraw(db, "DELETE FROM alerts WHERE status = 'new' AND account_id NOT IN "
                                  "(SELECT account_id FROM flagged_accounts)");
    withdraw.execute();
    counts.withdrawn = db.changes();
    db.exec("DROP TABLE flagged_accounts");
    return counts;
}

} // namespace

std::int64_t ResultWriter::write(store::Database& db, const ScoringResult& r, const std::string& actor,
                                 std::int64_t startedAtMs)
{
    store::WriteTransaction transaction(db);
    const std::int64_t run = insertRun(db, r, startedAtMs);
    insertModels(db, r, run);
    replaceScores(db, r, run);
    const auto ringIds = replaceRings(db, r, run);
    replaceBursts(db, r, run);
    const AlertCounts alerts = mergeAlerts(db, r, run, ringIds);
    auto details = nlohmann::json::parse(r.summaryJson);
    details["alerts_created"] = alerts.created;
    details["alerts_updated"] = alerts.updated;
    details["alerts_withdrawn"] = alerts.withdrawn;
    details["device"] = r.device;
    store::AuditLog(db).append(actor, "score.run", "run:" + std::to_string(run), details.dump());
    transaction.commit();
    return run;
}

} // namespace fraudlens::scoring
