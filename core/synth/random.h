#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>

namespace fraudlens::synth {

// Derives an independent seed for a sub-stream, so adding draws to one phase of the
// generator does not reshuffle the others.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream);

// All randomness of the generator. The <random> distributions are implementation-defined
// and differ between standard libraries, so every draw is built here from the raw
// mt19937_64 output, whose sequence the standard fixes.
class Random {
public:
    explicit Random(std::uint64_t seed);

    std::uint64_t bits() { return m_engine(); }
    double uniform(); // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    std::int64_t uniformInt(std::int64_t lo, std::int64_t hi); // inclusive bounds
    bool bernoulli(double p) { return uniform() < p; }
    double normal(double mean = 0.0, double sd = 1.0);
    double exponential(double mean);
    double lognormal(double mu, double sigma);
    int poisson(double mean);
    // Index drawn in proportion to weights (linear scan: meant for short lists).
    std::size_t weighted(std::span<const double> weights);
    // Index drawn from a running-sum table (binary search: meant for long lists).
    std::size_t weightedCumulative(std::span<const double> cumulative);

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace fraudlens::synth
