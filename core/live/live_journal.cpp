#include "live/live_journal.h"

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

// Written by hand, not with a serialisation library: a record is a dozen strings and
// numbers, encoded in well under a microsecond, and read back only after a crash.
constexpr char kFileMagic[8] = {'F', 'L', 'L', 'I', 'V', 'E', 'J', '1'};
constexpr std::uint32_t kRecordMagic = 0x314a5246; // "FRJ1"
constexpr std::uint32_t kMaxPayload = 16u << 20;   // no line the parser takes comes near
constexpr std::size_t kRecordHeader = 4 + 4 + 8 + 8;

void put(std::string& out, const void* data, std::size_t size)
{
    out.append(static_cast<const char*>(data), size);
}
template <typename T>
void putValue(std::string& out, T value)
{
    put(out, &value, sizeof value);
}
void putText(std::string& out, const std::string& text)
{
    putValue(out, static_cast<std::uint32_t>(text.size()));
    out += text;
}

// Reads what put*() wrote; any overrun makes ok false and every later read a no-op.
class Cursor {
public:
    Cursor(const char* data, std::size_t size) : m_data(data), m_left(size) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_left == 0; }

    template <typename T>
    T value()
    {
        T out{};
        if (take(sizeof out))
            std::memcpy(&out, m_data - sizeof out, sizeof out);
        return out;
    }
    std::string text()
    {
        const auto size = value<std::uint32_t>();
        if (!take(size))
            return {};
        return std::string(m_data - size, size);
    }

private:
    bool take(std::size_t size)
    {
        if (!m_ok || size > m_left) {
            m_ok = false;
            return false;
        }
        m_data += size;
        m_left -= size;
        return true;
    }

    const char* m_data;
    std::size_t m_left;
    bool m_ok = true;
};

std::uint64_t checksum(std::int64_t importId, std::int64_t sequence, const char* data, std::size_t size)
{
    // FNV-1a: catches a torn or stale record, which is all it is asked to.
    std::uint64_t hash = 14695981039346656037ull;
    const auto mix = [&](const void* bytes, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(bytes);
        for (std::size_t i = 0; i < n; ++i) {
            hash ^= p[i];
            hash *= 1099511628211ull;
        }
    };
    mix(&importId, sizeof importId);
    mix(&sequence, sizeof sequence);
    mix(data, size);
    return hash;
}

void encode(std::string& out, const store::TransactionRecord& r)
{
    for (const std::string* text : {&r.transactionId, &r.accountId, &r.currency, &r.txType, &r.status, &r.merchantId,
                                    &r.deviceId, &r.ip, &r.cardId, &r.email, &r.address, &r.country, &r.channel,
                                    &r.category, &r.fraudPattern})
        putText(out, *text);
    putValue(out, r.timestampMs);
    putValue(out, r.amount);
    putValue(out, static_cast<std::uint8_t>(r.accountCreatedMs.has_value()));
    putValue(out, r.accountCreatedMs.value_or(0));
    putValue(out, static_cast<std::int8_t>(r.label.value_or(-1)));
    putValue(out, static_cast<std::uint32_t>(r.extraNumeric.size()));
    for (const auto& [name, value] : r.extraNumeric) {
        putText(out, name);
        putValue(out, value);
    }
    putValue(out, static_cast<std::uint32_t>(r.extraCategorical.size()));
    for (const auto& [name, value] : r.extraCategorical) {
        putText(out, name);
        putText(out, value);
    }
}

bool decode(Cursor& in, store::TransactionRecord& r)
{
    for (std::string* text : {&r.transactionId, &r.accountId, &r.currency, &r.txType, &r.status, &r.merchantId,
                              &r.deviceId, &r.ip, &r.cardId, &r.email, &r.address, &r.country, &r.channel,
                              &r.category, &r.fraudPattern})
        *text = in.text();
    r.timestampMs = in.value<std::int64_t>();
    r.amount = in.value<double>();
    const bool hasCreated = in.value<std::uint8_t>() != 0;
    const auto created = in.value<std::int64_t>();
    if (hasCreated)
        r.accountCreatedMs = created;
    const auto label = in.value<std::int8_t>();
    if (label >= 0)
        r.label = label;
    const auto numeric = in.value<std::uint32_t>();
    for (std::uint32_t i = 0; i < numeric && in.ok(); ++i) {
        std::string name = in.text();
        r.extraNumeric.emplace_back(std::move(name), in.value<double>());
    }
    const auto categorical = in.value<std::uint32_t>();
    for (std::uint32_t i = 0; i < categorical && in.ok(); ++i) {
        std::string name = in.text();
        r.extraCategorical.emplace_back(std::move(name), in.text());
    }
    return in.ok() && in.atEnd();
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
    Contents contents;
    std::ifstream file(path, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    Cursor header(data.data(), data.size());
    char magic[sizeof kFileMagic] = {};
    for (char& c : magic)
        c = header.value<char>();
    contents.importId = header.value<std::int64_t>();
    contents.importDigest = header.text();
    if (!header.ok() || std::memcmp(magic, kFileMagic, sizeof magic) != 0) {
        contents.damagedHeader = true;
        return contents;
    }
    std::size_t at = sizeof kFileMagic + sizeof(std::int64_t) + sizeof(std::uint32_t) + contents.importDigest.size();
    std::int64_t previous = 0;
    while (data.size() - at >= kRecordHeader) {
        Cursor head(data.data() + at, kRecordHeader);
        const auto magicValue = head.value<std::uint32_t>();
        const auto size = head.value<std::uint32_t>();
        const auto sequence = head.value<std::int64_t>();
        const auto sum = head.value<std::uint64_t>();
        if (magicValue != kRecordMagic || size > kMaxPayload || size > data.size() - at - kRecordHeader)
            break;
        if (previous != 0 && sequence != previous + 1)
            break;
        const char* payload = data.data() + at + kRecordHeader;
        if (checksum(contents.importId, sequence, payload, size) != sum)
            break;
        Cursor body(payload, size);
        store::TransactionRecord record;
        if (!decode(body, record))
            break;
        contents.records.emplace_back(sequence, std::move(record));
        previous = sequence;
        at += kRecordHeader + size;
    }
    return contents;
}

LiveJournal::LiveJournal(std::string path, std::int64_t importId, const std::string& importDigest)
    : m_path(std::move(path)), m_importId(importId)
{
    m_fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw failure("cannot create the live journal", m_path);
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const std::system_error error = failure("cannot lock the live journal", m_path);
        ::close(m_fd);
        throw error;
    }
    std::string header(kFileMagic, sizeof kFileMagic);
    putValue(header, importId);
    putText(header, importDigest);
    m_buffer = std::move(header);
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

void LiveJournal::add(std::int64_t sequence, const store::TransactionRecord& record)
{
    const std::size_t start = m_buffer.size();
    m_buffer.resize(start + kRecordHeader);
    encode(m_buffer, record);
    const auto size = static_cast<std::uint32_t>(m_buffer.size() - start - kRecordHeader);
    const std::uint64_t sum = checksum(m_importId, sequence, m_buffer.data() + start + kRecordHeader, size);
    char* head = m_buffer.data() + start;
    std::memcpy(head, &kRecordMagic, 4);
    std::memcpy(head + 4, &size, 4);
    std::memcpy(head + 8, &sequence, 8);
    std::memcpy(head + 16, &sum, 8);
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
