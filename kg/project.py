"""Projections of a built graph into networkx graphs (read-only; no spaCy here).

:class:`GraphIndex` reads, with a few SPARQL queries over the graph's store, what the analysis and
the HTML pages need: the nodes of the chain (tasks, actions, concepts, units) with their labels,
kinds, sections and documents, and the weighted relation edges.  It is plain data, cached as JSON in
the store's folder (keyed by the store's stamp; never an executable format).  Evidence sentences are
not held in memory: :meth:`GraphIndex.node_evidence` and :meth:`GraphIndex.edge_evidence` ask the
store for them when a hop, a panel or a path needs them.

- :func:`entity_graph` — tasks, actions, technologies, domains, regions, organisations and the
  relations between them (the chain task → action → technology → domain);
- :func:`technology_graph` — technologies linked by shared measures (weighted);
- :func:`tech_domain_graph` — the technology–domain bipartite graph.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from .namespaces import ID, KG

NODE_KINDS = ("Task", "PriorityAction", "Action", "Technology", "Domain", "Region", "Organization", "GenericUnit")
CONCEPT_KINDS = ("Technology", "Domain", "Region", "Organization", "GenericUnit")
EDGE_RELATIONS = {
    "hasAction": KG.hasAction,
    "involvesTechnology": KG.involvesTechnology,
    "responsibleDomain": KG.responsibleDomain,
    "responsibleUnit": KG.responsibleUnit,
    "involvesRegion": KG.involvesRegion,
    "appliedIn": KG.appliedIn,
    "integratesWith": KG.integratesWith,
    "relatedTechnology": KG.relatedTechnology,
}
SYMMETRIC = ("integratesWith", "relatedTechnology")
#: Bump when the cached index changes shape.
INDEX_VERSION = 3
_PREFIXES = """PREFIX kg: <https://w3id.org/policy-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def statement_iri(a: str, relation: str, b: str) -> str:
    """IRI of the reified statement of ``a relation b`` (as :mod:`kg.graph` writes it)."""
    pred = f"<{KG}{relation}>"
    ea, eb = f"<{a}>", f"<{b}>"
    if relation in SYMMETRIC:
        ea, eb = sorted((ea, eb))
    h = hashlib.sha1("\x1f".join((ea, pred, eb)).encode("utf-8")).hexdigest()[:12]
    return f"{ID}statement/{h}"


class GraphIndex:
    """Nodes, labels, kinds, documents and weighted relation edges of a built graph."""

    def __init__(self, data: dict, store=None):
        self.kind: dict[str, str] = data["kind"]
        self.zh: dict[str, str] = data["zh"]
        self.en: dict[str, str] = data["en"]
        self.alt: dict[str, list[str]] = data["alt"]
        self.section: dict[str, str] = data["section"]
        self.plan_of: dict[str, str] = data["plan_of"]
        self.plans: list[str] = data["plans"]
        self.plan_labels: dict[str, str] = data["plan_labels"]
        self.edges: dict[str, list[list]] = data["edges"]  # relation → [a, b, weight]
        self.candidates: set[str] = set(data["candidates"])
        self.mention_count: dict[str, int] = data.get("mention_count", {})
        self.store = store
        self._sentences: dict[str, tuple[str, str, str, int]] = {}
        self._node_ev: dict[str, list[str]] = {}

    # -- names -------------------------------------------------------------------------------------
    def label(self, iri: str, lang: str = "zh") -> str:
        if lang == "en":
            return self.en.get(iri) or self.zh.get(iri) or iri.rsplit("/", 1)[-1]
        return self.zh.get(iri) or self.en.get(iri) or iri.rsplit("/", 1)[-1]

    def document(self, iri: str) -> str:
        """The label of the document a node or sentence comes from ('' for shared concepts)."""
        plan = self.plan_of.get(iri)
        if plan is None and iri in self._sentences:
            plan = self._sentences[iri][2]
        return self.plan_labels.get(plan or "", "")

    # -- evidence ------------------------------------------------------------------------------------
    def _ask(self, query: str) -> list[tuple]:
        if self.store is None:
            return []
        res = self.store.query(_PREFIXES + query, use_default_graph_as_union=True)
        cols = [v.value for v in res.variables]
        return [tuple(None if sol[c] is None else sol[c].value for c in cols) for sol in res]

    def _load_sentences(self, iris: list[str]) -> None:
        todo = [i for i in iris if i not in self._sentences]
        for k in range(0, len(todo), 500):
            values = " ".join(f"<{i}>" for i in todo[k:k + 500])
            for s, sec, text, plan, idx in self._ask(
                    f"SELECT ?s ?sec ?text ?plan ?idx WHERE {{ VALUES ?s {{ {values} }} ?s kg:section ?sec ; "
                    f"kg:text ?text ; kg:sentenceIndex ?idx . OPTIONAL {{ ?s prov:wasDerivedFrom ?plan }} }}"):
                self._sentences[s] = (sec, text, plan or "", int(idx))

    def _sentence(self, iri: str) -> tuple[str, str, str, int]:
        if iri not in self._sentences:
            self._load_sentences([iri])
        return self._sentences.get(iri, ("", "", "", 0))

    def sentence_order(self, iris) -> list[str]:
        self._load_sentences(list(iris))
        return sorted(set(iris), key=lambda s: (self.plan_labels.get(self._sentence(s)[2], ""), self._sentence(s)[2],
                                                self._sentence(s)[3], s))

    def sentences(self, iris) -> list[dict]:
        """Evidence sentences as records: document, section, text (ordered by document and position)."""
        return [{"iri": s, "document": self.plan_labels.get(self._sentence(s)[2], ""), "section": self._sentence(s)[0],
                 "text": self._sentence(s)[1]} for s in self.sentence_order(iris)]

    def prefetch_evidence(self) -> None:
        """Load every node's evidence at once (a page that shows all of it, for one document)."""
        ev: dict[str, list[str]] = {}
        for n, s in self._ask("SELECT ?n ?s WHERE { ?n kg:evidence ?s . ?s a kg:Sentence }"):
            ev.setdefault(n, []).append(s)
        mentions: dict[str, list[str]] = {}
        for c, s in self._ask("SELECT ?c ?s WHERE { ?s kg:mentions ?c }"):
            mentions.setdefault(c, []).append(s)
        for c, sents in mentions.items():
            if self.kind.get(c) in CONCEPT_KINDS and c not in ev:
                ev[c] = sents
        self._node_ev = ev
        self._load_sentences([s for v in ev.values() for s in v])

    def node_evidence(self, iri: str, limit: int = 200) -> list[str]:
        """Sentences backing a node: its kg:evidence, or for a concept the sentences mentioning it."""
        if iri in self._node_ev:
            return self.sentence_order(self._node_ev[iri])[:limit]
        rows = self._ask(f"SELECT ?s WHERE {{ <{iri}> kg:evidence ?s . ?s a kg:Sentence }} LIMIT {limit}")
        if not rows:
            rows = self._ask(f"SELECT ?s WHERE {{ ?s kg:mentions <{iri}> }} LIMIT {limit}")
        return self.sentence_order([r[0] for r in rows])

    def edge_evidence(self, a: str, relation: str, b: str, limit: int = 100) -> list[str]:
        """Sentences backing the edge ``a relation b`` (the reified statement's evidence, or the source's
        evidence that mentions the target)."""
        found: list[str] = []
        rels = ("leadUnit", "supportingUnit", "responsibleUnit") if relation == "responsibleUnit" else (relation,)
        for rel in rels:
            for x, y in ((a, b), (b, a)) if relation in SYMMETRIC else ((a, b),):
                st = statement_iri(x, rel, y)
                found += [r[0] for r in self._ask(f"SELECT ?s WHERE {{ <{st}> kg:evidence ?s }} LIMIT {limit}")]
        if not found:
            if relation == "hasAction":
                found = self.node_evidence(b, limit)
            elif relation in ("involvesTechnology", "responsibleDomain", "involvesRegion", "responsibleUnit"):
                found = [r[0] for r in self._ask(f"SELECT ?s WHERE {{ <{a}> kg:evidence ?s . ?s kg:mentions <{b}> }} "
                                                 f"LIMIT {limit}")]
        return self.sentence_order(found)

    # -- cache -----------------------------------------------------------------------------------------
    def to_json(self) -> dict:
        return {"version": INDEX_VERSION, "kind": self.kind, "zh": self.zh, "en": self.en, "alt": self.alt,
                "section": self.section, "plan_of": self.plan_of, "plans": self.plans,
                "plan_labels": self.plan_labels, "edges": self.edges, "candidates": sorted(self.candidates),
                "mention_count": self.mention_count}


def build_index(store) -> GraphIndex:
    """Read the index from a pyoxigraph store (see the module doc)."""
    def ask(q: str) -> list[tuple]:
        res = store.query(_PREFIXES + q, use_default_graph_as_union=True)
        cols = [v.value for v in res.variables]
        return [tuple(None if sol[c] is None else sol[c].value for c in cols) for sol in res]

    kinds = " ".join(f"kg:{k}" for k in NODE_KINDS)
    kind: dict[str, str] = {}
    for s, k in sorted(ask(f"SELECT ?s ?k WHERE {{ VALUES ?k {{ {kinds} }} ?s a ?k }}")):
        name = k.rsplit("#", 1)[1]
        prev = kind.get(s)
        if prev is None or NODE_KINDS.index(name) < NODE_KINDS.index(prev):
            kind[s] = name  # Task wins over Action for a chapter that is both
    zh, en = {}, {}
    for s, label, lang in sorted(ask(
            f"SELECT ?s ?l (LANG(?l) AS ?lang) WHERE {{ VALUES ?k {{ {kinds} }} ?s a ?k . "
            f"{{ ?s kg:actionLabel ?l }} UNION {{ ?s rdfs:label ?l FILTER NOT EXISTS {{ ?s kg:actionLabel ?x }} }} }}")):
        (en if lang == "en" else zh).setdefault(s, label)
    alt: dict[str, list[str]] = {}
    for s, label in sorted(ask("SELECT ?s ?l WHERE { ?s skos:altLabel ?l }")):
        alt.setdefault(s, []).append(label)
    section = dict(ask(f"SELECT ?s ?sec WHERE {{ VALUES ?k {{ kg:Task kg:PriorityAction kg:Action }} ?s a ?k ; "
                       f"kg:section ?sec }}"))
    plan_of = dict(ask(f"SELECT ?s ?p WHERE {{ VALUES ?k {{ kg:Task kg:PriorityAction kg:Action }} ?s a ?k ; "
                       f"prov:wasDerivedFrom ?p }}"))
    plan_labels = {p: label for p, label in ask("SELECT ?p (SAMPLE(?l) AS ?label) WHERE { ?p a kg:Plan ; "
                                                "rdfs:label ?l } GROUP BY ?p")}
    plans = sorted(plan_labels)
    weights: dict[tuple[str, str, str], int] = {}
    for a, p, b, n in ask("SELECT ?a ?p ?b (COUNT(DISTINCT ?s) AS ?n) WHERE { ?st rdf:subject ?a ; "
                          "rdf:predicate ?p ; rdf:object ?b ; kg:evidence ?s } GROUP BY ?a ?p ?b"):
        rel = p.rsplit("#", 1)[1]
        if rel in ("leadUnit", "supportingUnit"):
            rel = "responsibleUnit"
        weights[(a, rel, b)] = weights.get((a, rel, b), 0) + int(n)
    for a, p, c, n in ask("SELECT ?a ?p ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { VALUES ?p { kg:involvesTechnology "
                          "kg:responsibleDomain kg:involvesRegion } ?a ?p ?c ; kg:evidence ?s . ?s kg:mentions ?c } "
                          "GROUP BY ?a ?p ?c"):
        weights[(a, p.rsplit("#", 1)[1], c)] = int(n)
    edges: dict[str, list[list]] = {}
    for name, pred in EDGE_RELATIONS.items():
        rows = sorted(ask(f"SELECT ?a ?b WHERE {{ ?a <{pred}> ?b }}"))
        edges[name] = [[a, b, max(1, weights.get((a, name, b), 0) or weights.get((b, name, a), 0))]
                       for a, b in rows if a in kind and b in kind]
    candidates = [s for (s,) in ask("SELECT ?s WHERE { ?s kg:candidate true }")]
    mention_count = {s: int(n) for s, n in ask("SELECT ?s ?n WHERE { ?s kg:mentionCount ?n }")}
    data = {"kind": kind, "zh": zh, "en": en, "alt": alt, "section": section, "plan_of": plan_of, "plans": plans,
            "plan_labels": plan_labels, "edges": edges, "candidates": candidates, "mention_count": mention_count}
    return GraphIndex(data, store)


def index_from_triples(triples) -> GraphIndex:
    """The index of triples held in memory (one document's graph and its concepts), through an in-memory store."""
    import pyoxigraph

    from .rdfio import ntriples

    store = pyoxigraph.Store()
    store.load(ntriples(triples).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return build_index(store)


def load_index(source) -> GraphIndex:
    """The :class:`GraphIndex` of a built graph (a :class:`~kg.store.GraphSource` or a path), cached as JSON
    in its store's folder."""
    from .store import STAMP, GraphSource, ensure_store, open_oxigraph, resolve_graph

    if not isinstance(source, GraphSource):
        source = resolve_graph(source)
    folder = ensure_store(source)
    store = open_oxigraph(source)
    stamp = (folder / STAMP).read_text().strip()
    cache = folder / f"index-v{INDEX_VERSION}.json"
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("stamp") == stamp and data.get("version") == INDEX_VERSION:
            return GraphIndex(data, store)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    index = build_index(store)
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".index-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(dict(index.to_json(), stamp=stamp), fh, ensure_ascii=False)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only store folder: no cache
    return index


# ------------------------------------------------------------------------------------ projections
def entity_graph(index: GraphIndex, relations: tuple[str, ...] | None = None,
                 kinds: tuple[str, ...] = NODE_KINDS) -> nx.MultiDiGraph:
    """The entity graph: nodes of *kinds*, edges of :data:`EDGE_RELATIONS` (weight = evidence sentences)."""
    relations = relations or tuple(EDGE_RELATIONS)
    G = nx.MultiDiGraph()
    for iri, kind in index.kind.items():
        if kind in kinds:
            G.add_node(iri, kind=kind, zh=index.label(iri, "zh"), en=index.label(iri, "en"),
                       section=index.section.get(iri, ""), document=index.plan_labels.get(index.plan_of.get(iri, ""), ""),
                       candidate=iri in index.candidates)
    for name in relations:
        for a, b, w in index.edges.get(name, []):
            if a not in G or b not in G or a == b:
                continue
            if name in SYMMETRIC and a > b:
                continue  # symmetric: one edge per pair
            G.add_edge(a, b, key=name, relation=name, weight=w)
    return G


def degree_centrality(G) -> dict[str, float]:
    """Degree centrality on the undirected simple graph of *G*: the one number `kg rank`, the build's page
    and `kg viz` show for a node."""
    U = nx.Graph(G)
    return nx.degree_centrality(U) if len(U) > 1 else {n: 1.0 for n in U}


def technology_graph(index: GraphIndex) -> nx.Graph:
    """Technologies linked by the measures that mention both (weight = shared measures)."""
    G = nx.Graph()
    for iri, kind in index.kind.items():
        if kind == "Technology":
            G.add_node(iri, kind=kind, zh=index.label(iri), en=index.label(iri, "en"))
    for a, b, w in index.edges.get("relatedTechnology", []):
        if a < b and a in G and b in G:
            G.add_edge(a, b, weight=w, relation="relatedTechnology")
    return G


def tech_domain_graph(index: GraphIndex) -> nx.Graph:
    """Bipartite technology–domain graph from ``kg:appliedIn`` (weight = evidence sentences)."""
    G = nx.Graph()
    for a, b, w in index.edges.get("appliedIn", []):
        for n, kind, part in ((a, "Technology", 0), (b, "Domain", 1)):
            G.add_node(n, kind=kind, bipartite=part, zh=index.label(n), en=index.label(n, "en"))
        G.add_edge(a, b, weight=w, relation="appliedIn")
    return G


__all__ = ["GraphIndex", "build_index", "load_index", "index_from_triples", "entity_graph", "technology_graph", "tech_domain_graph",
           "degree_centrality", "statement_iri"]
