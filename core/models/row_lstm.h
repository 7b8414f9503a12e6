#pragma once

#include "models/dense_weights.h"
#include "models/sequence_model.h"

namespace fraudlens::models {

// One step of the sequence model for one account, in plain C++ over weights copied out
// of LibTorch: what live scoring does per transaction, where LibTorch's dispatch of a
// single-row LSTM step costs about 30 µs. Same semantics as SequenceModel::step.
class RowLstm {
public:
    RowLstm(LstmWeights weights, std::vector<int> targets);

    float step(SequenceModel::State& state, const float* row, float* perTarget) const;

private:
    LstmWeights m_w;
    std::vector<int> m_targets;
};

} // namespace fraudlens::models
