#pragma once

#include "store/transaction_record.h"
#include "synth/demo_config.h"
#include "util/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::synth {

// Puts generated demo data where users need it: a database (one import, one
// transaction, one audit entry) or a CSV in the demo profile's columns.
class DemoExporter {
public:
    // Refuses (std::runtime_error) a database that already holds transactions.
    // Returns false when cancelled, leaving the database as it was.
    static bool toDatabase(store::Database& db, const DemoConfig& config,
                           const std::vector<store::TransactionRecord>& records, util::Progress* progress,
                           const std::string& actor);
    static void toCsv(const std::string& path, const std::vector<store::TransactionRecord>& records);
};

} // namespace fraudlens::synth
