#pragma once

#include "features/entity_kind.h"

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace fraudlens::features {

// Every transaction of a database in columns, sorted by (time, store id), with text ids
// interned to dense integers. Scoring works on this, never on SQL rows: it keeps 1M
// transactions in well under 200 MB and makes per-account and per-entity state plain
// vectors indexed by id.
struct TransactionFrame {
    static constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();

    // Per transaction (index i, in time order).
    std::vector<std::int64_t> txId;          // transactions.id in the store
    std::vector<std::int64_t> tsMs;
    std::vector<std::uint32_t> account;      // dense account index
    std::vector<double> amount;
    std::vector<std::uint8_t> isRefund;      // tx_type says refund / return / chargeback
    std::vector<std::uint8_t> isDeclined;    // status says declined / failed / rejected
    std::vector<std::uint32_t> country;      // dense, kNoId when not given
    std::vector<std::uint32_t> txType;       // dense, kNoId when not given
    std::array<std::vector<std::uint32_t>, kEntityKindCount> entity; // dense per kind, kNoId when not given
    std::vector<std::int8_t> label;          // 1 fraud, 0 genuine, -1 unknown: read by evaluation only
    std::vector<std::uint8_t> pattern;       // 0 none, else 1 + index into patternNames: evaluation only

    // Mapped extra columns, one vector per column (NaN / kNoId where missing).
    std::vector<std::string> extraNumericNames;
    std::vector<std::vector<float>> extraNumeric;
    std::vector<std::string> extraCategoricalNames;
    std::vector<std::vector<std::uint32_t>> extraCategorical;
    // Per extra categorical column: dense value id -> text, so that a FrameBuilder
    // re-entering the frame (live scoring after a load) gives a known value its old id.
    std::vector<std::vector<std::string>> extraCategoryValues;

    // Per account (dense index).
    std::vector<std::int64_t> accountDbId;
    std::vector<std::string> accountExternalId;
    std::vector<std::int64_t> accountCreatedMs; // kNoTime when not mapped
    std::vector<std::uint8_t> accountFrozen;

    // Dense id -> text, for reasons and for storing rings.
    std::array<std::vector<std::string>, kEntityKindCount> entityNames;
    std::vector<std::string> countryNames;
    std::vector<std::string> txTypeNames;
    std::vector<std::string> patternNames;

    std::size_t size() const { return txId.size(); }
    std::size_t accountCount() const { return accountDbId.size(); }
    std::size_t entityCount(EntityKind kind) const { return entityNames[static_cast<std::size_t>(kind)].size(); }
    std::uint32_t entityOf(EntityKind kind, std::size_t i) const { return entity[static_cast<std::size_t>(kind)][i]; }
};

} // namespace fraudlens::features
