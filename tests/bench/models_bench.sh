#!/usr/bin/env bash
# Model benchmark: FraudLens' LibTorch autoencoder and LSTM (training and scoring, as
# recorded by `score` in the model sidecars and the scoring run's durations) beside the
# same architectures, epochs, batch sizes and losses in PyTorch from Python, on the same
# CPU thread count and the same scaled features (tests/bench/torch_peer.py). Data: the
# demo generator's CSV cut to ROWS rows, as in import_bench.sh. Prints both side by side
# from the same run. Not a test: it never fails on slowness.
#
#   tests/bench/models_bench.sh [BUILD_DIR] [ROWS] [THREADS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/demo_db.sh"
build=${1:-build/release}
rows=${2:-1000000}
threads=${3:-2}
cli="$build/bin/fraudlens-cli"
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -c 'import torch, pandas' 2>/dev/null || { echo "$python lacks torch/pandas (apt-get install python3-torch python3-pandas)"; exit 1; }

demo_db "$cli" "$rows" "$work/bench.db"
"$cli" score --db "$work/bench.db" --device cpu --threads "$threads" --quiet --json > /dev/null
"$cli" features --db "$work/bench.db" --csv "$work/features.csv" --quiet
OMP_NUM_THREADS=$threads "$python" "$here/torch_peer.py" --features "$work/features.csv" --db "$work/bench.db" --threads "$threads"
# FraudLens trains the autoencoder on one thread (small batches lose more to OpenMP
# hand-offs than they gain): the peer on one thread too, so that it is not the thread
# count that is compared.
if [ "$threads" -gt 1 ]; then
    echo "--- PyTorch again on one thread"
    OMP_NUM_THREADS=1 "$python" "$here/torch_peer.py" --features "$work/features.csv" --db "$work/bench.db" --threads 1
fi
