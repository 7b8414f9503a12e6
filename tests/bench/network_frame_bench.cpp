// Frame times of the network view with a big picture: the app's own NetworkScene and
// NetworkCanvas against a plain QGraphicsView drawing the same nodes and edges as default
// ellipse and line items, both in the same run on the same platform. Each frame is one
// synchronous repaint of a 1280x800 viewport after a pan or a zoom step, as a drag or a
// wheel notch makes. "Smooth" is a 95th percentile within 16.7 ms (60 frames a second).
// Not a test: it prints figures; the ctest entry runs it with a few frames only.
//
//   bench_network_frames [--nodes N[,N...]] [--frames F]   (QT_QPA_PLATFORM=offscreen or a display)
#include "cases/link_graph.h"
#include "cases/link_graph_query.h"
#include "network_canvas.h"
#include "graph_node_item.h"
#include "network_scene.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QScrollBar>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace fraudlens;

namespace {

// A fraud-ring-like picture: clusters of accounts sharing a few devices, IPs and cards,
// with some entities shared across clusters. Seven accounts in ten, as in real rings.
cases::LinkGraph syntheticGraph(int nodes, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    cases::LinkGraph graph;
    const int accounts = nodes * 7 / 10;
    const int entities = nodes - accounts;
    const int clusters = std::max(1, accounts / 14);
    for (int i = 0; i < accounts; ++i) {
        cases::LinkNode n;
        n.kind = cases::LinkNodeKind::Account;
        n.accountId = i + 1;
        n.value = n.label = std::to_string(100000 + i).insert(0, 1, 'A');
        n.scored = true;
        n.maxRisk = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        n.frozen = i % 17 == 0;
        n.confirmedFraud = i % 23 == 0;
        n.ringId = 1 + i % clusters;
        graph.nodes.push_back(n);
    }
    constexpr std::array kinds = {cases::LinkNodeKind::Device, cases::LinkNodeKind::Ip, cases::LinkNodeKind::Card,
                                  cases::LinkNodeKind::Email, cases::LinkNodeKind::Address};
    for (int i = 0; i < entities; ++i) {
        cases::LinkNode n;
        n.kind = kinds[static_cast<std::size_t>(i) % kinds.size()];
        n.value = n.label = std::string(cases::linkNodeKindName(n.kind)) + "-" + std::to_string(i);
        graph.nodes.push_back(n);
    }
    std::vector<int> users(static_cast<std::size_t>(entities), 0);
    std::uniform_int_distribution<int> perAccount(2, 4);
    for (int a = 0; a < accounts; ++a) {
        const int cluster = a % clusters;
        for (int k = perAccount(rng); k > 0; --k) {
            // Mostly an entity of the account's own cluster, now and then anyone's.
            int e = std::uniform_int_distribution<int>(0, entities - 1)(rng);
            if (rng() % 10 != 0)
                e = (cluster + clusters * static_cast<int>(rng() % static_cast<std::uint64_t>(std::max(1, entities / clusters)))) % entities;
            graph.edges.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(accounts + e), 1 + static_cast<int>(rng() % 3)});
            ++users[static_cast<std::size_t>(e)];
        }
    }
    for (int e = 0; e < entities; ++e)
        graph.nodes[static_cast<std::size_t>(accounts + e)].accountCount = users[static_cast<std::size_t>(e)];
    return graph;
}

struct Frames {
    double p50 = 0, p95 = 0, max = 0;
};

Frames percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    return {at(0.5), at(0.95), ms.back()};
}

struct PanAndZoom {
    Frames pan, zoom;
};

// `frames` repaints, alternating a pan step of 24 pixels (back and forth, as a drag) and a
// wheel notch (in, then out).
PanAndZoom measure(QGraphicsView& view, int frames, const std::function<void(QGraphicsView&, double)>& zoom)
{
    std::vector<double> pans, zooms;
    QElapsedTimer clock;
    for (int i = 0; i < frames; ++i) {
        const bool pan = i % 2 == 0;
        if (pan) {
            const int step = (i / 2) % 20 < 10 ? 24 : -24;
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + step);
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + step / 2);
        } else {
            zoom(view, (i / 2) % 16 < 8 ? 1.2 : 1.0 / 1.2);
        }
        clock.start();
        view.viewport()->repaint();
        (pan ? pans : zooms).push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    return {percentiles(std::move(pans)), percentiles(std::move(zooms))};
}

// The same picture as default items: what a QGraphicsView gives with no tuning.
void fillPlainScene(QGraphicsScene& scene, const cases::LinkGraph& graph, const std::vector<QPointF>& at)
{
    for (const auto& e : graph.edges)
        scene.addLine(QLineF(at[e.from], at[e.to]), QPen(QColor(150, 150, 160), 1.0));
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const bool account = graph.nodes[i].isAccount();
        const QColor fill = account ? QColor::fromHsvF(0.33 * (1.0 - graph.nodes[i].maxRisk), 0.8, 0.9) : QColor(120, 140, 200);
        auto* item = scene.addEllipse(QRectF(-9, -9, 18, 18), QPen(Qt::black, 1.0), QBrush(fill));
        item->setPos(at[i]);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    std::vector<int> sizes = {500, 1500};
    int frames = 300;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--nodes")) {
            sizes.clear();
            for (const QString& n : args[i + 1].split(QLatin1Char(',')))
                sizes.push_back(std::max(10, n.toInt()));
        } else if (args[i] == QStringLiteral("--frames")) {
            frames = std::max(2, args[i + 1].toInt());
        }
    }

    std::printf("network view, %d frames a run (half pans, half zoom steps), 1280x800, platform %s\n", frames,
                qPrintable(QApplication::platformName()));
    std::printf("frame times in ms, p50 / p95 / max\n");
    std::printf("%6s %6s %9s | %-22s %-22s | %-22s %-22s\n", "nodes", "edges", "layout_ms", "FraudLens pan",
                "FraudLens zoom", "plain view pan", "plain view zoom");
    for (const int size : sizes) {
        cases::LinkGraph graph = syntheticGraph(size, 7);
        QElapsedTimer clock;
        clock.start();
        cases::LinkGraphQuery::layout(graph); // off the UI thread in the app
        const double layoutMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;

        ui::NetworkScene scene;
        ui::NetworkCanvas canvas;
        canvas.setScene(&scene);
        canvas.resize(1280, 800);
        canvas.show();
        scene.setGraph(graph);
        canvas.fitGraph();
        QApplication::processEvents();
        const PanAndZoom ours = measure(canvas, frames, [](QGraphicsView& v, double f) { static_cast<ui::NetworkCanvas&>(v).zoomBy(f); });

        // The plain view draws its items where the app's scene put its own.
        std::vector<QPointF> at;
        for (int i = 0; i < scene.nodeCount(); ++i)
            at.push_back(scene.nodeItem(i)->pos());
        QGraphicsScene plainScene;
        fillPlainScene(plainScene, graph, at);
        QGraphicsView plain(&plainScene);
        plain.setRenderHint(QPainter::Antialiasing);
        plain.resize(1280, 800);
        plain.show();
        plain.fitInView(plainScene.itemsBoundingRect(), Qt::KeepAspectRatio);
        QApplication::processEvents();
        const PanAndZoom peer = measure(plain, frames, [](QGraphicsView& v, double f) { v.scale(f, f); });

        const auto cell = [](const Frames& f) {
            char text[64];
            std::snprintf(text, sizeof text, "%5.1f / %5.1f / %5.1f", f.p50, f.p95, f.max);
            return std::string(text);
        };
        std::printf("%6d %6zu %9.1f | %-22s %-22s | %-22s %-22s\n", size, graph.edges.size(), layoutMs,
                    cell(ours.pan).c_str(), cell(ours.zoom).c_str(), cell(peer.pan).c_str(), cell(peer.zoom).c_str());
    }
    std::printf("target: 500 nodes with p95 within 16.7 ms (60 frames a second)\n");
    return 0;
}
