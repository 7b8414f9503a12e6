#include "models/torch/torch_engines.h"

#include "models/autoencoder_engine.h"
#include "models/torch/flat_adam.h"
#include "models/torch/module_archive.h"
#include "models/torch/tensor_copy.h"
#include "models/torch/trimmed_loss.h"
#include "util/progress.h"

#include <torch/torch.h>

#include <algorithm>
#include <numeric>
#include <random>

namespace fraudlens::models {

namespace {

constexpr std::size_t kMinSteps = 1200;

struct AutoencoderNetImpl : torch::nn::Module {
    AutoencoderNetImpl(std::int64_t width, std::int64_t hidden, std::int64_t bottleneck)
        : encoder(register_module("encoder", torch::nn::Sequential(torch::nn::Linear(width, hidden), torch::nn::Tanh(),
                                                                   torch::nn::Linear(hidden, bottleneck))))
        , decoder(register_module("decoder", torch::nn::Sequential(torch::nn::Tanh(), torch::nn::Linear(bottleneck, hidden),
                                                                   torch::nn::Tanh(), torch::nn::Linear(hidden, width))))
    {
    }
    torch::Tensor forward(const torch::Tensor& x) { return decoder->forward(encoder->forward(x)); }

    torch::nn::Sequential encoder;
    torch::nn::Sequential decoder;
};
TORCH_MODULE(AutoencoderNet);

struct AutoencoderImpl {
    AutoencoderImpl(std::size_t w, const Autoencoder::Options& o, ComputeDevice d)
        : width(w), options(o), device(d.cuda ? torch::kCUDA : torch::kCPU)
        , net((torch::manual_seed(o.seed), AutoencoderNet(static_cast<std::int64_t>(w), o.hidden, o.bottleneck)))
    {
        net->to(device);
    }
    std::size_t width;
    Autoencoder::Options options;
    torch::Device device;
    AutoencoderNet net;
    double finalLoss = 0.0;
};

// Runs the enclosing scope on one CPU thread and restores the caller's count after.
class OneThread {
public:
    explicit OneThread(const torch::Device& device) : m_saved(device.is_cpu() ? torch::get_num_threads() : 0)
    {
        if (m_saved > 1)
            torch::set_num_threads(1);
    }
    ~OneThread()
    {
        if (m_saved > 1)
            torch::set_num_threads(m_saved);
    }
    OneThread(const OneThread&) = delete;
    OneThread& operator=(const OneThread&) = delete;

private:
    int m_saved;
};

class TorchAutoencoder final : public AutoencoderEngine {
public:
    TorchAutoencoder(std::size_t width, const Autoencoder::Options& options, ComputeDevice device)
        : m_impl(std::make_unique<AutoencoderImpl>(width, options, device))
    {
    }
    bool fit(const std::vector<float>& x, std::size_t rows, util::Progress* progress) override;
    void errors(const std::vector<float>& x, std::size_t rows, std::vector<float>& perFeature,
                std::vector<float>& perRow) const override;
    void save(const std::string& path) const override;
    void load(const std::string& path) override;
    double finalLoss() const override { return m_impl->finalLoss; }
    std::vector<DenseWeights> weights() const override;

private:
    std::unique_ptr<AutoencoderImpl> m_impl;
};

bool TorchAutoencoder::fit(const std::vector<float>& x, std::size_t rows, util::Progress* progress)
{
    AutoencoderImpl& m = *m_impl;
    if (rows == 0)
        return true;
    const auto width = static_cast<std::int64_t>(m.width);
    const torch::Tensor all = torch::from_blob(const_cast<float*>(x.data()), {static_cast<std::int64_t>(rows), width},
                                               torch::kFloat32).to(m.device);
    FlatAdam optimiser(m.net->parameters(), m.options.learningRate);
    // A step multiplies a few hundred rows by matrices of a few dozen columns: splitting
    // that over threads costs more in OpenMP hand-offs than it saves (1,758 steps on 1M
    // rows: 0.87 s on one thread, 1.0-1.5 s on two). Scoring keeps every thread.
    const OneThread oneThread(m.device);
    std::mt19937_64 rng(m.options.seed);
    std::vector<std::int64_t> order(rows);
    std::iota(order.begin(), order.end(), 0);
    // An epoch sees at most this many rows: past it, more rows of the same behaviour add
    // time, not accuracy.
    const std::size_t perEpoch = std::min<std::size_t>(rows, 150000);
    const auto batch = static_cast<std::size_t>(m.options.batchSize);
    // A small data set gets more passes: six epochs of 5,000 rows are sixty optimiser
    // steps, far from a trained network. Below kMinSteps the epoch count grows to reach it.
    const std::size_t batchesPerEpoch = (perEpoch + batch - 1) / batch;
    const int epochs = std::max(m.options.epochs,
                                static_cast<int>((kMinSteps + batchesPerEpoch - 1) / std::max<std::size_t>(batchesPerEpoch, 1)));
    m.net->train();
    for (int epoch = 0; epoch < epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        // One gather per epoch, then views: a gather per batch costs more than the batch.
        const torch::Tensor shuffled =
            all.index_select(0, torch::from_blob(order.data(), {static_cast<std::int64_t>(perEpoch)}, torch::kInt64).to(m.device));
        torch::Tensor lossSum = torch::zeros({}, torch::TensorOptions().device(m.device));
        std::size_t batches = 0;
        for (std::size_t start = 0; start < perEpoch; start += batch) {
            const std::size_t end = std::min(perEpoch, start + batch);
            const torch::Tensor input = shuffled.narrow(0, static_cast<std::int64_t>(start), static_cast<std::int64_t>(end - start));
            optimiser.zeroGrad();
            const torch::Tensor perRow = (m.net->forward(input) - input).pow(2).mean(1);
            const torch::Tensor loss = trimmedMean(perRow, m.options.trimFraction);
            loss.backward();
            optimiser.step();
            lossSum += loss.detach(); // no read-back per step: on a GPU that would be a sync
            ++batches;
        }
        m.finalLoss = lossSum.item<double>() / static_cast<double>(std::max<std::size_t>(batches, 1));
        if (!util::reportProgress(progress, static_cast<double>(epoch + 1) / epochs, "Training autoencoder"))
            return false;
    }
    optimiser.release();
    return true;
}

void TorchAutoencoder::errors(const std::vector<float>& x, std::size_t rows, std::vector<float>& perFeature,
                              std::vector<float>& perRow) const
{
    AutoencoderImpl& m = *m_impl;
    torch::NoGradGuard noGrad;
    m.net->eval();
    const auto width = static_cast<std::int64_t>(m.width);
    perFeature.resize(rows * m.width);
    perRow.resize(rows);
    constexpr std::size_t kChunk = 16384;
    for (std::size_t start = 0; start < rows; start += kChunk) {
        const std::size_t n = std::min(kChunk, rows - start);
        const torch::Tensor input = torch::from_blob(const_cast<float*>(x.data() + start * m.width),
                                                     {static_cast<std::int64_t>(n), width}, torch::kFloat32)
                                        .to(m.device);
        const torch::Tensor squared = (m.net->forward(input) - input).pow(2).contiguous().to(torch::kCPU);
        std::copy_n(squared.data_ptr<float>(), n * m.width, perFeature.begin() + static_cast<std::ptrdiff_t>(start * m.width));
        const torch::Tensor rowMean = squared.mean(1).contiguous();
        std::copy_n(rowMean.data_ptr<float>(), n, perRow.begin() + static_cast<std::ptrdiff_t>(start));
    }
}

void TorchAutoencoder::save(const std::string& path) const { saveModule(*m_impl->net, m_impl->device, path); }

void TorchAutoencoder::load(const std::string& path)
{
    loadModule(*m_impl->net, m_impl->device, path, "an autoencoder of width " + std::to_string(m_impl->width));
}

std::vector<DenseWeights> TorchAutoencoder::weights() const
{
    std::vector<DenseWeights> layers;
    for (const auto& sequential : {m_impl->net->encoder, m_impl->net->decoder})
        for (const auto& module : sequential->children())
            if (const auto* linear = module->as<torch::nn::Linear>())
                layers.push_back(denseWeights(linear->weight, linear->bias));
    return layers;
}

} // namespace

std::unique_ptr<AutoencoderEngine> makeTorchAutoencoder(std::size_t width, const Autoencoder::Options& options,
                                                        ComputeDevice device)
{
    return std::make_unique<TorchAutoencoder>(width, options, device);
}

} // namespace fraudlens::models
