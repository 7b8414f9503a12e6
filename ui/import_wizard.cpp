#include "import_wizard.h"

#include "app_settings.h"
#include "import_file_page.h"
#include "import_mapping_page.h"
#include "import_run_page.h"
#include "import_validation_page.h"
#include "workspace.h"

namespace fraudlens::ui {

ImportWizard::ImportWizard(Workspace& workspace, QWidget* parent) : QWizard(parent)
{
    setWindowTitle(tr("Import CSV"));
    setObjectName(QStringLiteral("importWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(820, 600);
    m_draft.actor = workspace.analyst().isEmpty() ? AppSettings().analyst() : workspace.analyst();

    m_file = new ImportFilePage(m_draft, workspace, this);
    m_mapping = new ImportMappingPage(m_draft, this);
    m_validation = new ImportValidationPage(m_draft, this);
    m_run = new ImportRunPage(m_draft, workspace, this);
    setPage(FilePageId, m_file);
    setPage(MappingPageId, m_mapping);
    setPage(ValidationPageId, m_validation);
    setPage(RunPageId, m_run);

    connect(m_run, &ImportRunPage::importEnded, this, [this](bool stored) {
        // Stored is final: "Cancel" would promise an undo that does not happen.
        setOption(QWizard::NoCancelButtonOnLastPage, stored);
    });
}

void ImportWizard::accept()
{
    if (m_run->stored())
        Q_EMIT importFinished(m_draft.dbPath, m_run->scoreNow());
    QWizard::accept();
}

void ImportWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    // Closing after the rows are stored is finishing: the caller still opens the database.
    if (m_run->stored()) {
        accept();
        return;
    }
    QWizard::reject();
}

} // namespace fraudlens::ui
