#include "import_stage.h"

#include <QCoreApplication>

namespace fraudlens::ui {

QString importStageText(const QString& stage)
{
    if (stage == QLatin1String("checking"))
        return QCoreApplication::translate("ImportStage", "Checking the file…");
    if (stage == QLatin1String("importing"))
        return QCoreApplication::translate("ImportStage", "Reading rows…");
    if (stage == QLatin1String("committing"))
        return QCoreApplication::translate("ImportStage", "Saving…");
    return stage;
}

} // namespace fraudlens::ui
