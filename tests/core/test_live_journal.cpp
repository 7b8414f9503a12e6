// The live journal is what a kill -9 leaves of what a session acknowledged and had not
// committed: what it reads back must hold every record written whole and not yet
// committed, in sequence order, wherever the file's wrapping left it, and nothing torn.
#include "live/live_journal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <system_error>
#include <vector>

using fraudlens::live::JournalCodec;
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

// Where transaction n's id lies in a journal's bytes, found with the length before it:
// "T3" alone also turns up in the salted, random-looking heads of other records (1 run
// in 300 found it in the second record's).
qsizetype transactionIdAt(const QByteArray& bytes, int n)
{
    const std::string id = tagged("T", n);
    const auto size = static_cast<std::uint32_t>(id.size());
    std::string pattern(reinterpret_cast<const char*>(&size), sizeof size);
    pattern += id;
    const qsizetype at = bytes.indexOf(QByteArray::fromStdString(pattern), 48); // past the header
    return at < 0 ? at : at + static_cast<qsizetype>(sizeof size);
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
    void skipsATornOrDamagedRecord();
    void wrapsOverCommittedRecordsOnly_data();
    void wrapsOverCommittedRecordsOnly();
    void growsRatherThanOverwriteWhatIsNotCommitted();
    void leavesOutWhatItWasToldIsCommitted();
    void takesNoRecordForgedInsideATransaction();
    void readsAJournalOfTheFormerLayout();
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
        journal.flush(0);
        for (int n = 6; n <= 9; ++n)
            journal.add(entryOf(n));
        journal.flush(0);
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

void TestLiveJournal::skipsATornOrDamagedRecord()
{
    const std::string file = path("b.db-live-1");
    {
        LiveJournal journal(file, 1, "d");
        for (int n = 1; n <= 4; ++n)
            journal.add(entryOf(n));
        journal.flush(0);
    }
    const QByteArray whole = bytesOf(file);
    // A write the kill cut short: every byte count short of the last record's end.
    for (qsizetype cut = 1; cut < 60; ++cut) {
        writeBytes(file, whole.left(whole.size() - cut));
        QCOMPARE(sequencesOf(LiveJournal::read(file)), (std::vector<std::int64_t>{1, 2, 3}));
    }
    // A byte changed inside the third record: that one is lost, not the fourth.
    QByteArray damaged = whole;
    const qsizetype third = transactionIdAt(whole, 3);
    QVERIFY(third > 0);
    damaged[third + 1] = '4';
    writeBytes(file, damaged);
    QCOMPARE(sequencesOf(LiveJournal::read(file)), (std::vector<std::int64_t>{1, 2, 4}));
}

// A model of a session: groups of 1-5 records, commits lagging 0-40 records behind the
// group before the one being written, a journal small enough to wrap many times; in its
// second half, commits also stall now and then for longer than a pass takes. After every
// write, and with that write torn at many offsets (what a kill -9 in the middle of it
// leaves: the start written, the rest and the header's hint as they were), every record
// not yet committed must read back whole, and nothing that was never written.
void TestLiveJournal::wrapsOverCommittedRecordsOnly_data()
{
    QTest::addColumn<quint64>("wrapAt");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("shortestStall");
    // A sixty-fourth of a pass (what the journal tracks) smaller than one record...
    QTest::newRow("stretch under a record") << quint64(8192) << 600 << 20;
    // ... and one that several groups share, as at the 64 MiB a session uses.
    QTest::newRow("stretch of several groups") << quint64(96 * 1024) << 1600 << 250;
}

void TestLiveJournal::wrapsOverCommittedRecordsOnly()
{
    QFETCH(quint64, wrapAt);
    QFETCH(int, groups);
    QFETCH(int, shortestStall);
    const std::string file = path("c.db-live-2");
    constexpr qsizetype pastHint = 48; // the header's salt and hint lie before this
    std::mt19937 random(2);
    LiveJournal journal(file, 2, "d", wrapAt);
    int written = 0;
    int committed = 0;
    int stalled = 0; // groups left in a stall
    std::uint64_t largest = 0;
    QByteArray before = bytesOf(file);
    for (int group = 0; group < groups; ++group) {
        const int size = 1 + static_cast<int>(random() % 5);
        const int previous = written;
        for (int i = 0; i < size; ++i)
            journal.add(entryOf(++written));
        if (stalled > 0)
            --stalled;
        else if (group >= groups / 2 && random() % 30 == 0)
            stalled = shortestStall + static_cast<int>(random() % static_cast<unsigned>(2 * shortestStall));
        else
            committed = std::max(committed, previous - static_cast<int>(random() % 41));
        journal.flush(committed);
        if (group < groups / 2)
            largest = std::max<std::uint64_t>(largest, journal.fileSize());
        const QByteArray after = bytesOf(file);

        std::vector<std::int64_t> owed;
        for (int n = committed + 1; n <= written; ++n)
            owed.push_back(n);
        const LiveJournal::Contents contents = LiveJournal::read(file);
        std::vector<std::int64_t> read = sequencesOf(contents);
        QVERIFY(std::is_sorted(read.begin(), read.end()));
        QVERIFY2(std::includes(read.begin(), read.end(), owed.begin(), owed.end()), qPrintable(QString::number(group)));
        for (const LiveJournal::Entry& entry : contents.records) {
            QVERIFY(entry.sequence >= 1 && entry.sequence <= written);
            QCOMPARE(entry.blocked, entry.sequence % 3 == 2);
            QVERIFY(same(entry.record, recordOf(static_cast<int>(entry.sequence))));
        }

        if (group % 7 == 0) {
            // Where the write went is where the bytes changed.
            qsizetype first = pastHint;
            while (first < before.size() && first < after.size() && before[first] == after[first])
                ++first;
            qsizetype last = after.size();
            while (last > first && last <= before.size() && before[last - 1] == after[last - 1])
                --last;
            std::erase_if(owed, [&](std::int64_t n) { return n > previous; });
            for (qsizetype cut = first; cut < last; cut += 37) {
                QByteArray torn = before.left(first) + after.mid(first, cut - first);
                if (cut < before.size())
                    torn += before.mid(cut);
                writeBytes(file, torn);
                read = sequencesOf(LiveJournal::read(file));
                QVERIFY2(std::includes(read.begin(), read.end(), owed.begin(), owed.end()),
                         qPrintable(QStringLiteral("group %1, cut at %2").arg(group).arg(cut)));
            }
            writeBytes(file, after);
        }
        before = after;
    }
    QVERIFY(written > 1500);
    QVERIFY2(journal.fileSize() > 2 * wrapAt, "no stall outlasted a pass");
    // While commits kept up, it wrapped: the file stayed near one pass, far short of
    // everything written.
    QVERIFY2(largest < wrapAt + 4096, qPrintable(QString::number(largest)));
}

void TestLiveJournal::growsRatherThanOverwriteWhatIsNotCommitted()
{
    const std::string file = path("g.db-live-2");
    LiveJournal journal(file, 2, "d", 4096);
    // Nothing is committed: every record must stay, however long the file grows.
    for (int n = 1; n <= 300; ++n) {
        journal.add(entryOf(n));
        journal.flush(0);
    }
    QVERIFY(journal.fileSize() > 3 * 4096);
    std::vector<std::int64_t> all(300);
    std::iota(all.begin(), all.end(), 1);
    QCOMPARE(sequencesOf(LiveJournal::read(file)), all);
    // Once they are, the next write goes back to the top.
    const std::uint64_t size = journal.fileSize();
    journal.add(entryOf(301));
    journal.flush(300);
    QCOMPARE(journal.fileSize(), size);
    QCOMPARE(sequencesOf(LiveJournal::read(file)).back(), std::int64_t(301));
}

void TestLiveJournal::leavesOutWhatItWasToldIsCommitted()
{
    const std::string file = path("h.db-live-2");
    LiveJournal journal(file, 2, "d", 64 * 1024);
    for (int n = 1; n <= 500; ++n) {
        journal.add(entryOf(n));
        journal.flush(std::max(0, n - 20));
    }
    const LiveJournal::Contents contents = LiveJournal::read(file);
    // Told about once a sixty-fourth of a pass (1 KiB here, three or four records).
    QVERIFY2(contents.committedThrough >= 470 && contents.committedThrough <= 480,
             qPrintable(QString::number(contents.committedThrough)));
    QVERIFY(!contents.records.empty());
    QCOMPARE(contents.records.front().sequence, contents.committedThrough + 1);
    QCOMPARE(contents.records.back().sequence, std::int64_t(500));
    // A damaged hint tells nothing: everything whole is read.
    QByteArray bytes = bytesOf(file);
    const qsizetype hintAt = 24;
    bytes[hintAt] = static_cast<char>(bytes[hintAt] ^ 1);
    writeBytes(file, bytes);
    const LiveJournal::Contents unhinted = LiveJournal::read(file);
    QCOMPARE(unhinted.committedThrough, std::int64_t(0));
    QCOMPARE(unhinted.records.back().sequence, std::int64_t(500));
    QVERIFY(unhinted.records.size() > contents.records.size());
}

// A transaction's text can hold any bytes, a record's frame among them. Found by the
// reader's resynchronisation (here: past a damaged record), it must not pass for one.
void TestLiveJournal::takesNoRecordForgedInsideATransaction()
{
    const std::string file = path("i.db-live-5");
    JournalCodec::Entry forged = entryOf(999);
    std::string frame;
    // Keyed as a journal without a salt would be: the import id alone.
    JournalCodec::appendRecord(frame, 5, forged);
    {
        LiveJournal journal(file, 5, "d");
        journal.add(entryOf(1));
        JournalCodec::Entry carrier = entryOf(2);
        carrier.record.merchantId = frame;
        journal.add(carrier);
        journal.add(entryOf(3));
        journal.flush(0);
    }
    QByteArray bytes = bytesOf(file);
    const qsizetype carrierAt = transactionIdAt(bytes, 2) - 24 - 4 - 1;
    QVERIFY(carrierAt > 0);
    bytes[carrierAt] = static_cast<char>(bytes[carrierAt] ^ 0x55); // its magic
    writeBytes(file, bytes);
    QCOMPARE(sequencesOf(LiveJournal::read(file)), (std::vector<std::int64_t>{1, 3}));
}

// Stop 21's layout (no salt, no hint) is what a session killed before an upgrade left.
void TestLiveJournal::readsAJournalOfTheFormerLayout()
{
    const std::string file = path("j.db-live-8");
    std::string bytes("FLLIVEJ1", 8);
    const std::int64_t importId = 8;
    const std::string digest = "digest-8";
    const auto digestSize = static_cast<std::uint32_t>(digest.size());
    bytes.append(reinterpret_cast<const char*>(&importId), sizeof importId);
    bytes.append(reinterpret_cast<const char*>(&digestSize), sizeof digestSize);
    bytes += digest;
    for (int n : {4, 5, 6, 2})
        JournalCodec::appendRecord(bytes, static_cast<std::uint64_t>(importId), entryOf(n));
    writeBytes(file, QByteArray::fromStdString(bytes));
    // Read as those builds read it: in order, up to the first record out of sequence (2,
    // left past the newest stretch when that layout started over from the top).
    const LiveJournal::Contents contents = LiveJournal::read(file);
    QVERIFY(!contents.damagedHeader);
    QCOMPARE(contents.importId, importId);
    QCOMPARE(contents.importDigest, digest);
    QCOMPARE(sequencesOf(contents), (std::vector<std::int64_t>{4, 5, 6}));
    QVERIFY(same(contents.records[1].record, recordOf(5)));
}

void TestLiveJournal::nothingBeforeAFlush()
{
    const std::string file = path("d.db-live-3");
    LiveJournal journal(file, 3, "d");
    journal.add(entryOf(1));
    QVERIFY(LiveJournal::read(file).records.empty());
    journal.flush(0);
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
    running->flush(0);
    { LiveJournal other(LiveJournal::pathFor(path("ee.db"), 6), 6, "d"); } // another database's
    writeBytes(db + "-live-x", "not ours");
    writeBytes(db + "-wal", "not ours");

    QCOMPARE(LiveJournal::leftovers(db), std::vector<std::string>{killed});
    // A second session on the journal a running one holds is refused.
    QVERIFY_THROWS_EXCEPTION(std::system_error, LiveJournal(LiveJournal::pathFor(db, 5), 5, "d"));
    // ... and leaves it as it was: what it acknowledged is still there.
    running->add(entryOf(2));
    running->flush(0);
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
