#pragma once

#include "import_draft.h"

#include <QWizard>

namespace fraudlens::ui {

class ImportFilePage;
class ImportMappingPage;
class ImportRunPage;
class ImportValidationPage;
class Workspace;

// Import CSV…: file and target database with a preview, column mapping, a dry run over
// the whole file, then the import itself as a background job. Every file read happens off
// the UI thread. Closing the window while the import runs cancels it instead.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, ValidationPageId, RunPageId };

    explicit ImportWizard(Workspace& workspace, QWidget* parent = nullptr);

    const ImportDraft& draft() const { return m_draft; }
    ImportFilePage* filePage() const { return m_file; }
    ImportMappingPage* mappingPage() const { return m_mapping; }
    ImportValidationPage* validationPage() const { return m_validation; }
    ImportRunPage* runPage() const { return m_run; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // Finish after a stored import: open dbPath, and score it when scoreNow.
    void importFinished(const QString& dbPath, bool scoreNow);

private:
    // Declared before the pages, which hold a reference to it.
    ImportDraft m_draft;
    ImportFilePage* m_file = nullptr;
    ImportMappingPage* m_mapping = nullptr;
    ImportValidationPage* m_validation = nullptr;
    ImportRunPage* m_run = nullptr;
};

} // namespace fraudlens::ui
