#include "ingest/csv_error.h"
#include "ingest/csv_reader.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using fraudlens::ingest::CsvReader;
using fraudlens::ingest::CsvRecord;
using fraudlens::ingest::InputError;

namespace {

std::string writeFile(const QTemporaryDir& dir, const QByteArray& bytes)
{
    const std::string path = dir.filePath(QStringLiteral("input.csv")).toStdString();
    std::ofstream(path, std::ios::binary).write(bytes.constData(), bytes.size());
    return path;
}

// Records as "a|b|c" joined strings with their starting line: easy to compare in tables.
QStringList readAll(const std::string& path, char delimiter)
{
    CsvReader reader(path, delimiter);
    CsvRecord record;
    QStringList out;
    while (reader.next(record)) {
        QStringList fields;
        for (auto f : record.fields)
            fields << QString::fromUtf8(f.data(), qsizetype(f.size()));
        out << QStringLiteral("%1:%2").arg(record.line).arg(fields.join(QLatin1Char('|')));
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reads_data();
    void reads();
    void sniffsDelimiter_data();
    void sniffsDelimiter();
    void unterminatedQuoteNamesTheLineWhereItOpened();
    void textAfterClosingQuoteIsAnError();
    void readsAcrossChunkBoundaries();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << ',' << QStringList{"1:a|b|c", "2:1|2|3"};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << ',' << QStringList{"1:a|b", "2:1|2"};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << ',' << QStringList{"1:a|b", "2:1|2"};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFid,x\n1,2\n") << ',' << QStringList{"1:id|x", "2:1|2"};
    QTest::newRow("quoted delimiter") << QByteArray("a,b\n\"x,y\",2\n") << ',' << QStringList{"1:a|b", "2:x,y|2"};
    QTest::newRow("escaped quote") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << ',' << QStringList{"1:a", "2:say \"hi\""};
    QTest::newRow("embedded newline keeps line numbers")
        << QByteArray("a,b\n\"line1\nline2\",2\n3,4\n") << ',' << QStringList{"1:a|b", "2:line1\nline2|2", "4:3|4"};
    QTest::newRow("embedded crlf") << QByteArray("a\r\n\"x\r\ny\"\r\n") << ',' << QStringList{"1:a", "2:x\r\ny"};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << ',' << QStringList{"1:a|b|c", "2:||"};
    QTest::newRow("ragged rows kept as read") << QByteArray("a,b,c\n1,2\n1,2,3,4\n") << ','
                                              << QStringList{"1:a|b|c", "2:1|2", "3:1|2|3|4"};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n1\n\r\n2\n\n") << ',' << QStringList{"1:a", "3:1", "5:2"};
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << ';' << QStringList{"1:a|b", "2:1,5|2"};
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t' << QStringList{"1:a|b", "2:1|2"};
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|' << QStringList{"1:a|b", "2:1|2"};
    QTest::newRow("utf8 text") << QByteArray("名字,金额\n张三,12.5\n") << ',' << QStringList{"1:名字|金额", "2:张三|12.5"};
    QTest::newRow("quoted empty") << QByteArray("a,b\n\"\",2\n") << ',' << QStringList{"1:a|b", "2:|2"};
}

void TestCsvReader::reads()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const auto path = writeFile(dir, input);
    QCOMPARE(readAll(path, delimiter), expected);
    // The sniffer must find the same delimiter on its own.
    QCOMPARE(readAll(path, 0), expected);
}

void TestCsvReader::sniffsDelimiter_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ',';
    QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n4;5;6,1\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << '|';
    QTest::newRow("commas inside quotes do not count") << QByteArray("a;b\n\"x,y,z\";1\n\"p,q\";2\n") << ';';
    QTest::newRow("single column") << QByteArray("amount\n1\n2\n") << ',';
}

void TestCsvReader::sniffsDelimiter()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, expected);
    QCOMPARE(CsvReader::sniffDelimiter(std::string_view(sample.constData(), size_t(sample.size()))), expected);
}

void TestCsvReader::unterminatedQuoteNamesTheLineWhereItOpened()
{
    QTemporaryDir dir;
    const auto path = writeFile(dir, "a,b\n1,2\n3,\"open\n4,5\n");
    CsvReader reader(path, ',');
    CsvRecord record;
    QVERIFY(reader.next(record));
    QVERIFY(reader.next(record));
    try {
        reader.next(record);
        QFAIL("an unterminated quote must be an error");
    } catch (const InputError& e) {
        QCOMPARE(e.line(), 3);
        QCOMPARE(e.column(), 2);
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("never closed")));
    }
}

void TestCsvReader::textAfterClosingQuoteIsAnError()
{
    QTemporaryDir dir;
    const auto path = writeFile(dir, "a,b\n\"x\"y,2\n");
    CsvReader reader(path, ',');
    CsvRecord record;
    QVERIFY(reader.next(record));
    QVERIFY_THROWS_EXCEPTION(InputError, reader.next(record));
}

void TestCsvReader::readsAcrossChunkBoundaries()
{
    // Records larger than and straddling the 1 MiB read chunk, quoted and not.
    QByteArray input("id,text\n");
    const QByteArray big(700000, 'x');
    for (int i = 0; i < 6; ++i)
        input += QByteArray::number(i) + (i % 2 ? ",\"" + big + "\n" + big + "\"\n" : "," + big + "\n");
    QTemporaryDir dir;
    const auto path = writeFile(dir, input);
    CsvReader reader(path, ',');
    CsvRecord record;
    QVERIFY(reader.next(record));
    std::int64_t expectedLine = 2;
    for (int i = 0; i < 6; ++i) {
        QVERIFY(reader.next(record));
        QCOMPARE(record.line, expectedLine);
        QCOMPARE(record.fields.size(), size_t(2));
        QCOMPARE(record.fields[0], std::string_view(std::to_string(i)));
        QCOMPARE(record.fields[1].size(), size_t(i % 2 ? 2 * big.size() + 1 : big.size()));
        expectedLine += i % 2 ? 2 : 1;
    }
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.bytesRead(), std::int64_t(input.size()));
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
