#pragma once

#include "synth/catalog.h"

#include <array>
#include <cstdint>
#include <vector>

namespace fraudlens::synth {

class Random;

// The platform's merchants: shops (one category each, Zipf-like popularity) plus a few
// billers that take wallet top-ups and bill payments.
class MerchantDirectory {
public:
    MerchantDirectory(int count, Random& rng);

    std::size_t size() const { return m_category.size(); }
    Category category(std::uint32_t merchant) const { return m_category[merchant]; }

    std::uint32_t pickShop(Random& rng) const;
    std::uint32_t pickShop(Random& rng, Category category) const;
    // Uniform over the category's shops, so mostly the long tail: small shops are the
    // ones that buy fake orders.
    std::uint32_t pickSmallShop(Random& rng, Category category) const;
    std::uint32_t pickBiller(Random& rng) const;

private:
    struct Pool {
        std::vector<std::uint32_t> ids;
        std::vector<double> cumulative;
        void add(std::uint32_t id, double weight);
    };

    std::uint32_t pick(Random& rng, const Pool& pool) const;

    std::vector<Category> m_category;
    Pool m_shops;
    Pool m_billers;
    std::array<Pool, kCategoryCount> m_byCategory;
};

} // namespace fraudlens::synth
