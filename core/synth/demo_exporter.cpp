#include "synth/demo_exporter.h"

#include "ingest/builtin_profiles.h"
#include "ingest/csv_writer.h"
#include "store/database.h"
#include "store/import_batch.h"
#include "store/statement.h"
#include "util/clock.h"
#include "util/sha256.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <stdexcept>

namespace fraudlens::synth {

namespace {

std::string configJson(const DemoConfig& config)
{
    return nlohmann::json{{"generator", "fraudlens-demo"}, {"accounts", config.accounts}, {"days", config.days},
                          {"seed", config.seed}, {"start", util::formatIsoUtc(config.startMs)}}
        .dump();
}

std::string formatAmount(double amount)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, amount, std::chars_format::fixed, 2);
    return error == std::errc() ? std::string(buffer, end) : std::to_string(amount);
}

} // namespace

bool DemoExporter::toDatabase(store::Database& db, const DemoConfig& config,
                              const std::vector<store::TransactionRecord>& records, util::Progress* progress,
                              const std::string& actor)
{
    {
        store::Statement count(db, "SELECT COUNT(*) FROM transactions");
        count.step();
        if (count.columnInt(0) > 0)
            throw std::runtime_error(db.path() + ": already holds " + std::to_string(count.columnInt(0))
                                     + " transactions; build the demo into a new database file");
    }
    const std::string description = configJson(config);
    store::ImportBatch batch(db, "demo generator", util::Sha256::of(description), description);
    store::TransactionWriter& writer = batch.writer();
    const double total = static_cast<double>(std::max<size_t>(records.size(), 1));
    for (size_t i = 0; i < records.size(); ++i) {
        if (i % 8192 == 0 && !util::reportProgress(progress, static_cast<double>(i) / total, "storing"))
            return false;
        if (writer.write(records[i]) != store::TransactionWriter::Outcome::Stored)
            throw std::logic_error("demo generator produced a duplicate transaction id " + records[i].transactionId);
    }
    nlohmann::json details = nlohmann::json::parse(description);
    details["transactions"] = writer.stored();
    details["accounts"] = writer.accountsCreated();
    batch.commit(actor, static_cast<std::int64_t>(records.size()), 0, details.dump());
    util::reportProgress(progress, 1.0, "storing");
    return true;
}

void DemoExporter::toCsv(const std::string& path, const std::vector<store::TransactionRecord>& records)
{
    // Column names come from the demo profile so that `import --profile demo` reads them back.
    const ingest::Mapping profile = *ingest::builtinProfile("demo");
    using F = ingest::CanonicalField;
    const std::vector<F> order = {F::TransactionId, F::AccountId, F::AccountCreatedAt, F::Timestamp, F::Amount,
                                  F::Currency, F::TxType, F::Status, F::MerchantId, F::DeviceId, F::Ip, F::CardId,
                                  F::Email, F::Address, F::Country, F::Channel, F::Category, F::Label, F::FraudPattern};
    ingest::CsvWriter writer(path);
    std::vector<std::string_view> fields;
    for (F field : order)
        fields.push_back(profile.column(field));
    writer.writeRow(fields);

    std::string created, timestamp, amount, label;
    for (const auto& r : records) {
        created = r.accountCreatedMs ? util::formatIsoUtc(*r.accountCreatedMs) : std::string();
        timestamp = util::formatIsoUtc(r.timestampMs);
        amount = formatAmount(r.amount);
        label = r.label ? std::to_string(*r.label) : std::string();
        writer.writeRow({r.transactionId, r.accountId, created, timestamp, amount, r.currency, r.txType, r.status,
                         r.merchantId, r.deviceId, r.ip, r.cardId, r.email, r.address, r.country, r.channel,
                         r.category, label, r.fraudPattern});
    }
    writer.close();
}

} // namespace fraudlens::synth
