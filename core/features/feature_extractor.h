#pragma once

#include "features/feature_schema.h"
#include "features/entity_kind.h"
#include "features/window_counter.h"

#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace fraudlens::features {

struct TransactionFrame;

// Computes one transaction's features from what came before it, then remembers it. The
// batch pipeline and live scoring both feed transactions through one instance in time
// order, so a transaction gets the same features either way and never sees the future.
class FeatureExtractor {
public:
    explicit FeatureExtractor(const TransactionFrame& frame);

    const FeatureSchema& schema() const { return m_schema; }
    // Writes schema().size() floats for frame row `row` into out, then updates the state.
    void extract(const TransactionFrame& frame, std::size_t row, float* out);
    // For the row just extracted: when it is a refund, the earlier order row it reverses
    // (same account and merchant, the newest with the same amount, else the newest large
    // enough); kNoId otherwise. Lets fusion carry a refund's risk back to its order.
    std::uint32_t reversedOrder() const { return m_reversedOrder; }
    // Room for moreRows more transactions of frame (which it has seen so far), accounts and
    // entities in the proportion its rows brought them, so that none of its tables grows
    // while a live transaction waits (see keysAfter).
    void reserve(const TransactionFrame& frame, std::size_t moreRows);

private:
    struct OpenOrder {
        std::int64_t ts;
        double amount;
        std::uint32_t merchant;
        std::uint32_t row;
    };
    struct AccountState {
        std::vector<OpenOrder> openOrders; // the latest kOpenOrders not yet refunded
        std::int64_t lastTs = 0;
        std::int64_t firstTs = 0;
        std::uint32_t prior = 0;
        std::uint32_t orders = 0;
        std::uint32_t refunds = 0;
        std::vector<float> recentAmounts; // ring buffer of the latest kRecent amounts
    };
    struct PairSeen {
        std::unordered_map<std::uint64_t, std::int64_t> firstSeen; // pair -> time of first use
        std::vector<std::uint32_t> perFirst;  // distinct seconds per first
        std::vector<std::uint32_t> perSecond; // distinct firsts per second
        struct Seen {
            std::int64_t since; // when the pair was first seen
            bool isNew;
        };
        Seen add(std::uint32_t first, std::uint32_t second, std::int64_t tsMs);
        std::uint32_t countFirst(std::uint32_t first) const { return first < perFirst.size() ? perFirst[first] : 0; }
        std::uint32_t countSecond(std::uint32_t second) const { return second < perSecond.size() ? perSecond[second] : 0; }
        void reserve(std::size_t pairs, std::size_t firsts, std::size_t seconds);
    };
    static constexpr std::size_t kRecent = 64;
    static constexpr std::size_t kOpenOrders = 32;

    struct Reversal {
        OpenOrder order;
        bool wholeOrder; // same amount; a partial refund's order is a best guess
    };
    // Finds and closes the order a refund reverses; nullopt when none matches.
    static std::optional<Reversal> matchRefund(AccountState& state, std::uint32_t merchant, double amount);
    void refundFeatures(const TransactionFrame& f, std::size_t row, AccountState& acct, float* out);

    void amountFeatures(AccountState& state, double amount, float* out) const;
    static float frequency(std::vector<std::uint32_t>& counts, std::uint32_t id, std::uint64_t total);

    FeatureSchema m_schema;
    std::vector<AccountState> m_accounts;
    WindowCounter m_accountWindows, m_deviceWindows, m_cardWindows, m_ipWindows, m_merchantWindows;
    WindowCounter m_accountDeclines, m_cardDeclines;
    WindowCounter m_accountRefunds{WindowCounter::kLongWindows}, m_accountOrders{WindowCounter::kLongWindows};
    WindowCounter m_accountQuickRefunds{WindowCounter::kLongWindows};
    PairSeen m_accountDevice, m_accountIp, m_accountCard, m_accountCountry, m_accountAddress, m_accountEmail;
    PairSeen m_deviceCard;
    std::vector<std::int64_t> m_merchantFirstTs;
    std::vector<std::uint32_t> m_merchantTotal;
    std::vector<std::uint32_t> m_typeCounts;
    struct RunningMoments { // Welford, of log amounts
        double n = 0.0, mean = 0.0, m2 = 0.0;
    };
    std::vector<RunningMoments> m_typeAmounts; // per transaction type (last: no type)
    std::array<std::uint64_t, 24> m_hourCounts{};
    std::vector<std::vector<std::uint32_t>> m_categoryCounts; // per extra categorical column
    std::uint64_t m_seen = 0;
    std::uint32_t m_reversedOrder = kNoId;
};

} // namespace fraudlens::features
