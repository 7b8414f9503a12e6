// libFuzzer target: a mapping file (--mapping FILE.json, a saved wizard profile), which
// users write by hand. Mapping::fromJson promises that every problem comes back as an
// InputError naming the place; the import wizard catches only InputError, so any other
// exception (a nlohmann type_error from an unchecked get<>, say) would end the GUI, and
// libFuzzer reports it here as a crash.
//
// A mapping that is accepted is written back with toJson() (as the importer records it and
// the wizard saves it) and must read back unchanged.

#include "ingest/csv_error.h"
#include "ingest/mapping.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using fraudlens::ingest::InputError;
using fraudlens::ingest::Mapping;
using fraudlens::ingest::TimestampSpec;

bool sameSpec(const TimestampSpec& a, const TimestampSpec& b)
{
    return a.kind == b.kind && a.format == b.format && a.unit == b.unit && a.unitMs == b.unitMs
        && a.originMs == b.originMs;
}

bool sameMapping(const Mapping& a, const Mapping& b)
{
    if (a.delimiter != b.delimiter || a.columns != b.columns || a.extraNumeric != b.extraNumeric
        || a.extraCategorical != b.extraCategorical || a.allowNegativeAmounts != b.allowNegativeAmounts)
        return false;
    // toJson leaves out specs of kind Auto: they are the default either way.
    for (const auto& [field, spec] : a.timestamps) {
        const auto other = b.timestamps.find(field);
        const TimestampSpec none;
        if (!sameSpec(spec, other == b.timestamps.end() ? none : other->second))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    Mapping mapping;
    try {
        mapping = Mapping::fromJson(text, "fuzz");
    } catch (const InputError&) {
        return 0;
    }

    const std::string json = mapping.toJson();
    Mapping back;
    try {
        back = Mapping::fromJson(json, "fuzz (written back)");
    } catch (const InputError& error) {
        std::fprintf(stderr, "an accepted mapping does not read back: %s\n%s\n", error.what(), json.c_str());
        std::abort();
    }
    if (!sameMapping(mapping, back)) {
        std::fprintf(stderr, "an accepted mapping reads back changed:\n%s\n%s\n", json.c_str(), back.toJson().c_str());
        std::abort();
    }
    return 0;
}
