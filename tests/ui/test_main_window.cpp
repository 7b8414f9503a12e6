#include "main_window.h"

#include "ingest/builtin_profiles.h"
#include "ingest/importer.h"
#include "store/database.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using fraudlens::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsCountsOfAnOpenedDatabase();
    void reportsAnUnreadableFile();
    void showsOnlyTheLatestOfTwoQuickOpens();
    void speaksChinese();

private:
    QString label(MainWindow& window, const char* name)
    {
        auto* widget = window.findChild<QLabel*>(QString::fromLatin1(name));
        return widget ? widget->text() : QString();
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestMainWindow::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("paysim.db"));
    fraudlens::store::Database db(m_db.toStdString(), fraudlens::store::OpenMode::Create);
    fraudlens::ingest::ImportOptions options;
    options.csvPath = FRAUDLENS_SHARED_DATA "/paysim/paysim_sample_5k.csv";
    options.mapping = *fraudlens::ingest::builtinProfile("paysim");
    QCOMPARE(fraudlens::ingest::Importer(db).run(options).rowsStored, std::int64_t(5000));
}

void TestMainWindow::showsCountsOfAnOpenedDatabase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::summaryShown);
    window.openDatabase(m_db);
    QVERIFY(shown.wait(10000));
    QCOMPARE(label(window, "transactionsValue"), QStringLiteral("5,000"));
    QVERIFY(label(window, "accountsValue").startsWith(QStringLiteral("5,000")));
    QVERIFY(label(window, "fraudValue").startsWith(QStringLiteral("101")));
    QCOMPARE(label(window, "rangeValue"), QStringLiteral("2024-01-01T01:00:00Z – 2024-01-31T16:00:00Z"));
    QVERIFY(label(window, "auditValue").contains(QStringLiteral("intact")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("paysim.db")));
}

void TestMainWindow::reportsAnUnreadableFile()
{
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::summaryShown);
    // The warning box is modal; a timer (which also fires inside its event loop) closes it.
    bool warned = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&warned] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            warned = true;
            modal->close();
        }
    });
    closer.start(50);
    window.openDatabase(m_dir.filePath(QStringLiteral("missing.db")));
    QVERIFY(shown.wait(10000));
    QVERIFY(warned);
    QCOMPARE(label(window, "transactionsValue"), QStringLiteral("–"));
}

void TestMainWindow::showsOnlyTheLatestOfTwoQuickOpens()
{
    const QString second = m_dir.filePath(QStringLiteral("second.db"));
    QVERIFY(QFile::copy(m_db, second));
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::summaryShown);
    window.openDatabase(m_db);
    window.openDatabase(second);
    QVERIFY(shown.wait(10000));
    // Give a stale first result every chance to arrive late.
    QTest::qWait(300);
    QCOMPARE(shown.count(), 1);
    QVERIFY(window.windowTitle().contains(QStringLiteral("second.db")));
}

void TestMainWindow::speaksChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("fraudlens"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QApplication::installTranslator(&translator);
    MainWindow window;
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    QApplication::removeTranslator(&translator);
    QVERIFY2(menus.first().contains(QStringLiteral("文件")), qPrintable(menus.join(QLatin1Char(','))));
    QCOMPARE(window.windowTitle(), QStringLiteral("FraudLens 欺诈透镜"));
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
