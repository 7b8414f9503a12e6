#include "store/wal_gathering_vfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
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

struct GatherFile {
    sqlite3_file base; // first: SQLite sees a GatherFile as its sqlite3_file
    sqlite3_file* real;
    std::vector<unsigned char> held;
    sqlite3_int64 heldAt;
    // held ends with a frame header whose page SQLite has not written yet.
    bool headerOpen;
    WalGatherCounts counts;
};
static_assert(std::is_standard_layout_v<GatherFile>, "GatherFile must start with its sqlite3_file");

// The default VFS's file lives in the bytes after the GatherFile.
constexpr int kRealAt = static_cast<int>((sizeof(GatherFile) + alignof(std::max_align_t) - 1)
    / alignof(std::max_align_t) * alignof(std::max_align_t));

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

// What was held is dropped even when the write fails: SQLite then abandons the transaction
// those frames belonged to.
int flush(GatherFile& f)
{
    f.headerOpen = false;
    int rc = SQLITE_OK;
    for (std::size_t at = 0; at < f.held.size() && rc == SQLITE_OK; at += kMostAtOnce) {
        const std::size_t bytes = std::min(kMostAtOnce, f.held.size() - at);
        rc = writeThrough(f, f.held.data() + at, static_cast<int>(bytes), f.heldAt + static_cast<sqlite3_int64>(at));
    }
    f.held.clear();
    return rc;
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
int gatherWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    auto& f = gather(file);
    ++f.counts.writes;
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

int gatherClose(sqlite3_file* file)
{
    auto& f = gather(file);
    const int flushed = flush(f);
    const int closed = f.real->pMethods->xClose(f.real);
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

int vfsOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    sqlite3_vfs* real = underlying(vfs);
    if ((flags & SQLITE_OPEN_WAL) == 0)
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
