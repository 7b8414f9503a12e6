#include "stat_tile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fraudlens::ui {

StatTile::StatTile(const QString& valueObjectName, QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_caption = new QLabel(this);
    m_value = new QLabel(QStringLiteral("–"), this);
    m_value->setObjectName(valueObjectName);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
}

void StatTile::setCaption(const QString& caption) { m_caption->setText(caption); }

void StatTile::setValue(const QString& value) { m_value->setText(value); }

void StatTile::setDetail(const QString& detail) { m_detail->setText(detail); }

QString StatTile::value() const { return m_value->text(); }

} // namespace fraudlens::ui
