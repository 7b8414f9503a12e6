#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace fraudlens::scoring {

// The detectors whose evidence the fusion combines, in a fixed order (also the order of
// the scores table's columns and of the evaluate JSON).
enum class Detector : std::size_t { Autoencoder, Sequence, Rings, Rules, Bursts };
inline constexpr std::size_t kDetectorCount = 5;
inline constexpr std::array<std::string_view, kDetectorCount> kDetectorNames = {"autoencoder", "sequence", "rings", "rules",
                                                                                "bursts"};

inline constexpr std::string_view detectorName(Detector d) { return kDetectorNames[static_cast<std::size_t>(d)]; }

using Evidence = std::array<float, kDetectorCount>;

} // namespace fraudlens::scoring
