#include "rules/rule_store.h"

#include "features/feature_names.h"
#include "rules/default_rules.h"
#include "rules/rule_error.h"
#include "rules/rule_set.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/write_transaction.h"
#include "util/clock.h"

#include <nlohmann/json.hpp>

namespace fraudlens::rules {

namespace {

using nlohmann::json;

constexpr const char* kSelect = "SELECT id, name, expression, severity, enabled, description, updated_at FROM rules";

Rule readRule(const store::Statement& q)
{
    Rule rule;
    rule.id = q.columnInt(0);
    rule.name = q.columnText(1);
    rule.expression = q.columnText(2);
    rule.severity = severityFromString(q.columnText(3)).value_or(Severity::Medium);
    rule.enabled = q.columnInt(4) != 0;
    rule.description = q.columnText(5);
    rule.updatedAtMs = q.columnInt(6);
    return rule;
}

json ruleJson(const Rule& rule)
{
    return json{{"name", rule.name},
                {"expression", rule.expression},
                {"severity", std::string(toString(rule.severity))},
                {"enabled", rule.enabled},
                {"description", rule.description}};
}

[[noreturn]] void fail(const std::string& name, const std::string& problem)
{
    throw RuleError(name, RuleError(problem));
}

bool sameContent(const Rule& a, const Rule& b)
{
    return a.name == b.name && a.expression == b.expression && a.severity == b.severity && a.enabled == b.enabled
           && a.description == b.description;
}

} // namespace

RuleStore::RuleStore(store::Database& db, features::FeatureSchema schema) : m_db(db), m_schema(std::move(schema)) {}

std::vector<Rule> RuleStore::list() const
{
    store::Statement q(m_db, std::string(kSelect) + " ORDER BY id");
    std::vector<Rule> rules;
    while (q.step())
        rules.push_back(readRule(q));
    return rules;
}

std::optional<Rule> RuleStore::find(const std::string& name) const
{
    store::Statement q(m_db, std::string(kSelect) + " WHERE name = ?");
    q.bind(1, name);
    if (!q.step())
        return std::nullopt;
    return readRule(q);
}

std::optional<Rule> RuleStore::findById(std::int64_t id) const
{
    store::Statement q(m_db, std::string(kSelect) + " WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readRule(q);
}

void RuleStore::validate(const Rule& rule) const
{
    if (rule.name.empty())
        throw RuleError("a rule needs a name");
    if (rule.name.size() > kMaxNameLength)
        fail(rule.name.substr(0, 40) + "...", "the name is longer than " + std::to_string(kMaxNameLength) + " characters");
    for (char c : rule.name) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            fail(rule.name, "the name contains a control character");
    }
    if (rule.name.front() == ' ' || rule.name.back() == ' ')
        fail(rule.name, "the name starts or ends with a space");
    if (rule.description.size() > kMaxDescriptionLength)
        fail(rule.name, "the description is longer than " + std::to_string(kMaxDescriptionLength) + " characters");
    try {
        RuleSet::compileCondition(rule.expression, m_schema);
    } catch (const RuleError& error) {
        throw RuleError(rule.name, error);
    }
}

Rule RuleStore::insert(Rule rule, const std::string& actor, const char* source)
{
    if (find(rule.name))
        fail(rule.name, "a rule with this name already exists");
    rule.updatedAtMs = util::nowMs();
    store::Statement q(m_db, "INSERT INTO rules (name, expression, severity, enabled, description, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, rule.name).bind(2, rule.expression).bind(3, toString(rule.severity)).bind(4, rule.enabled ? 1 : 0);
    q.bind(5, rule.description).bind(6, rule.updatedAtMs);
    q.execute();
    rule.id = m_db.lastInsertRowId();
    json details = ruleJson(rule);
    if (source)
        details["source"] = source;
    store::AuditLog(m_db).append(actor, "rule.add", "rule:" + rule.name, details.dump());
    return rule;
}

Rule RuleStore::add(Rule rule, const std::string& actor)
{
    validate(rule);
    store::WriteTransaction tx(m_db);
    rule = insert(std::move(rule), actor, nullptr);
    tx.commit();
    return rule;
}

Rule RuleStore::update(Rule rule, const std::string& actor)
{
    validate(rule);
    store::WriteTransaction tx(m_db);
    const auto before = findById(rule.id);
    if (!before)
        fail(rule.name, "no rule with id " + std::to_string(rule.id));
    if (sameContent(*before, rule))
        return *before;
    if (rule.name != before->name && find(rule.name))
        fail(rule.name, "a rule with this name already exists");
    rule.updatedAtMs = util::nowMs();
    store::Statement q(m_db, "UPDATE rules SET name = ?, expression = ?, severity = ?, enabled = ?, description = ?, "
                             "updated_at = ? WHERE id = ?");
    q.bind(1, rule.name).bind(2, rule.expression).bind(3, toString(rule.severity)).bind(4, rule.enabled ? 1 : 0);
    q.bind(5, rule.description).bind(6, rule.updatedAtMs).bind(7, rule.id);
    q.execute();
    const json details{{"before", ruleJson(*before)}, {"after", ruleJson(rule)}};
    store::AuditLog(m_db).append(actor, "rule.update", "rule:" + before->name, details.dump());
    tx.commit();
    return rule;
}

Rule RuleStore::remove(const std::string& name, const std::string& actor)
{
    store::WriteTransaction tx(m_db);
    const auto rule = find(name);
    if (!rule)
        fail(name, "no such rule");
    store::Statement q(m_db, "DELETE FROM rules WHERE id = ?");
    q.bind(1, rule->id);
    q.execute();
    store::AuditLog(m_db).append(actor, "rule.remove", "rule:" + name, ruleJson(*rule).dump());
    tx.commit();
    return *rule;
}

bool RuleStore::setEnabled(const std::string& name, bool enabled, const std::string& actor)
{
    store::WriteTransaction tx(m_db);
    const auto rule = find(name);
    if (!rule)
        fail(name, "no such rule");
    if (rule->enabled == enabled)
        return false;
    // Enabling puts the rule back to work: it must still compile against today's schema.
    if (enabled)
        validate(*rule);
    store::Statement q(m_db, "UPDATE rules SET enabled = ?, updated_at = ? WHERE id = ?");
    q.bind(1, enabled ? 1 : 0).bind(2, util::nowMs()).bind(3, rule->id);
    q.execute();
    store::AuditLog(m_db).append(actor, enabled ? "rule.enable" : "rule.disable", "rule:" + name,
                                 json{{"name", name}}.dump());
    tx.commit();
    return true;
}

int RuleStore::installDefaults(store::Database& db, const std::string& actor)
{
    return installDefaults(db, actor, DefaultRules::builtin());
}

int RuleStore::installDefaults(store::Database& db, const std::string& actor, const std::vector<Rule>& defaults)
{
    RuleStore rules(db, features::defaultFeatureSchema());
    for (const Rule& rule : defaults)
        rules.validate(rule);
    store::WriteTransaction tx(db);
    store::Statement count(db, "SELECT (SELECT COUNT(*) FROM rules), (SELECT COUNT(*) FROM settings WHERE key = ?)");
    count.bind(1, std::string_view(kDefaultsInstalledKey));
    count.step();
    if (count.columnInt(0) > 0 || count.columnInt(1) > 0)
        return 0;
    for (const Rule& rule : defaults)
        rules.insert(rule, actor, "defaults");
    // Statement binds text without copying: the value must outlive execute().
    const std::string installedAt = std::to_string(util::nowMs());
    store::Statement mark(db, "INSERT INTO settings (key, value) VALUES (?, ?)");
    mark.bind(1, std::string_view(kDefaultsInstalledKey)).bind(2, installedAt);
    mark.execute();
    tx.commit();
    return static_cast<int>(defaults.size());
}

} // namespace fraudlens::rules
