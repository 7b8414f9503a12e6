#include "timeseries/count_tail.h"

#include "timeseries/burst_parameters.h"

#include <algorithm>
#include <cmath>

namespace fraudlens::timeseries {

namespace {

constexpr double kLn10 = 2.302585092994046;
constexpr int kMaxTerms = 1'000'000;
// Below this many standard deviations the upper tail is far above 1e-3: no need to sum it.
constexpr double kMinZForTail = 2.0;

} // namespace

double upperTailLog10(int observed, double mean, double dispersion)
{
    if (!(mean > 0.0) || observed <= mean)
        return 0.0;
    const double k = observed;
    const bool poisson = !(dispersion > 1e-12);
    const double r = poisson ? 0.0 : 1.0 / dispersion;
    const double q = poisson ? 0.0 : mean / (r + mean);
    // log P(X = k), then P(X >= k) = P(X = k) * sum_j prod (ratio of successive terms).
    const double logPmf = poisson ? -mean + k * std::log(mean) - std::lgamma(k + 1.0)
                                  : std::lgamma(k + r) - std::lgamma(r) - std::lgamma(k + 1.0) + r * std::log1p(-q)
                                        + k * std::log(q);
    double sum = 1.0;
    double term = 1.0;
    for (int j = observed; j < observed + kMaxTerms; ++j) {
        term *= poisson ? mean / (j + 1.0) : (j + r) / (j + 1.0) * q;
        sum += term;
        if (term < 1e-12 * sum)
            break;
    }
    return std::max(0.0, -(logPmf + std::log(sum)) / kLn10);
}

double burstScore(double minusLog10P, double floorLog10, double spanLog10)
{
    if (!(spanLog10 > 0.0))
        return minusLog10P > floorLog10 ? 1.0 : 0.0;
    return std::clamp((minusLog10P - floorLog10) / spanLog10, 0.0, 1.0);
}

double hourBurstScore(int observed, double mean, double dispersion, const BurstParameters& parameters)
{
    if (observed <= mean || (observed - mean) < kMinZForTail * std::sqrt(mean + dispersion * mean * mean))
        return 0.0;
    return burstScore(upperTailLog10(observed, mean, dispersion), parameters.scoreFloorLog10, parameters.scoreSpanLog10);
}

} // namespace fraudlens::timeseries
