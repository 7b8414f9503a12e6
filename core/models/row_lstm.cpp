#include "models/row_lstm.h"

#include "models/model_error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fraudlens::models {

namespace {

float sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }

} // namespace

RowLstm::RowLstm(LstmWeights weights, std::vector<int> targets) : m_w(std::move(weights)), m_targets(std::move(targets))
{
    const std::size_t H = m_w.hidden;
    if (m_w.inputWeight.size() != 4 * H * m_w.input || m_w.hiddenWeight.size() != 4 * H * H || m_w.bias.size() != 4 * H
        || m_w.head.in != H || m_w.head.out != m_targets.size() || m_w.head.weight.size() != H * m_targets.size()
        || m_w.head.bias.size() != m_targets.size())
        throw ModelError("the sequence model's weights do not fit its shape");
}

float RowLstm::step(SequenceModel::State& state, const float* row, float* perTarget) const
{
    const std::size_t K = m_targets.size();
    const std::size_t H = m_w.hidden;
    const std::size_t I = m_w.input;
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
    // Scratch of its own per call, so that one model may step on several threads.
    std::vector<float> gates(4 * H);
    for (std::size_t g = 0; g < 4 * H; ++g) {
        const float* wi = m_w.inputWeight.data() + g * I;
        const float* wh = m_w.hiddenWeight.data() + g * H;
        float sum = m_w.bias[g];
        for (std::size_t i = 0; i < I; ++i)
            sum += wi[i] * row[i];
        for (std::size_t j = 0; j < H; ++j)
            sum += wh[j] * state.h[j];
        gates[g] = sum;
    }
    for (std::size_t j = 0; j < H; ++j) {
        const float in = sigmoid(gates[j]);
        const float forget = sigmoid(gates[H + j]);
        const float cell = std::tanh(gates[2 * H + j]);
        const float out = sigmoid(gates[3 * H + j]);
        state.c[j] = forget * state.c[j] + in * cell;
        state.h[j] = out * std::tanh(state.c[j]);
    }
    state.prediction.resize(K);
    for (std::size_t k = 0; k < K; ++k) {
        const float* w = m_w.head.weight.data() + k * H;
        float sum = m_w.head.bias[k];
        for (std::size_t j = 0; j < H; ++j)
            sum += w[j] * state.h[j];
        state.prediction[k] = sum;
    }
    state.started = true;
    return error;
}

} // namespace fraudlens::models
