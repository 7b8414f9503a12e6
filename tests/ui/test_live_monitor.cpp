// Live monitoring from the window's side: a followed file's transactions stored and
// counted, a bad line reported with its line number, a clean stop with its summary, a
// frozen account's transaction blocked, and every way a start is refused.

#include "job_runner.h"
#include "live_monitor.h"
#include "live_stats.h"
#include "scored_demo.h"
#include "workspace.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/transaction_record.h"
#include "synth/demo_config.h"
#include "synth/demo_exporter.h"
#include "synth/demo_generator.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fraudlens;
using ui::LiveMonitor;
using ui::LiveStats;

namespace {

// Warming the scorer up replays the whole demo: seconds, more under a sanitizer.
constexpr int kTimeout = 180000;
constexpr int kLiveRows = 6;

std::int64_t count(const QString& db, const char* sql, const QString& text = {})
{
    store::Database database(db.toStdString(), store::OpenMode::ReadOnly);
    store::Statement s(database, sql);
    const std::string bound = text.toStdString();
    if (!text.isNull())
        s.bind(1, std::string_view(bound));
    return s.step() ? s.columnInt(0) : -1;
}

std::uint16_t freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

bool append(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}

} // namespace

class TestLiveMonitor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followsAFileAndReportsABadLine();
    void blocksAFrozenAccountsTransaction();
    void refusesToStart();
    void listensAndStopsWhileWarmingUp();
    void failsClearlyOnADatabaseNeverScored();

private:
    QString freshDb(const QString& name) const;
    QString writeCsv(const QString& name, const std::vector<store::TransactionRecord>& records) const;

    QTemporaryDir m_dir;
    QString m_baseDb;
    // New transactions of accounts the demo holds, after its last one.
    std::vector<store::TransactionRecord> m_live;
};

QString TestLiveMonitor::freshDb(const QString& name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_baseDb, path) ? path : QString();
}

QString TestLiveMonitor::writeCsv(const QString& name, const std::vector<store::TransactionRecord>& records) const
{
    const QString path = m_dir.filePath(name);
    synth::DemoExporter::toCsv(path.toStdString(), records);
    return path;
}

void TestLiveMonitor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_baseDb = testing::buildScoredDemo(m_dir, QStringLiteral("base.db"));
    QVERIFY(!m_baseDb.isEmpty());
    {
        // Everything in the main file, so that a file copy is the whole database.
        store::Database db(m_baseDb.toStdString(), store::OpenMode::ReadWrite);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    // The demo again (same config, same records): its last rows, as new transactions a
    // minute apart after its last one, under new ids.
    synth::DemoConfig config;
    config.accounts = 800;
    config.days = 14;
    const std::vector<store::TransactionRecord> records = synth::DemoGenerator(config).generate(nullptr);
    QVERIFY(records.size() > static_cast<std::size_t>(kLiveRows));
    std::int64_t last = 0;
    for (const auto& record : records)
        last = std::max(last, record.timestampMs);
    for (int i = 0; i < kLiveRows; ++i) {
        store::TransactionRecord record = records[records.size() - 1 - static_cast<std::size_t>(i)];
        record.transactionId = "live-gui-" + std::to_string(i + 1);
        record.timestampMs = last + 60000LL * (i + 1);
        m_live.push_back(record);
    }
    QCOMPARE(count(m_baseDb, "SELECT COUNT(*) FROM accounts WHERE external_id = ?",
                   QString::fromStdString(m_live.front().accountId)),
             std::int64_t(1));
}

void TestLiveMonitor::followsAFileAndReportsABadLine()
{
    const QString db = freshDb(QStringLiteral("follow.db"));
    QVERIFY(!db.isEmpty());
    const QString csv = writeCsv(QStringLiteral("follow.csv"), m_live);

    ui::Workspace workspace;
    workspace.setAnalyst(QStringLiteral("tester"));
    workspace.open(db);
    LiveMonitor monitor(workspace);
    LiveStats stats;
    connect(&monitor, &LiveMonitor::statsChanged, this, [&stats](const LiveStats& latest) { stats = latest; });
    QSignalSpy started(&monitor, &LiveMonitor::started);
    QSignalSpy problems(&monitor, &LiveMonitor::problem);
    QSignalSpy finished(&monitor, &LiveMonitor::finished);
    QSignalSpy changes(&workspace, &ui::Workspace::dataChanged);

    QVERIFY2(monitor.startFollow(csv, true), qPrintable(monitor.errorString()));
    QVERIFY(monitor.isRunning());
    QCOMPARE(started.count(), 1);
    QVERIFY(started.first().first().toString().contains(csv));

    QTRY_COMPARE_WITH_TIMEOUT(stats.stored, qint64(kLiveRows), kTimeout);
    QVERIFY(!stats.warmingUp);
    QCOMPARE(stats.problems, qint64(0));
    for (const auto& record : m_live)
        QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions t JOIN scores s ON s.tx_id = t.id WHERE t.external_id = ?",
                       QString::fromStdString(record.transactionId)),
                 std::int64_t(1));

    // The header is line 1: the bad line comes after the rows, and the stream goes on.
    const int badLine = kLiveRows + 2;
    QVERIFY(append(csv, "live-gui-bad," + QByteArray::fromStdString(m_live.front().accountId) + ",not a date\n"));
    QTRY_COMPARE_WITH_TIMEOUT(problems.count(), 1, 30000);
    const QString problem = problems.first().first().toString();
    QVERIFY2(problem.contains(QStringLiteral(", line %1").arg(badLine)), qPrintable(problem));
    QVERIFY(problem.contains(csv));
    QTRY_COMPARE_WITH_TIMEOUT(stats.problems, qint64(1), 5000);
    QCOMPARE(monitor.recentProblems(), QStringList{problem});

    monitor.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!monitor.isRunning());
    const QString summary = finished.first().first().toString();
    QVERIFY2(summary.contains(QStringLiteral("(stopped)")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 transactions").arg(kLiveRows)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 bad lines")), qPrintable(summary));
    // The views were told to read the new transactions, alerts and audit entries.
    QVERIFY(!changes.isEmpty());
    const auto what = changes.last().first().value<ui::DataChanges>();
    QVERIFY(what.testFlag(ui::DataChange::Transactions) && what.testFlag(ui::DataChange::Alerts)
            && what.testFlag(ui::DataChange::Audit));

    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions WHERE external_id = 'live-gui-bad'"), std::int64_t(0));
    QCOMPARE(count(db, "SELECT rows_stored * 10 + rows_rejected FROM imports WHERE file_name LIKE 'live:follow:%'"),
             std::int64_t(kLiveRows * 10 + 1));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE action IN ('live.start', 'live.stop') AND actor = 'tester'"),
             std::int64_t(2));
}

void TestLiveMonitor::blocksAFrozenAccountsTransaction()
{
    const QString db = freshDb(QStringLiteral("frozen.db"));
    QVERIFY(!db.isEmpty());
    const store::TransactionRecord frozen = m_live[0];
    const auto other = std::find_if(m_live.begin(), m_live.end(),
                                    [&](const auto& record) { return record.accountId != frozen.accountId; });
    QVERIFY(other != m_live.end());
    {
        store::Database database(db.toStdString(), store::OpenMode::ReadWrite);
        store::Statement freeze(database, "UPDATE accounts SET status = 'frozen' WHERE external_id = ?");
        freeze.bind(1, std::string_view(frozen.accountId));
        freeze.execute();
    }
    const QString csv = writeCsv(QStringLiteral("frozen.csv"), {frozen, *other});

    ui::Workspace workspace;
    workspace.open(db);
    LiveMonitor monitor(workspace);
    LiveStats stats;
    connect(&monitor, &LiveMonitor::statsChanged, this, [&stats](const LiveStats& latest) { stats = latest; });
    QSignalSpy finished(&monitor, &LiveMonitor::finished);
    QVERIFY2(monitor.startFollow(csv, true), qPrintable(monitor.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(stats.stored, qint64(2), kTimeout);
    QCOMPARE(stats.blocked, qint64(1));
    QVERIFY(stats.alertsRaised + stats.alertsUpdated >= 1);

    const QString frozenId = QString::fromStdString(frozen.transactionId);
    const QString otherId = QString::fromStdString(other->transactionId);
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions WHERE external_id = ? AND status = 'blocked'", frozenId),
             std::int64_t(1));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions WHERE external_id = ? AND status = 'blocked'", otherId),
             std::int64_t(0));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM alert_transactions at JOIN transactions t ON t.id = at.tx_id "
                       "WHERE t.external_id = ?",
                   frozenId),
             std::int64_t(1));

    monitor.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(finished.first().first().toString().contains(QStringLiteral("1 blocked")));
}

void TestLiveMonitor::refusesToStart()
{
    ui::Workspace workspace;
    LiveMonitor monitor(workspace);
    QSignalSpy started(&monitor, &LiveMonitor::started);

    QVERIFY(!monitor.startListen());
    QVERIFY2(monitor.errorString().contains(QStringLiteral("Open a database")), qPrintable(monitor.errorString()));

    workspace.open(m_baseDb);
    struct Malformed {
        const char* address;
        const char* why;
    };
    for (const Malformed& bad : {Malformed{"127.0.0.1:notaport", "is not a port"},
                                 Malformed{"127.0.0.1:70000", "is not a port"},
                                 Malformed{"::1:9000", "in brackets"},
                                 Malformed{"[::1]9000", "in brackets"},
                                 Malformed{":9000", "no host"},
                                 Malformed{"fraud.example.com:9000", "not an IP address"}}) {
        QVERIFY2(!monitor.startListen(QString::fromLatin1(bad.address)), bad.address);
        const QString why = monitor.errorString();
        QVERIFY2(why.contains(QString::fromLatin1(bad.address).trimmed()) && why.contains(QString::fromLatin1(bad.why)),
                 qPrintable(why));
    }
    QVERIFY(!monitor.startFollow(QStringLiteral("  "), true));
    QVERIFY(monitor.errorString().contains(QStringLiteral("Choose the file")));

    // A port someone else holds: refused at once, not after the warm-up.
    const int holder = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(holder, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    QCOMPARE(::listen(holder, 1), 0);
    socklen_t length = sizeof address;
    ::getsockname(holder, reinterpret_cast<sockaddr*>(&address), &length);
    const QString taken = QStringLiteral("127.0.0.1:%1").arg(ntohs(address.sin_port));
    QVERIFY(!monitor.startListen(taken));
    QVERIFY2(monitor.errorString().contains(QStringLiteral("Cannot listen on %1").arg(taken)),
             qPrintable(monitor.errorString()));
    ::close(holder);

    workspace.setReadOnly(true);
    QVERIFY(!monitor.startListen());
    QVERIFY2(monitor.errorString().contains(QStringLiteral("auditor mode")), qPrintable(monitor.errorString()));
    workspace.setReadOnly(false);

    // A background job writes: live waits for it.
    std::atomic<bool> release{false};
    QVERIFY(workspace.jobs().start(QStringLiteral("Busy job"), [&release](util::Progress&) {
        while (!release)
            QThread::msleep(5);
        return ui::JobRunner::Outcome{};
    }));
    QVERIFY(!monitor.startListen());
    QVERIFY2(monitor.errorString().contains(QStringLiteral("Busy job")), qPrintable(monitor.errorString()));
    release = true;
    QTRY_VERIFY_WITH_TIMEOUT(!workspace.jobs().isRunning(), 10000);

    QCOMPARE(started.count(), 0);
    QVERIFY(!monitor.isRunning());
}

void TestLiveMonitor::listensAndStopsWhileWarmingUp()
{
    const QString db = freshDb(QStringLiteral("listen.db"));
    QVERIFY(!db.isEmpty());
    ui::Workspace workspace;
    workspace.open(db);
    LiveMonitor monitor(workspace);
    QSignalSpy finished(&monitor, &LiveMonitor::finished);

    const QString where = QStringLiteral("127.0.0.1:%1").arg(freePort());
    QVERIFY2(monitor.startListen(where), qPrintable(monitor.errorString()));
    QVERIFY2(monitor.description().contains(where), qPrintable(monitor.description()));
    QVERIFY(!monitor.description().contains(QStringLiteral("reachable from the network")));
    // One session at a time.
    QVERIFY(!monitor.startFollow(m_dir.filePath(QStringLiteral("other.csv")), true));
    QVERIFY(monitor.errorString().contains(QStringLiteral("running already")));

    // At once, most likely while the models load: the warm-up is cancelled, nothing kept.
    monitor.stopAndWait();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!monitor.isRunning());
    QVERIFY(monitor.description().isEmpty());
    QVERIFY(!finished.first().first().toString().isEmpty());
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions t JOIN imports i ON i.id = t.import_id "
                       "WHERE i.file_name LIKE 'live:%'"),
             std::int64_t(0));
}

void TestLiveMonitor::failsClearlyOnADatabaseNeverScored()
{
    const QString db = m_dir.filePath(QStringLiteral("unscored.db"));
    {
        store::Database database(db.toStdString(), store::OpenMode::Create);
        synth::DemoConfig config;
        config.accounts = 50;
        config.days = 3;
        const auto records = synth::DemoGenerator(config).generate(nullptr);
        QVERIFY(synth::DemoExporter::toDatabase(database, config, records, nullptr, "test"));
    }
    ui::Workspace workspace;
    workspace.open(db);
    LiveMonitor monitor(workspace);
    QSignalSpy finished(&monitor, &LiveMonitor::finished);
    QVERIFY(monitor.startFollow(writeCsv(QStringLiteral("unscored.csv"), m_live), true));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const QString summary = finished.first().first().toString();
    QVERIFY2(summary.contains(QStringLiteral("never been scored")) && summary.contains(QStringLiteral("Train and score")),
             qPrintable(summary));
    QVERIFY(!monitor.isRunning());
    QCOMPARE(count(db, "SELECT COUNT(*) FROM imports WHERE file_name LIKE 'live:%'"), std::int64_t(0));
}

QTEST_MAIN(TestLiveMonitor)
#include "test_live_monitor.moc"
