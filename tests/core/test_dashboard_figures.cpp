#include "../ui/scored_demo.h"

#include "cases/dashboard_figures.h"
#include "store/database.h"
#include "store/statement.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace fraudlens;
using cases::DashboardFigures;

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

std::int64_t scalar(store::Database& db, const std::string& sql, const std::string& text = {})
{
    store::Statement q(db, sql);
    if (!text.empty())
        q.bind(1, text);
    q.step();
    return q.columnInt(0);
}

} // namespace

class TestDashboardFigures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hourlyCountsSumToTransactions();
    void alertsByStatusSumToAlerts();
    void alertsByDetectorMatchTheJson();
    void accountsAndBursts();
    void latestRunAndItsDurations();
    void auprcWithLabels();
    void emptyDatabase();
    void refreshAfterADecisionKeepsTheSeries();
    void noAuprcWithoutLabels(); // last: it erases the demo's labels

private:
    QTemporaryDir m_dir;
    std::string m_path;
};

void TestDashboardFigures::initTestCase()
{
    const QString path = testing::buildScoredDemo(m_dir);
    QVERIFY(!path.isEmpty());
    m_path = path.toStdString();
}

void TestDashboardFigures::hourlyCountsSumToTransactions()
{
    store::Database db(m_path, store::OpenMode::ReadOnly);
    const auto f = DashboardFigures::load(db, false);
    const std::int64_t transactions = scalar(db, "SELECT COUNT(*) FROM transactions");
    QVERIFY(transactions > 0);
    QCOMPARE(f.transactions, transactions);
    const std::int64_t sum = std::accumulate(f.hourly.begin(), f.hourly.end(), std::int64_t(0),
                                             [](std::int64_t s, const auto& h) { return s + h.count; });
    QCOMPARE(sum, transactions);

    // Every hour from the first transaction's to the last's, each once, empty ones too.
    QVERIFY(!f.hourly.empty());
    for (std::size_t i = 0; i < f.hourly.size(); ++i) {
        QCOMPARE(f.hourly[i].hourStartMs % kHourMs, std::int64_t(0));
        if (i > 0)
            QCOMPARE(f.hourly[i].hourStartMs - f.hourly[i - 1].hourStartMs, kHourMs);
    }
    const std::int64_t first = scalar(db, "SELECT MIN(ts) FROM transactions");
    const std::int64_t last = scalar(db, "SELECT MAX(ts) FROM transactions");
    QVERIFY(f.hourly.front().hourStartMs <= first && first < f.hourly.front().hourStartMs + kHourMs);
    QVERIFY(f.hourly.back().hourStartMs <= last && last < f.hourly.back().hourStartMs + kHourMs);
}

void TestDashboardFigures::alertsByStatusSumToAlerts()
{
    store::Database db(m_path, store::OpenMode::ReadOnly);
    const auto f = DashboardFigures::load(db, false);
    const std::int64_t alerts = scalar(db, "SELECT COUNT(*) FROM alerts");
    QVERIFY(alerts > 0);
    QCOMPARE(f.alerts, alerts);
    QCOMPARE(f.alertsByStatus.size(), size_t(5));
    std::int64_t sum = 0;
    for (const auto& s : f.alertsByStatus) {
        QCOMPARE(s.count, scalar(db, "SELECT COUNT(*) FROM alerts WHERE status = ?", s.status));
        sum += s.count;
    }
    QCOMPARE(sum, alerts);
    QCOMPARE(f.openAlerts, scalar(db, "SELECT COUNT(*) FROM alerts WHERE status IN ('new', 'in_review', 'escalated')"));
}

void TestDashboardFigures::alertsByDetectorMatchTheJson()
{
    store::Database db(m_path, store::OpenMode::ReadOnly);
    const auto f = DashboardFigures::load(db, false);
    QVERIFY(!f.alertsByDetector.empty());
    // Counted another way: SQLite's own JSON functions.
    const std::string all = "SELECT COUNT(*) FROM alerts a, json_each(a.detectors) d WHERE d.value = ?";
    const std::string open = all + " AND a.status IN ('new', 'in_review', 'escalated')";
    for (std::size_t i = 0; i < f.alertsByDetector.size(); ++i) {
        const auto& d = f.alertsByDetector[i];
        QCOMPARE(d.all, scalar(db, all, d.detector));
        QCOMPARE(d.open, scalar(db, open, d.detector));
        QVERIFY(d.open <= d.all);
        if (i > 0)
            QVERIFY(f.alertsByDetector[i - 1].open >= d.open);
    }
    QCOMPARE(static_cast<std::int64_t>(f.alertsByDetector.size()),
             scalar(db, "SELECT COUNT(DISTINCT d.value) FROM alerts a, json_each(a.detectors) d"));
}

void TestDashboardFigures::accountsAndBursts()
{
    store::Database db(m_path, store::OpenMode::ReadOnly);
    const auto f = DashboardFigures::load(db, false);
    QCOMPARE(f.accounts, scalar(db, "SELECT COUNT(*) FROM accounts"));
    QCOMPARE(f.frozenAccounts, scalar(db, "SELECT COUNT(*) FROM accounts WHERE status = 'frozen'"));
    QCOMPARE(f.confirmedFraudAccounts,
             scalar(db, "SELECT COUNT(DISTINCT account_id) FROM alerts WHERE status = 'confirmed_fraud'"));
    QCOMPARE(static_cast<std::int64_t>(f.platformBursts.size()) + f.merchantBursts, scalar(db, "SELECT COUNT(*) FROM bursts"));
    for (std::size_t i = 0; i < f.platformBursts.size(); ++i) {
        QCOMPARE(f.platformBursts[i].scope, std::string("platform"));
        if (i > 0)
            QVERIFY(f.platformBursts[i - 1].hourStartMs <= f.platformBursts[i].hourStartMs);
    }
}

void TestDashboardFigures::latestRunAndItsDurations()
{
    store::Database db(m_path, store::OpenMode::ReadOnly);
    const auto f = DashboardFigures::load(db, false);
    QVERIFY(f.latestRun.has_value());
    QCOMPARE(f.latestRun->id, scalar(db, "SELECT MAX(id) FROM scoring_runs"));
    QCOMPARE(f.latestRun->device, std::string("cpu"));
    QVERIFY(!f.latestRun->durationsSeconds.empty());
    for (const auto& [name, seconds] : f.latestRun->durationsSeconds) {
        QVERIFY(!name.empty());
        QVERIFY(seconds >= 0.0);
    }
}

void TestDashboardFigures::auprcWithLabels()
{
    store::Database db(m_path, store::OpenMode::ReadOnly);
    const auto skipped = DashboardFigures::load(db, false);
    QVERIFY(skipped.hasLabels);
    QVERIFY(!skipped.evaluated);
    QVERIFY(skipped.auprc.empty());

    const auto f = DashboardFigures::load(db, true);
    QVERIFY(f.hasLabels);
    QVERIFY(f.evaluated);
    QCOMPARE(f.auprc.size(), size_t(6));
    QCOMPARE(f.auprc.front().detector, std::string("fused"));
    for (const auto& d : f.auprc)
        QVERIFY2(std::isfinite(d.auprc) && d.auprc >= 0.0 && d.auprc <= 1.0, d.detector.c_str());
}

void TestDashboardFigures::emptyDatabase()
{
    QTemporaryDir dir;
    store::Database db(dir.filePath("empty.db").toStdString(), store::OpenMode::Create);
    const auto f = DashboardFigures::load(db, true);
    QCOMPARE(f.transactions, std::int64_t(0));
    QVERIFY(f.hourly.empty());
    QCOMPARE(f.alerts, std::int64_t(0));
    QCOMPARE(f.alertsByStatus.size(), size_t(5));
    QVERIFY(f.alertsByDetector.empty());
    QVERIFY(!f.latestRun);
    QVERIFY(!f.hasLabels);
    QVERIFY(f.evaluated);
    QVERIFY(f.auprc.empty());
}

// After an analyst's decision the dashboard reads again only what a decision changes; the
// result equals a full read of the new state.
void TestDashboardFigures::refreshAfterADecisionKeepsTheSeries()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("decided.db"));
    QVERIFY(QFile::copy(QString::fromStdString(m_path), copy));
    store::Database db(copy.toStdString(), store::OpenMode::ReadWrite);
    const auto before = DashboardFigures::load(db, true);
    QVERIFY(before.openAlerts > 0);
    db.exec("UPDATE alerts SET status = 'confirmed_fraud' WHERE id = (SELECT MIN(id) FROM alerts WHERE status = 'new')");
    db.exec("UPDATE accounts SET status = 'frozen' WHERE id = (SELECT MIN(account_id) FROM alerts)");

    const auto refreshed = DashboardFigures::refreshCases(db, before);
    const auto full = DashboardFigures::load(db, true);
    QCOMPARE(refreshed.openAlerts, before.openAlerts - 1);
    QCOMPARE(refreshed.openAlerts, full.openAlerts);
    QCOMPARE(refreshed.alerts, full.alerts);
    QCOMPARE(refreshed.frozenAccounts, full.frozenAccounts);
    QCOMPARE(refreshed.confirmedFraudAccounts, full.confirmedFraudAccounts);
    QCOMPARE(refreshed.alertsByStatus.size(), full.alertsByStatus.size());
    for (std::size_t i = 0; i < full.alertsByStatus.size(); ++i)
        QCOMPARE(refreshed.alertsByStatus[i].count, full.alertsByStatus[i].count);
    QCOMPARE(refreshed.alertsByDetector.size(), full.alertsByDetector.size());
    for (std::size_t i = 0; i < full.alertsByDetector.size(); ++i) {
        QCOMPARE(refreshed.alertsByDetector[i].detector, full.alertsByDetector[i].detector);
        QCOMPARE(refreshed.alertsByDetector[i].open, full.alertsByDetector[i].open);
        QCOMPARE(refreshed.alertsByDetector[i].all, full.alertsByDetector[i].all);
    }
    // Kept from before, not read again.
    QCOMPARE(refreshed.hourly.size(), before.hourly.size());
    QCOMPARE(refreshed.transactions, before.transactions);
    QCOMPARE(refreshed.evaluated, before.evaluated);
    QCOMPARE(refreshed.auprc.size(), before.auprc.size());
}

void TestDashboardFigures::noAuprcWithoutLabels()
{
    {
        store::Database db(m_path, store::OpenMode::ReadWrite);
        db.exec("UPDATE transactions SET label = NULL");
    }
    store::Database db(m_path, store::OpenMode::ReadOnly);
    const auto f = DashboardFigures::load(db, true);
    QVERIFY(!f.hasLabels);
    QVERIFY(f.evaluated);
    QVERIFY(f.auprc.empty());
}

QTEST_APPLESS_MAIN(TestDashboardFigures)
#include "test_dashboard_figures.moc"
