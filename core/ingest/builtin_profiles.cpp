#include "ingest/builtin_profiles.h"

#include "ingest/builtin_profiles_data.h"

namespace fraudlens::ingest {

std::vector<std::string> builtinProfileNames() { return {"demo", "paysim"}; }

std::optional<Mapping> builtinProfile(const std::string& name)
{
    if (name == "paysim")
        return Mapping::fromJson(kPaysimProfileJson, "profile paysim");
    if (name == "demo")
        return Mapping::fromJson(kDemoProfileJson, "profile demo");
    return std::nullopt;
}

} // namespace fraudlens::ingest
