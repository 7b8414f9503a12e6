#pragma once

#include <QString>

#include <functional>

class QFile;

namespace fraudlens::ui {

// Writes a file through path + ".part" and renames it over path only once it is complete, so
// that path never holds half a file and a failed write keeps what was there before. `write`
// fills the open .part file and returns false, with a reason, to abandon it. On any failure the
// .part file is removed and `error` says why, naming path.
bool writeThroughPartFile(const QString& path, const std::function<bool(QFile& file, QString* why)>& write,
                          QString* error);

} // namespace fraudlens::ui
