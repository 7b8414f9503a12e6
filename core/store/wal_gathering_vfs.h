#pragma once

#include <cstdint>
#include <optional>

struct sqlite3_file;

namespace fraudlens::store {

// A SQLite VFS over the default one that writes each commit's WAL frames with one
// write() instead of two per frame (a 24-byte header, then the page). On a paravirtualised
// 2-core laptop VM a system call costs microseconds, and a live commit of ~280 frames paid
// for 560 of them.
//
// Why this keeps SQLite's guarantees: frames wait in memory only while they belong to an
// unfinished transaction, which no other connection may read and crash recovery discards.
// The write of a commit frame's header sends everything before it, itself included, before
// returning, so SQLite sees any write error exactly where it would have, and the frames are
// in the file before SQLite publishes them in the WAL index. A failed write keeps what it
// could not write, to be written again before anything else. Any other use of the WAL file
// (a read, sync, truncate, size, file control or close) sends what waits first.
// The connection's database file is watched too (it is otherwise the default VFS's): when
// the connection lets go of the WAL's write lock, what still waits belongs to a transaction
// that rolled back and is dropped, since another connection may write there next; and while
// the file is locked EXCLUSIVE (locking_mode=EXCLUSIVE, where no write lock is let go of),
// the WAL is written as it comes. The shared-memory index and journals are the default VFS's.
//
// Registered (not as the default) on the first call; thread-safe.
const char* walGatheringVfsName();

struct WalGatherCounts {
    std::uint64_t writes = 0;  // calls SQLite made to write the WAL
    std::uint64_t fileWrites = 0; // writes made to the file underneath
    std::uint64_t discarded = 0;  // bytes of rolled-back transactions never written
};

// The counts of a WAL file opened through that VFS (SQLITE_FCNTL_JOURNAL_POINTER gives it);
// nullopt for any other file.
std::optional<WalGatherCounts> walGatherCounts(sqlite3_file* file);

} // namespace fraudlens::store
