#pragma once

#include "features/feature_schema.h"

#include <string>
#include <vector>

namespace fraudlens::features {

// Bump when a column is added, removed or changes meaning: models record it and refuse
// another.
inline constexpr int kFeatureSchemaVersion = 2;

// Column order of the built-in features; FeatureExtractor fills them in this order.
enum Feature : int {
    LogAmount, Amount, AcctMedianAmount, AmountToMedian, AmountRobustZ, SecsSincePrev, LogGap, AcctPriorTx,
    AcctAgeHours, AcctTx1h, AcctTx24h, AcctTx7d, AcctAmount24h, DeviceTx1h, DeviceTx24h, CardTx1h, CardTx24h,
    IpTx1h, IpTx24h, DeviceAccounts, IpAccounts, CardAccounts, AddressAccounts, EmailAccounts, DeviceCards,
    AcctDevices, AcctCards, NewDevice, NewIp, NewCountry, NewCard, HourSin, HourCos, DowSin, DowCos, MerchantTx1h,
    MerchantRateRatio, TypeFreq, RefundRatio, IsRefund, IsDeclined, AcctDeclines24h, CardDeclines1h,
    AcctDeviceAgeHours, AcctCountryAgeHours, AcctRefunds30d, RefundRatio30d, RefundHours, AcctQuickRefunds30d,
    TypeAmountZ, HourShare,
    kBuiltinFeatureCount
};

// The built-in columns only (rules are validated against these when no data is at hand).
FeatureSchema defaultFeatureSchema();

// Built-in columns, then x_<name> for each extra numeric column and xf_<name> for each
// extra categorical one.
FeatureSchema featureSchemaFor(const std::vector<std::string>& extraNumeric, const std::vector<std::string>& extraCategorical);

} // namespace fraudlens::features
