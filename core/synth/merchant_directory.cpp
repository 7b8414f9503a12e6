#include "synth/merchant_directory.h"

#include "synth/random.h"

#include <algorithm>
#include <cmath>

namespace fraudlens::synth {

void MerchantDirectory::Pool::add(std::uint32_t id, double weight)
{
    ids.push_back(id);
    cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + weight);
}

MerchantDirectory::MerchantDirectory(int count, Random& rng)
{
    count = std::max(count, 20);
    const int billers = std::max(3, count / 40);
    m_category.resize(static_cast<std::size_t>(count));

    // Popularity ranks are shuffled so merchant ids carry no hint of size.
    std::vector<int> rank(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        rank[static_cast<std::size_t>(i)] = i;
    for (int i = count - 1; i > 0; --i)
        std::swap(rank[static_cast<std::size_t>(i)], rank[static_cast<std::size_t>(rng.uniformInt(0, i))]);

    std::array<double, kCategoryCount> shares{};
    for (int c = 0; c < kCategoryCount; ++c)
        shares[static_cast<std::size_t>(c)] = categoryShare(static_cast<Category>(c));

    int shopIndex = 0;
    for (int i = 0; i < count; ++i) {
        const auto id = static_cast<std::uint32_t>(i);
        const double popularity = 1.0 / std::pow(rank[static_cast<std::size_t>(i)] + 1.0, 0.95);
        if (i % (count / billers) == 0 && m_billers.ids.size() < static_cast<std::size_t>(billers)) {
            // Top-ups look like digital goods, utility bills like home.
            m_category[id] = rng.bernoulli(0.5) ? Category::DigitalGoods : Category::Home;
            m_billers.add(id, popularity);
            continue;
        }
        // The first shops cover every category once so small platforms still sell everything.
        const Category cat = shopIndex < kCategoryCount ? static_cast<Category>(shopIndex)
                                                         : static_cast<Category>(rng.weighted(shares));
        ++shopIndex;
        m_category[id] = cat;
        m_shops.add(id, popularity);
        m_byCategory[static_cast<std::size_t>(cat)].add(id, popularity);
    }
}

std::uint32_t MerchantDirectory::pick(Random& rng, const Pool& pool) const
{
    return pool.ids[rng.weightedCumulative(pool.cumulative)];
}

std::uint32_t MerchantDirectory::pickShop(Random& rng) const
{
    return pick(rng, m_shops);
}

std::uint32_t MerchantDirectory::pickShop(Random& rng, Category category) const
{
    const Pool& pool = m_byCategory[static_cast<std::size_t>(category)];
    return pool.ids.empty() ? pick(rng, m_shops) : pick(rng, pool);
}

std::uint32_t MerchantDirectory::pickSmallShop(Random& rng, Category category) const
{
    const Pool& pool = m_byCategory[static_cast<std::size_t>(category)];
    const Pool& from = pool.ids.empty() ? m_shops : pool;
    return from.ids[static_cast<std::size_t>(rng.uniformInt(0, static_cast<std::int64_t>(from.ids.size()) - 1))];
}

std::uint32_t MerchantDirectory::pickBiller(Random& rng) const
{
    return pick(rng, m_billers);
}

} // namespace fraudlens::synth
