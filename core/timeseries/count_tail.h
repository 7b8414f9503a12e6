#pragma once

namespace fraudlens::timeseries {

struct BurstParameters;

// -log10 P(X >= observed) for a count X with the given mean and
// variance mean + dispersion * mean^2 (negative binomial; Poisson at dispersion 0).
// Summed in log space, so a tail of 1e-300 or smaller is still exact enough to rank.
// Returns 0 when observed <= mean: such an hour is not in the upper tail.
double upperTailLog10(int observed, double mean, double dispersion);

// The common [0,1] burst score from -log10 p.
double burstScore(double minusLog10P, double floorLog10, double spanLog10);

// The burst score of an hour with `observed` transactions where the baseline expects
// `mean` (dispersion as above); 0 unless it lies at least two standard deviations above.
// The hour's minimum count (BurstParameters) is the caller's test.
double hourBurstScore(int observed, double mean, double dispersion, const BurstParameters& parameters);

} // namespace fraudlens::timeseries
