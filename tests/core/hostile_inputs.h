#pragma once

// Text an attacker or a careless paste puts into a search box, and a few accounts whose
// ids hold LIKE's wildcards, so that "matched literally" has something to find. Shared by
// the core and UI injection suites.

#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/write_transaction.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fraudlens::testing {

// Ids of the literal fixture: each holds one of LIKE's special characters.
inline const QString kPercentAccount = QStringLiteral("P%1");
inline const QString kUnderscoreAccount = QStringLiteral("M_5");
inline const QString kBackslashAccount = QStringLiteral("B\\7");

// QLineEdit's default maxLength: the longest text a search box takes.
constexpr int kLineEditMaxLength = 32767;

// (row name, text). Row names are ASCII so that QTest can print them.
inline QList<std::pair<const char*, QString>> hostileInputs()
{
    // Mixed quotes and wildcards with no / or \, so that it is also a legal profile name.
    const QString longText = QStringLiteral("A%'_\"-").repeated(1700).left(10000);
    return {
        {"drop table", QStringLiteral("'; DROP TABLE alerts; --")},
        {"or 1=1", QStringLiteral("\" OR 1=1 --")},
        {"percent", QStringLiteral("%")},
        {"underscore", QStringLiteral("_")},
        {"backslash", QStringLiteral("\\")},
        {"like or", QStringLiteral("A%' OR '1'='1")},
        {"delete", QStringLiteral("); DELETE FROM accounts; --")},
        {"script", QStringLiteral("<script>alert(1)</script>")},
        {"10000 chars", longText},
        // A pattern cut at the NUL would be a bare % and match every id.
        {"embedded nul", QString(QChar(0)) + QStringLiteral("'; DROP TABLE alerts; --")},
        {"rtl override", QString(QChar(0x202E))},
        {"rtl override in id", QString(QChar(0x202E)) + QStringLiteral("000A")},
        {"lone high surrogate", QString(QChar(0xD800)) + QStringLiteral("' OR 1=1 --")},
        {"lone low surrogate", QString(QChar(0xDC00))},
        {"cjk quote", QStringLiteral("账户'--")},
        {"bom and emoji", QString(QChar(0xFEFF)) + QString::fromUtf8("\xF0\x9F\x98\x80%")},
        // Beyond a pattern's escaping budget: SQLite refuses LIKE patterns over 50,000 bytes,
        // and each wildcard doubles when escaped.
        {"max length wildcards", QString(kLineEditMaxLength, QLatin1Char('%'))},
    };
}

// Searches that must find something, to show the boxes work while refusing the above.
inline QList<std::pair<const char*, QString>> literalInputs()
{
    return {
        {"literal percent id", kPercentAccount},
        {"literal underscore id, other case", kUnderscoreAccount.toLower()},
        {"literal backslash id", kBackslashAccount},
        {"part of many ids, other case", QStringLiteral("a000")},
    };
}

// Whether `text` is one of the fixture's ids (in any ASCII case): such a search finds its
// account and the audit entry naming it.
inline bool namesFixtureAccount(const QString& text)
{
    for (const QString& id : {kPercentAccount, kUnderscoreAccount, kBackslashAccount})
        if (text.compare(id, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Adds accounts whose ids hold %, _ and \, each with an open alert at the bottom of the
// queue and an audit entry naming it, to a scored database.
inline void addLiteralFixture(const QString& path)
{
    store::Database db(path.toStdString(), store::OpenMode::ReadWrite);
    store::WriteTransaction transaction(db);
    store::Statement account(db, "INSERT INTO accounts (external_id, status) VALUES (?, 'active')");
    store::Statement alert(db, "INSERT INTO alerts (account_id, run_id, created_at, updated_at, status, priority, risk, "
                               "detectors, reasons) SELECT ?, MAX(id), ?, ?, 'new', 0.001, 0.001, '[\"rules\"]', "
                               "'[\"fixture\"]' FROM scoring_runs");
    std::int64_t newest = 0;
    {
        store::Statement latest(db, "SELECT COALESCE(MAX(created_at), 0) FROM alerts");
        latest.step();
        newest = latest.columnInt(0);
    }
    for (const QString& id : {kPercentAccount, kUnderscoreAccount, kBackslashAccount}) {
        const std::string text = id.toStdString();
        account.reset();
        account.bind(1, std::string_view(text)).execute();
        alert.reset();
        alert.bind(1, db.lastInsertRowId()).bind(2, newest).bind(3, newest).execute();
        store::AuditLog(db).append("fixture", "fixture.literal", "account:" + text, "{}");
    }
    transaction.commit();
}

// ASCII case folding only, as SQLite's LIKE and lower() do without ICU.
inline QByteArray asciiLower(QByteArray text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// Whether `haystack` holds `needle` as plain bytes, ignoring ASCII case: what a literal
// search must answer. An empty needle is in everything.
inline bool containsLiterally(const std::string& haystack, const std::string& needle)
{
    const QByteArray h = asciiLower(QByteArray::fromStdString(haystack));
    const QByteArray n = asciiLower(QByteArray::fromStdString(needle));
    return h.contains(n);
}

// How many of `values` a literal search for `needle` must find.
inline qint64 countContaining(const std::vector<std::string>& values, const std::string& needle)
{
    return std::count_if(values.begin(), values.end(),
                         [&needle](const std::string& value) { return containsLiterally(value, needle); });
}

} // namespace fraudlens::testing
