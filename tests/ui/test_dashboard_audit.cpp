#include "scored_demo.h"

#include "audit_table_model.h"
#include "audit_view.h"
#include "dashboard_view.h"
#include "hourly_volume_chart.h"
#include "series_downsampler.h"
#include "workspace.h"

#include "ingest/csv_reader.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fraudlens;
using fraudlens::ui::AuditTableModel;
using fraudlens::ui::AuditView;
using fraudlens::ui::DashboardView;
using fraudlens::ui::Workspace;

namespace {

constexpr int kTimeoutMs = 20000;

qint64 seqAt(const QAbstractItemModel* model, int row)
{
    return model->index(row, AuditTableModel::SeqColumn).data(AuditTableModel::RawValueRole).toLongLong();
}

} // namespace

class TestDashboardAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dashboardShowsTheCounts();
    void dashboardReloadsOnChange();
    void decisionsReloadOnlyTheCaseFigures();
    void longSeriesAreThinnedKeepingBursts();
    void auditTableHoldsEveryEntry();
    void auditModelGrowsAtTheTop();
    void auditFilters();
    void verifyFindsTheChainIntact();
    void exportWritesEveryEntry();
    void verifyFindsATamperedEntry(); // last: it breaks the chain

private:
    qint64 scalar(const char* sql, const std::string& text = {});

    QTemporaryDir m_dir;
    QString m_db;
};

void TestDashboardAudit::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_db = testing::buildScoredDemo(m_dir);
    QVERIFY(!m_db.isEmpty());
}

qint64 TestDashboardAudit::scalar(const char* sql, const std::string& text)
{
    store::Database db(m_db.toStdString(), store::OpenMode::ReadOnly);
    store::Statement q(db, sql);
    if (!text.empty())
        q.bind(1, text);
    q.step();
    return q.columnInt(0);
}

void TestDashboardAudit::dashboardShowsTheCounts()
{
    Workspace workspace;
    DashboardView view(workspace);
    QSignalSpy loaded(&view, &DashboardView::loaded);
    workspace.open(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kTimeoutMs);

    auto text = [&view](const char* name) {
        auto* label = view.findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("(missing)");
    };
    const qint64 transactions = scalar("SELECT COUNT(*) FROM transactions");
    QVERIFY(transactions >= 1000);
    QCOMPARE(text("tileTransactions"), QLocale().toString(transactions));
    QVERIFY(text("tileTransactions").contains(QLatin1Char(',')));
    QCOMPARE(text("tileOpenAlerts"),
             QLocale().toString(scalar("SELECT COUNT(*) FROM alerts WHERE status IN ('new', 'in_review', 'escalated')")));
    QCOMPARE(text("tileFrozen"), QLocale().toString(scalar("SELECT COUNT(*) FROM accounts WHERE status = 'frozen'")));
    QCOMPARE(text("tileConfirmed"),
             QLocale().toString(scalar("SELECT COUNT(DISTINCT account_id) FROM alerts WHERE status = 'confirmed_fraud'")));

    auto* hourly = view.findChild<ui::HourlyVolumeChart*>(QStringLiteral("hourlyChart"));
    QVERIFY(hourly);
    QVERIFY(hourly->volumePointCount() > 0);
    QCOMPARE(qint64(hourly->burstPointCount()), scalar("SELECT COUNT(*) FROM bursts WHERE scope = 'platform'"));
    // The demo carries labels: the detectors are measured, the note is hidden.
    QVERIFY(!view.findChild<QWidget*>(QStringLiteral("auprcChart"))->isHidden());
    QVERIFY(view.findChild<QWidget*>(QStringLiteral("auprcNote"))->isHidden());
}

void TestDashboardAudit::dashboardReloadsOnChange()
{
    Workspace workspace;
    DashboardView view(workspace);
    QSignalSpy loaded(&view, &DashboardView::loaded);
    workspace.open(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kTimeoutMs);
    const int before = loaded.count();
    workspace.notifyChanged(ui::DataChange::Alerts);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > before, kTimeoutMs);
    // Changes that are not the dashboard's leave it alone.
    const int after = loaded.count();
    workspace.notifyChanged(ui::DataChange::Settings);
    QTest::qWait(300);
    QCOMPARE(loaded.count(), after);
}

// A decision re-reads the case figures only: the frozen tile follows it, while the series
// and the latest run (which no decision changes) are kept until new data or scores come.
void TestDashboardAudit::decisionsReloadOnlyTheCaseFigures()
{
    Workspace workspace;
    DashboardView view(workspace);
    QSignalSpy loaded(&view, &DashboardView::loaded);
    workspace.open(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kTimeoutMs);
    auto* latestRun = view.findChild<QLabel*>(QStringLiteral("latestRun"));
    QVERIFY(latestRun->text().contains(QStringLiteral(" cpu ")));
    const auto change = [this](const char* sql) {
        store::Database db(m_db.toStdString(), store::OpenMode::ReadWrite);
        db.exec(sql);
    };
    change("UPDATE scoring_runs SET device = 'elsewhere' WHERE id = (SELECT MAX(id) FROM scoring_runs)");
    change("UPDATE accounts SET status = 'frozen' WHERE id = (SELECT MIN(id) FROM accounts WHERE status = 'active')");
    const QString frozen = QLocale().toString(scalar("SELECT COUNT(*) FROM accounts WHERE status = 'frozen'"));

    int before = loaded.count();
    workspace.notifyChanged(ui::DataChange::Accounts | ui::DataChange::Audit);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > before, kTimeoutMs);
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("tileFrozen"))->text(), frozen);
    QVERIFY(latestRun->text().contains(QStringLiteral(" cpu ")));

    before = loaded.count();
    workspace.notifyChanged(ui::DataChange::Scores);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > before, kTimeoutMs);
    QVERIFY2(latestRun->text().contains(QStringLiteral(" elsewhere ")), qPrintable(latestRun->text()));

    change("UPDATE scoring_runs SET device = 'cpu' WHERE id = (SELECT MAX(id) FROM scoring_runs)");
    change("UPDATE accounts SET status = 'active' WHERE id = (SELECT MIN(id) FROM accounts WHERE status = 'frozen')");
}

void TestDashboardAudit::longSeriesAreThinnedKeepingBursts()
{
    constexpr qint64 hour = 3'600'000;
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.append(QPointF(qreal(i * hour), qreal(i % 24 + (i == 4321 ? 500 : 0))));
    const QList<qreal> bursts = {qreal(1234 * hour), qreal(7777 * hour)};
    const QList<QPointF> thin = ui::downsampleKeeping(points, 2000, bursts);
    QVERIFY(thin.size() <= 2000);
    QVERIFY(thin.size() > 1000);
    QCOMPARE(thin.first(), points.first());
    QCOMPARE(thin.last(), points.last());
    QVERIFY(thin.contains(points[1234]));
    QVERIFY(thin.contains(points[7777]));
    QVERIFY(thin.contains(points[4321])); // the spike survives
    for (qsizetype i = 1; i < thin.size(); ++i)
        QVERIFY(thin[i - 1].x() < thin[i].x());
    QCOMPARE(ui::downsampleKeeping(points.mid(0, 100), 2000, bursts), points.mid(0, 100));

    ui::HourlyVolumeChart chart;
    chart.setData(points, {{1234 * hour, 30, 5.0}, {7777 * hour, 40, 6.0}});
    QVERIFY(chart.volumePointCount() <= ui::HourlyVolumeChart::kMaxPoints);
    QCOMPARE(chart.burstPointCount(), 2);
}

void TestDashboardAudit::auditTableHoldsEveryEntry()
{
    Workspace workspace;
    AuditView view(workspace);
    QSignalSpy loaded(&view, &AuditView::loaded);
    workspace.open(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kTimeoutMs);
    auto* table = view.findChild<QTableView*>(QStringLiteral("auditTable"));
    QVERIFY(table);
    const qint64 entries = scalar("SELECT COUNT(*) FROM audit_log");
    QVERIFY(entries > 0);
    QCOMPARE(qint64(table->model()->rowCount()), entries);
    QCOMPARE(seqAt(table->model(), 0), scalar("SELECT MAX(seq) FROM audit_log"));

    // Selecting an entry shows it whole.
    table->setCurrentIndex(table->model()->index(0, 0));
    auto* details = view.findChild<QPlainTextEdit*>(QStringLiteral("auditDetails"));
    QVERIFY(details);
    QTRY_VERIFY_WITH_TIMEOUT(!details->toPlainText().isEmpty(), kTimeoutMs);
    auto* hash = view.findChild<QLabel*>(QStringLiteral("auditHash"));
    QCOMPARE(hash->text().size(), 64);
}

void TestDashboardAudit::auditModelGrowsAtTheTop()
{
    Workspace workspace;
    workspace.open(m_db);
    AuditTableModel model(workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &AuditTableModel::counted);
    model.setFilter({});
    QVERIFY(counted.wait(kTimeoutMs));
    const int rows = model.rowCount();
    QCOMPARE(qint64(rows), scalar("SELECT COUNT(*) FROM audit_log"));
    // Unread rows show a placeholder and ask for their page.
    model.index(0, AuditTableModel::SeqColumn).data();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(0) != nullptr, kTimeoutMs);
    const qint64 newest = model.rowAt(0)->seq;
    QCOMPARE(model.rowOfSeq(newest), 0);
    QCOMPARE(model.rowOfSeq(-5), -1);

    qint64 appended = 0;
    {
        store::Database db(m_db.toStdString(), store::OpenMode::ReadWrite);
        appended = store::AuditLog(db).append("tester", "probe", "test:growth", R"({"why":"growth"})").seq;
    }
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), rows + 1, kTimeoutMs);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    // The page already read stays, one row further down.
    QCOMPARE(model.rowOfSeq(newest), 1);
    model.index(0, AuditTableModel::SeqColumn).data();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(0) != nullptr, kTimeoutMs);
    QCOMPARE(model.rowAt(0)->seq, appended);
    QCOMPARE(model.rowAt(0)->detailsCompact, QStringLiteral(R"({"why":"growth"})"));
}

void TestDashboardAudit::auditFilters()
{
    Workspace workspace;
    AuditView view(workspace);
    QSignalSpy loaded(&view, &AuditView::loaded);
    workspace.open(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kTimeoutMs);
    auto* table = view.findChild<QTableView*>(QStringLiteral("auditTable"));
    auto* action = view.findChild<QComboBox*>(QStringLiteral("auditAction"));
    auto* actor = view.findChild<QComboBox*>(QStringLiteral("auditActor"));
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("auditSearch"));
    QVERIFY(table && action && actor && search);
    QTRY_VERIFY_WITH_TIMEOUT(action->count() > 1 && actor->count() > 1, kTimeoutMs);

    const QString chosen = action->itemData(1).toString();
    action->setCurrentIndex(1);
    const qint64 withAction = scalar("SELECT COUNT(*) FROM audit_log WHERE action = ?", chosen.toStdString());
    QTRY_COMPARE_WITH_TIMEOUT(qint64(table->model()->rowCount()), withAction, kTimeoutMs);
    action->setCurrentIndex(0);

    search->setText(QStringLiteral("x' OR 1=1 --"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, kTimeoutMs);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(qint64(table->model()->rowCount()), scalar("SELECT COUNT(*) FROM audit_log"), kTimeoutMs);
}

void TestDashboardAudit::verifyFindsTheChainIntact()
{
    Workspace workspace;
    AuditView view(workspace);
    QSignalSpy loaded(&view, &AuditView::loaded);
    QSignalSpy verified(&view, &AuditView::verified);
    workspace.open(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kTimeoutMs);
    view.findChild<QPushButton*>(QStringLiteral("verifyButton"))->click();
    QVERIFY(verified.wait(kTimeoutMs));
    QCOMPARE(verified.first().at(0).toBool(), true);
    QCOMPARE(verified.first().at(1).toLongLong(), scalar("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("auditStatus"))->text().startsWith(QStringLiteral("Chain intact")));
}

void TestDashboardAudit::exportWritesEveryEntry()
{
    Workspace workspace;
    AuditView view(workspace);
    QSignalSpy loaded(&view, &AuditView::loaded);
    QSignalSpy exported(&view, &AuditView::exported);
    workspace.open(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kTimeoutMs);
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    view.exportTo(path);
    QVERIFY(exported.wait(kTimeoutMs));
    const qint64 entries = scalar("SELECT COUNT(*) FROM audit_log");
    QCOMPARE(exported.first().at(1).toLongLong(), entries);

    ingest::CsvReader reader(path.toStdString(), ',');
    ingest::CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(std::string(record.fields[0]), std::string("seq"));
    qint64 lines = 0;
    while (reader.next(record)) {
        QCOMPARE(record.fields.size(), size_t(7));
        ++lines;
    }
    QCOMPARE(lines, entries);
}

void TestDashboardAudit::verifyFindsATamperedEntry()
{
    const qint64 victim = scalar("SELECT MIN(seq) + 1 FROM audit_log");
    {
        // As an attacker with the sqlite3 shell would: the append-only trigger goes first.
        store::Database attacker(m_db.toStdString(), store::OpenMode::ReadWrite);
        attacker.exec("DROP TRIGGER audit_log_no_update");
        store::Statement edit(attacker, "UPDATE audit_log SET details = ? WHERE seq = ?");
        edit.bind(1, std::string_view(R"({"tampered":true})")).bind(2, std::int64_t(victim));
        edit.execute();
    }

    Workspace workspace;
    AuditView view(workspace);
    QSignalSpy loaded(&view, &AuditView::loaded);
    QSignalSpy verified(&view, &AuditView::verified);
    workspace.open(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kTimeoutMs);
    view.verify();
    QVERIFY(verified.wait(kTimeoutMs));
    QCOMPARE(verified.first().at(0).toBool(), false);
    QCOMPARE(verified.first().at(2).toLongLong(), victim);
    const QString status = view.findChild<QLabel*>(QStringLiteral("auditStatus"))->text();
    QVERIFY2(status.startsWith(QStringLiteral("Broken at entry #%1:").arg(victim)), qPrintable(status));

    // The broken entry is selected, its page read, and its (tampered) details shown.
    auto* table = view.findChild<QTableView*>(QStringLiteral("auditTable"));
    QTRY_COMPARE_WITH_TIMEOUT(seqAt(table->model(), table->currentIndex().row()), victim, kTimeoutMs);
    auto* details = view.findChild<QPlainTextEdit*>(QStringLiteral("auditDetails"));
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("tampered")), kTimeoutMs);
}

QTEST_MAIN(TestDashboardAudit)
#include "test_dashboard_audit.moc"
