#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace fraudlens::live {

// The answers a `--listen` client reads, one JSON object per line, keys in the order the
// protocol documents. Written directly rather than through a JSON document: built once
// per transaction on the session's thread, the document and its allocations were about
// 3 % of it (0.04 % now). A string that is not plain printable ASCII still goes through
// nlohmann::json, which escapes it and replaces bytes that are not UTF-8.
//
//   {"ok":true,"line":N,"tx":"ID","risk":0.1234,"alert":false,"blocked":false}
// risk: 0 to 1, rounded to four decimals by the caller.
std::string acknowledgedAnswer(std::int64_t line, std::string_view transactionId, double risk, bool alert, bool blocked);
//   {"ok":false,"line":N,"error":"..."}
std::string refusedAnswer(std::int64_t line, std::string_view error);

} // namespace fraudlens::live
