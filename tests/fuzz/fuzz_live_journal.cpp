// libFuzzer target: the live journal (LiveJournal), which the next live session reads
// after a kill -9, a full disk or a crash of the machine may have left any bytes in it.
// Reading must never crash or throw, and must take nothing that was not written whole:
// - the input as a whole journal file (LiveJournal::parse), whose records must come out
//   in rising sequence, each past the hint of what was committed;
// - the input as one record (JournalCodec::readRecord) and as one payload whose header
//   and checksum are made right (JournalCodec::readPayload), so that the fuzzer reaches
//   the decoding behind the checksum: what either accepts must encode back to the very
//   same bytes.

#include "live/journal_codec.h"
#include "live/live_journal.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using fraudlens::live::JournalCodec;
using fraudlens::live::LiveJournal;

namespace {

constexpr std::int64_t kImport = 7;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const LiveJournal::Contents contents = LiveJournal::parse(bytes);
    for (std::size_t i = 0; i < contents.records.size(); ++i)
        check(contents.records[i].sequence > (i == 0 ? contents.committedThrough : contents.records[i - 1].sequence));
    check(contents.records.empty() || !contents.damagedHeader);

    JournalCodec::Entry entry;
    std::size_t used = 0;
    if (JournalCodec::readRecord(bytes, kImport, entry, used)) {
        check(used <= size);
        std::string again;
        JournalCodec::appendRecord(again, kImport, entry);
        check(again == bytes.substr(0, used));
    }

    if (JournalCodec::readPayload(bytes, entry)) {
        std::string again;
        JournalCodec::appendPayload(again, entry);
        check(again == bytes);
        // Framed as the journal frames it, the entry reads back whole.
        entry.sequence = 42;
        std::string framed;
        JournalCodec::appendRecord(framed, kImport, entry);
        JournalCodec::Entry back;
        check(JournalCodec::readRecord(framed, kImport, back, used) && back.sequence == 42 && used == framed.size());
    }
    return 0;
}
