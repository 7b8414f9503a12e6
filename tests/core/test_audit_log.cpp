#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/store_error.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fraudlens::store;

namespace {

// Tampering as someone with the sqlite3 shell would: the triggers go first.
void tamper(Database& db, const std::string& sql)
{
    db.exec("DROP TRIGGER IF EXISTS audit_log_no_update");
    db.exec("DROP TRIGGER IF EXISTS audit_log_no_delete");
    db.exec(sql);
}

void fill(Database& db, int entries)
{
    AuditLog log(db);
    for (int i = 1; i <= entries; ++i)
        log.append("alice", i % 2 ? "freeze" : "unfreeze", "account:A" + std::to_string(i),
                   R"({"reason":"entry )" + std::to_string(i) + "\"}");
}

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void emptyLogVerifies();
    void appendedEntriesChain();
    void tampering_data();
    void tampering();
    void appendedWithValidHashIsCaughtByTheHead();
    void updatesAndDeletesAreRefused();
    void appendRollsBackWithItsTransaction();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_path;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath("audit.db").toStdString();
}

void TestAuditLog::emptyLogVerifies()
{
    Database db(m_path, OpenMode::Create);
    const auto result = AuditLog(db).verify();
    QVERIFY(result.ok);
    QCOMPARE(result.entries, std::int64_t(0));
}

void TestAuditLog::appendedEntriesChain()
{
    Database db(m_path, OpenMode::Create);
    fill(db, 5);
    Statement q(db, "SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq");
    std::string previous = AuditLog::genesisHash();
    int seq = 0;
    while (q.step()) {
        QCOMPARE(q.columnInt(0), std::int64_t(++seq));
        QCOMPARE(q.columnText(1), previous);
        QCOMPARE(q.columnText(2).size(), size_t(64));
        previous = q.columnText(2);
    }
    QCOMPARE(seq, 5);
    const auto result = AuditLog(db).verify();
    QVERIFY(result.ok);
    QCOMPARE(result.entries, std::int64_t(5));
}

void TestAuditLog::tampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("problem");
    QTest::newRow("edited details") << "UPDATE audit_log SET details = '{\"reason\":\"nothing\"}' WHERE seq = 3"
                                    << qint64(3) << "does not match its hash";
    QTest::newRow("edited actor") << "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2" << qint64(2)
                                  << "does not match its hash";
    QTest::newRow("edited time") << "UPDATE audit_log SET ts = ts + 1 WHERE seq = 4" << qint64(4) << "does not match its hash";
    QTest::newRow("deleted middle") << "DELETE FROM audit_log WHERE seq = 3" << qint64(3) << "entry 3 is missing";
    QTest::newRow("deleted first") << "DELETE FROM audit_log WHERE seq = 1" << qint64(1) << "entry 1 is missing";
    QTest::newRow("deleted tail") << "DELETE FROM audit_log WHERE seq >= 5" << qint64(5) << "cut off";
    QTest::newRow("inserted at end")
        << "INSERT INTO audit_log (seq, ts, actor, action, target, details, prev_hash, hash) "
           "SELECT 7, ts, actor, action, target, details, hash, hash FROM audit_log WHERE seq = 6"
        << qint64(7) << "does not match its hash";
    QTest::newRow("rehashed last entry")
        << "UPDATE audit_log SET actor = 'mallory', hash = 'f00d' WHERE seq = 6" << qint64(6) << "does not match its hash";
    QTest::newRow("replaced middle with relinked copy")
        << "UPDATE audit_log SET prev_hash = '" + QString(64, QLatin1Char('1')) + "' WHERE seq = 4" << qint64(4)
        << "does not link to the entry before it";
}

void TestAuditLog::tampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBad);
    QFETCH(QString, problem);
    {
        Database db(m_path, OpenMode::Create);
        fill(db, 6);
        QVERIFY(AuditLog(db).verify().ok);
        tamper(db, sql.toStdString());
    }
    Database db(m_path, OpenMode::ReadOnly);
    const auto result = AuditLog(db).verify();
    QVERIFY(!result.ok);
    QVERIFY(result.firstBadSeq.has_value());
    QCOMPARE(qint64(*result.firstBadSeq), firstBad);
    QVERIFY2(QString::fromStdString(result.problem).contains(problem), result.problem.c_str());
}

void TestAuditLog::appendedWithValidHashIsCaughtByTheHead()
{
    Database db(m_path, OpenMode::Create);
    fill(db, 3);
    // Someone who knows the chain rule forges a well-linked entry but cannot move the head
    // without FraudLens noticing the head table was written too.
    AuditEntry forged;
    forged.seq = 4;
    forged.timestampMs = 1;
    forged.actor = "mallory";
    forged.action = "unfreeze";
    forged.target = "account:A1";
    forged.details = "{}";
    Statement last(db, "SELECT hash FROM audit_log WHERE seq = 3");
    QVERIFY(last.step());
    forged.prevHash = last.columnText(0);
    forged.hash = AuditLog::hashOf(forged);
    Statement insert(db, "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, forged.seq).bind(2, forged.timestampMs).bind(3, forged.actor).bind(4, forged.action);
    insert.bind(5, forged.target).bind(6, forged.details).bind(7, forged.prevHash).bind(8, forged.hash);
    insert.execute();
    const auto result = AuditLog(db).verify();
    QVERIFY(!result.ok);
    QCOMPARE(*result.firstBadSeq, std::int64_t(4));
    QVERIFY(QString::fromStdString(result.problem).contains(QStringLiteral("appended outside FraudLens")));
}

void TestAuditLog::updatesAndDeletesAreRefused()
{
    Database db(m_path, OpenMode::Create);
    fill(db, 2);
    QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("UPDATE audit_log SET actor = 'x' WHERE seq = 1"));
    QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("DELETE FROM audit_log"));
    QVERIFY(AuditLog(db).verify().ok);
}

void TestAuditLog::appendRollsBackWithItsTransaction()
{
    Database db(m_path, OpenMode::Create);
    fill(db, 1);
    db.exec("BEGIN IMMEDIATE");
    AuditLog(db).append("bob", "decision", "alert:1", "{}");
    db.exec("ROLLBACK");
    const auto result = AuditLog(db).verify();
    QVERIFY(result.ok);
    QCOMPARE(result.entries, std::int64_t(1));
    AuditLog(db).append("bob", "decision", "alert:1", "{}");
    QCOMPARE(AuditLog(db).verify().entries, std::int64_t(2));
}

QTEST_APPLESS_MAIN(TestAuditLog)
#include "test_audit_log.moc"
