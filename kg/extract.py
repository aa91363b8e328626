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
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .lexicon import BLOCKER, Lexicon, ascii_lower, fold, load_lexicon
from .namespaces import ONTOLOGY_DIR
from .structure import DocumentTree, Sentence

COMPONENT = "policy_kg_concepts"
CANDIDATE_COMPONENT = "policy_kg_candidates"
SPAN_KEY = "kg_concepts"
AMBIGUOUS_KEY = "kg_ambiguous"
CANDIDATE_KEY = "kg_candidates"
RE_CITATION = re.compile(r"《([^《》\n]{1,100})》")
#: A licence or certificate written in 《》 (《营业执照》, 《成品油零售经营批准证书》): no document.
_PERMIT = re.compile(r"(?:执照|许可证|批准证书|证书|资格证|合格证|登记证|备案证|经营证|运输证|通行证|身份证)$")


def cited_spans(text: str) -> list[tuple[int, int]]:
    """Where *text* quotes a title: each 《…》, and a title a line break cuts (南充市《四川省嘉陵江流域生态环境 / 保护条例》
    实施办法): from an unclosed 《 to the end, from the start to a 》 that closes nothing."""
    spans = [m.span() for m in RE_CITATION.finditer(text)]
    opened = text.rfind("《")
    if opened >= 0 and "》" not in text[opened:]:
        spans.append((opened, len(text)))
    closed = text.find("》")
    if closed >= 0 and "《" not in text[:closed]:
        spans.append((0, closed + 1))
    return spans
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
    """A quantitative indicator stated in a sentence.

    ``kind``: level (达到 96%), growth (年增长 13%; 能耗降低13.5% is −13.5), share (占比 10%), rank (第14位), change (由 52.6% 提升到 96%)
    or count (建成10个二级节点: ``name`` is what is counted);
    ``comparator``: ``=`` (达到), ``>`` (超过), ``>=`` (以上, 不低于), ``<`` / ``<=`` (以下, 不超过, 控制在), ``~`` (左右,
    约) or ``range`` (5%—8%: ``value`` to ``value_max``).
    """

    name: str
    value: str
    unit: str
    sentence: int
    year: int | None = None
    baseline_value: str | None = None
    baseline_year: int | None = None
    kind: str = "level"
    comparator: str = "="
    value_max: str | None = None

    def label(self) -> str:
        sign = {"=": "", ">": "> ", ">=": "≥ ", "<": "< ", "<=": "≤ ", "~": "≈ "}.get(self.comparator, "")
        value = f"{self.value}–{self.value_max}" if self.value_max else self.value
        kind = {"growth": "增长 ", "share": "占比 "}.get(self.kind, "")
        if self.kind == "growth" and self.value.startswith("-"):  # a fall (能耗降低13.5%: −13.5)
            kind = "下降 "
            value = f"{self.value_max.lstrip('-')}–{self.value[1:]}" if self.value_max else self.value[1:]
        return f"{self.name} {kind}{sign}{value}{self.unit}" + (f" ({self.year})" if self.year else "")


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
    pattern: str  # ascii | head | quoted …
    confidence: float = 0.5
    #: what the confidence was read from (:func:`kg.candidates.evidence`), as sorted (name, value) pairs
    evidence: tuple[tuple[str, float], ...] = field(default=(), compare=False, repr=False)


@dataclass
class Extraction:
    """Everything extracted from one document, passed to the graph stage."""

    tree: DocumentTree
    mentions: list[Mention] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    responsibilities: list = field(default_factory=list)  # kg.responsibility.Assignment
    addressees: list = field(default_factory=list)  # the same, role "addressee": a cover notice's addressees
    region: str | None = None  # the region the document is about (issuer's), an IRI
    header_regions: list[Mention] = field(default_factory=list)  # regions its title/issuer line name (sentence -1)
    issuers: list = field(default_factory=list)  # (IRI, description or None) of each named body that issued it
    extra_concepts: dict = field(default_factory=dict)  # IRI → description of concepts made here (zones)

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
@dataclass(frozen=True)
class Match:
    """A lexicon match in a text: its readings (several only for a region name shared by several places)."""

    start: int
    end: int
    iris: tuple[str, ...]
    context_only: bool = False  # a kg:contextLabel: kept only when the document is about a region above it

    @property
    def ambiguous(self) -> bool:
        return len(self.iris) > 1 or self.context_only


#: Levels of places abroad: no street, river or bridge of the genre is named after them (越南 + 河内 is no river).
_WORLD_LEVELS = ("country", "world-region")


def find_concepts(text: str, lexicon: Lexicon, blocked_out: list | None = None) -> list[Match]:
    """Leftmost-longest, non-overlapping lexicon matches in *text*, outside 《…》.

    A match that lies inside a blocker (``ontology/lexicon/blockers.ttl``, e.g. 信息化工作 for 化工)
    is dropped before the selection, so it hides nothing else.  When two matches overlap, the
    leftmost wins, and of those starting together the longest; a longer match that starts inside the
    chosen one replaces it (大数据中心 over 大数据).  ASCII letters are compared in lower case
    (:func:`~kg.lexicon.ascii_lower`, which keeps every offset).
    """
    folded = ascii_lower(text)
    cited = cited_spans(text)
    blocked = list(cited)
    after_place = load_cues().named_after_place
    found = []
    for end_idx, (length, key, context) in lexicon.automaton().iter(folded):
        start = end_idx - length + 1
        if not _ascii_boundary_ok(folded, start, end_idx + 1):
            continue
        iris = lexicon.context_terms[key] if context else lexicon.terms[key]
        if key[-1:] in "区县" and folded[end_idx + 1:end_idx + 2] == "域":
            continue  # 西安区域 is the region of 西安, not 西安区
        if key[-1:] == "部" and folded[end_idx + 1:end_idx + 2] == "门" and \
                all(lexicon.concepts[i].kind == "Organization" for i in iris):
            blocked.append((start, end_idx + 2))  # 科学技术部门, 商务部门 (u35): a city's department of that field, not
            continue  # the ministry (and, as the ministry's name did, no field or technology inside it)
        if any(lexicon.concepts[i].kind == BLOCKER for i in iris):
            blocked.append((start, end_idx + 1))
        elif after_place and folded.startswith(after_place, end_idx + 1) and \
                all(lexicon.concepts[i].kind == "Region" and lexicon.concepts[i].level not in _WORLD_LEVELS
                    for i in iris):
            continue  # 威海路, 西藏北路, 苏州河, 丽江大桥: a street, a river or a bridge named after the place
        else:
            found.append(Match(start, end_idx + 1, iris, context))
    found += _across_spaces(folded, lexicon)
    found = [c for c in found if not any(b <= c.start and c.end <= e for b, e in blocked) and
             not _CONTACT_VALUE.match(text, c.end)]  # 电子邮件：…@qq.com, 网站：www…: a field's label, not a mention
    if blocked_out is not None:  # the blockers' and the cited titles' spans, for the candidate finder
        blocked_out.extend(blocked)
    found.sort(key=lambda c: (c.start, -(c.end - c.start), c.context_only))
    out: list[Match] = []
    for cand in found:
        if out and cand.start < out[-1].end:
            last = out[-1]
            if cand.end - cand.start > last.end - last.start and not folded.startswith("城市", cand.end - 2) and \
                    not _whole_before_its_head(last, cand, lexicon):
                out[-1] = cand  # a longer match starting inside the previous one wins (not 海城市 in 上海城市)
            continue
        out.append(cand)
    return out


#: A blank between a Chinese character and a Latin letter or digit, as typesetting puts there (工业 APP, AI 路由器).
_CJK_ASCII_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[\u4e00-\u9fff])")
#: A blank between two Latin words (OPC UA, IPSec VPN): squeezed only for a term whose own name is written so.
_ASCII_GAP = re.compile(r"(?<=[A-Za-z0-9]) (?=[A-Za-z0-9])")


def _across_spaces(folded: str, lexicon: Lexicon) -> list[Match]:
    """Technologies whose name mixes Chinese and Latin written with a blank between the two (工业 APP for 工业APP):
    matched on the text without those blanks, each kept only where its span holds one (the others were found)."""
    if " " not in folded:
        return []
    spaced = {m.start() for m in _ASCII_GAP.finditer(folded)}
    gaps = {m.start() for m in _CJK_ASCII_GAP.finditer(folded)} | spaced
    if not gaps:
        return []
    orig = [i for i in range(len(folded)) if i not in gaps]
    squeezed = "".join(folded[i] for i in orig)
    out = []
    for end_idx, (length, key, context) in lexicon.automaton().iter(squeezed):
        start = end_idx - length + 1
        a, b = orig[start], orig[end_idx] + 1
        if b - a == length or not _ascii_boundary_ok(squeezed, start, end_idx + 1):
            continue  # (no blank inside: the match on the text itself holds it)
        iris = lexicon.context_terms[key] if context else lexicon.terms[key]
        if any(a < g < b for g in spaced) and not all(
                any(" " in n for n in (lexicon.concepts[i].zh, *lexicon.concepts[i].alt)) for i in iris):
            continue  # (two Latin words squeezed into a name only written as one word: no match)
        if all(lexicon.concepts[i].kind == "Technology" for i in iris):
            out.append(Match(a, b, iris, context))
    return out


#: A contact's value after a field's label (电子邮件：305442061@qq.com, 网站：www.…, 传真：023—63897144).
_CONTACT_VALUE = re.compile(r"\s*[:：]\s*(?:[\w.+-]+@[\w-]+\.|https?://|www\.|[(（+]?\d[\d\s()（）—–-]{6,})")


def _whole_before_its_head(first: Match, longer: Match, lexicon: Lexicon) -> bool:
    """Is *first* a technology named whole, with a longer term read across its end only by taking its last words
    (工业互联网 + 基础设施, not 工业 + 互联网基础设施)?  Yes when it is a technology of four or more characters and the
    longer term runs three or more characters past it; a short one yields (大数据 + 中心 is 数据中心)."""
    return first.end - first.start >= 4 and longer.end - first.end >= 3 and \
        all(lexicon.concepts[i].kind == "Technology" for i in first.iris)


def _ascii_boundary_ok(text: str, start: int, end: int) -> bool:
    """An ASCII term (5G, IPv6) must not be glued to other ASCII letters or digits."""
    if _ASCII_WORD.match(text[start]) and start > 0 and _ASCII_WORD.match(text[start - 1]):
        return False
    if _ASCII_WORD.match(text[end - 1]) and end < len(text) and _ASCII_WORD.match(text[end]):
        return False
    return True


# ---------------------------------------------------------------------------- spaCy
_LEXICONS: dict[str, Lexicon] = {}


def _register_components() -> None:
    from spacy.language import Language

    if Language.has_factory(COMPONENT):
        return

    @Language.factory(COMPONENT, default_config={"lexicon": ""})
    def make_concepts(nlp, name, lexicon: str):
        return ConceptMatcher(_LEXICONS[lexicon])

    @Language.factory(CANDIDATE_COMPONENT, default_config={"cues": ""})
    def make_candidates(nlp, name, cues: str):
        return CandidateFinder(load_cues(cues or None))


class ConceptMatcher:
    """spaCy component: the lexicon it was built with → ``doc.spans["kg_concepts"]`` (one reading:
    label = concept class, ``kb_id_`` = concept IRI) and ``doc.spans["kg_ambiguous"]`` (several
    readings or a context-only label; the readings are in ``doc.user_data["kg_readings"]``)."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, doc):
        text = doc.user_data.get("text") or doc.text
        sure, unsure, readings, blocked = [], [], {}, []
        tech_ends = set()
        for m in find_concepts(text, self.lexicon, blocked):
            kinds = {self.lexicon.concepts[i].kind for i in m.iris}
            label = kinds.pop() if len(kinds) == 1 else "Region"
            if label == "Technology" and _COMPANY_TAIL.match(text, m.end):
                blocked.append((m.start, m.end))  # 福建省大数据集团有限公司: a company's name, not big data
                continue
            if label == "Technology":
                tech_ends.add(m.end)
            elif label == "Domain" and m.start in tech_ends and _SYSTEM_HEAD.match(text, m.end):
                continue  # 北斗导航公共服务平台: a system's name, not the domain 公共服务
            span = doc.char_span(m.start, m.end, label=label, kb_id=m.iris[0] if not m.ambiguous else "",
                                 alignment_mode="strict")
            if span is None:
                continue
            if m.ambiguous:
                unsure.append(span)
                readings[(m.start, m.end)] = (m.iris, m.context_only)
            else:
                sure.append(span)
        doc.spans[SPAN_KEY] = sure
        doc.spans[AMBIGUOUS_KEY] = unsure
        doc.user_data["kg_readings"] = readings
        doc.user_data["kg_blocked"] = blocked
        return doc


#: What follows a technology's name inside a company's name (大数据集团有限公司, 北斗科技股份有限公司).
_COMPANY_TAIL = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?)(?:集团有限公司|集团股份有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团)"
                           r"(?![\u4e00-\u9fff]{0,2}(?:化|式|型))")


#: The head noun of a system's name, after a technology and a field (北斗导航 + 公共服务 + 平台).
_SYSTEM_HEAD = re.compile(r"(?:服务)?(?:平台|系统|中心|网站|终端)")


class CandidateFinder:
    """spaCy component: terms no lexicon knows (:mod:`kg.candidates`) → ``doc.spans["kg_candidates"]``
    (label = pattern); their base confidence is in ``doc.user_data["kg_candidates"]``."""

    def __init__(self, cues: "Cues"):
        self.cues = cues

    def __call__(self, doc):
        from .candidates import find_in_sentence

        text = doc.user_data.get("text") or doc.text
        known = [(sp.start_char, sp.end_char, sp.label_ if key == SPAN_KEY else sp.label_ + "?")
                 for key in (SPAN_KEY, AMBIGUOUS_KEY) for sp in doc.spans.get(key, [])]
        blocked = doc.user_data.get("kg_blocked", ())  # (blockers and cited titles, from the concept matcher)
        spans, found = [], []
        for f in find_in_sentence(text, known, self.cues):
            if any(b < f.end and f.start < e for b, e in blocked):
                continue  # 治理电信网络 in 打击治理电信网络诈骗: a blocker's words name no technology either; nor does a
                # cited title (《四川省嘉陵江流域生态环境保护条例》, u46)
            span = doc.char_span(f.start, f.end, label=f.pattern, alignment_mode="strict")
            if span is not None:
                spans.append(span)
                found.append(f)
        doc.spans[CANDIDATE_KEY] = spans
        doc.user_data["kg_candidates"] = found
        return doc


_NLP_CACHE: dict[tuple, object] = {}


class CharTokenizer:
    """One token per character, whitespace included, so that token *i* is character *i*.

    What ``spacy.blank("zh")``'s default (``segmenter = "char"``) does, without its pass that folds
    whitespace into the preceding token: the concept components work on character offsets, and this
    is 2–3 times faster on the short sentences of a plan.
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str):
        from spacy.tokens import Doc

        return Doc(self.vocab, words=list(text), spaces=[False] * len(text))


def build_nlp(lexicon: Lexicon, cues_path: str | None = None):
    """The extraction pipeline for *lexicon*: ``spacy.blank("zh")`` (one token per character) +
    ``policy_kg_concepts`` + ``policy_kg_candidates``; one pipeline per lexicon content."""
    key = (lexicon.digest, cues_path or "")
    nlp = _NLP_CACHE.get(key)
    if nlp is None:
        import spacy

        _register_components()
        _LEXICONS[lexicon.digest] = lexicon
        nlp = spacy.blank("zh")
        nlp.tokenizer = CharTokenizer(nlp.vocab)
        nlp.add_pipe(COMPONENT, config={"lexicon": lexicon.digest})
        nlp.add_pipe(CANDIDATE_COMPONENT, config={"cues": cues_path or ""})
        _NLP_CACHE[key] = nlp
    return nlp


# ---------------------------------------------------------------------------- extraction
def extract(tree: DocumentTree, lexicon: Lexicon | None = None, cues: "Cues | None" = None,
            workers: int | None = None) -> Extraction:
    """Extract mentions, citations, indicators, cue-stated relations, candidates and responsibilities.

    The lexicon given is the one matched (default: the bundled one).  Region names shared by
    several places, and short forms that are only matched in context, are resolved once the whole
    document is read (:func:`resolve_regions`).  *workers*: processes to use; by default two for
    documents over 2 million characters on a machine with two or more cores, else one.  The result
    is the same either way.
    """
    lexicon = lexicon or load_lexicon()
    cues = cues or load_cues()
    nlp = build_nlp(lexicon)
    n = len(tree.sentences)
    if workers is None:
        workers = 2 if len(tree.doc.norm) > 2_000_000 and (os.cpu_count() or 1) >= 2 else 1
    result = Extraction(tree)
    if workers <= 1 or n < 2:
        parts = [_extract_range(tree, nlp, cues, 0, n)]
    else:
        parts = _extract_parallel(tree, nlp, cues, workers)
    unsure, found = [], []
    for part in parts:
        result.mentions.extend(part[0])
        result.citations.extend(part[1])
        result.indicators.extend(part[2])
        result.relations.extend(part[3])
        found.extend(part[4])
        unsure.extend(part[5])
    result.indicators = _years_from_sections(tree, result.indicators)
    result.citations = [c for c in result.citations if not _is_itself(c.title, tree.title)]
    issuer = issuing_region(tree, lexicon)
    result.region = issuer or subject_region(tree, lexicon, result.mentions)
    result.mentions += resolve_regions(tree, lexicon, result.mentions, unsure, result.region)
    result.mentions += listed_counties(tree, lexicon, result.mentions, result.region)
    if issuer is None and result.region is not None:
        # a short form (潜江) is only read once a region encloses it: ask again with it read, and keep a
        # region inside the first answer (全市 in 潜江's report: 潜江市, not 湖北省)
        # — or the region enclosing it, once its short form is read (崇左 75 times, 凭祥市 15: 崇左's report)
        inner = subject_region(tree, lexicon, result.mentions)
        if inner is not None and inner != result.region and (result.region in lexicon.ancestors(inner) or
                                                              inner in lexicon.ancestors(result.region)) and \
                not (lexicon.concepts[inner].level == "province" and _calls_itself_city(tree.doc.norm)):
            result.region = inner  # (吉林市's report, 全市 throughout, read 吉林 26 times as the province: 吉林市)
    ends = {(m.sentence, m.end) for m in result.mentions if m.kind == "Region"}
    result.mentions = [m for m in result.mentions if not _split_short_form(m, lexicon, tree.doc.text) and
                       not _after_a_count(m, tree.doc.text) and not _names_an_event(m, lexicon, tree.doc.text) and
                       not _split_term(m, tree.doc.text) and not _names_an_institution(m, lexicon, tree.doc.text) and
                       not _part_of_a_place(m, lexicon, tree.doc.text, ends) and
                       not _country_in_a_title(m, lexicon, tree.doc.text) and not _affairs_field(m, tree.doc.text) and
                       not _after_a_post(m, tree.doc.text) and not _a_direction(m, tree.doc.text) and
                       not _a_place_in_a_list(m, tree.doc.text, cues) and
                       not _conjunction_short_form(m, lexicon, tree.doc.text, result.region)]
    towns = town_mentions(tree, lexicon, result)
    result.mentions += towns
    found = [x for x in found if not lexicon.blocks(x[0].term)]  # a curator rejected it (kg curate)
    zones = [x for x in found if x[0].pattern in ("zone", "city-zone") and not _covered(x, towns)]
    zones += _villages_after_towns(tree, towns, result.mentions, zones, cues)
    zones += _places_abroad(tree, result.mentions, zones, lexicon)
    found = [x for x in found if x[0].pattern not in ("zone", "city-zone")]
    zone_mentions = _zone_mentions(zones, result, lexicon)
    if zone_mentions:  # 三江口新区 is a zone of 来宾, not 三江 (柳州's county) + 口新区: a short form inside a zone's name
        spans = {(z.sentence, z.begin, z.end) for z in zone_mentions}
        result.mentions = [m for m in result.mentions if not (m.kind == "Region" and m.iri in lexicon.concepts and
                           lexicon.concepts[m.iri].zh != m.surface and any(
                               s == m.sentence and b <= m.begin and m.end <= e and (b, e) != (m.begin, m.end)
                               for s, b, e in spans))]
    result.mentions += zone_mentions
    result.mentions.sort(key=lambda m: (m.sentence, m.begin))
    from .responsibility import find_responsibilities

    found_units, unit_spans, issuers = find_responsibilities(tree, lexicon, result.region)
    result.issuers = [(n.iri, n.extra) for n in issuers]
    result.responsibilities = [a for a in found_units if a.role != "addressee"]
    result.addressees = [a for a in found_units if a.role == "addressee"]
    # a sector or technology word inside a body's full name (省统计局, 市大数据局) is part of that name
    result.mentions = [m for m in result.mentions if not any(
        b <= m.begin and m.end <= e and m.kind in kinds for b, e, kinds in unit_spans.get(m.sentence, ()))]
    result.mentions = [m for m in result.mentions if not _verb_short_form(m, tree.doc.text)]  # (read by any rule above)
    result.mentions = _without_glossed_acronyms(result.mentions, tree.doc.text, lexicon)
    result.mentions = _without_short_names_of_others(result.mentions, tree.doc.text, lexicon, result.extra_concepts)
    result.candidates = _score_candidates(found, result.mentions, cues)
    result.header_regions = header_regions(tree, lexicon, result.region)
    return result


def _is_itself(cited: str, title: str | None) -> bool:
    """Is a title cited in the text the document's own (关于印发《上海市粮仓光伏建设实施方案》的通知 hands over the 方案 it
    cites: 现将《…》印发给你们; u38 listed the document among those it cites)?"""
    if not title:
        return False
    # the title it hands over (关于印发《…》的通知) is its own; the law it implements (南充市《四川省嘉陵江流域生态环境保护
    # 条例》实施办法, u46) is cited
    own = {fold(title)} | {fold(t) for t in re.findall(r"(?:印发|转发|发布|公布|颁布|下发|修订)\s*《([^《》]+)》", title)}
    bare = re.search(r"(?:印发|转发|下发)\s*([^《》]{4,80}?)\s*的(?:通知|函)$", title)
    if bare:  # 市人民政府关于印发武汉市氢能产业发展三年行动方案（2025—2027年）的通知 (u48): the title handed over, unbracketed
        own.add(fold(bare.group(1)))
    # (…印发新时期促进集成电路产业和软件产业高质量发展若干政策的通知 hands over 《…发展的若干政策》, u90)
    return fold(cited) in own or fold(cited).replace("的", "") in {o.replace("的", "") for o in own}


def _extract_range(tree: DocumentTree, nlp, cues: "Cues", start: int, end: int) -> tuple[list, ...]:
    """Everything extracted from sentences ``start`` to ``end`` (plain dataclasses, picklable)."""
    doc = tree.doc
    mentions, citations, indicators, relations, found, unsure = [], [], [], [], [], []
    sentences = tree.sentences[start:end]
    for sent, sdoc in zip(sentences, nlp.pipe((_make_doc(nlp, s.norm) for s in sentences), batch_size=256)):
        spans = sdoc.spans[SPAN_KEY]
        for span in spans:
            b, e = doc.orig_span(sent.nbegin + span.start_char, sent.nbegin + span.end_char)
            mentions.append(Mention(span.kb_id_, span.label_, sent.index, b, e, doc.text[b:e]))
        readings = sdoc.user_data.get("kg_readings", {})
        for span in sdoc.spans[AMBIGUOUS_KEY]:
            iris, context = readings[(span.start_char, span.end_char)]
            b, e = doc.orig_span(sent.nbegin + span.start_char, sent.nbegin + span.end_char)
            unsure.append((sent.index, b, e, doc.text[b:e], iris, context))
        if "《" in sent.norm:
            for m in RE_CITATION.finditer(sent.norm):
                if _PERMIT.search(m.group(1)):
                    continue  # 《营业执照》, 《危险货物道路运输许可证》 (u50): a licence, no document cited
                b, e = doc.orig_span(sent.nbegin + m.start(1), sent.nbegin + m.end(1))
                citations.append(Citation(m.group(1).strip(), sent.index, b, e))
        if sent.kind != "responsibility":
            indicators.extend(find_indicators(sent))
        techs = [(span.start_char, span.end_char, span.kb_id_) for span in spans if span.label_ == "Technology"]
        if len(techs) > 1:
            relations.extend(find_relations(sent, techs, cues))
        if sent.kind == "body":
            for f in sdoc.user_data.get("kg_candidates", ()):
                b, e = doc.orig_span(sent.nbegin + f.start, sent.nbegin + f.end)
                found.append((f, sent.index, b, e))
    return mentions, citations, indicators, relations, found, unsure


def town_mentions(tree: DocumentTree, lexicon: Lexicon, result: Extraction) -> list[Mention]:
    """Towns, townships and streets of the issuing region (:mod:`kg.gazetteer`) where the lexicon found
    nothing: the full name (吴泾镇, 打浦桥街道) anywhere, replacing lexicon matches inside it (南京 in 南京西路街道);
    the short form (吴泾) in a document issued by a prefecture, a county or a municipality, and only where it
    stands as a word."""
    region = result.region
    if not region or region not in lexicon.concepts:
        return []
    index = _town_index(region, lexicon)
    if index is None:
        return []
    by_label, auto = index
    taken: dict[int, list] = {}
    for m in result.mentions:
        taken.setdefault(m.sentence, []).append((m.begin, m.end))
    doc, out = tree.doc, []
    for sent in tree.sentences:
        text = sent.norm
        hits = sorted(((end - len(label) + 1, end + 1, label) for end, label in auto.iter(text)),
                      key=lambda h: (h[0], h[0] - h[1]))
        cited = [m.span() for m in RE_CITATION.finditer(text)] if "《" in text else []
        last = -1
        for s, e, label in hits:
            if s < last or any(a <= s and e <= b for a, b in cited):
                continue
            cands = by_label[label]
            if len({t.iri for t in cands}) > 1:
                cands = [t for t in cands if t.county == region] or cands
                if len({t.iri for t in cands}) > 1:
                    continue  # two towns of that name in the region: no way to tell
            town = cands[0]
            known = town.iri in lexicon.concepts  # (a county by its short form: a concept of the lexicon)
            b, en = doc.orig_span(sent.nbegin + s, sent.nbegin + e)
            overlapping = [(x, y) for x, y in taken.get(sent.index, ()) if x < en and b < y]
            if overlapping and label == town.zh and all(b <= x and y <= en for x, y in overlapping):
                # the full name of a town of the region holds a shorter name (南京西路街道 is no 南京): the town
                drop = {(sent.index, x, y) for x, y in overlapping}
                result.mentions = [m for m in result.mentions if (m.sentence, m.begin, m.end) not in drop]
                taken[sent.index] = [t for t in taken[sent.index] if t not in overlapping]
                overlapping = []
            if overlapping or \
                    label != town.zh and (not _stands_alone(text, s, e) or text.startswith(_NAMED_AFTER_TOWN, e) or
                                          _LANDMARK.match(text, e) or label.endswith(_BUILDING_END) or
                                          text.startswith(_WATER_AFTER, e)):
                # (u128: 七台河's 倭肯河, 小五站河: the river a town is named after, not the town)
                continue
            out.append(Mention(town.iri, "Region", sent.index, b, en, doc.text[b:en]))
            if not known:
                result.extra_concepts.setdefault(town.iri, {"kind": "Region", "zh": town.zh, "en": town.en,
                                                            "broader": [town.county], "level": "town",
                                                            "notation": town.iri.rsplit("/", 1)[-1].split("-")[1],
                                                            **({"former": True} if town.former else {})})
            last = e
    return out


#: After a town's short form, words that make it part of another name (泰丰路, 泰丰校区, 龙湾国家考古遗址公园).
_NAMED_AFTER_TOWN = ("路", "街", "大道", "大街", "巷", "桥", "校区", "中学", "小学", "国家", "中央", "公园", "广场", "铁路",
                     "特钢", "钢铁", "集团", "公司", "电厂", "煤矿", "矿业", "水库",  # 石横特钢 (u36): a firm named after it
                     "高铁", "高速")  # (新兖铁路: a railway named after two cities' initials; 富禄至丹洲公路 names its ends)

#: After a town's short form, a river, a lake or a canal named the same (倭肯 + 河, 小五站 + 河).
_WATER_AFTER = ("河", "江", "湖", "溪", "渠", "水库", "流域")

_TOWN_INDEX: dict[tuple[str, str], tuple | None] = {}


def _town_index(region: str, lexicon: Lexicon) -> tuple | None:
    """The labels of the towns inside *region* (label → towns) and an automaton over them, made once per
    region and lexicon."""
    key = (region, lexicon.digest)
    if key not in _TOWN_INDEX:
        from .gazetteer import Town, towns_within

        towns = towns_within(region, lexicon)
        # short forms (吴泾) below the province, or in a province-level municipality (上海市); in other provinces
        # only a town's full name (…镇, …街道)
        c = lexicon.concepts[region]
        short_ok = c.level != "province" or c.zh.endswith("市")
        by_label: dict[str, list] = {}
        for t in towns:
            for label in t.labels:
                if label == t.zh or short_ok:
                    by_label.setdefault(label, []).append(t)
        if short_ok:  # a county of the region by its short form, where the gazetteer gives it none (金乡, 任城 in a
            # 济宁 document): the county, not its seat's street (金乡街道) — matched only where it stands as a word
            for county in _counties_within(region, lexicon):
                short = _COUNTY_SUFFIX.sub("", county.zh)
                if county.zh.endswith("区") and short.endswith(_NAMED_FOR_FEATURE):
                    continue  # 泰山区, 西湖区, 锦江区: the district is named for the mountain, the lake, the river that
                    # its short form names (泰山 43 times in 泰安's report, u36)
                if len(short) >= 2 and short not in county.labels and short not in county.context:
                    by_label[short] = [Town(county.iri, county.zh, county.en, (short,), county.iri)]
        by_label = {k: [t for t in v if not t.former] or v for k, v in by_label.items()}  # a current town before a
        # former one (merged or renamed since 2016) of the same name
        for t in towns:  # a township made a town (大木乡 → 大木镇), a town made a subdistrict (…镇 → …街道) since
            if t.former:
                continue
            for label in _upgraded_names(t.zh):  # the codes were issued: the new name, where no town bears it
                if label not in by_label:
                    by_label[label] = [t]
            if t.zh.endswith("镇") and len(t.zh) >= 3:  # 南阳古镇 (u34): the old town of 南阳镇, written whole
                by_label.setdefault(t.zh[:-1] + "古镇", [t])
        index = None
        if by_label:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for label in by_label:
                auto.add_word(label, label)
            auto.make_automaton()
            index = (by_label, auto)
        _TOWN_INDEX[key] = index
    return _TOWN_INDEX[key]


#: The last character of a landscape feature's name (a mountain, a lake, a river, a bay, a spring).
_NAMED_FOR_FEATURE = ("山", "湖", "江", "河", "海", "岛", "湾", "泉", "峰")

#: The level word a county-level unit's short form drops (金乡县 → 金乡, 任城区 → 任城); not 自治县, whose name
#: is its people's.
_COUNTY_SUFFIX = re.compile(r"(?<!自治)[县区旗]$")


def _counties_within(region: str, lexicon: Lexicon) -> list:
    """The county-level units of the lexicon inside *region*."""
    return [c for c in lexicon.concepts.values()
            if c.kind == "Region" and c.level == "county" and region in lexicon.ancestors(c.iri)]


def _upgraded_names(name: str) -> tuple[str, ...]:
    """The names a township (…乡) or town (…镇) takes when it is made a town or a subdistrict: 大木乡 → 大木镇,
    大木街道; 江桥镇 → 江桥街道; a Beijing area office (黄村地区) is also its town (黄村镇).  An ethnic township
    (…族乡) keeps its own name."""
    if name.endswith("族乡") or len(name) < 3:
        return ()
    if name.endswith("乡"):
        return (name[:-1] + "镇", name[:-1] + "街道")
    if name.endswith("镇"):
        return (name[:-1] + "街道",)
    if name.endswith("地区") and len(name) >= 4:  # 北京's 黄村地区 (an area office) is also 黄村镇
        return (name[:-2] + "镇",)
    return ()


def _words_around(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of jieba's words in the neighbourhood of text[s:e] (six characters each side)."""
    from .segment import cut

    lo, hi = max(0, s - 6), min(len(text), e + 6)
    out, pos = [], lo
    for word, _ in cut(text[lo:hi]):
        out.append((pos, pos + len(word)))
        pos += len(word)
    return out


def _stands_alone(text: str, s: int, e: int) -> bool:
    """Does text[s:e] begin and end at word boundaries of jieba's segmentation of its neighbourhood?"""
    bounds = {edge for span in _words_around(text, s, e) for edge in span}
    return s in bounds and e in bounds


def _crosses_a_word(text: str, s: int, e: int) -> bool:
    """Does one of jieba's words around text[s:e] cross an edge of it, without holding it whole?"""
    return any((a < s < b or a < e < b) and not (a <= s and e <= b) for a, b in _words_around(text, s, e))


def _conjunction_short_form(m: Mention, lexicon: Lexicon, text: str, region: str | None) -> bool:
    """Is *m* a place's short form that opens with a conjunction written after a word (研究 + 和田鱼: 和 joins two
    objects, no 和田), in a text about no place inside that region?"""
    if m.kind != "Region" or m.surface[:1] not in "和与及" or m.begin == 0 or \
            not "\u4e00" <= text[m.begin - 1] <= "\u9fff" or text[m.begin - 1] in "和与及":
        return False
    c = lexicon.concepts.get(m.iri)
    if c is None or c.zh == m.surface or text.startswith(("地区", "市", "县", "区"), m.end):
        return False  # (和县, 和田地区: written whole)
    return not (region and (region == m.iri or m.iri in lexicon.ancestors(region) or
                            region in lexicon.ancestors(m.iri)))


#: A place's short form that is also a verb joining units (会同县 and 会同: 市发展和改革主管部门会同商务…部门, in 怀化's own
#: texts too, u79), and what follows the verb.
_VERB_PLACES = ("会同",)
_JOINED_UNIT = re.compile(r"[^，,。；;：:]{0,14}?(?:部门|局|委|办|单位|机构|政府|企业|公司|中心)")


#: A short name a document gives what it has just named (岷江、大渡河、青衣江（以下简称三江）).
_DEFINED_SHORT = re.compile(r"[（(]以下(?:简称|统称)为?[“\"]?([^”\"（）()，,。]{2,12})[”\"]?[）)]")


def _without_short_names_of_others(mentions: list[Mention], text: str, lexicon: Lexicon, made: dict) -> list[Mention]:
    """*mentions* without the places a document's own short name happens to spell (岷江、大渡河、青衣江（以下简称三江）,
    u116: every 三江 read as the town 三江镇): a region whose name is the short name of something else the text
    named before it (not 中国（上海）自由贸易试验区（以下简称上海自贸区）, the zone itself)."""
    shorts = {}
    for m in _DEFINED_SHORT.finditer(text):
        start = max(text.rfind(ch, 0, m.start()) for ch in "。；;\n") + 1
        shorts.setdefault(m.group(1), text[start:m.start()])
    if not shorts:
        return mentions

    def names(iri: str) -> list[str]:
        c = lexicon.concepts.get(iri)
        return [c.zh, *c.alt] if c is not None else [made.get(iri, {}).get("zh", "")]

    other = {short for short, defined in shorts.items()
             if not any(n and n in defined for m in mentions if m.kind == "Region" and m.surface == short
                        for n in names(m.iri))}
    return [m for m in mentions if not (m.kind == "Region" and m.surface in other)]


def _without_glossed_acronyms(mentions: list[Mention], text: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """*mentions* without a body's Latin acronym that glosses the term just before it (多因素认证（MFA）, u117: not the
    外交部 whose acronym MFA also is): a bracket right after another mention abbreviates that one, and so does one
    right after words that are none of the body's names (检验检测机构资质认定（CMA）, u123: no 中国气象局)."""
    ends = {m.end for m in mentions if m.kind != "Organization"}

    def glosses(m: Mention) -> bool:
        if not (m.kind == "Organization" and m.surface.isascii() and m.begin >= 2 and m.end < len(text) and
                text[m.begin - 1] in "（(" and text[m.end] in "）)"):
            return False
        if (m.begin - 1) in ends:
            return True
        c = lexicon.concepts.get(m.iri) if lexicon is not None else None
        if c is None or not "\u4e00" <= text[m.begin - 2] <= "\u9fff":
            return False
        before = text[max(0, m.begin - 41):m.begin - 1]
        return not any(before.endswith(label) for label in c.labels if not label.isascii())
    return [m for m in mentions if not glosses(m)]


def _verb_short_form(m: Mention, text: str) -> bool:
    """Is *m* the verb 会同 (…主管部门会同商务、交通运输等部门…), not the county written short?"""
    return m.kind == "Region" and m.surface in _VERB_PLACES and not text.startswith("县", m.end) and \
        bool(_JOINED_UNIT.match(text, m.end))


def _macro_short_form(m: Mention, c) -> bool:
    """Is *m* a macro-region's two-character short form (华东 for 华东地区, 西北 for 西北地区)?"""
    return c.level is None and c.zh.endswith("地区") and len(m.surface) == 2


def _split_short_form(m: Mention, lexicon: Lexicon, text: str) -> bool:
    """Is a region's two-character short form read across a word boundary (确保 + 定 is no 保定, 定海 + 东进 no
    海东; 湖南 + 美丽 no 南美)?  A full name (保定市) or a longer short form stands for itself; a word that holds
    the name (杭州湾) is no boundary crossed.  A three-character full name is read across a word edge too (以上 + 城区 is no 上城区, 会同 +
    县级 no 会同县)."""
    if m.kind != "Region" or len(m.surface) not in (2, 3):
        return False
    c = lexicon.concepts.get(m.iri)
    if c is None:
        return False
    if _macro_short_form(m, c):
        # a macro-region's short form is a word of its own: 古华 + 中学 is no 华中, 清华北大 (one word) no 华北
        return not _stands_alone(text, m.begin, m.end)
    if text.startswith("港", m.end) and c.level in ("prefecture", "county"):
        return False  # 唐 + 山港 (u78): the segmenter splits a port named after its city, 唐山港 holds 唐山
    if c.level in ("country", "world-region"):  # 湖南 + 美丽 is no 南美, 关 + 美国 … a country's name is a word
        if len(m.surface) != 2:
            return False
        if any(a < m.begin < b for a, b in _words_around(text, m.begin, m.end)):
            return True  # 沿海地区 is no 海地: a word that opens before the name holds it (美国人, 中东地区 open with it)
    elif c.level not in ("province", "prefecture", "county") or (m.surface == c.zh) != (len(m.surface) == 3):
        return False  # (大运河 + 南旺 is no 河南)
    return _crosses_a_word(text, m.begin, m.end)


#: The word that ends the name of an event or a title (亚洲杯, 亚洲青年赛艇锦标赛, 东亚文化之都).
_EVENT = re.compile(r"[^\W\d_a-zA-Z]{0,8}?(?:杯|锦标赛|运动会|文博会|文化之都|领导人|峰会|论坛|经合组织)")


def _names_an_event(m: Mention, lexicon: Lexicon, text: str) -> bool:
    """Is a world region the first word of an event's, a meeting's or a title's name (铁人三项亚洲杯, 亚洲滑雪登山锦标赛,
    “东亚文化之都”, 东亚合作领导人系列会议, 亚太经合组织), which places nothing?  (A Chinese city that holds games,
    杭州亚运会, stays a place: readers of six of seven dev reports that name it mark 杭州.)"""
    c = lexicon.concepts.get(m.iri)
    return m.kind == "Region" and c is not None and c.level == "world-region" and bool(_EVENT.match(text, m.end))


#: What makes a short place name the first word of an institution's or a landmark's name (天津大学, 江口沉银博物馆,
#: 三苏文化): after a city's or province's short form, a university or a college (up to four characters on: 合肥工业大学,
#: 香港科技大学), right after it a museum or an old town (南阳古镇 is
#: a town of 济宁, not 南阳市); after a town's
#: (:func:`town_mentions`), up to four more characters and a museum, or right after it a shrine, a home or a
#: culture (not 松江大学城, a place; not 鼓浪屿世界文化遗产 or 西塘汉服文化周, the place's heritage and events).
_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:大学(?!城)|学院|研究院|研究所|基金会)|博物馆|纪念馆|美术馆|科技馆|古镇")
#: A firm's name after a place's short form (银海铝业, 上海电气集团, 凌云大森林装饰材料有限公司).
_FIRM = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:铝业|纸业|药业|矿业|钢铁|实业|集团|股份|有限公司|有限责任公司)")
_LANDMARK = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:大学(?!城)|学院|博物馆|纪念馆|美术馆|科技馆)|故里|故居|祠|文化(?![遗周节])")


#: The last character of a building's or a monument's name (滕王阁, 黄鹤楼, 大雁塔, 鼓楼, 雍和宫): a street named after
#: one (滕王阁街道) is written with 街道; the short form alone is the landmark (u47: 海昏侯、滕王阁等智慧旅游示范景区).
_BUILDING_END = ("阁", "楼", "塔", "寺", "庙", "宫", "祠", "亭", "坊", "殿")
#: A province's one-character name and a direction (粤东, 苏北, 皖南): a part of that province.
_PROVINCE_PART = re.compile(r"[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵滇云陕秦甘陇青宁新藏桂蒙][东西南北]$")


def _part_of_a_place(m: Mention, lexicon: Lexicon, text: str, ends: set[tuple[int, int]]) -> bool:
    """Is a macro-region's name (西北地区, 东北地区) the part of a place written just before it (上海 + 西北地区: Shanghai's
    north-west; 粤东 + 西北地区: Guangdong's east, west and north), not the region of China?"""
    c = lexicon.concepts.get(m.iri)
    if m.kind != "Region" or c is None or c.level is not None or not re.match(r"[东西南北中]", m.surface):
        return False
    return (m.sentence, m.begin) in ends or bool(_PROVINCE_PART.search(text, max(0, m.begin - 2), m.begin))


#: What follows a macro-region's short form (华东, 华北, 西南) in the name of a university or a regional office.
_MACRO_REGION_BODY = re.compile(r"大学(?!城)|学院|师范|政法|理工|财经|医科|交通大学|[监管]*管理局|监管局|分局|局(?![面势部限])")


def _names_an_institution(m: Mention, lexicon: Lexicon, text: str) -> bool:
    """Is a region's short form (no 市/县/镇 written) the first word of an institution's, a landmark's or a firm's name
    (天津大学, 江口沉银博物馆, 三苏文化, 银海铝业), which names no place the text is about?"""
    c = lexicon.concepts.get(m.iri)
    if m.kind != "Region" or c is None or m.surface == c.zh:
        return False
    if _macro_short_form(m, c):
        # 华东师范大学, 华东理工, 民航华东管理局: a macro-region's short form opens a university's or an office's name
        return bool(_MACRO_REGION_BODY.match(text, m.end))
    if c.level not in ("province", "prefecture", "county"):
        return False
    return bool(_INSTITUTION.match(text, m.end) or _FIRM.match(text, m.end))


#: Before the country's name in an honour, an award or an event it names (获评中国…城市, 荣获中国质量奖, 第五届中国（山西）…).
_HONOUR_BEFORE = re.compile(r"(?:获评|荣获|评为|获得|上榜|入选|分获|跻身|届|\d{4}(?:年)?)[“\"]?$")
#: After the country's name: a body named after it (中国船级社).  (Its founding, 中华人民共和国成立75周年, is kept:
#: readers of the development set's work reports mark the country there.)
_COUNTRY_NAMES = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:船级社|协会|学会|科学院|工程院|研究院|集团|有限公司|总公司|公司|校区|基金)|"
                            # an event it names (中国国际进口博览会, 中国计算机大会, 中国冰壶联赛, 中国歌剧节) or a title it
                            # gives (中国曲艺名城, 中国海洋预制菜之都, 中国传统村落, 中国美丽休闲乡村)
                            r"(?:·)?[\u4e00-\u9fff]{0,8}?(?:博览会|交易会|洽谈会|农交会|大会|联赛|大赛|赛事|歌剧节|艺术节|旅游节|"
                            r"文化节|电影节|博物馆|之乡|之都|之城|名城|名镇|名村|名街|传统村落|休闲乡村)")


def _country_in_a_title(m: Mention, lexicon: Lexicon, text: str) -> bool:
    """Is the country's name (中国, 中华人民共和国) part of an award, an event or a body the text names (获评中国最具幸福感
    城市, 第五届中国（潜江）龙虾节, 中国船级社), which places nothing the text is about?"""
    c = lexicon.concepts.get(m.iri)
    if m.kind != "Region" or c is None or c.level != "country" or m.surface not in ("中国", "中华人民共和国"):
        return False
    return bool(_COUNTRY_NAMES.match(text, m.end)) or bool(_HONOUR_BEFORE.search(text, max(0, m.begin - 6), m.begin)) or \
        _in_a_quoted_name(text, m.begin, m.end)


def _in_a_quoted_name(text: str, s: int, e: int) -> bool:
    """Is text[s:e] inside a short quoted name (“读懂中国”, “科创中国”, “中国航海日”): a slogan's, a brand's or an event's?"""
    opened = text.rfind("“", max(0, s - 8), s)
    closed = text.find("”", e, e + 10)
    return opened >= 0 and closed >= 0 and "”" not in text[opened:s] and "“" not in text[e:closed]


#: After 港澳 / 港澳台: its people or its affairs (港澳台同胞, 港澳事务, 港澳台侨联谊), no place.
_AFFAIRS_AFTER = re.compile(r"同胞|台胞|事务|侨|居民|工作|籍")
#: A work field listed beside 港澳台 (外事、港澳台、史志; 统战、民族宗教、港澳台、侨务): the list names the government's lines of work.
_WORK_FIELD = re.compile(r"(?:务|史志|地方志|保密|档案|民族宗教|统战|涉台|对台)(?:工作)?$")


def _affairs_field(m: Mention, text: str) -> bool:
    """Is 港澳 / 港澳台 named as a line of the government's work or as its people (抓好港澳台、外事侨务工作, 港澳台同胞),
    which places nothing?"""
    if m.kind != "Region" or not m.surface.startswith(("港澳", "台港澳")) or m.surface.endswith("地区"):
        return False
    if _AFFAIRS_AFTER.match(text, m.end):
        return True
    before = re.search(r"([\u4e00-\u9fff]{2,5})、$", text[max(0, m.begin - 6):m.begin])
    after = re.match(r"、([\u4e00-\u9fff]{2,5}?)(?=[、，,。；;和及与等])", text[m.end:m.end + 8])
    return any(x and _WORK_FIELD.search(x.group(1)) for x in (before, after))


def _after_a_post(m: Mention, text: str) -> bool:
    """Is a place's name that opens with 长 read across a post and a person's name (局长 + 江宗华 is no 长江; 上海市 + 长宁区
    is a place)?"""
    return m.kind == "Region" and m.surface.startswith("长") and m.begin > 0 and text[m.begin - 1] in "局厅部处科院校行组队所站社"


#: What follows a direction, not a region of China (东北两侧, 城东北部, 东北地块).
_DIRECTION_AFTER = re.compile(r"(?:两)?侧|角|部|方向|地块|隅")


def _a_direction(m: Mention, text: str) -> bool:
    """Is 东北, 西北, 东南, 西南 or 中东 a direction (…路东北地块, 城东北部, 东北两侧, 中东部平原), not a region?  (东北虎豹国家公园 is the
    park, which readers mark.)"""
    if m.kind != "Region" or m.surface not in ("东北", "西北", "东南", "西南", "中东"):
        return False
    return bool(_DIRECTION_AFTER.match(text, m.end)) or text[m.begin - 1:m.begin] in ("路", "街", "城", "镇", "村", "园", "侧")


_CLAUSE_EDGE = "，,。；;：:\n"


def _a_place_in_a_list(m: Mention, text: str, cues: "Cues | None") -> bool:
    """Is a domain read from an item of a list of places (在机关、学校、医院等推广…; 在工业园区、学校、山区等划定区域; 医院、
    体育场馆、地铁站、公园等场所): a place where something is done, not the sector it names (u56, u57: 教育, 医疗, 工业
    and 体育 from such lists, and paths between technologies through them)?  The places and the words that close such a
    list are cue lists (cue:placeNoun, cue:placeListEnd)."""
    if m.kind != "Domain" or cues is None or not cues.place_nouns:
        return False
    b = m.begin
    while b > 0 and text[b - 1] not in _CLAUSE_EDGE + "、":
        b -= 1
    e = m.end
    while e < len(text) and text[e] not in _CLAUSE_EDGE + "、":
        e += 1
    item = text[b:e]
    item = re.sub(r"^(?:在|到|进|向|于)", "", item)
    item = re.sub(r"(?:等|和|及).*$", "", item)
    if item not in cues.place_nouns or "、" not in (text[b - 1:b], text[e:e + 1]):
        return False
    cb = max(text.rfind(ch, 0, m.begin) for ch in _CLAUSE_EDGE) + 1
    ce = min((i for i in (text.find(ch, m.end) for ch in _CLAUSE_EDGE) if i >= 0), default=len(text))
    return bool(_place_list_end(cues.place_list_ends).search(text, m.end, ce)) or \
        bool(re.match(r"\s*(?:在|到|于)", text[cb:m.begin]))


@lru_cache(maxsize=4)
def _place_list_end(words: tuple[str, ...]) -> re.Pattern:
    """等 and a word that closes a list of places (…等场所, …等划定区域), compiled once per cue list."""
    return re.compile(rf"等[\u4e00-\u9fff]{{0,6}}?(?:{'|'.join(map(re.escape, words))})")


def _split_term(m: Mention, text: str) -> bool:
    """Is a two-character technology or domain read across a word edge (行政 + 法规 is no 政法, 国家 + 政策 no 家政)?"""
    if m.kind not in ("Technology", "Domain") or len(m.surface) != 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in m.surface):
        return False
    return _crosses_a_word(text, m.begin, m.end)


def _after_a_count(m: Mention, text: str) -> bool:
    """Is a region's name that opens with a count's unit read after a number (3万 + 山区农民 is no 万山区)?"""
    return m.kind == "Region" and m.surface[:1] in "万千百亿" and m.begin > 0 and \
        text[m.begin - 1] in "0123456789.０１２３４５６７８９一二三四五六七八九十两几数"


#: A village's "name" that is a kind of village (新农村, 中心村, 示范村, 美丽乡村 …), not a name.
_KIND_OF_VILLAGE = re.compile(r"^(?:新农|中心|示范|美丽|重点|行政|自然|文明|特色|传统|移民|城中|空心|贫困|试点|先进|和美|宜居|各|全|本|该)")


def _villages_after_towns(tree: DocumentTree, towns: list[Mention], mentions: list[Mention], zones: list,
                          cues: "Cues") -> list:
    """Villages and communities written right after a town the gazetteer knows (丰登镇润丰村, 黄泥乡朝门村): zone
    candidates, placed like the other zones (the gazetteer stops at towns)."""
    from .candidates import _LOCAL_PLACE, Found, _generic_only

    text = tree.doc.text
    out = []
    for t in towns:
        m = _LOCAL_PLACE.match(text, t.end)
        if not m or m.group(2) not in ("村", "社区", "嘎查") or _KIND_OF_VILLAGE.match(m.group(1)) or \
                m.group(1).startswith(cues.list_verbs) or _generic_only(m.group(1), cues.generic):
            continue
        b, e = m.span()
        if _taken(t.sentence, b, e, mentions, zones + out):
            continue
        out.append((Found(m.group(0), 0, len(m.group(0)), "zone", 0.6), t.sentence, b, e))
    return out


def _taken(sentence: int, b: int, e: int, mentions: list[Mention], zones: list) -> bool:
    """Does a mention or a zone candidate of *sentence* overlap text[b:e]?"""
    return any(x.sentence == sentence and x.begin < e and b < x.end for x in mentions) or \
        any(si == sentence and zb < e and b < ze for _, si, zb, ze in zones)


#: A city, province or state written right after its country (匈牙利伊布拉尼市, 柬埔寨茶胶省, 巴布亚新几内亚马当省马当市):
#: two to seven characters and the level word, not a post or a body of it (…市长, …省政府, …州委).
_ABROAD_PLACE = re.compile(r"((?:(?![的之、，,和与及等在对])[\u4e00-\u9fff]){2,7}?)(市|省|州)"
                           r"(?![\u4e00-\u9fff]?(?:长|委|政府|人民|级|域|场|民|区))")


def _places_abroad(tree: DocumentTree, mentions: list[Mention], zones: list, lexicon: Lexicon) -> list:
    """Cities and provinces abroad that no lexicon knows, written right after their country (与匈牙利伊布拉尼市、
    柬埔寨茶胶省缔结友好城市): zone candidates of pattern ``abroad``, placed below the country."""
    from .candidates import Found

    text = tree.doc.text
    out = []
    for m in mentions:
        c = lexicon.concepts.get(m.iri) if m.kind == "Region" else None
        if c is None or c.level != "country" or m.iri.endswith(("/iso-cn", "/china")):
            continue
        end = m.end
        for _ in range(2):  # 马当省 + 马当市: a city after its province
            p = _ABROAD_PLACE.match(text, end)
            if not p:
                break
            b, e = p.span()
            if _taken(m.sentence, b, e, mentions, zones + out):
                break
            out.append((Found(p.group(0), 0, len(p.group(0)), "abroad", 0.6), m.sentence, b, e))
            if p.group(2) == "市":
                break
            end = e
    return out


def _zone_english(name: str, place) -> str:
    """The English name of a zone written as a place and a kind of zone (苏州工业园区 → Suzhou Industrial Park, 林芝市
    经开区 → Linzhi Economic and Technological Development Zone); "" when *name* is not the *place* concept's label
    and a kind (``cue:zone-kind-…``)."""
    if place is None or not place.en:
        return ""
    for label in sorted({place.zh, *place.alt, *place.context}, key=len, reverse=True):
        if label and name.startswith(label) and any("\u4e00" <= ch <= "\u9fff" for ch in label):
            rest = name[len(label):]
            rest = rest[1:] if rest[:1] in "市县区" and not any(rest == zh for zh, _ in load_cues().zone_kinds) else rest
            en = next((en for zh, en in load_cues().zone_kinds if rest == zh), None)
            return f"{place.en} {en}" if en else ""
    return ""


def _covered(found, towns: list[Mention]) -> bool:
    """Does a town the gazetteer knows overlap the zone candidate *found* (江桥镇 found twice)?"""
    _, si, b, e = found
    return any(m.sentence == si and m.begin < e and b < m.end for m in towns)


def _zone_mentions(zones: list, result: Extraction, lexicon: Lexicon) -> list[Mention]:
    """Named zones no gazetteer lists become regions: below the region their name holds (合肥高新区 → 合肥),
    else below the region the document is about."""
    from .graph import short_hash
    from .namespaces import CONCEPT

    doc = result.tree.doc
    out = []
    city = lexicon.concepts.get(result.region) if result.region else None
    for f, si, b, e in zones:
        if f.pattern == "city-zone":
            if city is None or city.level not in ("prefecture", "county"):
                continue  # 高新区 in a national or provincial text: a kind of zone, not one zone
            suffix = f.term.removeprefix("市")
            named = [z.term for z, *_ in zones if z.pattern == "zone" and z.term.endswith(suffix) and
                     any(z.term.startswith(label) for label in (city.zh, *city.alt))]
            name = min(named, key=lambda t: (len(t), t)) if named else city.zh + suffix  # 咸宁高新区, 林芝市经开区
            iri = f"{CONCEPT}region/x-{short_hash(fold(name))}"
            result.extra_concepts.setdefault(iri, {"kind": "Region", "zh": name, "en": _zone_english(name, city),
                                                   "broader": [city.iri], "level": "zone"})
            out.append(Mention(iri, "Region", si, b, e, doc.text[b:e]))
            continue
        inner = [m for m in result.mentions if m.sentence == si and m.kind == "Region" and b <= m.begin and m.end <= e]
        parent = inner[0].iri if inner else result.region
        if f.pattern == "abroad":  # below the country written before it (or the place abroad before that)
            before = [m for m in result.mentions + out if m.sentence == si and m.kind == "Region" and m.end == b]
            parent = before[0].iri if before else None
            if parent is None:
                continue
        known = [i for i in lexicon.terms.get(f.term, ()) if lexicon.concepts[i].kind == "Region"]
        if len(known) == 1:  # 《平潭综合实验区…方案》: a zone the gazetteer knows, read where lexicon matches are not
            out.append(Mention(known[0], "Region", si, b, e, doc.text[b:e]))
            continue
        iri = f"{CONCEPT}region/x-{short_hash(fold(f.term))}"
        named_after = lexicon.concepts.get(inner[0].iri) if inner and inner[0].begin == b else None
        result.extra_concepts.setdefault(iri, {"kind": "Region", "zh": f.term, "en": _zone_english(f.term, named_after),
                                               "broader": [parent] if parent else [], "level": "zone"})
        out.append(Mention(iri, "Region", si, b, e, doc.text[b:e]))
    return out


def _more_than_fields(term: str, fields: list[tuple[int, int]], cues: "Cues") -> bool:
    """Does *term* name more than its fields' words and its head (农机 + 作业指挥调度 + 平台: yes; 公共服务 + 平台: no)?"""
    rest = "".join(ch for k, ch in enumerate(term) if not any(x <= k < y for x, y in fields))
    head = max((h for h in cues.heads if term.endswith(h)), key=len, default="")
    rest = rest[:len(rest) - len(head)] if head and rest.endswith(head) else rest
    return sum("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in rest) >= 2


def _score_candidates(found: list, mentions: list[Mention], cues: "Cues") -> list[Candidate]:
    """One confidence per candidate term from all its occurrences (:func:`kg.candidates.score`); drop what a
    mention now covers."""
    from collections import Counter, defaultdict

    from .candidates import evidence, load_model

    taken = defaultdict(list)
    for m in mentions:
        taken[m.sentence].append((m.begin, m.end, m.kind == "Domain"))
    # a field's word inside a system's name (农机 + 作业指挥调度平台, 工业 + 光网) leaves the name a candidate, as
    # :func:`kg.candidates.find_in_sentence` found it; any other mention across it, or a field's around it, covers it
    kept = []
    for f, si, b, e in found:
        inside = [(x, y) for x, y, field in taken.get(si, ()) if field and b <= x and y <= e and (x, y) != (b, e)]
        if any(x < e and b < y for x, y, _ in taken.get(si, ()) if (x, y) not in inside):
            continue
        if inside and not _more_than_fields(f.term, [(x - b, y - b) for x, y in inside], cues):
            continue  # 公共服务平台, 电力系统, 电商平台: a field and a head, a kind of system, not one
        kept.append((f, si, b, e))
    counts = Counter(f.term for f, *_ in kept)
    by_term = defaultdict(list)
    for f, *_ in kept:
        by_term[f.term].append(f)
    technologies = len({m.iri for m in mentions if m.kind == "Technology"})
    model = load_model()
    seen = {t: tuple(sorted(evidence(t, fs, counts[t], technologies, cues).items())) for t, fs in by_term.items()}
    conf = {t: model.confidence(dict(v)) for t, v in seen.items()}
    return [Candidate(f.term, si, b, e, f.pattern, conf[f.term], seen[f.term]) for f, si, b, e in kept]


# ---------------------------------------------------------------------------- regions in context
def issuing_region(tree: DocumentTree, lexicon: Lexicon) -> str | None:
    """The region a document is issued for: the first region its title (or issuer line) starts with
    or names before 人民政府/关于/印发 (阿坝州人民政府办公室关于… → 阿坝藏族羌族自治州); None for a
    national document."""
    from .lexicon import match_key

    heads = [tree.title or ""] + [tree.issuer or ""] + [tree.place or ""]  # (a front matter's region: 深圳市, u53)
    pre = []
    for s in tree.sentences[:8]:
        if s.section.endswith("preamble"):
            # a work report's opening names whom the speaker reports for (现在，我代表永嘉县人民政府，向大会报告工作)
            speaker = re.search(r"我代表([\u4e00-\u9fff]{2,16}?人民政府)", s.norm)
            if len(s.norm) <= 40 or speaker:
                pre.append(s.norm if len(s.norm) <= 40 else speaker.group(1))
    for text in heads + pre:
        norm = match_key(text)
        cited = re.match(r"(?:关于)?(?:印发|转发|发布|公布)《([^《》]+)》", norm)
        if cited:  # 关于印发《上海市…实施方案》的通知: the document it issues names the region (no citation here)
            norm = cited.group(1)
        elif text == heads[0]:  # 关于印发平潭综合实验区…方案的通知: the same, written without 《》
            norm = re.sub(r"^(?:关于)?(?:印发|转发|发布|公布)", "", norm)
        found = find_concepts(norm, lexicon)
        # a short form at the very start of the line, followed by its zone or its government (平潭综合实验区…,
        # 平潭县人民政府), is the place as surely as a full name
        matches = [m for m in found if not m.context_only or m.start == 0 and _ZONE_OR_GOVERNMENT.match(norm, m.end)]
        for k, m in enumerate(matches):
            regions = [i for i in m.iris if lexicon.concepts[i].kind == "Region"]
            if not regions:
                continue
            rest = norm[m.end:]
            if m.start <= 2 or re.match(r"^(?:[\u4e00-\u9fff]{0,12}?)(人民政府|政府|人大|委员会|办公室|办公厅|关于|印发|"
                                         r"管委会|管理委员会|党委|人民代表大会)", rest):
                # (中国平潭, a site's name as the issuer: the short form after 中国 is read too)
                # — a short form only where it ends the line or its zone or government follows (not 东平 in
                # 山东省东平湖保护条例)
                found_region = _deepest(_pick(regions, set(), lexicon), norm,
                                        [x for x in found if x.start >= m.end and (
                                            not x.context_only or x.end == len(norm) or
                                            _ZONE_OR_GOVERNMENT.match(norm, x.end))], m.end, lexicon)
                return _legislature_of(found_region, tree.title or "", lexicon)
    return None


def _legislature_of(region: str | None, title: str, lexicon: Lexicon) -> str | None:
    """A zone a regulation is about is not where it is issued: 中国（黑龙江）自由贸易试验区条例 is the province's law (u101:
    its 科学技术、公安…等有关部门 became the free-trade zone's bureaus), a zone having no legislature."""
    c = lexicon.concepts.get(region) if region else None
    if c is None or c.level or not re.search(r"条例$", re.sub(r"[\s（(][^（()）]*[)）]$", "", title.strip())):
        return region
    return next((a for a in lexicon.ancestors(region) if lexicon.concepts[a].level), region)


#: What follows a place's short form at the start of a title or an issuer line when it names the issuer's place.
_ZONE_OR_GOVERNMENT = re.compile(r"(?:综合实验区|综合试验区|新区|人民政府|政府|管委会|管理委员会)")


def header_regions(tree: DocumentTree, lexicon: Lexicon, region: str | None) -> list[Mention]:
    """Regions the document's header names — its title and its issuer line (上海市崇明区人民政府办公室关于…;
    发布单位: 上海市杨浦区人民政府办公室: 上海市 and the district) — as mentions with offsets in that line and
    sentence ``-1``: a header is no sentence of the body, and it often names a region the body calls only
    本市/本区.  A name shared by several regions is read in the document's region (*region*), or not at all."""
    from .lexicon import match_key

    context = _context(lexicon, [region]) if region else set()
    out = []
    for line in dict.fromkeys(x for x in (tree.title, tree.issuer) if x):
        issuer = line == tree.issuer and line != tree.title
        at = tree.doc.text.find(line)
        norm = match_key(line)
        if at < 0 or len(norm) != len(line):
            continue  # (a line the text does not hold as written, or one whose normal form moves offsets)
        for m in find_concepts(norm, lexicon):
            if m.context_only:
                continue
            regions = [i for i in m.iris if lexicon.concepts[i].kind == "Region"]
            iri = regions[0] if len(regions) == 1 else (_pick(regions, context, lexicon) if regions else None)
            if iri is not None and issuer and _not_the_issuers_region(iri, norm, m.end, lexicon):
                continue
            if iri is not None:
                b, e = at + m.start, at + m.end
                out.append(Mention(iri, "Region", -1, b, e, tree.doc.text[b:e]))
    return out


def _not_the_issuers_region(iri: str, line: str, end: int, lexicon: Lexicon) -> bool:
    """A region an issuer line names that is not where the issuer governs: the state a national body's
    name starts with (中华人民共和国上海海关), or a region inside a company's name (中国铁路上海局集团有限公司)."""
    if lexicon.concepts[iri].level == "country":
        return True
    item = re.split(r"[、，,；;]", line[end:], maxsplit=1)[0]
    return bool(re.search(r"公司|集团|银行|股份|协会|学会|大学|学院", item))


#: 我市/全市/本市 … : the level of the region a document without an issuer line speaks for.
_SELF_REFERENCE = {"province": re.compile(r"[我本全]省"),
                   # (an autonomous prefecture or a league: 我州, 全州, 州委, 州人民政府; 我盟)
                   "prefecture": re.compile(r"[我本全][市州盟]|[市州盟]委|[市州盟](?:人民)?政府"),
                   # (区商务委、区税务局: a district's plan names its own departments with 区 before them)
                   "county": re.compile(r"[我本全][县区旗]|[县区旗]委|(?<![社园小城景])区[\u4e00-\u9fff]{1,4}?[委局](?=[、，,。；;）)]|$)")}


def subject_region(tree: DocumentTree, lexicon: Lexicon, mentions: list[Mention]) -> str | None:
    """The region a document speaks for when no title or issuer line names it (a work report that opens
    with 各位代表): the region of the level the text calls 我市/全市 (我省, 我县 …) that it names most — at
    least three times and twice as often as any other region of that level."""
    text = tree.doc.norm
    counts: dict[str, Counter] = {}
    for m in mentions:
        c = lexicon.concepts.get(m.iri)
        if m.kind == "Region" and c is not None:
            counts.setdefault(c.level, Counter())[m.iri] += 1
            if c.level == "county" and c.zh.endswith("市"):  # 潜江市, a county-level city, calls itself 全市
                counts.setdefault("prefecture", Counter())[m.iri] += 1
    for level in ("county", "prefecture", "province"):
        if not counts.get(level):
            continue
        ranked = counts[level].most_common(2)
        self_reference = _SELF_REFERENCE[level].findall(text)
        if level == "province" and lexicon.concepts[ranked[0][0]].zh.endswith("市"):  # 上海市 calls itself 本市
            self_reference += _SELF_REFERENCE["prefecture"].findall(text)
        if len(self_reference) < 3:
            continue
        if level == "county" and len(self_reference) <= len(_SELF_REFERENCE["prefecture"].findall(text)):
            continue  # 银川's report: 全区 is 宁夏 (an autonomous region), 全市 more often — not a county's report
        if ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0]
    return _enclosing_prefecture(text, lexicon, counts.get("county", Counter())) or \
        _legislature_region(tree, lexicon, mentions)


def _legislature_region(tree: DocumentTree, lexicon: Lexicon, mentions: list[Mention]) -> str | None:
    """A regulation copied without its title line (u51: 山东's food-workshop regulation, 第一章 总则 first): the region
    whose congress passed it (…山东省第八届人民代表大会常务委员会第二十七次会议通过), when the text calls itself 本省 (本市,
    本县 …)."""
    if not re.search(r"本(?:省|自治区|市|州|县)", tree.doc.norm):
        return None
    return next((x.iri for x in mentions if x.kind == "Region" and x.iri in lexicon.concepts and
                 re.match(r"第[一二三四五六七八九十]{1,3}届人民代表大会", tree.doc.text[x.end:x.end + 16])), None)


def _calls_itself_city(text: str) -> bool:
    """Does a text call itself a city (全市, 市委, 市政府) more often than a province (全省 …)?"""
    return len(_SELF_REFERENCE["prefecture"].findall(text)) > len(_SELF_REFERENCE["province"].findall(text))


def _enclosing_prefecture(text: str, lexicon: Lexicon, counties: Counter) -> str | None:
    """来宾's 2024 report never writes 来宾市 (来宾, a word too, is read only in context) but calls itself 全市
    and names its districts and counties (兴宾区, 金秀瑶族自治县, 武宣县 …): the prefecture that holds them — three
    of its counties or more, named at least twice as often as those of any other prefecture."""
    if len(_SELF_REFERENCE["prefecture"].findall(text)) < 3:
        return None
    parents: dict[str, set[str]] = {}
    named: Counter = Counter()
    for iri, n in counties.items():
        up = next((a for a in lexicon.ancestors(iri) if lexicon.concepts[a].level == "prefecture"), None)
        if up is not None:
            parents.setdefault(up, set()).add(iri)
            named[up] += n
    ranked = named.most_common(2)
    if not ranked or len(parents[ranked[0][0]]) < 3:
        return None
    if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
        return ranked[0][0]
    return None


def _deepest(region: str | None, text: str, following, end: int, lexicon: Lexicon) -> str | None:
    """上海市嘉定区人民政府…: the region written right after *region* and inside it is the issuer's."""
    for m in following:
        if region is None or m.start != end:
            break
        if re.search(r"(?:岛|山|湖|江|河|湾|海|高原|盆地|平原)$", text[m.start:m.end]):
            break  # 三沙市 + 西沙群岛水资源…规定 (u104): a natural feature the district is named after, the city's text
        inner = [i for i in m.iris if lexicon.concepts[i].kind == "Region" and region in lexicon.ancestors(i)]
        if len(inner) != 1:
            break
        region, end = inner[0], m.end
    return region


def _context(lexicon: Lexicon, iris) -> set[str]:
    out = set()
    for i in iris:
        out.add(i)
        out.update(lexicon.ancestors(i))
    return out


def _pick(iris, context: set[str], lexicon: Lexicon) -> str | None:
    """The reading of an ambiguous region name: inside the context, nearest first; else the higher level
    when one reading outranks the others (吉林 the province); else none."""
    scored = []
    for i in iris:
        anc = lexicon.ancestors(i)
        hits = [k for k, a in enumerate(anc) if a in context]
        if i in context:
            hits.insert(0, -1)
        if hits:
            scored.append((hits[0], i))
    if scored:
        scored.sort()
        if len(scored) == 1 or scored[0][0] < scored[1][0]:
            return scored[0][1]
        return None
    levels = {"province": 0, "prefecture": 1, "county": 2}
    ranked = sorted((levels.get(lexicon.concepts[i].level or "", 3), i) for i in iris)
    if len(ranked) == 1 or ranked[0][0] < ranked[1][0]:
        return ranked[0][1]
    return None


def resolve_regions(tree: DocumentTree, lexicon: Lexicon, mentions: list[Mention], unsure: list,
                    region: str | None) -> list[Mention]:
    """Mentions for the ambiguous matches: a shared name is read as the place inside the regions the
    document is about (its issuer's region and the regions it names unambiguously); a context-only
    short form is kept only when the issuer's region encloses it."""
    if not unsure:
        return []
    context = _context(lexicon, [m.iri for m in mentions if m.kind == "Region"] + ([region] if region else []))
    # a short form that is only a context label (昆山, 衡水 in 均衡水平) needs the document itself to be about
    # the region above it: its issuer's region, not any region it happens to name
    issuer = _context(lexicon, [region]) if region else set()
    out = []
    text = tree.doc.text
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.kind == "Region":
            spans.setdefault(m.sentence, []).append((m.begin, m.end))
    confirmed = {k: list(v) for k, v in spans.items()}
    for sentence, b, e, *_ in unsure:
        spans.setdefault(sentence, []).append((b, e))
    for sentence, b, e, surface, iris, context_only in unsure:
        if context_only:
            inside = [i for i in iris if set(lexicon.ancestors(i)) & issuer and
                      (not _generic_name_of_district(i, surface, lexicon) or lexicon.concepts[i].broader[0] in issuer)]
            choice = _pick(inside, issuer, lexicon) if inside else None
            if choice is None:
                choice = _coordinated(text, b, e, iris, [m for m in mentions if m.sentence == sentence], lexicon)
            if choice is None:
                choice = _after_its_region(text, b, iris, lexicon)
            if choice is None and len(iris) == 1 and (_on_route(text, b, e, spans.get(sentence, ()),
                                                                confirmed.get(sentence, ())) or
                                                      _PAIRED.search(_clause_before(text, b))):
                choice = iris[0]
            if choice is None and len(iris) == 1 and _abroad_in_place(text, b, e, iris[0], spans.get(sentence, ()),
                                                                      lexicon):
                choice = iris[0]
            if choice is None and len(iris) == 1 and text.startswith("港", e) and not text.startswith("港澳", e):
                choice = iris[0]  # 日照港, 黄骅港 (u78): a port is named after its city
        else:
            choice = _pick(iris, context, lexicon)
        if choice is not None:
            out.append(Mention(choice, lexicon.concepts[choice].kind, sentence, b, e, surface))
    return out


def _after_its_region(text: str, b: int, iris, lexicon: Lexicon) -> str | None:
    """西藏察雅, 浙江浦江: a context-only short form written right after the name of a region that encloses it is that
    place, whatever region the document is about (the one reading whose province or prefecture is so written)."""
    hits = [i for i in iris if any(len(label) >= 2 and text.endswith(label, 0, b)
                                   for a in lexicon.ancestors(i) if a in lexicon.concepts
                                   for label in (lexicon.concepts[a].zh, *lexicon.concepts[a].alt))]
    return hits[0] if len(hits) == 1 else None


def _generic_name_of_district(iri: str, surface: str, lexicon: Lexicon) -> bool:
    """Is *surface* a district's official name that is an ordinary word (城区 of 汕尾市城区, 郊区, 矿区, 东区), which only
    a document of the city it belongs to uses as its name (u38's dev run: 旧城区, 中心城区 in 广州's report read as
    汕尾's 城区)?"""
    c = lexicon.concepts.get(iri)
    parent = lexicon.concepts.get(c.broader[0]) if c is not None and c.broader else None
    return parent is not None and c.zh == parent.zh + surface


def _abroad_in_place(text: str, b: int, e: int, iri: str, spans, lexicon: Lexicon) -> bool:
    """老挝万象, （昆明—河内）: a place abroad whose short form is also a word (万象, 河内) is that place right after
    its country's name (or its bracket: 越南（谅山）), in a list of places that opens so (越南海防、北宁、北江), or at
    one end of a pair of places joined by a dash or 至 (昆明—河内, 河内至海防)."""
    country = next((a for a in lexicon.ancestors(iri) if lexicon.concepts.get(a) and
                    lexicon.concepts[a].level == "country"), None)
    if country is None:
        return False
    at = b
    while True:  # 越南海防、北宁、北江: the places listed after the first go on from the country too; 越南（谅山）
        if any(label and (text.endswith(label, 0, at) or text.endswith((label + "(", label + "（"), 0, at))
               for label in lexicon.concepts[country].labels):
            return True
        before = next((s for s, t in spans if t == at - 1 and text[at - 1] == "、"), None)
        if before is None:
            break
        at = before
    joins = ("—", "－", "-", "至", "–")
    return any((t <= b and text[t:b] in joins) or (e <= s and text[e:s] in joins) for s, t in spans if (s, t) != (b, e))


#: Paired assistance between regions (对口支援疏附、波密及巫山; 东西部协作): the places listed after it are places
#: far from the document's own region, named by their short forms.
_PAIRED = re.compile(r"对口(?:支援|帮扶|协作|合作|援助)|东西部(?:扶贫)?协作|援疆|援藏|结对帮扶")


def _clause_before(text: str, b: int, limit: int = 24) -> str:
    """The words of *b*'s clause written before it (at most *limit* characters)."""
    start = max(text.rfind(p, max(b - limit, 0), b) for p in "，,。；;：:\n")
    return text[max(start + 1, b - limit, 0):b]


#: What a route between places is (柳州至覃塘高速, 西峡至十堰天然气管道, 兴国至遂川至桂东高速, 盘州至曲靖段).
_ROUTE = re.compile(r"(?:段|高速公路|高速铁路|高速|高铁|城际铁路|城际|铁路|轻轨|快速路|一级公路|二级公路|公路|国道|省道|"
                    r"天然气管道|输气管道|输油管道|管道|输电线路|航线|航道|动车|客运专线|货运专线)")


def _on_route(text: str, b: int, e: int, spans, confirmed=()) -> bool:
    """柳州至覃塘高速: a short form at one end of a route (A至B, A至B至C, followed by a road, railway,
    pipeline or line word) whose other end is a place of its sentence names a place, not a word; a place
    written right after the place it lies in (东安至桂林灌阳高速) is part of the same end.  A stretch (盘州至曲靖段)
    needs a place read for sure (in *confirmed*) at another end: 九龙至红星段 joins two words."""
    starts = {s: t for s, t in spans}
    ends = {t: s for s, t in spans}

    def before(at: int) -> int | None:
        return ends.get(at - 1) if text[at - 1:at] == "至" and at - 1 in ends else ends.get(at)

    def after(at: int) -> int | None:
        return starts.get(at + 1) if text[at:at + 1] == "至" and at + 1 in starts else starts.get(at)

    left, right = b, e
    while (nxt := before(left)) is not None:
        left = nxt
    while (nxt := after(right)) is not None:
        right = nxt
    route = _ROUTE.match(text, right) if (left, right) != (b, e) else None
    if route is None:
        return False
    return route.group() != "段" or any(left <= s < t <= right and (s, t) != (b, e) for s, t in confirmed)


@lru_cache(maxsize=4)
def _county_stems(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Official names of counties and county-level cities without their 县/市/旗 (商水县 → 商水) that the gazetteer
    gives no label of their own (a cross-word trap, 新化 in 创新化; an ordinary word, 商城), and that are no label
    of any other concept: stem → the units."""
    taken = {label for c in lexicon.concepts.values() for label in (c.zh, *c.alt, *c.hidden, *c.context)}
    out: dict[str, list[str]] = {}
    for c in lexicon.concepts.values():
        if c.kind == "Region" and c.level == "county" and c.zh[-1] in "县市旗" and 2 <= len(c.zh) - 1 <= 3 and \
                not c.alt and not c.context and c.zh[:-1] not in taken:
            out.setdefault(c.zh[:-1], []).append(c.iri)
    return {k: tuple(v) for k, v in out.items()}


#: What joins the items of a list of places (兰考、虞城、永城、商水; 娄底、新化和桃江; 樟树至兴国高速).
_PLACE_JOIN = ("、", "和", "及", "与", "至")
#: What may close a list's item of a place: the next join, 等, a count (商水四个试点县), punctuation or a route word.
_ITEM_END = re.compile(r"[、和及与至等，,。；;：:）)（(\s]|[一二三四五六七八九十两\d]|$|" + r"(?:段|高速|高铁|铁路|公路|城际|国道|省道|管道|线路)")
_ITEM_START = re.compile(r"[、，,。；;：:（(\s]$|^$")


def listed_counties(tree: DocumentTree, lexicon: Lexicon, mentions: list[Mention], region: str | None
                    ) -> list[Mention]:
    """Counties named by the bare stem of their official name as items of a list of places read for sure
    (兰考、虞城、永城、商水四个试点县; 娄底、新化和桃江等储备基地; 樟树至兴国高速): a stem the gazetteer does not match
    anywhere, because elsewhere it is an ordinary word or arises across words, names the county when it stands
    between a list's joins next to a place (a stem shared by several counties needs the document's regions to tell)."""
    stems = _county_stems(lexicon)
    if not stems:
        return []
    text = tree.doc.text
    context = _context(lexicon, [m.iri for m in mentions if m.kind == "Region"] + ([region] if region else []))
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.kind == "Region":
            by_sentence.setdefault(m.sentence, []).append((m.begin, m.end))
    out: list[Mention] = []
    for sentence, spans in sorted(by_sentence.items()):
        lo, hi = tree.sentences[sentence].begin, tree.sentences[sentence].end
        todo, seen = sorted(spans), set(spans)
        while todo:
            b, e = todo.pop(0)
            for start, end in _neighbour_items(text, b, e, lo, hi):
                iris = stems.get(text[start:end])
                if not iris or (start, end) in seen or any(s < end and start < t for s, t in seen) or \
                        _ordinary_word(text[start:end]):
                    continue
                iri = iris[0] if len(iris) == 1 else _pick(list(iris), context, lexicon)
                if iri is None:
                    continue
                seen.add((start, end))
                todo.append((start, end))
                out.append(Mention(iri, "Region", sentence, start, end, text[start:end]))
    return out


def _ordinary_word(word: str) -> bool:
    """Is *word* a common word that is no place name in jieba's dictionary (合作, 南部, 资源, 延长: count ≥ 100, tag not
    ns)?  Such a county's stem is not read even in a list of places."""
    from .segment import word_entry

    entry = word_entry(word)
    return entry is not None and entry[0] >= 100 and entry[1] != "ns"


def _neighbour_items(text: str, b: int, e: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of two or three characters right after or right before the place at *b*–*e*, across one join,
    that stand as a whole item of the list (closed by a join, 等, a count, punctuation or a route word)."""
    out = []
    if e < hi and text[e] in _PLACE_JOIN:
        for n in (3, 2):
            s, t = e + 1, e + 1 + n
            if t <= hi and re.fullmatch(r"[\u4e00-\u9fff]+", text[s:t]) and _ITEM_END.match(text[t:hi] or ""):
                out.append((s, t))
    if b > lo and text[b - 1] in _PLACE_JOIN and text[b - 1] != "至":
        for n in (3, 2):
            s, t = b - 1 - n, b - 1
            if s >= lo and re.fullmatch(r"[\u4e00-\u9fff]+", text[s:t]) and _ITEM_START.search(text[lo:s]):
                out.append((s, t))
    return out


def _coordinated(text: str, b: int, e: int, iris: list[str], mentions: list[Mention], lexicon: Lexicon
                 ) -> str | None:
    """与昆山和太仓协同: a short form joined (和、与及) to a region of its sentence named just before or after
    it, of the same level and under the same region, is that place (a context-only label otherwise needs the issuer's
    region to enclose it)."""
    for m in mentions:
        if m.kind != "Region" or m.iri not in lexicon.concepts:
            continue
        if not ((m.end < b and re.fullmatch(r"[、和与及]|以及", text[m.end:b])) or
                (e < m.begin and re.fullmatch(r"[、和与及]|以及", text[e:m.begin]))):
            continue
        other = lexicon.concepts[m.iri]
        same = [i for i in iris if lexicon.concepts[i].level == other.level and
                set(lexicon.ancestors(i)[:1]) == set(lexicon.ancestors(m.iri)[:1])]
        if len(same) == 1:
            return same[0]
    return None


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
_COUNTER = r"个|家|项|座|条|名|所|套|台|款|张|户|人|处|辆|千瓦时|千瓦|兆瓦时|兆瓦|吉瓦|公里|千米|亩|吨|公斤|斤|平方米|立方米"
#: A unit: a counter may carry 万/亿 (2万个 is value 2, unit 万个 — 20,000 of them, not 2 and a stray 万; values are not rescaled).
_UNIT = r"(%|‰|(?:千米|公里|米)/(?:小时|秒)|km/h|千克|公斤|(?:万亿元|亿元|万元|元)(?:/(?:人|亩|吨|户|个|台|辆|套|千瓦时|千瓦|平方米|年))?|(?:万亿|万|亿)(?:" + _COUNTER + r")|亿|万|个(?:工作日|月|小时)|个(?!月)|家|项|位|倍|千瓦时|千瓦|兆瓦时|兆瓦|吉瓦|Gbps|Mbps|G|公里|千米|人|" \
    r"名|所|座|套|台|户|处|辆|亩|吨|微克/立方米|毫克/立方米|毫克/升|平方米|立方米|公顷|工作日|天|小时|米(?![\u4e00-\u9fff]{0,1}[价粮面线]))"  # (高层次人才达到2000名左右, 培训新型
# 农民达到40000名: u45; PM2.5年均浓度控制在30微克/立方米以下, 空气质量优良天数达到329天: u48)
_NUMBER = r"(\d+(?:\.\d+)?)"
#: A period or a unit the values are counted by (上限由每年3000元提高至每年5000元, u114).
_PER = r"(?:每年|每月|每户|每人|每季度)?"
RE_CHANGE = re.compile(
    r"([^,，;；:：。、]{2,40}?)(?:由|从)" + _PER + _NUMBER + _UNIT + r"?(?:提升|提高|增长|增加|上升|下降|降低|减少|扩大|缩小)"
    r"(?:到|至)" + _PER + _NUMBER + _UNIT)
#: (a negated verb before its bare form: 补贴额测算比例不得超过35% is at most 35 %, u46)
_LEVEL_VERBS = ("年均增长|年增长|增长率|增速|增长|占比|比重|达到|不得超过|不应超过|不宜超过|不得高于|不得低于|不应低于|不得少于|"
                "超过|突破|达|保持在|保持|提高到|提升到|增长到|降低到|下降到|控制在|提高至|提升至|增长至|增加到|增加至|上升到|上升至|"
                "扩大到|扩大至|下降至|降低至|降至|降到|减少到|减少至|压减到|压减至|压降到|压降至|缩短到|缩短至|缩小到|缩小至|"
                "不低于|不少于|不超过|不高于|不大于|不小于|高于|低于|大于|小于|稳定在")
RE_LEVEL = re.compile(
    r"(?P<name>[^,，;；:：。、]{2,40}?)(?<![不未])(?P<verb>" + _LEVEL_VERBS + r")(?:了|为|在)?(?P<pre>约|近|超过|超)? ?"
    + r"(?P<v1>\d+(?:\.\d+)?)(?:%?\s*(?:—|–|-|~|～|至|到)\s*(?P<v2>\d+(?:\.\d+)?))? ?" + _UNIT
    + r"(?P<post>以上|左右|以内|以下|上下)?")
_GROWTH = ("年均增长", "年增长", "增长率", "增速", "增长")
#: The year a level is compared with, closing its name (规模较2023 + 年增长, 比2020年 + 增长).
_COMPARED_YEAR = re.compile(r"(?:较|比)(\d{4})年?$")
#: A measure that names no subject of its own (总量, 余额): it is the total of what the clause before it counts.
_BARE_MEASURES = {"总量", "余额", "总数", "总额", "规模", "数量", "存量"}
_COUNTED_BEFORE = re.compile(r"([\u4e00-\u9fff“”]{2,16}?)\d+(?:\.\d+)?" + _UNIT + r"?[、，,]$")
#: Several indicators and their values in the same order (A、B分别达到58.9%、73.3%; …分别保持在95%、97%以上).
_VALUE = r"(?:约|近|超过|超)?\d+(?:\.\d+)?" + _UNIT + "?"
RE_RESPECTIVELY = re.compile(
    r"(?P<names>[^,，;；:：。]{4,80}?)分别(?P<verb>" + _LEVEL_VERBS + r")(?:了|为|在)?"
    r"(?P<values>" + _VALUE + r"(?:[、和及与]" + _VALUE + r"){1,9})(?P<post>以上|左右|以内|以下|上下)?")
_ONE_VALUE = re.compile(r"(?P<pre>约|近|超过|超)?(?P<v>\d+(?:\.\d+)?)" + _UNIT + "?")
#: The measure a list of names shares when only its last name writes it (“四新”经济投资、民间投资占比).
_SHARED_MEASURE = re.compile(r"(?:占比|比重|比例|增速|增幅|增长率|覆盖率|普及率|总额|总量|规模)$")
_COMPARATOR = {"超过": ">", "突破": ">", "高于": ">", "大于": ">", "不低于": ">=", "不少于": ">=", "不超过": "<=",
               "不高于": "<=", "控制在": "<=", "低于": "<", "小于": "<", "以上": ">=", "以下": "<=", "以内": "<=",
               "左右": "~", "上下": "~", "约": "~", "近": "~", "超": ">", "不得超过": "<=", "不应超过": "<=",
               "不宜超过": "<=", "不得高于": "<=", "不得低于": ">=", "不应低于": ">=", "不得少于": ">=", "不大于": "<=",
               "不小于": ">="}


def _comparator(verb: str, pre: str | None, post: str | None, ranged: bool) -> str:
    if ranged:
        return "range"
    for word in (post, pre, verb):
        if word and word in _COMPARATOR:
            return _COMPARATOR[word]
    return "="


RE_RANK = re.compile(r"([^,，;；:：。、]{2,30}?)(?:排名|排位|位次)?从(\d{4})年的第(\d+)位(?:跃升|提升|上升|提高|下降|降)(?:到|至)"
                     r"(\d{4})年的第(\d+)位")
RE_YEAR_SPAN = re.compile(r"从(\d{4})年到(\d{4})年")
RE_TARGET_YEAR = re.compile(r"(?:到|至)(\d{4})年")
_HAS_DIGIT = re.compile(r"\d").search
RE_LEAD_YEAR = re.compile(r"^(?:[^\d]{0,4})?(\d{4})年(?:以来|底|末)?")


#: An output target counted in things (建成10个二级节点, 培育3家…平台，20家…平台, 新增“皖企登云”企业2万家): kind "count",
#: named by what is counted.
_COUNT_VERBS = (r"新建|建成|建设|培育|打造|新增|遴选|认定|培养|引进|部署|开通|创建|评选|推广|形成|建立|扶持|制定出台|制修订|出台|"
                r"新培育|新认定|新打造|累计建成|累计培育|改造|实施|培训|资助|招收|选拔|吸引|奖励")
_COUNT_UNIT = r"(?P<unit>(?:万|亿)?(?:" + _COUNTER + r"))"
_COUNT_OBJECT = r"(?P<obj>[^，,；;。：:（(、\d%](?:(?!(?:、|和|及|与)\d)[^，,；;。：:（(%]){1,39})"
RE_COUNT = re.compile(r"(?P<verb>" + _COUNT_VERBS + r")(?:了)?(?P<pre>约|近|超过|超|不少于|至少)?(?P<v1>\d+(?:\.\d+)?)"
                      + _COUNT_UNIT + r"(?P<post>以上|左右|以内|以下)?" + _COUNT_OBJECT)
RE_COUNT_MORE = re.compile(r"(?:[，,、]|和|及|与)(?P<pre>约|近|超过|超|不少于|至少)?(?P<v1>\d+(?:\.\d+)?)" + _COUNT_UNIT
                           + r"(?P<post>以上|左右)?" + _COUNT_OBJECT)
#: A count written after what it counts, up to the clause's end (…农机 + 3000台).
_COUNT_TAIL = (r"(?P<pre>约|近|超过|超|不少于)?(?P<v1>\d+(?:\.\d+)?)" + _COUNT_UNIT
               + r"(?P<post>以上|左右)?(?=[，,；;。、）)]|$)")
RE_COUNT_AFTER = re.compile(r"(?P<verb>新增|新建|建成|培育|打造|累计建成|累计培育|选拔认定|选拔|认定|遴选|资助培养|培养|引进|"
                            r"培训|招收|报废更新|累计更新|更新|淘汰|新改建)(?P<obj>[^，,；;。：:（(、%][^，,；;。：:（(%]{1,29}?)"
                            + _COUNT_TAIL)
#: The next thing and its count after such a target (选拔认定教育专家10名、名校长100名、名教师200名, u49).
RE_COUNT_AFTER_MORE = re.compile(r"(?:[，,、]|和|及|与)(?P<obj>[^，,；;。：:（(、%\d][^，,；;。：:（(、%\d]{1,29}?)" + _COUNT_TAIL)


#: A rate stated with no verb, as work reports set their targets (城镇调查失业率5.5%左右, 居民消费价格涨幅3%左右).
RE_BARE_RATE = re.compile(
    r"(?P<name>[^,，;；:：。、]{0,38}?(?:率|比重|占比|比例|涨幅|增幅|降幅|强度))(?P<pre>约|近)?"
    r"(?P<v1>\d+(?:\.\d+)?)(?:%?\s*(?:—|–|-|~|～|至|到)\s*(?P<v2>\d+(?:\.\d+)?))?(?P<unit>%|‰)"
    r"(?P<post>以上|左右|以内|以下|上下)?")
#: An amount written right after what it measures, no verb between (装机容量1.5万千瓦以上, 年产值100亿元以上).
RE_BARE_AMOUNT = re.compile(
    r"(?P<name>[^,，;；:：。、]{0,30}?(?:容量|装机|装机规模|产值|产量|营业收入|营收|交易额|里程|总里程))(?P<pre>约|近|超过|超)?"
    r"(?P<v1>\d+(?:\.\d+)?)(?P<unit>万千瓦|千瓦|兆瓦|吉瓦|万千瓦时|亿千瓦时|万吨|亿元|万元|公里|千米)"
    r"(?P<post>以上|左右|以内|以下|上下)")
#: A change by so much (单位地区生产总值能耗降低13.5%, 研发投入强度提高0.2个百分点): kind growth, a fall negative.
RE_DELTA = re.compile(
    r"(?P<name>[^,，;；:：。、]{2,40}?)(?P<verb>提高|提升|增加|上升|降低|下降|减少|压减|缩小|扩大)(?P<pre>约|近|超过|超|不少于|至少|不低于)? ?"
    r"(?P<v1>\d+(?:\.\d+)?)(?:%?\s*(?:—|–|-|~|～|至|到)\s*(?P<v2>\d+(?:\.\d+)?))? ?(?P<unit>%|‰|个百分点|百分点)"
    r"(?P<post>以上|左右|以内|以下|上下)?")
#: A ratio without a unit whose name says what it is (数据中心PUE优于1.3, 电能利用效率(PUE)不高于1.25, 能效比达到3.5):
#: only names that end in a ratio's name, and only decimal values; 优于 of an efficiency ratio (PUE, WUE) is "at most".
RE_RATIO = re.compile(
    r"(?P<name>[^,，;；:：。、]{0,30}?(?:PUE|WUE|CUE|电能利用效率|能源利用效率\(PUE\)|电能利用效率\(PUE\)|能效比|"
    r"能效比\(EER\)|性能系数|综合能效比))(?:值)?(?:平均)?(?P<verb>优于|" + _LEVEL_VERBS + r")(?:了|为|在)?(?P<pre>约|近)? ?"
    r"(?P<v1>\d+\.\d+)(?![\d%‰.])(?P<post>以上|左右|以内|以下|上下)?")
_FALLS = ("降低", "下降", "减少", "压减", "缩小")
#: A bound on a fall, read on its negative value (下降不少于5% is −5 or lower).
_FLIPPED = {">=": "<=", "<=": ">=", ">": "<", "<": ">"}


def _negated(value: str | None, verb: str) -> str | None:
    return None if value is None else ("-" + value if verb in _FALLS else value)


#: A space a PDF's layout puts between a number and the Chinese characters around it.
_DIGIT_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff%])")


def find_indicators(sent: Sentence) -> list[Indicator]:
    """Quantitative indicators in one sentence (``固定宽带家庭普及率由52.6%提升到96%``)."""
    text = sent.norm
    if not _HAS_DIGIT(text):  # every form below has a number: most sentences have none
        return []
    text = _DIGIT_GAP.sub("", text)  # 到 2030 年，建设 10 个…集群 (a PDF's copy, u53): the numbers as the text means them
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
            out.append(Indicator(name, m.group(5), "位", sent.index, int(m.group(4)), m.group(3), int(m.group(2)),
                                 kind="rank"))
            taken.append(m.span())
    for m in RE_CHANGE.finditer(text):
        name = _indicator_name(m.group(1))
        if name:
            out.append(Indicator(name, m.group(4), m.group(5), sent.index, year, m.group(2), base_year, kind="change"))
            taken.append(m.span())
    out += _respectively(text, sent.index, year, taken)
    for m in RE_LEVEL.finditer(text):
        if any(b <= m.start() < e or b < m.end() <= e for b, e in taken):
            continue
        raw = m.group("name")
        if raw.endswith(_FALLS + ("提高", "提升", "增加", "上升", "扩大")):
            continue  # 能耗下降不少于5%: a change by so much (below), not a level of 5 (u48)
        clause_year = RE_LEAD_YEAR.search(raw)
        since = _COMPARED_YEAR.search(raw)  # 设备投资规模较2023年增长25% (u50): 2023 is the baseline, no part of the name
        if since:
            raw = raw[:since.start()]
        name = _indicator_name(raw)
        if not name and len(out) == 1 and out[0].kind == "level" and re.match(r"(?:较|比)", raw) and \
                m.group("verb") in _GROWTH:
            name = out[0].name  # 粮食产量达到1000万吨，比上年增长2% (u56): the growth of the level just set
        if name in _BARE_MEASURES:  # 新增涉农贷款545亿元、余额达到3110亿元: the balance of the loans counted before it
            before = _COUNTED_BEFORE.search(text, 0, m.start("name"))
            if before:
                name = re.sub(r"^(?:新增|新培育|新引进|新建|新认定|累计|全年)", "", before.group(1)) + name
        unit = _unit_of(m)
        if not name or unit.lstrip("万亿") in ("个", "家", "项", "位", "人") and not _looks_quantity(name) and \
                not (m.group("verb") in ("不少于", "不低于", "达到", "超过", "突破") and
                     not re.search(r"(?:" + _COUNT_VERBS + r")$", name)):
            continue  # (智能制造工厂（5G）不少于300家, u50: a bound on how many)
        if unit.lstrip("万亿") in ("名", "所", "座", "套", "台", "户", "处", "辆") and \
                re.search(r"(?:" + _COUNT_VERBS + r")$", name):
            continue  # 重点培养不少于10名…人才 (u49): what is counted follows the number (a count target, below)
        verb = m.group("verb")
        kind = "growth" if verb in _GROWTH else "share" if verb in ("占比", "比重") or name.endswith(
            ("比重", "占比", "比例", "份额")) else "level"
        y = int(clause_year.group(1)) if clause_year else year
        out.append(Indicator(name, m.group("v1"), unit, sent.index, y, kind=kind,
                             baseline_year=int(since.group(1)) if since else None,
                             comparator=_comparator(verb, m.group("pre"), m.group("post"), m.group("v2") is not None),
                             value_max=m.group("v2")))
        taken.append(m.span())
    for m in RE_DELTA.finditer(text):
        if any(b <= m.start("v1") < e for b, e in taken):
            continue
        name = _indicator_name(m.group("name"))
        if not name and len(out) == 1 and out[0].kind == "level" and re.match(r"(?:较|比)", m.group("name")):
            name = out[0].name  # …的比率降至13.1%，较“十四五”末降低0.8个百分点 (u56): the change of the level just set
        if name:
            verb = m.group("verb")
            low, high = _negated(m.group("v1"), verb), _negated(m.group("v2"), verb)
            if high is not None and verb in _FALLS:
                low, high = high, low  # 降低3%—5%: from −5 to −3
            comparator = _comparator(verb, m.group("pre"), m.group("post"), high is not None)
            if verb in _FALLS:  # 下降10%以上 is −10 or lower (u48: it read >= −10)
                comparator = _FLIPPED.get(comparator, comparator)
            out.append(Indicator(name, low, m.group("unit"), sent.index, year, kind="growth",
                                 comparator=comparator, value_max=high))
            taken.append(m.span())
    for m in RE_BARE_AMOUNT.finditer(text):  # 到2027年，市内仓顶光伏装机容量1.5万千瓦以上 (u38: no verb before the value)
        if any(b <= m.start("v1") < e or b < m.end() <= e for b, e in taken):
            continue
        name = _indicator_name(m.group("name"))
        if name:
            out.append(Indicator(name, m.group("v1"), m.group("unit"), sent.index, year, kind="level",
                                 comparator=_comparator("", m.group("pre"), m.group("post"), False)))
            taken.append(m.span())
    for m in RE_BARE_RATE.finditer(text):
        if any(b <= m.start("v1") < e or b < m.end() <= e for b, e in taken):
            continue
        name = _indicator_name(m.group("name"))
        if name:
            kind = "share" if name.endswith(("比重", "占比", "比例")) else "growth" if name.endswith(
                ("涨幅", "增幅")) else "level"
            out.append(Indicator(name, m.group("v1"), m.group("unit"), sent.index, year, kind=kind,
                                 comparator=_comparator("", m.group("pre"), m.group("post"), m.group("v2") is not None),
                                 value_max=m.group("v2")))
            taken.append(m.span())
    for m in RE_RATIO.finditer(text):  # 新建大型数据中心PUE优于1.3, 电能利用效率（PUE）不高于1.25: a ratio has no unit
        if any(b <= m.start("v1") < e or b < m.end() <= e for b, e in taken):
            continue
        name = _indicator_name(m.group("name"))
        if name:
            verb = m.group("verb")
            comparator = "<=" if verb == "优于" else _comparator(verb, m.group("pre"), m.group("post"), False)
            out.append(Indicator(name, m.group("v1"), "", sent.index, year, kind="level", comparator=comparator))
            taken.append(m.span())
    out.extend(_count_targets(text, sent.index, year, taken))
    based = _BASE_YEAR.search(text)
    if based:  # 以2025年碳排放、能源资源消费为基数，到2030年…下降8.5% (u69): the changes' baseline year
        out = [replace(i, baseline_year=int(based.group(1))) if i.kind in ("growth", "change") and
               i.baseline_year is None else i for i in out]
    return out


#: The year changes are counted from (以2025年碳排放、能源资源消费为基数, 以2020年为基准年).
_BASE_YEAR = re.compile(r"以(\d{4})年[^，,。；;]{0,30}?为(?:基数|基准|基期|基准年)")


#: A sentence that opens a section's targets with their year (到2023年，工业互联网建设量质并进…).
RE_SECTION_YEAR = re.compile(r"^\s*(?:到|至)(\d{4})年(?:底|末)?[，,]")


def _years_from_sections(tree: DocumentTree, indicators: list[Indicator]) -> list[Indicator]:
    """An indicator whose sentence names no year takes the year a sentence before it in its section opens with
    (发展目标: 到2023年，… / --平台建设长足进步。培育3家…平台: 2023)."""
    opened: dict[str, list[tuple[int, int]]] = {}
    for s in tree.sentences:
        m = RE_SECTION_YEAR.match(s.norm)
        if m:
            opened.setdefault(s.section, []).append((s.index, int(m.group(1))))
    if not opened:
        return indicators
    out = []
    for ind in indicators:
        if ind.year is None:
            section = tree.sentences[ind.sentence].section
            before = [y for i, y in opened.get(section, ()) if i < ind.sentence]
            if before:
                ind = replace(ind, year=before[-1])
        out.append(ind)
    return out


def _respectively(text: str, index: int, year: int | None, taken: list[tuple[int, int]]) -> list[Indicator]:
    """Indicators listed with their values in the same order (学前教育公办率、普惠率分别达到65%、93%): each name with
    its own value; a closing 以上/左右 and a unit written only after the last value hold for all."""
    from .segment import cut

    out = []
    for m in RE_RESPECTIVELY.finditer(text):
        if any(b <= m.start() < e or b < m.end() <= e for b, e in taken):
            continue
        values = list(_ONE_VALUE.finditer(m.group("values")))
        names = m.group("names").split("、")
        if len(names) != len(values):
            names = re.split(r"[、和及与]", m.group("names"))
        if len(names) != len(values) or any(not n for n in names):
            continue  # (the names do not pair with the values: the other forms read what they can)
        shared = _SHARED_MEASURE.search(names[-1])
        if shared:  # “四新”经济投资、民间投资占比: the first is the investment's share too
            names = [n if _SHARED_MEASURE.search(n) else n + shared.group() for n in names[:-1]] + names[-1:]
        last = names[-1]
        if all(1 < len(n) < len(last) - 1 and n[0] == last[0] and not _SHARED_MEASURE.search(n) for n in names[:-1]):
            # 第一、第二、第三产业增加值 (u35): the items open as the last one does (第一, 第三) — each + 产业增加值
            names = [n + last[len(n):] for n in names[:-1]] + names[-1:]
        tail = last[len(cut(last)[0][0]):]
        if len(tail) >= 2:  # 城镇和农村居民人均可支配收入: 城镇 + 居民人均可支配收入
            names = [n + tail if len(n.strip("“”")) <= 3 else n for n in names[:-1]] + names[-1:]
        names = [_indicator_name(n) for n in names]
        if not all(names):
            continue
        last_unit = next((_unit_of(v) for v in reversed(values) if _unit_of(v)), "")
        verb = m.group("verb")
        for name, v in zip(names, values):
            kind = "growth" if verb in _GROWTH else "share" if verb in ("占比", "比重") or name.endswith(
                ("比重", "占比", "比例", "份额")) else "level"
            out.append(Indicator(name, v.group("v"), _unit_of(v) or last_unit, index, year, kind=kind,
                                 comparator=_comparator(verb, v.group("pre"), m.group("post"), False)))
        taken.append(m.span())
    return out


def _count_targets(text: str, index: int, year: int | None, taken: list[tuple[int, int]]) -> list[Indicator]:
    """Targets counted in things: 建成10个二级节点, and the counts that share its verb (，20家…平台)."""
    out = []

    def add(m: re.Match) -> bool:
        if any(b <= m.start("v1") < e for b, e in taken):
            return False
        name = _count_object(m.group("obj"))
        if not name:
            return False
        out.append(Indicator(name, m.group("v1"), m.group("unit"), index, year, kind="count",
                             comparator=_comparator("", m.group("pre"), m.group("post"), False)))
        taken.append(m.span())
        return True

    for m in RE_COUNT.finditer(text):
        if add(m):
            end = m.end()
            while (more := RE_COUNT_MORE.match(text, end)) and add(more):
                end = more.end()
    for m in RE_COUNT_AFTER.finditer(text):
        if add(m):
            end = m.end()
            while (more := RE_COUNT_AFTER_MORE.match(text, end)) and add(more):
                end = more.end()
    return out


def _count_object(raw: str) -> str | None:
    """The thing a count target counts, or None for a clause that is no thing (建成10个以上 → None)."""
    name = re.sub(r"^(?:以上|左右|的)+", "", raw.strip())
    if name.count("“") != name.count("”"):  # a quotation cut by the clause: drop its stray mark
        name = name.strip("“”")
    name = re.sub(r"(?:以上|左右)$", "", name)
    if len(name) < 2 or not re.search(r"[\u4e00-\u9fff]", name) or re.match(r"(?:年|月|日|次|以上)", name):
        return None
    return name


def _unit_of(m: re.Match) -> str:
    """The unit group of a RE_LEVEL match (the only unnamed group)."""
    named = {v for k, v in m.re.groupindex.items()}
    for i in range(1, (m.re.groups or 0) + 1):
        if i not in named and m.group(i) is not None:
            return m.group(i)
    return ""


def _indicator_name(raw: str) -> str | None:
    name = re.sub(r"^(?:[—–\-]+|从\d{4}年到\d{4}年|到\d{4}年|\d{4}年(?:以来|底|末)?|我国|全国|全年|其中|累计|实现|确保|力争|预计|"
                  r"努力)+", "", raw)
    name = re.sub(r"^(?:推动|推进|促进|带动)(?=[^，,]{3})", "", name)  # (推动社会物流总费用…的比率 + 降至13.1%, u56)
    name = re.sub(r"(?:均|保持|分别|已经|已|将|继续|年均|稳定|再|全年|原则上|总体上|基本|应当|必须|须|应|需)+$", "",
                  name.strip(" ,，“”\"'"))  # (年节能量须不低于50万千瓦时, u53: 须 is the bound's modal)
    # what it is compared with is no part of its name (农村停电时间较“十三五”末, 增速比上年, 流量同比)
    name = re.sub(r"(?:(?:较|比)(?:上年|去年|上一年|年初|同期|“?十[一二三四五]五”?末|[^，]{0,8}?年末|[^，]{0,8}?年底|上|去)|同比|"
                  r"环比)$", "", name)  # (比上 + 年增长2%: the year went to the verb)
    if name.count("“") != name.count("”"):  # a quotation cut by the clause (“民转刑”命案)
        name = name.replace("“", "").replace("”", "")
    if len(name) < 2 or not re.search(r"[\u4e00-\u9fff]", name) or re.search(r"\d{4}年$", name):
        return None
    return name


def _looks_quantity(name: str) -> bool:
    return bool(re.search(r"(数|量|规模|人数|个数|家数|数量)$", name))


# ---------------------------------------------------------------------------- relations
@dataclass(frozen=True)
class Cues:
    """Cue words read from ``ontology/lexicon/cues.ttl`` (each list longest word first)."""

    integration: tuple[str, ...]
    connective: tuple[str, ...]
    heads: tuple[str, ...] = ()
    list_verbs: tuple[str, ...] = ()
    not_technology: frozenset = frozenset()
    weak_heads: frozenset = frozenset()
    generic: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    responsible: tuple[str, ...] = ()
    duty: tuple[str, ...] = ()
    zone_suffixes: tuple[str, ...] = ()
    technical: tuple[str, ...] = ()
    named_after_place: tuple[str, ...] = ()
    place_zone_suffixes: tuple[str, ...] = ()
    not_zone_name: tuple[str, ...] = ()
    city_zones: tuple[str, ...] = ()
    region_initials: frozenset = frozenset()
    country_initials: frozenset = frozenset()
    head_compounds: tuple[str, ...] = ()
    facility_heads: frozenset = frozenset()
    facility_modifiers: tuple[str, ...] = ()
    zone_kinds: tuple[tuple[str, str], ...] = ()  # (zh, en) of the kinds of zone (kg:ZoneKind), longest zh first
    honoured_after_place: tuple[str, ...] = ()
    not_village_name: tuple[str, ...] = ()
    listed_zone_suffixes: tuple[str, ...] = ()
    not_listed_zone_ends: tuple[str, ...] = ()
    place_nouns: frozenset = frozenset()
    place_list_ends: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> Cues:
    """The cue lists of ``ontology/lexicon/cues.ttl`` (read with Oxigraph's Turtle parser: data, never code)."""
    import pyoxigraph

    from .errors import LexiconError
    from .namespaces import KG

    file = path or ONTOLOGY_DIR / "lexicon" / "cues.ttl"
    lists: dict[str, set[str]] = {}
    labels: dict[str, dict[str, list[str]]] = {}
    try:
        with open(file, "rb") as fh:
            for q in pyoxigraph.parse(fh.read(), format=pyoxigraph.RdfFormat.TURTLE):
                if q.predicate.value == str(KG.word):
                    lists.setdefault(q.subject.value, set()).add(q.object.value)
                elif q.predicate.value == _RDFS_LABEL and isinstance(q.object, pyoxigraph.Literal):
                    labels.setdefault(q.subject.value, {}).setdefault(q.object.language or "", []).append(q.object.value)
    except (OSError, SyntaxError, ValueError) as exc:
        raise LexiconError(f"{file}: not valid Turtle ({exc})") from None
    base = "https://w3id.org/policy-kg/cue/"

    def words(name: str) -> tuple[str, ...]:
        return tuple(sorted(lists.get(base + name, ()), key=lambda w: (-len(w), w)))

    return Cues(words("integration"), words("connective"), words("technologyHead"), words("listVerb"),
                frozenset(w.lower() for w in words("notTechnology")), frozenset(words("weakHead")),
                words("genericModifier"), words("lead"), words("support"), words("responsible"), words("duty"),
                words("zoneSuffix"), words("technicalModifier"), words("namedAfterPlace"),
                words("placeZoneSuffix"), words("notZoneName"), words("cityZone"),
                frozenset(words("regionInitial")), frozenset(words("countryInitial")), words("headInCompound"),
                frozenset(words("facilityHead")), words("facilityModifier"), _zone_kinds(labels, base),
                words("honouredAfterPlace"), words("notVillageName"), words("listedZoneSuffix"),
                words("notListedZoneEnd"), frozenset(words("placeNoun")), words("placeListEnd"))


_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _zone_kinds(labels: dict[str, dict[str, list[str]]], base: str) -> tuple[tuple[str, str], ...]:
    """(zh, en) of every kg:ZoneKind of the cue file (``cue:zone-kind-…``), longest zh first."""
    out = {(zh, min(by_lang["en"])) for iri, by_lang in labels.items()
           if iri.startswith(base + "zone-kind-") and by_lang.get("en") for zh in by_lang.get("zh", ())}
    return tuple(sorted(out, key=lambda p: (-len(p[0]), p)))


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


