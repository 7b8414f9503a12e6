#include "part_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace fraudlens::ui {

bool writeThroughPartFile(const QString& path, const std::function<bool(QFile& file, QString* why)>& write,
                          QString* error)
{
    const QString partPath = path + QStringLiteral(".part");
    QFile part(partPath);
    const auto fail = [&](const QString& why) {
        part.close();
        QFile::remove(partPath);
        if (error)
            *error = QCoreApplication::translate("PartFile", "%1 could not be written: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(part.errorString());
    QString why;
    if (!write(part, &why))
        return fail(why);
    part.close();
    if (part.error() != QFileDevice::NoError)
        return fail(part.errorString());
    // std::filesystem::rename replaces an older file in one step, where QFile::rename refuses.
    std::error_code code;
    std::filesystem::rename(QFileInfo(partPath).filesystemFilePath(), QFileInfo(path).filesystemFilePath(), code);
    if (code)
        return fail(QString::fromStdString(code.message()));
    return true;
}

} // namespace fraudlens::ui
