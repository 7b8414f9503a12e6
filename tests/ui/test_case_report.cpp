// The case report an auditor files: read off the UI thread in auditor mode, written as HTML
// and as PDF with the account, every reason, the decisions and the audit chain head, hostile
// text shown but never run, and a failed write leaving nothing behind.

#include "case_report_exporter.h"
#include "scored_demo.h"
#include "workspace.h"

#include "cases/alert_status.h"
#include "cases/case_desk.h"
#include "store/database.h"
#include "store/statement.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <string>
#include <vector>

using namespace fraudlens;

namespace {

constexpr int kTimeout = 60000;
const QString kAnalyst = QStringLiteral("Dana Whitfield");
const QString kAuditor = QStringLiteral("External Auditor");
const std::string kConfirmNote = "Cardholder confirmed none of the orders were theirs";
const std::string kFreezeReason = "Card testing at many merchants & two chargebacks";
const std::string kHostileNote = "<script>alert(1)</script> pasted from the customer's email";

QString escaped(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCaseReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void htmlHoldsTheWholeCaseEscaped();
    void pdfIsWritten();
    void replacesAnEarlierReport();
    void unwritablePathFailsWithoutLeftovers_data();
    void unwritablePathFailsWithoutLeftovers();
    void refusesAnUnknownFormat();
    void suggestsASafeFileName();

private:
    struct Outcome {
        bool finished = false;
        QString exported;
        QString failure;
    };
    // Exports the decided alert as an auditor would: a read-only workspace.
    Outcome exportTo(const QString& path) const;

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_alertId = 0;
    std::string m_account;
    std::vector<std::string> m_reasons;
    std::string m_headHash;
};

void TestCaseReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = testing::buildScoredDemo(m_dir);
    QVERIFY(!m_db.isEmpty());

    store::Database db(m_db.toStdString(), store::OpenMode::ReadWrite);
    qint64 accountId = 0;
    std::string status;
    std::string reasons;
    {
        store::Statement top(db, "SELECT a.id, a.account_id, ac.external_id, a.status, a.reasons "
                                 "FROM alerts a JOIN accounts ac ON ac.id = a.account_id "
                                 "WHERE a.status IN ('new', 'in_review', 'escalated') AND ac.status = 'active' "
                                 "ORDER BY a.priority DESC, a.id LIMIT 1");
        QVERIFY(top.step());
        m_alertId = top.columnInt(0);
        accountId = top.columnInt(1);
        m_account = top.columnText(2);
        status = top.columnText(3);
        reasons = top.columnText(4);
    }
    const QJsonArray reasonList = QJsonDocument::fromJson(QByteArray::fromStdString(reasons)).array();
    for (const QJsonValue& reason : reasonList)
        m_reasons.push_back(reason.toString().toStdString());
    QVERIFY(!m_reasons.empty());

    const auto expected = cases::alertStatusFromString(status);
    QVERIFY(expected);
    cases::CaseDesk desk(db, kAnalyst.toStdString());
    desk.setAlertStatus(m_alertId, *expected, cases::AlertStatus::ConfirmedFraud, kConfirmNote);
    desk.setAccountFrozen(accountId, true, kFreezeReason);
    desk.addNote(accountId, m_alertId, kHostileNote);

    store::Statement head(db, "SELECT hash FROM audit_head WHERE id = 1");
    QVERIFY(head.step());
    m_headHash = head.columnText(0);
    QCOMPARE(m_headHash.size(), std::size_t(64));
}

TestCaseReport::Outcome TestCaseReport::exportTo(const QString& path) const
{
    ui::Workspace workspace;
    workspace.setAnalyst(kAuditor);
    workspace.setReadOnly(true);
    workspace.open(m_db);
    ui::CaseReportExporter exporter(workspace);
    QSignalSpy exported(&exporter, &ui::CaseReportExporter::exported);
    QSignalSpy failed(&exporter, &ui::CaseReportExporter::failed);
    exporter.exportAlert(m_alertId, path);

    Outcome outcome;
    outcome.finished = QTest::qWaitFor([&] { return !exported.isEmpty() || !failed.isEmpty(); }, kTimeout);
    if (!exported.isEmpty())
        outcome.exported = exported.first().first().toString();
    if (!failed.isEmpty())
        outcome.failure = failed.first().first().toString();
    return outcome;
}

void TestCaseReport::htmlHoldsTheWholeCaseEscaped()
{
    const QString path = m_dir.filePath(QStringLiteral("case.html"));
    const Outcome outcome = exportTo(path);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
    QCOMPARE(outcome.exported, path);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    const QString html = QString::fromUtf8(contents(path));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));

    QVERIFY(html.contains(escaped(m_account)));
    for (const std::string& reason : m_reasons)
        QVERIFY2(html.contains(escaped(reason)), reason.c_str());
    // The decisions: who, what, and the words given with them.
    QVERIFY(html.contains(kAnalyst.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("alert.status")));
    QVERIFY(html.contains(QStringLiteral("account.freeze")));
    QVERIFY(html.contains(escaped(kConfirmNote)));
    QVERIFY(html.contains(escaped(kFreezeReason)));
    // Who made the report, from which file, tied to the chain.
    QVERIFY(html.contains(kAuditor.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("demo.db")));
    QVERIFY(html.contains(QString::fromStdString(m_headHash)));

    // The chart travels inside the file, and is a picture.
    static const QRegularExpression image(QStringLiteral("<img[^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    const QRegularExpressionMatch match = image.match(html);
    QVERIFY(match.hasMatch());
    QImage chart;
    QVERIFY(chart.loadFromData(QByteArray::fromBase64(match.captured(1).toLatin1()), "PNG"));
    QVERIFY(chart.width() >= 900);

    // A note is shown as written, never run.
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
}

void TestCaseReport::pdfIsWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("case.pdf"));
    const Outcome outcome = exportTo(path);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
    QCOMPARE(outcome.exported, path);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    const QByteArray pdf = contents(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.size() > 10 * 1024, QByteArray::number(pdf.size()).constData());
}

void TestCaseReport::replacesAnEarlierReport()
{
    const QString path = m_dir.filePath(QStringLiteral("again.htm"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an earlier report");
    old.close();
    const Outcome outcome = exportTo(path);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
    QVERIFY(contents(path).startsWith("<!DOCTYPE html>"));
}

void TestCaseReport::unwritablePathFailsWithoutLeftovers_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("pdf") << QStringLiteral("case.pdf");
    QTest::newRow("html") << QStringLiteral("case.html");
}

void TestCaseReport::unwritablePathFailsWithoutLeftovers()
{
    QFETCH(QString, fileName);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/") + fileName);
    const Outcome outcome = exportTo(path);
    QVERIFY(outcome.finished);
    QVERIFY(outcome.exported.isEmpty());
    QVERIFY(!outcome.failure.isEmpty());
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(path));
}

void TestCaseReport::refusesAnUnknownFormat()
{
    const QString path = m_dir.filePath(QStringLiteral("case.txt"));
    const Outcome outcome = exportTo(path);
    QVERIFY(outcome.finished);
    QVERIFY(outcome.exported.isEmpty());
    QVERIFY(!outcome.failure.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestCaseReport::suggestsASafeFileName()
{
    const QString name = ui::CaseReportExporter::suggestedFileName(42, QStringLiteral("../A 01/x"));
    QVERIFY(name.endsWith(QStringLiteral(".pdf")));
    QVERIFY(name.contains(QStringLiteral("42")));
    QVERIFY(!name.contains(QLatin1Char('/')));
    QVERIFY(!name.contains(QLatin1Char(' ')));
    QVERIFY(!name.contains(QStringLiteral("..")));
}

QTEST_MAIN(TestCaseReport)
#include "test_case_report.moc"
