#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace fraudlens::models {

// Per column: (x - median) / IQR, clipped. Fraud amounts and counts are heavy-tailed; a
// mean/stddev scaler would let a handful of extreme rows set the scale for everyone, and
// the clip keeps one absurd value from dominating a reconstruction loss.
class RobustScaler {
public:
    static constexpr float kClip = 8.0f;

    // logColumns: the chosen columns that are counts or money, compressed with
    // sign(x)·log1p(|x|) before scaling so their long tails stay ordered but bounded.
    void fit(const float* values, std::size_t rows, std::size_t cols, const std::vector<int>& columns,
             const std::vector<int>& logColumns);
    // Scales the chosen columns of one row into out (columns().size() floats).
    void transform(const float* row, float* out) const;
    std::vector<float> transformAll(const float* values, std::size_t rows, std::size_t cols) const;

    const std::vector<int>& columns() const { return m_columns; }
    std::size_t width() const { return m_columns.size(); }
    std::string toJson() const;
    static RobustScaler fromJson(const std::string& json);

private:
    float prepared(const float* row, std::size_t c) const;

    std::vector<int> m_columns;
    std::vector<std::uint8_t> m_log;
    std::vector<float> m_center;
    std::vector<float> m_scale;
};

} // namespace fraudlens::models
