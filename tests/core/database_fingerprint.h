#pragma once

// What a database holds, reduced to what a test compares before and after: the schema,
// the user version, every table's row count and a hash of its rows, and the head of the
// audit chain. Rows are hashed in sorted order, so WITHOUT ROWID tables need no special
// case and a rewrite that only moves rows around does not count as a change.

#include "store/database.h"
#include "store/statement.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <string>
#include <vector>

namespace fraudlens::testing {

struct DatabaseFingerprint {
    struct Table {
        qint64 rows = 0;
        QByteArray hash;
    };
    QMap<QString, Table> tables;
    QByteArray schema;
    qint64 userVersion = 0;
    qint64 auditHeadSeq = -1;
    QString auditHeadHash;

    // Empty when nothing changed since `before`, else one line per difference.
    QStringList differencesFrom(const DatabaseFingerprint& before) const
    {
        QStringList out;
        if (schema != before.schema)
            out << QStringLiteral("schema changed");
        if (userVersion != before.userVersion)
            out << QStringLiteral("user_version %1 -> %2").arg(before.userVersion).arg(userVersion);
        if (auditHeadSeq != before.auditHeadSeq || auditHeadHash != before.auditHeadHash)
            out << QStringLiteral("audit head %1 -> %2").arg(before.auditHeadSeq).arg(auditHeadSeq);
        for (auto it = before.tables.cbegin(); it != before.tables.cend(); ++it) {
            const auto now = tables.constFind(it.key());
            if (now == tables.cend())
                out << QStringLiteral("table %1 is gone").arg(it.key());
            else if (now->rows != it->rows)
                out << QStringLiteral("table %1: %2 rows -> %3").arg(it.key()).arg(it->rows).arg(now->rows);
            else if (now->hash != it->hash)
                out << QStringLiteral("table %1: rows changed").arg(it.key());
        }
        for (auto it = tables.cbegin(); it != tables.cend(); ++it)
            if (!before.tables.contains(it.key()))
                out << QStringLiteral("table %1 appeared").arg(it.key());
        return out;
    }
};

// `name` as an SQL identifier. Only names read from sqlite_master reach here.
inline std::string quotedIdentifier(const std::string& name)
{
    std::string quoted = "\"";
    for (const char c : name)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

inline QByteArray hashOfSorted(std::vector<std::string> lines)
{
    std::sort(lines.begin(), lines.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const std::string& line : lines) {
        hash.addData(QByteArrayView(line.data(), static_cast<qsizetype>(line.size())));
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result().toHex();
}

// Reads through a connection of its own, read-only: taking a fingerprint changes nothing.
inline DatabaseFingerprint fingerprintOf(const QString& path)
{
    store::Database db(path.toStdString(), store::OpenMode::ReadOnly);
    DatabaseFingerprint print;
    {
        store::Statement version(db, "PRAGMA user_version");
        version.step();
        print.userVersion = version.columnInt(0);
    }
    std::vector<std::string> schema;
    std::vector<std::string> tables;
    {
        store::Statement master(db, "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master");
        while (master.step()) {
            schema.push_back(master.columnText(0) + '\x1f' + master.columnText(1) + '\x1f' + master.columnText(2)
                             + '\x1f' + master.columnText(3));
            if (master.columnText(0) == "table")
                tables.push_back(master.columnText(1));
        }
    }
    print.schema = hashOfSorted(schema);
    for (const std::string& table : tables) {
        // quote() keeps NULL apart from '' and a number apart from its text.
        std::string row;
        {
            store::Statement columns(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
            columns.bind(1, std::string_view(table));
            while (columns.step())
                row += (row.empty() ? "" : " || char(31) || ") + ("quote(" + quotedIdentifier(columns.columnText(0)) + ")");
        }
        std::vector<std::string> lines;
        if (!row.empty()) {
            store::Statement rows(db, "SELECT " + row + " FROM " + quotedIdentifier(table));
            while (rows.step())
                lines.push_back(rows.columnText(0));
        }
        DatabaseFingerprint::Table& entry = print.tables[QString::fromStdString(table)];
        entry.rows = static_cast<qint64>(lines.size());
        entry.hash = hashOfSorted(std::move(lines));
    }
    if (std::find(tables.begin(), tables.end(), "audit_head") != tables.end()) {
        store::Statement head(db, "SELECT seq, hash FROM audit_head WHERE id = 1");
        if (head.step()) {
            print.auditHeadSeq = head.columnInt(0);
            print.auditHeadHash = QString::fromStdString(head.columnText(1));
        }
    }
    return print;
}

} // namespace fraudlens::testing
