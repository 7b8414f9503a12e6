#!/usr/bin/env bash
# Import benchmark: a generated 1,000,000-row CSV imported by FraudLens (validation,
# accounts, indexes, the import record and its audit entry, one transaction) beside the
# sqlite3 shell's .import of the same file into a typed table with the same indexes.
# Prints both, side by side, from the same run. Not a test: it never fails on slowness.
#
#   tests/bench/import_bench.sh [BUILD_DIR] [ROWS]
set -euo pipefail
build=${1:-build/release}
rows=${2:-1000000}
cli="$build/bin/fraudlens-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "sqlite3 shell missing (apt-get install sqlite3)"; exit 1; }

# The demo generator makes about 12 transactions per account over 60 days: overshoot, then cut.
accounts=$(( rows / 11 + 1 ))
"$cli" demo --csv "$work/all.csv" --accounts "$accounts" --days 60 --seed 1 --quiet
head -n $(( rows + 1 )) "$work/all.csv" > "$work/bench.csv"
rm "$work/all.csv"
actual=$(( $(wc -l < "$work/bench.csv") - 1 ))
size=$(du -m "$work/bench.csv" | cut -f1)
echo "rows: $actual ($size MB), one run each, same machine, same file"

sync
cat > "$work/peer.sql" <<'SQL'
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE tx (
    transaction_id TEXT NOT NULL UNIQUE, account_id TEXT NOT NULL, account_created_at TEXT,
    timestamp TEXT NOT NULL, amount REAL NOT NULL, currency TEXT, type TEXT, status TEXT,
    merchant_id TEXT, device_id TEXT, ip TEXT, card_id TEXT, email TEXT, address TEXT,
    country TEXT, channel TEXT, category TEXT, is_fraud INTEGER, fraud_pattern TEXT);
CREATE INDEX tx_by_account_time ON tx (account_id, timestamp);
CREATE INDEX tx_by_time ON tx (timestamp);
.mode csv
.import --skip 1 BENCH_CSV tx
SQL
sed -i "s|BENCH_CSV|$work/bench.csv|" "$work/peer.sql"

measure() { # label, command... -> "seconds peak_kb"
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null
    cat "$work/time.txt"
}
read -r peer_s peer_kb < <(measure sqlite3 "$work/peer.db" ".read $work/peer.sql")
read -r fl_s fl_kb < <(measure "$cli" import --csv "$work/bench.csv" --profile demo --db "$work/fraudlens.db" --quiet)

stored=$(sqlite3 "$work/fraudlens.db" "SELECT COUNT(*) FROM transactions")
peer_rows=$(sqlite3 "$work/peer.db" "SELECT COUNT(*) FROM tx")
printf '%-34s %10s %12s %10s\n' "" "seconds" "rows/s" "peak MB"
printf '%-34s %10.2f %12.0f %10.0f\n' "sqlite3 shell .import (peer)" "$peer_s" "$(echo "$peer_rows / $peer_s" | bc -l)" "$(echo "$peer_kb / 1024" | bc -l)"
printf '%-34s %10.2f %12.0f %10.0f\n' "fraudlens-cli import" "$fl_s" "$(echo "$stored / $fl_s" | bc -l)" "$(echo "$fl_kb / 1024" | bc -l)"
printf 'ratio fraudlens / peer: %.2fx (target <= 1.0x); peak memory target < 300 MB\n' "$(echo "$fl_s / $peer_s" | bc -l)"
