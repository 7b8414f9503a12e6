#include "store/import_log.h"

#include "store/database.h"
#include "store/statement.h"

namespace fraudlens::store {

ImportLog::ImportLog(Database& db) : m_db(db) {}

ImportLog::~ImportLog() = default;

std::optional<ImportRecord> ImportLog::findBySha256(const std::string& sha256)
{
    Statement query(m_db, "SELECT id, file_name, finished_at, rows_stored FROM imports WHERE sha256 = ? ORDER BY id LIMIT 1");
    query.bind(1, sha256);
    if (!query.step())
        return std::nullopt;
    ImportRecord record;
    record.id = query.columnInt(0);
    record.fileName = query.columnText(1);
    record.finishedMs = query.columnInt(2);
    record.rowsStored = query.columnInt(3);
    record.sha256 = sha256;
    return record;
}

std::int64_t ImportLog::begin(const ImportRecord& record)
{
    Statement insert(m_db, "INSERT INTO imports (file_name, sha256, mapping, rows_read, rows_stored, rows_rejected, "
                           "started_at, finished_at) VALUES (?, ?, ?, 0, 0, 0, ?, ?)");
    insert.bind(1, record.fileName).bind(2, record.sha256).bind(3, record.mapping);
    insert.bind(4, record.startedMs).bind(5, record.startedMs);
    insert.execute();
    return m_db.lastInsertRowId();
}

void ImportLog::finish(const ImportRecord& record)
{
    if (!m_finish)
        m_finish = std::make_unique<Statement>(
            m_db, "UPDATE imports SET rows_read = ?, rows_stored = ?, rows_rejected = ?, finished_at = ? WHERE id = ?");
    Statement& update = *m_finish;
    update.reset();
    update.bind(1, record.rowsRead).bind(2, record.rowsStored).bind(3, record.rowsRejected);
    update.bind(4, record.finishedMs).bind(5, record.id);
    update.execute();
}

} // namespace fraudlens::store
