#include "eval/evaluation.h"

#include "eval/ranking_metrics.h"
#include "store/database.h"
#include "store/statement.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace fraudlens::eval {

namespace {

constexpr const char* kColumns[] = {"fused", "autoencoder", "sequence", "rings", "rules", "bursts"};
constexpr double kPatternBudget = 0.02;

nlohmann::json number(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

} // namespace

Evaluation Evaluation::fromDatabase(store::Database& db)
{
    store::Statement count(db, "SELECT COUNT(*) FROM scores");
    count.step();
    if (count.columnInt(0) == 0)
        throw std::runtime_error("database '" + db.path() + "' has no scores yet: run `fraudlens-cli score` first");

    std::vector<std::vector<float>> scores(std::size(kColumns));
    std::vector<std::int8_t> labels;
    std::vector<std::int32_t> group;
    std::vector<std::string> patterns;
    store::Statement rows(db, "SELECT s.fused, s.autoencoder, s.sequence, s.rings, s.rules, s.bursts, t.label, "
                              "t.fraud_pattern FROM scores s JOIN transactions t ON t.id = s.tx_id ORDER BY s.tx_id");
    while (rows.step()) {
        for (std::size_t c = 0; c < std::size(kColumns); ++c)
            scores[c].push_back(static_cast<float>(rows.columnDouble(static_cast<int>(c))));
        labels.push_back(rows.columnIsNull(6) ? std::int8_t{-1} : static_cast<std::int8_t>(rows.columnInt(6)));
        std::int32_t g = -1;
        if (!rows.columnIsNull(7)) {
            const std::string name = rows.columnText(7);
            if (!name.empty()) {
                auto it = std::find(patterns.begin(), patterns.end(), name);
                if (it == patterns.end())
                    it = patterns.insert(patterns.end(), name);
                g = static_cast<std::int32_t>(it - patterns.begin());
            }
        }
        group.push_back(g);
    }
    Evaluation e;
    e.transactions = labels.size();
    for (std::size_t c = 0; c < std::size(kColumns); ++c)
        e.detectors.emplace_back(kColumns[c], DetectorReport::compute(std::span<const float>(scores[c]), labels));
    e.positives = e.detectors.front().second.positives;
    if (!patterns.empty()) {
        const RankingMetrics fused{std::span<const float>(scores[0]), labels};
        const auto recalls = fused.recallAtBudgetByGroup(kPatternBudget, group, static_cast<int>(patterns.size()));
        for (std::size_t p = 0; p < patterns.size(); ++p)
            e.patternRecallAt2pct[patterns[p]] = recalls[p];
    }
    return e;
}

std::string Evaluation::toJson() const
{
    nlohmann::json detectorsJson = nlohmann::json::object();
    for (const auto& [name, r] : detectors) {
        nlohmann::json curve = nlohmann::json::array();
        for (const auto& point : r.prCurve)
            curve.push_back({number(point.recall), number(point.precision)});
        detectorsJson[name] = {{"auroc", number(r.auroc)},
                               {"auprc", number(r.auprc)},
                               {"precision_at_100", number(r.precisionAt100)},
                               {"recall_at_1pct", number(r.recallAt1pct)},
                               {"pr_curve", curve}};
    }
    nlohmann::json patternsJson = nlohmann::json::object();
    for (const auto& [name, recall] : patternRecallAt2pct)
        patternsJson[name] = {{"recall_at_2pct", number(recall)}};
    return nlohmann::json{{"transactions", transactions}, {"positives", positives}, {"detectors", detectorsJson},
                          {"patterns", patternsJson}}
        .dump();
}

std::string Evaluation::toText() const
{
    std::string out;
    char line[256];
    std::snprintf(line, sizeof line, "%zu transactions, %zu labelled fraud\n\n", transactions, positives);
    out += line;
    if (positives == 0)
        return out + "No fraud labels in this data: nothing to measure against.\n";
    std::snprintf(line, sizeof line, "%-12s %7s %7s %9s %11s\n", "detector", "AUROC", "AUPRC", "prec@100", "recall@1%");
    out += line;
    const auto show = [](double v) { return std::isfinite(v) ? v : 0.0; };
    for (const auto& [name, r] : detectors) {
        std::snprintf(line, sizeof line, "%-12s %7.3f %7.3f %9.3f %11.3f\n", name.c_str(), show(r.auroc), show(r.auprc),
                      show(r.precisionAt100), show(r.recallAt1pct));
        out += line;
    }
    if (!patternRecallAt2pct.empty()) {
        out += "\nRecall per injected pattern at a 2% alert budget (fused):\n";
        for (const auto& [name, recall] : patternRecallAt2pct) {
            std::snprintf(line, sizeof line, "  %-18s %.3f\n", name.c_str(), show(recall));
            out += line;
        }
    }
    return out;
}

} // namespace fraudlens::eval
