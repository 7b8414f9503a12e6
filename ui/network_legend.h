#pragma once

#include <QWidget>

namespace fraudlens::ui {

// What the shapes, fills and outlines of the link picture mean, drawn with the same
// glyphs as the picture.
class NetworkLegend : public QWidget {
    Q_OBJECT
public:
    explicit NetworkLegend(QWidget* parent = nullptr);
};

} // namespace fraudlens::ui
