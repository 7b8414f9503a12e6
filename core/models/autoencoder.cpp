#include "models/autoencoder.h"

#include "models/row_autoencoder.h"
#include "models/torch_backend.h"
#include "models/torch_runtime.h"

namespace fraudlens::models {

Autoencoder::Autoencoder(std::size_t width, const Options& options, ComputeDevice device)
    : m_width(width), m_engine(TorchRuntime::backend().autoencoder(width, options, device))
{
    copyWeightsForRows();
}

void Autoencoder::copyWeightsForRows() { m_row = std::make_unique<RowAutoencoder>(m_engine->weights()); }

Autoencoder::~Autoencoder() = default;

bool Autoencoder::fit(const std::vector<float>& x, std::size_t rows, util::Progress* progress)
{
    const bool finished = m_engine->fit(x, rows, progress);
    copyWeightsForRows();
    return finished;
}

void Autoencoder::errors(const std::vector<float>& x, std::size_t rows, std::vector<float>& perFeature,
                         std::vector<float>& perRow) const
{
    if (rows == 1 && x.size() >= m_width) {
        perFeature.resize(m_width);
        perRow.assign(1, m_row->errors(x.data(), perFeature.data()));
        return;
    }
    m_engine->errors(x, rows, perFeature, perRow);
}

void Autoencoder::save(const std::string& path) const { m_engine->save(path); }
void Autoencoder::load(const std::string& path)
{
    m_engine->load(path);
    copyWeightsForRows();
}
std::size_t Autoencoder::width() const { return m_width; }
double Autoencoder::finalLoss() const { return m_engine->finalLoss(); }

} // namespace fraudlens::models
