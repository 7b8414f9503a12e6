#include "ingest/record_builder.h"

#include "ingest/csv_error.h"
#include "ingest/field_text.h"
#include "ingest/utf8.h"

#include <map>

namespace fraudlens::ingest {

namespace {

// The canonical fields kept as text, and where each goes in the record.
constexpr std::pair<CanonicalField, std::string store::TransactionRecord::*> kTextFields[] = {
    {CanonicalField::TransactionId, &store::TransactionRecord::transactionId},
    {CanonicalField::AccountId, &store::TransactionRecord::accountId},
    {CanonicalField::Currency, &store::TransactionRecord::currency},
    {CanonicalField::TxType, &store::TransactionRecord::txType},
    {CanonicalField::Status, &store::TransactionRecord::status},
    {CanonicalField::MerchantId, &store::TransactionRecord::merchantId},
    {CanonicalField::DeviceId, &store::TransactionRecord::deviceId},
    {CanonicalField::Ip, &store::TransactionRecord::ip},
    {CanonicalField::CardId, &store::TransactionRecord::cardId},
    {CanonicalField::Email, &store::TransactionRecord::email},
    {CanonicalField::Address, &store::TransactionRecord::address},
    {CanonicalField::Country, &store::TransactionRecord::country},
    {CanonicalField::Channel, &store::TransactionRecord::channel},
    {CanonicalField::Category, &store::TransactionRecord::category},
    {CanonicalField::FraudPattern, &store::TransactionRecord::fraudPattern},
};

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

    for (const auto& [canonical, member] : kTextFields)
        (record.*member).assign(trimmed(field(canonical)));
    record.timestampMs = *timestamp;
    record.amount = *amount;
    return true;
}

} // namespace fraudlens::ingest
