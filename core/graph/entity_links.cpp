#include "graph/entity_links.h"

#include "features/transaction_frame.h"
#include "graph/ring_parameters.h"

#include <algorithm>
#include <cmath>

namespace fraudlens::graph {

using features::EntityKind;
using features::kNoId;
using features::TransactionFrame;

namespace {

constexpr std::array<EntityKind, 5> kPersonalKinds = {EntityKind::Device, EntityKind::Ip, EntityKind::Card,
                                                      EntityKind::Address, EntityKind::Email};

std::size_t kindIndex(EntityKind kind)
{
    return static_cast<std::size_t>(kind);
}

// Transactions grouped by entity id (counting sort), each group in time order because
// the frame is.
struct Grouped {
    std::vector<std::uint32_t> start; // ids + 1 entries
    std::vector<std::uint32_t> tx;
};

Grouped groupByEntity(const std::vector<std::uint32_t>& column)
{
    Grouped g;
    std::uint32_t maxId = 0;
    bool any = false;
    for (const std::uint32_t id : column) {
        if (id == kNoId)
            continue;
        maxId = std::max(maxId, id);
        any = true;
    }
    const std::size_t ids = any ? static_cast<std::size_t>(maxId) + 1 : 0;
    g.start.assign(ids + 1, 0);
    for (const std::uint32_t id : column)
        if (id != kNoId)
            ++g.start[id + 1];
    for (std::size_t e = 0; e < ids; ++e)
        g.start[e + 1] += g.start[e];
    g.tx.resize(g.start[ids]);
    std::vector<std::uint32_t> fill(g.start.begin(), g.start.end() - 1);
    for (std::size_t i = 0; i < column.size(); ++i)
        if (column[i] != kNoId)
            g.tx[fill[column[i]]++] = static_cast<std::uint32_t>(i);
    return g;
}

void sortUnique(std::vector<std::uint32_t>& v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

// floor((ts - phase) / width) that stays right for times before the epoch.
std::int64_t bucketOf(std::int64_t ts, std::int64_t phase, std::int64_t width)
{
    const std::int64_t shifted = ts - phase;
    std::int64_t q = shifted / width;
    if (shifted % width != 0 && shifted < 0)
        --q;
    return q;
}

} // namespace

EntityLinker::EntityLinker(const RingParameters& params) : m_params(params) {}

double EntityLinker::rarity(std::size_t accounts)
{
    return 1.0 / std::log2(1.0 + static_cast<double>(accounts));
}

EntityLinks EntityLinker::build(const TransactionFrame& frame) const
{
    EntityLinks out;
    for (const EntityKind kind : kPersonalKinds)
        addEntityKind(frame, kind, out);
    addMerchantBursts(frame, out);
    indexByAccount(frame.accountCount(), out);
    return out;
}

void EntityLinker::addEntityKind(const TransactionFrame& frame, EntityKind kind, EntityLinks& out) const
{
    const auto& column = frame.entity[kindIndex(kind)];
    auto& footprint = out.footprint[kindIndex(kind)];
    footprint.assign(frame.accountCount(), 0.0f);
    const double factor = m_params.kindFactor[kindIndex(kind)];
    if (column.empty() || factor <= 0.0)
        return;

    const Grouped g = groupByEntity(column);
    std::vector<std::uint32_t> members;
    std::vector<std::uint32_t> distinct(frame.accountCount(), 0);
    // Which entity last counted each account: deduplicates without sorting the long
    // transaction lists of popular entities.
    std::vector<std::uint32_t> seenBy(frame.accountCount(), kNoId);
    for (std::size_t e = 0; e + 1 < g.start.size(); ++e) {
        members.clear();
        for (std::uint32_t k = g.start[e]; k < g.start[e + 1]; ++k) {
            const std::uint32_t a = frame.account[g.tx[k]];
            if (seenBy[a] != e) {
                seenBy[a] = static_cast<std::uint32_t>(e);
                ++distinct[a];
                members.push_back(a);
            }
        }
        if (members.size() < 2 || members.size() > static_cast<std::size_t>(m_params.maxEntityAccounts))
            continue;
        std::sort(members.begin(), members.end());
        EntityLink link;
        link.kind = kind;
        link.id = static_cast<std::uint32_t>(e);
        link.begin = static_cast<std::uint32_t>(out.accounts.size());
        out.accounts.insert(out.accounts.end(), members.begin(), members.end());
        link.end = static_cast<std::uint32_t>(out.accounts.size());
        link.weight = factor * rarity(members.size());
        out.links.push_back(link);
    }
    for (std::size_t a = 0; a < distinct.size(); ++a)
        if (distinct[a] > 0)
            footprint[a] = static_cast<float>(1.0 / std::sqrt(static_cast<double>(distinct[a])));
}

void EntityLinker::addMerchantBursts(const TransactionFrame& frame, EntityLinks& out) const
{
    const std::size_t merchantKind = kindIndex(EntityKind::Merchant);
    // A burst window is its own rare event; an account's other shops do not dilute it.
    out.footprint[merchantKind].assign(frame.accountCount(), 1.0f);
    const auto& column = frame.entity[merchantKind];
    const double factor = m_params.kindFactor[merchantKind];
    const std::int64_t width = std::max<std::int64_t>(m_params.merchantWindowMs, 2);
    if (column.empty() || factor <= 0.0)
        return;

    struct Burst {
        std::int64_t startMs;
        std::vector<std::uint32_t> members;
    };
    const Grouped g = groupByEntity(column);
    // A burst needs merchantMinShare of the merchant's buyers and at most
    // maxEntityAccounts members: counting stops once a shop is too popular to have one.
    const auto tooPopular = [this](std::size_t buyers) {
        return m_params.merchantMinShare * static_cast<double>(buyers) > m_params.maxEntityAccounts;
    };
    std::vector<std::uint32_t> seenBy(frame.accountCount(), kNoId);
    std::vector<Burst> candidates;
    std::vector<Burst> accepted;
    for (std::size_t m = 0; m + 1 < g.start.size(); ++m) {
        const std::uint32_t from = g.start[m];
        const std::uint32_t to = g.start[m + 1];
        if (to - from < static_cast<std::uint32_t>(m_params.merchantMinAccounts))
            continue;
        std::size_t buyers = 0;
        for (std::uint32_t k = from; k < to && !tooPopular(buyers); ++k) {
            const std::uint32_t a = frame.account[g.tx[k]];
            if (seenBy[a] != m) {
                seenBy[a] = static_cast<std::uint32_t>(m);
                ++buyers;
            }
        }
        if (tooPopular(buyers))
            continue;
        const double needed = std::max<double>(m_params.merchantMinAccounts, m_params.merchantMinShare * static_cast<double>(buyers));

        candidates.clear();
        for (const std::int64_t phase : {std::int64_t{0}, width / 2}) {
            std::uint32_t k = from;
            while (k < to) {
                const std::uint32_t first = k;
                const std::int64_t bucket = bucketOf(frame.tsMs[g.tx[k]], phase, width);
                while (k < to && bucketOf(frame.tsMs[g.tx[k]], phase, width) == bucket)
                    ++k;
                if (k - first < needed)
                    continue;
                Burst burst{bucket * width + phase, {}};
                for (std::uint32_t t = first; t < k; ++t)
                    burst.members.push_back(frame.account[g.tx[t]]);
                sortUnique(burst.members);
                if (burst.members.size() >= needed
                    && burst.members.size() <= static_cast<std::size_t>(m_params.maxEntityAccounts))
                    candidates.push_back(std::move(burst));
            }
        }
        // The two grids overlap: of windows closer than one width keep the fuller one,
        // so that one burst is not counted twice.
        std::sort(candidates.begin(), candidates.end(), [](const Burst& a, const Burst& b) {
            return a.members.size() != b.members.size() ? a.members.size() > b.members.size() : a.startMs < b.startMs;
        });
        accepted.clear();
        for (auto& c : candidates) {
            const bool overlaps = std::any_of(accepted.begin(), accepted.end(), [&](const Burst& a) {
                return std::abs(a.startMs - c.startMs) < width;
            });
            if (!overlaps)
                accepted.push_back(std::move(c));
        }
        std::sort(accepted.begin(), accepted.end(), [](const Burst& a, const Burst& b) { return a.startMs < b.startMs; });
        for (const Burst& burst : accepted) {
            EntityLink link;
            link.kind = EntityKind::Merchant;
            link.id = static_cast<std::uint32_t>(m);
            link.windowStartMs = burst.startMs;
            link.begin = static_cast<std::uint32_t>(out.accounts.size());
            out.accounts.insert(out.accounts.end(), burst.members.begin(), burst.members.end());
            link.end = static_cast<std::uint32_t>(out.accounts.size());
            link.weight = factor * rarity(burst.members.size());
            out.links.push_back(link);
        }
    }
}

void EntityLinker::indexByAccount(std::size_t accountCount, EntityLinks& out) const
{
    out.linkStart.assign(accountCount + 1, 0);
    for (const std::uint32_t a : out.accounts)
        ++out.linkStart[a + 1];
    for (std::size_t a = 0; a < accountCount; ++a)
        out.linkStart[a + 1] += out.linkStart[a];
    out.linkOfAccount.resize(out.accounts.size());
    std::vector<std::uint32_t> fill(out.linkStart.begin(), out.linkStart.end() - 1);
    for (std::size_t l = 0; l < out.links.size(); ++l)
        for (std::uint32_t k = out.links[l].begin; k < out.links[l].end; ++k)
            out.linkOfAccount[fill[out.accounts[k]]++] = static_cast<std::uint32_t>(l);
}

} // namespace fraudlens::graph
