#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fraudlens::ui {

// Column mappings the user saved from the import wizard, as mapping JSON in QSettings
// under "mappingProfiles/<name>". The name is the user's text, stored as a settings key
// and nothing else; QSettings escapes it on disk.
class MappingProfiles {
public:
    static QStringList names();
    static std::optional<QString> load(const QString& name);
    static void save(const QString& name, const QString& json);
    static void remove(const QString& name);

    // Empty, or a line saying why `name` cannot be used: settings keys use / and \ to
    // nest groups, so a name holding them would be stored somewhere else.
    static QString problemWith(const QString& name);
};

} // namespace fraudlens::ui
