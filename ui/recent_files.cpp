#include "recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace fraudlens::ui {

namespace {

const QString kKey = QStringLiteral("recentFiles");

} // namespace

QStringList RecentFiles::list()
{
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(QString());
    if (paths.size() > kMax)
        paths.resize(kMax);
    return paths;
}

void RecentFiles::add(const QString& path)
{
    const QString entry = normalised(path);
    if (entry.isEmpty())
        return;
    QStringList paths = list();
    paths.removeAll(entry);
    paths.prepend(entry);
    store(paths);
}

void RecentFiles::remove(const QString& path)
{
    QStringList paths = list();
    if (paths.removeAll(normalised(path)) > 0)
        store(paths);
}

QString RecentFiles::normalised(const QString& path)
{
    // Absolute and cleaned so that "./a.db" and "/home/x/a.db" are one entry. No stat:
    // the file may be on a slow or vanished mount, and this runs on the UI thread.
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

void RecentFiles::store(const QStringList& paths)
{
    QSettings().setValue(kKey, paths.mid(0, kMax));
}

} // namespace fraudlens::ui
