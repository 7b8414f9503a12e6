#include "scoring/model_stage.h"

#include "features/feature_matrix.h"
#include "features/feature_names.h"
#include "features/transaction_frame.h"
#include "models/autoencoder.h"
#include "models/model_file.h"
#include "models/robust_scaler.h"
#include "models/sequence_model.h"
#include "util/clock.h"
#include "util/progress.h"
#include "util/sub_progress.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>

namespace fraudlens::scoring {

namespace {

using namespace features;

// Raw money and seconds are in the model through their logs; the rest goes in whole.
std::vector<int> autoencoderColumns(std::size_t width)
{
    std::vector<int> columns;
    for (int c = 0; c < static_cast<int>(width); ++c)
        if (c != Amount && c != SecsSincePrev && c != AcctMedianAmount)
            columns.push_back(c);
    return columns;
}

std::vector<int> heavyTailedColumns(std::size_t width)
{
    std::vector<int> columns = {AmountToMedian, AmountRobustZ, AcctPriorTx, AcctAgeHours, AcctTx1h, AcctTx24h, AcctTx7d,
                                AcctAmount24h, DeviceTx1h, DeviceTx24h, CardTx1h, CardTx24h, IpTx1h, IpTx24h,
                                DeviceAccounts, IpAccounts, CardAccounts, AddressAccounts, EmailAccounts, DeviceCards,
                                AcctDevices, AcctCards, MerchantTx1h, MerchantRateRatio, AcctDeclines24h, CardDeclines1h,
                                AcctDeviceAgeHours, AcctCountryAgeHours, AcctRefunds30d, AcctQuickRefunds30d, RefundHours};
    for (int c = kBuiltinFeatureCount; c < static_cast<int>(width); ++c)
        columns.push_back(c); // extra columns: unknown scale, so compress them
    return columns;
}

// What the sequence model reads at each step, and which of those it must predict next.
const std::vector<int> kSequenceInputs = {LogAmount, LogGap, AmountToMedian, NewDevice, NewIp, NewCountry, NewCard,
                                          HourSin, HourCos, IsRefund, IsDeclined, DeviceAccounts, AcctTx24h,
                                          AcctAgeHours, TypeFreq, MerchantRateRatio, CardTx1h,
                                          AcctDeviceAgeHours, RefundRatio30d};
const std::vector<int> kSequenceTargets = {LogAmount, LogGap, NewDevice, NewIp, NewCountry, NewCard, IsRefund, IsDeclined};

std::vector<int> positionsIn(const std::vector<int>& inputs, const std::vector<int>& wanted)
{
    std::vector<int> out;
    for (const int w : wanted)
        out.push_back(static_cast<int>(std::find(inputs.begin(), inputs.end(), w) - inputs.begin()));
    return out;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::vector<std::vector<std::uint32_t>> accountSequences(const TransactionFrame& frame)
{
    std::vector<std::vector<std::uint32_t>> sequences(frame.accountCount());
    for (std::size_t i = 0; i < frame.size(); ++i)
        sequences[frame.account[i]].push_back(static_cast<std::uint32_t>(i));
    return sequences;
}

std::string trainingJson(const TransactionFrame& frame, double loss, double seconds)
{
    return nlohmann::json{{"rows", frame.size()},
                          {"accounts", frame.accountCount()},
                          {"from", frame.size() > 0 ? util::formatIsoUtc(frame.tsMs.front()) : ""},
                          {"to", frame.size() > 0 ? util::formatIsoUtc(frame.tsMs.back()) : ""},
                          {"final_loss", loss},
                          {"seconds", seconds}}
        .dump();
}

// Reused: the scores are calibrated as the sidecar says. Trained: calibrated on this data,
// then the weights and their sidecar are written.
template <typename Model>
SavedModel finishModel(const char* kind, const std::string& reusePath, models::ModelSidecar sidecar, Model& model,
                       const models::RobustScaler& scaler, std::string optionsJson, const std::vector<float>& raw,
                       ScoreCalibrator& calibration, const ModelStageOptions& options, const FeatureMatrix& features,
                       const TransactionFrame& frame, double trainSeconds)
{
    if (!reusePath.empty()) {
        calibration = ScoreCalibrator::fromJson(sidecar.calibration);
        return {kind, reusePath, std::move(sidecar)};
    }
    calibration.fit(raw);
    const std::string path = ModelStage::weightsPath(options, kind);
    model.save(path);
    sidecar.kind = kind;
    sidecar.featureSchema = features.schema.fingerprint();
    sidecar.createdAt = util::formatIsoUtc(util::nowMs());
    sidecar.scaler = scaler.toJson();
    sidecar.options = std::move(optionsJson);
    sidecar.calibration = calibration.toJson();
    sidecar.training = trainingJson(frame, model.finalLoss(), trainSeconds);
    models::ModelFile::writeSidecar(path, sidecar);
    return {kind, path, std::move(sidecar)};
}

} // namespace

std::string ModelStage::weightsPath(const ModelStageOptions& options, std::string_view kind)
{
    return options.modelDirectory + "/" + options.fileStem + "-" + std::string(kind) + ".pt";
}

std::optional<ModelScores> ModelStage::run(const FeatureMatrix& features, const TransactionFrame& frame,
                                           const ModelStageOptions& options, util::Progress* progress)
{
    models::ComputeDevice::setThreads(options.threads);
    ModelScores out;
    const std::size_t rows = features.rows;
    const std::size_t width = features.cols();
    const std::string schema = features.schema.fingerprint();
    const auto heavy = heavyTailedColumns(width);
    std::filesystem::create_directories(options.modelDirectory);

    // Autoencoder.
    out.autoencoderColumns = autoencoderColumns(width);
    models::Autoencoder::Options aeOptions;
    aeOptions.seed = options.seed;
    if (options.epochs > 0)
        aeOptions.epochs = options.epochs;
    models::RobustScaler aeScaler;
    models::ModelSidecar aeSidecar;
    if (!options.reuseAutoencoder.empty()) {
        aeSidecar = models::ModelFile::readVerified(options.reuseAutoencoder, "autoencoder", schema);
        aeScaler = models::RobustScaler::fromJson(aeSidecar.scaler);
    } else {
        aeScaler.fit(features.values.data(), rows, width, out.autoencoderColumns, heavy);
    }
    const std::vector<float> aeInput = aeScaler.transformAll(features.values.data(), rows, width);
    models::Autoencoder autoencoder(aeScaler.width(), aeOptions, options.device);
    auto start = std::chrono::steady_clock::now();
    if (!options.reuseAutoencoder.empty()) {
        autoencoder.load(options.reuseAutoencoder);
    } else {
        util::SubProgress sub(progress, 0.0, 0.35);
        if (!autoencoder.fit(aeInput, rows, &sub))
            return std::nullopt;
    }
    const double aeTrain = secondsSince(start);
    start = std::chrono::steady_clock::now();
    autoencoder.errors(aeInput, rows, out.autoencoderPerFeature, out.autoencoder);
    out.scoreSeconds += secondsSince(start);
    out.saved.push_back(finishModel("autoencoder", options.reuseAutoencoder, std::move(aeSidecar), autoencoder, aeScaler,
                                    nlohmann::json{{"hidden", aeOptions.hidden}, {"bottleneck", aeOptions.bottleneck},
                                                   {"epochs", aeOptions.epochs}, {"batch_size", aeOptions.batchSize},
                                                   {"learning_rate", aeOptions.learningRate},
                                                   {"trim_fraction", aeOptions.trimFraction}, {"seed", aeOptions.seed},
                                                   {"device", options.device.name()}}
                                        .dump(),
                                    out.autoencoder, out.autoencoderCalibration, options, features, frame, aeTrain));

    // Sequence model.
    out.sequenceTargets = kSequenceTargets;
    models::SequenceModel::Options seqOptions;
    seqOptions.seed = options.seed;
    if (options.epochs > 0)
        seqOptions.epochs = options.epochs;
    models::RobustScaler seqScaler;
    models::ModelSidecar seqSidecar;
    if (!options.reuseSequence.empty()) {
        seqSidecar = models::ModelFile::readVerified(options.reuseSequence, "sequence", schema);
        seqScaler = models::RobustScaler::fromJson(seqSidecar.scaler);
    } else {
        seqScaler.fit(features.values.data(), rows, width, kSequenceInputs, heavy);
    }
    const std::vector<float> seqInput = seqScaler.transformAll(features.values.data(), rows, width);
    models::SequenceModel sequenceModel(seqScaler.width(), positionsIn(kSequenceInputs, kSequenceTargets), seqOptions,
                                        options.device);
    const auto sequences = accountSequences(frame);
    start = std::chrono::steady_clock::now();
    if (!options.reuseSequence.empty()) {
        sequenceModel.load(options.reuseSequence);
    } else {
        util::SubProgress sub(progress, 0.35, 0.9);
        if (!sequenceModel.fit(seqInput, sequences, &sub))
            return std::nullopt;
    }
    const double seqTrain = secondsSince(start);
    out.trainSeconds = aeTrain + seqTrain;
    start = std::chrono::steady_clock::now();
    sequenceModel.errors(seqInput, sequences, out.sequence, out.sequencePerTarget);
    out.scoreSeconds += secondsSince(start);
    out.saved.push_back(finishModel("sequence", options.reuseSequence, std::move(seqSidecar), sequenceModel, seqScaler,
                                    nlohmann::json{{"hidden", seqOptions.hidden}, {"epochs", seqOptions.epochs},
                                                   {"batch_accounts", seqOptions.batchAccounts},
                                                   {"chunk_steps", seqOptions.chunkSteps},
                                                   {"learning_rate", seqOptions.learningRate},
                                                   {"trim_fraction", seqOptions.trimFraction}, {"seed", seqOptions.seed},
                                                   {"inputs", kSequenceInputs}, {"targets", kSequenceTargets},
                                                   {"device", options.device.name()}}
                                        .dump(),
                                    out.sequence, out.sequenceCalibration, options, features, frame, seqTrain));
    util::reportProgress(progress, 1.0, "Models scored");
    return out;
}

} // namespace fraudlens::scoring
