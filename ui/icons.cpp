#include "icons.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QString>
#include <QThread>

namespace fraudlens::ui::icons {

QIcon get(const char* name)
{
    // The cache is unguarded on purpose: QIcon is a GUI-thread type, so is this.
    Q_ASSERT(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread());
    static QHash<QString, QIcon> cache;
    const QString key = QLatin1String(name);
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return found.value();

    // A misspelt or unlisted name is remembered as the empty icon too, so it costs
    // one resource lookup, and a button without its icon still shows its text.
    const QString path = QStringLiteral(":/icons/%1.svg").arg(key);
    const QIcon icon = QFile::exists(path) ? QIcon(path) : QIcon();
    cache.insert(key, icon);
    return icon;
}

} // namespace fraudlens::ui::icons
