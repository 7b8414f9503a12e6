#include "timestamp_spec_editor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

#include <algorithm>

namespace fraudlens::ui {

namespace {

using Kind = ingest::TimestampSpec::Kind;

const QString kDefaultOrigin = QStringLiteral("1970-01-01T00:00:00Z");

} // namespace

TimestampSpecEditor::TimestampSpecEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Detect"), static_cast<int>(Kind::Auto));
    m_kind->addItem(tr("Format"), static_cast<int>(Kind::Format));
    m_kind->addItem(tr("Offset"), static_cast<int>(Kind::Offset));
    m_kind->setToolTip(tr("Detect reads ISO 8601 times and Unix epochs in seconds or milliseconds"));
    layout->addWidget(m_kind);

    m_format = new QLineEdit(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->setPlaceholderText(QStringLiteral("%Y-%m-%d %H:%M:%S"));
    m_format->setToolTip(tr("strftime-style: %Y year, %m month, %d day, %H hour, %M minute, %S second"));
    layout->addWidget(m_format, 1);

    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    // The mapping JSON's unit names, shown as they are written there.
    for (const char* unit : {"s", "ms", "minutes", "hours", "days"})
        m_unit->addItem(QString::fromLatin1(unit), QString::fromLatin1(unit));
    layout->addWidget(m_unit);
    m_since = new QLabel(tr("since"), this);
    layout->addWidget(m_since);
    m_origin = new QLineEdit(this);
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setPlaceholderText(kDefaultOrigin);
    m_origin->setToolTip(tr("The moment that the value 0 stands for, in ISO 8601"));
    layout->addWidget(m_origin, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        Q_EMIT edited();
    });
    connect(m_format, &QLineEdit::textEdited, this, &TimestampSpecEditor::edited);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &TimestampSpecEditor::edited);
    connect(m_origin, &QLineEdit::textEdited, this, &TimestampSpecEditor::edited);
    showKind();
}

void TimestampSpecEditor::setSpec(const ingest::TimestampSpec& spec)
{
    const QSignalBlocker kind(m_kind);
    const QSignalBlocker unit(m_unit);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(spec.kind))));
    m_format->setText(QString::fromStdString(spec.format));
    const int unitIndex = m_unit->findData(QString::fromStdString(spec.unit));
    m_unit->setCurrentIndex(unitIndex >= 0 ? unitIndex : m_unit->findData(QStringLiteral("s")));
    m_origin->setText(QString::fromStdString(spec.originText));
    showKind();
}

ingest::TimestampSpec TimestampSpecEditor::spec() const
{
    ingest::TimestampSpec spec;
    spec.kind = static_cast<Kind>(m_kind->currentData().toInt());
    if (spec.kind == Kind::Format) {
        spec.format = m_format->text().toStdString();
    } else if (spec.kind == Kind::Offset) {
        spec.unit = m_unit->currentData().toString().toStdString();
        const QString origin = m_origin->text().trimmed();
        spec.originText = (origin.isEmpty() ? kDefaultOrigin : origin).toStdString();
    }
    return spec;
}

void TimestampSpecEditor::showKind()
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    m_format->setVisible(kind == Kind::Format);
    m_unit->setVisible(kind == Kind::Offset);
    m_origin->setVisible(kind == Kind::Offset);
    m_since->setVisible(kind == Kind::Offset);
}

} // namespace fraudlens::ui
