#pragma once

namespace fraudlens::timeseries {

struct BurstParameters {
    // An hour needs at least this many transactions to be a burst: with thousands of
    // merchants, a quiet shop's one-off cluster of 3 orders is a coincidence, not an event.
    int minMerchantCount = 8;
    int minPlatformCount = 8;
    // Negative-binomial dispersion for merchant hours: variance = mean + dispersion * mean^2.
    // Negligible for small shops (Poisson), it keeps a big shop's ordinary swings from firing.
    double merchantDispersion = 0.1;
    // A merchant seen for a shorter time has its volume spread over this many hours, so a
    // brand-new shop whose whole life is one burst is still measured against something.
    int minMerchantSpanHours = 7 * 24;
    // Score = clamp((-log10 p - scoreFloorLog10) / scoreSpanLog10, 0, 1): p = 1e-3 is the
    // first sign of a burst, p = 1e-10 a certain one.
    double scoreFloorLog10 = 3.0;
    double scoreSpanLog10 = 7.0;
    // Platform baseline: days in the rolling median of daily totals that follows growth.
    int trendWindowDays = 7;
    // Platform baseline: hours spanned by the running medians that set the current level
    // (half before the hour, half after); spikes shorter than a quarter of it stand out,
    // longer plateaus (a sale day) become the level.
    int levelWindowHours = 25;
    // Hour-of-week profile from this many weeks of data; hour-of-day from this many days;
    // below that, a flat level.
    int minWeeksForWeekly = 3;
    int minDaysForDaily = 2;
};

} // namespace fraudlens::timeseries
