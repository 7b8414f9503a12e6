#pragma once

#include "features/feature_schema.h"

#include <string>

namespace fraudlens::scoring {

// Says in a reviewer's words what a feature's value means for this transaction, e.g.
// "account 3 minutes old", "device shared with 14 accounts", "amount 12x this account's
// median". Empty when the value is unremarkable for that feature (a device used by one
// account is not a reason).
class FeaturePhrase {
public:
    static std::string describe(const features::FeatureSchema& schema, int column, const float* row);
};

} // namespace fraudlens::scoring
