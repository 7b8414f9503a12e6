#include "graph_node_item.h"
#include "network_scene.h"
#include "network_view.h"
#include "ring_list_model.h"
#include "scored_demo.h"
#include "workspace.h"

#include "store/database.h"
#include "store/statement.h"

#include <QAbstractItemModelTester>
#include <QGraphicsView>
#include <QLabel>
#include <QLineF>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using fraudlens::ui::GraphNodeItem;
using fraudlens::ui::NetworkView;
using fraudlens::ui::RingListModel;
using fraudlens::ui::Workspace;

namespace {

constexpr int kTimeout = 20000;

} // namespace

class TestNetworkView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsRingsByScore();
    void clickingARingShowsItsMembers();
    void expandingANodeAddsItems();
    void doubleClickOpensTheAccount();
    void showsAnAccountsNetworkWhenAsked();

private:
    int ringSize(qint64 ringId);
    // A view on the demo, shown, with its ring list read.
    void open(Workspace& workspace, NetworkView& view);

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_topRing = 0;
};

void TestNetworkView::initTestCase()
{
    m_db = fraudlens::testing::buildScoredDemo(m_dir);
    QVERIFY(!m_db.isEmpty());
    fraudlens::store::Database db(m_db.toStdString(), fraudlens::store::OpenMode::ReadOnly);
    fraudlens::store::Statement top(db, "SELECT id FROM rings ORDER BY score DESC, id LIMIT 1");
    QVERIFY(top.step());
    m_topRing = top.columnInt(0);
}

int TestNetworkView::ringSize(qint64 ringId)
{
    fraudlens::store::Database db(m_db.toStdString(), fraudlens::store::OpenMode::ReadOnly);
    fraudlens::store::Statement count(db, "SELECT COUNT(*) FROM ring_members WHERE ring_id = ?");
    count.bind(1, static_cast<std::int64_t>(ringId));
    count.step();
    return static_cast<int>(count.columnInt(0));
}

void TestNetworkView::open(Workspace& workspace, NetworkView& view)
{
    QSignalSpy loaded(&view, &NetworkView::loaded);
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    workspace.open(m_db);
    auto* rings = view.findChild<QTableView*>(QStringLiteral("ringList"));
    QVERIFY(rings);
    QTRY_VERIFY_WITH_TIMEOUT(rings->model()->rowCount() > 0, kTimeout);
    // Once, for the list, while no picture was asked for.
    QTRY_COMPARE(loaded.count(), 1);
}

void TestNetworkView::listsRingsByScore()
{
    Workspace workspace;
    NetworkView view(workspace);
    QAbstractItemModel* model = view.findChild<QTableView*>(QStringLiteral("ringList"))->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    open(workspace, view);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(model->index(0, RingListModel::RingColumn).data(RingListModel::RingIdRole).toLongLong(), m_topRing);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, RingListModel::ScoreColumn).data(RingListModel::SortRole).toDouble()
                >= model->index(row, RingListModel::ScoreColumn).data(RingListModel::SortRole).toDouble());
    QVERIFY(!model->index(0, RingListModel::SharedColumn).data().toString().isEmpty());
    QCOMPARE(view.scene()->nodeCount(), 0);
}

void TestNetworkView::clickingARingShowsItsMembers()
{
    Workspace workspace;
    NetworkView view(workspace);
    open(workspace, view);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy loaded(&view, &NetworkView::loaded);
    auto* rings = view.findChild<QTableView*>(QStringLiteral("ringList"));
    const QModelIndex first = rings->model()->index(0, RingListModel::SizeColumn);
    QTest::mouseClick(rings->viewport(), Qt::LeftButton, {}, rings->visualRect(first).center());
    QTRY_COMPARE_WITH_TIMEOUT(view.scene()->accountItemCount(), ringSize(m_topRing), kTimeout);
    QCOMPARE(view.scene()->graph().ringId, m_topRing);
    QVERIFY(view.scene()->nodeCount() > view.scene()->accountItemCount());
    QVERIFY(view.scene()->edgeCount() > 0);
    QCOMPARE(loaded.count(), 1);
    auto* count = view.findChild<QLabel*>(QStringLiteral("graphCount"));
    QVERIFY(count && !count->text().isEmpty());
    // Small pictures name their accounts.
    if (view.scene()->nodeCount() < fraudlens::ui::NetworkScene::kLabelledNodeLimit)
        QVERIFY(!view.scene()->nodeItem(0)->node().label.empty());
}

void TestNetworkView::expandingANodeAddsItems()
{
    Workspace workspace;
    NetworkView view(workspace);
    open(workspace, view);
    if (QTest::currentTestFailed())
        return;
    view.showRing(m_topRing);
    QTRY_COMPARE_WITH_TIMEOUT(view.scene()->accountItemCount(), ringSize(m_topRing), kTimeout);
    const int itemsBefore = view.scene()->items().size();
    const int nodesBefore = view.scene()->nodeCount();
    auto* expand = view.findChild<QToolButton*>(QStringLiteral("expandButton"));
    QVERIFY(expand);
    QVERIFY(!expand->isEnabled());
    GraphNodeItem* account = view.scene()->nodeItem(0);
    QVERIFY(account && account->node().isAccount());
    account->setSelected(true);
    QTRY_VERIFY(expand->isEnabled());
    QSignalSpy loaded(&view, &NetworkView::loaded);
    QTest::mouseClick(expand, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
    QVERIFY(view.scene()->nodeCount() > nodesBefore);
    QVERIFY(view.scene()->items().size() > itemsBefore);
    // The new nodes sit around the expanded one, not on top of the picture's origin.
    for (int i = nodesBefore; i < view.scene()->nodeCount(); ++i)
        QVERIFY(QLineF(view.scene()->nodeItem(i)->pos(), account->pos()).length() > 30.0);
}

void TestNetworkView::doubleClickOpensTheAccount()
{
    Workspace workspace;
    NetworkView view(workspace);
    open(workspace, view);
    if (QTest::currentTestFailed())
        return;
    view.showRing(m_topRing);
    QTRY_COMPARE_WITH_TIMEOUT(view.scene()->accountItemCount(), ringSize(m_topRing), kTimeout);
    auto* canvas = view.findChild<QGraphicsView*>(QStringLiteral("networkCanvas"));
    QVERIFY(canvas);
    // An account node that nothing covers where it is drawn.
    GraphNodeItem* target = nullptr;
    QPoint where;
    for (GraphNodeItem* item : view.scene()->nodeItems()) {
        const QPoint point = canvas->mapFromScene(item->scenePos());
        if (item->node().isAccount() && canvas->viewport()->rect().contains(point) && canvas->itemAt(point) == item) {
            target = item;
            where = point;
            break;
        }
    }
    QVERIFY(target);
    QSignalSpy requested(&workspace, &Workspace::accountRequested);
    QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, where);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), static_cast<qint64>(target->node().accountId));
}

void TestNetworkView::showsAnAccountsNetworkWhenAsked()
{
    Workspace workspace;
    NetworkView view(workspace);
    connect(&workspace, &Workspace::networkRequested, &view, qOverload<qint64, qint64>(&NetworkView::show));
    open(workspace, view);
    if (QTest::currentTestFailed())
        return;
    fraudlens::store::Database db(m_db.toStdString(), fraudlens::store::OpenMode::ReadOnly);
    fraudlens::store::Statement member(db, "SELECT MIN(account_id) FROM ring_members WHERE ring_id = ?");
    member.bind(1, static_cast<std::int64_t>(m_topRing));
    QVERIFY(member.step());
    const qint64 accountId = member.columnInt(0);

    QSignalSpy loaded(&view, &NetworkView::loaded);
    workspace.requestNetwork(accountId, 0);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeout);
    QCOMPARE(view.scene()->graph().centreAccountId, accountId);
    QCOMPARE(view.scene()->nodeItem(0)->node().accountId, static_cast<std::int64_t>(accountId));
    QVERIFY(view.scene()->nodeCount() <= 500);
    QVERIFY(view.scene()->accountItemCount() >= 2);

    workspace.requestNetwork(accountId, m_topRing);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kTimeout);
    QCOMPARE(view.scene()->graph().ringId, m_topRing);
    QCOMPARE(view.scene()->accountItemCount(), ringSize(m_topRing));
}

QTEST_MAIN(TestNetworkView)
#include "test_network_view.moc"
