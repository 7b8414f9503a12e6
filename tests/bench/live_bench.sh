#!/usr/bin/env bash
# Live benchmark: the whole live path (parse, check, score, journal; storing and alerting
# follow the acknowledgement) under a fixed rate. The demo generator's CSV is cut in two
# by time: the first part is imported and scored in batch, the last LIVE_ROWS rows are
# replayed as JSON lines through `fraudlens-cli live --listen` by live_replay.py (sent
# and timed by bench_live_client), which prints p50, p99 and maximum latency per
# transaction (due to answered, at the client), the sustained rate, and then the highest
# rate whose p99 stays at or under 3 ms. Printed beside the issue's target, published
# anchors, and a peer measured in the same run: bench_live_echo, a server that answers each
# line unread, timed by the same client at the same rate (the floor the machine, the
# socket and the client set); and, during both runs, bench_host_stalls's count of the
# machine's own stops (every core's timer late at once). With perf, what held the session's
# core while it waited (session_waits.py). Not a test: it never fails on slowness.
#
#   tests/bench/live_bench.sh [BUILD_DIR] [RATE] [LIVE_ROWS] [BASE_ROWS]
#   (EPOCHS=3 for the batch run's training, SEARCH=0 to skip the search, CLIENT=python
#   to send and time from live_replay.py itself, SCHED=0 not to record the scheduler)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/release}
rate=${2:-10000}
live_rows=${3:-200000}
base_rows=${4:-200000}
cli="$build/bin/fraudlens-cli"
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$cli" ] || { echo "$cli not built"; exit 1; }

total=$(( live_rows + base_rows ))
# About 11 transactions per account over 60 days (as import_bench.sh sizes its data).
"$cli" demo --csv "$work/all.csv" --accounts $(( total / 11 + 1 )) --days 60 --seed 1 --quiet
rows=$(( $(wc -l < "$work/all.csv") - 1 ))
if [ "$rows" -lt "$total" ]; then
    echo "the demo gave $rows rows, fewer than $total: replaying the last $(( rows / 2 ))"
    live_rows=$(( rows / 2 ))
fi
# The CSV is in time order: the stored part ends where the replay begins.
head -n $(( rows - live_rows + 1 )) "$work/all.csv" > "$work/base.csv"
{ head -n 1 "$work/all.csv"; tail -n "$live_rows" "$work/all.csv"; } > "$work/live.csv"
rm "$work/all.csv"
"$cli" import --csv "$work/base.csv" --profile demo --db "$work/template.db" --quiet > /dev/null
rm "$work/base.csv"
echo "stored $(( rows - live_rows )) transactions; scoring them in batch (the models live scoring uses)"
"$cli" score --db "$work/template.db" --device cpu --epochs "${EPOCHS:-3}" --quiet

search=()
[ "${SEARCH:-1}" = 0 ] || search=(--search)
# Sent and timed from C++ when it is built (CLIENT=python to time from the script).
client=()
if [ "${CLIENT:-c++}" != python ] && [ -x "$build/tests/bench_live_client" ]; then
    client=(--client "$build/tests/bench_live_client")
    # The same client against a server that only answers: the floor under the figures.
    [ -x "$build/tests/bench_live_echo" ] && client+=(--echo "$build/tests/bench_live_echo")
    # The machine's own stops during both runs (a VM's host stopping it whole).
    [ -x "$build/tests/bench_host_stalls" ] && client+=(--stalls "$build/tests/bench_host_stalls")
fi
# What held the session's core while it waited, where perf may trace every CPU (root, or
# kernel.perf_event_paranoid -1). SCHED=0 skips it.
if [ "${SCHED:-1}" != 0 ] && command -v perf > /dev/null &&
   { [ "$(id -u)" = 0 ] || [ "$(cat /proc/sys/kernel/perf_event_paranoid 2>/dev/null)" = -1 ]; }; then
    client+=(--sched "$(command -v perf)")
fi
"$python" "$here/live_replay.py" --cli "$cli" --template "$work/template.db" --csv "$work/live.csv" \
    --rate "$rate" --work "$work" "${search[@]}" "${client[@]}"
