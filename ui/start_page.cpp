#include "start_page.h"

#include "icons.h"

#include "recent_files.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fraudlens::ui {

namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kPresentRole = Qt::UserRole + 1;

} // namespace

StartPage::StartPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->setSpacing(12);

    auto* name = new QLabel(tr("FraudLens"), this);
    name->setObjectName(QStringLiteral("appName"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 2.0);
    nameFont.setBold(true);
    name->setFont(nameFont);
    layout->addWidget(name);
    auto* purpose = new QLabel(tr("Find, explain and work the suspicious transactions, accounts and rings in your "
                                  "e-commerce data."), this);
    purpose->setObjectName(QStringLiteral("purpose"));
    purpose->setWordWrap(true);
    layout->addWidget(purpose);
    layout->addSpacing(16);

    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open database…"), this);
    open->setObjectName(QStringLiteral("openButton"));
    open->setIcon(icons::get("action-open"));
    auto* import = new QPushButton(tr("Import CSV…"), this);
    import->setObjectName(QStringLiteral("importButton"));
    import->setIcon(icons::get("action-import"));
    auto* demo = new QPushButton(tr("Open demo"), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    demo->setIcon(icons::get("action-demo"));
    demo->setToolTip(tr("Build (once) and score a labelled demo data set, then open its alert queue"));
    buttons->addWidget(open);
    buttons->addWidget(import);
    buttons->addWidget(demo);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addSpacing(16);

    auto* recentTitle = new QLabel(tr("Recent databases"), this);
    QFont titleFont = recentTitle->font();
    titleFont.setBold(true);
    recentTitle->setFont(titleFont);
    layout->addWidget(recentTitle);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setContextMenuPolicy(Qt::CustomContextMenu);
    recentTitle->setBuddy(m_recent);
    layout->addWidget(m_recent, 1);
    m_recentNote = new QLabel(this);
    m_recentNote->setObjectName(QStringLiteral("recentNote"));
    m_recentNote->setWordWrap(true);
    layout->addWidget(m_recentNote);

    connect(open, &QPushButton::clicked, this, &StartPage::chooseDatabase);
    connect(import, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    // Double-click and Enter both activate an item.
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::activate);
    connect(m_recent, &QListWidget::customContextMenuRequested, this, &StartPage::showContextMenu);
    auto* remove = new QShortcut(QKeySequence::Delete, m_recent, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &StartPage::removeCurrent);
    connect(&m_check, &QFutureWatcher<RecentFileCheck>::finished, this, [this] {
        const RecentFileCheck check = m_check.result();
        // A check started before the last refresh() describes a list no longer shown.
        if (check.paths != m_shown)
            return;
        fill(check);
        Q_EMIT loaded();
    });
}

void StartPage::refresh()
{
    m_shown = RecentFiles::list();
    // Shown at once; greyed once the check (a stat per file, which can hang on a lost
    // network mount) comes back.
    fill(RecentFileCheck{m_shown, QList<bool>(m_shown.size(), true)});
    m_check.setFuture(QtConcurrent::run([paths = m_shown] {
        RecentFileCheck check{paths, {}};
        check.present.reserve(paths.size());
        for (const QString& path : paths)
            check.present.append(QFileInfo::exists(path));
        return check;
    }));
}

void StartPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void StartPage::fill(const RecentFileCheck& check)
{
    const QStringList& paths = check.paths;
    const QString current = m_recent->currentItem() ? m_recent->currentItem()->data(kPathRole).toString() : QString();
    m_recent->clear();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString& path = paths.at(i);
        const bool exists = i < check.present.size() && check.present.at(i);
        const QString name = QFileInfo(path).fileName();
        const QString shown = QDir::toNativeSeparators(path);
        auto* item = new QListWidgetItem(exists ? tr("%1 — %2").arg(name, shown) : tr("%1 — %2 (missing)").arg(name, shown),
                                         m_recent);
        item->setData(kPathRole, path);
        item->setData(kPresentRole, exists);
        item->setToolTip(shown);
        if (!exists)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (path == current)
            m_recent->setCurrentItem(item);
    }
    if (!m_recent->currentItem() && m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    m_recentNote->setText(paths.isEmpty() ? tr("No recent databases yet: open one, import a CSV file, or try the demo.")
                                          : QString());
}

void StartPage::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                                      tr("FraudLens databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openRequested(path);
}

void StartPage::activate(QListWidgetItem* item)
{
    if (!item)
        return;
    if (!item->data(kPresentRole).toBool()) {
        m_recentNote->setText(tr("%1 is no longer there. Press Delete to remove it from the list.")
                                  .arg(QDir::toNativeSeparators(item->data(kPathRole).toString())));
        return;
    }
    Q_EMIT openRequested(item->data(kPathRole).toString());
}

void StartPage::showContextMenu(const QPoint& position)
{
    QListWidgetItem* item = m_recent->itemAt(position);
    if (!item)
        return;
    m_recent->setCurrentItem(item);
    QMenu menu(this);
    QAction* open = menu.addAction(tr("Open"));
    open->setEnabled(item->data(kPresentRole).toBool());
    connect(open, &QAction::triggered, this, [this, item] { activate(item); });
    menu.addAction(tr("Remove from list"), this, &StartPage::removeCurrent);
    menu.exec(m_recent->viewport()->mapToGlobal(position));
}

void StartPage::removeCurrent()
{
    if (QListWidgetItem* item = m_recent->currentItem()) {
        RecentFiles::remove(item->data(kPathRole).toString());
        refresh();
    }
}

} // namespace fraudlens::ui
