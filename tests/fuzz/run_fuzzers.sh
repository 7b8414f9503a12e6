#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for a bounded time, as CI does, and fails on
# any crash, sanitizer report, leak, timeout or out-of-memory.
#
#   tests/fuzz/run_fuzzers.sh BUILD_DIR SECONDS_PER_TARGET
#
# BUILD_DIR is a build configured with -DFRAUDLENS_FUZZ=ON (the targets are looked for in
# BUILD_DIR/tests/fuzz, then in BUILD_DIR itself). Each target starts from a fresh,
# writable copy of its seeds: the files in tests/fuzz/corpus/<target>/ plus the fixtures
# that already exist elsewhere in the tree (tests/data/bad, resources/profiles, the
# expressions of resources/rules/default_rules.json), so nothing is kept twice. What a run
# finds is thrown away with the copy; the crash inputs are kept under
# BUILD_DIR/fuzz-artifacts/<target>/ and their paths printed, ready to replay with
# `BUILD_DIR/tests/fuzz/<target> CRASH_FILE`.
set -euo pipefail

if [[ $# -ne 2 || ! "$2" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 BUILD_DIR SECONDS_PER_TARGET" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
seconds=$2
fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$fuzz_dir/../.." && pwd)

targets=(fuzz_csv_import fuzz_timestamps fuzz_mapping_json fuzz_rules fuzz_live_lines fuzz_live_journal fuzz_model_sidecar)

work=$(mktemp -d "${TMPDIR:-/tmp}/fraudlens-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# A UBSan report stops the run with a stack even in a build that lets UBSan recover.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}halt_on_error=1:print_stacktrace=1"

copy_if_present() {
    local destination=$1
    shift
    local file
    for file in "$@"; do
        [[ -f "$file" ]] && cp "$file" "$destination/"
    done
    return 0
}

# One expression a file, from the "expression" entries of the default rule set.
rule_expressions() {
    local destination=$1 n=0 expression
    while IFS= read -r expression; do
        n=$((n + 1))
        printf '%s' "$expression" > "$destination/default_rule_$n.txt"
    done < <(sed -n 's/^[[:space:]]*"expression":[[:space:]]*"\(.*\)",\{0,1\}[[:space:]]*$/\1/p' \
        "$source_dir/resources/rules/default_rules.json")
}

seed() {
    local target=$1 corpus=$2
    shopt -s nullglob
    copy_if_present "$corpus" "$fuzz_dir/corpus/$target"/*
    case "$target" in
    fuzz_csv_import)
        copy_if_present "$corpus" "$source_dir"/tests/data/bad/*.csv "$fuzz_dir/corpus/fuzz_live_lines/demo_csv_stream.csv"
        ;;
    fuzz_mapping_json)
        copy_if_present "$corpus" "$source_dir"/tests/data/bad/*.mapping.json "$source_dir/tests/data/bad/mapping.json" \
            "$source_dir"/resources/profiles/*.json
        ;;
    fuzz_rules)
        rule_expressions "$corpus"
        ;;
    fuzz_live_lines)
        copy_if_present "$corpus" "$source_dir"/tests/data/bad/*.csv
        ;;
    esac
    shopt -u nullglob
}

failed=()
summary=()
for target in "${targets[@]}"; do
    binary="$build_dir/tests/fuzz/$target"
    [[ -x "$binary" ]] || binary="$build_dir/$target"
    if [[ ! -x "$binary" ]]; then
        echo "== $target: not built (looked in $build_dir/tests/fuzz and $build_dir)"
        failed+=("$target")
        summary+=("$target: not built")
        continue
    fi
    corpus="$work/$target"
    artifacts="$build_dir/fuzz-artifacts/$target"
    log="$work/$target.log"
    scratch="$work/$target.tmp" # what a target writes (fuzz_model_sidecar's files) goes with $work, crash or not
    mkdir -p "$corpus" "$artifacts" "$scratch"
    seed "$target" "$corpus"
    echo "== $target: $(find "$corpus" -type f | wc -l) seeds, ${seconds}s"

    status=0
    TMPDIR="$scratch" "$binary" "$corpus" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" > "$log" 2>&1 || status=$?

    # The last coverage line: "#N DONE cov: X ft: Y ..." after a clean run.
    progress=$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -n 1 || true)
    executions=$(sed -n 's/^stat::number_of_executed_units:[[:space:]]*//p' "$log" | tail -n 1)
    speed=$(sed -n 's/^stat::average_exec_per_sec:[[:space:]]*//p' "$log" | tail -n 1)
    echo "   ${progress:-no progress line}"
    echo "   executions: ${executions:-?}, exec/s: ${speed:-?}"
    if [[ $status -ne 0 ]]; then
        echo "   FAILED (exit $status); the end of its output:"
        tail -n 60 "$log" | sed 's/^/   | /'
        crash_files=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log")
        while IFS= read -r file; do
            [[ -n "$file" ]] && echo "   crash input: $file"
        done <<< "$crash_files"
        failed+=("$target")
        summary+=("$target: FAILED, exit $status${crash_files:+, input $crash_files}")
    else
        summary+=("$target: ${executions:-?} runs, ${progress#*DONE }")
    fi
done

echo "== summary"
printf '   %s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzzing failed: ${failed[*]}" >&2
    exit 1
fi
