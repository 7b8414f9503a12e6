// `fraudlens-cli live` end to end, through the built binary: stdin with a bad line among
// good ones, a followed file that grows and is truncated, two TCP clients and their
// answers, a frozen account's transaction blocked, a kill -9 mid-stream after which the
// next session stores everything acknowledged, a killed session's journal recovered, and
// an id another connection stores meanwhile. A demo's first three quarters (by time) are stored and
// scored once; each case copies that database and streams rows of the last quarter.
#include "live/live_journal.h"
#include "live/live_record_parser.h"
#include "scoring/scoring_job.h"
#include "store/database.h"
#include "store/statement.h"
#include "synth/demo_config.h"
#include "synth/demo_exporter.h"
#include "synth/demo_generator.h"

#include "entity_pairs.h"
#include "loopback_client.h"
#include "running_cli.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <chrono>

#include <csignal>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fraudlens;
using fraudlens::testing::connectTo;
using fraudlens::testing::Running;
using fraudlens::testing::sendAll;

namespace {

// Splits one CSV line as CsvWriter writes it: quoted fields may hold commas and "".
QStringList splitCsv(const QByteArray& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(line);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QByteArray joinCsv(const QStringList& fields)
{
    QStringList out;
    for (QString field : fields) {
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))) {
            field.replace(QLatin1String("\""), QLatin1String("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        out << field;
    }
    return out.join(QLatin1Char(',')).toUtf8();
}

std::uint16_t freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

// Reads answer lines from a client socket until count of them came or the time is up.
QList<QByteArray> readAnswers(int fd, int count, int timeoutMs)
{
    QList<QByteArray> lines = testing::readLines(fd, count, timeoutMs).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

std::int64_t count(const QString& db, const char* sql, const QString& text = {})
{
    store::Database database(db.toStdString(), store::OpenMode::ReadWrite);
    store::Statement s(database, sql);
    const std::string bound = text.toStdString();
    if (!text.isNull())
        s.bind(1, std::string_view(bound));
    return s.step() ? s.columnInt(0) : -1;
}

} // namespace

class TestLiveCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusesADatabaseNeverScored();
    void stdinStoresGoodLinesAndReportsTheBadOne();
    void followsAFileThatGrowsAndIsTruncated();
    void answersTwoTcpClientsAfterTheCommit();
    void gathersArrivalsCloseToAJournalWriteIntoOne();
    void blocksAFrozenAccountsTransaction();
    void acknowledgedTransactionsSurviveKill9();
    void storesWhatAKilledSessionLeftInItsJournal();
    void reportsAnIdAnotherConnectionStoredMeanwhile();

private:
    QString freshDb(const QString& name) const;
    Running start(const QStringList& args) const;
    QString idOf(qsizetype row) const { return splitCsv(m_rows[row]).value(0); }
    QByteArray jsonOf(qsizetype row) const;

    QTemporaryDir m_dir;
    QString m_baseDb;
    QByteArray m_header;
    QStringList m_columns;
    QList<QByteArray> m_rows; // the live quarter, as CSV lines in time order
    std::vector<store::TransactionRecord> m_first;
};

QString TestLiveCommand::freshDb(const QString& name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_baseDb, path))
        return {};
    return path;
}

Running TestLiveCommand::start(const QStringList& args) const
{
    Running running;
    running.process->start(QStringLiteral(FRAUDLENS_CLI), QStringList{QStringLiteral("live")} + args);
    running.process->waitForStarted();
    return running;
}

QByteArray TestLiveCommand::jsonOf(qsizetype row) const
{
    // The CSV header's names as keys, every value a string: one mapping serves both formats.
    const QStringList fields = splitCsv(m_rows[row]);
    QJsonObject object;
    for (qsizetype i = 0; i < m_columns.size() && i < fields.size(); ++i)
        object.insert(m_columns[i], fields[i]);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void TestLiveCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    synth::DemoConfig config;
    config.accounts = 800;
    config.days = 14;
    const auto records = synth::DemoGenerator(config).generate(nullptr);
    // Split at three quarters, on a change of time so that no tie straddles it.
    std::size_t cut = records.size() * 3 / 4;
    while (cut < records.size() && records[cut].timestampMs == records[cut - 1].timestampMs)
        ++cut;
    m_first.assign(records.begin(), records.begin() + static_cast<std::ptrdiff_t>(cut));
    const std::vector<store::TransactionRecord> rest(records.begin() + static_cast<std::ptrdiff_t>(cut), records.end());

    m_baseDb = m_dir.filePath(QStringLiteral("base.db"));
    {
        store::Database db(m_baseDb.toStdString(), store::OpenMode::Create);
        QVERIFY(synth::DemoExporter::toDatabase(db, config, m_first, nullptr, "test"));
    }
    scoring::ScoringOptions options;
    options.device = models::DeviceRequest::Cpu;
    options.epochs = 3; // the models' quality is not what these tests look at
    options.actor = "test";
    QVERIFY(scoring::ScoringJob::run(m_baseDb.toStdString(), options, nullptr).has_value());
    {
        // Everything in the main file, so that a plain file copy is the whole database.
        store::Database db(m_baseDb.toStdString(), store::OpenMode::ReadWrite);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    const QString csv = m_dir.filePath(QStringLiteral("live.csv"));
    synth::DemoExporter::toCsv(csv.toStdString(), rest);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QVERIFY(lines.size() > 300);
    m_header = lines.takeFirst();
    m_columns = splitCsv(m_header);
    m_rows = lines;
}

void TestLiveCommand::refusesADatabaseNeverScored()
{
    const QString db = m_dir.filePath(QStringLiteral("unscored.db"));
    {
        store::Database database(db.toStdString(), store::OpenMode::Create);
        synth::DemoConfig config;
        config.accounts = 800;
        config.days = 14;
        QVERIFY(synth::DemoExporter::toDatabase(database, config, m_first, nullptr, "test"));
    }
    Running run = start({QStringLiteral("--db"), db, QStringLiteral("--stdin")});
    run.process->write(m_header + "\n" + m_rows[0] + "\n");
    QCOMPARE(run.finish(60000), 1);
    QVERIFY2(run.err.contains("fraudlens-cli score --db"), run.err.constData());
    QCOMPARE(count(db, "SELECT COUNT(*) FROM imports WHERE file_name LIKE 'live:%'"), std::int64_t(0));

    // Exactly one source.
    Running both = start({QStringLiteral("--db"), m_baseDb, QStringLiteral("--stdin"), QStringLiteral("--listen"),
                          QStringLiteral("9")});
    QCOMPARE(both.finish(30000), 2);
}

void TestLiveCommand::stdinStoresGoodLinesAndReportsTheBadOne()
{
    const QString db = freshDb(QStringLiteral("stdin.db"));
    const qsizetype amount = m_columns.indexOf(QStringLiteral("amount"));
    QVERIFY(amount >= 0);
    QStringList bad = splitCsv(m_rows[3]);
    bad[amount] = QStringLiteral("abc");
    const QByteArray input = m_header + "\n" + m_rows[0] + "\n" + m_rows[1] + "\n" + joinCsv(bad) + "\n" + m_rows[2] + "\n";

    Running run = start({QStringLiteral("--db"), db, QStringLiteral("--stdin"), QStringLiteral("--actor"),
                         QStringLiteral("tester")});
    run.process->write(input);
    QCOMPARE(run.finish(120000), 0);
    // Line 4 (the header is line 1), in the amount column, and the stream went on.
    const QByteArray where = QStringLiteral("stdin:4:%1: amount: not a number").arg(amount + 1).toUtf8();
    QVERIFY2(run.err.contains(where), run.err.constData());
    QCOMPARE(run.acknowledged(), (QStringList{idOf(0), idOf(1), idOf(2)}));
    QVERIFY2(run.err.contains("3 transactions"), run.err.constData());

    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions t JOIN imports i ON i.id = t.import_id "
                       "WHERE i.file_name = 'live:stdin'"),
             std::int64_t(3));
    for (const qsizetype row : {0, 1, 2}) {
        // Scored with the last run's models: a scores row of that run.
        QCOMPARE(count(db, "SELECT COUNT(*) FROM scores s JOIN transactions t ON t.id = s.tx_id "
                           "WHERE t.external_id = ? AND s.run_id = (SELECT MAX(id) FROM scoring_runs) "
                           "AND s.fused BETWEEN 0 AND 1",
                       idOf(row)),
                 std::int64_t(1));
    }
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions WHERE external_id = ?", idOf(3)), std::int64_t(0));
    QCOMPARE(count(db, testing::kEntityPairsMismatch), std::int64_t(0));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM entity_accounts e JOIN transactions t ON t.account_id = e.account_id "
                       "AND e.kind = 'device' AND e.value = t.device WHERE t.external_id = ?",
                   idOf(2)),
             std::int64_t(1));
    QCOMPARE(count(db, "SELECT rows_stored * 10 + rows_rejected FROM imports WHERE file_name = 'live:stdin'"),
             std::int64_t(31));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE action IN ('live.start', 'live.stop') AND actor = 'tester'"),
             std::int64_t(2));

    // The same lines again: every id is stored already, so each is a bad line, in the id column.
    Running again = start({QStringLiteral("--db"), db, QStringLiteral("--stdin"), QStringLiteral("--quiet")});
    again.process->write(m_header + "\n" + m_rows[0] + "\n" + m_rows[1] + "\n");
    QCOMPARE(again.finish(120000), 0);
    const qsizetype idColumn = m_columns.indexOf(QStringLiteral("transaction_id"));
    QVERIFY2(again.err.contains(QStringLiteral("stdin:2:%1: transaction_id: duplicate").arg(idColumn + 1).toUtf8()),
             again.err.constData());
    QVERIFY(again.err.contains("stdin:3:"));
    QVERIFY(again.acknowledged().isEmpty());
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions WHERE external_id = ?", idOf(0)), std::int64_t(1));

    QProcess verify;
    verify.start(QStringLiteral(FRAUDLENS_CLI), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY(verify.waitForFinished(60000));
    QCOMPARE(verify.exitCode(), 0);
}

void TestLiveCommand::followsAFileThatGrowsAndIsTruncated()
{
    const QString db = freshDb(QStringLiteral("follow.db"));
    const QString path = m_dir.filePath(QStringLiteral("growing.csv"));
    auto write = [&](const QByteArray& bytes, QIODevice::OpenMode mode) {
        QFile file(path);
        QVERIFY(file.open(mode));
        file.write(bytes);
    };
    // Already there when the command starts: followed from its end, so not stored.
    write(m_header + "\n" + m_rows[0] + "\n", QIODevice::WriteOnly | QIODevice::Truncate);

    Running run = start({QStringLiteral("--db"), db, QStringLiteral("--follow"), path, QStringLiteral("--idle-exit"),
                         QStringLiteral("3")});
    QVERIFY2(run.waitFor([&] { return run.err.contains("live: following"); }, 60000), run.err.constData());
    write(m_rows[1] + "\n" + m_rows[2] + "\n", QIODevice::Append);
    QVERIFY2(run.waitFor([&] { return run.acknowledged().size() >= 2; }, 120000), run.err.constData());

    // Truncated and rewritten shorter, with its header: read again from its start.
    write(m_header + "\n" + m_rows[3] + "\n", QIODevice::WriteOnly | QIODevice::Truncate);
    QVERIFY2(run.waitFor([&] { return run.acknowledged().size() >= 3; }, 30000), run.err.constData());
    write(m_rows[4] + "\n", QIODevice::Append);
    QVERIFY2(run.waitFor([&] { return run.acknowledged().size() >= 4; }, 30000), run.err.constData());

    QCOMPARE(run.finish(30000), 0); // --idle-exit
    QCOMPARE(run.acknowledged(), (QStringList{idOf(1), idOf(2), idOf(3), idOf(4)}));
    QVERIFY2(run.err.contains("idle"), run.err.constData());
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions WHERE external_id = ?", idOf(0)), std::int64_t(0));
    for (const qsizetype row : {1, 2, 3, 4})
        QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions t JOIN scores s ON s.tx_id = t.id WHERE t.external_id = ?",
                       idOf(row)),
                 std::int64_t(1));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM imports WHERE file_name LIKE 'live:follow:%growing.csv'"), std::int64_t(1));
}

void TestLiveCommand::answersTwoTcpClientsAfterTheCommit()
{
    const QString db = freshDb(QStringLiteral("listen.db"));
    const std::uint16_t port = freePort();
    Running run = start({QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    QVERIFY2(run.waitFor([&] { return run.err.contains("listening on 127.0.0.1:"); }, 60000), run.err.constData());
    QVERIFY(!run.err.contains("warning"));

    const int first = connectTo(port);
    const int second = connectTo(port);
    QVERIFY(first >= 0 && second >= 0);
    QVERIFY(sendAll(first, jsonOf(0) + "\n" + jsonOf(1) + "\n" + jsonOf(2) + "\n"));
    QVERIFY(sendAll(second, jsonOf(3) + "\n{\"transaction_id\": \n" + jsonOf(4) + "\n"));

    const QList<QByteArray> one = readAnswers(first, 3, 120000);
    const QList<QByteArray> two = readAnswers(second, 3, 30000);
    ::close(first);
    ::close(second);
    QCOMPARE(one.size(), 3);
    QCOMPARE(two.size(), 3);
    auto check = [&](const QByteArray& answer, int line, qsizetype row) {
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        QVERIFY2(json.value(QStringLiteral("ok")).toBool(), answer.constData());
        QCOMPARE(json.value(QStringLiteral("line")).toInt(), line);
        QCOMPARE(json.value(QStringLiteral("tx")).toString(), idOf(row));
        const double risk = json.value(QStringLiteral("risk")).toDouble(-1.0);
        QVERIFY(risk >= 0.0 && risk <= 1.0);
        QVERIFY(json.value(QStringLiteral("alert")).isBool());
        QCOMPARE(json.value(QStringLiteral("blocked")).toBool(true), false);
    };
    check(one[0], 1, 0);
    check(one[1], 2, 1);
    check(one[2], 3, 2);
    check(two[0], 1, 3);
    check(two[2], 3, 4);
    const QJsonObject bad = QJsonDocument::fromJson(two[1]).object();
    QCOMPARE(bad.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(bad.value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(bad.value(QStringLiteral("error")).toString().contains(QStringLiteral("JSON")));

    // SIGTERM: a clean stop, recorded, with a summary, exit 0.
    ::kill(static_cast<pid_t>(run.process->processId()), SIGTERM);
    QCOMPARE(run.finish(30000), 0);
    QVERIFY2(run.err.contains("live: stopped (stop requested): 5 transactions"), run.err.constData());
    QVERIFY2(run.err.contains("live: read to acknowledged: p50 "), run.err.constData());
    QVERIFY2(run.err.contains("live: read to stored (in the database, alerts raised): p50 "), run.err.constData());
    QVERIFY2(run.err.contains(":2:0: not valid JSON"), run.err.constData()); // the bad line, on stderr too
    QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'live.stop'"), std::int64_t(1));
    for (const qsizetype row : {0, 1, 2, 3, 4})
        QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions WHERE external_id = ?", idOf(row)), std::int64_t(1));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM imports WHERE file_name = ?", QStringLiteral("live:listen:127.0.0.1:%1").arg(port)),
             std::int64_t(1));
}

void TestLiveCommand::gathersArrivalsCloseToAJournalWriteIntoOne()
{
    // A wide spacing, so that the machine's speed cannot decide the outcome: within a
    // second of a journal write, what arrives waits for the next one (group-ms only
    // bounds it).
    const QString db = freshDb(QStringLiteral("spacing.db"));
    const std::uint16_t port = freePort();
    Running run = start({QStringLiteral("--db"), db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--commit-spacing-us"), QStringLiteral("1000000"), QStringLiteral("--group-ms"),
                         QStringLiteral("30000")});
    QVERIFY2(run.waitFor([&] { return run.err.contains("listening on 127.0.0.1:"); }, 60000), run.err.constData());
    const int client = connectTo(port);
    QVERIFY(client >= 0);

    // The first transaction follows no commit: it is acknowledged without waiting.
    QVERIFY(sendAll(client, jsonOf(0) + "\n"));
    QCOMPARE(readAnswers(client, 1, 60000).size(), 1);
    // Twenty more, one every 10 ms, right after that commit: one group, answered together.
    constexpr int kSpaced = 20;
    for (int i = 1; i <= kSpaced; ++i) {
        QVERIFY(sendAll(client, jsonOf(i) + "\n"));
        QThread::msleep(10);
    }
    const QList<QByteArray> answers = readAnswers(client, kSpaced, 120000);
    ::close(client);
    QCOMPARE(answers.size(), kSpaced);
    for (const QByteArray& answer : answers)
        QVERIFY2(QJsonDocument::fromJson(answer).object().value(QStringLiteral("ok")).toBool(), answer.constData());

    ::kill(static_cast<pid_t>(run.process->processId()), SIGTERM);
    QCOMPARE(run.finish(30000), 0);
    store::Database database(db.toStdString(), store::OpenMode::ReadOnly);
    store::Statement stop(database, "SELECT details FROM audit_log WHERE action = 'live.stop'");
    QVERIFY(stop.step());
    const QJsonObject details = QJsonDocument::fromJson(QByteArray::fromStdString(stop.columnText(0))).object();
    QCOMPARE(details.value(QStringLiteral("transactions")).toInt(), kSpaced + 1);
    // Acknowledged whenever the input paused, the twenty would have been twenty journal
    // writes (and twenty answers' sends).
    const int writes = details.value(QStringLiteral("journal_writes")).toInt();
    QVERIFY2(writes >= 2 && writes <= 3, qPrintable(QString("%1 journal writes").arg(writes)));
    // Committed behind the answers, at most every --group-ms: the first alone, the twenty
    // when the session stopped.
    const int commits = details.value(QStringLiteral("commits")).toInt();
    QVERIFY2(commits >= 1 && commits <= 3, qPrintable(QString("%1 commits").arg(commits)));
}

void TestLiveCommand::blocksAFrozenAccountsTransaction()
{
    const QString db = freshDb(QStringLiteral("frozen.db"));
    const qsizetype accountColumn = m_columns.indexOf(QStringLiteral("account_id"));
    // A live row of an account already stored, and a row of another account.
    qsizetype frozenRow = -1;
    for (qsizetype row = 5; row < m_rows.size() && frozenRow < 0; ++row)
        if (count(db, "SELECT COUNT(*) FROM accounts WHERE external_id = ?", splitCsv(m_rows[row])[accountColumn]) == 1)
            frozenRow = row;
    QVERIFY(frozenRow >= 0);
    const QString account = splitCsv(m_rows[frozenRow])[accountColumn];
    qsizetype otherRow = frozenRow + 1;
    while (otherRow < m_rows.size() && splitCsv(m_rows[otherRow])[accountColumn] == account)
        ++otherRow;
    QVERIFY(otherRow < m_rows.size());
    {
        store::Database database(db.toStdString(), store::OpenMode::ReadWrite);
        store::Statement freeze(database, "UPDATE accounts SET status = 'frozen' WHERE external_id = ?");
        const std::string id = account.toStdString();
        freeze.bind(1, std::string_view(id));
        freeze.execute();
    }

    Running run = start({QStringLiteral("--db"), db, QStringLiteral("--stdin"), QStringLiteral("--quiet")});
    run.process->write(m_header + "\n" + m_rows[frozenRow] + "\n" + m_rows[otherRow] + "\n");
    QCOMPARE(run.finish(120000), 0);
    const QByteArray blocked = "BLOCKED account=" + account.toUtf8() + " tx=" + idOf(frozenRow).toUtf8();
    QVERIFY2(run.out.contains(blocked), run.out.constData());
    QVERIFY2(run.out.contains("ALERT account=" + account.toUtf8()), run.out.constData());
    QVERIFY(run.acknowledged().isEmpty()); // --quiet: only alerts and blocks
    QVERIFY(!run.out.contains("BLOCKED account=" + splitCsv(m_rows[otherRow])[accountColumn].toUtf8()));

    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions WHERE external_id = ? AND status = 'blocked'", idOf(frozenRow)),
             std::int64_t(1));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions WHERE external_id = ? AND status = 'blocked'", idOf(otherRow)),
             std::int64_t(0));
    // The account's one open alert names the block and holds the transaction.
    QCOMPARE(count(db, "SELECT COUNT(*) FROM alerts a JOIN accounts c ON c.id = a.account_id "
                       "WHERE c.external_id = ? AND a.status IN ('new', 'in_review', 'escalated') "
                       "AND a.reasons LIKE '%account is frozen: transaction blocked%'",
                   account),
             std::int64_t(1));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM alert_transactions at JOIN transactions t ON t.id = at.tx_id "
                       "JOIN alerts a ON a.id = at.alert_id WHERE t.external_id = ? AND a.priority >= 0.89",
                   idOf(frozenRow)),
             std::int64_t(1));
}

void TestLiveCommand::acknowledgedTransactionsSurviveKill9()
{
    const QString db = freshDb(QStringLiteral("kill.db"));
    Running run = start({QStringLiteral("--db"), db, QStringLiteral("--stdin")});
    run.process->write(m_header + "\n");
    // Rows in small pieces, so that the kill lands while lines are in flight.
    constexpr qsizetype kPiece = 10;
    qsizetype next = 0;
    QElapsedTimer timer;
    timer.start();
    while (next < m_rows.size() && timer.elapsed() < 180000) {
        QByteArray piece;
        for (qsizetype i = 0; i < kPiece && next < m_rows.size(); ++i, ++next)
            piece += m_rows[next] + "\n";
        run.process->write(piece);
        run.process->waitForBytesWritten(1000);
        run.pump(5);
        if (run.acknowledged().size() >= 60)
            break;
        // Before the first acknowledgement the models are still warming up: wait, do not flood.
        if (run.acknowledged().isEmpty())
            run.waitFor([&] { return !run.acknowledged().isEmpty(); }, 120000);
    }
    QVERIFY2(next < m_rows.size(), "every row was sent before the kill: not a kill mid-stream");
    ::kill(static_cast<pid_t>(run.process->processId()), SIGKILL);
    run.process->waitForFinished(10000);
    run.out += run.process->readAllStandardOutput();
    const QStringList acknowledged = run.acknowledged();
    QVERIFY(acknowledged.size() >= 60);
    {
        store::Database database(db.toStdString(), store::OpenMode::ReadWrite);
        QCOMPARE(database.integrityCheck(), std::string("ok"));
    }
    // What was acknowledged and not yet committed waits in the session's journal: the
    // next session on the database stores it before anything else.
    const QString journal = db + QStringLiteral("-live-%1").arg(count(db, "SELECT MAX(id) FROM imports"));
    QVERIFY2(QFileInfo::exists(journal), qPrintable(journal));
    Running recovery = start({QStringLiteral("--db"), db, QStringLiteral("--stdin")});
    recovery.process->closeWriteChannel();
    QCOMPARE(recovery.finish(120000), 0);
    QVERIFY2(recovery.err.contains("recovered "), recovery.err.constData());
    QVERIFY(!QFileInfo::exists(journal));

    {
        store::Database database(db.toStdString(), store::OpenMode::ReadWrite);
        QCOMPARE(database.integrityCheck(), std::string("ok"));
    }
    for (const QString& id : acknowledged)
        QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions t JOIN scores s ON s.tx_id = t.id WHERE t.external_id = ?", id),
                 std::int64_t(1));
    // Stored means acknowledged, or journaled a moment before the kill took the OK line:
    // by the session or, for what it had not committed, by the recovery.
    QVERIFY(count(db, "SELECT COUNT(*) FROM transactions t JOIN imports i ON i.id = t.import_id "
                      "WHERE i.file_name = 'live:stdin' OR i.file_name LIKE 'live:recovered:%'")
            >= acknowledged.size());
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions t LEFT JOIN scores s ON s.tx_id = t.id "
                       "JOIN imports i ON i.id = t.import_id WHERE i.file_name LIKE 'live:%' AND s.tx_id IS NULL"),
             std::int64_t(0));
    // Who-used-what commits with the transactions: the account and network views see
    // exactly the stored rows.
    QCOMPARE(count(db, testing::kEntityPairsMismatch), std::int64_t(0));

    QProcess verify;
    verify.start(QStringLiteral(FRAUDLENS_CLI), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY(verify.waitForFinished(60000));
    QCOMPARE(verify.exitCode(), 0);
}

void TestLiveCommand::storesWhatAKilledSessionLeftInItsJournal()
{
    // A session that stored rows 0-1, then (as if killed) left rows 1-4 acknowledged in
    // its journal: row 1 committed already, rows 2-4 not.
    const QString db = freshDb(QStringLiteral("journal.db"));
    Running first = start({QStringLiteral("--db"), db, QStringLiteral("--stdin"), QStringLiteral("--quiet")});
    first.process->write(m_header + "\n" + m_rows[0] + "\n" + m_rows[1] + "\n");
    QCOMPARE(first.finish(120000), 0);
    const std::int64_t session = count(db, "SELECT id FROM imports WHERE file_name = 'live:stdin'");
    std::string digest;
    {
        store::Database database(db.toStdString(), store::OpenMode::ReadOnly);
        store::Statement s(database, "SELECT sha256 FROM imports WHERE file_name = 'live:stdin'");
        QVERIFY(s.step());
        digest = s.columnText(0);
    }
    const std::string journalPath = live::LiveJournal::pathFor(db.toStdString(), session);
    QVERIFY(!QFileInfo::exists(QString::fromStdString(journalPath))); // a clean end leaves none
    {
        live::LiveRecordParser parser;
        store::TransactionRecord header;
        ingest::RowProblem problem;
        QCOMPARE(parser.parse(m_header.toStdString(), 1, header, problem), live::LiveRecordParser::Outcome::Skipped);
        live::LiveJournal journal(journalPath, session, digest);
        for (const qsizetype row : {1, 2, 3, 4}) {
            store::TransactionRecord record;
            QCOMPARE(parser.parse(m_rows[row].toStdString(), row + 2, record, problem), live::LiveRecordParser::Outcome::Record);
            // Row 3 was answered blocked (its account was frozen then; it is not now).
            if (row == 3)
                record.status = "blocked";
            journal.add({row + 10, record, row == 3});
        }
        journal.flush(0);
    }
    // A journal of a session this database never had (another database's, by its name).
    const std::string stranger = live::LiveJournal::pathFor(db.toStdString(), session + 1000);
    {
        live::LiveJournal journal(stranger, session + 1000, digest);
        journal.flush(0);
    }

    Running next = start({QStringLiteral("--db"), db, QStringLiteral("--stdin")});
    next.process->write(m_header + "\n" + m_rows[5] + "\n");
    QCOMPARE(next.finish(120000), 0);
    QVERIFY2(next.err.contains("recovered 3 acknowledged transactions"), next.err.constData());
    QVERIFY2(next.err.contains("(1 were committed already)"), next.err.constData());
    QVERIFY2(next.err.contains("left alone"), next.err.constData());
    QVERIFY(!QFileInfo::exists(QString::fromStdString(journalPath)));
    QVERIFY(QFileInfo::exists(QString::fromStdString(stranger)));
    QCOMPARE(next.acknowledged(), QStringList{idOf(5)});
    for (const qsizetype row : {0, 1, 2, 3, 4, 5})
        QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions t JOIN scores s ON s.tx_id = t.id WHERE t.external_id = ?",
                       idOf(row)),
                 std::int64_t(1));
    // The recovered rows are a session of their own, with its start and stop recorded.
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions t JOIN imports i ON i.id = t.import_id "
                       "WHERE i.file_name = ?",
                   QStringLiteral("live:recovered:%1").arg(session)),
             std::int64_t(3));
    QCOMPARE(count(db, "SELECT rows_stored FROM imports WHERE file_name = ?", QStringLiteral("live:recovered:%1").arg(session)),
             std::int64_t(3));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'live.stop'"), std::int64_t(3));
    QCOMPARE(count(db, testing::kEntityPairsMismatch), std::int64_t(0));
    // Stored as it was acknowledged: blocked, with the alert that says so.
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions t JOIN alert_transactions x ON x.tx_id = t.id "
                       "JOIN alerts a ON a.id = x.alert_id WHERE t.external_id = ? AND t.status = 'blocked' "
                       "AND a.reasons LIKE '%account is frozen: transaction blocked%'",
                   idOf(3)),
             std::int64_t(1));
}

void TestLiveCommand::reportsAnIdAnotherConnectionStoredMeanwhile()
{
    // The session knows the ids stored when it began and those it took since. One that
    // another connection stores during the session is acknowledged, then refused by the
    // commit behind it: reported, counted, and nothing of the line written.
    const QString db = freshDb(QStringLiteral("meanwhile.db"));
    const qsizetype idColumn = m_columns.indexOf(QStringLiteral("transaction_id"));
    const qsizetype accountColumn = m_columns.indexOf(QStringLiteral("account_id"));
    QStringList line = splitCsv(m_rows[7]);
    line[idColumn] = QStringLiteral("MEANWHILE-1");
    line[accountColumn] = QStringLiteral("NEW-ACCOUNT-1");
    Running run = start({QStringLiteral("--db"), db, QStringLiteral("--stdin")});
    run.process->write(m_header + "\n" + m_rows[6] + "\n");
    QVERIFY2(run.waitFor([&] { return run.acknowledged().size() == 1; }, 120000), run.err.constData());
    {
        store::Database other(db.toStdString(), store::OpenMode::ReadWrite);
        other.exec("INSERT INTO transactions (external_id, account_id, ts, amount) "
                   "VALUES ('MEANWHILE-1', (SELECT MIN(id) FROM accounts), 0, 1)");
    }
    run.process->write(joinCsv(line) + "\n");
    QCOMPARE(run.finish(120000), 0);
    QCOMPARE(run.acknowledged(), (QStringList{idOf(6), QStringLiteral("MEANWHILE-1")}));
    QVERIFY2(run.err.contains(QStringLiteral("stdin:3:%1: transaction_id: duplicate transaction_id \"MEANWHILE-1\" "
                                             "(stored by another connection after this session acknowledged it)")
                                  .arg(idColumn + 1)
                                  .toUtf8()),
             run.err.constData());
    QVERIFY2(run.err.contains("1 transactions") && run.err.contains("1 bad lines"), run.err.constData());
    QCOMPARE(count(db, "SELECT COUNT(*) FROM transactions WHERE external_id = 'MEANWHILE-1'"), std::int64_t(1));
    QCOMPARE(count(db, "SELECT COUNT(*) FROM accounts WHERE external_id = 'NEW-ACCOUNT-1'"), std::int64_t(0));
    QCOMPARE(count(db, "SELECT rows_stored * 10 + rows_rejected FROM imports WHERE file_name = 'live:stdin'"),
             std::int64_t(11));
}

QTEST_GUILESS_MAIN(TestLiveCommand)
#include "test_live_command.moc"
