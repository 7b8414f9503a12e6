#include "application.h"

#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace fraudlens::ui {

namespace {

void installTranslator(QApplication& app, const QString& language)
{
    auto* translator = new QTranslator(&app);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (translator->load(locale, QStringLiteral("fraudlens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

} // namespace

int runApplication(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FraudLens"));
    QApplication::setApplicationName(QStringLiteral("FraudLens"));
    QApplication::setApplicationVersion(QStringLiteral(FRAUDLENS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fraudlens.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FraudLens: e-commerce fraud and anomaly investigation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("Database file to open"), QStringLiteral("[FILE.db]"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Interface language: en or zh_CN"),
                                      QStringLiteral("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to a PNG file and exit"), QStringLiteral("file"));
    parser.addOption(language);
    parser.addOption(screenshot);
    parser.process(app);

    const QString languageCode = parser.isSet(language)
        ? parser.value(language)
        : QSettings().value(QStringLiteral("ui/language")).toString();
    installTranslator(app, languageCode);

    MainWindow window;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openDatabase(positional.first());

    if (parser.isSet(screenshot)) {
        const QString target = parser.value(screenshot);
        window.resize(1000, 640);
        window.show();
        // Grab once the summary has been loaded off the UI thread (or after 10 s).
        int exitCode = 1;
        auto grab = [&window, target, &exitCode] {
            exitCode = window.grab().save(target) ? 0 : 1;
            if (exitCode != 0)
                std::fprintf(stderr, "fraudlens: cannot write %s\n", qPrintable(target));
            QApplication::quit();
        };
        if (positional.isEmpty())
            QTimer::singleShot(200, &app, grab);
        else
            QObject::connect(&window, &MainWindow::summaryShown, &app, [grab] { QTimer::singleShot(50, grab); });
        QTimer::singleShot(10000, &app, grab);
        QApplication::exec();
        return exitCode;
    }
    window.show();
    return QApplication::exec();
}

} // namespace fraudlens::ui
