#pragma once

#include "live/journal_codec.h"
#include "store/transaction_record.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fraudlens::live {

// What a live session has acknowledged and not yet committed to SQLite, in a file beside
// the database ("DB-live-IMPORTID"). A live session answers a transaction once its record
// is in here: one write(), which a kill -9 cannot take back (the page cache outlives the
// process), where a SQLite commit may wait tens of milliseconds behind a checkpoint's
// device flushes. The session's applier thread commits the records behind it, and the
// next session on the database stores whatever a killed one left (LiveRecovery).
//
// Layout: a header (magic, the session's import id and digest: which database it belongs
// to), then records, each with its length, session sequence and a checksum. Records
// follow each other with sequences 1 apart; once every record written is committed, the
// next ones are written over them from the top. Reading stops at the first record that
// is torn, damaged or not the next in sequence: older records left past the newest
// stretch, or a write a kill cut short, are never mistaken for acknowledged ones.
//
// The session holds an exclusive flock on its journal while it runs, so that a session
// on the same database in another process does not take a running one's for a leftover.
// One thread.
class LiveJournal {
public:
    using Entry = JournalCodec::Entry;

    struct Contents {
        std::int64_t importId = 0;
        std::string importDigest; // the imports row's sha256
        std::vector<Entry> records;
        bool damagedHeader = false; // not a journal this build can read: nothing was read
        // Shorter than its header, which is the start of one: a session killed while it
        // made its journal, before it acknowledged anything.
        bool unfinishedHeader = false;
    };

    static std::string pathFor(const std::string& dbPath, std::int64_t importId);
    // Journals beside dbPath that no running session holds: what killed sessions left.
    static std::vector<std::string> leftovers(const std::string& dbPath);
    static Contents read(const std::string& path);
    // The same for a journal's bytes (read() reads the file into memory first).
    static Contents parse(std::string_view bytes);

    // Creates the file and locks it, then empties it (a leftover of the same name is
    // replaced); throws std::system_error when it cannot, and then leaves the file as it
    // was: a running session's journal is never emptied by a second opener.
    LiveJournal(std::string path, std::int64_t importId, const std::string& importDigest);
    // Unlocks; the file stays unless remove() was called.
    ~LiveJournal();
    LiveJournal(const LiveJournal&) = delete;
    LiveJournal& operator=(const LiveJournal&) = delete;

    // Buffers an entry; nothing is durable before flush().
    void add(const Entry& entry);
    void add(std::int64_t sequence, const store::TransactionRecord& record, bool blocked);
    // Writes what add() buffered in one write(); throws std::system_error on failure
    // (disk full): then none of it may be acknowledged.
    void flush();
    // Every record flushed so far is committed: the next flush writes from the top.
    void startOver();
    // Bytes of records since the last start over.
    std::uint64_t size() const { return m_offset - m_dataStart; }
    // At a clean end, once every record is committed.
    void remove();
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    int m_fd = -1;
    std::int64_t m_importId = 0;
    std::uint64_t m_dataStart = 0; // just past the header
    std::uint64_t m_offset = 0;    // where the next flush writes
    std::string m_buffer;
};

} // namespace fraudlens::live
