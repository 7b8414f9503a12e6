#pragma once

#include <QFrame>

class QLabel;

namespace fraudlens::ui {

// One headline figure of the dashboard: a caption, the value in large type, a line of
// detail under it. The value label carries valueObjectName, so tests and screenshots
// read the figure itself.
class StatTile : public QFrame {
    Q_OBJECT
public:
    explicit StatTile(const QString& valueObjectName, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    void setValue(const QString& value);
    void setDetail(const QString& detail);
    QString value() const;

private:
    QLabel* m_caption = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
};

} // namespace fraudlens::ui
