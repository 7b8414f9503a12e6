#include "live/live_applier.h"

#include "store/burst_pacing.h"

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

namespace fraudlens::live {

namespace {

// About three seconds at 10,000/s: enough to ride out a slow spell of the disk, little
// enough memory (a record and its score are well under 2 KiB). As many again may wait on
// the session's side (submit() keeps them while the lock is taken), so twice this at most.
constexpr std::size_t kMaxWaiting = 32768;
// Committed without waiting for the interval: a group this large gains little from more.
constexpr std::size_t kLargeGroup = 4096;
// Behind the session's thread for the CPU: an acknowledgement is what a client waits
// for; a commit can wait a little (a thread may lower its own priority).
constexpr int kNice = 5;

} // namespace

LiveApplier::LiveApplier(LiveWriter& writer, std::chrono::milliseconds interval)
    : m_writer(writer), m_interval(interval), m_thread([this] { loop(); })
{
}

LiveApplier::~LiveApplier()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void LiveApplier::rethrow()
{
    if (m_failure)
        std::rethrow_exception(m_failure);
}

void LiveApplier::submit(std::vector<LiveWriter::Item> items)
{
    if (items.empty())
        return;
    if (m_pending.empty())
        m_pending = std::move(items);
    else
        m_pending.insert(m_pending.end(), std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
    handOver(m_pending.size() >= kMaxWaiting);
}

void LiveApplier::handOver(bool wait)
{
    if (m_pending.empty())
        return;
    // The thread runs at a lower priority and may be preempted while it holds the lock:
    // a session that waited for it would wait for the thread to be scheduled again,
    // milliseconds on a busy machine. So the records wait here instead, for the next
    // acknowledgement or the session's next look, unless too many are waiting.
    std::unique_lock lock(m_mutex, std::defer_lock);
    if (wait) {
        lock.lock();
        m_settled.wait(lock, [&] { return m_queue.size() < kMaxWaiting || m_failure; });
    } else if (!lock.try_lock() || (m_queue.size() >= kMaxWaiting && !m_failure)) {
        return;
    }
    rethrow();
    m_submittedThrough = m_pending.back().sequence;
    // The thread is woken only when it can act on what arrives: when it waits for
    // work, or when the group it gathers has grown large. Woken for every hand-over,
    // it only checked the time and slept again, which cost a wake-up on the other
    // core (and the switches on both) every quarter of a millisecond.
    const bool wake = m_queue.empty() || m_queue.size() + m_pending.size() >= kLargeGroup;
    if (m_queue.empty()) {
        m_queue = std::exchange(m_pending, {});
    } else {
        m_queue.insert(m_queue.end(), std::make_move_iterator(m_pending.begin()), std::make_move_iterator(m_pending.end()));
        m_pending.clear();
    }
    lock.unlock();
    if (wake)
        m_wake.notify_one();
}

void LiveApplier::countRejected(std::int64_t lines)
{
    m_rejected.fetch_add(lines);
}

std::vector<LiveWriter::Stored> LiveApplier::takeStored(std::vector<Refusal>& refused, bool wait)
{
    // Not worth waiting for (see handOver): what is there now is taken at the next look.
    std::unique_lock lock(m_mutex, std::defer_lock);
    if (wait)
        lock.lock();
    else if (!lock.try_lock())
        return {};
    refused = std::exchange(m_refused, {});
    std::vector<LiveWriter::Stored> stored = std::exchange(m_stored, {});
    if (stored.empty() && refused.empty())
        rethrow();
    return stored;
}

void LiveApplier::drain()
{
    handOver(true);
    {
        std::lock_guard lock(m_mutex);
        m_hurry = true; // no reason left to gather: someone waits
    }
    m_wake.notify_one();
    std::unique_lock lock(m_mutex);
    m_settled.wait(lock, [&] { return m_committedThrough.load() >= m_submittedThrough || m_failure; });
    rethrow();
}

void LiveApplier::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    // Lines rejected since the last commit: the writer's close() counts them.
    m_writer.countRejected(m_rejected.exchange(0));
}

void LiveApplier::loop()
{
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), kNice);
    // Named for top -H, perf and gdb: the live bench's wait report tells the session's
    // waits behind this thread from those behind the checkpointer (at most 15 characters).
    ::pthread_setname_np(::pthread_self(), "fl-live-store");
    store::burst_pacing::paceThisThread();
    std::chrono::steady_clock::time_point lastCommit;
    for (;;) {
        std::vector<LiveWriter::Item> items;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
            // Nobody waits on a commit any more: gathering what arrives within the
            // interval makes one commit of many records, each page written once.
            m_wake.wait_until(lock, lastCommit + m_interval,
                              [&] { return m_stop || m_hurry || m_queue.size() >= kLargeGroup; });
            m_hurry = false;
            if (m_queue.empty())
                return;
            items = std::exchange(m_queue, {});
        }
        store::burst_pacing::rested();
        m_settled.notify_all(); // room again
        try {
            std::vector<Refusal> refused;
            for (LiveWriter::Item& item : items) {
                store::burst_pacing::breathe();
                std::string problem;
                const std::int64_t sequence = item.sequence;
                if (!m_writer.store(std::move(item), problem))
                    refused.push_back({sequence, std::move(problem)});
            }
            m_writer.countRejected(m_rejected.exchange(0));
            std::vector<LiveWriter::Stored> stored = m_writer.commit();
            lastCommit = std::chrono::steady_clock::now();
            std::lock_guard lock(m_mutex);
            m_stored.insert(m_stored.end(), std::make_move_iterator(stored.begin()), std::make_move_iterator(stored.end()));
            m_refused.insert(m_refused.end(), std::make_move_iterator(refused.begin()), std::make_move_iterator(refused.end()));
            m_committedThrough = items.back().sequence;
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_failure = std::current_exception();
            m_queue.clear();
        }
        m_settled.notify_all();
        {
            std::lock_guard lock(m_mutex);
            if (m_failure)
                return;
        }
    }
}

} // namespace fraudlens::live
