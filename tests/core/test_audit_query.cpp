#include "cases/audit_query.h"
#include "ingest/csv_reader.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"
#include "util/clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fraudlens;
using cases::AuditFilter;
using cases::AuditQuery;

namespace {

struct Seed {
    const char* actor;
    const char* action;
    const char* target;
};

// seq 1..7, in this order.
constexpr Seed kSeeds[] = {
    {"alice", "freeze", "account:A1"},      {"bob", "unfreeze", "account:A2"}, {"alice", "decision", "alert:7"},
    {"carol", "note", "account:A10"},       {"bob", "freeze", "account:B1"},   {"alice", "freeze", "Account:a3"},
    {"carol", "setting", "promo:100%_off"},
};

std::vector<std::int64_t> seqs(const std::vector<store::AuditEntry>& entries)
{
    std::vector<std::int64_t> out;
    for (const auto& e : entries)
        out.push_back(e.seq);
    return out;
}

std::int64_t scalar(store::Database& db, const char* sql)
{
    store::Statement q(db, sql);
    q.step();
    return q.columnInt(0);
}

} // namespace

class TestAuditQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void countsPerFilter_data();
    void countsPerFilter();
    void pagesAreNewestFirst();
    void timeBounds();
    void injectionFindsNothingAndChangesNothing();
    void offersDistinctActorsAndActions();
    void countsEntriesNewerThanOne();
    void exportRoundTripsAwkwardDetails();
    void failedExportLeavesNoFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
};

void TestAuditQuery::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<store::Database>(m_dir->filePath("audit.db").toStdString(), store::OpenMode::Create);
    store::AuditLog log(*m_db);
    for (const Seed& s : kSeeds)
        log.append(s.actor, s.action, s.target, R"({"by":")" + std::string(s.actor) + "\"}");
}

void TestAuditQuery::countsPerFilter_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("target");
    QTest::addColumn<qint64>("maxSeq");
    QTest::addColumn<QList<qint64>>("expected"); // newest first

    QTest::newRow("everything") << "" << "" << "" << qint64(0) << QList<qint64>{7, 6, 5, 4, 3, 2, 1};
    QTest::newRow("actor") << "alice" << "" << "" << qint64(0) << QList<qint64>{6, 3, 1};
    QTest::newRow("action") << "" << "freeze" << "" << qint64(0) << QList<qint64>{6, 5, 1};
    QTest::newRow("actor and action") << "alice" << "freeze" << "" << qint64(0) << QList<qint64>{6, 1};
    QTest::newRow("target, any case") << "" << "" << "account:a" << qint64(0) << QList<qint64>{6, 4, 2, 1};
    QTest::newRow("target and actor") << "bob" << "" << "ACCOUNT" << qint64(0) << QList<qint64>{5, 2};
    QTest::newRow("percent is literal") << "" << "" << "%" << qint64(0) << QList<qint64>{7};
    QTest::newRow("underscore is literal") << "" << "" << "0%_o" << qint64(0) << QList<qint64>{7};
    QTest::newRow("unknown actor") << "mallory" << "" << "" << qint64(0) << QList<qint64>{};
    QTest::newRow("snapshot") << "" << "" << "" << qint64(3) << QList<qint64>{3, 2, 1};
    QTest::newRow("snapshot and actor") << "alice" << "" << "" << qint64(5) << QList<qint64>{3, 1};
}

void TestAuditQuery::countsPerFilter()
{
    QFETCH(QString, actor);
    QFETCH(QString, action);
    QFETCH(QString, target);
    QFETCH(qint64, maxSeq);
    QFETCH(QList<qint64>, expected);

    AuditFilter filter;
    filter.actor = actor.toStdString();
    filter.action = action.toStdString();
    filter.targetContains = target.toStdString();
    if (maxSeq > 0)
        filter.maxSeq = maxSeq;
    AuditQuery query(*m_db);
    QCOMPARE(query.count(filter), std::int64_t(expected.size()));
    const auto extent = query.extent(filter);
    QCOMPARE(extent.newestSeq, expected.isEmpty() ? std::int64_t(0) : std::int64_t(expected.first()));
    const std::vector<std::int64_t> want(expected.begin(), expected.end());
    QCOMPARE(seqs(query.page(filter, 0, 100)), want);
}

void TestAuditQuery::pagesAreNewestFirst()
{
    AuditQuery query(*m_db);
    QCOMPARE(seqs(query.page({}, 0, 3)), (std::vector<std::int64_t>{7, 6, 5}));
    QCOMPARE(seqs(query.page({}, 3, 3)), (std::vector<std::int64_t>{4, 3, 2}));
    QCOMPARE(seqs(query.page({}, 6, 3)), (std::vector<std::int64_t>{1}));
    QVERIFY(query.page({}, 7, 3).empty());
    AuditFilter alice;
    alice.actor = "alice";
    QCOMPARE(seqs(query.page(alice, 1, 10)), (std::vector<std::int64_t>{3, 1}));

    const auto entry = query.page({}, 0, 1).front();
    QCOMPARE(entry.actor, std::string("carol"));
    QCOMPARE(entry.action, std::string("setting"));
    QCOMPARE(entry.target, std::string("promo:100%_off"));
    QCOMPARE(entry.details, std::string(R"({"by":"carol"})"));
    QCOMPARE(entry.hash, store::AuditLog::hashOf(entry));
}

void TestAuditQuery::timeBounds()
{
    AuditQuery query(*m_db);
    const std::int64_t now = util::nowMs();
    AuditFilter future;
    future.fromMs = now + 3'600'000;
    QCOMPARE(query.count(future), std::int64_t(0));
    AuditFilter past;
    past.toMs = now - 3'600'000;
    QCOMPARE(query.count(past), std::int64_t(0));
    AuditFilter around;
    around.fromMs = now - 3'600'000;
    around.toMs = now + 3'600'000;
    QCOMPARE(query.count(around), std::int64_t(7));
}

void TestAuditQuery::injectionFindsNothingAndChangesNothing()
{
    const std::string attack = "x' OR 1=1 --";
    AuditQuery query(*m_db);
    for (int field = 0; field < 3; ++field) {
        AuditFilter filter;
        (field == 0 ? filter.actor : field == 1 ? filter.action : filter.targetContains) = attack;
        QCOMPARE(query.count(filter), std::int64_t(0));
        QVERIFY(query.page(filter, 0, 100).empty());
        QCOMPARE(query.countNewerThan(filter, 0), std::int64_t(0));
    }
    AuditFilter drop;
    drop.targetContains = "'); DROP TABLE audit_log; --";
    QCOMPARE(query.count(drop), std::int64_t(0));

    QCOMPARE(scalar(*m_db, "SELECT COUNT(*) FROM audit_log"), std::int64_t(7));
    const auto verification = store::AuditLog(*m_db).verify();
    QVERIFY2(verification.ok, verification.problem.c_str());
}

void TestAuditQuery::offersDistinctActorsAndActions()
{
    AuditQuery query(*m_db);
    QCOMPARE(query.actors(), (std::vector<std::string>{"alice", "bob", "carol"}));
    QCOMPARE(query.actions(), (std::vector<std::string>{"decision", "freeze", "note", "setting", "unfreeze"}));
}

void TestAuditQuery::countsEntriesNewerThanOne()
{
    AuditQuery query(*m_db);
    QCOMPARE(query.countNewerThan({}, 5), std::int64_t(2));
    QCOMPARE(query.countNewerThan({}, 7), std::int64_t(0));
    AuditFilter alice;
    alice.actor = "alice";
    QCOMPARE(query.countNewerThan(alice, 3), std::int64_t(1));
    // An entry outside the filter still has a place: where it would stand.
    QCOMPARE(query.countNewerThan(alice, 2), std::int64_t(2));
}

void TestAuditQuery::exportRoundTripsAwkwardDetails()
{
    // Valid JSON with a comma, quotes and a newline between its members.
    const std::string details = "{\"note\": \"one, \\\"two\\\"\",\n \"n\": 1}";
    const auto appended = store::AuditLog(*m_db).append("dave", "note", "account:A1, \"quoted\"", details);
    const std::string path = m_dir->filePath("export.csv").toStdString();

    const std::int64_t written = AuditQuery(*m_db).exportCsv({}, path);
    QCOMPARE(written, std::int64_t(8));
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".part")));

    ingest::CsvReader reader(path, ',');
    ingest::CsvRecord record;
    QVERIFY(reader.next(record));
    std::vector<std::string> header(record.fields.begin(), record.fields.end());
    QCOMPARE(header, (std::vector<std::string>{"seq", "time", "actor", "action", "target", "details", "hash"}));
    std::int64_t rows = 0;
    std::int64_t previousSeq = 0;
    bool found = false;
    while (reader.next(record)) {
        ++rows;
        QCOMPARE(record.fields.size(), size_t(7));
        const std::int64_t seq = std::stoll(std::string(record.fields[0]));
        QVERIFY(seq > previousSeq);
        previousSeq = seq;
        if (seq != appended.seq)
            continue;
        found = true;
        QCOMPARE(std::string(record.fields[1]), util::formatIsoUtc(appended.timestampMs));
        QCOMPARE(std::string(record.fields[2]), std::string("dave"));
        QCOMPARE(std::string(record.fields[4]), appended.target);
        QCOMPARE(std::string(record.fields[5]), details);
        QCOMPARE(std::string(record.fields[6]), appended.hash);
    }
    QCOMPARE(rows, std::int64_t(8));
    QVERIFY(found);

    AuditFilter bob;
    bob.actor = "bob";
    QCOMPARE(AuditQuery(*m_db).exportCsv(bob, path), std::int64_t(2));
}

void TestAuditQuery::failedExportLeavesNoFile()
{
    const QString path = m_dir->filePath("missing-folder/export.csv");
    QVERIFY_THROWS_EXCEPTION(std::exception, AuditQuery(*m_db).exportCsv({}, path.toStdString()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + ".part"));

    // An export over an earlier one replaces it whole.
    const QString existing = m_dir->filePath("export.csv");
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old contents\n");
    }
    QCOMPARE(AuditQuery(*m_db).exportCsv({}, existing.toStdString()), std::int64_t(7));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("seq,time,actor,action,target,details,hash\n"));
}

QTEST_APPLESS_MAIN(TestAuditQuery)
#include "test_audit_query.moc"
