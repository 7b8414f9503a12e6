#pragma once

#include <QString>

namespace fraudlens::ui {

// The importer's stage names ("checking", "importing", "committing") as a reader sees them.
QString importStageText(const QString& stage);

} // namespace fraudlens::ui
