#include "ingest/mapping.h"

#include "ingest/csv_error.h"
#include "ingest/timestamp_parser.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace fraudlens::ingest {

namespace {

using nlohmann::json;

// Line and column (1-based) of a byte offset, for messages about the mapping file.
std::pair<std::int64_t, std::int64_t> position(const std::string& text, size_t offset)
{
    std::int64_t line = 1, column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// Where a key appears in the text, so a semantic error can point at it.
std::pair<std::int64_t, std::int64_t> keyPosition(const std::string& text, const std::string& key)
{
    const size_t at = text.find("\"" + key + "\"");
    return at == std::string::npos ? std::pair<std::int64_t, std::int64_t>{1, 1} : position(text, at);
}

[[noreturn]] void fail(const std::string& text, const std::string& source, const std::string& key,
                       const std::string& reason)
{
    const auto [line, column] = keyPosition(text, key);
    throw InputError(source, line, column, reason);
}

TimestampSpec parseSpec(const json& entry, const std::string& text, const std::string& source,
                        const std::string& field)
{
    TimestampSpec spec;
    if (!entry.is_object())
        fail(text, source, field, "timestamps." + field + " must be an object with \"format\" or \"unit\" and \"origin\"");
    if (entry.contains("format")) {
        if (!entry["format"].is_string() || entry["format"].get<std::string>().empty())
            fail(text, source, "format", "timestamps." + field + ".format must be a non-empty string");
        spec.kind = TimestampSpec::Kind::Format;
        spec.format = entry["format"].get<std::string>();
        return spec;
    }
    if (entry.contains("unit")) {
        if (!entry["unit"].is_string())
            fail(text, source, "unit", "timestamps." + field + ".unit must be a string");
        spec.unit = entry["unit"].get<std::string>();
        const auto unitMs = TimestampParser::unitToMs(spec.unit);
        if (!unitMs)
            fail(text, source, "unit", "timestamps." + field + ".unit \"" + spec.unit
                     + "\" is not one of s, ms, minutes, hours, days");
        spec.unitMs = *unitMs;
        spec.kind = TimestampSpec::Kind::Offset;
        if (entry.contains("origin") && !entry["origin"].is_string())
            fail(text, source, "origin", "timestamps." + field + ".origin must be an ISO-8601 time in a string");
        spec.originText = entry.value("origin", std::string("1970-01-01T00:00:00Z"));
        const auto origin = TimestampParser::parseIso(spec.originText);
        if (!origin)
            fail(text, source, "origin", "timestamps." + field + ".origin \"" + spec.originText
                     + "\" is not an ISO-8601 time");
        spec.originMs = *origin;
        return spec;
    }
    return spec;
}

std::vector<std::string> stringList(const json& root, const char* key, const std::string& text,
                                    const std::string& source)
{
    std::vector<std::string> out;
    if (!root.contains(key))
        return out;
    if (!root[key].is_array())
        fail(text, source, key, std::string(key) + " must be a list of column names");
    for (const auto& item : root[key]) {
        if (!item.is_string())
            fail(text, source, key, std::string(key) + " must hold only column names (strings)");
        out.push_back(item.get<std::string>());
    }
    return out;
}

} // namespace

TimestampSpec Mapping::timestampSpec(CanonicalField field) const
{
    const auto found = timestamps.find(std::string(fieldName(field)));
    return found == timestamps.end() ? TimestampSpec{} : found->second;
}

Mapping Mapping::fromJson(const std::string& text, const std::string& source)
{
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& error) {
        const auto [line, column] = position(text, error.byte > 0 ? error.byte - 1 : 0);
        std::string what = error.what();
        // nlohmann's message repeats the position ("[...] parse error at line 3, column 5: reason").
        const size_t colon = what.find(": ", what.find(']'));
        throw InputError(source, line, column, "not valid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)));
    } catch (const json::out_of_range& error) {
        // A number beyond double's range (1e999): nlohmann names the token but not its place.
        const std::string what = error.what();
        const size_t open = what.find('\'');
        const size_t close = open == std::string::npos ? open : what.find('\'', open + 1);
        const size_t at = close == std::string::npos ? close : text.find(what.substr(open + 1, close - open - 1));
        const auto [line, column] = position(text, at == std::string::npos ? 0 : at);
        throw InputError(source, line, column, "not valid JSON: a number too large for a double");
    }
    if (!root.is_object())
        throw InputError(source, 1, 1, "a mapping must be a JSON object with a \"columns\" object");

    Mapping mapping;
    static const std::set<std::string> kKnownKeys = {"delimiter", "columns", "timestamps", "extra_numeric",
                                                     "extra_categorical", "allow_negative_amounts", "name"};
    for (const auto& [key, value] : root.items()) {
        if (!kKnownKeys.contains(key))
            fail(text, source, key, "unknown key \"" + key + "\" (known: delimiter, columns, timestamps, "
                                    "extra_numeric, extra_categorical, allow_negative_amounts)");
    }
    if (root.contains("delimiter")) {
        const json& d = root["delimiter"];
        const std::string value = d.is_string() ? d.get<std::string>() : std::string();
        if (value == "\\t" || value == "tab")
            mapping.delimiter = '\t';
        else if (value.size() == 1 && std::string_view(",;\t|").find(value[0]) != std::string_view::npos)
            mapping.delimiter = value[0];
        else if (!value.empty() && value != "auto")
            fail(text, source, "delimiter", "delimiter must be one of \",\" \";\" \"\\t\" \"|\" or \"auto\"");
    }
    if (!root.contains("columns") || !root["columns"].is_object())
        throw InputError(source, 1, 1, "a mapping needs a \"columns\" object mapping canonical fields to column names");
    for (const auto& [key, value] : root["columns"].items()) {
        const auto field = fieldFromName(key);
        if (!field)
            fail(text, source, key, "\"" + key + "\" is not a canonical field (transaction_id, account_id, timestamp, "
                                    "amount, currency, tx_type, status, merchant_id, device_id, ip, card_id, email, "
                                    "address, country, channel, category, account_created_at, label, fraud_pattern)");
        if (!value.is_string() || value.get<std::string>().empty())
            fail(text, source, key, "columns." + key + " must name a column (a non-empty string)");
        mapping.setColumn(*field, value.get<std::string>());
    }
    for (CanonicalField required : {CanonicalField::AccountId, CanonicalField::Timestamp, CanonicalField::Amount}) {
        if (mapping.column(required).empty())
            fail(text, source, "columns", "the required field " + std::string(fieldName(required)) + " is not mapped");
    }
    if (root.contains("timestamps")) {
        if (!root["timestamps"].is_object())
            fail(text, source, "timestamps", "timestamps must be an object keyed by timestamp or account_created_at");
        for (const auto& [key, value] : root["timestamps"].items()) {
            if (key != "timestamp" && key != "account_created_at")
                fail(text, source, key, "timestamps." + key + ": only timestamp and account_created_at are times");
            mapping.timestamps[key] = parseSpec(value, text, source, key);
        }
    }
    mapping.extraNumeric = stringList(root, "extra_numeric", text, source);
    mapping.extraCategorical = stringList(root, "extra_categorical", text, source);
    if (root.contains("allow_negative_amounts")) {
        if (!root["allow_negative_amounts"].is_boolean())
            fail(text, source, "allow_negative_amounts", "allow_negative_amounts must be true or false");
        mapping.allowNegativeAmounts = root["allow_negative_amounts"].get<bool>();
    }
    return mapping;
}

Mapping Mapping::fromFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, 0, "cannot open the mapping file for reading");
    std::ostringstream text;
    text << in.rdbuf();
    return fromJson(text.str(), path);
}

std::string Mapping::toJson(int indent) const
{
    json root = json::object();
    root["delimiter"] = delimiter == 0 ? std::string("auto") : delimiter == '\t' ? std::string("\\t") : std::string(1, delimiter);
    json columnsJson = json::object();
    for (size_t i = 0; i < kCanonicalFieldCount; ++i) {
        if (!columns[i].empty())
            columnsJson[std::string(kCanonicalFieldNames[i])] = columns[i];
    }
    root["columns"] = columnsJson;
    json timestampsJson = json::object();
    for (const auto& [field, spec] : timestamps) {
        if (spec.kind == TimestampSpec::Kind::Format)
            timestampsJson[field] = {{"format", spec.format}};
        else if (spec.kind == TimestampSpec::Kind::Offset)
            timestampsJson[field] = {{"unit", spec.unit}, {"origin", spec.originText}};
    }
    if (!timestampsJson.empty())
        root["timestamps"] = timestampsJson;
    root["extra_numeric"] = extraNumeric;
    root["extra_categorical"] = extraCategorical;
    if (allowNegativeAmounts)
        root["allow_negative_amounts"] = true;
    return root.dump(indent);
}

} // namespace fraudlens::ingest
