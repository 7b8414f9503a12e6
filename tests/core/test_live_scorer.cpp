// Live scoring against batch scoring. A demo's first four fifths (by time) are imported and
// scored in batch; the last fifth goes through LiveScorer one transaction at a time. Then
// the last fifth is stored too and the whole database is batch-scored again with the same
// models reused: the detectors that see only a transaction's past (autoencoder, sequence
// model, rules) must give the same evidence either way; rings, bursts and the account
// context may differ where batch sees the future, and only there.
#include "features/batch_features.h"
#include "features/feature_extractor.h"
#include "features/frame_loader.h"
#include "live/live_scorer.h"
#include "live/live_writer.h"
#include "rules/rule_hits.h"
#include "rules/rule_set.h"
#include "rules/rule_store.h"
#include "rules/severity.h"
#include "scoring/fusion.h"
#include "scoring/reason_collector.h"
#include "scoring/scoring_job.h"
#include "store/database.h"
#include "store/import_batch.h"
#include "store/statement.h"
#include "synth/demo_config.h"
#include "synth/demo_exporter.h"
#include "synth/demo_generator.h"
#include "util/sha256.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <set>

using namespace fraudlens;

namespace {

constexpr std::size_t kAutoencoder = static_cast<std::size_t>(scoring::Detector::Autoencoder);
constexpr std::size_t kSequence = static_cast<std::size_t>(scoring::Detector::Sequence);
constexpr std::size_t kRings = static_cast<std::size_t>(scoring::Detector::Rings);
constexpr std::size_t kRules = static_cast<std::size_t>(scoring::Detector::Rules);
constexpr std::size_t kBursts = static_cast<std::size_t>(scoring::Detector::Bursts);

// The same models on the same features: only the order of float operations differs (one
// row against batches of thousands), which moves a raw score by about 1e-7 relative.
constexpr float kSameEvidence = 1e-4f;
// The noisy-OR's slope in each detector's evidence is its weight times the other factors,
// at most the weight (< 1): five evidences each within kSameEvidence move the fused risk by
// at most sum(weights) x 1e-4 = 4.2e-4 with the default weights.
constexpr float kSameFused = 5e-4f;

synth::DemoConfig smallDemo()
{
    synth::DemoConfig config;
    config.accounts = 800;
    config.days = 14;
    return config;
}

scoring::ScoringOptions cpuOptions()
{
    scoring::ScoringOptions options;
    options.device = models::DeviceRequest::Cpu;
    options.actor = "test";
    return options;
}

struct BatchRow {
    scoring::Evidence evidence{};
    float fused = 0.0f;
};

// How each stored row hits the rules, and each rule's weight on that data: its severity
// weight times how rare it is there (RuleHits::informativeness), as a scoring run weighs it.
struct RuleView {
    rules::RuleHits hits;
    std::vector<float> weight;
    std::size_t rows = 0;
};

RuleView evaluateRules(store::Database& db)
{
    features::TransactionFrame frame;
    features::FrameLoader::load(db, frame, nullptr);
    features::FeatureExtractor extractor(frame);
    const auto matrix = features::computeFeatures(frame, extractor, nullptr);
    const rules::RuleSet set(rules::RuleStore(db, matrix->schema).list(), matrix->schema, rules::InvalidRules::Skip);
    RuleView view;
    view.hits = set.evaluateAll(*matrix);
    view.rows = frame.size();
    for (std::size_t r = 0; r < set.size(); ++r)
        view.weight.push_back(rules::severityWeight(set.rule(r).severity) * view.hits.informativeness[r]);
    return view;
}

// Stores records the way an import does: one transaction, accounts created on first sight.
void storeRecords(const std::string& path, const std::vector<store::TransactionRecord>& records)
{
    store::Database db(path, store::OpenMode::ReadWrite);
    store::ImportBatch batch(db, "live part", util::Sha256::of("live part"), "{}");
    for (const auto& r : records)
        batch.writer().write(r);
    batch.commit("test", static_cast<std::int64_t>(records.size()), 0, "{}");
}

} // namespace

class TestLiveScorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsAndRulesGiveBatchEvidence();
    void fusedDiffersOnlyWhereHindsightDoes();
    void refundsRaiseTheirOrders();
    void writerCarriesARefundToAnOrderScoredLive();
    void riskyTransactionsSayWhy();
    void newAccountOnARingDeviceJoinsTheRing();
    void lateAndUnknownInputIsStillScored();
    void roomIsMadeAheadOfTheStream();

private:
    QTemporaryDir m_dir;
    std::string m_path;
    std::string m_writerPath; // a copy of the database before the live part was stored
    std::vector<store::TransactionRecord> m_live;
    std::vector<live::LiveScore> m_scores;
    std::map<std::string, BatchRow> m_batch; // by transaction id, the second batch run's scores
    std::unique_ptr<live::LiveScorer> m_scorer;
    bool m_columnsStayed = false;            // scoring the live rows moved no frame column
    std::string m_ringDevice;                // a device a ring member of the first run used
    RuleView m_firstRules;                   // the rules on the first run's data
    RuleView m_allRules;                     // on all of it: the second run's
    scoring::Fusion m_fusion = scoring::Fusion::defaults();
};

void TestLiveScorer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto config = smallDemo();
    const auto records = synth::DemoGenerator(config).generate(nullptr);
    QVERIFY(records.size() > 1000);
    // Split at 80 % of the transactions, on a change of time so no tie straddles it.
    std::size_t cut = records.size() * 8 / 10;
    while (cut < records.size() && records[cut].timestampMs == records[cut - 1].timestampMs)
        ++cut;
    const std::vector<store::TransactionRecord> first(records.begin(), records.begin() + static_cast<std::ptrdiff_t>(cut));
    m_live.assign(records.begin() + static_cast<std::ptrdiff_t>(cut), records.end());

    m_path = m_dir.filePath("live.db").toStdString();
    {
        store::Database db(m_path, store::OpenMode::Create);
        QVERIFY(synth::DemoExporter::toDatabase(db, config, first, nullptr, "test"));
    }
    QVERIFY(scoring::ScoringJob::run(m_path, cpuOptions(), nullptr).has_value());

    {
        store::Database db(m_path, store::OpenMode::ReadOnly);
        m_fusion = scoring::Fusion::fromDatabase(db);
        // The device of the strongest ring used by the fewest accounts: sharing it links strongly.
        store::Statement s(db, "SELECT t.device, (SELECT COUNT(DISTINCT u.account_id) FROM transactions u WHERE u.device = t.device) AS n "
                               "FROM ring_members m JOIN transactions t ON t.account_id = m.account_id "
                               "WHERE m.ring_id = (SELECT id FROM rings ORDER BY score DESC, id LIMIT 1) AND t.device IS NOT NULL "
                               "GROUP BY t.device ORDER BY n, t.device LIMIT 1");
        if (s.step())
            m_ringDevice = s.columnText(0);
        m_firstRules = evaluateRules(db);

        const auto started = std::chrono::steady_clock::now();
        m_scorer = live::LiveScorer::open(db, live::LiveScorer::Options{}, nullptr);
        QVERIFY(m_scorer != nullptr);
        qInfo("live scorer ready in %.2f s over %zu stored transactions",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(), m_scorer->frame().size());
    }
    QCOMPARE(m_scorer->frame().size(), first.size());

    const auto* timesBefore = m_scorer->frame().tsMs.data();
    const auto* accountsBefore = m_scorer->frame().account.data();
    const auto started = std::chrono::steady_clock::now();
    for (const auto& r : m_live)
        m_scores.push_back(m_scorer->score(r));
    m_columnsStayed = m_scorer->frame().tsMs.data() == timesBefore && m_scorer->frame().account.data() == accountsBefore;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    qInfo("%zu transactions scored live, %.0f us each on average", m_live.size(), 1e6 * seconds / static_cast<double>(m_live.size()));

    {
        // As the first run left it, for the writer's test.
        store::Database db(m_path, store::OpenMode::ReadOnly);
        m_writerPath = m_dir.filePath("writer.db").toStdString();
        db.exec("VACUUM INTO '" + m_writerPath + "'");
    }
    storeRecords(m_path, m_live);
    auto reuse = cpuOptions();
    reuse.reuseModels = true;
    QVERIFY(scoring::ScoringJob::run(m_path, reuse, nullptr).has_value());
    store::Database db(m_path, store::OpenMode::ReadOnly);
    store::Statement s(db, "SELECT t.external_id, s.autoencoder, s.sequence, s.rings, s.rules, s.bursts, s.fused "
                           "FROM scores s JOIN transactions t ON t.id = s.tx_id");
    while (s.step()) {
        BatchRow row;
        for (std::size_t d = 0; d < scoring::kDetectorCount; ++d)
            row.evidence[d] = static_cast<float>(s.columnDouble(static_cast<int>(1 + d)));
        row.fused = static_cast<float>(s.columnDouble(6));
        m_batch.emplace(s.columnText(0), row);
    }
    QCOMPARE(m_batch.size(), records.size());
    m_allRules = evaluateRules(db);
    QCOMPARE(m_allRules.rows, records.size());
}

void TestLiveScorer::modelsAndRulesGiveBatchEvidence()
{
    QCOMPARE(m_scores.size(), m_live.size());
    float worst[scoring::kDetectorCount] = {};
    std::size_t informative = 0;
    std::size_t reweighed = 0;
    for (std::size_t i = 0; i < m_live.size(); ++i) {
        const auto it = m_batch.find(m_live[i].transactionId);
        QVERIFY(it != m_batch.end());
        const live::LiveScore& l = m_scores[i];
        const BatchRow& b = it->second;
        // A rule's weight follows its share of the data scored: live weighs a hit as the
        // first run did, the second run as its share of all the data says. The same hits
        // (same features), so the evidence may differ by exactly that reweighing.
        const std::size_t row = m_firstRules.rows + i; // the live rows follow the first run's in the full frame
        float allowance = 0.0f;
        {
            float first = 0.0f;
            float all = 0.0f;
            for (const std::uint16_t r : m_allRules.hits.of(row)) {
                first = std::max(first, m_firstRules.weight[r]);
                all = std::max(all, m_allRules.weight[r]);
            }
            allowance = std::fabs(first - all);
            reweighed += allowance > 0.0f ? 1 : 0;
            QVERIFY2(std::fabs(l.evidence[kRules] - first) <= kSameEvidence,
                     qPrintable(QString("rules, transaction %1: live %2, first run's weights %3")
                                    .arg(m_live[i].transactionId.c_str()).arg(l.evidence[kRules]).arg(first)));
            QVERIFY2(std::fabs(b.evidence[kRules] - all) <= kSameEvidence,
                     qPrintable(QString("rules, transaction %1: batch %2, all data's weights %3")
                                    .arg(m_live[i].transactionId.c_str()).arg(b.evidence[kRules]).arg(all)));
        }
        for (const std::size_t d : {kAutoencoder, kSequence, kRules}) {
            const float diff = std::fabs(l.evidence[d] - b.evidence[d]);
            worst[d] = std::max(worst[d], diff);
            if (diff > kSameEvidence + (d == kRules ? allowance : 0.0f))
                QFAIL(qPrintable(QString("%1, transaction %2: live %3, batch %4")
                                     .arg(scoring::kDetectorNames[d].data())
                                     .arg(m_live[i].transactionId.c_str())
                                     .arg(l.evidence[d])
                                     .arg(b.evidence[d])));
        }
        if (l.evidence[kAutoencoder] > 0.0f || l.evidence[kSequence] > 0.0f)
            ++informative;
    }
    qInfo("largest live-batch difference: autoencoder %.2g, sequence %.2g, rules %.2g (%zu rows with rules reweighed "
          "by their share of all the data)",
          static_cast<double>(worst[kAutoencoder]), static_cast<double>(worst[kSequence]), static_cast<double>(worst[kRules]),
          reweighed);
    // Not a comparison of zeros: the models had something to say about the live rows.
    QVERIFY(informative > m_live.size() / 20);
}

void TestLiveScorer::fusedDiffersOnlyWhereHindsightDoes()
{
    std::size_t agreeing = 0;
    std::size_t close = 0;
    double sumDiff = 0.0;
    for (std::size_t i = 0; i < m_live.size(); ++i) {
        const live::LiveScore& l = m_scores[i];
        const BatchRow& b = m_batch.at(m_live[i].transactionId);
        // Context only ever lifts, in both.
        QVERIFY(l.fused >= l.ownRisk - 1e-6f);
        QVERIFY(b.fused >= m_fusion.combine(b.evidence) - 1e-5f);
        const float diff = std::fabs(l.fused - b.fused);
        sumDiff += diff;
        if (diff <= 0.1f)
            ++close;
        // Where the detectors that depend on the whole data set agree (rings, bursts, and a
        // rule's weight by its share of the data), fusing is the same function of the same
        // evidence; and without a live context lift, batch (which may add a lift from the
        // account's later transactions, or a later refund) can only be higher.
        if (std::fabs(l.evidence[kRings] - b.evidence[kRings]) > kSameEvidence
            || std::fabs(l.evidence[kBursts] - b.evidence[kBursts]) > kSameEvidence
            || std::fabs(l.evidence[kRules] - b.evidence[kRules]) > kSameEvidence)
            continue;
        ++agreeing;
        QVERIFY2(std::fabs(l.ownRisk - m_fusion.combine(b.evidence)) <= kSameFused,
                 qPrintable(QString("transaction %1: own risk live %2, batch %3")
                                .arg(m_live[i].transactionId.c_str())
                                .arg(l.ownRisk)
                                .arg(m_fusion.combine(b.evidence))));
        if (l.fused <= l.ownRisk + 1e-6f)
            QVERIFY2(l.fused <= b.fused + kSameFused, qPrintable(QString("transaction %1: fused live %2 > batch %3")
                                                                    .arg(m_live[i].transactionId.c_str())
                                                                    .arg(l.fused)
                                                                    .arg(b.fused)));
    }
    const auto n = static_cast<double>(m_live.size());
    qInfo("rings, bursts and rules agree on %.1f%% of live rows; fused within 0.1 of batch on %.1f%%, mean |difference| %.4f",
          100.0 * static_cast<double>(agreeing) / n, 100.0 * static_cast<double>(close) / n, sumDiff / n);
    // Hindsight matters on the few rows of rings, burst hours and suspicious accounts, not
    // on the bulk of the traffic.
    QVERIFY(static_cast<double>(agreeing) >= 0.5 * n);
    QVERIFY(static_cast<double>(close) >= 0.85 * n);
}

void TestLiveScorer::refundsRaiseTheirOrders()
{
    std::size_t refunds = 0;
    std::size_t liveOrders = 0;
    for (const auto& s : m_scores) {
        if (!s.reversedOrder)
            continue;
        ++refunds;
        QVERIFY(s.reversedOrder->row < s.row);
        // The order's stored id (the first part's orders were stored), or for an order
        // scored live without one, the provisional id it was scored under: the writer
        // knows which store id that became.
        if (s.reversedOrder->row >= m_scores.front().row) {
            const live::LiveScore& order = m_scores[s.reversedOrder->row - m_scores.front().row];
            QCOMPARE(order.row, s.reversedOrder->row);
            QVERIFY(order.txId < 0);
            QCOMPARE(s.reversedOrder->txId, order.txId);
            ++liveOrders;
        } else {
            QVERIFY(s.reversedOrder->txId > 0);
        }
        // An order and its refund are one purchase: the order is at least as risky now.
        QVERIFY(s.reversedOrder->fused >= s.ownRisk - 1e-6f);
        if (s.reversedOrder->reason) {
            const std::string merged = scoring::ReasonCollector::merged("[]", {*s.reversedOrder->reason});
            QVERIFY2(merged.find("refunded") != std::string::npos, merged.c_str());
        }
    }
    qInfo("%zu live refunds matched to their orders, %zu of them scored live", refunds, liveOrders);
    QVERIFY(refunds > 0);
    QVERIFY(liveOrders > 0);
}

void TestLiveScorer::writerCarriesARefundToAnOrderScoredLive()
{
    // The live session stores records behind their scoring: an order scored live has only
    // a provisional id when its refund is scored, and the writer turns it into the row.
    store::Database db(m_writerPath, store::OpenMode::ReadWrite);
    std::set<std::string> carried; // orders whose refund was suspect enough to give a reason
    {
        live::LiveWriter writer(db, *m_scorer, {});
        for (std::size_t i = 0; i < m_live.size(); ++i) {
            live::LiveWriter::Item item;
            item.sequence = static_cast<std::int64_t>(i) + 1;
            item.record = m_live[i];
            item.score = m_scores[i];
            const auto& order = m_scores[i].reversedOrder;
            if (order && order->txId < 0 && order->reason) {
                // Where the refund's reason ranks among the order's own.
                const std::size_t o = order->row - m_scores.front().row;
                if (scoring::ReasonCollector::merged(m_scores[o].reasons(), {*order->reason}).find("refunded") != std::string::npos)
                    carried.insert(m_live[o].transactionId);
            }
            std::string problem;
            QVERIFY2(writer.store(std::move(item), problem), problem.c_str());
            if (i % 500 == 499)
                writer.commit();
        }
        writer.close(0.0);
    }
    qInfo("%zu orders scored live took a refund's reason", carried.size());
    QVERIFY(!carried.empty());
    store::Statement reasons(db, "SELECT s.reasons FROM scores s JOIN transactions t ON t.id = s.tx_id WHERE t.external_id = ?");
    for (const std::string& id : carried) {
        reasons.reset();
        reasons.bind(1, id);
        QVERIFY(reasons.step());
        const std::string text = reasons.columnText(0);
        QVERIFY2(text.find("refunded") != std::string::npos, (id + ": " + text).c_str());
    }
}

void TestLiveScorer::riskyTransactionsSayWhy()
{
    std::size_t alerts = 0;
    for (const auto& s : m_scores) {
        if (s.fused >= 0.3f)
            QVERIFY2(s.reasons() != "[]", qPrintable(QString("row %1: fused %2 without reasons").arg(s.row).arg(s.fused)));
        QCOMPARE(s.alert, s.fused >= m_scorer->alertThreshold() || s.highSeverityRule);
        alerts += s.alert ? 1 : 0;
    }
    qInfo("%zu live alerts at the run's cut %.3f", alerts, static_cast<double>(m_scorer->alertThreshold()));
    QVERIFY(m_scorer->alertThreshold() > 0.0f);
}

void TestLiveScorer::newAccountOnARingDeviceJoinsTheRing()
{
    QVERIFY2(!m_ringDevice.empty(), "the first batch run found no ring with a device");
    store::TransactionRecord r = m_live.back();
    r.transactionId = "live-new-1";
    r.accountId = "live-new-account";
    r.timestampMs += 60'000;
    r.accountCreatedMs = r.timestampMs - 3'600'000;
    r.deviceId = m_ringDevice;
    r.cardId = "live-new-card";
    r.ip = "203.0.113.77";
    r.email = "live-new@example.com";
    r.address = "1 Live Street";
    const live::LiveScore joined = m_scorer->score(r);
    QVERIFY(joined.ring >= 0);
    QVERIFY(joined.evidence[kRings] > 0.0f);
    if (joined.evidence[kRings] >= scoring::ReasonCollector::kMinEvidence)
        QVERIFY2(joined.reasons().find("ring #") != std::string::npos, joined.reasons().c_str());

    // The same on a device nobody has seen: no ring.
    r.transactionId = "live-new-2";
    r.accountId = "live-other-account";
    r.deviceId = "live-new-device";
    r.cardId = "live-other-card";
    r.ip = "203.0.113.78";
    r.email = "live-other@example.com";
    r.address = "2 Live Street";
    const live::LiveScore alone = m_scorer->score(r);
    QCOMPARE(alone.ring, -1);
    QCOMPARE(alone.evidence[kRings], 0.0f);
}

void TestLiveScorer::lateAndUnknownInputIsStillScored()
{
    const std::size_t width = m_scorer->frame().extraNumericNames.size();
    store::TransactionRecord r = m_live.back();
    r.transactionId = "live-late";
    r.timestampMs -= 3'600'000;
    r.extraNumeric = {{"a_column_never_stored", 1.5}};
    const live::LiveScore late = m_scorer->score(r);
    QVERIFY(late.lateMs >= 3'600'000);
    QCOMPARE(m_scorer->frame().extraNumericNames.size(), width);
    QCOMPARE(m_scorer->frame().tsMs.back(), m_scorer->frame().tsMs[m_scorer->frame().size() - 2]);
    QVERIFY(late.fused >= 0.0f && late.fused <= 1.0f);
}

void TestLiveScorer::roomIsMadeAheadOfTheStream()
{
    // open() made room for the live rows: no column was copied while a transaction waited.
    QVERIFY(m_columnsStayed);
    QVERIFY(!m_scorer->keepRoom()); // plenty left: a quiet moment has nothing to do

    // Little room left: the next quiet moment makes more, as much again as is stored.
    m_scorer->reserve(8);
    for (std::size_t i = 0; i < 6; ++i)
        m_scorer->score(m_live[i]);
    QVERIFY(m_scorer->keepRoom());
    const auto& frame = m_scorer->frame();
    QVERIFY(frame.tsMs.capacity() >= 2 * frame.size());
    QVERIFY(frame.account.capacity() >= 2 * frame.size());
    QVERIFY(!m_scorer->keepRoom());
}

QTEST_APPLESS_MAIN(TestLiveScorer)
#include "test_live_scorer.moc"
