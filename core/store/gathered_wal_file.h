#pragma once

#include "store/wal_gathering_vfs.h"

#include <sqlite3.h>

#include <cstddef>
#include <vector>

namespace fraudlens::store::wal_gathering {

struct WatchedDatabaseFile;

// Where the default VFS's file starts inside one of ours of the given size: right after it,
// aligned for anything.
constexpr int realFileOffset(std::size_t ours)
{
    return static_cast<int>((ours + alignof(std::max_align_t) - 1) / alignof(std::max_align_t) * alignof(std::max_align_t));
}

// A WAL opened through the gathering VFS (wal_gathering_vfs.h says what it keeps): the
// default VFS's file, in the bytes after this, and the frames that wait to be written.
struct GatheredWalFile {
    sqlite3_file base; // first: SQLite sees a GatheredWalFile as its sqlite3_file
    sqlite3_file* real;
    WatchedDatabaseFile* db; // its connection's database file; null once that closed
    std::vector<unsigned char> held;
    sqlite3_int64 heldAt;
    // held ends with a frame header whose page SQLite has not written yet.
    bool headerOpen;
    WalGatherCounts counts;
};

// Where the default VFS's file starts inside a GatheredWalFile.
int gatheredWalRealAt();
// Opens the WAL of the connection whose database file is db into file.
int openGatheredWal(sqlite3_vfs* real, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags,
                    WatchedDatabaseFile& db);
// Writes what waits; on failure everything stays held, to be written again.
int flush(GatheredWalFile& wal);
// Drops what waits: it belongs to a transaction that rolled back.
void discard(GatheredWalFile& wal);
// file as a GatheredWalFile, or null when it is another kind of file.
GatheredWalFile* asGatheredWal(sqlite3_file* file);

} // namespace fraudlens::store::wal_gathering
