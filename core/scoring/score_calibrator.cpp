#include "scoring/score_calibrator.h"

#include "models/model_error.h"
#include "util/json_number.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace fraudlens::scoring {

namespace {

// Dense at the top: the tail is where percentiles must be exact.
std::vector<double> quantileLevels()
{
    std::vector<double> levels;
    for (int i = 0; i <= 900; ++i)
        levels.push_back(i / 1000.0);
    for (double tail = 0.1; tail > 1e-6; tail *= 0.9)
        levels.push_back(1.0 - tail * 0.99);
    levels.push_back(1.0);
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    return levels;
}

const std::vector<double>& levels()
{
    static const std::vector<double> kLevels = quantileLevels();
    return kLevels;
}

} // namespace

void ScoreCalibrator::fit(const std::vector<float>& raw)
{
    std::vector<float> values;
    values.reserve(raw.size());
    for (const float v : raw)
        if (std::isfinite(v))
            values.push_back(v);
    m_fitted = values.size();
    m_quantiles.clear();
    m_informative = false;
    if (values.empty())
        return;
    std::sort(values.begin(), values.end());
    for (const double level : levels())
        m_quantiles.push_back(values[static_cast<std::size_t>(level * static_cast<double>(values.size() - 1))]);
    m_informative = values.front() < values.back();
}

double ScoreCalibrator::percentile(float raw) const
{
    if (!m_informative || !std::isfinite(raw))
        return 0.0;
    const auto& lv = levels();
    // Position among the stored quantiles, interpolated between neighbours.
    const auto it = std::lower_bound(m_quantiles.begin(), m_quantiles.end(), raw);
    if (it == m_quantiles.begin())
        return 0.0;
    if (it == m_quantiles.end())
        return 1.0;
    const auto hi = static_cast<std::size_t>(it - m_quantiles.begin());
    const std::size_t lo = hi - 1;
    const double span = static_cast<double>(m_quantiles[hi]) - static_cast<double>(m_quantiles[lo]);
    const double t = span > 0.0 ? (static_cast<double>(raw) - m_quantiles[lo]) / span : 0.0;
    return lv[lo] + t * (lv[hi] - lv[lo]);
}

double ScoreCalibrator::evidence(float raw) const
{
    const double p = percentile(raw);
    if (p <= 0.5)
        return 0.0;
    // -log10 of the tail share: top 10 % → 1, top 0.1 % → 3, top 0.001 % → 5.
    const double surprise = -std::log10(std::max(1.0 - p, 1e-6));
    return std::clamp((surprise - 1.0) / 4.0, 0.0, 1.0);
}

std::string ScoreCalibrator::toJson() const
{
    return nlohmann::json{{"fitted", m_fitted}, {"informative", m_informative}, {"quantiles", m_quantiles}}.dump();
}

ScoreCalibrator ScoreCalibrator::fromJson(const std::string& json)
{
    ScoreCalibrator c;
    try {
        const auto j = nlohmann::json::parse(json);
        c.m_fitted = util::jsonNumber<std::size_t>(j.at("fitted"), "fitted");
        c.m_informative = j.at("informative").get<bool>();
        c.m_quantiles = util::jsonNumbers<float>(j.at("quantiles"), "quantiles");
    } catch (const nlohmann::json::exception& e) {
        throw models::ModelError(std::string("score calibration in the model sidecar is damaged: ") + e.what());
    } catch (const util::JsonNumberError& e) {
        throw models::ModelError(std::string("score calibration in the model sidecar is damaged: ") + e.what());
    }
    if (c.m_informative && c.m_quantiles.size() != levels().size())
        throw models::ModelError("score calibration in the model sidecar has the wrong number of points");
    return c;
}

} // namespace fraudlens::scoring
