#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace fraudlens::ingest {

// The fields a mapping can fill. fraud_pattern is a label too (demo data says which
// injected pattern a fraud belongs to); like label it is never a model feature.
enum class CanonicalField {
    TransactionId, AccountId, Timestamp, Amount, Currency, TxType, Status, MerchantId, DeviceId, Ip,
    CardId, Email, Address, Country, Channel, Category, AccountCreatedAt, Label, FraudPattern,
};

inline constexpr std::array<std::string_view, 19> kCanonicalFieldNames = {
    "transaction_id", "account_id", "timestamp", "amount", "currency", "tx_type", "status",
    "merchant_id", "device_id", "ip", "card_id", "email", "address", "country", "channel",
    "category", "account_created_at", "label", "fraud_pattern",
};

inline constexpr size_t kCanonicalFieldCount = kCanonicalFieldNames.size();

inline std::string_view fieldName(CanonicalField field) { return kCanonicalFieldNames[static_cast<size_t>(field)]; }

std::optional<CanonicalField> fieldFromName(std::string_view name);
bool isRequired(CanonicalField field);

} // namespace fraudlens::ingest
