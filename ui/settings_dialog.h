#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace fraudlens::ui {

// Edits AppSettings; OK saves them. The caller applies what changed (auditor mode,
// analyst name) after exec() returns Accepted.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

public Q_SLOTS:
    // Saves, unless the analyst name is empty (then says so and stays open).
    void accept() override;

private:
    void load();
    void updateState();

    QString m_loadedLanguage;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QComboBox* m_device = nullptr;
    QSpinBox* m_threads = nullptr;
    QLineEdit* m_analyst = nullptr;
    QRadioButton* m_budget = nullptr;
    QDoubleSpinBox* m_budgetPercent = nullptr;
    QRadioButton* m_threshold = nullptr;
    QDoubleSpinBox* m_thresholdValue = nullptr;
    QCheckBox* m_auditor = nullptr;
    QCheckBox* m_notifications = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fraudlens::ui
