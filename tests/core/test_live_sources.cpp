#include "live/fd_line_reader.h"
#include "live/file_follower.h"
#include "live/latency_histogram.h"
#include "live/line_listener.h"
#include "live/live_record_parser.h"

#include "loopback_client.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace fraudlens;
using fraudlens::testing::connectTo;
using fraudlens::testing::sendAll;
using live::FileFollower;
using live::LineListener;
using live::LiveLine;
using live::LiveRecordParser;
using Outcome = live::LiveRecordParser::Outcome;

namespace {

// The demo profile's column names, as `fraudlens-cli demo --csv` writes them.
const QByteArray kHeader = "transaction_id,account_id,account_created_at,timestamp,amount,currency,type,status,"
                           "merchant_id,device_id,ip,card_id,email,address,country,channel,category,is_fraud,"
                           "fraud_pattern";

QByteArray csvRow(const QByteArray& id = "t1", const QByteArray& amount = "19.99")
{
    return id + ",acc-7,2024-01-15T08:00:00Z,2024-03-01T10:15:30Z," + amount
        + ",EUR,order,approved,m-3,dev-9,10.0.0.5,card-4,a@example.com,\"1 Main St, Springfield\",FR,web,books,0,";
}

// The same transaction as csvRow(): numbers as JSON numbers, fraud_pattern left out, one
// key the mapping does not know.
QByteArray jsonRow(const QByteArray& id = "t1", const QByteArray& amount = "19.99")
{
    return R"({"transaction_id":")" + id + R"(","account_id":"acc-7","account_created_at":"2024-01-15T08:00:00Z",)"
        R"("timestamp":"2024-03-01T10:15:30Z","amount":)" + amount
        + R"(,"currency":"EUR","type":"order","status":"approved","merchant_id":"m-3","device_id":"dev-9",)"
          R"("ip":"10.0.0.5","card_id":"card-4","email":"a@example.com","address":"1 Main St, Springfield",)"
          R"("country":"FR","channel":"web","category":"books","is_fraud":0,"note":"not mapped"})";
}

QString qs(const std::string& text) { return QString::fromStdString(text); }

// Every field in one string: a mismatch shows which field differs.
QString describe(const store::TransactionRecord& r)
{
    QStringList parts{qs(r.transactionId), qs(r.accountId), QString::number(r.timestampMs),
                      QString::number(r.amount, 'g', 17), qs(r.currency), qs(r.txType), qs(r.status),
                      qs(r.merchantId), qs(r.deviceId), qs(r.ip), qs(r.cardId), qs(r.email), qs(r.address),
                      qs(r.country), qs(r.channel), qs(r.category),
                      r.accountCreatedMs ? QString::number(*r.accountCreatedMs) : QStringLiteral("-"),
                      r.label ? QString::number(*r.label) : QStringLiteral("-"), qs(r.fraudPattern)};
    for (const auto& [name, value] : r.extraNumeric)
        parts << qs(name) + QLatin1Char('=') + QString::number(value, 'g', 17);
    for (const auto& [name, value] : r.extraCategorical)
        parts << qs(name) + QLatin1Char('=') + qs(value);
    return parts.join(QLatin1Char('|'));
}

Outcome parse(LiveRecordParser& parser, const QByteArray& line, std::int64_t number, store::TransactionRecord& record,
              ingest::RowProblem& problem)
{
    return parser.parse(std::string_view(line.constData(), size_t(line.size())), number, record, problem);
}

void appendTo(const std::string& path, const QByteArray& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::app).write(bytes.constData(), bytes.size());
}

void overwrite(const std::string& path, const QByteArray& bytes)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.constData(), bytes.size());
}

// "text@number" for each line the follower has now.
QStringList drain(FileFollower& follower)
{
    QStringList out;
    LiveLine line;
    while (follower.next(line))
        out << qs(line.text) + QLatin1Char('@') + QString::number(line.number) + (line.overlong ? "!" : "");
    return out;
}

// Reads from a client socket until a newline, the end, or the timeout.
QByteArray readReply(int fd, int timeoutMs = 3000)
{
    return testing::readLines(fd, 1, timeoutMs);
}

// Polls until count lines arrived or the time is up.
std::vector<LiveLine> collect(LineListener& listener, size_t count, int timeoutMs = 5000)
{
    std::vector<LiveLine> lines;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (lines.size() < count && std::chrono::steady_clock::now() < deadline) {
        for (auto& line : listener.poll(20))
            lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace

class TestLiveSources : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvAndJsonLinesGiveTheSameRecord();
    void badLineIsReportedAndTheNextParses_data();
    void badLineIsReportedAndTheNextParses();
    void blankLinesAndByteOrderMarkAreSkipped();
    void restartedStreamBringsItsHeaderOrKeepsTheOld();
    void unusableHeaderIsAStreamError();
    void resumeAfterTakesTheHeaderFromTheFirstLine();
    void overlongLineIsAProblem();

    void followerSeesAppendedLinesAndWaitsForTheNewline();
    void followerStartsOverAfterTruncation();
    void followerFinishesTheRotatedFileThenReadsTheNewOne();
    void followerWaitsForTheFileToAppear();
    void followerFromTheEndSkipsExistingLines();
    void followerDropsOverlongLinesAndStripsCarriageReturns();

    void fdReaderReadsAPipeToItsEnd();

    void listenerReceivesLinesFromTwoClients();
    void listenerDisconnectsOnlyTheClientWithAnOversizedLine();
    void listenerAnswersAfterTheClientStoppedSending();

    void latencyPercentilesStayWithinABucket();
};

void TestLiveSources::csvAndJsonLinesGiveTheSameRecord()
{
    store::TransactionRecord fromCsv;
    store::TransactionRecord fromJson;
    ingest::RowProblem problem;

    LiveRecordParser csv;
    QCOMPARE(parse(csv, kHeader, 1, fromCsv, problem), Outcome::Skipped);
    QCOMPARE(csv.format(), LiveRecordParser::Format::Csv);
    QCOMPARE(parse(csv, csvRow(), 2, fromCsv, problem), Outcome::Record);

    LiveRecordParser json;
    QCOMPARE(parse(json, jsonRow(), 1, fromJson, problem), Outcome::Record);
    QCOMPARE(json.format(), LiveRecordParser::Format::JsonLines);

    QCOMPARE(describe(fromJson), describe(fromCsv));
    QCOMPARE(fromCsv.address, std::string("1 Main St, Springfield"));
    QCOMPARE(fromCsv.amount, 19.99);
    QVERIFY(fromCsv.label && *fromCsv.label == 0);
    QCOMPARE(fromCsv.txType, std::string("order"));
}

void TestLiveSources::badLineIsReportedAndTheNextParses_data()
{
    QTest::addColumn<QByteArrayList>("lines"); // the bad line is the second; the third must parse
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<QString>("reason");

    QTest::newRow("csv: amount not a number") << QByteArrayList{kHeader, csvRow("t2", "abc"), csvRow("t3")} << qint64(5)
                                              << "amount" << "not a number";
    QTest::newRow("csv: too few fields") << QByteArrayList{kHeader, "t2,acc-7,1", csvRow("t3")} << qint64(0) << ""
                                         << "wrong number of fields";
    QTest::newRow("csv: quote never closed")
        << QByteArrayList{kHeader, "t2,acc-7,,2024-03-01T10:15:30Z,5,EUR,order,ok,m,d,ip,c,e,\"1 Main St,FR,web,x,0,",
                          csvRow("t3")}
        << qint64(14) << "address" << "never closed";
    QTest::newRow("csv: carriage return inside the line")
        << QByteArrayList{kHeader, csvRow("t2") + "\rt9,acc", csvRow("t3")} << qint64(19) << "fraud_pattern" << "carriage return";
    QTest::newRow("json: amount not a number") << QByteArrayList{jsonRow("t1"), jsonRow("t2", "\"abc\""), jsonRow("t3")}
                                               << qint64(0) << "amount" << "not a number";
    QTest::newRow("json: broken syntax") << QByteArrayList{jsonRow("t1"), R"({"account_id": "acc-7", )", jsonRow("t3")}
                                         << qint64(0) << "" << "not valid JSON";
    QTest::newRow("json: required key missing")
        << QByteArrayList{jsonRow("t1"), R"({"timestamp":"2024-03-01T10:15:30Z","amount":3})", jsonRow("t3")}
        << qint64(0) << "account_id" << "missing required field";
    QTest::newRow("json: nested value")
        << QByteArrayList{jsonRow("t1"), R"({"account_id":"a","timestamp":"2024-03-01","amount":3,"device_id":{"x":1}})",
                          jsonRow("t3")}
        << qint64(0) << "device_id" << "expected a string or a number";
    QTest::newRow("json: not an object") << QByteArrayList{jsonRow("t1"), "[1,2]", jsonRow("t3")} << qint64(0) << ""
                                         << "one object";
}

void TestLiveSources::badLineIsReportedAndTheNextParses()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(qint64, column);
    QFETCH(QString, columnName);
    QFETCH(QString, reason);

    LiveRecordParser parser;
    store::TransactionRecord record;
    ingest::RowProblem problem;
    QVERIFY(parse(parser, lines[0], 1, record, problem) != Outcome::Problem);
    QCOMPARE(parse(parser, lines[1], 2, record, problem), Outcome::Problem);
    QCOMPARE(problem.line, std::int64_t(2));
    QCOMPARE(problem.column, column);
    QCOMPARE(qs(problem.columnName), columnName);
    QVERIFY2(qs(problem.reason).contains(reason), problem.reason.c_str());
    QCOMPARE(parse(parser, lines[2], 3, record, problem), Outcome::Record);
    QCOMPARE(record.transactionId, std::string("t3"));
}

void TestLiveSources::blankLinesAndByteOrderMarkAreSkipped()
{
    LiveRecordParser parser;
    store::TransactionRecord record;
    ingest::RowProblem problem;
    QCOMPARE(parse(parser, "", 1, record, problem), Outcome::Skipped);
    QCOMPARE(parse(parser, "\xEF\xBB\xBF  " + jsonRow("t1"), 2, record, problem), Outcome::Record);
    QCOMPARE(parse(parser, "   ", 3, record, problem), Outcome::Skipped);
    QCOMPARE(parse(parser, jsonRow("t2"), 4, record, problem), Outcome::Record);
    QCOMPARE(record.transactionId, std::string("t2"));

    LiveRecordParser csv;
    QCOMPARE(parse(csv, "\xEF\xBB\xBF" + kHeader, 1, record, problem), Outcome::Skipped);
    QCOMPARE(parse(csv, csvRow("t5"), 2, record, problem), Outcome::Record);
    QCOMPARE(record.transactionId, std::string("t5"));
}

void TestLiveSources::restartedStreamBringsItsHeaderOrKeepsTheOld()
{
    LiveRecordParser parser;
    store::TransactionRecord record;
    ingest::RowProblem problem;
    QCOMPARE(parse(parser, kHeader, 1, record, problem), Outcome::Skipped);
    QCOMPARE(parse(parser, csvRow("t1"), 2, record, problem), Outcome::Record);
    // A rotated file: line 1 again, with its header.
    QCOMPARE(parse(parser, kHeader, 1, record, problem), Outcome::Skipped);
    QCOMPARE(parse(parser, csvRow("t2"), 2, record, problem), Outcome::Record);
    // A truncated file whose writer does not repeat the header: the old one still serves.
    QCOMPARE(parse(parser, csvRow("t3"), 1, record, problem), Outcome::Record);
    QCOMPARE(record.transactionId, std::string("t3"));
    // A new stream may change format.
    QCOMPARE(parse(parser, jsonRow("t4"), 1, record, problem), Outcome::Record);
    QCOMPARE(parser.format(), LiveRecordParser::Format::JsonLines);
    QCOMPARE(record.transactionId, std::string("t4"));
}

void TestLiveSources::unusableHeaderIsAStreamError()
{
    LiveRecordParser parser;
    store::TransactionRecord record;
    ingest::RowProblem problem;
    QCOMPARE(parse(parser, "id,who,when", 1, record, problem), Outcome::Problem);
    QVERIFY2(qs(problem.reason).contains("not in the header"), problem.reason.c_str());
    QVERIFY(!parser.streamError().empty());
    QCOMPARE(parse(parser, "1,2,3", 2, record, problem), Outcome::Problem);
    QCOMPARE(problem.line, std::int64_t(2));
    QVERIFY2(qs(problem.reason).contains("no usable CSV header"), problem.reason.c_str());

    // A mapping that fits the header makes it usable.
    ingest::Mapping mapping;
    mapping.setColumn(ingest::CanonicalField::TransactionId, "id");
    mapping.setColumn(ingest::CanonicalField::AccountId, "who");
    mapping.setColumn(ingest::CanonicalField::Timestamp, "when");
    mapping.setColumn(ingest::CanonicalField::Amount, "amt");
    LiveRecordParser custom(mapping);
    QCOMPARE(parse(custom, "id;who;when;amt", 1, record, problem), Outcome::Skipped); // delimiter sniffed
    QCOMPARE(parse(custom, "x1;A;2024-03-01T10:00:00Z;7", 2, record, problem), Outcome::Record);
    QCOMPARE(record.accountId, std::string("A"));
    QCOMPARE(record.amount, 7.0);
}

void TestLiveSources::resumeAfterTakesTheHeaderFromTheFirstLine()
{
    LiveRecordParser parser;
    store::TransactionRecord record;
    ingest::RowProblem problem;
    QVERIFY(parser.resumeAfter(std::string_view(kHeader.constData(), size_t(kHeader.size())), problem));
    QCOMPARE(parse(parser, csvRow("t9"), 57, record, problem), Outcome::Record);
    QCOMPARE(record.transactionId, std::string("t9"));

    LiveRecordParser json;
    QVERIFY(json.resumeAfter(R"({"broken": )", problem)); // a JSON stream only needs its format
    QCOMPARE(json.format(), LiveRecordParser::Format::JsonLines);

    LiveRecordParser bad;
    QVERIFY(!bad.resumeAfter("a,b,c", problem));
}

void TestLiveSources::overlongLineIsAProblem()
{
    LiveRecordParser parser(LiveRecordParser::defaultMapping(), LiveRecordParser::Format::JsonLines);
    store::TransactionRecord record;
    ingest::RowProblem problem;
    LiveLine line;
    line.text = "{\"account_id\":\"aaaa";
    line.number = 4;
    line.overlong = true;
    QCOMPARE(parser.parse(line, record, problem), Outcome::Problem);
    QCOMPARE(problem.line, std::int64_t(4));
    QVERIFY(qs(problem.reason).contains("too long"));
    line.text = jsonRow("t5").toStdString();
    line.number = 5;
    line.overlong = false;
    QCOMPARE(parser.parse(line, record, problem), Outcome::Record);
}

void TestLiveSources::followerSeesAppendedLinesAndWaitsForTheNewline()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("live.csv").toStdString();
    appendTo(path, "a\nb\n");
    FileFollower follower(path);
    QVERIFY(follower.isOpen());
    QCOMPARE(drain(follower), (QStringList{"a@1", "b@2"}));
    QCOMPARE(drain(follower), QStringList());
    appendTo(path, "par");
    QCOMPARE(drain(follower), QStringList());
    LiveLine line;
    QVERIFY(!follower.waitForLine(line, 30));
    appendTo(path, "tial\nc\n");
    QCOMPARE(drain(follower), (QStringList{"partial@3", "c@4"}));
    QCOMPARE(follower.offset(), std::int64_t(14));
    QCOMPARE(follower.restarts(), 0);
}

void TestLiveSources::followerStartsOverAfterTruncation()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("live.csv").toStdString();
    appendTo(path, "one\ntwo\nthree\nhalf");
    FileFollower follower(path);
    QCOMPARE(drain(follower), (QStringList{"one@1", "two@2", "three@3"}));
    overwrite(path, "x\n"); // copytruncate: same file, shorter
    QCOMPARE(drain(follower), (QStringList{"x@1"}));
    QCOMPARE(follower.restarts(), 1);
    appendTo(path, "y\n");
    QCOMPARE(drain(follower), (QStringList{"y@2"}));
}

void TestLiveSources::followerFinishesTheRotatedFileThenReadsTheNewOne()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("live.csv").toStdString();
    appendTo(path, "a\n");
    FileFollower follower(path);
    QCOMPARE(drain(follower), (QStringList{"a@1"}));
    // The writer adds to the old file, which is then renamed away and replaced.
    appendTo(path, "b\nc");
    std::filesystem::rename(path, path + ".1");
    QCOMPARE(drain(follower), (QStringList{"b@2"})); // the old file goes on until a new one appears
    appendTo(path, "n1\nn2\n");
    QCOMPARE(drain(follower), (QStringList{"c@3", "n1@1", "n2@2"}));
    QCOMPARE(follower.restarts(), 1);
    appendTo(path, "n3\n");
    QCOMPARE(drain(follower), (QStringList{"n3@3"}));
}

void TestLiveSources::followerWaitsForTheFileToAppear()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("later.csv").toStdString();
    FileFollower follower(path, FileFollower::Start::End); // End only skips what exists now
    QVERIFY(!follower.isOpen());
    LiveLine line;
    QVERIFY(!follower.waitForLine(line, 30));
    appendTo(path, "first\nsecond\n");
    QVERIFY(follower.waitForLine(line, 1000));
    QCOMPARE(qs(line.text), QStringLiteral("first"));
    QCOMPARE(line.number, std::int64_t(1));
    QVERIFY(follower.isOpen());
    QCOMPARE(drain(follower), (QStringList{"second@2"}));
}

void TestLiveSources::followerFromTheEndSkipsExistingLines()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("live.csv").toStdString();
    appendTo(path, "header\r\nold1\nold2\nunfini");
    FileFollower follower(path, FileFollower::Start::End);
    QCOMPARE(qs(follower.skippedFirstLine()), QStringLiteral("header"));
    QCOMPARE(drain(follower), QStringList());
    appendTo(path, "shed\nnew\n");
    QCOMPARE(drain(follower), (QStringList{"unfinished@4", "new@5"}));
}

void TestLiveSources::followerDropsOverlongLinesAndStripsCarriageReturns()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("live.csv").toStdString();
    appendTo(path, "short\r\n" + QByteArray(40, 'x'));
    FileFollower follower(path, FileFollower::Start::Beginning, 16);
    QCOMPARE(drain(follower), (QStringList{"short@1"}));
    appendTo(path, QByteArray(40, 'y') + "\nafter\n");
    // The overlong line keeps only the start that had arrived when it passed the limit.
    QCOMPARE(drain(follower), (QStringList{QString(40, QLatin1Char('x')) + "@2!", "after@3"}));
}

void TestLiveSources::fdReaderReadsAPipeToItsEnd()
{
    int ends[2];
    QCOMPARE(::pipe(ends), 0);
    live::FdLineReader reader(ends[0]);
    LiveLine line;
    QVERIFY(!reader.next(line, 0));
    QCOMPARE(::write(ends[1], "x\r\ny", 4), ssize_t(4));
    QVERIFY(reader.next(line, 1000));
    QCOMPARE(qs(line.text), QStringLiteral("x"));
    QVERIFY(!reader.next(line, 20)); // "y" waits for its newline or the end
    ::close(ends[1]);
    QVERIFY(reader.next(line, 1000));
    QCOMPARE(qs(line.text), QStringLiteral("y"));
    QCOMPARE(line.number, std::int64_t(2));
    QVERIFY(!reader.next(line, 1000));
    QVERIFY(reader.atEnd());
    ::close(ends[0]);
}

void TestLiveSources::listenerReceivesLinesFromTwoClients()
{
    LineListener listener; // 127.0.0.1, a free port
    QVERIFY(listener.port() != 0);
    const int a = connectTo(listener.port());
    const int b = connectTo(listener.port());
    QVERIFY(a >= 0 && b >= 0);
    QVERIFY(sendAll(a, jsonRow("a1") + "\n" + jsonRow("a2").left(30)));
    QVERIFY(sendAll(b, jsonRow("b1") + "\r\n"));
    std::vector<LiveLine> lines = collect(listener, 2);
    QVERIFY(sendAll(a, jsonRow("a2").mid(30) + "\n"));
    for (auto& line : collect(listener, 1))
        lines.push_back(std::move(line));
    QCOMPARE(lines.size(), size_t(3));

    std::map<int, QStringList> byClient;
    LiveRecordParser parser(LiveRecordParser::defaultMapping(), LiveRecordParser::Format::JsonLines);
    for (const LiveLine& line : lines) {
        store::TransactionRecord record;
        ingest::RowProblem problem;
        QCOMPARE(parser.parse(line.text, line.number, record, problem), Outcome::Record);
        byClient[line.client] << qs(record.transactionId) + QLatin1Char('@') + QString::number(line.number);
    }
    QCOMPARE(byClient.size(), size_t(2));
    QVERIFY(byClient.count(0) == 0);
    const int idA = std::find_if(lines.begin(), lines.end(), [](const LiveLine& l) { return l.text.find("\"a1\"") != std::string::npos; })->client;
    const int idB = std::find_if(lines.begin(), lines.end(), [](const LiveLine& l) { return l.text.find("\"b1\"") != std::string::npos; })->client;
    QCOMPARE(byClient[idA], (QStringList{"a1@1", "a2@2"}));
    QCOMPARE(byClient[idB], (QStringList{"b1@1"}));
    QCOMPARE(listener.clientCount(), size_t(2));

    int connected = 0;
    for (const auto& event : listener.takeEvents())
        connected += event.kind == LineListener::Event::Kind::Connected;
    QCOMPARE(connected, 2);

    QVERIFY(listener.send(idA, R"({"ok":true,"tx":"a2"})"));
    QCOMPARE(readReply(a), QByteArray(R"({"ok":true,"tx":"a2"})" "\n"));
    QVERIFY(!listener.send(12345, "nobody"));

    // A group's answers are queued and written together, each client's in order.
    QVERIFY(listener.queue(idA, R"({"ok":true,"tx":"a3"})"));
    QVERIFY(listener.queue(idB, "{\"ok\":true,\"tx\":\"b2\"}\n"));
    QVERIFY(listener.queue(idA, R"({"ok":true,"tx":"a4"})"));
    QVERIFY(!listener.queue(12345, "nobody"));
    QCOMPARE(testing::readLines(a, 1, 100), QByteArray()); // nothing written before the flush
    listener.flushAll();
    QCOMPARE(testing::readLines(a, 2, 3000), QByteArray(R"({"ok":true,"tx":"a3"})" "\n" R"({"ok":true,"tx":"a4"})" "\n"));
    QCOMPARE(readReply(b), QByteArray(R"({"ok":true,"tx":"b2"})" "\n"));
    ::close(a);
    ::close(b);
}

void TestLiveSources::listenerDisconnectsOnlyTheClientWithAnOversizedLine()
{
    LineListener listener("127.0.0.1", 0);
    const int big = connectTo(listener.port());
    const int good = connectTo(listener.port());
    QVERIFY(big >= 0 && good >= 0);
    QVERIFY(sendAll(big, "{\"first\":1}\n"));
    const auto first = collect(listener, 1);
    QCOMPARE(first.size(), size_t(1));
    const int bigId = first[0].client;
    listener.takeEvents();

    // More than 1 MiB with no newline, sent without blocking while the listener reads, until
    // the listener hangs up.
    ::fcntl(big, F_SETFL, ::fcntl(big, F_GETFL) | O_NONBLOCK);
    const QByteArray huge(qsizetype(live::LineBuffer::kDefaultMaxLineBytes + 4096), 'z');
    qsizetype sent = 0;
    std::optional<LineListener::Event> closed;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!closed && std::chrono::steady_clock::now() < deadline) {
        if (sent < huge.size()) {
            const ssize_t n = ::send(big, huge.constData() + sent, size_t(huge.size() - sent), MSG_NOSIGNAL);
            if (n > 0)
                sent += n;
        }
        QVERIFY(listener.poll(10).empty());
        for (auto& event : listener.takeEvents()) {
            if (event.kind == LineListener::Event::Kind::Closed && event.client == bigId)
                closed = std::move(event);
        }
    }
    QVERIFY(closed);
    QVERIFY(closed->problem);
    QVERIFY2(qs(closed->reason).contains("longer than"), closed->reason.c_str());
    QVERIFY(!listener.isConnected(bigId));
    QCOMPARE(listener.clientCount(), size_t(1));

    QVERIFY(sendAll(good, "still here\n"));
    const auto lines = collect(listener, 1);
    QCOMPARE(lines.size(), size_t(1));
    QCOMPARE(qs(lines[0].text), QStringLiteral("still here"));
    QVERIFY(lines[0].client != bigId);
    ::close(big);
    ::close(good);
}

void TestLiveSources::listenerAnswersAfterTheClientStoppedSending()
{
    LineListener listener;
    const int fd = connectTo(listener.port());
    QVERIFY(fd >= 0);
    QVERIFY(sendAll(fd, "last without newline"));
    ::shutdown(fd, SHUT_WR);
    const auto lines = collect(listener, 1);
    QCOMPARE(lines.size(), size_t(1));
    QCOMPARE(qs(lines[0].text), QStringLiteral("last without newline"));
    // The end of input comes after the line it ended.
    bool ended = false;
    for (int i = 0; i < 50 && !ended; ++i) {
        listener.poll(10);
        for (const auto& event : listener.takeEvents())
            ended = ended || event.kind == LineListener::Event::Kind::InputEnded;
    }
    QVERIFY(ended);
    QVERIFY(listener.send(lines[0].client, "{\"ok\":true}"));
    listener.disconnect(lines[0].client);
    listener.poll(10);
    QCOMPARE(readReply(fd), QByteArray("{\"ok\":true}\n"));
    QCOMPARE(readReply(fd, 1000), QByteArray()); // then the end
    QCOMPARE(listener.clientCount(), size_t(0));
    ::close(fd);
}

// The session's p50 and p99 come from log buckets: within 12 % of the true values, never
// above the maximum, and exact for the maximum.
void TestLiveSources::latencyPercentilesStayWithinABucket()
{
    live::LatencyHistogram empty;
    QCOMPARE(empty.quantile(0.99), 0.0);

    live::LatencyHistogram h;
    // 1 ms .. 100 ms in 0.1 ms steps: p50 about 50 ms, p99 about 99 ms.
    for (int i = 10; i <= 1000; ++i)
        h.record(i * 1e-4);
    QCOMPARE(h.count(), std::int64_t(991));
    QCOMPARE(h.max(), 0.1);
    const double p50 = h.quantile(0.5);
    const double p99 = h.quantile(0.99);
    QVERIFY2(p50 >= 0.0505 && p50 <= 0.0505 * 1.13, qPrintable(QString::number(p50)));
    QVERIFY2(p99 >= 0.099 && p99 <= 0.1, qPrintable(QString::number(p99)));
    QCOMPARE(h.quantile(1.0), 0.1);
    // Far outside the range: counted, and the maximum says how far.
    h.record(500.0);
    QCOMPARE(h.max(), 500.0);
    QCOMPARE(h.quantile(1.0), 500.0);
}

QTEST_APPLESS_MAIN(TestLiveSources)
#include "test_live_sources.moc"
