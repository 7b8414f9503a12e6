#pragma once

#include "ingest/canonical_field.h"
#include "ingest/timestamp_spec.h"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace fraudlens::ingest {

// Which column of a file fills which canonical field: the JSON contract that scripts,
// the built-in profiles and the GUI's import wizard all write.
struct Mapping {
    char delimiter = 0;                                         // 0: sniff
    std::array<std::string, kCanonicalFieldCount> columns;       // empty: not mapped
    std::map<std::string, TimestampSpec> timestamps;            // by canonical field name
    std::vector<std::string> extraNumeric;
    std::vector<std::string> extraCategorical;
    bool allowNegativeAmounts = false;

    const std::string& column(CanonicalField field) const { return columns[static_cast<size_t>(field)]; }
    void setColumn(CanonicalField field, std::string name) { columns[static_cast<size_t>(field)] = std::move(name); }
    TimestampSpec timestampSpec(CanonicalField field) const;

    // Parses and checks a mapping; errors name the source, line and column.
    static Mapping fromJson(const std::string& text, const std::string& sourceName);
    static Mapping fromFile(const std::string& path);
    std::string toJson(int indent = 2) const;
};

} // namespace fraudlens::ingest
