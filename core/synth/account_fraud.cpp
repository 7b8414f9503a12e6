#include "synth/account_fraud.h"

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

std::vector<std::int64_t> sortedOffsets(Random& rng, int count, std::int64_t span)
{
    std::vector<std::int64_t> offsets(static_cast<std::size_t>(count));
    for (auto& o : offsets)
        o = rng.uniformInt(0, span);
    std::sort(offsets.begin(), offsets.end());
    return offsets;
}

} // namespace

int AccountFraud::takeover(double roomEvents)
{
    Random& rng = m_kit.rng();
    const Calendar& cal = m_kit.calendar();
    const int burst = m_kit.sizeFor(3, 8, roomEvents, 1.0);
    const std::int64_t window = cal.endMs() - cal.startMs();
    // Late enough in the window that the victim's normal life is visible first.
    const std::int64_t lo = cal.startMs() + window / 4;
    const std::int64_t at = rng.uniformInt(lo, std::max(lo, cal.endMs() - 6 * kHourMs));
    const std::int64_t found = m_kit.establishedAccount(at, 90 * kDayMs);
    if (found < 0)
        return 0;
    const auto victim = static_cast<std::uint32_t>(found);
    Population& population = m_kit.population();
    population.account(victim).usedByFraud = true;
    const AccountProfile a = population.account(victim);

    // The attacker's side: own phone, own connection abroad, often a new inbox and drop.
    const std::uint32_t device = population.newDevice();
    const int country = pickOtherCountry(rng, a.country);
    const std::uint32_t ip = randomIp(rng, country);
    const std::uint32_t email = rng.bernoulli(0.4) ? population.newEmail(rng, true) : a.email;
    const std::uint32_t address = rng.bernoulli(0.6) ? population.newAddress() : a.address;
    const std::uint32_t card = rng.bernoulli(0.75) ? a.cards[0] : population.newCard();
    const Channel channel = rng.bernoulli(0.6) ? Channel::Web : Channel::App;
    const double usual = std::max(static_cast<double>(a.typicalAmount), 20.0);

    int emitted = 0;
    for (const std::int64_t offset : sortedOffsets(rng, burst, rng.uniformInt(kHourMs, 4 * kHourMs))) {
        SynthEvent e = m_kit.eventFor(victim, FraudPattern::AccountTakeover, at + offset);
        e.device = device;
        e.ip = ip;
        e.country = static_cast<std::uint8_t>(country);
        e.email = email;
        e.address = address;
        e.card = card;
        e.channel = channel;
        constexpr std::array<double, 3> mix = {0.5, 0.35, 0.15};
        constexpr std::array<Category, 3> cats = {Category::Electronics, Category::GiftCards, Category::Travel};
        e.category = cats[rng.weighted(mix)];
        e.merchant = m_kit.merchants().pickShop(rng, e.category);
        // Card and gift-card limits stop the burst long before the sky does.
        e.amountCents = toCents(std::min(usual * rng.uniform(5.0, 30.0), 6000.0));
        e.status = rng.bernoulli(0.12) ? TxStatus::Declined : TxStatus::Approved;
        emitted += m_kit.emit(e);
    }
    return emitted;
}

int AccountFraud::cardTesting(double roomEvents)
{
    Random& rng = m_kit.rng();
    Population& population = m_kit.population();
    const int probes = m_kit.sizeFor(10, 40, roomEvents - 1.5, 1.0);
    std::int64_t ts = m_kit.incidentStart(3 * kHourMs);

    // Usually a throwaway account opened just for the run; sometimes a hijacked old one.
    std::uint32_t account = 0;
    const std::int64_t existing = rng.bernoulli(0.3) ? m_kit.establishedAccount(ts, 0) : -1;
    if (existing >= 0) {
        account = static_cast<std::uint32_t>(existing);
        population.account(account).usedByFraud = true;
    } else {
        const std::int64_t created = ts - rng.uniformInt(5 * kMinuteMs, 3 * kHourMs);
        account = m_kit.newAccount(created, pickCountry(rng), 0.6);
    }
    const int homeCountry = population.account(account).country;
    const int country = rng.bernoulli(0.5) ? homeCountry : pickCountry(rng);
    const std::uint32_t ip = randomIp(rng, country);
    const std::uint32_t device = population.newDevice();
    std::vector<std::uint32_t> cards(static_cast<std::size_t>(rng.uniformInt(3, 8)));
    for (auto& card : cards)
        card = population.newCard();
    std::vector<std::uint32_t> working;

    // Tiny charges at one low-friction merchant to learn which stolen cards are live.
    const std::uint32_t merchant = rng.bernoulli(0.5) ? m_kit.merchants().pickBiller(rng)
                                                      : m_kit.merchants().pickShop(rng, Category::DigitalGoods);
    int emitted = 0;
    for (int p = 0; p < probes; ++p) {
        SynthEvent e = m_kit.eventFor(account, FraudPattern::CardTesting, ts);
        e.type = TxType::Payment;
        e.device = device;
        e.ip = ip;
        e.country = static_cast<std::uint8_t>(country);
        e.card = cards[static_cast<std::size_t>(rng.uniformInt(0, static_cast<std::int64_t>(cards.size()) - 1))];
        e.merchant = merchant;
        e.category = m_kit.merchants().category(merchant);
        e.amountCents = toCents(rng.uniform(0.5, 2.0));
        const bool lastChance = p + 1 == probes && working.empty();
        e.status = !lastChance && rng.bernoulli(0.6) ? TxStatus::Declined : TxStatus::Approved;
        if (e.status == TxStatus::Approved)
            working.push_back(e.card);
        emitted += m_kit.emit(e);
        ts += 3000 + static_cast<std::int64_t>(rng.exponential(20'000.0));
    }
    // Then the payoff on a card that passed.
    const auto cashouts = roomEvents < probes + 2.0 ? 1 : rng.uniformInt(1, 2);
    for (std::int64_t k = 0; k < cashouts; ++k) {
        ts += rng.uniformInt(5 * kMinuteMs, 60 * kMinuteMs);
        SynthEvent e = m_kit.eventFor(account, FraudPattern::CardTesting, ts);
        e.device = device;
        e.ip = ip;
        e.country = static_cast<std::uint8_t>(country);
        e.card = working[static_cast<std::size_t>(rng.uniformInt(0, static_cast<std::int64_t>(working.size()) - 1))];
        e.category = rng.bernoulli(0.6) ? Category::Electronics : Category::GiftCards;
        e.merchant = m_kit.merchants().pickShop(rng, e.category);
        e.amountCents = toCents(std::clamp(rng.lognormal(std::log(700.0), 0.5), 250.0, 3000.0));
        e.status = rng.bernoulli(0.2) ? TxStatus::Declined : TxStatus::Approved;
        emitted += m_kit.emit(e);
    }
    return emitted;
}

int AccountFraud::refundAbuse(double roomEvents)
{
    Random& rng = m_kit.rng();
    const Calendar& cal = m_kit.calendar();
    const int orders = m_kit.sizeFor(4, 12, roomEvents, 1.9);
    const std::int64_t window = cal.endMs() - cal.startMs();
    const std::int64_t span = std::min(rng.uniformInt(10 * kDayMs, 18 * kDayMs), window * 3 / 4);
    const std::int64_t start = m_kit.incidentStart(span + kDayMs);
    const std::int64_t found = m_kit.establishedAccount(start, 30 * kDayMs);
    if (found < 0)
        return 0;
    const auto abuser = static_cast<std::uint32_t>(found);
    m_kit.population().account(abuser).usedByFraud = true;

    // The real owner at home: nothing about the context is unusual, only the outcome.
    const double refundRate = rng.uniform(0.85, 1.0);
    int emitted = 0;
    for (const std::int64_t offset : sortedOffsets(rng, orders, span)) {
        SynthEvent order = m_kit.eventFor(abuser, FraudPattern::RefundAbuse, start + offset);
        constexpr std::array<double, 4> mix = {0.4, 0.25, 0.15, 0.2};
        constexpr std::array<Category, 4> cats = {Category::Fashion, Category::Electronics, Category::Beauty,
                                                  Category::Sports};
        order.category = cats[rng.weighted(mix)];
        order.merchant = m_kit.merchants().pickShop(rng, order.category);
        order.amountCents = toCents(std::clamp(rng.lognormal(std::log(180.0), 0.5), 60.0, 1200.0));
        emitted += m_kit.emit(order);
        if (!rng.bernoulli(refundRate))
            continue;
        // "Item not received" claims come within hours; "return" claims within days.
        const std::int64_t delay = rng.bernoulli(0.6) ? rng.uniformInt(kHourMs, 12 * kHourMs)
                                                      : rng.uniformInt(kDayMs, 4 * kDayMs);
        SynthEvent refund = order;
        refund.type = TxType::Refund;
        refund.timestampMs = std::min(order.timestampMs + delay, cal.endMs() - 1);
        if (rng.bernoulli(0.1))
            refund.amountCents = static_cast<std::int32_t>(order.amountCents * rng.uniform(0.8, 0.95));
        if (refund.timestampMs > order.timestampMs)
            emitted += m_kit.emit(refund);
    }
    return emitted;
}

} // namespace fraudlens::synth
