#pragma once

#include <string_view>

namespace fraudlens::ingest {

// True when text is well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(std::string_view text);

} // namespace fraudlens::ingest
