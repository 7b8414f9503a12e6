#pragma once

#include <sqlite3.h>

namespace fraudlens::store::wal_gathering {

struct GatheredWalFile;

// The database file of a connection that may gather: the default VFS's, in the bytes after
// this, watched for the moment its connection lets go of the WAL's write lock (what its WAL
// still holds then is dropped) and for an EXCLUSIVE lock (its WAL is written as it comes).
struct WatchedDatabaseFile {
    sqlite3_file base; // first: SQLite sees a WatchedDatabaseFile as its sqlite3_file
    sqlite3_file* real;
    const char* name; // the pointer SQLite opened it with: its WAL's name leads back to it
    GatheredWalFile* wal;
    bool writeLocked; // the connection holds the WAL's write lock
    bool exclusive;   // the file is locked EXCLUSIVE: no write lock is let go of
};

// Whether the WAL of db may be written now: only while its connection holds the WAL's
// write lock or the database file EXCLUSIVE, as SQLite writes it.
inline bool mayWriteWal(const WatchedDatabaseFile* db)
{
    return db != nullptr && (db->writeLocked || db->exclusive);
}

// Where the default VFS's file starts inside a WatchedDatabaseFile.
int watchedDatabaseRealAt();
// Opens a connection's main database file into file. Where the default VFS's methods are
// older than version 3, the file is the default VFS's own, and its WAL is not gathered.
int openWatchedDatabase(sqlite3_vfs* real, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags);
// The open database file SQLite opened with exactly this name pointer, or null.
WatchedDatabaseFile* watchedDatabaseNamed(const char* name);

} // namespace fraudlens::store::wal_gathering
