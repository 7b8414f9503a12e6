#pragma once

#include "data_change.h"
#include "job_runner.h"
#include "thread_handoff.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>

namespace fraudlens::store {
class Database;
}

namespace fraudlens::ui {

// The open database as every view sees it: where it is, who works on it, whether
// decisions are allowed, and the one way to reach it off the UI thread.
//
// read() runs on a pool thread with that thread's own read-only connection; write() runs
// on the single writer thread with its read-write connection, in the order asked. The
// result comes back on the UI thread through `context`: if the context object is gone,
// or another database was opened meanwhile, it is dropped. The UI thread never touches
// SQLite itself.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    // Auditor mode: every control that changes a case is disabled.
    bool readOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    // Recorded as the actor of every audit entry this window writes.
    QString analyst() const { return m_analyst; }
    void setAnalyst(const QString& analyst);

    // Switches to another database: results of work asked for the previous one are dropped.
    void open(const QString& path);
    void close();
    quint64 generation() const { return m_generation; }

    JobRunner& jobs() { return m_jobs; }

    template <class T>
    void read(QObject* context, std::function<T(store::Database&)> work, std::function<void(T)> done,
              std::function<void(QString)> failed = {})
    {
        dispatch<T>(m_readers, false, context, std::move(work), std::move(done), std::move(failed));
    }
    template <class T>
    void write(QObject* context, std::function<T(store::Database&)> work, std::function<void(T)> done,
               std::function<void(QString)> failed = {})
    {
        dispatch<T>(m_writer, true, context, std::move(work), std::move(done), std::move(failed));
    }

    // Every view that shows `what` reloads. Called after a write or a background job.
    void notifyChanged(DataChanges what) { Q_EMIT dataChanged(what); }

    // Navigation between views: whoever shows accounts or networks listens.
    void requestAccount(qint64 accountId) { Q_EMIT accountRequested(accountId); }
    void requestNetwork(qint64 accountId, qint64 ringId) { Q_EMIT networkRequested(accountId, ringId); }

    // Waits for queued reads and writes (tests and shutdown only, never from a view).
    void waitForIdle();

Q_SIGNALS:
    void opened(const QString& path);
    void closed();
    void readOnlyChanged(bool readOnly);
    void analystChanged(const QString& analyst);
    void dataChanged(fraudlens::ui::DataChanges what);
    void accountRequested(qint64 accountId);
    // ringId > 0 shows that ring; else the ego network of accountId.
    void networkRequested(qint64 accountId, qint64 ringId);

private:
    // The connection this pool thread keeps for the database opened as `generation`,
    // opened on first use; those of earlier generations are closed then. An older schema
    // is brought up to date unless `migrate` is false (auditor mode changes no file).
    static store::Database& connectionFor(const QString& path, bool writable, quint64 generation, bool migrate);

    template <class T>
    void dispatch(QThreadPool& pool, bool writable, QObject* context, std::function<T(store::Database&)> work,
                  std::function<void(T)> done, std::function<void(QString)> failed)
    {
        if (!isOpen()) {
            if (failed)
                failed(tr("No database is open."));
            return;
        }
        const QString path = m_path;
        const quint64 generation = m_generation;
        const bool migrate = !m_readOnly;
        QPointer<QObject> target(context);
        // What a visible view waits for runs before what hidden tabs load in the background.
        const int priority = visibleContext(context) ? 1 : 0;
        // Made a std::function here, so that the task is whole before it is released to the pool.
        std::function<void()> task = [=, this, work = std::move(work), done = std::move(done),
                                      failed = std::move(failed)]() mutable {
            handOffAcquire();
            // Delivered through the Workspace, which outlives both pools (its destructor
            // waits for them); whether the context still lives is asked on the UI thread.
            auto deliver = [=, this](auto&& call) {
                post([=, this]() mutable {
                    if (target && m_generation == generation)
                        call();
                });
            };
            try {
                store::Database& db = connectionFor(path, writable, generation, migrate);
                if constexpr (std::is_void_v<T>) {
                    work(db);
                    deliver([done] { if (done) done(); });
                } else {
                    auto result = std::make_shared<T>(work(db));
                    deliver([done, result] { if (done) done(std::move(*result)); });
                }
            } catch (const std::exception& e) {
                const QString message = QString::fromStdString(e.what());
                deliver([failed, message] { if (failed) failed(message); });
            }
        };
        handOffRelease();
        pool.start(std::move(task), priority);
    }

    // Whether the widget that `context` is or belongs to is on screen.
    static bool visibleContext(QObject* context);

    // Runs `call` on the UI thread, after every call posted before it. The calls wait in a
    // queue under a std::mutex rather than inside a queued functor: the functor would be
    // built by the pool thread inside Qt, after any hand-off annotation, and the std::mutex
    // is an ordering ThreadSanitizer sees.
    void post(std::function<void()> call);
    Q_INVOKABLE void runPosted();

    QString m_path;
    QString m_analyst;
    bool m_readOnly = false;
    quint64 m_generation = 0;
    std::mutex m_postedMutex;
    std::deque<std::function<void()>> m_posted;
    QThreadPool m_readers;
    QThreadPool m_writer;
    JobRunner m_jobs;
};

} // namespace fraudlens::ui
