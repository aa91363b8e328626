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
import re
import tempfile
from pathlib import Path

import networkx as nx

from .namespaces import ID, KG
from .structure import display_text

NODE_KINDS = ("Task", "PriorityAction", "Action", "Provision", "Technology", "Domain", "Region", "Organization",
              "GenericUnit")
#: Node kinds that are parts of one document (the rest are concepts shared across documents).
DOCUMENT_KINDS = ("Task", "PriorityAction", "Action", "Provision")
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
INDEX_VERSION = 6
#: The sentences of a unit's duties: each statement's evidence (the sentence that names the unit and its duty), but for a
#: bare note (（责任单位：…）, which says only who) the action's lead or first sentence (what the unit is to do).
_DUTY_EVIDENCE = ("SELECT ?u (COALESCE(SAMPLE(?own), SAMPLE(?l), MIN(STR(?ae)), SAMPLE(STR(?e))) AS ?s) WHERE {{ {values} "
                  "?st rdf:predicate ?p ; rdf:object ?u ; rdf:subject ?a ; kg:evidence ?e . ?e kg:text ?t . "
                  "FILTER(?p IN (kg:leadUnit, kg:supportingUnit, kg:responsibleUnit)) "
                  "BIND(IF(REGEX(?t, \"^\\\\s*[（(]\"), ?none, STR(?e)) AS ?own) "
                  "OPTIONAL {{ ?a kg:leadSentence ?l }} OPTIONAL {{ ?a kg:evidence ?ae }} }} GROUP BY ?u ?st")
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
        #: plan → {concept: sentences of that plan that mention it}
        self.plan_concepts: dict[str, dict[str, int]] = data.get("plan_concepts", {})
        #: document id → the file the build read it from (set by :func:`load_index` from the manifest)
        self.files: dict[str, str] = {}
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
                self._sentences[s] = (sec, display_text(text), plan or "", int(idx))

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
        duties: dict[str, list[str]] = {}
        for u, s in self._ask(_DUTY_EVIDENCE.format(values="")):
            duties.setdefault(u, []).append(s)
        for u, sents in duties.items():
            ev.setdefault(u, list(dict.fromkeys(sents)))  # a unit: the sentences that give it its duties (u72: Evidence (0) in its panel)
        self._node_ev = ev
        self._load_sentences([s for v in ev.values() for s in v])

    def node_evidence(self, iri: str, limit: int = 200) -> list[str]:
        """Sentences backing a node: its kg:evidence, or for a concept the sentences mentioning it."""
        if iri in self._node_ev:
            return self.sentence_order(self._node_ev[iri])[:limit]
        rows = self._ask(f"SELECT ?s WHERE {{ <{iri}> kg:evidence ?s . ?s a kg:Sentence }} LIMIT {limit}")
        if not rows:
            rows = self._ask(f"SELECT ?s WHERE {{ ?s kg:mentions <{iri}> }} LIMIT {limit}")
        if not rows:
            rows = [(s,) for s in dict.fromkeys(s for _, s in self._ask(
                _DUTY_EVIDENCE.format(values=f"VALUES ?u {{ <{iri}> }}") + f" LIMIT {limit}"))]
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

    def unit_role(self, a: str, b: str) -> str:
        """The most specific relation of action *a* to unit *b*: ``leadUnit`` (牵头) or ``supportingUnit``
        (配合) when the store holds that statement, else ``responsibleUnit`` (the index keeps the three as one
        edge). The role with more evidence sentences wins; lead on a tie."""
        if self.store is None:
            return "responsibleUnit"
        counts = []
        for rel in ("leadUnit", "supportingUnit"):
            st = statement_iri(a, rel, b)
            rows = self._ask(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ <{st}> kg:evidence ?s }}")
            n = int(rows[0][0]) if rows and rows[0][0] is not None else 0
            if n:
                counts.append((-n, rel))
        return min(counts)[1] if counts else "responsibleUnit"

    def unit_roles(self) -> dict[tuple[str, str], str]:
        """The role of every (action, unit) pair the store states as ``leadUnit`` or ``supportingUnit`` — one query for
        all, with :meth:`unit_role`'s rule (more evidence sentences wins, lead on a tie); pairs not listed are
        ``responsibleUnit``."""
        if self.store is None:
            return {}
        rows = self._ask("SELECT ?a ?b ?p (COUNT(DISTINCT ?s) AS ?n) WHERE { VALUES ?p { kg:leadUnit kg:supportingUnit } "
                         "?st rdf:predicate ?p ; rdf:subject ?a ; rdf:object ?b ; kg:evidence ?s } GROUP BY ?a ?b ?p")
        best: dict[tuple[str, str], tuple[int, str]] = {}
        for a, b, p, n in rows:
            rel = str(p).rsplit("#", 1)[-1]
            cand = (-int(n), rel)  # (more sentences first; "leadUnit" sorts before "supportingUnit")
            if (a, b) not in best or cand < best[(a, b)]:
                best[(a, b)] = cand
        return {k: v[1] for k, v in best.items()}

    def stated_in(self, plan: str) -> set[frozenset] | None:
        """The pairs of nodes whose reified statements (relatedTechnology, appliedIn …) have evidence in
        *plan*'s sentences; None without a store to ask."""
        if self.store is None:
            return None
        rows = self._ask(f"SELECT DISTINCT ?a ?b WHERE {{ ?e prov:wasDerivedFrom <{plan}> . ?st kg:evidence ?e ; "
                         f"rdf:subject ?a ; rdf:object ?b }}")
        return {frozenset(r) for r in rows}

    # -- cache -----------------------------------------------------------------------------------------
    def to_json(self) -> dict:
        return {"version": INDEX_VERSION, "kind": self.kind, "zh": self.zh, "en": self.en, "alt": self.alt,
                "section": self.section, "plan_of": self.plan_of, "plans": self.plans,
                "plan_labels": self.plan_labels, "edges": self.edges, "candidates": sorted(self.candidates),
                "mention_count": self.mention_count, "plan_concepts": self.plan_concepts}


def build_index(store) -> GraphIndex:
    """Read the index from a pyoxigraph store: the merge of the :func:`index_fragment` of each of its graphs."""
    import pyoxigraph

    def fragments():
        for graph in [pyoxigraph.DefaultGraph(), *sorted(store.named_graphs(), key=str)]:
            triples = [(str(q.subject), str(q.predicate), str(q.object))
                       for q in store.quads_for_pattern(None, None, None, graph)]
            if triples:
                yield index_fragment(triples)

    return GraphIndex(merge_fragments(fragments()), store)


# ------------------------------------------------------------------------------------ the index without SPARQL
_T = {name: f"<{KG}{name}>" for name in ("actionLabel", "section", "candidate", "mentionCount", "evidence", "mentions",
                                          "Plan", "itemNumber")}
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TYPE, _SUBJ, _PRED, _OBJ = (f"<{_RDF}{n}>" for n in ("type", "subject", "predicate", "object"))
_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
_KIND_OF = {f"<{KG}{k}>": k for k in NODE_KINDS}
_MENTION_RELATIONS = {f"<{KG}{r}>": r for r in ("involvesTechnology", "responsibleDomain", "involvesRegion")}
_EDGE_PRED = {f"<{pred}>": name for name, pred in EDGE_RELATIONS.items()}
_WANTED = frozenset([*_T.values(), _TYPE, _SUBJ, _PRED, _OBJ, _LABEL, _ALT, _DERIVED, *_MENTION_RELATIONS,
                     *_EDGE_PRED])
_TYPE_STATEMENT = f"<{_RDF}Statement>"
_TYPES_WANTED = frozenset([*_KIND_OF, f"<{KG}Plan>", _TYPE_STATEMENT])


def index_fragment(triples) -> dict:
    """The part of the index that one named graph (a document's, or the shared concepts') contributes.

    Computed in plain Python from the triples as the map step makes them, so that a corpus index is a
    merge of fragments (:func:`merge_fragments`), never a join over the whole store.  Gives the same
    index as :func:`build_index` on a store of the same triples (tested).
    """
    from .rdfio import term_value

    wanted = _WANTED
    by_s: dict[str, dict[str, list[str]]] = {}
    for s, p, o in triples:
        if p in wanted and (p != _TYPE or o in _TYPES_WANTED):
            by_s.setdefault(s, {}).setdefault(p, []).append(o)
    kind: dict[str, str] = {}
    zh: dict[str, str] = {}
    en: dict[str, str] = {}
    alt: dict[str, list[str]] = {}
    section: dict[str, str] = {}
    plan_of: dict[str, str] = {}
    plan_labels: dict[str, str] = {}
    candidates: list[str] = []
    mention_count: dict[str, int] = {}
    statements: dict[str, int] = {}  # statement → its evidence sentences in this graph
    terms: dict[str, list[str]] = {}  # statement → [subject, relation, object]
    edges: dict[str, set] = {}
    mention_of: dict[str, set[str]] = {}
    for s, props in by_s.items():
        for c in props.get(_T["mentions"], ()):
            mention_of.setdefault(s, set()).add(c)
    for s, props in by_s.items():
        node = s[1:-1]
        types = props.get(_TYPE, ())
        names = [_KIND_OF[t] for t in types if t in _KIND_OF]
        if names:
            kind[node] = min(names, key=NODE_KINDS.index)
            for value, lang in sorted(map(term_value, props.get(_T["actionLabel"]) or props.get(_LABEL, ()))):
                (en if lang == "en" else zh).setdefault(node, value)
            article = [term_value(o)[0] for o in props.get(_T["itemNumber"], ())]
            if article and re.fullmatch(r"第[一二三四五六七八九十百零〇\d]+条", article[0]) and node in zh and \
                    not zh[node].startswith(article[0]):
                zh[node] = f"{article[0]} {zh[node]}"  # (u63: a regulation's actions open alike, 县级以上人民政府应当…:
                # the article's number tells them apart in a graph, a path and a query's answer)
            if any(n in DOCUMENT_KINDS for n in names):
                for pred, target in ((_T["section"], section), (_DERIVED, plan_of)):
                    values = props.get(pred)
                    if values:
                        target[node] = term_value(max(values))[0]
        if _ALT in props:
            alt[node] = sorted(term_value(o)[0] for o in props[_ALT])
        if f"<{KG}Plan>" in types and _LABEL in props:
            plan_labels[node] = min(term_value(o)[0] for o in props[_LABEL])
        if any(term_value(o)[0] == "true" for o in props.get(_T["candidate"], ())):
            candidates.append(node)
        for o in props.get(_T["mentionCount"], ()):
            mention_count[node] = int(term_value(o)[0])
        if _SUBJ in props and _PRED in props and _OBJ in props:
            terms[node] = [props[_SUBJ][0][1:-1], re.split(r"[#/]", props[_PRED][0][1:-1])[-1], props[_OBJ][0][1:-1]]
        if _T["evidence"] in props and (_TYPE_STATEMENT in props.get(_TYPE, ()) or _SUBJ in props):
            statements[node] = len(set(props[_T["evidence"]]))
        for p, objs in props.items():
            name = _EDGE_PRED.get(p)
            if name is not None:
                edges.setdefault(name, set()).update((node, o[1:-1]) for o in objs)
    plan_concepts: dict[str, dict[str, int]] = {}
    for s, concepts in mention_of.items():
        for plan in by_s[s].get(_DERIVED, ()):
            counts = plan_concepts.setdefault(plan[1:-1], {})
            for c in concepts:
                counts[c[1:-1]] = counts.get(c[1:-1], 0) + 1
    mentions: dict[str, int] = {}
    for s, props in by_s.items():
        ev = props.get(_T["evidence"])
        if not ev:
            continue
        for p, name in _MENTION_RELATIONS.items():
            for c in props.get(p, ()):
                n = len({e for e in ev if c in mention_of.get(e, ())})
                if n:
                    mentions["\x1f".join((s[1:-1], name, c[1:-1]))] = n
    return {"kind": kind, "zh": zh, "en": en, "alt": alt, "section": section, "plan_of": plan_of,
            "plan_labels": plan_labels, "candidates": sorted(candidates), "mention_count": mention_count,
            "statements": statements, "statement_terms": terms, "mention_weights": mentions,
            "plan_concepts": plan_concepts,
            "edges": {k: sorted(map(list, v)) for k, v in sorted(edges.items())}}


def merge_fragments(fragments) -> dict:
    """The index data of the union of the named graphs whose :func:`index_fragment` are *fragments*.

    Node IRIs are interned as they arrive (a corpus names the same node in many fragments), which keeps
    the merge of thousands of documents to a few hundred megabytes.
    """
    names: dict[str, str] = {}
    I = lambda x: names.setdefault(x, x)  # noqa: E731
    kind: dict[str, str] = {}
    zh: dict[str, str] = {}
    en: dict[str, str] = {}
    alt: dict[str, set[str]] = {}
    section: dict[str, str] = {}
    plan_of: dict[str, str] = {}
    plan_labels: dict[str, str] = {}
    plan_concepts: dict[str, dict[str, int]] = {}
    candidates: set[str] = set()
    mention_count: dict[str, int] = {}
    weights: dict[tuple[str, str, str], int] = {}
    evidence: dict[str, int] = {}
    statement_terms: dict[str, tuple[str, str, str]] = {}
    mentions: dict[tuple[str, str, str], int] = {}
    raw: dict[str, set[tuple[str, str]]] = {}
    for f in fragments:
        for s, k in f["kind"].items():
            prev = kind.get(s)
            if prev is None or NODE_KINDS.index(k) < NODE_KINDS.index(prev):
                kind[I(s)] = k
        for mine, theirs in ((zh, f["zh"]), (en, f["en"])):
            for s, label in theirs.items():
                if s not in mine or label < mine[s]:
                    mine[I(s)] = label
        for s, labels in f["alt"].items():
            alt.setdefault(I(s), set()).update(labels)
        for s, v in f["section"].items():
            section[I(s)] = v
        for s, v in f["plan_of"].items():
            plan_of[I(s)] = I(v)
        for p, label in f["plan_labels"].items():
            if p not in plan_labels or label < plan_labels[p]:
                plan_labels[I(p)] = label
        for p, counts in f.get("plan_concepts", {}).items():
            mine = plan_concepts.setdefault(I(p), {})
            for c, n in counts.items():
                mine[I(c)] = mine.get(c, 0) + n
        candidates.update(map(I, f["candidates"]))
        mention_count.update(f["mention_count"])
        for st, n in f["statements"].items():
            evidence[st] = evidence.get(st, 0) + n
        for st, (a, rel, b) in f["statement_terms"].items():
            if rel in ("leadUnit", "supportingUnit"):
                rel = "responsibleUnit"
            statement_terms[st] = (I(a), rel, I(b))
        for key, n in f["mention_weights"].items():
            a, rel, b = key.split("\x1f")
            mentions[(I(a), rel, I(b))] = n
        for name, rows in f["edges"].items():
            raw.setdefault(name, set()).update((I(a), I(b)) for a, b in rows)
    for st, key in statement_terms.items():
        weights[key] = weights.get(key, 0) + evidence.get(st, 0)
    del evidence, statement_terms
    weights.update(mentions)
    del mentions
    edges = {}
    for name in EDGE_RELATIONS:
        rows = raw.pop(name, set())
        edges[name] = [[a, b, max(1, weights.get((a, name, b), 0) or weights.get((b, name, a), 0))]
                       for a, b in sorted(rows) if a in kind and b in kind]
    return {"kind": kind, "zh": zh, "en": en, "alt": {s: sorted(v) for s, v in alt.items()}, "section": section,
            "plan_of": plan_of, "plans": sorted(plan_labels), "plan_labels": plan_labels, "edges": edges,
            "candidates": sorted(candidates), "mention_count": mention_count, "plan_concepts": plan_concepts}


def compact(data: dict) -> dict:
    """The on-disk form of index *data*: a table of node IRIs, and everything else by row number."""
    nodes = sorted(set(data["kind"]) | set(data["plan_labels"]) | {c for m in data["plan_concepts"].values() for c in m})
    row = {n: i for i, n in enumerate(nodes)}
    by_row = lambda d: {str(row[k]): v for k, v in d.items() if k in row}  # noqa: E731
    return {
        "nodes": nodes,
        "kind": [NODE_KINDS.index(data["kind"][n]) if n in data["kind"] else -1 for n in nodes],
        "zh": by_row(data["zh"]), "en": by_row(data["en"]), "alt": by_row(data["alt"]),
        "section": by_row(data["section"]),
        "plan_of": {str(row[k]): row[v] for k, v in data["plan_of"].items() if k in row and v in row},
        "plan_labels": by_row(data["plan_labels"]),
        "edges": {name: [x for a, b, w in rows for x in (row[a], row[b], w)] for name, rows in data["edges"].items()},
        "candidates": [row[c] for c in data["candidates"] if c in row],
        "mention_count": by_row(data["mention_count"]),
        "plan_concepts": {str(row[p]): {str(row[c]): n for c, n in m.items()} for p, m in data["plan_concepts"].items()},
    }


def expand(data: dict) -> dict:
    """Index data from its on-disk form (:func:`compact`); every mention of a node is the same string object."""
    nodes = data["nodes"]
    by_iri = lambda d: {nodes[int(k)]: v for k, v in d.items()}  # noqa: E731
    edges = {}
    for name, flat in data["edges"].items():
        edges[name] = [[nodes[flat[i]], nodes[flat[i + 1]], flat[i + 2]] for i in range(0, len(flat), 3)]
    plan_labels = by_iri(data["plan_labels"])
    return {
        "kind": {n: NODE_KINDS[k] for n, k in zip(nodes, data["kind"]) if k >= 0},
        "zh": by_iri(data["zh"]), "en": by_iri(data["en"]), "alt": by_iri(data["alt"]),
        "section": by_iri(data["section"]),
        "plan_of": {nodes[int(k)]: nodes[v] for k, v in data["plan_of"].items()},
        "plans": sorted(plan_labels), "plan_labels": plan_labels, "edges": edges,
        "candidates": [nodes[i] for i in data["candidates"]],
        "mention_count": by_iri(data["mention_count"]),
        "plan_concepts": {nodes[int(p)]: {nodes[int(c)]: n for c, n in m.items()} for p, m in data["plan_concepts"].items()},
    }


def index_from_triples(triples) -> GraphIndex:
    """The index of triples held in memory (one document's graph and its concepts), through an in-memory store."""
    import pyoxigraph

    from .rdfio import ntriples

    triples = list(triples)
    store = pyoxigraph.Store()
    store.load(ntriples(triples).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return GraphIndex(merge_fragments([index_fragment(triples)]), store)


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
        with open(cache, encoding="utf-8") as fh:
            data = json.load(fh)
        if data.get("stamp") == stamp and data.get("version") == INDEX_VERSION:
            return _with_files(GraphIndex(expand(data), store), source)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    index = build_index(store)
    save_index(folder, index.to_json(), stamp)
    return _with_files(index, source)


def _with_files(index: GraphIndex, source) -> GraphIndex:
    """*index* with the file each document was read from, as the build's manifest says (id → path), so that a
    command can name a document by its file (u44: `kg rank --document` took no file name)."""
    index.files = {d["id"]: d["path"] for d in source.documents if d.get("id") and d.get("path")}
    return index


def index_is_current(folder: Path, stamp: str) -> bool:
    """Is the index cached in the store folder *folder* the one of *stamp*?"""
    try:
        with open(folder / f"index-v{INDEX_VERSION}.json", encoding="utf-8") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return f'"stamp":{json.dumps(stamp)}' in head.replace('"stamp": ', '"stamp":')


def save_index(folder: Path, data: dict, stamp: str) -> None:
    """Cache index *data* (:meth:`GraphIndex.to_json` or :func:`merge_fragments`) for the store in *folder*."""
    data = dict(stamp=stamp, version=INDEX_VERSION, **compact(data))
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".index-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, folder / f"index-v{INDEX_VERSION}.json")
    except OSError:
        pass  # a read-only store folder: no cache


# ------------------------------------------------------------------------------------ projections
def document_part(G: nx.Graph, index: GraphIndex, plan: str) -> nx.Graph:
    """One document's part of an entity graph (directed or not, multi or not): its own nodes (tasks, actions,
    provisions) and the nodes they link to, with the links among these that this document states (a link two concepts
    have only in another document of the corpus is not kept).  `kg rank --document` ranks it, `kg viz --document`
    draws it."""
    own = {n for n in G if index.plan_of.get(n) == plan}
    H = G.subgraph(own | {v for n in own for v in nx.all_neighbors(G, n)}).copy()
    stated = index.stated_in(plan) if len(index.plans) > 1 else None
    if stated is not None:
        edges = H.edges(keys=True) if H.is_multigraph() else H.edges
        H.remove_edges_from([e for e in edges if e[0] not in own and e[1] not in own and
                             frozenset(e[:2]) not in stated])
    return H


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
