#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace fraudlens::ui {

// A count as the user's locale writes it (12,345 or 12 345).
inline QString localNumber(qint64 value)
{
    return QLocale().toString(value);
}

// Names from the core (detectors, reasons) as a list for labels and tooltips.
inline QStringList toStringList(const std::vector<std::string>& items)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(items.size()));
    for (const auto& item : items)
        list << QString::fromStdString(item);
    return list;
}

} // namespace fraudlens::ui
