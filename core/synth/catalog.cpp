#include "synth/catalog.h"

namespace fraudlens::synth {

namespace {

struct CategoryInfo {
    const char* name;
    double medianAmount;
    double share;
};

constexpr CategoryInfo kCategories[kCategoryCount] = {
    {"electronics", 160.0, 0.08}, {"fashion", 42.0, 0.20},       {"grocery", 28.0, 0.14},
    {"home", 55.0, 0.12},         {"beauty", 26.0, 0.10},        {"toys", 24.0, 0.06},
    {"books", 16.0, 0.06},        {"sports", 48.0, 0.07},        {"digital_goods", 9.0, 0.07},
    {"gift_cards", 40.0, 0.04},   {"travel", 280.0, 0.06},
};

} // namespace

const char* txTypeName(TxType type)
{
    switch (type) {
    case TxType::Order: return "order";
    case TxType::Payment: return "payment";
    case TxType::Refund: return "refund";
    }
    return "order";
}

const char* statusName(TxStatus status)
{
    return status == TxStatus::Declined ? "declined" : "approved";
}

const char* channelName(Channel channel)
{
    switch (channel) {
    case Channel::Web: return "web";
    case Channel::App: return "app";
    case Channel::MiniProgram: return "mini_program";
    }
    return "web";
}

const char* categoryName(Category category)
{
    return kCategories[static_cast<int>(category)].name;
}

double categoryMedianAmount(Category category)
{
    return kCategories[static_cast<int>(category)].medianAmount;
}

double categoryShare(Category category)
{
    return kCategories[static_cast<int>(category)].share;
}

} // namespace fraudlens::synth
