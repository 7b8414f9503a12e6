#include "ingest/record_builder.h"

#include "ingest/csv_error.h"
#include "ingest/field_text.h"
#include "ingest/utf8.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace fraudlens::ingest {

namespace {

std::optional<int> parseLabel(std::string_view text)
{
    std::string lower(trimmed(text));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    static const std::map<std::string, int, std::less<>> kValues = {
        {"1", 1}, {"1.0", 1}, {"true", 1}, {"t", 1}, {"yes", 1}, {"y", 1}, {"fraud", 1}, {"fraudulent", 1},
        {"0", 0}, {"0.0", 0}, {"false", 0}, {"f", 0}, {"no", 0}, {"n", 0}, {"genuine", 0}, {"legit", 0},
        {"legitimate", 0}, {"normal", 0},
    };
    const auto found = kValues.find(lower);
    if (found == kValues.end())
        return std::nullopt;
    return found->second;
}

std::string shown(std::string_view value)
{
    constexpr size_t kMax = 40;
    std::string out(value.substr(0, kMax));
    if (value.size() > kMax)
        out += "...";
    return "\"" + out + "\"";
}

} // namespace

RecordBuilder::RecordBuilder(const Mapping& mapping, const std::vector<std::string>& header, std::string file)
    : m_header(header)
    , m_file(std::move(file))
    , m_timestamp(mapping.timestampSpec(CanonicalField::Timestamp))
    , m_createdAt(mapping.timestampSpec(CanonicalField::AccountCreatedAt))
    , m_allowNegative(mapping.allowNegativeAmounts)
{
    std::map<std::string, int, std::less<>> byName;
    for (size_t i = 0; i < header.size(); ++i) {
        const std::string name(trimmed(header[i]));
        if (name.empty())
            continue;
        if (!byName.emplace(name, static_cast<int>(i)).second)
            throw InputError(m_file, 1, static_cast<std::int64_t>(i) + 1,
                             "the header names column \"" + name + "\" twice");
    }
    auto find = [&](const std::string& column, const std::string& role) {
        const auto found = byName.find(column);
        if (found == byName.end())
            throw InputError(m_file, 1, 1, "the mapping's " + role + " column \"" + column
                                               + "\" is not in the header");
        return found->second;
    };
    m_index.fill(kNotMapped);
    for (size_t f = 0; f < kCanonicalFieldCount; ++f) {
        const std::string& column = mapping.columns[f];
        if (!column.empty())
            m_index[f] = find(column, std::string(kCanonicalFieldNames[f]));
    }
    for (const auto& column : mapping.extraNumeric)
        m_extraNumeric.emplace_back(find(column, "extra_numeric"), column);
    for (const auto& column : mapping.extraCategorical)
        m_extraCategorical.emplace_back(find(column, "extra_categorical"), column);
}

bool RecordBuilder::fail(const CsvRecord& row, int index, std::string reason, RowProblem& problem) const
{
    problem.line = row.line;
    problem.column = index + 1;
    problem.columnName = index >= 0 && static_cast<size_t>(index) < m_header.size() ? m_header[static_cast<size_t>(index)] : "";
    problem.reason = std::move(reason);
    return false;
}

bool RecordBuilder::build(const CsvRecord& row, store::TransactionRecord& record, RowProblem& problem) const
{
    if (row.fields.size() != m_header.size())
        return fail(row, -1, "wrong number of fields: the header has " + std::to_string(m_header.size())
                                 + ", this row has " + std::to_string(row.fields.size()),
                    problem);

    auto field = [&](CanonicalField f) -> std::string_view {
        const int index = m_index[static_cast<size_t>(f)];
        return index == kNotMapped ? std::string_view() : row.fields[static_cast<size_t>(index)];
    };
    auto indexOf = [&](CanonicalField f) { return m_index[static_cast<size_t>(f)]; };

    for (size_t f = 0; f < kCanonicalFieldCount; ++f) {
        const int index = m_index[f];
        if (index == kNotMapped)
            continue;
        const std::string_view value = row.fields[static_cast<size_t>(index)];
        if (isRequired(static_cast<CanonicalField>(f)) && trimmed(value).empty())
            return fail(row, index, "missing required field " + std::string(kCanonicalFieldNames[f]), problem);
        if (!isValidUtf8(value))
            return fail(row, index, "not valid UTF-8 text", problem);
    }

    const auto amount = parseFiniteNumber(field(CanonicalField::Amount));
    if (!amount)
        return fail(row, indexOf(CanonicalField::Amount), "not a number: " + shown(field(CanonicalField::Amount)), problem);
    if (*amount < 0 && !m_allowNegative)
        return fail(row, indexOf(CanonicalField::Amount),
                    "negative amount " + shown(field(CanonicalField::Amount))
                        + " (set \"allow_negative_amounts\": true in the mapping if the file means it)",
                    problem);
    const auto timestamp = m_timestamp.parse(field(CanonicalField::Timestamp));
    if (!timestamp)
        return fail(row, indexOf(CanonicalField::Timestamp),
                    "not a date: " + shown(field(CanonicalField::Timestamp)) + "; expected " + m_timestamp.expectation(),
                    problem);

    record.accountCreatedMs.reset();
    if (const std::string_view created = trimmed(field(CanonicalField::AccountCreatedAt)); !created.empty()) {
        record.accountCreatedMs = m_createdAt.parse(created);
        if (!record.accountCreatedMs)
            return fail(row, indexOf(CanonicalField::AccountCreatedAt),
                        "not a date: " + shown(created) + "; expected " + m_createdAt.expectation(), problem);
    }
    record.label.reset();
    if (const std::string_view label = trimmed(field(CanonicalField::Label)); !label.empty()) {
        record.label = parseLabel(label);
        if (!record.label)
            return fail(row, indexOf(CanonicalField::Label),
                        "not a label: " + shown(label) + " (expected 1/0, true/false, yes/no, fraud/genuine)", problem);
    }

    record.extraNumeric.clear();
    for (const auto& [index, name] : m_extraNumeric) {
        const std::string_view value = trimmed(row.fields[static_cast<size_t>(index)]);
        if (value.empty())
            continue;
        const auto number = parseFiniteNumber(value);
        if (!number)
            return fail(row, index, "not a number: " + shown(value), problem);
        record.extraNumeric.emplace_back(name, *number);
    }
    record.extraCategorical.clear();
    for (const auto& [index, name] : m_extraCategorical) {
        const std::string_view value = row.fields[static_cast<size_t>(index)];
        if (!isValidUtf8(value))
            return fail(row, index, "not valid UTF-8 text", problem);
        if (!value.empty())
            record.extraCategorical.emplace_back(name, std::string(value));
    }

    record.transactionId.assign(trimmed(field(CanonicalField::TransactionId)));
    record.accountId.assign(trimmed(field(CanonicalField::AccountId)));
    record.timestampMs = *timestamp;
    record.amount = *amount;
    record.currency.assign(trimmed(field(CanonicalField::Currency)));
    record.txType.assign(trimmed(field(CanonicalField::TxType)));
    record.status.assign(trimmed(field(CanonicalField::Status)));
    record.merchantId.assign(trimmed(field(CanonicalField::MerchantId)));
    record.deviceId.assign(trimmed(field(CanonicalField::DeviceId)));
    record.ip.assign(trimmed(field(CanonicalField::Ip)));
    record.cardId.assign(trimmed(field(CanonicalField::CardId)));
    record.email.assign(trimmed(field(CanonicalField::Email)));
    record.address.assign(trimmed(field(CanonicalField::Address)));
    record.country.assign(trimmed(field(CanonicalField::Country)));
    record.channel.assign(trimmed(field(CanonicalField::Channel)));
    record.category.assign(trimmed(field(CanonicalField::Category)));
    record.fraudPattern.assign(trimmed(field(CanonicalField::FraudPattern)));
    return true;
}

} // namespace fraudlens::ingest
