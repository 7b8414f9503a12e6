#pragma once

#include "models/model_sidecar.h"

#include <string>

namespace fraudlens::scoring {

// A weights file a run wrote or reused, as the models table registers it.
struct SavedModel {
    std::string kind;
    std::string path;
    models::ModelSidecar sidecar;
};

} // namespace fraudlens::scoring
