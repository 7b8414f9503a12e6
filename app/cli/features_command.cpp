#include "commands.h"
#include "exit_codes.h"
#include "terminal_progress.h"

#include "features/batch_features.h"
#include "features/feature_extractor.h"
#include "features/frame_loader.h"
#include "features/transaction_frame.h"
#include "ingest/csv_error.h"
#include "ingest/csv_writer.h"
#include "store/database.h"
#include "store/store_error.h"
#include "util/sub_progress.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <filesystem>
#include <iostream>
#include <optional>

namespace fraudlens::cli {

namespace {

struct FeaturesArgs {
    std::string db;
    std::string csv;
    bool quiet = false;
};

// Writes tx_id, label and every feature of every transaction, in frame (time) order.
// Returns false when progress asked to stop.
bool writeRows(ingest::CsvWriter& writer, const features::TransactionFrame& frame, const features::FeatureMatrix& matrix,
               util::Progress* progress)
{
    const std::size_t cols = matrix.cols();
    std::vector<std::string_view> fields;
    fields.reserve(cols + 2);
    fields.emplace_back("tx_id");
    fields.emplace_back("label");
    for (const auto& name : matrix.schema.names())
        fields.emplace_back(name);
    writer.writeRow(fields);

    // Shortest text that reads back as the same float: 32 characters hold any of them.
    constexpr std::size_t kFieldChars = 32;
    std::vector<char> text((cols + 1) * kFieldChars);
    for (std::size_t i = 0; i < matrix.rows; ++i) {
        fields.clear();
        char* id = text.data();
        fields.emplace_back(id, static_cast<std::size_t>(std::to_chars(id, id + kFieldChars, frame.txId[i]).ptr - id));
        const std::int8_t label = frame.label[i];
        fields.emplace_back(label < 0 ? "" : label == 0 ? "0" : "1");
        const float* row = matrix.row(i);
        for (std::size_t c = 0; c < cols; ++c) {
            char* at = text.data() + (c + 1) * kFieldChars;
            fields.emplace_back(at, static_cast<std::size_t>(std::to_chars(at, at + kFieldChars, row[c]).ptr - at));
        }
        writer.writeRow(fields);
        if (i % 50000 == 49999
            && !util::reportProgress(progress, static_cast<double>(i) / static_cast<double>(matrix.rows), "Writing CSV"))
            return false;
    }
    return true;
}

int runFeatures(const FeaturesArgs& args)
{
    store::Database db(args.db, store::OpenMode::ReadOnly);
    std::error_code same;
    if (std::filesystem::equivalent(args.db, args.csv, same)) {
        std::cerr << "fraudlens-cli features: --csv names the database itself; choose another file\n";
        return kUsage;
    }
    TerminalProgress progress(args.quiet);
    // Opened before the long work so that an unwritable path fails at once.
    ingest::CsvWriter writer(args.csv);
    const auto discard = [&] {
        std::error_code ignored;
        std::filesystem::remove(args.csv, ignored);
    };

    features::TransactionFrame frame;
    std::optional<features::FeatureMatrix> matrix;
    bool written = false;
    try {
        util::SubProgress loadProgress(&progress, 0.0, 0.4);
        if (features::FrameLoader::load(db, frame, &loadProgress)) {
            features::FeatureExtractor extractor(frame);
            util::SubProgress featureProgress(&progress, 0.4, 0.7);
            matrix = features::computeFeatures(frame, extractor, &featureProgress);
        }
        util::SubProgress writeProgress(&progress, 0.7, 1.0);
        written = matrix && writeRows(writer, frame, *matrix, &writeProgress);
        if (written)
            writer.close();
    } catch (...) {
        discard(); // never leave a half-written CSV behind
        throw;
    }
    if (!written) {
        discard();
        std::cerr << "features cancelled; no CSV was written\n";
        return kCancelled;
    }
    util::reportProgress(&progress, 1.0, "Done");
    if (!args.quiet)
        std::cerr << "features: " << matrix->rows << " transactions x " << matrix->cols() << " features (schema "
                  << matrix->schema.version() << ") written to " << args.csv << "\n";
    return kOk;
}

} // namespace

void addFeaturesCommand(CLI::App& app, int& exitCode)
{
    auto args = std::make_shared<FeaturesArgs>();
    CLI::App* cmd = app.add_subcommand("features", "Write every transaction's features, as scoring computes them, to a CSV file");
    cmd->add_option("--db", args->db, "Database file")->required();
    cmd->add_option("--csv", args->csv, "CSV file to write: tx_id, label (empty when unknown), then the features in schema order")
        ->required();
    cmd->add_flag("--quiet,-q", args->quiet, "No progress on stderr");
    cmd->callback([args, &exitCode] {
        try {
            exitCode = runFeatures(*args);
        } catch (const store::StoreError& e) {
            std::cerr << "fraudlens-cli features: " << e.what() << "\n";
            exitCode = kFailure;
        } catch (const ingest::InputError& e) {
            // Raised by the CSV writer: the output could not be created or written.
            std::cerr << "fraudlens-cli features: " << e.what() << "\n";
            exitCode = kFailure;
        }
    });
}

} // namespace fraudlens::cli
