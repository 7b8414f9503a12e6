#include "store/database.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The CLI's contract with scripts: exit codes, JSON shapes, messages on stderr.
class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrorsExitTwo();
    void versionAndHelp();
    void guessMappingPrintsJson();
    void importAndStatsJson();
    void rejectedImportExitsThreeWithLocations();
    void repeatedImportExitsThree();
    void auditVerifyExitsFourOnTampering();
    void demoBuildsDatabaseAndCsv();
    void caseDecisionsAreAuditedAndRefusalsExitThree();
    void modelRuntimeLoadsOnlyForModelWork();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    QTemporaryDir m_dir;
    QString m_paysim = QStringLiteral(FRAUDLENS_SHARED_DATA "/paysim/paysim_sample_5k.csv");
};

TestCli::Run TestCli::cli(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FRAUDLENS_CLI), args);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::initTestCase() { QVERIFY(m_dir.isValid()); }

void TestCli::usageErrorsExitTwo()
{
    QCOMPARE(cli({}).code, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(cli({QStringLiteral("stats")}).code, 2); // --db is required
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--csv"), m_paysim, QStringLiteral("--db"), m_dir.filePath("u.db"),
                  QStringLiteral("--on-error"), QStringLiteral("sometimes")}).code, 2);
    const Run both = cli({QStringLiteral("import"), QStringLiteral("--csv"), m_paysim, QStringLiteral("--db"), m_dir.filePath("u.db")});
    QCOMPARE(both.code, 2);
    QVERIFY(both.err.contains(QStringLiteral("--mapping")));
}

void TestCli::versionAndHelp()
{
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("fraudlens-cli ")));
    for (const char* sub : {"demo", "import", "stats", "audit"}) {
        const Run help = cli({QString::fromLatin1(sub), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Usage")) || help.out.contains(QStringLiteral("OPTIONS")), sub);
    }
}

void TestCli::guessMappingPrintsJson()
{
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--guess-mapping"), QStringLiteral("--csv"), m_paysim});
    QCOMPARE(run.code, 0);
    const QJsonObject mapping = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(mapping[QStringLiteral("columns")][QStringLiteral("account_id")].toString(), QStringLiteral("nameOrig"));
    QCOMPARE(mapping[QStringLiteral("timestamps")][QStringLiteral("timestamp")][QStringLiteral("unit")].toString(),
             QStringLiteral("hours"));
    // What the guesser prints is itself a valid mapping for import.
    QFile file(m_dir.filePath(QStringLiteral("guessed.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out.toUtf8());
    file.close();
    const Run import = cli({QStringLiteral("import"), QStringLiteral("--csv"), m_paysim, QStringLiteral("--mapping"), file.fileName(),
                            QStringLiteral("--db"), m_dir.filePath(QStringLiteral("guessed.db")), QStringLiteral("--quiet")});
    QCOMPARE(import.code, 0);
}

void TestCli::importAndStatsJson()
{
    const QString db = m_dir.filePath(QStringLiteral("paysim.db"));
    const Run import = cli({QStringLiteral("import"), QStringLiteral("--csv"), m_paysim, QStringLiteral("--profile"),
                            QStringLiteral("paysim"), QStringLiteral("--db"), db});
    QCOMPARE(import.code, 0);
    QVERIFY(import.out.contains(QStringLiteral("imported 5000 of 5000 rows")));
    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(stats.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QCOMPARE(json[QStringLiteral("transactions")].toInt(), 5000);
    QCOMPARE(json[QStringLiteral("accounts")].toInt(), 5000);
    QCOMPARE(json[QStringLiteral("labelled_fraud")].toInt(), 101);
    QCOMPARE(json[QStringLiteral("first")].toString(), QStringLiteral("2024-01-01T01:00:00Z"));
    QCOMPARE(json[QStringLiteral("last")].toString(), QStringLiteral("2024-01-31T16:00:00Z"));
    QVERIFY(json[QStringLiteral("patterns")].isObject());
    const Run text = cli({QStringLiteral("stats"), QStringLiteral("--db"), db});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QStringLiteral("transactions    5000")));
}

void TestCli::rejectedImportExitsThreeWithLocations()
{
    const QString db = m_dir.filePath(QStringLiteral("rejected.db"));
    const QString bad = QStringLiteral(FRAUDLENS_TEST_DATA "/bad/amount_not_a_number.csv");
    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--csv"), bad, QStringLiteral("--mapping"),
                         QStringLiteral(FRAUDLENS_TEST_DATA "/bad/mapping.json"), QStringLiteral("--db"), db,
                         QStringLiteral("--reject-report"), report});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(bad + QStringLiteral(":3:4: amount: not a number: \"abc\"")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("nothing was stored")));
    QVERIFY(QFile::exists(report));
    // With skip, the good row is stored and the run succeeds.
    const Run skip = cli({QStringLiteral("import"), QStringLiteral("--csv"), bad, QStringLiteral("--mapping"),
                          QStringLiteral(FRAUDLENS_TEST_DATA "/bad/mapping.json"), QStringLiteral("--db"), db,
                          QStringLiteral("--on-error"), QStringLiteral("skip")});
    QCOMPARE(skip.code, 0);
    QVERIFY(skip.out.contains(QStringLiteral("imported 1 of 2 rows")));
    // A missing file names itself.
    const Run missing = cli({QStringLiteral("import"), QStringLiteral("--csv"), QStringLiteral("/nonexistent.csv"),
                             QStringLiteral("--profile"), QStringLiteral("demo"), QStringLiteral("--db"), db});
    QCOMPARE(missing.code, 3);
    QVERIFY(missing.err.contains(QStringLiteral("/nonexistent.csv")));
}

void TestCli::repeatedImportExitsThree()
{
    const QString db = m_dir.filePath(QStringLiteral("twice.db"));
    const QStringList args = {QStringLiteral("import"), QStringLiteral("--csv"), m_paysim, QStringLiteral("--profile"),
                              QStringLiteral("paysim"), QStringLiteral("--db"), db};
    QCOMPARE(cli(args).code, 0);
    const Run again = cli(args);
    QCOMPARE(again.code, 3);
    QVERIFY(again.err.contains(QStringLiteral("already imported")));
    QCOMPARE(cli(args + QStringList{QStringLiteral("--force")}).code, 0);
}

void TestCli::auditVerifyExitsFourOnTampering()
{
    const QString db = m_dir.filePath(QStringLiteral("audit.db"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--csv"), m_paysim, QStringLiteral("--profile"),
                  QStringLiteral("paysim"), QStringLiteral("--db"), db}).code, 0);
    const Run ok = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    QCOMPARE(ok.code, 0);
    QVERIFY(ok.out.contains(QStringLiteral("1 entries verified")));
    {
        fraudlens::store::Database raw(db.toStdString(), fraudlens::store::OpenMode::ReadWrite);
        raw.exec("DROP TRIGGER audit_log_no_update");
        raw.exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1");
    }
    const Run bad = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    QCOMPARE(bad.code, 4);
    QVERIFY2(bad.err.contains(QStringLiteral("broken at entry 1")), qPrintable(bad.err));
}

void TestCli::demoBuildsDatabaseAndCsv()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.db"));
    const QString csv = m_dir.filePath(QStringLiteral("demo.csv"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--csv"), csv,
                          QStringLiteral("--accounts"), QStringLiteral("600"), QStringLiteral("--days"), QStringLiteral("14"),
                          QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--quiet")});
    QCOMPARE(demo.code, 0);
    const QJsonObject stats = QJsonDocument::fromJson(
        cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")}).out.toUtf8()).object();
    QVERIFY(stats[QStringLiteral("transactions")].toInt() > 1000);
    QVERIFY(stats[QStringLiteral("labelled_fraud")].toInt() > 0);
    QCOMPARE(stats[QStringLiteral("patterns")].toObject().size(), 6);
    // The CSV holds the same data: importing it through the demo profile gives the same counts.
    const QString again = m_dir.filePath(QStringLiteral("from_csv.db"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--csv"), csv, QStringLiteral("--profile"), QStringLiteral("demo"),
                  QStringLiteral("--db"), again, QStringLiteral("--quiet")}).code, 0);
    const QJsonObject fromCsv = QJsonDocument::fromJson(
        cli({QStringLiteral("stats"), QStringLiteral("--db"), again, QStringLiteral("--json")}).out.toUtf8()).object();
    for (const char* key : {"transactions", "accounts", "labelled_fraud", "first", "last", "patterns"})
        QVERIFY2(fromCsv[QString::fromLatin1(key)] == stats[QString::fromLatin1(key)], key);
    // A database that already holds data is not overwritten.
    const Run twice = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--quiet")});
    QCOMPARE(twice.code, 3);
}

void TestCli::caseDecisionsAreAuditedAndRefusalsExitThree()
{
    const QString db = m_dir.filePath(QStringLiteral("case.db"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--csv"), m_paysim, QStringLiteral("--profile"),
                  QStringLiteral("paysim"), QStringLiteral("--db"), db, QStringLiteral("--quiet")}).code, 0);
    QString account;
    {
        fraudlens::store::Database raw(db.toStdString(), fraudlens::store::OpenMode::ReadOnly);
        fraudlens::store::Statement s(raw, "SELECT external_id FROM accounts ORDER BY id LIMIT 1");
        QVERIFY(s.step());
        account = QString::fromStdString(s.columnText(0));
    }
    const QStringList freeze = {QStringLiteral("case"), QStringLiteral("freeze"), QStringLiteral("--db"), db,
                                QStringLiteral("--account"), account, QStringLiteral("--actor"), QStringLiteral("erin")};
    const Run noReason = cli(freeze + QStringList{QStringLiteral("--reason"), QStringLiteral(" ")});
    QCOMPARE(noReason.code, 3);
    QVERIFY2(noReason.err.contains(QStringLiteral("needs a reason")), qPrintable(noReason.err));
    QCOMPARE(cli(freeze + QStringList{QStringLiteral("--reason"), QStringLiteral("three cards in an hour")}).code, 0);
    const Run twice = cli(freeze + QStringList{QStringLiteral("--reason"), QStringLiteral("again")});
    QCOMPARE(twice.code, 3);
    QVERIFY2(twice.err.contains(QStringLiteral("already frozen")), qPrintable(twice.err));
    const Run missing = cli({QStringLiteral("case"), QStringLiteral("status"), QStringLiteral("--db"), db,
                             QStringLiteral("--alert"), QStringLiteral("12345"), QStringLiteral("--to"),
                             QStringLiteral("escalated")});
    QCOMPARE(missing.code, 3);
    fraudlens::store::Database raw(db.toStdString(), fraudlens::store::OpenMode::ReadOnly);
    fraudlens::store::Statement s(raw, "SELECT a.status, l.actor FROM accounts a, audit_log l "
                                       "WHERE a.external_id = ? AND l.action = 'account.freeze'");
    const std::string accountId = account.toStdString(); // bound without a copy: must outlive step()
    s.bind(1, accountId);
    QVERIFY(s.step());
    QCOMPARE(s.columnText(0), std::string("frozen"));
    QCOMPARE(s.columnText(1), std::string("erin"));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}).code, 0);
}

// LibTorch is a module loaded on first use: reading, deciding and verifying work without
// it, and scoring without it fails with a message that says where it looked, leaving the
// last run's results as they were.
void TestCli::modelRuntimeLoadsOnlyForModelWork()
{
    const QString db = m_dir.filePath(QStringLiteral("runtime.db"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--accounts"), QStringLiteral("200"),
                  QStringLiteral("--days"), QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("3"),
                  QStringLiteral("--quiet")}).code, 0);
    QCOMPARE(cli({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--device"), QStringLiteral("cpu"),
                  QStringLiteral("--quiet")}).code, 0);
    const QStringList alerts = {QStringLiteral("alerts"), QStringLiteral("--db"), db, QStringLiteral("--json")};
    const Run before = cli(alerts);
    QCOMPARE(before.code, 0);
    QVERIFY(before.out.contains(QStringLiteral("reasons")));

    QProcessEnvironment without = QProcessEnvironment::systemEnvironment();
    const QString missing = m_dir.filePath(QStringLiteral("nowhere/libfraudlens_torch.so"));
    without.insert(QStringLiteral("FRAUDLENS_TORCH_MODULE"), missing);
    QCOMPARE(cli(alerts, without).out, before.out);
    QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("--db"), db, QStringLiteral("--json")}, without).code, 0);
    QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--db"), db}, without).code, 0);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}, without).code, 0);

    const Run score = cli({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--device"),
                           QStringLiteral("cpu"), QStringLiteral("--quiet")}, without);
    QVERIFY2(score.code != 0, qPrintable(score.err));
    QVERIFY2(score.err.contains(missing) && score.err.contains(QStringLiteral("FRAUDLENS_TORCH_MODULE")),
             qPrintable(score.err));
    QCOMPARE(cli(alerts).out, before.out);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}).code, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
