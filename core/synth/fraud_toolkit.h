#pragma once

#include "synth/synth_event.h"

#include <cstdint>
#include <vector>

namespace fraudlens::synth {

class Calendar;
class MerchantDirectory;
class Population;
class Random;

// What every fraud pattern needs: fresh fraudster accounts, victims with a genuine past,
// times inside the window, and an output that drops events outside it.
class FraudToolkit {
public:
    FraudToolkit(Population& population, const MerchantDirectory& merchants, const Calendar& calendar, Random& rng,
                 std::vector<SynthEvent>& out);

    Random& rng() { return m_rng; }
    Population& population() { return m_population; }
    const MerchantDirectory& merchants() const { return m_merchants; }
    const Calendar& calendar() const { return m_calendar; }

    // Appends when inside the window; returns how many events were kept (0 or 1).
    int emit(const SynthEvent& e);
    // A fraudster-made account with its own fresh device, card, address and email.
    std::uint32_t newAccount(std::int64_t createdMs, int country, double throwawayEmailChance);
    // Event template filled from the account's own identity (home device, card, IP).
    SynthEvent eventFor(std::uint32_t account, FraudPattern pattern, std::int64_t ts);
    // Start of an incident lasting spanMs, uniformly placed so that it fits in the window.
    std::int64_t incidentStart(std::int64_t spanMs);
    // An untouched genuine account, older than minAgeMs at `at` and with genuine
    // transactions before `at`; -1 when the population has none.
    std::int64_t establishedAccount(std::int64_t at, std::int64_t minAgeMs);
    // Instance size in [lo, hi], shrunk toward lo when little of the pattern's budget is
    // left, so the last instance does not overshoot the fraud share.
    int sizeFor(int lo, int hi, double roomEvents, double eventsPerUnit);

private:
    bool qualifies(std::uint32_t index, std::int64_t at, std::int64_t minAgeMs) const;

    Population& m_population;
    const MerchantDirectory& m_merchants;
    const Calendar& m_calendar;
    Random& m_rng;
    std::vector<SynthEvent>& m_out;
};

} // namespace fraudlens::synth
