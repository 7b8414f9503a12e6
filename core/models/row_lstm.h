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
    std::size_t m_input = 0;
    std::size_t m_hidden = 0;
    // The weights transposed, one run of 4H gates per input column and per hidden unit:
    // adding a column times its input to all gates at once is a loop the compiler
    // vectorises, where a dot product per gate is a chain of dependent float additions it
    // may not reorder (a whole step, H = 32 and 40 inputs: 3.1-3.9 us against 4.7-5.1;
    // the rest is exp and tanh).
    std::vector<float> m_inputByColumn;  // input x 4H
    std::vector<float> m_hiddenByColumn; // H x 4H
    std::vector<float> m_bias;           // 4H
    std::vector<float> m_headByColumn;   // H x K
    std::vector<float> m_headBias;       // K
    std::vector<int> m_targets;
};

} // namespace fraudlens::models
