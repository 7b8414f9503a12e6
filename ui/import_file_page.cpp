#include "import_file_page.h"

#include "import_draft.h"
#include "text_table_model.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fraudlens::ui {

namespace {

constexpr int kDebounceMs = 250;

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case '\t':
        return ImportFilePage::tr("tab");
    case ',':
    case ';':
    case '|':
        return QStringLiteral("\"%1\"").arg(QLatin1Char(delimiter));
    default:
        return ImportFilePage::tr("detected");
    }
}

} // namespace

ImportFilePage::ImportFilePage(ImportDraft& draft, Workspace& workspace, QWidget* parent)
    : QWizardPage(parent), m_draft(draft), m_workspace(workspace)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("Pick the CSV file of transactions and the database to import it into."));

    auto* grid = new QGridLayout;
    auto* csvLabel = new QLabel(tr("&CSV file:"), this);
    m_csvPath = new QLineEdit(this);
    m_csvPath->setObjectName(QStringLiteral("csvPathEdit"));
    csvLabel->setBuddy(m_csvPath);
    auto* csvBrowse = new QPushButton(tr("Browse…"), this);
    csvBrowse->setObjectName(QStringLiteral("csvBrowseButton"));
    grid->addWidget(csvLabel, 0, 0);
    grid->addWidget(m_csvPath, 0, 1);
    grid->addWidget(csvBrowse, 0, 2);

    grid->addWidget(new QLabel(tr("Import into:"), this), 1, 0);
    m_openDatabase = new QRadioButton(this);
    m_openDatabase->setObjectName(QStringLiteral("openDatabaseRadio"));
    if (m_workspace.isOpen())
        m_openDatabase->setText(tr("The open database (%1)").arg(QFileInfo(m_workspace.path()).fileName()));
    else
        m_openDatabase->setText(tr("The open database (none is open)"));
    m_openDatabase->setEnabled(m_workspace.isOpen());
    grid->addWidget(m_openDatabase, 1, 1, 1, 2);
    m_otherDatabase = new QRadioButton(tr("A database file, created if it does not exist:"), this);
    m_otherDatabase->setObjectName(QStringLiteral("otherDatabaseRadio"));
    grid->addWidget(m_otherDatabase, 2, 1, 1, 2);
    m_databasePath = new QLineEdit(this);
    m_databasePath->setObjectName(QStringLiteral("databasePathEdit"));
    auto* databaseBrowse = new QPushButton(tr("Browse…"), this);
    databaseBrowse->setObjectName(QStringLiteral("databaseBrowseButton"));
    grid->addWidget(m_databasePath, 3, 1);
    grid->addWidget(databaseBrowse, 3, 2);
    auto* targets = new QButtonGroup(this);
    targets->addButton(m_openDatabase);
    targets->addButton(m_otherDatabase);
    (m_workspace.isOpen() ? m_openDatabase : m_otherDatabase)->setChecked(true);

    m_previewStatus = new QLabel(tr("Choose a file to see its first rows."), this);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setWordWrap(true);
    m_previewModel = new TextTableModel(this);
    m_previewTable = new QTableView(this);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_previewStatus);
    layout->addWidget(m_previewTable, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { m_loader.load(m_csvPath->text().trimmed()); });
    connect(&m_loader, &CsvPreviewLoader::loaded, this, &ImportFilePage::showPreview);
    connect(m_csvPath, &QLineEdit::textChanged, this, &ImportFilePage::csvPathChanged);
    connect(csvBrowse, &QPushButton::clicked, this, &ImportFilePage::browseCsv);
    connect(databaseBrowse, &QPushButton::clicked, this, &ImportFilePage::browseDatabase);
    connect(m_databasePath, &QLineEdit::textChanged, this, [this] {
        if (!m_databasePath->text().isEmpty())
            m_otherDatabase->setChecked(true);
        Q_EMIT completeChanged();
    });
    connect(targets, &QButtonGroup::buttonToggled, this, &ImportFilePage::completeChanged);
}

bool ImportFilePage::isComplete() const
{
    const bool previewed = !m_preview.header.isEmpty() && m_preview.error.isEmpty()
        && m_preview.path == m_csvPath->text().trimmed();
    return previewed && !targetPath().isEmpty();
}

bool ImportFilePage::validatePage()
{
    m_draft.csvPath = m_preview.path;
    m_draft.dbPath = targetPath();
    m_draft.header = m_preview.header;
    m_draft.guessedMapping = m_preview.guess;
    return true;
}

void ImportFilePage::csvPathChanged()
{
    m_preview = CsvPreview{};
    m_previewModel->clear();
    const bool empty = m_csvPath->text().trimmed().isEmpty();
    m_previewStatus->setText(empty ? tr("Choose a file to see its first rows.") : tr("Reading the file…"));
    if (empty)
        m_debounce.stop();
    else
        m_debounce.start();
    Q_EMIT completeChanged();
}

void ImportFilePage::showPreview(const CsvPreview& preview)
{
    if (preview.path != m_csvPath->text().trimmed())
        return;
    m_preview = preview;
    if (!preview.error.isEmpty()) {
        m_previewModel->clear();
        m_previewStatus->setText(tr("This file cannot be read as CSV: %1").arg(preview.error));
    } else {
        m_previewModel->reset(preview.header, preview.rows);
        m_previewStatus->setText(tr("The first %n row(s) of %1, %2 columns, separated by %3:", nullptr,
                                    static_cast<int>(preview.rows.size()))
                                     .arg(QFileInfo(preview.path).fileName())
                                     .arg(preview.header.size())
                                     .arg(delimiterName(preview.guess.delimiter)));
    }
    Q_EMIT completeChanged();
    Q_EMIT previewLoaded();
}

void ImportFilePage::browseCsv()
{
    const QString start = m_csvPath->text().isEmpty() ? QDir::homePath() : QFileInfo(m_csvPath->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), start,
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_csvPath->setText(QDir::toNativeSeparators(path));
    // A new database next to the file is the likeliest wish when none is open.
    if (m_databasePath->text().isEmpty() && !m_workspace.isOpen()) {
        const QFileInfo csv(path);
        m_databasePath->setText(QDir::toNativeSeparators(csv.dir().filePath(csv.completeBaseName() + QStringLiteral(".db"))));
    }
}

void ImportFilePage::browseDatabase()
{
    const QString start = m_databasePath->text().isEmpty() ? QDir::homePath() : m_databasePath->text();
    // An existing database is a valid choice (the import adds to it), so no overwrite question.
    const QString path = QFileDialog::getSaveFileName(this, tr("Database to import into"), start,
                                                      tr("FraudLens databases (*.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_databasePath->setText(QDir::toNativeSeparators(path));
        m_otherDatabase->setChecked(true);
    }
}

QString ImportFilePage::targetPath() const
{
    if (m_openDatabase->isChecked())
        return m_workspace.isOpen() ? m_workspace.path() : QString();
    const QString path = m_databasePath->text().trimmed();
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath());
}

} // namespace fraudlens::ui
