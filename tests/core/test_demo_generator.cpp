#include "synth/demo_generator.h"
#include "synth/fraud_pattern.h"
#include "util/sha256.h"

#include <QTest>

#include <map>
#include <set>

using namespace fraudlens;
using store::TransactionRecord;

namespace {

std::string fingerprint(const std::vector<TransactionRecord>& records)
{
    util::Sha256 hash;
    for (const auto& r : records) {
        hash.update(r.transactionId + '|' + r.accountId + '|' + std::to_string(r.timestampMs) + '|'
                    + std::to_string(r.amount) + '|' + r.txType + '|' + r.merchantId + '|' + r.deviceId + '|' + r.ip
                    + '|' + r.cardId + '|' + r.country + '|' + r.fraudPattern + '|'
                    + std::to_string(r.label.value_or(-1)) + '\n');
    }
    return hash.hex();
}

std::vector<TransactionRecord> generate(int accounts, int days, std::uint64_t seed)
{
    synth::DemoConfig config;
    config.accounts = accounts;
    config.days = days;
    config.seed = seed;
    return synth::DemoGenerator(config).generate();
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameSeedSameData();
    void defaultSizeIsRealistic();
    void everyPatternIsPresentAndLabelled();
    void recordsAreWellFormed();
    void ringsShareDevices();
    void takeoversHijackEstablishedAccounts();
    void cardTestingIsManyTinyPayments();
    void smallConfigStillHasEveryPattern();

private:
    std::vector<TransactionRecord> m_default;
};

void TestDemoGenerator::initTestCase() { m_default = generate(20000, 60, 42); }

void TestDemoGenerator::sameSeedSameData()
{
    const auto a = generate(2000, 20, 9);
    const auto b = generate(2000, 20, 9);
    const auto c = generate(2000, 20, 10);
    QCOMPARE(a.size(), b.size());
    QCOMPARE(fingerprint(a), fingerprint(b));
    QVERIFY(fingerprint(a) != fingerprint(c));
}

void TestDemoGenerator::defaultSizeIsRealistic()
{
    const double n = double(m_default.size());
    QVERIFY2(n > 150000 && n < 400000, qPrintable(QString::number(n)));
    std::int64_t fraud = 0;
    std::map<std::string, std::int64_t> types;
    std::set<std::string> accounts;
    for (const auto& r : m_default) {
        fraud += r.label.value_or(0);
        ++types[r.txType];
        accounts.insert(r.accountId);
    }
    const double share = double(fraud) / n;
    QVERIFY2(share >= 0.01 && share <= 0.03, qPrintable(QString::number(share)));
    QVERIFY(types["order"] > types["payment"]);
    QVERIFY(types["payment"] > types["refund"]);
    QVERIFY(types["refund"] > 0);
    QVERIFY(accounts.size() > 15000);
}

void TestDemoGenerator::everyPatternIsPresentAndLabelled()
{
    std::map<std::string, std::int64_t> perPattern;
    std::int64_t fraud = 0;
    for (const auto& r : m_default) {
        QCOMPARE(r.label.has_value(), true);
        // A pattern tag exactly when the label says fraud.
        QCOMPARE(*r.label == 1, !r.fraudPattern.empty());
        if (!r.fraudPattern.empty()) {
            ++perPattern[r.fraudPattern];
            ++fraud;
        }
    }
    for (const char* name : synth::kPatternNames) {
        // No pattern is a token few: each has at least 5 % of the fraud.
        QVERIFY2(perPattern[name] >= fraud / 20, name);
    }
    QCOMPARE(perPattern.size(), std::size(synth::kPatternNames));
}

void TestDemoGenerator::recordsAreWellFormed()
{
    std::set<std::string> ids;
    std::int64_t previous = 0;
    const std::int64_t start = synth::DemoConfig{}.startMs;
    for (const auto& r : m_default) {
        QVERIFY(r.timestampMs >= previous);
        previous = r.timestampMs;
        QVERIFY(r.timestampMs >= start && r.timestampMs < start + 60LL * 86400000);
        QVERIFY(ids.insert(r.transactionId).second);
        QVERIFY(r.amount > 0);
        QVERIFY(r.accountCreatedMs.has_value() && *r.accountCreatedMs <= r.timestampMs);
        QVERIFY(!r.accountId.empty() && !r.deviceId.empty() && !r.ip.empty() && !r.country.empty());
        QVERIFY(r.txType == "order" || r.txType == "payment" || r.txType == "refund");
    }
}

void TestDemoGenerator::ringsShareDevices()
{
    // Ring members are young accounts whose devices are shared with other ring members.
    std::map<std::string, std::set<std::string>> accountsByDevice;
    std::set<std::string> ringAccounts;
    std::int64_t young = 0, total = 0;
    for (const auto& r : m_default) {
        if (r.fraudPattern != "ring")
            continue;
        accountsByDevice[r.deviceId].insert(r.accountId);
        ringAccounts.insert(r.accountId);
        ++total;
        young += r.timestampMs - *r.accountCreatedMs < 3LL * 86400000;
    }
    std::int64_t sharedDeviceAccounts = 0;
    for (const auto& account : ringAccounts) {
        for (const auto& [device, users] : accountsByDevice) {
            if (users.size() >= 3 && users.contains(account)) {
                ++sharedDeviceAccounts;
                break;
            }
        }
    }
    QVERIFY(sharedDeviceAccounts * 10 >= std::int64_t(ringAccounts.size()) * 9);
    QVERIFY(young * 10 >= total * 8);
}

void TestDemoGenerator::takeoversHijackEstablishedAccounts()
{
    std::map<std::string, std::int64_t> genuineBefore;
    std::map<std::string, std::set<std::string>> genuineDevices;
    std::set<std::string> hijacked;
    std::int64_t newDevice = 0, ato = 0;
    for (const auto& r : m_default) {
        if (r.fraudPattern.empty()) {
            ++genuineBefore[r.accountId];
            genuineDevices[r.accountId].insert(r.deviceId);
        } else if (r.fraudPattern == "account_takeover") {
            ++ato;
            hijacked.insert(r.accountId);
            QVERIFY(r.timestampMs - *r.accountCreatedMs > 90LL * 86400000);
            newDevice += !genuineDevices[r.accountId].contains(r.deviceId);
        }
    }
    QVERIFY(!hijacked.empty());
    for (const auto& account : hijacked)
        QVERIFY2(genuineBefore[account] > 0, account.c_str());
    QVERIFY(newDevice * 10 >= ato * 9);
}

void TestDemoGenerator::cardTestingIsManyTinyPayments()
{
    std::int64_t tiny = 0, total = 0;
    for (const auto& r : m_default) {
        if (r.fraudPattern != "card_testing")
            continue;
        ++total;
        tiny += r.amount <= 2.0;
    }
    QVERIFY(total > 0);
    QVERIFY(tiny * 10 >= total * 7);
}

void TestDemoGenerator::smallConfigStillHasEveryPattern()
{
    const auto small = generate(500, 7, 3);
    std::set<std::string> patterns;
    for (const auto& r : small) {
        if (!r.fraudPattern.empty())
            patterns.insert(r.fraudPattern);
    }
    QCOMPARE(patterns.size(), std::size(synth::kPatternNames));
}

QTEST_APPLESS_MAIN(TestDemoGenerator)
#include "test_demo_generator.moc"
