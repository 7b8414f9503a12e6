// What a reviewer reads in an alert's reasons: the burst reason names the merchant
// whole, and the reasons' JSON is always written, whatever text the data gave.
#include "scoring/reason_collector.h"
#include "timeseries/burst_event.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <cmath>
#include <string>

using namespace fraudlens;

class TestReasonCollector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void burstReasonKeepsALongMerchantNameWhole();
    void reasonsAreWrittenEvenFromTextThatIsNotUtf8();
    void strongestFirstEachTextOnceAtMostFour();
};

void TestReasonCollector::burstReasonKeepsALongMerchantNameWhole()
{
    // 90 three-byte characters: past the 256 bytes the text was once formatted into, and
    // a cut there would have fallen inside a character.
    std::string name;
    for (int i = 0; i < 90; ++i)
        name += "\xe5\x95\x86"; // 商
    timeseries::BurstEvent burst;
    burst.scopeMerchant = 3;
    burst.observed = 41;
    burst.expected = 2.5;
    const std::string text = scoring::ReasonCollector::burstText(burst, name);
    QCOMPARE(QString::fromStdString(text),
             QString::fromStdString("burst at merchant " + name + ": 41 transactions in the hour, 2.5 expected"));

    const std::string json = scoring::ReasonCollector::toJson({{0.8f, "bursts", text}});
    const nlohmann::json parsed = nlohmann::json::parse(json);
    QCOMPARE(QString::fromStdString(parsed.at(0).at("text").get<std::string>()), QString::fromStdString(text));
}

void TestReasonCollector::reasonsAreWrittenEvenFromTextThatIsNotUtf8()
{
    // A lone continuation byte and a character cut in half.
    const std::string broken = std::string("ring shared with merchant \x80 and \xe5\x95");
    std::string json;
    try {
        json = scoring::ReasonCollector::toJson({{0.5f, "rings", broken}, {0.3f, "rules", "amount over 5,000"}});
    } catch (const std::exception& error) {
        QFAIL(error.what());
    }
    const nlohmann::json parsed = nlohmann::json::parse(json);
    QCOMPARE(parsed.size(), std::size_t(2));
    const std::string text = parsed.at(0).at("text").get<std::string>();
    QVERIFY2(text.find("\xef\xbf\xbd") != std::string::npos, text.c_str()); // U+FFFD where the bytes were
    QCOMPARE(QString::fromStdString(parsed.at(1).at("text").get<std::string>()), QString("amount over 5,000"));
}

void TestReasonCollector::strongestFirstEachTextOnceAtMostFour()
{
    const std::string json = scoring::ReasonCollector::toJson({{0.2f, "rules", "a"},
                                                               {0.9f, "rings", "b"},
                                                               {0.5f, "bursts", "c"},
                                                               {0.7f, "rings", "b"},
                                                               {0.4f, "sequence", "d"},
                                                               {0.3f, "autoencoder", "e"}});
    const nlohmann::json parsed = nlohmann::json::parse(json);
    QCOMPARE(parsed.size(), std::size_t(4));
    QStringList texts;
    for (const auto& reason : parsed)
        texts << QString::fromStdString(reason.at("text").get<std::string>());
    QCOMPARE(texts, QStringList({"b", "c", "d", "e"}));
    QVERIFY(std::abs(parsed.at(0).at("weight").get<double>() - 0.9) < 1e-6);
}

QTEST_GUILESS_MAIN(TestReasonCollector)
#include "test_reason_collector.moc"
