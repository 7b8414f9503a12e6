#include "commands.h"
#include "exit_codes.h"

#include "eval/evaluation.h"
#include "store/database.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace fraudlens::cli {

void addEvaluateCommand(CLI::App& app, int& exitCode)
{
    auto db = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    CLI::App* cmd = app.add_subcommand("evaluate", "Measure the latest scores against the labels in the data");
    cmd->add_option("--db", *db, "Database file")->required();
    cmd->add_flag("--json", *json, "Print JSON for scripts");
    cmd->callback([db, json, &exitCode] {
        store::Database database(*db, store::OpenMode::ReadOnly);
        const auto evaluation = eval::Evaluation::fromDatabase(database);
        std::cout << (*json ? evaluation.toJson() + "\n" : evaluation.toText());
        exitCode = kOk;
    });
}

} // namespace fraudlens::cli
