#include "store/gathered_wal_file.h"

#include "store/burst_pacing.h"
#include "store/watched_database_file.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <new>
#include <type_traits>

namespace fraudlens::store::wal_gathering {

namespace {

constexpr int kFrameHeaderBytes = 24;
// An import's commit of many megabytes goes out in pieces of about this size.
constexpr std::size_t kMostHeld = std::size_t{4} << 20;
// The unix VFS writes at most 128 KiB - 1 bytes a call (it masks the length to 17 bits).
constexpr std::size_t kMostAtOnce = std::size_t{31} * 4096;

static_assert(std::is_standard_layout_v<GatheredWalFile>, "GatheredWalFile must start with its sqlite3_file");

constexpr int kWalRealAt = realFileOffset(sizeof(GatheredWalFile));

GatheredWalFile& gather(sqlite3_file* file)
{
    return *reinterpret_cast<GatheredWalFile*>(file);
}

// A commit frame's header carries the database's size in pages after the commit; any other
// frame's carries zero (bytes 4 to 7, big-endian).
bool commitsTransaction(const unsigned char* header)
{
    return (header[4] | header[5] | header[6] | header[7]) != 0;
}

int writeThrough(GatheredWalFile& f, const void* data, int amount, sqlite3_int64 offset)
{
    ++f.counts.fileWrites;
    burst_pacing::breathe();
    return f.real->pMethods->xWrite(f.real, data, amount, offset);
}

void hold(GatheredWalFile& f, const void* data, int amount, sqlite3_int64 offset)
{
    if (f.held.empty())
        f.heldAt = offset;
    const auto* bytes = static_cast<const unsigned char*>(data);
    f.held.insert(f.held.end(), bytes, bytes + amount);
}

// SQLite writes a frame as its header, then its page, at the WAL's end. Only that pattern
// is held, and only for frames that do not commit; anything else sends what waits first.
int gatherOrWrite(GatheredWalFile& f, const void* data, int amount, sqlite3_int64 offset)
{
    const bool follows = !f.held.empty()
        && offset == f.heldAt + static_cast<sqlite3_int64>(f.held.size());
    if (f.headerOpen && follows && amount != kFrameHeaderBytes) {
        hold(f, data, amount, offset);
        f.headerOpen = false;
        return f.held.size() >= kMostHeld ? flush(f) : SQLITE_OK;
    }
    const bool frameHeader = amount == kFrameHeaderBytes && !f.headerOpen && (f.held.empty() || follows);
    if (frameHeader && !commitsTransaction(static_cast<const unsigned char*>(data))) {
        hold(f, data, amount, offset);
        f.headerOpen = true;
        return SQLITE_OK;
    }
    // A commit frame's header (written with what precedes it, in one write) or a write
    // out of the pattern: the rewrite of a frame already in the file, the WAL's header.
    if (follows) {
        hold(f, data, amount, offset);
        return flush(f);
    }
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return writeThrough(f, data, amount, offset);
}

int gatherWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    auto& f = gather(file);
    ++f.counts.writes;
    burst_pacing::breathe();
    // Held only under the write lock, whose release drops what a rollback left. In
    // locking_mode=EXCLUSIVE no write lock is let go of, so nothing would tell a rolled-back
    // transaction's frames apart: the WAL is written as it comes.
    if (mayWriteWal(f.db) && !f.db->exclusive) {
        try {
            return gatherOrWrite(f, data, amount, offset);
        } catch (const std::bad_alloc&) {
            // Holding takes memory, writing does not (held is as it was: appending at the
            // end of a vector of bytes has no effect when it throws).
        }
    }
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return writeThrough(f, data, amount, offset);
}

// What is held at close belongs to no commit (a commit sends it all first).
int gatherClose(sqlite3_file* file)
{
    auto& f = gather(file);
    discard(f);
    const int closed = f.real->pMethods->xClose(f.real);
    if (f.db != nullptr)
        f.db->wal = nullptr;
    f.~GatheredWalFile();
    return closed;
}

int gatherRead(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset)
{
    auto& f = gather(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    burst_pacing::breathe();
    return f.real->pMethods->xRead(f.real, data, amount, offset);
}

int gatherTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    auto& f = gather(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f.real->pMethods->xTruncate(f.real, size);
}

int gatherSync(sqlite3_file* file, int flags)
{
    auto& f = gather(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f.real->pMethods->xSync(f.real, flags);
}

int gatherFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    auto& f = gather(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f.real->pMethods->xFileSize(f.real, size);
}

int gatherLock(sqlite3_file* file, int level)
{
    sqlite3_file* real = gather(file).real;
    return real->pMethods->xLock(real, level);
}

int gatherUnlock(sqlite3_file* file, int level)
{
    sqlite3_file* real = gather(file).real;
    return real->pMethods->xUnlock(real, level);
}

int gatherCheckReservedLock(sqlite3_file* file, int* reserved)
{
    sqlite3_file* real = gather(file).real;
    return real->pMethods->xCheckReservedLock(real, reserved);
}

int gatherFileControl(sqlite3_file* file, int op, void* arg)
{
    auto& f = gather(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f.real->pMethods->xFileControl(f.real, op, arg);
}

int gatherSectorSize(sqlite3_file* file)
{
    sqlite3_file* real = gather(file).real;
    return real->pMethods->xSectorSize(real);
}

int gatherDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* real = gather(file).real;
    return real->pMethods->xDeviceCharacteristics(real);
}

// Version 1: SQLite maps memory and shares the WAL index through the database file, never
// through the WAL.
const sqlite3_io_methods kGatherMethods = {
    1,
    gatherClose,
    gatherRead,
    gatherWrite,
    gatherTruncate,
    gatherSync,
    gatherFileSize,
    gatherLock,
    gatherUnlock,
    gatherCheckReservedLock,
    gatherFileControl,
    gatherSectorSize,
    gatherDeviceCharacteristics,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
};

} // namespace

// On failure everything stays held, and the next flush writes it all again: SQLite may go
// on with the transaction after a failed statement (it rolls back only that one), and the
// frames it was told about must reach the file before any commit does.
int flush(GatheredWalFile& f)
{
    // Frames SQLite wrote while it held the write lock, and the lock is gone: their
    // transaction ended, and not with a commit. Written now, they could land on another
    // connection's frames. (The release itself drops them: this only guards that rule.)
    if (!mayWriteWal(f.db)) {
        discard(f);
        return SQLITE_OK;
    }
    for (std::size_t at = 0; at < f.held.size(); at += kMostAtOnce) {
        const std::size_t bytes = std::min(kMostAtOnce, f.held.size() - at);
        if (const int rc = writeThrough(f, f.held.data() + at, static_cast<int>(bytes), f.heldAt + static_cast<sqlite3_int64>(at));
            rc != SQLITE_OK)
            return rc;
    }
    f.held.clear();
    f.headerOpen = false;
    return SQLITE_OK;
}

// What is held when the connection lets go of the write lock belongs to a transaction
// that rolled back (a commit sends everything before SQLite publishes it): written after
// that, it could land on frames another connection has committed since.
void discard(GatheredWalFile& f)
{
    f.counts.discarded += f.held.size();
    f.held.clear();
    f.headerOpen = false;
}

int gatheredWalRealAt()
{
    return kWalRealAt;
}

int openGatheredWal(sqlite3_vfs* real, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags,
                    WatchedDatabaseFile& db)
{
    auto* f = new (file) GatheredWalFile{};
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kWalRealAt);
    std::memset(f->real, 0, static_cast<std::size_t>(real->szOsFile));
    const int rc = real->xOpen(real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods != nullptr)
            f->real->pMethods->xClose(f->real);
        f->~GatheredWalFile();
        file->pMethods = nullptr;
        return rc;
    }
    f->db = &db;
    db.wal = f;
    file->pMethods = &kGatherMethods;
    return SQLITE_OK;
}

GatheredWalFile* asGatheredWal(sqlite3_file* file)
{
    return file != nullptr && file->pMethods == &kGatherMethods ? &gather(file) : nullptr;
}

} // namespace fraudlens::store::wal_gathering
