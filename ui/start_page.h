#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace fraudlens::ui {

// Which of the recent files still exist, as found off the UI thread.
struct RecentFileCheck {
    QStringList paths;
    QList<bool> present;
};

// What the window shows while no database is open: what FraudLens is for, the databases
// opened lately, and the three ways in (open, import, demo).
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

public Q_SLOTS:
    // Rereads the recent files and checks, off the UI thread, which of them are gone.
    // Runs each time the page is shown.
    void refresh();

Q_SIGNALS:
    // An existing file the user picked from the list or the file dialog.
    void openRequested(const QString& path);
    void importRequested();
    void demoRequested();
    // The recent list is on screen with its missing files marked.
    void loaded();

protected:
    // The list changes while the page is hidden (a database opened, a file deleted).
    void showEvent(QShowEvent* event) override;

private:
    void fill(const RecentFileCheck& check);
    void chooseDatabase();
    void activate(QListWidgetItem* item);
    void showContextMenu(const QPoint& position);
    void removeCurrent();

    QListWidget* m_recent = nullptr;
    QLabel* m_recentNote = nullptr;
    QFutureWatcher<RecentFileCheck> m_check;
    QStringList m_shown;
};

} // namespace fraudlens::ui
