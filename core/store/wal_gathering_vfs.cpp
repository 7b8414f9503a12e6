#include "store/wal_gathering_vfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <mutex>
#include <new>
#include <type_traits>
#include <vector>

namespace fraudlens::store {

namespace {

constexpr int kFrameHeaderBytes = 24;
// An import's commit of many megabytes goes out in pieces of about this size.
constexpr std::size_t kMostHeld = std::size_t{4} << 20;
// The unix VFS writes at most 128 KiB - 1 bytes a call (it masks the length to 17 bits).
constexpr std::size_t kMostAtOnce = std::size_t{31} * 4096;

struct GatherFile;

// The database file of a connection that may gather: the default VFS's, watched for the
// moment its connection lets go of the WAL's write lock, and for an EXCLUSIVE lock.
struct WatchedDb {
    sqlite3_file base; // first: SQLite sees a WatchedDb as its sqlite3_file
    sqlite3_file* real;
    const char* name; // the pointer SQLite opened it with: its WAL's name leads back to it
    GatherFile* wal;
    bool exclusive;
};
static_assert(std::is_standard_layout_v<WatchedDb>, "WatchedDb must start with its sqlite3_file");

struct GatherFile {
    sqlite3_file base;
    sqlite3_file* real;
    WatchedDb* db;
    std::vector<unsigned char> held;
    sqlite3_int64 heldAt;
    // held ends with a frame header whose page SQLite has not written yet.
    bool headerOpen;
    WalGatherCounts counts;
};
static_assert(std::is_standard_layout_v<GatherFile>, "GatherFile must start with its sqlite3_file");

// The default VFS's file lives in the bytes after ours.
constexpr int realAt(std::size_t ours)
{
    return static_cast<int>((ours + alignof(std::max_align_t) - 1) / alignof(std::max_align_t) * alignof(std::max_align_t));
}
constexpr int kRealAt = std::max(realAt(sizeof(GatherFile)), realAt(sizeof(WatchedDb)));

// The open database files, by the name pointer SQLite gave each: unique per connection,
// and what sqlite3_filename_database() returns for that connection's WAL name.
std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<WatchedDb*>& registry()
{
    static std::vector<WatchedDb*> open;
    return open;
}

WatchedDb* registered(const char* name)
{
    std::lock_guard lock(registryMutex());
    for (WatchedDb* db : registry()) {
        if (db->name == name)
            return db;
    }
    return nullptr;
}

GatherFile& gather(sqlite3_file* file)
{
    return *reinterpret_cast<GatherFile*>(file);
}

sqlite3_vfs* underlying(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

// A commit frame's header carries the database's size in pages after the commit; any other
// frame's carries zero (bytes 4 to 7, big-endian).
bool commitsTransaction(const unsigned char* header)
{
    return (header[4] | header[5] | header[6] | header[7]) != 0;
}

int writeThrough(GatherFile& f, const void* data, int amount, sqlite3_int64 offset)
{
    ++f.counts.fileWrites;
    return f.real->pMethods->xWrite(f.real, data, amount, offset);
}

// On failure everything stays held, and the next flush writes it all again: SQLite may go
// on with the transaction after a failed statement (it rolls back only that one), and the
// frames it was told about must reach the file before any commit does.
int flush(GatherFile& f)
{
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
void discard(GatherFile& f)
{
    f.counts.discarded += f.held.size();
    f.held.clear();
    f.headerOpen = false;
}

void hold(GatherFile& f, const void* data, int amount, sqlite3_int64 offset)
{
    if (f.held.empty())
        f.heldAt = offset;
    const auto* bytes = static_cast<const unsigned char*>(data);
    f.held.insert(f.held.end(), bytes, bytes + amount);
}

// SQLite writes a frame as its header, then its page, at the WAL's end. Only that pattern
// is held, and only for frames that do not commit; anything else sends what waits first.
int gatherOrWrite(GatherFile& f, const void* data, int amount, sqlite3_int64 offset)
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
    // In locking_mode=EXCLUSIVE no write lock is ever let go of, so nothing would tell a
    // rolled-back transaction's frames apart: the WAL is written as it comes.
    if (f.db != nullptr && !f.db->exclusive) {
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

int gatherClose(sqlite3_file* file)
{
    auto& f = gather(file);
    const int flushed = flush(f);
    const int closed = f.real->pMethods->xClose(f.real);
    if (f.db != nullptr)
        f.db->wal = nullptr;
    f.~GatherFile();
    return flushed != SQLITE_OK ? flushed : closed;
}

int gatherRead(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset)
{
    auto& f = gather(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
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

WatchedDb& watched(sqlite3_file* file)
{
    return *reinterpret_cast<WatchedDb*>(file);
}

sqlite3_file* realOf(sqlite3_file* file)
{
    return watched(file).real;
}

int dbClose(sqlite3_file* file)
{
    auto& db = watched(file);
    {
        std::lock_guard lock(registryMutex());
        auto& open = registry();
        open.erase(std::remove(open.begin(), open.end(), &db), open.end());
    }
    if (db.wal != nullptr)
        db.wal->db = nullptr;
    const int rc = db.real->pMethods->xClose(db.real);
    db.~WatchedDb();
    return rc;
}

int dbRead(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset)
{
    return realOf(file)->pMethods->xRead(realOf(file), data, amount, offset);
}

int dbWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    return realOf(file)->pMethods->xWrite(realOf(file), data, amount, offset);
}

int dbTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}

int dbSync(sqlite3_file* file, int flags)
{
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}

int dbFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}

// SQLite locks the database file EXCLUSIVE in WAL mode only to change the journal mode, to
// close the last connection, or for good in locking_mode=EXCLUSIVE.
int dbLock(sqlite3_file* file, int level)
{
    auto& db = watched(file);
    if (level == SQLITE_LOCK_EXCLUSIVE) {
        db.exclusive = true;
        if (db.wal != nullptr) {
            if (const int rc = flush(*db.wal); rc != SQLITE_OK)
                return rc;
        }
    }
    const int rc = db.real->pMethods->xLock(db.real, level);
    if (rc != SQLITE_OK && level == SQLITE_LOCK_EXCLUSIVE)
        db.exclusive = false;
    return rc;
}

int dbUnlock(sqlite3_file* file, int level)
{
    auto& db = watched(file);
    if (level < SQLITE_LOCK_EXCLUSIVE)
        db.exclusive = false;
    return db.real->pMethods->xUnlock(db.real, level);
}

int dbCheckReservedLock(sqlite3_file* file, int* reserved)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), reserved);
}

int dbFileControl(sqlite3_file* file, int op, void* arg)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}

int dbSectorSize(sqlite3_file* file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}

int dbDeviceCharacteristics(sqlite3_file* file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}

int dbShmMap(sqlite3_file* file, int page, int pageSize, int extend, void volatile** memory)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), page, pageSize, extend, memory);
}

// The WAL's write lock is the first of the WAL index's locks (walformat.html): its release
// ends a write transaction.
int dbShmLock(sqlite3_file* file, int offset, int count, int flags)
{
    auto& db = watched(file);
    const bool releasesWriteLock = offset == 0 && (flags & SQLITE_SHM_UNLOCK) != 0 && (flags & SQLITE_SHM_EXCLUSIVE) != 0;
    if (releasesWriteLock && db.wal != nullptr)
        discard(*db.wal);
    return db.real->pMethods->xShmLock(db.real, offset, count, flags);
}

void dbShmBarrier(sqlite3_file* file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}

int dbShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}

int dbFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** page)
{
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, page);
}

int dbUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, page);
}

const sqlite3_io_methods kWatchedDbMethods = {
    3,
    dbClose,
    dbRead,
    dbWrite,
    dbTruncate,
    dbSync,
    dbFileSize,
    dbLock,
    dbUnlock,
    dbCheckReservedLock,
    dbFileControl,
    dbSectorSize,
    dbDeviceCharacteristics,
    dbShmMap,
    dbShmLock,
    dbShmBarrier,
    dbShmUnmap,
    dbFetch,
    dbUnfetch,
};

// A database file whose default methods are of an older version than ours is opened again
// as the default VFS's own; its WAL, found without a watched database, is written as it comes.
int openDatabase(sqlite3_vfs* real, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* db = new (file) WatchedDb{};
    db->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kRealAt);
    db->name = name;
    std::memset(db->real, 0, static_cast<std::size_t>(real->szOsFile));
    const int rc = real->xOpen(real, name, db->real, flags, outFlags);
    if (rc != SQLITE_OK || db->real->pMethods->iVersion < 3) {
        if (db->real->pMethods != nullptr)
            db->real->pMethods->xClose(db->real);
        db->~WatchedDb();
        file->pMethods = nullptr;
        return rc != SQLITE_OK ? rc : real->xOpen(real, name, file, flags, outFlags);
    }
    {
        std::lock_guard lock(registryMutex());
        registry().push_back(db);
    }
    file->pMethods = &kWatchedDbMethods;
    return SQLITE_OK;
}

int vfsOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    sqlite3_vfs* real = underlying(vfs);
    if ((flags & SQLITE_OPEN_MAIN_DB) != 0 && name != nullptr)
        return openDatabase(real, name, file, flags, outFlags);
    WatchedDb* db = (flags & SQLITE_OPEN_WAL) != 0 && name != nullptr ? registered(sqlite3_filename_database(name)) : nullptr;
    if (db == nullptr)
        return real->xOpen(real, name, file, flags, outFlags);

    auto* f = new (file) GatherFile{};
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kRealAt);
    std::memset(f->real, 0, static_cast<std::size_t>(real->szOsFile));
    const int rc = real->xOpen(real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (f->real->pMethods != nullptr)
            f->real->pMethods->xClose(f->real);
        f->~GatherFile();
        file->pMethods = nullptr;
        return rc;
    }
    f->db = db;
    db->wal = f;
    file->pMethods = &kGatherMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return underlying(vfs)->xDelete(underlying(vfs), name, syncDir);
}

int vfsAccess(sqlite3_vfs* vfs, const char* name, int flags, int* result)
{
    return underlying(vfs)->xAccess(underlying(vfs), name, flags, result);
}

int vfsFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
{
    return underlying(vfs)->xFullPathname(underlying(vfs), name, size, out);
}

void* vfsDlOpen(sqlite3_vfs* vfs, const char* name)
{
    return underlying(vfs)->xDlOpen(underlying(vfs), name);
}

void vfsDlError(sqlite3_vfs* vfs, int size, char* message)
{
    underlying(vfs)->xDlError(underlying(vfs), size, message);
}

using Symbol = void (*)();
Symbol vfsDlSym(sqlite3_vfs* vfs, void* library, const char* symbol)
{
    return underlying(vfs)->xDlSym(underlying(vfs), library, symbol);
}

void vfsDlClose(sqlite3_vfs* vfs, void* library)
{
    underlying(vfs)->xDlClose(underlying(vfs), library);
}

int vfsRandomness(sqlite3_vfs* vfs, int size, char* out)
{
    return underlying(vfs)->xRandomness(underlying(vfs), size, out);
}

int vfsSleep(sqlite3_vfs* vfs, int microseconds)
{
    return underlying(vfs)->xSleep(underlying(vfs), microseconds);
}

int vfsCurrentTime(sqlite3_vfs* vfs, double* now)
{
    return underlying(vfs)->xCurrentTime(underlying(vfs), now);
}

int vfsGetLastError(sqlite3_vfs* vfs, int size, char* message)
{
    return underlying(vfs)->xGetLastError(underlying(vfs), size, message);
}

int vfsCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* now)
{
    return underlying(vfs)->xCurrentTimeInt64(underlying(vfs), now);
}

} // namespace

const char* walGatheringVfsName()
{
    static const char* const name = []() -> const char* {
        static sqlite3_vfs vfs{};
        sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
        if (real == nullptr)
            return nullptr; // SQLite opens with its default VFS then
        vfs.iVersion = real->iVersion >= 2 && real->xCurrentTimeInt64 != nullptr ? 2 : 1;
        vfs.szOsFile = kRealAt + real->szOsFile;
        vfs.mxPathname = real->mxPathname;
        vfs.zName = "fraudlens-wal-gathering";
        vfs.pAppData = real;
        vfs.xOpen = vfsOpen;
        vfs.xDelete = vfsDelete;
        vfs.xAccess = vfsAccess;
        vfs.xFullPathname = vfsFullPathname;
        vfs.xDlOpen = vfsDlOpen;
        vfs.xDlError = vfsDlError;
        vfs.xDlSym = vfsDlSym;
        vfs.xDlClose = vfsDlClose;
        vfs.xRandomness = vfsRandomness;
        vfs.xSleep = vfsSleep;
        vfs.xCurrentTime = vfsCurrentTime;
        vfs.xGetLastError = vfsGetLastError;
        vfs.xCurrentTimeInt64 = vfs.iVersion >= 2 ? vfsCurrentTimeInt64 : nullptr;
        if (sqlite3_vfs_register(&vfs, 0) != SQLITE_OK)
            return nullptr;
        return vfs.zName;
    }();
    return name;
}

std::optional<WalGatherCounts> walGatherCounts(sqlite3_file* file)
{
    if (file == nullptr || file->pMethods != &kGatherMethods)
        return std::nullopt;
    return gather(file).counts;
}

} // namespace fraudlens::store
