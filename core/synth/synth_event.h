#pragma once

#include "synth/catalog.h"
#include "synth/fraud_pattern.h"

#include <cstdint>

namespace fraudlens::synth {

// One transaction in packed form (48 bytes). Entities are numeric ids that only become
// strings once, after the final sort, which keeps generation and sorting cheap.
struct SynthEvent {
    std::int64_t timestampMs = 0;
    std::uint32_t account = 0;
    std::uint32_t merchant = 0;
    std::uint32_t device = 0;
    std::uint32_t card = 0;
    std::uint32_t address = 0;
    std::uint32_t email = 0;
    std::uint32_t ip = 0; // IPv4, host order
    std::int32_t amountCents = 0;
    TxType type = TxType::Order;
    TxStatus status = TxStatus::Approved;
    Channel channel = Channel::Web;
    Category category = Category::Fashion;
    std::uint8_t country = 0; // index into the country table: where the IP geolocates
    FraudPattern pattern = FraudPattern::None;
};

// Cents keep amounts exact and identical however they were computed.
inline std::int32_t toCents(double dollars) { return static_cast<std::int32_t>(dollars * 100.0 + 0.5); }

} // namespace fraudlens::synth
