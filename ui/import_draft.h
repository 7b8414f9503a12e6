#pragma once

#include "ingest/import_options.h"
#include "ingest/mapping.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fraudlens::ui {

// What the import wizard's pages have settled so far; each page fills its part and the
// later pages read it. Owned by ImportWizard.
struct ImportDraft {
    QString csvPath;
    QString dbPath;
    QStringList header;                 // the CSV's column names, as read by the preview
    ingest::Mapping guessedMapping;     // the guesser's proposal for this file
    ingest::Mapping mapping;            // as the mapping page left it (valid when that page is complete)
    QString mappingName;                // recorded with the import: "profile:paysim", "saved:…", "guessed"
    ingest::OnError onError = ingest::OnError::Abort;
    bool force = false;                 // import a file the target already holds
    QString actor;

    ingest::ImportOptions options() const;
};

} // namespace fraudlens::ui
