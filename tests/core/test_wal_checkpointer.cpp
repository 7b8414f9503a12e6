// The background checkpointer of a live session: a steady writer's WAL must start over
// (not grow until the writer checkpoints it itself inside a commit), every commit must
// stay intact, and a reader holding an old snapshot must never make the writer fail.
#include "store/database.h"
#include "store/statement.h"
#include "store/wal_checkpointer.h"
#include "store/write_transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstdint>
#include <fstream>
#include <string>
#include <thread>

using namespace fraudlens;

namespace {

constexpr int kRestartFrames = 256;
constexpr auto kInterval = std::chrono::milliseconds(2);

// The WAL header's checkpoint sequence: SQLite counts one up each time the WAL starts over.
std::uint32_t walSequence(const std::string& dbPath)
{
    std::ifstream wal(dbPath + "-wal", std::ios::binary);
    unsigned char header[16] = {};
    if (!wal.read(reinterpret_cast<char*>(header), sizeof header))
        return 0;
    return (std::uint32_t{header[12]} << 24) | (std::uint32_t{header[13]} << 16) | (std::uint32_t{header[14]} << 8) | header[15];
}

// One small commit, as a live group of one transaction is: a row of ~3 KB.
void commitOne(store::Database& db, int n)
{
    store::WriteTransaction transaction(db);
    const std::string payload(3000, static_cast<char>('a' + n % 26));
    store::Statement insert(db, "INSERT INTO wal_test (n, payload) VALUES (?, ?)");
    insert.bind(1, static_cast<std::int64_t>(n)).bind(2, payload);
    insert.execute();
    transaction.commit();
}

// The names of this process's threads, as top -H, perf and gdb show them.
QStringList threadNames()
{
    QStringList names;
    const QDir tasks("/proc/self/task");
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + "/comm"));
        if (comm.open(QIODevice::ReadOnly))
            names << QString::fromUtf8(comm.readAll()).trimmed();
    }
    return names;
}

std::int64_t rows(store::Database& db)
{
    store::Statement count(db, "SELECT COUNT(*), COUNT(DISTINCT n) FROM wal_test");
    count.step();
    return count.columnInt(0) == count.columnInt(1) ? count.columnInt(0) : -1;
}

} // namespace

class TestWalCheckpointer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aSteadyWriterStartsTheWalOver();
    void anOldSnapshotDelaysTheRestartButFailsNoCommit();
    void itsThreadIsNamedWhileItRuns();

private:
    QTemporaryDir m_dir;
    std::string m_path;
    int m_case = 0;
};

void TestWalCheckpointer::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QString("wal%1.db").arg(++m_case)).toStdString();
    store::Database db(m_path, store::OpenMode::Create);
    db.exec("CREATE TABLE wal_test (n INTEGER NOT NULL, payload TEXT NOT NULL)");
}

void TestWalCheckpointer::aSteadyWriterStartsTheWalOver()
{
    store::Database writer(m_path, store::OpenMode::ReadWrite);
    const std::uint32_t before = walSequence(m_path);
    int committed = 0;
    {
        store::WalCheckpointer checkpointer(writer, kInterval, kRestartFrames);
        // Far more frames than the restart threshold, committed without a pause: the WAL
        // would otherwise only start over at the writer's own far threshold (1 GiB).
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while ((committed < 3000 || checkpointer.restarts() < 2) && std::chrono::steady_clock::now() < deadline)
            commitOne(writer, committed++);
        QVERIFY2(checkpointer.restarts() >= 2, qPrintable(QString("%1 restarts in %2 commits").arg(checkpointer.restarts()).arg(committed)));
    }
    QVERIFY(walSequence(m_path) > before);
    store::Database reader(m_path, store::OpenMode::ReadOnly);
    QCOMPARE(rows(reader), static_cast<std::int64_t>(committed));
    QCOMPARE(reader.integrityCheck(), std::string("ok"));
}

void TestWalCheckpointer::anOldSnapshotDelaysTheRestartButFailsNoCommit()
{
    store::Database writer(m_path, store::OpenMode::ReadWrite);
    store::Database reader(m_path, store::OpenMode::ReadOnly);
    commitOne(writer, 0);
    int committed = 1;
    store::WalCheckpointer checkpointer(writer, kInterval, kRestartFrames);

    // The reader's snapshot stays at one row while the writer goes on: the WAL cannot
    // start over under it, and the writer must not be refused meanwhile.
    reader.exec("BEGIN");
    QCOMPARE(rows(reader), std::int64_t{1});
    for (; committed < 1500; ++committed)
        commitOne(writer, committed);
    QCOMPARE(rows(reader), std::int64_t{1});
    QCOMPARE(checkpointer.restarts(), 0);
    reader.exec("COMMIT");

    // Let go of, the snapshot no longer holds anything back.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (checkpointer.restarts() == 0 && std::chrono::steady_clock::now() < deadline)
        commitOne(writer, committed++);
    QVERIFY(checkpointer.restarts() > 0);
    QCOMPARE(rows(reader), static_cast<std::int64_t>(committed));
}

// The live bench's account of the session's waits (session_waits.py) tells what held the
// core by thread name; so does anyone watching a slow session with top -H.
void TestWalCheckpointer::itsThreadIsNamedWhileItRuns()
{
    store::Database writer(m_path, store::OpenMode::ReadWrite);
    {
        store::WalCheckpointer checkpointer(writer, kInterval, kRestartFrames);
        QTRY_VERIFY_WITH_TIMEOUT(threadNames().contains("fl-checkpoint"), 10000);
    }
    QVERIFY(!threadNames().contains("fl-checkpoint"));
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "test_wal_checkpointer.moc"
