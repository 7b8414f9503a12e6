#pragma once

#include "ingest/import_options.h"
#include "ingest/import_result.h"
#include "util/progress.h"

namespace fraudlens::store {
class Database;
}

namespace fraudlens::ingest {

// Imports one CSV file as one SQLite transaction: either every accepted row, the import
// record and its audit entry are committed together, or nothing is (a rejected file in
// abort mode, a cancel, an error, or the process killed midway).
class Importer {
public:
    explicit Importer(store::Database& db) : m_db(db) {}

    // Throws InputError for a file that cannot be read at all (missing, bad header,
    // broken quoting); row-level problems are reported in the result.
    ImportResult run(const ImportOptions& options, util::Progress* progress = nullptr);

private:
    store::Database& m_db;
};

} // namespace fraudlens::ingest
