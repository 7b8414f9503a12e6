#include "alert_detail_pane.h"

#include "alert_status_label.h"
#include "display_text.h"
#include "workspace.h"

#include "cases/alert_query.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QVBoxLayout>

namespace fraudlens::ui {

namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

AlertDetailPane::AlertDetailPane(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    m_title = valueLabel(this);
    m_title->setObjectName(QStringLiteral("alertDetailTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_fields = new QWidget(this);
    m_detectors = valueLabel(m_fields);
    m_flagged = valueLabel(m_fields);
    m_flagged->setObjectName(QStringLiteral("alertDetailFlagged"));
    m_ring = valueLabel(m_fields);
    m_reasons = valueLabel(m_fields);
    m_reasons->setObjectName(QStringLiteral("alertDetailReasons"));
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Detectors"), m_detectors);
    form->addRow(tr("Flagged transactions"), m_flagged);
    form->addRow(tr("Ring"), m_ring);
    form->addRow(tr("Reasons"), m_reasons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addStretch(1);

    showAlert(std::nullopt);
}

void AlertDetailPane::showAlert(std::optional<qint64> alertId)
{
    // A newer choice supersedes a read still on its way.
    const quint64 generation = ++m_generation;
    m_alertId = alertId;
    if (!alertId) {
        showText(tr("Select an alert to see why it was raised."));
        return;
    }
    const qint64 id = *alertId;
    m_workspace.read<std::optional<cases::AlertDetail>>(
        this, [id](store::Database& db) { return cases::AlertQuery(db).detail(id); },
        [this, generation, id](std::optional<cases::AlertDetail> detail) {
            if (generation != m_generation)
                return;
            if (!detail) {
                showText(tr("Alert %1 is no longer in the queue.").arg(id));
                return;
            }
            present(*detail);
            Q_EMIT shown(id);
        },
        [this, generation](const QString& message) {
            if (generation == m_generation)
                showText(tr("Could not read this alert: %1").arg(message));
        });
}

void AlertDetailPane::present(const cases::AlertDetail& detail)
{
    const cases::AlertRow& row = detail.row;
    const QLocale locale;
    const QString account = QString::fromStdString(row.accountExternalId);
    m_title->setText(row.accountFrozen
                         ? tr("Alert %1 on account %2 (frozen): %3").arg(row.id).arg(account, alertStatusLabel(row.status))
                         : tr("Alert %1 on account %2: %3").arg(row.id).arg(account, alertStatusLabel(row.status)));
    const QStringList detectors = toStringList(row.detectors);
    m_detectors->setText(detectors.isEmpty() ? tr("none") : detectors.join(QStringLiteral(", ")));
    m_flagged->setText(locale.toString(row.flaggedTransactions));
    m_ring->setText(row.ringId ? locale.toString(*row.ringId) : tr("none"));
    QStringList reasons;
    for (const QString& reason : toStringList(detail.reasons))
        reasons << QStringLiteral("• ") + reason;
    m_reasons->setText(reasons.isEmpty() ? tr("No reasons recorded") : reasons.join(QLatin1Char('\n')));
    m_fields->setVisible(true);
}

void AlertDetailPane::showText(const QString& message)
{
    m_title->setText(message);
    m_fields->setVisible(false);
}

} // namespace fraudlens::ui
