// translations/fraudlens_zh_CN.ts is complete: lupdate run over today's sources finds no
// string without a Chinese translation, and every translation keeps its placeholders.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chineseCoversEveryStringInTheSources();
};

void TestTranslations::chineseCoversEveryStringInTheSources()
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("fraudlens_zh_CN.ts"));
    QVERIFY(QFile::copy(QStringLiteral(FRAUDLENS_SOURCE_DIR "/translations/fraudlens_zh_CN.ts"), ts));
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(FRAUDLENS_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral(FRAUDLENS_SOURCE_DIR "/ui"), QStringLiteral("-ts"), ts});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList missing;
    QStringList brokenPlaceholders;
    QString source;
    int messages = 0;
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    auto placeholders = [](const QString& text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured(1);
        found.sort();
        found.removeDuplicates();
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                missing << source;
            else if (placeholders(text) != placeholders(source))
                brokenPlaceholders << source;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 500);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + missing.join(QStringLiteral(" | "))));
    QVERIFY2(brokenPlaceholders.isEmpty(),
             qPrintable(QStringLiteral("placeholders differ: ") + brokenPlaceholders.join(QStringLiteral(" | "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
