#include "graph/ring_scorer.h"

#include "features/transaction_frame.h"
#include "graph/account_activity.h"
#include "graph/entity_links.h"
#include "graph/ring_parameters.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/core_numbers.hpp>

#include <algorithm>
#include <cmath>

namespace fraudlens::graph {

using features::TransactionFrame;

namespace {

constexpr double kHourMs = 3600.0 * 1000.0;

// Flat near zero, half at `scale`, falling fast beyond it.
double closeness(double value, double scale)
{
    const double r = value / scale;
    return 1.0 / (1.0 + r * r);
}

// Spread between the 10th and 90th percentile (the full range for tiny groups), so one
// member who joined late does not hide that the rest acted together.
double spreadHours(std::vector<std::int64_t> times)
{
    if (times.size() < 2)
        return 0.0;
    std::sort(times.begin(), times.end());
    const std::size_t n = times.size();
    const std::size_t lo = n <= 4 ? 0 : n / 10;
    const std::size_t hi = n <= 4 ? n - 1 : n - 1 - n / 10;
    return static_cast<double>(times[hi] - times[lo]) / kHourMs;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

} // namespace

RingScorer::RingScorer(const TransactionFrame& frame, const AccountActivity& activity, const EntityLinks& links,
                       const RingParameters& params)
    : m_frame(frame), m_activity(activity), m_links(links), m_params(params)
{
    if (!frame.tsMs.empty()) {
        const std::int64_t start = *std::min_element(frame.tsMs.begin(), frame.tsMs.end());
        m_censoredUntilMs = start + static_cast<std::int64_t>(params.syncScaleHours * kHourMs);
        m_dataStartMs = start;
    }
}

void RingScorer::score(Ring& ring, const std::vector<AccountEdge>& internal) const
{
    const auto n = static_cast<double>(ring.members.size());
    ring.edges = static_cast<int>(internal.size());
    ring.coreNumber = coreNumber(ring.members, internal);

    ring.sizeScore = std::clamp(std::log2(n) / std::log2(std::max(2, m_params.fullSizeAccounts)), 0.0, 1.0);
    double dense = 0.0;
    for (const AccountEdge& e : internal)
        dense += std::min(1.0, e.weight / m_params.fullEdgeWeight);
    ring.density = n > 1 ? dense / (n * (n - 1) / 2.0) : 0.0;

    collectShared(ring);
    scoreTiming(ring);

    ring.score = m_params.sizeWeight * ring.sizeScore + m_params.youthWeight * ring.youthScore * ring.syncScore
        + m_params.burstWeight * ring.burstScore
        + m_params.kindWeight * ring.kindScore + m_params.densityWeight * ring.density;
    ring.score = std::clamp(ring.score, 0.0, 1.0);
}

void RingScorer::collectShared(Ring& ring) const
{
    std::vector<std::uint32_t> seen;
    for (const std::uint32_t a : ring.members)
        for (std::uint32_t k = m_links.linkStart[a]; k < m_links.linkStart[a + 1]; ++k)
            seen.push_back(m_links.linkOfAccount[k]);
    std::sort(seen.begin(), seen.end());

    ring.shared.clear();
    ring.sharedByKind.fill(0);
    double maxFactor = 0.0;
    for (const double f : m_params.kindFactor)
        maxFactor = std::max(maxFactor, f);
    ring.kindScore = 0.0;
    for (std::size_t i = 0; i < seen.size();) {
        std::size_t j = i;
        while (j < seen.size() && seen[j] == seen[i])
            ++j;
        const EntityLink& link = m_links.links[seen[i]];
        if (j - i >= 2) {
            const auto kind = static_cast<std::size_t>(link.kind);
            ring.shared.push_back({link.kind, link.id, static_cast<int>(j - i), static_cast<int>(link.size()),
                                   link.windowStartMs});
            ++ring.sharedByKind[kind];
            if (maxFactor > 0.0)
                ring.kindScore = std::max(ring.kindScore, m_params.kindFactor[kind] / maxFactor);
        }
        i = j;
    }
    // Most members first; among equals the rarer and more personal entity.
    const auto strength = [this](const SharedEntity& s) {
        return m_params.kindFactor[static_cast<std::size_t>(s.kind)] * EntityLinker::rarity(static_cast<std::size_t>(s.allAccounts));
    };
    std::sort(ring.shared.begin(), ring.shared.end(), [&](const SharedEntity& x, const SharedEntity& y) {
        if (x.accounts != y.accounts)
            return x.accounts > y.accounts;
        const double sx = strength(x);
        const double sy = strength(y);
        if (sx != sy)
            return sx > sy;
        if (x.kind != y.kind)
            return x.kind < y.kind;
        return x.id != y.id ? x.id < y.id : x.windowStartMs < y.windowStartMs;
    });
}

void RingScorer::scoreTiming(Ring& ring) const
{
    std::vector<std::int64_t> starts;
    std::vector<std::int64_t> created;
    std::vector<double> ages;
    for (const std::uint32_t a : ring.members) {
        const std::int64_t first = m_activity.firstMs(a);
        const std::int64_t born = m_activity.createdMs(a);
        if (born != TransactionFrame::kNoTime) {
            created.push_back(born);
            if (first != TransactionFrame::kNoTime)
                ages.push_back(std::max<double>(0.0, static_cast<double>(first - born) / kHourMs));
        }
        // An account that may have been active before the data begins has no observed
        // start: its first order near the beginning of the data says nothing.
        const bool bornInside = born != TransactionFrame::kNoTime && born >= m_dataStartMs;
        if (first != TransactionFrame::kNoTime && (bornInside || first >= m_censoredUntilMs))
            starts.push_back(first);
    }
    const std::size_t half = (ring.members.size() + 1) / 2;
    if (starts.size() >= std::max<std::size_t>(2, half)) {
        ring.timeSpreadHours = spreadHours(starts);
        ring.syncScore = closeness(ring.timeSpreadHours, m_params.syncScaleHours);
    } else {
        ring.timeSpreadHours = -1.0;
        ring.syncScore = 0.5;
    }
    ring.createdSpreadHours = created.size() >= std::max<std::size_t>(2, half) ? spreadHours(created) : -1.0;
    // Without sign-up dates the age at first order is unknowable: stay neutral rather
    // than call every account new.
    if (!ages.empty() && ages.size() >= half) {
        ring.medianAgeHours = median(ages);
        ring.youthScore = closeness(ring.medianAgeHours, m_params.youthScaleHours);
    } else {
        ring.medianAgeHours = -1.0;
        ring.youthScore = 0.5;
    }
    activityShape(ring);
    // Acting together counts fully only for members who also started together: a family
    // shops side by side on a Sunday too, but its members joined months apart.
    ring.burstScore = ring.activityShare * ring.concentration * (0.5 + 0.5 * ring.syncScore);
}

// Co-activity: the share of a member's transactions that another member matched within
// coActivityMs. Concentration: the share of a member's transactions inside the members'
// busiest burstWindowMs. Both are medians over members, so that one busy shopper who got
// attached to a crew does not decide its timing.
void RingScorer::activityShape(Ring& ring) const
{
    const std::vector<std::uint32_t>& members = ring.members;
    std::vector<std::pair<std::int64_t, std::uint32_t>> events; // (time, member position)
    for (std::uint32_t m = 0; m < members.size(); ++m)
        for (const std::uint32_t* t = m_activity.txBegin(members[m]); t != m_activity.txEnd(members[m]); ++t)
            events.emplace_back(m_frame.tsMs[*t], m);
    ring.activityShare = 0.0;
    ring.concentration = 0.0;
    if (events.empty())
        return;
    std::sort(events.begin(), events.end());
    const std::size_t n = events.size();
    // Nearest event of another member on each side, found in one sweep each way.
    std::vector<std::int64_t> prevOther(n, TransactionFrame::kNoTime);
    std::vector<std::int64_t> nextOther(n, TransactionFrame::kNoTime);
    for (std::size_t i = 1; i < n; ++i)
        prevOther[i] = events[i - 1].second != events[i].second ? events[i - 1].first : prevOther[i - 1];
    for (std::size_t i = n - 1; i-- > 0;)
        nextOther[i] = events[i + 1].second != events[i].second ? events[i + 1].first : nextOther[i + 1];

    std::size_t busiest = 0;
    std::size_t busiestStart = 0;
    for (std::size_t lo = 0, hi = 0; hi < n; ++hi) {
        while (events[hi].first - events[lo].first >= m_params.burstWindowMs)
            ++lo;
        if (hi - lo + 1 > busiest) {
            busiest = hi - lo + 1;
            busiestStart = lo;
        }
    }
    const std::int64_t windowStart = events[busiestStart].first;

    std::vector<double> total(members.size(), 0.0);
    std::vector<double> matched(members.size(), 0.0);
    std::vector<double> inWindow(members.size(), 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const auto [ts, m] = events[i];
        const bool before = prevOther[i] != TransactionFrame::kNoTime && ts - prevOther[i] <= m_params.coActivityMs;
        const bool after = nextOther[i] != TransactionFrame::kNoTime && nextOther[i] - ts <= m_params.coActivityMs;
        total[m] += 1.0;
        matched[m] += (before || after) ? 1.0 : 0.0;
        inWindow[m] += (ts >= windowStart && ts - windowStart < m_params.burstWindowMs) ? 1.0 : 0.0;
    }
    std::vector<double> coActive;
    std::vector<double> concentrated;
    for (std::size_t m = 0; m < members.size(); ++m)
        if (total[m] > 0.0) {
            coActive.push_back(matched[m] / total[m]);
            concentrated.push_back(inWindow[m] / total[m]);
        }
    ring.activityShare = median(coActive);
    ring.concentration = median(concentrated);
}

int RingScorer::coreNumber(const std::vector<std::uint32_t>& members, const std::vector<AccountEdge>& internal)
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph g(members.size());
    const auto local = [&](std::uint32_t account) {
        return static_cast<std::size_t>(std::lower_bound(members.begin(), members.end(), account) - members.begin());
    };
    for (const AccountEdge& e : internal)
        boost::add_edge(local(e.a), local(e.b), g);
    std::vector<int> core(members.size(), 0);
    boost::core_numbers(g, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, g)));
    return core.empty() ? 0 : *std::max_element(core.begin(), core.end());
}

} // namespace fraudlens::graph
