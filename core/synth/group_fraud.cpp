#include "synth/group_fraud.h"

#include "synth/calendar.h"
#include "synth/country_table.h"
#include "synth/fraud_toolkit.h"
#include "synth/merchant_directory.h"
#include "synth/population.h"
#include "synth/random.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace fraudlens::synth {

namespace {

template <typename T>
T pickFrom(Random& rng, const std::vector<T>& pool)
{
    return pool[static_cast<std::size_t>(rng.uniformInt(0, static_cast<std::int64_t>(pool.size()) - 1))];
}

std::vector<std::uint32_t> freshIds(Random& rng, int lo, int hi, std::uint32_t (Population::*make)(), Population& population)
{
    std::vector<std::uint32_t> ids(static_cast<std::size_t>(rng.uniformInt(lo, hi)));
    for (auto& id : ids)
        id = (population.*make)();
    return ids;
}

// Resold gift cards come in round denominations, which is what rings cash out with.
double giftCardAmount(Random& rng)
{
    constexpr std::array<double, 5> values = {100.0, 200.0, 250.0, 300.0, 500.0};
    return values[static_cast<std::size_t>(rng.uniformInt(0, 4))];
}

} // namespace

int GroupFraud::ring(double roomEvents)
{
    Random& rng = m_kit.rng();
    Population& population = m_kit.population();
    const int members = m_kit.sizeFor(5, 15, roomEvents, 2.5);
    // Nearly spent budget (tiny platforms): smallest believable incident.
    const bool lean = roomEvents < members * 2.5;
    const int country = pickCountry(rng);

    // The crew's hardware: few phones, few connections, a handful of stolen cards.
    const auto devices = freshIds(rng, 1, 3, &Population::newDevice, population);
    const auto cards = freshIds(rng, 1, 3, &Population::newCard, population);
    std::vector<std::uint32_t> ips(static_cast<std::size_t>(rng.uniformInt(1, 3)));
    for (auto& ip : ips)
        ip = randomIp(rng, country);
    const bool sharedDrop = rng.bernoulli(0.4);
    const std::uint32_t dropAddress = population.newAddress();

    const std::int64_t signupSpread = rng.uniformInt(12 * kHourMs, 2 * kDayMs);
    const std::int64_t base = m_kit.incidentStart(signupSpread + kDayMs);
    int emitted = 0;
    for (int m = 0; m < members; ++m) {
        const std::int64_t created = base + rng.uniformInt(0, signupSpread);
        const std::uint32_t account = m_kit.newAccount(created, country, 0.4);
        const auto orders = lean ? 1 : rng.uniformInt(1, 4);
        // Cash out before anyone notices: first order within hours of sign-up.
        std::int64_t ts = created + rng.uniformInt(20 * kMinuteMs, 6 * kHourMs);
        for (std::int64_t o = 0; o < orders; ++o) {
            SynthEvent e = m_kit.eventFor(account, FraudPattern::Ring, ts);
            e.device = pickFrom(rng, devices);
            e.card = pickFrom(rng, cards);
            e.ip = pickFrom(rng, ips);
            if (sharedDrop)
                e.address = dropAddress;
            e.category = rng.bernoulli(0.6) ? Category::Electronics : Category::GiftCards;
            e.merchant = m_kit.merchants().pickShop(rng, e.category);
            const double amount = e.category == Category::Electronics
                ? std::clamp(rng.lognormal(std::log(800.0), 0.5), 150.0, 4000.0)
                : giftCardAmount(rng);
            e.amountCents = toCents(amount);
            e.status = rng.bernoulli(0.15) ? TxStatus::Declined : TxStatus::Approved;
            emitted += m_kit.emit(e);
            ts += kMinuteMs * 5 + static_cast<std::int64_t>(rng.exponential(2.0 * kHourMs));
        }
    }
    return emitted;
}

int GroupFraud::brushing(double roomEvents)
{
    Random& rng = m_kit.rng();
    Population& population = m_kit.population();
    const int crew = m_kit.sizeFor(10, 30, roomEvents, 3.0);
    const bool lean = roomEvents < crew * 3.0;
    const int burstDays = lean ? 1 : static_cast<int>(rng.uniformInt(1, 3));
    const int country = rng.bernoulli(0.6) ? kChina : pickCountry(rng);

    // One small shop buying fake sales to climb the rankings.
    constexpr std::array<Category, 5> kBrushed = {Category::Fashion, Category::Beauty, Category::Home, Category::Toys,
                                                  Category::Grocery};
    const Category category = kBrushed[static_cast<std::size_t>(rng.uniformInt(0, 4))];
    const std::uint32_t merchant = m_kit.merchants().pickSmallShop(rng, category);

    // Phone farm: a rack of devices behind a few proxies, parcels to a few addresses.
    const auto devices = freshIds(rng, 2, 6, &Population::newDevice, population);
    const auto addresses = freshIds(rng, 1, 3, &Population::newAddress, population);
    std::vector<std::uint32_t> ips(static_cast<std::size_t>(rng.uniformInt(1, 4)));
    for (auto& ip : ips)
        ip = randomIp(rng, country);

    std::vector<std::int64_t> dayOffsets(1, 0);
    for (int d = 1; d < burstDays; ++d)
        dayOffsets.push_back(dayOffsets.back() + rng.uniformInt(1, 4) * kDayMs);
    const std::int64_t first = m_kit.incidentStart(dayOffsets.back() + 4 * kHourMs);

    std::vector<std::uint32_t> accounts(static_cast<std::size_t>(crew));
    for (auto& account : accounts) {
        // Bought or farmed weeks earlier, kept dormant until the job.
        const std::int64_t created = first - rng.uniformInt(7 * kDayMs, 90 * kDayMs);
        account = m_kit.newAccount(created, country, 0.3);
    }
    const Channel channel = country == kChina && rng.bernoulli(0.5) ? Channel::MiniProgram : Channel::App;
    int emitted = 0;
    for (const std::int64_t offset : dayOffsets) {
        const std::int64_t burstStart = first + offset + rng.uniformInt(0, kHourMs);
        const std::int64_t burstLength = rng.uniformInt(kHourMs, 3 * kHourMs);
        for (const std::uint32_t account : accounts) {
            const auto orders = lean ? 1 : rng.uniformInt(1, 2);
            for (std::int64_t o = 0; o < orders; ++o) {
                SynthEvent e = m_kit.eventFor(account, FraudPattern::Brushing, burstStart + rng.uniformInt(0, burstLength));
                e.merchant = merchant;
                e.category = category;
                e.device = pickFrom(rng, devices);
                e.ip = pickFrom(rng, ips);
                e.address = pickFrom(rng, addresses);
                e.channel = channel;
                // Cheap items: the shop refunds the "buyers" off-platform anyway.
                e.amountCents = toCents(std::round(rng.uniform(1.0, 15.0) * 10.0) / 10.0);
                emitted += m_kit.emit(e);
            }
        }
    }
    return emitted;
}

int GroupFraud::promoAbuse(double roomEvents)
{
    Random& rng = m_kit.rng();
    Population& population = m_kit.population();
    const int signups = m_kit.sizeFor(15, 40, roomEvents, 1.5);
    const bool lean = roomEvents < signups * 1.5;
    const int country = pickCountry(rng);
    // Either one emulator host cycling fake devices, or one phone cycling proxies.
    const bool oneIp = rng.bernoulli(0.5);
    const std::uint32_t sharedIp = randomIp(rng, country);
    const std::uint32_t sharedDevice = population.newDevice();
    const auto cards = freshIds(rng, 1, 4, &Population::newCard, population);

    const std::int64_t span = rng.uniformInt(2 * kHourMs, 5 * kHourMs);
    const std::int64_t base = m_kit.incidentStart(span + 2 * kHourMs);
    int emitted = 0;
    for (int s = 0; s < signups; ++s) {
        const std::int64_t created = base + rng.uniformInt(0, span);
        const std::uint32_t account = m_kit.newAccount(created, country, 0.5);
        const std::uint32_t device = oneIp ? population.account(account).devices[0] : sharedDevice;
        const std::uint32_t ip = oneIp ? sharedIp : randomIp(rng, country);
        const auto orders = lean ? 1 : rng.uniformInt(1, 2);
        // The new-user coupon is spent at once, on goods that resell easily.
        std::int64_t ts = created + rng.uniformInt(2 * kMinuteMs, 45 * kMinuteMs);
        for (std::int64_t o = 0; o < orders; ++o) {
            SynthEvent e = m_kit.eventFor(account, FraudPattern::PromoAbuse, ts);
            e.device = device;
            e.ip = ip;
            e.card = pickFrom(rng, cards);
            e.channel = Channel::App;
            e.category = rng.bernoulli(0.5) ? Category::GiftCards : Category::DigitalGoods;
            e.merchant = m_kit.merchants().pickShop(rng, e.category);
            e.amountCents = toCents(e.category == Category::GiftCards ? 5.0 * static_cast<double>(rng.uniformInt(1, 6))
                                                                      : std::round(rng.uniform(3.0, 25.0)) - 0.01);
            emitted += m_kit.emit(e);
            ts += rng.uniformInt(kMinuteMs, 20 * kMinuteMs);
        }
    }
    return emitted;
}

} // namespace fraudlens::synth
