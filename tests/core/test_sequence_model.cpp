// The sequence model's per-epoch budget: past maxRowsPerEpoch transactions, an epoch
// trains on a random draw of whole accounts (so a million rows train in the time of a
// quarter million), and a model trained so still tells an account's odd step from its
// routine.
#include "models/compute_device.h"
#include "models/sequence_model.h"
#include "util/progress.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

using namespace fraudlens;

namespace {

constexpr std::size_t kAccounts = 300;
constexpr std::size_t kSteps = 24;
constexpr std::size_t kWidth = 3;
constexpr std::size_t kJumpStep = 18;
constexpr std::size_t kJumpEvery = 15; // one account in 15 jumps once

struct Data {
    std::vector<float> x;
    std::vector<std::vector<std::uint32_t>> sequences;
    std::vector<bool> odd; // per row
};

// Each account walks a slow sine of its own phase (predictable from its history), with a
// little noise beside it; some accounts jump far off their sine once.
Data makeData()
{
    Data d;
    std::mt19937 rng(7);
    std::normal_distribution<float> noise(0.0f, 0.1f);
    std::uniform_real_distribution<float> phase(0.0f, 6.28f);
    for (std::size_t a = 0; a < kAccounts; ++a) {
        const float p = phase(rng);
        std::vector<std::uint32_t> rows;
        for (std::size_t t = 0; t < kSteps; ++t) {
            const bool jump = a % kJumpEvery == 0 && t == kJumpStep;
            rows.push_back(static_cast<std::uint32_t>(d.odd.size()));
            d.x.push_back(std::sin(p + static_cast<float>(t) / 3.0f) + noise(rng) + (jump ? 4.0f : 0.0f));
            d.x.push_back(noise(rng));
            d.x.push_back(p / 6.28f);
            d.odd.push_back(jump);
        }
        d.sequences.push_back(std::move(rows));
    }
    return d;
}

class CountingProgress : public util::Progress {
public:
    bool report(double, std::string_view) override
    {
        ++reports;
        return true;
    }
    int reports = 0;
};

double auroc(const std::vector<float>& score, const std::vector<bool>& positive)
{
    double wins = 0.0;
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < score.size(); ++i) {
        if (!positive[i] || std::isnan(score[i]))
            continue;
        for (std::size_t j = 0; j < score.size(); ++j) {
            if (positive[j] || std::isnan(score[j]))
                continue;
            wins += score[i] > score[j] ? 1.0 : score[i] == score[j] ? 0.5 : 0.0;
            ++pairs;
        }
    }
    return pairs == 0 ? 0.0 : wins / static_cast<double>(pairs);
}

} // namespace

class TestSequenceModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anEpochTrainsOnItsBudgetOfRows();
    void aBudgetedModelStillFindsTheOddStep();
};

void TestSequenceModel::anEpochTrainsOnItsBudgetOfRows()
{
    const Data d = makeData();
    models::SequenceModel::Options options;
    options.epochs = 4;
    options.batchAccounts = 20; // 480 rows a batch, 15 batches an epoch
    for (const auto& [budget, batchesPerEpoch] : {std::pair<std::size_t, int>{1'000'000, 15}, {1440, 3}, {1000, 3}, {1, 1}}) {
        options.maxRowsPerEpoch = budget;
        models::SequenceModel model(kWidth, {0}, options, models::ComputeDevice{});
        CountingProgress progress;
        QVERIFY(model.fit(d.x, d.sequences, &progress));
        // One report per trained batch.
        QCOMPARE(progress.reports, options.epochs * batchesPerEpoch);
    }
}

void TestSequenceModel::aBudgetedModelStillFindsTheOddStep()
{
    const Data d = makeData();
    models::SequenceModel::Options options;
    options.epochs = 30;
    options.batchAccounts = 20;
    options.maxRowsPerEpoch = 1440; // a fifth of the rows an epoch
    models::SequenceModel model(kWidth, {0}, options, models::ComputeDevice{});
    QVERIFY(model.fit(d.x, d.sequences, nullptr));
    std::vector<float> perRow, perTarget;
    model.errors(d.x, d.sequences, perRow, perTarget);
    const double area = auroc(perRow, d.odd);
    QVERIFY2(area >= 0.97, QByteArray::number(area).constData());
    // And the routine steps are predicted well below their own spread (variance ~0.5).
    double sum = 0.0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < perRow.size(); ++i)
        if (!d.odd[i] && !std::isnan(perRow[i]) && i % kSteps > 4) {
            sum += perRow[i];
            ++n;
        }
    QVERIFY2(sum / static_cast<double>(n) < 0.2, QByteArray::number(sum / static_cast<double>(n)).constData());
}

QTEST_APPLESS_MAIN(TestSequenceModel)
#include "test_sequence_model.moc"
