#pragma once

#include "synth/catalog.h"

#include <cstdint>
#include <limits>

namespace fraudlens::synth {

inline constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();

// Everything the generator keeps per account (about 100 bytes): identity, habits, and
// the few facts about its genuine history that fraud injection needs.
struct AccountProfile {
    std::int64_t createdMs = 0;
    std::int64_t ipChangeMs = kNever;     // home connection re-leased from then on
    std::int64_t firstGenuineMs = kNever; // filled in by GenuineActivity
    std::uint32_t devices[2] = {0, 0};
    std::uint32_t cards[2] = {0, 0};
    std::uint32_t homeIp = 0;
    std::uint32_t newHomeIp = 0;
    std::uint32_t officeIp = 0; // 0: no office / campus network
    std::uint32_t tripIp = 0;
    std::uint32_t address = 0;
    std::uint32_t email = 0;
    std::uint32_t genuineCount = 0;
    std::uint32_t mobileSlot = 0; // first of the few carrier gateways the phone cycles through
    float spendLevel = 1.0f;    // multiplies category medians
    float activity = 0.0f;      // expected transactions per ordinary day
    float typicalAmount = 0.0f; // geometric mean of genuine orders, USD
    std::int16_t tripStartDay = -1;
    std::uint8_t tripDays = 0;
    std::uint8_t tripCountry = 0;
    std::uint8_t deviceCount = 1;
    std::uint8_t cardCount = 1;
    std::uint8_t country = 0;
    std::int8_t hourShift = 0; // night owls and early birds
    Channel channel = Channel::App;
    Category favourite = Category::Fashion;
    bool refundProne = false;
    bool fraudOnly = false;   // created by an injected pattern; has no genuine life
    bool usedByFraud = false; // already victim/abuser in a pattern; not picked twice
};

} // namespace fraudlens::synth
