#!/usr/bin/python3
"""IsolationForest peer for paysim_iforest.sh: fits scikit-learn's IsolationForest on the
feature CSV `fraudlens-cli features` wrote (every column but tx_id and label), scores the
same rows, and prints its AUPRC / AUROC and time beside FraudLens' fused figures from
`evaluate --json` and the `score` wall time.

  iforest_peer.py --features F.csv --evaluate EVAL.json --db DB --score-seconds S
                  [--trees 200] [--seed 42] [--jobs 2] [--json OUT.json]
"""
import argparse
import json
import sqlite3
import time

import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest
from sklearn.metrics import average_precision_score, roc_auc_score

p = argparse.ArgumentParser()
p.add_argument("--features", required=True)
p.add_argument("--evaluate", required=True, help="output of fraudlens-cli evaluate --json")
p.add_argument("--db", required=True, help="the scored database (scores.fused, for a cross-check)")
p.add_argument("--score-seconds", type=float, required=True, help="wall time of fraudlens-cli score")
p.add_argument("--trees", type=int, default=200)
p.add_argument("--seed", type=int, default=42)
p.add_argument("--jobs", type=int, default=2)
p.add_argument("--json", help="also write the figures here")
a = p.parse_args()

frame = pd.read_csv(a.features)
labelled = frame["label"].notna().to_numpy()
y = frame["label"].to_numpy()[labelled].astype(int)
x = frame.drop(columns=["tx_id", "label"]).to_numpy(dtype=np.float64)
bad = ~np.isfinite(x)
if bad.any():
    print(f"note: {int(bad.sum())} non-finite feature values set to 0 for IsolationForest")
    x[bad] = 0.0

start = time.perf_counter()
forest = IsolationForest(n_estimators=a.trees, random_state=a.seed, n_jobs=a.jobs).fit(x)
fit_s = time.perf_counter() - start
start = time.perf_counter()
risk = -forest.score_samples(x)  # higher = more anomalous
score_s = time.perf_counter() - start

fused = json.load(open(a.evaluate))["detectors"]["fused"]
# Cross-check of evaluate's figures with scikit-learn's metrics on the stored fused scores.
with sqlite3.connect(f"file:{a.db}?mode=ro", uri=True) as db:
    stored = pd.read_sql("SELECT s.tx_id, s.fused FROM scores s", db)
check = frame[["tx_id", "label"]].merge(stored, on="tx_id").dropna(subset=["label"])

out = {
    "rows": len(frame), "labelled": int(labelled.sum()), "positives": int(y.sum()), "features": x.shape[1],
    "fraudlens": {"auprc": fused["auprc"], "auroc": fused["auroc"], "seconds": a.score_seconds,
                  "auprc_sklearn": average_precision_score(check["label"], check["fused"]),
                  "auroc_sklearn": roc_auc_score(check["label"], check["fused"])},
    "iforest": {"auprc": average_precision_score(y, risk[labelled]), "auroc": roc_auc_score(y, risk[labelled]),
                "seconds": fit_s + score_s, "fit_seconds": fit_s, "score_seconds": score_s, "trees": a.trees},
}
fl, peer = out["fraudlens"], out["iforest"]
print(f"rows {out['rows']} ({out['positives']} fraud of {out['labelled']} labelled), {out['features']} features")
print(f"{'':44s} {'AUPRC':>7s} {'AUROC':>7s} {'seconds':>8s}")
print(f"{'FraudLens fused (whole score run)':44s} {fl['auprc']:7.4f} {fl['auroc']:7.4f} {fl['seconds']:8.2f}")
print(f"{f'IsolationForest {a.trees} trees (fit + score)':44s} {peer['auprc']:7.4f} {peer['auroc']:7.4f} {peer['seconds']:8.2f}")
print(f"base rate (random ranking AUPRC): {out['positives'] / max(out['labelled'], 1):.4f}; "
      f"sklearn on stored fused scores: AUPRC {fl['auprc_sklearn']:.4f}, AUROC {fl['auroc_sklearn']:.4f}")
print(f"AUPRC fraudlens - iforest: {fl['auprc'] - peer['auprc']:+.4f}; "
      f"time fraudlens / iforest: {fl['seconds'] / peer['seconds']:.2f}x")
if a.json:
    json.dump(out, open(a.json, "w"), indent=1)
