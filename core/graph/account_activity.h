#pragma once

#include <cstdint>
#include <vector>

namespace fraudlens::features {
struct TransactionFrame;
}

namespace fraudlens::graph {

// Per account: its transactions (in time order) and the times ring scoring needs.
class AccountActivity {
public:
    explicit AccountActivity(const features::TransactionFrame& frame);

    std::size_t accountCount() const { return m_start.size() - 1; }
    std::int64_t firstMs(std::uint32_t account) const { return m_first[account]; }
    // accountCreatedMs when the frame has it, else TransactionFrame::kNoTime.
    std::int64_t createdMs(std::uint32_t account) const { return m_created[account]; }
    const std::uint32_t* txBegin(std::uint32_t account) const { return m_tx.data() + m_start[account]; }
    const std::uint32_t* txEnd(std::uint32_t account) const { return m_tx.data() + m_start[account + 1]; }

private:
    std::vector<std::uint32_t> m_start;
    std::vector<std::uint32_t> m_tx;
    std::vector<std::int64_t> m_first;
    std::vector<std::int64_t> m_created;
};

} // namespace fraudlens::graph
