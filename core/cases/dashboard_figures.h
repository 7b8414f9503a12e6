#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::cases {

// The figures of the dashboard, read in one go on a worker thread. Everything here is
// counted from the database; nothing is estimated.
struct DashboardFigures {
    struct HourCount {
        std::int64_t hourStartMs = 0;
        std::int64_t count = 0;
    };
    struct BurstHour {
        std::string scope; // "platform" or "merchant:<name>"
        std::int64_t hourStartMs = 0;
        std::int64_t observed = 0;
        double expected = 0.0;
        double score = 0.0;
    };
    struct DetectorAlerts {
        std::string detector;
        std::int64_t open = 0;
        std::int64_t all = 0;
    };
    struct StatusAlerts {
        std::string status; // the alerts.status text, in workflow order
        std::int64_t count = 0;
    };
    struct ScoringRun {
        std::int64_t id = 0;
        std::int64_t finishedAtMs = 0;
        std::string device;
        std::vector<std::pair<std::string, double>> durationsSeconds; // stage name → seconds
    };
    struct DetectorAuprc {
        std::string detector; // "fused" first, then each detector
        double auprc = 0.0;   // NaN when undefined (no positives among the labelled rows)
    };

    std::int64_t transactions = 0;
    std::int64_t accounts = 0;
    std::int64_t frozenAccounts = 0;
    std::int64_t alerts = 0;
    std::int64_t openAlerts = 0;
    std::int64_t confirmedFraudAccounts = 0; // distinct accounts with a confirmed_fraud alert
    bool hasLabels = false;                  // some transaction carries a label (0 or 1)

    // Every hour from the first transaction's to the last's, empty hours included (up to a
    // bound; see kMaxFilledHours), so that a line drawn through them drops to zero.
    std::vector<HourCount> hourly;
    std::vector<BurstHour> platformBursts; // time order
    std::int64_t merchantBursts = 0;

    std::vector<DetectorAlerts> alertsByDetector; // most alerts first
    std::vector<StatusAlerts> alertsByStatus;     // every status, zeros included
    std::optional<ScoringRun> latestRun;

    // Filled only when asked for, and only when the data has labels and scores.
    bool evaluated = false;
    std::vector<DetectorAuprc> auprc;

    // Beyond this span the hours are left sparse: a stray timestamp decades away must not
    // make the dashboard allocate an hour for every hour in between.
    static constexpr std::int64_t kMaxFilledHours = 24 * 366 * 20;

    // withAuprc runs eval::Evaluation over every scored transaction: about a second on a
    // few million rows, so a reload after an alert decision (which changes no score or
    // label) may skip it and keep the previous figures.
    static DashboardFigures load(store::Database& db, bool withAuprc = true);
    // `previous` with only what an analyst's decision changes read again: frozen accounts,
    // alerts by status and detector, confirmed fraud. The hourly series, bursts, the latest
    // run and the AUPRC figures are kept: no decision changes them, and the hourly series is
    // the dashboard's most expensive read.
    static DashboardFigures refreshCases(store::Database& db, DashboardFigures previous);
};

} // namespace fraudlens::cases
