#include "commands.h"
#include "exit_codes.h"
#include "terminal_progress.h"

#include "models/compute_device.h"
#include "models/model_error.h"
#include "scoring/scoring_job.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace fraudlens::cli {

namespace {

struct ScoreArgs {
    std::string db;
    std::string device = "auto";
    int threads = 0;
    int epochs = 0;
    std::uint64_t seed = 42;
    bool reuse = false;
    double budget = 0.01;
    double threshold = -1.0;
    std::string actor = "fraudlens-cli";
    bool quiet = false;
    bool json = false;
};

int runScore(const ScoreArgs& args)
{
    scoring::ScoringOptions options;
    try {
        options.device = models::ComputeDevice::parseRequest(args.device);
    } catch (const models::ModelError& e) {
        std::cerr << "fraudlens-cli score: " << e.what() << "\n";
        return kUsage;
    }
    options.threads = args.threads;
    options.epochs = args.epochs;
    options.seed = args.seed;
    options.reuseModels = args.reuse;
    options.alerts.budget = args.budget;
    if (args.threshold >= 0.0)
        options.alerts.threshold = static_cast<float>(args.threshold);
    options.actor = args.actor;
    TerminalProgress progress(args.quiet);
    std::optional<scoring::ScoringRunSummary> summary;
    try {
        summary = scoring::ScoringJob::run(args.db, options, &progress);
    } catch (const models::ModelError& e) {
        std::cerr << "fraudlens-cli score: " << e.what() << "\n";
        return kFailure;
    }
    if (!summary) {
        std::cerr << "scoring cancelled; the previous results are unchanged\n";
        return kCancelled;
    }
    if (args.json) {
        std::cout << nlohmann::json{{"run", summary->runId},
                                    {"device", summary->device},
                                    {"durations", nlohmann::json::parse(summary->durationsJson)},
                                    {"summary", nlohmann::json::parse(summary->summaryJson)}}
                         .dump()
                  << "\n";
    } else {
        std::cout << "scored " << summary->transactions << " transactions on " << summary->device << " as run #"
                  << summary->runId << ": " << summary->alerts << " alerts, " << summary->rings << " rings\n";
    }
    return kOk;
}

} // namespace

void addScoreCommand(CLI::App& app, int& exitCode)
{
    auto args = std::make_shared<ScoreArgs>();
    CLI::App* cmd = app.add_subcommand("score", "Train or load the models, score every transaction, find rings, raise alerts");
    cmd->add_option("--db", args->db, "Database file")->required();
    cmd->add_option("--device", args->device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    cmd->add_option("--threads", args->threads, "Threads for the models (0: all cores)")->check(CLI::Range(0, 256));
    cmd->add_option("--epochs", args->epochs, "Training epochs for each model (0: the models' defaults)")->check(CLI::Range(0, 1000));
    cmd->add_option("--seed", args->seed, "Random seed: the same seed gives the same scores on CPU");
    cmd->add_flag("--reuse-models", args->reuse, "Load the latest registered models instead of training");
    cmd->add_option("--alert-budget", args->budget, "Share of transactions flagged for review (default 0.01)")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--threshold", args->threshold, "Flag transactions whose fused risk reaches this instead of a budget")
        ->check(CLI::Range(0.0, 1.0));
    cmd->add_option("--actor", args->actor, "Name recorded in the audit log");
    cmd->add_flag("--quiet", args->quiet, "No progress line");
    cmd->add_flag("--json", args->json, "Print the run summary as JSON");
    cmd->callback([args, &exitCode] { exitCode = runScore(*args); });
}

} // namespace fraudlens::cli
