#include "account_transactions_model.h"
#include "account_view.h"
#include "case_actions.h"
#include "scored_demo.h"
#include "time_series_chart.h"
#include "workspace.h"

#include "store/database.h"
#include "store/statement.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace fraudlens;
using ui::AccountView;

namespace {

// A window's worth of the pieces the account view needs, on one database.
struct Fixture {
    explicit Fixture(const QString& path)
    {
        workspace.setAnalyst(QStringLiteral("tester"));
        workspace.open(path);
        view.resize(1200, 800);
        view.show();
    }

    ui::Workspace workspace;
    ui::CaseActions actions{workspace};
    AccountView view{workspace, actions};
    QSignalSpy loaded{&view, &AccountView::loaded};
};

} // namespace

class TestAccountView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheAccount();
    void chartClickSelectsTheRow();
    void freezesWithAReasonAndUndoes();
    void refusesAFreezeWithoutAReason();
    void findsAnAccountByItsId();
    void auditorModeDisablesDecisions();
    void savesTheCaseReportInAuditorMode();

private:
    qint64 scalar(const char* sql, qint64 id = 0);
    QString text(const char* sql, qint64 id);
    bool showAccount(Fixture& f);

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_account = 0;
    QString m_external;
    qint64 m_transactions = 0;
};

qint64 TestAccountView::scalar(const char* sql, qint64 id)
{
    store::Database db(m_path.toStdString(), store::OpenMode::ReadOnly);
    store::Statement s(db, sql);
    if (id != 0)
        s.bind(1, std::int64_t(id));
    return s.step() ? s.columnInt(0) : 0;
}

QString TestAccountView::text(const char* sql, qint64 id)
{
    store::Database db(m_path.toStdString(), store::OpenMode::ReadOnly);
    store::Statement s(db, sql);
    s.bind(1, std::int64_t(id));
    return s.step() ? QString::fromStdString(s.columnText(0)) : QString();
}

bool TestAccountView::showAccount(Fixture& f)
{
    const auto before = f.loaded.count();
    f.view.showAccount(m_account);
    return QTest::qWaitFor([&] { return f.loaded.count() > before; }, 20000);
}

void TestAccountView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = testing::buildScoredDemo(m_dir);
    QVERIFY(!m_path.isEmpty());
    // An account with an open alert, one in a ring when there is such.
    m_account = scalar("SELECT account_id FROM alerts WHERE status IN ('new', 'in_review', 'escalated') "
                       "ORDER BY account_id IN (SELECT account_id FROM ring_members) DESC, priority DESC LIMIT 1");
    QVERIFY(m_account > 0);
    m_external = text("SELECT external_id FROM accounts WHERE id = ?", m_account);
    m_transactions = scalar("SELECT COUNT(*) FROM transactions WHERE account_id = ?", m_account);
    QVERIFY(m_transactions > 0);
}

void TestAccountView::showsTheAccount()
{
    Fixture f(m_path);
    auto* table = f.view.findChild<QTableView*>(QStringLiteral("accountTransactions"));
    QVERIFY(table);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    QVERIFY(proxy);
    QAbstractItemModelTester sourceTester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(showAccount(f));
    QCOMPARE(table->model()->rowCount(), int(std::min<qint64>(m_transactions, 5000)));
    QCOMPARE(f.view.findChild<QLabel*>(QStringLiteral("accountTitle"))->text(), m_external);
    QCOMPARE(f.view.findChild<QLabel*>(QStringLiteral("statusBadge"))->text(), QStringLiteral("Active"));
    QVERIFY(f.view.findChild<QLabel*>(QStringLiteral("accountOpenAlert"))->text().contains(QStringLiteral("#")));
    QVERIFY(f.view.findChild<QTreeWidget*>(QStringLiteral("linkedEntities"))->topLevelItemCount() > 0);

    const qint64 ring = scalar("SELECT m.ring_id FROM ring_members m JOIN rings r ON r.id = m.ring_id "
                               "WHERE m.account_id = ? ORDER BY r.score DESC, r.id LIMIT 1",
                               m_account);
    auto* ringButton = f.view.findChild<QPushButton*>(QStringLiteral("ringButton"));
    QCOMPARE(ringButton->isVisible(), ring != 0);
    if (ring != 0) {
        QSignalSpy network(&f.workspace, &ui::Workspace::networkRequested);
        ringButton->click();
        QCOMPARE(network.count(), 1);
        QCOMPARE(network.first().at(0).toLongLong(), m_account);
        QCOMPARE(network.first().at(1).toLongLong(), ring);
    }
}

void TestAccountView::chartClickSelectsTheRow()
{
    Fixture f(m_path);
    QVERIFY(showAccount(f));
    const qint64 flagged = scalar("SELECT at.tx_id FROM alert_transactions at JOIN alerts a ON a.id = at.alert_id "
                                  "WHERE a.account_id = ? ORDER BY at.tx_id LIMIT 1",
                                  m_account);
    QVERIFY(flagged > 0);
    auto* chart = f.view.findChild<ui::TimeSeriesChart*>();
    QVERIFY(chart);
    Q_EMIT chart->pointClicked(flagged);
    auto* table = f.view.findChild<QTableView*>(QStringLiteral("accountTransactions"));
    const QModelIndex current = table->selectionModel()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(ui::AccountTransactionsModel::TransactionIdRole).toLongLong(), flagged);
    const QModelIndex flaggedCell = current.siblingAtColumn(ui::AccountTransactionsModel::Flagged);
    QCOMPARE(flaggedCell.data(ui::AccountTransactionsModel::SortRole).toInt(), 1);
    const QString details = f.view.findChild<QPlainTextEdit*>(QStringLiteral("transactionReasons"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Risk")), qPrintable(details));
}

void TestAccountView::freezesWithAReasonAndUndoes()
{
    Fixture f(m_path);
    QVERIFY(showAccount(f));
    const QString reason = QStringLiteral("Shares a device with a known ring");
    f.view.setReasonProvider([reason](const QString&) { return std::optional<QString>(reason); });
    auto* freeze = f.view.findChild<QPushButton*>(QStringLiteral("freezeButton"));
    QVERIFY(freeze && freeze->isEnabled());
    freeze->click();

    const char* status = "SELECT status FROM accounts WHERE id = ?";
    QTRY_COMPARE_WITH_TIMEOUT(text(status, m_account), QStringLiteral("frozen"), 10000);
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'account.freeze' AND target = "
                    "(SELECT 'account:' || external_id FROM accounts WHERE id = ?)",
                    m_account),
             qint64(1));
    auto* badge = f.view.findChild<QLabel*>(QStringLiteral("statusBadge"));
    QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("Frozen"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(freeze->isEnabled(), true, 10000);
    // The history reads the audit target the case desk writes.
    auto* history = f.view.findChild<QTreeWidget*>(QStringLiteral("accountHistory"));
    QVERIFY(!history->findItems(reason, Qt::MatchContains, 3).isEmpty());

    f.actions.undo();
    QTRY_COMPARE_WITH_TIMEOUT(text(status, m_account), QStringLiteral("active"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("Active"), 10000);
}

void TestAccountView::refusesAFreezeWithoutAReason()
{
    int asked = 0;
    Fixture f(m_path);
    QVERIFY(showAccount(f));
    auto* freeze = f.view.findChild<QPushButton*>(QStringLiteral("freezeButton"));
    f.view.setReasonProvider([&asked](const QString&) {
        ++asked;
        return std::optional<QString>(QStringLiteral("   "));
    });
    freeze->click();
    f.view.setReasonProvider([&asked](const QString&) {
        ++asked;
        return std::optional<QString>(); // cancelled
    });
    freeze->click();
    QCOMPARE(asked, 2);
    // Nothing was sent to the writer: no command, the account as it was.
    QCOMPARE(f.actions.undoStack()->count(), 0);
    QVERIFY(freeze->isEnabled());
    QVERIFY(f.view.findChild<QLabel*>(QStringLiteral("accountMessage"))->text().contains(m_external));
    f.workspace.waitForIdle();
    QCOMPARE(text("SELECT status FROM accounts WHERE id = ?", m_account), QStringLiteral("active"));
}

void TestAccountView::findsAnAccountByItsId()
{
    Fixture f(m_path);
    auto* search = f.view.findChild<QLineEdit*>(QStringLiteral("accountSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, m_external);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() == 1, 20000);
    QCOMPARE(f.view.accountId(), m_account);

    search->clear();
    QTest::keyClicks(search, QStringLiteral("no-such-account"));
    QTest::keyClick(search, Qt::Key_Return);
    auto* message = f.view.findChild<QLabel*>(QStringLiteral("accountMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("no-such-account")), 10000);
    QCOMPARE(f.view.accountId(), m_account);
}

void TestAccountView::auditorModeDisablesDecisions()
{
    Fixture f(m_path);
    QVERIFY(showAccount(f));
    auto* freeze = f.view.findChild<QPushButton*>(QStringLiteral("freezeButton"));
    auto* note = f.view.findChild<QPushButton*>(QStringLiteral("addNoteButton"));
    QVERIFY(freeze->isEnabled() && note->isEnabled());
    f.workspace.setReadOnly(true);
    QVERIFY(!freeze->isEnabled());
    QVERIFY(!note->isEnabled());
    // Browsing stays.
    QVERIFY(f.view.findChild<QLineEdit*>(QStringLiteral("accountSearch"))->isEnabled());
    QVERIFY(f.view.findChild<QTableView*>(QStringLiteral("accountTransactions"))->isEnabled());
    f.workspace.setReadOnly(false);
    QVERIFY(freeze->isEnabled());
}

// An auditor opens an account and saves its case report from the account view itself.
void TestAccountView::savesTheCaseReportInAuditorMode()
{
    Fixture f(m_path);
    f.workspace.setReadOnly(true);
    QVERIFY(showAccount(f));
    auto* report = f.view.findChild<QPushButton*>(QStringLiteral("caseReportButton"));
    QVERIFY(report);
    QVERIFY(report->isEnabled());
    const qint64 alert = scalar("SELECT id FROM alerts WHERE account_id = ? AND status IN ('new', 'in_review', 'escalated')",
                                m_account);
    const QString path = m_dir.filePath(QStringLiteral("account-report.html"));
    qint64 asked = 0;
    f.view.setReportPathProvider([&](qint64 alertId, const QString& account) {
        asked = alertId;
        return account == m_external ? path : QString();
    });
    report->click();
    QCOMPARE(asked, alert);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(m_external));
    QVERIFY(html.contains(QStringLiteral("#%1").arg(alert)));
    QTRY_VERIFY(f.view.findChild<QLabel*>(QStringLiteral("accountMessage"))->text().contains(QStringLiteral("account-report.html")));

    // An account with no alert has nothing to report.
    const qint64 quiet = scalar("SELECT MIN(id) FROM accounts WHERE id NOT IN (SELECT account_id FROM alerts)");
    QVERIFY(quiet > 0);
    const auto before = f.loaded.count();
    f.view.showAccount(quiet);
    QVERIFY(QTest::qWaitFor([&] { return f.loaded.count() > before; }, 20000));
    QVERIFY(!report->isEnabled());
}

QTEST_MAIN(TestAccountView)
#include "test_account_view.moc"
