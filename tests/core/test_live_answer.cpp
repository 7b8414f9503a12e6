// What a `--listen` client reads for each line: one JSON object, keys in the documented
// order, numbers and strings a JSON parser reads back as sent, whatever bytes the
// transaction id or the error held.
#include "live/live_answer.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <cmath>
#include <limits>
#include <string>

using fraudlens::live::acknowledgedAnswer;
using fraudlens::live::refusedAnswer;

class TestLiveAnswer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acknowledgementInTheDocumentedShape()
    {
        QCOMPARE(acknowledgedAnswer(7, "T-100", 0.1234, true, false),
                 std::string(R"({"ok":true,"line":7,"tx":"T-100","risk":0.1234,"alert":true,"blocked":false})"));
        // A whole number stays a JSON number with a point, as nlohmann writes it.
        QCOMPARE(acknowledgedAnswer(1, "a", 0.0, false, false),
                 std::string(R"({"ok":true,"line":1,"tx":"a","risk":0.0,"alert":false,"blocked":false})"));
        QCOMPARE(acknowledgedAnswer(2, "a", 1.0, true, true),
                 std::string(R"({"ok":true,"line":2,"tx":"a","risk":1.0,"alert":true,"blocked":true})"));
    }

    void sameAsAJsonDocumentWouldWrite()
    {
        // The answers were written with nlohmann::ordered_json before: clients see no change.
        for (const double risk : {0.0, 0.0001, 0.05, 0.1234, 0.5, 0.9999, 1.0}) {
            for (const std::string tx : {"T1", "ord:42", "1700000000-77", ""}) {
                const nlohmann::ordered_json expected{{"ok", true},    {"line", 12345},  {"tx", tx},
                                                      {"risk", risk},  {"alert", false}, {"blocked", true}};
                QCOMPARE(acknowledgedAnswer(12345, tx, risk, false, true), expected.dump());
            }
        }
        const nlohmann::ordered_json refused{{"ok", false}, {"line", 3}, {"error", "bad amount"}};
        QCOMPARE(refusedAnswer(3, "bad amount"), refused.dump());
    }

    void stringsAreEscapedAndMadeValid()
    {
        const std::string tx = "say \"hi\"\\\tnext\x01";
        const auto parsed = nlohmann::json::parse(acknowledgedAnswer(1, tx, 0.5, false, false));
        QCOMPARE(parsed["tx"].get<std::string>(), tx);
        // Bytes that are not UTF-8 become U+FFFD: the line stays valid JSON.
        const std::string answer = refusedAnswer(9, "transaction_id: bad \xff\xfe byte");
        const auto refused = nlohmann::json::parse(answer);
        QCOMPARE(refused["ok"].get<bool>(), false);
        QCOMPARE(refused["line"].get<int>(), 9);
        QCOMPARE(refused["error"].get<std::string>(), std::string("transaction_id: bad \xef\xbf\xbd\xef\xbf\xbd byte"));
        // Non-ASCII text that is valid UTF-8 comes back unchanged.
        const std::string chinese = "\xe8\xae\xa2\xe5\x8d\x95-1";
        QCOMPARE(nlohmann::json::parse(acknowledgedAnswer(1, chinese, 0.5, false, false))["tx"].get<std::string>(), chinese);
    }

    void aRiskJsonCannotHoldIsNull()
    {
        const auto parsed = nlohmann::json::parse(acknowledgedAnswer(1, "a", std::numeric_limits<double>::quiet_NaN(), false, false));
        QVERIFY(parsed["risk"].is_null());
    }
};

QTEST_GUILESS_MAIN(TestLiveAnswer)
#include "test_live_answer.moc"
