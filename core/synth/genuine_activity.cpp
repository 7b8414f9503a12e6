#include "synth/genuine_activity.h"

#include "synth/account_profile.h"
#include "synth/calendar.h"
#include "synth/country_table.h"
#include "synth/merchant_directory.h"
#include "synth/population.h"
#include "synth/random.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace fraudlens::synth {

namespace {

constexpr double kPaymentShare = 0.16;
constexpr double kRefundRate = 0.045;       // of approved orders, ordinary shoppers
constexpr double kRefundProneRate = 0.22;   // returners: legit, but many refunds
constexpr double kDeclineRate = 0.015;      // insufficient funds, expired cards
constexpr double kBigPurchaseRate = 0.008;  // the new laptop, the family holiday

} // namespace

GenuineActivity::GenuineActivity(Population& population, const MerchantDirectory& merchants, const Calendar& calendar,
                                 Random& rng)
    : m_population(population), m_merchants(merchants), m_calendar(calendar), m_rng(rng)
{
    m_recentShops.reserve(16);
}

void GenuineActivity::generate(std::uint32_t index, std::vector<SynthEvent>& out)
{
    AccountProfile& a = m_population.account(index);
    m_recentShops.clear();
    const std::size_t first = out.size();

    const bool newcomer = a.createdMs >= m_calendar.startMs();
    if (a.createdMs >= m_calendar.endMs())
        return;
    const int firstDay = newcomer ? m_calendar.dayOf(a.createdMs) : 0;
    int count = m_rng.poisson(static_cast<double>(a.activity) * m_calendar.activeWeight(firstDay));

    // Many newcomers buy within hours of signing up: the welcome coupon is legit too.
    if (newcomer && m_rng.bernoulli(0.45)) {
        const std::int64_t ts = a.createdMs + static_cast<std::int64_t>(m_rng.exponential(1.5 * kHourMs)) + kMinuteMs;
        if (m_calendar.inWindow(ts)) {
            out.push_back(purchase(a, index, ts, TxType::Order));
            --count;
        }
    }
    for (int k = 0; k < count; ++k) {
        const std::int64_t ts = drawTime(a, firstDay);
        out.push_back(purchase(a, index, ts, m_rng.bernoulli(kPaymentShare) ? TxType::Payment : TxType::Order));
    }
    // Travellers book ahead; the booking is one of the big legit tickets.
    if (a.tripStartDay >= 0 && m_rng.bernoulli(0.7)) {
        const std::int64_t ts = m_calendar.startMs() + a.tripStartDay * kDayMs - m_rng.uniformInt(2 * kDayMs, 20 * kDayMs)
            + m_rng.uniformInt(9 * kHourMs, 23 * kHourMs);
        if (m_calendar.inWindow(ts) && ts > a.createdMs) {
            SynthEvent e = purchase(a, index, ts, TxType::Order);
            e.merchant = m_merchants.pickShop(m_rng, Category::Travel);
            e.category = Category::Travel;
            e.amountCents = toCents(std::round(m_rng.uniform(300.0, 1500.0) * a.spendLevel));
            e.status = TxStatus::Approved;
            out.push_back(e);
        }
    }

    const std::size_t end = out.size();
    double logSum = 0.0; // geometric mean: one holiday booking must not redefine "usual"
    int orders = 0;
    for (std::size_t i = first; i < end; ++i) {
        const SynthEvent order = out[i];
        a.firstGenuineMs = std::min(a.firstGenuineMs, order.timestampMs);
        if (order.type != TxType::Order || order.status != TxStatus::Approved)
            continue;
        logSum += std::log(order.amountCents / 100.0);
        ++orders;
        if (!m_rng.bernoulli(a.refundProne ? kRefundProneRate : kRefundRate))
            continue;
        // Returns arrive days later, once the parcel went back.
        const std::int64_t ts = order.timestampMs + kDayMs + static_cast<std::int64_t>(m_rng.exponential(3.0 * kDayMs));
        if (m_calendar.inWindow(ts))
            out.push_back(refundOf(a, order, ts));
    }
    a.genuineCount = static_cast<std::uint32_t>(out.size() - first);
    a.typicalAmount = orders > 0 ? static_cast<float>(std::exp(logSum / orders))
                                 : static_cast<float>(45.0 * a.spendLevel);
}

std::int64_t GenuineActivity::drawTime(const AccountProfile& a, int firstDay)
{
    const int offset = countryInfo(a.country).utcOffsetMinutes;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const std::int64_t ts = m_calendar.sampleTime(m_rng, firstDay, offset, a.hourShift);
        if (ts > a.createdMs)
            return ts;
    }
    // Sign-up late in the busy part of the day: shop within the next hours instead.
    const std::int64_t hi = std::min(a.createdMs + 12 * kHourMs, m_calendar.endMs() - 1);
    return m_rng.uniformInt(std::min(a.createdMs + kMinuteMs, hi), hi);
}

std::uint32_t GenuineActivity::chooseShop(const AccountProfile& a)
{
    // People return to shops they know; otherwise taste, otherwise the platform's hits.
    if (!m_recentShops.empty() && m_rng.bernoulli(0.3))
        return m_recentShops[static_cast<std::size_t>(m_rng.uniformInt(0, static_cast<std::int64_t>(m_recentShops.size()) - 1))];
    const std::uint32_t shop = m_rng.bernoulli(0.35) ? m_merchants.pickShop(m_rng, a.favourite) : m_merchants.pickShop(m_rng);
    if (m_recentShops.size() < 16)
        m_recentShops.push_back(shop);
    return shop;
}

SynthEvent GenuineActivity::purchase(const AccountProfile& a, std::uint32_t index, std::int64_t ts, TxType type)
{
    SynthEvent e;
    e.timestampMs = ts;
    e.account = index;
    e.type = type;
    e.email = a.email;
    e.address = a.address;
    e.card = (a.cardCount > 1 && m_rng.bernoulli(0.3)) ? a.cards[1] : a.cards[0];
    if (type == TxType::Payment) {
        e.merchant = m_merchants.pickBiller(m_rng);
        e.category = m_merchants.category(e.merchant);
        e.amountCents = toCents(35.0 * std::sqrt(a.spendLevel) * m_rng.lognormal(0.0, 0.5));
    } else {
        e.merchant = chooseShop(a);
        e.category = m_merchants.category(e.merchant);
        double amount = categoryMedianAmount(e.category) * a.spendLevel * m_rng.lognormal(0.0, 0.55);
        if (m_rng.bernoulli(kBigPurchaseRate)) {
            e.category = m_rng.bernoulli(0.6) ? Category::Electronics : Category::Travel;
            e.merchant = m_merchants.pickShop(m_rng, e.category);
            amount = categoryMedianAmount(e.category) * m_rng.uniform(3.0, 8.0) * std::max(1.0f, a.spendLevel);
        }
        e.amountCents = toCents(amount);
    }
    e.amountCents = std::max(e.amountCents, 50);
    e.status = m_rng.bernoulli(kDeclineRate) ? TxStatus::Declined : TxStatus::Approved;
    placeContext(a, e);
    return e;
}

SynthEvent GenuineActivity::refundOf(const AccountProfile& a, const SynthEvent& order, std::int64_t ts)
{
    SynthEvent e = order;
    e.timestampMs = ts;
    e.type = TxType::Refund;
    e.status = TxStatus::Approved;
    // Mostly the whole basket; sometimes one item of it.
    if (m_rng.bernoulli(0.3))
        e.amountCents = std::max(50, static_cast<std::int32_t>(order.amountCents * m_rng.uniform(0.2, 0.9)));
    placeContext(a, e);
    return e;
}

void GenuineActivity::placeContext(const AccountProfile& a, SynthEvent& e)
{
    if (m_rng.bernoulli(0.85)) {
        e.channel = a.channel;
    } else {
        constexpr std::array<double, 3> cn = {0.4, 0.4, 0.2};
        constexpr std::array<double, 3> other = {0.5, 0.5, 0.0};
        e.channel = static_cast<Channel>(m_rng.weighted(a.country == kChina ? cn : other));
    }
    e.device = (a.deviceCount > 1 && m_rng.bernoulli(0.3)) ? a.devices[1] : a.devices[0];
    e.country = a.country;

    const std::int64_t ts = e.timestampMs;
    const int offset = countryInfo(a.country).utcOffsetMinutes;
    if (a.tripStartDay >= 0) {
        const std::int64_t tripStart = m_calendar.startMs() + a.tripStartDay * kDayMs;
        if (ts >= tripStart && ts < tripStart + a.tripDays * kDayMs) {
            e.country = a.tripCountry;
            e.ip = m_rng.bernoulli(0.6) ? a.tripIp : m_population.mobileIp(m_rng, a.tripCountry, a.mobileSlot);
            return;
        }
    }
    if (a.officeIp != 0 && m_calendar.isLocalWorkday(ts, offset)) {
        const int hour = m_calendar.localHour(ts, offset);
        if (hour >= 9 && hour < 18 && m_rng.bernoulli(0.75)) {
            e.ip = a.officeIp;
            return;
        }
    }
    if (e.channel != Channel::Web && m_rng.bernoulli(0.3)) {
        e.ip = m_population.mobileIp(m_rng, a.country, a.mobileSlot);
        return;
    }
    e.ip = ts >= a.ipChangeMs ? a.newHomeIp : a.homeIp;
}

} // namespace fraudlens::synth
