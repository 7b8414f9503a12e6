// Every writing connection sends a commit's WAL frames to the file in one write. What a
// user depends on is that this changes nothing else: another connection sees each commit
// at once, a copy of the files taken at any moment (what a crash leaves) recovers exactly
// the committed transactions, and a failed write fails the commit and loses nothing stored.
#include "store/database.h"
#include "store/statement.h"
#include "store/store_error.h"
#include "store/wal_gathering_vfs.h"
#include "store/write_transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <string>

using namespace fraudlens;

namespace {

constexpr int kPayloadBytes = 3000;

sqlite3_file* walFile(store::Database& db)
{
    sqlite3_file* wal = nullptr;
    sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_JOURNAL_POINTER, &wal);
    return wal;
}

store::WalGatherCounts counts(store::Database& db)
{
    const auto gathered = store::walGatherCounts(walFile(db));
    return gathered ? *gathered : store::WalGatherCounts{};
}

void insertRows(store::Database& db, int first, int count)
{
    store::Statement insert(db, "INSERT INTO gather_test (n, payload) VALUES (?, ?)");
    for (int n = first; n < first + count; ++n) {
        const std::string payload(kPayloadBytes, static_cast<char>('a' + n % 26));
        insert.bind(1, static_cast<std::int64_t>(n)).bind(2, payload);
        insert.execute();
        insert.reset();
    }
}

void commitRows(store::Database& db, int first, int count)
{
    store::WriteTransaction transaction(db);
    insertRows(db, first, count);
    transaction.commit();
}

// Rows 0..n-1, each once, each payload whole, and the sum of their marks.
struct Content {
    std::int64_t rows = -1;
    std::int64_t marks = -1;
};

Content content(store::Database& db)
{
    store::Statement query(db, "SELECT COUNT(*), COUNT(DISTINCT n), MIN(n), MAX(n), "
                               "SUM(length(payload) = ?), COALESCE(SUM(mark), 0) FROM gather_test");
    query.bind(1, static_cast<std::int64_t>(kPayloadBytes));
    query.step();
    const std::int64_t rows = query.columnInt(0);
    const bool whole = query.columnInt(1) == rows && query.columnInt(4) == rows
        && (rows == 0 || (query.columnInt(2) == 0 && query.columnInt(3) == rows - 1));
    return whole ? Content{rows, query.columnInt(5)} : Content{};
}

// The default VFS, except that when told, it refuses the next write of more than one WAL
// frame (only the gathering VFS writes those) as a full disk would.
class FaultyDisk {
public:
    static void install()
    {
        static sqlite3_vfs vfs = *sqlite3_vfs_find(nullptr);
        s_real = sqlite3_vfs_find(nullptr);
        vfs.zName = "faulty-disk";
        vfs.xOpen = open;
        sqlite3_vfs_register(&vfs, 1);
    }
    static void failNextGatheredWrite() { s_armed = true; }
    static bool pending() { return s_armed; }

private:
    // The default VFS gives different kinds of file different methods (the WAL takes no locks).
    struct Patch {
        const sqlite3_io_methods* original;
        sqlite3_io_methods patched;
    };

    static int open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
    {
        const int rc = s_real->xOpen(s_real, name, file, flags, outFlags);
        if (rc == SQLITE_OK && file->pMethods != nullptr) {
            auto [patch, added] = s_patches.try_emplace(file->pMethods, Patch{file->pMethods, *file->pMethods});
            patch->second.patched.xWrite = write;
            file->pMethods = &patch->second.patched;
        }
        return rc;
    }
    static int write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
    {
        if (s_armed && amount > 4096 + 24) {
            s_armed = false;
            return SQLITE_FULL;
        }
        for (const auto& [original, patch] : s_patches) {
            if (&patch.patched == file->pMethods)
                return original->xWrite(file, data, amount, offset);
        }
        return SQLITE_IOERR_WRITE;
    }

    static inline sqlite3_vfs* s_real = nullptr;
    static inline std::map<const sqlite3_io_methods*, Patch> s_patches;
    static inline bool s_armed = false;
};

// What a crash at this moment would leave: the database and its WAL as they are in the file
// system, without the shared-memory index, so that opening the copy recovers from the WAL.
std::string crashCopy(const std::string& path, const std::string& copy)
{
    namespace fs = std::filesystem;
    fs::copy_file(path, copy, fs::copy_options::overwrite_existing);
    if (fs::exists(path + "-wal"))
        fs::copy_file(path + "-wal", copy + "-wal", fs::copy_options::overwrite_existing);
    return copy;
}

} // namespace

class TestWalGathering : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aCommitReachesTheWalInOneWrite();
    void anotherConnectionSeesEveryCommitAtOnce();
    void aCrashCopyRecoversExactlyTheCommits();
    void aFailedWriteFailsTheCommitAndLosesNothing();
    void aRolledBackSpillNeverLandsOnAnotherConnectionsCommit();
    void aWriteThatFailedInAReadIsTriedAgain();
    void savepointsExclusiveModeAndJournalModesKeepEveryCommit();

private:
    QTemporaryDir m_dir;
    std::string m_path;
    int m_case = 0;
};

void TestWalGathering::initTestCase()
{
    // Before the first connection: the gathering VFS wraps whatever is the default then.
    FaultyDisk::install();
}

void TestWalGathering::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QString("gather%1.db").arg(++m_case)).toStdString();
    store::Database db(m_path, store::OpenMode::Create);
    db.exec("CREATE TABLE gather_test (n INTEGER NOT NULL, payload TEXT NOT NULL, mark INTEGER)");
}

void TestWalGathering::aCommitReachesTheWalInOneWrite()
{
    store::Database db(m_path, store::OpenMode::ReadWrite);
    commitRows(db, 0, 1);
    QVERIFY2(store::walGatherCounts(walFile(db)), "a writing connection's WAL is not gathered");

    const store::WalGatherCounts before = counts(db);
    commitRows(db, 1, 200); // a row a page: about 200 frames
    const store::WalGatherCounts after = counts(db);
    const auto calls = after.writes - before.writes;
    const auto fileWrites = after.fileWrites - before.fileWrites;
    QVERIFY2(calls >= 400, qPrintable(QString("%1 writes from SQLite").arg(calls)));
    // The frames before the commit frame and its header in as few writes as the default VFS
    // takes (at most 128 KiB each), then the commit frame's page.
    const auto frameBytes = calls / 2 * (4096 + 24);
    const auto fewest = (frameBytes + 131071) / 131072 + 1;
    QVERIFY2(fileWrites <= fewest + 1, qPrintable(QString("%1 writes to the file for %2 from SQLite").arg(fileWrites).arg(calls)));

    store::Database reader(m_path, store::OpenMode::ReadOnly);
    QVERIFY(!store::walGatherCounts(walFile(reader)));
    QCOMPARE(content(reader).rows, std::int64_t{201});
}

void TestWalGathering::anotherConnectionSeesEveryCommitAtOnce()
{
    store::Database writer(m_path, store::OpenMode::ReadWrite);
    store::Database reader(m_path, store::OpenMode::ReadOnly);
    std::mt19937 random(7);
    int rows = 0;
    for (int commit = 0; commit < 300; ++commit) {
        const int count = std::uniform_int_distribution<int>(1, 40)(random);
        commitRows(writer, rows, count);
        rows += count;
        const Content seen = content(reader);
        QVERIFY2(seen.rows == rows, qPrintable(QString("after commit %1: the reader sees %2 of %3 rows").arg(commit).arg(seen.rows).arg(rows)));
    }
    QCOMPARE(reader.integrityCheck(), std::string("ok"));
}

void TestWalGathering::aCrashCopyRecoversExactlyTheCommits()
{
    store::Database writer(m_path, store::OpenMode::ReadWrite);
    // A cache of a few pages makes a big transaction write frames before its commit, then
    // write some of those pages again in place, and SQLite rewrite the frames' checksums
    // after the commit frame: every way SQLite writes a WAL but the plain append.
    writer.exec("PRAGMA cache_size = 8");
    writer.exec("PRAGMA wal_autocheckpoint = 0");
    commitRows(writer, 0, 50);

    const store::WalGatherCounts before = counts(writer);
    store::WriteTransaction transaction(writer);
    insertRows(writer, 50, 300);
    writer.exec("UPDATE gather_test SET mark = n WHERE n % 3 = 0");
    insertRows(writer, 350, 100);
    writer.exec("UPDATE gather_test SET mark = n + 1 WHERE n % 3 = 0");
    QVERIFY2(counts(writer).writes > before.writes, "the transaction wrote nothing before its commit");
    const std::string midway = crashCopy(m_path, m_path + ".midway");
    transaction.commit();
    const std::string committed = crashCopy(m_path, m_path + ".committed");

    std::int64_t marks = 0;
    for (int n = 0; n < 450; n += 3)
        marks += n + 1;
    {
        store::Database copy(midway, store::OpenMode::ReadWrite);
        QCOMPARE(copy.integrityCheck(), std::string("ok"));
        QCOMPARE(content(copy).rows, std::int64_t{50});
        QCOMPARE(content(copy).marks, std::int64_t{0});
    }
    {
        store::Database copy(committed, store::OpenMode::ReadWrite);
        QCOMPARE(copy.integrityCheck(), std::string("ok"));
        QCOMPARE(content(copy).rows, std::int64_t{450});
        QCOMPARE(content(copy).marks, marks);
    }
}

void TestWalGathering::aFailedWriteFailsTheCommitAndLosesNothing()
{
    store::Database writer(m_path, store::OpenMode::ReadWrite);
    writer.exec("PRAGMA wal_autocheckpoint = 0");
    for (int commit = 0; commit < 5; ++commit)
        commitRows(writer, commit * 4, 4);

    // The disk refuses the gathered frames of the next commit, and nothing after them.
    FaultyDisk::failNextGatheredWrite();
    bool failed = false;
    try {
        commitRows(writer, 20, 100);
    } catch (const store::StoreError&) {
        failed = true;
    }
    QVERIFY2(failed, "a commit whose frames could not be written reported success");
    QCOMPARE(FaultyDisk::pending(), false);

    store::Database reader(m_path, store::OpenMode::ReadOnly);
    QCOMPARE(content(reader).rows, std::int64_t{20});
    commitRows(writer, 20, 100);
    QCOMPARE(content(reader).rows, std::int64_t{120});
    store::Database copy(crashCopy(m_path, m_path + ".after"), store::OpenMode::ReadWrite);
    QCOMPARE(copy.integrityCheck(), std::string("ok"));
    QCOMPARE(content(copy).rows, std::int64_t{120});
}

// A transaction that spilled frames and then rolled back leaves them unwritten. Another
// connection then commits at the same place in the WAL; nothing of the first may ever
// be written over it (at its next read, or when it closes).
void TestWalGathering::aRolledBackSpillNeverLandsOnAnotherConnectionsCommit()
{
    auto first = std::make_unique<store::Database>(m_path, store::OpenMode::ReadWrite);
    store::Database second(m_path, store::OpenMode::ReadWrite);
    first->exec("PRAGMA cache_size = 8");
    first->exec("PRAGMA wal_autocheckpoint = 0");
    second.exec("PRAGMA wal_autocheckpoint = 0");
    commitRows(*first, 0, 10);
    // An empty WAL: the rollback finds every page it reads again in the database file and
    // has no reason to touch the WAL.
    first->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    {
        store::WriteTransaction transaction(*first);
        const store::WalGatherCounts before = counts(*first);
        insertRows(*first, 10, 200);
        const store::WalGatherCounts during = counts(*first);
        QVERIFY2(during.writes - before.writes > 2 * (during.fileWrites - before.fileWrites),
                 "the transaction spilled no frames that waited");
    } // rolled back
    QVERIFY2(counts(*first).discarded > 0, "the rolled-back transaction left nothing waiting");
    commitRows(second, 10, 30);
    QCOMPARE(content(*first).rows, std::int64_t{40}); // the first connection reads the WAL
    first.reset();

    store::Database reader(m_path, store::OpenMode::ReadOnly);
    QCOMPARE(content(reader).rows, std::int64_t{40});
    QCOMPARE(reader.integrityCheck(), std::string("ok"));
    store::Database copy(crashCopy(m_path, m_path + ".after"), store::OpenMode::ReadWrite);
    QCOMPARE(copy.integrityCheck(), std::string("ok"));
    QCOMPARE(content(copy).rows, std::int64_t{40});
}

// SQLite may go on with a transaction after a statement failed (it rolls back only that
// statement). When the write that failed was one a read had to make first, the frames
// must still be written before the transaction commits, not forgotten.
void TestWalGathering::aWriteThatFailedInAReadIsTriedAgain()
{
    store::Database writer(m_path, store::OpenMode::ReadWrite);
    writer.exec("PRAGMA cache_size = 8");
    writer.exec("PRAGMA wal_autocheckpoint = 0");
    commitRows(writer, 0, 10);
    writer.exec("BEGIN IMMEDIATE");
    insertRows(writer, 10, 100);
    FaultyDisk::failNextGatheredWrite();
    bool failed = false;
    try {
        // Reads pages the transaction spilled; a statement that may abort halfway keeps a
        // statement journal, so SQLite rolls back only it on a full disk.
        writer.exec("INSERT INTO gather_test (n, payload) SELECT n + 1000, payload FROM gather_test WHERE n >= 10");
    } catch (const store::StoreError&) {
        failed = true;
    }
    QVERIFY2(!FaultyDisk::pending(), "no write was refused");
    QVERIFY(failed);
    const bool open = sqlite3_get_autocommit(writer.handle()) == 0;
    if (open)
        writer.exec("COMMIT");
    const std::int64_t expected = open ? 110 : 10;

    store::Database reader(m_path, store::OpenMode::ReadOnly);
    QCOMPARE(reader.integrityCheck(), std::string("ok"));
    QCOMPARE(content(reader).rows, expected);
    store::Database copy(crashCopy(m_path, m_path + ".after"), store::OpenMode::ReadWrite);
    QCOMPARE(copy.integrityCheck(), std::string("ok"));
    QCOMPARE(content(copy).rows, expected);
    qInfo("the transaction %s the failed statement", open ? "went on after" : "was rolled back by");
}

// The other ways SQLite writes a WAL: back to a savepoint after a spill; in
// locking_mode=EXCLUSIVE, a spill rolled back, then back to normal locking and another
// connection committing; and the WAL left for DELETE and taken up again.
void TestWalGathering::savepointsExclusiveModeAndJournalModesKeepEveryCommit()
{
    auto first = std::make_unique<store::Database>(m_path, store::OpenMode::ReadWrite);
    first->exec("PRAGMA cache_size = 8");
    commitRows(*first, 0, 10);

    first->exec("BEGIN IMMEDIATE");
    insertRows(*first, 10, 50);
    first->exec("SAVEPOINT half");
    insertRows(*first, 60, 80);
    first->exec("ROLLBACK TO half");
    insertRows(*first, 60, 20);
    first->exec("COMMIT");
    QCOMPARE(content(*first).rows, std::int64_t{80});

    first->exec("PRAGMA locking_mode = EXCLUSIVE");
    {
        store::WriteTransaction transaction(*first);
        insertRows(*first, 80, 100);
    } // rolled back
    commitRows(*first, 80, 20);
    first->exec("PRAGMA locking_mode = NORMAL");
    QCOMPARE(content(*first).rows, std::int64_t{100}); // lets go of the exclusive lock
    {
        store::Database second(m_path, store::OpenMode::ReadWrite);
        commitRows(second, 100, 30);
    }
    QCOMPARE(content(*first).rows, std::int64_t{130});

    first->exec("PRAGMA journal_mode = DELETE");
    commitRows(*first, 130, 10);
    first->exec("PRAGMA journal_mode = WAL");
    commitRows(*first, 140, 60);
    QVERIFY(store::walGatherCounts(walFile(*first)));
    const std::string copied = crashCopy(m_path, m_path + ".after");
    first.reset();

    store::Database reader(m_path, store::OpenMode::ReadOnly);
    QCOMPARE(reader.integrityCheck(), std::string("ok"));
    QCOMPARE(content(reader).rows, std::int64_t{200});
    store::Database copy(copied, store::OpenMode::ReadWrite);
    QCOMPARE(copy.integrityCheck(), std::string("ok"));
    QCOMPARE(content(copy).rows, std::int64_t{200});
}

QTEST_GUILESS_MAIN(TestWalGathering)
#include "test_wal_gathering.moc"
