#include "store/database.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store/store_error.h"

#include "entity_pairs.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fraudlens::store;

class TestMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseGetsLatestSchema();
    void reopeningDoesNotReapply();
    void newerSchemaIsRefused();
    void readOnlyOpenOfMissingFileFails();
    void foreignKeysAndWalAreOn();
    void schema3GetsEntityAccountsInPlaceOfItsIndexes();
};

void TestMigrations::freshDatabaseGetsLatestSchema()
{
    QTemporaryDir dir;
    Database db(dir.filePath("a.db").toStdString(), OpenMode::Create);
    QCOMPARE(db.userVersion(), latestSchemaVersion());
    for (const char* table : {"accounts", "transactions", "imports", "audit_log", "audit_head", "settings"}) {
        Statement q(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
        q.bind(1, std::string_view(table));
        q.step();
        QVERIFY2(q.columnInt(0) == 1, table);
    }
    QCOMPARE(db.integrityCheck(), std::string("ok"));
}

void TestMigrations::reopeningDoesNotReapply()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("a.db").toStdString();
    {
        Database db(path, OpenMode::Create);
        db.exec("INSERT INTO settings (key, value) VALUES ('k', 'v')");
    }
    Database again(path, OpenMode::ReadWrite);
    QCOMPARE(again.userVersion(), latestSchemaVersion());
    Statement q(again, "SELECT value FROM settings WHERE key = 'k'");
    QVERIFY(q.step());
    QCOMPARE(q.columnText(0), std::string("v"));
}

void TestMigrations::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("a.db").toStdString();
    {
        Database db(path, OpenMode::Create);
        db.exec("PRAGMA user_version = 999");
    }
    try {
        Database again(path, OpenMode::ReadWrite);
        QFAIL("a newer schema must be refused");
    } catch (const StoreError& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("newer FraudLens")));
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, Database(path, OpenMode::ReadOnly));
}

void TestMigrations::readOnlyOpenOfMissingFileFails()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("missing.db").toStdString();
    QVERIFY_THROWS_EXCEPTION(StoreError, Database(path, OpenMode::ReadOnly));
    QVERIFY(!QFile::exists(QString::fromStdString(path)));
}

void TestMigrations::foreignKeysAndWalAreOn()
{
    QTemporaryDir dir;
    Database db(dir.filePath("a.db").toStdString(), OpenMode::Create);
    Statement mode(db, "PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(mode.columnText(0), std::string("wal"));
    // A transaction for an account that does not exist is refused.
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             db.exec("INSERT INTO transactions (external_id, account_id, ts, amount) VALUES ('t', 42, 0, 1)"));
}

void TestMigrations::schema3GetsEntityAccountsInPlaceOfItsIndexes()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("a.db").toStdString();
    {
        // A database as schema 3 left it after a scoring run: data, the five entity
        // indexes and the fused-score index, no entity_accounts.
        Database db(path, OpenMode::Create);
        db.exec("DROP TABLE entity_accounts");
        db.exec("INSERT INTO accounts (id, external_id) VALUES (1, 'A1'), (2, 'A2')");
        db.exec("INSERT INTO transactions (external_id, account_id, ts, amount, device, ip, card) VALUES "
                "('t1', 1, 0, 5, 'd1', '10.0.0.1', NULL), ('t2', 1, 1, 6, 'd1', '10.0.0.2', 'c1'), "
                "('t3', 2, 2, 7, 'd1', NULL, 'c1')");
        for (const char* column : {"device", "ip", "card", "email", "address"})
            db.exec(std::string("CREATE INDEX transactions_by_") + column + " ON transactions (" + column
                    + ", account_id) WHERE " + column + " IS NOT NULL");
        db.exec("CREATE INDEX scores_by_fused ON scores (fused DESC)");
        db.exec("PRAGMA user_version = 3");
    }
    {
        // Read-only, as from a file the user may not write: not migrated, yet readable.
        Database old(path, OpenMode::ReadOnly);
        QCOMPARE(old.userVersion(), 3);
        Statement pairs(old, "SELECT COUNT(*) FROM entity_accounts WHERE kind = 'device' AND value = 'd1'");
        QVERIFY(pairs.step());
        QCOMPARE(pairs.columnInt(0), std::int64_t(2));
        Statement mismatch(old, fraudlens::testing::kEntityPairsMismatch);
        QVERIFY(mismatch.step());
        QCOMPARE(mismatch.columnInt(0), std::int64_t(0));
    }
    Database db(path, OpenMode::ReadWrite);
    QCOMPARE(db.userVersion(), latestSchemaVersion());
    Statement indexes(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                          "AND (name LIKE 'transactions_by_%' OR name = 'scores_by_fused')");
    QVERIFY(indexes.step());
    QCOMPARE(indexes.columnInt(0), std::int64_t(2)); // by account and time, by time
    // Schema 5: the frozen accounts a live session reads whenever another connection commits.
    Statement frozen(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'accounts_frozen'");
    QVERIFY(frozen.step());
    QCOMPARE(frozen.columnInt(0), std::int64_t(1));
    Statement pairs(db, "SELECT COUNT(*) FROM entity_accounts");
    QVERIFY(pairs.step());
    QCOMPARE(pairs.columnInt(0), std::int64_t(6)); // d1 twice, two IPs, c1 twice
    Statement mismatch(db, fraudlens::testing::kEntityPairsMismatch);
    QVERIFY(mismatch.step());
    QCOMPARE(mismatch.columnInt(0), std::int64_t(0));
    QCOMPARE(db.integrityCheck(), std::string("ok"));
}

QTEST_APPLESS_MAIN(TestMigrations)
#include "test_migrations.moc"
