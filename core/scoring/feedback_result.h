#pragma once

#include "scoring/fusion.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace fraudlens::scoring {

// The analysts' decided alerts, as the feedback loop counts them: only alerts with at
// least one scored transaction, since those transactions' evidence is what it learns from.
struct DecisionTally {
    std::size_t alerts = 0;
    std::size_t confirmed = 0; // confirmed_fraud
    std::size_t dismissed = 0; // false_positive
};

enum class FeedbackStatus {
    Applied,         // learned weights stored and every transaction re-scored with them
    TooFewDecisions, // fewer decided alerts than FeedbackLoop::kMinDecisions
    OneOutcomeOnly,  // every decided alert has the same outcome: nothing to tell apart
    TooFewExamples,  // the fit needs more flagged transactions of each outcome
    NoImprovement,   // the learned weights rank the decided transactions worse: kept the current ones
    Cancelled,
};

// What one "Learn from decisions" did. Unless status is Applied, nothing was written.
struct FeedbackResult {
    FeedbackStatus status = FeedbackStatus::Cancelled;
    DecisionTally decisions;
    std::size_t confirmedTransactions = 0; // the fit's examples, per outcome
    std::size_t dismissedTransactions = 0;
    std::string previousFusion;            // Fusion::toJson of the weights in force before
    std::optional<Fusion> learned;         // set once a fit was made
    // Average precision of the decided transactions (confirmed = positive) under the current
    // scores and after re-scoring with the learned weights: the label-free test the loop
    // applies before it changes anything.
    std::optional<double> decisionsBefore;
    std::optional<double> decisionsAfter;
    // Fused AUPRC over every labelled transaction, before and after; only when the data
    // carries fraud labels (demo data, PaySim). Reported, never used to decide.
    std::optional<double> auprcBefore;
    std::optional<double> auprcAfter;
    std::int64_t runId = 0; // the re-scoring run, when applied

    bool applied() const { return status == FeedbackStatus::Applied; }
};

} // namespace fraudlens::scoring
