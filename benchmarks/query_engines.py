"""Compare the SPARQL engines (rdflib vs pyoxigraph) on the same queries and graphs, in one run.

Graphs: the bundled plan as built by `kg build`, and a synthetic corpus graph made of the four bundled
documents' graph copied under renamed document IRIs (concepts shared, as in a real corpus) until it holds
at least --triples triples.  Each engine runs in its own process: load, then every query --reps times
(median).  A query still running after --timeout seconds is reported as such and the engine's remaining
queries are skipped.

    python benchmarks/query_engines.py                      # ~1M triples; allow 20-40 minutes
    python benchmarks/query_engines.py --triples 100000 --reps 3
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [  # (named query, parameters as IRIs)
    ("tasks", {}),
    ("tech-domains", {"tech": "https://w3id.org/policy-kg/concept/tech/datacenter"}),
    ("chain", {"tech": "https://w3id.org/policy-kg/concept/tech/blockchain"}),
    ("mentions", {"concept": "https://w3id.org/policy-kg/concept/tech/beidou"}),
    ("integrations", {}),
    ("indicators", {}),
    ("top-technologies", {}),
]

WORKER = r"""
import json, statistics, sys, time
sys.path.insert(0, sys.argv[4])
from kg.query import named_queries, values_block
engine, path, fmt, reps = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[5])
queries = json.loads(sys.argv[6])
t = time.perf_counter()
if engine == "rdflib":
    import rdflib
    g = rdflib.Graph().parse(path, format=fmt)
    run = lambda q: len(list(g.query(q)))
else:
    import pyoxigraph as ox
    store = ox.Store()
    store.bulk_load(path=path, format=ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES)
    run = lambda q: len(list(store.query(q)))
print(json.dumps({"query": "load the graph", "ms": (time.perf_counter() - t) * 1000}), flush=True)
qs = named_queries()
for name, params in queries:
    text = values_block(qs[name].text, {k: ("iri", v) for k, v in params.items()})  # the same text for both engines
    times, rows = [], 0
    for _ in range(reps):
        t = time.perf_counter()
        rows = run(text)
        times.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"query": name, "ms": statistics.median(times), "rows": rows}), flush=True)
"""


def synthetic(nt_lines: list[str], target: int, path: Path) -> int:
    copies = max(1, -(-target // len(nt_lines)))
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            prefix = f"https://w3id.org/policy-kg/id/c{i:04d}-"
            for line in nt_lines:
                fh.write(line.replace("https://w3id.org/policy-kg/id/", prefix))
                n += 1
    return n


def run_engine(engine: str, path: Path, fmt: str, reps: int, timeout: float) -> dict[str, dict]:
    proc = subprocess.Popen([sys.executable, "-c", WORKER, engine, str(path), fmt, str(ROOT), str(reps),
                             json.dumps(QUERIES)], stdout=subprocess.PIPE, text=True)
    results: dict[str, dict] = {}
    deadline = time.monotonic() + timeout
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not sel.select(timeout=left):
            proc.kill()
            break
        line = proc.stdout.readline()
        if not line:
            break
        row = json.loads(line)
        results[row["query"]] = row
        deadline = time.monotonic() + timeout  # the limit is per step
    proc.wait()
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=600, help="seconds one step (load or one query) may take")
    args = ap.parse_args()
    from kg.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seed = build(out=tmp / "seed", html=False, validate_shapes=False)
        docs = sorted(str(p) for p in (ROOT / "data").glob("*.txt"))
        corpus = build(docs, tmp / "corpus", html=False, validate_shapes=False)
        import rdflib

        lines = rdflib.Graph().parse(corpus.files["kg.ttl"]).serialize(format="nt").splitlines(keepends=True)
        big = tmp / "synthetic.nt"
        n = synthetic([ln for ln in lines if ln.strip()], args.triples, big)
        print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
        for label, path, fmt, triples in (("bundled plan", seed.files["kg.ttl"], "turtle", seed.triples),
                                          ("synthetic corpus", big, "nt", n)):
            reps = args.reps if triples < 200_000 else max(1, min(args.reps, 3))
            rl = run_engine("rdflib", Path(path), fmt, reps, args.timeout)
            ox = run_engine("oxigraph", Path(path), fmt, reps, args.timeout)
            print(f"\n{label}: {triples:,} triples, median of {reps}")
            print("| step | rows | rdflib ms | pyoxigraph ms | rdflib / pyoxigraph |\n| --- | ---: | ---: | ---: | ---: |")
            for name in ["load the graph"] + [q for q, _ in QUERIES]:
                a, b = rl.get(name), ox.get(name)
                rows = (b or a or {}).get("rows", "")
                if a and b and "rows" in a and a["rows"] != b["rows"]:
                    rows = f"{a['rows']} vs {b['rows']} (differ!)"
                sa = f"{a['ms']:,.1f}" if a else f"> {args.timeout * 1000:,.0f} (stopped)"
                sb = f"{b['ms']:,.1f}" if b else f"> {args.timeout * 1000:,.0f} (stopped)"
                ratio = f"{a['ms'] / b['ms']:,.0f}×" if a and b and b["ms"] > 0 else "—"
                print(f"| {name} | {rows} | {sa} | {sb} | {ratio} |")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
