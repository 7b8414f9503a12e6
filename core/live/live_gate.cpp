#include "live/live_gate.h"

#include "store/database.h"

namespace fraudlens::live {

LiveGate::LiveGate(const std::string& dbPath)
    : m_db(std::make_unique<store::Database>(dbPath, store::OpenMode::ReadOnly))
    , m_findTransaction(*m_db, "SELECT 1 FROM transactions WHERE external_id = ?")
    , m_findAccount(*m_db, "SELECT status = 'frozen' FROM accounts WHERE external_id = ?")
{
}

LiveGate::~LiveGate() = default;

bool LiveGate::isKnown(const std::string& transactionId)
{
    if (m_inFlight.count(transactionId) != 0)
        return true;
    m_findTransaction.reset();
    m_findTransaction.bind(1, transactionId);
    const bool known = m_findTransaction.step();
    m_findTransaction.reset();
    return known;
}

bool LiveGate::isFrozen(const std::string& accountId)
{
    m_findAccount.reset();
    m_findAccount.bind(1, accountId);
    const bool frozen = m_findAccount.step() && m_findAccount.columnInt(0) != 0;
    m_findAccount.reset();
    return frozen;
}

void LiveGate::inFlight(std::int64_t sequence, const std::string& transactionId)
{
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
