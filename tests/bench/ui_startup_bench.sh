#!/usr/bin/env bash
# GUI cold start with a big database: a demo cut to ROWS transactions (1,000,000 by
# default), scored, then `fraudlens --measure-startup --db` three times on the offscreen
# platform: process start to the first painted window (target ≤ 1.5 s) and to the alert
# queue's first page. Beside it, from the same run, the sqlite3 shell opening the same
# file and counting its transactions: the floor for reading anything from it at all.
# The OS page cache is dropped before each run when this runs as root. Not a test.
#
#   tests/bench/ui_startup_bench.sh [BUILD_DIR] [ROWS]
set -euo pipefail
. "$(cd "$(dirname "$0")" && pwd)/demo_db.sh"
build=${1:-build/release}
rows=${2:-1000000}
cli="$build/bin/fraudlens-cli"
gui="$build/bin/fraudlens"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install sqlite3)"; exit 1; }

demo_db "$cli" "$rows" "$work/bench.db"
"$cli" score --db "$work/bench.db" --device cpu --quiet --json > /dev/null

drop_caches() { [ "$(id -u)" = 0 ] && sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true; }
now_ms() { date +%s%3N; }

printf "%-6s %14s %16s %18s\n" run first_paint_ms alert_queue_ms sqlite3_count_ms
for run in 1 2 3; do
    drop_caches
    start=$(now_ms)
    out=$(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work "$gui" --measure-startup --db "$work/bench.db" 2>/dev/null)
    launch=$(( $(now_ms) - start ))
    paint=$(( $(awk '/first_paint_epoch_ms/ {print $2}' <<<"$out") - start ))
    queue=$(( $(awk '/alert_queue_epoch_ms/ {print $2}' <<<"$out") - start ))
    drop_caches
    start=$(now_ms)
    sqlite3 "$work/bench.db" "SELECT COUNT(*) FROM transactions" > /dev/null
    peer=$(( $(now_ms) - start ))
    printf "%-6s %14s %16s %18s\n" "$run" "$paint" "$queue" "$peer"
done
echo "(both count from the moment the process was started; the whole last run, exit included, took ${launch} ms)"
echo "transactions: $(sqlite3 "$work/bench.db" 'SELECT COUNT(*) FROM transactions'), alerts: $(sqlite3 "$work/bench.db" 'SELECT COUNT(*) FROM alerts')"
