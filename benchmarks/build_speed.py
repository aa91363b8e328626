"""Speed of policy-kg against the floor set by its libraries, in one run.

Reports medians over several repetitions (whole processes, time.perf_counter):

1. `kg build` on the bundled plan against `python -c "import spacy, rdflib, networkx, pyvis"`;
2. the read-only commands (`kg query`, `kg rank`, `kg path`, `kg viz`) against
   `python -c "import rdflib, networkx, click"`;
3. extraction throughput (ingest + structure + extract, characters per second) and peak memory on a corpus
   made of the four bundled documents repeated to 1, 10 and 100 MB, with one process and with two.

    python benchmarks/build_speed.py              # several minutes; 100 MB needs ~10 GB of memory
    python benchmarks/build_speed.py --sizes 1 10 --reps 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "data").glob("*.txt"))
PY = sys.executable

EXTRACT = """
import json, resource, sys, time
t0 = time.perf_counter()
from kg.extract import extract
from kg.ingest import read_document
from kg.lexicon import load_lexicon
from kg.structure import parse_structure
lexicon = load_lexicon()
t1 = time.perf_counter()
doc = read_document(sys.argv[1]); t2 = time.perf_counter()
tree = parse_structure(doc); t3 = time.perf_counter()
ex = extract(tree, lexicon, workers=int(sys.argv[2])); t4 = time.perf_counter()
print(json.dumps({"chars": len(doc.text), "setup": t1 - t0, "ingest": t2 - t1, "structure": t3 - t2, "extract": t4 - t3,
                  "mentions": len(ex.mentions), "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def timed(cmd: list[str], reps: int, cwd=ROOT, fresh: Path | None = None) -> float:
    """Median wall time of *cmd*; with *fresh*, each run writes to a new folder inside it (``{out}`` in the
    command), so that a build never finds its own per-document cache."""
    times = []
    for k in range(reps):
        run = [c.replace("{out}", str(fresh / f"run-{k}")) for c in cmd] if fresh else cmd
        t = time.perf_counter()
        subprocess.run(run, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def corpus(mb: int, path: Path) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in DOCS]
    block = "\n".join(texts)
    target = mb * 1_000_000
    with path.open("w", encoding="utf-8") as fh:
        written = 0
        while written < target:
            fh.write(block)
            written += len(block.encode("utf-8"))
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    args = ap.parse_args()
    kg = [PY, "-m", "kg.cli"]
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}; medians of {args.reps}\n")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        out = tmp / "out"
        subprocess.run([*kg, "build", "--out", str(out)], check=True, capture_output=True)  # warm caches
        floor = timed([PY, "-c", "import spacy, rdflib, networkx, pyvis"], args.reps)
        (tmp / "fresh").mkdir()
        build = timed([*kg, "build", "--out", "{out}"], args.reps, fresh=tmp / "fresh")  # no per-document cache
        print("| whole process | seconds | × floor |\n| --- | ---: | ---: |")
        print(f"| `python -c \"import spacy, rdflib, networkx, pyvis\"` (floor) | {floor:.2f} | 1.00 |")
        print(f"| `kg build` (bundled plan) | {build:.2f} | {build / floor:.2f} |")
        floor2 = timed([PY, "-c", "import rdflib, networkx, click"], args.reps)
        print(f"| `python -c \"import rdflib, networkx, click\"` (floor) | {floor2:.2f} | 1.00 |")
        g = ["--graph", str(out)]
        for name, cmd in [("kg query tasks", ["query", "tasks"]), ("kg query tech-domains -p tech=北斗", ["query", "tech-domains", "-p", "tech=北斗"]),
                          ("kg rank", ["rank"]), ("kg path 5G 北斗", ["path", "5G", "北斗"]),
                          ("kg viz --focus 北斗", ["viz", "--focus", "北斗", "-o", str(tmp / "v.html")])]:
            t = timed([*kg, *cmd, *g], args.reps)
            print(f"| `{name}` | {t:.2f} | {t / floor2:.2f} |")
        print("\n| corpus | workers | chars | ingest s | structure s | extract s | chars/s (ingest→extract) | chars/s/core (extract) | peak MB |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for mb in args.sizes:
            path = corpus(mb, tmp / f"corpus-{mb}.txt")
            for workers in (1, 2):
                reps = 1 if mb >= 50 else (3 if mb >= 10 else args.reps)
                runs = []
                for _ in range(reps):
                    proc = subprocess.run([PY, "-c", EXTRACT, str(path), str(workers)], cwd=ROOT, check=True,
                                          capture_output=True, text=True)
                    runs.append(json.loads(proc.stdout))
                r = {k: statistics.median(x[k] for x in runs) for k in runs[0]}
                total = r["ingest"] + r["structure"] + r["extract"]
                print(f"| {mb} MB | {workers} | {int(r['chars']):,} | {r['ingest']:.2f} | {r['structure']:.2f} | "
                      f"{r['extract']:.2f} | {r['chars'] / total:,.0f} | {r['chars'] / r['extract'] / workers:,.0f} | "
                      f"{r['maxrss_mb']:,.0f} |")
                sys.stdout.flush()
            path.unlink()


if __name__ == "__main__":
    main()
