#include "cases/dashboard_figures.h"

#include "cases/alert_status.h"
#include "eval/evaluation.h"
#include "store/database.h"
#include "store/read_transaction.h"
#include "store/statement.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>

namespace fraudlens::cases {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

constexpr std::array kStatuses = {AlertStatus::New, AlertStatus::InReview, AlertStatus::Escalated,
                                  AlertStatus::ConfirmedFraud, AlertStatus::FalsePositive};

bool exists(store::Database& db, const char* sql)
{
    store::Statement q(db, sql);
    return q.step() && q.columnInt(0) != 0;
}

// One pass over the time index. The CASE floors negative times too (SQLite's integer
// division truncates towards zero), so every hour starts on a multiple of an hour.
void loadHourly(store::Database& db, DashboardFigures& f)
{
    store::Statement q(db, "SELECT CASE WHEN ts >= 0 THEN ts / 3600000 ELSE (ts + 1) / 3600000 - 1 END AS hour, "
                           "COUNT(*) FROM transactions GROUP BY hour ORDER BY hour");
    std::vector<DashboardFigures::HourCount> sparse;
    while (q.step()) {
        sparse.push_back({q.columnInt(0) * kHourMs, q.columnInt(1)});
        f.transactions += sparse.back().count;
    }
    if (sparse.empty())
        return;
    const std::int64_t span = (sparse.back().hourStartMs - sparse.front().hourStartMs) / kHourMs + 1;
    if (span > DashboardFigures::kMaxFilledHours) {
        f.hourly = std::move(sparse);
        return;
    }
    f.hourly.reserve(static_cast<std::size_t>(span));
    std::int64_t hour = sparse.front().hourStartMs;
    for (const auto& h : sparse) {
        for (; hour < h.hourStartMs; hour += kHourMs)
            f.hourly.push_back({hour, 0});
        f.hourly.push_back(h);
        hour = h.hourStartMs + kHourMs;
    }
}

void loadBursts(store::Database& db, DashboardFigures& f)
{
    store::Statement q(db, "SELECT scope, hour_start, observed, expected, score FROM bursts "
                           "WHERE scope = 'platform' ORDER BY hour_start");
    while (q.step())
        f.platformBursts.push_back({q.columnText(0), q.columnInt(1), q.columnInt(2), q.columnDouble(3), q.columnDouble(4)});
    store::Statement merchants(db, "SELECT COUNT(*) FROM bursts WHERE scope <> 'platform'");
    merchants.step();
    f.merchantBursts = merchants.columnInt(0);
}

void loadAccounts(store::Database& db, DashboardFigures& f)
{
    store::Statement q(db, "SELECT COUNT(*), COALESCE(SUM(status = 'frozen'), 0) FROM accounts");
    q.step();
    f.accounts = q.columnInt(0);
    f.frozenAccounts = q.columnInt(1);
    store::Statement confirmed(db, "SELECT COUNT(DISTINCT account_id) FROM alerts WHERE status = ?");
    confirmed.bind(1, toString(AlertStatus::ConfirmedFraud));
    confirmed.step();
    f.confirmedFraudAccounts = confirmed.columnInt(0);
}

void loadAlertsByStatus(store::Database& db, DashboardFigures& f)
{
    std::map<std::string, std::int64_t, std::less<>> counts;
    store::Statement q(db, "SELECT status, COUNT(*) FROM alerts GROUP BY status");
    while (q.step())
        counts[q.columnText(0)] = q.columnInt(1);
    for (const AlertStatus status : kStatuses) {
        const auto it = counts.find(toString(status));
        const std::int64_t n = it == counts.end() ? 0 : it->second;
        f.alertsByStatus.push_back({std::string(toString(status)), n});
        f.alerts += n;
        if (isOpen(status))
            f.openAlerts += n;
    }
}

// Grouped by the detectors' JSON text first: an alert queue holds thousands of alerts
// but only a handful of distinct detector combinations, so little JSON is parsed.
void loadAlertsByDetector(store::Database& db, DashboardFigures& f)
{
    std::map<std::string, DashboardFigures::DetectorAlerts> byName;
    store::Statement q(db, "SELECT detectors, status, COUNT(*) FROM alerts GROUP BY detectors, status");
    while (q.step()) {
        const auto detectors = nlohmann::json::parse(q.columnText(0), nullptr, false);
        if (!detectors.is_array())
            continue;
        const auto status = alertStatusFromString(q.columnText(1));
        const bool open = status && isOpen(*status);
        const std::int64_t n = q.columnInt(2);
        for (const auto& name : detectors) {
            if (!name.is_string())
                continue;
            auto& entry = byName[name.get<std::string>()];
            entry.detector = name.get<std::string>();
            entry.all += n;
            if (open)
                entry.open += n;
        }
    }
    for (auto& [name, entry] : byName)
        f.alertsByDetector.push_back(std::move(entry));
    std::stable_sort(f.alertsByDetector.begin(), f.alertsByDetector.end(),
                     [](const auto& a, const auto& b) { return a.open != b.open ? a.open > b.open : a.all > b.all; });
}

void loadLatestRun(store::Database& db, DashboardFigures& f)
{
    store::Statement q(db, "SELECT id, finished_at, device, durations FROM scoring_runs ORDER BY id DESC LIMIT 1");
    if (!q.step())
        return;
    DashboardFigures::ScoringRun run;
    run.id = q.columnInt(0);
    run.finishedAtMs = q.columnInt(1);
    run.device = q.columnText(2);
    const auto durations = nlohmann::json::parse(q.columnText(3), nullptr, false);
    if (durations.is_object())
        for (const auto& [name, seconds] : durations.items())
            if (seconds.is_number())
                run.durationsSeconds.emplace_back(name, seconds.get<double>());
    f.latestRun = std::move(run);
}

void loadAuprc(store::Database& db, DashboardFigures& f)
{
    f.evaluated = true;
    if (!f.hasLabels || !exists(db, "SELECT EXISTS (SELECT 1 FROM scores)"))
        return;
    const auto evaluation = eval::Evaluation::fromDatabase(db);
    for (const auto& [name, report] : evaluation.detectors)
        f.auprc.push_back({name, report.auprc});
}

} // namespace

DashboardFigures DashboardFigures::load(store::Database& db, bool withAuprc)
{
    // Every figure describes the same moment, even while the writer commits between two
    // of the queries.
    const store::ReadTransaction snapshot(db);
    DashboardFigures f;
    loadHourly(db, f);
    loadBursts(db, f);
    loadAccounts(db, f);
    loadAlertsByStatus(db, f);
    loadAlertsByDetector(db, f);
    loadLatestRun(db, f);
    // Stops at the first labelled row; scans the table only when there is none.
    f.hasLabels = exists(db, "SELECT EXISTS (SELECT 1 FROM transactions WHERE label IS NOT NULL)");
    if (withAuprc)
        loadAuprc(db, f);
    return f;
}

DashboardFigures DashboardFigures::refreshCases(store::Database& db, DashboardFigures previous)
{
    const store::ReadTransaction snapshot(db);
    DashboardFigures f = std::move(previous);
    f.alerts = 0;
    f.openAlerts = 0;
    f.alertsByStatus.clear();
    f.alertsByDetector.clear();
    loadAccounts(db, f);
    loadAlertsByStatus(db, f);
    loadAlertsByDetector(db, f);
    return f;
}

} // namespace fraudlens::cases
