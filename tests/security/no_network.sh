#!/usr/bin/env bash
# The application opens no network connection unless the user starts the live listener:
# every command and every view runs with net_guard preloaded, which logs each Internet
# socket. The listener itself is the control: it must be seen, or the guard is blind.
#
# usage: no_network.sh CLI GUI NET_GUARD_LIBRARY
set -euo pipefail
cli=$1 gui=$2 guard=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/fraudlens-net.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
export FRAUDLENS_NET_GUARD_LOG="$work/sockets.log"

guarded() { LD_PRELOAD="$guard" "$@"; }
expect_quiet() {
    if [ -s sockets.log ]; then
        echo "FAIL: '$*' opened Internet sockets:" >&2
        cat sockets.log >&2
        exit 1
    fi
    echo "no network: $*"
}

guarded "$cli" demo --db demo.db --csv demo.csv --accounts 800 --days 20 --seed 5 > /dev/null
expect_quiet demo
guarded "$cli" import --guess-mapping --csv demo.csv > mapping.json
guarded "$cli" import --csv demo.csv --mapping mapping.json --db imported.db > /dev/null
expect_quiet import
guarded "$cli" score --db demo.db --epochs 1 --quiet > /dev/null
expect_quiet score
guarded "$cli" evaluate --db demo.db > /dev/null
guarded "$cli" alerts --db demo.db --top 3 > /dev/null
guarded "$cli" rules backtest --db demo.db > /dev/null
guarded "$cli" audit verify --db demo.db > /dev/null
expect_quiet evaluate, alerts, rules, audit
renamed() { head -n 1 demo.csv; tail -n 20 demo.csv | awk -F, -v p="$1" '{ $1 = p $1; print }' OFS=,; }
renamed S | guarded "$cli" live --db demo.db --stdin --quiet > /dev/null
renamed F > followed.csv
guarded "$cli" live --db demo.db --follow followed.csv --from-start --idle-exit 1 --quiet > /dev/null
expect_quiet live from stdin and from a followed file
for view in dashboard alerts account network models audit; do
    QT_QPA_PLATFORM=offscreen guarded "$gui" --screenshot "$view.png" --view "$view" --db demo.db > /dev/null 2>&1
    [ -s "$view.png" ] || { echo "FAIL: no screenshot of $view" >&2; exit 1; }
done
expect_quiet the GUI on every view

# The control: the listener does open a socket, and the guard sees it.
guarded "$cli" live --db demo.db --listen 127.0.0.1:0 --idle-exit 0.5 --quiet > /dev/null 2>&1
if ! grep -q '^socket domain=2 ' sockets.log; then
    echo "FAIL: the guard did not see the live listener's socket: it proves nothing" >&2
    exit 1
fi
echo "the live listener's socket was seen: the guard works"
