#include "commands.h"
#include "exit_codes.h"

#include "cases/alert_status.h"
#include "cases/case_desk.h"
#include "cases/case_error.h"
#include "store/database.h"
#include "store/statement.h"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <functional>
#include <optional>
#include <iostream>
#include <memory>

namespace fraudlens::cli {

namespace {

struct CaseArgs {
    std::string db;
    std::string actor;
    std::int64_t alert = 0;
    std::string to;
    std::string note;
    std::string account;
    std::string reason;
};

std::int64_t accountId(store::Database& db, const std::string& externalId)
{
    store::Statement s(db, "SELECT id FROM accounts WHERE external_id = ?");
    s.bind(1, externalId);
    if (!s.step())
        throw cases::CaseError("no account '" + externalId + "' in " + db.path());
    return s.columnInt(0);
}

cases::AlertStatus currentStatus(store::Database& db, std::int64_t alertId)
{
    store::Statement s(db, "SELECT status FROM alerts WHERE id = ?");
    s.bind(1, alertId);
    if (!s.step())
        throw cases::CaseError("no alert #" + std::to_string(alertId) + " in " + db.path());
    return *cases::alertStatusFromString(s.columnText(0));
}

// Runs one decision; a refused one (conflict, missing reason) exits 3 with the reason.
void decide(int& exitCode, const std::function<std::string()>& action)
{
    try {
        std::cout << action() << "\n";
        exitCode = kOk;
    } catch (const cases::CaseError& e) {
        std::cerr << "not done: " << e.what() << "\n";
        exitCode = kInputRejected;
    }
}

CLI::App* withCommon(CLI::App* cmd, CaseArgs& args)
{
    cmd->add_option("--db", args.db, "Database file")->required();
    cmd->add_option("--actor", args.actor, "Name recorded in the audit log")->capture_default_str();
    return cmd;
}

} // namespace

void addCaseCommand(CLI::App& app, int& exitCode)
{
    auto args = std::make_shared<CaseArgs>();
    const char* user = std::getenv("USER");
    args->actor = user && *user ? user : "cli";
    CLI::App* caseCmd = app.add_subcommand("case", "Record decisions on alerts and accounts (each audited)");
    caseCmd->require_subcommand(1);

    CLI::App* status = withCommon(caseCmd->add_subcommand("status", "Move an alert to another status"), *args);
    status->add_option("--alert", args->alert, "Alert id")->required();
    status->add_option("--to", args->to, "new, in_review, confirmed_fraud, false_positive or escalated")
        ->required()
        ->check(CLI::IsMember({"new", "in_review", "confirmed_fraud", "false_positive", "escalated"}));
    status->add_option("--note", args->note, "Why, in the analyst's words");
    status->callback([args, &exitCode] {
        store::Database db(args->db, store::OpenMode::ReadWrite);
        decide(exitCode, [&] {
            const auto next = *cases::alertStatusFromString(args->to);
            cases::CaseDesk(db, args->actor).setAlertStatus(args->alert, currentStatus(db, args->alert), next, args->note);
            return "alert #" + std::to_string(args->alert) + " is now " + args->to;
        });
    });

    for (const bool freeze : {true, false}) {
        CLI::App* cmd = withCommon(caseCmd->add_subcommand(freeze ? "freeze" : "unfreeze",
                                                           freeze ? "Freeze an account" : "Unfreeze an account"),
                                   *args);
        cmd->add_option("--account", args->account, "Account id as in the data")->required();
        cmd->add_option("--reason", args->reason, "Why (required)")->required();
        cmd->callback([args, freeze, &exitCode] {
            store::Database db(args->db, store::OpenMode::ReadWrite);
            decide(exitCode, [&] {
                cases::CaseDesk(db, args->actor).setAccountFrozen(accountId(db, args->account), freeze, args->reason);
                return args->account + (freeze ? " frozen" : " unfrozen");
            });
        });
    }

    CLI::App* note = withCommon(caseCmd->add_subcommand("note", "Add a note to an account"), *args);
    note->add_option("--account", args->account, "Account id as in the data")->required();
    note->add_option("--text", args->note, "The note")->required();
    note->add_option("--alert", args->alert, "The alert it is about");
    note->callback([args, &exitCode] {
        store::Database db(args->db, store::OpenMode::ReadWrite);
        decide(exitCode, [&] {
            std::optional<std::int64_t> alert;
            if (args->alert > 0)
                alert = args->alert;
            const auto id = cases::CaseDesk(db, args->actor).addNote(accountId(db, args->account), alert, args->note);
            return "note #" + std::to_string(id) + " added to " + args->account;
        });
    });
}

} // namespace fraudlens::cli
