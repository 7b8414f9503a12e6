// Issue 6 in the window: hostile text typed or pasted into every free-text search box the
// app has (the alert queue's account search, the account view's "go to account", the
// audit log's target search) and given as a mapping profile's name shows a sane result,
// no error, finds only literal matches, and changes nothing: the database is the same
// to the last row afterwards, and a profile name is stored as exactly that name and
// nowhere else.

#include "../core/database_fingerprint.h"
#include "../core/hostile_inputs.h"
#include "account_view.h"
#include "alert_queue_view.h"
#include "alert_table_model.h"
#include "audit_table_model.h"
#include "audit_view.h"
#include "dialog_answers.h"
#include "import_wizard.h"
#include "main_window.h"
#include "mapping_profiles.h"
#include "scored_demo.h"
#include "workspace.h"

#include "store/audit_log.h"
#include "store/database.h"
#include "store/statement.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace fraudlens;
using ui::MainWindow;

namespace {

constexpr int kTimeout = 30000;

// Longer than anyone types: such text arrives by pasting.
constexpr int kLongestTyped = 200;

// The text is typed key by key where a keyboard could type it (printable characters of
// the BMP), else put in the box as a paste leaves it. Typing goes through the shortcut
// machinery, so a letter that reached a triage shortcut would decide a case and show in
// the database fingerprint.
void enter(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    edit->selectAll();
    bool typeable = text.size() <= kLongestTyped;
    for (const QChar c : text)
        typeable = typeable && c.isPrint() && !c.isSurrogate();
    if (!typeable) {
        edit->setText(text);
        return;
    }
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, static_cast<char>(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Every file and folder under root, relative to it.
QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

std::vector<std::string> column(const QString& path, const char* sql)
{
    store::Database db(path.toStdString(), store::OpenMode::ReadOnly);
    store::Statement q(db, sql);
    std::vector<std::string> values;
    while (q.step())
        values.push_back(q.columnText(0));
    return values;
}


} // namespace

class TestInjection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void alertQueueSearch_data();
    void alertQueueSearch();
    void accountViewSearch_data();
    void accountViewSearch();
    void auditSearch_data();
    void auditSearch();
    void mappingProfileName_data();
    void mappingProfileName();
    void databaseIsUnchanged();

private:
    void addRows();
    // Activates the window and shows `view`, so that typing reaches its boxes as it would.
    bool show(MainWindow::View view);
    // The import wizard on its mapping page with a complete mapping, opened on first use.
    bool openWizard();

    QTemporaryDir m_dir;     // database, CSV, settings: everything a leak could touch
    QTemporaryDir m_scratch; // copies of the settings file, read back from disk
    QString m_db;
    QString m_csv;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ui::ImportWizard> m_wizard;
    std::unique_ptr<QAbstractItemModelTester> m_alertTester;
    std::unique_ptr<QAbstractItemModelTester> m_auditTester;
    testing::DatabaseFingerprint m_before;
    std::vector<std::string> m_openAlertAccounts; // external id of each open alert's account
    std::vector<std::string> m_accounts;
    std::vector<std::string> m_auditTargets;
    QStringList m_leaks; // a decision asked for while typing
    int m_settingsCopies = 0;
};

void TestInjection::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_scratch.isValid());
    // Settings go to a folder of this test, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    const QString settingsDir = m_dir.filePath(QStringLiteral("settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    QCoreApplication::setOrganizationName(QStringLiteral("FraudLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_injection"));
    QSettings().clear();
    QVERIFY2(QSettings().fileName().startsWith(settingsDir), qPrintable(QSettings().fileName()));

    m_db = testing::buildScoredDemo(m_dir);
    QVERIFY(!m_db.isEmpty());
    testing::addLiteralFixture(m_db);
    m_openAlertAccounts = column(m_db, "SELECT ac.external_id FROM alerts a JOIN accounts ac ON ac.id = a.account_id "
                                       "WHERE a.status IN ('new', 'in_review', 'escalated')");
    m_accounts = column(m_db, "SELECT external_id FROM accounts");
    m_auditTargets = column(m_db, "SELECT target FROM audit_log");
    QVERIFY(m_openAlertAccounts.size() > 10);

    // A paysim file for the import wizard's mapping page.
    m_csv = m_dir.filePath(QStringLiteral("paysim.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("step,type,amount,nameOrig,oldbalanceOrg,newbalanceOrig,nameDest,oldbalanceDest,newbalanceDest,isFraud,"
              "isFlaggedFraud\n"
              "283,CASH_OUT,20062.12,C1337085386,423.0,0.0,C258215915,0.0,20062.12,0,0\n"
              "372,CASH_OUT,462491.53,C1475847911,0.0,0.0,C1801176562,1035300.87,1497792.4,0,0\n");
    csv.close();

    m_window = std::make_unique<MainWindow>();
    MainWindow& window = *m_window;
    window.setModalErrors(false);
    window.workspace().setAnalyst(QStringLiteral("tester"));
    // Were a letter to reach a freeze or note shortcut, it would ask here instead of blocking.
    window.alertQueue()->setReasonProvider([this](const QString& title) -> std::optional<QString> {
        m_leaks << title;
        return std::nullopt;
    });
    window.accountView()->setReasonProvider([this](const QString& title) -> std::optional<QString> {
        m_leaks << title;
        return std::nullopt;
    });
    window.accountView()->setNoteProvider([this](const QString& title) -> std::optional<QString> {
        m_leaks << title;
        return std::nullopt;
    });
    window.resize(1280, 800);
    window.show();
    auto* audit = static_cast<ui::AuditView*>(window.viewWidget(MainWindow::View::Audit));
    QSignalSpy queueLoaded(window.alertQueue(), &ui::AlertQueueView::loaded);
    QSignalSpy auditLoaded(audit, &ui::AuditView::loaded);
    window.openDatabase(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(!queueLoaded.isEmpty() && !auditLoaded.isEmpty(), kTimeout);
    m_alertTester = std::make_unique<QAbstractItemModelTester>(window.alertQueue()->model(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_auditTester = std::make_unique<QAbstractItemModelTester>(audit->model(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window.alertQueue()->model()->totalCount(), qint64(m_openAlertAccounts.size()));

    // Whatever opening the database does is done before the fingerprint is taken.
    window.workspace().waitForIdle();
    QTest::qWait(200);
    window.workspace().waitForIdle();
    m_before = testing::fingerprintOf(m_db);
    QVERIFY(m_before.auditHeadSeq > 0);
}

void TestInjection::cleanupTestCase()
{
    if (m_wizard)
        m_wizard->reject();
    m_wizard.reset();
    m_alertTester.reset();
    m_auditTester.reset();
    if (m_window)
        m_window->workspace().waitForIdle();
    m_window.reset();
    QSettings().clear();
}

void TestInjection::addRows()
{
    QTest::addColumn<QString>("text");
    for (const auto& [name, text] : testing::hostileInputs())
        QTest::newRow(name) << text;
    for (const auto& [name, text] : testing::literalInputs())
        QTest::newRow(name) << text;
}

bool TestInjection::show(MainWindow::View view)
{
    m_window->showView(view);
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

void TestInjection::alertQueueSearch_data() { addRows(); }

void TestInjection::alertQueueSearch()
{
    QFETCH(QString, text);
    QVERIFY(show(MainWindow::View::Alerts));
    ui::AlertQueueView* queue = m_window->alertQueue();
    ui::AlertTableModel* model = queue->model();
    auto* search = queue->findChild<QLineEdit*>(QStringLiteral("accountSearch"));
    auto* message = queue->findChild<QLabel*>(QStringLiteral("alertMessage"));
    QVERIFY(search && message);
    // An alert is selected, as when an analyst types: the triage keys would act on it.
    QVERIFY(queue->table()->currentIndex().isValid() || model->rowCount() == 0);

    QSignalSpy loaded(queue, &ui::AlertQueueView::loaded);
    QSignalSpy failed(model, &ui::AlertTableModel::loadFailed);
    enter(search, text);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(search->text(), text);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), kTimeout);
    QVERIFY2(failed.isEmpty(), qPrintable(message->text().left(300)));
    QVERIFY2(message->text().isEmpty(), qPrintable(message->text().left(300)));
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(QLatin1Char('\n'))));

    // A literal search: % and _ match only themselves, nothing is cut at a NUL.
    const std::string needle = text.trimmed().toStdString();
    QCOMPARE(model->filter().accountSearch, needle);
    const qint64 expected = testing::countContaining(m_openAlertAccounts, needle);
    QCOMPARE(model->totalCount(), expected);
    QCOMPARE(model->rowCount(), int(expected));
    if (expected > 0) {
        QTRY_VERIFY_WITH_TIMEOUT(model->alertAt(0) != nullptr, kTimeout);
        QVERIFY(testing::containsLiterally(model->alertAt(0)->accountExternalId, needle));
    }
}

void TestInjection::accountViewSearch_data() { addRows(); }

void TestInjection::accountViewSearch()
{
    QFETCH(QString, text);
    QVERIFY(show(MainWindow::View::Account));
    ui::AccountView* view = m_window->accountView();
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("accountSearch"));
    auto* message = view->findChild<QLabel*>(QStringLiteral("accountMessage"));
    QVERIFY(search && message);

    QSignalSpy loaded(view, &ui::AccountView::loaded);
    enter(search, text);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(search->text(), text);
    QTest::keyClick(search, Qt::Key_Return);

    // "Go to account" takes an exact id: only a fixture id, typed as it is, finds one.
    const QString trimmed = text.trimmed();
    const std::string id = trimmed.toStdString();
    if (std::count(m_accounts.begin(), m_accounts.end(), id) == 1) {
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), kTimeout);
        QVERIFY(view->accountId() > 0);
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("accountTitle"))->text(), trimmed);
    } else {
        const QString notFound = ui::AccountView::tr("No account has the id “%1”.").arg(trimmed);
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), notFound, kTimeout);
        QVERIFY(loaded.isEmpty());
    }
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(QLatin1Char('\n'))));
}

void TestInjection::auditSearch_data() { addRows(); }

void TestInjection::auditSearch()
{
    QFETCH(QString, text);
    QVERIFY(show(MainWindow::View::Audit));
    auto* view = static_cast<ui::AuditView*>(m_window->viewWidget(MainWindow::View::Audit));
    ui::AuditTableModel* model = view->model();
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("auditSearch"));
    auto* status = view->findChild<QLabel*>(QStringLiteral("auditStatus"));
    QVERIFY(search && status);

    QSignalSpy loaded(view, &ui::AuditView::loaded);
    QSignalSpy failed(model, &ui::AuditTableModel::loadFailed);
    enter(search, text);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(search->text(), text);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), kTimeout);
    QVERIFY2(failed.isEmpty(), qPrintable(status->text().left(300)));
    QVERIFY2(status->text().isEmpty(), qPrintable(status->text().left(300)));

    const std::string needle = text.trimmed().toStdString();
    QCOMPARE(model->shownFilter().targetContains, needle);
    QVERIFY(model->shownFilter().actor.empty() && model->shownFilter().action.empty());
    const qint64 expected = testing::countContaining(m_auditTargets, needle);
    if (testing::namesFixtureAccount(text))
        QVERIFY(expected > 0);
    QCOMPARE(model->rowCount(), int(expected));
    if (expected > 0) {
        QVERIFY(model->rowAt(0));
        QVERIFY(testing::containsLiterally(model->rowAt(0)->target.toStdString(), needle));
    }
}

bool TestInjection::openWizard()
{
    if (m_wizard)
        return true;
    m_wizard = std::make_unique<ui::ImportWizard>(m_window->workspace());
    ui::ImportWizard& wizard = *m_wizard;
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("csvPathEdit"))->setText(m_csv);
    wizard.findChild<QAbstractButton*>(QStringLiteral("otherDatabaseRadio"))->setChecked(true);
    wizard.findChild<QLineEdit*>(QStringLiteral("databasePathEdit"))->setText(m_scratch.filePath(QStringLiteral("unused.db")));
    if (!QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, kTimeout))
        return false;
    wizard.next();
    auto* profiles = wizard.findChild<QComboBox*>(QStringLiteral("profileCombo"));
    const int paysim = profiles->findData(QStringLiteral("builtin:paysim"));
    if (wizard.currentId() != ui::ImportWizard::MappingPageId || paysim < 0)
        return false;
    profiles->setCurrentIndex(paysim);
    auto* save = wizard.findChild<QAbstractButton*>(QStringLiteral("saveProfileButton"));
    return QTest::qWaitFor([save] { return save->isEnabled(); }, kTimeout);
}

void TestInjection::mappingProfileName_data()
{
    QTest::addColumn<QString>("name");
    for (const auto& [row, text] : testing::hostileInputs())
        QTest::newRow(row) << text;
    QTest::newRow("parent path") << QStringLiteral("../../etc/evil");
    QTest::newRow("nested") << QStringLiteral("a/b");
    QTest::newRow("windows parent path") << QStringLiteral("..\\..\\evil");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("settings group name") << QStringLiteral("mappingProfiles");
}

void TestInjection::mappingProfileName()
{
    using ui::MappingProfiles;
    QFETCH(QString, name);
    QVERIFY2(openWizard(), "the import wizard did not reach a complete mapping");
    auto* profiles = m_wizard->findChild<QComboBox*>(QStringLiteral("profileCombo"));
    auto* save = m_wizard->findChild<QAbstractButton*>(QStringLiteral("saveProfileButton"));
    QVERIFY(save->isEnabled());

    // Settings keys nest at / and \: such names are refused with a reason, not rewritten.
    const bool legal = !name.trimmed().isEmpty() && name == name.trimmed() && !name.contains(QLatin1Char('/'))
                    && !name.contains(QLatin1Char('\\'));
    QCOMPARE(MappingProfiles::problemWith(name).isEmpty(), legal);

    const QString settingsFile = QSettings().fileName();
    const QStringList keysBefore = QSettings().allKeys();
    const QStringList filesBefore = filesUnder(m_dir.path());
    const QStringList bases = {QDir::currentPath(), m_dir.path(), QFileInfo(settingsFile).absolutePath(),
                               QDir::tempPath()};
    // A path cannot hold a NUL, so such a name names no file to look for.
    const bool pathLike = !name.contains(QChar(0));
    QList<bool> existedBefore;
    for (const QString& base : bases)
        existedBefore << (pathLike && QFileInfo::exists(QDir(base).absoluteFilePath(name)));

    using Answer = testing::DialogAnswers::Answer;
    const QList<Answer> plan = legal ? QList<Answer>{Answer::GiveText}
                                     : QList<Answer>{Answer::GiveText, Answer::Acknowledge, Answer::Cancel};
    testing::DialogAnswers answers(name, plan);
    save->click();
    QVERIFY2(answers.unexpected.isEmpty(), qPrintable(answers.unexpected.join(QLatin1Char('\n'))));
    QVERIFY(answers.finished());

    QStringList keysExpected = keysBefore;
    if (legal) {
        QVERIFY(answers.messages.isEmpty());
        keysExpected << QStringLiteral("mappingProfiles/") + name;
        // The list offers it under exactly that name, chosen, and it applies.
        QVERIFY(MappingProfiles::names().contains(name));
        QCOMPARE(profiles->currentData().toString(), QStringLiteral("saved:") + name);
        QVERIFY(MappingProfiles::load(name).has_value());
        profiles->setCurrentIndex(profiles->findData(QStringLiteral("builtin:paysim")));
        profiles->setCurrentIndex(profiles->findData(QStringLiteral("saved:") + name));
        QCOMPARE(m_wizard->findChild<QComboBox*>(QStringLiteral("column_amount"))->currentData().toString(),
                 QStringLiteral("amount"));
        // And so it reads back from the file on disk.
        QSettings().sync();
        const QString copy = m_scratch.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsCopies));
        QVERIFY(QFile::copy(settingsFile, copy));
        QSettings fromDisk(copy, QSettings::IniFormat);
        fromDisk.beginGroup(QStringLiteral("mappingProfiles"));
        QVERIFY(fromDisk.childKeys().contains(name));
    } else {
        QCOMPARE(answers.messages, QStringList{MappingProfiles::problemWith(name)});
        QVERIFY(!MappingProfiles::names().contains(name));
    }
    // Only the profile's own key changed; no file appeared anywhere a path in the name points.
    QStringList keysAfter = QSettings().allKeys();
    keysAfter.sort();
    keysExpected.removeDuplicates();
    keysExpected.sort();
    QCOMPARE(keysAfter, keysExpected);
    QStringList filesExpected = filesBefore;
    if (legal) {
        // The settings file (and its folders) may be written for the first time.
        filesExpected << QDir(m_dir.path()).relativeFilePath(settingsFile);
        for (QString folder = QFileInfo(settingsFile).absolutePath();
             folder.startsWith(m_dir.path()) && folder != m_dir.path(); folder = QFileInfo(folder).absolutePath())
            filesExpected << QDir(m_dir.path()).relativeFilePath(folder);
    }
    filesExpected.removeDuplicates();
    filesExpected.sort();
    QCOMPARE(filesUnder(m_dir.path()), filesExpected);
    for (int i = 0; i < bases.size(); ++i)
        QCOMPARE(pathLike && QFileInfo::exists(QDir(bases[i]).absoluteFilePath(name)), existedBefore[i]);
}

void TestInjection::databaseIsUnchanged()
{
    // A decision is sent on a later turn of the event loop: let anything asked for land.
    for (int turn = 0; turn < 3; ++turn) {
        QTest::qWait(200);
        m_window->workspace().waitForIdle();
    }
    const QStringList differences = testing::fingerprintOf(m_db).differencesFrom(m_before);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    store::Database db(m_db.toStdString(), store::OpenMode::ReadOnly);
    QVERIFY(store::AuditLog(db).verify().ok);
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestInjection)
#include "test_injection.moc"
