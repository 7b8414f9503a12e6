#include "workspace.h"

#include "store/database.h"
#include "store/migrations.h"

#include <QThread>

#include <exception>
#include <map>

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

void Workspace::waitForIdle()
{
    m_readers.waitForDone();
    m_writer.waitForDone();
}

store::Database& Workspace::connectionFor(const QString& path, bool writable)
{
    // A pool thread keeps one connection per (database, mode) it has served: opening costs
    // a schema check, and WAL lets these readers run beside the writer.
    thread_local std::map<std::pair<std::string, bool>, std::unique_ptr<store::Database>> connections;
    const auto key = std::make_pair(path.toStdString(), writable);
    auto it = connections.find(key);
    if (it == connections.end()) {
        // A database closed long ago need not stay open in every thread.
        if (connections.size() > 4)
            connections.clear();
        auto db = std::make_unique<store::Database>(key.first,
                                                    writable ? store::OpenMode::ReadWrite : store::OpenMode::ReadOnly);
        if (!writable && db->userVersion() < store::latestSchemaVersion()) {
            // A database from an older FraudLens: bring its schema up to date once so the
            // views find the tables they read. A file the user may not write stays as it is.
            try {
                store::Database migrate(key.first, store::OpenMode::ReadWrite);
            } catch (const std::exception&) {
            }
        }
        it = connections.emplace(key, std::move(db)).first;
    }
    return *it->second;
}

} // namespace fraudlens::ui
