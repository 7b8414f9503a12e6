#pragma once

#include "data_change.h"

#include <QPoint>
#include <QWidget>

class QLabel;
class QToolButton;

namespace fraudlens::ui {

class NetworkCanvas;
class NetworkScene;
class RingListPanel;
class Workspace;

// The link graph: the rings of the latest run on the left, and on the right a picture of
// one ring or of one account's neighbourhood, where a node can be expanded to grow the
// picture and an account double-clicked to open it. Every read and every layout runs off
// the UI thread.
class NetworkView : public QWidget {
    Q_OBJECT
public:
    explicit NetworkView(Workspace& workspace, QWidget* parent = nullptr);
    ~NetworkView() override;

    NetworkScene* scene() const { return m_scene; }

    // show(accountId, ringId) below hides QWidget::show() otherwise. Connecting to that
    // one needs qOverload<qint64, qint64>(&NetworkView::show).
    using QWidget::show;

public Q_SLOTS:
    // What Workspace::networkRequested asks: ringId > 0 shows that ring, else the
    // neighbourhood of accountId.
    void show(qint64 accountId, qint64 ringId);
    void showRing(qint64 ringId);
    void showAccount(qint64 accountId);
    // Reads the node's neighbours and adds them around it.
    void expandNode(int nodeIndex);

Q_SIGNALS:
    // Freshly read data is on screen: a picture, a grown picture, or (once per database)
    // the ring list while no picture was asked for.
    void loaded();

private:
    struct Subject {
        qint64 accountId = 0;
        qint64 ringId = 0;
        bool isSet() const { return accountId > 0 || ringId > 0; }
    };

    void buildLayout();
    void connectSignals();
    void onOpened();
    void onClosed();
    void onDataChanged(DataChanges what);
    void onRingsReloaded();
    void loadGraph();
    void refreshAccounts();
    void showNodeMenu(int nodeIndex, const QPoint& screenPos);
    void setMessage(const QString& message);
    void updateHeader();
    void updateActions();

    Workspace& m_workspace;
    RingListPanel* m_rings = nullptr;
    NetworkScene* m_scene = nullptr;
    NetworkCanvas* m_canvas = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_message = nullptr;
    QToolButton* m_expandButton = nullptr;
    QToolButton* m_fitButton = nullptr;

    Subject m_subject;          // what is shown, or being read
    quint64 m_graphRequest = 0; // answers to older requests are dropped
    bool m_expanding = false;
    bool m_announcedList = false; // loaded() sent for the ring list of this database
};

} // namespace fraudlens::ui
