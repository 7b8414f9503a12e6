#include "synth/record_writer.h"

#include "synth/country_table.h"
#include "synth/population.h"
#include "synth/random.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace fraudlens::synth {

namespace {

constexpr std::array<const char*, 64> kNames = {
    "wei",    "jing",   "li",     "min",    "hao",    "yan",   "lei",   "xin",   "chen",   "yu",    "fang",
    "jun",    "ming",   "ling",   "james",  "mary",   "john",  "linda", "david", "sarah",  "mike",  "emma",
    "olivia", "noah",   "liam",   "sophia", "lucas",  "mia",   "ben",   "anna",  "tom",    "kate",  "hiro",
    "yuki",   "sakura", "kenji",  "minjun", "seoyeon", "jiwoo", "priya", "arjun", "rahul",  "ananya", "lena",
    "max",    "paul",   "marie",  "louis",  "chloe",  "lucia", "marco", "giulia", "pedro", "ana",    "joao",
    "sven",   "eva",    "finn",   "amir",   "sara",   "omar",  "nina",  "ivan",  "alex"};
constexpr std::array<const char*, 5> kDomains = {"mailbox.example", "post.example", "inbox.example", "webmail.example",
                                                 "quickmail.example"};
// (name, four-digit number) pairs; the affine map below is a permutation of this space.
constexpr std::uint64_t kEmailSpace = 64ULL * 9000ULL;
constexpr std::uint64_t kEmailStride = 1000003ULL; // prime, coprime with kEmailSpace

// An invertible mix of `bits`-bit values: odd multipliers and xor-shifts are bijections
// modulo 2^bits, so distinct ids give distinct hex strings of fixed width.
std::uint64_t permuteBits(std::uint64_t x, int bits, std::uint64_t salt)
{
    const std::uint64_t mask = (1ULL << bits) - 1;
    x = (x + salt) & mask;
    x = (x * 0x9E3779B97F4A7C15ULL) & mask;
    x ^= x >> (bits / 2);
    x = (x * 0xBF58476D1CE4E5B9ULL) & mask;
    x ^= x >> (bits / 2 - 3);
    return x;
}

// Strings are assembled in a stack buffer and built once at their final size: most ids
// then fit the small-string buffer and a quarter million records need no extra heap.
// Each writer returns the position after what it wrote.
char* putText(char* out, const char* s)
{
    while (*s != '\0')
        *out++ = *s++;
    return out;
}

char* putHex(char* out, std::uint64_t value, int digits)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        *out++ = kHex[(value >> shift) & 0xF];
    return out;
}

char* putDecimal(char* out, std::uint64_t value, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    for (int pad = n; pad < width; ++pad)
        *out++ = '0';
    while (n > 0)
        *out++ = digits[--n];
    return out;
}

std::string prefixed(const char* prefix, std::uint64_t value, int width, bool hex)
{
    char buf[64];
    char* end = putText(buf, prefix);
    end = hex ? putHex(end, value, width) : putDecimal(end, value, width);
    return std::string(buf, end);
}

std::string dottedQuad(std::uint32_t ip)
{
    char buf[16];
    char* end = buf;
    for (int shift = 24; shift >= 0; shift -= 8) {
        end = putDecimal(end, (ip >> shift) & 0xFFu, 1);
        if (shift > 0)
            *end++ = '.';
    }
    return std::string(buf, end);
}

} // namespace

RecordWriter::RecordWriter(const Population& population, std::uint64_t seed)
    : m_population(population),
      m_deviceSalt(mixSeed(seed, 101)),
      m_cardSalt(mixSeed(seed, 102)),
      m_addressSalt(mixSeed(seed, 103)),
      m_emailOffset(mixSeed(seed, 104) % kEmailSpace)
{
    // Platforms number accounts as they sign up, so ids follow creation time; fraud
    // accounts interleave with genuine sign-ups of the same days.
    const auto n = static_cast<std::uint32_t>(population.size());
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return population.account(a).createdMs < population.account(b).createdMs;
    });
    m_accountNumber.resize(n);
    for (std::uint32_t rank = 0; rank < n; ++rank)
        m_accountNumber[order[rank]] = rank + 1;
}

std::string RecordWriter::accountId(std::uint32_t account) const
{
    return prefixed("A", m_accountNumber[account], 6, false);
}

std::string RecordWriter::email(std::uint32_t emailId) const
{
    const std::uint64_t serial = emailId >> 3;
    const std::uint64_t slot = (serial * kEmailStride + m_emailOffset) % kEmailSpace;
    char buf[64];
    char* end = putText(buf, kNames[slot % kNames.size()]);
    *end++ = '.';
    end = putDecimal(end, 1000 + slot / kNames.size(), 4);
    *end++ = '@';
    end = putText(end, kDomains[std::min<std::size_t>(emailId & 7u, kDomains.size() - 1)]);
    return std::string(buf, end);
}

void RecordWriter::write(const SynthEvent& e, std::size_t sequence, store::TransactionRecord& out) const
{
    out.transactionId = prefixed("T", sequence + 1, 9, false);
    out.accountId = accountId(e.account);
    out.timestampMs = e.timestampMs;
    out.amount = e.amountCents / 100.0;
    out.currency = "USD";
    out.txType = txTypeName(e.type);
    out.status = statusName(e.status);
    out.merchantId = prefixed("M", e.merchant + 1, 4, false);
    out.deviceId = prefixed("D", permuteBits(e.device, 48, m_deviceSalt), 12, true);
    out.ip = dottedQuad(e.ip);
    out.cardId = prefixed("tok_", permuteBits(e.card, 48, m_cardSalt), 12, true);
    out.email = email(e.email);
    out.address = prefixed("addr_", permuteBits(e.address, 40, m_addressSalt), 10, true);
    out.country = countryInfo(e.country).code;
    out.channel = channelName(e.channel);
    out.category = categoryName(e.category);
    out.accountCreatedMs = m_population.account(e.account).createdMs;
    out.label = e.pattern == FraudPattern::None ? 0 : 1;
    out.fraudPattern = patternName(e.pattern);
}

} // namespace fraudlens::synth
