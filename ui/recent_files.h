#pragma once

#include <QString>
#include <QStringList>

namespace fraudlens::ui {

// The databases opened lately, most recent first, kept in QSettings ("recentFiles").
class RecentFiles {
public:
    static constexpr int kMax = 10;

    static QStringList list();
    // Moves `path` to the front (adding it if new) and drops the oldest beyond kMax.
    static void add(const QString& path);
    static void remove(const QString& path);

private:
    static QString normalised(const QString& path);
    static void store(const QStringList& paths);
};

} // namespace fraudlens::ui
