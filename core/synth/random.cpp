#include "synth/random.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fraudlens::synth {

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream)
{
    // splitmix64 finaliser: nearby seeds/streams still give unrelated engine states.
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

Random::Random(std::uint64_t seed) : m_engine(seed) {}

double Random::uniform()
{
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

std::int64_t Random::uniformInt(std::int64_t lo, std::int64_t hi)
{
    if (hi <= lo)
        return lo;
    const std::uint64_t range = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
    if (range == 0) // the full 64-bit span
        return static_cast<std::int64_t>(m_engine());
    // Rejecting the short top slice keeps every value equally likely.
    const std::uint64_t threshold = (0 - range) % range;
    std::uint64_t r = m_engine();
    while (r < threshold)
        r = m_engine();
    return lo + static_cast<std::int64_t>(r % range);
}

double Random::normal(double mean, double sd)
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return mean + sd * m_spareNormal;
    }
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    const double theta = 2.0 * std::numbers::pi * u2;
    m_spareNormal = r * std::sin(theta);
    m_hasSpare = true;
    return mean + sd * r * std::cos(theta);
}

double Random::exponential(double mean)
{
    return -mean * std::log(1.0 - uniform());
}

double Random::lognormal(double mu, double sigma)
{
    return std::exp(normal(mu, sigma));
}

int Random::poisson(double mean)
{
    if (mean <= 0.0)
        return 0;
    if (mean < 30.0) {
        // Knuth's product method: exact and cheap while the mean is small.
        const double limit = std::exp(-mean);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }
    // Large means only shape the heavy tail of activity; a normal approximation is enough.
    const double x = normal(mean, std::sqrt(mean));
    return x <= 0.0 ? 0 : static_cast<int>(x + 0.5);
}

std::size_t Random::weighted(std::span<const double> weights)
{
    double total = 0.0;
    for (double w : weights)
        total += w;
    double u = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (u < weights[i])
            return i;
        u -= weights[i];
    }
    return weights.empty() ? 0 : weights.size() - 1;
}

std::size_t Random::weightedCumulative(std::span<const double> cumulative)
{
    if (cumulative.empty())
        return 0;
    const double u = uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
    return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative.begin()), cumulative.size() - 1);
}

} // namespace fraudlens::synth
