#include "live/journal_codec.h"

#include <cstring>

namespace fraudlens::live {

namespace {

constexpr std::uint32_t kRecordMagic = 0x314a5246; // "FRJ1"

// The key's high half goes into the magic. A salted journal's records then start with
// bytes no one without the salt can put in a transaction's text, so the reader's
// resynchronisation finds only them, and hashes no forged frame's claimed megabytes.
// A journal of the former layout, keyed by its import id alone, keeps "FRJ1".
std::uint32_t magicOf(std::uint64_t key)
{
    return kRecordMagic ^ static_cast<std::uint32_t>(key >> 32);
}

template <typename T>
void putValue(std::string& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void putText(std::string& out, const std::string& text)
{
    putValue(out, static_cast<std::uint32_t>(text.size()));
    out += text;
}

// Reads what put*() wrote; any overrun makes ok false and every later read a no-op.
class Cursor {
public:
    explicit Cursor(std::string_view bytes) : m_data(bytes.data()), m_left(bytes.size()) {}
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

} // namespace

std::uint64_t JournalCodec::checksum(std::uint64_t key, std::int64_t sequence, std::string_view payload)
{
    std::uint64_t hash = 14695981039346656037ull;
    const auto mix = [&](const void* bytes, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(bytes);
        for (std::size_t i = 0; i < n; ++i) {
            hash ^= p[i];
            hash *= 1099511628211ull;
        }
    };
    mix(&key, sizeof key);
    mix(&sequence, sizeof sequence);
    mix(payload.data(), payload.size());
    return hash;
}

void JournalCodec::appendPayload(std::string& out, const Entry& entry)
{
    appendPayload(out, entry.record, entry.blocked);
}

void JournalCodec::appendPayload(std::string& out, const store::TransactionRecord& r, bool blocked)
{
    putValue(out, static_cast<std::uint8_t>(blocked));
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

bool JournalCodec::readPayload(std::string_view payload, Entry& entry)
{
    Cursor in(payload);
    entry.record = {};
    store::TransactionRecord& r = entry.record;
    const auto blocked = in.value<std::uint8_t>();
    entry.blocked = blocked != 0;
    for (std::string* text : {&r.transactionId, &r.accountId, &r.currency, &r.txType, &r.status, &r.merchantId,
                              &r.deviceId, &r.ip, &r.cardId, &r.email, &r.address, &r.country, &r.channel,
                              &r.category, &r.fraudPattern})
        *text = in.text();
    r.timestampMs = in.value<std::int64_t>();
    r.amount = in.value<double>();
    const auto hasCreated = in.value<std::uint8_t>();
    const auto created = in.value<std::int64_t>();
    const auto label = in.value<std::int8_t>();
    // Nothing appendPayload() never writes: what reads is what was written, byte for byte.
    if (blocked > 1 || hasCreated > 1 || (hasCreated == 0 && created != 0) || label < -1)
        return false;
    if (hasCreated)
        r.accountCreatedMs = created;
    if (label >= 0)
        r.label = label;
    // Counts are checked against what is left before anything is reserved for them.
    const auto numeric = in.value<std::uint32_t>();
    for (std::uint32_t i = 0; i < numeric && in.ok(); ++i) {
        std::string name = in.text();
        const auto value = in.value<double>();
        if (in.ok())
            r.extraNumeric.emplace_back(std::move(name), value);
    }
    const auto categorical = in.value<std::uint32_t>();
    for (std::uint32_t i = 0; i < categorical && in.ok(); ++i) {
        std::string name = in.text();
        std::string value = in.text();
        if (in.ok())
            r.extraCategorical.emplace_back(std::move(name), std::move(value));
    }
    return in.ok() && in.atEnd();
}

void JournalCodec::appendRecord(std::string& out, std::uint64_t key, const Entry& entry)
{
    appendRecord(out, key, entry.sequence, entry.record, entry.blocked);
}

void JournalCodec::appendRecord(std::string& out, std::uint64_t key, std::int64_t sequence,
                                const store::TransactionRecord& record, bool blocked)
{
    const std::size_t start = out.size();
    out.resize(start + kRecordHeader);
    appendPayload(out, record, blocked);
    const auto size = static_cast<std::uint32_t>(out.size() - start - kRecordHeader);
    const std::uint64_t sum = checksum(key, sequence, std::string_view(out).substr(start + kRecordHeader));
    char* head = out.data() + start;
    const std::uint32_t magic = magicOf(key);
    std::memcpy(head, &magic, 4);
    std::memcpy(head + 4, &size, 4);
    std::memcpy(head + 8, &sequence, 8);
    std::memcpy(head + 16, &sum, 8);
}

bool JournalCodec::readFrame(std::string_view bytes, std::uint64_t key, Frame& frame)
{
    if (bytes.size() < kRecordHeader)
        return false;
    Cursor head(bytes.substr(0, kRecordHeader));
    const auto magic = head.value<std::uint32_t>();
    const auto payloadSize = head.value<std::uint32_t>();
    const auto sequence = head.value<std::int64_t>();
    const auto sum = head.value<std::uint64_t>();
    if (magic != magicOf(key) || payloadSize > kMaxPayload || payloadSize > bytes.size() - kRecordHeader)
        return false;
    const std::string_view payload = bytes.substr(kRecordHeader, payloadSize);
    if (checksum(key, sequence, payload) != sum)
        return false;
    frame = {sequence, payload, kRecordHeader + payloadSize};
    return true;
}

std::size_t JournalCodec::nextFrameStart(std::string_view bytes, std::uint64_t key, std::size_t from)
{
    const std::uint32_t keyed = magicOf(key);
    char magic[sizeof keyed];
    std::memcpy(magic, &keyed, sizeof magic);
    return bytes.find(std::string_view(magic, sizeof magic), from);
}

bool JournalCodec::readRecord(std::string_view bytes, std::uint64_t key, Entry& entry, std::size_t& size)
{
    Frame frame;
    if (!readFrame(bytes, key, frame) || !readPayload(frame.payload, entry))
        return false;
    entry.sequence = frame.sequence;
    size = frame.size;
    return true;
}

} // namespace fraudlens::live
