// The frame scoring works on, read back from a store. It must say exactly what the
// records said, in time order, whichever way the store numbered its accounts, and a
// builder re-entering a loaded frame (live scoring) must keep its dense ids.
#include "features/frame_builder.h"
#include "features/frame_loader.h"
#include "store/database.h"
#include "store/import_batch.h"
#include "synth/demo_config.h"
#include "synth/demo_generator.h"
#include "util/sha256.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fraudlens;

namespace {

constexpr auto kDevice = static_cast<std::size_t>(features::EntityKind::Device);

std::vector<store::TransactionRecord> demoRecords()
{
    synth::DemoConfig config;
    config.accounts = 800;
    config.days = 14;
    return synth::DemoGenerator(config).generate();
}

void storeRecords(const std::string& path, const std::vector<store::TransactionRecord>& records)
{
    store::Database db(path, store::OpenMode::Create);
    store::ImportBatch batch(db, "records", util::Sha256::of("records"), "{}");
    for (const auto& r : records)
        batch.writer().write(r);
    batch.commit("test", static_cast<std::int64_t>(records.size()), 0, "{}");
}

void rawExec(const std::string& path, const std::string& sql)
{
    store::Database db(path, store::OpenMode::ReadWrite);
    db.exec(sql);
}

// Everything but the store ids, which a frame built without a store numbers itself.
void compareContent(const features::TransactionFrame& loaded, const features::TransactionFrame& expected)
{
    QCOMPARE(loaded.size(), expected.size());
    QCOMPARE(loaded.tsMs, expected.tsMs);
    QCOMPARE(loaded.account, expected.account);
    QCOMPARE(loaded.amount, expected.amount);
    QCOMPARE(loaded.isRefund, expected.isRefund);
    QCOMPARE(loaded.isDeclined, expected.isDeclined);
    QCOMPARE(loaded.country, expected.country);
    QCOMPARE(loaded.txType, expected.txType);
    for (std::size_t k = 0; k < features::kEntityKindCount; ++k) {
        QCOMPARE(loaded.entity[k], expected.entity[k]);
        QCOMPARE(loaded.entityNames[k], expected.entityNames[k]);
    }
    QCOMPARE(loaded.label, expected.label);
    QCOMPARE(loaded.pattern, expected.pattern);
    QCOMPARE(loaded.accountExternalId, expected.accountExternalId);
    QCOMPARE(loaded.accountCreatedMs, expected.accountCreatedMs);
    QCOMPARE(loaded.countryNames, expected.countryNames);
    QCOMPARE(loaded.txTypeNames, expected.txTypeNames);
    QCOMPARE(loaded.patternNames, expected.patternNames);
}

} // namespace

class TestFrameLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadedFrameSaysWhatTheRecordsSaid();
    void accountsNumberedWithGapsLoadTheSame();
    void frozenAccountsAreMarked();
    void builderReenteringALoadedFrameKeepsItsIds();

private:
    QTemporaryDir m_dir;
    std::vector<store::TransactionRecord> m_records;
};

void TestFrameLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_records = demoRecords();
    QVERIFY2(m_records.size() > 1000, qPrintable(QString::number(m_records.size())));
}

void TestFrameLoader::loadedFrameSaysWhatTheRecordsSaid()
{
    const std::string path = m_dir.filePath(QStringLiteral("plain.db")).toStdString();
    storeRecords(path, m_records);
    store::Database db(path, store::OpenMode::ReadOnly);
    features::TransactionFrame frame;
    QVERIFY(features::FrameLoader::load(db, frame, nullptr));
    compareContent(frame, features::FrameBuilder::fromRecords(m_records));
    // The demo has refunds, declines and shared entities: the comparison meant something.
    QVERIFY(std::count(frame.isRefund.begin(), frame.isRefund.end(), 1) > 0);
    QVERIFY(std::count(frame.isDeclined.begin(), frame.isDeclined.end(), 1) > 0);
    QVERIFY(frame.accountCount() > 300);
}

void TestFrameLoader::accountsNumberedWithGapsLoadTheSame()
{
    // A store whose account ids are not 1..N (a file written by another tool, or edited):
    // ids 1000, 2000, ... in reverse order of the original numbering.
    const std::string path = m_dir.filePath(QStringLiteral("gaps.db")).toStdString();
    storeRecords(path, m_records);
    rawExec(path, "PRAGMA foreign_keys = OFF;"
                  "BEGIN;"
                  "CREATE TEMP TABLE renumber AS SELECT id AS old, (1000000 - id) * 1000 AS new FROM accounts;"
                  "UPDATE accounts SET id = (SELECT new FROM renumber WHERE old = accounts.id);"
                  "UPDATE transactions SET account_id = (SELECT new FROM renumber WHERE old = transactions.account_id);"
                  "UPDATE entity_accounts SET account_id = (SELECT new FROM renumber WHERE old = entity_accounts.account_id);"
                  "COMMIT;");
    store::Database db(path, store::OpenMode::ReadOnly);
    features::TransactionFrame frame;
    QVERIFY(features::FrameLoader::load(db, frame, nullptr));
    compareContent(frame, features::FrameBuilder::fromRecords(m_records));
    for (const std::int64_t id : frame.accountDbId)
        QVERIFY(id % 1000 == 0 && id > 1000);
}

void TestFrameLoader::frozenAccountsAreMarked()
{
    const std::string path = m_dir.filePath(QStringLiteral("frozen.db")).toStdString();
    storeRecords(path, m_records);
    const std::string frozenId = m_records[m_records.size() / 2].accountId;
    rawExec(path, "UPDATE accounts SET status = 'frozen' WHERE external_id = '" + frozenId + "'");
    store::Database db(path, store::OpenMode::ReadOnly);
    features::TransactionFrame frame;
    QVERIFY(features::FrameLoader::load(db, frame, nullptr));
    int frozen = 0;
    for (std::size_t a = 0; a < frame.accountCount(); ++a) {
        QCOMPARE(frame.accountFrozen[a] != 0, frame.accountExternalId[a] == frozenId);
        frozen += frame.accountFrozen[a];
    }
    QCOMPARE(frozen, 1);
}

void TestFrameLoader::builderReenteringALoadedFrameKeepsItsIds()
{
    const std::string path = m_dir.filePath(QStringLiteral("reenter.db")).toStdString();
    storeRecords(path, m_records);
    store::Database db(path, store::OpenMode::ReadOnly);
    features::TransactionFrame frame;
    QVERIFY(features::FrameLoader::load(db, frame, nullptr));
    const std::size_t accounts = frame.accountCount();

    // The last transaction again, a minute later: same account (by store id), same device.
    store::TransactionRecord again = m_records.back();
    again.timestampMs = frame.tsMs.back() + 60000;
    const std::uint32_t account = frame.account.back();
    const std::uint32_t device = frame.entity[kDevice].back();
    features::FrameBuilder builder(frame);
    const std::size_t row = builder.append(again, frame.txId.back() + 1, frame.accountDbId[account]);
    QCOMPARE(frame.account[row], account);
    QCOMPARE(frame.entity[kDevice][row], device);
    QCOMPARE(frame.accountCount(), accounts);

    // An account the store has not seen gets the next index, and keeps it.
    store::TransactionRecord fresh = again;
    fresh.accountId = "never-seen-before";
    fresh.deviceId = "new-device";
    fresh.timestampMs += 60000;
    const std::int64_t freshDbId = frame.accountDbId.back() + 1;
    const std::size_t first = builder.append(fresh, frame.txId.back() + 1, freshDbId);
    QCOMPARE(frame.account[first], static_cast<std::uint32_t>(accounts));
    fresh.timestampMs += 60000;
    fresh.deviceId = again.deviceId; // switches to a device it shares with the old account
    const std::size_t second = builder.append(fresh, frame.txId.back() + 1, freshDbId);
    QCOMPARE(frame.account[second], static_cast<std::uint32_t>(accounts));
    QCOMPARE(frame.entity[kDevice][second], device);
    QCOMPARE(frame.accountExternalId.back(), std::string("never-seen-before"));
}

QTEST_GUILESS_MAIN(TestFrameLoader)
#include "test_frame_loader.moc"
