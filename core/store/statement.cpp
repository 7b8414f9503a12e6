#include "store/statement.h"

#include "store/database.h"
#include "store/store_error.h"

#include <sqlite3.h>

namespace fraudlens::store {

namespace {

[[noreturn]] void fail(Database& db, int rc, std::string_view what)
{
    throw StoreError(std::string(what) + ": " + sqlite3_errmsg(db.handle()), rc);
}

} // namespace

Statement::Statement(Database& db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc, "cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptionalText(int index, std::string_view value)
{
    return value.empty() ? bindNull(index) : bind(index, value);
}

Statement& Statement::bindOptional(int index, std::optional<std::int64_t> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(m_db, rc, "statement failed");
}

int Statement::execute(bool allowConstraint)
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return SQLITE_DONE;
    if (allowConstraint && (rc & 0xff) == SQLITE_CONSTRAINT)
        return rc;
    fail(m_db, rc, "statement failed");
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt(int index) const { return sqlite3_column_int64(m_stmt, index); }

double Statement::columnDouble(int index) const { return sqlite3_column_double(m_stmt, index); }

std::string Statement::columnText(int index) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index));
    return text ? std::string(text, static_cast<size_t>(sqlite3_column_bytes(m_stmt, index))) : std::string();
}

bool Statement::columnIsNull(int index) const { return sqlite3_column_type(m_stmt, index) == SQLITE_NULL; }

} // namespace fraudlens::store
