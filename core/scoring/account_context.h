#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace fraudlens::scoring {

// An account with several suspicious transactions makes its other transactions nearby in
// time suspect too (abuse that builds up slowly, like serial refunds, is only visible
// across transactions). Per account it remembers its few riskiest transactions; a
// transaction's risk is lifted towards the weakest of them, decaying with the time to the
// nearest. Batch scoring (Fusion::applyAccountContext) adds every row before lifting any:
// it sees the future. Live scoring adds each transaction as it comes: the past only.
class AccountContext {
public:
    static constexpr std::size_t kTop = 2; // more than one: a single odd transaction is not a pattern

    // Remembers a transaction's risk for its account. A row seen before (an order whose
    // refund raised its risk) has its risk replaced; risks may only rise.
    void add(std::uint32_t account, std::uint32_t row, std::int64_t tsMs, float risk);
    // The risk of a transaction of this account at tsMs whose own risk is `own`, with the
    // account's context: never below own.
    float lift(std::uint32_t account, std::int64_t tsMs, float own) const;
    // The account's highest risk so far; 0 for an account never added.
    float peak(std::uint32_t account) const;
    // Room for accounts 0..accounts-1 without moving what is kept.
    void reserve(std::size_t accounts) { m_tops.reserve(accounts); }

private:
    struct Top {
        std::array<float, kTop> score{};
        std::array<std::int64_t, kTop> ts{};
        std::array<std::uint32_t, kTop> slot{}; // frame row + 1; 0 = empty
    };
    // Account ids are dense frame indices: a vector, not a hash map.
    std::vector<Top> m_tops;
};

} // namespace fraudlens::scoring
