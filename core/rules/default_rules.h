#pragma once

#include "rules/rule.h"

#include <string>
#include <vector>

namespace fraudlens::features {
class FeatureSchema;
}

namespace fraudlens::rules {

// The rule set a new database starts with, read from a JSON array of
// {"name", "expression", "severity", "description"[, "enabled"]} objects.
class DefaultRules {
public:
    // Throws RuleError "<displayName>:<line>:<column>: <problem>". With a schema, each
    // expression is also compiled and an error points into the JSON text at the fault.
    static std::vector<Rule> parse(const std::string& jsonText, const std::string& displayName,
                                   const features::FeatureSchema* schema = nullptr);
    // resources/rules/default_rules.json, embedded at build time.
    static std::vector<Rule> builtin();
};

} // namespace fraudlens::rules
