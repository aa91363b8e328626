"""Exports of a built graph: RDF in the usual syntaxes, and the entity graph as GraphML.

RDF is streamed through pyoxigraph's parsers and serialisers from the build's own files (N-Quads
partitions, or kg.ttl), so a corpus of millions of triples exports without being held in memory, with
every literal's datatype as written (the query store canonicalises derived datatypes).  Formats with named graphs (N-Quads, TriG)
keep one graph per document plus the shared concepts' graph; the others (Turtle, N-Triples, JSON-LD,
RDF/XML) hold the union, each triple once.  GraphML is the networkx entity graph that ``kg rank``,
``kg path`` and ``kg viz`` work on (tasks, actions, concepts; weighted relations), for Gephi,
Cytoscape or igraph.

The output is written to a temporary file and renamed into place: an interrupted export leaves no
half-written file.
"""

from __future__ import annotations

from pathlib import Path

from .errors import KGError
from .render import atomic_file

#: format name → (pyoxigraph RdfFormat attribute or None for GraphML, holds named graphs, file suffix)
FORMATS = {
    "ttl": ("TURTLE", False, ".ttl"),
    "nt": ("N_TRIPLES", False, ".nt"),
    "nq": ("N_QUADS", True, ".nq"),
    "trig": ("TRIG", True, ".trig"),
    "jsonld": ("JSON_LD", False, ".jsonld"),
    "rdfxml": ("RDF_XML", False, ".rdf"),
    "graphml": (None, False, ".graphml"),
}


def export_graph(source, fmt: str, out) -> Path:
    """Write the graph of *source* (a build folder, a kg.ttl, a GraphSource) as *fmt* to *out* (a path, written
    whole or not at all, or a binary stream); return *out*."""
    from .store import GraphSource, resolve_graph

    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if not isinstance(source, GraphSource):
        source = resolve_graph(source)
    if hasattr(out, "write"):  # a binary stream (kg export -o -: standard output)
        write_graph(source, fmt, out)
        return out
    out = Path(out)
    if out.is_dir():
        raise KGError(f"{out}: is a folder; give a file name")
    if not out.parent.is_dir():  # a mistyped path makes no new folders
        raise KGError(f"{out}: the folder {out.parent} does not exist")
    with atomic_file(out) as fh:
        write_graph(source, fmt, fh)
    return out


def write_graph(source, fmt: str, fh) -> None:
    """Write the graph of *source* (a GraphSource) as *fmt* to the binary stream *fh*."""
    if fmt == "graphml":
        _graphml(source, fh)
    else:
        _rdf(source, fmt, fh)


def _quads(source, named: bool = False):
    """The build's quads as its files hold them (streamed; the store would canonicalise datatypes such as
    ``xsd:nonNegativeInteger`` to ``xsd:integer``, so exports read the files).  *named*: a one-document build's
    kg.ttl, which holds no graph names, is given the graphs a corpus build writes — the document's own triples
    in its graph, the shared ones in the concepts graph (:func:`kg.pipeline.split_shared`)."""
    import pyoxigraph

    from .store import _format_of

    from .pipeline import owned

    graphs = _one_document_graphs(source) if named else None
    for f in source.files:
        fmt = _format_of(f)
        try:
            for q in pyoxigraph.parse(path=str(f), format=fmt):
                if isinstance(q, pyoxigraph.Quad) and not isinstance(q.graph_name, pyoxigraph.DefaultGraph):
                    yield q
                elif graphs is not None:
                    base, doc_graph, concepts = graphs
                    mine = owned(base, str(q.subject), str(q.predicate))  # (as a corpus build splits them)
                    yield pyoxigraph.Quad(q.subject, q.predicate, q.object, doc_graph if mine else concepts)
                else:
                    yield pyoxigraph.Quad(q.subject, q.predicate, q.object)
        except SyntaxError as exc:
            raise KGError(f"{f}: cannot read ({exc})") from None


def _one_document_graphs(source):
    """(``"<" + plan IRI`` as :func:`kg.pipeline.owned` reads it, the document's graph, the concepts graph) of a
    one-document build whose graph is one triples file; None for anything else (a corpus's partitions hold their
    graphs already)."""
    import pyoxigraph

    from .namespaces import ID
    from .rdfio import iri

    docs = (source.manifest or {}).get("documents") or []
    if len(docs) != 1 or len(source.files) != 1 or source.files[0].suffix not in (".ttl", ".nt"):
        return None
    plan = iri(f"{ID}{docs[0]['id']}")
    return plan[:-1], pyoxigraph.NamedNode(plan[1:-1]), pyoxigraph.NamedNode(iri(f"{ID}concepts")[1:-1])


def _rdf(source, fmt: str, fh) -> None:
    import pyoxigraph

    from .graph import prefixes

    attr, quads, _ = FORMATS[fmt]
    rdf_format = getattr(pyoxigraph.RdfFormat, attr)
    stream = _quads(source, named=True) if quads else _union_triples(source)
    kwargs = {"prefixes": prefixes()} if fmt in ("ttl", "trig", "rdfxml", "jsonld") else {}
    pyoxigraph.serialize(stream, fh, rdf_format, **kwargs)


def _union_triples(source):
    """Every triple once.  Only triples about shared things (concepts, relation statements) can be
    stated by several documents; a document's own nodes live under its graph's IRI."""
    seen: set = set()
    for q in _quads(source):
        t = q.triple
        own = getattr(q.graph_name, "value", None)
        subject = getattr(t.subject, "value", "")
        if own and (subject == own or subject.startswith(own + "/")):
            yield t
        elif t not in seen:
            seen.add(t)
            yield t


def _graphml(source, fh) -> None:
    import networkx as nx

    from .project import entity_graph, load_index

    index = load_index(source)
    G = entity_graph(index)
    roles = index.unit_roles()  # (u58: the responsibleUnit edges lost who leads and who supports)
    for a, b, data in G.edges(data=True):
        if data.get("relation") == "responsibleUnit":
            data["role"] = {"leadUnit": "lead", "supportingUnit": "support"}.get(roles.get((a, b)), "responsible")
    nx.write_graphml(G, fh, encoding="utf-8", prettyprint=True)
