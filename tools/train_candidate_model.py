"""Train the confidence model of candidate terms (``ontology/candidate-model.ttl``) on gold files.

Each candidate term the tool finds in a gold document is one example: its evidence
(:func:`kg.candidates.evidence`) and whether the document's reader marked it as a technology (a gold
Technology entry inside one of its occurrences, as ``kg eval`` counts it).  The model is an L2-regularised
logistic regression fitted by Newton's method (numpy), deterministic for the same data.

Before writing the model, the script compares it with the rules it replaced (a base per pattern plus
bonuses for repetition and lists) by cross-validation over documents (5 folds, fixed order): average
precision of the ranking, Brier score, and precision at confidence 0.5.  Train only on development
documents (``tests/eval/dev``): held-out sets are for measuring the result, never for fitting it.

    python tools/train_candidate_model.py                       # tests/eval/dev → ontology/candidate-model.ttl
    python tools/train_candidate_model.py --check               # is the shipped model what the data gives?
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.candidates import EVIDENCE  # noqa: E402
from kg.evaluate import _contains, _occurrences  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.pipeline import process_document  # noqa: E402


def examples(gold_dir: Path) -> list[dict]:
    """One row per (document, candidate term): its evidence, its label and its document."""
    lexicon = load_lexicon()
    rows = []
    for gold_file in sorted((gold_dir / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        p = process_document(gold_dir / "docs" / f"{gold_file.stem}.txt", lexicon)
        text = p.doc.text
        occ = [o for e in gold.get("concepts", {}).get("Technology", [])
               for o in _occurrences(text, [e["term"], *e.get("also", [])])]
        spans, seen = defaultdict(list), {}
        for c in p.extraction.candidates:
            spans[c.term].append((c.begin, c.end))
            seen.setdefault(c.term, dict(c.evidence))
        for term, sp in sorted(spans.items()):
            label = any(_contains(s, o) for s in sp for o in occ)
            rows.append({"doc": gold_file.stem, "term": term, "evidence": seen[term], "label": int(label)})
    return rows


def rules(ev: dict[str, float]) -> float:
    """The confidence the rules before the model gave (a baseline for the comparison)."""
    import math

    base = 0.4 if ev.get("quoted") else 0.15 if ev.get("ascii") else 0.6 if ev.get("weak") else 0.7
    n = round(math.exp(ev.get("repeated", 0.0)))
    bonus = (0.1 if n >= 3 else 0.05 if n == 2 else 0.0) + (0.1 if ev.get("in_list") else 0.0)
    return round(min(0.9, base + bonus), 2)


def design(rows: list[dict], names: list[str]) -> np.ndarray:
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0
    col = {n: i + 1 for i, n in enumerate(names)}
    for r, row in enumerate(rows):
        for name, value in row["evidence"].items():
            if name in col:
                x[r, col[name]] = value
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 100) -> np.ndarray:
    """Newton's method for L2-regularised logistic regression (the intercept is not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = l2 * np.diag(np.r_[0.0, np.ones(x.shape[1] - 1)])
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty @ w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + penalty + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def average_precision(score: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(-score, kind="stable")
    ys = y[order]
    precision = np.cumsum(ys) / np.arange(1, len(ys) + 1)
    return float((precision * ys).sum() / ys.sum())


def summary(score: np.ndarray, y: np.ndarray) -> dict:
    sure = score >= 0.5
    tp, fp = int((sure & (y == 1)).sum()), int((sure & (y == 0)).sum())
    return {"average precision": round(average_precision(score, y), 3),
            "brier": round(float(((score - y) ** 2).mean()), 3),
            "at 0.5": f"{tp} right, {fp} wrong, precision {tp / (tp + fp):.3f}" if tp + fp else "none"}


def cross_validate(rows: list[dict], names: list[str], l2: float, folds: int = 5) -> dict:
    docs = sorted({r["doc"] for r in rows})
    random.Random(0).shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    x, y = design(rows, names), np.array([r["label"] for r in rows], float)
    f = np.array([fold_of[r["doc"]] for r in rows])
    model = np.zeros(len(rows))
    for k in range(folds):
        w = fit(x[f != k], y[f != k], l2)
        model[f == k] = np.round(1 / (1 + np.exp(-(x[f == k] @ w))), 2)
    baseline = np.array([rules(r["evidence"]) for r in rows])
    return {"model": summary(model, y), "rules": summary(baseline, y)}


def to_turtle(names: list[str], w: np.ndarray, data: str, comparison: dict, l2: float) -> str:
    lines = ["@prefix kg: <https://w3id.org/policy-kg/ontology#> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .", "",
             "# The confidence model of candidate terms (kg.candidates.ConfidenceModel). Written by",
             "# tools/train_candidate_model.py; do not edit by hand: retrain instead.",
             f"# Trained on {data}; L2 {l2}.",
             "# Cross-validated over documents (5 folds) against the rules it replaced:",
             *(f"#   {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in comparison.items()), "",
             "<https://w3id.org/policy-kg/model/candidate-confidence> a kg:ConfidenceModel ;",
             '    rdfs:label "候选术语置信度模型"@zh, "candidate-term confidence model"@en ;',
             '    rdfs:comment "Log-odds that a reader marks a candidate term as a technology: the intercept plus each '
             'evidence value times its weight (kg.candidates.evidence names the evidence)."@en ;',
             f'    kg:intercept "{w[0]:.4f}" ;']
    pairs = [(n, v) for n, v in zip(names, w[1:]) if abs(v) >= 5e-5]
    for i, (name, value) in enumerate(pairs):
        end = " ;" if i < len(pairs) - 1 else " ."
        lines.append(f'    kg:evidenceWeight [ kg:evidenceName "{name}" ; kg:weight "{value:.4f}" ]{end}')
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "eval" / "dev", help="a set: docs/ and gold/")
    ap.add_argument("--out", type=Path, default=ROOT / "ontology" / "candidate-model.ttl")
    ap.add_argument("--l2", type=float, default=2.0)
    ap.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = ap.parse_args()
    rows = examples(args.gold)
    heads = sorted({n for r in rows for n in r["evidence"] if n.startswith("head:")})
    names = list(EVIDENCE) + heads
    comparison = cross_validate(rows, names, args.l2)
    for k, v in comparison.items():
        print(f"{k:6s} {v}", file=sys.stderr)
    w = fit(design(rows, names), np.array([r["label"] for r in rows], float), args.l2)
    positives = sum(r["label"] for r in rows)
    data = (f"{args.gold.relative_to(ROOT) if args.gold.is_relative_to(ROOT) else args.gold} "
            f"({len({r['doc'] for r in rows})} documents with candidates, {len(rows)} candidate terms, "
            f"{positives} marked by their readers)")
    text = to_turtle(names, w, data, comparison, args.l2)
    if args.check:
        same = args.out.read_text(encoding="utf-8") == text
        print("the model is up to date" if same else f"{args.out} differs from what the data gives", file=sys.stderr)
        return 0 if same else 1
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
