#include "store/dataset_stats.h"

#include "store/database.h"
#include "store/statement.h"
#include "util/clock.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace fraudlens::store {

DatasetStats DatasetStats::load(Database& db)
{
    DatasetStats stats;
    {
        Statement q(db, "SELECT COUNT(*), MIN(ts), MAX(ts), COALESCE(SUM(label = 1), 0), COUNT(label) FROM transactions");
        q.step();
        stats.transactions = q.columnInt(0);
        if (!q.columnIsNull(1)) {
            stats.firstMs = q.columnInt(1);
            stats.lastMs = q.columnInt(2);
        }
        stats.labelledFraud = q.columnInt(3);
        stats.labelled = q.columnInt(4);
    }
    {
        Statement q(db, "SELECT COUNT(*), COALESCE(SUM(status = 'frozen'), 0) FROM accounts");
        q.step();
        stats.accounts = q.columnInt(0);
        stats.frozenAccounts = q.columnInt(1);
    }
    {
        Statement q(db, "SELECT COUNT(*) FROM imports");
        q.step();
        stats.imports = q.columnInt(0);
    }
    {
        Statement q(db, "SELECT fraud_pattern, COUNT(*) FROM transactions WHERE fraud_pattern IS NOT NULL GROUP BY fraud_pattern");
        while (q.step())
            stats.patterns[q.columnText(0)] = q.columnInt(1);
    }
    {
        Statement q(db, "SELECT COALESCE(tx_type, ''), COUNT(*) FROM transactions GROUP BY tx_type");
        while (q.step())
            stats.types[q.columnText(0)] = q.columnInt(1);
    }
    return stats;
}

std::string DatasetStats::toJson() const
{
    nlohmann::json out = {
        {"transactions", transactions},
        {"accounts", accounts},
        {"labelled_fraud", labelledFraud},
        {"first", firstMs ? nlohmann::json(util::formatIsoUtc(*firstMs)) : nlohmann::json(nullptr)},
        {"last", lastMs ? nlohmann::json(util::formatIsoUtc(*lastMs)) : nlohmann::json(nullptr)},
        {"patterns", patterns},
        {"frozen_accounts", frozenAccounts},
        {"labelled", labelled},
        {"imports", imports},
        {"types", types},
    };
    return out.dump(2);
}

std::string DatasetStats::toText() const
{
    std::ostringstream out;
    out << "transactions    " << transactions << "\n";
    out << "accounts        " << accounts << " (" << frozenAccounts << " frozen)\n";
    out << "imports         " << imports << "\n";
    out << "time range      " << (firstMs ? util::formatIsoUtc(*firstMs) : "-") << " .. "
        << (lastMs ? util::formatIsoUtc(*lastMs) : "-") << "\n";
    if (labelled > 0) {
        out << "labelled fraud  " << labelledFraud << " of " << labelled << " labelled";
        if (transactions > 0)
            out << " (" << (100.0 * static_cast<double>(labelledFraud) / static_cast<double>(transactions)) << " %)";
        out << "\n";
    } else {
        out << "labelled fraud  no labels\n";
    }
    for (const auto& [type, count] : types)
        out << "  type " << (type.empty() ? "(none)" : type) << ": " << count << "\n";
    for (const auto& [pattern, count] : patterns)
        out << "  pattern " << pattern << ": " << count << "\n";
    return out.str();
}

} // namespace fraudlens::store
