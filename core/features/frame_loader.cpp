#include "features/frame_loader.h"

#include "features/frame_builder.h"
#include "store/database.h"
#include "store/read_transaction.h"
#include "store/statement.h"
#include "store/transaction_record.h"
#include "util/progress.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace fraudlens::features {

namespace {

struct StoredAccount {
    std::string externalId;
    std::optional<std::int64_t> createdMs;
    bool frozen = false;
};

// Every account by store id, read once, so the transactions are read without a join.
class StoredAccounts {
public:
    explicit StoredAccounts(store::Database& db)
    {
        store::Statement rows(db, "SELECT id, external_id, created_at, status = 'frozen' FROM accounts ORDER BY id");
        while (rows.step()) {
            m_ids.push_back(rows.columnInt(0));
            m_accounts.push_back({rows.columnText(1),
                                  rows.columnIsNull(2) ? std::nullopt : std::optional(rows.columnInt(2)),
                                  rows.columnInt(3) != 0});
        }
        // The store numbers accounts 1, 2, ...: then an id is its own position.
        m_dense = !m_ids.empty() && m_ids.front() == 1 && m_ids.back() == static_cast<std::int64_t>(m_ids.size());
    }

    const StoredAccount& operator[](std::int64_t id) const
    {
        if (m_dense && id >= 1 && id <= static_cast<std::int64_t>(m_ids.size()))
            return m_accounts[static_cast<std::size_t>(id - 1)];
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        if (it == m_ids.end() || *it != id)
            throw std::runtime_error("transaction refers to account " + std::to_string(id) + ", which is not stored");
        return m_accounts[static_cast<std::size_t>(it - m_ids.begin())];
    }

private:
    std::vector<std::int64_t> m_ids; // ascending
    std::vector<StoredAccount> m_accounts;
    bool m_dense = false;
};

} // namespace

bool FrameLoader::load(store::Database& db, TransactionFrame& frame, util::Progress* progress)
{
    // Accounts and transactions are read by separate queries: one snapshot for all of
    // them, so an account a writer adds meanwhile is never missing for its transaction.
    const store::ReadTransaction snapshot(db);
    store::Statement count(db, "SELECT COUNT(*) FROM transactions");
    count.step();
    const auto total = static_cast<double>(count.columnInt(0));
    frame = TransactionFrame{};
    FrameBuilder builder(frame);
    builder.reserve(static_cast<std::size_t>(total));
    const StoredAccounts accounts(db);
    store::Statement rows(db,
                          "SELECT id, account_id, ts, amount, tx_type, status, merchant, device, ip, card, email, "
                          "address, country, extra, label, fraud_pattern FROM transactions ORDER BY ts, id");
    store::TransactionRecord r;
    std::size_t n = 0;
    while (rows.step()) {
        const std::int64_t accountDbId = rows.columnInt(1);
        const StoredAccount& account = accounts[accountDbId];
        r.accountId = account.externalId;
        r.accountCreatedMs = account.createdMs;
        r.timestampMs = rows.columnInt(2);
        r.amount = rows.columnDouble(3);
        r.txType = rows.columnText(4);
        r.status = rows.columnText(5);
        r.merchantId = rows.columnText(6);
        r.deviceId = rows.columnText(7);
        r.ip = rows.columnText(8);
        r.cardId = rows.columnText(9);
        r.email = rows.columnText(10);
        r.address = rows.columnText(11);
        r.country = rows.columnText(12);
        r.extraNumeric.clear();
        r.extraCategorical.clear();
        if (!rows.columnIsNull(13)) {
            // Written by our own importer as a flat object: numbers are numeric extras,
            // strings categorical; null is a value that was not finite.
            const auto extra = nlohmann::json::parse(rows.columnText(13), nullptr, false);
            if (extra.is_object()) {
                for (const auto& [name, value] : extra.items()) {
                    if (value.is_number())
                        r.extraNumeric.emplace_back(name, value.get<double>());
                    else if (value.is_null())
                        r.extraNumeric.emplace_back(name, std::nan(""));
                    else if (value.is_string())
                        r.extraCategorical.emplace_back(name, value.get<std::string>());
                }
            }
        }
        r.label = rows.columnIsNull(14) ? std::nullopt : std::optional(static_cast<int>(rows.columnInt(14)));
        r.fraudPattern = rows.columnText(15);
        builder.append(r, rows.columnInt(0), accountDbId, account.frozen);
        if (++n % 20000 == 0 && !util::reportProgress(progress, static_cast<double>(n) / std::max(total, 1.0), "Loading transactions"))
            return false;
    }
    return true;
}

} // namespace fraudlens::features
