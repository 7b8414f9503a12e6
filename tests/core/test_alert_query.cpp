#include "cases/alert_query.h"
#include "store/database.h"
#include "store/statement.h"

#include <QList>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace fraudlens;
using cases::AlertFilter;
using cases::AlertQuery;
using cases::AlertSortColumn;
using cases::AlertStatus;
using cases::SortOrder;

Q_DECLARE_METATYPE(fraudlens::cases::AlertFilter)
Q_DECLARE_METATYPE(fraudlens::cases::AlertSortColumn)
Q_DECLARE_METATYPE(fraudlens::cases::SortOrder)

namespace {

// Six alerts over five accounts, one of each status, with ties on priority, rings with
// and without members, assignees set, empty and absent.
//   id account   status           priority risk ring assignee created
//   1  C100      new              0.90     0.90 7    NULL     1000
//   2  C101 (frozen) in_review    0.95     0.80 7    ana      2000
//   3  C200      escalated        0.50     0.50 NULL bob      3000
//   4  M_5       confirmed_fraud  0.99     0.99 NULL NULL     4000
//   5  C100      false_positive   0.30     0.30 8    NULL      500
//   6  P%1       new              0.90     0.70 NULL ''       6000
constexpr const char* kFixture = R"SQL(
INSERT INTO accounts (id, external_id, status) VALUES
    (1, 'C100', 'active'), (2, 'C101', 'frozen'), (3, 'C200', 'active'), (4, 'M_5', 'active'), (5, 'P%1', 'active');
INSERT INTO alerts (id, account_id, created_at, updated_at, status, priority, risk, detectors, reasons, ring_id, assignee) VALUES
    (1, 1, 1000, 1100, 'new', 0.90, 0.90, '["rules","sequence"]', '["r1","r2","r3"]', 7, NULL),
    (2, 2, 2000, 2100, 'in_review', 0.95, 0.80, '["rings"]', '["ring reason"]', 7, 'ana'),
    (3, 3, 3000, 3100, 'escalated', 0.50, 0.50, '["autoencoder"]', '[]', NULL, 'bob'),
    (4, 4, 4000, 4100, 'confirmed_fraud', 0.99, 0.99, '["rules"]', '["x"]', NULL, NULL),
    (5, 1, 500, 600, 'false_positive', 0.30, 0.30, '["bursts"]', '["y"]', 8, NULL),
    (6, 5, 6000, 6100, 'new', 0.90, 0.70, '["sequence"]', '["a","b"]', NULL, '');
INSERT INTO transactions (id, external_id, account_id, ts, amount) VALUES
    (1, 't1', 1, 900, 10.0), (2, 't2', 1, 950, 20.0), (3, 't3', 1, 990, 30.0), (4, 't4', 2, 1990, 5.0);
INSERT INTO alert_transactions (alert_id, tx_id) VALUES (1, 1), (1, 2), (1, 3), (2, 4);
)SQL";

// Forty more open alerts tied on priority, risk and age, so that only the id orders them.
constexpr const char* kTies = R"SQL(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO accounts (id, external_id) SELECT 100 + i, printf('T%03d', i % 7) || '-' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO alerts (id, account_id, created_at, updated_at, status, priority, risk, detectors, reasons, ring_id, assignee)
SELECT 100 + i, 100 + i, 10000 + i % 3, 10000, CASE i % 3 WHEN 0 THEN 'new' WHEN 1 THEN 'in_review' ELSE 'escalated' END,
       0.6, 0.6, '["rules"]', '[]', CASE WHEN i % 4 = 0 THEN NULL ELSE i % 5 END,
       CASE WHEN i % 2 = 0 THEN 'ana' ELSE NULL END
FROM n;
)SQL";

std::int64_t scalar(store::Database& db, const char* sql)
{
    store::Statement q(db, sql);
    q.step();
    return q.columnInt(0);
}

AlertFilter allStatuses()
{
    AlertFilter filter;
    filter.allStatuses = true;
    return filter;
}

AlertFilter searching(const char* text)
{
    AlertFilter filter = allStatuses();
    filter.accountSearch = text;
    return filter;
}

QList<qint64> idsOf(const std::vector<cases::AlertRow>& rows)
{
    QList<qint64> ids;
    for (const auto& row : rows)
        ids << row.id;
    return ids;
}

} // namespace

class TestAlertQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void rowsCarryEverythingTheQueueShows();
    void sorts_data();
    void sorts();
    void pagingIsStableUnderTies();
    void positionFindsTheAlertOrSaysItIsFilteredOut();
    void detailHasAllReasons();
    void hostileSearchMatchesNothingAndChangesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
};

void TestAlertQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<store::Database>(m_dir.filePath(QStringLiteral("queue.db")).toStdString(),
                                             store::OpenMode::Create);
    m_db->exec(kFixture);
}

void TestAlertQuery::filters_data()
{
    QTest::addColumn<AlertFilter>("filter");
    QTest::addColumn<QList<qint64>>("expected");

    auto with = [](auto change) {
        AlertFilter filter;
        change(filter);
        return filter;
    };
    QTest::newRow("open by default") << AlertFilter() << QList<qint64>{1, 2, 3, 6};
    QTest::newRow("all") << allStatuses() << QList<qint64>{1, 2, 3, 4, 5, 6};
    QTest::newRow("all wins over statuses")
        << with([](AlertFilter& f) { f.allStatuses = true; f.statuses = {AlertStatus::New}; })
        << QList<qint64>{1, 2, 3, 4, 5, 6};
    QTest::newRow("confirmed") << with([](AlertFilter& f) { f.statuses = {AlertStatus::ConfirmedFraud}; })
                               << QList<qint64>{4};
    QTest::newRow("new or false positive")
        << with([](AlertFilter& f) { f.statuses = {AlertStatus::New, AlertStatus::FalsePositive}; })
        << QList<qint64>{1, 5, 6};
    QTest::newRow("detector, open") << with([](AlertFilter& f) { f.detector = "rules"; }) << QList<qint64>{1};
    QTest::newRow("detector, all")
        << with([](AlertFilter& f) { f.allStatuses = true; f.detector = "rules"; }) << QList<qint64>{1, 4};
    QTest::newRow("detector is a whole name")
        << with([](AlertFilter& f) { f.allStatuses = true; f.detector = "rule"; }) << QList<qint64>{};
    QTest::newRow("min risk") << with([](AlertFilter& f) { f.minRisk = 0.75; }) << QList<qint64>{1, 2};
    QTest::newRow("max risk") << with([](AlertFilter& f) { f.maxRisk = 0.75; }) << QList<qint64>{3, 6};
    QTest::newRow("risk range") << with([](AlertFilter& f) { f.minRisk = 0.6; f.maxRisk = 0.85; })
                                << QList<qint64>{2, 6};
    QTest::newRow("in any ring")
        << with([](AlertFilter& f) { f.ringScope = AlertFilter::RingScope::InAnyRing; }) << QList<qint64>{1, 2};
    QTest::newRow("one ring") << with([](AlertFilter& f) {
        f.allStatuses = true;
        f.ringScope = AlertFilter::RingScope::OneRing;
        f.ringId = 8;
    }) << QList<qint64>{5};
    QTest::newRow("prefix") << searching("C1") << QList<qint64>{1, 2, 5};
    QTest::newRow("substring") << searching("200") << QList<qint64>{3};
    QTest::newRow("any case") << searching("c2") << QList<qint64>{3};
    QTest::newRow("literal underscore") << searching("M_5") << QList<qint64>{4};
    QTest::newRow("underscore is no wildcard") << searching("C_0") << QList<qint64>{};
    QTest::newRow("literal percent") << searching("%") << QList<qint64>{6};
    QTest::newRow("percent is no wildcard") << searching("C%0") << QList<qint64>{};
    QTest::newRow("combined") << with([](AlertFilter& f) {
        f.accountSearch = "C1";
        f.detector = "rings";
        f.minRisk = 0.5;
    }) << QList<qint64>{2};
}

void TestAlertQuery::filters()
{
    QFETCH(AlertFilter, filter);
    QFETCH(QList<qint64>, expected);
    AlertQuery query(*m_db);
    QCOMPARE(query.count(filter), std::int64_t(expected.size()));
    QList<qint64> ids = idsOf(query.page(filter, 0, 100));
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, expected);
}

void TestAlertQuery::rowsCarryEverythingTheQueueShows()
{
    AlertFilter filter = allStatuses();
    filter.sortColumn = AlertSortColumn::Age;
    filter.order = SortOrder::Descending; // oldest first: 5, 1, 2, 3, 4, 6
    const auto rows = AlertQuery(*m_db).page(filter, 1, 3);
    QCOMPARE(idsOf(rows), (QList<qint64>{1, 2, 3}));

    const auto& first = rows[0];
    QCOMPARE(first.accountId, std::int64_t(1));
    QCOMPARE(first.accountExternalId, std::string("C100"));
    QVERIFY(!first.accountFrozen);
    QCOMPARE(first.priority, 0.90);
    QCOMPARE(first.risk, 0.90);
    QVERIFY(first.status == AlertStatus::New);
    QCOMPARE(first.detectors, (std::vector<std::string>{"rules", "sequence"}));
    QCOMPARE(first.topReasons, (std::vector<std::string>{"r1", "r2"}));
    QCOMPARE(first.ringId, std::optional<std::int64_t>(7));
    QVERIFY(first.assignee.empty());
    QCOMPARE(first.createdAtMs, std::int64_t(1000));
    QCOMPARE(first.updatedAtMs, std::int64_t(1100));
    QCOMPARE(first.flaggedTransactions, std::int64_t(3));

    const auto& frozen = rows[1];
    QVERIFY(frozen.accountFrozen);
    QVERIFY(frozen.status == AlertStatus::InReview);
    QCOMPARE(frozen.assignee, std::string("ana"));
    QCOMPARE(frozen.flaggedTransactions, std::int64_t(1));

    const auto& bare = rows[2];
    QVERIFY(!bare.ringId);
    QVERIFY(bare.topReasons.empty());
    QCOMPARE(bare.flaggedTransactions, std::int64_t(0));
}

void TestAlertQuery::sorts_data()
{
    QTest::addColumn<AlertSortColumn>("column");
    QTest::addColumn<SortOrder>("order");
    QTest::addColumn<QList<qint64>>("expected");

    using enum AlertSortColumn;
    QTest::newRow("priority desc (ties by id desc)") << Priority << SortOrder::Descending << QList<qint64>{4, 2, 6, 1, 3, 5};
    QTest::newRow("priority asc (ties by id asc)") << Priority << SortOrder::Ascending << QList<qint64>{5, 3, 1, 6, 2, 4};
    QTest::newRow("risk desc") << Risk << SortOrder::Descending << QList<qint64>{4, 1, 2, 6, 3, 5};
    QTest::newRow("account asc") << Account << SortOrder::Ascending << QList<qint64>{1, 5, 2, 3, 4, 6};
    QTest::newRow("status: open work first") << Status << SortOrder::Ascending << QList<qint64>{1, 6, 2, 3, 4, 5};
    QTest::newRow("age asc: youngest first") << Age << SortOrder::Ascending << QList<qint64>{6, 4, 3, 2, 1, 5};
    QTest::newRow("age desc: oldest first") << Age << SortOrder::Descending << QList<qint64>{5, 1, 2, 3, 4, 6};
    QTest::newRow("ring asc, none last") << Ring << SortOrder::Ascending << QList<qint64>{1, 2, 5, 3, 4, 6};
    QTest::newRow("ring desc, none last") << Ring << SortOrder::Descending << QList<qint64>{5, 2, 1, 6, 4, 3};
    QTest::newRow("assignee asc, nobody last") << Assignee << SortOrder::Ascending << QList<qint64>{2, 3, 1, 4, 5, 6};
}

void TestAlertQuery::sorts()
{
    QFETCH(AlertSortColumn, column);
    QFETCH(SortOrder, order);
    QFETCH(QList<qint64>, expected);
    AlertFilter filter = allStatuses();
    filter.sortColumn = column;
    filter.order = order;
    QCOMPARE(idsOf(AlertQuery(*m_db).page(filter, 0, 100)), expected);
}

void TestAlertQuery::pagingIsStableUnderTies()
{
    store::Database db(m_dir.filePath(QStringLiteral("ties.db")).toStdString(), store::OpenMode::Create);
    db.exec(kFixture);
    db.exec(kTies);
    AlertQuery query(db);
    for (const auto column : {AlertSortColumn::Priority, AlertSortColumn::Risk, AlertSortColumn::Account,
                              AlertSortColumn::Status, AlertSortColumn::Age, AlertSortColumn::Ring,
                              AlertSortColumn::Assignee}) {
        for (const auto order : {SortOrder::Ascending, SortOrder::Descending}) {
            AlertFilter filter;
            filter.sortColumn = column;
            filter.order = order;
            const std::int64_t count = query.count(filter);
            QCOMPARE(count, std::int64_t(44));
            const QList<qint64> whole = idsOf(query.page(filter, 0, 1000));
            QList<qint64> paged;
            for (std::int64_t offset = 0; offset < count; offset += 7)
                paged += idsOf(query.page(filter, offset, 7));
            const auto label = QByteArray::number(static_cast<int>(column)) + "/" + QByteArray::number(static_cast<int>(order));
            QVERIFY2(paged == whole, label.constData());
            QCOMPARE(QSet<qint64>(paged.begin(), paged.end()).size(), paged.size());
            // The same question asked twice gets the same answer.
            QCOMPARE(idsOf(query.page(filter, 14, 7)), whole.mid(14, 7));
            for (int i = 0; i < whole.size(); ++i)
                QCOMPARE(query.position(filter, whole[i]), std::optional<std::int64_t>(i));
        }
    }
}

void TestAlertQuery::positionFindsTheAlertOrSaysItIsFilteredOut()
{
    AlertQuery query(*m_db);
    const AlertFilter open; // priority desc: 2, 6, 1, 3
    QCOMPARE(query.position(open, 2), std::optional<std::int64_t>(0));
    QCOMPARE(query.position(open, 3), std::optional<std::int64_t>(3));
    QVERIFY(!query.position(open, 4)); // decided: not in the open queue
    QVERIFY(!query.position(open, 999));
}

void TestAlertQuery::detailHasAllReasons()
{
    AlertQuery query(*m_db);
    const auto detail = query.detail(1);
    QVERIFY(detail);
    QCOMPARE(detail->row.id, std::int64_t(1));
    QCOMPARE(detail->reasons, (std::vector<std::string>{"r1", "r2", "r3"}));
    QCOMPARE(detail->row.flaggedTransactions, std::int64_t(3));
    QVERIFY(!query.detail(999));
}

void TestAlertQuery::hostileSearchMatchesNothingAndChangesNothing()
{
    const std::int64_t alerts = scalar(*m_db, "SELECT COUNT(*) FROM alerts");
    const std::int64_t accounts = scalar(*m_db, "SELECT COUNT(*) FROM accounts");
    AlertQuery query(*m_db);
    for (const char* text : {"x' OR 1=1 --", "' OR ''='", "'; DROP TABLE alerts; --", "\") OR 1=1 --", "'", "\"",
                             "\\", "%%", "C1%", "%' ESCAPE '", "1); DELETE FROM accounts; --"}) {
        const AlertFilter filter = searching(text);
        QVERIFY2(query.count(filter) == 0, text);
        QVERIFY2(query.page(filter, 0, 100).empty(), text);
        QVERIFY2(!query.position(filter, 1), text);
        // As the detector name, too.
        AlertFilter detector = allStatuses();
        detector.detector = text;
        QVERIFY2(query.count(detector) == 0, text);
    }
    QCOMPARE(scalar(*m_db, "SELECT COUNT(*) FROM alerts"), alerts);
    QCOMPARE(scalar(*m_db, "SELECT COUNT(*) FROM accounts"), accounts);
    QCOMPARE(m_db->integrityCheck(), std::string("ok"));
}

QTEST_APPLESS_MAIN(TestAlertQuery)
#include "test_alert_query.moc"
