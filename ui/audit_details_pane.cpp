#include "audit_details_pane.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fraudlens::ui {

namespace {

QString indented(const QString& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    return document.isNull() ? json : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QLabel* hashLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AuditDetailsPane::AuditDetailsPane(QWidget* parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("auditHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_prevHashCaption = new QLabel(this);
    m_prevHash = hashLabel(QStringLiteral("auditPrevHash"), this);
    m_hashCaption = new QLabel(this);
    m_hash = hashLabel(QStringLiteral("auditHash"), this);

    auto* hashes = new QFormLayout;
    hashes->addRow(m_prevHashCaption, m_prevHash);
    hashes->addRow(m_hashCaption, m_hash);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_details, 1);
    layout->addLayout(hashes);
    retranslate();
}

void AuditDetailsPane::showRow(const AuditRow* row, bool loading)
{
    m_loading = loading && !row;
    if (row)
        m_row = *row;
    else
        m_row.reset();
    if (!m_row) {
        m_heading->setText(m_loading ? tr("Reading the entry…") : tr("Select an entry to see its details."));
        m_details->clear();
        m_prevHash->clear();
        m_hash->clear();
        return;
    }
    m_heading->setText(tr("Entry #%1, %2: %3 on %4 by %5")
                           .arg(QString::number(m_row->seq), m_row->time, m_row->action, m_row->target, m_row->actor));
    m_details->setPlainText(indented(m_row->details));
    m_prevHash->setText(m_row->prevHash);
    m_hash->setText(m_row->hash);
}

void AuditDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditDetailsPane::retranslate()
{
    m_prevHashCaption->setText(tr("Previous hash"));
    m_hashCaption->setText(tr("Hash"));
    const std::optional<AuditRow> row = m_row;
    showRow(row ? &*row : nullptr, m_loading);
}

} // namespace fraudlens::ui
