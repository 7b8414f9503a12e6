#include "screenshot_director.h"

#include "account_view.h"
#include "alert_queue_view.h"
#include "audit_view.h"
#include "dashboard_view.h"
#include "models_view.h"
#include "network_scene.h"
#include "network_view.h"
#include "workspace.h"

#include "store/database.h"
#include "store/statement.h"

#include <QApplication>

#include <cstdio>
#include <utility>

namespace fraudlens::ui {

namespace {

// Data can arrive in several steps (a list, then a chart); the picture is taken once
// the view has been quiet this long.
constexpr int kQuietMs = 400;
constexpr int kDeadlineMs = 60000;

struct Focus {
    qint64 accountId = 0;
    qint64 ringId = 0;
};

} // namespace

ScreenshotDirector::ScreenshotDirector(MainWindow& window, QString target, MainWindow::View view)
    : QObject(&window), m_window(window), m_target(std::move(target)), m_view(view)
{
    m_quiet.setSingleShot(true);
    // A ring list comes before its picture, an account's header before its chart.
    const bool twoStep = view == MainWindow::View::Account || view == MainWindow::View::Network;
    m_quiet.setInterval(twoStep ? 3 * kQuietMs : kQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &ScreenshotDirector::capture);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kDeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(tr("the view did not finish loading within %1 s").arg(kDeadlineMs / 1000)); });
}

template <class ViewType>
void ScreenshotDirector::watch(ViewType* view)
{
    connect(view, &ViewType::loaded, this, &ScreenshotDirector::viewLoaded);
}

void ScreenshotDirector::run(const QString& databasePath)
{
    m_deadline.start();
    if (databasePath.isEmpty()) {
        m_quiet.start();
        return;
    }
    switch (m_view) {
    case MainWindow::View::Dashboard: watch(static_cast<DashboardView*>(m_window.viewWidget(m_view))); break;
    case MainWindow::View::Alerts:
        watch(m_window.alertQueue());
        connect(m_window.alertQueue(), &AlertQueueView::alertShown, this, &ScreenshotDirector::viewLoaded);
        break;
    case MainWindow::View::Account: watch(m_window.accountView()); break;
    case MainWindow::View::Network: watch(m_window.networkView()); break;
    case MainWindow::View::Models: watch(static_cast<ModelsView*>(m_window.viewWidget(m_view))); break;
    case MainWindow::View::Audit: watch(static_cast<AuditView*>(m_window.viewWidget(m_view))); break;
    }
    connect(&m_window, &MainWindow::databaseOpened, this, &ScreenshotDirector::prepareView);
    connect(&m_window, &MainWindow::databaseFailed, this, &ScreenshotDirector::fail);
    m_window.openDatabase(databasePath, m_view);
}

void ScreenshotDirector::prepareView()
{
    if (m_view != MainWindow::View::Account && m_view != MainWindow::View::Network)
        return;
    // The most telling account and ring: the top open alert's, else the top ring's.
    m_window.workspace().read<Focus>(
        this,
        [](store::Database& db) {
            Focus focus;
            store::Statement alert(db, "SELECT account_id, COALESCE(ring_id, 0) FROM alerts "
                                       "ORDER BY (status IN ('new', 'in_review', 'escalated')) DESC, priority DESC LIMIT 1");
            if (alert.step()) {
                focus.accountId = alert.columnInt(0);
                focus.ringId = alert.columnInt(1);
            }
            store::Statement ring(db, "SELECT id FROM rings ORDER BY score DESC LIMIT 1");
            if (ring.step() && focus.ringId == 0)
                focus.ringId = ring.columnInt(0);
            return focus;
        },
        [this](Focus focus) {
            Workspace& workspace = m_window.workspace();
            m_requested = true;
            if (m_view == MainWindow::View::Account && focus.accountId > 0)
                workspace.requestAccount(focus.accountId);
            else if (m_view == MainWindow::View::Network)
                workspace.requestNetwork(focus.accountId, focus.ringId);
            else
                fail(tr("the database has no alerts to show an account from"));
        },
        [this](const QString& message) { fail(message); });
}

void ScreenshotDirector::viewLoaded()
{
    m_quiet.start();
}

bool ScreenshotDirector::viewReady() const
{
    // A ring list or an account header can be quiet before the picture or chart arrives.
    switch (m_view) {
    case MainWindow::View::Account: return m_window.accountView()->accountId() > 0 && m_requested;
    case MainWindow::View::Network: return m_requested && !m_window.networkView()->scene()->items().isEmpty();
    default: return true;
    }
}

void ScreenshotDirector::capture()
{
    if (m_done)
        return;
    if (!viewReady()) {
        m_quiet.start();
        return;
    }
    m_done = true;
    const bool saved = m_window.grab().save(m_target);
    if (!saved)
        std::fprintf(stderr, "fraudlens: cannot write %s\n", qPrintable(m_target));
    QApplication::exit(saved ? 0 : 1);
}

void ScreenshotDirector::fail(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "fraudlens: no screenshot: %s\n", qPrintable(message));
    QApplication::exit(1);
}

} // namespace fraudlens::ui
