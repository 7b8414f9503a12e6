#include "import_draft.h"

namespace fraudlens::ui {

ingest::ImportOptions ImportDraft::options() const
{
    ingest::ImportOptions out;
    out.csvPath = csvPath.toStdString();
    out.mapping = mapping;
    out.mappingName = mappingName.toStdString();
    out.onError = onError;
    out.force = force;
    out.actor = actor.toStdString();
    return out;
}

} // namespace fraudlens::ui
