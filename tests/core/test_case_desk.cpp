#include "cases/case_desk.h"
#include "cases/case_error.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fraudlens;
using cases::AlertStatus;

namespace {

std::string text(store::Database& db, const std::string& sql)
{
    store::Statement s(db, sql);
    return s.step() ? s.columnText(0) : std::string();
}

std::int64_t number(store::Database& db, const std::string& sql)
{
    store::Statement s(db, sql);
    s.step();
    return s.columnInt(0);
}

} // namespace

class TestCaseDesk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void statusChangeIsAuditedWithItsOrigin();
    void staleExpectationIsAConflictAndWritesNothing();
    void reopeningCollidesWithANewerOpenAlert();
    void freezeNeedsAReasonAndIsAudited();
    void noteIsWithdrawnNotDeleted();
    void readOnlyDatabaseRefusesDecisions();
    void noteSurvivesTheAlertBeingWithdrawn();

private:
    QTemporaryDir m_dir;
    std::string m_path;
    std::unique_ptr<store::Database> m_db;
};

void TestCaseDesk::init()
{
    m_db.reset();
    m_path = m_dir.filePath(QStringLiteral("case_%1.db").arg(QTest::currentTestFunction())).toStdString();
    m_db = std::make_unique<store::Database>(m_path, store::OpenMode::Create);
    m_db->exec("INSERT INTO accounts (id, external_id) VALUES (1, 'A1'), (2, 'A2');"
               "INSERT INTO alerts (id, account_id, created_at, updated_at, status, priority, risk, detectors, reasons) "
               "VALUES (10, 1, 0, 0, 'new', 0.9, 0.9, '[\"rules\"]', '[\"r\"]'),"
               "       (11, 2, 0, 0, 'confirmed_fraud', 0.8, 0.8, '[]', '[]');");
}

void TestCaseDesk::statusChangeIsAuditedWithItsOrigin()
{
    cases::CaseDesk desk(*m_db, "alice");
    const auto seq = desk.setAlertStatus(10, AlertStatus::New, AlertStatus::ConfirmedFraud, "card seen in ring");
    QCOMPARE(text(*m_db, "SELECT status FROM alerts WHERE id = 10"), std::string("confirmed_fraud"));
    store::Statement entry(*m_db, "SELECT actor, action, target, details FROM audit_log WHERE seq = ?");
    entry.bind(1, seq);
    QVERIFY(entry.step());
    QCOMPARE(entry.columnText(0), std::string("alice"));
    QCOMPARE(entry.columnText(1), std::string("alert.status"));
    QCOMPARE(entry.columnText(2), std::string("alert:10"));
    QVERIFY(entry.columnText(3).find("\"note\":\"card seen in ring\"") != std::string::npos);

    desk.setAlertStatus(10, AlertStatus::ConfirmedFraud, AlertStatus::New, {}, cases::DecisionOrigin::Undo);
    QCOMPARE(text(*m_db, "SELECT status FROM alerts WHERE id = 10"), std::string("new"));
    QVERIFY(text(*m_db, "SELECT details FROM audit_log ORDER BY seq DESC LIMIT 1").find("\"origin\":\"undo\"")
            != std::string::npos);
    QVERIFY(store::AuditLog(*m_db).verify().ok);
}

void TestCaseDesk::staleExpectationIsAConflictAndWritesNothing()
{
    cases::CaseDesk desk(*m_db, "alice");
    const auto before = number(*m_db, "SELECT COUNT(*) FROM audit_log");
    QVERIFY_THROWS_EXCEPTION(cases::CaseConflict,
                             desk.setAlertStatus(10, AlertStatus::InReview, AlertStatus::FalsePositive));
    QVERIFY_THROWS_EXCEPTION(cases::CaseConflict, desk.setAlertStatus(99, AlertStatus::New, AlertStatus::Escalated));
    QCOMPARE(text(*m_db, "SELECT status FROM alerts WHERE id = 10"), std::string("new"));
    QCOMPARE(number(*m_db, "SELECT COUNT(*) FROM audit_log"), before);
}

void TestCaseDesk::reopeningCollidesWithANewerOpenAlert()
{
    m_db->exec("INSERT INTO alerts (id, account_id, created_at, updated_at, status, priority, risk, detectors, reasons) "
               "VALUES (12, 2, 1, 1, 'new', 0.5, 0.5, '[]', '[]')");
    cases::CaseDesk desk(*m_db, "alice");
    QVERIFY_THROWS_EXCEPTION(cases::CaseConflict,
                             desk.setAlertStatus(11, AlertStatus::ConfirmedFraud, AlertStatus::InReview));
    QCOMPARE(text(*m_db, "SELECT status FROM alerts WHERE id = 11"), std::string("confirmed_fraud"));
}

void TestCaseDesk::freezeNeedsAReasonAndIsAudited()
{
    cases::CaseDesk desk(*m_db, "bob");
    QVERIFY_THROWS_EXCEPTION(cases::CaseError, desk.setAccountFrozen(1, true, "   "));
    QCOMPARE(text(*m_db, "SELECT status FROM accounts WHERE id = 1"), std::string("active"));
    desk.setAccountFrozen(1, true, "chargebacks from three cards");
    QCOMPARE(text(*m_db, "SELECT status FROM accounts WHERE id = 1"), std::string("frozen"));
    QCOMPARE(text(*m_db, "SELECT action || ' ' || target FROM audit_log ORDER BY seq DESC LIMIT 1"),
             std::string("account.freeze account:A1"));
    QVERIFY_THROWS_EXCEPTION(cases::CaseConflict, desk.setAccountFrozen(1, true, "again"));
    desk.setAccountFrozen(1, false, "customer verified by phone");
    QCOMPARE(text(*m_db, "SELECT status FROM accounts WHERE id = 1"), std::string("active"));
}

void TestCaseDesk::noteIsWithdrawnNotDeleted()
{
    cases::CaseDesk desk(*m_db, "carol");
    const auto note = desk.addNote(1, 10, "called the merchant");
    QVERIFY_THROWS_EXCEPTION(cases::CaseError, desk.addNote(1, std::nullopt, "  "));
    desk.withdrawNote(note);
    QCOMPARE(number(*m_db, "SELECT COUNT(*) FROM notes"), std::int64_t(1));
    QCOMPARE(number(*m_db, "SELECT withdrawn FROM notes"), std::int64_t(1));
    QVERIFY_THROWS_EXCEPTION(cases::CaseConflict, desk.withdrawNote(note));
    QCOMPARE(number(*m_db, "SELECT COUNT(*) FROM audit_log WHERE action IN ('note.add', 'note.withdraw')"),
             std::int64_t(2));
}

void TestCaseDesk::readOnlyDatabaseRefusesDecisions()
{
    m_db.reset();
    store::Database readOnly(m_path, store::OpenMode::ReadOnly);
    QVERIFY_THROWS_EXCEPTION(cases::CaseError, cases::CaseDesk(readOnly, "auditor"));
}

void TestCaseDesk::noteSurvivesTheAlertBeingWithdrawn()
{
    // A scoring run deletes 'new' alerts it no longer flags; the account's notes stay.
    cases::CaseDesk(*m_db, "dave").addNote(1, 10, "looks like a shared family card");
    m_db->exec("DELETE FROM alerts WHERE id = 10");
    QCOMPARE(number(*m_db, "SELECT COUNT(*) FROM notes WHERE account_id = 1 AND alert_id IS NULL"), std::int64_t(1));
}

QTEST_APPLESS_MAIN(TestCaseDesk)
#include "test_case_desk.moc"
