"""Compare the SPARQL engines (rdflib vs pyoxigraph) on the same queries and graphs, in one run.

Graphs: the bundled plan as built by `kg build`, and a synthetic corpus graph made of the four bundled
documents' graph copied under renamed document IRIs (concepts shared, as in a real corpus) until it holds
at least --triples triples.  Reports load time and median query latency per engine, and the ratio.

    python benchmarks/query_engines.py                 # ~1M triples; several minutes, ~2 GB RAM
    python benchmarks/query_engines.py --triples 100000 --reps 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.pipeline import build  # noqa: E402
from kg.query import inject_values, named_queries  # noqa: E402

QUERIES = [  # (named query, parameters as IRIs)
    ("tasks", {}),
    ("top-technologies", {}),
    ("tech-domains", {"tech": "https://w3id.org/policy-kg/concept/tech/datacenter"}),
    ("chain", {"tech": "https://w3id.org/policy-kg/concept/tech/blockchain"}),
    ("mentions", {"concept": "https://w3id.org/policy-kg/concept/tech/beidou"}),
    ("integrations", {}),
    ("indicators", {}),
]


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


def median_ms(fn, reps: int) -> float:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bench(path: Path, fmt: str, reps: int) -> list[tuple[str, float, float]]:
    import pyoxigraph as ox
    import rdflib

    rows = []
    t = time.perf_counter()
    g = rdflib.Graph().parse(path, format=fmt)
    rl_load = time.perf_counter() - t
    t = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES)
    ox_load = time.perf_counter() - t
    rows.append(("load the graph", rl_load * 1000, ox_load * 1000))
    qs = named_queries()
    for name, params in QUERIES:
        text = inject_values(qs[name].text, {k: ("iri", v) for k, v in params.items()})
        n_rl = len(list(g.query(text)))
        n_ox = len(list(store.query(text)))
        assert n_rl == n_ox, (name, n_rl, n_ox)
        rl = median_ms(lambda: list(g.query(text)), reps)
        oxm = median_ms(lambda: list(store.query(text)), reps)
        rows.append((f"{name} ({n_ox} rows)", rl, oxm))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
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
            print(f"\n{label}: {triples:,} triples, median of {reps}")
            print(f"| query | rdflib ms | pyoxigraph ms | rdflib / pyoxigraph |\n| --- | ---: | ---: | ---: |")
            for name, a, b in bench(Path(path), fmt, reps):
                print(f"| {name} | {a:,.1f} | {b:,.1f} | {a / b:,.1f}× |")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
