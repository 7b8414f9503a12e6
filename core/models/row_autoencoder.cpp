#include "models/row_autoencoder.h"

#include "models/activations.h"
#include "models/dense_transpose.h"
#include "models/model_error.h"

#include <algorithm>
#include <cmath>

namespace fraudlens::models {

namespace {

// layer.weight is held transposed (in x out): see RowAutoencoder::m_layers.
void dense(const DenseWeights& layer, const float* in, float* out)
{
    std::copy(layer.bias.begin(), layer.bias.end(), out);
    for (std::size_t i = 0; i < layer.in; ++i)
        if (in[i] != 0.0f)
            addScaled(out, layer.weight.data() + i * layer.out, in[i], layer.out);
}

} // namespace

RowAutoencoder::RowAutoencoder(std::vector<DenseWeights> layers) : m_layers(std::move(layers))
{
    if (m_layers.size() != 4 || m_layers.front().in != m_layers.back().out)
        throw ModelError("the autoencoder's layers do not fit its shape");
    std::size_t widest = 0;
    for (std::size_t k = 0; k < m_layers.size(); ++k) {
        const auto& layer = m_layers[k];
        if ((k > 0 && layer.in != m_layers[k - 1].out) || layer.weight.size() != layer.in * layer.out
            || layer.bias.size() != layer.out)
            throw ModelError("the autoencoder's layers do not fit its shape");
        widest = std::max({widest, layer.in, layer.out});
    }
    m_widest = widest;
    for (auto& layer : m_layers)
        layer.weight = transposed(layer.weight, layer.out, layer.in);
}

std::size_t RowAutoencoder::width() const { return m_layers.front().in; }

float RowAutoencoder::errors(const float* row, float* perFeature) const
{
    // Scratch per thread, so that one model may score on several threads without a heap
    // allocation per row.
    thread_local std::vector<float> a;
    thread_local std::vector<float> b;
    a.resize(std::max(a.size(), m_widest));
    b.resize(std::max(b.size(), m_widest));
    dense(m_layers[0], row, a.data());
    for (std::size_t k = 1; k < m_layers.size(); ++k) {
        // Every layer but the first takes a tanh of what came before.
        for (std::size_t i = 0; i < m_layers[k].in; ++i)
            a[i] = tanhViaExp(a[i]);
        dense(m_layers[k], a.data(), b.data());
        std::swap(a, b);
    }
    const std::size_t n = width();
    float sum = 0.0f;
    for (std::size_t i = 0; i < n; ++i) {
        const float d = a[i] - row[i];
        perFeature[i] = d * d;
        sum += d * d;
    }
    return sum / static_cast<float>(n);
}

} // namespace fraudlens::models
