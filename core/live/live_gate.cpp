#include "live/live_gate.h"

#include "store/database.h"

#include <algorithm>
#include <functional>
#include <string_view>

namespace fraudlens::live {

namespace {

// As the scorer's least room: a small history must not mean a rehash every minute.
constexpr std::size_t kLeastIdRoom = 100'000;

} // namespace

LiveGate::LiveGate(const std::string& dbPath)
    : m_db(std::make_unique<store::Database>(dbPath, store::OpenMode::ReadOnly))
    , m_findTransaction(*m_db, "SELECT 1 FROM transactions WHERE external_id = ?")
    , m_dataVersion(*m_db, "PRAGMA data_version")
    , m_frozenAccounts(*m_db, "SELECT external_id FROM accounts WHERE status = 'frozen'")
{
    store::Statement count(*m_db, "SELECT COUNT(*) FROM transactions");
    const auto stored = static_cast<std::size_t>(count.step() ? count.columnInt(0) : 0);
    m_knownHashes.reserve(4 * std::max<std::size_t>(stored, kLeastIdRoom));
    store::Statement ids(*m_db, "SELECT external_id FROM transactions");
    while (ids.step())
        m_knownHashes.insert(hashOf(ids.columnText(0)));
    refresh();
}

LiveGate::~LiveGate() = default;

std::uint64_t LiveGate::hashOf(const std::string& id)
{
    return std::hash<std::string_view>{}(id);
}

void LiveGate::refresh()
{
    m_dataVersion.reset();
    const std::int64_t version = m_dataVersion.step() ? m_dataVersion.columnInt(0) : 0;
    m_dataVersion.reset();
    if (version == m_seenVersion)
        return;
    m_seenVersion = version;
    m_frozen.clear();
    m_frozenAccounts.reset();
    while (m_frozenAccounts.step())
        m_frozen.insert(m_frozenAccounts.columnText(0));
    m_frozenAccounts.reset();
}

bool LiveGate::isKnown(const std::string& transactionId)
{
    const std::uint64_t hash = hashOf(transactionId);
    if (m_knownHashes.count(hash) == 0)
        return false;
    if (m_inFlight.count(transactionId) != 0)
        return true;
    m_findTransaction.reset();
    m_findTransaction.bind(1, transactionId);
    const bool known = m_findTransaction.step();
    m_findTransaction.reset();
    return known;
}

void LiveGate::inFlight(std::int64_t sequence, const std::string& transactionId)
{
    m_knownHashes.insert(hashOf(transactionId));
    m_inFlight.insert(transactionId);
    m_inFlightOrder.emplace_back(sequence, transactionId);
}

void LiveGate::committedThrough(std::int64_t sequence)
{
    while (!m_inFlightOrder.empty() && m_inFlightOrder.front().first <= sequence) {
        m_inFlight.erase(m_inFlightOrder.front().second);
        m_inFlightOrder.pop_front();
    }
}

} // namespace fraudlens::live
