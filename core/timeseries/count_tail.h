#pragma once

namespace fraudlens::timeseries {

// -log10 P(X >= observed) for a count X with the given mean and
// variance mean + dispersion * mean^2 (negative binomial; Poisson at dispersion 0).
// Summed in log space, so a tail of 1e-300 or smaller is still exact enough to rank.
// Returns 0 when observed <= mean: such an hour is not in the upper tail.
double upperTailLog10(int observed, double mean, double dispersion);

// The common [0,1] burst score from -log10 p.
double burstScore(double minusLog10P, double floorLog10, double spanLog10);

} // namespace fraudlens::timeseries
