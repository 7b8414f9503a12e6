#include "store/entity_indexes.h"

#include "store/database.h"

#include <string>

namespace fraudlens::store {

void EntityIndexes::ensure(Database& db)
{
    for (const char* column : {"device", "ip", "card", "email", "address"}) {
        const std::string name(column);
        // Partial: most rows of a data set often lack some of these columns entirely.
        db.exec("CREATE INDEX IF NOT EXISTS transactions_by_" + name + " ON transactions (" + name
                + ", account_id) WHERE " + name + " IS NOT NULL");
    }
}

} // namespace fraudlens::store
