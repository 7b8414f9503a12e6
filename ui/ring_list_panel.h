#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace fraudlens::ui {

class RingListModel;
class Workspace;

// The network view's list of rings, highest score first, read off the UI thread. Picking
// a row asks for that ring; the view tells the list which ring it shows so that the row
// stays selected.
class RingListPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRingLimit = 1000;

    explicit RingListPanel(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    // Empties the list (another database, or none) and shows `status` beneath it.
    void clear(const QString& status = {});
    // Selects the ring's row without announcing it; 0 selects nothing.
    void setCurrentRing(qint64 ringId);
    // The ring's score as the list shows it, empty when the ring is not listed.
    QString scoreText(qint64 ringId) const;

Q_SIGNALS:
    void ringPicked(qint64 ringId);
    // A fresh list is on screen.
    void reloaded();

private:
    void onSelectionChanged();
    void syncSelection();

    Workspace& m_workspace;
    RingListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    qint64 m_current = 0;
    quint64 m_request = 0; // answers to older reads are dropped
    bool m_syncing = false;
};

} // namespace fraudlens::ui
