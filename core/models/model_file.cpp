#include "models/model_file.h"

#include "models/model_error.h"
#include "util/json_number.h"
#include "util/sha256.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fraudlens::models {

void ModelFile::writeSidecar(const std::string& weightsPath, ModelSidecar& s)
{
    s.weightsSha256 = util::Sha256::ofFile(weightsPath);
    const nlohmann::json j = {
        {"format_version", s.formatVersion},
        {"kind", s.kind},
        {"feature_schema", s.featureSchema},
        {"weights_sha256", s.weightsSha256},
        {"created_at", s.createdAt},
        {"scaler", nlohmann::json::parse(s.scaler)},
        {"options", nlohmann::json::parse(s.options)},
        {"calibration", nlohmann::json::parse(s.calibration)},
        {"training", nlohmann::json::parse(s.training)},
    };
    const std::string path = sidecarPath(weightsPath);
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << j.dump(2) << "\n";
        if (!out.flush())
            throw ModelError("cannot write model sidecar '" + path + "'");
    }
    // Never a half-written sidecar under the real name.
    std::filesystem::rename(temporary, path);
}

ModelSidecar ModelFile::readVerified(const std::string& weightsPath, std::string_view kind, std::string_view featureSchema)
{
    const std::string path = sidecarPath(weightsPath);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ModelError("model sidecar '" + path + "' is missing or unreadable");
    std::stringstream text;
    text << in.rdbuf();
    ModelSidecar s;
    try {
        const auto j = nlohmann::json::parse(text.str());
        s.formatVersion = util::jsonNumber<int>(j.at("format_version"), "format_version");
        s.kind = j.at("kind").get<std::string>();
        s.featureSchema = j.at("feature_schema").get<std::string>();
        s.weightsSha256 = j.at("weights_sha256").get<std::string>();
        s.createdAt = j.at("created_at").get<std::string>();
        s.scaler = j.at("scaler").dump();
        s.options = j.at("options").dump();
        s.calibration = j.at("calibration").dump();
        s.training = j.at("training").dump();
    } catch (const nlohmann::json::exception& e) {
        throw ModelError("model sidecar '" + path + "' is damaged: " + e.what());
    } catch (const util::JsonNumberError& e) {
        throw ModelError("model sidecar '" + path + "' is damaged: " + e.what());
    }
    if (s.formatVersion != ModelSidecar::kFormatVersion)
        throw ModelError("model sidecar '" + path + "' has format " + std::to_string(s.formatVersion) + ", this build reads "
                         + std::to_string(ModelSidecar::kFormatVersion));
    if (s.kind != kind)
        throw ModelError("model file '" + weightsPath + "' holds the " + s.kind + " model, where the " + std::string(kind)
                         + " model was expected");
    if (s.featureSchema != featureSchema)
        throw ModelError("model file '" + weightsPath + "' was trained on another feature schema (" + s.featureSchema
                         + "); train again with this data");
    std::string actual;
    try {
        actual = util::Sha256::ofFile(weightsPath);
    } catch (const std::exception& e) {
        throw ModelError("model file '" + weightsPath + "' is unreadable: " + e.what());
    }
    if (actual != s.weightsSha256)
        throw ModelError("model file '" + weightsPath + "' does not match its checksum (expected " + s.weightsSha256
                         + ", found " + actual + "): it was changed or cut off");
    return s;
}

} // namespace fraudlens::models
