#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::features {

// The names and order of the feature columns. The version changes whenever the meaning
// of a column changes, so a model trained on another schema is refused.
class FeatureSchema {
public:
    FeatureSchema() = default;
    FeatureSchema(int version, std::vector<std::string> names);

    int version() const { return m_version; }
    const std::vector<std::string>& names() const { return m_names; }
    std::size_t size() const { return m_names.size(); }
    const std::string& name(std::size_t index) const { return m_names[index]; }
    // -1 when there is no such column.
    int indexOf(std::string_view name) const;
    // Version plus names, e.g. for a model sidecar: "3:log_amount,amount_to_median,...".
    std::string fingerprint() const;

private:
    int m_version = 0;
    std::vector<std::string> m_names;
};

} // namespace fraudlens::features
