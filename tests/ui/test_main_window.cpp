// The window as an analyst uses it: open a scored database, work the queue from the
// keyboard, freeze an account and find it in the audit log, undo, move between views,
// auditor mode, Chinese, and the --screenshot renderer.

#include "account_view.h"
#include "alert_queue_view.h"
#include "alert_table_model.h"
#include "audit_table_model.h"
#include "audit_view.h"
#include "case_actions.h"
#include "main_window.h"
#include "network_scene.h"
#include "network_view.h"
#include "scored_demo.h"
#include "workspace.h"

#include "store/database.h"
#include "store/statement.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace fraudlens;
using ui::MainWindow;

namespace {

constexpr int kTimeout = 30000;

std::string scalarText(const QString& path, const std::string& sql, qint64 id)
{
    store::Database db(path.toStdString(), store::OpenMode::ReadOnly);
    store::Statement s(db, sql);
    s.bind(1, std::int64_t(id));
    return s.step() ? s.columnText(0) : std::string();
}

qint64 scalar(const QString& path, const std::string& sql)
{
    store::Database db(path.toStdString(), store::OpenMode::ReadOnly);
    store::Statement s(db, sql);
    s.step();
    return s.columnInt(0);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensOnTheAlertQueue();
    void startsWithoutLoadingTheModels();
    void reportsAnUnreadableFile();
    void triagesFromTheKeyboardAndUndoes();
    void freezeShowsInTheAuditLogAndUndoes();
    void enterOpensTheAccountAndItsNetwork();
    void auditorModeDisablesEveryDecision();
    void speaksChinese();
    void screenshotsEveryView_data();
    void screenshotsEveryView();

private:
    // A window on the demo database, landed on the alert queue with its first page shown.
    bool openWindow(MainWindow& window);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = testing::buildScoredDemo(m_dir);
    QVERIFY(!m_db.isEmpty());
    QVERIFY(scalar(m_db, "SELECT COUNT(*) FROM alerts WHERE status = 'new'") > 5);
}

bool TestMainWindow::openWindow(MainWindow& window)
{
    window.setModalErrors(false);
    window.workspace().setAnalyst(QStringLiteral("tester"));
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(window.alertQueue(), &ui::AlertQueueView::loaded);
    window.openDatabase(m_db);
    return loaded.wait(kTimeout) || !loaded.isEmpty();
}

// LibTorch takes about a second to load: the window and its queue come up without it,
// and it is loaded only when something trains or scores.
void TestMainWindow::startsWithoutLoadingTheModels()
{
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("startup-config")));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(FRAUDLENS_GUI), {QStringLiteral("--measure-startup"), QStringLiteral("--db"), m_db});
    QVERIFY(gui.waitForFinished(kTimeout * 4));
    const QString out = QString::fromUtf8(gui.readAllStandardOutput());
    QCOMPARE(gui.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("model_runtime_loaded 0")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("alert_queue_ms -1")), qPrintable(out));
}

void TestMainWindow::opensOnTheAlertQueue()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window.alertQueue()));
    QCOMPARE(window.alertQueue()->model()->rowCount(),
             int(scalar(m_db, "SELECT COUNT(*) FROM alerts WHERE status IN ('new', 'in_review', 'escalated')")));
    auto* counts = window.findChild<QLabel*>(QStringLiteral("countsLabel"));
    QTRY_VERIFY(counts->text().contains(
        QLocale().toString(scalar(m_db, "SELECT COUNT(*) FROM transactions"))));
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo.db")));
}

void TestMainWindow::reportsAnUnreadableFile()
{
    const QString bogus = m_dir.filePath(QStringLiteral("not-a-database.db"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not SQLite");
    file.close();
    MainWindow window;
    window.setModalErrors(false);
    QSignalSpy failed(&window, &MainWindow::databaseFailed);
    window.openDatabase(bogus);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
    QVERIFY(!window.workspace().isOpen());
}

void TestMainWindow::triagesFromTheKeyboardAndUndoes()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView* table = window.alertQueue()->table();
    table->setFocus();
    table->selectRow(0);
    const qint64 alertId = table->model()->index(0, 0).data(ui::AlertTableModel::AlertIdRole).toLongLong();
    QVERIFY(alertId > 0);
    const std::string sql = "SELECT status FROM alerts WHERE id = ?";
    const std::string before = scalarText(m_db, sql, alertId);

    QSignalSpy done(&window.actions(), &ui::CaseActions::done);
    QTest::keyClick(table, Qt::Key_C);
    QTRY_COMPARE_WITH_TIMEOUT(scalarText(m_db, sql, alertId), std::string("confirmed_fraud"), kTimeout);
    QTRY_VERIFY(!done.isEmpty());

    QTest::keySequence(&window, QKeySequence::Undo);
    QTRY_COMPARE_WITH_TIMEOUT(scalarText(m_db, sql, alertId), before, kTimeout);
    QCOMPARE(scalar(m_db, "SELECT COUNT(*) FROM audit_log WHERE action = 'alert.status' AND target = 'alert:"
                              + std::to_string(alertId) + "'"),
             qint64(2));
}

void TestMainWindow::freezeShowsInTheAuditLogAndUndoes()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    window.alertQueue()->setReasonProvider([](const QString&) { return QStringLiteral("card tested on 40 merchants"); });
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView* table = window.alertQueue()->table();
    table->setFocus();
    // An account that is still active.
    int row = 0;
    const qint64 accountId = table->model()->index(row, 0).data(ui::AlertTableModel::AccountIdRole).toLongLong();
    table->selectRow(row);
    const std::string sql = "SELECT status FROM accounts WHERE id = ?";
    QCOMPARE(scalarText(m_db, sql, accountId), std::string("active"));

    QTest::keyClick(table, Qt::Key_F);
    QTRY_COMPARE_WITH_TIMEOUT(scalarText(m_db, sql, accountId), std::string("frozen"), kTimeout);

    // The Audit view shows it at the top, with the analyst's name.
    window.showView(MainWindow::View::Audit);
    auto* audit = static_cast<ui::AuditView*>(window.viewWidget(MainWindow::View::Audit));
    QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() > 0
                                 && audit->model()->index(0, 3).data().toString() == QStringLiteral("account.freeze"),
                             kTimeout);
    QCOMPARE(audit->model()->index(0, 2).data().toString(), QStringLiteral("tester"));

    window.actions().undo();
    QTRY_COMPARE_WITH_TIMEOUT(scalarText(m_db, sql, accountId), std::string("active"), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(audit->model()->index(0, 3).data().toString() == QStringLiteral("account.unfreeze"),
                             kTimeout);
}

void TestMainWindow::enterOpensTheAccountAndItsNetwork()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView* table = window.alertQueue()->table();
    table->setFocus();
    table->selectRow(0);
    const qint64 accountId = table->model()->index(0, 0).data(ui::AlertTableModel::AccountIdRole).toLongLong();
    QSignalSpy accountLoaded(window.accountView(), &ui::AccountView::loaded);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!accountLoaded.isEmpty(), kTimeout);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window.accountView()));
    QCOMPARE(window.accountView()->accountId(), accountId);

    QSignalSpy networkLoaded(window.networkView(), &ui::NetworkView::loaded);
    window.workspace().requestNetwork(accountId, 0);
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window.networkView()));
    QTRY_VERIFY_WITH_TIMEOUT(window.networkView()->scene()->items().size() > 1, kTimeout);
}

void TestMainWindow::auditorModeDisablesEveryDecision()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    auto* auditor = window.findChild<QAction*>(QStringLiteral("auditorModeAction"));
    QVERIFY(auditor);
    auditor->setChecked(true);
    QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
    for (const char* name : {"confirmFraudAction", "falsePositiveAction", "escalateAction", "freezeAction", "noteAction"}) {
        auto* action = window.alertQueue()->findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY2(action && !action->isEnabled(), name);
    }
    for (const char* name : {"freezeButton", "addNoteButton"}) {
        auto* button = window.accountView()->findChild<QAbstractButton*>(QString::fromLatin1(name));
        QVERIFY2(button && !button->isEnabled(), name);
    }
    for (const char* name : {"trainButton", "rescoreButton", "learnButton"}) {
        auto* button = window.viewWidget(MainWindow::View::Models)->findChild<QAbstractButton*>(QString::fromLatin1(name));
        QVERIFY2(button && !button->isEnabled(), name);
    }
    // Browsing still works: the audit log can be verified.
    auto* verify = window.viewWidget(MainWindow::View::Audit)->findChild<QAbstractButton*>(QStringLiteral("verifyButton"));
    QVERIFY(verify && verify->isEnabled());
    auditor->setChecked(false);
    QVERIFY(window.alertQueue()->findChild<QAction*>(QStringLiteral("freezeAction"))->isEnabled()
            || window.alertQueue()->model()->rowCount() == 0);
}

void TestMainWindow::speaksChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("fraudlens"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    {
        MainWindow window;
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("仪表盘"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("告警"));
        QCOMPARE(tabs->tabText(5), QStringLiteral("审计"));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TestMainWindow::screenshotsEveryView_data()
{
    QTest::addColumn<QString>("view");
    for (const char* view : {"dashboard", "alerts", "account", "network", "models", "audit"})
        QTest::newRow(view) << QString::fromLatin1(view);
}

void TestMainWindow::screenshotsEveryView()
{
    QFETCH(QString, view);
    const QString png = m_dir.filePath(view + QStringLiteral(".png"));
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(FRAUDLENS_GUI), {QStringLiteral("--screenshot"), png, QStringLiteral("--view"), view,
                                              QStringLiteral("--db"), m_db});
    QVERIFY(gui.waitForFinished(120000));
    QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    // Not a blank window: a rendered view has many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
