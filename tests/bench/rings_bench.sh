#!/usr/bin/env bash
# Ring benchmark: FraudLens' ring stage (the "rings" duration `score` records: link
# shared entities, project onto accounts, components, biconnected blocks and k-cores,
# ring scoring) beside networkx and python-igraph building the graph and finding its
# connected components, on the same account-entity edges: devices, IPs, cards, addresses
# and e-mails shared by 2 to 50 accounts (RingParameters::maxEntityAccounts), both as the
# bipartite graph and projected onto accounts. The peers skip merchant bursts, weights
# and scoring, so they do less than FraudLens. Data: the demo generator's CSV cut to ROWS
# rows, as in import_bench.sh. Not a test: it never fails on slowness.
#
#   tests/bench/rings_bench.sh [BUILD_DIR] [ROWS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/demo_db.sh"
build=${1:-build/release}
rows=${2:-1000000}
cli="$build/bin/fraudlens-cli"
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "sqlite3 shell missing (apt-get install sqlite3)"; exit 1; }
"$python" -c 'import networkx, igraph, pandas' 2>/dev/null || { echo "$python lacks networkx/igraph/pandas (apt-get install python3-networkx python3-igraph python3-pandas)"; exit 1; }

demo_db "$cli" "$rows" "$work/bench.db"
# Rings do not depend on the models: one epoch keeps the run short.
"$cli" score --db "$work/bench.db" --device cpu --epochs 1 --quiet --json > "$work/score.json"

# Distinct (account, entity) pairs, entities named by kind so a device never meets an IP.
sqlite3 -csv "$work/bench.db" > "$work/edges.csv" <<'SQL'
SELECT DISTINCT account_id, 'd:' || device FROM transactions WHERE device <> ''
UNION SELECT DISTINCT account_id, 'i:' || ip FROM transactions WHERE ip <> ''
UNION SELECT DISTINCT account_id, 'c:' || card FROM transactions WHERE card <> ''
UNION SELECT DISTINCT account_id, 'a:' || address FROM transactions WHERE address <> ''
UNION SELECT DISTINCT account_id, 'e:' || email FROM transactions WHERE email <> '';
SQL
"$python" "$here/rings_peer.py" --edges "$work/edges.csv" --score "$work/score.json" --max-accounts 50
