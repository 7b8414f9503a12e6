#pragma once

#include "live_sink.h"

#include "live/live_session.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <string>

namespace fraudlens::live {
class LiveInput;
}

namespace fraudlens::ui {

// One live session from start to end, run on the live monitor's own thread: opens its
// own read-write connection, refuses a database never scored, warms the scorer up (the
// stop request cancels that too), runs the session and describes how it ended. The same
// steps as `fraudlens-cli live`, with a LiveSink in place of the CLI's printer.
class LiveWorker {
    Q_DECLARE_TR_FUNCTIONS(LiveWorker)
public:
    struct Outcome {
        bool ok = false;
        // A session ran: the database holds its imports row, audit entries and whatever it stored.
        bool sessionRan = false;
        QString summary;
    };

    // The input was opened on the UI thread (a taken port is refused at once); from here
    // on only the worker's thread touches it.
    LiveWorker(std::string databasePath, std::unique_ptr<live::LiveInput> input, live::LiveSession::Options options);
    ~LiveWorker();
    LiveWorker(const LiveWorker&) = delete;
    LiveWorker& operator=(const LiveWorker&) = delete;

    // On the session's thread; never throws.
    Outcome run();

    // Any thread.
    LiveSink& sink() { return m_sink; }
    bool ready() const { return m_ready.load(); }
    double warmUpFraction() const { return m_warmUp.load(); }
    void setWarmUpFraction(double fraction) { m_warmUp = fraction; }

private:
    Outcome runSession();
    static QString summaryText(const live::LiveSession::Summary& summary);

    std::string m_databasePath;
    std::unique_ptr<live::LiveInput> m_input;
    live::LiveSession::Options m_options;
    LiveSink m_sink;
    std::atomic<bool> m_ready{false};
    std::atomic<double> m_warmUp{0.0};
};

} // namespace fraudlens::ui
