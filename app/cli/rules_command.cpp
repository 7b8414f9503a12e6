#include "commands.h"
#include "exit_codes.h"
#include "terminal_progress.h"

#include "features/feature_matrix.h"
#include "features/feature_names.h"
#include "rules/default_rules.h"
#include "rules/rule_backtest.h"
#include "rules/rule_error.h"
#include "rules/rule_set.h"
#include "rules/rule_store.h"
#include "scoring/backtest_input.h"
#include "store/database.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <memory>

namespace fraudlens::cli {

namespace {

struct RulesArgs {
    std::string db, name, expression, severity = "medium", description, rename, actor;
    bool json = false, disabled = false, quiet = false;
};

// A rule problem is the user's input, not a failure of the program: exit 2 with the
// message, which already names the rule and the column.
void guarded(int& exitCode, const std::function<int()>& body)
{
    try {
        exitCode = body();
    } catch (const rules::RuleError& error) {
        std::cerr << error.what() << "\n";
        exitCode = kUsage;
    }
}

rules::Severity severityArg(const std::string& text)
{
    // IsMember already checked the word.
    return rules::severityFromString(text).value_or(rules::Severity::Medium);
}

void printList(const std::vector<rules::Rule>& list, bool json, const std::string& db)
{
    if (json) {
        auto out = nlohmann::json::array();
        for (const auto& rule : list)
            out.push_back({{"id", rule.id},
                           {"name", rule.name},
                           {"expression", rule.expression},
                           {"severity", std::string(rules::toString(rule.severity))},
                           {"enabled", rule.enabled},
                           {"description", rule.description},
                           {"updated_at", rule.updatedAtMs}});
        std::cout << out.dump(2) << "\n";
        return;
    }
    if (list.empty()) {
        std::cout << "no rules; install the default set with: fraudlens-cli rules install-defaults --db " << db << "\n";
        return;
    }
    std::size_t width = 4;
    for (const auto& rule : list)
        width = std::max(width, rule.name.size());
    for (const auto& rule : list) {
        std::string severity(rules::toString(rule.severity));
        std::cout << rule.name << std::string(width + 2 - rule.name.size(), ' ') << severity
                  << std::string(8 - severity.size(), ' ') << (rule.enabled ? "on   " : "off  ") << rule.expression << "\n";
    }
}

int backtest(const RulesArgs& args)
{
    store::Database database(args.db, store::OpenMode::ReadOnly);
    TerminalProgress progress(args.quiet);
    std::vector<std::int8_t> labels;
    features::FeatureMatrix matrix = scoring::loadFeatureMatrixForBacktest(database, &progress, labels);
    auto stored = rules::RuleStore(database, matrix.schema).list();
    if (stored.empty()) {
        std::cerr << "no rules stored; backtesting the default set\n";
        stored = rules::DefaultRules::builtin();
    }
    // Rules written for extra columns this data lacks are reported, not fatal.
    const rules::RuleSet set(std::move(stored), matrix.schema, rules::InvalidRules::Skip);
    const auto result = rules::RuleBacktest::run(set, matrix, labels);
    std::cout << (args.json ? result.toJson() + "\n" : result.toText());
    return kOk;
}

int edit(const RulesArgs& args, bool severityGiven, bool expressionGiven, bool descriptionGiven)
{
    store::Database database(args.db, store::OpenMode::ReadWrite);
    rules::RuleStore store(database, features::defaultFeatureSchema());
    auto rule = store.find(args.name);
    if (!rule)
        throw rules::RuleError(args.name, rules::RuleError("no such rule"));
    if (expressionGiven)
        rule->expression = args.expression;
    if (severityGiven)
        rule->severity = severityArg(args.severity);
    if (descriptionGiven)
        rule->description = args.description;
    if (!args.rename.empty())
        rule->name = args.rename;
    store.update(*rule, args.actor);
    std::cout << "updated rule '" << rule->name << "'\n";
    return kOk;
}

CLI::App* withDb(CLI::App* cmd, RulesArgs& args)
{
    cmd->add_option("--db", args.db, "Database file")->required();
    return cmd;
}

CLI::App* withActor(CLI::App* cmd, RulesArgs& args)
{
    cmd->add_option("--actor", args.actor, "Name recorded in the audit log")->capture_default_str();
    return cmd;
}

} // namespace

void addRulesCommand(CLI::App& app, int& exitCode)
{
    auto args = std::make_shared<RulesArgs>();
    const char* user = std::getenv("USER");
    args->actor = user && *user ? user : "cli";
    CLI::App* rulesCmd = app.add_subcommand("rules", "List, edit and backtest the detection rules");
    rulesCmd->require_subcommand(1);

    CLI::App* list = withDb(rulesCmd->add_subcommand("list", "Show the stored rules"), *args);
    list->add_flag("--json", args->json, "Print JSON for scripts");
    list->callback([args, &exitCode] {
        guarded(exitCode, [&] {
            store::Database database(args->db, store::OpenMode::ReadOnly);
            printList(rules::RuleStore(database, features::defaultFeatureSchema()).list(), args->json, args->db);
            return kOk;
        });
    });

    CLI::App* add = withActor(withDb(rulesCmd->add_subcommand("add", "Add a rule (checked before it is stored)"), *args), *args);
    add->add_option("--name", args->name, "Unique rule name")->required();
    add->add_option("--expr", args->expression, "Condition, e.g. \"amount > 5 * acct_median_amount and new_device\"")
        ->required();
    add->add_option("--severity", args->severity, "low, medium or high")
        ->check(CLI::IsMember({"low", "medium", "high"}))
        ->capture_default_str();
    add->add_option("--description", args->description, "Why the rule exists, for the analyst who reads an alert");
    add->add_flag("--disabled", args->disabled, "Store the rule switched off (backtest it first)");
    add->callback([args, &exitCode] {
        guarded(exitCode, [&] {
            store::Database database(args->db, store::OpenMode::ReadWrite);
            rules::Rule rule;
            rule.name = args->name;
            rule.expression = args->expression;
            rule.severity = severityArg(args->severity);
            rule.description = args->description;
            rule.enabled = !args->disabled;
            rule = rules::RuleStore(database, features::defaultFeatureSchema()).add(rule, args->actor);
            std::cout << "added rule '" << rule.name << "' (id " << rule.id << ")\n";
            return kOk;
        });
    });

    CLI::App* editCmd = withActor(withDb(rulesCmd->add_subcommand("edit", "Change a rule's expression, severity, description or name"), *args), *args);
    editCmd->add_option("--name", args->name, "The rule to change")->required();
    auto* expr = editCmd->add_option("--expr", args->expression, "New condition");
    auto* severity = editCmd->add_option("--severity", args->severity, "low, medium or high")
                         ->check(CLI::IsMember({"low", "medium", "high"}));
    auto* description = editCmd->add_option("--description", args->description, "New description");
    editCmd->add_option("--rename", args->rename, "New name");
    editCmd->callback([args, expr, severity, description, &exitCode] {
        guarded(exitCode, [&] { return edit(*args, severity->count() > 0, expr->count() > 0, description->count() > 0); });
    });

    for (const bool enable : {true, false}) {
        CLI::App* cmd = withActor(withDb(rulesCmd->add_subcommand(enable ? "enable" : "disable",
                                                                  enable ? "Switch a rule on" : "Switch a rule off"),
                                         *args),
                                  *args);
        cmd->add_option("--name", args->name, "Rule name")->required();
        cmd->callback([args, enable, &exitCode] {
            guarded(exitCode, [&] {
                store::Database database(args->db, store::OpenMode::ReadWrite);
                const bool changed = rules::RuleStore(database, features::defaultFeatureSchema())
                                         .setEnabled(args->name, enable, args->actor);
                std::cout << "rule '" << args->name << "' " << (changed ? "" : "was already ")
                          << (enable ? "enabled" : "disabled") << "\n";
                return kOk;
            });
        });
    }

    CLI::App* remove = withActor(withDb(rulesCmd->add_subcommand("remove", "Delete a rule"), *args), *args);
    remove->add_option("--name", args->name, "Rule name")->required();
    remove->callback([args, &exitCode] {
        guarded(exitCode, [&] {
            store::Database database(args->db, store::OpenMode::ReadWrite);
            rules::RuleStore(database, features::defaultFeatureSchema()).remove(args->name, args->actor);
            std::cout << "removed rule '" << args->name << "'\n";
            return kOk;
        });
    });

    CLI::App* defaults = withActor(
        withDb(rulesCmd->add_subcommand("install-defaults", "Install the default rules into a database that has none"), *args),
        *args);
    defaults->callback([args, &exitCode] {
        guarded(exitCode, [&] {
            store::Database database(args->db, store::OpenMode::ReadWrite);
            const int installed = rules::RuleStore::installDefaults(database, args->actor);
            if (installed > 0)
                std::cout << "installed " << installed << " default rules\n";
            else
                std::cout << "not installed: the database has rules, or had the defaults once already\n";
            return kOk;
        });
    });

    CLI::App* back = withDb(rulesCmd->add_subcommand("backtest", "Replay the rules over the stored transactions"), *args);
    back->add_flag("--json", args->json, "Print JSON for scripts");
    back->add_flag("-q,--quiet", args->quiet, "No progress line");
    back->callback([args, &exitCode] { guarded(exitCode, [&] { return backtest(*args); }); });
}

} // namespace fraudlens::cli
