#include "models/torch/torch_engines.h"

#include "models/sequence_engine.h"
#include "models/torch/module_archive.h"
#include "models/torch/tensor_copy.h"
#include "models/torch/trimmed_loss.h"
#include "util/progress.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace fraudlens::models {

namespace {

struct SequenceNetImpl : torch::nn::Module {
    SequenceNetImpl(std::int64_t input, std::int64_t hidden, std::int64_t outputs)
        : lstm(register_module("lstm", torch::nn::LSTM(torch::nn::LSTMOptions(input, hidden))))
        , head(register_module("head", torch::nn::Linear(hidden, outputs)))
    {
    }
    torch::nn::LSTM lstm;
    torch::nn::Linear head;
};
TORCH_MODULE(SequenceNet);

// One batch of accounts laid out time-major and padded at the end, so padding never
// touches a real step's hidden state.
struct PaddedBatch {
    torch::Tensor input;   // [L, B, W]
    torch::Tensor target;  // [L, B, K]: step t holds the targets of step t + 1
    torch::Tensor mask;    // [L, B]: 1 where step t + 1 exists
    std::int64_t length = 0;
};

PaddedBatch pad(const std::vector<float>& x, std::size_t width, const std::vector<int>& targets,
                const std::vector<const std::vector<std::uint32_t>*>& seqs)
{
    PaddedBatch b;
    const auto B = static_cast<std::int64_t>(seqs.size());
    std::size_t L = 0;
    for (const auto* s : seqs)
        L = std::max(L, s->size());
    b.length = static_cast<std::int64_t>(L);
    const auto W = static_cast<std::int64_t>(width);
    const auto K = static_cast<std::int64_t>(targets.size());
    b.input = torch::zeros({b.length, B, W});
    b.target = torch::zeros({b.length, B, K});
    b.mask = torch::zeros({b.length, B});
    float* in = b.input.data_ptr<float>();
    float* tg = b.target.data_ptr<float>();
    float* mk = b.mask.data_ptr<float>();
    for (std::int64_t j = 0; j < B; ++j) {
        const auto& s = *seqs[static_cast<std::size_t>(j)];
        for (std::size_t t = 0; t < s.size(); ++t) {
            const float* row = x.data() + static_cast<std::size_t>(s[t]) * width;
            std::copy_n(row, width, in + (static_cast<std::int64_t>(t) * B + j) * W);
            if (t + 1 < s.size()) {
                const float* next = x.data() + static_cast<std::size_t>(s[t + 1]) * width;
                for (std::int64_t k = 0; k < K; ++k)
                    tg[(static_cast<std::int64_t>(t) * B + j) * K + k] = next[targets[static_cast<std::size_t>(k)]];
                mk[static_cast<std::int64_t>(t) * B + j] = 1.0f;
            }
        }
    }
    return b;
}

std::vector<std::vector<const std::vector<std::uint32_t>*>> batchesOf(const std::vector<std::vector<std::uint32_t>>& sequences,
                                                                        std::size_t batchSize, bool trainingOnly)
{
    std::vector<const std::vector<std::uint32_t>*> sorted;
    for (const auto& s : sequences)
        if (!s.empty() && (!trainingOnly || s.size() > 1))
            sorted.push_back(&s);
    // Similar lengths together: little padding, and deterministic.
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->size() > b->size(); });
    std::vector<std::vector<const std::vector<std::uint32_t>*>> batches;
    for (std::size_t i = 0; i < sorted.size(); i += batchSize)
        batches.emplace_back(sorted.begin() + static_cast<std::ptrdiff_t>(i),
                             sorted.begin() + static_cast<std::ptrdiff_t>(std::min(sorted.size(), i + batchSize)));
    return batches;
}

struct SequenceImpl {
    SequenceImpl(std::size_t w, std::vector<int> t, const SequenceModel::Options& o, ComputeDevice d)
        : width(w), targets(std::move(t)), options(o), device(d.cuda ? torch::kCUDA : torch::kCPU)
        , net((torch::manual_seed(o.seed),
               SequenceNet(static_cast<std::int64_t>(w), o.hidden, static_cast<std::int64_t>(targets.size()))))
    {
        net->to(device);
    }
    std::size_t width;
    std::vector<int> targets;
    SequenceModel::Options options;
    torch::Device device;
    SequenceNet net;
    double finalLoss = 0.0;
};

using State = SequenceModel::State;

class TorchSequenceModel final : public SequenceEngine {
public:
    TorchSequenceModel(std::size_t inputWidth, std::vector<int> targets, const SequenceModel::Options& options,
                       ComputeDevice device)
        : m_impl(std::make_unique<SequenceImpl>(inputWidth, std::move(targets), options, device))
    {
    }
    bool fit(const std::vector<float>& x, const Sequences& sequences, util::Progress* progress) override;
    void errors(const std::vector<float>& x, const Sequences& sequences, std::vector<float>& perRow,
                std::vector<float>& perTarget) const override;
    std::vector<State> finalStates(const std::vector<float>& x, const Sequences& sequences) const override;
    void save(const std::string& path) const override;
    void load(const std::string& path) override;
    double finalLoss() const override { return m_impl->finalLoss; }
    LstmWeights weights() const override;

private:
    std::unique_ptr<SequenceImpl> m_impl;
};

bool TorchSequenceModel::fit(const std::vector<float>& x, const std::vector<std::vector<std::uint32_t>>& sequences,
                        util::Progress* progress)
{
    SequenceImpl& m = *m_impl;
    auto batches = batchesOf(sequences, static_cast<std::size_t>(m.options.batchAccounts), true);
    if (batches.empty())
        return true;
    torch::optim::Adam optimiser(m.net->parameters(), torch::optim::AdamOptions(m.options.learningRate));
    std::mt19937_64 rng(m.options.seed);
    m.net->train();
    const std::int64_t chunk = m.options.chunkSteps;
    for (int epoch = 0; epoch < m.options.epochs; ++epoch) {
        std::shuffle(batches.begin(), batches.end(), rng);
        std::size_t epochBatches = 0;
        for (std::size_t rowsTaken = 0; epochBatches < batches.size() && rowsTaken < m.options.maxRowsPerEpoch;
             ++epochBatches)
            for (const auto* sequence : batches[epochBatches])
                rowsTaken += sequence->size();
        double lossSum = 0.0;
        std::size_t steps = 0;
        for (std::size_t bi = 0; bi < epochBatches; ++bi) {
            PaddedBatch b = pad(x, m.width, m.targets, batches[bi]);
            const auto B = static_cast<std::int64_t>(batches[bi].size());
            torch::Tensor h = torch::zeros({1, B, m.options.hidden}, m.device);
            torch::Tensor c = torch::zeros({1, B, m.options.hidden}, m.device);
            for (std::int64_t t0 = 0; t0 < b.length; t0 += chunk) {
                const std::int64_t t1 = std::min(b.length, t0 + chunk);
                const auto input = b.input.slice(0, t0, t1).to(m.device);
                const auto target = b.target.slice(0, t0, t1).to(m.device);
                const auto mask = b.mask.slice(0, t0, t1).to(m.device);
                optimiser.zero_grad();
                auto [out, state] = m.net->lstm->forward(input, std::make_tuple(h, c));
                const auto perStep = (m.net->head->forward(out) - target).pow(2).mean(2).reshape({-1});
                const auto valid = mask.reshape({-1}).nonzero().reshape({-1});
                // Truncated BPTT: carry the state forward, not its gradient.
                h = std::get<0>(state).detach();
                c = std::get<1>(state).detach();
                if (valid.size(0) == 0)
                    continue;
                const auto loss = trimmedMean(perStep.index_select(0, valid), m.options.trimFraction);
                loss.backward();
                torch::nn::utils::clip_grad_norm_(m.net->parameters(), 5.0);
                optimiser.step();
                lossSum += loss.item<double>();
                ++steps;
            }
            const double done = (static_cast<double>(epoch) + static_cast<double>(bi + 1) / static_cast<double>(epochBatches))
                / m.options.epochs;
            if (!util::reportProgress(progress, done, "Training sequence model"))
                return false;
        }
        m.finalLoss = lossSum / static_cast<double>(std::max<std::size_t>(steps, 1));
    }
    return true;
}

void TorchSequenceModel::errors(const std::vector<float>& x, const std::vector<std::vector<std::uint32_t>>& sequences,
                           std::vector<float>& perRow, std::vector<float>& perTarget) const
{
    SequenceImpl& m = *m_impl;
    torch::NoGradGuard noGrad;
    m.net->eval();
    const std::size_t rows = x.size() / m.width;
    const std::size_t K = m.targets.size();
    perRow.assign(rows, std::numeric_limits<float>::quiet_NaN());
    perTarget.assign(rows * K, 0.0f);
    for (const auto& batch : batchesOf(sequences, 1024, false)) {
        PaddedBatch b = pad(x, m.width, m.targets, batch);
        const auto B = static_cast<std::int64_t>(batch.size());
        auto [out, state] = m.net->lstm->forward(b.input.to(m.device));
        const torch::Tensor squared = (m.net->head->forward(out) - b.target.to(m.device)).pow(2).contiguous().to(torch::kCPU);
        const float* sq = squared.data_ptr<float>();
        for (std::int64_t j = 0; j < B; ++j) {
            const auto& s = *batch[static_cast<std::size_t>(j)];
            for (std::size_t t = 0; t + 1 < s.size(); ++t) {
                const float* e = sq + (static_cast<std::int64_t>(t) * B + j) * static_cast<std::int64_t>(K);
                const std::size_t row = s[t + 1];
                float sum = 0.0f;
                for (std::size_t k = 0; k < K; ++k) {
                    perTarget[row * K + k] = e[k];
                    sum += e[k];
                }
                perRow[row] = sum / static_cast<float>(K);
            }
        }
    }
}

std::vector<State> TorchSequenceModel::finalStates(const std::vector<float>& x,
                                                             const std::vector<std::vector<std::uint32_t>>& sequences) const
{
    SequenceImpl& m = *m_impl;
    torch::NoGradGuard noGrad;
    m.net->eval();
    const std::size_t K = m.targets.size();
    const auto H = static_cast<std::int64_t>(m.options.hidden);
    std::vector<State> states(sequences.size());
    for (const auto& batch : batchesOf(sequences, 1024, false)) {
        const PaddedBatch b = pad(x, m.width, m.targets, batch);
        const auto B = static_cast<std::int64_t>(batch.size());
        std::vector<std::int64_t> lengths(batch.size());
        for (std::size_t j = 0; j < batch.size(); ++j)
            lengths[j] = static_cast<std::int64_t>(batch[j]->size());
        // Packed, each account stops at its own last row: the padding after it never
        // reaches its state. batchesOf sorts by length, longest first, as packing wants.
        const auto packed = torch::nn::utils::rnn::pack_padded_sequence(b.input.to(m.device), torch::tensor(lengths),
                                                                         /*batch_first=*/false, /*enforce_sorted=*/true);
        const auto result = m.net->lstm->forward_with_packed_input(packed);
        const auto& last = std::get<1>(result);
        const torch::Tensor h = std::get<0>(last).reshape({B, H});
        const torch::Tensor c = std::get<1>(last).reshape({B, H});
        // step() keeps the head's prediction from the last output, which is h itself.
        const torch::Tensor prediction = m.net->head->forward(h).contiguous().to(torch::kCPU);
        const torch::Tensor hCpu = h.contiguous().to(torch::kCPU);
        const torch::Tensor cCpu = c.contiguous().to(torch::kCPU);
        const float* hp = hCpu.data_ptr<float>();
        const float* cp = cCpu.data_ptr<float>();
        const float* pp = prediction.data_ptr<float>();
        for (std::size_t j = 0; j < batch.size(); ++j) {
            State& s = states[static_cast<std::size_t>(batch[j] - sequences.data())];
            const auto offset = static_cast<std::ptrdiff_t>(j) * H;
            s.h.assign(hp + offset, hp + offset + H);
            s.c.assign(cp + offset, cp + offset + H);
            s.prediction.assign(pp + static_cast<std::ptrdiff_t>(j * K), pp + static_cast<std::ptrdiff_t>((j + 1) * K));
            s.started = true;
        }
    }
    return states;
}

void TorchSequenceModel::save(const std::string& path) const { saveModule(*m_impl->net, m_impl->device, path); }

void TorchSequenceModel::load(const std::string& path) { loadModule(*m_impl->net, m_impl->device, path, "a sequence model"); }

LstmWeights TorchSequenceModel::weights() const
{
    const auto& lstm = m_impl->net->lstm;
    LstmWeights w;
    w.input = m_impl->width;
    w.hidden = static_cast<std::size_t>(m_impl->options.hidden);
    w.inputWeight = floats(lstm->named_parameters()["weight_ih_l0"]);
    w.hiddenWeight = floats(lstm->named_parameters()["weight_hh_l0"]);
    w.bias = floats(lstm->named_parameters()["bias_ih_l0"] + lstm->named_parameters()["bias_hh_l0"]);
    w.head = denseWeights(m_impl->net->head->weight, m_impl->net->head->bias);
    return w;
}

} // namespace

std::unique_ptr<SequenceEngine> makeTorchSequenceModel(std::size_t inputWidth, const std::vector<int>& targets,
                                                       const SequenceModel::Options& options, ComputeDevice device)
{
    return std::make_unique<TorchSequenceModel>(inputWidth, targets, options, device);
}

} // namespace fraudlens::models
