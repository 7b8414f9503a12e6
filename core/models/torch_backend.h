#pragma once

#include "models/autoencoder.h"
#include "models/autoencoder_engine.h"
#include "models/sequence_engine.h"

#include <memory>

namespace fraudlens::models {

// What libfraudlens_torch.so offers: the only code that includes LibTorch. Programs load
// it on first use (TorchRuntime), so reading cases, the CLI's queries and the GUI's first
// window never pay the second it takes to load LibTorch's 280 libraries.
class TorchBackend {
public:
    virtual ~TorchBackend() = default;
    virtual std::unique_ptr<AutoencoderEngine> autoencoder(std::size_t width, const Autoencoder::Options& options,
                                                           ComputeDevice device) const = 0;
    virtual std::unique_ptr<SequenceEngine> sequenceModel(std::size_t inputWidth, const std::vector<int>& targets,
                                                          const SequenceModel::Options& options,
                                                          ComputeDevice device) const = 0;
    virtual bool cudaAvailable() const = 0;
    virtual void setThreads(int threads) const = 0;
};

// The module's one exported symbol. It answers null unless `build` is its own
// kTorchBackendBuild, so a module left over from another version is refused instead of
// misread. The suffix changes whenever TorchBackend or an engine interface does.
using TorchBackendEntry = const TorchBackend* (*)(const char* build);
inline constexpr const char* kTorchBackendBuild = FRAUDLENS_VERSION "+engines3";
inline constexpr const char* kTorchBackendEntry = "fraudlens_torch_backend";
inline constexpr const char* kTorchModuleFile = "libfraudlens_torch.so";

} // namespace fraudlens::models
