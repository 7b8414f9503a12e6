#include "features/transaction_frame.h"
#include "graph/ring_cancelled.h"
#include "features/frame_builder.h"
#include "graph/ring_detector.h"
#include "graph/ring_layout.h"
#include "store/transaction_record.h"
#include "synth/demo_generator.h"
#include "util/progress.h"

#include <QTest>

#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

using namespace fraudlens;
using features::EntityKind;
using features::TransactionFrame;
using graph::RingDetector;
using graph::RingParameters;
using graph::RingResult;

namespace {

constexpr std::int64_t kHour = 3600LL * 1000;
constexpr std::int64_t kDay = 24 * kHour;
constexpr std::int64_t kStart = 1788220800000; // 2026-09-01

// Hand-written transactions for the small scenarios.
struct Tx {
    std::string account;
    std::int64_t ts;
    std::int64_t created;
    std::string device, ip, card, address, merchant;
};

class Scenario {
public:
    void add(const Tx& t)
    {
        store::TransactionRecord r;
        r.accountId = t.account;
        r.timestampMs = t.ts;
        r.accountCreatedMs = t.created;
        r.amount = 20.0;
        r.deviceId = t.device.empty() ? "dev-" + t.account : t.device;
        r.ip = t.ip.empty() ? "ip-" + t.account : t.ip;
        r.cardId = t.card.empty() ? "card-" + t.account : t.card;
        r.address = t.address.empty() ? "addr-" + t.account : t.address;
        r.email = t.account + "@mail.example";
        r.merchantId = t.merchant.empty() ? "shop-big" : t.merchant;
        m_records.push_back(std::move(r));
    }
    // Unrelated genuine accounts with their own everything, buying over two months.
    void background(int accounts, std::uint32_t seed)
    {
        for (int i = 0; i < accounts; ++i)
            for (int k = 0; k < 4; ++k) {
                seed = seed * 1664525u + 1013904223u;
                add({"bg" + std::to_string(i), kStart + static_cast<std::int64_t>((seed >> 8) % (60 * 24 * 60)) * 60000,
                     kStart - 400 * kDay, "", "", "", "", ""});
            }
    }
    TransactionFrame frame()
    {
        std::stable_sort(m_records.begin(), m_records.end(),
                         [](const auto& a, const auto& b) { return a.timestampMs < b.timestampMs; });
        return features::FrameBuilder::fromRecords(m_records);
    }

private:
    std::vector<store::TransactionRecord> m_records;
};

std::uint32_t accountIndex(const TransactionFrame& f, const std::string& id)
{
    for (std::size_t a = 0; a < f.accountExternalId.size(); ++a)
        if (f.accountExternalId[a] == id)
            return static_cast<std::uint32_t>(a);
    return features::kNoId;
}

// The ring of an account, or nullptr.
const graph::Ring* ringOf(const RingResult& r, const TransactionFrame& f, const std::string& id)
{
    const std::uint32_t a = accountIndex(f, id);
    return a == features::kNoId || r.ringOf[a] < 0 ? nullptr : &r.rings[static_cast<std::size_t>(r.ringOf[a])];
}

class CancelAfter : public util::Progress {
public:
    explicit CancelAfter(int calls) : m_left(calls) {}
    bool report(double, std::string_view) override { return m_left-- > 0; }

private:
    int m_left;
};

void addYoungRing(Scenario& s)
{
    const std::int64_t base = kStart + 20 * kDay;
    for (int m = 0; m < 8; ++m) {
        const std::int64_t created = base + m * 40 * 60 * 1000; // within ~5 hours
        const std::string id = "ring" + std::to_string(m);
        s.add({id, created + kHour, created, m % 2 ? "dev-r1" : "dev-r2", "ip-r" + std::to_string(m % 3), "card-r1", "", "shop-big"});
        s.add({id, created + 3 * kHour, created, m % 2 ? "dev-r1" : "dev-r2", "ip-r" + std::to_string(m % 3), "card-r1", "", ""});
    }
}

void addHousehold(Scenario& s)
{
    for (int m = 0; m < 3; ++m) {
        const std::string id = "home" + std::to_string(m);
        for (int k = 0; k < 6; ++k)
            s.add({id, kStart + (k * 9 + m * 3) * kDay + m * kHour, kStart - (700 + 200 * m) * kDay, "dev-home", "ip-home", "",
                   "addr-home", ""});
    }
}

} // namespace

class TestRings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void youngRingOutscoresHousehold();
    void sharedNatIpMakesNoRing();
    void brushingCrewAtSmallMerchant();
    void oversizedComponentIsSplit();
    void resultIsConsistent();
    void deterministic();
    void cancelThrows();
    void layout();
    void demoDataQuality();
};

void TestRings::youngRingOutscoresHousehold()
{
    Scenario s;
    s.background(100, 7);
    addYoungRing(s);
    addHousehold(s);
    const TransactionFrame f = s.frame();
    const RingResult r = RingDetector().detect(f, RingParameters{});

    const graph::Ring* ring = ringOf(r, f, "ring0");
    QVERIFY(ring != nullptr);
    QCOMPARE(ring->members.size(), std::size_t(8));
    for (int m = 1; m < 8; ++m)
        QCOMPARE(ringOf(r, f, "ring" + std::to_string(m)), ring);
    QCOMPARE(ring->sharedByKind[static_cast<std::size_t>(EntityKind::Device)], 2);
    QCOMPARE(ring->sharedByKind[static_cast<std::size_t>(EntityKind::Card)], 1);
    QVERIFY(ring->medianAgeHours < 2.0);
    QVERIFY2(ring->score >= 0.6, qPrintable(QString::number(ring->score)));

    const graph::Ring* home = ringOf(r, f, "home0");
    const double homeScore = home != nullptr ? home->score : 0.0;
    QVERIFY2(homeScore < 0.4, qPrintable(QString::number(homeScore)));
    QVERIFY(ring->score > homeScore + 0.3);
    QCOMPARE(ring->index, 0);
    QVERIFY(ringOf(r, f, "bg0") == nullptr);
}

void TestRings::sharedNatIpMakesNoRing()
{
    Scenario s;
    std::uint32_t seed = 11;
    // 200 colleagues behind one office NAT, and 30 behind a smaller one: both innocent.
    for (int i = 0; i < 230; ++i) {
        const std::string ip = i < 200 ? "ip-office" : "ip-branch";
        for (int k = 0; k < 5; ++k) {
            seed = seed * 1664525u + 1013904223u;
            s.add({"staff" + std::to_string(i), kStart + static_cast<std::int64_t>(seed % (50 * 24)) * kHour,
                   kStart - 300 * kDay, "", ip, "", "", ""});
        }
    }
    const TransactionFrame f = s.frame();
    const RingResult r = RingDetector().detect(f, RingParameters{});
    QCOMPARE(r.rings.size(), std::size_t(0));
    for (const int ring : r.ringOf)
        QCOMPARE(ring, -1);
}

void TestRings::brushingCrewAtSmallMerchant()
{
    Scenario s;
    std::uint32_t seed = 5;
    const auto next = [&seed](std::uint32_t mod) {
        seed = seed * 1664525u + 1013904223u;
        return static_cast<std::int64_t>((seed >> 8) % mod);
    };
    // A big shop: 200 genuine buyers over seven weeks. A small shop: 20 genuine buyers.
    for (int i = 0; i < 200; ++i)
        for (int k = 0; k < 2; ++k)
            s.add({"buyer" + std::to_string(i), kStart + next(49 * 24) * kHour + next(60) * 60000, kStart - 100 * kDay, "",
                   "", "", "", "shop-big"});
    for (int i = 0; i < 20; ++i)
        s.add({"local" + std::to_string(i), kStart + next(49 * 24) * kHour, kStart - 100 * kDay, "", "", "", "", "shop-small"});
    // The crew: 15 accounts made a month earlier, 3 phones, 2 parcel addresses, one 2-hour burst.
    const std::int64_t burst = kStart + 30 * kDay + 10 * kHour;
    for (int m = 0; m < 15; ++m) {
        const std::string id = "crew" + std::to_string(m);
        const std::int64_t created = kStart - next(30) * kDay;
        s.add({id, burst + next(120) * 60000, created, "dev-farm" + std::to_string(m % 3), "",
               "", "addr-drop" + std::to_string(m % 2), "shop-small"});
    }
    const TransactionFrame f = s.frame();
    const RingResult r = RingDetector().detect(f, RingParameters{});

    const graph::Ring* crew = ringOf(r, f, "crew0");
    QVERIFY(crew != nullptr);
    QCOMPARE(crew->members.size(), std::size_t(15));
    QVERIFY(crew->sharedByKind[static_cast<std::size_t>(EntityKind::Merchant)] >= 1);
    QVERIFY2(crew->score >= 0.5, qPrintable(QString::number(crew->score)));
    QVERIFY(crew->timeSpreadHours <= 2.0);
    for (int i = 0; i < 200; ++i)
        QVERIFY(ringOf(r, f, "buyer" + std::to_string(i)) == nullptr);
    int localsInRings = 0;
    for (int i = 0; i < 20; ++i)
        localsInRings += ringOf(r, f, "local" + std::to_string(i)) != nullptr;
    QCOMPARE(localsInRings, 0);
}

void TestRings::oversizedComponentIsSplit()
{
    // Two crews of 8, each on its own card, joined by one account that used both cards:
    // with maxRingAccounts = 10 the component of 17 is cut at that articulation account.
    Scenario s;
    const std::int64_t base = kStart + 10 * kDay;
    for (int crew = 0; crew < 2; ++crew)
        for (int m = 0; m < 8; ++m) {
            const std::string id = "c" + std::to_string(crew) + "m" + std::to_string(m);
            s.add({id, base + m * kHour, base + m * kHour - kHour, "", "", "card-c" + std::to_string(crew), "", ""});
        }
    s.add({"bridge", base, base - kHour, "", "", "card-c0", "", ""});
    s.add({"bridge", base + kHour, base - kHour, "", "", "card-c1", "", ""});
    const TransactionFrame f = s.frame();
    RingParameters params;
    params.maxRingAccounts = 10;
    const RingResult r = RingDetector().detect(f, params);
    QCOMPARE(r.rings.size(), std::size_t(2));
    QVERIFY(ringOf(r, f, "c0m0") != ringOf(r, f, "c1m0"));
    for (int m = 1; m < 8; ++m) {
        QCOMPARE(ringOf(r, f, "c0m" + std::to_string(m)), ringOf(r, f, "c0m0"));
        QCOMPARE(ringOf(r, f, "c1m" + std::to_string(m)), ringOf(r, f, "c1m0"));
    }
    QVERIFY(ringOf(r, f, "bridge") != nullptr);
    // Unsplit with the default limit.
    QCOMPARE(RingDetector().detect(f, RingParameters{}).rings.size(), std::size_t(1));
}

void TestRings::resultIsConsistent()
{
    Scenario s;
    s.background(50, 3);
    addYoungRing(s);
    addHousehold(s);
    const TransactionFrame f = s.frame();
    const RingResult r = RingDetector().detect(f, RingParameters{});
    QCOMPARE(r.ringOf.size(), f.accountCount());
    QCOMPARE(r.accountScore.size(), f.accountCount());
    QCOMPARE(r.sharingScore.size(), f.accountCount());
    std::size_t inRings = 0;
    for (std::size_t i = 0; i < r.rings.size(); ++i) {
        const graph::Ring& ring = r.rings[i];
        QCOMPARE(ring.index, static_cast<int>(i));
        if (i > 0)
            QVERIFY(r.rings[i - 1].score >= ring.score);
        QVERIFY(ring.score >= 0.0 && ring.score <= 1.0);
        QVERIFY(std::is_sorted(ring.members.begin(), ring.members.end()));
        QVERIFY(!ring.shared.empty());
        for (const std::uint32_t a : ring.members) {
            QCOMPARE(r.ringOf[a], ring.index);
            QCOMPARE(r.accountScore[a], static_cast<float>(ring.score));
            QVERIFY(r.sharingScore[a] > 0.0f);
        }
        inRings += ring.members.size();
    }
    std::size_t flagged = 0;
    for (std::size_t a = 0; a < f.accountCount(); ++a) {
        flagged += r.ringOf[a] >= 0;
        if (r.ringOf[a] < 0)
            QCOMPARE(r.accountScore[a], 0.0f);
    }
    QCOMPARE(flagged, inRings);
}

void TestRings::deterministic()
{
    Scenario s;
    s.background(80, 9);
    addYoungRing(s);
    addHousehold(s);
    const TransactionFrame f = s.frame();
    const RingResult a = RingDetector().detect(f, RingParameters{});
    const RingResult b = RingDetector().detect(f, RingParameters{});
    QCOMPARE(a.ringOf, b.ringOf);
    QCOMPARE(a.accountScore, b.accountScore);
    QCOMPARE(a.rings.size(), b.rings.size());
    for (std::size_t i = 0; i < a.rings.size(); ++i) {
        QCOMPARE(a.rings[i].members, b.rings[i].members);
        QCOMPARE(a.rings[i].shared.size(), b.rings[i].shared.size());
        for (std::size_t k = 0; k < a.rings[i].shared.size(); ++k)
            QCOMPARE(a.rings[i].shared[k].id, b.rings[i].shared[k].id);
    }
}

void TestRings::cancelThrows()
{
    Scenario s;
    addYoungRing(s);
    const TransactionFrame f = s.frame();
    CancelAfter cancel(1);
    QVERIFY_THROWS_EXCEPTION(graph::RingCancelled, RingDetector().detect(f, RingParameters{}, &cancel));
}

void TestRings::layout()
{
    Scenario s;
    addYoungRing(s);
    const TransactionFrame f = s.frame();
    const RingResult r = RingDetector().detect(f, RingParameters{});
    QVERIFY(!r.rings.empty());
    const graph::PictureGraph picture = graph::RingLayout::ringPicture(f, r.rings.front());
    QCOMPARE(picture.nodes.size(), r.rings.front().members.size() + r.rings.front().shared.size());
    QVERIFY(picture.edges.size() >= r.rings.front().members.size());

    const auto points = graph::RingLayout::layout(picture.nodes.size(), picture.edges, 7);
    QCOMPARE(points.size(), picture.nodes.size());
    for (const auto& p : points) {
        QVERIFY(std::isfinite(p.x) && std::isfinite(p.y));
        QVERIFY(std::abs(p.x) <= 1.0 + 1e-9 && std::abs(p.y) <= 1.0 + 1e-9);
    }
    const auto again = graph::RingLayout::layout(picture.nodes.size(), picture.edges, 7);
    for (std::size_t i = 0; i < points.size(); ++i) {
        QCOMPARE(points[i].x, again[i].x);
        QCOMPARE(points[i].y, again[i].y);
    }
    const auto distance = [&](std::size_t a, std::size_t b) { return std::hypot(points[a].x - points[b].x, points[a].y - points[b].y); };
    double edgeMean = 0.0;
    for (const auto& [a, b] : picture.edges)
        edgeMean += distance(a, b);
    edgeMean /= static_cast<double>(picture.edges.size());
    double allMean = 0.0;
    std::size_t pairs = 0;
    for (std::size_t a = 0; a < points.size(); ++a)
        for (std::size_t b = a + 1; b < points.size(); ++b, ++pairs)
            allMean += distance(a, b);
    allMean /= static_cast<double>(pairs);
    QVERIFY2(edgeMean < allMean, qPrintable(QString("edge %1 vs all %2").arg(edgeMean).arg(allMean)));

    // Degenerate inputs.
    QCOMPARE(graph::RingLayout::layout(0, {}).size(), std::size_t(0));
    QCOMPARE(graph::RingLayout::layout(1, {}).size(), std::size_t(1));
}

void TestRings::demoDataQuality()
{
    // RING_SEED / RING_ACCOUNTS try other demo platforms by hand (defaults in CI).
    synth::DemoConfig config;
    if (qEnvironmentVariableIsSet("RING_SEED"))
        config.seed = qEnvironmentVariableIntValue("RING_SEED");
    if (qEnvironmentVariableIsSet("RING_ACCOUNTS"))
        config.accounts = qEnvironmentVariableIntValue("RING_ACCOUNTS");
    const auto records = synth::DemoGenerator(config).generate();
    const TransactionFrame f = features::FrameBuilder::fromRecords(records);

    const auto t0 = std::chrono::steady_clock::now();
    const RingResult r = RingDetector().detect(f, RingParameters{});
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    qInfo("detect(): %zu transactions, %zu accounts, %zu rings in %.0f ms", f.size(), f.accountCount(), r.rings.size(), ms);

    // Per account: the patterns of its fraud transactions, or genuine.
    std::vector<std::set<std::string>> patterns(f.accountCount());
    std::vector<bool> fraud(f.accountCount(), false);
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f.label[i] == 1)
            fraud[f.account[i]] = true;
        if (f.pattern[i] != 0)
            patterns[f.account[i]].insert(f.patternNames[f.pattern[i] - 1u]);
    }
    const auto caught = [&](std::size_t a) { return r.ringOf[a] >= 0 && r.accountScore[a] >= 0.5f; };
    std::map<std::string, std::pair<int, int>> byPattern; // caught, total
    int genuine = 0;
    int genuineCaught = 0;
    for (std::size_t a = 0; a < f.accountCount(); ++a) {
        for (const auto& p : patterns[a]) {
            byPattern[p].second += 1;
            byPattern[p].first += caught(a) ? 1 : 0;
        }
        if (!fraud[a]) {
            ++genuine;
            genuineCaught += caught(a) ? 1 : 0;
        }
    }
    for (const auto& [name, counts] : byPattern)
        qInfo("%-18s %5d / %5d accounts in rings scoring >= 0.5 (%.3f)", name.c_str(), counts.first, counts.second,
              counts.second ? double(counts.first) / counts.second : 0.0);
    qInfo("genuine            %5d / %5d (%.4f)", genuineCaught, genuine, genuine ? double(genuineCaught) / genuine : 0.0);
    int highRings = 0;
    for (const auto& ring : r.rings)
        highRings += ring.score >= 0.5;
    qInfo("rings scoring >= 0.5: %d of %zu", highRings, r.rings.size());

    const auto share = [&](const char* name) {
        const auto& c = byPattern[name];
        return c.second ? double(c.first) / c.second : 0.0;
    };
    QVERIFY(byPattern["ring"].second > 0 && byPattern["brushing"].second > 0 && byPattern["promo_abuse"].second > 0);
    QVERIFY2(share("ring") >= 0.9, qPrintable(QString::number(share("ring"))));
    QVERIFY2(share("brushing") >= 0.8, qPrintable(QString::number(share("brushing"))));
    QVERIFY2(share("promo_abuse") >= 0.8, qPrintable(QString::number(share("promo_abuse"))));
    QVERIFY2(double(genuineCaught) / genuine <= 0.01, qPrintable(QString::number(double(genuineCaught) / genuine)));
}

QTEST_APPLESS_MAIN(TestRings)
#include "test_rings.moc"
