#pragma once

#include "models/compute_device.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fraudlens::util {
class Progress;
}

namespace fraudlens::models {

class RowLstm;
class SequenceEngine;

// LSTM over each account's transactions in time order: from the history so far it
// predicts the next transaction's target features (amount, gap, novelty of device, ...).
// A transaction's score is how badly it was predicted. The first transaction of an
// account has no history and gets no score (NaN). The work is done by an engine from
// the LibTorch module, loaded on first construction (TorchRuntime).
class SequenceModel {
public:
    struct Options {
        int epochs = 4;
        int hidden = 32;
        int batchAccounts = 256;
        int chunkSteps = 64;     // truncated back-propagation through time
        // Transactions an epoch trains on at most: beyond it, each epoch trains on a fresh
        // random draw of whole accounts, as an isolation forest fits each tree on a sample.
        // Scoring still reads every account.
        std::size_t maxRowsPerEpoch = 250000;
        double learningRate = 3e-3;
        double trimFraction = 0.1; // robust to the fraud inside the unlabelled history
        std::uint64_t seed = 42;
    };
    // The per-account memory live scoring carries from one transaction to the next.
    struct State {
        std::vector<float> h, c;
        std::vector<float> prediction; // of the next transaction's targets
        bool started = false;
    };

    // x rows have inputWidth columns; targets are column indices into a row.
    SequenceModel(std::size_t inputWidth, std::vector<int> targets, const Options& options, ComputeDevice device);
    ~SequenceModel();
    SequenceModel(const SequenceModel&) = delete;
    SequenceModel& operator=(const SequenceModel&) = delete;

    // sequences: per account, its row indices into x in time order. false = cancelled.
    bool fit(const std::vector<float>& x, const std::vector<std::vector<std::uint32_t>>& sequences, util::Progress* progress);
    // perRow: mean squared error over the targets (NaN for a first transaction);
    // perTarget: rows × targets().size() squared errors (0 for first transactions).
    void errors(const std::vector<float>& x, const std::vector<std::vector<std::uint32_t>>& sequences,
                std::vector<float>& perRow, std::vector<float>& perTarget) const;
    // Live: scores one scaled row against the state's prediction (NaN when the account
    // has no history yet), writes per-target errors when asked, and advances the state.
    float step(State& state, const float* row, float* perTarget = nullptr) const;
    // Live start-up: per sequence, the state step() would leave after its rows one by one
    // (a fresh State for an empty sequence), computed in time-major batches as errors() is
    // rather than one LibTorch call per row.
    std::vector<State> finalStates(const std::vector<float>& x, const std::vector<std::vector<std::uint32_t>>& sequences) const;

    void save(const std::string& path) const;
    void load(const std::string& path);
    const std::vector<int>& targets() const;
    std::size_t inputWidth() const;
    double finalLoss() const;

private:
    void copyWeightsForRows();

    std::size_t m_width;
    std::vector<int> m_targets;
    std::unique_ptr<SequenceEngine> m_engine;
    // step() runs here, on a copy of the weights, not in LibTorch.
    std::unique_ptr<RowLstm> m_row;
};

} // namespace fraudlens::models
