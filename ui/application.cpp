#include "application.h"

#include "app_settings.h"
#include "main_window.h"
#include "screenshot_director.h"
#include "startup_probe.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace fraudlens::ui {

namespace {

void installTranslators(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("fraudlens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    // Qt's own dialogs (buttons, file dialogs) in the same language.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int runApplication(int argc, char** argv)
{
    QApplication app(argc, argv);
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication::setOrganizationName(QStringLiteral("FraudLens"));
    QApplication::setApplicationName(QStringLiteral("FraudLens"));
    QApplication::setApplicationVersion(QStringLiteral(FRAUDLENS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fraudlens.svg")));
    // Wayland and the desktop match the window to org.fraudlens.FraudLens.desktop (its icon, its name).
    QApplication::setDesktopFileName(QStringLiteral("org.fraudlens.FraudLens"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FraudLens: e-commerce fraud and anomaly investigation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("Database file to open"),
                                 QStringLiteral("[FILE.db]"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Interface language: en or zh_CN"),
                                      QStringLiteral("code"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QStringLiteral("Auditor mode: browse everything, change nothing"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render a view to a PNG file and exit"), QStringLiteral("file"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("The view to render: dashboard, alerts, account, network, models, audit"),
                                  QStringLiteral("name"), QStringLiteral("alerts"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file to open"), QStringLiteral("file"));
    const QCommandLineOption measureStartup(QStringLiteral("measure-startup"),
                                            QStringLiteral("Print the time to the first paint and to the alert queue, then quit (benchmarks)"));
    parser.addOption(measureStartup);
    parser.addOption(language);
    parser.addOption(readOnly);
    parser.addOption(screenshot);
    parser.addOption(view);
    parser.addOption(db);
    parser.process(app);

    installTranslators(app, parser.isSet(language) ? parser.value(language) : AppSettings().language());

    QString databasePath = parser.value(db);
    if (databasePath.isEmpty() && !parser.positionalArguments().isEmpty())
        databasePath = parser.positionalArguments().first();
    const auto chosenView = MainWindow::viewFromName(parser.value(view));
    if (!chosenView) {
        std::fprintf(stderr, "fraudlens: unknown view '%s' (dashboard, alerts, account, network, models, audit)\n",
                     qPrintable(parser.value(view)));
        return 2;
    }

    MainWindow window;
    if (parser.isSet(readOnly))
        window.forceReadOnly();

    if (parser.isSet(screenshot)) {
        window.setModalErrors(false);
        window.resize(1280, 800);
        window.show();
        auto* director = new ScreenshotDirector(window, parser.value(screenshot), *chosenView);
        director->run(databasePath);
        return QApplication::exec();
    }
    if (parser.isSet(measureStartup)) {
        window.setModalErrors(false);
        new StartupProbe(window, sinceStart);
    }
    window.show();
    if (!databasePath.isEmpty())
        window.openDatabase(databasePath, *chosenView);
    return QApplication::exec();
}

} // namespace fraudlens::ui
