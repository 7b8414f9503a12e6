#pragma once

#include <cstddef>

namespace fraudlens::features {

// Room for keys (accounts, devices, pairs...) after moreRows more transactions, judging by
// how many the `rows` already seen brought, with a quarter to spare. Live scoring reserves
// ahead with it: a vector or hash table that doubles while a transaction waits copies or
// rehashes everything it holds, milliseconds on a few hundred thousand rows.
inline std::size_t keysAfter(std::size_t keys, std::size_t rows, std::size_t moreRows)
{
    constexpr std::size_t kSpare = 1024;
    if (rows == 0)
        return keys + kSpare;
    const double perRow = static_cast<double>(keys) / static_cast<double>(rows);
    return keys + static_cast<std::size_t>(perRow * static_cast<double>(moreRows) * 1.25) + kSpare;
}

} // namespace fraudlens::features
