#include "live_sink.h"

namespace fraudlens::ui {

void LiveSink::problem(const std::string& source, const ingest::RowProblem& problem)
{
    // The count and the kept list move together, so that a poll between them never sees
    // a problem it was not counted for.
    std::lock_guard lock(m_mutex);
    const std::int64_t sequence = ++m_problems;
    m_recentProblems.push_back({sequence, source, problem});
    if (m_recentProblems.size() > kKeptProblems)
        m_recentProblems.pop_front();
}

void LiveSink::stored(const std::string& source, std::int64_t line, const live::LiveWriter::Stored& stored)
{
    (void)source;
    (void)line;
    using Change = live::LiveWriter::AlertChange;
    if (stored.blocked)
        m_blocked.fetch_add(1, std::memory_order_relaxed);
    if (stored.alert == Change::Raised)
        m_alertsRaised.fetch_add(1, std::memory_order_relaxed);
    else if (stored.alert == Change::Updated)
        m_alertsUpdated.fetch_add(1, std::memory_order_relaxed);
    // The alert's risk after this transaction, not the transaction's own: an account whose
    // evidence piles up crosses the line even when no single transaction does.
    if (stored.alert != Change::None && static_cast<double>(stored.alertRisk) >= kHighRisk) {
        std::lock_guard lock(m_mutex);
        ++m_highRisk.count;
        if (static_cast<double>(stored.alertRisk) > m_highRisk.risk || m_highRisk.account.empty()) {
            m_highRisk.account = stored.account;
            m_highRisk.risk = static_cast<double>(stored.alertRisk);
        }
    }
    // Last: whoever sees the stored count has the alert counts of the same transactions.
    m_stored.fetch_add(1, std::memory_order_release);
}

void LiveSink::notice(const std::string& text)
{
    std::lock_guard lock(m_mutex);
    m_notices.push_back(text);
    if (m_notices.size() > kKeptNotices)
        m_notices.pop_front();
}

LiveSink::Counts LiveSink::counts() const
{
    Counts counts;
    counts.stored = m_stored.load(std::memory_order_acquire);
    counts.alertsRaised = m_alertsRaised.load(std::memory_order_relaxed);
    counts.alertsUpdated = m_alertsUpdated.load(std::memory_order_relaxed);
    counts.blocked = m_blocked.load(std::memory_order_relaxed);
    counts.problems = m_problems.load(std::memory_order_relaxed);
    return counts;
}

std::vector<LiveSink::Problem> LiveSink::problemsAfter(std::int64_t sequence) const
{
    std::lock_guard lock(m_mutex);
    std::vector<Problem> problems;
    for (const Problem& problem : m_recentProblems)
        if (problem.sequence > sequence)
            problems.push_back(problem);
    return problems;
}

std::vector<std::string> LiveSink::takeNotices()
{
    std::lock_guard lock(m_mutex);
    std::vector<std::string> notices(m_notices.begin(), m_notices.end());
    m_notices.clear();
    return notices;
}

LiveSink::HighRisk LiveSink::takeHighRisk()
{
    std::lock_guard lock(m_mutex);
    HighRisk taken = m_highRisk;
    m_highRisk = {};
    return taken;
}

} // namespace fraudlens::ui
