#!/usr/bin/env bash
# What this machine does to a latency under FraudLens's load, without FraudLens.
#
#   tests/bench/load_shape.sh [BUILD_DIR] [ROUNDS] [RATE] [LINES]
#
# bench_live_client sends LINES lines at RATE a second to bench_live_echo three ways,
# interleaved over ROUNDS rounds, and prints each run's client p50 / p99 / max, its own
# lateness in sending, and the share of lines over 3 ms:
#   echo       answers each line at once: the floor (socket, wake-ups, client, machine);
#   shaped     also busy SESSION_US a line before answering, beside threads busy as the live
#              store thread (STORE, ms busy / every ms / nice) and the checkpointer (CHECKPOINT)
#              are at 10,000 lines a second: a 5.6 ms commit every 20 ms, 17 ms of page copies
#              every 250 ms, measured with perf sched at stop 25;
#   paced      the same, its two threads paced as FraudLens's are (store/burst_pacing.h).
# A p99 that "shaped" loses and "paced" keeps is the scheduler keeping woken threads
# waiting behind long bursts, which pacing is for; what "paced" still loses against "echo"
# is the work itself and the machine. Not a test: figures only.
set -euo pipefail
build=${1:-build/release}
rounds=${2:-3}
rate=${3:-10000}
lines=${4:-200000}
session_us=${SESSION_US:-45}
store=${STORE:-5.6/20/5}
checkpoint=${CHECKPOINT:-17/250/10}
client="$build/tests/bench_live_client"
echo_peer="$build/tests/bench_live_echo"
for b in "$client" "$echo_peer"; do [ -x "$b" ] || { echo "$b not built"; exit 1; }; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Lines the size of a demo transaction's JSON (about 300 bytes); the echo reads none of it.
awk -v n="$lines" 'BEGIN { pad = sprintf("%240s", ""); gsub(/ /, "x", pad);
    for (i = 1; i <= n; i++) printf "{\"transaction_id\":\"T%09d\",\"note\":\"%s\"}\n", i, pad }' > "$work/lines.jsonl"

free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

run() { # label, then the echo's options
    local label=$1; shift
    local port; port=$(free_port)
    "$echo_peer" --port "$port" "$@" 2> "$work/echo.err" &
    local pid=$!
    for _ in $(seq 1 50); do grep -q "echo: listening" "$work/echo.err" && break; sleep 0.1; done
    "$client" --port "$port" --lines "$work/lines.jsonl" --rate "$rate" --latencies "$work/lat.csv" > "$work/client.json"
    wait "$pid" || true
    /usr/bin/python3 - "$label" "$work/client.json" "$work/lat.csv" <<'PY'
import csv, json, sys
label, summary, latencies = sys.argv[1:]
c = json.load(open(summary))
with open(latencies) as f:
    rows = list(csv.DictReader(f))
over = sum(1 for r in rows if float(r["latency_ms"]) > 3.0)
print("%-7s p50 %5.2f  p99 %6.2f  max %6.1f ms   client's send lag p99 %5.2f ms   over 3 ms %5.2f %%"
      % (label, c["p50_ms"], c["p99_ms"], c["max_ms"], c["send_lag_p99_ms"], 100.0 * over / max(1, len(rows))))
PY
}

shape=(--work-us "$session_us" --background "$store" --background "$checkpoint")
echo "$lines lines at $rate/s; shaped: $session_us µs a line, store $store, checkpoint $checkpoint (busy ms / every ms / nice)"
for r in $(seq 1 "$rounds"); do
    echo "round $r"
    run echo
    run shaped "${shape[@]}"
    run paced "${shape[@]}" --paced
done
