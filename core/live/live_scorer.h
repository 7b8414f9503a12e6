#pragma once

#include "features/transaction_frame.h"
#include "live/live_score.h"
#include "models/compute_device.h"
#include "models/sequence_model.h"
#include "scoring/account_context.h"
#include "scoring/fusion.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace fraudlens::features {
class FeatureExtractor;
class FrameBuilder;
}
namespace fraudlens::rules {
class RuleSet;
}
namespace fraudlens::scoring {
class TrainedModels;
}
namespace fraudlens::store {
class Database;
struct TransactionRecord;
}
namespace fraudlens::util {
class Progress;
}

namespace fraudlens::live {

class LiveBursts;
class LiveRings;

// Scores one transaction at a time with what the last batch `score` run left, along the
// batch code path, so that a transaction scored live gets the batch run's scores:
// - features: every stored transaction goes through one FeatureExtractor at start, which
//   then goes on with each live transaction (same windows, same entity counts);
// - autoencoder and LSTM: the run's registered files (TrainedModels: same weights,
//   scalers, calibration); each account's LSTM state is warmed over its history in
//   batches, then stepped;
// - rules: the rules table, each weighed by how rare it was on the stored data
//   (RuleHits::informativeness, as the run weighed it); fusion: the stored weights;
//   alert cut: the run's.
// What batch knows and live cannot (batch sees the future), and so may differ:
// - rings: the run's rings, which accounts join through rare shared entities (LiveRings);
//   no new rings until the next run;
// - bursts: the hour so far against the stored data's baseline (LiveBursts);
// - account context: only the account's transactions so far lift a transaction; a later
//   refund's risk reaches its order through LiveScore::reversedOrder.
//
// It reads the database only while opening, and never writes: the live command stores
// transactions, scores and alerts itself. One thread at a time.
class LiveScorer {
public:
    struct Options {
        // CPU by default: one row at a time, a GPU's transfers cost more than they save.
        models::ComputeDevice device;
        int threads = 0; // intra-op threads (0: LibTorch's default)
    };

    // Loads every stored transaction, the last run's models, rings, rules and alert cut,
    // and replays the history into the per-account state. Empty when progress asked to
    // stop. Throws models::ModelError when no run registered models or a file is refused.
    static std::unique_ptr<LiveScorer> open(store::Database& db, const Options& options, util::Progress* progress = nullptr);
    ~LiveScorer();
    LiveScorer(const LiveScorer&) = delete;
    LiveScorer& operator=(const LiveScorer&) = delete;

    // Scores the next transaction and remembers it. txId: its store id, when the caller has
    // stored it already (reported back on a refund's order); 0 gives it a provisional
    // negative id, unique to this scorer (LiveScore::txId), until settle(). Extra columns
    // the stored data never had are ignored: the models were trained without them.
    LiveScore score(const store::TransactionRecord& record, std::int64_t txId = 0);
    // The store id of a row scored under a provisional one, once it is known.
    void settle(std::size_t row, std::int64_t txId);

    // Room for moreRows more transactions (and the accounts and entities they may bring)
    // in every table scoring grows, so that none grows while a transaction waits. open()
    // makes room for three times as many as are stored; keepRoom() makes more when little
    // is left.
    void reserve(std::size_t moreRows);
    // For a quiet moment: when under a quarter of the room reserved last is left, reserves
    // as much again as is stored. Returns whether it did (a quarter of a second on 400,000
    // rows: every table is copied); a stream that never pauses grows its tables as it goes
    // instead.
    bool keepRoom();
    // How many accounts the room reserved last holds.
    std::size_t accountRoom() const { return m_accountRoom; }

    std::int64_t runId() const { return m_runId; }
    float alertThreshold() const { return m_threshold; }
    const features::TransactionFrame& frame() const { return m_frame; }

private:
    explicit LiveScorer(const Options& options);
    bool warmUp(store::Database& db, util::Progress* progress);
    void readRun(store::Database& db);
    void restoreRisks(store::Database& db, const std::vector<std::uint32_t>& reversedOrder);
    bool hasUnknownExtras(const store::TransactionRecord& record) const;
    void keepKnownExtras(store::TransactionRecord& record) const;

    Options m_options;
    features::TransactionFrame m_frame;
    std::unique_ptr<features::FrameBuilder> m_builder;
    std::unique_ptr<features::FeatureExtractor> m_extractor;
    std::unique_ptr<scoring::TrainedModels> m_models;
    std::vector<models::SequenceModel::State> m_states; // per account
    std::unique_ptr<rules::RuleSet> m_rules;
    std::vector<float> m_ruleWeight;       // per rule: severity weight x informativeness on the history
    std::vector<std::uint8_t> m_ruleHigh;  // per rule: a high-severity rule that is still informative
    scoring::Fusion m_fusion = scoring::Fusion::defaults();
    scoring::AccountContext m_context;
    std::unique_ptr<LiveRings> m_rings;
    std::unique_ptr<LiveBursts> m_bursts;
    std::vector<float> m_ownRisk; // per frame row: fused evidence, raised by a later refund
    std::int64_t m_runId = 0;
    float m_threshold = 1.0f;
    std::size_t m_roomUntil = 0; // frame rows the last reserve() made room for
    std::size_t m_roomStep = 0;  // how many rows it added
    std::size_t m_accountRoom = 0;
    std::int64_t m_provisionalIds = 0; // handed out so far
    // Reused from one transaction to the next.
    std::vector<float> m_features;
    std::vector<float> m_autoencoderErrors;
    std::vector<float> m_sequenceErrors;
    std::vector<std::uint16_t> m_hits;
};

} // namespace fraudlens::live
