#include "models/row_lstm.h"

#include "models/activations.h"
#include "models/dense_transpose.h"
#include "models/model_error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fraudlens::models {

RowLstm::RowLstm(LstmWeights weights, std::vector<int> targets)
    : m_input(weights.input), m_hidden(weights.hidden), m_targets(std::move(targets))
{
    const LstmWeights& w = weights;
    const std::size_t H = w.hidden;
    if (w.inputWeight.size() != 4 * H * w.input || w.hiddenWeight.size() != 4 * H * H || w.bias.size() != 4 * H
        || w.head.in != H || w.head.out != m_targets.size() || w.head.weight.size() != H * m_targets.size()
        || w.head.bias.size() != m_targets.size())
        throw ModelError("the sequence model's weights do not fit its shape");
    m_inputByColumn = transposed(w.inputWeight, 4 * H, w.input);
    m_hiddenByColumn = transposed(w.hiddenWeight, 4 * H, H);
    m_bias = w.bias;
    m_headByColumn = transposed(w.head.weight, m_targets.size(), H);
    m_headBias = w.head.bias;
}

float RowLstm::step(SequenceModel::State& state, const float* row, float* perTarget) const
{
    const std::size_t K = m_targets.size();
    const std::size_t H = m_hidden;
    const std::size_t G = 4 * H;
    float error = std::numeric_limits<float>::quiet_NaN();
    if (state.started) {
        float sum = 0.0f;
        for (std::size_t k = 0; k < K; ++k) {
            const float d = state.prediction[k] - row[m_targets[k]];
            sum += d * d;
            if (perTarget != nullptr)
                perTarget[k] = d * d;
        }
        error = sum / static_cast<float>(K);
    } else {
        if (perTarget != nullptr)
            std::fill_n(perTarget, K, 0.0f);
        state.h.assign(H, 0.0f);
        state.c.assign(H, 0.0f);
    }
    // Scratch per thread, so that one model may step on several threads without a
    // heap allocation per transaction.
    thread_local std::vector<float> gates;
    gates.assign(m_bias.begin(), m_bias.end());
    for (std::size_t i = 0; i < m_input; ++i)
        if (row[i] != 0.0f)
            addScaled(gates.data(), m_inputByColumn.data() + i * G, row[i], G);
    for (std::size_t j = 0; j < H; ++j)
        if (state.h[j] != 0.0f)
            addScaled(gates.data(), m_hiddenByColumn.data() + j * G, state.h[j], G);
    for (std::size_t j = 0; j < H; ++j) {
        const float in = sigmoid(gates[j]);
        const float forget = sigmoid(gates[H + j]);
        const float cell = tanhViaExp(gates[2 * H + j]);
        const float out = sigmoid(gates[3 * H + j]);
        state.c[j] = forget * state.c[j] + in * cell;
        state.h[j] = out * tanhViaExp(state.c[j]);
    }
    state.prediction.assign(m_headBias.begin(), m_headBias.end());
    for (std::size_t j = 0; j < H; ++j)
        addScaled(state.prediction.data(), m_headByColumn.data() + j * K, state.h[j], K);
    state.started = true;
    return error;
}

} // namespace fraudlens::models
