#pragma once

#include "main_window.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace fraudlens::ui {

// `fraudlens --screenshot FILE.png --view NAME`: opens the database, brings the view to
// a telling state (the top alert's account, the top ring), waits until its data is on
// screen and quiet, saves the window as a PNG and quits with 0 (1 on any failure).
class ScreenshotDirector : public QObject {
    Q_OBJECT
public:
    ScreenshotDirector(MainWindow& window, QString target, MainWindow::View view);

    // path empty: the start page.
    void run(const QString& databasePath);

private:
    template <class ViewType>
    void watch(ViewType* view);
    void prepareView();
    void viewLoaded();
    bool viewReady() const;
    void capture();
    void fail(const QString& message);

    MainWindow& m_window;
    QString m_target;
    MainWindow::View m_view;
    QTimer m_quiet;
    QTimer m_deadline;
    bool m_done = false;
    bool m_requested = false; // the account or ring to show has been asked for
};

} // namespace fraudlens::ui
