#include "live/live_journal.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <system_error>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace fraudlens::live {

namespace {

// J1 (stop 21 and before) had no salt and no hint; a leftover of it still reads.
constexpr char kMagicV1[8] = {'F', 'L', 'L', 'I', 'V', 'E', 'J', '1'};
constexpr char kMagicV2[8] = {'F', 'L', 'L', 'I', 'V', 'E', 'J', '2'};
constexpr std::size_t kMagicSize = sizeof kMagicV2;
// V2: magic, import id, salt, hint and its checksum, digest size; then the digest.
constexpr std::size_t kSaltAt = kMagicSize + 8;
constexpr std::size_t kHintAt = kSaltAt + 8;
constexpr std::size_t kFixedV2 = kHintAt + 8 + 8 + 4;
constexpr std::size_t kFixedV1 = kMagicSize + 8 + 4;

template <typename T>
T valueAt(std::string_view data, std::size_t at)
{
    T out{};
    std::memcpy(&out, data.data() + at, sizeof out);
    return out;
}

template <typename T>
void put(std::string& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

std::uint64_t keyOf(std::int64_t importId, std::uint64_t salt)
{
    return static_cast<std::uint64_t>(importId) ^ salt;
}

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
    const bool v1 = data.size() >= kMagicSize && std::memcmp(data.data(), kMagicV1, kMagicSize) == 0;
    const bool v2 = data.size() >= kMagicSize && std::memcmp(data.data(), kMagicV2, kMagicSize) == 0;
    const std::size_t fixed = v1 ? kFixedV1 : kFixedV2;
    if ((!v1 && !v2) || data.size() < fixed) {
        contents.damagedHeader = true;
        // All zeros past a magic cut short, or nothing at all: what an unfinished header is.
        contents.unfinishedHeader = data.size() < fixed
            && std::memcmp(data.data(), v1 ? kMagicV1 : kMagicV2, std::min(data.size(), kMagicSize)) == 0;
        return contents;
    }
    contents.importId = valueAt<std::int64_t>(data, kMagicSize);
    const auto digestSize = valueAt<std::uint32_t>(data, fixed - 4);
    if (digestSize > data.size() - fixed) {
        contents.damagedHeader = true;
        contents.unfinishedHeader = digestSize <= JournalCodec::kMaxPayload;
        return contents;
    }
    contents.importDigest.assign(data.substr(fixed, digestSize));
    const std::uint64_t key = keyOf(contents.importId, v2 ? valueAt<std::uint64_t>(data, kSaltAt) : 0);
    if (v2) {
        const auto hinted = valueAt<std::int64_t>(data, kHintAt);
        // Torn or damaged, the hint says nothing: every record is read.
        if (JournalCodec::checksum(key, hinted, {}) == valueAt<std::uint64_t>(data, kHintAt + 8))
            contents.committedThrough = hinted;
    }
    std::size_t at = fixed + digestSize;
    if (v1) {
        // Written from the top only once everything was committed, and unsalted: read in
        // order up to the first record that is torn, damaged or out of sequence, as the
        // builds that wrote it did. Resynchronising could take a frame forged in a text.
        std::int64_t previous = 0;
        Entry entry;
        std::size_t size = 0;
        while (JournalCodec::readRecord(data.substr(at), key, entry, size)
               && (previous == 0 || entry.sequence == previous + 1)) {
            previous = entry.sequence;
            contents.records.push_back(std::move(entry));
            at += size;
        }
        return contents;
    }
    // Whole records wherever they lie: a wrap leaves the oldest that are needed past the
    // newest, and a torn or partly overwritten record between them.
    while (at < data.size()) {
        JournalCodec::Frame frame;
        if (JournalCodec::readFrame(data.substr(at), key, frame)) {
            if (frame.sequence <= contents.committedThrough) {
                at += frame.size;
                continue;
            }
            Entry entry;
            if (JournalCodec::readPayload(frame.payload, entry)) {
                entry.sequence = frame.sequence;
                contents.records.push_back(std::move(entry));
                at += frame.size;
                continue;
            }
        }
        at = JournalCodec::nextFrameStart(data, key, at + 1);
    }
    auto& records = contents.records;
    const auto bySequence = [](const Entry& a, const Entry& b) { return a.sequence < b.sequence; };
    std::stable_sort(records.begin(), records.end(), bySequence);
    // A sequence is written once per session; twice whole, it is the same record.
    records.erase(std::unique(records.begin(), records.end(),
                              [](const Entry& a, const Entry& b) { return a.sequence == b.sequence; }),
                  records.end());
    return contents;
}

LiveJournal::LiveJournal(std::string path, std::int64_t importId, const std::string& importDigest,
                         std::uint64_t wrapAt)
    : m_path(std::move(path)), m_wrapAt(std::max<std::uint64_t>(wrapAt, 64)), m_stretch(m_wrapAt / 64)
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
    std::random_device random;
    const std::uint64_t salt = (static_cast<std::uint64_t>(random()) << 32) ^ random();
    m_key = keyOf(importId, salt);
    std::string header(kMagicV2, kMagicSize);
    put(header, importId);
    put(header, salt);
    put(header, std::int64_t{0});
    put(header, JournalCodec::checksum(m_key, 0, {}));
    put(header, static_cast<std::uint32_t>(importDigest.size()));
    header += importDigest;
    try {
        write(header, 0);
    } catch (...) {
        ::close(m_fd);
        throw;
    }
    m_dataStart = m_offset = m_end = header.size();
}

LiveJournal::~LiveJournal()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void LiveJournal::add(const Entry& entry)
{
    JournalCodec::appendRecord(m_buffer, m_key, entry);
    m_buffered = entry.sequence;
}

void LiveJournal::add(std::int64_t sequence, const store::TransactionRecord& record, bool blocked)
{
    JournalCodec::appendRecord(m_buffer, m_key, sequence, record, blocked);
    m_buffered = sequence;
}

void LiveJournal::flush(std::int64_t committedThrough)
{
    if (m_buffer.empty())
        return;
    const std::uint64_t size = m_buffer.size();
    std::uint64_t at = m_offset;
    if (m_offset - m_dataStart >= m_wrapAt && overwritable(m_dataStart, size, committedThrough, true)) {
        at = m_dataStart;
        // What this pass wrote is now ahead of the next one.
        m_older.resize(std::max(m_older.size(), m_current.size()), 0);
        for (std::size_t stretch = 0; stretch < m_current.size(); ++stretch)
            m_older[stretch] = std::max(m_older[stretch], m_current[stretch]);
        m_current.clear();
    } else if (!overwritable(at, size, committedThrough, false)) {
        at = m_end; // commits lag a whole pass: the file grows rather than the session waits
    }
    write(m_buffer, at);
    note(at, size, m_buffered);
    m_offset = at + size;
    m_end = std::max(m_end, m_offset);
    m_written += size;
    m_buffer.clear();
    if (m_written - m_hintedAt >= m_stretch && committedThrough > m_hinted)
        hint(committedThrough);
}

void LiveJournal::write(std::string_view bytes, std::uint64_t at)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pwrite(m_fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(at + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw failure("cannot write the live journal", m_path);
        done += static_cast<std::size_t>(n);
    }
}

bool LiveJournal::overwritable(std::uint64_t at, std::uint64_t size, std::int64_t committedThrough,
                               bool thisPassToo) const
{
    const auto newest = [](const std::vector<std::int64_t>& perStretch, std::uint64_t stretch) {
        return stretch < perStretch.size() ? perStretch[stretch] : 0;
    };
    for (std::uint64_t stretch = at / m_stretch; stretch <= (at + size - 1) / m_stretch; ++stretch)
        if (newest(m_older, stretch) > committedThrough
            || (thisPassToo && newest(m_current, stretch) > committedThrough))
            return false;
    return true;
}

void LiveJournal::note(std::uint64_t at, std::uint64_t size, std::int64_t sequence)
{
    const std::uint64_t last = (at + size - 1) / m_stretch;
    if (m_current.size() <= last)
        m_current.resize(last + 1, 0);
    for (std::uint64_t stretch = at / m_stretch; stretch <= last; ++stretch)
        m_current[stretch] = sequence;
}

void LiveJournal::hint(std::int64_t committedThrough)
{
    // Only spares the recovery the committed records' checks: a failed or torn write of
    // it (its checksum then fails) costs nothing else.
    std::string bytes;
    put(bytes, committedThrough);
    put(bytes, JournalCodec::checksum(m_key, committedThrough, {}));
    if (::pwrite(m_fd, bytes.data(), bytes.size(), static_cast<off_t>(kHintAt)) == static_cast<ssize_t>(bytes.size())) {
        m_hinted = committedThrough;
        m_hintedAt = m_written;
    }
}

void LiveJournal::remove()
{
    ::unlink(m_path.c_str());
}

} // namespace fraudlens::live
