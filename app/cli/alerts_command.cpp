#include "commands.h"
#include "exit_codes.h"

#include "store/database.h"
#include "store/statement.h"
#include "util/clock.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace fraudlens::cli {

namespace {

struct AlertsArgs {
    std::string db;
    int top = 20;
    std::string status = "open";
    bool json = false;
};

int listAlerts(const AlertsArgs& args)
{
    store::Database db(args.db, store::OpenMode::ReadOnly);
    std::string where;
    if (args.status == "open")
        where = "WHERE a.status IN ('new', 'in_review', 'escalated') ";
    else if (args.status != "all")
        where = "WHERE a.status = ?1 ";
    store::Statement s(db, "SELECT a.id, acc.external_id, a.status, a.priority, a.risk, a.detectors, a.reasons, "
                           "a.ring_id, a.created_at, (SELECT COUNT(*) FROM alert_transactions t WHERE t.alert_id = a.id), "
                           "acc.status "
                           "FROM alerts a JOIN accounts acc ON acc.id = a.account_id " + where +
                           "ORDER BY a.priority DESC, a.id LIMIT ?2");
    if (args.status != "open" && args.status != "all")
        s.bind(1, std::string_view(args.status));
    s.bind(2, static_cast<std::int64_t>(args.top));
    nlohmann::json list = nlohmann::json::array();
    while (s.step()) {
        list.push_back({{"id", s.columnInt(0)},
                        {"account", s.columnText(1)},
                        {"status", s.columnText(2)},
                        {"priority", s.columnDouble(3)},
                        {"risk", s.columnDouble(4)},
                        {"detectors", nlohmann::json::parse(s.columnText(5))},
                        {"reasons", nlohmann::json::parse(s.columnText(6))},
                        {"ring", s.columnIsNull(7) ? nlohmann::json(nullptr) : nlohmann::json(s.columnInt(7))},
                        {"created_at", util::formatIsoUtc(s.columnInt(8))},
                        {"transactions", s.columnInt(9)},
                        {"account_status", s.columnText(10)}});
    }
    if (args.json) {
        std::cout << list.dump() << "\n";
        return kOk;
    }
    if (list.empty()) {
        std::cout << "no alerts (" << args.status << ")\n";
        return kOk;
    }
    for (const auto& a : list) {
        char head[256];
        std::snprintf(head, sizeof head, "#%-6lld risk %.3f  %-10s %-14s %lld tx", static_cast<long long>(a["id"].get<std::int64_t>()),
                      a["risk"].get<double>(), a["status"].get<std::string>().c_str(), a["account"].get<std::string>().c_str(),
                      static_cast<long long>(a["transactions"].get<std::int64_t>()));
        std::cout << head << "  [";
        for (std::size_t d = 0; d < a["detectors"].size(); ++d)
            std::cout << (d ? ", " : "") << a["detectors"][d].get<std::string>();
        std::cout << "]\n";
        for (const auto& reason : a["reasons"])
            std::cout << "        - " << reason.get<std::string>() << "\n";
    }
    return kOk;
}

} // namespace

void addAlertsCommand(CLI::App& app, int& exitCode)
{
    auto args = std::make_shared<AlertsArgs>();
    CLI::App* cmd = app.add_subcommand("alerts", "List alerts by priority, with their reasons");
    cmd->add_option("--db", args->db, "Database file")->required();
    cmd->add_option("--top", args->top, "How many (default 20)")->check(CLI::Range(1, 10000000));
    cmd->add_option("--status", args->status, "open (default), all, new, in_review, confirmed_fraud, false_positive, escalated")
        ->check(CLI::IsMember({"open", "all", "new", "in_review", "confirmed_fraud", "false_positive", "escalated"}));
    cmd->add_flag("--json", args->json, "Print JSON for scripts");
    cmd->callback([args, &exitCode] { exitCode = listAlerts(*args); });
}

} // namespace fraudlens::cli
