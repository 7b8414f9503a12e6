// libFuzzer target: the hand-written timestamp parser, which reads every timestamp cell of
// every imported and live row. Written by hand (see timestamp_parser.h), so its cursor
// arithmetic, digit accumulation and offset sums are exactly what a fuzzer should lean on.
//
// The input is a cell's text, parsed under every kind of TimestampSpec a mapping can hold:
// auto-detection (ISO-8601, then epoch seconds or milliseconds), the explicit formats the
// profiles and tests use, and offsets in each unit from an origin before and after 1970.
// When the input holds a NUL, the bytes before it are also used as a format, because the
// format string comes from the user's mapping file too.
//
// The parser reports a misfit as nullopt and documents no exception, so nothing is caught.

#include "ingest/timestamp_parser.h"
#include "ingest/timestamp_spec.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using fraudlens::ingest::TimestampParser;
using fraudlens::ingest::TimestampSpec;

TimestampSpec formatSpec(std::string format)
{
    TimestampSpec spec;
    spec.kind = TimestampSpec::Kind::Format;
    spec.format = std::move(format);
    return spec;
}

// Built as Mapping::fromJson builds one, so unit and origin agree with their text.
TimestampSpec offsetSpec(std::string unit, std::string origin)
{
    TimestampSpec spec;
    spec.kind = TimestampSpec::Kind::Offset;
    spec.unit = std::move(unit);
    spec.unitMs = *TimestampParser::unitToMs(spec.unit);
    spec.originText = std::move(origin);
    spec.originMs = *TimestampParser::parseIso(spec.originText);
    return spec;
}

const std::vector<TimestampParser>& parsers()
{
    static const std::vector<TimestampParser> kParsers = [] {
        std::vector<TimestampParser> out;
        out.emplace_back(TimestampSpec{});
        for (const char* format : {"%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f%z", "%d/%m/%Y %H:%M", "%m/%d/%y %I:%M %p",
                                   "%e %b %Y %H:%M", "%d-%h-%Y", "%Y%m%d%H%M%S", "%s", "%H:%M %% %Y-%m-%d"})
            out.emplace_back(formatSpec(format));
        for (const char* unit : {"ms", "s", "minutes", "hours", "days"}) {
            out.emplace_back(offsetSpec(unit, "2024-01-01T00:00:00Z"));
            out.emplace_back(offsetSpec(unit, "1900-03-01T12:30:00+05:30"));
        }
        return out;
    }();
    return kParsers;
}

// The same text read by parseIso and by the equivalent explicit format must give the same
// moment whenever both accept it: two readings of one cell may not disagree.
void checkIsoAgreesWithFormat(std::string_view text)
{
    const auto iso = TimestampParser::parseIso(text);
    if (!iso)
        return;
    const auto formatted = TimestampParser::parseWithFormat(text, "%Y-%m-%d %H:%M:%S");
    if (formatted && *formatted != *iso) {
        std::fprintf(stderr, "parseIso gives %lld, \"%%Y-%%m-%%d %%H:%%M:%%S\" gives %lld\n",
                     static_cast<long long>(*iso), static_cast<long long>(*formatted));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    for (const TimestampParser& parser : parsers()) {
        (void)parser.parse(text);
        (void)parser.expectation();
    }
    (void)TimestampParser::parseEpoch(text);
    (void)TimestampParser::unitToMs(text);
    checkIsoAgreesWithFormat(text);

    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        const std::string_view format = text.substr(0, nul);
        const std::string_view cell = text.substr(nul + 1);
        (void)TimestampParser::parseWithFormat(cell, format);
        (void)TimestampParser(formatSpec(std::string(format))).expectation();
    }
    return 0;
}
