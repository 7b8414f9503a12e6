#pragma once

#include "models/compute_device.h"
#include "scoring/feedback_result.h"

#include <QGroupBox>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace fraudlens::ui {

class Workspace;

// "Learn from decisions": how many decided alerts there are to learn from, the button
// that runs the feedback loop as a background job, and what it did: the weights it stored
// with the metrics before and after, or why it changed nothing.
class FeedbackPanel : public QGroupBox {
    Q_OBJECT
public:
    // `device` says where the re-scoring runs (the training panel's choice).
    FeedbackPanel(Workspace& workspace, std::function<models::DeviceRequest()> device, QWidget* parent = nullptr);

    void setTally(const scoring::DecisionTally& tally);
    void clear();

private:
    void learn();
    void jobFinished(bool ok, bool cancelled, const QString& message);
    void showResult(const scoring::FeedbackResult& result);
    void updateEnabled();

    Workspace& m_workspace;
    std::function<models::DeviceRequest()> m_device;
    QPushButton* m_learn = nullptr;
    QLabel* m_tally = nullptr;
    QLabel* m_result = nullptr;
    // Filled by the job thread; read once the job has finished.
    std::shared_ptr<std::optional<scoring::FeedbackResult>> m_pending;
};

} // namespace fraudlens::ui
