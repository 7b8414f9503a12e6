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
// Layout: a header (magic, the session's import id, a random salt, a hint of what was
// committed, and the import's digest: which database it belongs to), then records, each
// with its length, session sequence and a checksum keyed by import id and salt.
//
// The file wraps: once a pass has written wrapAt bytes, the next write goes back to the
// top, over records that are committed. Every write goes only over committed records
// (the journal keeps, per sixty-fourth of a pass, the newest sequence written there, and
// is told what is committed); where the next one would not, it goes to the end of the
// file instead. So the session never waits for the applier to wrap, and every record not
// yet committed is whole somewhere in the file. Reading therefore takes every whole
// record wherever it lies, resynchronising past torn or overwritten ones, and returns
// them in sequence order. Records up to the header's hint (committed when it was
// written, about once a stretch) are left out; recovery checks the rest against what is
// stored.
//
// The session holds an exclusive flock on its journal while it runs, so that a session
// on the same database in another process does not take a running one's for a leftover.
// One thread.
class LiveJournal {
public:
    using Entry = JournalCodec::Entry;

    static constexpr std::uint64_t kWrapAt = 64u << 20;

    struct Contents {
        std::int64_t importId = 0;
        std::string importDigest; // the imports row's sha256
        // Every whole record past the hint, in sequence order (committed ones among them).
        std::vector<Entry> records;
        // Every record up to this sequence was committed when the journal last said so.
        std::int64_t committedThrough = 0;
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
    // was: a running session's journal is never emptied by a second opener. wrapAt is
    // how far a pass writes before it goes back to the top (tests make it small).
    LiveJournal(std::string path, std::int64_t importId, const std::string& importDigest,
                std::uint64_t wrapAt = kWrapAt);
    // Unlocks; the file stays unless remove() was called.
    ~LiveJournal();
    LiveJournal(const LiveJournal&) = delete;
    LiveJournal& operator=(const LiveJournal&) = delete;

    // Buffers an entry; nothing is durable before flush(). Sequences rise.
    void add(const Entry& entry);
    void add(std::int64_t sequence, const store::TransactionRecord& record, bool blocked);
    // Writes what add() buffered in one write(), over nothing later than committedThrough;
    // throws std::system_error on failure (disk full): then none of it may be acknowledged.
    void flush(std::int64_t committedThrough);
    // How far the file reaches: what a pass wrote, or more while commits lag a whole pass.
    std::uint64_t fileSize() const { return m_end; }
    // At a clean end, once every record is committed.
    void remove();
    const std::string& path() const { return m_path; }

private:
    void write(std::string_view bytes, std::uint64_t at);
    // Whether [at, at + size) holds nothing later than committedThrough: of what earlier
    // passes wrote there, and with thisPassToo, of what this one did.
    bool overwritable(std::uint64_t at, std::uint64_t size, std::int64_t committedThrough, bool thisPassToo) const;
    void note(std::uint64_t at, std::uint64_t size, std::int64_t sequence);
    void hint(std::int64_t committedThrough);

    std::string m_path;
    int m_fd = -1;
    std::uint64_t m_key = 0;       // the records' checksum key: import id and salt
    std::uint64_t m_wrapAt = 0;
    std::uint64_t m_stretch = 0;   // the span each m_current and m_older entry covers
    std::uint64_t m_dataStart = 0; // just past the header
    std::uint64_t m_offset = 0;    // where the last flush ended
    std::uint64_t m_end = 0;       // the file's end
    std::uint64_t m_hintedAt = 0;  // m_written when the hint was last written
    std::uint64_t m_written = 0;   // bytes of records written, all passes
    std::int64_t m_hinted = 0;
    std::int64_t m_buffered = 0;   // the last sequence add() took
    // Per stretch, the newest sequence with bytes there: written by this pass, which only
    // moves on, and by the passes before it, whose records it may go over.
    std::vector<std::int64_t> m_current;
    std::vector<std::int64_t> m_older;
    std::string m_buffer;
};

} // namespace fraudlens::live
