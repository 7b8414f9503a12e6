#include "features/feature_schema.h"

#include <algorithm>

namespace fraudlens::features {

FeatureSchema::FeatureSchema(int version, std::vector<std::string> names) : m_version(version), m_names(std::move(names)) {}

int FeatureSchema::indexOf(std::string_view name) const
{
    const auto it = std::find(m_names.begin(), m_names.end(), name);
    return it == m_names.end() ? -1 : static_cast<int>(it - m_names.begin());
}

std::string FeatureSchema::fingerprint() const
{
    std::string text = std::to_string(m_version) + ":";
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        if (i > 0)
            text += ',';
        text += m_names[i];
    }
    return text;
}

} // namespace fraudlens::features
