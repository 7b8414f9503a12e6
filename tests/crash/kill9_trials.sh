#!/usr/bin/env bash
# Crash safety: kill -9 fraudlens-cli at random moments during import, scoring, live ingest
# and case decisions, then check what a user relies on after a power cut or an OOM kill:
# the file is a valid SQLite database, the audit chain verifies, nothing is half-written
# (an import or a scoring run is all there or not at all), and whatever the command had
# already reported as done (an acknowledged live transaction, a decision) is still there.
#
# usage: kill9_trials.sh BIN_DIR [TRIALS] [SEED]
# The kill moments are drawn from SEED (printed, so a failing trial can be replayed).
set -euo pipefail

bin=$(cd "$1" && pwd)
trials=${2:-50}
seed=${3:-$(( $(date +%s) % 32768 ))}
cli="$bin/fraudlens-cli"
RANDOM=$seed
work=$(mktemp -d "${TMPDIR:-/tmp}/fraudlens-kill9.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "kill -9 trials: $trials, seed $seed, in $work"

fail() { echo "FAIL trial $trial ($kind, killed after ${delay_ms} ms): $*" >&2; exit 1; }
q() { sqlite3 -batch -noheader "$1" "$2"; }
now_ms() { date +%s%3N; }

# --- fixtures, each built once, and how long each operation takes uncut -----------------
cd "$work"
"$cli" demo --db import_source.db --csv big.csv --accounts 6000 --days 40 --seed 11 > /dev/null
rows=$(( $(wc -l < big.csv) - 1 ))
half=$(( rows / 2 ))
head -n $(( half + 1 )) big.csv > first.csv
{ head -n 1 big.csv; tail -n +$(( half + 2 )) big.csv; } > second.csv
mkdir import_base
"$cli" import --csv first.csv --profile demo --db import_base/t.db > /dev/null

mkdir scored_base
"$cli" demo --db scored_base/t.db --csv small.csv --accounts 1000 --days 21 --seed 7 > /dev/null
"$cli" score --db scored_base/t.db --epochs 2 --quiet > /dev/null
# Live input: the same kind of traffic under new transaction ids.
awk -F, 'NR == 1 { print; next } { $1 = "L" $1; print }' OFS=, small.csv > live.csv
base_tx=$(q scored_base/t.db "SELECT COUNT(*) FROM transactions")

timed() { local t0; t0=$(now_ms); "$@" > /dev/null 2>&1; echo $(( $(now_ms) - t0 )); }
cp -r import_base measure && import_ms=$(timed "$cli" import --csv second.csv --profile demo --db measure/t.db) && rm -rf measure
cp -r scored_base measure && score_ms=$(timed "$cli" score --db measure/t.db --epochs 2 --quiet) && rm -rf measure
cp -r scored_base measure && live_ms=$(timed sh -c "'$cli' live --db measure/t.db --stdin --quiet < live.csv") && rm -rf measure
echo "uncut: import ${import_ms} ms ($(( rows - half )) rows onto $half), score ${score_ms} ms ($base_tx tx), live ${live_ms} ms"

# A kill moment anywhere in the operation, a little past its end included (a kill after a
# clean exit must change nothing either).
draw_delay() { echo $(( (RANDOM * 32768 + RANDOM) % ($1 * 11 / 10 + 1) )); }

# Starts "$@" in its own process group, kills the whole group after $delay_ms; sets
# finished=1 and rc when the command had already exited on its own.
run_and_kill() {
    setsid "$@" &
    local pid=$!
    sleep "$(printf '%d.%03d' $(( delay_ms / 1000 )) $(( delay_ms % 1000 )))"
    if kill -0 "$pid" 2> /dev/null; then
        kill -9 -- "-$pid" 2> /dev/null || true
        finished=0
        wait "$pid" 2> /dev/null || true
    else
        finished=1
        rc=0
        wait "$pid" || rc=$?
    fi
}

check_consistent() {
    local db=$1 integrity fk
    integrity=$(q "$db" "PRAGMA integrity_check")
    [ "$integrity" = ok ] || fail "integrity_check: $integrity"
    fk=$(q "$db" "PRAGMA foreign_key_check" | head -n 3)
    [ -z "$fk" ] || fail "foreign keys broken: $fk"
    "$cli" audit verify --db "$db" > audit.txt 2>&1 || fail "audit verify: $(cat audit.txt)"
}

trial_import() {
    rm -rf t && cp -r import_base t
    delay_ms=$(draw_delay "$import_ms")
    run_and_kill "$cli" import --csv second.csv --profile demo --db t/t.db > /dev/null 2>&1
    check_consistent t/t.db
    local n imports
    n=$(q t/t.db "SELECT COUNT(*) FROM transactions")
    imports=$(q t/t.db "SELECT COUNT(*) FROM imports")
    if [ "$n" = "$half" ] && [ "$imports" = 1 ]; then
        [ "$finished" = 0 ] || fail "import reported done (exit $rc) but its rows are missing"
    elif [ "$n" = "$rows" ] && [ "$imports" = 2 ]; then :
    else fail "half an import: $n transactions, $imports imports (expected $half/1 or $rows/2)"; fi
}

trial_score() {
    rm -rf t && cp -r scored_base t
    delay_ms=$(draw_delay "$score_ms")
    run_and_kill "$cli" score --db t/t.db --epochs 2 --quiet > /dev/null 2>&1
    check_consistent t/t.db
    local runs scored stale missing
    runs=$(q t/t.db "SELECT COUNT(*) FROM scoring_runs")
    scored=$(q t/t.db "SELECT COUNT(*) FROM scores")
    stale=$(q t/t.db "SELECT COUNT(*) FROM scores WHERE run_id <> (SELECT MAX(id) FROM scoring_runs)")
    [ "$runs" = 1 ] || [ "$runs" = 2 ] || fail "$runs scoring runs"
    [ "$finished" = 0 ] || [ "$runs" = 2 ] || fail "score reported done but its run is missing"
    [ "$scored" = "$base_tx" ] && [ "$stale" = 0 ] || fail "scores mix runs: $scored rows, $stale from an older run"
    # Every registered model of the run the file now holds is there to be reused.
    missing=$(q t/t.db "SELECT path FROM models WHERE run_id = (SELECT MAX(id) FROM scoring_runs)" |
        while read -r p; do [ -f "t/$p" ] && [ -f "t/$p.json" ] || echo "$p"; done)
    [ -z "$missing" ] || fail "registered model files missing: $missing"
}

trial_live() {
    rm -rf t && cp -r scored_base t
    delay_ms=$(draw_delay "$live_ms")
    run_and_kill sh -c "exec '$cli' live --db t/t.db --stdin < live.csv" > live_out.txt 2> /dev/null
    check_consistent t/t.db
    local acknowledged lost
    # What was acknowledged and not yet committed waits in the session's journal: the
    # next session stores it before anything else.
    "$cli" live --db t/t.db --stdin < /dev/null > /dev/null 2> recovery.txt || fail "the next live session failed: $(cat recovery.txt)"
    [ -z "$(ls t/t.db-live-* 2> /dev/null)" ] || fail "a live journal is left after recovery"
    check_consistent t/t.db
    # Every "OK" line was printed after its journal write: each must be stored now.
    sed -n 's/^OK .* tx=\([^ ]*\).*/\1/p' live_out.txt > acknowledged.txt
    acknowledged=$(wc -l < acknowledged.txt)
    q t/t.db "SELECT t.external_id FROM transactions t JOIN scores s ON s.tx_id = t.id WHERE t.external_id LIKE 'L%'" |
        sort > stored.txt
    lost=$(sort acknowledged.txt | comm -23 - stored.txt | head -n 3)
    [ -z "$lost" ] || fail "acknowledged live transactions lost (or unscored): $lost (of $acknowledged)"
}

trial_decisions() {
    rm -rf t && cp -r scored_base t
    # A script of decisions an analyst's tooling would make, one process each.
    q t/t.db "SELECT a.id, c.external_id FROM alerts a JOIN accounts c ON c.id = a.account_id ORDER BY a.id LIMIT 12" > targets.txt
    cat > decide.sh << EOF
while IFS='|' read -r alert account; do
    "$cli" case status --db t/t.db --alert "\$alert" --to in_review --actor kill9 && echo "STATUS \$alert"
    "$cli" case note --db t/t.db --account "\$account" --alert "\$alert" --text "checked \$alert" --actor kill9 | sed -n 's/^note #\([0-9]*\) .*/NOTE \1/p'
    "$cli" case freeze --db t/t.db --account "\$account" --reason "trial" --actor kill9 && echo "FROZEN \$account"
done < targets.txt
EOF
    delay_ms=$(( RANDOM % 4000 ))
    run_and_kill bash decide.sh > decided.txt 2> /dev/null
    check_consistent t/t.db
    local id status
    while read -r what id; do
        case $what in
        STATUS) status=$(q t/t.db "SELECT status FROM alerts WHERE id = $id")
                [ "$status" = in_review ] || fail "alert #$id reported in review, is '$status'" ;;
        NOTE) [ "$(q t/t.db "SELECT COUNT(*) FROM notes WHERE id = $id AND withdrawn = 0")" = 1 ] ||
                fail "note #$id reported added, is missing" ;;
        FROZEN) [ "$(q t/t.db "SELECT status FROM accounts WHERE external_id = '$id'")" = frozen ] ||
                fail "account $id reported frozen, is not" ;;
        *) ;;
        esac
    done < <(grep -E '^(STATUS|NOTE|FROZEN) ' decided.txt || true)
    decided=$(grep -cE '^(STATUS|NOTE|FROZEN) ' decided.txt || true)
}

kinds=(import score live decisions)
declare -A killed=() done_before=()
for (( trial = 1; trial <= trials; trial++ )); do
    kind=${kinds[$(( (trial - 1) % 4 ))]}
    finished=0 rc=0 delay_ms=0 decided=0
    "trial_$kind"
    killed[$kind]=$(( ${killed[$kind]:-0} + 1 - finished ))
    done_before[$kind]=$(( ${done_before[$kind]:-0} + finished ))
    extra=""
    [ "$kind" = live ] && extra=", $(wc -l < acknowledged.txt) acknowledged"
    [ "$kind" = decisions ] && extra=", $decided decisions reported"
    echo "trial $trial: $kind killed after ${delay_ms} ms$([ "$finished" = 1 ] && echo ' (had already finished)')$extra: ok"
done
echo "all $trials trials consistent (seed $seed):"
for kind in "${kinds[@]}"; do
    echo "  $kind: ${killed[$kind]:-0} killed mid-run, ${done_before[$kind]:-0} after finishing"
done
