#include "workspace.h"

#include "store/database.h"
#include "store/migrations.h"

#include <QThread>
#include <QWidget>

#include <exception>

namespace fraudlens::ui {

Workspace::Workspace(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<DataChanges>();
    m_readers.setMaxThreadCount(2);
    // One writer: decisions land in the order the analyst made them.
    m_writer.setMaxThreadCount(1);
    // Threads keep their connections; let them live as long as the window.
    m_readers.setExpiryTimeout(-1);
    m_writer.setExpiryTimeout(-1);
}

Workspace::~Workspace()
{
    m_readers.waitForDone();
    m_writer.waitForDone();
}

void Workspace::post(std::function<void()> call)
{
    {
        std::lock_guard lock(m_postedMutex);
        m_posted.push_back(std::move(call));
    }
    QMetaObject::invokeMethod(this, "runPosted", Qt::QueuedConnection);
}

// One call an event, so that calls posted while one runs (a nested event loop) still run
// in the order they were posted.
void Workspace::runPosted()
{
    std::function<void()> call;
    {
        std::lock_guard lock(m_postedMutex);
        if (m_posted.empty())
            return;
        call = std::move(m_posted.front());
        m_posted.pop_front();
    }
    call();
}

void Workspace::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

void Workspace::setAnalyst(const QString& analyst)
{
    if (m_analyst == analyst)
        return;
    m_analyst = analyst;
    Q_EMIT analystChanged(analyst);
}

void Workspace::open(const QString& path)
{
    ++m_generation;
    m_path = path;
    Q_EMIT opened(path);
}

void Workspace::close()
{
    ++m_generation;
    m_path.clear();
    Q_EMIT closed();
}

bool Workspace::visibleContext(QObject* context)
{
    while (context && !context->isWidgetType())
        context = context->parent();
    return context && static_cast<QWidget*>(context)->isVisible();
}

void Workspace::waitForIdle()
{
    m_readers.waitForDone();
    m_writer.waitForDone();
}

store::Database& Workspace::connectionFor(const QString& path, bool writable, quint64 generation, bool migrate)
{
    // A pool thread keeps one connection per mode for the database open now: opening costs
    // a schema check, and WAL lets these readers run beside the writer. Keyed on the open
    // generation too, so a file closed, deleted and created again under the same name is
    // never read or written through a stale handle.
    struct Cached {
        quint64 generation = 0;
        std::unique_ptr<store::Database> db;
    };
    thread_local Cached connections[2];
    Cached& cached = connections[writable ? 1 : 0];
    if (cached.db && cached.generation == generation)
        return *cached.db;
    cached.db.reset();
    const std::string file = path.toStdString();
    auto db = std::make_unique<store::Database>(file, writable ? store::OpenMode::ReadWrite : store::OpenMode::ReadOnly);
    if (!writable && migrate && db->userVersion() < store::latestSchemaVersion()) {
        // A database from an older FraudLens: bring its schema up to date once, then read
        // the new tables rather than the stand-ins a read-only connection made for them. A
        // file the user may not write stays as it is, read through those stand-ins.
        try {
            { store::Database upgrade(file, store::OpenMode::ReadWrite); }
            db = std::make_unique<store::Database>(file, store::OpenMode::ReadOnly);
        } catch (const std::exception&) {
        }
    }
    cached = {generation, std::move(db)};
    return *cached.db;
}

} // namespace fraudlens::ui
