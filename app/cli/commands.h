#pragma once

namespace CLI {
class App;
}

namespace fraudlens::cli {

// Each registers its subcommand; the callback stores the exit code in `exitCode`.
void addDemoCommand(CLI::App& app, int& exitCode);
void addImportCommand(CLI::App& app, int& exitCode);
void addStatsCommand(CLI::App& app, int& exitCode);
void addAuditCommand(CLI::App& app, int& exitCode);
void addScoreCommand(CLI::App& app, int& exitCode);
void addEvaluateCommand(CLI::App& app, int& exitCode);
void addFeaturesCommand(CLI::App& app, int& exitCode);
void addAlertsCommand(CLI::App& app, int& exitCode);
void addRulesCommand(CLI::App& app, int& exitCode);
void addLiveCommand(CLI::App& app, int& exitCode);
void addCaseCommand(CLI::App& app, int& exitCode);

} // namespace fraudlens::cli
