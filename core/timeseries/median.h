#pragma once

#include <algorithm>
#include <vector>

namespace fraudlens::timeseries {

// The median (mean of the middle two for an even count), by selection: reorders values.
inline double median(std::vector<double>& values)
{
    if (values.empty())
        return 0.0;
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2 == 1)
        return *mid;
    const double upper = *mid;
    return 0.5 * (upper + *std::max_element(values.begin(), mid));
}

} // namespace fraudlens::timeseries
