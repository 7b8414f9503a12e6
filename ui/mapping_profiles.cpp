#include "mapping_profiles.h"

#include <QCoreApplication>
#include <QSettings>

namespace fraudlens::ui {

namespace {

const QString kGroup = QStringLiteral("mappingProfiles");

QString keyOf(const QString& name)
{
    return kGroup + QLatin1Char('/') + name;
}

} // namespace

QStringList MappingProfiles::names()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QStringList names = settings.childKeys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<QString> MappingProfiles::load(const QString& name)
{
    if (!problemWith(name).isEmpty())
        return std::nullopt;
    const QVariant value = QSettings().value(keyOf(name));
    if (!value.isValid())
        return std::nullopt;
    return value.toString();
}

void MappingProfiles::save(const QString& name, const QString& json)
{
    if (problemWith(name).isEmpty())
        QSettings().setValue(keyOf(name), json);
}

void MappingProfiles::remove(const QString& name)
{
    if (problemWith(name).isEmpty())
        QSettings().remove(keyOf(name));
}

QString MappingProfiles::problemWith(const QString& name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("MappingProfiles", "Give the profile a name.");
    if (name != name.trimmed())
        return QCoreApplication::translate("MappingProfiles", "A profile name cannot start or end with a space.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("MappingProfiles", "A profile name cannot contain / or \\.");
    return {};
}

} // namespace fraudlens::ui
