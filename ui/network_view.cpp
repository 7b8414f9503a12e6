#include "network_view.h"

#include "cases/link_graph_query.h"
#include "graph_node_item.h"
#include "network_canvas.h"
#include "network_legend.h"
#include "network_scene.h"
#include "ring_list_panel.h"
#include "workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStringList>
#include <QToolButton>
#include <QVBoxLayout>

namespace fraudlens::ui {

namespace {

constexpr int kEgoDepth = 1;
constexpr std::size_t kEgoMaxNodes = 500;
constexpr std::size_t kExpandLimit = 100;

} // namespace

NetworkView::NetworkView(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
{
    buildLayout();
    connectSignals();
    updateHeader();
    updateActions();
    if (m_workspace.isOpen())
        onOpened();
    else
        setMessage(tr("No database is open."));
}

NetworkView::~NetworkView()
{
    // The scene clears its items as it is deleted, after this view's own part is gone, and
    // would signal a selection change to it.
    m_scene->disconnect(this);
}

void NetworkView::buildLayout()
{
    m_rings = new RingListPanel(m_workspace, this);

    m_scene = new NetworkScene(this);
    m_canvas = new NetworkCanvas(this);
    m_canvas->setObjectName(QStringLiteral("networkCanvas"));
    m_canvas->setScene(m_scene);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("graphTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("graphCount"));
    m_expandButton = new QToolButton(this);
    m_expandButton->setObjectName(QStringLiteral("expandButton"));
    m_expandButton->setText(tr("Expand neighbours"));
    m_expandButton->setToolTip(tr("Add the selected node's neighbours to the picture"));
    m_fitButton = new QToolButton(this);
    m_fitButton->setObjectName(QStringLiteral("fitButton"));
    m_fitButton->setText(tr("Fit to view"));
    m_fitButton->setToolTip(tr("Show the whole picture"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(m_expandButton);
    bar->addWidget(m_fitButton);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("networkMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("graphNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_canvas, 1);
    rightLayout->addWidget(m_note);
    rightLayout->addWidget(new NetworkLegend(right));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_rings);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 800});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void NetworkView::connectSignals()
{
    connect(&m_workspace, &Workspace::opened, this, &NetworkView::onOpened);
    connect(&m_workspace, &Workspace::closed, this, &NetworkView::onClosed);
    connect(&m_workspace, &Workspace::dataChanged, this, &NetworkView::onDataChanged);
    connect(m_rings, &RingListPanel::ringPicked, this, &NetworkView::showRing);
    connect(m_rings, &RingListPanel::reloaded, this, &NetworkView::onRingsReloaded);
    connect(m_scene, &NetworkScene::accountActivated, &m_workspace, &Workspace::requestAccount);
    connect(m_scene, &NetworkScene::nodeMenuRequested, this, &NetworkView::showNodeMenu);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &NetworkView::updateActions);
    connect(m_fitButton, &QToolButton::clicked, m_canvas, &NetworkCanvas::fitGraph);
    connect(m_expandButton, &QToolButton::clicked, this, [this] {
        if (GraphNodeItem* node = m_scene->selectedNode())
            expandNode(node->index());
    });
}

void NetworkView::show(qint64 accountId, qint64 ringId)
{
    if (ringId > 0)
        showRing(ringId);
    else
        showAccount(accountId);
}

void NetworkView::showRing(qint64 ringId)
{
    m_subject = {0, ringId};
    loadGraph();
}

void NetworkView::showAccount(qint64 accountId)
{
    m_subject = {accountId, 0};
    loadGraph();
}

void NetworkView::onOpened()
{
    ++m_graphRequest;
    m_subject = {};
    m_expanding = false;
    m_announcedList = false;
    m_scene->clearGraph();
    m_rings->clear();
    setMessage(tr("Pick a ring on the left, or open an account's network from its page."));
    updateHeader();
    updateActions();
    m_rings->reload();
}

void NetworkView::onClosed()
{
    ++m_graphRequest;
    m_subject = {};
    m_expanding = false;
    m_scene->clearGraph();
    m_rings->clear();
    setMessage(tr("No database is open."));
    updateHeader();
    updateActions();
}

void NetworkView::onDataChanged(DataChanges what)
{
    if (!(what & (DataChange::Scores | DataChange::Accounts | DataChange::Alerts)))
        return;
    m_rings->reload();
    if (!m_subject.isSet())
        return;
    // A scoring run replaces the rings and their ids: the picture is read afresh (and
    // says so when its ring is gone). Decisions only change how accounts look.
    if (what & DataChange::Scores)
        loadGraph();
    else if (!m_scene->isEmpty())
        refreshAccounts();
}

void NetworkView::onRingsReloaded()
{
    updateHeader();
    if (!m_announcedList && !m_subject.isSet()) {
        m_announcedList = true;
        Q_EMIT loaded();
    }
}

void NetworkView::loadGraph()
{
    const Subject subject = m_subject;
    const quint64 request = ++m_graphRequest;
    m_expanding = false;
    setMessage(tr("Reading the network…"));
    m_rings->setCurrentRing(subject.ringId);
    updateActions();
    m_workspace.read<cases::LinkGraph>(
        this,
        [subject](store::Database& db) {
            // The layout runs here too, off the UI thread.
            cases::LinkGraphQuery query(db);
            return subject.ringId > 0 ? query.ring(subject.ringId)
                                      : query.egoNetwork(subject.accountId, kEgoDepth, kEgoMaxNodes);
        },
        [this, request](cases::LinkGraph graph) {
            if (request != m_graphRequest)
                return;
            m_scene->setGraph(std::move(graph));
            m_canvas->fitGraph();
            setMessage(QString());
            updateHeader();
            updateActions();
            Q_EMIT loaded();
        },
        [this, request](const QString& message) {
            if (request != m_graphRequest)
                return;
            m_scene->clearGraph();
            setMessage(tr("The network could not be shown: %1").arg(message));
            updateHeader();
            updateActions();
        });
}

void NetworkView::expandNode(int nodeIndex)
{
    if (m_expanding || !m_scene->nodeItem(nodeIndex))
        return;
    m_expanding = true;
    updateActions();
    const quint64 request = m_graphRequest;
    const cases::LinkGraph graph = m_scene->graph();
    m_workspace.read<cases::LinkGraphGrowth>(
        this,
        [graph, nodeIndex](store::Database& db) {
            return cases::LinkGraphQuery(db).expand(graph, static_cast<std::size_t>(nodeIndex), kExpandLimit);
        },
        [this, request](cases::LinkGraphGrowth growth) {
            if (request != m_graphRequest)
                return;
            m_expanding = false;
            const bool grew = !growth.nodes.empty() || !growth.edges.empty();
            if (!m_scene->grow(growth))
                setMessage(tr("The picture changed while its neighbours were read; expand the node again."));
            else
                setMessage(grew ? QString() : tr("Every neighbour of this node is already shown."));
            updateHeader();
            updateActions();
            Q_EMIT loaded();
        },
        [this, request](const QString& message) {
            if (request != m_graphRequest)
                return;
            m_expanding = false;
            setMessage(tr("The neighbours could not be read: %1").arg(message));
            updateActions();
        });
}

void NetworkView::refreshAccounts()
{
    const quint64 request = m_graphRequest;
    const cases::LinkGraph graph = m_scene->graph();
    m_workspace.read<cases::LinkGraph>(
        this,
        [graph](store::Database& db) {
            cases::LinkGraph refreshed = graph;
            cases::LinkGraphQuery(db).refreshAccounts(refreshed);
            return refreshed;
        },
        [this, request](cases::LinkGraph refreshed) {
            if (request != m_graphRequest)
                return;
            m_scene->refreshAccounts(refreshed);
            Q_EMIT loaded();
        },
        [this, request](const QString& message) {
            if (request == m_graphRequest)
                setMessage(tr("The accounts could not be re-read: %1").arg(message));
        });
}

void NetworkView::showNodeMenu(int nodeIndex, const QPoint& screenPos)
{
    const GraphNodeItem* item = m_scene->nodeItem(nodeIndex);
    if (!item)
        return;
    const cases::LinkNode node = item->node();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (node.isAccount()) {
        const qint64 accountId = node.accountId;
        connect(menu->addAction(tr("Open account")), &QAction::triggered, this,
                [this, accountId] { m_workspace.requestAccount(accountId); });
        if (accountId != m_scene->graph().centreAccountId)
            connect(menu->addAction(tr("Show this account's network")), &QAction::triggered, this,
                    [this, accountId] { showAccount(accountId); });
        const qint64 ringId = node.ringId;
        if (ringId > 0 && ringId != m_subject.ringId)
            connect(menu->addAction(tr("Show ring %1").arg(ringId)), &QAction::triggered, this,
                    [this, ringId] { showRing(ringId); });
        menu->addSeparator();
    }
    QAction* expand = menu->addAction(tr("Expand neighbours"));
    expand->setEnabled(!m_expanding);
    // The index means nothing once another picture replaced this one.
    const quint64 request = m_graphRequest;
    connect(expand, &QAction::triggered, this, [this, nodeIndex, request] {
        if (request == m_graphRequest)
            expandNode(nodeIndex);
    });
    menu->popup(screenPos);
}

void NetworkView::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void NetworkView::updateHeader()
{
    const cases::LinkGraph& graph = m_scene->graph();
    if (m_scene->isEmpty()) {
        m_title->setText(tr("Network"));
        m_count->clear();
        m_note->hide();
        return;
    }
    const int accounts = m_scene->accountItemCount();
    if (graph.ringId > 0) {
        const QString score = m_rings->scoreText(graph.ringId);
        m_title->setText(!score.isEmpty()
                             ? tr("Ring %1 · score %2 · %n account(s)", nullptr, accounts).arg(graph.ringId).arg(score)
                             : tr("Ring %1 · %n account(s)", nullptr, accounts).arg(graph.ringId));
    } else {
        QString centre = QLocale().toString(graph.centreAccountId);
        for (const cases::LinkNode& node : graph.nodes)
            if (node.isAccount() && node.accountId == graph.centreAccountId)
                centre = QString::fromStdString(node.label);
        m_title->setText(tr("Network of account %1").arg(centre));
    }
    m_count->setText(tr("Nodes: %1 · Links: %2")
                         .arg(QLocale().toString(m_scene->nodeCount()), QLocale().toString(m_scene->edgeCount())));

    QStringList notes;
    if (graph.truncated)
        notes << tr("Some neighbours are left out to keep the picture readable.");
    if (graph.hiddenEntities > 0)
        notes << tr("%n entities shared by more than %1 accounts are left out.", nullptr, graph.hiddenEntities)
                     .arg(cases::LinkGraphQuery::kMaxAccountsPerEntity);
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

void NetworkView::updateActions()
{
    m_expandButton->setEnabled(!m_expanding && m_scene->selectedNode() != nullptr);
    m_fitButton->setEnabled(!m_scene->isEmpty());
}

} // namespace fraudlens::ui
