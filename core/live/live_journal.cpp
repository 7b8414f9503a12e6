#include "live/live_journal.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace fraudlens::live {

namespace {

constexpr char kFileMagic[8] = {'F', 'L', 'L', 'I', 'V', 'E', 'J', '1'};

std::system_error failure(const std::string& what, const std::string& path)
{
    return std::system_error(errno, std::generic_category(), what + " " + path);
}

std::string prefixOf(const std::string& dbPath)
{
    return std::filesystem::path(dbPath).filename().string() + "-live-";
}

} // namespace

std::string LiveJournal::pathFor(const std::string& dbPath, std::int64_t importId)
{
    return dbPath + "-live-" + std::to_string(importId);
}

std::vector<std::string> LiveJournal::leftovers(const std::string& dbPath)
{
    std::vector<std::string> found;
    const std::filesystem::path db(dbPath);
    const std::filesystem::path dir = db.has_parent_path() ? db.parent_path() : std::filesystem::path(".");
    const std::string prefix = prefixOf(dbPath);
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
        const std::string name = entry.path().filename().string();
        if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0
            || name.find_first_not_of("0123456789", prefix.size()) != std::string::npos)
            continue;
        const std::string path = (dir / name).string();
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        // A running session holds its journal's lock: that one is no leftover.
        if (::flock(fd, LOCK_SH | LOCK_NB) == 0)
            found.push_back(path);
        ::close(fd);
    }
    return found;
}

LiveJournal::Contents LiveJournal::read(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    return parse(data);
}

LiveJournal::Contents LiveJournal::parse(std::string_view data)
{
    Contents contents;
    // The header: magic, import id, digest length and digest.
    constexpr std::size_t kFixed = sizeof kFileMagic + sizeof(std::int64_t) + sizeof(std::uint32_t);
    std::uint32_t digestSize = 0;
    if (data.size() < kFixed || std::memcmp(data.data(), kFileMagic, sizeof kFileMagic) != 0) {
        contents.damagedHeader = true;
        // All zeros past a magic cut short, or nothing at all: what an unfinished header is.
        contents.unfinishedHeader = data.size() < kFixed
            && std::memcmp(data.data(), kFileMagic, std::min(data.size(), sizeof kFileMagic)) == 0;
        return contents;
    }
    std::memcpy(&contents.importId, data.data() + sizeof kFileMagic, sizeof contents.importId);
    std::memcpy(&digestSize, data.data() + sizeof kFileMagic + sizeof contents.importId, sizeof digestSize);
    if (digestSize > data.size() - kFixed) {
        contents.damagedHeader = true;
        contents.unfinishedHeader = digestSize <= JournalCodec::kMaxPayload;
        return contents;
    }
    contents.importDigest.assign(data.substr(kFixed, digestSize));
    std::size_t at = kFixed + digestSize;
    std::int64_t previous = 0;
    for (;;) {
        Entry entry;
        std::size_t size = 0;
        if (!JournalCodec::readRecord(data.substr(at), contents.importId, entry, size))
            break;
        if (previous != 0 && entry.sequence != previous + 1)
            break; // older records, left past the newest stretch by a start over
        previous = entry.sequence;
        contents.records.push_back(std::move(entry));
        at += size;
    }
    return contents;
}

LiveJournal::LiveJournal(std::string path, std::int64_t importId, const std::string& importDigest)
    : m_path(std::move(path)), m_importId(importId)
{
    m_fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw failure("cannot create the live journal", m_path);
    // Locked before it is emptied: a second opener must not empty a running session's.
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0 || ::ftruncate(m_fd, 0) != 0) {
        const std::system_error error = failure("cannot lock the live journal", m_path);
        ::close(m_fd);
        throw error;
    }
    m_buffer.assign(kFileMagic, sizeof kFileMagic);
    const auto digestSize = static_cast<std::uint32_t>(importDigest.size());
    m_buffer.append(reinterpret_cast<const char*>(&importId), sizeof importId);
    m_buffer.append(reinterpret_cast<const char*>(&digestSize), sizeof digestSize);
    m_buffer += importDigest;
    m_offset = 0;
    try {
        flush();
    } catch (...) {
        ::close(m_fd);
        throw;
    }
    m_dataStart = m_offset;
}

LiveJournal::~LiveJournal()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void LiveJournal::add(const Entry& entry)
{
    JournalCodec::appendRecord(m_buffer, m_importId, entry);
}

void LiveJournal::add(std::int64_t sequence, const store::TransactionRecord& record, bool blocked)
{
    JournalCodec::appendRecord(m_buffer, m_importId, sequence, record, blocked);
}

void LiveJournal::flush()
{
    std::size_t done = 0;
    while (done < m_buffer.size()) {
        const ssize_t n = ::pwrite(m_fd, m_buffer.data() + done, m_buffer.size() - done,
                                   static_cast<off_t>(m_offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw failure("cannot write the live journal", m_path);
        done += static_cast<std::size_t>(n);
    }
    m_offset += m_buffer.size();
    m_buffer.clear();
}

void LiveJournal::startOver()
{
    m_offset = m_dataStart;
}

void LiveJournal::remove()
{
    ::unlink(m_path.c_str());
}

} // namespace fraudlens::live
