#include "ingest/canonical_field.h"

namespace fraudlens::ingest {

std::optional<CanonicalField> fieldFromName(std::string_view name)
{
    for (size_t i = 0; i < kCanonicalFieldNames.size(); ++i) {
        if (kCanonicalFieldNames[i] == name)
            return static_cast<CanonicalField>(i);
    }
    return std::nullopt;
}

bool isRequired(CanonicalField field)
{
    return field == CanonicalField::AccountId || field == CanonicalField::Timestamp || field == CanonicalField::Amount;
}

} // namespace fraudlens::ingest
