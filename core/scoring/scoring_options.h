#pragma once

#include "models/compute_device.h"
#include "scoring/alert_policy.h"

#include <cstdint>
#include <string>

namespace fraudlens::scoring {

struct ScoringOptions {
    models::DeviceRequest device = models::DeviceRequest::Auto;
    int threads = 0;            // 0: LibTorch's default
    int epochs = 0;             // 0: each model's default
    std::uint64_t seed = 42;
    bool reuseModels = false;   // load the latest registered models instead of training
    AlertPolicy alerts;
    std::string actor = "fraudlens-cli";
};

} // namespace fraudlens::scoring
