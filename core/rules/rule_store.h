#pragma once

#include "features/feature_schema.h"
#include "rules/rule.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::rules {

// The rules table. Every change is validated first (the expression must compile against
// the schema) and committed together with its audit entry, or not at all. Problems are
// RuleErrors whose message names the rule: "rule 'x': column 3: unknown feature ...".
class RuleStore {
public:
    static constexpr std::size_t kMaxNameLength = 100;
    static constexpr std::size_t kMaxDescriptionLength = 4000;
    // The settings key that records that the defaults were installed once.
    static constexpr const char* kDefaultsInstalledKey = "rules.defaults_installed_at";

    RuleStore(store::Database& db, features::FeatureSchema schema);

    std::vector<Rule> list() const; // in id order
    std::optional<Rule> find(const std::string& name) const;
    // Returns the rule as stored (id and updatedAtMs set).
    Rule add(Rule rule, const std::string& actor);
    // Replaces the rule with rule.id (renaming allowed); unchanged rules are not written.
    Rule update(Rule rule, const std::string& actor);
    // Returns the rule that was removed.
    Rule remove(const std::string& name, const std::string& actor);
    // false when the rule was already in that state (nothing written).
    bool setEnabled(const std::string& name, bool enabled, const std::string& actor);

    // Inserts the built-in default rules when the table is empty and defaults were never
    // installed before (an analyst who deleted them all does not get them back on the next
    // start). Returns how many were inserted.
    static int installDefaults(store::Database& db, const std::string& actor);
    static int installDefaults(store::Database& db, const std::string& actor, const std::vector<Rule>& defaults);

private:
    void validate(const Rule& rule) const;
    std::optional<Rule> findById(std::int64_t id) const;
    Rule insert(Rule rule, const std::string& actor, const char* source);

    store::Database& m_db;
    features::FeatureSchema m_schema;
};

} // namespace fraudlens::rules
