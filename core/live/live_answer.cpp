#include "live/live_answer.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>

namespace fraudlens::live {

namespace {

void appendString(std::string& out, std::string_view text)
{
    bool plain = true;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte > 0x7e || c == '"' || c == '\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += '"';
        out += text;
        out += '"';
        return;
    }
    out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// As nlohmann::json writes a risk (0 to 1, four decimals): the shortest text that reads
// back the same, in fixed notation (it writes 0.0001, not 1e-04), ".0" on a whole number,
// null for what JSON cannot hold.
void appendNumber(std::string& out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char text[32];
    const auto [end, error] = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
    const std::string_view written(text, static_cast<std::size_t>(end - text));
    out += written;
    if (written.find('.') == std::string_view::npos)
        out += ".0";
}

void appendBool(std::string& out, bool value) { out += value ? "true" : "false"; }

} // namespace

std::string acknowledgedAnswer(std::int64_t line, std::string_view transactionId, double risk, bool alert, bool blocked)
{
    std::string out;
    out.reserve(96 + transactionId.size());
    out += "{\"ok\":true,\"line\":";
    out += std::to_string(line);
    out += ",\"tx\":";
    appendString(out, transactionId);
    out += ",\"risk\":";
    appendNumber(out, risk);
    out += ",\"alert\":";
    appendBool(out, alert);
    out += ",\"blocked\":";
    appendBool(out, blocked);
    out += '}';
    return out;
}

std::string refusedAnswer(std::int64_t line, std::string_view error)
{
    std::string out = "{\"ok\":false,\"line\":" + std::to_string(line) + ",\"error\":";
    appendString(out, error);
    out += '}';
    return out;
}

} // namespace fraudlens::live
