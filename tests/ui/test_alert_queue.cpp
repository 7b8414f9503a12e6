#include "alert_queue_view.h"
#include "alert_table_model.h"
#include "case_actions.h"
#include "scored_demo.h"
#include "workspace.h"

#include "store/database.h"
#include "store/statement.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <array>

using namespace fraudlens;
using ui::AlertQueueView;
using ui::AlertTableModel;

namespace {

constexpr int kTimeout = 20000;

// A window's worth of the pieces the queue needs, on one database.
struct Fixture {
    explicit Fixture(const QString& path)
    {
        workspace.setAnalyst(QStringLiteral("tester"));
        workspace.open(path);
        view.resize(1200, 800);
    }

    // Shortcuts reach only the focused widget of the active window.
    bool focusTable()
    {
        view.show();
        view.activateWindow();
        if (!QTest::qWaitForWindowActive(&view))
            return false;
        view.table()->setFocus();
        return view.table()->hasFocus();
    }

    ui::Workspace workspace;
    ui::CaseActions actions{workspace};
    AlertQueueView view{workspace, actions};
    QSignalSpy loaded{&view, &AlertQueueView::loaded};
};

const char* const kDecisionActions[] = {"startReviewAction", "confirmFraudAction", "falsePositiveAction",
                                        "escalateAction",    "freezeAction",       "noteAction"};

} // namespace

class TestAlertQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void loadsTheOpenQueueLazily();
    void sortsInTheDatabase();
    void filtersByStatusAndSearch();
    void triagesFromTheKeyboardAndUndoes();
    void appliesToEverySelectedRow();
    void freezesWithAReason();
    void bulkFreezeAndNoteAreOneUndoStepEach();
    void auditorModeDisablesDecisions();

private:
    qint64 scalar(const char* sql, qint64 id = 0) const;
    QString text(const char* sql, qint64 id) const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path; // a fresh copy of the demo for each test: decisions do not leak
    int m_copies = 0;
};

qint64 TestAlertQueue::scalar(const char* sql, qint64 id) const
{
    store::Database db(m_path.toStdString(), store::OpenMode::ReadOnly);
    store::Statement s(db, sql);
    if (id != 0)
        s.bind(1, std::int64_t(id));
    return s.step() ? s.columnInt(0) : 0;
}

QString TestAlertQueue::text(const char* sql, qint64 id) const
{
    store::Database db(m_path.toStdString(), store::OpenMode::ReadOnly);
    store::Statement s(db, sql);
    s.bind(1, std::int64_t(id));
    return s.step() ? QString::fromStdString(s.columnText(0)) : QString();
}

void TestAlertQueue::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_demo = testing::buildScoredDemo(m_dir);
    QVERIFY(!m_demo.isEmpty());
}

void TestAlertQueue::init()
{
    m_path = m_dir.filePath(QStringLiteral("queue-%1.db").arg(++m_copies));
    QVERIFY(QFile::copy(m_demo, m_path));
    QVERIFY(scalar("SELECT COUNT(*) FROM alerts WHERE status = 'new'") >= 3);
}

void TestAlertQueue::loadsTheOpenQueueLazily()
{
    Fixture f(m_path);
    QAbstractItemModelTester tester(f.view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() > 0, kTimeout);

    AlertTableModel* model = f.view.model();
    const qint64 open = scalar("SELECT COUNT(*) FROM alerts WHERE status IN ('new', 'in_review', 'escalated')");
    QCOMPARE(model->totalCount(), open);
    QCOMPARE(model->rowCount(), int(open));
    QCOMPARE(model->columnCount(), int(AlertTableModel::ColumnCount));
    QCOMPARE(f.view.findChild<QLabel*>(QStringLiteral("alertCount"))->text(),
             QStringLiteral("%1 alerts").arg(QLocale().toString(open)));

    // The first page came with the count, and the first alert is selected.
    const QModelIndex first = model->index(0, AlertTableModel::AccountColumn);
    const qint64 alertId = first.data(AlertTableModel::AlertIdRole).toLongLong();
    QVERIFY(alertId > 0);
    QCOMPARE(first.data().toString(), text("SELECT ac.external_id FROM alerts a JOIN accounts ac ON ac.id = a.account_id "
                                           "WHERE a.id = ?",
                                           alertId));
    QCOMPARE(first.data(AlertTableModel::AccountIdRole).toLongLong(),
             scalar("SELECT account_id FROM alerts WHERE id = ?", alertId));
    QCOMPARE(model->rowOfAlert(alertId), 0);
    QCOMPARE(f.view.table()->currentIndex().row(), 0);
    QCOMPARE(model->index(0, AlertTableModel::StatusColumn).data().toString(), QStringLiteral("New"));
    QVERIFY(model->index(0, AlertTableModel::AgeColumn).data().toString().endsWith(QStringLiteral(" min")));
    const QString risk = model->index(0, AlertTableModel::RiskColumn).data().toString();
    QVERIFY2(risk.size() == 4 && risk.at(1) == QLatin1Char('.'), qPrintable(risk));

    // Rows beyond the first page wait for a view to ask, then arrive.
    if (open > AlertTableModel::kPageSize) {
        const QModelIndex far = model->index(AlertTableModel::kPageSize, AlertTableModel::AccountColumn);
        if (!model->alertAt(far.row()))
            QCOMPARE(far.data().toString(), QStringLiteral("…")); // and asks for its page
        QTRY_VERIFY_WITH_TIMEOUT(model->alertAt(far.row()) != nullptr, kTimeout);
        QVERIFY(far.data(AlertTableModel::AlertIdRole).toLongLong() > 0);
    }
}

void TestAlertQueue::sortsInTheDatabase()
{
    Fixture f(m_path);
    QAbstractItemModelTester tester(f.view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() > 0, kTimeout);
    AlertTableModel* model = f.view.model();

    auto rawColumn = [model](int column) {
        QList<double> values;
        for (int row = 0; row < std::min(model->rowCount(), int(AlertTableModel::kPageSize)); ++row)
            values << model->index(row, column).data(AlertTableModel::RawValueRole).toDouble();
        return values;
    };
    const QList<double> byPriority = rawColumn(AlertTableModel::PriorityColumn);
    QVERIFY(std::is_sorted(byPriority.rbegin(), byPriority.rend()));

    const int before = f.loaded.count();
    f.view.table()->sortByColumn(AlertTableModel::RiskColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() > before, kTimeout);
    const QList<double> byRisk = rawColumn(AlertTableModel::RiskColumn);
    QVERIFY(std::is_sorted(byRisk.begin(), byRisk.end()));
    QCOMPARE(model->index(0, AlertTableModel::RiskColumn).data(AlertTableModel::RawValueRole).typeId(),
             int(QMetaType::Double));
    QCOMPARE(f.view.table()->horizontalHeader()->sortIndicatorSection(), int(AlertTableModel::RiskColumn));

    // Reasons are a list: the indicator stays on the column the rows are sorted by.
    f.view.table()->horizontalHeader()->setSortIndicator(AlertTableModel::ReasonsColumn, Qt::AscendingOrder);
    QCOMPARE(f.view.table()->horizontalHeader()->sortIndicatorSection(), int(AlertTableModel::RiskColumn));
    QCOMPARE(model->filter().sortColumn, cases::AlertSortColumn::Risk);
}

void TestAlertQueue::filtersByStatusAndSearch()
{
    Fixture f(m_path);
    QAbstractItemModelTester tester(f.view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() > 0, kTimeout);
    AlertTableModel* model = f.view.model();
    auto* status = f.view.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    auto* search = f.view.findChild<QLineEdit*>(QStringLiteral("accountSearch"));
    QVERIFY(status && search);
    for (const char* name : {"detectorFilter", "minRisk", "maxRisk", "ringFilter"})
        QVERIFY2(f.view.findChild<QWidget*>(QLatin1String(name)), name);

    status->setCurrentIndex(status->findText(QStringLiteral("All")));
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), scalar("SELECT COUNT(*) FROM alerts"), kTimeout);

    status->setCurrentIndex(status->findText(QStringLiteral("New")));
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), scalar("SELECT COUNT(*) FROM alerts WHERE status = 'new'"), kTimeout);
    for (int row = 0; row < std::min(model->rowCount(), 50); ++row)
        QCOMPARE(model->index(row, 0).data(AlertTableModel::StatusRole).toInt(), int(cases::AlertStatus::New));

    // The search settles for a moment, then finds the account by part of its id.
    const qint64 alertId = model->index(0, 0).data(AlertTableModel::AlertIdRole).toLongLong();
    const QString account = model->index(0, AlertTableModel::AccountColumn).data().toString();
    const QString part = account.mid(1);
    QTest::keyClicks(search, part);
    QTRY_VERIFY_WITH_TIMEOUT(model->totalCount() < scalar("SELECT COUNT(*) FROM alerts WHERE status = 'new'"), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfAlert(alertId) >= 0, kTimeout);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, AlertTableModel::AccountColumn).data().toString().contains(part));

    // Search text is data, never SQL: this finds nothing and changes nothing.
    const qint64 alerts = scalar("SELECT COUNT(*) FROM alerts");
    for (const QString& hostile : {QStringLiteral("x' OR 1=1 --"), QStringLiteral("%"), QStringLiteral("_")}) {
        const int reloads = f.loaded.count();
        search->setText(hostile);
        QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() > reloads, kTimeout);
        QCOMPARE(model->totalCount(), qint64(0));
        QCOMPARE(f.view.findChild<QLabel*>(QStringLiteral("alertCount"))->text(), QStringLiteral("0 alerts"));
    }
    QCOMPARE(scalar("SELECT COUNT(*) FROM alerts"), alerts);

    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), scalar("SELECT COUNT(*) FROM alerts WHERE status = 'new'"), kTimeout);
}

void TestAlertQueue::triagesFromTheKeyboardAndUndoes()
{
    Fixture f(m_path);
    QVERIFY(f.focusTable());
    QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() > 0, kTimeout);
    QTableView* table = f.view.table();
    AlertTableModel* model = f.view.model();
    QCOMPARE(table->currentIndex().row(), 0);

    // J and K walk the queue.
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 0);

    const qint64 alertId = table->currentIndex().data(AlertTableModel::AlertIdRole).toLongLong();
    const qint64 nextId = model->index(1, 0).data(AlertTableModel::AlertIdRole).toLongLong();
    const QString before = text("SELECT status FROM alerts WHERE id = ?", alertId);
    QCOMPARE(before, QStringLiteral("new"));

    QTest::keyClick(table, Qt::Key_C);
    QTRY_COMPARE_WITH_TIMEOUT(text("SELECT status FROM alerts WHERE id = ?", alertId), QStringLiteral("confirmed_fraud"),
                              kTimeout);
    // The decided alert leaves the open queue; the selection went on to the next one.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowOfAlert(alertId), -1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(table->currentIndex().data(AlertTableModel::AlertIdRole).toLongLong(), nextId, kTimeout);

    QTRY_COMPARE_WITH_TIMEOUT(f.actions.undoStack()->count(), 1, kTimeout);
    f.actions.undo();
    QTRY_COMPARE_WITH_TIMEOUT(text("SELECT status FROM alerts WHERE id = ?", alertId), before, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfAlert(alertId) >= 0, kTimeout);

    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'alert.status' AND target = 'alert:' || ?", alertId),
             qint64(2));
    QVERIFY(text("SELECT details FROM audit_log WHERE target = 'alert:' || ? ORDER BY seq DESC LIMIT 1", alertId)
                .contains(QStringLiteral("undo")));
}

void TestAlertQueue::appliesToEverySelectedRow()
{
    Fixture f(m_path);
    QVERIFY(f.focusTable());
    QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() > 0, kTimeout);
    QTableView* table = f.view.table();
    AlertTableModel* model = f.view.model();
    const qint64 first = model->index(0, 0).data(AlertTableModel::AlertIdRole).toLongLong();
    const qint64 second = model->index(2, 0).data(AlertTableModel::AlertIdRole).toLongLong();
    QItemSelectionModel* selection = table->selectionModel();
    selection->select(model->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(selection->selectedRows().size(), 2);

    QTest::keyClick(table, Qt::Key_D);
    QTRY_COMPARE_WITH_TIMEOUT(text("SELECT status FROM alerts WHERE id = ?", first), QStringLiteral("false_positive"),
                              kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(text("SELECT status FROM alerts WHERE id = ?", second), QStringLiteral("false_positive"),
                              kTimeout);

    // One step undoes the whole selection.
    QTRY_COMPARE_WITH_TIMEOUT(f.actions.undoStack()->count(), 1, kTimeout);
    f.actions.undo();
    QTRY_COMPARE_WITH_TIMEOUT(text("SELECT status FROM alerts WHERE id = ?", first), QStringLiteral("new"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(text("SELECT status FROM alerts WHERE id = ?", second), QStringLiteral("new"), kTimeout);
}

void TestAlertQueue::freezesWithAReason()
{
    Fixture f(m_path);
    QVERIFY(f.focusTable());
    QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() > 0, kTimeout);
    QTableView* table = f.view.table();
    const qint64 account = table->currentIndex().data(AlertTableModel::AccountIdRole).toLongLong();
    QString asked;
    f.view.setReasonProvider([&asked](const QString& title) {
        asked = title;
        return std::optional<QString>(QStringLiteral("Card testing pattern"));
    });

    QTest::keyClick(table, Qt::Key_F);
    QTRY_COMPARE_WITH_TIMEOUT(text("SELECT status FROM accounts WHERE id = ?", account), QStringLiteral("frozen"), kTimeout);
    QVERIFY2(asked.contains(text("SELECT external_id FROM accounts WHERE id = ?", account)), qPrintable(asked));
    QTRY_COMPARE_WITH_TIMEOUT(f.actions.undoStack()->count(), 1, kTimeout);
    // The frozen account is marked in the table once the queue has reloaded.
    AlertTableModel* model = f.view.model();
    auto frozenIsMarked = [model, account] {
        for (int row = 0; row < std::min(model->rowCount(), int(AlertTableModel::kPageSize)); ++row) {
            const QModelIndex index = model->index(row, AlertTableModel::AccountColumn);
            if (index.data(AlertTableModel::AccountIdRole).toLongLong() == account)
                return index.data(Qt::DecorationRole).isValid();
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(frozenIsMarked(), kTimeout);

    // A cancelled dialog writes nothing.
    f.view.setReasonProvider([](const QString&) { return std::optional<QString>(); });
    QTest::keyClick(table, Qt::Key_N);
    f.workspace.waitForIdle();
    QCOMPARE(f.actions.undoStack()->count(), 1);
}

// A freeze or a note on a selection of alerts is one write and one undo step, as a status
// change is: Ctrl+Z after a bulk freeze unfreezes every account it froze.
void TestAlertQueue::bulkFreezeAndNoteAreOneUndoStepEach()
{
    Fixture f(m_path);
    QVERIFY(f.focusTable());
    QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() > 0, kTimeout);
    QTableView* table = f.view.table();
    AlertTableModel* model = f.view.model();
    const std::array<int, 3> rows = {0, 1, 2};
    std::array<qint64, 3> accounts{};
    std::array<qint64, 3> alerts{};
    const auto selectAll = [&] {
        table->selectionModel()->clearSelection();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const int row = model->rowOfAlert(alerts[i]);
            table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        table->selectionModel()->setCurrentIndex(model->index(model->rowOfAlert(alerts[0]), 0), QItemSelectionModel::NoUpdate);
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        accounts[i] = model->index(rows[i], 0).data(AlertTableModel::AccountIdRole).toLongLong();
        alerts[i] = model->index(rows[i], 0).data(AlertTableModel::AlertIdRole).toLongLong();
    }
    const auto frozen = [&] {
        qint64 n = 0;
        for (const qint64 account : accounts)
            n += text("SELECT status FROM accounts WHERE id = ?", account) == QStringLiteral("frozen") ? 1 : 0;
        return n;
    };
    QCOMPARE(frozen(), qint64(0));
    QString asked;
    f.view.setReasonProvider([&asked](const QString& title) {
        asked = title;
        return std::optional<QString>(QStringLiteral("Same device farm"));
    });

    selectAll();
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
    QTest::keyClick(table, Qt::Key_F);
    QTRY_COMPARE_WITH_TIMEOUT(frozen(), qint64(3), kTimeout);
    QVERIFY2(asked.contains(QStringLiteral("3 accounts")), qPrintable(asked));
    QTRY_COMPARE_WITH_TIMEOUT(f.actions.undoStack()->count(), 1, kTimeout);
    f.actions.undo();
    QTRY_COMPARE_WITH_TIMEOUT(frozen(), qint64(0), kTimeout);
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'account.unfreeze' AND details LIKE '%undo%'"), qint64(3));

    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfAlert(alerts[2]) >= 0, kTimeout);
    selectAll();
    QTest::keyClick(table, Qt::Key_N);
    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT COUNT(*) FROM notes WHERE text = 'Same device farm' AND withdrawn = 0"),
                              qint64(3), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(f.actions.undoStack()->index(), 1, kTimeout);
    f.actions.undo();
    QTRY_COMPARE_WITH_TIMEOUT(scalar("SELECT COUNT(*) FROM notes WHERE text = 'Same device farm' AND withdrawn = 1"),
                              qint64(3), kTimeout);
    for (std::size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(scalar("SELECT COUNT(*) FROM notes WHERE alert_id = ?", alerts[i]), qint64(1));
}

void TestAlertQueue::auditorModeDisablesDecisions()
{
    Fixture f(m_path);
    QVERIFY(f.focusTable());
    QTRY_VERIFY_WITH_TIMEOUT(f.loaded.count() > 0, kTimeout);
    for (const char* name : kDecisionActions) {
        auto* action = f.view.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action && action->isEnabled(), name);
        QVERIFY2(action->toolTip().contains(QLatin1Char('(')), name); // the shortcut is in the tooltip
    }

    f.workspace.setReadOnly(true);
    for (const char* name : kDecisionActions)
        QVERIFY2(!f.view.findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
    // Browsing stays.
    QVERIFY(f.view.findChild<QAction*>(QStringLiteral("nextAlertAction"))->isEnabled());
    QVERIFY(f.view.findChild<QComboBox*>(QStringLiteral("statusFilter"))->isEnabled());

    const qint64 alertId = f.view.table()->currentIndex().data(AlertTableModel::AlertIdRole).toLongLong();
    QTest::keyClick(f.view.table(), Qt::Key_C);
    f.workspace.waitForIdle();
    QCOMPARE(f.actions.undoStack()->count(), 0);
    QCOMPARE(text("SELECT status FROM alerts WHERE id = ?", alertId), QStringLiteral("new"));

    f.workspace.setReadOnly(false);
    QVERIFY(f.view.findChild<QAction*>(QStringLiteral("confirmFraudAction"))->isEnabled());
}

QTEST_MAIN(TestAlertQueue)
#include "test_alert_queue.moc"
