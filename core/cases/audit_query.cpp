#include "cases/audit_query.h"

#include "ingest/csv_writer.h"
#include "store/database.h"
#include "store/statement.h"
#include "util/clock.h"

#include <filesystem>
#include <system_error>

namespace fraudlens::cases {

namespace {

// SQL text is assembled from these fixed fragments only; bindFilter() binds the values in
// the same order, so no user text ever becomes SQL.
std::string whereClause(const AuditFilter& f)
{
    std::string sql = " WHERE 1";
    if (!f.actor.empty())
        sql += " AND actor = ?";
    if (!f.action.empty())
        sql += " AND action = ?";
    if (!f.targetContains.empty())
        sql += " AND instr(lower(target), lower(?)) > 0";
    if (f.fromMs)
        sql += " AND ts >= ?";
    if (f.toMs)
        sql += " AND ts < ?";
    if (f.maxSeq)
        sql += " AND seq <= ?";
    return sql;
}

// Returns the next free parameter index.
int bindFilter(store::Statement& s, const AuditFilter& f)
{
    int index = 1;
    if (!f.actor.empty())
        s.bind(index++, f.actor);
    if (!f.action.empty())
        s.bind(index++, f.action);
    if (!f.targetContains.empty())
        s.bind(index++, f.targetContains);
    if (f.fromMs)
        s.bind(index++, *f.fromMs);
    if (f.toMs)
        s.bind(index++, *f.toMs);
    if (f.maxSeq)
        s.bind(index++, *f.maxSeq);
    return index;
}

} // namespace

std::int64_t AuditQuery::count(const AuditFilter& filter) { return extent(filter).count; }

AuditQuery::Extent AuditQuery::extent(const AuditFilter& filter)
{
    store::Statement q(m_db, "SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM audit_log" + whereClause(filter));
    bindFilter(q, filter);
    q.step();
    return {q.columnInt(0), q.columnInt(1)};
}

std::vector<store::AuditEntry> AuditQuery::page(const AuditFilter& filter, std::int64_t offset, std::int64_t limit)
{
    store::Statement q(m_db, "SELECT seq, ts, actor, action, target, details, prev_hash, hash FROM audit_log"
                                 + whereClause(filter) + " ORDER BY seq DESC LIMIT ? OFFSET ?");
    const int next = bindFilter(q, filter);
    q.bind(next, limit).bind(next + 1, offset);
    std::vector<store::AuditEntry> entries;
    while (q.step()) {
        store::AuditEntry& e = entries.emplace_back();
        e.seq = q.columnInt(0);
        e.timestampMs = q.columnInt(1);
        e.actor = q.columnText(2);
        e.action = q.columnText(3);
        e.target = q.columnText(4);
        e.details = q.columnText(5);
        e.prevHash = q.columnText(6);
        e.hash = q.columnText(7);
    }
    return entries;
}

std::int64_t AuditQuery::countNewerThan(const AuditFilter& filter, std::int64_t seq)
{
    store::Statement q(m_db, "SELECT COUNT(*) FROM audit_log" + whereClause(filter) + " AND seq > ?");
    q.bind(bindFilter(q, filter), seq);
    q.step();
    return q.columnInt(0);
}

std::vector<std::string> AuditQuery::actors() { return distinct("SELECT DISTINCT actor FROM audit_log ORDER BY actor"); }

std::vector<std::string> AuditQuery::actions() { return distinct("SELECT DISTINCT action FROM audit_log ORDER BY action"); }

std::vector<std::string> AuditQuery::distinct(const char* sql)
{
    store::Statement q(m_db, sql);
    std::vector<std::string> values;
    while (q.step())
        values.push_back(q.columnText(0));
    return values;
}

std::int64_t AuditQuery::exportCsv(const AuditFilter& filter, const std::string& path)
{
    const std::string temporary = path + ".part";
    try {
        std::int64_t written = 0;
        {
            ingest::CsvWriter out(temporary);
            out.writeRow({"seq", "time", "actor", "action", "target", "details", "hash"});
            store::Statement q(m_db, "SELECT seq, ts, actor, action, target, details, hash FROM audit_log"
                                         + whereClause(filter) + " ORDER BY seq");
            bindFilter(q, filter);
            while (q.step()) {
                const std::string seq = std::to_string(q.columnInt(0));
                const std::string time = util::formatIsoUtc(q.columnInt(1));
                const std::string actor = q.columnText(2);
                const std::string action = q.columnText(3);
                const std::string target = q.columnText(4);
                const std::string details = q.columnText(5);
                const std::string hash = q.columnText(6);
                out.writeRow({seq, time, actor, action, target, details, hash});
                ++written;
            }
            out.close();
        }
        std::filesystem::rename(temporary, path);
        return written;
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
}

} // namespace fraudlens::cases
