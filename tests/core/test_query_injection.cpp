// Issue 6 in the core: hostile text handed straight to every query that takes a user's
// text (the alert queue's account search and detector, the audit log's actor, action and
// target search, going to an account by id, looking up who used an entity) finds only
// what holds that text literally, throws nothing, and leaves the database as it was.

#include "../ui/scored_demo.h"
#include "database_fingerprint.h"
#include "hostile_inputs.h"

#include "cases/account_profile.h"
#include "cases/alert_query.h"
#include "cases/audit_query.h"
#include "cases/entity_usage.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <exception>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace fraudlens;

namespace {

constexpr int kPage = 200;

const cases::AlertSortColumn kSortColumns[] = {
    cases::AlertSortColumn::Priority, cases::AlertSortColumn::Risk, cases::AlertSortColumn::Account,
    cases::AlertSortColumn::Status,   cases::AlertSortColumn::Age,  cases::AlertSortColumn::Ring,
    cases::AlertSortColumn::Assignee};

// What the database holds, read once, to work out what a literal search must find.
struct Contents {
    std::vector<std::pair<std::int64_t, std::string>> alerts; // alert id, account external id
    std::vector<std::string> accounts;                        // external ids
    std::vector<std::string> targets;                         // audit targets
    std::vector<std::string> actors;
    std::vector<std::string> actions;
};

std::vector<std::string> column(store::Database& db, const char* sql)
{
    std::vector<std::string> values;
    store::Statement q(db, sql);
    while (q.step())
        values.push_back(q.columnText(0));
    return values;
}

Contents contentsOf(store::Database& db)
{
    Contents c;
    store::Statement q(db, "SELECT a.id, ac.external_id FROM alerts a JOIN accounts ac ON ac.id = a.account_id");
    while (q.step())
        c.alerts.emplace_back(q.columnInt(0), q.columnText(1));
    c.accounts = column(db, "SELECT external_id FROM accounts");
    c.targets = column(db, "SELECT target FROM audit_log");
    c.actors = column(db, "SELECT actor FROM audit_log");
    c.actions = column(db, "SELECT action FROM audit_log");
    return c;
}


std::int64_t exactCount(const std::vector<std::string>& values, const std::string& needle)
{
    return std::count(values.begin(), values.end(), needle);
}

} // namespace

class TestQueryInjection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void alertSearch_data();
    void alertSearch();
    void alertDetector_data();
    void alertDetector();
    void auditFilters_data();
    void auditFilters();
    void accountLookup_data();
    void accountLookup();
    void entityLookup_data();
    void entityLookup();
    void databaseIsUnchanged();

private:
    void addRows();

    QTemporaryDir m_dir;
    QString m_path;
    // Read-write on purpose: even a connection that could write is left untouched.
    std::unique_ptr<store::Database> m_db;
    Contents m_contents;
    testing::DatabaseFingerprint m_before;
};

void TestQueryInjection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = testing::buildScoredDemo(m_dir);
    QVERIFY(!m_path.isEmpty());
    testing::addLiteralFixture(m_path);
    m_db = std::make_unique<store::Database>(m_path.toStdString(), store::OpenMode::ReadWrite);
    m_contents = contentsOf(*m_db);
    QVERIFY(m_contents.alerts.size() > 10);
    m_before = testing::fingerprintOf(m_path);
    QVERIFY(m_before.tables.value(QStringLiteral("alerts")).rows > 0);
    QVERIFY(m_before.auditHeadSeq > 0);
}

// Every data function shares the hostile rows and the literal controls.
void TestQueryInjection::addRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("control"); // a search that must find something
    for (const auto& [name, text] : testing::hostileInputs())
        QTest::newRow(name) << text << false;
    for (const auto& [name, text] : testing::literalInputs())
        QTest::newRow(name) << text << true;
}

void TestQueryInjection::alertSearch_data() { addRows(); }

void TestQueryInjection::alertSearch()
{
    QFETCH(QString, text);
    QFETCH(bool, control);
    const std::string needle = text.toStdString();
    std::vector<std::int64_t> expected;
    for (const auto& [id, account] : m_contents.alerts)
        if (testing::containsLiterally(account, needle))
            expected.push_back(id);
    std::sort(expected.begin(), expected.end());
    QVERIFY(!control || !expected.empty());

    cases::AlertFilter filter;
    filter.allStatuses = true;
    filter.accountSearch = needle;
    cases::AlertQuery query(*m_db);
    try {
        QCOMPARE(query.count(filter), std::int64_t(expected.size()));
        for (const cases::AlertSortColumn sort : kSortColumns) {
            for (const cases::SortOrder order : {cases::SortOrder::Ascending, cases::SortOrder::Descending}) {
                filter.sortColumn = sort;
                filter.order = order;
                std::vector<std::int64_t> found;
                for (std::int64_t offset = 0;; offset += kPage) {
                    const auto rows = query.page(filter, offset, kPage);
                    for (const auto& row : rows) {
                        QVERIFY2(testing::containsLiterally(row.accountExternalId, needle), row.accountExternalId.c_str());
                        found.push_back(row.id);
                    }
                    if (rows.size() < std::size_t(kPage))
                        break;
                }
                std::sort(found.begin(), found.end());
                QCOMPARE(found, expected);
            }
        }
        // position() answers for a row the filter keeps and one it leaves out.
        for (const auto& [id, account] : {m_contents.alerts.front(), m_contents.alerts.back()})
            QCOMPARE(query.position(filter, id).has_value(), testing::containsLiterally(account, needle));
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("the query threw: %1").arg(QString::fromUtf8(e.what()))));
    }
}

void TestQueryInjection::alertDetector_data() { addRows(); }

void TestQueryInjection::alertDetector()
{
    // Chosen from a list in the window, but a filter value all the same: no hostile text
    // names a detector, so nothing matches.
    QFETCH(QString, text);
    cases::AlertFilter filter;
    filter.allStatuses = true;
    filter.detector = text.toStdString();
    try {
        cases::AlertQuery query(*m_db);
        QCOMPARE(query.count(filter), std::int64_t(0));
        QVERIFY(query.page(filter, 0, kPage).empty());
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("the query threw: %1").arg(QString::fromUtf8(e.what()))));
    }
}

void TestQueryInjection::auditFilters_data() { addRows(); }

void TestQueryInjection::auditFilters()
{
    QFETCH(QString, text);
    const std::string needle = text.toStdString();
    cases::AuditQuery query(*m_db);
    try {
        cases::AuditFilter byTarget;
        byTarget.targetContains = needle;
        const std::int64_t expected = testing::countContaining(m_contents.targets, needle);
        QVERIFY(!testing::namesFixtureAccount(text) || expected > 0);
        QCOMPARE(query.count(byTarget), expected);
        const auto entries = query.page(byTarget, 0, 1000);
        QCOMPARE(std::int64_t(entries.size()), std::min<std::int64_t>(expected, 1000));
        for (const auto& entry : entries)
            QVERIFY2(testing::containsLiterally(entry.target, needle), entry.target.c_str());
        QCOMPARE(query.countNewerThan(byTarget, 0), expected);

        // The export writes where it was told, and only there.
        const QString exportDir = m_dir.filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(exportDir));
        const QString file = QDir(exportDir).filePath(QStringLiteral("audit.csv"));
        QCOMPARE(query.exportCsv(byTarget, file.toStdString()), expected);
        QCOMPARE(QDir(exportDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("audit.csv")});
        QVERIFY(QFile::remove(file));

        cases::AuditFilter byActor;
        byActor.actor = needle;
        QCOMPARE(query.count(byActor), exactCount(m_contents.actors, needle));
        cases::AuditFilter byAction;
        byAction.action = needle;
        QCOMPARE(query.count(byAction), exactCount(m_contents.actions, needle));
        cases::AuditFilter all;
        all.actor = needle;
        all.action = needle;
        all.targetContains = needle;
        QVERIFY(query.page(all, 0, 10).empty());
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("the query threw: %1").arg(QString::fromUtf8(e.what()))));
    }
}

void TestQueryInjection::accountLookup_data() { addRows(); }

void TestQueryInjection::accountLookup()
{
    // The account view's "go to account" box: an exact id, never a pattern.
    QFETCH(QString, text);
    const std::string needle = text.toStdString();
    try {
        const auto found = cases::AccountProfile::findByExternalId(*m_db, needle);
        QCOMPARE(found.has_value(), exactCount(m_contents.accounts, needle) == 1);
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("the lookup threw: %1").arg(QString::fromUtf8(e.what()))));
    }
}

void TestQueryInjection::entityLookup_data() { addRows(); }

void TestQueryInjection::entityLookup()
{
    // The network view asks who used an entity by its value; no entity has hostile text
    // as its value.
    QFETCH(QString, text);
    std::set<cases::EntityKey> keys;
    for (const auto kind : {cases::LinkNodeKind::Device, cases::LinkNodeKind::Ip, cases::LinkNodeKind::Card,
                            cases::LinkNodeKind::Email, cases::LinkNodeKind::Address, cases::LinkNodeKind::Merchant})
        keys.insert({kind, text.toStdString()});
    try {
        QVERIFY(cases::EntityUsage(*m_db).accountsOf(keys).empty());
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("the lookup threw: %1").arg(QString::fromUtf8(e.what()))));
    }
}

void TestQueryInjection::databaseIsUnchanged()
{
    const QStringList differences = testing::fingerprintOf(m_path).differencesFrom(m_before);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QCOMPARE(m_db->integrityCheck(), std::string("ok"));
    QVERIFY(store::AuditLog(*m_db).verify().ok);
}

QTEST_APPLESS_MAIN(TestQueryInjection)
#include "test_query_injection.moc"
