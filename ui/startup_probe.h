#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace fraudlens::ui {

class MainWindow;

// `fraudlens --measure-startup`: prints how long the window took to paint for the first
// time and to show the alert queue's first page, then quits. For tests/bench only; the
// clock starts when the QApplication exists; epoch times let a bench count from the
// process start.
class StartupProbe : public QObject {
    Q_OBJECT
public:
    StartupProbe(MainWindow& window, QElapsedTimer clock);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    MainWindow& m_window;
    QElapsedTimer m_clock;
    qint64 m_firstPaintMs = -1;
    qint64 m_queueMs = -1;
    qint64 m_firstPaintEpochMs = -1;
    qint64 m_queueEpochMs = -1;
};

} // namespace fraudlens::ui
