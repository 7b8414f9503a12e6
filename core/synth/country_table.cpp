#include "synth/country_table.h"

#include "synth/random.h"

#include <array>

namespace fraudlens::synth {

namespace {

// Blocks are loosely modelled on real registry allocations and never overlap, so an IP
// always maps back to one country the way a GeoIP lookup would.
constexpr std::uint8_t kCN[] = {36,  39,  58,  59,  60,  61,  101, 110, 111, 112, 113, 114, 115, 116, 117, 119,
                                120, 121, 122, 123, 124, 125, 180, 182, 183, 218, 219, 220, 221, 222, 223};
constexpr std::uint8_t kUS[] = {23, 24, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 173, 174};
constexpr std::uint8_t kGB[] = {2, 5, 51, 81, 82, 86, 90, 109};
constexpr std::uint8_t kDE[] = {46, 79, 84, 87, 91, 93};
constexpr std::uint8_t kFR[] = {37, 78, 88, 92, 176};
constexpr std::uint8_t kJP[] = {106, 126, 133, 153, 210};
constexpr std::uint8_t kSG[] = {103, 165};
constexpr std::uint8_t kAU[] = {1, 49, 139, 144};
constexpr std::uint8_t kCA[] = {142, 184, 199};
constexpr std::uint8_t kBR[] = {177, 179, 186, 187, 189, 191, 200, 201};
constexpr std::uint8_t kIN[] = {14, 27, 47, 157};
constexpr std::uint8_t kKR[] = {175, 211};
constexpr std::uint8_t kNL[] = {83, 145, 213};
constexpr std::uint8_t kES[] = {80, 85, 95};
constexpr std::uint8_t kIT[] = {62, 94, 151};

// Offsets are fixed standard-ish values: daylight saving would only blur the daily
// rhythm by an hour, which the per-account shift blurs anyway.
constexpr CountryInfo kCountries[] = {
    {"CN", 35.0, 480, kCN},  {"US", 15.0, -300, kUS}, {"GB", 6.0, 0, kGB},
    {"JP", 6.0, 540, kJP},   {"DE", 5.0, 60, kDE},    {"IN", 5.0, 330, kIN},
    {"KR", 5.0, 540, kKR},   {"FR", 4.0, 60, kFR},    {"BR", 4.0, -180, kBR},
    {"SG", 3.0, 480, kSG},   {"AU", 3.0, 600, kAU},   {"CA", 3.0, -300, kCA},
    {"NL", 2.0, 60, kNL},    {"ES", 2.0, 60, kES},    {"IT", 2.0, 60, kIT},
};

constexpr int kCount = static_cast<int>(sizeof(kCountries) / sizeof(kCountries[0]));

constexpr std::array<double, kCount> makeWeights()
{
    std::array<double, kCount> w{};
    for (int i = 0; i < kCount; ++i)
        w[i] = kCountries[i].weight;
    return w;
}

constexpr std::array<double, kCount> kWeights = makeWeights();

} // namespace

int countryCount()
{
    return kCount;
}

const CountryInfo& countryInfo(int index)
{
    return kCountries[index];
}

int pickCountry(Random& rng)
{
    return static_cast<int>(rng.weighted(kWeights));
}

int pickOtherCountry(Random& rng, int exclude)
{
    std::array<double, kCount> w = kWeights;
    w[exclude] = 0.0;
    return static_cast<int>(rng.weighted(w));
}

std::uint32_t ipInCountry(int country, std::uint64_t hash)
{
    const CountryInfo& c = kCountries[country];
    const std::uint32_t first = c.firstOctets[hash % c.firstOctets.size()];
    const std::uint32_t second = static_cast<std::uint32_t>(hash >> 16) & 0xFFu;
    const std::uint32_t third = static_cast<std::uint32_t>(hash >> 24) & 0xFFu;
    // Host part 1..254: network and broadcast addresses never show up as clients.
    const std::uint32_t fourth = 1 + static_cast<std::uint32_t>((hash >> 32) % 254u);
    return (first << 24) | (second << 16) | (third << 8) | fourth;
}

std::uint32_t randomIp(Random& rng, int country)
{
    return ipInCountry(country, rng.bits());
}

} // namespace fraudlens::synth
