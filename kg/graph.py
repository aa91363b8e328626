"""Stage 4 — graph: extractions → an RDF graph (rdflib) with stable IRIs.

The chain task → action → measure → technology → domain, with every fact-bearing
node linked by ``kg:evidence`` to the ``kg:Sentence``s it comes from, and each
relation between concepts reified (``rdf:Statement``) with its evidence sentences.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from .extract import Extraction
from .lexicon import Concept, Lexicon, fold
from .namespaces import CONCEPT, ID, KG, NIF, ORG, PREFIXES, PROV
from .structure import Paragraph, Section, Sentence

_CLASS_OF_ROLE = {"task": KG.Task, "priority_action": KG.PriorityAction}
_CLASS_OF_PARA = {"action": KG.Action, "principle": KG.Principle, "goal": KG.Goal, "direction": KG.Direction}


@dataclass
class BuiltGraph:
    """The merged graph of every document and one named graph per document."""

    graph: Graph
    per_document: dict[str, Graph]


def section_code(section_id: str) -> str:
    """IRI-safe code of a section identifier: ``四(一)`` → ``4.1``, ``P2:二`` → ``p2.2``."""
    from .structure import cn_to_int

    part = ""
    if section_id.startswith("P") and ":" in section_id:
        head, section_id = section_id.split(":", 1)
        part = head.lower() + "."
    if section_id in ("preamble",) or section_id.startswith("annex"):
        return part + section_id
    chapter, _, rest = section_id.partition("(")
    code = str(cn_to_int(chapter))
    if rest:
        code += "." + str(cn_to_int(rest.rstrip(")")))
    return part + code


def candidate_iri(term: str) -> str:
    """IRI of a candidate technology (stable: a hash of its folded name)."""
    return str(CONCEPT[f"tech/x-{_short_hash(fold(term))}"])


def _short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("owl", OWL)
    return g


class _DocGraphBuilder:
    """Writes one document's triples."""

    def __init__(self, ex: Extraction, lexicon: Lexicon, g: Graph):
        self.ex = ex
        self.tree = ex.tree
        self.lex = lexicon
        self.g = g
        self.doc_id = ex.tree.doc.doc_id
        self.base = ID[self.doc_id]
        self.plan = URIRef(str(self.base))
        self.used: set[str] = set()
        self.org_extra: dict[str, str] = {}
        self.candidate_terms: dict[str, str] = {}

    # -- IRIs -------------------------------------------------------------------
    def sent_iri(self, s: Sentence) -> URIRef:
        return URIRef(f"{self.base}/s/{s.index:05d}")

    def sec_iri(self, sec_id: str) -> URIRef:
        return URIRef(f"{self.base}/sec/{section_code(sec_id)}")

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    # -- build --------------------------------------------------------------------
    def build(self) -> None:
        self._plan()
        for sent in self.tree.sentences:
            self._sentence(sent)
        for sec in self.tree.sections:
            self._section(sec)
        self._citations()
        self._candidates()
        self._indicators()
        self._relations()
        self._artifacts()

    def _plan(self) -> None:
        t = self.tree
        plan = self.plan
        self.add(plan, RDF.type, KG.Plan)
        label = t.title or (t.parts[0].title if t.parts and t.parts[0].title else self.doc_id)
        self.add(plan, RDFS.label, Literal(label, lang="zh"))
        if t.title:
            self.add(plan, DCTERMS.title, Literal(t.title, lang="zh"))
        self.add(plan, DCTERMS.source, Literal(t.doc.path.replace("\\", "/").rsplit("/", 1)[-1]))
        self.add(plan, DCTERMS.identifier, Literal(self.doc_id))
        self.add(plan, KG.encoding, Literal(t.doc.encoding))
        if t.date:
            self.add(plan, DCTERMS.issued, Literal(t.date, datatype=XSD.date))
        if t.number:
            self.add(plan, KG.documentNumber, Literal(t.number))
        if t.issuer:
            self.add(plan, DCTERMS.publisher, Literal(t.issuer, lang="zh"))
            org = self._org(t.issuer)
            if org is not None:
                self.add(plan, DCTERMS.creator, org)
        if len(t.parts) > 1:
            for part in t.parts:
                piri = URIRef(f"{self.base}/part/{part.index}")
                self.add(piri, RDF.type, KG.Part)
                self.add(piri, KG.partIndex, Literal(part.index))
                self.add(piri, RDFS.label, Literal(part.title or f"{label} ({part.index})", lang="zh"))
                self.add(piri, DCTERMS.isPartOf, plan)
                self.add(plan, DCTERMS.hasPart, piri)

    def _sentence(self, s: Sentence) -> None:
        si = self.sent_iri(s)
        self.add(si, RDF.type, KG.Sentence)
        self.add(si, KG.text, Literal(s.text))
        self.add(si, KG.section, Literal(s.section))
        self.add(si, KG.sectionNode, self.sec_iri(s.section))
        self.add(si, KG.sentenceIndex, Literal(s.index))
        self.add(si, KG.sentenceKind, Literal(s.kind))
        self.add(si, NIF.beginIndex, Literal(s.begin, datatype=XSD.nonNegativeInteger))
        self.add(si, NIF.endIndex, Literal(s.end, datatype=XSD.nonNegativeInteger))
        self.add(si, PROV.wasDerivedFrom, self.plan)
        for m in self.ex.mentions_in(s.index):
            self.add(si, KG.mentions, URIRef(m.iri))
            self.used.add(m.iri)

    def _section(self, sec: Section) -> None:
        si = self.sec_iri(sec.id)
        cls = {"chapter": KG.Chapter, "section": KG.Section}.get(sec.kind, KG.Section)
        self.add(si, RDF.type, cls)
        if sec.role in _CLASS_OF_ROLE:
            self.add(si, RDF.type, _CLASS_OF_ROLE[sec.role])
        self.add(si, RDFS.label, Literal(sec.title, lang="zh"))
        self.add(si, KG.section, Literal(sec.id))
        self.add(si, KG.hasBody, Literal(sec.has_body))
        if sec.number is not None or sec.chapter is not None:
            self.add(si, KG.order, Literal(sec.number if sec.number is not None else sec.chapter))
        parent = self.sec_iri(sec.parent) if sec.parent else self.plan
        self.add(si, DCTERMS.isPartOf, parent)
        self.add(parent, DCTERMS.hasPart, si)
        self.add(si, PROV.wasDerivedFrom, self.plan)
        if sec.part > 1:
            self.add(si, DCTERMS.isPartOf, URIRef(f"{self.base}/part/{sec.part}"))
        if sec.heading is not None:
            self.add(si, KG.evidence, self.sent_iri(sec.heading))
            self._concept_links(si, [sec.heading], measure=False)
        if sec.role == "task":
            self.add(self.plan, KG.hasTask, si)
        if sec.role == "action":
            self._section_action(sec, si)
            return
        counters: Counter = Counter()
        current_action = None
        for para in sec.paragraphs:
            if para.role in _CLASS_OF_PARA:
                counters[para.role] += 1
                node = self._lead_node(sec, para, para.role, counters[para.role])
                current_action = node if para.role == "action" else None
            elif current_action is not None and (para.number or "").endswith("/"):
                self._measures(current_action, para.sentences, start=len(list(
                    self.g.objects(current_action, KG.hasMeasure))) + 1)
            elif para.responsible and para.role is None:
                self._responsible(si, para)  # units assigned to a section as a whole
        for box in sec.boxes:
            bi = URIRef(f"{si}/box/{box.number}")
            self.add(bi, RDF.type, KG.Box)
            self.add(bi, RDFS.label, Literal(f"{box.id} {box.title}".strip(), lang="zh"))
            self.add(bi, KG.section, Literal(sec.id))
            self.add(bi, DCTERMS.isPartOf, si)
            self.add(si, KG.hasBox, bi)
            if box.heading is not None:
                self.add(bi, KG.evidence, self.sent_iri(box.heading))
            sentences = [s for p in box.paragraphs for s in p.sentences]
            if sec.role == "task" and sentences:
                counters["action"] += 1
                ai = URIRef(f"{si}/action/{counters['action']}")
                self._action_common(ai, sec, box.title or box.id, counters["action"], box.heading)
                self.add(ai, DCTERMS.isPartOf, bi)
                self._measures(ai, sentences, start=1)
            else:
                for s in sentences:
                    self.add(bi, KG.evidence, self.sent_iri(s))
                self._concept_links(bi, sentences, measure=False)

    def _section_action(self, sec: Section, si: URIRef) -> None:
        """A section that is itself an action (the tasks are chapters): its sentences are its measures."""
        self.add(si, RDF.type, KG.Action)
        self.add(self.sec_iri(sec.parent), KG.hasAction, si)
        if sec.heading is not None:
            self.add(si, KG.leadSentence, self.sent_iri(sec.heading))
        sentences = [s for p in sec.paragraphs for s in p.sentences]
        sentences += [s for box in sec.boxes for p in box.paragraphs for s in p.sentences]
        self._measures(si, sentences, start=1)
        for para in sec.paragraphs:
            if para.responsible:
                self._responsible(si, para)

    def _action_common(self, ai: URIRef, sec: Section, label: str, order: int, lead: Sentence | None) -> None:
        si = self.sec_iri(sec.id)
        self.add(ai, RDF.type, KG.Action)
        self.add(ai, RDFS.label, Literal(label, lang="zh"))
        self.add(ai, KG.section, Literal(sec.id))
        self.add(ai, KG.order, Literal(order))
        self.add(ai, DCTERMS.isPartOf, si)
        self.add(ai, PROV.wasDerivedFrom, self.plan)
        self.add(si, KG.hasAction, ai)
        if lead is not None:
            self.add(ai, KG.leadSentence, self.sent_iri(lead))
            self.add(ai, KG.evidence, self.sent_iri(lead))
            self._concept_links(ai, [lead], measure=False)

    def _lead_node(self, sec: Section, para: Paragraph, role: str, order: int) -> URIRef:
        si = self.sec_iri(sec.id)
        node = URIRef(f"{si}/{role}/{order}")
        label = para.lead.clean.rstrip("。！？!?")
        if role == "action":
            self._action_common(node, sec, label, order, para.lead)
            if para.number:
                self.add(node, KG.itemNumber, Literal(para.number))
            rest = [s for s in para.sentences if s is not para.lead and s.kind == "body"]
            self._measures(node, rest, start=1)
            self._responsible(node, para)
            return node
        self.add(node, RDF.type, _CLASS_OF_PARA[role])
        self.add(node, RDFS.label, Literal(label, lang="zh"))
        self.add(node, KG.section, Literal(sec.id))
        self.add(node, KG.order, Literal(order))
        self.add(node, DCTERMS.isPartOf, si)
        self.add(node, PROV.wasDerivedFrom, self.plan)
        self.add(node, KG.leadSentence, self.sent_iri(para.lead))
        body = [s for s in para.sentences if s.kind == "body"]
        for s in body:
            self.add(node, KG.evidence, self.sent_iri(s))
        self._concept_links(node, body, measure=False)
        return node

    def _measures(self, action: URIRef, sentences: list[Sentence], start: int) -> None:
        for k, s in enumerate(sentences, start=start):
            if s.kind != "body":
                continue
            mi = URIRef(f"{action}/m/{k}")
            self.add(mi, RDF.type, KG.Measure)
            self.add(mi, RDFS.label, Literal(s.text))
            self.add(mi, KG.section, Literal(s.section))
            self.add(mi, KG.order, Literal(k))
            self.add(mi, KG.evidence, self.sent_iri(s))
            self.add(mi, PROV.wasDerivedFrom, self.plan)
            self.add(action, KG.hasMeasure, mi)
            self.add(action, KG.evidence, self.sent_iri(s))
            self._concept_links(mi, [s], measure=True)
            self._concept_links(action, [s], measure=False)

    def _concept_links(self, node: URIRef, sentences: list[Sentence], measure: bool) -> None:
        """Link *node* to the concepts its sentences mention; in a measure, relate them too."""
        techs, domains = set(), set()
        for s in sentences:
            for m in self.ex.mentions_in(s.index):
                c = URIRef(m.iri)
                if m.kind == "Technology":
                    self.add(node, KG.involvesTechnology, c)
                    techs.add(m.iri)
                elif m.kind == "Domain":
                    self.add(node, KG.responsibleDomain, c)
                    domains.add(m.iri)
                elif m.kind == "Region":
                    self.add(node, KG.involvesRegion, c)
        if not measure:
            return
        s = sentences[0]
        for a, b in combinations(sorted(techs), 2):
            self._relation(a, KG.relatedTechnology, b, s, symmetric=True)
        for t in sorted(techs):
            for d in sorted(domains):
                self._relation(t, KG.appliedIn, d, s)

    def _relation(self, a: str, pred: URIRef, b: str, s: Sentence, symmetric: bool = False) -> None:
        ua, ub = URIRef(a), URIRef(b)
        self.add(ua, pred, ub)
        if symmetric:
            self.add(ub, pred, ua)
            a, b = sorted((a, b))
        st = ID[f"statement/{_short_hash(a, str(pred), b)}"]
        self.add(st, RDF.type, RDF.Statement)
        self.add(st, RDF.subject, URIRef(a))
        self.add(st, RDF.predicate, pred)
        self.add(st, RDF.object, URIRef(b))
        self.add(st, KG.evidence, self.sent_iri(s))

    def _responsible(self, action: URIRef, para: Paragraph) -> None:
        for name in para.responsible:
            org = self._org(name)
            if org is None:
                continue
            self.add(action, KG.responsibleUnit, org)
            if para.responsible_sentence is not None:
                self._relation(str(action), KG.responsibleUnit, str(org), para.responsible_sentence)

    def _org(self, name: str) -> URIRef | None:
        name = name.strip()
        if not name:
            return None
        try:
            c = self.lex.lookup(name, kinds=("Organization",))
            self.used.add(c.iri)
            return URIRef(c.iri)
        except Exception:
            iri = str(CONCEPT[f"org/x-{_short_hash(fold(name))}"])
            self.org_extra[iri] = name
            return URIRef(iri)

    def _citations(self) -> None:
        for c in self.ex.citations:
            ci = ID[f"cited/{_short_hash(fold(c.title))}"]
            self.add(ci, RDF.type, KG.CitedDocument)
            self.add(ci, RDFS.label, Literal(c.title, lang="zh"))
            self.add(ci, DCTERMS.title, Literal(c.title, lang="zh"))
            si = self.sent_iri(self.tree.sentences[c.sentence])
            self.add(ci, KG.evidence, si)
            self.add(si, KG.cites, ci)
            self.add(self.plan, KG.cites, ci)

    def _candidates(self) -> None:
        """Technology-like terms in no lexicon: kg:Technology, kg:candidate true, mentions only."""
        for c in self.ex.candidates:
            iri = candidate_iri(c.term)
            self.candidate_terms[iri] = c.term
            si = self.sent_iri(self.tree.sentences[c.sentence])
            self.add(si, KG.mentions, URIRef(iri))
            self.add(URIRef(iri), KG.evidence, si)

    def _indicators(self) -> None:
        for n, ind in enumerate(self.ex.indicators, start=1):
            ii = URIRef(f"{self.base}/indicator/{n}")
            s = self.tree.sentences[ind.sentence]
            self.add(ii, RDF.type, KG.Indicator)
            label = f"{ind.name} {ind.value}{ind.unit}" + (f" ({ind.year})" if ind.year else "")
            self.add(ii, RDFS.label, Literal(label, lang="zh"))
            self.add(ii, KG.indicatorName, Literal(ind.name, lang="zh"))
            self.add(ii, KG.value, Literal(ind.value, datatype=XSD.decimal))
            self.add(ii, KG.unit, Literal(ind.unit))
            if ind.year:
                self.add(ii, KG.year, Literal(str(ind.year), datatype=XSD.gYear))
            if ind.baseline_value is not None:
                self.add(ii, KG.baselineValue, Literal(ind.baseline_value, datatype=XSD.decimal))
            if ind.baseline_year:
                self.add(ii, KG.baselineYear, Literal(str(ind.baseline_year), datatype=XSD.gYear))
            self.add(ii, KG.section, Literal(s.section))
            self.add(ii, KG.evidence, self.sent_iri(s))
            self.add(ii, PROV.wasDerivedFrom, self.plan)

    def _relations(self) -> None:
        for r in self.ex.relations:
            self._relation(r.source, KG[r.predicate], r.target, self.tree.sentences[r.sentence], symmetric=True)

    def _artifacts(self) -> None:
        for n, a in enumerate(self.tree.artifacts, start=1):
            ai = URIRef(f"{self.base}/artifact/{n}")
            self.add(ai, RDF.type, KG.Artifact)
            self.add(ai, KG.artifactKind, Literal(a.kind))
            self.add(ai, KG.text, Literal(a.text))
            self.add(ai, KG.section, Literal(a.section))
            self.add(ai, NIF.beginIndex, Literal(a.begin, datatype=XSD.nonNegativeInteger))
            self.add(ai, NIF.endIndex, Literal(a.end, datatype=XSD.nonNegativeInteger))
            self.add(self.plan, KG.hasArtifact, ai)


def _concept_triples(g: Graph, lexicon: Lexicon, used: set[str], counts: Counter,
                     extra_orgs: dict[str, str], candidates: dict[str, str] | None = None) -> None:
    """Write the concepts that the documents use (skos:broader only between used concepts)."""
    seen = {iri for iri in used if iri in lexicon.concepts}
    for iri in sorted(seen):
        c = lexicon.concepts[iri]
        c = Concept(c.iri, c.kind, c.zh, c.en, c.alt, tuple(b for b in c.broader if b in seen), c.candidate)
        _write_concept(g, c, counts.get(iri, 0))
    for iri, name in sorted(extra_orgs.items()):
        if iri in seen:
            continue
        c = Concept(iri, "Organization", name, "", (), (), candidate=True)
        _write_concept(g, c, counts.get(iri, 0))
    for iri, term in sorted((candidates or {}).items()):
        _write_concept(g, Concept(iri, "Technology", term, "", (), (), candidate=True), counts.get(iri, 0))


def _write_concept(g: Graph, c: Concept, count: int) -> None:
    ci = URIRef(c.iri)
    g.add((ci, RDF.type, SKOS.Concept))
    g.add((ci, RDF.type, KG[c.kind]))
    if c.kind == "Organization":
        g.add((ci, RDF.type, ORG.Organization))
    for text, lang in ((c.zh, "zh"), (c.en, "en")):
        if text:
            g.add((ci, SKOS.prefLabel, Literal(text, lang=lang)))
            g.add((ci, RDFS.label, Literal(text, lang=lang)))
    for alt in c.alt:
        g.add((ci, SKOS.altLabel, Literal(alt, lang="zh" if any("\u4e00" <= ch <= "\u9fff" for ch in alt) else "en")))
    for b in c.broader:
        g.add((ci, SKOS.broader, URIRef(b)))
    scheme = c.iri.rsplit("/", 1)[0]
    g.add((ci, SKOS.inScheme, URIRef(scheme)))
    if c.candidate:
        g.add((ci, KG.candidate, Literal(True)))
        g.add((ci, KG.confidence, Literal("0.5", datatype=XSD.decimal)))
    if count:
        g.add((ci, KG.mentionCount, Literal(count)))


def build_graph(extractions: list[Extraction], lexicon: Lexicon) -> BuiltGraph:
    """Build the merged graph and one graph per document."""
    merged = new_graph()
    per_doc: dict[str, Graph] = {}
    all_used: set[str] = set()
    counts: Counter = Counter()
    extra: dict[str, str] = {}
    candidates: dict[str, str] = {}
    for ex in extractions:
        g = new_graph()
        builder = _DocGraphBuilder(ex, lexicon, g)
        builder.build()
        used = builder.used | set(builder.org_extra)
        doc_counts = Counter(m.iri for m in ex.mentions)
        doc_counts.update(candidate_iri(c.term) for c in ex.candidates)
        _concept_triples(g, lexicon, used, doc_counts, builder.org_extra, builder.candidate_terms)
        per_doc[ex.tree.doc.doc_id] = g
        all_used |= builder.used
        counts.update(doc_counts)
        extra.update(builder.org_extra)
        candidates.update(builder.candidate_terms)
    for g in per_doc.values():
        for t in g:
            if t[1] != KG.mentionCount:
                merged.add(t)
    _concept_triples(merged, lexicon, all_used, counts, extra, candidates)
    return BuiltGraph(merged, per_doc)


def to_dataset(built: BuiltGraph) -> Dataset:
    """A dataset with one named graph per document (IRI = the plan's IRI)."""
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    for doc_id, g in sorted(built.per_document.items()):
        ng = ds.graph(URIRef(str(ID[doc_id])))
        for t in g:
            ng.add(t)
    return ds
