#include "eval/detector_report.h"
#include "eval/ranking_metrics.h"

#include <QTest>

#include <chrono>
#include <cmath>
#include <limits>
#include <random>

using namespace fraudlens::eval;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<std::int8_t>)
Q_DECLARE_METATYPE(std::vector<PrPoint>)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool near(double actual, double expected, double tolerance = 1e-12)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= tolerance;
}

// Same arrays as the "twenty" row below: ten distinct-ish scores with ties and 8 positives.
const std::vector<double> kTwentyScores = {0.12, 0.87, 0.45, 0.45, 0.91, 0.33, 0.33, 0.33, 0.78, 0.05,
                                           0.66, 0.21, 0.87, 0.5,  0.5,  0.02, 0.71, 0.45, 0.99, 0.18};
const std::vector<std::int8_t> kTwentyLabels = {0, 1, 0, 1, 1, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0};

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void againstSklearn_data();
    void againstSklearn();
    void prCurveMatchesSklearn_data();
    void prCurveMatchesSklearn();
    void degenerateInputs_data();
    void degenerateInputs();
    void budgetRows_data();
    void budgetRows();
    void tiesAtTheCutFollowRowOrder();
    void subsetRecallUsesTheWholeBudget();
    void nanScoresRankLast();
    void prCurveIsThinned();
    void reportFromFloats();
    void millionRowsAreQuick();
};

// Expected values from scikit-learn 1.2.1 (Debian python3-sklearn, /usr/bin/python3):
// roc_auc_score and average_precision_score on the rows with label >= 0. precision@3
// and recall at a 25 % budget (ceil(0.25 * n) rows) from numpy with the order
// np.lexsort((row, -score)), i.e. score descending and row ascending on ties.
void TestMetrics::againstSklearn_data()
{
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<std::vector<std::int8_t>>("labels");
    QTest::addColumn<double>("auroc");
    QTest::addColumn<double>("ap");
    QTest::addColumn<double>("precisionAt3");
    QTest::addColumn<double>("recallAtQuarter");

    QTest::newRow("no ties") << std::vector<double>{0.1, 0.4, 0.35, 0.8} << std::vector<std::int8_t>{0, 0, 1, 1}
                             << 0.75 << 0.8333333333333333 << 0.6666666666666666 << 0.5;
    QTest::newRow("ties") << std::vector<double>{0.5, 0.5, 0.5, 0.2, 0.9, 0.9, 0.1, 0.3, 0.5, 0.7}
                          << std::vector<std::int8_t>{1, 0, 1, 0, 1, 0, 0, 1, 0, 1} << 0.66 << 0.5869047619047618
                          << 0.6666666666666666 << 0.4;
    QTest::newRow("all tied") << std::vector<double>(6, 0.3) << std::vector<std::int8_t>{1, 0, 0, 1, 0, 0} << 0.5
                              << 0.3333333333333333 << 0.3333333333333333 << 0.5;
    QTest::newRow("unknown ignored") << std::vector<double>{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2}
                                     << std::vector<std::int8_t>{1, -1, 0, 1, -1, 0, 0, 1} << 0.5555555555555556
                                     << 0.7222222222222222 << 0.6666666666666666 << 0.3333333333333333;
    QTest::newRow("twenty") << kTwentyScores << kTwentyLabels << 0.8229166666666665 << 0.7392857142857143 << 1.0
                            << 0.375;
    QTest::newRow("inverted") << std::vector<double>{0.9, 0.8, 0.2, 0.1} << std::vector<std::int8_t>{0, 0, 1, 1}
                              << 0.0 << 0.41666666666666663 << 0.3333333333333333 << 0.0;
}

void TestMetrics::againstSklearn()
{
    QFETCH(std::vector<double>, scores);
    QFETCH(std::vector<std::int8_t>, labels);
    QFETCH(double, auroc);
    QFETCH(double, ap);
    QFETCH(double, precisionAt3);
    QFETCH(double, recallAtQuarter);

    const RankingMetrics metrics(scores, labels);
    QVERIFY2(near(metrics.auroc(), auroc), qPrintable(QString::number(metrics.auroc(), 'g', 17)));
    QVERIFY2(near(metrics.averagePrecision(), ap), qPrintable(QString::number(metrics.averagePrecision(), 'g', 17)));
    QVERIFY(near(metrics.precisionAtK(3), precisionAt3));
    QVERIFY(near(metrics.recallAtBudget(0.25), recallAtQuarter));
}

// precision_recall_curve from scikit-learn 1.2.1, reversed to run from recall 0 upwards
// (it also starts at recall 0, precision 1), rounded to 6 places.
void TestMetrics::prCurveMatchesSklearn_data()
{
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<std::vector<std::int8_t>>("labels");
    QTest::addColumn<std::vector<PrPoint>>("curve");

    QTest::newRow("ties") << std::vector<double>{0.5, 0.5, 0.5, 0.2, 0.9, 0.9, 0.1, 0.3, 0.5, 0.7}
                          << std::vector<std::int8_t>{1, 0, 1, 0, 1, 0, 0, 1, 0, 1}
                          << std::vector<PrPoint>{{0.0, 1.0}, {0.2, 0.5},   {0.4, 0.666667}, {0.8, 0.571429},
                                                  {1.0, 0.625}, {1.0, 0.555556}, {1.0, 0.5}};
    QTest::newRow("unknown ignored") << std::vector<double>{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2}
                                     << std::vector<std::int8_t>{1, -1, 0, 1, -1, 0, 0, 1}
                                     << std::vector<PrPoint>{{0.0, 1.0},           {0.333333, 1.0}, {0.333333, 0.5},
                                                             {0.666667, 0.666667}, {0.666667, 0.5}, {0.666667, 0.4},
                                                             {1.0, 0.5}};
    QTest::newRow("inverted") << std::vector<double>{0.9, 0.8, 0.2, 0.1} << std::vector<std::int8_t>{0, 0, 1, 1}
                              << std::vector<PrPoint>{{0.0, 1.0}, {0.0, 0.0}, {0.0, 0.0}, {0.5, 0.333333}, {1.0, 0.5}};
}

void TestMetrics::prCurveMatchesSklearn()
{
    QFETCH(std::vector<double>, scores);
    QFETCH(std::vector<std::int8_t>, labels);
    QFETCH(std::vector<PrPoint>, curve);

    const auto actual = RankingMetrics(scores, labels).prCurve();
    QCOMPARE(actual.size(), curve.size());
    for (std::size_t i = 0; i < curve.size(); ++i) {
        QVERIFY2(near(actual[i].recall, curve[i].recall, 1e-6), qPrintable(QString("point %1").arg(i)));
        QVERIFY2(near(actual[i].precision, curve[i].precision, 1e-6), qPrintable(QString("point %1").arg(i)));
    }
}

void TestMetrics::degenerateInputs_data()
{
    QTest::addColumn<std::vector<double>>("scores");
    QTest::addColumn<std::vector<std::int8_t>>("labels");
    QTest::addColumn<double>("auroc");
    QTest::addColumn<double>("ap");
    QTest::addColumn<double>("precisionAt3");
    QTest::addColumn<double>("recallAtHalf");
    QTest::addColumn<int>("curvePoints");

    QTest::newRow("empty") << std::vector<double>{} << std::vector<std::int8_t>{} << kNaN << kNaN << kNaN << kNaN << 0;
    QTest::newRow("all unknown") << std::vector<double>{0.1, 0.2} << std::vector<std::int8_t>{-1, -1} << kNaN << kNaN
                                 << kNaN << kNaN << 0;
    QTest::newRow("no positives") << std::vector<double>{0.1, 0.2, 0.3} << std::vector<std::int8_t>{0, 0, 0} << kNaN
                                  << kNaN << 0.0 << kNaN << 0;
    // sklearn gives AP 1 here too; AUROC is undefined (it raises).
    QTest::newRow("only positives") << std::vector<double>{0.1, 0.2, 0.3} << std::vector<std::int8_t>{1, 1, 1} << kNaN
                                    << 1.0 << 1.0 << 2.0 / 3.0 << 4;
    QTest::newRow("one row") << std::vector<double>{0.5} << std::vector<std::int8_t>{1} << kNaN << 1.0 << 1.0 << 1.0
                             << 2;
    QTest::newRow("labels shorter") << std::vector<double>{0.9, 0.1, 0.8} << std::vector<std::int8_t>{1, 0} << 1.0 << 1.0
                                    << 0.5 << 1.0 << 3;
}

void TestMetrics::degenerateInputs()
{
    QFETCH(std::vector<double>, scores);
    QFETCH(std::vector<std::int8_t>, labels);
    QFETCH(double, auroc);
    QFETCH(double, ap);
    QFETCH(double, precisionAt3);
    QFETCH(double, recallAtHalf);
    QFETCH(int, curvePoints);

    const RankingMetrics metrics(scores, labels);
    QVERIFY(near(metrics.auroc(), auroc));
    QVERIFY(near(metrics.averagePrecision(), ap));
    QVERIFY(near(metrics.precisionAtK(3), precisionAt3));
    QVERIFY(near(metrics.recallAtBudget(0.5), recallAtHalf));
    QCOMPARE(int(metrics.prCurve().size()), curvePoints);
    QVERIFY(near(metrics.precisionAtK(0), kNaN));
}

void TestMetrics::budgetRows_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("flagged");

    QTest::newRow("1% of 1000") << 1000 << 0.01 << 10; // 0.01 * 1000 is 10.000000000000002 in binary
    QTest::newRow("2% of 1000") << 1000 << 0.02 << 20;
    QTest::newRow("1% of 1050 rounds up") << 1050 << 0.01 << 11;
    QTest::newRow("1% of 10 flags one") << 10 << 0.01 << 1;
    QTest::newRow("zero budget") << 10 << 0.0 << 0;
    QTest::newRow("negative budget") << 10 << -0.5 << 0;
    QTest::newRow("over 100%") << 10 << 1.5 << 10;
    QTest::newRow("NaN budget") << 10 << kNaN << 0;
}

void TestMetrics::budgetRows()
{
    QFETCH(int, rows);
    QFETCH(double, fraction);
    QFETCH(int, flagged);

    const std::vector<double> scores(static_cast<std::size_t>(rows), 1.0);
    const std::vector<std::int8_t> labels(static_cast<std::size_t>(rows), 0);
    QCOMPARE(int(RankingMetrics(scores, labels).budgetRows(fraction)), flagged);
}

void TestMetrics::tiesAtTheCutFollowRowOrder()
{
    // Four rows tied at the top; a two-row budget takes rows 0 and 1, whatever their labels.
    const std::vector<double> scores = {0.7, 0.7, 0.7, 0.7, 0.1, 0.1, 0.1, 0.1};
    const std::vector<std::int8_t> firstPositive = {1, 0, 1, 1, 0, 0, 0, 0};
    QVERIFY(near(RankingMetrics(scores, firstPositive).recallAtBudget(0.25), 1.0 / 3.0));
    QVERIFY(near(RankingMetrics(scores, firstPositive).precisionAtK(2), 0.5));
    const std::vector<std::int8_t> lastPositive = {0, 0, 1, 1, 0, 0, 0, 0};
    QVERIFY(near(RankingMetrics(scores, lastPositive).recallAtBudget(0.25), 0.0));
    QVERIFY(near(RankingMetrics(scores, lastPositive).precisionAtK(4), 0.5));
}

void TestMetrics::subsetRecallUsesTheWholeBudget()
{
    // A 25 % budget over the 20 rows flags rows 18, 4, 1, 12, 8 (0.99, 0.91, 0.87, 0.87, 0.78).
    const RankingMetrics metrics(kTwentyScores, kTwentyLabels);
    QCOMPARE(metrics.budgetRows(0.25), std::size_t(5));
    std::vector<std::uint8_t> subset(20, 0);
    for (const int row : {1, 3, 6, 13})
        subset[static_cast<std::size_t>(row)] = 1;
    QVERIFY(near(metrics.recallAtBudget(0.25, subset), 0.25));
    std::vector<std::uint8_t> mixed(20, 0);
    for (const int row : {0, 8, 12})
        mixed[static_cast<std::size_t>(row)] = 1;
    QVERIFY(near(metrics.recallAtBudget(0.25, mixed), 2.0 / 3.0));
    QVERIFY(near(metrics.recallAtBudget(0.25, std::vector<std::uint8_t>(20, 0)), kNaN));

    // The grouped form gives the same answers in one pass; rows past the span belong to no group.
    std::vector<std::int32_t> group(19, -1);
    for (const int row : {1, 3, 6, 13})
        group[static_cast<std::size_t>(row)] = 0;
    for (const int row : {0, 8, 12})
        group[static_cast<std::size_t>(row)] = 2;
    group[4] = 7; // out of range: ignored
    const auto recall = metrics.recallAtBudgetByGroup(0.25, group, 3);
    QCOMPARE(recall.size(), std::size_t(3));
    QVERIFY(near(recall[0], 0.25));
    QVERIFY(std::isnan(recall[1]));
    QVERIFY(near(recall[2], 2.0 / 3.0));
}

void TestMetrics::nanScoresRankLast()
{
    const std::vector<double> scores = {kNaN, 0.2, 0.1, kNaN};
    const std::vector<std::int8_t> labels = {0, 1, 0, 0};
    const RankingMetrics metrics(scores, labels);
    QVERIFY(near(metrics.auroc(), 1.0));
    QVERIFY(near(metrics.averagePrecision(), 1.0));
    QVERIFY(near(metrics.precisionAtK(1), 1.0));
}

void TestMetrics::prCurveIsThinned()
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> scores(20000);
    std::vector<std::int8_t> labels(20000);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        labels[i] = uniform(rng) < 0.02 ? 1 : 0;
        scores[i] = uniform(rng) + (labels[i] ? 0.5 : 0.0);
    }
    const RankingMetrics metrics(scores, labels);
    const auto full = metrics.prCurve(std::numeric_limits<std::size_t>::max());
    QCOMPARE(full.size(), scores.size() + 1);
    const auto thin = metrics.prCurve(100);
    QVERIFY(thin.size() <= 100);
    QVERIFY(thin.size() >= 90);
    QVERIFY(near(thin.front().recall, 0.0) && near(thin.front().precision, 1.0));
    QVERIFY(near(thin.back().recall, full.back().recall) && near(thin.back().precision, full.back().precision));
    for (std::size_t i = 1; i < thin.size(); ++i)
        QVERIFY(thin[i].recall >= thin[i - 1].recall);
    // No gap in recall wider than a couple of grid steps.
    for (std::size_t i = 1; i < thin.size(); ++i)
        QVERIFY(thin[i].recall - thin[i - 1].recall < 0.05);
}

void TestMetrics::reportFromFloats()
{
    std::vector<float> scores(kTwentyScores.begin(), kTwentyScores.end());
    const auto report = DetectorReport::compute(std::span<const float>(scores), kTwentyLabels);
    QCOMPARE(report.labelled, std::size_t(20));
    QCOMPARE(report.positives, std::size_t(8));
    // The float rounding of these scores keeps their order and ties, so sklearn's figures hold.
    QVERIFY(near(report.auroc, 0.8229166666666665));
    QVERIFY(near(report.auprc, 0.7392857142857143));
    QVERIFY(near(report.precisionAt100, 0.4)); // k clipped to the 20 labelled rows
    QVERIFY(near(report.recallAt1pct, 0.125)); // one row: the 0.99 positive
    QCOMPARE(report.prCurve.size(), std::size_t(15));
}

void TestMetrics::millionRowsAreQuick()
{
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    std::vector<float> scores(1'000'000);
    std::vector<std::int8_t> labels(scores.size());
    for (std::size_t i = 0; i < scores.size(); ++i) {
        labels[i] = uniform(rng) < 0.01f ? 1 : (uniform(rng) < 0.1f ? -1 : 0);
        scores[i] = uniform(rng) + (labels[i] == 1 ? 0.3f : 0.0f);
    }
    const auto start = std::chrono::steady_clock::now();
    const auto report = DetectorReport::compute(std::span<const float>(scores), labels);
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    qInfo("DetectorReport on 1M rows: %.0f ms (AUROC %.4f, AP %.4f)", ms, report.auroc, report.auprc);
    QVERIFY(report.auroc > 0.7 && report.auroc < 0.9);
    QVERIFY(report.prCurve.size() <= 100);
    QVERIFY(ms < 10000.0); // generous: a smoke check on complexity, not a benchmark
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
