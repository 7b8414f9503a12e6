// The live journal is what a kill -9 leaves of what a session acknowledged and had not
// committed: what it reads back must be exactly the records written whole, in order,
// and nothing older or torn.
#include "live/live_journal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

using fraudlens::live::LiveJournal;
using fraudlens::store::TransactionRecord;

namespace {

// Appended to, not "T" + std::to_string(n): GCC 12 warns wrongly (-Wrestrict) on that.
std::string tagged(const char* prefix, int n)
{
    std::string text(prefix);
    text += std::to_string(n);
    return text;
}

TransactionRecord recordOf(int n)
{
    TransactionRecord r;
    r.transactionId = tagged("T", n);
    r.accountId = tagged("A", n % 7);
    r.timestampMs = 1'700'000'000'000 + n;
    r.amount = 10.25 * n;
    r.currency = "EUR";
    r.txType = n % 3 == 0 ? "refund" : "order";
    r.status = "approved";
    r.merchantId = tagged("M\xe4", n); // not UTF-8: stored as given
    r.deviceId = tagged("D", n);
    r.ip = tagged("10.0.0.", n % 250);
    r.email = n % 2 ? std::string("a@b.c") : std::string();
    r.country = "DE";
    r.fraudPattern = n % 5 == 0 ? "ring" : "";
    if (n % 2)
        r.accountCreatedMs = 1'600'000'000'000 + n;
    if (n % 4 == 1)
        r.label = n % 8 == 1 ? 1 : 0;
    r.extraNumeric = {{"basket", 1.5 * n}, {"items", static_cast<double>(n)}};
    if (n % 2 == 0)
        r.extraCategorical = {{"segment", "gold"}, {"", std::string("x\0y", 3)}};
    return r;
}

bool same(const TransactionRecord& a, const TransactionRecord& b)
{
    return a.transactionId == b.transactionId && a.accountId == b.accountId && a.timestampMs == b.timestampMs
        && a.amount == b.amount && a.currency == b.currency && a.txType == b.txType && a.status == b.status
        && a.merchantId == b.merchantId && a.deviceId == b.deviceId && a.ip == b.ip && a.cardId == b.cardId
        && a.email == b.email && a.address == b.address && a.country == b.country && a.channel == b.channel
        && a.category == b.category && a.accountCreatedMs == b.accountCreatedMs && a.label == b.label
        && a.fraudPattern == b.fraudPattern && a.extraNumeric == b.extraNumeric && a.extraCategorical == b.extraCategorical;
}

std::vector<std::int64_t> sequencesOf(const LiveJournal::Contents& contents)
{
    std::vector<std::int64_t> out;
    for (const LiveJournal::Entry& entry : contents.records)
        out.push_back(entry.sequence);
    return out;
}

// The n-th entry: every third was blocked (its account frozen) when acknowledged.
LiveJournal::Entry entryOf(int n)
{
    return {n, recordOf(n), n % 3 == 2};
}

QByteArray bytesOf(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const std::string& path, const QByteArray& bytes)
{
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestLiveJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsBackEveryFieldInOrder();
    void stopsAtATornOrDamagedRecord();
    void startingOverHidesTheOlderRecords();
    void nothingBeforeAFlush();
    void leftoversAreTheUnlockedJournalsOfThisDatabase();
    void aStrangeFileIsNoJournal();

private:
    QTemporaryDir m_dir;
    std::string path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }
};

void TestLiveJournal::readsBackEveryFieldInOrder()
{
    const std::string file = path("a.db-live-7");
    {
        LiveJournal journal(file, 7, "digest-7");
        for (int n = 1; n <= 5; ++n)
            journal.add(entryOf(n));
        journal.flush();
        for (int n = 6; n <= 9; ++n)
            journal.add(entryOf(n));
        journal.flush();
    }
    const LiveJournal::Contents contents = LiveJournal::read(file);
    QVERIFY(!contents.damagedHeader);
    QCOMPARE(contents.importId, std::int64_t(7));
    QCOMPARE(contents.importDigest, std::string("digest-7"));
    QCOMPARE(contents.records.size(), std::size_t(9));
    for (int n = 1; n <= 9; ++n) {
        const LiveJournal::Entry& entry = contents.records[static_cast<std::size_t>(n - 1)];
        QCOMPARE(entry.sequence, std::int64_t(n));
        QCOMPARE(entry.blocked, n % 3 == 2);
        QVERIFY2(same(entry.record, recordOf(n)), qPrintable(QString::number(n)));
    }
}

void TestLiveJournal::stopsAtATornOrDamagedRecord()
{
    const std::string file = path("b.db-live-1");
    {
        LiveJournal journal(file, 1, "d");
        for (int n = 1; n <= 4; ++n)
            journal.add(entryOf(n));
        journal.flush();
    }
    const QByteArray whole = bytesOf(file);
    // A write the kill cut short: every byte count short of the last record's end.
    for (qsizetype cut = 1; cut < 60; ++cut) {
        writeBytes(file, whole.left(whole.size() - cut));
        QCOMPARE(sequencesOf(LiveJournal::read(file)), (std::vector<std::int64_t>{1, 2, 3}));
    }
    // A byte changed inside the third record: the first two only.
    const std::vector<std::int64_t> firstTwo{1, 2};
    QByteArray damaged = whole;
    const qsizetype third = whole.indexOf("T3");
    QVERIFY(third > 0);
    damaged[third + 1] = '4';
    writeBytes(file, damaged);
    QCOMPARE(sequencesOf(LiveJournal::read(file)), firstTwo);
}

void TestLiveJournal::startingOverHidesTheOlderRecords()
{
    const std::string file = path("c.db-live-2");
    {
        LiveJournal journal(file, 2, "d");
        for (int n = 1; n <= 6; ++n)
            journal.add(entryOf(n));
        journal.flush();
        QVERIFY(journal.size() > 0);
        // Everything so far is committed: written over from the top.
        journal.startOver();
        QCOMPARE(journal.size(), std::uint64_t(0));
        for (int n = 7; n <= 8; ++n)
            journal.add(entryOf(n));
        journal.flush();
    }
    // Records 3-6 are still in the file past 7 and 8, and are not taken for acknowledged.
    QVERIFY(bytesOf(file).contains("T6"));
    QCOMPARE(sequencesOf(LiveJournal::read(file)), (std::vector<std::int64_t>{7, 8}));
}

void TestLiveJournal::nothingBeforeAFlush()
{
    const std::string file = path("d.db-live-3");
    LiveJournal journal(file, 3, "d");
    journal.add(entryOf(1));
    QVERIFY(LiveJournal::read(file).records.empty());
    journal.flush();
    QCOMPARE(LiveJournal::read(file).records.size(), std::size_t(1));
    journal.remove();
    QVERIFY(!QFile::exists(QString::fromStdString(file)));
}

void TestLiveJournal::leftoversAreTheUnlockedJournalsOfThisDatabase()
{
    const std::string db = path("e.db");
    const std::string killed = LiveJournal::pathFor(db, 4);
    QCOMPARE(killed, db + "-live-4");
    { LiveJournal journal(killed, 4, "d"); } // closed: as a killed session's
    auto running = std::make_unique<LiveJournal>(LiveJournal::pathFor(db, 5), 5, "d");
    running->add(entryOf(1));
    running->flush();
    { LiveJournal other(LiveJournal::pathFor(path("ee.db"), 6), 6, "d"); } // another database's
    writeBytes(db + "-live-x", "not ours");
    writeBytes(db + "-wal", "not ours");

    QCOMPARE(LiveJournal::leftovers(db), std::vector<std::string>{killed});
    // A second session on the journal a running one holds is refused.
    QVERIFY_THROWS_EXCEPTION(std::system_error, LiveJournal(LiveJournal::pathFor(db, 5), 5, "d"));
    // ... and leaves it as it was: what it acknowledged is still there.
    running->add(entryOf(2));
    running->flush();
    QCOMPARE(sequencesOf(LiveJournal::read(LiveJournal::pathFor(db, 5))), (std::vector<std::int64_t>{1, 2}));
    running.reset();
    std::vector<std::string> both = LiveJournal::leftovers(db);
    std::sort(both.begin(), both.end());
    QCOMPARE(both, (std::vector<std::string>{killed, LiveJournal::pathFor(db, 5)}));
}

void TestLiveJournal::aStrangeFileIsNoJournal()
{
    const std::string file = path("f.db-live-9");
    writeBytes(file, QByteArray("SQLite format 3\0 and more bytes than a header", 46));
    QVERIFY(LiveJournal::read(file).damagedHeader);
    QVERIFY(!LiveJournal::read(file).unfinishedHeader);
    // What a kill leaves between creating the file and writing its header: nothing was
    // acknowledged, and recovery may remove it.
    { LiveJournal journal(file, 9, "digest"); }
    const QByteArray header = bytesOf(file);
    for (qsizetype cut = 0; cut < header.size(); ++cut) {
        writeBytes(file, header.left(cut));
        const LiveJournal::Contents contents = LiveJournal::read(file);
        QVERIFY(contents.damagedHeader);
        QVERIFY2(contents.unfinishedHeader, qPrintable(QString::number(cut)));
    }
    writeBytes(file, header);
    QVERIFY(!LiveJournal::read(file).damagedHeader);
}

QTEST_APPLESS_MAIN(TestLiveJournal)
#include "test_live_journal.moc"
