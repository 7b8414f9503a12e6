#include "cases/alert_query.h"

#include "store/statement.h"

#include <nlohmann/json.hpp>

#include <array>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace fraudlens::cases {

namespace {

constexpr std::array kAllStatuses = {AlertStatus::New, AlertStatus::InReview, AlertStatus::Escalated,
                                     AlertStatus::ConfirmedFraud, AlertStatus::FalsePositive};
constexpr std::size_t kTopReasons = 2;

// Selected by every row query, in the order readRow() reads them.
constexpr std::string_view kRowColumns =
    "a.id, a.account_id, ac.external_id, ac.status, a.priority, a.risk, a.status, a.detectors, a.reasons, "
    "a.ring_id, a.assignee, a.created_at, a.updated_at, "
    "(SELECT COUNT(*) FROM alert_transactions t WHERE t.alert_id = a.id)";
constexpr int kReasonsColumn = 8;
constexpr std::string_view kFrom = " FROM alerts a JOIN accounts ac ON ac.id = a.account_id";

// A WHERE clause and the values of its placeholders, in order. The values live here
// because Statement binds text without copying it.
struct Conditions {
    using Value = std::variant<std::int64_t, double, std::string>;
    std::string sql;
    std::vector<Value> values;

    void add(std::string_view condition) { sql += (sql.empty() ? " WHERE " : " AND ") + std::string(condition); }

    // Binds from parameter 1 on; returns the next free index.
    int bind(store::Statement& statement) const
    {
        int index = 1;
        for (const Value& value : values)
            std::visit([&](const auto& v) { statement.bind(index++, v); }, value);
        return index;
    }
};

Conditions conditionsOf(const AlertFilter& filter)
{
    Conditions c;
    if (!filter.allStatuses) {
        std::vector<AlertStatus> wanted(filter.statuses.begin(), filter.statuses.end());
        if (wanted.empty())
            for (const AlertStatus status : kAllStatuses)
                if (isOpen(status))
                    wanted.push_back(status);
        std::string in = "a.status IN (";
        for (std::size_t i = 0; i < wanted.size(); ++i) {
            in += i == 0 ? "?" : ", ?";
            c.values.emplace_back(std::string(toString(wanted[i])));
        }
        c.add(in + ")");
    }
    if (!filter.detector.empty()) {
        // detectors is a JSON array of names: the quoted name matches one element exactly
        // ("rules" does not match a "rules_v2").
        c.add("instr(a.detectors, ?) > 0");
        c.values.emplace_back('"' + filter.detector + '"');
    }
    if (filter.minRisk) {
        c.add("a.risk >= ?");
        c.values.emplace_back(*filter.minRisk);
    }
    if (filter.maxRisk) {
        c.add("a.risk <= ?");
        c.values.emplace_back(*filter.maxRisk);
    }
    switch (filter.ringScope) {
    case AlertFilter::RingScope::Any:
        break;
    case AlertFilter::RingScope::InAnyRing:
        c.add("a.ring_id IS NOT NULL");
        break;
    case AlertFilter::RingScope::OneRing:
        c.add("a.ring_id = ?");
        c.values.emplace_back(filter.ringId);
        break;
    }
    if (!filter.accountSearch.empty()) {
        // instr, not LIKE: the search is taken as typed (no wildcards, no length limit on a
        // pasted pattern, an embedded NUL compared rather than ending the text).
        c.add("instr(lower(ac.external_id), lower(?)) > 0");
        c.values.emplace_back(filter.accountSearch);
    }
    return c;
}

const std::string& statusRankSql()
{
    static const std::string sql = [] {
        std::string text = "CASE a.status";
        for (const AlertStatus status : kAllStatuses)
            text += " WHEN '" + std::string(toString(status)) + "' THEN " + std::to_string(AlertQuery::statusRank(status));
        return text + " END";
    }();
    return sql;
}

// The ORDER BY terms for the filter's sort; only constant SQL is chosen here.
std::string orderTerms(const AlertFilter& filter)
{
    bool ascending = filter.order == SortOrder::Ascending;
    bool nullable = false;
    std::string key;
    switch (filter.sortColumn) {
    case AlertSortColumn::Priority:
        key = "a.priority";
        break;
    case AlertSortColumn::Risk:
        key = "a.risk";
        break;
    case AlertSortColumn::Account:
        key = "ac.external_id";
        break;
    case AlertSortColumn::Status:
        key = statusRankSql();
        break;
    case AlertSortColumn::Age:
        // Youngest first is the newest created_at first.
        key = "a.created_at";
        ascending = !ascending;
        break;
    case AlertSortColumn::Ring:
        key = "a.ring_id";
        nullable = true;
        break;
    case AlertSortColumn::Assignee:
        key = "NULLIF(a.assignee, '')";
        nullable = true;
        break;
    }
    const char* direction = ascending ? " ASC" : " DESC";
    return key + direction + (nullable ? " NULLS LAST" : "") + ", a.id" + direction;
}

std::vector<std::string> stringList(const std::string& json, std::size_t limit)
{
    std::vector<std::string> list;
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (!parsed.is_array())
        return list;
    for (const auto& item : parsed) {
        if (list.size() == limit)
            break;
        if (item.is_string())
            list.push_back(item.get<std::string>());
    }
    return list;
}

AlertRow readRow(const store::Statement& q)
{
    AlertRow row;
    row.id = q.columnInt(0);
    row.accountId = q.columnInt(1);
    row.accountExternalId = q.columnText(2);
    row.accountFrozen = q.columnText(3) == "frozen";
    row.priority = q.columnDouble(4);
    row.risk = q.columnDouble(5);
    const std::string status = q.columnText(6);
    const auto parsed = alertStatusFromString(status);
    if (!parsed)
        throw std::runtime_error("alert " + std::to_string(row.id) + " has an unknown status '" + status + "'");
    row.status = *parsed;
    row.detectors = stringList(q.columnText(7), std::numeric_limits<std::size_t>::max());
    row.topReasons = stringList(q.columnText(kReasonsColumn), kTopReasons);
    if (!q.columnIsNull(9))
        row.ringId = q.columnInt(9);
    row.assignee = q.columnText(10);
    row.createdAtMs = q.columnInt(11);
    row.updatedAtMs = q.columnInt(12);
    row.flaggedTransactions = q.columnInt(13);
    return row;
}

} // namespace

int AlertQuery::statusRank(AlertStatus status)
{
    switch (status) {
    case AlertStatus::New:
        return 0;
    case AlertStatus::InReview:
        return 1;
    case AlertStatus::Escalated:
        return 2;
    case AlertStatus::ConfirmedFraud:
        return 3;
    case AlertStatus::FalsePositive:
        return 4;
    }
    return 5;
}

std::int64_t AlertQuery::count(const AlertFilter& filter)
{
    const Conditions conditions = conditionsOf(filter);
    store::Statement q(m_db, "SELECT COUNT(*)" + std::string(kFrom) + conditions.sql);
    conditions.bind(q);
    q.step();
    return q.columnInt(0);
}

std::vector<AlertRow> AlertQuery::page(const AlertFilter& filter, std::int64_t offset, int limit)
{
    std::vector<AlertRow> rows;
    if (limit <= 0 || offset < 0)
        return rows;
    const Conditions conditions = conditionsOf(filter);
    store::Statement q(m_db, "SELECT " + std::string(kRowColumns) + std::string(kFrom) + conditions.sql + " ORDER BY "
                                 + orderTerms(filter) + " LIMIT ? OFFSET ?");
    const int next = conditions.bind(q);
    q.bind(next, limit).bind(next + 1, offset);
    rows.reserve(static_cast<std::size_t>(limit));
    while (q.step())
        rows.push_back(readRow(q));
    return rows;
}

std::optional<std::int64_t> AlertQuery::position(const AlertFilter& filter, std::int64_t alertId)
{
    const Conditions conditions = conditionsOf(filter);
    store::Statement q(m_db, "SELECT position FROM (SELECT a.id AS id, ROW_NUMBER() OVER (ORDER BY " + orderTerms(filter)
                                 + ") - 1 AS position" + std::string(kFrom) + conditions.sql + ") WHERE id = ?");
    q.bind(conditions.bind(q), alertId);
    if (!q.step())
        return std::nullopt;
    return q.columnInt(0);
}

std::optional<AlertDetail> AlertQuery::detail(std::int64_t alertId)
{
    store::Statement q(m_db, "SELECT " + std::string(kRowColumns) + std::string(kFrom) + " WHERE a.id = ?");
    q.bind(1, alertId);
    if (!q.step())
        return std::nullopt;
    AlertDetail detail;
    detail.row = readRow(q);
    detail.reasons = stringList(q.columnText(kReasonsColumn), std::numeric_limits<std::size_t>::max());
    return detail;
}

} // namespace fraudlens::cases
