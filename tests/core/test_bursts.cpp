#include "synth/demo_generator.h"
#include "timeseries/burst_detector.h"
#include "timeseries/count_tail.h"
#include "timeseries/platform_baseline.h"

#include <QTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <unordered_map>

using namespace fraudlens;
using namespace fraudlens::timeseries;

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kStartMs = 1788220800000; // 2026-09-01T00:00:00Z, a Tuesday
constexpr int kDays = 60;

// Quiet nights, an evening peak: the shape of the demo's workdays.
constexpr double kHourShape[24] = {0.9, 0.5, 0.3, 0.2, 0.15, 0.2, 0.4, 0.8, 1.2, 1.5, 1.7, 1.9,
                                   2.1, 1.9, 1.8, 1.8, 1.9, 2.1, 2.5, 3.0, 3.4, 3.4, 2.8, 1.8};
const double kShapeMean = std::accumulate(std::begin(kHourShape), std::end(kHourShape), 0.0) / 24.0;

struct Stream {
    std::vector<std::int64_t> ts;
    std::vector<std::uint32_t> merchant;
    std::size_t merchantCount = 0;
};

// Merchant rates per average hour: a Zipf-like head of big shops and a long tail of small ones.
double merchantRate(std::size_t m) { return 0.05 + 8.0 / std::pow(double(m) + 1.0, 1.1); }

// Every merchant an independent Poisson stream with the daily shape; dayFactor scales a day.
Stream steadyStream(std::uint64_t seed, std::size_t merchants, int saleDay = -1, double saleFactor = 1.0)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::int64_t> within(0, kHourMs - 1);
    Stream s;
    s.merchantCount = merchants;
    for (int h = 0; h < kDays * 24; ++h) {
        const double dayFactor = h / 24 == saleDay ? saleFactor : 1.0;
        const double shape = kHourShape[h % 24] / kShapeMean * dayFactor;
        for (std::size_t m = 0; m < merchants; ++m) {
            std::poisson_distribution<int> poisson(merchantRate(m) * shape);
            for (int k = poisson(rng); k > 0; --k) {
                s.ts.push_back(kStartMs + std::int64_t(h) * kHourMs + within(rng));
                s.merchant.push_back(static_cast<std::uint32_t>(m));
            }
        }
    }
    std::vector<std::size_t> order(s.ts.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return s.ts[a] < s.ts[b]; });
    Stream sorted;
    sorted.merchantCount = merchants;
    for (const std::size_t i : order) {
        sorted.ts.push_back(s.ts[i]);
        sorted.merchant.push_back(s.merchant[i]);
    }
    return sorted;
}

int count(const std::vector<float>& scores, float atLeast)
{
    return static_cast<int>(std::count_if(scores.begin(), scores.end(), [&](float v) { return v >= atLeast; }));
}

} // namespace

class TestBursts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void upperTail_data();
    void upperTail();
    void degenerateInputs();
    void steadyStreamHasFewFalseBursts();
    void injectedMerchantBurstIsFound();
    void saleDayIsNotABurst();
    void platformBurstHourIsFound();
    void newMerchantWhoseLifeIsOneBurst();
    void resultIsDeterministicAndOrderFree();
    void shortDataFallsBackToSimplerSeasonality_data();
    void shortDataFallsBackToSimplerSeasonality();
    void millionTransactionsAreQuick();
    void demoBrushingIsCaught();
};

// Expected values from scipy.stats (Debian python3-scipy 1.10): -log10(poisson.sf(k - 1, mean))
// and -log10(nbinom.sf(k - 1, r, r / (r + mean))) with r = 1 / dispersion.
void TestBursts::upperTail_data()
{
    QTest::addColumn<int>("observed");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("dispersion");
    QTest::addColumn<double>("expected");

    QTest::newRow("poisson small shop") << 8 << 0.4 << 0.0 << 7.943106688008163;
    QTest::newRow("poisson 25 at 0.2") << 25 << 0.2 << 0.0 << 42.74840200712239;
    QTest::newRow("poisson large") << 131 << 100.0 << 0.0 << 2.767807093678506;
    QTest::newRow("negbin large") << 120 << 50.0 << 0.1 << 3.0063057087618636;
    QTest::newRow("negbin small shop") << 8 << 0.4 << 0.1 << 7.069720486756492;
    QTest::newRow("at the mean") << 5 << 5.0 << 0.0 << 0.0;
    QTest::newRow("below the mean") << 2 << 5.0 << 0.1 << 0.0;
    QTest::newRow("no mean") << 3 << 0.0 << 0.0 << 0.0;
}

void TestBursts::upperTail()
{
    QFETCH(int, observed);
    QFETCH(double, mean);
    QFETCH(double, dispersion);
    QFETCH(double, expected);
    const double actual = upperTailLog10(observed, mean, dispersion);
    QVERIFY2(std::abs(actual - expected) < 1e-9 * std::max(1.0, expected), qPrintable(QString::number(actual, 'g', 17)));
}

void TestBursts::degenerateInputs()
{
    const BurstDetector detector;
    QVERIFY(detector.detect({}, {}, 0).txScore.empty());

    const std::vector<std::int64_t> one = {kStartMs};
    const auto single = detector.detect(one, {}, 0);
    QCOMPARE(single.txScore.size(), std::size_t(1));
    QVERIFY(single.events.empty());

    // Thirty transactions in one minute with nothing to compare them to: no baseline, no burst
    // claim about the platform; merchant ids out of range or missing count as none.
    std::vector<std::int64_t> clump(30, kStartMs);
    std::vector<std::uint32_t> ids(20, 7);
    const auto result = detector.detect(clump, ids, 3);
    QCOMPARE(result.txScore.size(), clump.size());
    QVERIFY(result.events.empty());
}

void TestBursts::steadyStreamHasFewFalseBursts()
{
    const Stream s = steadyStream(1, 300);
    const auto result = BurstDetector().detect(s.ts, s.merchant, s.merchantCount);
    int platform = 0;
    int platformStrong = 0;
    int merchantStrong = 0;
    for (const BurstEvent& e : result.events) {
        if (e.scopeMerchant < 0) {
            ++platform;
            platformStrong += e.score >= 0.3 ? 1 : 0;
        } else if (e.score >= 0.3) {
            ++merchantStrong;
        }
    }
    const int flagged = count(result.txScore, 0.5f);
    qInfo("%zu transactions over %d hours: %d platform events, %zu events in all, %d merchant events >= 0.3, "
          "%d transactions >= 0.5",
          s.ts.size(), kDays * 24, platform, result.events.size(), merchantStrong, flagged);
    // p < 1e-3 over 1,440 platform hours: a few faint events are chance, strong ones are not.
    QVERIFY(platform <= 5);
    QVERIFY(platformStrong == 0);
    QVERIFY(merchantStrong <= 3);
    QVERIFY(result.events.size() <= 10);
    QVERIFY(flagged <= 50);
}

void TestBursts::injectedMerchantBurstIsFound()
{
    Stream s = steadyStream(2, 300);
    // Merchant 36's rate is about 0.2 an hour; 25 extra orders in the evening of day 40.
    const std::uint32_t victim = 36;
    QVERIFY(std::abs(merchantRate(victim) - 0.2) < 0.05);
    const std::int64_t hourStart = kStartMs + (40 * 24 + 20) * kHourMs;
    std::mt19937_64 rng(5);
    std::uniform_int_distribution<std::int64_t> within(0, kHourMs - 1);
    for (int i = 0; i < 25; ++i) {
        const std::int64_t t = hourStart + within(rng);
        const auto pos = std::upper_bound(s.ts.begin(), s.ts.end(), t) - s.ts.begin();
        s.ts.insert(s.ts.begin() + pos, t);
        s.merchant.insert(s.merchant.begin() + pos, victim);
    }
    const auto result = BurstDetector().detect(s.ts, s.merchant, s.merchantCount);

    const auto event = std::find_if(result.events.begin(), result.events.end(), [&](const BurstEvent& e) {
        return e.scopeMerchant == int(victim) && e.hourStartMs == hourStart;
    });
    QVERIFY(event != result.events.end());
    qInfo("injected hour: observed %d, expected %.3f, score %.3f", event->observed, event->expected, event->score);
    QVERIFY(event->observed >= 25);
    QVERIFY(event->expected < 1.0);
    QVERIFY(event->score >= 0.9);
    for (std::size_t i = 0; i < s.ts.size(); ++i) {
        const bool inBurst = s.merchant[i] == victim && s.ts[i] >= hourStart && s.ts[i] < hourStart + kHourMs;
        if (inBurst)
            QCOMPARE(result.txScore[i], float(event->score));
        else
            QVERIFY2(result.txScore[i] < 0.5f, qPrintable(QString("row %1 scored %2").arg(i).arg(result.txScore[i])));
    }
}

void TestBursts::saleDayIsNotABurst()
{
    const int saleDay = 32;
    const Stream s = steadyStream(3, 300, saleDay, 2.5);
    const auto result = BurstDetector().detect(s.ts, s.merchant, s.merchantCount);
    const std::int64_t saleStart = kStartMs + saleDay * 24 * kHourMs;
    const std::int64_t saleEnd = saleStart + 24 * kHourMs;
    std::vector<bool> hourFlagged(24, false);
    int platformHours = 0;
    for (const BurstEvent& e : result.events) {
        if (e.hourStartMs < saleStart || e.hourStartMs >= saleEnd)
            continue;
        if (e.scopeMerchant < 0) {
            qInfo("  platform event at hour %d: observed %d, expected %.1f, score %.3f",
                  int((e.hourStartMs - saleStart) / kHourMs), e.observed, e.expected, e.score);
            ++platformHours;
        } else if (e.score >= 0.3)
            hourFlagged[static_cast<std::size_t>((e.hourStartMs - saleStart) / kHourMs)] = true;
    }
    int saleTx = 0;
    int saleFlagged = 0;
    for (std::size_t i = 0; i < s.ts.size(); ++i)
        if (s.ts[i] >= saleStart && s.ts[i] < saleEnd) {
            ++saleTx;
            saleFlagged += result.txScore[i] >= 0.5f ? 1 : 0;
        }
    const int merchantHours = static_cast<int>(std::count(hourFlagged.begin(), hourFlagged.end(), true));
    qInfo("sale day: %d transactions, %d platform event hours, %d hours with a merchant event >= 0.3, "
          "%d transactions >= 0.5",
          saleTx, platformHours, merchantHours, saleFlagged);
    QVERIFY(platformHours <= 2);
    QVERIFY(merchantHours <= 3);
    QVERIFY(saleFlagged <= saleTx / 100);
}

void TestBursts::platformBurstHourIsFound()
{
    // A bot spraying 300 orders over 200 merchants in one night hour (expected ~20 in all).
    Stream s = steadyStream(4, 300);
    const std::int64_t hourStart = kStartMs + (20 * 24 + 3) * kHourMs;
    std::mt19937_64 rng(6);
    std::uniform_int_distribution<std::int64_t> within(0, kHourMs - 1);
    std::uniform_int_distribution<std::uint32_t> anyMerchant(100, 299);
    for (int i = 0; i < 300; ++i) {
        const std::int64_t t = hourStart + within(rng);
        const auto pos = std::upper_bound(s.ts.begin(), s.ts.end(), t) - s.ts.begin();
        s.ts.insert(s.ts.begin() + pos, t);
        s.merchant.insert(s.merchant.begin() + pos, anyMerchant(rng));
    }
    const auto result = BurstDetector().detect(s.ts, s.merchant, s.merchantCount);
    const auto event = std::find_if(result.events.begin(), result.events.end(), [&](const BurstEvent& e) {
        return e.scopeMerchant == -1 && e.hourStartMs == hourStart;
    });
    QVERIFY(event != result.events.end());
    qInfo("platform burst hour: observed %d, expected %.1f, score %.3f", event->observed, event->expected, event->score);
    QCOMPARE(event->score, 1.0);
    const auto first = std::lower_bound(s.ts.begin(), s.ts.end(), hourStart) - s.ts.begin();
    QCOMPARE(result.txScore[static_cast<std::size_t>(first)], 1.0f);
}

void TestBursts::newMerchantWhoseLifeIsOneBurst()
{
    // A shop that appears once, with 20 orders in one hour: its own average would explain
    // them, so its volume is spread over a week (minMerchantSpanHours) instead.
    Stream s = steadyStream(12, 100);
    const auto newcomer = static_cast<std::uint32_t>(s.merchantCount++);
    const std::int64_t hourStart = kStartMs + (30 * 24 + 14) * kHourMs;
    for (int i = 0; i < 20; ++i) {
        const std::int64_t t = hourStart + i * 60'000;
        const auto pos = std::upper_bound(s.ts.begin(), s.ts.end(), t) - s.ts.begin();
        s.ts.insert(s.ts.begin() + pos, t);
        s.merchant.insert(s.merchant.begin() + pos, newcomer);
    }
    const auto result = BurstDetector().detect(s.ts, s.merchant, s.merchantCount);
    const auto event = std::find_if(result.events.begin(), result.events.end(),
                                    [&](const BurstEvent& e) { return e.scopeMerchant == int(newcomer); });
    QVERIFY(event != result.events.end());
    QCOMPARE(event->hourStartMs, hourStart);
    QVERIFY(event->expected < 0.5);
    QVERIFY(event->score >= 0.9);
}

void TestBursts::resultIsDeterministicAndOrderFree()
{
    const Stream s = steadyStream(7, 120);
    const BurstDetector detector;
    const auto a = detector.detect(s.ts, s.merchant, s.merchantCount);
    const auto b = detector.detect(s.ts, s.merchant, s.merchantCount);
    QCOMPARE(a.txScore, b.txScore);
    QCOMPARE(a.events.size(), b.events.size());

    // Shuffled input: the same scores, row by row.
    std::vector<std::size_t> perm(s.ts.size());
    std::iota(perm.begin(), perm.end(), std::size_t(0));
    std::shuffle(perm.begin(), perm.end(), std::mt19937_64(8));
    std::vector<std::int64_t> ts(perm.size());
    std::vector<std::uint32_t> merchant(perm.size());
    for (std::size_t i = 0; i < perm.size(); ++i) {
        ts[i] = s.ts[perm[i]];
        merchant[i] = s.merchant[perm[i]];
    }
    const auto c = detector.detect(ts, merchant, s.merchantCount);
    QCOMPARE(c.events.size(), a.events.size());
    for (std::size_t i = 0; i < perm.size(); ++i)
        QCOMPARE(c.txScore[i], a.txScore[perm[i]]);
}

void TestBursts::shortDataFallsBackToSimplerSeasonality_data()
{
    QTest::addColumn<int>("hours");
    QTest::addColumn<int>("seasonality");
    QTest::newRow("one day") << 30 << int(PlatformBaseline::Seasonality::Flat);
    QTest::newRow("ten days") << 240 << int(PlatformBaseline::Seasonality::HourOfDay);
    QTest::newRow("four weeks") << 4 * 168 << int(PlatformBaseline::Seasonality::HourOfWeek);
}

void TestBursts::shortDataFallsBackToSimplerSeasonality()
{
    QFETCH(int, hours);
    QFETCH(int, seasonality);
    std::mt19937_64 rng(9);
    std::vector<int> counts(static_cast<std::size_t>(hours));
    for (int h = 0; h < hours; ++h)
        counts[static_cast<std::size_t>(h)] = std::poisson_distribution<int>(30.0 * kHourShape[h % 24])(rng);
    const PlatformBaseline baseline(counts, kStartMs / kHourMs, BurstParameters{});
    QCOMPARE(int(baseline.seasonality()), seasonality);
    QCOMPARE(baseline.expected().size(), counts.size());
    for (const double e : baseline.expected())
        QVERIFY(e > 0.0 && std::isfinite(e));
    if (seasonality != int(PlatformBaseline::Seasonality::Flat)) {
        // The evening peak (hour 20) is expected busier than the small hours (hour 4).
        QVERIFY(baseline.expected()[24 * 2 + 20] > 5.0 * baseline.expected()[24 * 2 + 4]);
    }
}

void TestBursts::millionTransactionsAreQuick()
{
    // 1M transactions, 5,000 merchants (Zipf-like), 90 days.
    const std::size_t n = 1'000'000;
    const std::size_t merchants = 5000;
    std::mt19937_64 rng(10);
    std::vector<double> weights(merchants);
    for (std::size_t m = 0; m < merchants; ++m)
        weights[m] = 1.0 / std::pow(double(m) + 1.0, 1.05);
    std::discrete_distribution<std::uint32_t> pickMerchant(weights.begin(), weights.end());
    std::uniform_int_distribution<std::int64_t> when(0, 90 * 24 * kHourMs - 1);
    std::vector<std::int64_t> ts(n);
    for (auto& t : ts)
        t = kStartMs + when(rng);
    std::sort(ts.begin(), ts.end());
    std::vector<std::uint32_t> merchant(n);
    for (auto& m : merchant)
        m = pickMerchant(rng);

    const auto start = std::chrono::steady_clock::now();
    const auto result = BurstDetector().detect(ts, merchant, merchants);
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    qInfo("1M transactions, 5k merchants, 90 days: %.0f ms, %zu events, %d transactions >= 0.5", ms,
          result.events.size(), count(result.txScore, 0.5f));
    QCOMPARE(result.txScore.size(), n);
    QVERIFY(ms < 5000.0); // a smoke check on complexity; tests/bench holds the real figures
}

void TestBursts::demoBrushingIsCaught()
{
    synth::DemoConfig config; // the built-in demo: 20,000 accounts, 60 days
    const auto records = synth::DemoGenerator(config).generate();
    QVERIFY(!records.empty());
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::int64_t> ts;
    std::vector<std::uint32_t> merchant;
    ts.reserve(records.size());
    merchant.reserve(records.size());
    for (const auto& r : records) {
        ts.push_back(r.timestampMs);
        if (r.merchantId.empty()) {
            merchant.push_back(BurstDetector::kNoMerchant);
            continue;
        }
        const auto [it, added] = ids.try_emplace(r.merchantId, static_cast<std::uint32_t>(ids.size()));
        merchant.push_back(it->second);
    }

    const auto start = std::chrono::steady_clock::now();
    const auto result = BurstDetector().detect(ts, merchant, ids.size());
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();

    int brushing = 0;
    int brushingHit = 0;
    int genuine = 0;
    int genuineHit = 0;
    std::unordered_map<std::string, std::pair<int, int>> byPattern;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const bool hit = result.txScore[i] >= 0.5f;
        const std::string& pattern = records[i].fraudPattern;
        if (pattern.empty()) {
            ++genuine;
            genuineHit += hit ? 1 : 0;
            continue;
        }
        auto& [all, flagged] = byPattern[pattern];
        ++all;
        flagged += hit ? 1 : 0;
        if (pattern == "brushing") {
            ++brushing;
            brushingHit += hit ? 1 : 0;
        }
    }
    int platformEvents = 0;
    for (const BurstEvent& e : result.events)
        platformEvents += e.scopeMerchant < 0 ? 1 : 0;
    qInfo("demo: %zu transactions, %zu merchants, detect %.0f ms, %zu events (%d platform)", records.size(), ids.size(),
          ms, result.events.size(), platformEvents);
    for (const auto& [pattern, counts] : byPattern)
        qInfo("  %-18s %6d transactions, %6d with txScore >= 0.5", pattern.c_str(), counts.first, counts.second);
    const double recall = brushing > 0 ? double(brushingHit) / brushing : 0.0;
    const double genuineShare = double(genuineHit) / genuine;
    qInfo("  brushing recall %.3f (%d/%d); genuine flagged %.4f %% (%d/%d)", recall, brushingHit, brushing,
          100.0 * genuineShare, genuineHit, genuine);
    QVERIFY(brushing > 0);
    QVERIFY(recall >= 0.7);
    QVERIFY(genuineShare <= 0.005);
}

QTEST_APPLESS_MAIN(TestBursts)
#include "test_bursts.moc"
