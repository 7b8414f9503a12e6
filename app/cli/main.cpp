#include "commands.h"
#include "exit_codes.h"

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

int main(int argc, char** argv)
{
    using namespace fraudlens::cli;
    CLI::App app{"FraudLens: e-commerce fraud and anomaly investigation, headless.", "fraudlens-cli"};
    app.set_version_flag("--version", std::string("fraudlens-cli ") + FRAUDLENS_VERSION);
    app.require_subcommand(1);
    int exitCode = kOk;
    addDemoCommand(app, exitCode);
    addImportCommand(app, exitCode);
    addStatsCommand(app, exitCode);
    addAuditCommand(app, exitCode);
    addScoreCommand(app, exitCode);
    addEvaluateCommand(app, exitCode);
    addFeaturesCommand(app, exitCode);
    addAlertsCommand(app, exitCode);
    addRulesCommand(app, exitCode);
    addLiveCommand(app, exitCode);
    addCaseCommand(app, exitCode);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kUsage;
    } catch (const std::exception& e) {
        std::cerr << "fraudlens-cli: " << e.what() << "\n";
        return kFailure;
    }
    return exitCode;
}
