#include "store/wal_gathering_vfs.h"

#include "store/gathered_wal_file.h"
#include "store/watched_database_file.h"

#include <sqlite3.h>

#include <algorithm>

namespace fraudlens::store {

namespace {

sqlite3_vfs* underlying(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

int vfsOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    sqlite3_vfs* real = underlying(vfs);
    if ((flags & SQLITE_OPEN_MAIN_DB) != 0 && name != nullptr)
        return wal_gathering::openWatchedDatabase(real, name, file, flags, outFlags);
    wal_gathering::WatchedDatabaseFile* db = (flags & SQLITE_OPEN_WAL) != 0 && name != nullptr
        ? wal_gathering::watchedDatabaseNamed(sqlite3_filename_database(name))
        : nullptr;
    if (db == nullptr)
        return real->xOpen(real, name, file, flags, outFlags);
    return wal_gathering::openGatheredWal(real, name, file, flags, outFlags, *db);
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
        vfs.szOsFile = std::max(wal_gathering::gatheredWalRealAt(), wal_gathering::watchedDatabaseRealAt()) + real->szOsFile;
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
    const wal_gathering::GatheredWalFile* wal = wal_gathering::asGatheredWal(file);
    return wal != nullptr ? std::optional<WalGatherCounts>(wal->counts) : std::nullopt;
}

} // namespace fraudlens::store
