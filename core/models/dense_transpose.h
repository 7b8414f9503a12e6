#pragma once

#include <cstddef>
#include <vector>

namespace fraudlens::models {

// rows x columns, row-major, into columns x rows, row-major.
inline std::vector<float> transposed(const std::vector<float>& m, std::size_t rows, std::size_t columns)
{
    std::vector<float> t(m.size());
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c)
            t[c * rows + r] = m[r * columns + c];
    return t;
}

// out[0..n) += column[0..n) * x: the form of a matrix-vector product that vectorises.
inline void addScaled(float* out, const float* column, float x, std::size_t n)
{
    for (std::size_t k = 0; k < n; ++k)
        out[k] += column[k] * x;
}

} // namespace fraudlens::models
