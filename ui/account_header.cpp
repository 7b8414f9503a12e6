#include "account_header.h"

#include "cases/account_profile.h"
#include "util/clock.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fraudlens::ui {

namespace {


QLabel* quietLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccountHeader::AccountHeader(QWidget* parent) : QWidget(parent)
{
    m_title = quietLabel(this);
    m_title->setObjectName(QStringLiteral("accountTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("statusBadge"));

    m_age = quietLabel(this);
    m_activity = quietLabel(this);
    m_risk = quietLabel(this);
    m_risk->setObjectName(QStringLiteral("accountMaxRisk"));
    m_alert = quietLabel(this);
    m_alert->setObjectName(QStringLiteral("accountOpenAlert"));

    m_ring = new QPushButton(this);
    m_ring->setObjectName(QStringLiteral("ringButton"));
    m_ring->setFlat(true);
    m_ring->setCursor(Qt::PointingHandCursor);
    m_ring->setToolTip(tr("Show this ring in the network view"));
    connect(m_ring, &QPushButton::clicked, this, [this] {
        if (m_ringId > 0)
            Q_EMIT ringRequested(m_ringId);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_badge);
    top->addStretch(1);

    auto* facts = new QHBoxLayout;
    facts->setSpacing(18);
    for (QWidget* w : {static_cast<QWidget*>(m_age), static_cast<QWidget*>(m_activity), static_cast<QWidget*>(m_risk),
                       static_cast<QWidget*>(m_alert), static_cast<QWidget*>(m_ring)})
        facts->addWidget(w);
    facts->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(facts);
    clear();
}

void AccountHeader::setProfile(const cases::AccountProfile& profile)
{
    const QLocale locale;
    m_title->setText(QString::fromStdString(profile.externalId));
    setBadge(profile.frozen());
    m_badge->show();

    m_age->setText(profile.ageMs ? tr("Age: %1").arg(ageText(*profile.ageMs)) : tr("Age: unknown"));
    const std::optional<std::int64_t> since = profile.createdAtMs ? profile.createdAtMs : profile.firstSeenMs;
    m_age->setToolTip(since ? tr("Since %1, up to the latest transaction in the data")
                                  .arg(QDateTime::fromMSecsSinceEpoch(*since, QTimeZone::utc()).toString(Qt::ISODate))
                            : QString());

    m_activity->setText(tr("%n transaction(s), %1 in total", "", static_cast<int>(profile.transactionCount))
                            .arg(locale.toString(profile.totalAmount, 'f', 2)));
    m_risk->setText(profile.maxRisk ? tr("Highest risk: %1").arg(locale.toString(*profile.maxRisk, 'f', 2))
                                    : tr("Not scored"));

    if (profile.openAlert)
        m_alert->setText(tr("Open alert #%1: %2, priority %3")
                             .arg(profile.openAlert->id)
                             .arg(alertStatusText(QString::fromStdString(profile.openAlert->status)),
                                  locale.toString(profile.openAlert->priority, 'f', 2)));
    else
        m_alert->setText(tr("No open alert"));

    m_ringId = profile.ring ? profile.ring->id : 0;
    m_ring->setVisible(profile.ring.has_value());
    if (profile.ring)
        m_ring->setText(tr("Ring #%1: %n account(s), score %2 \u203a", "", static_cast<int>(profile.ring->size))
                            .arg(profile.ring->id)
                            .arg(locale.toString(profile.ring->score, 'f', 2)));
}

void AccountHeader::clear()
{
    m_title->setText(tr("No account shown"));
    m_badge->hide();
    for (QLabel* label : {m_age, m_activity, m_risk, m_alert}) {
        label->clear();
        label->setToolTip({});
    }
    m_ringId = 0;
    m_ring->hide();
}

void AccountHeader::setBadge(bool frozen)
{
    m_badge->setText(frozen ? tr("Frozen") : tr("Active"));
    // Fixed colours on their own background read the same on light and dark palettes.
    m_badge->setStyleSheet(frozen ? QStringLiteral("QLabel { color: #0d3c75; background: #dcebfa; border-radius: 8px;"
                                                   " padding: 2px 10px; font-weight: 600; }")
                                  : QStringLiteral("QLabel { color: #1e5b27; background: #e0f2e3; border-radius: 8px;"
                                                   " padding: 2px 10px; font-weight: 600; }"));
}

QString AccountHeader::alertStatusText(const QString& status) const
{
    if (status == QLatin1String("new"))
        return tr("new");
    if (status == QLatin1String("in_review"))
        return tr("in review");
    if (status == QLatin1String("escalated"))
        return tr("escalated");
    if (status == QLatin1String("confirmed_fraud"))
        return tr("confirmed fraud");
    if (status == QLatin1String("false_positive"))
        return tr("false positive");
    return status;
}

QString AccountHeader::ageText(qint64 ms) const
{
    if (ms >= util::kDayMs)
        return tr("%n day(s)", "", static_cast<int>(ms / util::kDayMs));
    return tr("%n hour(s)", "", static_cast<int>(ms / util::kHourMs));
}

} // namespace fraudlens::ui
