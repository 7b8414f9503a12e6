#include "network_legend.h"

#include "graph_node_item.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace fraudlens::ui {

using cases::LinkNodeKind;

namespace {

QPixmap glyph(const QWidget* widget, LinkNodeKind kind, const QColor& fill, bool frozen = false, bool confirmed = false)
{
    const qreal dpr = widget->devicePixelRatioF();
    const int side = 26;
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(side / 2.0, side / 2.0);
    GraphNodeItem::drawGlyph(&painter, kind, GraphNodeItem::radiusOf(kind) * 0.8, fill, frozen, confirmed);
    return pixmap;
}

} // namespace

NetworkLegend::NetworkLegend(QWidget* parent) : QWidget(parent)
{
    const QColor entity = GraphNodeItem::entityColour();
    const QColor calm = GraphNodeItem::riskColour(0.1);
    struct Entry {
        QPixmap icon;
        QString text;
    };
    const Entry entries[] = {
        {glyph(this, LinkNodeKind::Account, calm), tr("Account")},
        {glyph(this, LinkNodeKind::Device, entity), tr("Device")},
        {glyph(this, LinkNodeKind::Ip, entity), tr("IP address")},
        {glyph(this, LinkNodeKind::Card, entity), tr("Card")},
        {glyph(this, LinkNodeKind::Email, entity), tr("Email")},
        {glyph(this, LinkNodeKind::Address, entity), tr("Address")},
        {glyph(this, LinkNodeKind::Merchant, entity), tr("Merchant")},
        {glyph(this, LinkNodeKind::Account, calm), tr("Low risk")},
        {glyph(this, LinkNodeKind::Account, GraphNodeItem::riskColour(0.5)), tr("Medium risk")},
        {glyph(this, LinkNodeKind::Account, GraphNodeItem::riskColour(0.95)), tr("High risk")},
        {glyph(this, LinkNodeKind::Account, calm, true, false), tr("Frozen")},
        {glyph(this, LinkNodeKind::Account, GraphNodeItem::riskColour(0.95), false, true), tr("Confirmed fraud")},
    };
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(0);
    // Kinds on the first row, what fills and outlines say on the second.
    constexpr int kPerRow = 7;
    int i = 0;
    for (const Entry& entry : entries) {
        auto* icon = new QLabel(this);
        icon->setPixmap(entry.icon);
        auto* text = new QLabel(entry.text, this);
        const int row = i / kPerRow;
        const int column = 2 * (i % kPerRow);
        layout->addWidget(icon, row, column);
        layout->addWidget(text, row, column + 1);
        ++i;
    }
    layout->setColumnStretch(2 * kPerRow, 1);
}

} // namespace fraudlens::ui
