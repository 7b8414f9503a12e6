// The live session's background threads give way to it for the CPU: what lowers them
// must lower only the thread that asks, never the session's own.
#include "util/idle_priority.h"

#include <QTest>

#include <sched.h>

#include <thread>

class TestIdlePriority : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lowersOnlyTheCallingThread()
    {
        const int before = sched_getscheduler(0);
        bool lowered = false;
        int policyThere = -1;
        std::thread background([&] {
            lowered = fraudlens::util::runOnlyWhenIdle();
            policyThere = sched_getscheduler(0);
        });
        background.join();
        QVERIFY(lowered);
        QCOMPARE(policyThere, SCHED_IDLE);
        QCOMPARE(sched_getscheduler(0), before);
        QCOMPARE(before, SCHED_OTHER);
    }
};

QTEST_GUILESS_MAIN(TestIdlePriority)
#include "test_idle_priority.moc"
