// The scoring engine end to end: detection quality on the built-in demo data (seeded, with
// margins), the run's atomicity under cancel, model-file checks, no look-ahead in the
// features, the feedback loop, and the CLI's contract.
#include "eval/evaluation.h"
#include "eval/ranking_metrics.h"
#include "features/batch_features.h"
#include "features/feature_extractor.h"
#include "features/frame_builder.h"
#include "ingest/builtin_profiles.h"
#include "ingest/importer.h"
#include "models/compute_device.h"
#include "models/model_error.h"
#include "scoring/fusion.h"
#include "scoring/scoring_job.h"
#include "scoring/trained_models.h"
#include "store/database.h"
#include "store/statement.h"
#include "synth/demo_config.h"
#include "synth/demo_exporter.h"
#include "synth/demo_generator.h"
#include "util/progress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

using namespace fraudlens;

namespace {

class CancelAt : public util::Progress {
public:
    explicit CancelAt(double at) : m_at(at) {}
    bool report(double fraction, std::string_view) override { return fraction < m_at; }

private:
    double m_at;
};

std::string makeDemo(const QTemporaryDir& dir, const char* name, const synth::DemoConfig& config)
{
    const std::string path = dir.filePath(name).toStdString();
    store::Database db(path, store::OpenMode::Create);
    const auto records = synth::DemoGenerator(config).generate(nullptr);
    synth::DemoExporter::toDatabase(db, config, records, nullptr, "test");
    return path;
}

synth::DemoConfig smallDemo()
{
    synth::DemoConfig config;
    config.accounts = 800;
    config.days = 14;
    return config;
}

std::int64_t scalar(store::Database& db, const char* sql)
{
    store::Statement s(db, sql);
    s.step();
    return s.columnInt(0);
}

scoring::ScoringOptions cpuOptions()
{
    scoring::ScoringOptions options;
    options.device = models::DeviceRequest::Cpu;
    options.actor = "test";
    return options;
}

} // namespace

class TestScoring : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoQualityMeetsTargets();
    void detectorBuiltForEachPatternBeatsRandom();
    void paysimBeatsIsolationForest();
    void alertsCarryReasonsInWords();
    void reusedModelsGiveTheSameScores();
    void cancelLeavesPreviousResults();
    void tamperedModelFileIsRefused_data();
    void tamperedModelFileIsRefused();
    void cudaWithoutCudaIsAClearError();
    void featuresNeverLookAhead();
    void feedbackLoopLearnsWhichDetectorToTrust();
    void cliContract();

private:
    QTemporaryDir m_dir;
    std::string m_demo;
    std::string m_small;
    // Scored once, copied by each damaged-model case.
    QTemporaryDir m_tamperDir;
    std::string m_tamperSource;
};

void TestScoring::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = makeDemo(m_dir, "demo.db", synth::DemoConfig{});
    QVERIFY(scoring::ScoringJob::run(m_demo, cpuOptions(), nullptr).has_value());
    m_small = makeDemo(m_dir, "small.db", smallDemo());
    QVERIFY(scoring::ScoringJob::run(m_small, cpuOptions(), nullptr).has_value());
}

void TestScoring::demoQualityMeetsTargets()
{
    store::Database db(m_demo, store::OpenMode::ReadOnly);
    const auto e = eval::Evaluation::fromDatabase(db);
    QCOMPARE(e.detectors.front().first, std::string("fused"));
    const double auprc = e.detectors.front().second.auprc;
    qInfo("fused AUPRC %.3f", auprc);
    QVERIFY2(auprc >= 0.80, qPrintable(QString("fused AUPRC %1 < 0.80").arg(auprc))); // measured 0.96
    QCOMPARE(e.patternRecallAt2pct.size(), std::size_t(6));
    for (const auto& [pattern, recall] : e.patternRecallAt2pct) {
        qInfo("%s recall at 2%%: %.3f", pattern.c_str(), recall);
        QVERIFY2(recall >= 0.8, qPrintable(QString("%1: recall %2 < 0.8").arg(pattern.c_str()).arg(recall)));
    }
}

void TestScoring::detectorBuiltForEachPatternBeatsRandom()
{
    store::Database db(m_demo, store::OpenMode::ReadOnly);
    std::map<std::string, std::vector<float>> scores;
    std::vector<std::int8_t> labels;
    std::vector<std::string> patterns;
    store::Statement s(db, "SELECT s.autoencoder, s.sequence, s.rings, s.rules, s.bursts, t.label, COALESCE(t.fraud_pattern, '') "
                           "FROM scores s JOIN transactions t ON t.id = s.tx_id ORDER BY s.tx_id");
    const char* names[] = {"autoencoder", "sequence", "rings", "rules", "bursts"};
    while (s.step()) {
        for (int d = 0; d < 5; ++d)
            scores[names[d]].push_back(static_cast<float>(s.columnDouble(d)));
        labels.push_back(static_cast<std::int8_t>(s.columnInt(5)));
        patterns.push_back(s.columnText(6));
    }
    // Random flagging at a 2 % budget finds 2 % of any pattern; each pattern's own detector
    // must find at least five times that.
    const std::map<std::string, std::string> builtFor = {{"ring", "rings"},          {"promo_abuse", "rings"},
                                                         {"account_takeover", "sequence"}, {"brushing", "bursts"},
                                                         {"card_testing", "rules"},  {"refund_abuse", "rules"}};
    for (const auto& [pattern, detector] : builtFor) {
        std::vector<std::uint8_t> subset(patterns.size());
        for (std::size_t i = 0; i < patterns.size(); ++i)
            subset[i] = patterns[i] == pattern ? 1 : 0;
        const eval::RankingMetrics metrics{std::span<const float>(scores[detector]), labels};
        const double recall = metrics.recallAtBudget(0.02, subset);
        qInfo("%s by %s: recall at 2%% %.3f", pattern.c_str(), detector.c_str(), recall);
        QVERIFY2(recall >= 0.10, qPrintable(QString("%1 by %2: %3").arg(pattern.c_str(), detector.c_str()).arg(recall)));
    }
}

void TestScoring::paysimBeatsIsolationForest()
{
    // tests/bench/paysim_iforest.sh fits scikit-learn's IsolationForest (200 trees, seed 42)
    // on the very feature columns `fraudlens-cli features` writes for this sample; its AUPRC
    // there, measured with feature schema v2, is the bar. Random ranking gives 0.020.
    constexpr double kIsolationForestAuprc = 0.0844;
    const std::string path = m_dir.filePath("paysim.db").toStdString();
    {
        store::Database db(path, store::OpenMode::Create);
        ingest::ImportOptions o;
        o.csvPath = FRAUDLENS_SHARED_DATA "/paysim/paysim_sample_5k.csv";
        o.mapping = *ingest::builtinProfile("paysim");
        o.mappingName = "profile:paysim";
        QCOMPARE(ingest::Importer(db).run(o).status, ingest::ImportResult::Status::Stored);
    }
    QVERIFY(scoring::ScoringJob::run(path, cpuOptions(), nullptr).has_value());
    store::Database db(path, store::OpenMode::ReadOnly);
    const auto e = eval::Evaluation::fromDatabase(db);
    const double auprc = e.detectors.front().second.auprc;
    qInfo("PaySim fused AUPRC %.3f (IsolationForest %.3f)", auprc, kIsolationForestAuprc);
    // One transaction per account: the sequence model and the rings have nothing to see,
    // so this is the autoencoder, the rules and fusion coping with silent detectors.
    QVERIFY2(auprc >= 1.25 * kIsolationForestAuprc, qPrintable(QString("fused AUPRC %1").arg(auprc))); // measured 0.148
}

void TestScoring::alertsCarryReasonsInWords()
{
    store::Database db(m_demo, store::OpenMode::ReadOnly);
    const std::int64_t alerts = scalar(db, "SELECT COUNT(*) FROM alerts WHERE status = 'new'");
    QVERIFY(alerts > 100);
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM alerts WHERE reasons = '[]'"), std::int64_t(0));
    // Every risky transaction says why, including those lifted by their account's context.
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM scores WHERE fused >= 0.3 AND reasons = '[]'"), std::int64_t(0));
    // A serial refunder's orders are flagged with the refund that reversed them.
    QVERIFY(scalar(db, "SELECT COUNT(*) FROM scores s JOIN transactions t ON t.id = s.tx_id WHERE t.tx_type = 'order' "
                       "AND t.fraud_pattern = 'refund_abuse' AND s.reasons LIKE '%refunded % later%'") > 100);
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM alerts a WHERE NOT EXISTS "
                        "(SELECT 1 FROM alert_transactions t WHERE t.alert_id = a.id)"),
             std::int64_t(0));
    // Ring members' alerts name their ring; the rings table lists members and what they share.
    QVERIFY(scalar(db, "SELECT COUNT(*) FROM alerts WHERE reasons LIKE '%ring #%'") > 10);
    QVERIFY(scalar(db, "SELECT COUNT(*) FROM ring_entities") > 0);
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM scores"), scalar(db, "SELECT COUNT(*) FROM transactions"));
    // The most urgent alerts are mostly fraud: precision of the top 100 alerts' accounts.
    const std::int64_t fraudTop = scalar(db, "SELECT COUNT(*) FROM (SELECT a.account_id FROM alerts a ORDER BY a.priority DESC "
                                             "LIMIT 100) x WHERE EXISTS (SELECT 1 FROM transactions t WHERE "
                                             "t.account_id = x.account_id AND t.label = 1)");
    QVERIFY2(fraudTop >= 90, qPrintable(QString::number(fraudTop)));
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'score.run'"), std::int64_t(1));
}

void TestScoring::reusedModelsGiveTheSameScores()
{
    QTemporaryDir dir;
    const std::string path = makeDemo(dir, "reuse.db", smallDemo());
    QVERIFY(scoring::ScoringJob::run(path, cpuOptions(), nullptr));
    std::vector<double> first;
    {
        store::Database db(path, store::OpenMode::ReadOnly);
        store::Statement s(db, "SELECT autoencoder, sequence, fused FROM scores ORDER BY tx_id");
        while (s.step())
            for (int c = 0; c < 3; ++c)
                first.push_back(s.columnDouble(c));
    }
    {
        // Recorded beside the database, so the folder can move and the models still load.
        store::Database db(path, store::OpenMode::ReadOnly);
        store::Statement s(db, "SELECT path FROM models");
        while (s.step())
            QVERIFY2(s.columnText(0).starts_with("reuse.db.models/"), s.columnText(0).c_str());
    }
    QTemporaryDir movedDir;
    std::filesystem::copy(dir.path().toStdString(), movedDir.path().toStdString(), std::filesystem::copy_options::recursive);
    std::filesystem::remove_all(dir.path().toStdString());
    const std::string moved = movedDir.filePath("reuse.db").toStdString();

    auto options = cpuOptions();
    options.reuseModels = true;
    const auto again = scoring::ScoringJob::run(moved, options, nullptr);
    QVERIFY(again);
    store::Database db(moved, store::OpenMode::ReadOnly);
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM models"), std::int64_t(4)); // 2 trained, 2 reused rows
    QCOMPARE(scalar(db, "SELECT COUNT(DISTINCT path) FROM models"), std::int64_t(2));
    store::Statement s(db, "SELECT autoencoder, sequence, fused FROM scores ORDER BY tx_id");
    std::size_t i = 0;
    while (s.step())
        for (int c = 0; c < 3; ++c)
            QVERIFY(std::abs(s.columnDouble(c) - first[i++]) < 1e-5);
    QCOMPARE(i, first.size());
}

void TestScoring::cancelLeavesPreviousResults()
{
    store::Database before(m_small, store::OpenMode::ReadOnly);
    const std::int64_t runs = scalar(before, "SELECT COUNT(*) FROM scoring_runs");
    const std::int64_t fusedSum = scalar(before, "SELECT CAST(SUM(fused) * 1000 AS INTEGER) FROM scores");
    const std::int64_t alerts = scalar(before, "SELECT COUNT(*) FROM alerts");
    const auto modelFiles = [this] {
        std::size_t n = 0;
        for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(scoring::ScoringJob::modelDirectory(m_small)))
            ++n;
        return n;
    };
    const std::size_t files = modelFiles();
    for (const double at : {0.05, 0.3, 0.8, 0.89}) {
        CancelAt cancel(at);
        QVERIFY(!scoring::ScoringJob::run(m_small, cpuOptions(), &cancel).has_value());
        QCOMPARE(scalar(before, "SELECT COUNT(*) FROM scoring_runs"), runs);
        QCOMPARE(scalar(before, "SELECT CAST(SUM(fused) * 1000 AS INTEGER) FROM scores"), fusedSum);
        QCOMPARE(scalar(before, "SELECT COUNT(*) FROM alerts"), alerts);
        QCOMPARE(modelFiles(), files); // a cancelled run leaves no weights behind
    }
}

void TestScoring::tamperedModelFileIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("a changed byte") << "flip" << "does not match its checksum";
    QTest::newRow("cut-off weights") << "cut-weights" << "does not match its checksum";
    QTest::newRow("cut-off sidecar") << "cut-sidecar" << "is damaged";
    QTest::newRow("another feature schema") << "schema" << "another feature schema";
    QTest::newRow("another kind of model") << "kind" << "where the autoencoder model was expected";
    QTest::newRow("sidecar missing") << "no-sidecar" << "is missing or unreadable";
    QTest::newRow("weights missing") << "no-weights" << "is unreadable";
    // Found by fuzzing: a number no int holds, and a layer too wide to build.
    QTest::newRow("format version beyond int") << "huge-version" << "format_version must be a whole number";
    QTest::newRow("absurd layer width") << "huge-width" << "outside 1 to 4096";
}

void TestScoring::tamperedModelFileIsRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    if (m_tamperSource.empty()) {
        m_tamperSource = makeDemo(m_tamperDir, "tamper.db", smallDemo());
        QVERIFY(scoring::ScoringJob::run(m_tamperSource, cpuOptions(), nullptr));
    }
    // Each case damages its own copy: the folder moves with its models.
    QTemporaryDir dir;
    std::filesystem::copy(m_tamperDir.path().toStdString(), dir.path().toStdString(),
                          std::filesystem::copy_options::recursive);
    const std::string path = dir.filePath("tamper.db").toStdString();
    std::string weights;
    {
        store::Database db(path, store::OpenMode::ReadOnly);
        weights = *scoring::TrainedModels::registeredPath(db, "autoencoder");
    }
    const std::string sidecar = weights + ".json";
    const auto rewriteSidecar = [&](const std::string& from, const std::string& to) {
        std::ifstream in(sidecar);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto at = text.find(from);
        QVERIFY2(at != std::string::npos, from.c_str());
        text.replace(at, from.size(), to);
        std::ofstream(sidecar, std::ios::trunc) << text;
    };
    if (damage == "flip") {
        std::fstream f(weights, std::ios::in | std::ios::out | std::ios::binary);
        f.seekg(100);
        const char was = char(f.get());
        f.seekp(100);
        f.put(char(was ^ 0x5a));
    } else if (damage == "cut-weights") {
        std::filesystem::resize_file(weights, std::filesystem::file_size(weights) / 2);
    } else if (damage == "cut-sidecar") {
        std::filesystem::resize_file(sidecar, std::filesystem::file_size(sidecar) / 2);
    } else if (damage == "schema") {
        rewriteSidecar("\"feature_schema\": \"", "\"feature_schema\": \"x");
    } else if (damage == "kind") {
        rewriteSidecar("\"kind\": \"autoencoder\"", "\"kind\": \"sequence\"");
    } else if (damage == "huge-version") {
        rewriteSidecar("\"format_version\": ", "\"format_version\": 1e300, \"was\": ");
    } else if (damage == "huge-width") {
        rewriteSidecar("\"hidden\": ", "\"hidden\": 1000000");
    } else if (damage == "no-sidecar") {
        std::filesystem::remove(sidecar);
    } else if (damage == "no-weights") {
        std::filesystem::remove(weights);
    }
    auto options = cpuOptions();
    options.reuseModels = true;
    try {
        scoring::ScoringJob::run(path, options, nullptr);
        QFAIL("a damaged model file was accepted");
    } catch (const models::ModelError& e) {
        QVERIFY2(std::string(e.what()).find(message.toStdString()) != std::string::npos, e.what());
        // The message names the file, so the analyst knows which one to replace.
        QVERIFY2(std::string(e.what()).find("tamper.db.models/") != std::string::npos, e.what());
    }
    store::Database db(path, store::OpenMode::ReadOnly);
    QCOMPARE(scalar(db, "SELECT COUNT(*) FROM scoring_runs"), std::int64_t(1));
}

void TestScoring::cudaWithoutCudaIsAClearError()
{
    if (models::ComputeDevice::cudaAvailable())
        QSKIP("this machine has CUDA");
    try {
        models::ComputeDevice::resolve(models::DeviceRequest::Cuda);
        QFAIL("cuda resolved on a machine without it");
    } catch (const models::ModelError& e) {
        QVERIFY(std::string(e.what()).find("no CUDA device") != std::string::npos);
    }
    QVERIFY(!models::ComputeDevice::resolve(models::DeviceRequest::Auto).cuda);
}

void TestScoring::featuresNeverLookAhead()
{
    auto config = smallDemo();
    const auto records = synth::DemoGenerator(config).generate(nullptr);
    const auto full = features::FrameBuilder::fromRecords(records);
    features::FeatureExtractor fullExtractor(full);
    const auto all = features::computeFeatures(full, fullExtractor, nullptr);
    QVERIFY(all);
    // The first half alone must give its rows exactly the features they got with the
    // second half present: nothing from the future leaks in.
    const std::vector<store::TransactionRecord> half(records.begin(), records.begin() + records.size() / 2);
    const auto prefix = features::FrameBuilder::fromRecords(half);
    features::FeatureExtractor prefixExtractor(prefix);
    const auto some = features::computeFeatures(prefix, prefixExtractor, nullptr);
    QVERIFY(some);
    QCOMPARE(some->cols(), all->cols());
    for (std::size_t i = 0; i < some->rows; ++i)
        for (std::size_t c = 0; c < some->cols(); ++c)
            if (some->at(i, c) != all->at(i, c))
                QFAIL(qPrintable(QString("row %1 feature %2 differs").arg(i).arg(all->schema.name(c).c_str())));
}

void TestScoring::feedbackLoopLearnsWhichDetectorToTrust()
{
    // Analysts confirmed what the sequence model flagged and dismissed what the rules flagged.
    std::vector<scoring::Evidence> evidence;
    std::vector<int> outcome;
    for (int i = 0; i < 200; ++i) {
        const float strong = 0.5f + 0.5f * static_cast<float>(i % 10) / 10.0f;
        const bool fraud = i % 2 == 0;
        scoring::Evidence e{};
        e[1] = fraud ? strong : 0.05f;
        e[3] = fraud ? 0.1f : strong;
        evidence.push_back(e);
        outcome.push_back(fraud ? 1 : 0);
    }
    QVERIFY(!scoring::Fusion::learnFromDecisions({evidence.begin(), evidence.begin() + 5}, {1, 0, 1, 0, 1}).has_value());
    const auto learned = scoring::Fusion::learnFromDecisions(evidence, outcome);
    QVERIFY(learned.has_value());
    QVERIFY(learned->weights()[1] > 1.0f);
    QVERIFY(learned->weights()[3] < 0.0f);
    scoring::Evidence sequenceOnly{};
    sequenceOnly[1] = 0.8f;
    scoring::Evidence rulesOnly{};
    rulesOnly[3] = 0.8f;
    QVERIFY(learned->combine(sequenceOnly) > 0.7f);
    QVERIFY(learned->combine(rulesOnly) < 0.3f);
    const auto restored = scoring::Fusion::fromJson(learned->toJson());
    QCOMPARE(restored.combine(sequenceOnly), learned->combine(sequenceOnly));
}

void TestScoring::cliContract()
{
    const auto cli = [](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(FRAUDLENS_CLI), args);
        p.waitForFinished(600000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError()));
    };
    const QString db = QString::fromStdString(m_small);
    const auto [evalCode, evalOut] = cli({"evaluate", "--db", db, "--json"});
    QCOMPARE(evalCode, 0);
    const QJsonObject e = QJsonDocument::fromJson(evalOut.toUtf8()).object();
    QVERIFY(e["transactions"].toInt() > 0);
    QVERIFY(e["positives"].toInt() > 0);
    for (const char* detector : {"fused", "autoencoder", "sequence", "rings", "rules", "bursts"}) {
        const QJsonObject d = e["detectors"].toObject()[detector].toObject();
        for (const char* key : {"auroc", "auprc", "precision_at_100", "recall_at_1pct"})
            QVERIFY2(d.contains(key), detector);
        QVERIFY(d["pr_curve"].toArray().size() >= 2);
        QCOMPARE(d["pr_curve"].toArray().first().toArray().size(), 2);
    }
    QVERIFY(e["patterns"].toObject()["ring"].toObject().contains("recall_at_2pct"));

    const auto [alertsCode, alertsOut] = cli({"alerts", "--db", db, "--top", "5", "--json"});
    QCOMPARE(alertsCode, 0);
    const QJsonArray alerts = QJsonDocument::fromJson(alertsOut.toUtf8()).array();
    QCOMPARE(alerts.size(), 5);
    QVERIFY(alerts.first().toObject()["risk"].toDouble() >= alerts.last().toObject()["risk"].toDouble() - 1e-9
            || alerts.first().toObject()["priority"].toDouble() >= alerts.last().toObject()["priority"].toDouble());
    QVERIFY(!alerts.first().toObject()["reasons"].toArray().isEmpty());

    if (!models::ComputeDevice::cudaAvailable()) {
        const auto [code, out] = cli({"score", "--db", db, "--device", "cuda", "--quiet"});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("no CUDA device"), qPrintable(out));
    }
    const auto [noScores, message] = cli({"evaluate", "--db", QString::fromStdString(makeDemo(m_dir, "unscored.db", smallDemo()))});
    QVERIFY(noScores != 0);
    QVERIFY2(message.contains("run `fraudlens-cli score` first"), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestScoring)
#include "test_scoring.moc"
