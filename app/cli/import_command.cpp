#include "commands.h"
#include "exit_codes.h"
#include "terminal_progress.h"

#include "ingest/builtin_profiles.h"
#include "ingest/csv_error.h"
#include "ingest/importer.h"
#include "ingest/mapping_guesser.h"
#include "store/database.h"
#include "store/store_error.h"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

namespace fraudlens::cli {

namespace {

struct ImportArgs {
    std::string db, csv, mappingPath, profile, delimiter, onError = "abort", rejectReport, actor;
    bool force = false, quiet = false, guess = false;
};

char delimiterFromArg(const std::string& value)
{
    if (value.empty() || value == "auto")
        return 0;
    if (value == "tab" || value == "\\t" || value == "\t")
        return '\t';
    return value[0];
}

int printResult(const ImportArgs& args, const ingest::ImportResult& result)
{
    using Status = ingest::ImportResult::Status;
    if (result.status == Status::AlreadyImported) {
        std::cerr << result.message << "\n";
        return kInputRejected;
    }
    if (result.status == Status::Cancelled) {
        std::cerr << "import cancelled; nothing was stored\n";
        return kCancelled;
    }
    for (const auto& problem : result.firstProblems)
        std::cerr << problem.format(args.csv) << "\n";
    if (result.rowsRejected > static_cast<std::int64_t>(result.firstProblems.size()))
        std::cerr << "... and " << (result.rowsRejected - static_cast<std::int64_t>(result.firstProblems.size()))
                  << " more\n";
    if (result.rowsRejected > 0 && !result.rejectReportPath.empty())
        std::cerr << "every rejected row is listed in " << result.rejectReportPath << "\n";
    if (result.status == Status::Rejected) {
        std::cerr << args.csv << ": " << result.rowsRejected << " of " << result.rowsRead
                  << " rows rejected; nothing was stored (use --on-error skip to store the good rows)\n";
        return kInputRejected;
    }
    std::cout << "imported " << result.rowsStored << " of " << result.rowsRead << " rows from " << args.csv
              << " as import #" << result.importId << " (" << result.accountsCreated << " new accounts, "
              << result.rowsRejected << " rejected)\n";
    return kOk;
}

int run(const ImportArgs& args)
{
    if (args.guess) {
        const auto mapping = ingest::MappingGuesser::guessFromFile(args.csv, delimiterFromArg(args.delimiter));
        std::cout << mapping.toJson() << "\n";
        return kOk;
    }
    if (args.db.empty())
        throw CLI::RequiredError("--db");
    if (args.mappingPath.empty() == args.profile.empty())
        throw CLI::ValidationError("import", "give exactly one of --mapping FILE.json or --profile NAME");

    ingest::ImportOptions options;
    options.csvPath = args.csv;
    if (!args.profile.empty()) {
        auto profile = ingest::builtinProfile(args.profile);
        if (!profile)
            throw CLI::ValidationError("--profile", "unknown profile '" + args.profile + "' (known: demo, paysim)");
        options.mapping = std::move(*profile);
        options.mappingName = "profile:" + args.profile;
    } else {
        options.mapping = ingest::Mapping::fromFile(args.mappingPath);
        options.mappingName = args.mappingPath;
    }
    if (!args.delimiter.empty())
        options.mapping.delimiter = delimiterFromArg(args.delimiter);
    options.onError = args.onError == "skip" ? ingest::OnError::Skip : ingest::OnError::Abort;
    options.force = args.force;
    options.rejectReportPath = args.rejectReport.empty() ? args.db + ".rejects.csv" : args.rejectReport;
    options.actor = args.actor;

    store::Database db(args.db, store::OpenMode::Create);
    TerminalProgress progress(args.quiet);
    const auto result = ingest::Importer(db).run(options, &progress);
    return printResult(args, result);
}

} // namespace

void addImportCommand(CLI::App& app, int& exitCode)
{
    auto args = std::make_shared<ImportArgs>();
    const char* user = std::getenv("USER");
    args->actor = user && *user ? user : "cli";
    CLI::App* cmd = app.add_subcommand("import", "Import a CSV file of transactions through a column mapping");
    cmd->add_option("--csv", args->csv, "CSV file to import")->required();
    cmd->add_option("--db", args->db, "Database file (created if missing)");
    auto* mapping = cmd->add_option("--mapping", args->mappingPath, "Mapping JSON file");
    auto* profile = cmd->add_option("--profile", args->profile, "Built-in mapping: demo or paysim");
    mapping->excludes(profile);
    cmd->add_option("--delimiter", args->delimiter, "Field delimiter: , ; tab | or auto (default: the mapping's, else sniffed)")
        ->check(CLI::IsMember({",", ";", "tab", "\\t", "\t", "|", "auto"}));
    cmd->add_option("--on-error", args->onError, "abort: store nothing if any row is bad; skip: store the good rows")
        ->check(CLI::IsMember({"abort", "skip"}))
        ->capture_default_str();
    cmd->add_option("--reject-report", args->rejectReport, "Where to write the CSV of rejected rows (default: DB.rejects.csv)");
    cmd->add_option("--actor", args->actor, "Name recorded in the audit log")->capture_default_str();
    cmd->add_flag("--force", args->force, "Import a file that was already imported");
    cmd->add_flag("--guess-mapping", args->guess, "Print a mapping guessed from the header and sample values, as JSON");
    cmd->add_flag("--quiet,-q", args->quiet, "No progress on stderr");
    cmd->callback([args, &exitCode] {
        try {
            exitCode = run(*args);
        } catch (const ingest::InputError& e) {
            std::cerr << e.what() << "\n";
            exitCode = kInputRejected;
        } catch (const store::StoreError& e) {
            std::cerr << "fraudlens-cli: import: " << e.what() << "\n";
            exitCode = kFailure;
        }
    });
}

} // namespace fraudlens::cli
