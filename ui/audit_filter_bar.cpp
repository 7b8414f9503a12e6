#include "audit_filter_bar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

#include <algorithm>

namespace fraudlens::ui {

namespace {

constexpr int kSearchDebounceMs = 300;

// Refills a combo after its first item ("all"), keeping the current choice. Returns true
// when that choice is gone and the combo fell back to "all".
bool refill(QComboBox* combo, const std::vector<std::string>& values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const std::string& value : values) {
        const QString text = QString::fromStdString(value);
        combo->addItem(text, text);
    }
    const int index = current.isEmpty() ? 0 : combo->findData(current);
    combo->setCurrentIndex(std::max(0, index));
    return index < 0;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent) : QWidget(parent)
{
    m_actorCaption = new QLabel(this);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actor->addItem(QString(), QString());
    m_actionCaption = new QLabel(this);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action->addItem(QString(), QString());
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setClearButtonEnabled(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_actorCaption);
    layout->addWidget(m_actor);
    layout->addWidget(m_actionCaption);
    layout->addWidget(m_action);
    layout->addWidget(m_search, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &AuditFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditFilterBar::filterChanged);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditFilterBar::filterChanged);
    retranslate();
}

cases::AuditFilter AuditFilterBar::filter() const
{
    cases::AuditFilter filter;
    filter.actor = m_actor->currentData().toString().toStdString();
    filter.action = m_action->currentData().toString().toStdString();
    filter.targetContains = m_search->text().trimmed().toStdString();
    return filter;
}

void AuditFilterBar::setChoices(const std::vector<std::string>& actors, const std::vector<std::string>& actions)
{
    const bool actorGone = refill(m_actor, actors);
    const bool actionGone = refill(m_action, actions);
    if (actorGone || actionGone)
        Q_EMIT filterChanged();
}

void AuditFilterBar::reset()
{
    m_debounce.stop();
    const QSignalBlocker actor(m_actor);
    const QSignalBlocker action(m_action);
    const QSignalBlocker search(m_search);
    m_actor->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_search->clear();
}

void AuditFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditFilterBar::retranslate()
{
    m_actorCaption->setText(tr("Actor"));
    m_actionCaption->setText(tr("Action"));
    m_actor->setItemText(0, tr("All actors"));
    m_action->setItemText(0, tr("All actions"));
    m_search->setPlaceholderText(tr("Search targets…"));
}

} // namespace fraudlens::ui
