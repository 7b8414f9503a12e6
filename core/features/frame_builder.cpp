#include "features/frame_builder.h"

#include "features/headroom.h"
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
    for (std::size_t a = 0; a < frame.accountDbId.size(); ++a)
        if (std::uint32_t* slot = denseSlot(frame.accountDbId[a]))
            *slot = static_cast<std::uint32_t>(a);
    for (const std::string& name : frame.txTypeNames)
        m_txTypeIsRefund.push_back(isRefundType(name) ? 1 : 0);
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

// The slot of a store id in m_byDbId, grown on demand; null for ids the vector does not
// cover (no store, or ids far beyond the accounts seen: a sparse file stays on the map).
std::uint32_t* FrameBuilder::denseSlot(std::int64_t accountDbId)
{
    if (accountDbId <= 0)
        return nullptr;
    const auto id = static_cast<std::uint64_t>(accountDbId);
    if (id >= m_byDbId.size()) {
        const std::uint64_t limit = 4 * static_cast<std::uint64_t>(m_frame.accountDbId.size()) + 4096;
        if (id > limit)
            return nullptr;
        m_byDbId.resize(std::max<std::size_t>(static_cast<std::size_t>(id) + 1, m_byDbId.size() * 2), kNoId);
    }
    return &m_byDbId[static_cast<std::size_t>(id)];
}

std::uint32_t FrameBuilder::accountIndex(const store::TransactionRecord& record, std::int64_t accountDbId, bool frozen)
{
    std::uint32_t* slot = denseSlot(accountDbId);
    std::uint32_t index = slot != nullptr ? *slot : kNoId;
    if (index == kNoId) {
        const auto [it, inserted] =
            m_accounts.try_emplace(record.accountId, static_cast<std::uint32_t>(m_frame.accountDbId.size()));
        index = it->second;
        if (inserted) {
            m_frame.accountDbId.push_back(accountDbId);
            m_frame.accountExternalId.push_back(record.accountId);
            m_frame.accountCreatedMs.push_back(record.accountCreatedMs.value_or(TransactionFrame::kNoTime));
            m_frame.accountFrozen.push_back(frozen ? 1 : 0);
            // The vector's bound grows with the accounts: an id the first call could not
            // place may fit now.
            slot = denseSlot(accountDbId);
        }
        if (slot != nullptr)
            *slot = index;
    }
    if (record.accountCreatedMs && m_frame.accountCreatedMs[index] == TransactionFrame::kNoTime)
        m_frame.accountCreatedMs[index] = *record.accountCreatedMs;
    return index;
}

bool FrameBuilder::declined(const std::string& status)
{
    const auto it = m_statusDeclined.find(status);
    if (it != m_statusDeclined.end())
        return it->second != 0;
    const bool flag = isDeclinedStatus(status);
    m_statusDeclined.emplace(status, flag ? 1 : 0);
    return flag;
}

void FrameBuilder::reserve(std::size_t rows)
{
    TransactionFrame& f = m_frame;
    const std::size_t n = f.size() + rows;
    f.txId.reserve(n);
    f.tsMs.reserve(n);
    f.account.reserve(n);
    f.amount.reserve(n);
    f.isRefund.reserve(n);
    f.isDeclined.reserve(n);
    f.country.reserve(n);
    f.txType.reserve(n);
    for (auto& column : f.entity)
        column.reserve(n);
    f.label.reserve(n);
    f.pattern.reserve(n);
    for (auto& column : f.extraNumeric)
        column.reserve(n);
    for (auto& column : f.extraCategorical)
        column.reserve(n);

    // Accounts and entities in the proportion the rows so far brought them (keysAfter).
    const std::size_t accounts = keysAfter(f.accountCount(), f.size(), rows);
    m_accounts.reserve(accounts);
    m_lastEntity.reserve(accounts);
    f.accountDbId.reserve(accounts);
    f.accountExternalId.reserve(accounts);
    f.accountCreatedMs.reserve(accounts);
    f.accountFrozen.reserve(accounts);
    for (std::size_t kind = 0; kind < kEntityKindCount; ++kind) {
        const std::size_t entities = keysAfter(f.entityNames[kind].size(), f.size(), rows);
        m_entities[kind].reserve(entities);
        f.entityNames[kind].reserve(entities);
    }
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
    const std::uint32_t account = accountIndex(record, accountDbId, accountFrozen);
    f.account.push_back(account);
    f.amount.push_back(record.amount);
    const std::uint32_t txType = intern(m_txTypes, f.txTypeNames, record.txType);
    if (txType != kNoId && txType >= m_txTypeIsRefund.size())
        m_txTypeIsRefund.push_back(isRefundType(record.txType) ? 1 : 0);
    f.isRefund.push_back(txType != kNoId ? m_txTypeIsRefund[txType] : std::uint8_t{0});
    f.isDeclined.push_back(declined(record.status) ? 1 : 0);
    f.country.push_back(intern(m_countries, f.countryNames, record.country));
    f.txType.push_back(txType);
    const std::array<const std::string*, kEntityKindCount> entityText = {
        &record.deviceId, &record.ip, &record.cardId, &record.address, &record.email, &record.merchantId};
    if (account >= m_lastEntity.size()) {
        std::array<std::uint32_t, kEntityKindCount> none{};
        none.fill(kNoId);
        m_lastEntity.resize(account + 1, none);
    }
    auto& last = m_lastEntity[account];
    for (std::size_t k = 0; k < kEntityKindCount; ++k) {
        const std::string& text = *entityText[k];
        if (last[k] == kNoId || text.empty() || f.entityNames[k][last[k]] != text) {
            const std::uint32_t id = intern(m_entities[k], f.entityNames[k], text);
            if (id != kNoId)
                last[k] = id;
            f.entity[k].push_back(id);
        } else {
            f.entity[k].push_back(last[k]);
        }
    }
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
