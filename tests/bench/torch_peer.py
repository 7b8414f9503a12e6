#!/usr/bin/python3
"""PyTorch peer for models_bench.sh: the autoencoder and LSTM of core/models, rebuilt in
PyTorch from Python with the same layers, optimiser, epochs, batch sizes, trimmed loss and
truncated back-propagation, trained and scored on the same rows. Inputs are the feature CSV
of `fraudlens-cli features` put through the very scalers FraudLens saved in its model
sidecars, so both sides see the same numbers. Scaling is left out of both timings; padding
the LSTM batches is inside both. FraudLens' own times come from the database: each model's
sidecar (training seconds) and the scoring run's durations (models_scoring).

  torch_peer.py --features F.csv --db DB [--threads 2]
"""
import argparse
import json
import os
import random
import sqlite3
import time

import numpy as np
import pandas as pd
import torch

p = argparse.ArgumentParser()
p.add_argument("--features", required=True)
p.add_argument("--db", required=True, help="the database FraudLens scored (latest run and models)")
p.add_argument("--threads", type=int, default=2)
a = p.parse_args()
torch.set_num_threads(a.threads)

CLIP = 8.0          # RobustScaler::kClip
AE_EPOCH_ROWS = 150000  # Autoencoder::fit: rows seen per epoch at most
AE_SCORE_CHUNK = 16384  # Autoencoder::errors
SEQ_SCORE_BATCH = 1024  # SequenceModel::errors

with sqlite3.connect(f"file:{a.db}?mode=ro", uri=True) as db:
    durations = json.loads(db.execute("SELECT durations FROM scoring_runs ORDER BY id DESC LIMIT 1").fetchone()[0])
    paths = {k: db.execute("SELECT path FROM models WHERE kind = ? ORDER BY id DESC LIMIT 1", (k,)).fetchone()[0]
             for k in ("autoencoder", "sequence")}
    accounts = pd.read_sql("SELECT id AS tx_id, account_id FROM transactions", db)
# Recorded relative to the database's folder (absolute when outside it).
paths = {k: os.path.join(os.path.dirname(os.path.abspath(a.db)), v) for k, v in paths.items()}
sidecar = {k: json.load(open(v + ".json")) for k, v in paths.items()}

frame = pd.read_csv(a.features)
names = [c for c in frame.columns if c not in ("tx_id", "label")]
schema = sidecar["autoencoder"]["feature_schema"].split(":", 1)[1].split(",")
assert names == schema, "feature CSV and model sidecar disagree on the schema"
raw = frame[names].to_numpy(dtype=np.float32)
account = frame[["tx_id"]].merge(accounts, on="tx_id", how="left")["account_id"].to_numpy()


def scaled(scaler):
    """RobustScaler::transformAll."""
    cols = raw[:, scaler["columns"]].astype(np.float32)
    log = np.array(scaler["log"], dtype=bool)
    cols[:, log] = np.copysign(np.log1p(np.abs(cols[:, log])), cols[:, log])
    with np.errstate(invalid="ignore", divide="ignore"):
        out = (cols - np.array(scaler["center"], np.float32)) / np.array(scaler["scale"], np.float32)
    out[~np.isfinite(out)] = 0.0
    return np.ascontiguousarray(np.clip(out, -CLIP, CLIP), dtype=np.float32)


def trimmed_mean(per_row, trim):
    n = per_row.shape[0]
    keep = max(1, int(n * (1.0 - trim)))
    return per_row.mean() if keep >= n else torch.topk(per_row, keep, largest=False).values.mean()


# ---- autoencoder -----------------------------------------------------------------
ae_opt = sidecar["autoencoder"]["options"]
x_ae = torch.from_numpy(scaled(sidecar["autoencoder"]["scaler"]))
rows, width = x_ae.shape
torch.manual_seed(ae_opt["seed"])
h, b = ae_opt["hidden"], ae_opt["bottleneck"]
ae = torch.nn.Sequential(torch.nn.Linear(width, h), torch.nn.Tanh(), torch.nn.Linear(h, b),
                         torch.nn.Tanh(), torch.nn.Linear(b, h), torch.nn.Tanh(), torch.nn.Linear(h, width))

start = time.perf_counter()
optimiser = torch.optim.Adam(ae.parameters(), lr=ae_opt["learning_rate"])
rng = np.random.default_rng(ae_opt["seed"])
per_epoch, batch = min(rows, AE_EPOCH_ROWS), ae_opt["batch_size"]
ae.train()
for epoch in range(ae_opt["epochs"]):
    order = torch.from_numpy(rng.permutation(rows))
    loss_sum, batches = 0.0, 0
    for s in range(0, per_epoch, batch):
        inp = x_ae.index_select(0, order[s:min(per_epoch, s + batch)])
        optimiser.zero_grad()
        loss = trimmed_mean((ae(inp) - inp).pow(2).mean(1), ae_opt["trim_fraction"])
        loss.backward()
        optimiser.step()
        loss_sum += loss.item()
        batches += 1
    ae_loss = loss_sum / max(batches, 1)
ae_train = time.perf_counter() - start

start = time.perf_counter()
ae.eval()
ae_err = np.empty(rows, np.float32)
with torch.no_grad():
    for s in range(0, rows, AE_SCORE_CHUNK):
        inp = x_ae[s:s + AE_SCORE_CHUNK]
        squared = (ae(inp) - inp).pow(2)
        ae_err[s:s + AE_SCORE_CHUNK] = squared.mean(1).numpy()
ae_score = time.perf_counter() - start

# ---- sequence model --------------------------------------------------------------
seq_opt = sidecar["sequence"]["options"]
x_seq = scaled(sidecar["sequence"]["scaler"])
targets = [seq_opt["inputs"].index(t) for t in seq_opt["targets"]]
dense, _ = pd.factorize(account)  # dense account ids in order of first transaction, as FrameBuilder
grouped = np.argsort(dense, kind="stable")  # rows by account, time order inside
sequences = np.split(grouped, np.cumsum(np.bincount(dense))[:-1])


def batches_of(size, training_only):
    """SequenceModel's batchesOf: longest first (stable), then cut into groups."""
    kept = [s for s in sequences if len(s) > (1 if training_only else 0)]
    kept.sort(key=len, reverse=True)
    return [kept[i:i + size] for i in range(0, len(kept), size)]


def pad(seqs):
    """Time-major [L, B, W] input, [L, B, K] next-step targets and [L, B] mask."""
    lengths = np.array([len(s) for s in seqs])
    rows_ = np.concatenate(seqs)
    t = np.concatenate([np.arange(n) for n in lengths])
    j = np.repeat(np.arange(len(seqs)), lengths)
    inp = np.zeros((lengths.max(), len(seqs), x_seq.shape[1]), np.float32)
    inp[t, j] = x_seq[rows_]
    has_next = t < np.repeat(lengths, lengths) - 1
    tgt = np.zeros((lengths.max(), len(seqs), len(targets)), np.float32)
    tgt[t[has_next], j[has_next]] = x_seq[rows_[np.flatnonzero(has_next) + 1]][:, targets]
    mask = np.zeros((lengths.max(), len(seqs)), np.float32)
    mask[t[has_next], j[has_next]] = 1.0
    return torch.from_numpy(inp), torch.from_numpy(tgt), torch.from_numpy(mask), rows_, t, j, has_next


torch.manual_seed(seq_opt["seed"])
hidden = seq_opt["hidden"]
lstm = torch.nn.LSTM(x_seq.shape[1], hidden)
head = torch.nn.Linear(hidden, len(targets))
params = list(lstm.parameters()) + list(head.parameters())

start = time.perf_counter()
optimiser = torch.optim.Adam(params, lr=seq_opt["learning_rate"])
train_batches = batches_of(seq_opt["batch_accounts"], True)
shuffle = random.Random(seq_opt["seed"])
chunk = seq_opt["chunk_steps"]
lstm.train()
head.train()
seq_loss = 0.0
# SequenceModel's budget: an epoch trains on the shuffled batches' prefix that first
# reaches max_rows_per_epoch rows (all of them on small data).
budget = seq_opt.get("max_rows_per_epoch", float("inf"))
for epoch in range(seq_opt["epochs"]):
    shuffle.shuffle(train_batches)
    taken, rows_taken = 0, 0
    while taken < len(train_batches) and rows_taken < budget:
        rows_taken += sum(len(s) for s in train_batches[taken])
        taken += 1
    loss_sum, steps = 0.0, 0
    for seqs in train_batches[:taken]:
        inp, tgt, mask = pad(seqs)[:3]
        hc = (torch.zeros(1, len(seqs), hidden), torch.zeros(1, len(seqs), hidden))
        for t0 in range(0, inp.shape[0], chunk):
            optimiser.zero_grad()
            out, state = lstm(inp[t0:t0 + chunk], hc)
            per_step = (head(out) - tgt[t0:t0 + chunk]).pow(2).mean(2).reshape(-1)
            valid = mask[t0:t0 + chunk].reshape(-1).nonzero().reshape(-1)
            hc = (state[0].detach(), state[1].detach())  # truncated BPTT
            if valid.numel() == 0:
                continue
            loss = trimmed_mean(per_step.index_select(0, valid), seq_opt["trim_fraction"])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 5.0)
            optimiser.step()
            loss_sum += loss.item()
            steps += 1
    seq_loss = loss_sum / max(steps, 1)
seq_train = time.perf_counter() - start

start = time.perf_counter()
lstm.eval()
head.eval()
seq_err = np.full(rows, np.nan, np.float32)
with torch.no_grad():
    for seqs in batches_of(SEQ_SCORE_BATCH, False):
        inp, tgt, _, rows_, t, j, has_next = pad(seqs)
        err = (head(lstm(inp)[0]) - tgt).pow(2).mean(2).numpy()
        seq_err[rows_[np.flatnonzero(has_next) + 1]] = err[t[has_next], j[has_next]]
seq_score = time.perf_counter() - start

# ---- side by side ----------------------------------------------------------------
fl = {k: sidecar[k]["training"] for k in sidecar}
multi = sum(1 for s in sequences if len(s) > 1)
print(f"rows {rows}, accounts {len(sequences)} ({multi} with more than one transaction), "
      f"{a.threads} threads, CPU; autoencoder {width}-{h}-{b}-{h}-{width}, batch {batch}, {ae_opt['epochs']} epochs; "
      f"LSTM {x_seq.shape[1]}->{hidden}->{len(targets)}, {seq_opt['batch_accounts']} accounts x {chunk} steps, "
      f"{seq_opt['epochs']} epochs")
print(f"{'':30s} {'FraudLens C++':>14s} {'PyTorch':>10s} {'PyTorch/FraudLens':>18s}")
for label, ours, theirs in (("autoencoder training (s)", fl["autoencoder"]["seconds"], ae_train),
                            ("sequence training (s)", fl["sequence"]["seconds"], seq_train),
                            ("scoring, both models (s)", durations["models_scoring"], ae_score + seq_score)):
    print(f"{label:30s} {ours:14.2f} {theirs:10.2f} {theirs / ours:17.2f}x")
print(f"{'autoencoder final loss':30s} {fl['autoencoder']['final_loss']:14.4f} {ae_loss:10.4f}")
print(f"{'sequence final loss':30s} {fl['sequence']['final_loss']:14.4f} {seq_loss:10.4f}")
