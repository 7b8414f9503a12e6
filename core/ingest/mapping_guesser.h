#pragma once

#include "ingest/mapping.h"

#include <string>
#include <vector>

namespace fraudlens::ingest {

// Proposes a mapping from a file's header names and a sample of its values; the CLI
// prints it and the import wizard starts from it.
class MappingGuesser {
public:
    static constexpr size_t kSampleRows = 200;

    static Mapping guessFromFile(const std::string& csvPath, char delimiter = 0);
    static Mapping guess(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& sample);
};

} // namespace fraudlens::ingest
