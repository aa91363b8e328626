"""Corpus listings read from the build's views against the same queries asked of the store, in one run.

1. Builds a corpus of N documents made by ``make_corpus.py`` (or uses ``--graph OUT``, a corpus build);
2. runs every view query as a user does (``kg query NAME -g OUT -f tsv``, whole process), from the views and with
   ``--no-views``, alternating, ``--reps`` times each, and checks that both print the same bytes;
3. times the map's extra work: ``map_document`` of ``--map-docs`` documents with and without the views, in one
   process, alternating (CPU seconds per document).

    python benchmarks/query_views.py --docs 500            # builds /tmp/kg-views-500 first (~2 min)
    python benchmarks/query_views.py --graph out/corpus --reps 5
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

MAP = """
import sys, time
from pathlib import Path
from kg.lexicon import load_lexicon
from kg.pipeline import map_document
lexicon = load_lexicon()
files = sorted(Path(sys.argv[1]).glob("*.txt"))[:int(sys.argv[2])]
data = [(f, f.read_bytes()) for f in files]
map_document(data[0][1], str(data[0][0]), "warm", lexicon)  # (spaCy and the automaton loaded before timing)
for rep in range(int(sys.argv[3])):
    for views in (False, True):
        t = time.process_time()
        for f, b in data:
            map_document(b, str(f), f.stem, lexicon, True, views)
        print(views, (time.process_time() - t) / len(data))
"""


def run(cmd: list[str]) -> tuple[float, bytes]:
    t = time.perf_counter()
    out = subprocess.run(cmd, cwd="/tmp", check=True, capture_output=True).stdout
    return time.perf_counter() - t, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--graph", type=Path, help="a corpus build to query (default: build one of --docs documents)")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--map-docs", type=int, default=40)
    ap.add_argument("--map-reps", type=int, default=2)
    args = ap.parse_args()
    folder = Path(f"/tmp/kg-views-corpus-{args.docs}")
    if not folder.is_dir():
        subprocess.run([PY, str(ROOT / "benchmarks" / "make_corpus.py"), str(args.docs), str(folder)], check=True)
    graph = args.graph
    if graph is None:
        graph = Path(f"/tmp/kg-views-{args.docs}")
        t = time.perf_counter()
        subprocess.run([PY, "-m", "kg.cli", "build", str(folder), "-o", str(graph), "--no-html"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"built {args.docs} documents in {time.perf_counter() - t:.1f} s")
    sys.path.insert(0, str(ROOT))
    from kg.views import view_names

    print(f"\n| query | rows | views s | store s | store ÷ views | same output |\n| --- | ---: | ---: | ---: | ---: | --- |")
    for name in view_names():
        base = [PY, "-m", "kg.cli", "query", name, "-g", str(graph), "-f", "tsv"]
        fast, slow, same, rows = [], [], True, 0
        for _ in range(args.reps):
            t1, a = run(base)
            t2, b = run(base + ["--no-views"])
            fast.append(t1)
            slow.append(t2)
            same = same and a == b
            rows = a.count(b"\n") - 1
        f, s = statistics.median(fast), statistics.median(slow)
        print(f"| {name} | {rows:,} | {f:.2f} | {s:.2f} | {s / f:.1f} | {'yes' if same else 'NO'} |")
    out = subprocess.run([PY, "-c", MAP, str(folder), str(args.map_docs), str(args.map_reps)], check=True,
                         capture_output=True, text=True, cwd=str(ROOT)).stdout.split()
    off = [float(v) for k, v in zip(out[::2], out[1::2]) if k == "False"]
    on = [float(v) for k, v in zip(out[::2], out[1::2]) if k == "True"]
    print(f"\nmap_document of {args.map_docs} documents, CPU s per document (runs alternating): without views "
          f"{', '.join(f'{v:.3f}' for v in off)}; with views {', '.join(f'{v:.3f}' for v in on)}; "
          f"ratio of medians {statistics.median(on) / statistics.median(off):.3f}")


if __name__ == "__main__":
    main()
