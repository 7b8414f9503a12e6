#pragma once

#include <QGraphicsView>

namespace fraudlens::ui {

// The view onto the link picture: the wheel zooms about the pointer, dragging the
// background pans, and rendering is tuned so that a picture of 500 nodes stays smooth.
class NetworkCanvas : public QGraphicsView {
    Q_OBJECT
public:
    explicit NetworkCanvas(QWidget* parent = nullptr);

    // Shows the whole picture (never enlarged beyond twice its natural size).
    void fitGraph();
    void zoomBy(qreal factor);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // A picture that arrived while the view was hidden (another tab) is fitted once the
    // viewport has its real size.
    bool m_fitOnShow = false;
};

} // namespace fraudlens::ui
