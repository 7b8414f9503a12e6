#include "scoring/account_context.h"

#include <algorithm>
#include <cmath>

namespace fraudlens::scoring {

namespace {

constexpr double kContextHalfLifeMs = 3.0 * 86'400'000.0;
constexpr float kContextShare = 0.85f;

} // namespace

void AccountContext::add(std::uint32_t account, std::uint32_t row, std::int64_t tsMs, float risk)
{
    if (account >= m_tops.size())
        m_tops.resize(static_cast<std::size_t>(account) + 1);
    Top& t = m_tops[account];
    const std::uint32_t slot = row + 1;
    // Live: a row already held leaves its place first, so it is never counted twice.
    for (std::size_t k = 0; k < kTop; ++k) {
        if (t.slot[k] != slot)
            continue;
        for (std::size_t j = k; j + 1 < kTop; ++j) {
            t.score[j] = t.score[j + 1];
            t.ts[j] = t.ts[j + 1];
            t.slot[j] = t.slot[j + 1];
        }
        t.score[kTop - 1] = 0.0f;
        t.ts[kTop - 1] = 0;
        t.slot[kTop - 1] = 0;
        break;
    }
    for (std::size_t k = 0; k < kTop; ++k) {
        if (risk > t.score[k]) {
            for (std::size_t j = kTop - 1; j > k; --j) {
                t.score[j] = t.score[j - 1];
                t.ts[j] = t.ts[j - 1];
                t.slot[j] = t.slot[j - 1];
            }
            t.score[k] = risk;
            t.ts[k] = tsMs;
            t.slot[k] = slot;
            break;
        }
    }
}

float AccountContext::lift(std::uint32_t account, std::int64_t tsMs, float own) const
{
    if (account >= m_tops.size())
        return own;
    const Top& t = m_tops[account];
    // The weakest of the top few: high only when several transactions are suspect.
    const float sustained = t.score[kTop - 1];
    if (sustained <= own)
        return own;
    double nearest = 1e300;
    for (std::size_t k = 0; k < kTop; ++k)
        nearest = std::min(nearest, std::fabs(static_cast<double>(tsMs - t.ts[k])));
    const auto decay = static_cast<float>(std::exp2(-nearest / kContextHalfLifeMs));
    return std::max(own, kContextShare * sustained * decay);
}

float AccountContext::peak(std::uint32_t account) const
{
    return account < m_tops.size() ? m_tops[account].score[0] : 0.0f;
}

} // namespace fraudlens::scoring
