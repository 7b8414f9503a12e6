#include "features/feature_names.h"

#include <array>
#include <string_view>

namespace fraudlens::features {

namespace {

constexpr std::array<std::string_view, kBuiltinFeatureCount> kNames = {
    "log_amount", "amount", "acct_median_amount", "amount_to_median", "amount_robust_z", "secs_since_prev",
    "log_gap", "acct_prior_tx", "acct_age_hours", "acct_tx_1h", "acct_tx_24h", "acct_tx_7d", "acct_amount_24h",
    "device_tx_1h", "device_tx_24h", "card_tx_1h", "card_tx_24h", "ip_tx_1h", "ip_tx_24h", "device_accounts",
    "ip_accounts", "card_accounts", "address_accounts", "email_accounts", "device_cards", "acct_devices",
    "acct_cards", "new_device", "new_ip", "new_country", "new_card", "hour_sin", "hour_cos", "dow_sin", "dow_cos",
    "merchant_tx_1h", "merchant_rate_ratio", "type_freq", "refund_ratio", "is_refund", "is_declined",
    "acct_declines_24h", "card_declines_1h", "acct_device_age_hours", "acct_country_age_hours", "acct_refunds_30d",
    "refund_ratio_30d", "refund_hours", "acct_quick_refunds_30d",
    "type_amount_z", "hour_share"};

} // namespace

FeatureSchema defaultFeatureSchema() { return featureSchemaFor({}, {}); }

FeatureSchema featureSchemaFor(const std::vector<std::string>& extraNumeric, const std::vector<std::string>& extraCategorical)
{
    std::vector<std::string> names(kNames.begin(), kNames.end());
    for (const auto& name : extraNumeric)
        names.push_back("x_" + name);
    for (const auto& name : extraCategorical)
        names.push_back("xf_" + name);
    return FeatureSchema(kFeatureSchemaVersion, std::move(names));
}

} // namespace fraudlens::features
