"""Corpus builds at 10, 100, 500 and 2,000 documents: wall, CPU and peak memory, against a floor and a baseline.

Every figure is a whole process (``python -m kg.cli …``), timed from outside:

- *wall*: elapsed seconds; *CPU*: user + system seconds of the process and every worker it waited for;
- *peak memory*: the largest sum of the proportional set sizes (PSS, shared pages split between the
  processes sharing them) of the process and its descendants, sampled every 0.2 s — what the build
  really holds, workers included;
- *floor*: one process that reads the same files, ingests them (decoding, normalisation, offsets)
  and runs one Aho-Corasick pass of the lexicon over each — what no build can avoid;
- *baseline* (``--baseline-rev REV``): the same build by the project at git revision REV, run from a
  temporary worktree, up to ``--baseline-max-docs`` documents (it may be far slower).

Then, on the built corpus: a rebuild with nothing changed, a rebuild after one document changed, and
every named query (``kg query NAME``), each as a whole process.  The corpora are made by
``make_corpus.py`` (distinct documents from the bundled ones; same N, same files).

    python benchmarks/corpus_scale.py                         # 10 100 500 2000 (about 15 minutes)
    python benchmarks/corpus_scale.py --sizes 10 100 --baseline-rev c8403c0
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import make  # noqa: E402

FLOOR = r"""
import sys, time
from pathlib import Path
from kg.ingest import document_from_bytes
from kg.lexicon import load_lexicon
auto = load_lexicon().automaton()
chars = hits = 0
for p in sorted(Path(sys.argv[1]).iterdir()):
    doc = document_from_bytes(p.read_bytes(), str(p))
    chars += len(doc.text)
    hits += sum(1 for _ in auto.iter(doc.norm))
print(chars, hits)
"""


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(c) for c in fh.read().split()]
        except OSError:
            pass
    return pids


def _pss_mb(pids: list[int]) -> float:
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total / 1024


def run(cmd: list[str], env: dict | None = None, timeout: float | None = None) -> dict:
    """Run *cmd*; wall, CPU (with waited-for descendants), peak PSS of the process tree, exit code, and the
    number of lines it printed (its output goes to a file, as a piped user's would)."""
    out = tempfile.TemporaryFile()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.PIPE)
    peak = [0.0]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], _pss_mb(_tree(proc.pid)))
            stop.wait(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    deadline = None if timeout is None else start + timeout
    timed_out = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline is not None and time.perf_counter() > deadline:
            proc.kill()
            timed_out = True
        time.sleep(0.05)
    wall = time.perf_counter() - start
    stop.set()
    t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace")[-500:]
    out.seek(0)
    lines = out.read().count(b"\n")
    out.close()
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": peak[0], "rc": proc.returncode,
            "timed_out": timed_out, "stderr": err, "lines": lines}


def kg(*args: str) -> list[str]:
    return [PY, "-m", "kg.cli", *args]


def baseline_env(rev: str, tmp: Path) -> dict:
    wt = tmp / f"baseline-{rev}"
    if not wt.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(wt), rev], cwd=ROOT, check=True,
                       capture_output=True)
    return dict(os.environ, PYTHONPATH=str(wt))


def named_queries() -> list[str]:
    return sorted(p.stem for p in (ROOT / "kg" / "queries").glob("*.rq"))


def query_args(name: str, document: str | None = None) -> list[str]:
    """The example parameters a named query documents (``# param: NAME KIND  e.g. VALUE``); the optional
    document filter only when *document* is given."""
    out = []
    for line in (ROOT / "kg" / "queries" / f"{name}.rq").read_text(encoding="utf-8").splitlines():
        if line.startswith("# param:") and "e.g." in line:
            pname, kind = line.split()[2:4]
            if kind.endswith("?"):
                if pname == "document" and document:
                    out += ["-p", f"document={document}"]
                continue
            value = line.split("e.g.", 1)[1].split(",")[0].strip()
            out += ["-p", f"{pname}={value}"]
    return out


def has_document_filter(name: str) -> bool:
    return "# param: document string?" in (ROOT / "kg" / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 500, 2000])
    ap.add_argument("--baseline-rev", default=None, help="git revision to compare with (e.g. the previous release)")
    ap.add_argument("--baseline-max-docs", type=int, default=100)
    ap.add_argument("--baseline-timeout", type=float, default=1200)
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()
    results = []
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}; one run per figure\n")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        subprocess.run(kg("build", "--out", str(tmp / "warm")), cwd=ROOT, capture_output=True)  # lexicon cache
        print("| documents | characters | floor s | build wall s | × floor | CPU s | peak MB | unchanged rebuild s "
              "| one changed s | baseline wall s | baseline peak MB | × baseline |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for n in args.sizes:
            corpus = tmp / f"corpus-{n}"
            paths = make(n, corpus)
            chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
            floor = run([PY, "-c", FLOOR, str(corpus)])
            out = tmp / f"out-{n}"
            build = run(kg("build", str(corpus), "--out", str(out)))
            again = run(kg("build", str(corpus), "--out", str(out)))
            with paths[n // 2].open("a", encoding="utf-8") as fh:
                fh.write("\n（本办法自发布之日起施行。）\n")
            changed = run(kg("build", str(corpus), "--out", str(out)))
            row = {"documents": n, "chars": chars, "floor": floor, "build": build, "unchanged": again,
                   "one_changed": changed}
            base = None
            if args.baseline_rev and n <= args.baseline_max_docs:
                make(n, corpus)  # undo the change
                base = run(kg("build", str(corpus), "--out", str(tmp / f"base-{n}")),
                           env=baseline_env(args.baseline_rev, tmp), timeout=args.baseline_timeout)
                row["baseline"] = base
            queries = {}
            for q in named_queries():
                r = run(kg("query", q, "--graph", str(out), "-f", "tsv", *query_args(q)))
                r["rows"] = max(0, r["lines"] - 1)
                if has_document_filter(q):
                    one = run(kg("query", q, "--graph", str(out), "-f", "tsv", *query_args(q, paths[7].stem)))
                    r["one_document"] = one["wall"]
                    r["one_document_rows"] = max(0, one["lines"] - 1)
                queries[q] = r
            row["queries"] = queries
            results.append(row)
            btxt = "–" if base is None else (f"> {base['wall']:.0f} (stopped)" if base["timed_out"] else f"{base['wall']:.1f}")
            bpeak = "–" if base is None else f"{base['peak_mb']:,.0f}"
            ratio = "–" if base is None or base["timed_out"] else f"{build['wall'] / base['wall']:.2f}"
            print(f"| {n:,} | {chars:,} | {floor['wall']:.1f} | {build['wall']:.1f} | {build['wall'] / floor['wall']:.1f} "
                  f"| {build['cpu']:.0f} | {build['peak_mb']:,.0f} | {again['wall']:.1f} | {changed['wall']:.1f} | {btxt} "
                  f"| {bpeak} | {ratio} |", flush=True)
            for name, r in (("build", build), ("unchanged", again), ("one changed", changed)):
                if r["rc"] != 0:
                    print(f"  ! {name} exited {r['rc']}: {r['stderr'].strip().splitlines()[-1:]}")
            shutil.rmtree(corpus)
        print("\nNamed queries on the largest corpus (whole process, seconds):\n")
        last = results[-1]["queries"]
        print("| query | whole corpus: wall s | rows | one document (`-p document=…`): wall s | rows | exit |\n"
              "| --- | ---: | ---: | ---: | ---: | ---: |")
        for q, r in last.items():
            one = f"{r['one_document']:.2f} | {r['one_document_rows']:,}" if "one_document" in r else "– | –"
            print(f"| `kg query {q}` | {r['wall']:.2f} | {r['rows']:,} | {one} | {r['rc']} |")
        if args.baseline_rev:
            subprocess.run(["git", "worktree", "prune"], cwd=ROOT, capture_output=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
