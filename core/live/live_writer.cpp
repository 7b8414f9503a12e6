#include "live/live_writer.h"

#include "live/live_score.h"
#include "live/live_scorer.h"
#include "scoring/alert_policy.h"
#include "scoring/detector.h"
#include "scoring/reason_collector.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/transaction_record.h"
#include "store/transaction_writer.h"
#include "store/write_transaction.h"
#include "util/clock.h"
#include "util/sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

#include <unistd.h>

namespace fraudlens::live {

namespace {

using json = nlohmann::json;

// The batch run's alert rules; a frozen account that still tries to pay is as urgent as a
// high-severity rule hit.
const scoring::AlertPolicy kPolicy{};

// Text from the input (a merchant's name in a burst reason, an id) is not trusted to be
// UTF-8: a stray byte must not stop the session.
std::string dumped(const json& value)
{
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::vector<std::string> textsOf(const std::string& reasonsJson)
{
    std::vector<std::string> texts;
    const json reasons = json::parse(reasonsJson, nullptr, false);
    if (!reasons.is_array())
        return texts;
    for (const json& reason : reasons) {
        if (reason.is_string())
            texts.push_back(reason.get<std::string>());
        else if (reason.is_object() && reason.contains("text") && reason["text"].is_string())
            texts.push_back(reason["text"].get<std::string>());
    }
    return texts;
}

void addOnce(std::vector<std::string>& to, const std::vector<std::string>& from)
{
    for (const std::string& text : from) {
        if (to.size() >= kPolicy.maxReasons)
            return;
        if (!text.empty() && std::find(to.begin(), to.end(), text) == to.end())
            to.push_back(text);
    }
}

LiveWriter::Counts plus(LiveWriter::Counts a, const LiveWriter::Counts& b)
{
    a.stored += b.stored;
    a.rejected += b.rejected;
    a.alertsRaised += b.alertsRaised;
    a.alertsUpdated += b.alertsUpdated;
    a.blocked += b.blocked;
    a.commits += b.commits;
    return a;
}

} // namespace

LiveWriter::LiveWriter(store::Database& db, LiveScorer& scorer, Options options)
    : m_db(db)
    , m_options(std::move(options))
    , m_runId(scorer.runId())
    , m_accountRoom(scorer.accountRoom())
    , m_importLog(db)
    , m_findTransaction(db, "SELECT 1 FROM transactions WHERE external_id = ?")
    , m_insertScore(db, "INSERT OR REPLACE INTO scores (tx_id, run_id, autoencoder, sequence, rings, rules, bursts, "
                        "fused, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_orderScore(db, "SELECT fused, reasons FROM scores WHERE tx_id = ?")
    , m_updateOrder(db, "UPDATE scores SET fused = ?, reasons = ? WHERE tx_id = ?")
    , m_openAlert(db, "SELECT id, risk, priority, detectors, reasons FROM alerts "
                      "WHERE account_id = ? AND status IN ('new', 'in_review', 'escalated')")
    , m_insertAlert(db, "INSERT INTO alerts (account_id, run_id, created_at, updated_at, status, priority, risk, "
                        "detectors, reasons, ring_id) VALUES (?, ?, ?, ?, 'new', ?, ?, ?, ?, ?)")
    , m_updateAlert(db, "UPDATE alerts SET run_id = ?, updated_at = ?, priority = ?, risk = ?, detectors = ?, "
                        "reasons = ?, ring_id = COALESCE(?, ring_id) WHERE id = ?")
    , m_alertTransaction(db, "INSERT OR IGNORE INTO alert_transactions (alert_id, tx_id) VALUES (?, ?)")
{
    // LiveRings numbers the run's rings in id order (the table holds the last run's only).
    {
        store::Statement rings(db, "SELECT id FROM rings ORDER BY id");
        while (rings.step())
            m_ringIds.push_back(rings.columnInt(0));
    }

    m_import.fileName = m_options.source;
    m_import.mapping = m_options.mappingJson.empty() ? std::string("{}") : m_options.mappingJson;
    m_import.startedMs = util::nowMs();
    m_import.finishedMs = m_import.startedMs;
    // Not a file's content: a digest of the session itself, which no file import (whose
    // sha256 is its file's) and no other session (another start or process) can share.
    m_import.sha256 = util::Sha256::of("fraudlens live session\n" + m_import.fileName + "\n"
                                       + std::to_string(m_import.startedMs) + "\n" + std::to_string(::getpid()));

    store::WriteTransaction transaction(db);
    m_import.id = store::ImportLog(db).begin(m_import);
    const std::string details = dumped(json{{"source", m_import.fileName},
                                            {"run", m_runId},
                                            {"alert_cut", scorer.alertThreshold()},
                                            {"group_records", m_options.groupRecords},
                                            {"group_ms", m_options.groupDelay.count()}});
    store::AuditLog(db).append(m_options.actor, "live.start", "import:" + std::to_string(m_import.id), details);
    transaction.commit();
    // Before the first record waits: reading what is stored takes a moment.
    makeWriter();
}

void LiveWriter::makeWriter()
{
    m_writer = std::make_unique<store::TransactionWriter>(m_db, m_import.id);
    m_writer->reserveAccounts(m_accountRoom);
    m_writer->preload();
}

LiveWriter::~LiveWriter()
{
    // A pending group was never acknowledged: rolling it back breaks no promise.
    m_writer.reset();
    m_transaction.reset();
}

void LiveWriter::begin()
{
    m_transaction = std::make_unique<store::WriteTransaction>(m_db);
    if (!m_writer)
        makeWriter();
    m_groupStarted = std::chrono::steady_clock::now();
    m_groupCounts = {};
}

bool LiveWriter::isStored(const std::string& transactionId)
{
    m_findTransaction.reset();
    m_findTransaction.bind(1, transactionId);
    const bool known = m_findTransaction.step();
    m_findTransaction.reset();
    return known;
}

bool LiveWriter::store(Item item, std::string& problem)
{
    if (!m_transaction)
        begin();
    try {
        store::TransactionRecord& record = item.record;
        const LiveScore& score = item.score;
        // Asked first, so that a refused record creates no account either. The session
        // checked before acknowledging; only another connection's store since gets here.
        if (isStored(record.transactionId)
            || m_writer->write(record) == store::TransactionWriter::Outcome::DuplicateId) {
            problem = "duplicate transaction_id \"" + record.transactionId
                + "\" (stored by another connection after this session acknowledged it)";
            countRejected();
            return false;
        }
        const std::int64_t txId = m_db.lastInsertRowId();
        if (score.txId < 0) {
            m_storeIds[score.txId] = txId;
            m_storeIdOrder.push_back(score.txId);
            if (m_storeIdOrder.size() > kRememberedIds) {
                m_storeIds.erase(m_storeIdOrder.front());
                m_storeIdOrder.pop_front();
            }
        }

        m_insertScore.reset();
        m_insertScore.bind(1, txId).bind(2, m_runId);
        for (std::size_t d = 0; d < scoring::kDetectorCount; ++d)
            m_insertScore.bind(static_cast<int>(3 + d), static_cast<double>(score.evidence[d]));
        const std::string reasons = score.reasons();
        m_insertScore.bind(8, static_cast<double>(score.fused)).bind(9, reasons);
        m_insertScore.execute();
        carryToOrder(score);

        Stored stored;
        stored.sequence = item.sequence;
        stored.txId = txId;
        stored.transactionId = std::move(record.transactionId);
        stored.account = record.accountId;
        stored.risk = score.fused;
        stored.blocked = item.blocked;
        stored.lateMs = score.lateMs;
        if (score.alert || item.blocked)
            raiseOrUpdateAlert(m_writer->lastAccountRowId(), txId, score, reasons, item.blocked, stored);
        ++m_groupCounts.stored;
        m_groupCounts.blocked += item.blocked ? 1 : 0;
        m_pending.push_back(std::move(stored));
        return true;
    } catch (...) {
        // A failed statement may leave the transaction unusable: give the group up whole.
        m_pending.clear();
        m_writer.reset();
        m_transaction.reset();
        throw;
    }
}

std::int64_t LiveWriter::storeIdOf(std::int64_t scoredId) const
{
    if (scoredId > 0)
        return scoredId;
    const auto found = m_storeIds.find(scoredId);
    return found == m_storeIds.end() ? 0 : found->second;
}

void LiveWriter::carryToOrder(const LiveScore& score)
{
    if (!score.reversedOrder)
        return;
    const LiveScore::OrderUpdate& order = *score.reversedOrder;
    // An order scored under a provisional id that this writer never stored (another
    // session's, before a recovery settled it): the next batch run carries the risk.
    const std::int64_t orderId = storeIdOf(order.txId);
    if (orderId <= 0)
        return;
    m_orderScore.reset();
    m_orderScore.bind(1, orderId);
    if (!m_orderScore.step()) {
        // Stored after the last run and never scored: no row to raise.
        m_orderScore.reset();
        return;
    }
    const double storedFused = m_orderScore.columnDouble(0);
    const std::string reasons = m_orderScore.columnText(1);
    m_orderScore.reset();
    const bool raised = static_cast<double>(order.fused) > storedFused;
    const std::string merged = order.reason ? scoring::ReasonCollector::merged(reasons, {*order.reason}) : reasons;
    if (!raised && merged == reasons)
        return;
    m_updateOrder.reset();
    m_updateOrder.bind(1, std::max(storedFused, static_cast<double>(order.fused))).bind(2, merged).bind(3, orderId);
    m_updateOrder.execute();
}

void LiveWriter::raiseOrUpdateAlert(std::int64_t accountId, std::int64_t txId, const LiveScore& score,
                                    const std::string& scoreReasons, bool blocked, Stored& stored)
{
    const std::int64_t now = util::nowMs();
    float risk = score.fused;
    float priority = score.highSeverityRule || blocked ? std::max(score.fused, kPolicy.urgentPriority) : score.fused;
    std::vector<std::string> ownReasons;
    if (blocked)
        ownReasons.emplace_back(kBlockedReason);
    addOnce(ownReasons, textsOf(scoreReasons));
    std::set<std::string> detectors;
    for (const std::string_view name : score.detectors)
        detectors.emplace(name);
    const bool hasRing = score.ring >= 0 && static_cast<std::size_t>(score.ring) < m_ringIds.size();

    std::int64_t alertId = 0;
    std::vector<std::string> reasons;
    m_openAlert.reset();
    m_openAlert.bind(1, accountId);
    if (m_openAlert.step()) {
        alertId = m_openAlert.columnInt(0);
        const auto storedRisk = static_cast<float>(m_openAlert.columnDouble(1));
        const auto storedPriority = static_cast<float>(m_openAlert.columnDouble(2));
        const json storedDetectors = json::parse(m_openAlert.columnText(3), nullptr, false);
        const std::vector<std::string> storedReasons = textsOf(m_openAlert.columnText(4));
        m_openAlert.reset();
        if (storedDetectors.is_array())
            for (const json& name : storedDetectors)
                if (name.is_string())
                    detectors.insert(name.get<std::string>());
        // The stronger case reads first; a block always leads, it is the news.
        if (blocked)
            reasons.emplace_back(kBlockedReason);
        if (score.fused >= storedRisk) {
            addOnce(reasons, ownReasons);
            addOnce(reasons, storedReasons);
        } else {
            addOnce(reasons, storedReasons);
            addOnce(reasons, ownReasons);
        }
        risk = std::max(risk, storedRisk);
        priority = std::max(priority, storedPriority);
        const std::string detectorsJson = dumped(json(std::vector<std::string>(detectors.begin(), detectors.end())));
        const std::string reasonsJson = dumped(json(reasons));
        m_updateAlert.reset();
        m_updateAlert.bind(1, m_runId).bind(2, now).bind(3, static_cast<double>(priority));
        m_updateAlert.bind(4, static_cast<double>(risk)).bind(5, detectorsJson).bind(6, reasonsJson);
        if (hasRing)
            m_updateAlert.bind(7, m_ringIds[static_cast<std::size_t>(score.ring)]);
        else
            m_updateAlert.bindNull(7);
        m_updateAlert.bind(8, alertId);
        m_updateAlert.execute();
        stored.alert = AlertChange::Updated;
        ++m_groupCounts.alertsUpdated;
    } else {
        m_openAlert.reset();
        // A decided alert is never reopened: it stays the record of its case. This
        // transaction is new, so no decided case covers it, and it opens a new alert
        // (batch's merge asks the same of the transactions it flags).
        reasons = ownReasons;
        const std::string detectorsJson = dumped(json(std::vector<std::string>(detectors.begin(), detectors.end())));
        const std::string reasonsJson = dumped(json(reasons));
        m_insertAlert.reset();
        m_insertAlert.bind(1, accountId).bind(2, m_runId).bind(3, now).bind(4, now);
        m_insertAlert.bind(5, static_cast<double>(priority)).bind(6, static_cast<double>(risk));
        m_insertAlert.bind(7, detectorsJson).bind(8, reasonsJson);
        if (hasRing)
            m_insertAlert.bind(9, m_ringIds[static_cast<std::size_t>(score.ring)]);
        else
            m_insertAlert.bindNull(9);
        m_insertAlert.execute();
        alertId = m_db.lastInsertRowId();
        const std::string details = dumped(json{{"account", stored.account},
                                                {"transaction", stored.transactionId},
                                                {"risk", risk},
                                                {"priority", priority},
                                                {"blocked", blocked},
                                                {"source", m_import.fileName}});
        // In the group's transaction: the entry commits with the alert it records, or neither does.
        store::AuditLog(m_db).append(m_options.actor, "alert.raise", "alert:" + std::to_string(alertId), details);
        stored.alert = AlertChange::Raised;
        ++m_groupCounts.alertsRaised;
    }
    m_alertTransaction.reset();
    m_alertTransaction.bind(1, alertId).bind(2, txId);
    m_alertTransaction.execute();
    stored.alertId = alertId;
    stored.alertRisk = risk;
    stored.alertReasons = std::move(reasons);
}

void LiveWriter::writeImportRow(const Counts& totals)
{
    m_import.rowsStored = totals.stored;
    m_import.rowsRejected = totals.rejected;
    m_import.rowsRead = totals.stored + totals.rejected;
    m_import.finishedMs = util::nowMs();
    m_importLog.finish(m_import);
}

std::vector<LiveWriter::Stored> LiveWriter::commit()
{
    if (!m_transaction)
        return {};
    try {
        m_writer->finish();
        Counts totals = plus(m_counts, m_groupCounts);
        totals.rejected += m_rejectedSinceCommit;
        ++totals.commits;
        // The imports row keeps up with every group, so a session killed mid-way still
        // counts what it stored.
        writeImportRow(totals);
        m_transaction->commit();
        // Durable from here on: only now are these records acknowledged.
        m_counts = totals;
        m_rejectedSinceCommit = 0;
    } catch (...) {
        m_pending.clear();
        m_writer.reset();
        m_transaction.reset();
        throw;
    }
    m_transaction.reset();
    return std::exchange(m_pending, {});
}

void LiveWriter::close(double seconds, std::int64_t journalWrites)
{
    if (m_closed)
        return;
    commit();
    store::WriteTransaction transaction(m_db);
    Counts totals = m_counts;
    totals.rejected += m_rejectedSinceCommit;
    writeImportRow(totals);
    const std::string details = dumped(json{{"source", m_import.fileName},
                                            {"transactions", totals.stored},
                                            {"rejected", totals.rejected},
                                            {"alerts_raised", totals.alertsRaised},
                                            {"alerts_updated", totals.alertsUpdated},
                                            {"blocked", totals.blocked},
                                            {"commits", totals.commits},
                                            {"journal_writes", journalWrites},
                                            {"seconds", seconds}});
    store::AuditLog(m_db).append(m_options.actor, "live.stop", "import:" + std::to_string(m_import.id), details);
    transaction.commit();
    m_counts = totals;
    m_rejectedSinceCommit = 0;
    m_closed = true;
}

} // namespace fraudlens::live
