#include "synth/demo_generator.h"

#include "synth/calendar.h"
#include "synth/fraud_injector.h"
#include "synth/genuine_activity.h"
#include "synth/merchant_directory.h"
#include "synth/population.h"
#include "synth/random.h"
#include "synth/record_writer.h"

#include <algorithm>
#include <utility>

namespace fraudlens::synth {

namespace {

constexpr const char* kStage = "generating";
// Progress budget per phase (fractions of the bar), roughly matching their cost.
constexpr double kGenuineEnd = 0.35;
constexpr double kFraudEnd = 0.40;
constexpr double kSortEnd = 0.45;

} // namespace

DemoGenerator::DemoGenerator(DemoConfig config) : m_config(config) {}

std::vector<store::TransactionRecord> DemoGenerator::generate(util::Progress* progress)
{
    if (m_config.accounts <= 0 || m_config.days <= 0)
        return {};
    if (!util::reportProgress(progress, 0.0, kStage))
        return {};

    // Separate streams per phase: tuning one phase leaves the others' draws untouched.
    Random calendarRng(mixSeed(m_config.seed, 1));
    Random populationRng(mixSeed(m_config.seed, 2));
    Random genuineRng(mixSeed(m_config.seed, 3));
    Random fraudRng(mixSeed(m_config.seed, 4));

    const Calendar calendar(m_config.startMs, m_config.days, calendarRng);
    const MerchantDirectory merchants(std::max(20, m_config.accounts / 25), populationRng);
    Population population(m_config, calendar, populationRng);

    std::vector<SynthEvent> events;
    // ~12 per account per 60 days plus refunds and the fraud share.
    events.reserve(static_cast<std::size_t>(m_config.accounts) * static_cast<std::size_t>(m_config.days) / 4 + 1024);
    GenuineActivity genuine(population, merchants, calendar, genuineRng);
    const std::uint32_t accounts = population.genuineCount();
    for (std::uint32_t i = 0; i < accounts; ++i) {
        genuine.generate(i, events);
        if ((i & 1023u) == 1023u && !util::reportProgress(progress, kGenuineEnd * i / accounts, kStage))
            return {};
    }

    FraudInjector fraud(population, merchants, calendar, fraudRng, events);
    fraud.inject(events.size());
    if (!util::reportProgress(progress, kFraudEnd, kStage))
        return {};

    // stable_sort: equal timestamps keep generation order, which is itself deterministic,
    // so ids assigned below are reproducible on every standard library.
    std::stable_sort(events.begin(), events.end(),
                     [](const SynthEvent& a, const SynthEvent& b) { return a.timestampMs < b.timestampMs; });
    if (!util::reportProgress(progress, kSortEnd, kStage))
        return {};

    const RecordWriter writer(population, m_config.seed);
    std::vector<store::TransactionRecord> records(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        writer.write(events[i], i, records[i]);
        if ((i & 16383u) == 16383u
            && !util::reportProgress(progress, kSortEnd + (1.0 - kSortEnd) * static_cast<double>(i) / events.size(), kStage))
            return {};
    }
    if (!util::reportProgress(progress, 1.0, kStage))
        return {};
    return records;
}

} // namespace fraudlens::synth
