#pragma once

#include "models/robust_scaler.h"
#include "scoring/saved_model.h"
#include "scoring/score_calibrator.h"

#include <memory>

namespace fraudlens::scoring {

// One learned detector as a scoring run left it: the network, the scaler of its inputs,
// the calibration of its scores and the file they came from.
template <typename Model>
struct TrainedModel {
    std::unique_ptr<Model> model;
    models::RobustScaler scaler;
    ScoreCalibrator calibration;
    SavedModel file;
};

} // namespace fraudlens::scoring
