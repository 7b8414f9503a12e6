// libFuzzer target: the JSON sidecar next to a model's weights (FILE.pt.json), which
// `fraudlens score --reuse-models` and live scoring read from the model directory, a
// place any user or copied-in file can change. The input is written as the sidecar of a
// small fixed weights file and read the way TrainedModels::loadAutoencoder reads it:
// ModelFile::readVerified (kind, schema and checksum checks), then the RobustScaler and
// its column check, then the ScoreCalibrator. Loading the weights themselves is
// LibTorch's business and is left out, which is also what keeps LibTorch out of this
// build.
//
// Every refusal must be a ModelError: that is what the score and live commands and the
// GUI's live worker catch. A sidecar that passes is written back with writeSidecar and
// must read back the same.
//
// The seed corpus holds a sidecar whose weights_sha256 matches kWeights below; change one
// and the other must follow, or the fuzzer will rarely get past the checksum.

#include "features/feature_names.h"
#include "features/feature_schema.h"
#include "models/model_error.h"
#include "models/model_file.h"
#include "models/model_sidecar.h"
#include "models/robust_scaler.h"
#include "scoring/model_recipe.h"
#include "scoring/score_calibrator.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <stdlib.h> // mkdtemp

namespace {

using namespace fraudlens;

constexpr std::string_view kWeights = "FraudLens fuzz weights: not a model, only bytes to hash.\n";
constexpr std::string_view kKind = "autoencoder";

void writeFile(const std::string& path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
        std::fprintf(stderr, "fuzz_model_sidecar: cannot write %s\n", path.c_str());
        std::abort();
    }
}

// One directory per process, so that parallel jobs (-jobs, -fork) do not read each
// other's sidecars; removed at a normal exit.
class Workspace {
public:
    Workspace()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "fraudlens-fuzz-sidecar-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::perror("fuzz_model_sidecar: mkdtemp");
            std::abort();
        }
        m_dir = pattern;
        m_weights = m_dir + "/model-autoencoder.pt";
        m_copy = m_dir + "/written-back.pt";
        writeFile(m_weights, kWeights);
        writeFile(m_copy, kWeights);
    }
    ~Workspace()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    const std::string& weights() const { return m_weights; }
    const std::string& copy() const { return m_copy; }

private:
    std::string m_dir;
    std::string m_weights;
    std::string m_copy;
};

const Workspace& workspace()
{
    static const Workspace kWorkspace;
    return kWorkspace;
}

const features::FeatureSchema& schema()
{
    static const features::FeatureSchema kSchema = features::defaultFeatureSchema();
    return kSchema;
}

[[noreturn]] void fail(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz_model_sidecar: %s\n%s\n", what, detail.c_str());
    std::abort();
}

void useScaler(const models::ModelSidecar& sidecar)
{
    models::RobustScaler scaler;
    try {
        scaler = models::RobustScaler::fromJson(sidecar.scaler);
        scoring::ModelRecipe::checkColumns(scaler, scoring::ModelRecipe::autoencoderColumns(schema().size()),
                                           workspace().weights());
    } catch (const models::ModelError&) {
        return;
    }
    // Past the column check the scaler is what scoring feeds every row through.
    const std::vector<float> row(schema().size(), 1.0f);
    std::vector<float> out(scaler.width());
    scaler.transform(row.data(), out.data());
}

void useCalibration(const models::ModelSidecar& sidecar)
{
    scoring::ScoreCalibrator calibration;
    try {
        calibration = scoring::ScoreCalibrator::fromJson(sidecar.calibration);
    } catch (const models::ModelError&) {
        return;
    }
    for (const float raw : {0.0f, 0.5f, 1e30f, -1e30f, std::numeric_limits<float>::quiet_NaN(),
                            std::numeric_limits<float>::infinity()})
        (void)calibration.evidence(raw);
}

void checkWriteBack(const models::ModelSidecar& read)
{
    models::ModelSidecar written = read;
    models::ModelFile::writeSidecar(workspace().copy(), written);
    models::ModelSidecar back;
    try {
        back = models::ModelFile::readVerified(workspace().copy(), kKind, schema().fingerprint());
    } catch (const models::ModelError& error) {
        fail("a verified sidecar, written back, is refused", error.what());
    }
    if (back.formatVersion != read.formatVersion || back.kind != read.kind || back.featureSchema != read.featureSchema
        || back.weightsSha256 != read.weightsSha256 || back.createdAt != read.createdAt || back.scaler != read.scaler
        || back.options != read.options || back.calibration != read.calibration || back.training != read.training)
        fail("a verified sidecar, written back, reads back changed", back.scaler + "\n" + read.scaler);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string& weights = workspace().weights();
    writeFile(models::ModelFile::sidecarPath(weights), std::string_view(reinterpret_cast<const char*>(data), size));

    models::ModelSidecar sidecar;
    try {
        sidecar = models::ModelFile::readVerified(weights, kKind, schema().fingerprint());
    } catch (const models::ModelError&) {
        return 0;
    }
    useScaler(sidecar);
    useCalibration(sidecar);
    checkWriteBack(sidecar);
    return 0;
}
