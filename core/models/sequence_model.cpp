#include "models/sequence_model.h"

#include "models/row_lstm.h"
#include "models/sequence_engine.h"
#include "models/torch_backend.h"
#include "models/torch_runtime.h"

namespace fraudlens::models {

SequenceModel::SequenceModel(std::size_t inputWidth, std::vector<int> targets, const Options& options, ComputeDevice device)
    : m_width(inputWidth), m_targets(std::move(targets))
    , m_engine(TorchRuntime::backend().sequenceModel(inputWidth, m_targets, options, device))
{
    copyWeightsForRows();
}

void SequenceModel::copyWeightsForRows() { m_row = std::make_unique<RowLstm>(m_engine->weights(), m_targets); }

SequenceModel::~SequenceModel() = default;

bool SequenceModel::fit(const std::vector<float>& x, const std::vector<std::vector<std::uint32_t>>& sequences,
                        util::Progress* progress)
{
    const bool finished = m_engine->fit(x, sequences, progress);
    copyWeightsForRows();
    return finished;
}

void SequenceModel::errors(const std::vector<float>& x, const std::vector<std::vector<std::uint32_t>>& sequences,
                           std::vector<float>& perRow, std::vector<float>& perTarget) const
{
    m_engine->errors(x, sequences, perRow, perTarget);
}

float SequenceModel::step(State& state, const float* row, float* perTarget) const
{
    return m_row->step(state, row, perTarget);
}

std::vector<SequenceModel::State> SequenceModel::finalStates(const std::vector<float>& x,
                                                             const std::vector<std::vector<std::uint32_t>>& sequences) const
{
    return m_engine->finalStates(x, sequences);
}

void SequenceModel::save(const std::string& path) const { m_engine->save(path); }
void SequenceModel::load(const std::string& path)
{
    m_engine->load(path);
    copyWeightsForRows();
}
const std::vector<int>& SequenceModel::targets() const { return m_targets; }
std::size_t SequenceModel::inputWidth() const { return m_width; }
double SequenceModel::finalLoss() const { return m_engine->finalLoss(); }

} // namespace fraudlens::models
