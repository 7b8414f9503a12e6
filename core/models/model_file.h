#pragma once

#include "models/model_sidecar.h"

#include <string>
#include <string_view>

namespace fraudlens::models {

// Writes and checks the JSON sidecar of a weights file.
class ModelFile {
public:
    static std::string sidecarPath(const std::string& weightsPath) { return weightsPath + ".json"; }
    // Fills sidecar.weightsSha256 from the weights file and writes the sidecar.
    static void writeSidecar(const std::string& weightsPath, ModelSidecar& sidecar);
    // Reads the sidecar and refuses, with a message saying which and why, a file of another
    // kind or feature schema, or whose weights do not match their checksum.
    static ModelSidecar readVerified(const std::string& weightsPath, std::string_view kind, std::string_view featureSchema);
};

} // namespace fraudlens::models
