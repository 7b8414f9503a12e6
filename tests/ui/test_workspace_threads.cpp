// The threads behind every view: reads on two pool threads with their own connections,
// writes on one writer thread in the order asked, results back on the UI thread or not
// at all (dead context, another database opened), and the job runner's progress and
// cancel. Run under ThreadSanitizer by the tsan preset as well as in the plain suite.

#include "job_runner.h"
#include "workspace.h"

#include "store/database.h"
#include "store/statement.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using fraudlens::ui::JobRunner;
using fraudlens::ui::Workspace;
namespace store = fraudlens::store;

class TestWorkspaceThreads : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesLandInOrderAndReadsSeeThem();
    void resultsForAGoneContextAreDropped();
    void openingAnotherDatabaseDropsTheOldResults();
    void failuresComeBackAsMessages();
    void jobProgressArrivesAndCancelStopsIt();
    void aFailingJobSaysWhy();

private:
    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;
};

namespace {

QString makeDatabase(const QTemporaryDir& dir, const QString& name, int rows)
{
    const QString path = dir.filePath(name);
    store::Database db(path.toStdString(), store::OpenMode::Create);
    store::Statement insert(db, "INSERT INTO settings (key, value) VALUES (?, ?)");
    for (int i = 0; i < rows; ++i) {
        const std::string key = "seed." + std::to_string(i), value = std::to_string(i);
        insert.bind(1, key).bind(2, value);
        insert.execute();
        insert.reset();
    }
    return path;
}

std::int64_t settingsCount(store::Database& db)
{
    store::Statement s(db, "SELECT COUNT(*) FROM settings WHERE key LIKE 'seed.%' OR key LIKE 'w.%'");
    s.step();
    return s.columnInt(0);
}

bool onUiThread() { return QThread::currentThread() == QCoreApplication::instance()->thread(); }

} // namespace

void TestWorkspaceThreads::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_first = makeDatabase(m_dir, "first.db", 10);
    m_second = makeDatabase(m_dir, "second.db", 3);
}

void TestWorkspaceThreads::writesLandInOrderAndReadsSeeThem()
{
    Workspace workspace;
    workspace.open(m_first);
    QObject context;
    constexpr int kWrites = 60;
    std::vector<int> order;
    int reads = 0;
    bool offThread = false;
    std::int64_t lastSeen = 0;
    for (int i = 0; i < kWrites; ++i) {
        workspace.write<int>(&context, [i](store::Database& db) {
            store::Statement s(db, "INSERT INTO settings (key, value) VALUES (?, ?)");
            const std::string key = "w." + std::to_string(i), value = std::to_string(i);
            s.bind(1, key).bind(2, value);
            s.execute();
            return i;
        }, [&](int done) {
            offThread |= !onUiThread();
            order.push_back(done);
        });
        // Readers run beside the writer on their own connections: each sees some
        // committed prefix of the writes, never less than the seed rows.
        workspace.read<std::int64_t>(&context, [](store::Database& db) { return settingsCount(db); },
                                     [&](std::int64_t count) {
                                         offThread |= !onUiThread();
                                         ++reads;
                                         lastSeen = std::max(lastSeen, count);
                                         QVERIFY(count >= 10 && count <= 10 + kWrites);
                                     });
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(order.size()), kWrites, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(reads, kWrites, 30000);
    QVERIFY(!offThread);
    for (int i = 0; i < kWrites; ++i)
        QCOMPARE(order[std::size_t(i)], i);

    std::int64_t after = -1;
    workspace.read<std::int64_t>(&context, [](store::Database& db) { return settingsCount(db); },
                                 [&](std::int64_t count) { after = count; });
    QTRY_COMPARE_WITH_TIMEOUT(after, std::int64_t(10 + kWrites), 10000);
    QVERIFY(lastSeen <= after);
}

void TestWorkspaceThreads::resultsForAGoneContextAreDropped()
{
    Workspace workspace;
    workspace.open(m_first);
    auto context = std::make_unique<QObject>();
    std::atomic<bool> ran{false};
    bool delivered = false;
    workspace.read<int>(context.get(), [&](store::Database&) {
        QThread::msleep(50);
        ran = true;
        return 1;
    }, [&](int) { delivered = true; });
    context.reset();
    workspace.waitForIdle();
    QVERIFY(ran);
    QCoreApplication::processEvents();
    QTest::qWait(50);
    QVERIFY(!delivered);
}

void TestWorkspaceThreads::openingAnotherDatabaseDropsTheOldResults()
{
    Workspace workspace;
    workspace.open(m_first);
    QObject context;
    std::vector<std::int64_t> counts;
    for (int i = 0; i < 20; ++i)
        workspace.read<std::int64_t>(&context, [](store::Database& db) { return settingsCount(db); },
                                     [&](std::int64_t count) { counts.push_back(count); });
    workspace.open(m_second);
    workspace.read<std::int64_t>(&context, [](store::Database& db) { return settingsCount(db); },
                                 [&](std::int64_t count) { counts.push_back(count); });
    QTRY_VERIFY_WITH_TIMEOUT(!counts.empty(), 10000);
    workspace.waitForIdle();
    QTest::qWait(50);
    // Only the answer about the database open now reached the view.
    QCOMPARE(counts, std::vector<std::int64_t>{3});
}

void TestWorkspaceThreads::failuresComeBackAsMessages()
{
    Workspace workspace;
    workspace.open(m_first);
    QObject context;
    QString message;
    workspace.read<int>(&context, [](store::Database& db) {
        store::Statement s(db, "SELECT no_such_column FROM settings");
        return 0;
    }, [](int) { QFAIL("a failed read delivered a result"); }, [&](const QString& m) { message = m; });
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
    QVERIFY2(message.contains("no_such_column"), qPrintable(message));

    // A reader cannot write: its connection is read-only.
    QString refused;
    workspace.read<int>(&context, [](store::Database& db) {
        db.exec("DELETE FROM settings");
        return 0;
    }, [](int) { QFAIL("a read connection wrote"); }, [&](const QString& m) { refused = m; });
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
}

void TestWorkspaceThreads::jobProgressArrivesAndCancelStopsIt()
{
    JobRunner runner;
    QSignalSpy progress(&runner, &JobRunner::progress);
    QSignalSpy finished(&runner, &JobRunner::finished);
    std::atomic<int> reports{0};
    QVERIFY(runner.start("count", [&](fraudlens::util::Progress& p) {
        JobRunner::Outcome outcome;
        // Reports far faster than the UI thread takes them: they are coalesced.
        for (int i = 0; i < 50'000'000; ++i) {
            ++reports;
            if (!p.report(double(i % 1000) / 1000.0, "counting")) {
                outcome.cancelled = true;
                outcome.message = QString::number(i);
                return outcome;
            }
        }
        outcome.message = "ran to the end";
        return outcome;
    }));
    QVERIFY(!runner.start("second", [](fraudlens::util::Progress&) { return JobRunner::Outcome{}; }));
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 10000);
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto args = finished.takeFirst();
    QCOMPARE(args.at(0).toBool(), false); // not ok: it stopped early
    QCOMPARE(args.at(1).toBool(), true);  // cancelled
    QVERIFY(args.at(2).toString() != "ran to the end");
    QVERIFY(!runner.isRunning());
    QVERIFY2(progress.count() < reports.load() / 10, qPrintable(QString::number(progress.count())));
    const auto last = progress.last();
    QCOMPARE(last.at(1).toString(), QString("counting"));
}

void TestWorkspaceThreads::aFailingJobSaysWhy()
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::finished);
    QVERIFY(runner.start("fail", [](fraudlens::util::Progress&) -> JobRunner::Outcome {
        throw std::runtime_error("the disk is full");
    }));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto args = finished.takeFirst();
    QCOMPARE(args.at(0).toBool(), false);
    QCOMPARE(args.at(1).toBool(), false);
    QCOMPARE(args.at(2).toString(), QString("the disk is full"));
    // The runner takes the next job.
    QVERIFY(runner.start("next", [](fraudlens::util::Progress&) { return JobRunner::Outcome{"done", 0, false}; }));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.takeFirst().at(2).toString(), QString("done"));
}

QTEST_MAIN(TestWorkspaceThreads)
#include "test_workspace_threads.moc"
