#include "features/feature_extractor.h"

#include "features/feature_names.h"
#include "features/headroom.h"
#include "features/transaction_frame.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fraudlens::features {

namespace {

constexpr double kHourMs = 3'600'000.0;
constexpr float kNoGapSeconds = 1e9f;
constexpr float kQuickRefundHours = 24.0f;
constexpr double kMinPeers = 50.0; // fewer peer transactions than this describe nothing

float hoursBetween(std::int64_t from, std::int64_t to) { return static_cast<float>(static_cast<double>(to - from) / kHourMs); }

template <typename T>
void growTo(std::vector<T>& v, std::uint32_t id, T fill = T{})
{
    if (id >= v.size())
        v.resize(static_cast<std::size_t>(id) + 1, fill);
}

} // namespace

FeatureExtractor::PairSeen::Seen FeatureExtractor::PairSeen::add(std::uint32_t first, std::uint32_t second, std::int64_t tsMs)
{
    const auto [it, inserted] = firstSeen.try_emplace((static_cast<std::uint64_t>(first) << 32) | second, tsMs);
    if (!inserted)
        return {it->second, false};
    growTo(perFirst, first);
    growTo(perSecond, second);
    ++perFirst[first];
    ++perSecond[second];
    return {tsMs, true};
}

void FeatureExtractor::PairSeen::reserve(std::size_t pairs, std::size_t firsts, std::size_t seconds)
{
    firstSeen.reserve(pairs);
    perFirst.reserve(firsts);
    perSecond.reserve(seconds);
}

void FeatureExtractor::reserve(const TransactionFrame& frame, std::size_t moreRows)
{
    const std::size_t rows = frame.size();
    const auto after = [&](std::size_t keys) { return keysAfter(keys, rows, moreRows); };
    const auto entities = [&](EntityKind kind) { return after(frame.entityCount(kind)); };
    const std::size_t accounts = after(frame.accountCount());
    const std::size_t devices = entities(EntityKind::Device);
    const std::size_t ips = entities(EntityKind::Ip);
    const std::size_t cards = entities(EntityKind::Card);
    const std::size_t merchants = entities(EntityKind::Merchant);
    const std::size_t countries = after(frame.countryNames.size());

    m_accounts.reserve(accounts);
    for (WindowCounter* w : {&m_accountWindows, &m_accountDeclines, &m_accountRefunds, &m_accountOrders, &m_accountQuickRefunds})
        w->reserve(accounts);
    m_deviceWindows.reserve(devices);
    m_cardWindows.reserve(cards);
    m_cardDeclines.reserve(cards);
    m_ipWindows.reserve(ips);
    m_merchantWindows.reserve(merchants);
    m_merchantFirstTs.reserve(merchants);
    m_merchantTotal.reserve(merchants);
    const auto pairs = [&](PairSeen& seen, std::size_t firsts, std::size_t seconds) {
        seen.reserve(after(seen.firstSeen.size()), firsts, seconds);
    };
    pairs(m_accountDevice, accounts, devices);
    pairs(m_accountIp, accounts, ips);
    pairs(m_accountCard, accounts, cards);
    pairs(m_accountCountry, accounts, countries);
    pairs(m_accountAddress, accounts, entities(EntityKind::Address));
    pairs(m_accountEmail, accounts, entities(EntityKind::Email));
    pairs(m_deviceCard, devices, cards);
}

FeatureExtractor::FeatureExtractor(const TransactionFrame& frame)
    : m_schema(featureSchemaFor(frame.extraNumericNames, frame.extraCategoricalNames))
    , m_categoryCounts(frame.extraCategoricalNames.size())
{
}

float FeatureExtractor::frequency(std::vector<std::uint32_t>& counts, std::uint32_t id, std::uint64_t total)
{
    if (id == kNoId)
        return 0.0f;
    growTo(counts, id);
    ++counts[id];
    return static_cast<float>(static_cast<double>(counts[id]) / static_cast<double>(total));
}

void FeatureExtractor::amountFeatures(AccountState& state, double amount, float* out) const
{
    auto& recent = state.recentAmounts;
    if (recent.empty()) {
        out[AcctMedianAmount] = 0.0f;
        out[AmountToMedian] = 1.0f;
        out[AmountRobustZ] = 0.0f;
    } else {
        std::vector<float> sorted(recent);
        const auto mid = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2);
        std::nth_element(sorted.begin(), mid, sorted.end());
        const float median = *mid;
        for (auto& v : sorted)
            v = std::fabs(v - median);
        std::nth_element(sorted.begin(), mid, sorted.end());
        // A floor on the scale: an account that always pays 9.99 has MAD 0, and a 10.49
        // payment is not a 50-sigma event.
        const float scale = std::max(1.4826f * *mid, 0.1f * median + 1.0f);
        out[AcctMedianAmount] = median;
        out[AmountToMedian] = static_cast<float>(amount / std::max(median, 0.01f));
        out[AmountRobustZ] = static_cast<float>((amount - median) / scale);
    }
    if (recent.size() < kRecent)
        recent.push_back(static_cast<float>(amount));
    else
        recent[state.prior % kRecent] = static_cast<float>(amount);
}

std::optional<FeatureExtractor::Reversal> FeatureExtractor::matchRefund(AccountState& state, std::uint32_t merchant,
                                                                       double amount)
{
    auto& open = state.openOrders;
    const auto sameMerchant = [&](const OpenOrder& o) { return o.merchant == merchant; };
    // Whole-basket refunds are the common case; a partial one takes the newest order it fits in.
    bool whole = true;
    auto it = std::find_if(open.rbegin(), open.rend(), [&](const OpenOrder& o) {
        return sameMerchant(o) && std::fabs(o.amount - amount) <= 0.005 * std::max(o.amount, 1.0);
    });
    if (it == open.rend()) {
        whole = false;
        it = std::find_if(open.rbegin(), open.rend(), [&](const OpenOrder& o) { return sameMerchant(o) && o.amount >= amount; });
    }
    if (it == open.rend())
        return std::nullopt;
    const Reversal reversal{*it, whole};
    open.erase(std::next(it).base());
    return reversal;
}

void FeatureExtractor::refundFeatures(const TransactionFrame& f, std::size_t row, AccountState& acct, float* out)
{
    const std::int64_t ts = f.tsMs[row];
    const std::uint32_t account = f.account[row];
    const std::uint32_t merchant = f.entityOf(EntityKind::Merchant, row);
    const double amount = std::fabs(f.amount[row]); // some sources sign refunds negative
    const bool isRefund = f.isRefund[row] != 0;
    m_reversedOrder = kNoId;
    out[RefundHours] = -1.0f;
    bool quick = false;
    if (isRefund) {
        if (const auto reversal = matchRefund(acct, merchant, amount)) {
            m_reversedOrder = reversal->order.row;
            out[RefundHours] = hoursBetween(reversal->order.ts, ts);
            // Money back before a parcel could have gone out and come back: "item not
            // received" claims, the refund abuser's favourite. Only a whole-order refund
            // counts: a partial one may belong to an older order than the one guessed.
            quick = reversal->wholeOrder && out[RefundHours] < kQuickRefundHours;
        }
    } else if (f.isDeclined[row] == 0) {
        if (acct.openOrders.size() == kOpenOrders)
            acct.openOrders.erase(acct.openOrders.begin());
        acct.openOrders.push_back({ts, amount, merchant, static_cast<std::uint32_t>(row)});
    }
    // Serial refunding shows in recent behaviour; a long honest history must not hide it.
    const auto refunds = isRefund ? m_accountRefunds.add(account, ts, 1.0) : m_accountRefunds.peek(account, ts);
    const auto orders = !isRefund ? m_accountOrders.add(account, ts, 1.0) : m_accountOrders.peek(account, ts);
    out[AcctRefunds30d] = refunds.count[1];
    out[RefundRatio30d] = refunds.count[1] / std::max(orders.count[1], 1.0f);
    out[AcctQuickRefunds30d] = quick ? m_accountQuickRefunds.add(account, ts, 1.0).count[1]
                                     : m_accountQuickRefunds.peek(account, ts).count[1];
}

void FeatureExtractor::extract(const TransactionFrame& f, std::size_t row, float* out)
{
    std::fill(out, out + m_schema.size(), 0.0f);
    ++m_seen;
    const std::int64_t ts = f.tsMs[row];
    const std::uint32_t account = f.account[row];
    const double amount = f.amount[row];
    growTo(m_accounts, account);
    AccountState& acct = m_accounts[account];
    const bool hasHistory = acct.prior > 0;
    if (!hasHistory)
        acct.firstTs = ts;

    out[LogAmount] = static_cast<float>(std::log1p(std::max(amount, 0.0)));
    out[Amount] = static_cast<float>(amount);
    amountFeatures(acct, amount, out);
    const float gapSeconds = hasHistory ? static_cast<float>(static_cast<double>(ts - acct.lastTs) / 1000.0) : kNoGapSeconds;
    out[SecsSincePrev] = gapSeconds;
    out[LogGap] = std::log1p(std::max(gapSeconds, 0.0f));
    out[AcctPriorTx] = static_cast<float>(acct.prior);
    const std::int64_t created = account < f.accountCreatedMs.size() ? f.accountCreatedMs[account] : TransactionFrame::kNoTime;
    const std::int64_t origin = created != TransactionFrame::kNoTime ? std::min(created, ts) : acct.firstTs;
    out[AcctAgeHours] = hoursBetween(origin, ts);

    const auto acctWindows = m_accountWindows.add(account, ts, amount);
    out[AcctTx1h] = acctWindows.count[0];
    out[AcctTx24h] = acctWindows.count[1];
    out[AcctTx7d] = acctWindows.count[2];
    out[AcctAmount24h] = acctWindows.sum[1];

    const std::uint32_t device = f.entityOf(EntityKind::Device, row);
    const std::uint32_t card = f.entityOf(EntityKind::Card, row);
    const std::uint32_t ip = f.entityOf(EntityKind::Ip, row);
    const std::uint32_t address = f.entityOf(EntityKind::Address, row);
    const std::uint32_t email = f.entityOf(EntityKind::Email, row);
    const std::uint32_t merchant = f.entityOf(EntityKind::Merchant, row);
    const std::uint32_t country = f.country[row];
    if (device != kNoId) {
        const auto w = m_deviceWindows.add(device, ts, amount);
        out[DeviceTx1h] = w.count[0];
        out[DeviceTx24h] = w.count[1];
        const auto seen = m_accountDevice.add(account, device, ts);
        out[NewDevice] = seen.isNew && hasHistory ? 1.0f : 0.0f;
        out[AcctDeviceAgeHours] = hoursBetween(seen.since, ts);
        out[DeviceAccounts] = static_cast<float>(m_accountDevice.countSecond(device));
        if (card != kNoId)
            m_deviceCard.add(device, card, ts);
        out[DeviceCards] = static_cast<float>(m_deviceCard.countFirst(device));
    }
    if (card != kNoId) {
        const auto w = m_cardWindows.add(card, ts, amount);
        out[CardTx1h] = w.count[0];
        out[CardTx24h] = w.count[1];
        out[NewCard] = m_accountCard.add(account, card, ts).isNew && hasHistory ? 1.0f : 0.0f;
        out[CardAccounts] = static_cast<float>(m_accountCard.countSecond(card));
        if (f.isDeclined[row] != 0)
            out[CardDeclines1h] = m_cardDeclines.add(card, ts, 1.0).count[0];
        else
            out[CardDeclines1h] = m_cardDeclines.peek(card, ts).count[0];
    }
    if (ip != kNoId) {
        const auto w = m_ipWindows.add(ip, ts, amount);
        out[IpTx1h] = w.count[0];
        out[IpTx24h] = w.count[1];
        out[NewIp] = m_accountIp.add(account, ip, ts).isNew && hasHistory ? 1.0f : 0.0f;
        out[IpAccounts] = static_cast<float>(m_accountIp.countSecond(ip));
    }
    if (address != kNoId) {
        m_accountAddress.add(account, address, ts);
        out[AddressAccounts] = static_cast<float>(m_accountAddress.countSecond(address));
    }
    if (email != kNoId) {
        m_accountEmail.add(account, email, ts);
        out[EmailAccounts] = static_cast<float>(m_accountEmail.countSecond(email));
    }
    if (country != kNoId) {
        const auto seen = m_accountCountry.add(account, country, ts);
        out[NewCountry] = seen.isNew && hasHistory ? 1.0f : 0.0f;
        out[AcctCountryAgeHours] = hoursBetween(seen.since, ts);
    } else {
        out[AcctCountryAgeHours] = out[AcctAgeHours];
    }
    if (device == kNoId)
        out[AcctDeviceAgeHours] = out[AcctAgeHours]; // nothing new to see without a device
    out[AcctDevices] = static_cast<float>(m_accountDevice.countFirst(account));
    out[AcctCards] = static_cast<float>(m_accountCard.countFirst(account));

    // Cyclic time: 23:00 and 00:00 are neighbours. UTC, as stored.
    const double hours = static_cast<double>(ts) / kHourMs;
    const double hourOfDay = std::fmod(std::fmod(hours, 24.0) + 24.0, 24.0);
    // 1970-01-01 was a Thursday; the phase does not matter to the models, the period does.
    const double dayOfWeek = std::fmod(std::fmod(hours / 24.0, 7.0) + 7.0, 7.0);
    constexpr double tau = 2.0 * std::numbers::pi;
    out[HourSin] = static_cast<float>(std::sin(tau * hourOfDay / 24.0));
    out[HourCos] = static_cast<float>(std::cos(tau * hourOfDay / 24.0));
    out[DowSin] = static_cast<float>(std::sin(tau * dayOfWeek / 7.0));
    out[DowCos] = static_cast<float>(std::cos(tau * dayOfWeek / 7.0));
    // 1 is an ordinary hour of this platform's day, 0.1 one that sees a tenth of that.
    const auto hourSlot = static_cast<std::size_t>(hourOfDay) % 24;
    out[HourShare] = m_seen > kMinPeers ? static_cast<float>(static_cast<double>(m_hourCounts[hourSlot]) * 24.0
                                                             / static_cast<double>(m_seen - 1))
                                        : 1.0f;
    ++m_hourCounts[hourSlot];

    if (merchant != kNoId) {
        growTo(m_merchantFirstTs, merchant, ts);
        growTo(m_merchantTotal, merchant);
        if (m_merchantTotal[merchant] == 0)
            m_merchantFirstTs[merchant] = ts;
        ++m_merchantTotal[merchant];
        const float lastHour = m_merchantWindows.add(merchant, ts, amount).count[0];
        // Average hourly rate so far, over at least a day so a merchant's first sales do
        // not look like a surge.
        const double spanHours = std::max(24.0, static_cast<double>(ts - m_merchantFirstTs[merchant]) / kHourMs);
        const double rate = static_cast<double>(m_merchantTotal[merchant]) / spanHours;
        out[MerchantTx1h] = lastHour;
        out[MerchantRateRatio] = static_cast<float>(lastHour / std::max(rate, 1.0 / 24.0));
    }
    out[TypeFreq] = frequency(m_typeCounts, f.txType[row], m_seen);
    // Against everyone's payments of the same type: with no history of its own (one
    // transaction per account), an account's amount is only unusual against its peers.
    {
        const std::uint32_t type = f.txType[row];
        const std::size_t slot = type == kNoId ? 0 : static_cast<std::size_t>(type) + 1;
        if (slot >= m_typeAmounts.size())
            m_typeAmounts.resize(slot + 1);
        RunningMoments& m = m_typeAmounts[slot];
        const double x = std::log1p(std::max(std::fabs(amount), 0.0));
        const double sd = m.n >= 2.0 ? std::sqrt(m.m2 / (m.n - 1.0)) : 0.0;
        out[TypeAmountZ] = m.n >= kMinPeers ? static_cast<float>((x - m.mean) / std::max(sd, 0.1)) : 0.0f;
        m.n += 1.0;
        const double delta = x - m.mean;
        m.mean += delta / m.n;
        m.m2 += delta * (x - m.mean);
    }
    out[RefundRatio] = acct.orders > 0 ? static_cast<float>(acct.refunds) / static_cast<float>(acct.orders)
                                       : (acct.refunds > 0 ? 1.0f : 0.0f);
    out[IsRefund] = f.isRefund[row];
    out[IsDeclined] = f.isDeclined[row];
    out[AcctDeclines24h] = f.isDeclined[row] != 0 ? m_accountDeclines.add(account, ts, 1.0).count[1]
                                                  : m_accountDeclines.peek(account, ts).count[1];

    refundFeatures(f, row, acct, out);

    std::size_t column = kBuiltinFeatureCount;
    for (const auto& values : f.extraNumeric) {
        const float v = values[row];
        out[column++] = std::isfinite(v) ? v : 0.0f;
    }
    for (std::size_t c = 0; c < f.extraCategorical.size(); ++c)
        out[column++] = frequency(m_categoryCounts[c], f.extraCategorical[c][row], m_seen);

    if (f.isRefund[row] != 0)
        ++acct.refunds;
    else
        ++acct.orders;
    ++acct.prior;
    acct.lastTs = ts;
}

} // namespace fraudlens::features
