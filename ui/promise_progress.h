#pragma once

#include "util/progress.h"

#include <QPromise>
#include <QString>

namespace fraudlens::ui {

// Lets core work that reports to util::Progress run under QtConcurrent::run with a
// QPromise: progress goes to the QFuture (in steps of kSteps), and QFuture::cancel()
// becomes the core's "stop".
template <class T>
class PromiseProgress : public util::Progress {
public:
    static constexpr int kSteps = 1000;

    explicit PromiseProgress(QPromise<T>& promise) : m_promise(promise) { m_promise.setProgressRange(0, kSteps); }

    bool report(double fraction, std::string_view stage) override
    {
        m_promise.setProgressValueAndText(static_cast<int>(fraction * kSteps),
                                          QString::fromUtf8(stage.data(), static_cast<qsizetype>(stage.size())));
        return !m_promise.isCanceled();
    }

private:
    QPromise<T>& m_promise;
};

} // namespace fraudlens::ui
