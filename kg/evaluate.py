"""Score the extraction against hand-made gold files: precision, recall and F1, misses listed.

Two gold formats are read:

``policy-kg-gold/2`` (``docs/annotation-guide.md``; the evaluation sets in ``tests/eval/``).  Concepts
are matched by **text**, not by the project's identifiers: a predicted concept of a class is correct
when one of its mentions and an occurrence of a gold term (or one of its ``also`` spellings) of the same
class contain one another; a gold entry is found when any of its spellings is so matched.  Every body
sentence counts (no section is skipped).  ``core`` recall counts the ``core: true`` entries only;
candidate terms (``kg:candidate true``) are scored apart.  A responsibility is found when the tool
links a unit whose name matches the gold ``unit`` (as written, or normalised) to an action, item or
article whose text holds the gold ``anchor``.

The older format (``tests/gold/*.json``: tasks, actions, concepts by label and section, relations,
responsible units, indicators) is kept for the regression snapshots of the bundled documents.

:func:`evaluate_corpus` micro-averages over documents (``kg eval GOLD_DIR``).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KGError
from .lexicon import Lexicon, fold

CLASSES = ("Technology", "Domain", "Region")


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
    tp_gold: int | None = None  # gold entries found, when it differs from tp (predictions that are right)
    #: gold entries whose text occurs nowhere in the document (a typo, another copy of the text): missed, and
    #: named apart so that a slip in the gold is not read as a miss of the tool
    absent: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        found = self.tp if self.tp_gold is None else self.tp_gold
        return found / (found + self.fn) if found + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        if other.tp_gold is not None or self.tp_gold is not None:
            self.tp_gold = (self.tp_gold if self.tp_gold is not None else 0) + (
                other.tp_gold if other.tp_gold is not None else other.tp)
        self.misses += other.misses
        self.false_positives += other.false_positives
        self.absent += other.absent

    def as_dict(self) -> dict:
        return {"name": self.name, "level": self.level, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "gold_found": self.tp if self.tp_gold is None else self.tp_gold,
                "misses": self.misses, "false_positives": self.false_positives, "absent": self.absent}


def load_gold(path: str | Path) -> dict:
    p = Path(path)
    if not p.is_file():
        raise KGError(f"{path}: no such gold file")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise KGError(f"{path}: not a valid JSON gold file ({exc})") from None
    if not isinstance(data, dict):
        raise KGError(f"{path}: a gold file is a JSON object")
    check_gold(data, path)
    data.setdefault("_path", str(p))
    return data


#: What each format scores: a gold file with none of these keys would score nothing.
_SCORED_V2 = ("concepts", "responsibilities", "has_tasks", "outline")
_SCORED_V1 = ("headings", "tasks", "priority_actions", "actions", "concepts", "relations", "responsible_units",
              "indicators")
_ROLES = ("lead", "support", "responsible")


def check_gold(data: dict, path) -> None:
    """Refuse, in one line, a gold file whose shape the scorer cannot read (a list where the guide has an
                raise KGError(f'{path}: unknown class "{kind}" in "concepts" (the classes: {", ".join(CLASSES)})')
    not give an empty table and exit 0 (docs/annotation-guide.md gives the format)."""
    v2 = str(data.get("schema", "")).startswith("policy-kg-gold/2")
    scored = _SCORED_V2 if v2 else _SCORED_V1
    if not any(k in data for k in scored):
        hint = "" if v2 else ' (or is it a policy-kg-gold/2 file without its "schema"?)'
        raise KGError(f"{path}: the gold file scores nothing: it has none of {', '.join(scored)}{hint}")

    def bad(where: str, want: str):
        older = "" if v2 else ' in the older format, which a file without "schema": "policy-kg-gold/2" is read in'
        return KGError(f"{path}: {where} must be {want}{older} (see docs/annotation-guide.md)")

    concepts = data.get("concepts", {})
    if not isinstance(concepts, dict):
        raise bad('"concepts"', "an object of classes")
    for kind, items in concepts.items():
        if v2:
            if kind not in CLASSES:
                raise KGError(f"{path}: unknown class \"{kind}\" in \"concepts\" (the classes: {', '.join(CLASSES)})")
            if not isinstance(items, list) or not all(isinstance(e, dict) and isinstance(e.get("term"), str)
                                                      and isinstance(e.get("also", []), list) for e in items):
                raise bad(f'"concepts"."{kind}"', 'a list of {"term": …, "core": …} objects')
        elif not isinstance(items, dict):
            raise bad(f'"concepts"."{kind}"', "an object of labels")
    if v2:
        resp = data.get("responsibilities", [])
        if not isinstance(resp, list) or not all(
                isinstance(e, dict) and isinstance(e.get("unit"), str) and isinstance(e.get("anchor"), str)
                and e.get("role", "responsible") in _ROLES for e in resp):
            raise bad('"responsibilities"', f'a list of {{"unit", "anchor", "role" ({"/".join(_ROLES)})}} objects')
        outline = data.get("outline", [])
        if not isinstance(outline, list) or not all(isinstance(o, dict) for o in outline):
            raise bad('"outline"', "a list of heading objects")


def gold_document(gold: dict, root: Path | None = None) -> Path:
    """The document a gold file describes (its "document", relative to the repository or the gold file)."""
    from .namespaces import PACKAGE_DIR

    if "document" not in gold:
        raise KGError(f"{gold.get('_path', 'gold')}: no \"document\" in the gold file; give --doc")
    doc = Path(gold["document"])
    if doc.exists():
        return doc
    if doc.is_absolute():  # written on another machine: the copy beside the gold folder (…/docs/<name>)
        beside = Path(gold.get("_path", ".")).resolve().parent.parent / "docs" / doc.name
        return beside if beside.exists() else doc
    for base in (root, Path(gold.get("_path", ".")).resolve().parent, PACKAGE_DIR.parent):
        if base is not None:
            for up in (base, *base.parents):
                if (up / doc).exists():
                    return up / doc
    return doc


# ---------------------------------------------------------------------------------- format 2
def _occurrences(text: str, spellings: list[str]) -> list[tuple[int, int]]:
    out = []
    for s in spellings:
        if not s:
            continue
        at = text.find(s)
        while at >= 0:
            out.append((at, at + len(s)))
            at = text.find(s, at + 1)
    return out


def _contains(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


#: The confidence above which candidate terms are scored apart as well (their precision at that threshold).
CONFIDENT = 0.5


def score_concepts(gold: dict, processed, kind: str, lexicon: Lexicon) -> list[Score]:
    """Concept scores of one class for one document (core and all entries; candidates for Technology)."""
    ex, text = processed.extraction, processed.doc.text
    entries = gold.get("concepts", {}).get(kind, [])
    occ = [(e, _occurrences(text, [e["term"], *e.get("also", [])])) for e in entries]
    other_occ = [o for k, es in gold.get("concepts", {}).items() if k != kind
                 for e in es for o in _occurrences(text, [e["term"], *e.get("also", [])])]
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    surface: dict[str, str] = {}
    for m in ex.mentions + (ex.header_regions if kind == "Region" else []):
        if m.kind == kind:  # (a region the title or issuer line names counts: the graph holds it as dcterms:spatial)
            spans[m.iri].append((m.begin, m.end))
            surface.setdefault(m.iri, m.surface)

    def label(iri: str) -> str:
        c = lexicon.concepts.get(iri)
        return c.zh if c else surface.get(iri, iri)

    out = []
    found = [any(_contains(s, o) for sp in spans.values() for s in sp for o in occs) for _, occs in occ]
    right = {iri for iri, sp in spans.items() if any(_contains(s, o) for s in sp for _, occs in occ for o in occs)}
    fps = sorted(label(i) + (" (gold: other class)" if any(_contains(s, o) for s in spans[i] for o in other_occ)
                             else "") for i in spans if i not in right)
    misses = [e["term"] for (e, _), f in zip(occ, found) if not f]
    absent = sorted(e["term"] for e, occs in occ if not occs)
    out.append(Score(kind, "all", len(right), len(spans) - len(right), misses.__len__(), sorted(misses), fps,
                     tp_gold=sum(found), absent=absent))
    core = [(f, e) for (e, _), f in zip(occ, found) if e.get("core", True)]
    out.append(Score(kind, "core", len(right), len(spans) - len(right), sum(1 for f, _ in core if not f),
                     sorted(e["term"] for f, e in core if not f), [], tp_gold=sum(1 for f, _ in core if f)))
    if kind == "Technology":
        cands: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for c in ex.candidates:
            cands[c.term].append((c.begin, c.end))
        good = {t for t, sp in cands.items() if any(_contains(s, o) for s in sp for _, occs in occ for o in occs)}
        out.append(Score(kind, "candidates", len(good), len(cands) - len(good), 0, [],
                         sorted(t for t in cands if t not in good)))
        # the candidates a user who keeps only confident ones (kg candidates --min-confidence 0.5) would see
        sure = {c.term for c in ex.candidates if c.confidence >= CONFIDENT}
        out.append(Score(kind, f"candidates≥{CONFIDENT}", len(sure & good), len(sure - good), 0, [],
                         sorted(sure - good)))
        # what the graph holds as kg:Technology: curated mentions and candidates together, every gold entry
        both = list(spans.values()) + list(cands.values())
        found2 = [any(_contains(s, o) for sp in both for s in sp for o in occs) for _, occs in occ]
        # (u30: a term found as a candidate was listed as missed with no word of it)
        as_candidate = {e["term"] for (e, _), f, f2 in zip(occ, found, found2) if f2 and not f}
        for score in out[:2]:
            score.misses = [m + " (found as a candidate)" if m in as_candidate else m for m in score.misses]
        out.append(Score(kind, "open", len(right) + len(good), len(spans) - len(right) + len(cands) - len(good),
                         sum(1 for f in found2 if not f), sorted(e["term"] for (e, _), f in zip(occ, found2) if not f),
                         [], tp_gold=sum(found2)))
    return out


def _unit_matches(gold_unit: str, surface: str, name: str, alts=()) -> bool:
    """Does a predicted unit (as written, its full name, or an abbreviation the document gives it) match the gold unit?"""
    g, s, n = fold(gold_unit), fold(surface), fold(name)
    if _DUTY_IN_NAME.search(s) and not _DUTY_IN_NAME.search(g):
        return False  # 常德市人民政府应当适时举办 is no name of 市人民政府 (u35: a malformed name had counted as found)
    return bool(g) and (g == s or g == n or (len(g) >= 3 and (g in s or _part_of(s, g))) or (len(g) >= 4 and g in n) or
                        any(g == fold(a) for a in alts) or
                        # 省人民政府商务(、…等部门): the unit written with its government before it
                        s.endswith(g) and s[:-len(g)].endswith("政府") or
                        # 县级以上人民政府生态环境 in 生态环境、市场监督管理等有关部门: the listed department, its government
                        # written before it (u37)
                        _after_government(s, g))


def _after_government(s: str, g: str) -> bool:
    """Is the predicted name *s* a government's name and a department's field (县级以上人民政府生态环境) whose field is
    one of the units the gold list *g* names?"""
    _, sep, field = s.partition("政府")
    return bool(sep) and len(field) >= 2 and _GOLD_LIST.search(g) is not None and field in g and \
        _part_of(field, g)


#: A modal or a duty verb inside a predicted name: the name ran into its clause.
_DUTY_IN_NAME = re.compile(r"应当|必须|负责|会同|牵头|适时")


def _part_of(s: str, g: str) -> bool:
    """Is the predicted name *s*, inside the longer gold unit *g*, one of the units *g* names rather than another
    body?  A list or a level around it is fine (公安 in 公安、市场监管等部门; 市场监督管理局 in 区市场监督管理局); a named body
    that is the tail of a longer body's name (建设局 in 交通与建设局, 金融局 in 财政金融局) or the head of one of its
    divisions (市公安局 in 市公安局公安交通管理局) is not: u31 found the lenient match hid such readings."""
    if not s or s not in g:
        return False
    if _GOLD_LIST.search(g):
        return True  # 住房和城乡建设、公安、城市管理等部门: each unit the list names is one of the gold entry's
    if g.endswith(s) and _BODY_END.search(s):
        return bool(re.fullmatch(r"(?:中共)?[\u4e00-\u9fff]{0,12}?(?:[省市县区州旗盟]|政府|级|以上|地方|国务院|同级|属地|"
                                 r"本级|各|有关|相关)|[^、，,。]{1,12}的", g[:-len(s)]))
    if g.startswith(s) and _BODY_END.search(g[len(s):]):
        return False  # a division or a branch of the body (市生态环境局平川分局, 市政府办公室数字政府专班)
    return True


#: A gold unit that lists several (A、B等部门, X和有关部门): a predicted unit inside it is one of them.
_GOLD_LIST = re.compile(r"[、，,等]|或者|或|(?:和|及|与|以及)(?:其|有关|相关|各|同级)|"
                        r"(?:政府|部门|单位|机构|委员会|局|办|处)(?:和|及|与|以及)")
#: The end of a named body's name (局, 委员会, 办公室, 分局, 支队 …).
_BODY_END = re.compile(r"(?:局|委员会|委|厅|办|办公室|署|院|中心|处|室|科|支队|大队|专班|所|站)$")


def _alts(p) -> tuple:
    return tuple((p.extra or {}).get("alt", ()))


def _inside(a: int, b: int, span: tuple[int, int]) -> bool:
    """Is the anchor ``[a, b)`` in the span of an action?  An anchor may begin with the article's or
    item's label (第九条 网络数据处理者…), which lies before the action's first sentence."""
    return span[0] - 12 <= a and b <= span[1] and min(b, span[1]) - max(a, span[0]) >= (b - a) / 2


#: A row's number on a line of its own: where one row of a table copied a cell a line ends and the next begins.
_ROW_NUMBER_LINE = re.compile(r"\n[ \t|｜]*\d{1,3}[ \t|｜]*\n")


def _same_row(text: str, a: int, b: int, ev: tuple[int, int]) -> bool:
    """Is the anchor ``[a, b)`` in the same row of a table copied a cell a line (推进任务分解表: 1 / 一门式查询 / … /
    市交通委) as the evidence cell *ev* of a unit read from that row?  The evidence is a cell on a line of its own;
    no row number lies between them.  The row's units are the row's, whichever action the tool attaches them to
    (the item the row names, or the action the table follows)."""
    lo, hi = ev
    if hi - lo > 80 or not text.startswith("\n", hi) and hi < len(text) or lo > 0 and text[lo - 1] != "\n" or \
            "。" in text[lo:hi]:
        return False
    x, y = min(a, lo), max(b, hi)
    return y - x <= 600 and not _ROW_NUMBER_LINE.search(text, x, y) and "\n\n\n\n" not in text[x:y]


def _one_line(text: str) -> str:
    """*text* on one line (a listing of misses stays one row per entry)."""
    return re.sub(r"\s+", " ", text).strip()


def score_responsibilities(gold: dict, processed) -> list[Score]:
    """Responsibility scores for one document: all assignments, and named units only."""
    tree, ex, text = processed.tree, processed.extraction, processed.doc.text
    spans: dict[str, tuple[int, int]] = {a.key: (a.begin, a.end) for a in tree.actions}
    for u in tree.units:
        sents = [s for p in u.paragraphs for s in p.sentences] + ([u.heading] if u.heading else [])
        if sents and u.id not in spans:
            lo, hi = min(s.begin for s in sents), max(s.end for s in sents)
            for c in tree.units:  # a unit's span reaches over its descendants
                if c.id.startswith(u.id + "/") or c.id.startswith(u.id + "("):
                    cs = [s for p in c.paragraphs for s in p.sentences] + ([c.heading] if c.heading else [])
                    if cs:  # an item that is only a heading (（一）调解物业管理纠纷；) is part of its article
                        hi = max(hi, max(s.end for s in cs))
            spans[u.id] = (lo, hi)
    preds = ex.responsibilities
    entries = gold.get("responsibilities", [])
    out = []
    for level, keep in (("all", lambda e: True), ("named", lambda e: not e.get("generic"))):
        es = [e for e in entries if keep(e)]
        ps = [p for p in preds if level == "all" or not p.generic]
        matched_pred, found, role_ok = set(), 0, 0
        misses, absent = [], []
        for e in es:
            anchors = _occurrences(text, [e["anchor"]])
            hit = None
            for k, p in enumerate(ps):
                span = spans.get(p.target)
                if span is None or not _unit_matches(e["unit"], p.surface, p.name, _alts(p)):
                    continue
                ev = (tree.sentences[p.sentence].begin, tree.sentences[p.sentence].end)
                if any(_inside(a, b, span) or _same_row(text, a, b, ev) for a, b in anchors):
                    hit = k
                    matched_pred.add(k)
                    if hit is not None and (p.role == e.get("role") or e.get("role") == "responsible"):
                        role_ok += 1
                    break
            if hit is None:
                misses.append(f"{e['unit']} ⟵ {_one_line(e['anchor'])}")
                if not anchors and level == "all":
                    absent.append(f"{e['unit']} ⟵ {_one_line(e['anchor'])}")
            else:
                found += 1
        # a false positive is an assignment no reader marked, by any name (at the named level too: 市、区人民政府 read
        # as the city's government and its districts' is no false named unit where the reader marked the collective)
        fps = [f"{p.surface} ⟵ {_one_line(tree.sentences[p.sentence].text)[:24]}"  # its evidence sentence
               for k, p in enumerate(ps) if k not in matched_pred and not any(
                   _unit_matches(e["unit"], p.surface, p.name, _alts(p)) and any(
                       _inside(a, b, spans.get(p.target, (0, -1))) or
                       _same_row(text, a, b, (tree.sentences[p.sentence].begin, tree.sentences[p.sentence].end))
                       for a, b in _occurrences(text, [e["anchor"]]))
                   for e in entries)]
        tp_pred = len(ps) - len(fps)
        s = Score("responsibility", level, tp_pred, len(fps), len(es) - found, misses, fps, tp_gold=found,
                  absent=absent)
        out.append(s)
        if level == "all":
            out.append(Score("responsibility", "role", role_ok, found - role_ok, 0))
    return out


def score_chain(gold: dict, processed) -> list[Score]:
    """Is there a chain where the text sets out tasks or duties, and are the task headings found?"""
    tree = processed.tree
    has = bool(gold.get("has_tasks"))
    got = bool(tree.actions)
    out = [Score("chain", "non-empty", int(has and got), int(got and not has), int(has and not got),
                 ["no chain"] if has and not got else [], ["chain on a text without tasks"] if got and not has else [])]
    task_headings = [o for o in gold.get("outline", []) if o.get("role") == "task" and o.get("title")]
    if task_headings:
        # a heading the tool reads as a task, as the chapter that holds the tasks (重点任务) or as an action
        titles = {fold(u.title) for u in tree.units if u.role in ("task", "container")} | \
            {fold(a.label) for a in tree.actions}
        found = [o for o in task_headings if fold(o["title"]) in titles or any(
            fold(o["title"]) in t or (t and t in fold(o["title"])) for t in titles if len(t) >= 4)]
        out.append(Score("task headings", "found", len(found), 0, len(task_headings) - len(found),
                         [o["title"] for o in task_headings if o not in found]))
    return out


def evaluate_v2(gold: dict, doc_path: str | Path, lexicon: Lexicon | None = None) -> list[Score]:
    from .lexicon import load_lexicon
    from .pipeline import process_document

    lexicon = lexicon or load_lexicon()
    processed = process_document(doc_path, lexicon)
    scores: list[Score] = []
    for kind in CLASSES:
        if kind in gold.get("concepts", {}):
            scores += score_concepts(gold, processed, kind, lexicon)
    if "responsibilities" in gold:
        scores += score_responsibilities(gold, processed)
    if "has_tasks" in gold:
        scores += score_chain(gold, processed)
    return scores


# ---------------------------------------------------------------------------------- the older format
def _score(name: str, level: str, gold: set, pred: set, show=str) -> Score:
    return Score(name, level, len(gold & pred), len(pred - gold), len(gold - pred),
                 sorted(show(x) for x in gold - pred), sorted(show(x) for x in pred - gold))


def evaluate_v1(gold: dict, doc_path: str | Path, lexicon: Lexicon | None = None) -> list[Score]:
    """Score against a gold file of the older format (regression snapshots of the bundled documents)."""
    from .lexicon import load_lexicon
    from .pipeline import process_document

    lexicon = lexicon or load_lexicon()
    p = process_document(doc_path, lexicon)
    tree, ex = p.tree, p.extraction
    units = {u.id: u for u in tree.units}
    scores: list[Score] = []
    if "headings" in gold:
        correct = {(k, v) for k, v in gold["headings"].items() if k in units and fold(units[k].title) == fold(v)}
        g = set(gold["headings"].items())
        scores.append(Score("headings", "section", len(correct), len(g - correct), len(g - correct),
                            sorted(f"{k} {v}" for k, v in g - correct),
                            sorted(f"{k} {units[k].title}" for k, _ in g - correct if k in units)))
    if "tasks" in gold:
        pred = {(t.id, fold(t.title)) for t in tree.tasks()}
        scores.append(_score("tasks", "section", {(k, fold(v)) for k, v in gold["tasks"].items()}, pred,
                             lambda x: f"{x[0]} {x[1]}"))
    if "priority_actions" in gold:
        pred = {(u.id, fold(u.title)) for u in tree.units if u.role == "priority_action"}
        scores.append(_score("priority_actions", "section", {(k, fold(v)) for k, v in gold["priority_actions"].items()},
                             pred, lambda x: f"{x[0]} {x[1]}"))
    if "actions" in gold:
        pred = {(a.unit if a.unit and units[a.unit].kind == "heading" else a.task or a.section, fold(a.label))
                for a in tree.actions}
        scores.append(_score("actions", "section", {(x[0], fold(x[1])) for x in gold["actions"]}, pred,
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

    def pred_key(iri: str) -> str:  # a concept made by the extraction (a named zone) is known by its name
        extra = ex.extra_concepts.get(iri)
        return "term:" + fold(extra["zh"]) if extra and iri not in lexicon.concepts else iri

    for kind, items in gold.get("concepts", {}).items():
        g_concepts = {key(label, (kind,)): secs for label, secs in items.items()}
        pred_pairs = {(pred_key(m.iri), tree.sentences[m.sentence].section) for m in ex.mentions if m.kind == kind}
        scores.append(_score(kind, "concept", set(g_concepts), {c for c, _ in pred_pairs}, show))
        located = {c for c, secs in g_concepts.items() if secs is not None}
        if located:
            g_pairs = {(c, s) for c, secs in g_concepts.items() if secs is not None for s in secs}
            # every section is scored; a concept the gold scores at concept level only (null) is left out here
            p_pairs = {(c, s) for c, s in pred_pairs if c in located or c not in g_concepts}
            scores.append(_score(kind, "concept+section", g_pairs, p_pairs, show))
    for rel, items in gold.get("relations", {}).items():
        g_pairs = {frozenset((key(a, ("Technology",)), key(b, ("Technology",)))) for a, b, *_ in items}
        p_pairs = {frozenset((r.source, r.target)) for r in ex.relations if r.predicate == rel}
        scores.append(_score(rel, "pair", g_pairs, p_pairs, lambda x: " ↔ ".join(sorted(show(k) for k in x))))
    if "responsible_units" in gold:
        actions = {a.key: a for a in tree.actions}
        g_units = {(sec, fold(title)) for sec, title, units_ in gold["responsible_units"]}
        g_pairs = {(sec, fold(title), fold(u)) for sec, title, units_ in gold["responsible_units"] for u in units_}
        p_pairs = set()
        for r in ex.responsibilities:
            a = actions.get(r.target)
            if a is None:
                continue
            for sec, title in g_units:
                if fold(a.label) == title:
                    g_match = next((u for s_, t_, u in g_pairs if t_ == title and (u == fold(r.surface) or
                                                                                 u in fold(r.name))), None)
                    p_pairs.add((sec, title, g_match or fold(r.surface)))
        scores.append(_score("responsibleUnit", "action+unit", g_pairs, p_pairs, lambda x: f"{x[0]} {x[1]} → {x[2]}"))
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


# ---------------------------------------------------------------------------------- entry points
def evaluate(gold: dict, doc_path: str | Path, lexicon: Lexicon | None = None) -> list[Score]:
    """Score one document against its gold file (either format)."""
    if gold.get("schema", "").startswith("policy-kg-gold/2"):
        return evaluate_v2(gold, doc_path, lexicon)
    return evaluate_v1(gold, doc_path, lexicon)


def gold_files(paths) -> list[Path]:
    out = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(p.rglob("*.json"))
            if not found:
                raise KGError(f"{p}: no gold files (*.json) in this folder")
            out += found
        else:
            out.append(p)
    return out


def evaluate_corpus(paths, lexicon: Lexicon | None = None) -> tuple[list[Score], dict[str, list[Score]]]:
    """Micro-averaged scores over several gold files, and each file's own scores."""
    from .lexicon import load_lexicon

    lexicon = lexicon or load_lexicon()
    per_doc: dict[str, list[Score]] = {}
    total: dict[tuple[str, str], Score] = {}
    for path in gold_files(paths):
        gold = load_gold(path)
        name = Path(path).stem
        document = gold_document(gold)
        try:
            scores = evaluate(gold, document, lexicon)
        except KGError:
            raise
        except Exception as exc:  # a bug met on this document: one line that names it, not a traceback
            import os

            from .pipeline import internal_error

            if os.environ.get("KG_DEBUG"):
                raise
            raise KGError(internal_error(str(document), exc)) from None
        per_doc[name] = scores
        for s in scores:
            k = (s.name, s.level)
            tagged = Score(s.name, s.level, s.tp, s.fp, s.fn, [f"[{name}] {m}" for m in s.misses],
                           [f"[{name}] {f}" for f in s.false_positives], s.tp_gold,
                           [f"[{name}] {a}" for a in s.absent])
            if k not in total:
                total[k] = tagged
            else:
                total[k].add(tagged)
    return list(total.values()), per_doc


def format_scores(scores: list[Score], errors: bool = True) -> str:
    lines = [f"{'what':<18} {'level':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for s in scores:
        if _empty(s):  # nothing to score (no candidates found, none in the gold): no 1.000 that means nothing
            lines.append(f"{s.name:<18} {s.level:<16} {'—':>6} {'—':>6} {'—':>6} {s.tp:>5} {s.fp:>5} {s.fn:>5}")
            continue
        lines.append(f"{s.name:<18} {s.level:<16} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} "
                     f"{s.tp:>5} {s.fp:>5} {s.fn:>5}")
    lines += _absent(scores)
    if errors:
        lines += _errors(scores)
    return "\n".join(lines)


def _empty(s: Score) -> bool:
    return s.tp == 0 and s.fp == 0 and s.fn == 0


def _absent(scores: list[Score]) -> list[str]:
    """A warning that names the gold entries the document does not hold (shown with or without the errors)."""
    absent = [a for s in scores for a in s.absent]
    if not absent:
        return []
    return [f"\nwarning: {len(absent)} gold {'entry occurs' if len(absent) == 1 else 'entries occur'} nowhere in "
            f"{'its' if len(absent) == 1 else 'their'} document (a typo in the gold, or another copy of the text?), "
            f"counted as missed: " + "；".join(absent)]


def _errors(scores: list[Score]) -> list[str]:
    lines = []
    for s in scores:
        if s.misses or s.false_positives:
            lines.append(f"\n{s.name} ({s.level})")
            if s.misses:
                lines.append("  missed:          " + "；".join(s.misses))
            if s.false_positives:
                lines.append("  false positives: " + "；".join(s.false_positives))
    return lines


def format_corpus(total: list[Score], per_doc: dict[str, list[Score]], errors: bool = True) -> str:
    """The micro-averaged table, one line per document, then the misses and false positives."""
    lines = [f"Micro-averaged over {len(per_doc)} document(s):", format_scores(total, errors=False), "",
             "Per document — F1 (P/R):"]
    for name, scores in per_doc.items():
        cells = [f"{s.name}/{s.level} " + ("—" if _empty(s) else f"{s.f1:.2f} ({s.precision:.2f}/{s.recall:.2f})")
                 for s in scores if s.level in ("all", "core", "candidates", "open", "named", "non-empty")]
        lines.append(f"  {name}: " + "  ".join(cells))
    lines += _absent(total)
    if errors:
        lines += _errors(total)
    return "\n".join(lines)
