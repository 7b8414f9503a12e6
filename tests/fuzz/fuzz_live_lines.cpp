// libFuzzer target: a live stream (`fraudlens live`, the GUI's Live switch), whose lines
// come from a followed file or a TCP client that nobody vouches for. LiveRecordParser
// promises that it never throws for what a line holds and that a bad line never stops the
// stream, so nothing is caught: any exception is a broken promise and a crash here.
//
// The input is split into lines at '\n' (as the line sources do) and fed with increasing
// line numbers: with the format detected from the first line (CSV or JSON lines), twice
// over, as a file that was truncated and written again (line 1 restarts the stream);
// fixed to JSON lines, which makes every input a JSON stream; and joined in the middle,
// as a follower started at the end of a file does (resumeAfter). A parser that returns a
// record must have settled on a format.

#include "ingest/row_problem.h"
#include "live/live_record_parser.h"
#include "store/transaction_record.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

using fraudlens::live::LiveRecordParser;

void feed(LiveRecordParser& parser, std::string_view stream, std::int64_t number = 0)
{
    fraudlens::store::TransactionRecord record;
    fraudlens::ingest::RowProblem problem;
    while (!stream.empty()) {
        const std::size_t end = stream.find('\n');
        const std::string_view line = stream.substr(0, end);
        stream.remove_prefix(end == std::string_view::npos ? stream.size() : end + 1);
        const auto outcome = parser.parse(line, ++number, record, problem);
        if (outcome == LiveRecordParser::Outcome::Record && parser.format() == LiveRecordParser::Format::Auto) {
            std::fprintf(stderr, "line %lld gave a record while the format is still undecided\n",
                         static_cast<long long>(number));
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view stream(reinterpret_cast<const char*>(data), size);

    LiveRecordParser detected(LiveRecordParser::defaultMapping(), LiveRecordParser::Format::Auto, "fuzz");
    feed(detected, stream);
    feed(detected, stream);

    LiveRecordParser json(LiveRecordParser::defaultMapping(), LiveRecordParser::Format::JsonLines, "fuzz");
    feed(json, stream);

    LiveRecordParser resumed(LiveRecordParser::defaultMapping(), LiveRecordParser::Format::Auto, "fuzz");
    const std::size_t firstEnd = stream.find('\n');
    fraudlens::ingest::RowProblem problem;
    (void)resumed.resumeAfter(stream.substr(0, firstEnd), problem);
    if (firstEnd != std::string_view::npos)
        feed(resumed, stream.substr(firstEnd + 1), 1000);
    return 0;
}
