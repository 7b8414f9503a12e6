#pragma once

// A running `fraudlens-cli live` in the end-to-end tests, with what it printed so far.

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>

namespace fraudlens::testing {

struct Running {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray out;
    QByteArray err;

    void pump(int ms)
    {
        if (process->state() == QProcess::Running)
            process->waitForReadyRead(ms);
        else
            QThread::msleep(static_cast<unsigned long>(ms));
        out += process->readAllStandardOutput();
        err += process->readAllStandardError();
    }
    bool waitFor(const std::function<bool()>& done, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            pump(20);
        }
        return true;
    }
    int finish(int timeoutMs)
    {
        process->closeWriteChannel();
        const bool finished = process->waitForFinished(timeoutMs);
        out += process->readAllStandardOutput();
        err += process->readAllStandardError();
        if (!finished || process->exitStatus() != QProcess::NormalExit)
            return -1;
        return process->exitCode();
    }
    // Complete OK lines only: "OK SOURCE:LINE tx=ID risk=R".
    QStringList acknowledged() const
    {
        static const QRegularExpression ok(QStringLiteral("^OK \\S+ tx=(\\S+) risk="));
        QStringList ids;
        const QList<QByteArray> lines = out.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece has no newline yet
            const auto match = ok.match(QString::fromUtf8(lines[i]));
            if (match.hasMatch())
                ids << match.captured(1);
        }
        return ids;
    }
};

} // namespace fraudlens::testing
