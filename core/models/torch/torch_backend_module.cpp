// The entry point of libfraudlens_torch.so, the one place LibTorch is linked.
#include "models/torch/torch_engines.h"

#include "models/torch_backend.h"

#include <torch/torch.h>

#include <cstring>

namespace fraudlens::models {

namespace {

class LibTorchBackend final : public TorchBackend {
public:
    std::unique_ptr<AutoencoderEngine> autoencoder(std::size_t width, const Autoencoder::Options& options,
                                                   ComputeDevice device) const override
    {
        return makeTorchAutoencoder(width, options, device);
    }
    std::unique_ptr<SequenceEngine> sequenceModel(std::size_t inputWidth, const std::vector<int>& targets,
                                                  const SequenceModel::Options& options, ComputeDevice device) const override
    {
        return makeTorchSequenceModel(inputWidth, targets, options, device);
    }
    bool cudaAvailable() const override { return torch::cuda::is_available(); }
    void setThreads(int threads) const override { torch::set_num_threads(threads); }
};

} // namespace

} // namespace fraudlens::models

extern "C" __attribute__((visibility("default"))) const fraudlens::models::TorchBackend*
fraudlens_torch_backend(const char* build)
{
    static const fraudlens::models::LibTorchBackend backend;
    return std::strcmp(build, fraudlens::models::kTorchBackendBuild) == 0 ? &backend : nullptr;
}
