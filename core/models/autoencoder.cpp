#include "models/autoencoder.h"

#include "models/torch_backend.h"
#include "models/torch_runtime.h"

namespace fraudlens::models {

Autoencoder::Autoencoder(std::size_t width, const Options& options, ComputeDevice device)
    : m_width(width), m_engine(TorchRuntime::backend().autoencoder(width, options, device))
{
}

Autoencoder::~Autoencoder() = default;

bool Autoencoder::fit(const std::vector<float>& x, std::size_t rows, util::Progress* progress)
{
    return m_engine->fit(x, rows, progress);
}

void Autoencoder::errors(const std::vector<float>& x, std::size_t rows, std::vector<float>& perFeature,
                         std::vector<float>& perRow) const
{
    m_engine->errors(x, rows, perFeature, perRow);
}

void Autoencoder::save(const std::string& path) const { m_engine->save(path); }
void Autoencoder::load(const std::string& path) { m_engine->load(path); }
std::size_t Autoencoder::width() const { return m_width; }
double Autoencoder::finalLoss() const { return m_engine->finalLoss(); }

} // namespace fraudlens::models
