#include "ingest/importer.h"

#include "ingest/csv_error.h"
#include "ingest/csv_reader.h"
#include "ingest/record_builder.h"
#include "ingest/reject_report.h"
#include "store/database.h"
#include "store/import_batch.h"
#include "store/import_log.h"
#include "util/clock.h"
#include "util/sha256.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace fraudlens::ingest {

namespace {

constexpr std::int64_t kProgressEvery = 8192;

} // namespace

ImportResult Importer::run(const ImportOptions& options, util::Progress* progress)
{
    ImportResult result;
    const std::string fileName = std::filesystem::path(options.csvPath).filename().string();
    if (!std::filesystem::exists(options.csvPath))
        throw InputError(options.csvPath, 0, 0, "no such file");

    util::reportProgress(progress, 0.0, "checking");
    // Hashed before anything is written so that a repeated file is refused at once.
    result.sha256 = util::Sha256::ofFile(options.csvPath);
    store::ImportLog imports(m_db);
    if (!options.force) {
        if (const auto earlier = imports.findBySha256(result.sha256)) {
            result.status = ImportResult::Status::AlreadyImported;
            result.importId = earlier->id;
            result.message = options.csvPath + ": this file was already imported as import #" + std::to_string(earlier->id)
                + " (" + earlier->fileName + ", " + util::formatIsoUtc(earlier->finishedMs) + ", "
                + std::to_string(earlier->rowsStored) + " rows); use --force to import it again";
            return result;
        }
    }

    CsvReader reader(options.csvPath, options.mapping.delimiter);
    const std::vector<std::string> header = reader.readHeader();
    const RecordBuilder builder(options.mapping, header, options.csvPath);

    store::ImportBatch batch(m_db, fileName, result.sha256, options.mapping.toJson(-1));
    result.importId = batch.id();
    store::TransactionWriter& writer = batch.writer();
    writer.setGeneratedIdPrefix(std::to_string(batch.id()) + ":");
    RejectReport rejects(options.rejectReportPath, options.csvPath);

    CsvRecord row;
    store::TransactionRecord canonical;
    RowProblem problem;
    auto reject = [&](const RowProblem& p) {
        if (result.firstProblems.size() < ImportResult::kKeptProblems)
            result.firstProblems.push_back(p);
        rejects.add(p);
    };

    const double size = static_cast<double>(std::max<std::int64_t>(reader.fileSize(), 1));
    while (reader.next(row)) {
        ++result.rowsRead;
        if (result.rowsRead % kProgressEvery == 0
            && !util::reportProgress(progress, static_cast<double>(reader.bytesRead()) / size, "importing")) {
            result.status = ImportResult::Status::Cancelled;
            return result; // the transaction rolls back
        }
        if (!builder.build(row, canonical, problem)) {
            reject(problem);
            continue;
        }
        if (writer.write(canonical) == store::TransactionWriter::Outcome::DuplicateId) {
            // Synthesised ids are unique by construction, so a clash names a real id.
            reject(RowProblem{row.line, builder.columnOf(CanonicalField::TransactionId),
                              options.mapping.column(CanonicalField::TransactionId),
                              "duplicate transaction_id \"" + canonical.transactionId
                                  + "\" (already stored, or earlier in this file)"});
        }
    }
    rejects.finish();
    result.rowsRejected = rejects.count();
    result.rowsStored = writer.stored();
    result.accountsCreated = writer.accountsCreated();
    if (result.rowsRejected > 0)
        result.rejectReportPath = options.rejectReportPath;

    if (result.rowsRejected > 0 && options.onError == OnError::Abort) {
        result.status = ImportResult::Status::Rejected;
        result.rowsStored = 0;
        return result; // rolls back: nothing of this file is stored
    }

    util::reportProgress(progress, 1.0, "committing");
    nlohmann::json details = {{"file", fileName},       {"sha256", result.sha256},
                              {"mapping", options.mappingName}, {"rows_read", result.rowsRead},
                              {"rows_stored", result.rowsStored}, {"rows_rejected", result.rowsRejected},
                              {"accounts_created", result.accountsCreated},
                              {"on_error", options.onError == OnError::Abort ? "abort" : "skip"},
                              {"forced", options.force}};
    batch.commit(options.actor, result.rowsRead, result.rowsRejected, details.dump());
    result.status = ImportResult::Status::Stored;
    return result;
}

} // namespace fraudlens::ingest
