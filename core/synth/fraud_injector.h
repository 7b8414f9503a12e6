#pragma once

#include "synth/account_fraud.h"
#include "synth/fraud_pattern.h"
#include "synth/fraud_toolkit.h"
#include "synth/group_fraud.h"

#include <array>
#include <cstddef>

namespace fraudlens::synth {

// Spreads the fraud budget (about 2% of all transactions) evenly over the six
// patterns, staging incidents at random times until each pattern has its share.
class FraudInjector {
public:
    FraudInjector(Population& population, const MerchantDirectory& merchants, const Calendar& calendar, Random& rng,
                  std::vector<SynthEvent>& out);

    // genuineEvents: how many genuine transactions exist; the budget is relative to it.
    void inject(std::size_t genuineEvents);
    const std::array<int, kPatternCount>& counts() const { return m_counts; }

private:
    int stage(int pattern, double roomEvents);

    FraudToolkit m_kit;
    GroupFraud m_group;
    AccountFraud m_account;
    std::array<int, kPatternCount> m_counts{};
};

} // namespace fraudlens::synth
