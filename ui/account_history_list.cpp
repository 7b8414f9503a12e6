#include "account_history_list.h"

#include "cases/account_history.h"

#include <QDateTime>
#include <QHeaderView>
#include <QPalette>
#include <QTimeZone>

#include <string_view>

namespace fraudlens::ui {

namespace {

// "alert:42" -> "42"; empty for any other target.
QString alertIdOf(const std::string& target)
{
    constexpr std::string_view prefix = "alert:";
    if (target.compare(0, prefix.size(), prefix) != 0)
        return {};
    return QString::fromStdString(target.substr(prefix.size()));
}

} // namespace

AccountHistoryList::AccountHistoryList(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("accountHistory"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setWordWrap(false);
    setHeaderLabels({tr("Time"), tr("Who"), tr("What"), tr("Details")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void AccountHistoryList::setHistory(const cases::AccountHistory& history)
{
    clear();
    QList<QTreeWidgetItem*> items;
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    for (const auto& e : history.entries) {
        auto* item = new QTreeWidgetItem;
        item->setText(0, QDateTime::fromMSecsSinceEpoch(e.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setToolTip(0, QDateTime::fromMSecsSinceEpoch(e.atMs, QTimeZone::utc()).toString(Qt::ISODateWithMs));
        item->setText(1, QString::fromStdString(e.actor));
        if (e.kind == cases::HistoryEntry::Kind::Note) {
            item->setText(2, noteText(e));
            item->setText(3, QString::fromStdString(e.text));
            if (e.withdrawn) {
                for (int c = 0; c < 4; ++c)
                    item->setForeground(c, muted);
            }
        } else {
            item->setText(2, actionText(e));
            item->setText(3, QString::fromStdString(e.summary));
        }
        item->setToolTip(3, item->text(3));
        items << item;
    }
    if (history.truncated) {
        auto* more = new QTreeWidgetItem;
        more->setText(3, tr("Older entries are in the audit log."));
        more->setFlags(Qt::NoItemFlags);
        items << more;
    }
    addTopLevelItems(items);
}

QString AccountHistoryList::actionText(const cases::HistoryEntry& entry) const
{
    const std::string& a = entry.action;
    const QString alert = alertIdOf(entry.target);
    if (a == "account.freeze")
        return tr("Account frozen");
    if (a == "account.unfreeze")
        return tr("Account unfrozen");
    if (!alert.isEmpty()) {
        if (a == "alert.status")
            return tr("Alert #%1 status changed").arg(alert);
        if (a == "alert.assign")
            return tr("Alert #%1 assigned").arg(alert);
        if (a == "alert.raise")
            return tr("Alert #%1 raised").arg(alert);
        return tr("Alert #%1: %2").arg(alert, QString::fromStdString(a));
    }
    return QString::fromStdString(a);
}

QString AccountHistoryList::noteText(const cases::HistoryEntry& entry) const
{
    if (entry.alertId)
        return entry.withdrawn ? tr("Note on alert #%1 (withdrawn)").arg(*entry.alertId)
                               : tr("Note on alert #%1").arg(*entry.alertId);
    return entry.withdrawn ? tr("Note (withdrawn)") : tr("Note");
}

} // namespace fraudlens::ui
