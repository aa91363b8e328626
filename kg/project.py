"""Projections of the RDF graph into networkx graphs (read-only; no spaCy here).

- :func:`entity_graph` — tasks, actions, technologies, domains, regions, organisations
  and the relations between them (the chain task → action → technology → domain);
- :func:`technology_graph` — technologies linked by shared measures (weighted);
- :func:`tech_domain_graph` — the technology–domain bipartite graph.

Every node carries ``kind``, ``zh``, ``en``, ``section`` and ``evidence`` (sentence IRIs);
every edge carries ``relation``, ``weight`` and ``evidence``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from .namespaces import KG

NODE_KINDS = ("Task", "PriorityAction", "Action", "Technology", "Domain", "Region", "Organization")
CONCEPT_KINDS = ("Technology", "Domain", "Region", "Organization")
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


#: Bump when GraphIndex changes, so that cached indexes are rebuilt.
INDEX_VERSION = 1


class GraphIndex:
    """Labels, kinds, sentences, evidence and relation edges of an RDF graph, read once.

    It holds plain dicts and lists only (no rdflib objects), so it pickles: :func:`load_index`
    caches it beside ``kg.ttl``.
    """

    def __init__(self, g: Graph):
        self.kind: dict[str, str] = {}
        for kind in NODE_KINDS:
            for s in g.subjects(RDF.type, KG[kind]):
                key = str(s)
                # Task wins over Section; PriorityAction over Section
                self.kind.setdefault(key, kind)
        self.zh: dict[str, str] = {}
        self.en: dict[str, str] = {}
        for s, o in g.subject_objects(RDFS.label):
            lang = getattr(o, "language", None)
            target = self.en if lang == "en" else self.zh
            if lang in ("zh", "en", None):
                target.setdefault(str(s), str(o))
        self.alt: dict[str, list[str]] = defaultdict(list)
        for s, o in g.subject_objects(SKOS.altLabel):
            self.alt[str(s)].append(str(o))
        self.section = {str(s): str(o) for s, o in g.subject_objects(KG.section)}
        self.text = {str(s): str(o) for s, o in g.subject_objects(KG.text)}
        self.sentence_index = {str(s): int(o) for s, o in g.subject_objects(KG.sentenceIndex)}
        self.evidence: dict[str, set[str]] = defaultdict(set)
        for s, o in g.subject_objects(KG.evidence):
            self.evidence[str(s)].add(str(o))
        self.mentioned_in: dict[str, set[str]] = defaultdict(set)
        for s, o in g.subject_objects(KG.mentions):
            self.mentioned_in[str(o)].add(str(s))
        self.statement: dict[tuple[str, str, str], set[str]] = {}
        for st in g.subjects(RDF.type, RDF.Statement):
            key = (str(g.value(st, RDF.subject)), str(g.value(st, RDF.predicate)), str(g.value(st, RDF.object)))
            self.statement[key] = self.evidence.get(str(st), set())
        self.edges: dict[str, list[tuple[str, str]]] = {
            name: [(str(a), str(b)) for a, b in g.subject_objects(pred)] for name, pred in EDGE_RELATIONS.items()}
        measures = {str(m) for m in g.subjects(RDF.type, KG.Measure)}
        self.measure_techs: dict[str, set[str]] = defaultdict(set)
        for m, t in self.edges["involvesTechnology"]:
            if m in measures:
                self.measure_techs[m].add(t)
        self.plans = sorted(str(p) for p in g.subjects(RDF.type, KG.Plan))

    def label(self, iri: str, lang: str = "zh") -> str:
        if lang == "en":
            return self.en.get(iri) or self.zh.get(iri) or iri.rsplit("/", 1)[-1]
        return self.zh.get(iri) or self.en.get(iri) or iri.rsplit("/", 1)[-1]

    def node_evidence(self, iri: str) -> list[str]:
        """Sentences backing a node: its kg:evidence, or for a concept the sentences mentioning it."""
        ev = self.evidence.get(iri) or self.mentioned_in.get(iri) or set()
        return sorted(ev, key=lambda s: (s.rsplit("/s/", 1)[0], self.sentence_index.get(s, 0), s))

    def edge_evidence(self, a: str, relation: str, b: str) -> list[str]:
        pred = str(KG[relation])
        ev = set(self.statement.get((a, pred, b), set())) | set(self.statement.get((b, pred, a), set()))
        if not ev:
            if relation in ("involvesTechnology", "responsibleDomain", "involvesRegion", "hasAction"):
                ev = self.evidence.get(b if relation == "hasAction" else a, set())
                if relation != "hasAction":
                    ev = ev & self.mentioned_in.get(b, set())
        return sorted(ev, key=lambda s: (s.rsplit("/s/", 1)[0], self.sentence_index.get(s, 0), s))


def entity_graph(index: GraphIndex, relations: tuple[str, ...] | None = None) -> nx.MultiDiGraph:
    """The entity graph: nodes of :data:`NODE_KINDS`, edges of :data:`EDGE_RELATIONS`."""
    relations = relations or tuple(EDGE_RELATIONS)
    G = nx.MultiDiGraph()
    for iri, kind in index.kind.items():
        G.add_node(iri, kind=kind, zh=index.label(iri, "zh"), en=index.label(iri, "en"),
                   section=index.section.get(iri, ""))
    for name in relations:
        for a, b in index.edges[name]:
            if a not in G or b not in G or a == b:
                continue
            if name in ("integratesWith", "relatedTechnology") and a > b:
                continue  # symmetric: one edge per pair
            G.add_edge(a, b, key=name, relation=name, weight=max(1, len(index.edge_evidence(a, name, b))))
    return G


def technology_graph(index: GraphIndex) -> nx.Graph:
    """Technologies linked by the measures that mention both (weight = shared measures)."""
    G = nx.Graph()
    measures = index.measure_techs
    for iri, kind in index.kind.items():
        if kind == "Technology":
            G.add_node(iri, kind=kind, zh=index.label(iri), en=index.label(iri, "en"))
    for m, techs in measures.items():
        ts = sorted(techs)
        for i, a in enumerate(ts):
            for b in ts[i + 1:]:
                if G.has_edge(a, b):
                    G[a][b]["weight"] += 1
                    G[a][b]["measures"].append(m)
                else:
                    G.add_edge(a, b, weight=1, measures=[m], relation="relatedTechnology")
    return G


def tech_domain_graph(index: GraphIndex) -> nx.Graph:
    """Bipartite technology–domain graph from ``kg:appliedIn`` (weight = evidence sentences)."""
    G = nx.Graph()
    for a, b in index.edges["appliedIn"]:
        for n, kind, part in ((a, "Technology", 0), (b, "Domain", 1)):
            G.add_node(n, kind=kind, bipartite=part, zh=index.label(n), en=index.label(n, "en"))
        G.add_edge(a, b, weight=max(1, len(index.edge_evidence(a, "appliedIn", b))), relation="appliedIn")
    return G


def load_index(g: "Graph | str | Path") -> GraphIndex:
    """The :class:`GraphIndex` of a graph or of a ``kg.ttl`` (cached beside it, keyed by its SHA-256)."""
    if isinstance(g, Graph):
        return GraphIndex(g)
    import hashlib
    import os
    import pickle
    import tempfile

    path = Path(g)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:20]
    cache = path.parent / f".kg-index-{digest}.pickle"
    try:
        with cache.open("rb") as fh:
            version, index = pickle.load(fh)
        if version == INDEX_VERSION:
            return index
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError, ValueError):
        pass
    index = GraphIndex(Graph().parse(path, format="turtle"))
    try:
        for old in path.parent.glob(".kg-index-*.pickle"):
            old.unlink()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kg-index-tmp-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((INDEX_VERSION, index), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only folder: no cache
    return index


__all__ = ["GraphIndex", "entity_graph", "technology_graph", "tech_domain_graph", "load_index", "URIRef"]
