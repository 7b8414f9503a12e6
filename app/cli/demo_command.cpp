#include "commands.h"
#include "exit_codes.h"
#include "terminal_progress.h"

#include "store/database.h"
#include "synth/demo_exporter.h"
#include "synth/demo_generator.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace fraudlens::cli {

void addDemoCommand(CLI::App& app, int& exitCode)
{
    struct Options {
        std::string db, csv;
        synth::DemoConfig config;
        bool quiet = false;
    };
    auto options = std::make_shared<Options>();
    CLI::App* demo = app.add_subcommand("demo", "Build the labelled demo data set (a database and/or a CSV)");
    demo->add_option("--db", options->db, "Database file to create");
    demo->add_option("--csv", options->csv, "Also write the same data as CSV (demo profile columns)");
    demo->add_option("--accounts", options->config.accounts, "Number of accounts")->check(CLI::Range(50, 5'000'000))->capture_default_str();
    demo->add_option("--days", options->config.days, "Days of activity")->check(CLI::Range(1, 3650))->capture_default_str();
    demo->add_option("--seed", options->config.seed, "Random seed (same seed, same data)")->capture_default_str();
    demo->add_flag("--quiet,-q", options->quiet, "No progress on stderr");
    demo->callback([options, &exitCode] {
        if (options->db.empty() && options->csv.empty())
            throw CLI::ValidationError("demo", "give --db FILE, --csv FILE or both");
        TerminalProgress progress(options->quiet);
        synth::DemoGenerator generator(options->config);
        const auto records = generator.generate(&progress);
        if (TerminalProgress::interrupted()) {
            exitCode = kCancelled;
            return;
        }
        try {
            if (!options->csv.empty())
                synth::DemoExporter::toCsv(options->csv, records);
            if (!options->db.empty()) {
                store::Database db(options->db, store::OpenMode::Create);
                if (!synth::DemoExporter::toDatabase(db, options->config, records, &progress, "cli")) {
                    std::cerr << "fraudlens-cli: demo: cancelled; nothing was stored\n";
                    exitCode = kCancelled;
                    return;
                }
            }
        } catch (const std::exception& e) {
            std::cerr << "fraudlens-cli: demo: " << e.what() << "\n";
            exitCode = kInputRejected;
            return;
        }
        if (!options->quiet)
            std::cerr << "demo: " << records.size() << " transactions from " << options->config.accounts
                      << " accounts over " << options->config.days << " days (seed " << options->config.seed << ")\n";
        exitCode = kOk;
    });
}

} // namespace fraudlens::cli
