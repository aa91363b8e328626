"""Stage 4 — graph: one document's extraction → its RDF triples, and the shared concept triples.

:func:`document_graph` writes one document's facts (plan, outline, tasks, actions, measures,
sentences with NIF offsets, mentions, responsibilities, indicators, citations) as N-Triples
strings (:mod:`kg.rdfio`), with IRIs that depend only on the document and its text, so that a corpus
is the concatenation of its documents' graphs.  Concepts (technologies, domains, regions,
organisations) are shared between documents: each document reports which it uses
(:class:`ConceptUsage`) and :func:`concept_triples` describes them once, for the whole build.
"""

from __future__ import annotations

import re

import hashlib
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from itertools import combinations

from .extract import Extraction
from .lexicon import Lexicon, fold
from .namespaces import CONCEPT, DCTERMS_NS, ID, KG, NIF, ORG, PREFIXES, PROV, RDFS_NS, SKOS_NS
from .rdfio import RDF_NS, RDF_TYPE, XSD, Triple, iri, lit
from .structure import Action, DocumentTree, Sentence, Unit, first_clause

# predicates and classes as encoded terms
A = RDF_TYPE


@lru_cache(maxsize=None)  # a few dozen names, called for most triples
def _k(name: str) -> str:
    return f"<{KG}{name}>"


LABEL = f"<{RDFS_NS}label>"
TITLE, SOURCE, IDENT, ISSUED, PUBLISHER, CREATOR = (f"<{DCTERMS_NS}{n}>" for n in
                                                     ("title", "source", "identifier", "issued", "publisher",
                                                      "creator"))
PART_OF, HAS_PART = f"<{DCTERMS_NS}isPartOf>", f"<{DCTERMS_NS}hasPart>"
SUBJECT = f"<{DCTERMS_NS}subject>"
SPATIAL = f"<{DCTERMS_NS}spatial>"
AUDIENCE = f"<{DCTERMS_NS}audience>"  # a cover notice's addressees
DERIVED = f"<{PROV}wasDerivedFrom>"
BEGIN, END, CONTEXT, IS_STRING = (f"<{NIF}{n}>" for n in ("beginIndex", "endIndex", "referenceContext", "isString"))
PREF, ALT, BROADER, IN_SCHEME, NOTATION = (f"<{SKOS_NS}{n}>" for n in
                                           ("prefLabel", "altLabel", "broader", "inScheme", "notation"))
STATEMENT = f"<{RDF_NS}Statement>"
SUBJ, PRED, OBJ = (f"<{RDF_NS}{n}>" for n in ("subject", "predicate", "object"))
NNI = XSD + "nonNegativeInteger"

_UNIT_CLASS = {"preamble": "Preamble", "annex": "Annex", "article": "Article", "item": "Item", "box": "Box",
               "closing": "Closing"}
_LEAD_CLASS = {"principle": "Principle", "goal": "Goal", "direction": "Direction"}
_CONCEPT_LINK = {"Technology": "involvesTechnology", "Domain": "responsibleDomain", "Region": "involvesRegion",
                 "Organization": "mentionsOrganization"}


def short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _first_words(u: Unit) -> str:
    """The label of a unit without a title (an item or article that opens with its text): its first clause."""
    body = [s for p in u.paragraphs for s in p.body]
    return first_clause(body[0]) if body else ""


def candidate_iri(term: str) -> str:
    """IRI of a candidate technology (stable: a hash of its folded name)."""
    return f"{CONCEPT}tech/x-{short_hash(fold(term))}"


_CODE_PREFIX = {"chapter": "c", "section": "s", "part": "pt", "article": "a", "arabic": "n", "arabic-half-paren": "h",
                "paren-arabic": "pn", "circled": "cn", "shi": "sh", "ordinal": "o",
                "box": "b"}


def unit_code(tree: DocumentTree, unit: Unit) -> str:
    """IRI-safe code of a unit: ``四(一)`` → ``4.1``, ``第二章/第八条`` → ``c2.a8``, ``P2:二`` → ``p2.2``."""
    codes = []
    u: Unit | None = unit
    while u is not None:
        if u.kind in ("preamble", "annex", "closing"):
            codes.append(u.id.split(":", 1)[-1])
        elif u.style in ("dun", "paren-cn"):
            codes.append(str(u.number))
        else:
            codes.append(f"{_CODE_PREFIX.get(u.style, 'u')}{u.number}")
        u = tree.unit(u.parent) if u.parent else None
    code = ".".join(reversed(codes))
    if "#" in unit.id:  # a restarted list: keep codes unique
        code += "-" + unit.id.rsplit("#", 1)[1]
    return code if unit.part == 1 else f"p{unit.part}.{code}"


@dataclass
class ConceptUsage:
    """The concepts one document (or a whole build) uses, and those no lexicon holds.

    ``counts``: concept IRI → mentions.  ``extra``: IRI → description of a concept made by the
    extraction (a candidate technology, an organisation or a zone named in the text), a dict with
    ``kind``, ``zh`` and optionally ``en``, ``alt``, ``broader``, ``candidate``, ``confidence``,
    ``generic``.  ``stats``: concept IRI → ``[documents, sentences, measures]`` that mention or
    involve it (summed over documents by :meth:`merge`, written as ``kg:documentCount`` …, so that
    corpus-wide rankings read one triple per concept).  Plain data, so it can be cached as JSON.
    """

    counts: Counter = field(default_factory=Counter)
    extra: dict[str, dict] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    stats: dict[str, list[int]] = field(default_factory=dict)

    def merge(self, other: "ConceptUsage") -> None:
        self.counts.update(other.counts)
        for k, v in other.stats.items():
            mine = self.stats.setdefault(k, [0, 0, 0])
            for i, n in enumerate(v):
                mine[i] += n
        self.used |= other.used
        for k, v in other.extra.items():
            mine = self.extra.get(k)
            if mine is None:
                self.extra[k] = dict(v)
            else:  # the same concept named differently in two documents: keep every spelling
                alt = set(mine.get("alt", ())) | set(v.get("alt", ()))
                if v.get("zh") and v["zh"] != mine.get("zh"):
                    alt.add(v["zh"])
                alt.discard(mine.get("zh"))
                mine["alt"] = sorted(alt)
                if "confidence" in v:
                    mine["confidence"] = max(mine.get("confidence", 0), v["confidence"])

    def to_json(self) -> dict:
        return {"counts": dict(sorted(self.counts.items())), "extra": dict(sorted(self.extra.items())),
                "used": sorted(self.used), "stats": dict(sorted(self.stats.items()))}

    @classmethod
    def from_json(cls, data: dict) -> "ConceptUsage":
        return cls(Counter(data.get("counts", {})), dict(data.get("extra", {})), set(data.get("used", ())),
                   {k: list(v) for k, v in data.get("stats", {}).items()})


@dataclass
class DocumentGraph:
    """One document's triples (sorted, distinct) and the concepts it uses."""

    doc_id: str
    plan: str  # the plan's IRI (also the named graph's name)
    triples: list[Triple]
    usage: ConceptUsage
    summary: dict


class _Writer:
    """Writes one document's triples."""

    def __init__(self, ex: Extraction, lexicon: Lexicon):
        self.ex = ex
        self.tree = ex.tree
        self.lex = lexicon
        self.doc_id = ex.tree.doc.doc_id
        self.base = f"{ID}{self.doc_id}"
        self.plan = iri(self.base)
        self.context = iri(f"{self.base}/text")
        self.out: set[Triple] = set()
        self.usage = ConceptUsage()
        self.unit_iris = {u.id: iri(f"{self.base}/sec/{unit_code(self.tree, u)}") for u in self.tree.units}
        self.action_iris: dict[str, str] = {}
        self._listed: set[str] | None = None  # units that are only a listed item's heading (_listed_items)

    # -- helpers ------------------------------------------------------------------------------
    def add(self, s: str, p: str, o: str) -> None:
        self.out.add((s, p, o))

    def sent(self, s: Sentence) -> str:
        return iri(f"{self.base}/s/{s.index:05d}")

    def statement(self, a: str, pred: str, b: str, evidence: Sentence, surface: str | None = None) -> None:
        st = iri(f"{ID}statement/{short_hash(a, pred, b)}")
        self.add(st, A, STATEMENT)
        self.add(st, SUBJ, a)
        self.add(st, PRED, pred)
        self.add(st, OBJ, b)
        self.add(st, _k("evidence"), self.sent(evidence))
        if surface:
            self.add(st, _k("surface"), lit(surface, "zh"))

    def relate(self, a: str, pred: str, b: str, evidence: Sentence, symmetric: bool = False) -> None:
        self.add(a, pred, b)
        if symmetric:
            self.add(b, pred, a)
            a, b = sorted((a, b))
        self.statement(a, pred, b, evidence)

    # -- the document -------------------------------------------------------------------------
    def build(self) -> DocumentGraph:
        self._plan()
        for s in self.tree.sentences:
            self._sentence(s)
        for u in self.tree.units:
            self._unit(u)
        for a in self.tree.actions:
            self._action(a)
        self._task_intros()
        for n in self.tree.lead_nodes:
            self._lead_node(n)
        self._responsibilities()
        self._citations()
        self._candidates()
        self._indicators()
        self._relations()
        self._artifacts()
        self._subjects()
        self._first_offsets()
        for m in self.ex.mentions:
            self.usage.counts[m.iri] += 1
            self.usage.used.add(m.iri)
        if self.ex.extra_concepts:
            self.usage.merge(ConceptUsage(extra=dict(self.ex.extra_concepts)))
        return DocumentGraph(self.doc_id, self.base, sorted(self.out), self.usage, self._summary())

    def _plan(self) -> None:
        t, plan = self.tree, self.plan
        self.add(plan, A, _k("Plan"))
        label = t.title or (t.parts[0].title if t.parts and t.parts[0].title else self.doc_id)
        self.add(plan, LABEL, lit(label, "zh"))
        if t.title:
            self.add(plan, TITLE, lit(t.title, "zh"))
        self.add(plan, SOURCE, lit(t.doc.path.replace("\\", "/").rsplit("/", 1)[-1]))
        self.add(plan, IDENT, lit(self.doc_id))
        self.add(plan, _k("encoding"), lit(t.doc.encoding))
        media = {"html": "text/html", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "pdf": "application/pdf"}
        if getattr(t.doc, "markup", "text") in media:  # a web page, a Word document, a PDF: offsets are those of its text
            self.add(plan, f"<{DCTERMS_NS}format>", lit(media[t.doc.markup]))
        self.add(plan, _k("sha1"), lit(t.doc.sha1))
        if t.date:
            self.add(plan, ISSUED, lit(t.date, datatype=XSD + "date"))
        if t.number:
            self.add(plan, _k("documentNumber"), lit(t.number))
        if t.genre:
            self.add(plan, _k("genre"), iri(f"https://w3id.org/policy-kg/layout/{t.genre[0]}"))
        if t.issuer:
            self.add(plan, PUBLISHER, lit(t.issuer, "zh"))
        region = getattr(self.ex, "region", None)
        if region:
            self.add(plan, _k("jurisdiction"), iri(region))
        for named in sorted({m.iri for m in getattr(self.ex, "header_regions", ())}):
            self.add(plan, SPATIAL, iri(named))  # a region the title or issuer line names
            self.usage.used.add(named)
        for body, described in sorted(getattr(self.ex, "issuers", ()), key=lambda b: b[0]):
            self.add(plan, CREATOR, iri(body))  # 民政部 / 财政部 signing it (u114): the bodies, not only a literal
            if described:
                self.usage.merge(ConceptUsage(extra={body: dict(described)}))
            self.usage.used.add(body)
        # the whole decoded text: the NIF context every offset refers to
        self.add(self.context, A, f"<{NIF}Context>")
        self.add(self.context, IS_STRING, lit(t.doc.text))
        self.add(self.context, BEGIN, lit(0, datatype=NNI))
        self.add(self.context, END, lit(len(t.doc.text), datatype=NNI))
        self.add(self.context, DERIVED, plan)
        if len(t.parts) > 1:
            for part in t.parts:
                piri = iri(f"{self.base}/part/{part.index}")
                self.add(piri, A, _k("Part"))
                self.add(piri, _k("partIndex"), lit(part.index))
                self.add(piri, LABEL, lit(part.title or f"{label} ({part.index})", "zh"))
                self.add(piri, PART_OF, plan)
                self.add(plan, HAS_PART, piri)

    def _sentence(self, s: Sentence) -> None:
        si = self.sent(s)
        self.add(si, A, _k("Sentence"))
        self.add(si, _k("text"), lit(s.text))
        self.add(si, _k("section"), lit(s.section))
        self.add(si, _k("sectionNode"), self.unit_iris[s.section])
        for outer in self._outer_sections(s.section):  # 四 for a sentence of 四(一): a lookup, not a scan
            self.add(si, _k("withinSection"), lit(outer))
        self.add(si, _k("sentenceIndex"), lit(s.index))
        self.add(si, _k("sentenceKind"), lit(s.kind))
        self.add(si, BEGIN, lit(s.begin, datatype=NNI))
        self.add(si, END, lit(s.end, datatype=NNI))
        self.add(si, CONTEXT, self.context)
        self.add(si, DERIVED, self.plan)
        for m in self.ex.mentions_in(s.index):
            self.add(si, _k("mentions"), iri(m.iri))

    def _outer_sections(self, section: str) -> list[str]:
        out = []
        try:
            parent = self.tree.unit(section).parent
            while parent:
                out.append(parent)
                parent = self.tree.unit(parent).parent
        except KeyError:
            pass
        return out

    def _unit(self, u: Unit) -> None:
        ui = self.unit_iris[u.id]
        if u.kind == "heading":
            self.add(ui, A, _k("Chapter" if u.level == 1 else "Section"))
        else:
            self.add(ui, A, _k(_UNIT_CLASS[u.kind]))
        if u.role == "task":
            self.add(ui, A, _k("Task"))
            self.add(self.plan, _k("hasTask"), ui)
        elif u.role == "priority_action":
            self.add(ui, A, _k("PriorityAction"))
        self.add(ui, LABEL, lit(u.title or _first_words(u) or u.label or u.id, "zh"))
        self.add(ui, _k("section"), lit(u.id))
        if u.label:
            self.add(ui, _k("headingLabel"), lit(u.label))
        if u.style:
            self.add(ui, _k("headingStyle"), lit(u.style))
        self.add(ui, _k("hasBody"), lit(u.has_body))
        if u.number is not None:
            self.add(ui, _k("order"), lit(u.number))
        parent = self.unit_iris[u.parent] if u.parent else self.plan
        self.add(ui, PART_OF, parent)
        self.add(parent, HAS_PART, ui)
        self.add(ui, DERIVED, self.plan)
        if u.part > 1:
            self.add(ui, PART_OF, iri(f"{self.base}/part/{u.part}"))
        if u.heading is not None:
            self.add(ui, _k("evidence"), self.sent(u.heading))
            self._links(ui, [u.heading])
        if u.role == "priority_action" or (u.kind == "box" and not self._in_action(u)):
            body = [s for p in u.paragraphs for s in p.body]
            for s in body:
                self.add(ui, _k("evidence"), self.sent(s))
            self._links(ui, body)

    def _in_action(self, u: Unit) -> bool:
        while True:
            if u.id in {a.unit for a in self.tree.actions}:
                return True
            if not u.parent:
                return False
            u = self.tree.unit(u.parent)

    def _action(self, a: Action) -> None:
        if a.unit is not None:
            ai = self.unit_iris[a.unit]
        else:
            ai = iri(f"{self.unit_iris[a.task][1:-1]}/action/{a.order}")
        self.action_iris[a.key] = ai
        self.add(ai, A, _k("Action"))
        self.add(ai, _k("actionLabel"), lit(a.label, "zh"))
        if a.unit is None:
            self.add(ai, LABEL, lit(a.label, "zh"))
            self.add(ai, _k("section"), lit(a.section))
        self.add(ai, _k("actionOrder"), lit(a.order))
        owner = self.unit_iris[a.task] if a.task else self.plan
        self.add(owner, _k("hasAction"), ai)
        if a.unit is None:
            self.add(ai, PART_OF, self.unit_iris[a.task])
            self.add(ai, DERIVED, self.plan)
        if a.number:
            self.add(ai, _k("itemNumber"), lit(a.number))
        if a.lead is not None:
            self.add(ai, _k("leadSentence"), self.sent(a.lead))
            self.add(ai, _k("evidence"), self.sent(a.lead))
            self._links(ai, [a.lead])
        for k, s in enumerate(self._measures(a), start=1):
            mi = iri(f"{ai[1:-1]}/m/{k}")
            self.add(mi, A, _k("Measure"))
            self.add(mi, _k("section"), lit(s.section))
            self.add(mi, _k("order"), lit(k))
            self.add(mi, _k("evidence"), self.sent(s))
            self.add(ai, _k("hasMeasure"), mi)
            self.add(ai, _k("evidence"), self.sent(s))
            self._links(mi, [s], measure=True)
            self._links(ai, [s])

    def _measures(self, a: Action) -> list[Sentence]:
        """The measures of *a*: its body sentences after the lead, and the headings of its listed items that have
        nothing but a heading (第十五条 …重点培育下列数字产业集群： / （三）超高清视频显示； / （五）智能机器人；, u94: the
        technologies of the list were linked to nothing)."""
        listed = self._listed_items()
        return sorted(a.measures + [s for s in a.sentences if s.kind == "heading" and s.unit != a.unit and s.unit in listed],
                      key=lambda s: s.index)

    def _listed_items(self) -> set[str]:
        """The units that are only a heading: an item of a list (（三）超高清视频显示；), made once per document."""
        if self._listed is None:
            self._listed = {u.id for u in self.tree.units if u.kind in ("item", "heading") and u.heading is not None and
                            not u.children and not any(p.body for p in u.paragraphs)}
        return self._listed

    def _first_offsets(self) -> None:
        """Each action's place in the text: the begin offset of its first evidence sentence (``kg:firstOffset``), so
        that a query lists actions as the text runs without joining every evidence sentence (the chain query over a
        corpus of 2,000 documents took 8 s on that join)."""
        actions = {s for s, p, o in self.out if p == A and o == _k("Action")}
        begin = {self.sent(s): s.begin for s in self.tree.sentences}
        first: dict[str, int] = {}
        evidence = _k("evidence")
        for s, p, o in self.out:
            if p == evidence and s in actions and o in begin:
                first[s] = min(first.get(s, begin[o]), begin[o])
        for a, b in first.items():
            self.add(a, _k("firstOffset"), lit(b, datatype=NNI))

    def _task_intros(self) -> None:
        """Sentences of a task that belong to none of its actions (its introduction)."""
        covered = {s.index for a in self.tree.actions for s in a.sentences}
        for t in self.tree.tasks():
            intro = [s for p in t.paragraphs for s in p.body if s.index not in covered]
            ti = self.unit_iris[t.id]
            for s in intro:
                self.add(ti, _k("evidence"), self.sent(s))
            self._links(ti, intro)

    def _lead_node(self, n) -> None:
        node = iri(f"{self.unit_iris[n.section][1:-1]}/{n.role}/{n.order}")
        self.add(node, A, _k(_LEAD_CLASS[n.role]))
        self.add(node, LABEL, lit(n.label, "zh"))
        self.add(node, _k("section"), lit(n.section))
        self.add(node, _k("order"), lit(n.order))
        self.add(node, PART_OF, self.unit_iris[n.section])
        self.add(node, DERIVED, self.plan)
        self.add(node, _k("leadSentence"), self.sent(n.lead))
        for s in n.sentences:
            self.add(node, _k("evidence"), self.sent(s))
        self._links(node, n.sentences)

    def _links(self, node: str, sentences: list[Sentence], measure: bool = False) -> None:
        """Link *node* to the concepts its sentences mention; in a measure, relate them too."""
        techs, domains = set(), set()
        spans: dict[str, list[tuple[int, int, int]]] = {}  # concept → (sentence, begin, end) of its mentions
        named = self._unit_name_spans()
        for s in sentences:
            for m in self.ex.mentions_in(s.index):
                pred = _CONCEPT_LINK.get(m.kind)
                if pred is None:
                    continue
                if m.kind == "Domain" and any(a <= m.begin and m.end <= z for a, z in named.get(m.sentence, ())):
                    continue  # 会同自治区网信、公安、工业和信息化等部门制定…规范 (u63): a partner's field, named in its
                    # name, is no field of the action (the sentence still mentions it)
                self.add(node, _k(pred), iri(m.iri))
                if m.kind == "Technology":
                    techs.add(iri(m.iri))
                elif m.kind == "Domain":
                    domains.add(iri(m.iri))
                spans.setdefault(iri(m.iri), []).append((m.sentence, m.begin, m.end))
        if not measure or not sentences:
            return
        s = sentences[0]
        for a, b in combinations(sorted(techs), 2):
            self.relate(a, _k("relatedTechnology"), b, s, symmetric=True)
        text = self.tree.doc.text
        for t in sorted(techs):
            for d in sorted(domains):
                if not _only_listed_together(text, spans.get(t, []), spans.get(d, [])):
                    self.relate(t, _k("appliedIn"), d, s)

    def _top_sections(self, targets: list[str]) -> list[str]:
        """The chapters (top-level headings) that hold *targets*, by their titles, in the document's order."""
        out: list[str] = []
        for t in targets:
            uid = t.split("#")[0]
            try:
                u = self.tree.unit(uid)
            except (KeyError, IndexError, ValueError):
                continue
            while u.parent:
                u = self.tree.unit(u.parent)
            title = (u.title or u.label or u.kind).strip()
            if title and title not in out:
                out.append(title)
        return out

    def _unit_name_spans(self) -> dict[int, list[tuple[int, int]]]:
        """Where the units made responsible are named, by sentence (offsets into the text)."""
        if getattr(self, "_named_units", None) is None:
            self._named_units: dict[int, list[tuple[int, int]]] = {}
            for r in getattr(self.ex, "responsibilities", ()):
                self._named_units.setdefault(r.sentence, []).append((r.begin, r.end))
        return self._named_units

    def _node_of(self, key: str) -> str:
        """The node a responsibility or a mention is attached to: an action, or a unit."""
        return self.action_iris.get(key) or self.unit_iris.get(key) or self.plan

    def _responsibilities(self) -> None:
        """Units made responsible for an action (lead, support, responsible), and a cover notice's addressees as the
        document's audience (各区人民政府，…：…印发给你们，请认真落实), each with its evidence sentence."""
        roles = {u.id: u.role for u in self.tree.units}
        for r in getattr(self.ex, "responsibilities", ()):
            node = self._node_of(r.target)
            if r.target not in self.action_iris and r.target in self.unit_iris and \
                    roles.get(r.target) not in ("task", "priority_action"):
                # a duty outside the task chain (保障措施, 总则): a node of its own, linked to what its duty names
                self.add(node, A, _k("Provision"))
                sentence = self.tree.sentences[r.sentence]
                self.add(node, _k("evidence"), self.sent(sentence))
                self._links(node, [sentence])
            pred = _k({"lead": "leadUnit", "support": "supportingUnit"}.get(r.role, "responsibleUnit"))
            if pred != _k("responsibleUnit"):
                self.add(node, _k("responsibleUnit"), iri(r.iri))
            self._unit_statement(node, pred, r)
        for r in getattr(self.ex, "addressees", ()):
            self._unit_statement(self.plan, AUDIENCE, r)

    def _unit_statement(self, node: str, pred: str, r) -> None:
        org = iri(r.iri)
        self.add(node, pred, org)
        self.statement(node, pred, org, self.tree.sentences[r.sentence], r.surface)
        self.usage.counts[r.iri] += 1
        self.usage.used.add(r.iri)
        if r.extra is not None:
            self.usage.merge(ConceptUsage(extra={r.iri: r.extra}))

    def _subjects(self) -> None:
        """``plan dcterms:subject c`` for every concept a sentence of the plan mentions (which documents
        name a concept, with no sentence join), and the document's counts per concept (``usage.stats``:
        1 document, the sentences that mention it, the measures that involve it)."""
        mentions, measure, links = _k("mentions"), _k("Measure"), {_k(p) for p in _CONCEPT_LINK.values()}
        measures = {t[0] for t in self.out if t[1] == A and t[2] == measure}
        sentences, involving = Counter(), Counter()
        for s, p, o in self.out:
            if p == mentions:
                sentences[o] += 1
            elif p in links and s in measures:
                involving[o] += 1
        for c, n in sentences.items():
            self.add(self.plan, SUBJECT, c)
            self.usage.stats[c[1:-1]] = [1, n, involving.get(c, 0)]
        for c, n in involving.items():
            if c not in sentences:
                self.usage.stats[c[1:-1]] = [0, 0, n]

    def _citations(self) -> None:
        for c in self.ex.citations:
            ci = iri(f"{ID}cited/{short_hash(fold(c.title))}")
            self.add(ci, A, _k("CitedDocument"))
            self.add(ci, LABEL, lit(c.title, "zh"))
            self.add(ci, TITLE, lit(c.title, "zh"))
            si = self.sent(self.tree.sentences[c.sentence])
            self.add(ci, _k("evidence"), si)
            self.add(si, _k("cites"), ci)
            self.add(self.plan, _k("cites"), ci)

    def _candidates(self) -> None:
        """Technology-like terms in no lexicon: kg:Technology, kg:candidate true, mentions only."""
        for c in self.ex.candidates:
            ciri = candidate_iri(c.term)
            si = self.sent(self.tree.sentences[c.sentence])
            self.add(si, _k("mentions"), iri(ciri))
            self.add(iri(ciri), _k("evidence"), si)
            self.usage.counts[ciri] += 1
            self.usage.merge(ConceptUsage(extra={ciri: {
                "kind": "Technology", "zh": c.term, "candidate": True, "confidence": c.confidence,
                "pattern": c.pattern}}))

    def _indicators(self) -> None:
        for n, ind in enumerate(self.ex.indicators, start=1):
            ii = iri(f"{self.base}/indicator/{n}")
            s = self.tree.sentences[ind.sentence]
            self.add(ii, A, _k("Indicator"))
            self.add(ii, LABEL, lit(ind.label(), "zh"))
            self.add(ii, _k("indicatorName"), lit(ind.name, "zh"))
            self.add(ii, _k("value"), lit(ind.value, datatype=XSD + "decimal"))
            if ind.value_max is not None:
                self.add(ii, _k("valueMax"), lit(ind.value_max, datatype=XSD + "decimal"))
            self.add(ii, _k("unit"), lit(ind.unit))
            self.add(ii, _k("indicatorKind"), lit(ind.kind))
            self.add(ii, _k("comparator"), lit(ind.comparator))
            if ind.year:
                self.add(ii, _k("year"), lit(ind.year))
            if ind.baseline_value is not None:
                self.add(ii, _k("baselineValue"), lit(ind.baseline_value, datatype=XSD + "decimal"))
            if ind.baseline_year:
                self.add(ii, _k("baselineYear"), lit(ind.baseline_year))
            self.add(ii, _k("section"), lit(s.section))
            self.add(ii, _k("evidence"), self.sent(s))
            self.add(ii, DERIVED, self.plan)

    def _relations(self) -> None:
        for r in self.ex.relations:
            self.relate(iri(r.source), _k(r.predicate), iri(r.target), self.tree.sentences[r.sentence],
                        symmetric=True)

    def _artifacts(self) -> None:
        for n, a in enumerate(self.tree.artifacts, start=1):
            ai = iri(f"{self.base}/artifact/{n}")
            self.add(ai, A, _k("Artifact"))
            self.add(ai, _k("artifactKind"), lit(a.kind))
            self.add(ai, _k("text"), lit(a.text))
            self.add(ai, _k("section"), lit(a.section))
            self.add(ai, BEGIN, lit(a.begin, datatype=NNI))
            self.add(ai, END, lit(a.end, datatype=NNI))
            self.add(ai, CONTEXT, self.context)
            self.add(self.plan, _k("hasArtifact"), ai)

    # -- summary ------------------------------------------------------------------------------
    def _summary(self) -> dict:
        acts = self.tree.actions
        tech_kinds = {"Technology"}
        by_sentence = {}
        for m in self.ex.mentions:
            by_sentence.setdefault(m.sentence, set()).add(m.kind)
        with_tech = sum(1 for a in acts if any(tech_kinds & by_sentence.get(s.index, set()) for s in a.sentences))
        targets = {r.target for r in getattr(self.ex, "responsibilities", ())}
        with_unit = sum(1 for a in acts if a.key in targets or a.unit in targets)
        held = {a.key for a in acts} | {a.unit for a in acts}
        outside = [r.target for r in getattr(self.ex, "responsibilities", ()) if r.target not in held]
        elsewhere = len(outside)
        return {"tasks": len(self.tree.tasks()), "actions": len(acts), "actions_with_technology": with_tech,
                "actions_with_unit": with_unit, "duties_outside_actions": elsewhere,
                "duties_outside_in": self._top_sections(outside), "responsibilities": len(targets and getattr(self.ex, "responsibilities", ())),
                "sentences": len(self.tree.sentences), "triples": len(self.out)}


def document_graph(ex: Extraction, lexicon: Lexicon) -> DocumentGraph:
    """The triples of one document (see the module doc)."""
    return _Writer(ex, lexicon).build()


# ---------------------------------------------------------------------------------------- concepts
def _closure(lexicon: Lexicon, iris: set[str]) -> set[str]:
    """*iris* and every lexicon concept above them (skos:broader), so no link dangles."""
    out, todo = set(), list(iris)
    while todo:
        c = todo.pop()
        if c in out:
            continue
        out.add(c)
        concept = lexicon.concepts.get(c)
        if concept is not None:
            todo.extend(concept.broader)
    return out


def broader_only(lexicon: Lexicon, usage: ConceptUsage) -> dict[str, int]:
    """Per kind, the lexicon's concepts a build describes only as the broader concept of one it found (芯片 above
    模拟芯片): in the graph for its hierarchy, named by no document (u38: counted as found)."""
    direct, known = _described(lexicon, usage)
    return dict(sorted(Counter(lexicon.concepts[c].kind for c in known - direct
                               if c in lexicon.concepts and not usage.counts.get(c)).items()))


def _described(lexicon: Lexicon, usage: ConceptUsage) -> tuple[set[str], set[str]]:
    """The lexicon's concepts *usage* names itself, and those with every concept above them (what a build describes)."""
    direct = {c for c in set(usage.counts) | usage.used if c in lexicon.concepts}
    return direct, _closure(lexicon, direct | {b for e in usage.extra.values() for b in e.get("broader", ())})


def concept_triples(lexicon: Lexicon, usage: ConceptUsage) -> list[Triple]:
    """Describe every concept that *usage* names (labels, hierarchy, counts), once for a whole build."""
    out: set[Triple] = set()
    _, known = _described(lexicon, usage)
    for c in sorted(known):
        concept = lexicon.concepts.get(c)
        if concept is None:
            continue
        _describe(out, c, concept.kind, concept.zh, concept.en, concept.alt, concept.broader,
                  usage.counts.get(c, 0), extra=concept.extra, stats=usage.stats.get(c))
    for c, e in sorted(usage.extra.items()):
        if c in lexicon.concepts:
            continue
        _describe(out, c, e["kind"], e.get("zh", ""), e.get("en", ""), tuple(e.get("alt", ())),
                  tuple(e.get("broader", ())), usage.counts.get(c, 0), e, usage.stats.get(c))
    return sorted(out)


def _describe(out: set, c: str, kind: str, zh: str, en: str, alt, broader, count: int, extra: dict | None = None,
              stats: list[int] | None = None) -> None:
    ci = iri(c)
    extra = extra or {}
    if kind in ("Organization", "GenericUnit"):
        out.add((ci, A, _k(kind)))
        if kind == "Organization":
            out.add((ci, A, f"<{ORG}Organization>"))
    else:
        out.add((ci, A, f"<{SKOS_NS}Concept>"))
        out.add((ci, A, _k(kind)))
        out.add((ci, IN_SCHEME, iri(c.rsplit("/", 1)[0])))
    for text, lang in ((zh, "zh"), (en, "en")):
        if text:
            out.add((ci, PREF, lit(text, lang)))
            out.add((ci, LABEL, lit(text, lang)))
    for a in alt:
        out.add((ci, ALT, lit(a, "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in a) else "en")))
    for b in broader:
        out.add((ci, BROADER if kind not in ("Organization", "GenericUnit") else f"<{ORG}subOrganizationOf>",
                 iri(b)))
    if extra.get("notation"):
        out.add((ci, NOTATION, lit(extra["notation"])))
    if extra.get("level"):
        out.add((ci, _k("adminLevel"), lit(extra["level"])))
    if extra.get("former"):  # a town of the Bureau's earlier codes, merged or renamed since (kg.gazetteer)
        out.add((ci, f"<{SKOS_NS}historyNote>", lit("乡级单位，2023年版统计用区划代码已无（撤并或更名）", "zh")))
        out.add((ci, f"<{SKOS_NS}historyNote>", lit("A township-level unit gone from the 2023 codes (merged or renamed)",
                                                    "en")))
    if extra.get("region"):
        out.add((ci, _k("jurisdiction"), iri(extra["region"])))
    if extra.get("candidate"):
        out.add((ci, _k("candidate"), lit(True)))
        out.add((ci, _k("confidence"), lit(f"{extra.get('confidence', 0.5):.2f}", datatype=XSD + "decimal")))
    if count:
        out.add((ci, _k("mentionCount"), lit(count)))
    for name, n in zip(("documentCount", "sentenceCount", "measureCount"), stats or ()):
        if n:
            out.add((ci, _k(name), lit(n)))


def prefixes() -> dict[str, str]:
    """The prefixes written in Turtle output."""
    out = {k: str(v) for k, v in PREFIXES.items()}
    out.update({"skos": SKOS_NS, "dcterms": DCTERMS_NS, "rdfs": RDFS_NS, "rdf": RDF_NS, "xsd": XSD,
                "owl": "http://www.w3.org/2002/07/owl#"})
    return out


#: The text between two items of one enumeration (…机械、电子、数据中心等行业): separators and short items only.
_LIST_GAP = re.compile(r"[、和及与\u4e00-\u9fffA-Za-z0-9]*")


def _only_listed_together(text: str, a: list[tuple[int, int, int]], b: list[tuple[int, int, int]]) -> bool:
    """Are a technology's and a domain's mentions in a measure only items of one enumeration (机械、电子、数据中心等
    行业企业: 数据中心 is listed beside 机械, not applied in it) or of two lists in two clauses of one sentence, each
    with its own verb (重点发展光电子信息、生物医药、新能源…，加快发展互联网、云计算、大数据…: sectors and technologies
    side by side, u73), never in any other relation?"""
    if not a or not b:
        return False
    for sa, ba, ea in a:
        for sb, bb, eb in b:
            if sa != sb:
                return False  # (named in different sentences of the measure: the measure relates them)
            gap = text[min(ea, eb):max(ba, bb)]
            if _two_lists(text, (ba, ea), (bb, eb), gap):
                continue
            if not gap or gap[0] not in "、和及与" or gap[-1] not in "、和及与" or len(gap) > 60 or \
                    not _LIST_GAP.fullmatch(gap) or any(len(item) > 12 for item in re.split(r"[、和及与]", gap)):
                return False
    return True


#: Words that apply what a clause lists to a field (在医疗、教育等领域应用, 赋能制造业, 智慧医疗场景).
_APPLYING = re.compile(r"应用|赋能|领域|场景|融合|运用|服务于|\+")


def _two_lists(text: str, tech: tuple[int, int], domain: tuple[int, int], gap: str) -> bool:
    """Are *tech* and *domain* (spans of *text*) items of two lists in different clauses, the domain's clause growing
    a list of sectors and applying nothing to them?"""
    if not re.search(r"[，,；;]", gap) or "。" in gap:
        return False
    if not all(text[b - 1:b] == "、" or text[e:e + 1] == "、" for b, e in (tech, domain)):
        return False  # (each an item of a list)
    lo = max(text.rfind(c, 0, domain[0]) for c in "，,；;。\n") + 1
    ends = [i for i in (text.find(c, domain[1]) for c in "，,；;。\n") if i >= 0]
    clause = text[lo:min(ends) if ends else len(text)]
    return bool(_GROWING.search(clause)) and not _APPLYING.search(clause)


#: A clause that grows a list of sectors (重点发展…等产业, 培育壮大…产业集群).
_GROWING = re.compile(r"(?:发展|培育|壮大|布局|做强|做大|打造)[^，,；;。]*(?:产业|集群|行业)")

