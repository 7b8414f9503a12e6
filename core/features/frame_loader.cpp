#include "features/frame_loader.h"

#include "features/frame_builder.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction_record.h"
#include "util/progress.h"

#include <nlohmann/json.hpp>

namespace fraudlens::features {

bool FrameLoader::load(store::Database& db, TransactionFrame& frame, util::Progress* progress)
{
    store::Statement count(db, "SELECT COUNT(*) FROM transactions");
    count.step();
    const auto total = static_cast<double>(count.columnInt(0));
    frame = TransactionFrame{};
    FrameBuilder builder(frame);
    store::Statement rows(db,
                          "SELECT t.id, a.id, a.external_id, a.created_at, a.status = 'frozen', t.ts, t.amount, "
                          "t.tx_type, t.status, t.merchant, t.device, t.ip, t.card, t.email, t.address, t.country, "
                          "t.extra, t.label, t.fraud_pattern "
                          "FROM transactions t JOIN accounts a ON a.id = t.account_id ORDER BY t.ts, t.id");
    store::TransactionRecord r;
    std::size_t n = 0;
    while (rows.step()) {
        r.accountId = rows.columnText(2);
        r.accountCreatedMs = rows.columnIsNull(3) ? std::nullopt : std::optional(rows.columnInt(3));
        r.timestampMs = rows.columnInt(5);
        r.amount = rows.columnDouble(6);
        r.txType = rows.columnText(7);
        r.status = rows.columnText(8);
        r.merchantId = rows.columnText(9);
        r.deviceId = rows.columnText(10);
        r.ip = rows.columnText(11);
        r.cardId = rows.columnText(12);
        r.email = rows.columnText(13);
        r.address = rows.columnText(14);
        r.country = rows.columnText(15);
        r.extraNumeric.clear();
        r.extraCategorical.clear();
        if (!rows.columnIsNull(16)) {
            // Written by our own importer as a flat object: numbers are numeric extras,
            // strings categorical; null is a value that was not finite.
            const auto extra = nlohmann::json::parse(rows.columnText(16), nullptr, false);
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
        r.label = rows.columnIsNull(17) ? std::nullopt : std::optional(static_cast<int>(rows.columnInt(17)));
        r.fraudPattern = rows.columnText(18);
        builder.append(r, rows.columnInt(0), rows.columnInt(1), rows.columnInt(4) != 0);
        if (++n % 20000 == 0 && !util::reportProgress(progress, static_cast<double>(n) / std::max(total, 1.0), "Loading transactions"))
            return false;
    }
    return true;
}

} // namespace fraudlens::features
