#include "case_report.h"

#include "entity_kind_label.h"

#include "alert_status_label.h"
#include "case_report_chart.h"
#include "part_file.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QStringList>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

#include <utility>

namespace fraudlens::ui {

namespace {

constexpr QSize kChartSize(900, 320);
// Twice the pixels, so the chart stays sharp in print.
constexpr qreal kChartScale = 2.0;
// QTextDocument::print() keeps 2 cm margins on each side: 17 cm of A4 are left, about 640
// pixels at the 96 dpi the image size is given in.
constexpr int kPdfChartWidth = 620;
constexpr std::size_t kMaxSharedEntities = 12;
const QString kChartResource = QStringLiteral("fraudlens-report:chart.png");

// Attributes for QTextDocument (which reads few CSS properties), the style sheet for browsers.
const QString kGridTable = QStringLiteral(
    "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
const QString kStyle = QStringLiteral(
    "body { font-family: sans-serif; font-size: 10pt; color: #222; }"
    "h1 { font-size: 18pt; margin-bottom: 2pt; }"
    "h2 { font-size: 13pt; margin-top: 16pt; border-bottom: 1px solid #999; }"
    "h3 { font-size: 11pt; }"
    "table.grid { border-collapse: collapse; border-color: #999; }"
    "table.grid th { background-color: #e8e8e8; text-align: left; }"
    "table.facts th { text-align: left; padding-right: 12pt; font-weight: normal; color: #555; }"
    "td, th { vertical-align: top; }"
    "code, .hash { font-family: monospace; font-size: 8pt; }"
    "tr.hash td { color: #555; }"
    ".lead { font-size: 12pt; }"
    ".note { color: #555; }"
    ".withdrawn { color: #777; text-decoration: line-through; }");

QString escaped(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString utcText(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// A note as written: escaped, its line breaks kept.
QString paragraphs(const std::string& text)
{
    return escaped(text).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// Rows of a label and an already escaped value.
QString facts(const QList<std::pair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><th align=\"left\">") + label.toHtmlEscaped() + QStringLiteral("</th><td>") + value
            + QStringLiteral("</td></tr>");
    return html + QStringLiteral("</table>");
}

QString headings(const QStringList& titles)
{
    QString html = QStringLiteral("<thead><tr>");
    for (const QString& title : titles)
        html += QStringLiteral("<th align=\"left\">") + title.toHtmlEscaped() + QStringLiteral("</th>");
    return html + QStringLiteral("</tr></thead>");
}

QString cells(const QStringList& values)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& value : values)
        html += QStringLiteral("<td>") + value + QStringLiteral("</td>");
    return html + QStringLiteral("</tr>");
}

QString section(const QString& title)
{
    return QStringLiteral("<h2>") + title.toHtmlEscaped() + QStringLiteral("</h2>");
}

QString remark(const QString& text)
{
    return QStringLiteral("<p class=\"note\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace

CaseReport::CaseReport(cases::CaseReportData data, Origin origin)
    : m_data(std::move(data)), m_origin(std::move(origin))
{
    if (!m_data.account.transactions.rows.empty())
        m_chart = renderCaseReportChart(m_data, kChartSize, kChartScale);
}

QString CaseReport::html() const
{
    if (m_chart.isNull())
        return document({}, 0);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    m_chart.save(&buffer, "PNG");
    return document(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()),
                    kChartSize.width());
}

bool CaseReport::saveHtml(const QString& path, QString* error) const
{
    return writeThroughPartFile(path, [this](QFile& file, QString* why) {
        const QByteArray bytes = html().toUtf8();
        if (file.write(bytes) == bytes.size())
            return true;
        *why = file.errorString();
        return false;
    }, error);
}

bool CaseReport::savePdf(const QString& path, QString* error) const
{
    return writeThroughPartFile(path, [this](QFile& file, QString* why) {
        QTextDocument printed;
        QFont font = printed.defaultFont();
        font.setPointSizeF(9.0);
        printed.setDefaultFont(font);
        printed.setHtml(document(m_chart.isNull() ? QString() : kChartResource, kPdfChartWidth));
        if (!m_chart.isNull())
            printed.addResource(QTextDocument::ImageResource, QUrl(kChartResource), m_chart);

        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // print() lays out with margins of its own (and numbers the pages).
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("FraudLens"));
        writer.setTitle(tr("Case report: alert #%1").arg(m_data.alert.row.id));
        printed.print(&writer);
        // Write errors surface on the file, which writeThroughPartFile checks; a painter that
        // never started leaves it empty.
        if (file.size() > 0)
            return true;
        *why = tr("the PDF could not be drawn");
        return false;
    }, error);
}

QString CaseReport::document(const QString& chartSource, int chartWidth) const
{
    const QString title = tr("Case report: alert #%1").arg(m_data.alert.row.id);
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + title.toHtmlEscaped()
        + QStringLiteral("</title><style>") + kStyle + QStringLiteral("</style></head><body>") + header()
        + whySection() + accountSection() + chartSection(chartSource, chartWidth) + flaggedSection()
        + decisionsSection() + notesSection() + QStringLiteral("</body></html>\n");
}

QString CaseReport::header() const
{
    const cases::AlertRow& alert = m_data.alert.row;
    const QString account = QString::fromStdString(alert.accountExternalId);
    const QString analyst = m_origin.analyst.trimmed().isEmpty() ? tr("(no analyst name set)") : m_origin.analyst;
    const QString generated = m_origin.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const cases::AuditHead& head = m_data.auditHead;
    const QString hash = QStringLiteral("<code>") + escaped(head.hash) + QStringLiteral("</code>");
    const QString chain = head.seq == 0 ? tr("empty").toHtmlEscaped()
                                        : tr("entry %1, hash %2").toHtmlEscaped().arg(QString::number(head.seq), hash);
    const QString lead = tr("Alert #%1, account %2").arg(QString::number(alert.id), account);
    return QStringLiteral("<h1>") + tr("FraudLens case report").toHtmlEscaped()
        + QStringLiteral("</h1><p class=\"lead\">") + lead.toHtmlEscaped() + QStringLiteral("</p>")
        + facts({{tr("Generated"), tr("%1 UTC").arg(generated).toHtmlEscaped()},
                 {tr("By"), analyst.toHtmlEscaped()},
                 {tr("Database"), QFileInfo(m_origin.databasePath).fileName().toHtmlEscaped()},
                 {tr("Audit chain head"), chain}});
}

QString CaseReport::whySection() const
{
    const cases::AlertDetail& detail = m_data.alert;
    const cases::AlertRow& alert = detail.row;
    QStringList names;
    for (const std::string& name : alert.detectors)
        names << QString::fromStdString(name);
    const QString detectors = names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "));
    const QString ring = alert.ringId ? tr("ring #%1").arg(*alert.ringId) : tr("none");
    const QString assignee = alert.assignee.empty() ? tr("nobody") : QString::fromStdString(alert.assignee);
    QString html = section(tr("Why the account was flagged"));
    html += facts({{tr("Status"), alertStatusLabel(alert.status).toHtmlEscaped()},
                   {tr("Risk"), decimal(alert.risk, 2)},
                   {tr("Priority"), decimal(alert.priority, 2)},
                   {tr("Detectors"), detectors.toHtmlEscaped()},
                   {tr("Ring"), ring.toHtmlEscaped()},
                   {tr("Raised (UTC)"), utcText(alert.createdAtMs)},
                   {tr("Last changed (UTC)"), utcText(alert.updatedAtMs)},
                   {tr("Assignee"), assignee.toHtmlEscaped()},
                   {tr("Flagged transactions"), QLocale().toString(qlonglong(alert.flaggedTransactions))}});
    html += QStringLiteral("<h3>") + tr("Reasons, strongest first").toHtmlEscaped() + QStringLiteral("</h3>");
    if (detail.reasons.empty())
        return html + remark(tr("The alert records no reasons."));
    html += QStringLiteral("<ol>");
    for (const std::string& reason : detail.reasons)
        html += QStringLiteral("<li>") + escaped(reason) + QStringLiteral("</li>");
    return html + QStringLiteral("</ol>");
}

QString CaseReport::accountSection() const
{
    QString html = section(tr("Account"));
    const auto& profile = m_data.account.profile;
    if (!profile)
        return html + remark(tr("The account is no longer in the database."));
    const QLocale locale;
    const auto when = [this](const std::optional<std::int64_t>& ms) {
        return ms ? tr("%1 UTC").arg(utcText(*ms)) : tr("unknown");
    };
    QList<std::pair<QString, QString>> rows = {
        {tr("Account"), escaped(profile->externalId)},
        {tr("Status"), (profile->frozen() ? tr("Frozen") : tr("Active")).toHtmlEscaped()},
        {tr("Created"), when(profile->createdAtMs).toHtmlEscaped()},
        {tr("First seen"), when(profile->firstSeenMs).toHtmlEscaped()},
        {tr("Transactions"), locale.toString(qlonglong(profile->transactionCount))},
        {tr("Total amount"), decimal(profile->totalAmount, 2)},
        {tr("First transaction"), when(profile->firstTransactionMs).toHtmlEscaped()},
        {tr("Last transaction"), when(profile->lastTransactionMs).toHtmlEscaped()},
        {tr("Highest risk"), profile->maxRisk ? decimal(*profile->maxRisk, 2) : tr("not scored").toHtmlEscaped()},
    };
    if (const auto& ring = profile->ring) {
        const QString text = tr("ring #%1: score %2, %n account(s)", nullptr, static_cast<int>(ring->size))
                                 .arg(QString::number(ring->id), decimal(ring->score, 2));
        rows.append({tr("Strongest ring"), text.toHtmlEscaped()});
    }
    html += facts(rows);

    QString shared;
    std::size_t listed = 0;
    for (const cases::LinkedEntity& entity : profile->linkedEntities) {
        if (entity.otherAccounts == 0 || listed == kMaxSharedEntities)
            continue;
        ++listed;
        shared += cells({entityKindLabel(entity.kind).toHtmlEscaped(), escaped(entity.value),
                         locale.toString(qlonglong(entity.otherAccounts))});
    }
    if (shared.isEmpty())
        return html;
    return html + QStringLiteral("<h3>") + tr("Shared with other accounts").toHtmlEscaped() + QStringLiteral("</h3>")
        + kGridTable + headings({tr("Kind"), tr("Value"), tr("Other accounts")}) + shared + QStringLiteral("</table>");
}

QString CaseReport::chartSection(const QString& source, int width) const
{
    QString html = section(tr("Activity"));
    if (source.isEmpty())
        return html + remark(tr("The account has no transactions to chart."));
    const int height = width * kChartSize.height() / kChartSize.width();
    html += QStringLiteral("<p><img src=\"") + source + QStringLiteral("\" width=\"") + QString::number(width)
        + QStringLiteral("\" height=\"") + QString::number(height) + QStringLiteral("\" alt=\"")
        + tr("Amounts and risk of the account over time").toHtmlEscaped()
        + QStringLiteral("\" style=\"max-width: 100%; height: auto;\"></p>");
    html += remark(tr("Amounts over time on the left axis, fused risk from 0 to 1 on the right; large red markers "
                      "are the transactions this alert flagged, shaded hours had a burst of activity."));
    const auto& transactions = m_data.account.transactions;
    if (transactions.truncated && m_data.account.profile) {
        const QLocale locale;
        html += remark(tr("The chart shows the newest %1 of %2 transactions.")
                           .arg(locale.toString(static_cast<qlonglong>(transactions.rows.size())),
                                locale.toString(static_cast<qlonglong>(m_data.account.profile->transactionCount))));
    }
    return html;
}

QString CaseReport::flaggedSection() const
{
    QString html = section(tr("Flagged transactions"));
    if (m_data.flagged.empty())
        return html + remark(tr("The alert lists no transactions."));
    html += kGridTable
        + headings({tr("Time (UTC)"), tr("Transaction"), tr("Amount"), tr("Merchant"), tr("Risk"), tr("Reasons")});
    for (const cases::FlaggedTransaction& tx : m_data.flagged) {
        QStringList reasons;
        for (const std::string& reason : tx.reasons)
            reasons << escaped(reason);
        const QString amount = tx.currency.empty()
            ? decimal(tx.amount, 2)
            : tr("%1 %2").arg(decimal(tx.amount, 2), QString::fromStdString(tx.currency)).toHtmlEscaped();
        html += cells({utcText(tx.timeMs), escaped(tx.externalId), amount, escaped(tx.merchant),
                       tx.risk ? decimal(*tx.risk, 2) : tr("not scored").toHtmlEscaped(),
                       reasons.join(QStringLiteral("<br>"))});
    }
    return html + QStringLiteral("</table>");
}

QString CaseReport::decisionsSection() const
{
    QString html = section(tr("Decisions and audit entries"));
    if (m_data.decisions.empty())
        return html + remark(tr("No decision on this alert or account has been recorded."));
    html += remark(tr("Every entry about this alert or its account in the audit log, oldest first, with the hash "
                      "that chains it to the entries before it."));
    html += kGridTable
        + headings({tr("Entry"), tr("Time (UTC)"), tr("Actor"), tr("Action"), tr("Target"), tr("Details")});
    for (const store::AuditEntry& entry : m_data.decisions) {
        const QString action = QStringLiteral("<code>") + escaped(entry.action) + QStringLiteral("</code>");
        html += cells({QString::number(entry.seq), utcText(entry.timestampMs), escaped(entry.actor), action,
                       escaped(entry.target), decisionSummary(entry)});
        html += QStringLiteral("<tr class=\"hash\"><td></td><td colspan=\"5\"><span class=\"hash\">")
            + tr("hash %1").toHtmlEscaped().arg(escaped(entry.hash)) + QStringLiteral("</span></td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString CaseReport::notesSection() const
{
    QString html = section(tr("Notes"));
    if (m_data.notes.empty())
        return html + remark(tr("No notes have been written on this account."));
    html += kGridTable + headings({tr("Time (UTC)"), tr("Author"), tr("About"), tr("Note")});
    for (const cases::CaseNote& note : m_data.notes) {
        const QString about = note.alertId ? tr("alert #%1").arg(*note.alertId) : tr("the account");
        QString text = paragraphs(note.text);
        if (note.withdrawn)
            text = QStringLiteral("<span class=\"withdrawn\">") + text + QStringLiteral("</span> ")
                + tr("(withdrawn by an undo)").toHtmlEscaped();
        html += cells({utcText(note.atMs), escaped(note.actor), about.toHtmlEscaped(), text});
    }
    return html + QStringLiteral("</table>");
}

QString CaseReport::decisionSummary(const store::AuditEntry& entry)
{
    const QJsonObject details = QJsonDocument::fromJson(QByteArray::fromStdString(entry.details)).object();
    const auto status = [](const QString& name) {
        const auto parsed = cases::alertStatusFromString(name.toStdString());
        return parsed ? alertStatusLabel(*parsed) : name;
    };
    QStringList parts;
    const QString from = details.value(QStringLiteral("from")).toString();
    const QString to = details.value(QStringLiteral("to")).toString();
    if (!from.isEmpty() && !to.isEmpty())
        parts << tr("%1 → %2").arg(status(from), status(to));
    for (const char* key : {"reason", "note", "text"}) {
        const QString words = details.value(QLatin1String(key)).toString();
        if (!words.isEmpty()) {
            parts << words;
            break;
        }
    }
    const QString origin = details.value(QStringLiteral("origin")).toString();
    if (origin == QLatin1String("undo"))
        parts << tr("(an undo)");
    else if (origin == QLatin1String("redo"))
        parts << tr("(a redo)");
    return parts.join(QStringLiteral(" · ")).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace fraudlens::ui
