#pragma once

#include "dataset_summary_loader.h"

#include <QMainWindow>

class QLabel;
class QFormLayout;

namespace fraudlens::ui {

// The main window. For this milestone it opens a database and shows what it holds.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    void openDatabase(const QString& path);

Q_SIGNALS:
    void summaryShown();

private:
    void buildMenus();
    void chooseDatabase();
    void showSummary(const DatasetSummary& summary);

    DatasetSummaryLoader m_loader;
    QLabel* m_title = nullptr;
    QLabel* m_transactions = nullptr;
    QLabel* m_accounts = nullptr;
    QLabel* m_fraud = nullptr;
    QLabel* m_range = nullptr;
    QLabel* m_imports = nullptr;
    QLabel* m_audit = nullptr;
    QLabel* m_patterns = nullptr;
};

} // namespace fraudlens::ui
