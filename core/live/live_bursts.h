#pragma once

#include "timeseries/burst_baseline.h"
#include "timeseries/burst_event.h"
#include "timeseries/burst_parameters.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <unordered_map>

namespace fraudlens::features {
struct TransactionFrame;
}

namespace fraudlens::live {

// Bursts as transactions arrive: the platform's and each merchant's count in the current
// UTC hour, against the seasonal baseline fitted on everything stored before
// (BurstBaseline: the batch BurstDetector's fit, and its tail test).
//
// Where it differs from batch, and why:
// - a transaction is judged on its hour so far; batch counts the whole hour, so the first
//   transactions of a burst hour score less live than in batch, the later ones alike;
// - the platform's level is the median of the completed hours of the trailing half-window
//   (batch's "before" side), or the last two hours' when those were both higher: batch
//   also looks half a window ahead, which keeps a sale day from being a burst; live cannot,
//   so it follows the last hours instead. A platform plateau is a burst for its first two
//   hours at most (batch: all of it when shorter than half the level window, else none);
// - the seasonal shape and trend stay as fitted until the next batch run;
// - a merchant the baseline has never seen is expected to sell its volume so far spread
//   over minMerchantSpanHours, as batch treats a brand-new shop; known merchants keep the
//   baseline's rate.
class LiveBursts {
public:
    explicit LiveBursts(const features::TransactionFrame& frame, timeseries::BurstParameters parameters = {});

    // Counts a transaction into its hour (times never go back: the caller keeps them in
    // order) and returns the burst it falls in, to be named in its reasons: its merchant's
    // hour when that is extreme, else the platform's; score 0 when neither is. The score is
    // the transaction's burst evidence: the higher of the two hours' scores, as in batch.
    timeseries::BurstEvent add(std::int64_t tsMs, std::uint32_t merchant);
    // What a burst score weighs as evidence on this data (BurstResult::informativeness).
    float informativeness() const { return m_informativeness; }

private:
    void closeHour(std::int64_t epochHour, int count);
    void startHour(std::int64_t epochHour);
    double platformExpected() const;
    double merchantExpected(std::uint32_t merchant, double platformExpected) const;

    timeseries::BurstParameters m_parameters;
    std::optional<timeseries::BurstBaseline> m_baseline; // empty before any data
    std::size_t m_halfWindow = 12;                       // completed hours that set the level
    std::deque<double> m_ratios;                         // their count / seasonal base
    std::int64_t m_hour = 0;                             // the UTC hour being counted
    bool m_started = false;
    float m_informativeness = 1.0f; // the batch detector's, on the stored data
    int m_platformCount = 0;
    double m_platformMean = 0.0; // platformExpected() for m_hour: it only changes with the hour
    std::unordered_map<std::uint32_t, int> m_merchantCount;      // in m_hour
    std::unordered_map<std::uint32_t, std::uint32_t> m_newTotal; // merchants the baseline lacks: all their sales
};

} // namespace fraudlens::live
