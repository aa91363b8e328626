"""Stage 3 — extract: concept mentions, citations, indicators and stated relations.

A spaCy pipeline on ``spacy.blank("zh")`` (the default ``char`` segmenter: every
lexicon term is an exact token sequence) with a registered component,
``policy_kg_concepts``, that finds lexicon concepts with an Aho-Corasick automaton on
the normalised sentence text, keeps the leftmost-longest non-overlapping matches,
drops those inside 《…》 (citations, not mentions) and stores them as
``doc.spans["kg_concepts"]`` (label = concept class, ``kb_id_`` = concept IRI).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .lexicon import BLOCKER, Lexicon, load_lexicon
from .namespaces import ONTOLOGY_DIR
from .structure import DocumentTree, Sentence

COMPONENT = "policy_kg_concepts"
SPAN_KEY = "kg_concepts"
RE_CITATION = re.compile(r"《([^《》\n]{1,100})》")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Mention:
    """A concept mentioned in a sentence; ``begin``/``end`` are offsets into the original text."""

    iri: str
    kind: str
    sentence: int
    begin: int
    end: int
    surface: str


@dataclass(frozen=True)
class Citation:
    """A document cited by title (``《…》``)."""

    title: str
    sentence: int
    begin: int
    end: int


@dataclass(frozen=True)
class Indicator:
    """A quantitative indicator stated in a sentence."""

    name: str
    value: str
    unit: str
    sentence: int
    year: int | None = None
    baseline_value: str | None = None
    baseline_year: int | None = None


@dataclass(frozen=True)
class Relation:
    """A technology relation stated with a cue (``IPv6与5G…融合``)."""

    predicate: str  # integratesWith
    source: str
    target: str
    sentence: int
    cue: str


@dataclass(frozen=True)
class Candidate:
    """A term that looks like a technology but is in no lexicon (for a curator to review)."""

    term: str
    sentence: int
    begin: int
    end: int
    pattern: str  # ascii | head


@dataclass
class Extraction:
    """Everything extracted from one document, passed to the graph stage."""

    tree: DocumentTree
    mentions: list[Mention] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)

    def mentions_in(self, sentence: int) -> list[Mention]:
        return self._by_sentence().get(sentence, [])

    def _by_sentence(self) -> dict[int, list[Mention]]:
        cache = getattr(self, "_cache", None)
        if cache is None:
            cache = {}
            for m in self.mentions:
                cache.setdefault(m.sentence, []).append(m)
            self._cache = cache
        return cache


# ---------------------------------------------------------------------------- matching
def find_concepts(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Leftmost-longest, non-overlapping lexicon matches in *text*, outside 《…》.

    A match that lies inside a blocker (``ontology/lexicon/blockers.ttl``, e.g. 信息化工作
    for 化工) is dropped before the selection, so it hides nothing else.  When two matches
    overlap, the leftmost wins, and of those starting together the longest; a longer match
    that starts inside the chosen one replaces it (大数据中心 over 大数据).

    Returns ``(start, end, iri)`` tuples with offsets into *text*.
    """
    folded = text.lower()  # ASCII lower-casing keeps every offset
    blocked = [m.span() for m in RE_CITATION.finditer(text)]
    candidates = []
    for end_idx, (length, iri) in lexicon.automaton().iter(folded):
        start = end_idx - length + 1
        if not _ascii_boundary_ok(folded, start, end_idx + 1):
            continue
        if lexicon.concepts[iri].kind == BLOCKER:
            blocked.append((start, end_idx + 1))
        else:
            candidates.append((start, end_idx + 1, iri))
    candidates = [c for c in candidates if not any(b <= c[0] and c[1] <= e for b, e in blocked)]
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[tuple[int, int, str]] = []
    for cand in candidates:
        if out and cand[0] < out[-1][1]:
            last = out[-1]
            if cand[1] - cand[0] > last[1] - last[0]:
                out[-1] = cand  # a longer match starting inside the previous one wins
            continue
        out.append(cand)
    return out


def _ascii_boundary_ok(text: str, start: int, end: int) -> bool:
    """An ASCII term (5G, IPv6) must not be glued to other ASCII letters or digits."""
    if _ASCII_WORD.match(text[start]) and start > 0 and _ASCII_WORD.match(text[start - 1]):
        return False
    if _ASCII_WORD.match(text[end - 1]) and end < len(text) and _ASCII_WORD.match(text[end]):
        return False
    return True


# ---------------------------------------------------------------------------- spaCy
def _register_component() -> None:
    from spacy.language import Language

    if Language.has_factory(COMPONENT):
        return

    @Language.factory(COMPONENT, default_config={"lexicon_dir": ""})
    def make_component(nlp, name, lexicon_dir: str):
        return ConceptMatcher(load_lexicon(lexicon_dir or None))


class ConceptMatcher:
    """spaCy component: lexicon concepts → ``doc.spans["kg_concepts"]``."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, doc):
        spans = []
        # the text a Doc was made from, when the caller kept it (Doc.text rebuilds it from tokens)
        text = doc.user_data.get("text") or doc.text
        for start, end, iri in find_concepts(text, self.lexicon):
            span = doc.char_span(start, end, label=self.lexicon.concepts[iri].kind, kb_id=iri,
                                 alignment_mode="strict")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@lru_cache(maxsize=2)
def build_nlp(lexicon_dir: str = ""):
    """The extraction pipeline: ``spacy.blank("zh")`` + the concept component."""
    import spacy

    _register_component()
    nlp = spacy.blank("zh")
    nlp.add_pipe(COMPONENT, config={"lexicon_dir": lexicon_dir})
    return nlp


# ---------------------------------------------------------------------------- extraction
def extract(tree: DocumentTree, lexicon: Lexicon | None = None, lexicon_dir: str | Path | None = None,
            cues: "Cues | None" = None, workers: int | None = None) -> Extraction:
    """Extract mentions, citations, indicators, cue-stated relations and candidates from *tree*.

    *workers*: processes to use; by default two for documents over 2 million characters on a
    machine with two or more cores (the second process is forked and gets half the sentences),
    else one.  The result is the same either way.
    """
    lexicon_dir = str(lexicon_dir or "")
    lexicon = lexicon or load_lexicon(lexicon_dir or None)
    cues = cues or load_cues()
    nlp = build_nlp(lexicon_dir)
    n = len(tree.sentences)
    if workers is None:
        workers = 2 if len(tree.doc.norm) > 2_000_000 and (os.cpu_count() or 1) >= 2 else 1
    result = Extraction(tree)
    if workers <= 1 or n < 2:
        parts = [_extract_range(tree, nlp, cues, 0, n)]
    else:
        parts = _extract_parallel(tree, nlp, cues, workers)
    for part in parts:
        result.mentions.extend(part[0])
        result.citations.extend(part[1])
        result.indicators.extend(part[2])
        result.relations.extend(part[3])
        result.candidates.extend(part[4])
    return result


def _extract_range(tree: DocumentTree, nlp, cues: "Cues", start: int, end: int) -> tuple[list, ...]:
    """Everything extracted from sentences ``start`` to ``end`` (plain dataclasses, picklable)."""
    doc = tree.doc
    mentions, citations, indicators, relations, candidates = [], [], [], [], []
    sentences = tree.sentences[start:end]
    for sent, sdoc in zip(sentences, nlp.pipe((_make_doc(nlp, s.norm) for s in sentences), batch_size=256)):
        spans = sdoc.spans[SPAN_KEY]
        for span in spans:
            b, e = doc.orig_span(sent.nbegin + span.start_char, sent.nbegin + span.end_char)
            mentions.append(Mention(span.kb_id_, span.label_, sent.index, b, e, doc.text[b:e]))
        if "《" in sent.norm:
            for m in RE_CITATION.finditer(sent.norm):
                b, e = doc.orig_span(sent.nbegin + m.start(1), sent.nbegin + m.end(1))
                citations.append(Citation(m.group(1).strip(), sent.index, b, e))
        if sent.kind != "responsibility":
            indicators.extend(find_indicators(sent))
        techs = [(span.start_char, span.end_char, span.kb_id_) for span in spans if span.label_ == "Technology"]
        if len(techs) > 1:
            relations.extend(find_relations(sent, techs, cues))
        if sent.kind == "body" and techs and "、" in sent.norm:
            for term, s, e, pattern in find_candidates(sent.norm, spans, cues):
                b, e2 = doc.orig_span(sent.nbegin + s, sent.nbegin + e)
                candidates.append(Candidate(term, sent.index, b, e2, pattern))
    return mentions, citations, indicators, relations, candidates


def _make_doc(nlp, text: str):
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text
    return doc


_FORK_STATE: tuple | None = None


def _extract_forked(bounds: tuple[int, int]) -> tuple[list, ...]:
    tree, nlp, cues = _FORK_STATE
    return _extract_range(tree, nlp, cues, *bounds)


def _extract_parallel(tree: DocumentTree, nlp, cues: "Cues", workers: int) -> list[tuple[list, ...]]:
    """Split the sentences into *workers* ranges; forked processes share the loaded pipeline."""
    import multiprocessing as mp

    global _FORK_STATE
    n = len(tree.sentences)
    step = -(-n // workers)
    bounds = [(i, min(n, i + step)) for i in range(0, n, step)]
    if "fork" not in mp.get_all_start_methods():
        return [_extract_range(tree, nlp, cues, a, b) for a, b in bounds]
    _FORK_STATE = (tree, nlp, cues)
    try:
        with mp.get_context("fork").Pool(len(bounds) - 1) as pool:
            pending = pool.map_async(_extract_forked, bounds[1:])
            first = _extract_range(tree, nlp, cues, *bounds[0])
            return [first, *pending.get()]
    finally:
        _FORK_STATE = None


# ---------------------------------------------------------------------------- indicators
_UNIT = r"(%|‰|万亿元|亿元|万元|元|亿张|亿人|万人|亿户|万户|亿|万|个|家|项|位|倍|千瓦|兆瓦|吉瓦|Gbps|Mbps|G|公里|千米|人)"
_NUMBER = r"(\d+(?:\.\d+)?)"
RE_CHANGE = re.compile(
    r"([^,，;；:：。、]{2,40}?)由" + _NUMBER + _UNIT + r"?(?:提升|提高|增长|增加|上升|下降|降低|减少|扩大|缩小)(?:到|至)"
    + _NUMBER + _UNIT)
RE_LEVEL = re.compile(
    r"([^,，;；:：。、]{2,40}?)(?:达到|超过|突破|达|保持在|提高到|提升到|增长到|降低到|下降到|控制在|年均增长|年增长|增长|占比)"
    + r"(?:了)?" + _NUMBER + _UNIT)
RE_RANK = re.compile(r"([^,，;；:：。、]{2,30}?)(?:排名|排位|位次)?从(\d{4})年的第(\d+)位(?:跃升|提升|上升|提高|下降|降)(?:到|至)"
                     r"(\d{4})年的第(\d+)位")
RE_YEAR_SPAN = re.compile(r"从(\d{4})年到(\d{4})年")
RE_TARGET_YEAR = re.compile(r"(?:到|至)(\d{4})年")
RE_LEAD_YEAR = re.compile(r"^(?:[^\d]{0,4})?(\d{4})年(?:以来|底|末)?")


def find_indicators(sent: Sentence) -> list[Indicator]:
    """Quantitative indicators in one sentence (``固定宽带家庭普及率由52.6%提升到96%``)."""
    text = sent.norm
    span = RE_YEAR_SPAN.search(text)
    base_year = int(span.group(1)) if span else None
    year = int(span.group(2)) if span else None
    if year is None:
        target = RE_TARGET_YEAR.search(text)
        year = int(target.group(1)) if target else None
    out = []
    taken: list[tuple[int, int]] = []
    for m in RE_RANK.finditer(text):  # 全球创新指数排名从2015年的第29位跃升至2020年的第14位
        name = _indicator_name(m.group(1))
        if name:
            if not name.endswith(("排名", "排位", "位次")):
                name += "排名"
            out.append(Indicator(name, m.group(5), "位", sent.index, int(m.group(4)), m.group(3), int(m.group(2))))
            taken.append(m.span())
    for m in RE_CHANGE.finditer(text):
        name = _indicator_name(m.group(1))
        if name:
            out.append(Indicator(name, m.group(4), m.group(5), sent.index, year, m.group(2), base_year))
            taken.append(m.span())
    for m in RE_LEVEL.finditer(text):
        if any(b <= m.start() < e or b < m.end() <= e for b, e in taken):
            continue
        raw = m.group(1)
        clause_year = RE_LEAD_YEAR.search(raw)
        name = _indicator_name(raw)
        if not name or m.group(3) in ("个", "家", "项", "位", "人") and not _looks_quantity(name):
            continue
        y = int(clause_year.group(1)) if clause_year else year
        out.append(Indicator(name, m.group(2), m.group(3), sent.index, y))
    return out


def _indicator_name(raw: str) -> str | None:
    name = re.sub(r"^(?:从\d{4}年到\d{4}年|到\d{4}年|\d{4}年(?:以来|底|末)?|我国|全国|全年|其中|累计)+", "", raw)
    name = re.sub(r"(?:均|保持|分别|已经|已|将|继续|年均|稳定)+$", "", name.strip(" ,，“”\"'"))
    if len(name) < 2 or not re.search(r"[\u4e00-\u9fff]", name) or re.search(r"\d{4}年$", name):
        return None
    return name


def _looks_quantity(name: str) -> bool:
    return bool(re.search(r"(数|量|规模|人数|个数|家数|数量)$", name))


# ---------------------------------------------------------------------------- relations
@dataclass(frozen=True)
class Cues:
    """Cue words read from ``ontology/lexicon/cues.ttl``."""

    integration: tuple[str, ...]
    connective: tuple[str, ...]
    heads: tuple[str, ...] = ()
    list_verbs: tuple[str, ...] = ()
    not_technology: frozenset = frozenset()


@lru_cache(maxsize=2)
def load_cues(path: str | None = None) -> Cues:
    import rdflib
    from rdflib.namespace import SKOS

    g = rdflib.Graph().parse(path or ONTOLOGY_DIR / "lexicon" / "cues.ttl", format="turtle")
    base = "https://w3id.org/policy-kg/concept/cue/"

    def words(name: str) -> tuple[str, ...]:
        return tuple(sorted({str(o) for o in g.objects(rdflib.URIRef(base + name), SKOS.altLabel)},
                            key=lambda w: (-len(w), w)))

    return Cues(words("integration"), words("connective"), words("technologyHead"), words("listVerb"),
                frozenset(w.lower() for w in words("notTechnology")))


def find_relations(sent: Sentence, techs: list[tuple[int, int, str]], cues: Cues) -> list[Relation]:
    """Technology pairs stated to integrate: ``A与B、C等…融合``, ``A和B的协同部署``, ``A+B``.

    Within a clause holding two or more technologies, the first connective (与/和/同 …)
    that stands alone between two of them splits the list; when the clause carries an
    integration cue, every technology on the left relates to every one on the right.
    ``A+B`` relates A and B without a cue word.  Lists joined only by 、 relate nothing.
    """
    text = sent.norm
    out: list[Relation] = []
    for cb, ce in _clauses(text):
        inside = [t for t in techs if cb <= t[0] and t[1] <= ce]
        if len(inside) < 2:
            continue
        clause = text[cb:ce]
        cue, cue_at = None, ce
        for c in cues.integration:
            at = clause.find(c, inside[0][1] - cb)
            if at >= 0 and cb + at < cue_at:
                cue, cue_at = c, cb + at
        for k in range(len(inside) - 1):
            gap = text[inside[k][1]:inside[k + 1][0]].strip()
            if gap == "+":
                out.append(Relation("integratesWith", inside[k][2], inside[k + 1][2], sent.index, "+"))
                continue
            if cue and _joins(gap, cues.connective):
                left = [t[2] for t in inside[: k + 1]]
                right = [t[2] for t in inside[k + 1:] if t[1] <= cue_at]
                for a in left:
                    for b in right:
                        if a != b:
                            out.append(Relation("integratesWith", a, b, sent.index, cue))
                break
    return out


def _joins(gap: str, connectives: tuple[str, ...]) -> bool:
    """The text between two technologies joins them: a connective, after at most a short
    head noun of the first one (标识解析系统与工业互联网平台: gap 系统与)."""
    for c in connectives:
        if gap == c:
            return True
        if gap.endswith(c) and len(gap) - len(c) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]*", gap[: -len(c)]) \
                and not any(ch in gap[: -len(c)] for ch in "的和与及等"):
            return True
    return False


def _clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ",，;；:：。!?！？":
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return [(b, e) for b, e in out if e > b]


# ---------------------------------------------------------------------------- candidates
RE_ASCII_TERM = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9+\-]{1,9}|\d[A-Za-z][A-Za-z0-9\-]{0,6})(?![A-Za-z0-9])")
_ITEM_TAIL = re.compile(r"(等|及其|以及|等领域|等技术|等产业|等行业|等方面|等新技术|等新兴).*$")


def find_candidates(text: str, spans, cues: Cues) -> list[tuple[str, int, int, str]]:
    """Technology-like terms in no lexicon, from enumerations that name a known technology.

    In a clause ``A、B、C等…`` holding at least one known technology, an item with no known
    concept becomes a candidate when it is a code-like ASCII name (``TSN``) or, once lead words
    (加强, 推动 …) are stripped, 2–10 characters ending with a technology head (…技术, …芯片).
    Returns ``(term, start, end, pattern)`` with offsets into *text*.
    """
    known = [(sp.start_char, sp.end_char, sp.label_) for sp in spans]
    out = []
    for cb, ce in _clauses(text):
        clause = text[cb:ce]
        if "、" not in clause:
            continue
        items, pos = [], cb
        for part in clause.split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        has_tech = any(label == "Technology" and cb <= s and e <= ce for s, e, label in known)
        if not has_tech:
            continue
        for ib, ie in items:
            if any(s < ie and ib < e for s, e, _ in known):
                continue
            found = _candidate_in_item(text, ib, ie, cues)
            if found:
                out.append(found)
    return out


def _candidate_in_item(text: str, ib: int, ie: int, cues: Cues) -> tuple[str, int, int, str] | None:
    item = text[ib:ie]
    m = RE_ASCII_TERM.fullmatch(item.strip())
    if m and m.group(1).lower() not in cues.not_technology:
        start = ib + item.index(m.group(1))
        return m.group(1), start, start + len(m.group(1)), "ascii"
    tail = _ITEM_TAIL.search(item)
    core_end = ib + (tail.start() if tail else len(item))
    start = ib
    stripped = True
    while stripped:
        stripped = False
        for verb in cues.list_verbs:
            if text.startswith(verb, start) and core_end - start > len(verb) + 1:
                start += len(verb)
                stripped = True
                break
    term = text[start:core_end].strip()
    if not (2 <= len(term) <= 10) or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9+\-]+", term):
        return None
    if not any(term.endswith(h) and len(term) > len(h) for h in cues.heads):
        return None
    start = start + (len(text[start:core_end]) - len(text[start:core_end].lstrip()))
    return term, start, start + len(term), "head"
