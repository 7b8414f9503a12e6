#include "ingest/builtin_profiles.h"
#include "ingest/csv_error.h"
#include "ingest/mapping.h"
#include "ingest/mapping_guesser.h"

#include <QTest>

using namespace fraudlens::ingest;

class TestMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesTheContractExample();
    void rejects_data();
    void rejects();
    void roundTripsThroughJson();
    void builtinProfilesLoad();
    void guessesPaysim();
    void guessesCommonHeaderNames();
};

void TestMapping::parsesTheContractExample()
{
    const std::string text = R"({ "delimiter": ",",
  "columns": { "account_id": "nameOrig", "timestamp": "step", "amount": "amount",
               "merchant_id": "nameDest", "tx_type": "type", "label": "isFraud" },
  "timestamps": { "timestamp": { "unit": "hours", "origin": "2024-01-01T00:00:00Z" } },
  "extra_numeric": ["oldbalanceOrg"], "extra_categorical": [] })";
    const Mapping m = Mapping::fromJson(text, "m.json");
    QCOMPARE(m.delimiter, ',');
    QCOMPARE(m.column(CanonicalField::AccountId), std::string("nameOrig"));
    QCOMPARE(m.column(CanonicalField::Label), std::string("isFraud"));
    QVERIFY(m.column(CanonicalField::DeviceId).empty());
    const TimestampSpec spec = m.timestampSpec(CanonicalField::Timestamp);
    QCOMPARE(spec.kind, TimestampSpec::Kind::Offset);
    QCOMPARE(spec.unitMs, std::int64_t(3600000));
    QCOMPARE(spec.originMs, std::int64_t(1704067200000));
    QCOMPARE(m.extraNumeric, std::vector<std::string>{"oldbalanceOrg"});
}

void TestMapping::rejects_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    const QString base = QStringLiteral(R"("account_id": "a", "timestamp": "t", "amount": "x")");
    QTest::newRow("syntax error has line and column")
        << QStringLiteral("{\n  \"columns\": {\n    \"account_id\": \"a\",,\n  }\n}")
        << QStringLiteral("m.json:3:23: not valid JSON");
    QTest::newRow("not an object") << QStringLiteral("[1,2]") << QStringLiteral("m.json:1:1: a mapping must be a JSON object");
    QTest::newRow("no columns") << QStringLiteral("{\"delimiter\": \",\"}") << QStringLiteral("needs a \"columns\" object");
    QTest::newRow("unknown field")
        << QStringLiteral("{\"columns\": {%1, \"colour\": \"c\"}}").arg(base)
        << QStringLiteral("m.json:1:66: \"colour\" is not a canonical field");
    QTest::newRow("missing required")
        << QStringLiteral(R"({"columns": {"account_id": "a", "amount": "x"}})")
        << QStringLiteral("the required field timestamp is not mapped");
    QTest::newRow("bad unit")
        << QStringLiteral("{\"columns\": {%1},\n\"timestamps\": {\"timestamp\": {\"unit\": \"weeks\"}}}").arg(base)
        << QStringLiteral("m.json:2:30: timestamps.timestamp.unit \"weeks\" is not one of");
    QTest::newRow("bad origin")
        << QStringLiteral("{\"columns\": {%1}, \"timestamps\": {\"timestamp\": {\"unit\": \"s\", \"origin\": \"soon\"}}}").arg(base)
        << QStringLiteral("origin \"soon\" is not an ISO-8601 time");
    QTest::newRow("bad delimiter")
        << QStringLiteral("{\"delimiter\": \"#\", \"columns\": {%1}}").arg(base)
        << QStringLiteral("delimiter must be one of");
    QTest::newRow("extra_numeric not a list")
        << QStringLiteral("{\"columns\": {%1}, \"extra_numeric\": \"x\"}").arg(base)
        << QStringLiteral("extra_numeric must be a list of column names");
    QTest::newRow("unknown key")
        << QStringLiteral("{\"columns\": {%1}, \"colums\": {}}").arg(base) << QStringLiteral("unknown key \"colums\"");
    // Found by fuzzing (tests/fuzz): both used to escape as nlohmann exceptions.
    QTest::newRow("number beyond double")
        << QStringLiteral("{\"columns\": {%1},\n \"delimiter\": 1e999}").arg(base)
        << QStringLiteral("m.json:2:15: not valid JSON: a number too large for a double");
    QTest::newRow("origin not a string")
        << QStringLiteral("{\"columns\": {%1}, \"timestamps\": {\"timestamp\": {\"unit\": \"s\", \"origin\": 0}}}").arg(base)
        << QStringLiteral("timestamps.timestamp.origin must be an ISO-8601 time in a string");
    QTest::newRow("empty column name")
        << QStringLiteral(R"({"columns": {"account_id": "", "timestamp": "t", "amount": "x"}})")
        << QStringLiteral("columns.account_id must name a column");
}

void TestMapping::rejects()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    try {
        Mapping::fromJson(json.toStdString(), "m.json");
        QFAIL("the mapping should have been refused");
    } catch (const InputError& e) {
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.contains(message), qPrintable(what));
        QVERIFY2(what.startsWith(QStringLiteral("m.json:")), qPrintable(what));
    }
}

void TestMapping::roundTripsThroughJson()
{
    Mapping m = *builtinProfile("paysim");
    m.delimiter = '\t';
    m.allowNegativeAmounts = true;
    const Mapping back = Mapping::fromJson(m.toJson(), "round trip");
    QCOMPARE(back.delimiter, '\t');
    QCOMPARE(back.columns, m.columns);
    QCOMPARE(back.extraNumeric, m.extraNumeric);
    QVERIFY(back.allowNegativeAmounts);
    QCOMPARE(back.timestampSpec(CanonicalField::Timestamp).originMs, m.timestampSpec(CanonicalField::Timestamp).originMs);
}

void TestMapping::builtinProfilesLoad()
{
    for (const auto& name : builtinProfileNames())
        QVERIFY2(builtinProfile(name).has_value(), name.c_str());
    QVERIFY(!builtinProfile("nope").has_value());
}

void TestMapping::guessesPaysim()
{
    const Mapping m = MappingGuesser::guessFromFile(FRAUDLENS_SHARED_DATA "/paysim/paysim_sample_5k.csv");
    QCOMPARE(m.column(CanonicalField::AccountId), std::string("nameOrig"));
    QCOMPARE(m.column(CanonicalField::Timestamp), std::string("step"));
    QCOMPARE(m.column(CanonicalField::Amount), std::string("amount"));
    QCOMPARE(m.column(CanonicalField::MerchantId), std::string("nameDest"));
    QCOMPARE(m.column(CanonicalField::TxType), std::string("type"));
    QCOMPARE(m.column(CanonicalField::Label), std::string("isFraud"));
    QCOMPARE(m.timestampSpec(CanonicalField::Timestamp).kind, TimestampSpec::Kind::Offset);
    QCOMPARE(m.timestampSpec(CanonicalField::Timestamp).unit, std::string("hours"));
    // Balances are features; the old system's fraud flag would leak the answer.
    QCOMPARE(m.extraNumeric.size(), size_t(4));
    for (const auto& column : m.extraNumeric)
        QVERIFY(column.find("Fraud") == std::string::npos);
}

void TestMapping::guessesCommonHeaderNames()
{
    const std::vector<std::string> header = {"Transaction ID", "customer_id", "Order Date", "Total", "Currency",
                                             "Device", "IP Address", "Card Number", "E-mail", "Country",
                                             "Payment Channel", "is_fraud", "Browser"};
    std::vector<std::vector<std::string>> sample;
    for (int i = 0; i < 20; ++i)
        sample.push_back({"t" + std::to_string(i), "c" + std::to_string(i % 5), "2024-03-0" + std::to_string(1 + i % 9) + " 10:00",
                          std::to_string(10 + i), "USD", "d1", "1.2.3.4", "4111", "a@b.c", "CN", "web",
                          i % 7 == 0 ? "1" : "0", i % 2 ? "Chrome" : "Safari"});
    const Mapping m = MappingGuesser::guess(header, sample);
    QCOMPARE(m.column(CanonicalField::TransactionId), std::string("Transaction ID"));
    QCOMPARE(m.column(CanonicalField::AccountId), std::string("customer_id"));
    QCOMPARE(m.column(CanonicalField::Timestamp), std::string("Order Date"));
    QCOMPARE(m.column(CanonicalField::Amount), std::string("Total"));
    QCOMPARE(m.column(CanonicalField::DeviceId), std::string("Device"));
    QCOMPARE(m.column(CanonicalField::Ip), std::string("IP Address"));
    QCOMPARE(m.column(CanonicalField::CardId), std::string("Card Number"));
    QCOMPARE(m.column(CanonicalField::Email), std::string("E-mail"));
    QCOMPARE(m.column(CanonicalField::Label), std::string("is_fraud"));
    QCOMPARE(m.column(CanonicalField::Channel), std::string("Payment Channel"));
    QCOMPARE(m.timestampSpec(CanonicalField::Timestamp).kind, TimestampSpec::Kind::Auto);
    QCOMPARE(m.extraCategorical, std::vector<std::string>{"Browser"});
}

QTEST_APPLESS_MAIN(TestMapping)
#include "test_mapping.moc"
