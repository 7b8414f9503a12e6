#pragma once

#include "ingest/mapping.h"

#include <optional>
#include <string>
#include <vector>

namespace fraudlens::ingest {

// Mappings shipped with FraudLens (resources/profiles/*.json, compiled in).
std::vector<std::string> builtinProfileNames();
std::optional<Mapping> builtinProfile(const std::string& name);

} // namespace fraudlens::ingest
