#pragma once

// How far entity_accounts is from what the transactions say: the number of (kind, value,
// account) rows in one and not the other. 0 when every stored transaction's pairs are
// there and nothing else is.
namespace fraudlens::testing {

inline constexpr const char* kEntityPairsMismatch = R"SQL(
WITH derived (kind, value, account_id) AS (
    SELECT 'device', device, account_id FROM transactions WHERE device IS NOT NULL
    UNION SELECT 'ip', ip, account_id FROM transactions WHERE ip IS NOT NULL
    UNION SELECT 'card', card, account_id FROM transactions WHERE card IS NOT NULL
    UNION SELECT 'email', email, account_id FROM transactions WHERE email IS NOT NULL
    UNION SELECT 'address', address, account_id FROM transactions WHERE address IS NOT NULL)
SELECT (SELECT COUNT(*) FROM (SELECT * FROM derived EXCEPT SELECT kind, value, account_id FROM entity_accounts))
     + (SELECT COUNT(*) FROM (SELECT kind, value, account_id FROM entity_accounts EXCEPT SELECT * FROM derived))
)SQL";

} // namespace fraudlens::testing
