"""Score the extraction of one document against a hand-made gold file.

Gold format (JSON; every key optional, see ``tests/gold/*.json``)::

    {
      "document": "data/plan.txt",                     # path relative to the repository (or --doc)
      "headings": {"四(一)": "建设…体系", …},             # section id → title (scored as accuracy)
      "tasks": {"四(一)": "…", …},                        # the 重大任务
      "actions": [["四(一)", "建设泛在智能的网络连接设施"], …],
      "priority_actions": {"五(一)": "…"},
      "concepts": {"Technology": {"北斗": ["一(一)", "四(一)"], "TSN": null, …},
                   "Domain": {…}, "Region": {…}, "Organization": {…}},
                   # concept (any label or alias) → sections it occurs in, or null to score it
                   # at concept level only
      "relations": {"integratesWith": [["IPv6", "5G", "二(三)"], …]},
      "responsible_units": [["P2:二(一)", "推进工业互联网外网建设", ["省通信管理局", …]], …],
      "indicators": [["固定宽带家庭普及率", "96", "%"], …]
    }

Concepts are compared by IRI: gold labels are resolved through the lexicons, and a label no
lexicon knows is compared with the candidate terms the extractor proposes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KGError
from .lexicon import Lexicon, fold


@dataclass
class Score:
    """Precision, recall and F1 of one class or relation at one level, with the errors."""

    name: str
    level: str
    tp: int
    fp: int
    fn: int
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"name": self.name, "level": self.level, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "misses": self.misses, "false_positives": self.false_positives}


def _score(name: str, level: str, gold: set, pred: set, show=str) -> Score:
    return Score(name, level, len(gold & pred), len(pred - gold), len(gold - pred),
                 sorted(show(x) for x in gold - pred), sorted(show(x) for x in pred - gold))


def load_gold(path: str | Path) -> dict:
    p = Path(path)
    if not p.is_file():
        raise KGError(f"{path}: no such gold file")
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise KGError(f"{path}: not a valid JSON gold file ({exc})") from None


def evaluate(gold: dict, doc_path: str | Path, lexicon: Lexicon | None = None) -> list[Score]:
    """Extract *doc_path* and score it against *gold*."""
    from .extract import extract
    from .ingest import read_document
    from .lexicon import load_lexicon
    from .structure import parse_structure

    lexicon = lexicon or load_lexicon()
    tree = parse_structure(read_document(doc_path))
    ex = extract(tree, lexicon)
    sections = {s.id: s for s in tree.sections}
    scores: list[Score] = []

    if "headings" in gold:
        correct = {(k, v) for k, v in gold["headings"].items() if k in sections and fold(sections[k].title) == fold(v)}
        g = set(gold["headings"].items())
        scores.append(Score("headings", "section", len(correct), len(g - correct), len(g - correct),
                            sorted(f"{k} {v}" for k, v in g - correct),
                            sorted(f"{k} {sections[k].title}" for k, _ in g - correct if k in sections)))
    if "tasks" in gold:
        pred = {(t.id, fold(t.title)) for t in tree.tasks()}
        scores.append(_score("tasks", "section", {(k, fold(v)) for k, v in gold["tasks"].items()}, pred,
                             lambda x: f"{x[0]} {x[1]}"))
    if "priority_actions" in gold:
        pred = {(s.id, fold(s.title)) for s in tree.sections if s.role == "priority_action"}
        scores.append(_score("priority_actions", "section", {(k, fold(v)) for k, v in gold["priority_actions"].items()}, pred,
                             lambda x: f"{x[0]} {x[1]}"))
    if "actions" in gold:
        pred = set()
        for sec in tree.sections:
            for para in sec.paragraphs:
                if para.role == "action":
                    pred.add((sec.id, fold(para.lead.clean.rstrip("。！？!?"))))
            if sec.role == "action":
                pred.add((sec.id, fold(sec.title)))
            if sec.role == "task":
                for box in sec.boxes:
                    if box.paragraphs:
                        pred.add((sec.id, fold(box.title or box.id)))
        scores.append(_score("actions", "section", {(a[0], fold(a[1])) for a in gold["actions"]}, pred,
                             lambda x: f"{x[0]} {x[1]}"))

    def key(label: str, kinds: tuple[str, ...] | None = None) -> str:
        try:
            return lexicon.lookup(label, kinds).iri
        except KGError:
            return "term:" + fold(label)

    def show(k) -> str:
        if isinstance(k, tuple):
            return f"{show(k[0])} @ {k[1]}"
        if k.startswith("term:"):
            return k[5:]
        c = lexicon.concepts.get(k)
        return c.zh if c else k

    cand_keys = [( "term:" + fold(c.term), tree.sentences[c.sentence].section) for c in ex.candidates]
    for kind, items in gold.get("concepts", {}).items():
        g_concepts = {key(label, (kind,)): secs for label, secs in items.items()}
        pred_pairs = {(m.iri, tree.sentences[m.sentence].section) for m in ex.mentions if m.kind == kind}
        if kind == "Technology":
            pred_pairs |= set(cand_keys)
        scores.append(_score(kind, "concept", set(g_concepts), {c for c, _ in pred_pairs}, show))
        located = {c for c, secs in g_concepts.items() if secs is not None}
        if located:
            g_pairs = {(c, s) for c, secs in g_concepts.items() if secs is not None for s in secs}
            # only sections the gold file annotates are scored at this level
            gold_sections = {s for _, s in g_pairs}
            p_pairs = {(c, s) for c, s in pred_pairs if s in gold_sections}
            scores.append(_score(kind, "concept+section", g_pairs, p_pairs, show))

    for rel, items in gold.get("relations", {}).items():
        g_pairs = {frozenset((key(a, ("Technology",)), key(b, ("Technology",)))) for a, b, *_ in items}
        p_pairs = {frozenset((r.source, r.target)) for r in ex.relations if r.predicate == rel}
        scores.append(_score(rel, "pair", g_pairs, p_pairs, lambda x: " ↔ ".join(sorted(show(k) for k in x))))

    if "responsible_units" in gold:
        g_units = {(sec, fold(title), key(u, ("Organization",))) for sec, title, units in gold["responsible_units"]
                   for u in units}
        p_units = set()
        for sec in tree.sections:
            for para in sec.paragraphs:
                if para.role == "action" and para.responsible:
                    title = fold(para.lead.clean.rstrip("。！？!?"))
                    p_units |= {(sec.id, title, key(u, ("Organization",))) for u in para.responsible}
        scores.append(_score("responsibleUnit", "action+unit", g_units, p_units,
                             lambda x: f"{x[0]} {x[1]} → {show(x[2])}"))

    if "indicators" in gold:
        pred = [(i.name, i.value, i.unit) for i in ex.indicators]
        tp, matched, misses = 0, set(), []
        for name, value, unit in gold["indicators"]:
            hit = next((k for k, (n, v, u) in enumerate(pred) if k not in matched and _num(v) == _num(value)
                        and u == unit and (fold(name) in fold(n) or fold(n) in fold(name))), None)
            if hit is None:
                misses.append(f"{name} {value}{unit}")
            else:
                matched.add(hit)
                tp += 1
        fps = [f"{n} {v}{u}" for k, (n, v, u) in enumerate(pred) if k not in matched]
        scores.append(Score("indicators", "name+value", tp, len(fps), len(misses), sorted(misses), sorted(fps)))
    return scores


def _num(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("nan")


def format_scores(scores: list[Score], errors: bool = True) -> str:
    lines = [f"{'what':<18} {'level':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for s in scores:
        lines.append(f"{s.name:<18} {s.level:<16} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} "
                     f"{s.tp:>5} {s.fp:>5} {s.fn:>5}")
    if errors:
        for s in scores:
            if s.misses or s.false_positives:
                lines.append(f"\n{s.name} ({s.level})")
                if s.misses:
                    lines.append("  missed:          " + "；".join(s.misses))
                if s.false_positives:
                    lines.append("  false positives: " + "；".join(s.false_positives))
    return "\n".join(lines)
