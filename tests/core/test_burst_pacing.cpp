// The store and checkpoint threads work in short bursts and sleep a moment between them,
// so that a thread woken on their core (the live session, a TCP client) gets it within a
// burst instead of after a whole commit or checkpoint. What that rests on: a paced thread
// really gives its core up (it sleeps, it does not merely yield), only once a burst is
// spent, not again right after it waited for work, and the SQLite VFS paces the page
// copies and WAL writes that no loop of ours sees.
#include "store/burst_pacing.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/write_transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <thread>

using namespace fraudlens;
namespace pacing = fraudlens::store::burst_pacing;

namespace {

// Voluntary context switches of the calling thread: times it went to sleep.
long sleepsSoFar()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nvcsw;
}

// Runs `work` on a thread of its own: pacing is the calling thread's.
void onItsOwnThread(const std::function<void()>& work)
{
    std::thread thread(work);
    thread.join();
}

// Busy for `span` (or until `enough` pauses), breathing between small pieces of work.
void workFor(std::chrono::milliseconds span, long enough)
{
    const auto end = std::chrono::steady_clock::now() + span;
    while (std::chrono::steady_clock::now() < end && pacing::pausesTaken() < enough)
        pacing::breathe();
}

} // namespace

class TestBurstPacing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aPacedThreadSleepsBetweenBursts();
    void anUnpacedThreadNeverSleeps();
    void aBurstStartsAgainAfterTheThreadRested();
    void aPacedCommitAndCheckpointBreatheInTheVfs();
};

void TestBurstPacing::aPacedThreadSleepsBetweenBursts()
{
    long pauses = 0;
    long sleeps = 0;
    onItsOwnThread([&] {
        pacing::paceThisThread();
        const long before = sleepsSoFar();
        // 40 bursts take 12 ms; the bound only stops a thread that never pauses.
        workFor(std::chrono::seconds(5), 40);
        pauses = pacing::pausesTaken();
        sleeps = sleepsSoFar() - before;
    });
    QCOMPARE(pauses, 40L);
    // Each pause went to sleep: the core was free for another thread.
    QVERIFY2(sleeps >= pauses, qPrintable(QString("%1 sleeps for %2 pauses").arg(sleeps).arg(pauses)));
}

void TestBurstPacing::anUnpacedThreadNeverSleeps()
{
    long pauses = -1;
    long sleeps = -1;
    onItsOwnThread([&] {
        const long before = sleepsSoFar();
        workFor(std::chrono::milliseconds(20), 1);
        pauses = pacing::pausesTaken();
        sleeps = sleepsSoFar() - before;
    });
    // The session's own thread goes through the same VFS calls: it must never be slowed.
    QCOMPARE(pauses, 0L);
    QCOMPARE(sleeps, 0L);
}

void TestBurstPacing::aBurstStartsAgainAfterTheThreadRested()
{
    long afterRest = -1;
    long afterWait = -1;
    onItsOwnThread([&] {
        pacing::paceThisThread();
        // Waiting for work is not work: a thread that just waited starts a fresh burst.
        std::this_thread::sleep_for(pacing::kBurst * 4);
        pacing::rested();
        pacing::breathe();
        afterRest = pacing::pausesTaken();
        // Without rested(), the wait counts as part of the burst and the next breath pauses.
        std::this_thread::sleep_for(pacing::kBurst * 4);
        pacing::breathe();
        afterWait = pacing::pausesTaken();
    });
    QCOMPARE(afterRest, 0L);
    QCOMPARE(afterWait, 1L);
}

void TestBurstPacing::aPacedCommitAndCheckpointBreatheInTheVfs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("paced.db").toStdString();
    {
        store::Database db(path, store::OpenMode::Create);
        db.exec("CREATE TABLE paced (n INTEGER NOT NULL, payload TEXT NOT NULL)");
    }
    bool checkpointed = true;
    const auto commitAndCheckpoint = [&](int first) {
        store::Database db(path, store::OpenMode::ReadWrite);
        sqlite3_wal_autocheckpoint(db.handle(), 0);
        store::WriteTransaction transaction(db);
        store::Statement insert(db, "INSERT INTO paced (n, payload) VALUES (?, ?)");
        const std::string payload(3000, 'x');
        // About 4,000 pages: one SQLite commit and one checkpoint, no loop of ours between
        // their writes. Sleeps at their every write would be ten times as many pauses.
        for (int n = first; n < first + 4000; ++n) {
            insert.bind(1, static_cast<std::int64_t>(n)).bind(2, payload);
            insert.execute();
            insert.reset();
        }
        // The rows themselves were written with the thread counted as rested: only the
        // commit's WAL writes and the checkpoint's copies are left to pace.
        pacing::rested();
        const long before = pacing::pausesTaken();
        transaction.commit();
        checkpointed = checkpointed && sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK;
        return pacing::pausesTaken() - before;
    };
    long paced = -1;
    long unpaced = -1;
    onItsOwnThread([&] {
        pacing::paceThisThread();
        paced = commitAndCheckpoint(0);
    });
    onItsOwnThread([&] { unpaced = commitAndCheckpoint(4000); });
    QVERIFY(checkpointed);
    QCOMPARE(unpaced, 0L);
    // 16 MiB through the WAL and into the database take far longer than one burst.
    QVERIFY2(paced >= 4, qPrintable(QString("%1 pauses").arg(paced)));
    QVERIFY2(paced < 4000, qPrintable(QString("%1 pauses: one a write, not one a burst").arg(paced)));
    store::Database reader(path, store::OpenMode::ReadOnly);
    QCOMPARE(reader.integrityCheck(), std::string("ok"));
}

QTEST_GUILESS_MAIN(TestBurstPacing)
#include "test_burst_pacing.moc"
