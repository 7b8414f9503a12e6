#include "ingest/timestamp_parser.h"

#include <QTest>

using fraudlens::ingest::TimestampParser;
using fraudlens::ingest::TimestampSpec;

namespace {

// 2024-01-31T13:45:00Z
constexpr qint64 kBase = 1706708700000;

TimestampSpec formatSpec(const char* format)
{
    TimestampSpec spec;
    spec.kind = TimestampSpec::Kind::Format;
    spec.format = format;
    return spec;
}

TimestampSpec offsetSpec(const char* unit, const char* origin)
{
    TimestampSpec spec;
    spec.kind = TimestampSpec::Kind::Offset;
    spec.unit = unit;
    spec.unitMs = *TimestampParser::unitToMs(unit);
    spec.originText = origin;
    spec.originMs = *TimestampParser::parseIso(origin);
    return spec;
}

} // namespace

Q_DECLARE_METATYPE(TimestampSpec)

class TestTimestampParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void daysFromCivilMatchesKnownDates();
};

void TestTimestampParser::parses_data()
{
    QTest::addColumn<TimestampSpec>("spec");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    const TimestampSpec iso;
    QTest::newRow("iso T Z") << iso << "2024-01-31T13:45:00Z" << true << kBase;
    QTest::newRow("iso space") << iso << "2024-01-31 13:45:00" << true << kBase;
    QTest::newRow("iso no seconds") << iso << "2024-01-31T13:45" << true << kBase;
    QTest::newRow("iso millis") << iso << "2024-01-31T13:45:00.250Z" << true << kBase + 250;
    QTest::newRow("iso micros truncated") << iso << "2024-01-31T13:45:00.123456Z" << true << kBase + 123;
    QTest::newRow("iso offset colon") << iso << "2024-01-31T21:45:00+08:00" << true << kBase;
    QTest::newRow("iso offset compact") << iso << "2024-01-31T08:45:00-0500" << true << kBase;
    QTest::newRow("iso offset hours") << iso << "2024-01-31T14:45:00+01" << true << kBase;
    QTest::newRow("iso date only") << iso << "2024-01-31" << true << kBase - (13 * 60 + 45) * 60000LL;
    QTest::newRow("iso lowercase t and z") << iso << "2024-01-31t13:45:00z" << true << kBase;
    QTest::newRow("iso surrounding spaces") << iso << "  2024-01-31T13:45:00Z " << true << kBase;
    QTest::newRow("leap day") << iso << "2024-02-29T00:00:00Z" << true << qint64(1709164800000);
    QTest::newRow("no leap day in 2023") << iso << "2023-02-29T00:00:00Z" << false << qint64(0);
    QTest::newRow("month 13") << iso << "2024-13-01T00:00:00Z" << false << qint64(0);
    QTest::newRow("hour 24") << iso << "2024-01-01T24:00:00Z" << false << qint64(0);
    QTest::newRow("trailing junk") << iso << "2024-01-31T13:45:00Zx" << false << qint64(0);
    QTest::newRow("not a date") << iso << "yesterday" << false << qint64(0);
    QTest::newRow("empty") << iso << "" << false << qint64(0);
    QTest::newRow("epoch seconds") << iso << "1706708700" << true << kBase;
    QTest::newRow("epoch fractional seconds") << iso << "1706708700.5" << true << kBase + 500;
    QTest::newRow("epoch millis") << iso << "1706708700000" << true << kBase;
    QTest::newRow("small number is no epoch") << iso << "283" << false << qint64(0);

    QTest::newRow("format Y-m-d H:M") << formatSpec("%Y-%m-%d %H:%M") << "2024-01-31 13:45" << true << kBase;
    QTest::newRow("format d/m/Y") << formatSpec("%d/%m/%Y %H:%M:%S") << "31/01/2024 13:45:00" << true << kBase;
    QTest::newRow("format US 12h") << formatSpec("%m/%d/%Y %I:%M %p") << "01/31/2024 01:45 PM" << true << kBase;
    QTest::newRow("format 12 am is midnight") << formatSpec("%Y-%m-%d %I:%M %p") << "2024-01-31 12:00 am" << true
                                              << kBase - (13 * 60 + 45) * 60000LL;
    QTest::newRow("format month name") << formatSpec("%d %b %Y %H:%M") << "31 Jan 2024 13:45" << true << kBase;
    QTest::newRow("format with zone") << formatSpec("%Y%m%d%H%M%S%z") << "20240131214500+0800" << true << kBase;
    QTest::newRow("format fraction") << formatSpec("%Y-%m-%d %H:%M:%S.%f") << "2024-01-31 13:45:00.5" << true << kBase + 500;
    QTest::newRow("format epoch %s") << formatSpec("%s") << "1706708700" << true << kBase;
    QTest::newRow("format mismatch") << formatSpec("%Y-%m-%d") << "31/01/2024" << false << qint64(0);
    QTest::newRow("format leftover text") << formatSpec("%Y-%m-%d") << "2024-01-31 13:45" << false << qint64(0);

    QTest::newRow("hours from origin (PaySim step)") << offsetSpec("hours", "2024-01-01T00:00:00Z") << "283" << true
                                                     << qint64(1704067200000) + 283 * 3600000LL;
    QTest::newRow("days from origin") << offsetSpec("days", "2024-01-01T00:00:00Z") << "30" << true
                                      << qint64(1704067200000) + 30 * 86400000LL;
    QTest::newRow("fractional hours") << offsetSpec("hours", "2024-01-01T00:00:00Z") << "1.5" << true
                                      << qint64(1704067200000) + 5400000LL;
    QTest::newRow("seconds from epoch") << offsetSpec("s", "1970-01-01T00:00:00Z") << "1706708700" << true << kBase;
    QTest::newRow("ms from epoch") << offsetSpec("ms", "1970-01-01T00:00:00Z") << "1706708700000" << true << kBase;
    // Found by fuzzing (tests/fuzz): each overflowed int64 arithmetic before it was refused.
    QTest::newRow("epoch beyond year 9999") << iso << "1e300" << false << qint64(0);
    QTest::newRow("format %s beyond year 9999") << formatSpec("%s") << "9223372036854775807" << false << qint64(0);
    QTest::newRow("days from origin beyond year 9999") << offsetSpec("days", "1900-01-01T00:00:00Z")
                                                       << "106751991167300" << false << qint64(0);
    QTest::newRow("ms from origin beyond year 9999") << offsetSpec("ms", "2024-01-01T00:00:00Z")
                                                     << "9223372036854775000" << false << qint64(0);
    QTest::newRow("last ms of year 9999") << offsetSpec("ms", "1970-01-01T00:00:00Z") << "253402300799999" << true
                                          << qint64(253402300799999);
    QTest::newRow("offset not a number") << offsetSpec("hours", "2024-01-01T00:00:00Z") << "12h" << false << qint64(0);
}

void TestTimestampParser::parses()
{
    QFETCH(TimestampSpec, spec);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const TimestampParser parser(spec);
    const auto result = parser.parse(text.toStdString());
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(qint64(*result), expected);
    if (!valid)
        QVERIFY(!parser.expectation().empty());
}

void TestTimestampParser::daysFromCivilMatchesKnownDates()
{
    QCOMPARE(fraudlens::ingest::daysFromCivil(1970, 1, 1), std::int64_t(0));
    QCOMPARE(fraudlens::ingest::daysFromCivil(2000, 3, 1), std::int64_t(11017));
    QCOMPARE(fraudlens::ingest::daysFromCivil(1969, 12, 31), std::int64_t(-1));
}

QTEST_APPLESS_MAIN(TestTimestampParser)
#include "test_timestamp_parser.moc"
