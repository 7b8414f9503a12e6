#pragma once

#include "ingest/mapping.h"

#include <string>

namespace fraudlens::ingest {

enum class OnError { Abort, Skip };

struct ImportOptions {
    std::string csvPath;
    Mapping mapping;
    std::string mappingName;        // profile name or mapping file, for the record
    OnError onError = OnError::Abort;
    bool force = false;             // import a file already imported (same sha256)
    std::string rejectReportPath;   // empty: no report file
    std::string actor = "cli";      // who, for the audit log
};

} // namespace fraudlens::ingest
