#include "ingest/csv_error.h"
#include "ingest/importer.h"
#include "store/database.h"
#include "store/dataset_stats.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fraudlens;

// Every file in tests/data/bad/ must be refused with exactly the message in its
// .expected file (paths shown relative to that folder), and must store nothing.
class TestBadFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void corpusIsLargeEnough();
    void refused_data();
    void refused();
};

namespace {

QString badDir() { return QStringLiteral(FRAUDLENS_TEST_DATA "/bad"); }

QString firstMessage(const QString& csv, const QString& mappingPath, const std::string& dbPath)
{
    store::Database db(dbPath, store::OpenMode::Create);
    try {
        ingest::ImportOptions options;
        options.csvPath = csv.toStdString();
        options.mapping = ingest::Mapping::fromFile(mappingPath.toStdString());
        const auto result = ingest::Importer(db).run(options);
        if (result.firstProblems.empty())
            return QStringLiteral("(accepted)");
        return QString::fromStdString(result.firstProblems.front().format(options.csvPath));
    } catch (const ingest::InputError& e) {
        return QString::fromUtf8(e.what());
    }
}

} // namespace

void TestBadFiles::corpusIsLargeEnough()
{
    const QStringList files = QDir(badDir()).entryList({QStringLiteral("*.csv")}, QDir::Files);
    QVERIFY2(files.size() >= 25, qPrintable(QString::number(files.size())));
    for (const QString& file : files) {
        const QString expected = badDir() + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QStringLiteral(".expected");
        QVERIFY2(QFile::exists(expected), qPrintable(expected));
    }
}

void TestBadFiles::refused_data()
{
    QTest::addColumn<QString>("csv");
    for (const QString& file : QDir(badDir()).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(file)) << file;
}

void TestBadFiles::refused()
{
    QFETCH(QString, csv);
    const QString base = QFileInfo(csv).completeBaseName();
    const QDir dir(badDir());
    QString mapping = dir.filePath(base + QStringLiteral(".mapping.json"));
    if (!QFile::exists(mapping))
        mapping = dir.filePath(QStringLiteral("mapping.json"));
    QFile expectedFile(dir.filePath(base + QStringLiteral(".expected")));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(expectedFile.readAll()).trimmed();

    QTemporaryDir tmp;
    const std::string dbPath = tmp.filePath(QStringLiteral("bad.db")).toStdString();
    QString message = firstMessage(dir.filePath(csv), mapping, dbPath);
    message.replace(badDir() + QLatin1Char('/'), QString());
    QCOMPARE(message, expected);

    store::Database db(dbPath, store::OpenMode::ReadOnly);
    const auto stats = store::DatasetStats::load(db);
    QCOMPARE(stats.transactions, std::int64_t(0));
    QCOMPARE(stats.imports, std::int64_t(0));
}

QTEST_APPLESS_MAIN(TestBadFiles)
#include "test_bad_files.moc"
