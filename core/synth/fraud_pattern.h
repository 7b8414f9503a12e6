#pragma once

#include <cstdint>

namespace fraudlens::synth {

// Pattern names used in TransactionRecord::fraudPattern (exact strings).
inline constexpr const char* kPatternNames[] = {"ring",         "account_takeover", "brushing",
                                                "card_testing", "refund_abuse",     "promo_abuse"};
inline constexpr int kPatternCount = 6;

// Order matches kPatternNames shifted by one, so None can stay zero in packed events.
enum class FraudPattern : std::uint8_t {
    None = 0,
    Ring,
    AccountTakeover,
    Brushing,
    CardTesting,
    RefundAbuse,
    PromoAbuse,
};

inline const char* patternName(FraudPattern p) { return p == FraudPattern::None ? "" : kPatternNames[static_cast<int>(p) - 1]; }

} // namespace fraudlens::synth
