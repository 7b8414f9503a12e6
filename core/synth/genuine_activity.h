#pragma once

#include "synth/synth_event.h"

#include <cstdint>
#include <vector>

namespace fraudlens::synth {

class Calendar;
class MerchantDirectory;
class Population;
class Random;
struct AccountProfile;

// Ordinary life of one account: orders, payments and refunds drawn from its habits,
// with the legitimate oddities (travel, big purchases, office and mobile IPs, day-one
// buyers) that a naive detector would mistake for fraud.
class GenuineActivity {
public:
    GenuineActivity(Population& population, const MerchantDirectory& merchants, const Calendar& calendar, Random& rng);

    // Appends the account's events (unsorted) and records its history facts in the profile.
    void generate(std::uint32_t accountIndex, std::vector<SynthEvent>& out);

private:
    SynthEvent purchase(const AccountProfile& a, std::uint32_t index, std::int64_t ts, TxType type);
    SynthEvent refundOf(const AccountProfile& a, const SynthEvent& order, std::int64_t ts);
    void placeContext(const AccountProfile& a, SynthEvent& e);
    std::uint32_t chooseShop(const AccountProfile& a);
    std::int64_t drawTime(const AccountProfile& a, int firstDay);

    Population& m_population;
    const MerchantDirectory& m_merchants;
    const Calendar& m_calendar;
    Random& m_rng;
    std::vector<std::uint32_t> m_recentShops; // per-account scratch, reused
};

} // namespace fraudlens::synth
