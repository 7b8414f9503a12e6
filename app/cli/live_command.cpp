#include "commands.h"
#include "exit_codes.h"
#include "live_printer.h"
#include "terminal_progress.h"

#include "ingest/builtin_profiles.h"
#include "ingest/csv_error.h"
#include "live/live_input.h"
#include "live/live_scorer.h"
#include "live/live_session.h"
#include "models/model_error.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/store_error.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <system_error>

namespace fraudlens::cli {

namespace {

struct LiveArgs {
    std::string db, follow, listen, mappingPath, profile, format = "auto", actor;
    bool fromStart = false, standardInput = false, quiet = false;
    std::int64_t max = 0;
    double idleExit = 0.0;
    int group = 256;
    int groupMs = 20;
    int spacingUs = 250;
    int threads = 0;
};

struct ListenAddress {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;
};

// "[HOST:]PORT": a bare port is loopback's. An IPv6 host goes in brackets, "[::1]:9000".
ListenAddress parseListen(const std::string& text)
{
    ListenAddress address;
    std::string port = text;
    if (text.starts_with('[')) {
        const std::size_t close = text.find("]:");
        if (close == std::string::npos)
            throw CLI::ValidationError("--listen", "expected [IPV6]:PORT, got '" + text + "'");
        address.host = text.substr(1, close - 1);
        port = text.substr(close + 2);
    } else if (const std::size_t colon = text.find(':'); colon != std::string::npos) {
        if (text.find(':', colon + 1) != std::string::npos)
            throw CLI::ValidationError("--listen", "write an IPv6 address in brackets, as [::1]:9000");
        address.host = text.substr(0, colon);
        port = text.substr(colon + 1);
    }
    int value = -1;
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (error != std::errc() || end != port.data() + port.size() || value < 0 || value > 65535 || address.host.empty())
        throw CLI::ValidationError("--listen", "expected [HOST:]PORT with a port from 0 to 65535, got '" + text + "'");
    address.port = static_cast<std::uint16_t>(value);
    return address;
}

bool isLoopback(const std::string& host)
{
    return host == "localhost" || host == "::1" || host.starts_with("127.");
}

ingest::Mapping mappingFrom(const LiveArgs& args)
{
    if (!args.mappingPath.empty())
        return ingest::Mapping::fromFile(args.mappingPath);
    const std::string name = args.profile.empty() ? std::string("demo") : args.profile;
    auto profile = ingest::builtinProfile(name);
    if (!profile)
        throw CLI::ValidationError("--profile", "unknown profile '" + name + "' (known: demo, paysim)");
    return std::move(*profile);
}

live::LiveRecordParser::Format formatFrom(const std::string& text)
{
    if (text == "csv")
        return live::LiveRecordParser::Format::Csv;
    if (text == "json")
        return live::LiveRecordParser::Format::JsonLines;
    return live::LiveRecordParser::Format::Auto;
}

bool hasScoringRun(store::Database& db)
{
    store::Statement runs(db, "SELECT EXISTS (SELECT 1 FROM scoring_runs)");
    return runs.step() && runs.columnInt(0) != 0;
}

std::unique_ptr<live::LiveInput> openInput(const LiveArgs& args, const ListenAddress& address)
{
    if (args.standardInput)
        return live::LiveInput::standardInput();
    if (!args.follow.empty()) {
        auto input = live::LiveInput::follow(args.follow, args.fromStart);
        // Tests and scripts wait for this line before appending: from here on nothing is missed.
        std::cerr << "live: following " << args.follow << (args.fromStart ? " from its start" : " from its end") << std::endl;
        return input;
    }
    auto input = live::LiveInput::listen(address.host, address.port);
    if (!isLoopback(address.host))
        std::cerr << "warning: listening on " << input->address()
                  << ", which is reachable from the network: anyone who can connect can store transactions "
                     "(there is no authentication; the default, a bare port, listens on 127.0.0.1 only)\n";
    std::cerr << "live: listening on " << input->address() << " for JSON lines" << std::endl;
    return input;
}

int runLive(const LiveArgs& args)
{
    const int sources = (args.standardInput ? 1 : 0) + (args.follow.empty() ? 0 : 1) + (args.listen.empty() ? 0 : 1);
    if (sources != 1)
        throw CLI::ValidationError("live", "give exactly one of --follow FILE, --stdin or --listen [HOST:]PORT");
    if (args.fromStart && args.follow.empty())
        throw CLI::ValidationError("--from-start", "only goes with --follow");
    const ListenAddress address = args.listen.empty() ? ListenAddress{} : parseListen(args.listen);

    live::LiveSession::Options options;
    options.mapping = mappingFrom(args);
    options.format = formatFrom(args.format);
    options.actor = args.actor;
    options.groupRecords = static_cast<std::size_t>(args.group);
    options.groupDelay = std::chrono::milliseconds(args.groupMs);
    options.commitSpacing = std::chrono::microseconds(args.spacingUs);
    options.maxTransactions = args.max;
    options.idleExit = std::chrono::milliseconds(static_cast<std::int64_t>(args.idleExit * 1000.0));

    store::Database db(args.db, store::OpenMode::ReadWrite);
    if (!hasScoringRun(db)) {
        std::cerr << "fraudlens-cli live: " << args.db << " has no scoring run, and live scoring uses the last "
                  << "run's models: run `fraudlens-cli score --db " << args.db << "` first\n";
        return kFailure;
    }

    // Before the warm-up: a taken port or a wrong address fails at once, and a client
    // may connect (and a file grow) while the models load.
    std::unique_ptr<live::LiveInput> input;
    try {
        input = openInput(args, address);
    } catch (const std::system_error& e) {
        std::cerr << "fraudlens-cli live: " << e.what() << "\n";
        return kFailure;
    } catch (const std::runtime_error& e) {
        std::cerr << "fraudlens-cli live: " << e.what() << "\n";
        return kFailure;
    }

    std::unique_ptr<live::LiveScorer> scorer;
    {
        TerminalProgress progress(args.quiet);
        live::LiveScorer::Options scorerOptions;
        scorerOptions.threads = args.threads;
        try {
            scorer = live::LiveScorer::open(db, scorerOptions, &progress);
        } catch (const models::ModelError& e) {
            std::cerr << "fraudlens-cli live: " << e.what() << " (fraudlens-cli score --db " << args.db << ")\n";
            return kFailure;
        }
    }
    if (!scorer) {
        std::cerr << "live: cancelled before the first transaction; nothing was stored\n";
        return kCancelled;
    }

    // From here Ctrl-C and SIGTERM only ask the session to stop: it commits what is
    // pending, records the stop and prints the summary (TerminalProgress's handlers).
    TerminalProgress signals(/*quiet=*/true);
    LivePrinter printer(args.quiet);
    live::LiveSession session(db, *scorer, *input, options, printer);
    std::cerr << "live: ready, scoring with run #" << scorer->runId() << " (alert cut " << scorer->alertThreshold()
              << ") as import #" << session.importId() << std::endl;

    live::LiveSession::Summary summary;
    try {
        summary = session.run();
    } catch (const std::exception& e) {
        std::cout.flush();
        std::cerr << "fraudlens-cli live: " << e.what()
                  << "; every transaction acknowledged so far is kept: what is not stored yet is in the session's "
                     "journal, and the next live session on this database stores it\n";
        return kFailure;
    }
    char rate[64];
    std::snprintf(rate, sizeof rate, "%.1f s, %.0f/s", summary.seconds, summary.rate());
    std::cerr << "live: stopped (" << summary.endedBy << "): " << summary.counts.stored << " transactions in " << rate
              << ", " << summary.counts.alertsRaised << " alerts raised, " << summary.counts.alertsUpdated
              << " updated, " << summary.counts.blocked << " blocked, " << summary.counts.rejected << " bad lines"
              << std::endl;
    const auto printLatency = [](const char* what, const live::LatencyHistogram& histogram) {
        if (histogram.count() == 0)
            return;
        char latency[200];
        std::snprintf(latency, sizeof latency, "live: read to %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms", what,
                      histogram.quantile(0.5) * 1e3, histogram.quantile(0.99) * 1e3, histogram.max() * 1e3);
        std::cerr << latency << std::endl;
    };
    printLatency("acknowledged", summary.latency);
    printLatency("stored (in the database, alerts raised)", summary.storedLatency);
    return summary.inputFailed ? kFailure : kOk;
}

} // namespace

void addLiveCommand(CLI::App& app, int& exitCode)
{
    auto args = std::make_shared<LiveArgs>();
    const char* user = std::getenv("USER");
    args->actor = user && *user ? user : "cli";
    CLI::App* cmd = app.add_subcommand("live", "Score transactions as they arrive: store them, raise alerts, block frozen accounts");
    cmd->add_option("--db", args->db, "Database file, scored at least once")->required();
    cmd->add_option("--follow", args->follow, "Follow a growing CSV or JSON-lines file (survives truncation and rotation)");
    cmd->add_flag("--from-start", args->fromStart, "With --follow: read the file's existing lines too");
    cmd->add_flag("--stdin", args->standardInput, "Read CSV or JSON lines from standard input");
    cmd->add_option("--listen", args->listen,
                    "Take JSON lines over TCP on [HOST:]PORT; a bare port listens on 127.0.0.1 only");
    auto* mapping = cmd->add_option("--mapping", args->mappingPath, "Mapping JSON file (default: the demo profile)");
    auto* profile = cmd->add_option("--profile", args->profile, "Built-in mapping: demo or paysim");
    mapping->excludes(profile);
    cmd->add_option("--format", args->format, "auto (from the first line), csv or json")
        ->check(CLI::IsMember({"auto", "csv", "json"}))
        ->capture_default_str();
    cmd->add_option("--actor", args->actor, "Name recorded in the audit log")->capture_default_str();
    cmd->add_flag("--quiet,-q", args->quiet, "Print only ALERT and BLOCKED lines on stdout");
    cmd->add_option("--max", args->max, "Stop after storing N transactions")->check(CLI::Range(std::int64_t(1), INT64_MAX));
    cmd->add_option("--idle-exit", args->idleExit, "Stop after SECONDS without input")->check(CLI::Range(0.001, 1e9));
    cmd->add_option("--group", args->group, "Acknowledge at most N transactions with one journal write")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    cmd->add_option("--group-ms", args->groupMs, "Commit what was acknowledged to the database at most every MS")
        ->check(CLI::Range(0, 60000))
        ->capture_default_str();
    cmd->add_option("--commit-spacing-us", args->spacingUs,
                    "Within US of the last journal write, gather arrivals into the next (0: acknowledge what each read brings)")
        ->check(CLI::Range(0, 1000000))
        ->capture_default_str();
    cmd->add_option("--threads", args->threads, "Threads for the models (0: LibTorch's default)")->check(CLI::Range(0, 256));
    cmd->callback([args, &exitCode] {
        try {
            exitCode = runLive(*args);
        } catch (const ingest::InputError& e) {
            std::cerr << e.what() << "\n";
            exitCode = kInputRejected;
        } catch (const store::StoreError& e) {
            std::cerr << "fraudlens-cli live: " << e.what() << "\n";
            exitCode = kFailure;
        }
    });
}

} // namespace fraudlens::cli
