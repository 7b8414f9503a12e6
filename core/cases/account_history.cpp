#include "cases/account_history.h"

#include "store/database.h"
#include "store/statement.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace fraudlens::cases {

namespace {

std::string stringField(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The part of an entry's details an analyst reads in a history list: a status move and the
// words given with it. The full details stay in the audit log for the auditor.
std::string summarise(const std::string& detailsJson)
{
    const auto details = nlohmann::json::parse(detailsJson, nullptr, false);
    if (!details.is_object())
        return {};
    std::string out;
    const std::string from = stringField(details, "from");
    const std::string to = stringField(details, "to");
    if (!from.empty() && !to.empty())
        out = from + " \u2192 " + to;
    for (const char* key : {"reason", "note", "text"}) {
        const std::string words = stringField(details, key);
        if (words.empty())
            continue;
        out += out.empty() ? words : " \u00b7 " + words;
        break;
    }
    return out;
}

std::vector<HistoryEntry> auditEntries(store::Database& db, std::int64_t accountId, const std::string& accountTarget,
                                       std::size_t limit)
{
    std::vector<HistoryEntry> out;
    // Written as one IN list so that every target is a lookup on audit_by_target (target, seq);
    // a join from alerts let the planner scan the whole log instead. A note's own audit
    // entries are left out: the note itself is in the history, withdrawn or not.
    store::Statement s(db, "SELECT seq, ts, actor, action, target, details FROM audit_log "
                           "WHERE target IN (SELECT ?1 UNION ALL "
                           "SELECT 'alert:' || id FROM alerts WHERE account_id = ?2) "
                           "AND action NOT IN ('note.add', 'note.withdraw') "
                           "ORDER BY seq DESC LIMIT ?3");
    s.bind(1, std::string_view(accountTarget)).bind(2, accountId).bind(3, static_cast<std::int64_t>(limit));
    while (s.step()) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Audit;
        e.id = s.columnInt(0);
        e.atMs = s.columnInt(1);
        e.actor = s.columnText(2);
        e.action = s.columnText(3);
        e.target = s.columnText(4);
        e.summary = summarise(s.columnText(5));
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<HistoryEntry> notes(store::Database& db, std::int64_t accountId, std::size_t limit)
{
    std::vector<HistoryEntry> out;
    store::Statement s(db, "SELECT id, created_at, actor, text, alert_id, withdrawn FROM notes "
                           "WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ?");
    s.bind(1, accountId).bind(2, static_cast<std::int64_t>(limit));
    while (s.step()) {
        HistoryEntry e;
        e.kind = HistoryEntry::Kind::Note;
        e.id = s.columnInt(0);
        e.atMs = s.columnInt(1);
        e.actor = s.columnText(2);
        e.text = s.columnText(3);
        if (!s.columnIsNull(4))
            e.alertId = s.columnInt(4);
        e.withdrawn = s.columnInt(5) != 0;
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

AccountHistory AccountHistory::load(store::Database& db, std::int64_t accountId, std::size_t limit)
{
    AccountHistory history;
    std::string externalId;
    {
        store::Statement s(db, "SELECT external_id FROM accounts WHERE id = ?");
        s.bind(1, accountId);
        if (!s.step())
            return history;
        externalId = s.columnText(0);
    }
    auto audit = auditEntries(db, accountId, "account:" + externalId, limit + 1);
    auto written = notes(db, accountId, limit + 1);
    history.truncated = audit.size() > limit || written.size() > limit;

    auto& all = history.entries;
    all.reserve(audit.size() + written.size());
    std::move(audit.begin(), audit.end(), std::back_inserter(all));
    std::move(written.begin(), written.end(), std::back_inserter(all));
    // Equal times: the note first, as it is what the analyst wrote with the decision.
    std::stable_sort(all.begin(), all.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        if (a.atMs != b.atMs)
            return a.atMs > b.atMs;
        return a.kind == HistoryEntry::Kind::Note && b.kind == HistoryEntry::Kind::Audit;
    });
    if (all.size() > limit) {
        history.truncated = true;
        all.resize(limit);
    }
    return history;
}

} // namespace fraudlens::cases
