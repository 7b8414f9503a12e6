#pragma once

#include "csv_preview_loader.h"

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;
class QTableView;

namespace fraudlens::ui {

class TextTableModel;
class Workspace;
struct ImportDraft;

// The wizard's first page: which CSV file, into which database, and a look at the file's
// first rows (parsed off the UI thread) so the user knows it is the right one.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    ImportFilePage(ImportDraft& draft, Workspace& workspace, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    // The preview of the current file (or why it cannot be read) is on screen.
    void previewLoaded();

private:
    void csvPathChanged();
    void showPreview(const CsvPreview& preview);
    void browseCsv();
    void browseDatabase();
    QString targetPath() const;

    ImportDraft& m_draft;
    Workspace& m_workspace;
    CsvPreviewLoader m_loader;
    QTimer m_debounce;
    CsvPreview m_preview;
    QLineEdit* m_csvPath = nullptr;
    QRadioButton* m_openDatabase = nullptr;
    QRadioButton* m_otherDatabase = nullptr;
    QLineEdit* m_databasePath = nullptr;
    QLabel* m_previewStatus = nullptr;
    QTableView* m_previewTable = nullptr;
    TextTableModel* m_previewModel = nullptr;
};

} // namespace fraudlens::ui
