#include "startup_probe.h"

#include "alert_queue_view.h"
#include "main_window.h"
#include "models/torch_runtime.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace fraudlens::ui {

namespace {

constexpr int kGiveUpMs = 60000;

}

StartupProbe::StartupProbe(MainWindow& window, QElapsedTimer clock)
    : QObject(&window), m_window(window), m_clock(clock)
{
    // The first paint of any widget of the window is the first thing the user sees.
    qApp->installEventFilter(this);
    connect(window.alertQueue(), &AlertQueueView::loaded, this, [this] {
        if (m_queueMs < 0) {
            m_queueMs = m_clock.elapsed();
            m_queueEpochMs = QDateTime::currentMSecsSinceEpoch();
            report();
        }
    });
    QTimer::singleShot(kGiveUpMs, this, &StartupProbe::report);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_firstPaintMs < 0 && watched->isWidgetType()) {
        m_firstPaintMs = m_clock.elapsed();
        m_firstPaintEpochMs = QDateTime::currentMSecsSinceEpoch();
        qApp->removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    // Epoch times too, so a bench can count from the moment it started the process
    // (loading Qt, LibTorch and the rest happens before QApplication exists).
    // Whether opening the window loaded LibTorch: it should not until something trains or scores.
    std::printf("first_paint_ms %lld\nalert_queue_ms %lld\nfirst_paint_epoch_ms %lld\nalert_queue_epoch_ms %lld\n"
                "model_runtime_loaded %d\n",
                static_cast<long long>(m_firstPaintMs), static_cast<long long>(m_queueMs),
                static_cast<long long>(m_firstPaintEpochMs), static_cast<long long>(m_queueEpochMs),
                models::TorchRuntime::loaded() ? 1 : 0);
    std::fflush(stdout);
    QApplication::exit(m_firstPaintMs >= 0 && m_queueMs >= 0 ? 0 : 1);
}

} // namespace fraudlens::ui
