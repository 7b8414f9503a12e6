#include "linked_entities_list.h"

#include "entity_kind_label.h"

#include "cases/account_profile.h"

#include <QHeaderView>

namespace fraudlens::ui {

LinkedEntitiesList::LinkedEntitiesList(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("linkedEntities"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHeaderLabels({tr("Value"), tr("Kind"), tr("Shared")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
}

void LinkedEntitiesList::setEntities(const std::vector<cases::LinkedEntity>& entities)
{
    clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(static_cast<qsizetype>(entities.size()));
    for (const auto& e : entities) {
        auto* item = new QTreeWidgetItem;
        item->setText(0, QString::fromStdString(e.value));
        item->setToolTip(0, item->text(0));
        item->setText(1, entityKindLabel(e.kind));
        const int others = static_cast<int>(e.otherAccounts);
        item->setText(2, others == 0 ? tr("not shared") : tr("shared with %n other account(s)", "", others));
        if (others > 0) {
            QFont font = item->font(2);
            font.setBold(true);
            item->setFont(2, font);
        }
        items << item;
    }
    addTopLevelItems(items);
}

} // namespace fraudlens::ui
