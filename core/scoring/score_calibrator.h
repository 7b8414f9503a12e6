#pragma once

#include <string>
#include <vector>

namespace fraudlens::scoring {

// Maps a detector's raw score to evidence in [0,1] against the scores it produced on the
// data it was fitted on. Raw scales differ wildly between detectors (squared errors,
// ratios, counts); percentiles make them comparable, and the tail transform spends the
// [0,1] range on the rare end where fraud lives: the median row gets 0, the top 1 in
// 1,000 about 0.5, the top 1 in 100,000 1.
class ScoreCalibrator {
public:
    // NaN raw scores ("no opinion") are ignored when fitting.
    void fit(const std::vector<float>& raw);
    // Share of fitted scores strictly below raw, in [0,1]; NaN gives 0.
    double percentile(float raw) const;
    double evidence(float raw) const;
    // False when the detector said nothing on the fitted data (constant or absent).
    bool informative() const { return m_informative; }

    std::string toJson() const;
    static ScoreCalibrator fromJson(const std::string& json);

private:
    std::vector<float> m_quantiles; // ascending, kPoints of them
    std::size_t m_fitted = 0;
    bool m_informative = false;
};

} // namespace fraudlens::scoring
