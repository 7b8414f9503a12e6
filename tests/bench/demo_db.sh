# Sourced by the benchmarks that need a database of demo transactions.
# demo_db CLI ROWS DB: the demo generator's CSV (about 12 transactions per account over
# 60 days, seed 1: overshoot, then cut to ROWS rows in time order) imported into DB.
demo_db() {
    local cli=$1 rows=$2 db=$3
    local dir
    dir=$(dirname "$db")
    "$cli" demo --csv "$dir/all.csv" --accounts $(( rows / 11 + 1 )) --days 60 --seed 1 --quiet
    head -n $(( rows + 1 )) "$dir/all.csv" > "$dir/bench.csv"
    rm "$dir/all.csv"
    "$cli" import --csv "$dir/bench.csv" --profile demo --db "$db" --quiet > /dev/null
    rm "$dir/bench.csv"
}
