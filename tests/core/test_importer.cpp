#include "ingest/builtin_profiles.h"
#include "ingest/csv_error.h"
#include "ingest/importer.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/dataset_stats.h"
#include "store/statement.h"
#include "store/transaction_writer.h"
#include "store/write_transaction.h"

#include "entity_pairs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace fraudlens;
using ingest::ImportResult;

namespace {

const char* kMappingJson = R"({
  "columns": { "transaction_id": "id", "account_id": "acct", "timestamp": "when", "amount": "amt",
               "device_id": "dev", "label": "fraud", "account_created_at": "signup" },
  "extra_numeric": ["score"], "extra_categorical": ["browser"] })";

const char* kGoodCsv =
    "id,acct,when,amt,dev,fraud,signup,score,browser\n"
    "t1,A1,2024-05-01T10:00:00Z,10.50,d1,0,2024-04-01T00:00:00Z,0.5,firefox\n"
    "t2,A1,2024-05-01T11:00:00Z,20,d1,0,2024-04-01T00:00:00Z,,chrome\n"
    "t3,A2,2024-05-02 09:30,999.99,d2,1,,3,\n";

class CountingProgress : public util::Progress {
public:
    explicit CountingProgress(bool cancel) : m_cancel(cancel) {}
    bool report(double, std::string_view stage) override { return !(m_cancel && stage == "importing"); }

private:
    bool m_cancel;
};

// The first row of the writer tests: account A1 on device d1 at t=2000.
store::TransactionRecord firstRowOfA1()
{
    store::TransactionRecord r;
    r.accountId = "A1";
    r.amount = 5;
    r.deviceId = "d1";
    r.transactionId = "t1";
    r.timestampMs = 2000;
    return r;
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void importsGoodRows();
    void abortModeStoresNothing();
    void skipModeStoresGoodRowsAndReportsTheRest();
    void repeatedFileIsRefusedUnlessForced();
    void duplicateTransactionIdIsRejected();
    void missingColumnIsAnInputError();
    void cancelLeavesDatabaseUntouched();
    void importsPaysimSample();
    void discardedRowTakesItsEntityPairsBack();
    void oneWriterAcrossCommitsKeepsAccountsExact();
    void preloadedWriterWritesOnlyWhatIsNew();

private:
    std::string write(const char* name, const std::string& text);
    ingest::ImportOptions options(const std::string& csv);
    std::int64_t count(const char* table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<store::Database>(m_dir->filePath("t.db").toStdString(), store::OpenMode::Create);
}

std::string TestImporter::write(const char* name, const std::string& text)
{
    const std::string path = m_dir->filePath(name).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

ingest::ImportOptions TestImporter::options(const std::string& csv)
{
    ingest::ImportOptions o;
    o.csvPath = csv;
    o.mapping = ingest::Mapping::fromJson(kMappingJson, "mapping.json");
    o.mappingName = "mapping.json";
    o.rejectReportPath = m_dir->filePath("rejects.csv").toStdString();
    o.actor = "tester";
    return o;
}

std::int64_t TestImporter::count(const char* table)
{
    store::Statement q(*m_db, std::string("SELECT COUNT(*) FROM ") + table);
    q.step();
    return q.columnInt(0);
}

void TestImporter::importsGoodRows()
{
    const auto result = ingest::Importer(*m_db).run(options(write("good.csv", kGoodCsv)));
    QCOMPARE(result.status, ImportResult::Status::Stored);
    QCOMPARE(result.rowsRead, std::int64_t(3));
    QCOMPARE(result.rowsStored, std::int64_t(3));
    QCOMPARE(result.accountsCreated, std::int64_t(2));
    QCOMPARE(count("transactions"), std::int64_t(3));

    store::Statement a(*m_db, "SELECT created_at, first_seen, status FROM accounts WHERE external_id = 'A1'");
    QVERIFY(a.step());
    QCOMPARE(a.columnInt(0), std::int64_t(1711929600000)); // 2024-04-01
    QCOMPARE(a.columnInt(1), std::int64_t(1714557600000)); // first transaction
    QCOMPARE(a.columnText(2), std::string("active"));
    store::Statement t(*m_db, "SELECT amount, device, label, extra, ts FROM transactions WHERE external_id = 't3'");
    QVERIFY(t.step());
    QCOMPARE(t.columnDouble(0), 999.99);
    QCOMPARE(t.columnText(1), std::string("d2"));
    QCOMPARE(t.columnInt(2), std::int64_t(1));
    QCOMPARE(t.columnText(3), std::string(R"({"score":3.0})"));
    QCOMPARE(t.columnInt(4), std::int64_t(1714642200000));
    store::Statement pairs(*m_db, testing::kEntityPairsMismatch);
    QVERIFY(pairs.step());
    QCOMPARE(pairs.columnInt(0), std::int64_t(0));
    QCOMPARE(count("entity_accounts"), std::int64_t(2)); // (d1, A1) and (d2, A2)

    store::Statement imp(*m_db, "SELECT file_name, sha256, rows_stored FROM imports");
    QVERIFY(imp.step());
    QCOMPARE(imp.columnText(0), std::string("good.csv"));
    QCOMPARE(imp.columnText(1), result.sha256);
    QCOMPARE(imp.columnInt(2), std::int64_t(3));
    const auto audit = store::AuditLog(*m_db).verify();
    QVERIFY(audit.ok);
    QCOMPARE(audit.entries, std::int64_t(1));
    store::Statement entry(*m_db, "SELECT actor, action, target FROM audit_log");
    QVERIFY(entry.step());
    QCOMPARE(entry.columnText(0), std::string("tester"));
    QCOMPARE(entry.columnText(1), std::string("import"));
    QCOMPARE(entry.columnText(2), "import:" + std::to_string(result.importId));
}

void TestImporter::abortModeStoresNothing()
{
    ingest::Importer(*m_db).run(options(write("good.csv", kGoodCsv)));
    const auto path = write("bad.csv", "id,acct,when,amt,dev,fraud,signup,score,browser\n"
                                       "u1,A1,2024-05-03T10:00:00Z,5,d1,0,,,\n"
                                       "u2,A3,2024-05-03T10:00:00Z,abc,d1,0,,,\n"
                                       "u3,A3,not a time,5,d1,0,,,\n"
                                       "u4,A4,2024-05-03T10:00:00Z,5,d1,0,,,\n");
    const auto result = ingest::Importer(*m_db).run(options(path));
    QCOMPARE(result.status, ImportResult::Status::Rejected);
    QCOMPARE(result.rowsRejected, std::int64_t(2));
    QCOMPARE(result.rowsStored, std::int64_t(0));
    QCOMPARE(result.firstProblems.size(), size_t(2));
    QCOMPARE(result.firstProblems[0].format(path), path + ":3:4: amt: not a number: \"abc\"");
    QCOMPARE(result.firstProblems[1].line, std::int64_t(4));
    QCOMPARE(result.firstProblems[1].column, std::int64_t(3));
    // The earlier import is untouched and nothing of this one is stored.
    QCOMPARE(count("transactions"), std::int64_t(3));
    QCOMPARE(count("accounts"), std::int64_t(2));
    QCOMPARE(count("imports"), std::int64_t(1));
    QCOMPARE(store::AuditLog(*m_db).verify().entries, std::int64_t(1));
    // Every rejected row is in the report.
    QFile report(QString::fromStdString(result.rejectReportPath));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = report.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QByteArray("file,line,column,column_name,reason"));
    QVERIFY(lines[1].contains(",3,4,\"amt\",\"not a number: \"\"abc\"\"\""));
}

void TestImporter::skipModeStoresGoodRowsAndReportsTheRest()
{
    auto o = options(write("mixed.csv", "id,acct,when,amt,dev,fraud,signup,score,browser\n"
                                        "u1,A1,2024-05-03T10:00:00Z,5,d1,0,,,\n"
                                        "u2,A3,2024-05-03T10:00:00Z,-4,d1,0,,,\n"
                                        "u3,A3,2024-05-03T10:00:00Z,5,d1\n"
                                        "u4,,2024-05-03T10:00:00Z,5,d1,0,,,\n"
                                        "u5,A4,2024-05-03T10:00:00Z,5,d1,maybe,,,\n"
                                        "u6,A4,2024-05-03T11:00:00Z,6,d1,1,,x,\n"));
    o.onError = ingest::OnError::Skip;
    const auto result = ingest::Importer(*m_db).run(o);
    QCOMPARE(result.status, ImportResult::Status::Stored);
    QCOMPARE(result.rowsRead, std::int64_t(6));
    QCOMPARE(result.rowsStored, std::int64_t(1));
    QCOMPARE(result.rowsRejected, std::int64_t(5));
    QStringList reasons;
    for (const auto& p : result.firstProblems)
        reasons << QString::fromStdString(p.format("f"));
    QCOMPARE(reasons, (QStringList{
                          "f:3:4: amt: negative amount \"-4\" (set \"allow_negative_amounts\": true in the mapping if the file means it)",
                          "f:4:0: wrong number of fields: the header has 9, this row has 5",
                          "f:5:2: acct: missing required field account_id",
                          "f:6:6: fraud: not a label: \"maybe\" (expected 1/0, true/false, yes/no, fraud/genuine)",
                          "f:7:8: score: not a number: \"x\"",
                      }));
    QCOMPARE(count("transactions"), std::int64_t(1));
    store::Statement imp(*m_db, "SELECT rows_read, rows_stored, rows_rejected FROM imports");
    QVERIFY(imp.step());
    QCOMPARE(imp.columnInt(2), std::int64_t(5));
}

void TestImporter::repeatedFileIsRefusedUnlessForced()
{
    const auto path = write("noids.csv", "acct,when,amt\nA1,2024-05-01T10:00:00Z,1\nA2,2024-05-01T10:00:00Z,2\n");
    auto o = options(path);
    o.mapping = ingest::Mapping::fromJson(R"({"columns": {"account_id": "acct", "timestamp": "when", "amount": "amt"}})", "m");
    QCOMPARE(ingest::Importer(*m_db).run(o).status, ImportResult::Status::Stored);
    const auto again = ingest::Importer(*m_db).run(o);
    QCOMPARE(again.status, ImportResult::Status::AlreadyImported);
    QVERIFY(QString::fromStdString(again.message).contains(QStringLiteral("already imported as import #1")));
    QCOMPARE(count("transactions"), std::int64_t(2));
    o.force = true;
    const auto forced = ingest::Importer(*m_db).run(o);
    QCOMPARE(forced.status, ImportResult::Status::Stored);
    QCOMPARE(count("transactions"), std::int64_t(4));
    QCOMPARE(count("imports"), std::int64_t(2));
}

void TestImporter::duplicateTransactionIdIsRejected()
{
    auto o = options(write("dup.csv", "id,acct,when,amt,dev,fraud,signup,score,browser\n"
                                      "x1,A1,2024-05-03T10:00:00Z,5,d1,0,,,\n"
                                      "x2,A1,2024-05-03T10:00:00Z,5,d1,0,,,\n"
                                      "x1,A1,2024-05-03T10:00:00Z,5,d1,0,,,\n"));
    const auto result = ingest::Importer(*m_db).run(o);
    QCOMPARE(result.status, ImportResult::Status::Rejected);
    QCOMPARE(result.firstProblems.size(), size_t(1));
    QCOMPARE(QString::fromStdString(result.firstProblems[0].format("dup.csv")),
             QStringLiteral("dup.csv:4:1: id: duplicate transaction_id \"x1\" (already stored, or earlier in this file)"));
    QCOMPARE(count("transactions"), std::int64_t(0));
}

void TestImporter::missingColumnIsAnInputError()
{
    const auto path = write("cols.csv", "id,acct,when\nx,A,2024-01-01\n");
    try {
        ingest::Importer(*m_db).run(options(path));
        QFAIL("a mapped column missing from the header must be refused");
    } catch (const ingest::InputError& e) {
        QCOMPARE(QString::fromUtf8(e.what()), QString::fromStdString(path + ":1:1: the mapping's amount column \"amt\" is not in the header"));
    }
    QCOMPARE(count("imports"), std::int64_t(0));
}

void TestImporter::cancelLeavesDatabaseUntouched()
{
    ingest::Importer(*m_db).run(options(write("good.csv", kGoodCsv)));
    std::string big = "id,acct,when,amt,dev,fraud,signup,score,browser\n";
    for (int i = 0; i < 20000; ++i)
        big += "c" + std::to_string(i) + ",B" + std::to_string(i % 300) + ",2024-06-01T10:00:00Z,7,d9,0,,,\n";
    CountingProgress cancel(true);
    const auto result = ingest::Importer(*m_db).run(options(write("big.csv", big)), &cancel);
    QCOMPARE(result.status, ImportResult::Status::Cancelled);
    QCOMPARE(count("transactions"), std::int64_t(3));
    QCOMPARE(count("accounts"), std::int64_t(2));
    QCOMPARE(count("imports"), std::int64_t(1));
    QCOMPARE(m_db->integrityCheck(), std::string("ok"));
}

void TestImporter::importsPaysimSample()
{
    ingest::ImportOptions o;
    o.csvPath = FRAUDLENS_SHARED_DATA "/paysim/paysim_sample_5k.csv";
    o.mapping = *ingest::builtinProfile("paysim");
    o.mappingName = "profile:paysim";
    const auto result = ingest::Importer(*m_db).run(o);
    QCOMPARE(result.status, ImportResult::Status::Stored);
    QCOMPARE(result.rowsRejected, std::int64_t(0));
    const auto stats = store::DatasetStats::load(*m_db);
    QCOMPARE(stats.transactions, std::int64_t(5000));
    QCOMPARE(stats.labelledFraud, std::int64_t(101));
    QCOMPARE(stats.accounts, std::int64_t(5000));
    QCOMPARE(*stats.firstMs, std::int64_t(1704067200000) + 1 * 3600000LL);   // step 1
    QCOMPARE(*stats.lastMs, std::int64_t(1704067200000) + 736 * 3600000LL);  // step 736
    store::Statement q(*m_db, "SELECT tx_type, merchant, extra FROM transactions WHERE external_id = '1:1'");
    QVERIFY(q.step());
    QCOMPARE(q.columnText(0), std::string("CASH_OUT"));
    QCOMPARE(q.columnText(1), std::string("C258215915"));
    QVERIFY(QString::fromStdString(q.columnText(2)).contains(QStringLiteral("\"oldbalanceOrg\":423.0")));
}

void TestImporter::discardedRowTakesItsEntityPairsBack()
{
    // What live does with a record it stored and then could not score.
    store::WriteTransaction transaction(*m_db);
    store::TransactionWriter writer(*m_db, std::nullopt);
    store::TransactionRecord kept;
    kept.transactionId = "t1";
    kept.accountId = "A1";
    kept.timestampMs = 1714557600000;
    kept.amount = 5;
    kept.deviceId = "d1";
    kept.ip = "10.0.0.1";
    QCOMPARE(writer.write(kept), store::TransactionWriter::Outcome::Stored);
    store::TransactionRecord dropped = kept;
    dropped.transactionId = "t2";
    dropped.deviceId = "d2"; // new to the account; the IP is not
    QCOMPARE(writer.write(dropped), store::TransactionWriter::Outcome::Stored);
    writer.discardLast();
    store::TransactionRecord again = kept;
    again.transactionId = "t3";
    again.email = "a@example.com";
    QCOMPARE(writer.write(again), store::TransactionWriter::Outcome::Stored);
    writer.finish();
    transaction.commit();

    QCOMPARE(count("transactions"), std::int64_t(2));
    QCOMPARE(count("entity_accounts"), std::int64_t(3)); // d1, the IP, the email
    store::Statement pairs(*m_db, testing::kEntityPairsMismatch);
    QVERIFY(pairs.step());
    QCOMPARE(pairs.columnInt(0), std::int64_t(0));
}

void TestImporter::oneWriterAcrossCommitsKeepsAccountsExact()
{
    // What live does: one writer, group after group, each committed on its own. What it
    // remembers between groups must be what is stored: first-seen times only ever move
    // earlier, and a pair it wrote in an earlier group is there, once.
    const auto firstSeen = [&](const char* account) {
        store::Statement q(*m_db, "SELECT first_seen FROM accounts WHERE external_id = ?");
        q.bind(1, std::string_view(account));
        return q.step() ? q.columnInt(0) : -1;
    };
    store::TransactionWriter writer(*m_db, std::nullopt);
    const auto group = [&](std::vector<store::TransactionRecord> records) {
        store::WriteTransaction transaction(*m_db);
        for (const auto& r : records)
            QCOMPARE(writer.write(r), store::TransactionWriter::Outcome::Stored);
        writer.finish();
        transaction.commit();
    };
    store::TransactionRecord r = firstRowOfA1();
    group({r});
    QCOMPARE(firstSeen("A1"), std::int64_t(2000));

    r.transactionId = "t2"; // later, same device: nothing about the account changes
    r.timestampMs = 3000;
    store::TransactionRecord other = r;
    other.transactionId = "t3";
    other.accountId = "A2";
    other.timestampMs = 2500;
    group({r, other});
    QCOMPARE(firstSeen("A1"), std::int64_t(2000));
    QCOMPARE(firstSeen("A2"), std::int64_t(2500));

    r.transactionId = "t4"; // late: the account was seen earlier than it was stored
    r.timestampMs = 1000;
    r.deviceId = "d2";
    group({r});
    QCOMPARE(firstSeen("A1"), std::int64_t(1000));
    QCOMPARE(firstSeen("A2"), std::int64_t(2500));

    QCOMPARE(count("transactions"), std::int64_t(4));
    QCOMPARE(count("accounts"), std::int64_t(2));
    QCOMPARE(count("entity_accounts"), std::int64_t(3)); // (d1, A1), (d1, A2), (d2, A1)
    store::Statement pairs(*m_db, testing::kEntityPairsMismatch);
    QVERIFY(pairs.step());
    QCOMPARE(pairs.columnInt(0), std::int64_t(0));
}

void TestImporter::preloadedWriterWritesOnlyWhatIsNew()
{
    store::TransactionRecord r = firstRowOfA1();
    {
        store::TransactionWriter first(*m_db, std::nullopt);
        store::WriteTransaction transaction(*m_db);
        QCOMPARE(first.write(r), store::TransactionWriter::Outcome::Stored);
        first.finish();
        transaction.commit();
    }
    // An account stored with neither sign-up nor first-seen time, as an older version
    // or another tool may have left it.
    m_db->exec("INSERT INTO accounts (external_id) VALUES ('A3')");

    store::TransactionWriter writer(*m_db, std::nullopt);
    writer.preload();
    // Taken away behind the writer's back, so that the test sees the pair was remembered
    // from the preload and not written again.
    m_db->exec("DELETE FROM entity_accounts WHERE value = 'd1'");
    // Added by another connection after the preload: found, not created twice.
    m_db->exec("INSERT INTO accounts (external_id, first_seen) VALUES ('A4', 500)");

    store::WriteTransaction transaction(*m_db);
    r.transactionId = "t2"; // A1 again on d1, now also from an ip
    r.timestampMs = 3000;
    r.ip = "10.0.0.1";
    QCOMPARE(writer.write(r), store::TransactionWriter::Outcome::Stored);
    store::TransactionRecord a3 = r;
    a3.transactionId = "t3";
    a3.accountId = "A3";
    a3.accountCreatedMs = 100;
    QCOMPARE(writer.write(a3), store::TransactionWriter::Outcome::Stored);
    store::TransactionRecord a4 = r;
    a4.transactionId = "t4";
    a4.accountId = "A4";
    a4.timestampMs = 400; // earlier than stored: first_seen moves
    QCOMPARE(writer.write(a4), store::TransactionWriter::Outcome::Stored);
    writer.finish();
    transaction.commit();

    QCOMPARE(writer.accountsCreated(), std::int64_t(0));
    QCOMPARE(count("accounts"), std::int64_t(3));
    store::Statement d1(*m_db, "SELECT COUNT(*) FROM entity_accounts WHERE value = 'd1'");
    QVERIFY(d1.step());
    QCOMPARE(d1.columnInt(0), std::int64_t(2)); // A3's and A4's, not A1's again
    store::Statement ip(*m_db, "SELECT COUNT(*) FROM entity_accounts WHERE kind = 'ip' AND value = '10.0.0.1'");
    QVERIFY(ip.step());
    QCOMPARE(ip.columnInt(0), std::int64_t(3));
    store::Statement accounts(*m_db, "SELECT external_id, created_at, first_seen FROM accounts ORDER BY external_id");
    QVERIFY(accounts.step());
    QCOMPARE(accounts.columnInt(2), std::int64_t(2000)); // A1: the later row changes nothing
    QVERIFY(accounts.step());
    QCOMPARE(accounts.columnText(0), std::string("A3"));
    QCOMPARE(accounts.columnInt(1), std::int64_t(100));
    QCOMPARE(accounts.columnInt(2), std::int64_t(3000));
    QVERIFY(accounts.step());
    QCOMPARE(accounts.columnText(0), std::string("A4"));
    QCOMPARE(accounts.columnInt(2), std::int64_t(400));
}

QTEST_APPLESS_MAIN(TestImporter)
#include "test_importer.moc"
