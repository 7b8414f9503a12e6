#include "scoring/fusion.h"

#include "scoring/account_context.h"
#include "store/database.h"
#include "store/statement.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace fraudlens::scoring {

namespace {

float sigmoid(double z) { return static_cast<float>(1.0 / (1.0 + std::exp(-z))); }

} // namespace

Fusion Fusion::defaults()
{
    Fusion f;
    // Rings and rules carry their own meaning (a ring is a ring), models are statistical.
    f.m_weights = {0.9f, 1.0f, 0.9f, 0.8f, 0.6f};
    return f;
}

float Fusion::combine(const Evidence& e) const
{
    if (m_learned) {
        double z = m_bias;
        for (std::size_t d = 0; d < kDetectorCount; ++d)
            z += static_cast<double>(m_weights[d]) * e[d];
        return sigmoid(z);
    }
    double keep = 1.0;
    for (std::size_t d = 0; d < kDetectorCount; ++d)
        keep *= 1.0 - static_cast<double>(std::clamp(m_weights[d] * e[d], 0.0f, 1.0f));
    return static_cast<float>(1.0 - keep);
}

void Fusion::carryRefundRisk(const std::vector<std::uint32_t>& reversedOrder, std::vector<float>& risk)
{
    for (std::size_t row = 0; row < reversedOrder.size() && row < risk.size(); ++row) {
        const std::uint32_t order = reversedOrder[row];
        if (order < risk.size())
            risk[order] = std::max(risk[order], risk[row]);
    }
}

void Fusion::applyAccountContext(const std::vector<std::uint32_t>& account, const std::vector<std::int64_t>& tsMs,
                                 std::vector<float>& risk) const
{
    // Every row first: in batch the account's whole history, later rows included, is context.
    AccountContext context;
    for (std::size_t i = 0; i < risk.size(); ++i)
        context.add(account[i], static_cast<std::uint32_t>(i), tsMs[i], risk[i]);
    for (std::size_t i = 0; i < risk.size(); ++i)
        risk[i] = context.lift(account[i], tsMs[i], risk[i]);
}

Fusion Fusion::fromDatabase(store::Database& db)
{
    store::Statement s(db, "SELECT value FROM settings WHERE key = 'fusion.weights'");
    return s.step() ? fromJson(s.columnText(0)) : defaults();
}

std::optional<Fusion> Fusion::learnFromDecisions(const std::vector<Evidence>& evidence, const std::vector<int>& outcome)
{
    const auto positives = static_cast<std::size_t>(std::count(outcome.begin(), outcome.end(), 1));
    const std::size_t negatives = outcome.size() - positives;
    if (positives < 10 || negatives < 10)
        return std::nullopt;
    // Plain gradient descent on the L2-regularised log-loss: five weights and a bias do not
    // need a solver library, and it is deterministic.
    std::array<double, kDetectorCount> w{};
    double b = 0.0;
    constexpr double kL2 = 1e-2;
    constexpr double kRate = 0.5;
    const auto n = static_cast<double>(outcome.size());
    for (int iteration = 0; iteration < 2000; ++iteration) {
        std::array<double, kDetectorCount> gw{};
        double gb = 0.0;
        for (std::size_t i = 0; i < outcome.size(); ++i) {
            double z = b;
            for (std::size_t d = 0; d < kDetectorCount; ++d)
                z += w[d] * evidence[i][d];
            const double err = 1.0 / (1.0 + std::exp(-z)) - outcome[i];
            for (std::size_t d = 0; d < kDetectorCount; ++d)
                gw[d] += err * evidence[i][d];
            gb += err;
        }
        for (std::size_t d = 0; d < kDetectorCount; ++d)
            w[d] -= kRate * (gw[d] / n + kL2 * w[d]);
        b -= kRate * gb / n;
    }
    Fusion f;
    for (std::size_t d = 0; d < kDetectorCount; ++d)
        f.m_weights[d] = static_cast<float>(w[d]);
    f.m_bias = static_cast<float>(b);
    f.m_learned = true;
    return f;
}

std::string Fusion::toJson() const
{
    nlohmann::json weights = nlohmann::json::object();
    for (std::size_t d = 0; d < kDetectorCount; ++d)
        weights[std::string(kDetectorNames[d])] = m_weights[d];
    return nlohmann::json{{"mode", m_learned ? "logistic" : "noisy_or"}, {"weights", weights}, {"bias", m_bias}}.dump();
}

Fusion Fusion::fromJson(const std::string& json)
{
    Fusion f = defaults();
    try {
        const auto j = nlohmann::json::parse(json);
        f.m_learned = j.at("mode").get<std::string>() == "logistic";
        f.m_bias = j.value("bias", 0.0f);
        for (std::size_t d = 0; d < kDetectorCount; ++d)
            f.m_weights[d] = j.at("weights").at(std::string(kDetectorNames[d])).get<float>();
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("stored fusion weights are damaged: ") + e.what());
    }
    return f;
}

} // namespace fraudlens::scoring
