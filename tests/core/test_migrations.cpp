#include "store/database.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store/store_error.h"

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

QTEST_APPLESS_MAIN(TestMigrations)
#include "test_migrations.moc"
