#include "store/audit_log.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/write_transaction.h"
#include "util/clock.h"
#include "util/sha256.h"

#include <sqlite3.h>

#include <memory>

namespace fraudlens::store {

namespace {

void addField(util::Sha256& hash, std::string_view value)
{
    hash.update(std::to_string(value.size()));
    hash.update(":");
    hash.update(value);
    hash.update(";");
}

std::string describe(const AuditEntry& entry)
{
    return "entry " + std::to_string(entry.seq) + " (" + util::formatIsoUtc(entry.timestampMs) + ", "
        + entry.action + " " + entry.target + " by " + entry.actor + ")";
}

} // namespace

const std::string& AuditLog::genesisHash()
{
    static const std::string kGenesis(64, '0');
    return kGenesis;
}

std::string AuditLog::hashOf(const AuditEntry& entry)
{
    util::Sha256 hash;
    addField(hash, entry.prevHash);
    addField(hash, std::to_string(entry.seq));
    addField(hash, std::to_string(entry.timestampMs));
    addField(hash, entry.actor);
    addField(hash, entry.action);
    addField(hash, entry.target);
    addField(hash, entry.details);
    return hash.hex();
}

AuditEntry AuditLog::append(const std::string& actor, const std::string& action, const std::string& target,
                            const std::string& detailsJson)
{
    std::unique_ptr<WriteTransaction> own;
    if (sqlite3_get_autocommit(m_db.handle()))
        own = std::make_unique<WriteTransaction>(m_db);

    AuditEntry entry;
    entry.prevHash = genesisHash();
    entry.seq = 1;
    {
        Statement head(m_db, "SELECT seq, hash FROM audit_head WHERE id = 1");
        if (head.step()) {
            entry.seq = head.columnInt(0) + 1;
            entry.prevHash = head.columnText(1);
        }
    }
    entry.timestampMs = util::nowMs();
    entry.actor = actor;
    entry.action = action;
    entry.target = target;
    entry.details = detailsJson.empty() ? "{}" : detailsJson;
    entry.hash = hashOf(entry);

    Statement insert(m_db, "INSERT INTO audit_log (seq, ts, actor, action, target, details, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, entry.seq).bind(2, entry.timestampMs).bind(3, entry.actor).bind(4, entry.action);
    insert.bind(5, entry.target).bind(6, entry.details).bind(7, entry.prevHash).bind(8, entry.hash);
    insert.execute();
    Statement head(m_db, "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) "
                         "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash");
    head.bind(1, entry.seq).bind(2, entry.hash);
    head.execute();

    if (own)
        own->commit();
    return entry;
}

AuditVerification AuditLog::verify()
{
    AuditVerification result;
    std::string expectedPrev = genesisHash();
    std::int64_t expectedSeq = 1;
    AuditEntry last;
    Statement rows(m_db, "SELECT seq, ts, actor, action, target, details, prev_hash, hash FROM audit_log ORDER BY seq");
    while (rows.step()) {
        AuditEntry entry;
        entry.seq = rows.columnInt(0);
        entry.timestampMs = rows.columnInt(1);
        entry.actor = rows.columnText(2);
        entry.action = rows.columnText(3);
        entry.target = rows.columnText(4);
        entry.details = rows.columnText(5);
        entry.prevHash = rows.columnText(6);
        entry.hash = rows.columnText(7);
        ++result.entries;

        auto fail = [&](std::int64_t seq, std::string problem) {
            result.ok = false;
            result.firstBadSeq = seq;
            result.problem = std::move(problem);
        };
        if (entry.seq != expectedSeq) {
            fail(expectedSeq, entry.seq > expectedSeq
                                  ? "entry " + std::to_string(expectedSeq) + " is missing (deleted?); the chain goes on at "
                                      + describe(entry)
                                  : describe(entry) + " is out of sequence");
            return result;
        }
        if (entry.prevHash != expectedPrev) {
            fail(entry.seq, describe(entry) + " does not link to the entry before it (inserted or reordered?)");
            return result;
        }
        if (hashOf(entry) != entry.hash) {
            fail(entry.seq, describe(entry) + " does not match its hash (edited?)");
            return result;
        }
        expectedPrev = entry.hash;
        ++expectedSeq;
        last = entry;
    }

    Statement head(m_db, "SELECT seq, hash FROM audit_head WHERE id = 1");
    const bool hasHead = head.step();
    const std::int64_t headSeq = hasHead ? head.columnInt(0) : 0;
    const std::string headHash = hasHead ? head.columnText(1) : genesisHash();
    if (headSeq != last.seq || (hasHead && headHash != last.hash)) {
        result.ok = false;
        if (headSeq == last.seq) {
            result.firstBadSeq = last.seq;
            result.problem = describe(last) + " was rewritten after it was recorded (its hash differs from the log's head)";
        } else if (headSeq > last.seq) {
            result.firstBadSeq = last.seq + 1;
            result.problem = "entries " + std::to_string(last.seq + 1) + " to " + std::to_string(headSeq)
                + " are missing (the end of the log was cut off)";
        } else {
            result.firstBadSeq = headSeq + 1;
            result.problem = "entry " + std::to_string(headSeq + 1)
                + " was appended outside FraudLens (the log's recorded head is entry " + std::to_string(headSeq) + ")";
        }
    }
    return result;
}

} // namespace fraudlens::store
