#pragma once

#include <string>

namespace fraudlens::models {

// What travels next to a weights file (FILE.pt.json): enough to refuse a file that does
// not belong to this data, and to score with it without re-fitting anything.
struct ModelSidecar {
    static constexpr int kFormatVersion = 1;
    int formatVersion = kFormatVersion;
    std::string kind;              // autoencoder | sequence
    std::string featureSchema;     // FeatureSchema::fingerprint()
    std::string weightsSha256;
    std::string createdAt;         // ISO-8601 UTC
    // JSON documents, kept as text so this header needs no JSON library.
    std::string scaler;            // RobustScaler::toJson()
    std::string options;           // architecture and training parameters
    std::string calibration;       // ScoreCalibrator::toJson() of the fitted data's scores
    std::string training;          // rows, accounts, time window, final loss, seconds
};

} // namespace fraudlens::models
