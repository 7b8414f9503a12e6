#include "rules/default_rules.h"

#include "features/feature_names.h"
#include "rules/default_rules_data.h"
#include "rules/rule_error.h"
#include "rules/rule_set.h"

#include <nlohmann/json.hpp>

#include <set>
#include <utility>

namespace fraudlens::rules {

namespace {

using nlohmann::json;

struct Position {
    std::size_t line = 1, column = 1;
};

Position positionOf(const std::string& text, std::size_t offset)
{
    Position at;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++at.column; // count characters, not UTF-8 continuation bytes
        }
    }
    return at;
}

// Byte offsets of the objects directly inside the top-level array. nlohmann keeps no
// positions for parsed values, so a semantic error finds its place with this scan.
std::vector<std::size_t> elementOffsets(const std::string& text)
{
    std::vector<std::size_t> offsets;
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (depth == 1)
                offsets.push_back(i);
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return offsets;
}

class Reader {
public:
    Reader(const std::string& text, const std::string& displayName)
        : m_text(text), m_name(displayName), m_elements(elementOffsets(text))
    {
    }

    [[noreturn]] void fail(std::size_t offset, const std::string& problem) const
    {
        const Position at = positionOf(m_text, offset);
        throw RuleError(m_name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + problem);
    }

    std::size_t elementStart(std::size_t index) const
    {
        return index < m_elements.size() ? m_elements[index] : 0;
    }

    // Where "key" is written inside element `index`, else the element's start.
    std::size_t keyOffset(std::size_t index, const std::string& key) const
    {
        const std::size_t start = elementStart(index);
        const std::size_t end = index + 1 < m_elements.size() ? m_elements[index + 1] : m_text.size();
        const std::size_t found = m_text.find("\"" + key + "\"", start);
        return found != std::string::npos && found < end ? found : start;
    }

    // The first character of the string value of "key" in element `index`.
    std::size_t valueOffset(std::size_t index, const std::string& key) const
    {
        const std::size_t at = keyOffset(index, key);
        const std::size_t colon = m_text.find(':', at + key.size() + 2);
        const std::size_t quote = colon == std::string::npos ? std::string::npos : m_text.find('"', colon);
        return quote == std::string::npos ? at : quote + 1;
    }

    std::string text(const json& object, std::size_t index, const std::string& key, bool required) const
    {
        if (!object.contains(key)) {
            if (required)
                fail(elementStart(index), "rule #" + std::to_string(index + 1) + " has no \"" + key + "\"");
            return {};
        }
        if (!object[key].is_string())
            fail(keyOffset(index, key), "\"" + key + "\" must be a string");
        return object[key].get<std::string>();
    }

private:
    const std::string& m_text;
    const std::string& m_name;
    std::vector<std::size_t> m_elements;
};

} // namespace

std::vector<Rule> DefaultRules::parse(const std::string& jsonText, const std::string& displayName,
                                      const features::FeatureSchema* schema)
{
    const Reader reader(jsonText, displayName);
    json root;
    try {
        root = json::parse(jsonText);
    } catch (const json::parse_error& error) {
        std::string what = error.what();
        // nlohmann's message repeats its own position: "[...] parse error at line 3, column 5: reason".
        const std::size_t colon = what.find(": ", what.find(']'));
        reader.fail(error.byte > 0 ? error.byte - 1 : 0,
                    "not valid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)));
    }
    if (!root.is_array())
        reader.fail(0, "the default rules must be a JSON array of rule objects");

    static const std::set<std::string> kKeys = {"name", "expression", "severity", "description", "enabled"};
    std::vector<Rule> rules;
    std::set<std::string> names;
    for (std::size_t i = 0; i < root.size(); ++i) {
        const json& item = root[i];
        if (!item.is_object())
            reader.fail(reader.elementStart(i), "rule #" + std::to_string(i + 1) + " must be an object");
        for (const auto& [key, value] : item.items()) {
            if (!kKeys.contains(key))
                reader.fail(reader.keyOffset(i, key),
                            "unknown key \"" + key + "\" (known: name, expression, severity, description, enabled)");
        }
        Rule rule;
        rule.name = reader.text(item, i, "name", true);
        if (rule.name.empty())
            reader.fail(reader.keyOffset(i, "name"), "\"name\" must not be empty");
        if (!names.insert(rule.name).second)
            reader.fail(reader.keyOffset(i, "name"), "a rule named '" + rule.name + "' appears twice");
        rule.expression = reader.text(item, i, "expression", true);
        const std::string severity = reader.text(item, i, "severity", true);
        const auto parsed = severityFromString(severity);
        if (!parsed)
            reader.fail(reader.valueOffset(i, "severity"), "severity '" + severity + "' is not low, medium or high");
        rule.severity = *parsed;
        rule.description = reader.text(item, i, "description", false);
        if (item.contains("enabled")) {
            if (!item["enabled"].is_boolean())
                reader.fail(reader.keyOffset(i, "enabled"), "\"enabled\" must be true or false");
            rule.enabled = item["enabled"].get<bool>();
        }
        if (schema) {
            try {
                RuleSet::compileCondition(rule.expression, *schema);
            } catch (const RuleError& error) {
                // Exact when the expression holds no JSON escapes, which rule text rarely does.
                const std::size_t column = error.column() > 0 ? static_cast<std::size_t>(error.column() - 1) : 0;
                reader.fail(reader.valueOffset(i, "expression") + column,
                            "rule '" + rule.name + "': " + error.what());
            }
        }
        rules.push_back(std::move(rule));
    }
    return rules;
}

std::vector<Rule> DefaultRules::builtin()
{
    const auto schema = features::defaultFeatureSchema();
    return parse(kDefaultRulesJson, "default_rules.json", &schema);
}

} // namespace fraudlens::rules
