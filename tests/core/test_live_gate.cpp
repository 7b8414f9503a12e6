// The live gate decides, before a transaction is acknowledged, whether it is a duplicate
// and whether its account is frozen, from memory: it must still see what is stored, what
// is in flight, and a freeze another connection commits during the session.
#include "live/live_gate.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <string>

using fraudlens::live::LiveGate;
using fraudlens::store::Database;
using fraudlens::store::OpenMode;

class TestLiveGate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knowsStoredAndInFlightIds();
    void seesAFreezeAfterTheNextRefresh();
};

namespace {

std::string freshDatabase(const QTemporaryDir& dir, const char* name)
{
    const std::string path = dir.filePath(QString::fromUtf8(name)).toStdString();
    Database db(path, OpenMode::Create);
    db.exec("INSERT INTO accounts (id, external_id) VALUES (1, 'A1'), (2, 'A2')");
    db.exec("INSERT INTO transactions (external_id, account_id, ts, amount) VALUES ('t1', 1, 0, 5), ('t2', 2, 1, 6)");
    return path;
}

} // namespace

void TestLiveGate::knowsStoredAndInFlightIds()
{
    QTemporaryDir dir;
    const std::string path = freshDatabase(dir, "ids.db");
    Database writer(path, OpenMode::ReadWrite);
    LiveGate gate(path);
    QVERIFY(gate.isKnown("t1"));
    QVERIFY(gate.isKnown("t2"));
    QVERIFY(!gate.isKnown("t3"));
    QVERIFY(!gate.isKnown("T1"));

    // Acknowledged and on its way: a second line with its id is a duplicate.
    gate.inFlight(1, "t3");
    QVERIFY(gate.isKnown("t3"));
    // Committed: the store says so from now on.
    writer.exec("INSERT INTO transactions (external_id, account_id, ts, amount) VALUES ('t3', 1, 2, 7)");
    gate.committedThrough(1);
    QVERIFY(gate.isKnown("t3"));
    // Refused by the applier instead, so never stored: the id is free again.
    gate.inFlight(2, "t4");
    gate.committedThrough(2);
    QVERIFY(!gate.isKnown("t4"));
}

void TestLiveGate::seesAFreezeAfterTheNextRefresh()
{
    QTemporaryDir dir;
    const std::string path = freshDatabase(dir, "frozen.db");
    {
        Database db(path, OpenMode::ReadWrite);
        db.exec("UPDATE accounts SET status = 'frozen' WHERE external_id = 'A2'");
    }
    LiveGate gate(path);
    QVERIFY(!gate.isFrozen("A1"));
    QVERIFY(gate.isFrozen("A2"));

    // The analyst freezes A1 and unfreezes A2 in the GUI, on another connection.
    Database gui(path, OpenMode::ReadWrite);
    gui.exec("UPDATE accounts SET status = 'frozen' WHERE external_id = 'A1'");
    gui.exec("UPDATE accounts SET status = 'active' WHERE external_id = 'A2'");
    QVERIFY(!gate.isFrozen("A1")); // read at the next batch of lines
    gate.refresh();
    QVERIFY(gate.isFrozen("A1"));
    QVERIFY(!gate.isFrozen("A2"));
    // Nothing changed since: the refresh reads nothing, and the answer holds.
    gate.refresh();
    QVERIFY(gate.isFrozen("A1"));
}

QTEST_APPLESS_MAIN(TestLiveGate)
#include "test_live_gate.moc"
