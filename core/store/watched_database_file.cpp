#include "store/watched_database_file.h"

#include "store/burst_pacing.h"
#include "store/gathered_wal_file.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <mutex>
#include <new>
#include <type_traits>
#include <vector>

namespace fraudlens::store::wal_gathering {

namespace {

static_assert(std::is_standard_layout_v<WatchedDatabaseFile>, "WatchedDatabaseFile must start with its sqlite3_file");

constexpr int kDatabaseRealAt = realFileOffset(sizeof(WatchedDatabaseFile));

// The open database files, by the name pointer SQLite gave each: unique per connection,
// and what sqlite3_filename_database() returns for that connection's WAL name.
// Never destroyed: a connection closed by another static's destructor still finds them.
std::mutex& registryMutex()
{
    static auto* mutex = new std::mutex;
    return *mutex;
}

std::vector<WatchedDatabaseFile*>& registry()
{
    static auto* open = new std::vector<WatchedDatabaseFile*>;
    return *open;
}

WatchedDatabaseFile& watched(sqlite3_file* file)
{
    return *reinterpret_cast<WatchedDatabaseFile*>(file);
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
    db.~WatchedDatabaseFile();
    return rc;
}

int dbRead(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset)
{
    burst_pacing::breathe();
    return realOf(file)->pMethods->xRead(realOf(file), data, amount, offset);
}

int dbWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    burst_pacing::breathe();
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
        if (db.wal != nullptr) {
            if (const int rc = flush(*db.wal); rc != SQLITE_OK)
                return rc;
        }
        db.exclusive = true;
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
    const bool writeLock = offset == 0 && (flags & SQLITE_SHM_EXCLUSIVE) != 0;
    if (writeLock && (flags & SQLITE_SHM_UNLOCK) != 0) {
        db.writeLocked = false;
        if (db.wal != nullptr)
            discard(*db.wal);
    }
    const int rc = db.real->pMethods->xShmLock(db.real, offset, count, flags);
    if (writeLock && (flags & SQLITE_SHM_LOCK) != 0 && rc == SQLITE_OK)
        db.writeLocked = true;
    return rc;
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

const sqlite3_io_methods kWatchedDatabaseFileMethods = {
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

} // namespace

int watchedDatabaseRealAt()
{
    return kDatabaseRealAt;
}

WatchedDatabaseFile* watchedDatabaseNamed(const char* name)
{
    std::lock_guard lock(registryMutex());
    for (WatchedDatabaseFile* db : registry()) {
        if (db->name == name)
            return db;
    }
    return nullptr;
}

// A database file whose default methods are of an older version than ours is opened again
// as the default VFS's own; its WAL, found without a watched database, is written as it comes.
int openWatchedDatabase(sqlite3_vfs* real, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* db = new (file) WatchedDatabaseFile{};
    db->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + kDatabaseRealAt);
    db->name = name;
    std::memset(db->real, 0, static_cast<std::size_t>(real->szOsFile));
    const int rc = real->xOpen(real, name, db->real, flags, outFlags);
    if (rc != SQLITE_OK || db->real->pMethods->iVersion < 3) {
        if (db->real->pMethods != nullptr)
            db->real->pMethods->xClose(db->real);
        db->~WatchedDatabaseFile();
        file->pMethods = nullptr;
        return rc != SQLITE_OK ? rc : real->xOpen(real, name, file, flags, outFlags);
    }
    {
        std::lock_guard lock(registryMutex());
        registry().push_back(db);
    }
    file->pMethods = &kWatchedDatabaseFileMethods;
    return SQLITE_OK;
}

} // namespace fraudlens::store::wal_gathering
