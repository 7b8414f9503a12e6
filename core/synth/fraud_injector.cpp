#include "synth/fraud_injector.h"

namespace fraudlens::synth {

namespace {

// Fraud share of the final data set. 2% keeps every pattern visible without turning
// the demo into a fraud-only world; counts are relative, so it holds at any size.
constexpr double kFraudShare = 0.02;
// A pattern that cannot be staged this many times in a row (no suitable victim on a
// tiny platform) is given up rather than looped on forever.
constexpr int kMaxFailures = 50;

} // namespace

FraudInjector::FraudInjector(Population& population, const MerchantDirectory& merchants, const Calendar& calendar,
                             Random& rng, std::vector<SynthEvent>& out)
    : m_kit(population, merchants, calendar, rng, out), m_group(m_kit), m_account(m_kit)
{
}

void FraudInjector::inject(std::size_t genuineEvents)
{
    const double total = static_cast<double>(genuineEvents) * kFraudShare / (1.0 - kFraudShare);
    const double budget = total / kPatternCount;
    std::array<int, kPatternCount> failures{};
    // Round-robin so patterns interleave in the random stream and none starves the others.
    bool staged = true;
    while (staged) {
        staged = false;
        for (int p = 0; p < kPatternCount; ++p) {
            const auto i = static_cast<std::size_t>(p);
            // Every pattern appears at least once, however small the platform.
            if ((m_counts[i] > 0 && m_counts[i] >= budget) || failures[i] >= kMaxFailures)
                continue;
            staged = true;
            const int added = stage(p, budget - m_counts[i]);
            m_counts[i] += added;
            failures[i] = added > 0 ? 0 : failures[i] + 1;
        }
    }
}

int FraudInjector::stage(int pattern, double roomEvents)
{
    switch (static_cast<FraudPattern>(pattern + 1)) {
    case FraudPattern::Ring: return m_group.ring(roomEvents);
    case FraudPattern::AccountTakeover: return m_account.takeover(roomEvents);
    case FraudPattern::Brushing: return m_group.brushing(roomEvents);
    case FraudPattern::CardTesting: return m_account.cardTesting(roomEvents);
    case FraudPattern::RefundAbuse: return m_account.refundAbuse(roomEvents);
    case FraudPattern::PromoAbuse: return m_group.promoAbuse(roomEvents);
    case FraudPattern::None: break;
    }
    return 0;
}

} // namespace fraudlens::synth
