#!/usr/bin/python3
"""Peers for rings_bench.sh: networkx and python-igraph build the account-entity graph
from the exported edges (entities shared by 2..max accounts, as FraudLens keeps them) and
find its connected components, once bipartite and once projected onto accounts (two
accounts linked when they share an entity). Prints them beside the "rings" duration of
FraudLens' scoring run.

  rings_peer.py --edges EDGES.csv --score SCORE.json [--max-accounts 50]
"""
import argparse
import json
import time

import igraph
import networkx as nx
import numpy as np
import pandas as pd

p = argparse.ArgumentParser()
p.add_argument("--edges", required=True, help="account_id,entity rows, no header")
p.add_argument("--score", required=True, help="output of fraudlens-cli score --json")
p.add_argument("--max-accounts", type=int, default=50)
a = p.parse_args()


def timed(f):
    start = time.perf_counter()
    result = f()
    return result, time.perf_counter() - start


def grouped_sizes(membership, is_account):
    """Components that hold at least two accounts."""
    counts = np.bincount(np.asarray(membership)[is_account])
    return int((counts >= 2).sum())


# Keep the entities FraudLens can project: shared by 2..max distinct accounts.
edges = pd.read_csv(a.edges, header=None, names=["account", "entity"], dtype=str).drop_duplicates()
per_entity = edges.groupby("entity")["account"].transform("size")
edges = edges[(per_entity >= 2) & (per_entity <= a.max_accounts)].reset_index(drop=True)
acc, accounts = pd.factorize(edges["account"])
ent, entities = pd.factorize(edges["entity"])
n_acc, n_ent = len(accounts), len(entities)
bipartite = np.column_stack([acc, n_acc + ent])
is_account = np.arange(n_acc + n_ent) < n_acc

# Projection onto accounts: every pair of accounts that share an entity, once.
pair_frame = pd.DataFrame({"a": acc, "e": ent})


def project():
    pairs = pair_frame.merge(pair_frame, on="e")
    pairs = pairs[pairs["a_x"] < pairs["a_y"]]
    return np.unique(pairs[["a_x", "a_y"]].to_numpy(), axis=0)


projected, project_s = timed(project)


def nx_components(edge_array, n, account_mask):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(map(tuple, edge_array.tolist()))
    membership = np.empty(n, np.int64)
    for c, nodes in enumerate(nx.connected_components(g)):
        membership[list(nodes)] = c
    return grouped_sizes(membership, account_mask)


def ig_components(edge_array, n, account_mask):
    g = igraph.Graph(n=n, edges=edge_array.tolist())
    return grouped_sizes(g.connected_components().membership, account_mask)


score = json.load(open(a.score))
print(f"{n_acc} accounts and {n_ent} entities (devices, IPs, cards, addresses, e-mails shared by 2..{a.max_accounts} "
      f"accounts), {len(bipartite)} account-entity edges, {len(projected)} projected account pairs "
      f"(pandas self-join: {project_s:.2f} s, not counted below)")
print(f"{'':54s} {'seconds':>8s} {'groups':>8s}")
print(f"{'FraudLens rings stage (rings found)':54s} {score['durations']['rings']:8.2f} {score['summary']['rings']:8d}")
everyone = np.ones(n_acc, bool)
for name, f in (("networkx", nx_components), ("igraph", ig_components)):
    groups, seconds = timed(lambda: f(bipartite, n_acc + n_ent, is_account))
    print(f"{name + ' bipartite build + components (>= 2 accounts)':54s} {seconds:8.2f} {groups:8d}")
    groups, seconds = timed(lambda: f(projected, n_acc, everyone))
    print(f"{name + ' projected build + components':54s} {seconds:8.2f} {groups:8d}")
