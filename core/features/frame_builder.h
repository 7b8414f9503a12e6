#pragma once

#include "features/transaction_frame.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace fraudlens::store {
struct TransactionRecord;
}

namespace fraudlens::features {

// Appends canonical records to a TransactionFrame, interning every text id. The batch
// loader and live ingest both append through here, so a transaction gets the same dense
// ids and flags whichever way it arrives. Records must come in time order.
class FrameBuilder {
public:
    explicit FrameBuilder(TransactionFrame& frame);

    // txId and accountDbId are the store's ids (0 when the records never touched a store).
    std::size_t append(const store::TransactionRecord& record, std::int64_t txId, std::int64_t accountDbId,
                       bool accountFrozen = false);

    // Room for this many more rows, and for the accounts and entities they may bring (as
    // many per row as the rows so far), so that neither a large load nor a live
    // transaction waits while the columns and tables grow.
    void reserve(std::size_t rows);

    // A whole generated or parsed batch, store ids numbered 1.. in order.
    static TransactionFrame fromRecords(const std::vector<store::TransactionRecord>& records);

    static bool isRefundType(std::string_view txType);
    static bool isDeclinedStatus(std::string_view status);

private:
    std::uint32_t intern(std::unordered_map<std::string, std::uint32_t>& ids, std::vector<std::string>& names,
                         const std::string& text);
    std::uint32_t accountIndex(const store::TransactionRecord& record, std::int64_t accountDbId, bool frozen);
    std::uint32_t* denseSlot(std::int64_t accountDbId);
    bool declined(const std::string& status);
    std::size_t extraNumericColumn(const std::string& name);
    std::size_t extraCategoricalColumn(const std::string& name);

    TransactionFrame& m_frame;
    std::unordered_map<std::string, std::uint32_t> m_accounts;
    // Store id -> dense index: the store numbers accounts 1, 2, ..., so a vector finds a
    // known account without hashing its text id.
    std::vector<std::uint32_t> m_byDbId;
    std::array<std::unordered_map<std::string, std::uint32_t>, kEntityKindCount> m_entities;
    std::unordered_map<std::string, std::uint32_t> m_countries;
    std::unordered_map<std::string, std::uint32_t> m_txTypes;
    std::unordered_map<std::string, std::uint32_t> m_patterns;
    // Per account, the entity of each kind its last transaction used: accounts mostly
    // keep their device, card and address, and one string compare beats a hash lookup.
    std::vector<std::array<std::uint32_t, kEntityKindCount>> m_lastEntity;
    std::vector<std::uint8_t> m_txTypeIsRefund;                    // per txType id
    std::unordered_map<std::string, std::uint8_t> m_statusDeclined; // per status text seen
    std::vector<std::unordered_map<std::string, std::uint32_t>> m_categories; // per extra categorical column
};

} // namespace fraudlens::features
