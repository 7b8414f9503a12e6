#pragma once

#include <cstdint>
#include <string>

namespace fraudlens::store {

struct AuditEntry {
    std::int64_t seq = 0;
    std::int64_t timestampMs = 0;
    std::string actor;
    std::string action;   // e.g. import, score, decision, freeze, unfreeze, note, setting
    std::string target;   // e.g. "import:3", "account:A000123"
    std::string details;  // JSON object
    std::string prevHash;
    std::string hash;
};

} // namespace fraudlens::store
