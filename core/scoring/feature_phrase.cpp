#include "scoring/feature_phrase.h"

#include "features/feature_names.h"

#include <cmath>
#include <cstdio>
#include <numbers>

namespace fraudlens::scoring {

namespace {

using namespace features;

std::string number(double v, int decimals = 0)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string count(double v) { return number(std::round(v)); }

std::string age(double hours)
{
    if (hours < 1.0)
        return count(std::max(0.0, hours * 60.0)) + " minutes";
    if (hours < 48.0)
        return count(hours) + " hours";
    return count(hours / 24.0) + " days";
}

std::string duration(double seconds)
{
    if (seconds < 120.0)
        return count(seconds) + " seconds";
    if (seconds < 7200.0)
        return count(seconds / 60.0) + " minutes";
    return age(seconds / 3600.0);
}

std::string others(double accounts, const char* what)
{
    return std::string(what) + " shared with " + count(accounts - 1.0) + " other account" + (accounts - 1.0 >= 1.5 ? "s" : "");
}

} // namespace

std::string FeaturePhrase::describe(const FeatureSchema& schema, int column, const float* row)
{
    const double v = row[column];
    switch (column) {
    case LogAmount:
    case Amount:
    case AmountRobustZ:
    case AmountToMedian:
        if (row[AcctPriorTx] >= 3.0f && row[AmountToMedian] >= 3.0f)
            return "amount " + number(row[AmountToMedian], row[AmountToMedian] < 10.0f ? 1 : 0) + "x this account's median";
        if (row[AcctPriorTx] >= 3.0f && row[AmountToMedian] <= 0.2f)
            return "amount far below this account's usual (" + number(row[Amount], 2) + ")";
        return "unusual amount " + number(row[Amount], 2);
    case AcctAgeHours:
        return row[AcctAgeHours] < 72.0f ? "account " + age(v) + " old" : "";
    case SecsSincePrev:
    case LogGap:
        return row[AcctPriorTx] > 0.0f && row[SecsSincePrev] < 3600.0f
            ? duration(row[SecsSincePrev]) + " after the account's previous transaction" : "";
    case AcctTx1h:
        return v >= 3 ? count(v) + " transactions from this account in the last hour" : "";
    case AcctTx24h:
    case AcctTx7d:
        return row[AcctTx24h] >= 5 ? count(row[AcctTx24h]) + " transactions from this account in 24 hours" : "";
    case AcctAmount24h:
        return "account spent " + number(v, 2) + " in 24 hours";
    case DeviceTx1h:
    case DeviceTx24h:
        return row[DeviceTx1h] >= 3 ? count(row[DeviceTx1h]) + " transactions on this device in the last hour" : "";
    case CardTx1h:
    case CardTx24h:
        return row[CardTx1h] >= 3 ? count(row[CardTx1h]) + " transactions on this card in the last hour" : "";
    case IpTx1h:
    case IpTx24h:
        return row[IpTx1h] >= 5 ? count(row[IpTx1h]) + " transactions from this IP address in the last hour" : "";
    case DeviceAccounts:
        return v >= 2 ? others(v, "device") : "";
    case IpAccounts:
        return v >= 3 ? others(v, "IP address") : "";
    case CardAccounts:
        return v >= 2 ? others(v, "card") : "";
    case AddressAccounts:
        return v >= 3 ? others(v, "address") : "";
    case EmailAccounts:
        return v >= 2 ? others(v, "e-mail address") : "";
    case DeviceCards:
        return v >= 3 ? count(v) + " different cards used on this device" : "";
    case AcctDevices:
        return v >= 3 ? "account used " + count(v) + " devices" : "";
    case AcctCards:
        return v >= 3 ? "account used " + count(v) + " cards" : "";
    case NewDevice:
        return v > 0.5 ? "first transaction from this device" : "";
    case NewIp:
        return v > 0.5 ? "first transaction from this IP address" : "";
    case NewCountry:
        return v > 0.5 ? "first transaction from this country" : "";
    case NewCard:
        return v > 0.5 ? "first use of this card" : "";
    case HourSin:
    case HourCos: {
        const double hour = std::fmod(std::atan2(row[HourSin], row[HourCos]) / (2.0 * std::numbers::pi) * 24.0 + 24.0, 24.0);
        return "at " + count(std::floor(hour)) + ":00 UTC, an unusual hour";
    }
    case DowSin:
    case DowCos:
        return "";
    case MerchantTx1h:
    case MerchantRateRatio:
        return row[MerchantRateRatio] >= 3.0f ? "merchant selling " + number(row[MerchantRateRatio], 0)
                + "x its usual hourly rate" : "";
    case TypeFreq:
        return "rare transaction type";
    case RefundRatio:
        return v >= 0.3 ? number(v * 100.0) + "% of this account's orders refunded" : "";
    case IsRefund:
        return v > 0.5 ? "refund" : "";
    case IsDeclined:
        return v > 0.5 ? "declined" : "";
    case AcctDeclines24h:
        return v >= 2 ? count(v) + " declined payments on this account in 24 hours" : "";
    case CardDeclines1h:
        return v >= 2 ? count(v) + " declined payments on this card in the last hour" : "";
    case AcctDeviceAgeHours:
        return row[AcctPriorTx] >= 1.0f && v < 24.0 && row[AcctAgeHours] > 72.0f
            ? "device first used by this account " + age(v) + " ago" : "";
    case AcctCountryAgeHours:
        return row[AcctPriorTx] >= 1.0f && v < 24.0 && row[AcctAgeHours] > 72.0f
            ? "country first seen for this account " + age(v) + " ago" : "";
    case AcctRefunds30d:
    case RefundRatio30d:
        return row[AcctRefunds30d] >= 2.0f ? count(row[AcctRefunds30d]) + " refunds in 30 days (" + number(row[RefundRatio30d] * 100.0)
                + "% of orders)" : "";
    case RefundHours:
        return v >= 0.0f && v < 24.0f ? "refund claimed " + age(v) + " after the order" : "";
    case TypeAmountZ:
        return v >= 3.0f ? "amount far above this transaction type's usual (" + number(v, 1) + " sd)" : "";
    case HourShare:
        return v < 0.25f ? "at an hour that sees " + number(v * 100.0) + "% of the usual traffic" : "";
    case AcctQuickRefunds30d:
        return v >= 2.0f ? count(v) + " refunds claimed within a day of ordering, in 30 days" : "";
    default:
        break;
    }
    const std::string& name = schema.name(static_cast<std::size_t>(column));
    if (name.rfind("xf_", 0) == 0)
        return "rare " + name.substr(3) + " value";
    if (name.rfind("x_", 0) == 0)
        return "unusual " + name.substr(2) + " (" + number(v, 2) + ")";
    return "";
}

} // namespace fraudlens::scoring
