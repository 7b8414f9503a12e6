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

    // A record's frame: what its header and checksum vouch for, before its payload is
    // decoded.
    struct Frame {
        std::int64_t sequence = 0;
        std::string_view payload;
        std::size_t size = 0; // header and payload
    };

    // Appends header and payload of one entry. The key is what the checksum mixes in
    // first: the journal's import id and its session's salt (LiveJournal).
    static void appendRecord(std::string& out, std::uint64_t key, const Entry& entry);
    // The same without an Entry: the live session writes the record it holds, uncopied.
    static void appendRecord(std::string& out, std::uint64_t key, std::int64_t sequence,
                             const store::TransactionRecord& record, bool blocked);
    // The frame at the start of bytes, if it is whole and its checksum holds for this key.
    // False for anything else, never a throw.
    static bool readFrame(std::string_view bytes, std::uint64_t key, Frame& frame);
    // Where the next frame of this key may start at or after from (its magic), or npos:
    // how a reader finds whole records again past a torn or overwritten one.
    static std::size_t nextFrameStart(std::string_view bytes, std::uint64_t key, std::size_t from);
    // The entry at the start of bytes, if its frame holds and its payload decodes; size is
    // then how many bytes it took.
    static bool readRecord(std::string_view bytes, std::uint64_t key, Entry& entry, std::size_t& size);

    static void appendPayload(std::string& out, const Entry& entry);
    static void appendPayload(std::string& out, const store::TransactionRecord& record, bool blocked);
    static bool readPayload(std::string_view payload, Entry& entry);
    // FNV-1a over the key, the sequence and the payload: catches a torn or damaged record,
    // which is all it is asked to. Not a MAC, but a record forged inside a transaction's
    // text cannot pass for one without the key's salt, which never leaves the file (the
    // frame's magic holds the key's high half too).
    static std::uint64_t checksum(std::uint64_t key, std::int64_t sequence, std::string_view payload);
};

} // namespace fraudlens::live
