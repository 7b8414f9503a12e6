#include "app_settings.h"
#include "import_dry_run.h"
#include "import_run_page.h"
#include "import_validation_page.h"
#include "import_wizard.h"
#include "mapping_profiles.h"
#include "recent_files.h"
#include "settings_dialog.h"
#include "start_page.h"
#include "workspace.h"

#include "ingest/builtin_profiles.h"
#include "store/database.h"
#include "store/statement.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using fraudlens::ui::ImportWizard;

namespace {

const QString kPaysim = QStringLiteral(FRAUDLENS_SHARED_DATA "/paysim/paysim_sample_5k.csv");
const QString kPaysimHeader = QStringLiteral(
    "step,type,amount,nameOrig,oldbalanceOrg,newbalanceOrig,nameDest,oldbalanceDest,newbalanceDest,isFraud,isFlaggedFraud\n");

template <class T>
T* child(QObject& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importsPaysimIntoANewDatabase();
    void showsTheRejectedLineAndColumn();
    void recentFilesKeepOrderAndCapAtTen();
    void startPageMarksMissingFiles();
    void profileNameIsStoredVerbatim();
    void settingsRoundTrip();

private:
    // Fills the file page, moves to the mapping page and applies `profile` (a paysim mapping).
    void toMappingPage(ImportWizard& wizard, const QString& csv, const QString& db, const QString& profile);

    QTemporaryDir m_dir;
};

void TestImportWizard::initTestCase()
{
    // Settings go to a throwaway test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FraudLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_import_wizard"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(kPaysim), qPrintable(kPaysim));
}

void TestImportWizard::cleanupTestCase()
{
    QSettings().clear();
}

void TestImportWizard::toMappingPage(ImportWizard& wizard, const QString& csv, const QString& db, const QString& profile)
{
    child<QLineEdit>(wizard, "csvPathEdit")->setText(csv);
    child<QRadioButton>(wizard, "otherDatabaseRadio")->setChecked(true);
    child<QLineEdit>(wizard, "databasePathEdit")->setText(db);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto* profiles = child<QComboBox>(wizard, "profileCombo");
    const int index = profiles->findData(profile);
    QVERIFY2(index >= 0, qPrintable(profile));
    profiles->setCurrentIndex(index);
    QCOMPARE(child<QComboBox>(wizard, "column_account_id")->currentData().toString(), QStringLiteral("nameOrig"));
    QCOMPARE(child<QComboBox>(wizard, "column_timestamp")->currentData().toString(), QStringLiteral("step"));
    QVERIFY2(wizard.button(QWizard::NextButton)->isEnabled(), qPrintable(child<QLabel>(wizard, "mappingStatus")->text()));
}

void TestImportWizard::importsPaysimIntoANewDatabase()
{
    const QString db = m_dir.filePath(QStringLiteral("paysim.db"));
    fraudlens::ui::Workspace workspace;
    ImportWizard wizard(workspace);
    wizard.show();

    toMappingPage(wizard, kPaysim, db, QStringLiteral("builtin:paysim"));
    if (QTest::currentTestFailed())
        return;
    // The file page showed the head of the file, parsed off the UI thread.
    QAbstractItemModel* preview = child<QTableView>(wizard, "previewTable")->model();
    QAbstractItemModelTester tester(preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(preview->rowCount(), 20);
    QCOMPARE(preview->columnCount(), 11);
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("step"));
    QCOMPARE(preview->data(preview->index(0, 3)).toString(), QStringLiteral("C1337085386"));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
    const auto& report = wizard.validationPage()->report();
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 60000);
    QVERIFY2(report->error.isEmpty(), qPrintable(report->error));
    QCOMPARE(report->rowsOk(), qint64(5000));
    QCOMPARE(report->rowsRejected, qint64(0));
    QCOMPARE(child<QLabel>(wizard, "validationSummary")->text(), QStringLiteral("5,000 rows ok, none rejected."));
    QVERIFY(child<QTableView>(wizard, "rejectTable")->isHidden());
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    // The check wrote nothing at the target.
    QVERIFY(!QFile::exists(db));

    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->stored(), 60000);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(child<QCheckBox>(wizard, "scoreNowCheck")->isChecked());
    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), db);
    QCOMPARE(finished.at(0).at(1).toBool(), true);

    fraudlens::store::Database database(db.toStdString(), fraudlens::store::OpenMode::ReadOnly);
    fraudlens::store::Statement count(database, "SELECT COUNT(*) FROM transactions");
    QVERIFY(count.step());
    QCOMPARE(count.columnInt(0), std::int64_t(5000));
}

void TestImportWizard::showsTheRejectedLineAndColumn()
{
    const QString csv = m_dir.filePath(QStringLiteral("bad_amount.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPaysimHeader.toUtf8());
        file.write("1,PAYMENT,9839.64,C1231006815,170136.0,160296.36,M1979787155,0.0,0.0,0,0\n");
        file.write("1,PAYMENT,12x.50,C1666544295,21249.0,19384.72,M2044282225,0.0,0.0,0,0\n");
        file.write("1,TRANSFER,181.0,C1305486145,181.0,0.0,C553264065,0.0,0.0,1,0\n");
    }
    const QString db = m_dir.filePath(QStringLiteral("bad.db"));
    fraudlens::ui::Workspace workspace;
    ImportWizard wizard(workspace);
    wizard.show();
    toMappingPage(wizard, csv, db, QStringLiteral("builtin:paysim"));
    if (QTest::currentTestFailed())
        return;
    wizard.next();
    const auto& report = wizard.validationPage()->report();
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 30000);
    QVERIFY2(report->error.isEmpty(), qPrintable(report->error));
    QCOMPARE(report->rowsOk(), qint64(2));
    QCOMPARE(report->rowsRejected, qint64(1));
    QCOMPARE(child<QLabel>(wizard, "validationSummary")->text(), QStringLiteral("2 rows ok, 1 rejected."));

    auto* table = child<QTableView>(wizard, "rejectTable");
    QVERIFY(!table->isHidden());
    QAbstractItemModel* rejects = table->model();
    QCOMPARE(rejects->rowCount(), 1);
    QCOMPARE(rejects->data(rejects->index(0, 0)).toLongLong(), qlonglong(3)); // line
    QCOMPARE(rejects->data(rejects->index(0, 1)).toLongLong(), qlonglong(3)); // column
    QCOMPARE(rejects->data(rejects->index(0, 2)).toString(), QStringLiteral("amount"));
    QVERIFY(rejects->data(rejects->index(0, 3)).toString().contains(QStringLiteral("12x.50")));

    // Rejected rows block the import until the user agrees to leave them out.
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    child<QCheckBox>(wizard, "skipRejectsCheck")->setChecked(true);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());

    const QString saved = m_dir.filePath(QStringLiteral("rejects.csv"));
    QSignalSpy savedSpy(wizard.validationPage(), &fraudlens::ui::ImportValidationPage::rejectReportSaved);
    wizard.validationPage()->saveRejectReportTo(saved);
    QVERIFY(savedSpy.wait(10000));
    QVERIFY(savedSpy.at(0).at(0).toBool());
    QFile report2(saved);
    QVERIFY(report2.open(QIODevice::ReadOnly));
    const QByteArray text = report2.readAll();
    QVERIFY2(text.startsWith("file,line,column,column_name,reason\n"), text.constData());
    QVERIFY2(text.contains(",3,3,\"amount\","), text.constData());

    wizard.reject();
    QVERIFY(!QFile::exists(db));
}

void TestImportWizard::recentFilesKeepOrderAndCapAtTen()
{
    using fraudlens::ui::RecentFiles;
    QSettings().remove(QStringLiteral("recentFiles"));
    auto path = [this](int i) { return m_dir.filePath(QStringLiteral("recent%1.db").arg(i)); };
    for (int i = 0; i < 12; ++i)
        RecentFiles::add(path(i));
    QStringList list = RecentFiles::list();
    QCOMPARE(list.size(), RecentFiles::kMax);
    QCOMPARE(list.first(), path(11));
    QCOMPARE(list.last(), path(2));

    RecentFiles::add(path(5));
    list = RecentFiles::list();
    QCOMPARE(list.size(), RecentFiles::kMax);
    QCOMPARE(list.first(), path(5));
    QCOMPARE(list.at(1), path(11));
    QCOMPARE(list.count(path(5)), qsizetype(1));

    RecentFiles::remove(path(5));
    list = RecentFiles::list();
    QCOMPARE(list.size(), RecentFiles::kMax - 1);
    QCOMPARE(list.first(), path(11));
    QVERIFY(!list.contains(path(5)));
}

void TestImportWizard::startPageMarksMissingFiles()
{
    using fraudlens::ui::RecentFiles;
    using fraudlens::ui::StartPage;
    QSettings().remove(QStringLiteral("recentFiles"));
    const QString present = m_dir.filePath(QStringLiteral("present.db"));
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    {
        QFile file(present);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    RecentFiles::add(missing);
    RecentFiles::add(present);

    StartPage page;
    QSignalSpy loaded(&page, &StartPage::loaded);
    page.show();
    page.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
    auto* list = child<QListWidget>(page, "recentList");
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("present.db")));
    QVERIFY(!list->item(0)->text().contains(QStringLiteral("(missing)")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("(missing)")));
    QVERIFY(child<QAbstractButton>(page, "openButton"));
    QVERIFY(child<QAbstractButton>(page, "importButton"));
    QVERIFY(child<QAbstractButton>(page, "demoButton"));

    QSignalSpy open(&page, &StartPage::openRequested);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), present);
    // A missing file is not handed on to be opened.
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.count(), 1);

    QSignalSpy demo(&page, &StartPage::demoRequested);
    child<QAbstractButton>(page, "demoButton")->click();
    QCOMPARE(demo.count(), 1);
}

void TestImportWizard::profileNameIsStoredVerbatim()
{
    using fraudlens::ui::MappingProfiles;
    const QString name = QStringLiteral("x'; DROP TABLE--");
    const QString json = QString::fromStdString(fraudlens::ingest::builtinProfile("paysim")->toJson());
    QVERIFY(MappingProfiles::problemWith(name).isEmpty());
    QVERIFY(!MappingProfiles::problemWith(QStringLiteral("a/b")).isEmpty());
    MappingProfiles::save(name, json);
    QVERIFY(MappingProfiles::names().contains(name));
    QCOMPARE(MappingProfiles::load(name).value_or(QString()), json);
    QSettings settings;
    settings.beginGroup(QStringLiteral("mappingProfiles"));
    QVERIFY(settings.childKeys().contains(name));

    // The wizard offers it under that name and applies it.
    fraudlens::ui::Workspace workspace;
    ImportWizard wizard(workspace);
    wizard.show();
    toMappingPage(wizard, kPaysim, m_dir.filePath(QStringLiteral("unused.db")), QStringLiteral("saved:") + name);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(child<QComboBox>(wizard, "column_amount")->currentData().toString(), QStringLiteral("amount"));
    wizard.reject();

    MappingProfiles::remove(name);
    QVERIFY(!MappingProfiles::names().contains(name));
}

void TestImportWizard::settingsRoundTrip()
{
    using fraudlens::ui::AppSettings;
    QSettings().clear();
    AppSettings settings;
    QCOMPARE(settings.analyst(), AppSettings::defaultAnalyst());
    QCOMPARE(settings.alertMode(), AppSettings::AlertMode::Budget);
    QCOMPARE(settings.alertBudgetPercent(), 1.0);
    settings.setLanguage(QStringLiteral("zh_CN"));
    settings.setDevice(AppSettings::Device::Cpu);
    settings.setThreads(3);
    settings.setAnalyst(QStringLiteral("casey"));
    settings.setAlertMode(AppSettings::AlertMode::Threshold);
    settings.setAlertThreshold(0.8);
    settings.setAuditorMode(true);
    settings.setNotifications(false);

    const AppSettings loaded;
    QCOMPARE(loaded.language(), QStringLiteral("zh_CN"));
    QCOMPARE(loaded.device(), AppSettings::Device::Cpu);
    QCOMPARE(loaded.threads(), 3);
    QCOMPARE(loaded.analyst(), QStringLiteral("casey"));
    QCOMPARE(loaded.alertMode(), AppSettings::AlertMode::Threshold);
    QCOMPARE(loaded.alertThreshold(), 0.8);
    QVERIFY(loaded.auditorMode());
    QVERIFY(!loaded.notifications());
    const auto options = loaded.scoringOptions();
    QCOMPARE(options.threads, 3);
    QCOMPARE(options.actor, std::string("casey"));
    QCOMPARE(options.alerts.threshold.value_or(-1.0f), 0.8f);

    fraudlens::ui::SettingsDialog dialog;
    QCOMPARE(child<QLineEdit>(dialog, "analystEdit")->text(), QStringLiteral("casey"));
    QVERIFY(child<QCheckBox>(dialog, "auditorCheck")->isChecked());
    QVERIFY(child<QRadioButton>(dialog, "thresholdRadio")->isChecked());
    QVERIFY(child<QLabel>(dialog, "languageNote")->isHidden());
    auto* language = child<QComboBox>(dialog, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QVERIFY(!child<QLabel>(dialog, "languageNote")->isHidden());
    // An empty analyst name is refused: the dialog stays open and nothing is saved.
    child<QLineEdit>(dialog, "analystEdit")->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!child<QLabel>(dialog, "settingsError")->isHidden());
    QCOMPARE(AppSettings().language(), QStringLiteral("zh_CN"));
    child<QLineEdit>(dialog, "analystEdit")->setText(QStringLiteral("robin"));
    child<QCheckBox>(dialog, "auditorCheck")->setChecked(false);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(AppSettings().analyst(), QStringLiteral("robin"));
    QCOMPARE(AppSettings().language(), QStringLiteral("en"));
    QVERIFY(!AppSettings().auditorMode());
    QSettings().clear();
}

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"
