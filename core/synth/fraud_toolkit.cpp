#include "synth/fraud_toolkit.h"

#include "synth/calendar.h"
#include "synth/country_table.h"
#include "synth/population.h"
#include "synth/random.h"

#include <algorithm>
#include <cmath>

namespace fraudlens::synth {

FraudToolkit::FraudToolkit(Population& population, const MerchantDirectory& merchants, const Calendar& calendar,
                           Random& rng, std::vector<SynthEvent>& out)
    : m_population(population), m_merchants(merchants), m_calendar(calendar), m_rng(rng), m_out(out)
{
}

int FraudToolkit::emit(const SynthEvent& e)
{
    if (!m_calendar.inWindow(e.timestampMs))
        return 0;
    m_out.push_back(e);
    return 1;
}

std::uint32_t FraudToolkit::newAccount(std::int64_t createdMs, int country, double throwawayEmailChance)
{
    AccountProfile a;
    a.createdMs = createdMs;
    a.country = static_cast<std::uint8_t>(country);
    a.devices[0] = m_population.newDevice();
    a.cards[0] = m_population.newCard();
    a.address = m_population.newAddress();
    a.email = m_population.newEmail(m_rng, m_rng.bernoulli(throwawayEmailChance));
    a.homeIp = randomIp(m_rng, country);
    a.channel = m_rng.bernoulli(0.5) ? Channel::App : Channel::Web;
    a.fraudOnly = true;
    a.usedByFraud = true;
    return m_population.addAccount(a);
}

SynthEvent FraudToolkit::eventFor(std::uint32_t account, FraudPattern pattern, std::int64_t ts)
{
    const AccountProfile& a = m_population.account(account);
    SynthEvent e;
    e.timestampMs = ts;
    e.account = account;
    e.device = a.devices[0];
    e.card = a.cards[0];
    e.address = a.address;
    e.email = a.email;
    e.ip = a.homeIp;
    e.country = a.country;
    e.channel = a.channel;
    e.pattern = pattern;
    return e;
}

std::int64_t FraudToolkit::incidentStart(std::int64_t spanMs)
{
    const std::int64_t latest = m_calendar.endMs() - spanMs;
    if (latest <= m_calendar.startMs())
        return m_calendar.startMs();
    return m_rng.uniformInt(m_calendar.startMs(), latest - 1);
}

bool FraudToolkit::qualifies(std::uint32_t index, std::int64_t at, std::int64_t minAgeMs) const
{
    const AccountProfile& a = m_population.account(index);
    return !a.usedByFraud && !a.fraudOnly && a.createdMs <= at - minAgeMs && a.firstGenuineMs < at - kHourMs
        && a.genuineCount >= 2;
}

std::int64_t FraudToolkit::establishedAccount(std::int64_t at, std::int64_t minAgeMs)
{
    const std::uint32_t n = m_population.genuineCount();
    if (n == 0)
        return -1;
    for (int probe = 0; probe < 400; ++probe) {
        const auto index = static_cast<std::uint32_t>(m_rng.uniformInt(0, n - 1));
        if (qualifies(index, at, minAgeMs))
            return index;
    }
    // Small platforms: sweep once from a random point rather than give up.
    const auto from = static_cast<std::uint32_t>(m_rng.uniformInt(0, n - 1));
    for (std::uint32_t k = 0; k < n; ++k) {
        const std::uint32_t index = (from + k) % n;
        if (qualifies(index, at, minAgeMs))
            return index;
    }
    return -1;
}

int FraudToolkit::sizeFor(int lo, int hi, double roomEvents, double eventsPerUnit)
{
    const double fit = std::floor(roomEvents / eventsPerUnit);
    const int top = static_cast<int>(std::clamp(fit, static_cast<double>(lo), static_cast<double>(hi)));
    return static_cast<int>(m_rng.uniformInt(lo, top));
}

} // namespace fraudlens::synth
