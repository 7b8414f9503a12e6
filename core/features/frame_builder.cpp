#include "features/frame_builder.h"

#include "store/transaction_record.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>

namespace fraudlens::features {

namespace {

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool containsAny(const std::string& text, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(), [&](std::string_view n) { return text.find(n) != std::string::npos; });
}

} // namespace

FrameBuilder::FrameBuilder(TransactionFrame& frame) : m_frame(frame)
{
    // Re-entering an existing frame (live mode after a batch load) keeps its ids.
    for (std::size_t a = 0; a < frame.accountExternalId.size(); ++a)
        m_accounts.emplace(frame.accountExternalId[a], static_cast<std::uint32_t>(a));
    for (std::size_t k = 0; k < kEntityKindCount; ++k)
        for (std::size_t e = 0; e < frame.entityNames[k].size(); ++e)
            m_entities[k].emplace(frame.entityNames[k][e], static_cast<std::uint32_t>(e));
    for (std::size_t c = 0; c < frame.countryNames.size(); ++c)
        m_countries.emplace(frame.countryNames[c], static_cast<std::uint32_t>(c));
    for (std::size_t t = 0; t < frame.txTypeNames.size(); ++t)
        m_txTypes.emplace(frame.txTypeNames[t], static_cast<std::uint32_t>(t));
    for (std::size_t p = 0; p < frame.patternNames.size(); ++p)
        m_patterns.emplace(frame.patternNames[p], static_cast<std::uint32_t>(p));
    m_categories.resize(frame.extraCategoricalNames.size());
    frame.extraCategoryValues.resize(frame.extraCategoricalNames.size());
    for (std::size_t c = 0; c < frame.extraCategoryValues.size(); ++c)
        for (std::size_t v = 0; v < frame.extraCategoryValues[c].size(); ++v)
            m_categories[c].emplace(frame.extraCategoryValues[c][v], static_cast<std::uint32_t>(v));
}

bool FrameBuilder::isRefundType(std::string_view txType)
{
    return containsAny(lowered(txType), {"refund", "return", "chargeback", "reversal"});
}

bool FrameBuilder::isDeclinedStatus(std::string_view status)
{
    return containsAny(lowered(status), {"declin", "fail", "reject", "denied", "blocked"});
}

std::uint32_t FrameBuilder::intern(std::unordered_map<std::string, std::uint32_t>& ids, std::vector<std::string>& names,
                                   const std::string& text)
{
    if (text.empty())
        return kNoId;
    const auto [it, inserted] = ids.try_emplace(text, static_cast<std::uint32_t>(names.size()));
    if (inserted)
        names.push_back(text);
    return it->second;
}

std::uint32_t FrameBuilder::accountIndex(const store::TransactionRecord& record, std::int64_t accountDbId, bool frozen)
{
    const auto [it, inserted] = m_accounts.try_emplace(record.accountId, static_cast<std::uint32_t>(m_frame.accountDbId.size()));
    if (inserted) {
        m_frame.accountDbId.push_back(accountDbId);
        m_frame.accountExternalId.push_back(record.accountId);
        m_frame.accountCreatedMs.push_back(record.accountCreatedMs.value_or(TransactionFrame::kNoTime));
        m_frame.accountFrozen.push_back(frozen ? 1 : 0);
    } else if (record.accountCreatedMs && m_frame.accountCreatedMs[it->second] == TransactionFrame::kNoTime) {
        m_frame.accountCreatedMs[it->second] = *record.accountCreatedMs;
    }
    return it->second;
}

std::size_t FrameBuilder::extraNumericColumn(const std::string& name)
{
    const auto& names = m_frame.extraNumericNames;
    const auto it = std::find(names.begin(), names.end(), name);
    if (it != names.end())
        return static_cast<std::size_t>(it - names.begin());
    // A column first seen late: earlier rows did not have it.
    m_frame.extraNumericNames.push_back(name);
    m_frame.extraNumeric.emplace_back(m_frame.size(), std::nanf(""));
    return names.size() - 1;
}

std::size_t FrameBuilder::extraCategoricalColumn(const std::string& name)
{
    const auto& names = m_frame.extraCategoricalNames;
    const auto it = std::find(names.begin(), names.end(), name);
    if (it != names.end())
        return static_cast<std::size_t>(it - names.begin());
    m_frame.extraCategoricalNames.push_back(name);
    m_frame.extraCategorical.emplace_back(m_frame.size(), kNoId);
    m_frame.extraCategoryValues.emplace_back();
    m_categories.emplace_back();
    return names.size() - 1;
}

std::size_t FrameBuilder::append(const store::TransactionRecord& record, std::int64_t txId, std::int64_t accountDbId,
                                 bool accountFrozen)
{
    TransactionFrame& f = m_frame;
    if (!f.tsMs.empty() && record.timestampMs < f.tsMs.back())
        throw std::invalid_argument("transactions must be appended in time order");
    const std::size_t row = f.size();
    f.txId.push_back(txId);
    f.tsMs.push_back(record.timestampMs);
    f.account.push_back(accountIndex(record, accountDbId, accountFrozen));
    f.amount.push_back(record.amount);
    f.isRefund.push_back(isRefundType(record.txType) ? 1 : 0);
    f.isDeclined.push_back(isDeclinedStatus(record.status) ? 1 : 0);
    f.country.push_back(intern(m_countries, f.countryNames, record.country));
    f.txType.push_back(intern(m_txTypes, f.txTypeNames, record.txType));
    const std::array<const std::string*, kEntityKindCount> entityText = {
        &record.deviceId, &record.ip, &record.cardId, &record.address, &record.email, &record.merchantId};
    for (std::size_t k = 0; k < kEntityKindCount; ++k)
        f.entity[k].push_back(intern(m_entities[k], f.entityNames[k], *entityText[k]));
    f.label.push_back(record.label ? static_cast<std::int8_t>(*record.label) : std::int8_t{-1});
    const std::uint32_t pattern = intern(m_patterns, f.patternNames, record.fraudPattern);
    f.pattern.push_back(pattern == kNoId ? std::uint8_t{0} : static_cast<std::uint8_t>(pattern + 1));

    for (auto& column : f.extraNumeric)
        column.push_back(std::nanf(""));
    for (auto& column : f.extraCategorical)
        column.push_back(kNoId);
    for (const auto& [name, value] : record.extraNumeric)
        f.extraNumeric[extraNumericColumn(name)][row] = static_cast<float>(value);
    for (const auto& [name, value] : record.extraCategorical) {
        const std::size_t c = extraCategoricalColumn(name);
        if (value.empty())
            continue;
        f.extraCategorical[c][row] = intern(m_categories[c], f.extraCategoryValues[c], value);
    }
    return row;
}

TransactionFrame FrameBuilder::fromRecords(const std::vector<store::TransactionRecord>& records)
{
    TransactionFrame frame;
    FrameBuilder builder(frame);
    std::int64_t id = 0;
    for (const auto& record : records) {
        ++id;
        builder.append(record, id, 0);
    }
    // Without a store, an account's id is its position plus one.
    for (std::size_t a = 0; a < frame.accountDbId.size(); ++a)
        frame.accountDbId[a] = static_cast<std::int64_t>(a) + 1;
    return frame;
}

} // namespace fraudlens::features
