#pragma once

#include <cstdint>

namespace fraudlens::synth {

// Compact codes for the categorical fields; events carry these and only the final
// records spell them out.
enum class TxType : std::uint8_t { Order, Payment, Refund };
enum class TxStatus : std::uint8_t { Approved, Declined };
enum class Channel : std::uint8_t { Web, App, MiniProgram };
enum class Category : std::uint8_t {
    Electronics,
    Fashion,
    Grocery,
    Home,
    Beauty,
    Toys,
    Books,
    Sports,
    DigitalGoods,
    GiftCards,
    Travel,
};
inline constexpr int kCategoryCount = 11;

const char* txTypeName(TxType type);
const char* statusName(TxStatus status);
const char* channelName(Channel channel);
const char* categoryName(Category category);

// Typical (median) basket in USD for an average shopper.
double categoryMedianAmount(Category category);
// Share of shops selling the category; also the default taste of shoppers.
double categoryShare(Category category);

} // namespace fraudlens::synth
