#!/usr/bin/env bash
# PaySim peer benchmark: the PaySim sample imported through the built-in paysim profile
# and scored by FraudLens (fused AUPRC / AUROC from `evaluate --json`, wall time of the
# whole `score`) beside scikit-learn's IsolationForest (200 trees, fixed seed) fitted and
# scored on exactly the feature columns `fraudlens-cli features` writes for the same
# database. Prints both from the same run. Not a test: it never fails on a worse figure.
#
#   tests/bench/paysim_iforest.sh [BUILD_DIR] [PAYSIM_CSV] [THREADS]
#   (IFOREST_JSON=FILE also writes the figures there as JSON.)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/release}
data=${2:-$here/../../../shared/data/paysim/paysim_sample_5k.csv}
threads=${3:-2}
cli="$build/bin/fraudlens-cli"
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$data" ] || { echo "PaySim sample not found: $data"; exit 1; }
data=$(realpath "$data")
"$python" -c 'import sklearn, pandas' 2>/dev/null || { echo "$python lacks sklearn/pandas (apt-get install python3-sklearn python3-pandas)"; exit 1; }

db="$work/paysim.db"
"$cli" import --csv "$data" --profile paysim --db "$db" --quiet > /dev/null
start=$(date +%s.%N)
"$cli" score --db "$db" --device cpu --threads "$threads" --quiet --json > "$work/score.json"
score_s=$(echo "$(date +%s.%N) - $start" | bc -l)
"$cli" evaluate --db "$db" --json > "$work/evaluate.json"
"$cli" features --db "$db" --csv "$work/features.csv" --quiet

echo "PaySim sample: $data, $threads threads, CPU"
"$python" "$here/iforest_peer.py" --features "$work/features.csv" --evaluate "$work/evaluate.json" --db "$db" \
    --score-seconds "$score_s" --trees 200 --seed 42 --jobs "$threads" ${IFOREST_JSON:+--json "$IFOREST_JSON"}
