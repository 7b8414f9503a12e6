#include "eval/detector_report.h"

#include "eval/ranking_metrics.h"

namespace fraudlens::eval {

namespace {

DetectorReport fromMetrics(const RankingMetrics& metrics)
{
    DetectorReport report;
    report.labelled = metrics.labelled();
    report.positives = metrics.positives();
    report.auroc = metrics.auroc();
    report.auprc = metrics.averagePrecision();
    report.precisionAt100 = metrics.precisionAtK(100);
    report.recallAt1pct = metrics.recallAtBudget(0.01);
    report.prCurve = metrics.prCurve(100);
    return report;
}

} // namespace

DetectorReport DetectorReport::compute(std::span<const float> scores, std::span<const std::int8_t> labels)
{
    return fromMetrics(RankingMetrics(scores, labels));
}

DetectorReport DetectorReport::compute(std::span<const double> scores, std::span<const std::int8_t> labels)
{
    return fromMetrics(RankingMetrics(scores, labels));
}

} // namespace fraudlens::eval
