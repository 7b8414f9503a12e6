#pragma once

#include "models/compute_device.h"
#include "scoring/scoring_run_record.h"

#include <QFutureWatcher>
#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace fraudlens::ui {

class Workspace;

// Starts scoring runs as background jobs: train new models and score, or score again with
// the latest registered models; epochs, seed, threads and device are chosen here, the
// alert policy comes from Preferences. Also shows the latest run: device and time per stage.
class TrainingPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit TrainingPanel(Workspace& workspace, QWidget* parent = nullptr);

    models::DeviceRequest device() const;
    void setLatestRun(const std::optional<scoring::ScoringRunRecord>& run);
    // Starts a scoring job on `dbPath` (the open database, or one about to be opened, such
    // as a fresh import) with this panel's choices. false when refused: auditor mode, or
    // another job is running.
    bool startScoring(const QString& dbPath, bool reuseModels);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showCudaAvailability(bool available);
    void updateEnabled();
    int deviceIndex(models::DeviceRequest request) const;

    Workspace& m_workspace;
    QSpinBox* m_epochs = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_threads = nullptr;
    QComboBox* m_device = nullptr;
    QPushButton* m_train = nullptr;
    QPushButton* m_rescore = nullptr;
    QLabel* m_run = nullptr;
    QFutureWatcher<bool> m_cudaCheck;
    bool m_cudaAsked = false;
    bool m_modelsRegistered = false;
};

} // namespace fraudlens::ui
