#include "commands.h"
#include "exit_codes.h"

#include "store/database.h"
#include "store/dataset_stats.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace fraudlens::cli {

void addStatsCommand(CLI::App& app, int& exitCode)
{
    auto db = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    CLI::App* stats = app.add_subcommand("stats", "Counts, time range, fraud share and counts per pattern");
    stats->add_option("--db", *db, "Database file")->required();
    stats->add_flag("--json", *json, "Print JSON for scripts");
    stats->callback([db, json, &exitCode] {
        store::Database database(*db, store::OpenMode::ReadOnly);
        const auto result = store::DatasetStats::load(database);
        std::cout << (*json ? result.toJson() + "\n" : result.toText());
        exitCode = kOk;
    });
}

} // namespace fraudlens::cli
