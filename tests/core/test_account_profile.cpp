#include "../ui/scored_demo.h"

#include "cases/account_history.h"
#include "cases/account_profile.h"
#include "cases/account_transactions.h"
#include "cases/entity_usage.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"
#include "util/clock.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>

using namespace fraudlens;

class TestAccountProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void linkedEntitiesMatchDirectCounts_data();
    void linkedEntitiesMatchDirectCounts();
    void entityUsageMatchesDirectCounts();
    void ringMembership();
    void profileMatchesTheTables();
    void findsByExternalId();
    void caseAlertStaysAfterTheCaseCloses();
    void transactionsAreInTimeOrder();
    void keepsTheNewestWhenTruncated();
    void flagsTheAlertedTransactions();
    void burstHoursOverlapTheAccount();
    void historyHasAuditAndNotesNewestFirst();

private:
    std::int64_t scalar(const std::string& sql, std::int64_t id = 0);
    std::set<std::int64_t> ids(const std::string& sql, std::int64_t id);

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::int64_t m_ringAccount = 0;
    std::int64_t m_alertAccount = 0;
    std::int64_t m_plainAccount = 0;
};

std::int64_t TestAccountProfile::scalar(const std::string& sql, std::int64_t id)
{
    store::Statement s(*m_db, sql);
    if (id != 0)
        s.bind(1, id);
    return s.step() && !s.columnIsNull(0) ? s.columnInt(0) : 0;
}

std::set<std::int64_t> TestAccountProfile::ids(const std::string& sql, std::int64_t id)
{
    std::set<std::int64_t> out;
    store::Statement s(*m_db, sql);
    s.bind(1, id);
    while (s.step())
        out.insert(s.columnInt(0));
    return out;
}

void TestAccountProfile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = testing::buildScoredDemo(m_dir);
    QVERIFY(!path.isEmpty());
    m_db = std::make_unique<store::Database>(path.toStdString(), store::OpenMode::ReadWrite);
    m_ringAccount = scalar("SELECT m.account_id FROM ring_members m JOIN rings r ON r.id = m.ring_id "
                           "ORDER BY r.score DESC, m.account_id LIMIT 1");
    m_alertAccount = scalar("SELECT account_id FROM alerts ORDER BY priority DESC, id LIMIT 1");
    m_plainAccount = scalar("SELECT a.id FROM accounts a WHERE a.id NOT IN (SELECT account_id FROM ring_members) "
                            "AND EXISTS (SELECT 1 FROM transactions t WHERE t.account_id = a.id) "
                            "ORDER BY a.id LIMIT 1");
    QVERIFY(m_ringAccount > 0);
    QVERIFY(m_alertAccount > 0);
    QVERIFY(m_plainAccount > 0);
}

void TestAccountProfile::linkedEntitiesMatchDirectCounts_data()
{
    QTest::addColumn<qint64>("account");
    QTest::newRow("ring member") << qint64(m_ringAccount);
    QTest::newRow("alerted account") << qint64(m_alertAccount);
    QTest::newRow("account outside rings") << qint64(m_plainAccount);
}

void TestAccountProfile::linkedEntitiesMatchDirectCounts()
{
    QFETCH(qint64, account);
    // The expected counts, one value at a time: a different query from the grouped one.
    std::map<std::pair<std::string, std::string>, std::int64_t> expected;
    for (const std::string kind : {"device", "ip", "card", "email", "address"}) {
        store::Statement values(*m_db, "SELECT DISTINCT " + kind + " FROM transactions WHERE account_id = ? AND " + kind
                                           + " IS NOT NULL");
        values.bind(1, std::int64_t(account));
        while (values.step()) {
            const std::string value = values.columnText(0);
            store::Statement count(*m_db, "SELECT COUNT(DISTINCT account_id) FROM transactions WHERE " + kind
                                              + " = ? AND account_id <> ?");
            count.bind(1, std::string_view(value)).bind(2, std::int64_t(account));
            QVERIFY(count.step());
            expected[{kind, value}] = count.columnInt(0);
        }
    }
    const auto profile = cases::AccountProfile::load(*m_db, account);
    QVERIFY(profile);
    std::map<std::pair<std::string, std::string>, std::int64_t> actual;
    for (const auto& e : profile->linkedEntities)
        actual[{e.kind, e.value}] = e.otherAccounts;
    QCOMPARE(actual.size(), profile->linkedEntities.size());
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
    if (account == m_ringAccount) {
        // A ring is accounts sharing something: its member shares at least one value.
        QVERIFY(std::any_of(actual.begin(), actual.end(), [](const auto& e) { return e.second > 0; }));
    }
}

void TestAccountProfile::entityUsageMatchesDirectCounts()
{
    // What the network view draws: for every entity of a ring member, each account that
    // used it and with how many transactions, against a plain GROUP BY.
    cases::EntityUsage usage(*m_db);
    const auto used = usage.ofAccount(m_ringAccount, false);
    QVERIFY(!used.empty());
    std::set<cases::EntityKey> keys;
    for (const auto& [key, transactions] : used)
        keys.insert(key);
    const auto users = usage.accountsOf(keys);
    QCOMPARE(users.size(), keys.size());
    bool shared = false;
    for (const auto& [key, accounts] : users) {
        const std::string column(cases::linkNodeKindName(key.kind));
        store::Statement direct(*m_db, "SELECT account_id, COUNT(*) FROM transactions WHERE " + column
                                           + " = ? GROUP BY account_id");
        direct.bind(1, std::string_view(key.value));
        cases::EntityUsage::AccountCounts expected;
        while (direct.step())
            expected[direct.columnInt(0)] = static_cast<int>(direct.columnInt(1));
        QVERIFY2(accounts == expected, (column + " " + key.value).c_str());
        QCOMPARE(accounts.at(m_ringAccount), used.at(key));
        shared = shared || accounts.size() > 1;
    }
    QVERIFY(shared);
}

void TestAccountProfile::ringMembership()
{
    const auto member = cases::AccountProfile::load(*m_db, m_ringAccount);
    QVERIFY(member && member->ring);
    const std::int64_t ring = scalar("SELECT m.ring_id FROM ring_members m JOIN rings r ON r.id = m.ring_id "
                                     "WHERE m.account_id = ? ORDER BY r.score DESC, r.id LIMIT 1",
                                     m_ringAccount);
    QCOMPARE(member->ring->id, ring);
    QCOMPARE(member->ring->size, scalar("SELECT COUNT(*) FROM ring_members WHERE ring_id = ?", ring));
    QVERIFY(member->ring->score > 0.0);

    const auto outsider = cases::AccountProfile::load(*m_db, m_plainAccount);
    QVERIFY(outsider);
    QVERIFY(!outsider->ring);
}

void TestAccountProfile::profileMatchesTheTables()
{
    const auto p = cases::AccountProfile::load(*m_db, m_alertAccount);
    QVERIFY(p);
    QCOMPARE(p->id, m_alertAccount);
    QCOMPARE(p->transactionCount, scalar("SELECT COUNT(*) FROM transactions WHERE account_id = ?", m_alertAccount));
    QVERIFY(p->status == "active" || p->status == "frozen");
    {
        store::Statement s(*m_db, "SELECT SUM(t.amount), MAX(s.fused) FROM transactions t "
                                  "LEFT JOIN scores s ON s.tx_id = t.id WHERE t.account_id = ?");
        s.bind(1, m_alertAccount);
        QVERIFY(s.step());
        QVERIFY(qFuzzyCompare(p->totalAmount, s.columnDouble(0)));
        QVERIFY(p->maxRisk);
        QCOMPARE(*p->maxRisk, s.columnDouble(1));
    }
    const std::int64_t open = scalar("SELECT id FROM alerts WHERE account_id = ? "
                                     "AND status IN ('new', 'in_review', 'escalated')",
                                     m_alertAccount);
    QCOMPARE(p->openAlert.has_value(), open != 0);
    if (open != 0)
        QCOMPARE(p->openAlert->id, open);
    QVERIFY(p->firstTransactionMs && p->lastTransactionMs && *p->firstTransactionMs <= *p->lastTransactionMs);
    if (p->createdAtMs || p->firstSeenMs)
        QVERIFY(p->ageMs && *p->ageMs >= 0);

    QVERIFY(!cases::AccountProfile::load(*m_db, scalar("SELECT MAX(id) + 1 FROM accounts")));
}

// The account view's case report covers the open alert, and once it is decided, the
// closed one: an auditor reports on closed cases.
void TestAccountProfile::caseAlertStaysAfterTheCaseCloses()
{
    const std::int64_t open = scalar("SELECT id FROM alerts WHERE account_id = ? "
                                     "AND status IN ('new', 'in_review', 'escalated')",
                                     m_alertAccount);
    QVERIFY(open != 0);
    const auto before = cases::AccountProfile::load(*m_db, m_alertAccount);
    QVERIFY(before && before->caseAlert);
    QCOMPARE(before->caseAlert->id, open);

    const auto setStatus = [this](std::int64_t alert, const std::string& status) {
        store::Statement s(*m_db, "UPDATE alerts SET status = ? WHERE id = ?");
        s.bind(1, status);
        s.bind(2, alert);
        s.step();
    };
    setStatus(open, "confirmed_fraud");
    const auto closed = cases::AccountProfile::load(*m_db, m_alertAccount);
    setStatus(open, "new");
    QVERIFY(closed);
    QVERIFY(!closed->openAlert);
    QVERIFY(closed->caseAlert);
    QCOMPARE(closed->caseAlert->id, open);
    QCOMPARE(closed->caseAlert->status, std::string("confirmed_fraud"));

    const std::int64_t quiet = scalar("SELECT MIN(id) FROM accounts WHERE id NOT IN (SELECT account_id FROM alerts)");
    QVERIFY(quiet != 0);
    const auto none = cases::AccountProfile::load(*m_db, quiet);
    QVERIFY(none && !none->caseAlert);
}

void TestAccountProfile::findsByExternalId()
{
    const auto p = cases::AccountProfile::load(*m_db, m_ringAccount);
    QVERIFY(p);
    QCOMPARE(cases::AccountProfile::findByExternalId(*m_db, p->externalId), std::optional<std::int64_t>(m_ringAccount));
    // Text that would change the query if it were spliced in finds nothing.
    QVERIFY(!cases::AccountProfile::findByExternalId(*m_db, "' OR 1 = 1 --"));
    QVERIFY(!cases::AccountProfile::findByExternalId(*m_db, ""));
}

void TestAccountProfile::transactionsAreInTimeOrder()
{
    const auto result = cases::AccountTransactions::load(*m_db, m_alertAccount);
    const std::int64_t count = scalar("SELECT COUNT(*) FROM transactions WHERE account_id = ?", m_alertAccount);
    QCOMPARE(static_cast<std::int64_t>(result.rows.size()),
             std::min<std::int64_t>(count, cases::AccountTransactions::kMaxRows));
    QCOMPARE(result.truncated, count > static_cast<std::int64_t>(cases::AccountTransactions::kMaxRows));
    QVERIFY(std::is_sorted(result.rows.begin(), result.rows.end(),
                           [](const auto& a, const auto& b) { return a.timeMs < b.timeMs; }));
    for (const auto& tx : result.rows) {
        // Every transaction of a scored demo has its scores; reasons are there when stored.
        QVERIFY(tx.risk && tx.detectors);
        store::Statement s(*m_db, "SELECT reasons FROM scores WHERE tx_id = ?");
        s.bind(1, tx.id);
        QVERIFY(s.step());
        const std::string stored = s.columnText(0);
        QCOMPARE(tx.reasons.empty(), stored == "[]");
        for (const auto& reason : tx.reasons)
            QVERIFY2(stored.find(reason) != std::string::npos, reason.c_str());
    }
}

void TestAccountProfile::keepsTheNewestWhenTruncated()
{
    QVERIFY(scalar("SELECT COUNT(*) FROM transactions WHERE account_id = ?", m_alertAccount) > 3);
    const auto result = cases::AccountTransactions::load(*m_db, m_alertAccount, 3);
    QVERIFY(result.truncated);
    QCOMPARE(result.rows.size(), std::size_t(3));
    std::vector<std::int64_t> newest;
    store::Statement s(*m_db, "SELECT id FROM transactions WHERE account_id = ? ORDER BY ts DESC, id DESC LIMIT 3");
    s.bind(1, m_alertAccount);
    while (s.step())
        newest.insert(newest.begin(), s.columnInt(0));
    std::vector<std::int64_t> shown;
    for (const auto& tx : result.rows)
        shown.push_back(tx.id);
    QVERIFY(shown == newest);
}

void TestAccountProfile::flagsTheAlertedTransactions()
{
    const auto result = cases::AccountTransactions::load(*m_db, m_alertAccount);
    const auto expected = ids("SELECT at.tx_id FROM alert_transactions at JOIN alerts a ON a.id = at.alert_id "
                              "WHERE a.account_id = ?",
                              m_alertAccount);
    QVERIFY(!expected.empty());
    std::set<std::int64_t> flagged;
    for (const auto& tx : result.rows) {
        if (tx.flagged)
            flagged.insert(tx.id);
    }
    QVERIFY(flagged == expected);
}

void TestAccountProfile::burstHoursOverlapTheAccount()
{
    // The busiest account spans the most hours: the likeliest to meet a burst.
    const std::int64_t account = scalar("SELECT account_id FROM transactions GROUP BY account_id "
                                        "ORDER BY COUNT(*) DESC, account_id LIMIT 1");
    const auto result = cases::AccountTransactions::load(*m_db, account);
    QVERIFY(!result.rows.empty());
    const std::int64_t first = result.rows.front().timeMs;
    const std::int64_t last = result.rows.back().timeMs;
    std::set<std::string> scopes = {"platform"};
    for (const auto& tx : result.rows) {
        if (!tx.merchant.empty())
            scopes.insert("merchant:" + tx.merchant);
    }
    std::set<std::int64_t> expected;
    store::Statement s(*m_db, "SELECT scope, hour_start FROM bursts");
    while (s.step()) {
        const std::int64_t hour = s.columnInt(1);
        if (scopes.count(s.columnText(0)) != 0 && hour <= last && hour + 3'600'000 > first)
            expected.insert(hour);
    }
    const std::vector<std::int64_t> wanted(expected.begin(), expected.end());
    QVERIFY(result.burstHours == wanted);
}

void TestAccountProfile::historyHasAuditAndNotesNewestFirst()
{
    const auto p = cases::AccountProfile::load(*m_db, m_alertAccount);
    QVERIFY(p);
    const std::int64_t alert = scalar("SELECT id FROM alerts WHERE account_id = ? ORDER BY id LIMIT 1", m_alertAccount);
    const std::int64_t other = scalar("SELECT MIN(id) FROM accounts WHERE id <> ?", m_alertAccount);
    const std::string target = "account:" + p->externalId;
    const std::string otherTarget = "account:" + cases::AccountProfile::load(*m_db, other)->externalId;
    const std::string alertTarget = "alert:" + std::to_string(alert);

    store::AuditLog log(*m_db);
    log.append("tester", "account.freeze", target, R"({"reason":"shares a card with a ring"})");
    log.append("tester", "alert.status", alertTarget, R"({"from":"new","to":"in_review"})");
    log.append("tester", "note.add", target, R"({"text":"a note"})");
    log.append("tester", "account.freeze", otherTarget, R"({"reason":"someone else"})");
    store::Statement note(*m_db, "INSERT INTO notes (account_id, alert_id, created_at, actor, text, withdrawn) "
                                 "VALUES (?, ?, ?, 'tester', ?, ?)");
    const std::int64_t now = util::nowMs();
    const std::string kept = "called the customer";
    const std::string withdrawn = "wrong account";
    note.bind(1, m_alertAccount).bind(2, alert).bind(3, now + 1000).bind(4, std::string_view(kept)).bind(5, 0);
    note.execute();
    note.reset();
    note.bind(1, m_alertAccount).bindNull(2).bind(3, now - 1000).bind(4, std::string_view(withdrawn)).bind(5, 1);
    note.execute();

    const auto history = cases::AccountHistory::load(*m_db, m_alertAccount);
    QVERIFY(!history.truncated);
    QVERIFY(std::is_sorted(history.entries.begin(), history.entries.end(),
                           [](const auto& a, const auto& b) { return a.atMs > b.atMs; }));
    const auto find = [&](auto predicate) {
        return std::find_if(history.entries.begin(), history.entries.end(), predicate) != history.entries.end();
    };
    using Kind = cases::HistoryEntry::Kind;
    QVERIFY(find([](const auto& e) {
        return e.action == "account.freeze" && e.summary == "shares a card with a ring";
    }));
    QVERIFY(find([&](const auto& e) { return e.target == alertTarget && e.summary == "new \u2192 in_review"; }));
    QVERIFY(find([&](const auto& e) {
        return e.kind == Kind::Note && e.text == kept && e.alertId == alert && !e.withdrawn;
    }));
    QVERIFY(find([&](const auto& e) { return e.kind == Kind::Note && e.text == withdrawn && e.withdrawn; }));
    // A note's own audit entry would repeat the note; another account's entries are not ours.
    QVERIFY(!find([](const auto& e) { return e.action == "note.add"; }));
    QVERIFY(!find([](const auto& e) { return e.summary == "someone else"; }));
    QCOMPARE(history.entries.front().text, kept);

    const auto shortened = cases::AccountHistory::load(*m_db, m_alertAccount, 1);
    QVERIFY(shortened.truncated);
    QCOMPARE(shortened.entries.size(), std::size_t(1));
}

QTEST_APPLESS_MAIN(TestAccountProfile)
#include "test_account_profile.moc"
