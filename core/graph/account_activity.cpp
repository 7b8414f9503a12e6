#include "graph/account_activity.h"

#include "features/transaction_frame.h"

#include <algorithm>

namespace fraudlens::graph {

using features::TransactionFrame;

AccountActivity::AccountActivity(const TransactionFrame& frame)
{
    const std::size_t accounts = frame.accountCount();
    m_start.assign(accounts + 1, 0);
    for (const std::uint32_t a : frame.account)
        ++m_start[a + 1];
    for (std::size_t a = 0; a < accounts; ++a)
        m_start[a + 1] += m_start[a];
    m_tx.resize(frame.size());
    std::vector<std::uint32_t> fill(m_start.begin(), m_start.end() - 1);
    for (std::size_t i = 0; i < frame.size(); ++i)
        m_tx[fill[frame.account[i]]++] = static_cast<std::uint32_t>(i);

    m_first.assign(accounts, TransactionFrame::kNoTime);
    for (std::size_t a = 0; a < accounts; ++a) {
        // Frames are in time order, but hand-built ones may not be: take the minimum.
        for (std::uint32_t k = m_start[a]; k < m_start[a + 1]; ++k) {
            const std::int64_t ts = frame.tsMs[m_tx[k]];
            if (m_first[a] == TransactionFrame::kNoTime || ts < m_first[a])
                m_first[a] = ts;
        }
    }
    m_created.assign(accounts, TransactionFrame::kNoTime);
    const std::size_t known = std::min(accounts, frame.accountCreatedMs.size());
    std::copy_n(frame.accountCreatedMs.begin(), known, m_created.begin());
}

} // namespace fraudlens::graph
