#include "models/robust_scaler.h"

#include "models/model_error.h"
#include "util/json_number.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace fraudlens::models {

namespace {

float quantile(std::vector<float>& v, double q)
{
    const auto k = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

} // namespace

float RobustScaler::prepared(const float* row, std::size_t c) const
{
    const float v = row[m_columns[c]];
    return m_log[c] != 0 ? std::copysign(std::log1p(std::fabs(v)), v) : v;
}

void RobustScaler::fit(const float* values, std::size_t rows, std::size_t cols, const std::vector<int>& columns,
                       const std::vector<int>& logColumns)
{
    m_columns = columns;
    m_log.assign(columns.size(), 0);
    for (std::size_t c = 0; c < columns.size(); ++c)
        m_log[c] = std::find(logColumns.begin(), logColumns.end(), columns[c]) != logColumns.end() ? 1 : 0;
    m_center.assign(columns.size(), 0.0f);
    m_scale.assign(columns.size(), 1.0f);
    if (rows == 0)
        return;
    // A sample is plenty for quantiles and keeps fitting linear in the column count.
    const std::size_t step = std::max<std::size_t>(1, rows / 200000);
    std::vector<float> column;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        column.clear();
        for (std::size_t r = 0; r < rows; r += step)
            column.push_back(prepared(values + r * cols, c));
        const float median = quantile(column, 0.5);
        float spread = quantile(column, 0.75) - quantile(column, 0.25);
        if (!(spread > 1e-6f)) {
            // Mostly-constant columns (flags that are rarely 1): scale by the range
            // of what is there so the rare value still stands out, but by at most 1.
            const float hi = quantile(column, 0.999), lo = quantile(column, 0.001);
            spread = std::max(std::max(hi - lo, std::fabs(hi - median)), 1.0f);
        }
        m_center[c] = median;
        m_scale[c] = spread;
    }
}

void RobustScaler::transform(const float* row, float* out) const
{
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const float v = (prepared(row, c) - m_center[c]) / m_scale[c];
        out[c] = std::isfinite(v) ? std::clamp(v, -kClip, kClip) : 0.0f;
    }
}

std::vector<float> RobustScaler::transformAll(const float* values, std::size_t rows, std::size_t cols) const
{
    std::vector<float> out(rows * width());
    for (std::size_t r = 0; r < rows; ++r)
        transform(values + r * cols, out.data() + r * width());
    return out;
}

std::string RobustScaler::toJson() const
{
    return nlohmann::json{{"columns", m_columns}, {"log", m_log}, {"center", m_center}, {"scale", m_scale}}.dump();
}

RobustScaler RobustScaler::fromJson(const std::string& json)
{
    RobustScaler s;
    try {
        const auto j = nlohmann::json::parse(json);
        s.m_columns = util::jsonNumbers<int>(j.at("columns"), "columns");
        s.m_log = util::jsonNumbers<std::uint8_t>(j.at("log"), "log");
        s.m_center = util::jsonNumbers<float>(j.at("center"), "center");
        s.m_scale = util::jsonNumbers<float>(j.at("scale"), "scale");
    } catch (const nlohmann::json::exception& e) {
        throw ModelError(std::string("scaler in the model sidecar is damaged: ") + e.what());
    } catch (const util::JsonNumberError& e) {
        throw ModelError(std::string("scaler in the model sidecar is damaged: ") + e.what());
    }
    if (s.m_center.size() != s.m_columns.size() || s.m_log.size() != s.m_columns.size() || s.m_scale.size() != s.m_columns.size())
        throw ModelError("scaler in the model sidecar is damaged: column counts differ");
    return s;
}

} // namespace fraudlens::models
