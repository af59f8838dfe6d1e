"""Bench step: NetworkX and igraph on the same records as Faktograf (bench/steps/flat.ts).

Usage: python3 compare.py <mode> <flat.json> [file|iterations]
  nx-build           build a MultiDiGraph with the records' attributes
  nx-write <file>    build, then write_gexf
  nx-read <file>     read_gexf of a GEXF file
  ig-build           build an igraph Graph with the same attributes
  ig-layout <n>      Fruchterman-Reingold, n iterations (grid for large graphs)
Prints one JSON object: times in ms, peak RSS in MiB.
"""
import json
import resource
import sys
import time

import igraph as ig
import networkx as nx


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def nx_build(data):
    g = nx.MultiDiGraph()
    g.add_nodes_from((n, a) for n, a in data["nodes"])
    g.add_edges_from((s, t, k, a) for k, s, t, a in data["edges"])
    return g


def ig_build(data):
    index = {n: i for i, (n, _) in enumerate(data["nodes"])}
    node_keys = list(data["nodes"][0][1].keys()) if data["nodes"] else []
    edge_keys = list(data["edges"][0][3].keys()) if data["edges"] else []
    return ig.Graph(
        n=len(data["nodes"]),
        edges=[(index[s], index[t]) for _, s, t, _ in data["edges"]],
        directed=True,
        vertex_attrs={"name": [n for n, _ in data["nodes"]], **{k: [a[k] for _, a in data["nodes"]] for k in node_keys}},
        edge_attrs={"key": [k for k, _, _, _ in data["edges"]], **{k: [a[k] for _, _, _, a in data["edges"]] for k in edge_keys}},
    )


def timed(fn):
    t = time.perf_counter()
    value = fn()
    return value, (time.perf_counter() - t) * 1000


def main():
    mode, path = sys.argv[1], sys.argv[2]
    out = {"mode": mode}
    if mode == "nx-read":
        g, out["ms"] = timed(lambda: nx.read_gexf(path))
        out["nodes"] = g.number_of_nodes()
    else:
        data = load(path)
        if mode == "nx-build":
            g, out["ms"] = timed(lambda: nx_build(data))
        elif mode == "nx-write":
            g = nx_build(data)
            del data
            _, out["ms"] = timed(lambda: nx.write_gexf(g, sys.argv[3]))
        elif mode == "ig-build":
            g, out["ms"] = timed(lambda: ig_build(data))
        elif mode == "ig-layout":
            g = ig_build(data)
            del data
            n = int(sys.argv[3])
            _, ms = timed(lambda: g.layout_fruchterman_reingold(niter=n))
            out["msPerIteration"] = ms / n
        else:
            raise SystemExit(f"unknown mode {mode}")
        out["nodes"] = g.number_of_nodes() if mode.startswith("nx") else g.vcount()
    out["peakRssMiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


if __name__ == "__main__":
    main()
