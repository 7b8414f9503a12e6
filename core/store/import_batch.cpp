#include "store/import_batch.h"

#include "store/audit_log.h"
#include "util/clock.h"

namespace fraudlens::store {

namespace {

ImportRecord begin(Database& db, const std::string& fileName, const std::string& sha256, const std::string& mappingJson)
{
    ImportRecord record;
    record.fileName = fileName;
    record.sha256 = sha256;
    record.mapping = mappingJson;
    record.startedMs = util::nowMs();
    record.id = ImportLog(db).begin(record);
    return record;
}

} // namespace

ImportBatch::ImportBatch(Database& db, const std::string& fileName, const std::string& sha256,
                         const std::string& mappingJson)
    : m_db(db)
    , m_transaction(db)
    , m_record(begin(db, fileName, sha256, mappingJson))
    , m_writer(db, m_record.id)
{
}

void ImportBatch::commit(const std::string& actor, std::int64_t rowsRead, std::int64_t rowsRejected,
                         const std::string& auditDetailsJson)
{
    m_writer.finish();
    m_record.rowsRead = rowsRead;
    m_record.rowsStored = m_writer.stored();
    m_record.rowsRejected = rowsRejected;
    m_record.finishedMs = util::nowMs();
    ImportLog(m_db).finish(m_record);
    AuditLog(m_db).append(actor, "import", "import:" + std::to_string(m_record.id), auditDetailsJson);
    m_transaction.commit();
}

} // namespace fraudlens::store
