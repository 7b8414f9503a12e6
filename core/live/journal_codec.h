#pragma once

#include "store/transaction_record.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fraudlens::live {

// How LiveJournal lays out what it keeps, apart from the file: a transaction record as
// bytes and back, and the checksum that tells a whole record from a torn or stale one.
// Written by hand, not with a serialisation library: a record is a dozen strings and
// numbers, encoded in well under a microsecond on the acknowledgement's path.
class JournalCodec {
public:
    static constexpr std::size_t kRecordHeader = 4 + 4 + 8 + 8; // magic, payload size, sequence, checksum
    static constexpr std::uint32_t kMaxPayload = 16u << 20;     // no line the parser takes comes near

    // One acknowledged transaction: its record, and what the answer said of it that the
    // record alone does not (that it was blocked).
    struct Entry {
        std::int64_t sequence = 0;
        store::TransactionRecord record;
        bool blocked = false;
    };

    // Appends header and payload of one entry.
    static void appendRecord(std::string& out, std::int64_t importId, const Entry& entry);
    // The same without an Entry: the live session writes the record it holds, uncopied.
    static void appendRecord(std::string& out, std::int64_t importId, std::int64_t sequence,
                             const store::TransactionRecord& record, bool blocked);
    // The entry at the start of bytes, if it is whole, undamaged and of this import; size
    // is then how many bytes it took. False for anything else, never a throw.
    static bool readRecord(std::string_view bytes, std::int64_t importId, Entry& entry, std::size_t& size);

    static void appendPayload(std::string& out, const Entry& entry);
    static void appendPayload(std::string& out, const store::TransactionRecord& record, bool blocked);
    static bool readPayload(std::string_view payload, Entry& entry);
    // FNV-1a over the import, the sequence and the payload: catches a torn or stale
    // record, which is all it is asked to.
    static std::uint64_t checksum(std::int64_t importId, std::int64_t sequence, std::string_view payload);
};

} // namespace fraudlens::live
