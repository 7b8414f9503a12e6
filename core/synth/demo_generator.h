#pragma once

#include "store/transaction_record.h"
#include "synth/demo_config.h"
#include "util/progress.h"

#include <vector>

namespace fraudlens::synth {

// Seeded demo data: a believable e-commerce platform with labelled, injected fraud.
class DemoGenerator {
public:
    explicit DemoGenerator(DemoConfig config);

    // All transactions, sorted by (timestampMs, transactionId). Same config => byte-identical output.
    // Reports progress (stage "generating"); returns an empty vector if progress asks to cancel.
    std::vector<store::TransactionRecord> generate(util::Progress* progress = nullptr);

private:
    DemoConfig m_config;
};

} // namespace fraudlens::synth
