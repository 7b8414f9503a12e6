#include "ingest/timestamp_parser.h"

#include "ingest/field_text.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>

namespace fraudlens::ingest {

namespace {

constexpr std::int64_t kMsPerDay = 86400000;
// Year 9999 either side of 1970: beyond it a number is not a timestamp, and refusing it here
// keeps the arithmetic below (unit scaling, origin offsets) clear of int64 overflow.
constexpr double kMaxAbsMs = 253402300799999.0;

std::optional<std::int64_t> msIfTimestamp(double ms)
{
    if (!std::isfinite(ms) || std::fabs(ms) > kMaxAbsMs)
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(ms));
}

struct Cursor {
    std::string_view text;
    size_t pos = 0;

    bool done() const { return pos >= text.size(); }
    char peek() const { return done() ? '\0' : text[pos]; }
    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    // Exactly `digits` digits (or between minDigits and digits when minDigits is given).
    std::optional<int> number(int digits, int minDigits = -1)
    {
        if (minDigits < 0)
            minDigits = digits;
        int value = 0, count = 0;
        while (count < digits && !done() && std::isdigit(static_cast<unsigned char>(peek()))) {
            value = value * 10 + (text[pos++] - '0');
            ++count;
        }
        if (count < minDigits)
            return std::nullopt;
        return value;
    }
    void skipSpaces()
    {
        while (!done() && (peek() == ' ' || peek() == '\t'))
            ++pos;
    }
};

bool validDate(int year, int month, int day)
{
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > kDays[static_cast<size_t>(month - 1)])
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

std::optional<std::int64_t> compose(int year, int month, int day, int hour, int minute, int second, int millis,
                                    std::int64_t offsetMinutes)
{
    if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    return days * kMsPerDay + ((hour * 60LL + minute) * 60LL + second) * 1000LL + millis - offsetMinutes * 60000LL;
}

// Fraction digits after a '.' or ',': kept to milliseconds.
int fractionMillis(Cursor& c)
{
    int millis = 0, digits = 0;
    while (!c.done() && std::isdigit(static_cast<unsigned char>(c.peek()))) {
        if (digits < 3)
            millis = millis * 10 + (c.text[c.pos] - '0');
        ++digits;
        ++c.pos;
    }
    for (; digits < 3; ++digits)
        millis *= 10;
    return millis;
}

// Z, +hh:mm, +hhmm, +hh, or nothing (UTC). nullopt when malformed.
std::optional<std::int64_t> zone(Cursor& c)
{
    if (c.accept('Z') || c.accept('z'))
        return 0;
    const char sign = c.peek();
    if (sign != '+' && sign != '-')
        return 0;
    ++c.pos;
    const auto hours = c.number(2);
    if (!hours)
        return std::nullopt;
    int minutes = 0;
    if (c.accept(':')) {
        const auto m = c.number(2);
        if (!m)
            return std::nullopt;
        minutes = *m;
    } else if (!c.done()) {
        const auto m = c.number(2);
        if (!m)
            return std::nullopt;
        minutes = *m;
    }
    if (*hours > 14 || minutes > 59)
        return std::nullopt;
    const std::int64_t total = *hours * 60LL + minutes;
    return sign == '-' ? -total : total;
}

constexpr std::array<const char*, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};

} // namespace

std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

TimestampParser::TimestampParser(TimestampSpec spec) : m_spec(std::move(spec)) {}

std::optional<std::int64_t> TimestampParser::parseIso(std::string_view text)
{
    Cursor c{trimmed(text)};
    const auto year = c.number(4);
    if (!year || !c.accept('-'))
        return std::nullopt;
    const auto month = c.number(2, 1);
    if (!month || !c.accept('-'))
        return std::nullopt;
    const auto day = c.number(2, 1);
    if (!day)
        return std::nullopt;
    int hour = 0, minute = 0, second = 0, millis = 0;
    if (c.peek() == 'T' || c.peek() == 't' || c.peek() == ' ') {
        ++c.pos;
        c.skipSpaces();
        const auto h = c.number(2, 1);
        if (!h || !c.accept(':'))
            return std::nullopt;
        const auto m = c.number(2);
        if (!m)
            return std::nullopt;
        hour = *h;
        minute = *m;
        if (c.accept(':')) {
            const auto s = c.number(2);
            if (!s)
                return std::nullopt;
            second = *s;
            if (c.accept('.') || c.accept(','))
                millis = fractionMillis(c);
        }
        c.skipSpaces();
    }
    const auto offset = zone(c);
    if (!offset || !c.done())
        return std::nullopt;
    return compose(*year, *month, *day, hour, minute, second, millis, *offset);
}

std::optional<std::int64_t> TimestampParser::parseEpoch(std::string_view text)
{
    const auto number = parseFiniteNumber(text);
    if (!number)
        return std::nullopt;
    const double value = *number;
    // 1e11 s is the year 5138 and 1e11 ms is 1973: a clean split between the two units.
    if (std::fabs(value) >= 1e11)
        return msIfTimestamp(value);
    if (std::fabs(value) >= 1e8)
        return msIfTimestamp(value * 1000.0);
    return std::nullopt;
}

std::optional<std::int64_t> TimestampParser::parseWithFormat(std::string_view text, std::string_view format)
{
    Cursor c{trimmed(text)};
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, millis = 0;
    bool pm = false, twelveHour = false;
    std::int64_t offset = 0;
    for (size_t i = 0; i < format.size(); ++i) {
        const char f = format[i];
        if (f != '%') {
            if (f == ' ') {
                c.skipSpaces();
                continue;
            }
            if (!c.accept(f))
                return std::nullopt;
            continue;
        }
        if (++i >= format.size())
            return std::nullopt;
        std::optional<int> value;
        switch (format[i]) {
        case 'Y': value = c.number(4); if (value) year = *value; break;
        case 'y': value = c.number(2); if (value) year = *value < 69 ? 2000 + *value : 1900 + *value; break;
        case 'm': value = c.number(2, 1); if (value) month = *value; break;
        case 'd': case 'e': c.skipSpaces(); value = c.number(2, 1); if (value) day = *value; break;
        case 'H': value = c.number(2, 1); if (value) hour = *value; break;
        case 'I': value = c.number(2, 1); if (value) { hour = *value; twelveHour = true; } break;
        case 'M': value = c.number(2); if (value) minute = *value; break;
        case 'S': value = c.number(2); if (value) second = *value; break;
        case 'f': millis = fractionMillis(c); value = 0; break;
        case 'p': {
            const std::string_view rest = c.text.substr(c.pos);
            if (rest.size() >= 2 && (std::tolower(rest[1]) == 'm')) {
                const char a = static_cast<char>(std::tolower(rest[0]));
                if (a == 'a' || a == 'p') {
                    pm = a == 'p';
                    c.pos += 2;
                    value = 0;
                }
            }
            break;
        }
        case 'b': case 'h': {
            const std::string_view rest = c.text.substr(c.pos);
            for (size_t m = 0; m < kMonths.size() && rest.size() >= 3; ++m) {
                if (std::tolower(rest[0]) == kMonths[m][0] && std::tolower(rest[1]) == kMonths[m][1]
                    && std::tolower(rest[2]) == kMonths[m][2]) {
                    month = static_cast<int>(m) + 1;
                    c.pos += 3;
                    value = month;
                    break;
                }
            }
            break;
        }
        case 'z': {
            const auto z = zone(c);
            if (z) { offset = *z; value = 0; }
            break;
        }
        case 's': {
            size_t end = c.pos;
            while (end < c.text.size() && (std::isdigit(static_cast<unsigned char>(c.text[end])) || c.text[end] == '-'))
                ++end;
            std::int64_t seconds = 0;
            const auto [ptr, error] = std::from_chars(c.text.data() + c.pos, c.text.data() + end, seconds);
            if (error != std::errc() || ptr != c.text.data() + end)
                return std::nullopt;
            c.pos = end;
            if (!c.done())
                return std::nullopt;
            return msIfTimestamp(static_cast<double>(seconds) * 1000.0);
        }
        case '%': if (c.accept('%')) value = 0; break;
        default: return std::nullopt;
        }
        if (!value)
            return std::nullopt;
    }
    if (!c.done())
        return std::nullopt;
    if (twelveHour) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    return compose(year, month, day, hour, minute, second, millis, offset);
}

std::optional<std::int64_t> TimestampParser::unitToMs(std::string_view unit)
{
    if (unit == "ms" || unit == "milliseconds")
        return 1;
    if (unit == "s" || unit == "seconds")
        return 1000;
    if (unit == "minutes" || unit == "min")
        return 60000;
    if (unit == "hours" || unit == "h")
        return 3600000;
    if (unit == "days" || unit == "d")
        return kMsPerDay;
    return std::nullopt;
}

std::optional<std::int64_t> TimestampParser::parse(std::string_view text) const
{
    switch (m_spec.kind) {
    case TimestampSpec::Kind::Format:
        return parseWithFormat(text, m_spec.format);
    case TimestampSpec::Kind::Offset: {
        const auto value = parseFiniteNumber(text);
        if (!value)
            return std::nullopt;
        return msIfTimestamp(static_cast<double>(m_spec.originMs) + *value * static_cast<double>(m_spec.unitMs));
    }
    case TimestampSpec::Kind::Auto:
        break;
    }
    if (auto iso = parseIso(text))
        return iso;
    return parseEpoch(text);
}

std::string TimestampParser::expectation() const
{
    switch (m_spec.kind) {
    case TimestampSpec::Kind::Format:
        return "a time in the format \"" + m_spec.format + "\"";
    case TimestampSpec::Kind::Offset:
        return "a number of " + m_spec.unit + " since " + m_spec.originText;
    case TimestampSpec::Kind::Auto:
        break;
    }
    return "an ISO-8601 time (2024-01-31T13:45:00Z) or epoch seconds/milliseconds; "
           "for other forms give a format or a unit and origin in the mapping";
}

} // namespace fraudlens::ingest
