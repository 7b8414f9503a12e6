#pragma once

#include <cstdint>
#include <span>

namespace fraudlens::synth {

class Random;

struct CountryInfo {
    const char* code;             // ISO 3166-1 alpha-2
    double weight;                // share of the platform's customers, percent
    int utcOffsetMinutes;         // drives the local daily rhythm
    std::span<const std::uint8_t> firstOctets; // IPv4 /8 blocks that geolocate to the country
};

inline constexpr int kChina = 0; // index of CN in the table

int countryCount();
const CountryInfo& countryInfo(int index);
int pickCountry(Random& rng);
int pickOtherCountry(Random& rng, int exclude);
// Deterministic address inside the country's blocks; any well-mixed 64-bit value works.
std::uint32_t ipInCountry(int country, std::uint64_t hash);
std::uint32_t randomIp(Random& rng, int country);

} // namespace fraudlens::synth
