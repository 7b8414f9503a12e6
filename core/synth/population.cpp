#include "synth/population.h"

#include "synth/calendar.h"
#include "synth/country_table.h"
#include "synth/demo_config.h"
#include "synth/random.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace fraudlens::synth {

namespace {

// Mean transactions per ordinary day of the lognormal part; calibrated so the default
// platform averages about 12 transactions per account over 60 days.
constexpr double kMeanActivity = 0.24;
constexpr double kActivitySigma = 1.2;
constexpr double kDormantShare = 0.25;
constexpr double kSpendSigma = 0.6;

constexpr std::array<double, 5> kDomainWeights = {40.0, 25.0, 20.0, 13.0, 2.0};
constexpr std::uint32_t kThrowawayDomain = 4;

} // namespace

Population::Population(const DemoConfig& config, const Calendar& calendar, Random& rng)
{
    m_gatewaySalt = rng.bits();
    // Gateways scale with the country's customers, a handful of phones behind each:
    // enough to blur "shared IP" as a signal without drowning the NATs that matter.
    m_gatewayCount.resize(static_cast<std::size_t>(countryCount()));
    for (int c = 0; c < countryCount(); ++c)
        m_gatewayCount[static_cast<std::size_t>(c)] =
            std::max(3, static_cast<int>(config.accounts * countryInfo(c).weight / 100.0 / 4.0));
    createAccounts(config, calendar, rng);
    createOffices(rng);
}

std::uint32_t Population::addAccount(const AccountProfile& profile)
{
    m_accounts.push_back(profile);
    return static_cast<std::uint32_t>(m_accounts.size() - 1);
}

std::uint32_t Population::newEmail(Random& rng, bool throwaway)
{
    const auto domain = throwaway && rng.bernoulli(0.6) ? kThrowawayDomain
                                                        : static_cast<std::uint32_t>(rng.weighted(kDomainWeights));
    return (m_nextEmail++ << 3) | domain;
}

std::uint32_t Population::mobileIp(Random& rng, int country, std::uint32_t slotBase) const
{
    const auto slots = static_cast<std::uint32_t>(m_gatewayCount[static_cast<std::size_t>(country)]);
    const std::uint64_t slot = (slotBase + static_cast<std::uint32_t>(rng.uniformInt(0, 2))) % slots;
    return ipInCountry(country, mixSeed(m_gatewaySalt, (static_cast<std::uint64_t>(country) << 32) | slot));
}

void Population::createAccounts(const DemoConfig& config, const Calendar& calendar, Random& rng)
{
    const auto n = static_cast<std::uint32_t>(std::max(config.accounts, 0));
    m_accounts.reserve(n + n / 10 + 256); // room for the accounts fraud patterns create (~7%)
    m_accounts.resize(n);
    m_genuineCount = n;
    std::uint32_t i = 0;
    while (i < n) {
        AccountProfile& head = m_accounts[i];
        createAccount(head, config, calendar, rng);
        ++i;
        // About 5% of sign-ups bring a household: family members share a tablet, the
        // home connection and the delivery address.
        if (!rng.bernoulli(0.05) || i >= n)
            continue;
        const int members = static_cast<int>(rng.uniformInt(1, 3));
        const std::uint32_t shared = newDevice();
        head.devices[1] = shared;
        head.deviceCount = 2;
        for (int m = 0; m < members && i < n; ++m, ++i) {
            createAccount(m_accounts[i], config, calendar, rng);
            joinHousehold(m_accounts[i], head, shared, calendar.endMs(), rng);
        }
    }
}

void Population::createAccount(AccountProfile& a, const DemoConfig& config, const Calendar& calendar, Random& rng)
{
    if (rng.bernoulli(0.15)) {
        a.createdMs = calendar.startMs() + rng.uniformInt(0, calendar.endMs() - calendar.startMs() - 1);
    } else {
        a.createdMs = calendar.startMs() - rng.uniformInt(kHourMs, 3 * 365 * kDayMs);
    }
    a.country = static_cast<std::uint8_t>(pickCountry(rng));
    a.devices[0] = newDevice();
    if (rng.bernoulli(0.35)) {
        a.devices[1] = newDevice();
        a.deviceCount = 2;
    }
    a.cards[0] = newCard();
    if (rng.bernoulli(0.3)) {
        a.cards[1] = newCard();
        a.cardCount = 2;
    }
    a.homeIp = randomIp(rng, a.country);
    if (rng.bernoulli(0.1)) {
        a.newHomeIp = randomIp(rng, a.country);
        a.ipChangeMs = calendar.startMs() + rng.uniformInt(0, calendar.endMs() - calendar.startMs() - 1);
    }
    a.address = newAddress();
    a.email = newEmail(rng, false);
    a.mobileSlot = static_cast<std::uint32_t>(rng.bits() >> 40);
    a.spendLevel = static_cast<float>(rng.lognormal(-0.5 * kSpendSigma * kSpendSigma, kSpendSigma));

    // Heavy-tailed: a quarter barely shop, the lognormal tail holds the power users.
    double activity = rng.lognormal(std::log(kMeanActivity) - 0.5 * kActivitySigma * kActivitySigma, kActivitySigma);
    if (rng.bernoulli(kDormantShare))
        activity *= 0.15;
    a.activity = static_cast<float>(std::min(activity, 8.0));

    if (a.country == kChina) {
        constexpr std::array<double, 3> cn = {0.2, 0.5, 0.3}; // mini programs are a CN habit
        a.channel = static_cast<Channel>(rng.weighted(cn));
    } else {
        constexpr std::array<double, 3> other = {0.45, 0.53, 0.02};
        a.channel = static_cast<Channel>(rng.weighted(other));
    }
    constexpr std::array<double, 5> shifts = {0.1, 0.2, 0.4, 0.2, 0.1};
    a.hourShift = static_cast<std::int8_t>(static_cast<int>(rng.weighted(shifts)) - 2);
    std::array<double, kCategoryCount> taste{};
    for (int c = 0; c < kCategoryCount; ++c)
        taste[static_cast<std::size_t>(c)] = categoryShare(static_cast<Category>(c));
    a.favourite = static_cast<Category>(rng.weighted(taste));
    a.refundProne = rng.bernoulli(0.05);

    // Travellers: a new country and new IPs for a few days, but their own devices.
    if (rng.bernoulli(0.03)) {
        a.tripStartDay = static_cast<std::int16_t>(rng.uniformInt(0, std::max(config.days - 2, 0)));
        a.tripDays = static_cast<std::uint8_t>(rng.uniformInt(3, 10));
        a.tripCountry = static_cast<std::uint8_t>(pickOtherCountry(rng, a.country));
        a.tripIp = randomIp(rng, a.tripCountry);
    }
}

void Population::joinHousehold(AccountProfile& member, const AccountProfile& head, std::uint32_t sharedDevice,
                               std::int64_t windowEndMs, Random& rng)
{
    member.country = head.country;
    member.devices[1] = sharedDevice;
    member.deviceCount = 2;
    member.homeIp = head.homeIp;
    member.newHomeIp = head.newHomeIp;
    member.ipChangeMs = head.ipChangeMs;
    member.address = head.address;
    // Some couples pay with one card.
    if (rng.bernoulli(0.25)) {
        member.cards[1] = head.cards[0];
        member.cardCount = 2;
    }
    // Residents sign up around the same time about half of the time (one invites the other).
    if (rng.bernoulli(0.5)) {
        const std::int64_t joined = head.createdMs + rng.uniformInt(kHourMs, 30 * kDayMs);
        if (joined < windowEndMs)
            member.createdMs = joined;
    }
    if (member.tripStartDay >= 0) {
        member.tripCountry = static_cast<std::uint8_t>(pickOtherCountry(rng, member.country));
        member.tripIp = randomIp(rng, member.tripCountry);
    }
}

void Population::createOffices(Random& rng)
{
    const std::uint32_t n = m_genuineCount;
    if (n < 40)
        return;
    // Offices and campuses: one NAT address for dozens of unrelated colleagues.
    const int offices = std::max<int>(1, static_cast<int>(n / 1000));
    for (int o = 0; o < offices; ++o) {
        const int country = pickCountry(rng);
        const std::uint32_t ip = randomIp(rng, country);
        const int wanted = static_cast<int>(std::min<std::int64_t>(rng.uniformInt(20, 60), n / 8));
        int joined = 0;
        for (int tries = 0; tries < wanted * 40 && joined < wanted; ++tries) {
            AccountProfile& a = m_accounts[static_cast<std::size_t>(rng.uniformInt(0, n - 1))];
            if (a.country != country || a.officeIp != 0)
                continue;
            a.officeIp = ip;
            ++joined;
        }
    }
}

} // namespace fraudlens::synth
