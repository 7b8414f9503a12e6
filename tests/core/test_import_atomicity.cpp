#include "store/database.h"
#include "store/dataset_stats.h"
#include "store/audit_log.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fstream>

using namespace fraudlens;

// A child `fraudlens-cli import` killed with SIGKILL mid-import must leave the database
// exactly as it was, with integrity_check ok and the audit chain intact.
class TestImportAtomicity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killDuringImport_data();
    void killDuringImport();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_baseDb;
    QString m_bigCsv;
    store::DatasetStats m_before;
    int m_interrupted = 0;
};

void TestImportAtomicity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_baseDb = m_dir.filePath(QStringLiteral("base.db"));
    QProcess seed;
    seed.start(QStringLiteral(FRAUDLENS_CLI), {QStringLiteral("import"), QStringLiteral("--csv"),
                                              QStringLiteral(FRAUDLENS_SHARED_DATA "/paysim/paysim_sample_5k.csv"),
                                              QStringLiteral("--profile"), QStringLiteral("paysim"), QStringLiteral("--db"),
                                              m_baseDb, QStringLiteral("--quiet")});
    QVERIFY(seed.waitForFinished(60000));
    QCOMPARE(seed.exitCode(), 0);
    {
        store::Database db(m_baseDb.toStdString(), store::OpenMode::ReadOnly);
        m_before = store::DatasetStats::load(db);
    }
    // Large enough that the import takes a good fraction of a second.
    m_bigCsv = m_dir.filePath(QStringLiteral("big.csv"));
    std::ofstream out(m_bigCsv.toStdString());
    out << "id,account,time,amount,device\n";
    for (int i = 0; i < 400000; ++i)
        out << "k" << i << ",K" << (i % 20000) << ",2024-02-01T00:00:00Z," << (i % 500) + 1 << ".25,dev" << (i % 777) << "\n";
    QFile mapping(m_dir.filePath(QStringLiteral("big.json")));
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(R"({"columns": {"transaction_id": "id", "account_id": "account", "timestamp": "time", "amount": "amount", "device_id": "device"}})");
}

void TestImportAtomicity::cleanupTestCase()
{
    // Most kills must land inside the import, or the test proves nothing.
    QVERIFY2(m_interrupted >= 3, qPrintable(QString::number(m_interrupted)));
}

void TestImportAtomicity::killDuringImport_data()
{
    QTest::addColumn<int>("delayMs");
    // Spread over the import: opening, early rows, late rows, around the commit.
    for (int delay : {20, 80, 150, 250, 400, 600, 900})
        QTest::newRow(qPrintable(QStringLiteral("after %1 ms").arg(delay))) << delay;
}

void TestImportAtomicity::killDuringImport()
{
    QFETCH(int, delayMs);
    const QString db = m_dir.filePath(QStringLiteral("kill-%1.db").arg(delayMs));
    QFile::remove(db);
    QVERIFY(QFile::copy(m_baseDb, db));

    QProcess child;
    child.start(QStringLiteral(FRAUDLENS_CLI), {QStringLiteral("import"), QStringLiteral("--csv"), m_bigCsv,
                                               QStringLiteral("--mapping"), m_dir.filePath(QStringLiteral("big.json")),
                                               QStringLiteral("--db"), db, QStringLiteral("--quiet")});
    QVERIFY(child.waitForStarted());
    QTest::qWait(delayMs);
    const bool finishedFirst = child.state() == QProcess::NotRunning;
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    child.waitForFinished(10000);

    store::Database reopened(db.toStdString(), store::OpenMode::ReadWrite);
    QCOMPARE(reopened.integrityCheck(), std::string("ok"));
    QVERIFY(store::AuditLog(reopened).verify().ok);
    const auto after = store::DatasetStats::load(reopened);
    if (finishedFirst || after.transactions == m_before.transactions + 400000) {
        // The import won the race and committed whole: all of it, never part.
        QCOMPARE(after.transactions, m_before.transactions + 400000);
        QCOMPARE(after.imports, m_before.imports + 1);
        return;
    }
    ++m_interrupted;
    QCOMPARE(after.transactions, m_before.transactions);
    QCOMPARE(after.accounts, m_before.accounts);
    QCOMPARE(after.imports, m_before.imports);
    QCOMPARE(after.labelledFraud, m_before.labelledFraud);
}

QTEST_GUILESS_MAIN(TestImportAtomicity)
#include "test_import_atomicity.moc"
