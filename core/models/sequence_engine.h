#pragma once

#include "models/dense_weights.h"
#include "models/sequence_model.h"

namespace fraudlens::models {

// The sequence model's work, done by the LibTorch module (see TorchRuntime).
// SequenceModel forwards to it; nothing else should hold one.
class SequenceEngine {
public:
    using Sequences = std::vector<std::vector<std::uint32_t>>;
    virtual ~SequenceEngine() = default;
    virtual bool fit(const std::vector<float>& x, const Sequences& sequences, util::Progress* progress) = 0;
    virtual void errors(const std::vector<float>& x, const Sequences& sequences, std::vector<float>& perRow,
                        std::vector<float>& perTarget) const = 0;
    virtual std::vector<SequenceModel::State> finalStates(const std::vector<float>& x, const Sequences& sequences) const = 0;
    virtual void save(const std::string& path) const = 0;
    virtual void load(const std::string& path) = 0;
    virtual double finalLoss() const = 0;
    // The LSTM and its head, copied to the CPU (for RowLstm).
    virtual LstmWeights weights() const = 0;
};

} // namespace fraudlens::models
