"""SPARQL over a built graph: named queries, parameters, engines and output formats.

>>> from kg.query import run_named
>>> result = run_named("tech-domains", {"tech": "北斗"})        # doctest: +SKIP
>>> result.rows[:2]                                              # doctest: +SKIP
>>> result.to_dataframe()                                        # doctest: +SKIP
"""

from __future__ import annotations

import csv
import difflib
import functools
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from .errors import KGError, UnknownConceptError
from .ingest import strip_debris
from .namespaces import KG, PREFIXES
from .sparql_text import where_group_start
from .store import ENGINES, open_oxigraph, open_rdflib, resolve_graph

QUERY_DIR = Path(__file__).with_name("queries")
FORMATS = ("table", "csv", "tsv", "json", "ttl")
LABEL_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kg: <https://w3id.org/policy-kg/ontology#>
SELECT ?c ?l WHERE { VALUES ?k { skos:Concept kg:Organization kg:GenericUnit }
                     ?c a ?k . { ?c skos:prefLabel ?l } UNION { ?c skos:altLabel ?l } }
"""


def _sparql_prefixes() -> dict[str, str]:
    """Prefixes pre-bound on both engines: rdflib's own defaults (rdf, rdfs, xsd, owl, skos, dcterms,
    prov, org …) and the project's (kg, nif, tech, domain …).  rdflib always knows its defaults, so
    oxigraph is given the same ones: a query parses on one engine exactly when it parses on the other."""
    from rdflib import Graph
    from rdflib.namespace import NamespaceManager

    # the namespaces a SPARQL Prologue starts with (its manager is this default one), without importing
    # rdflib's SPARQL engine, which an oxigraph query never needs (0.25 s of every `kg query`)
    out = {k: str(v) for k, v in NamespaceManager(Graph()).namespaces()}
    out.update({k: str(v) for k, v in PREFIXES.items()})
    return out


#: prefix → namespace IRI, pre-bound in every query on both engines.
SPARQL_PREFIXES = _sparql_prefixes()


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # concept | string | integer
    example: str = ""
    optional: bool = False  # written ``string?``: left unbound when not given (e.g. a document filter)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str


@dataclass
class QueryResult:
    """Rows of a SELECT, the answer of an ASK, or the Turtle of a CONSTRUCT/DESCRIBE."""

    kind: str  # select | ask | graph
    columns: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    turtle: str = ""

    def to_dicts(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_dataframe(self):
        """A pandas DataFrame of the rows (needs pandas)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise KGError("to_dataframe() needs pandas (pip install pandas)") from None
        return pd.DataFrame(self.rows, columns=self.columns)


# ---------------------------------------------------------------------------- library
def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped in ``kg/queries/*.rq`` (header comments: title, description, param)."""
    out = {}
    for path in sorted(QUERY_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title = desc = ""
        params = []
        for line in text.splitlines():
            m = re.match(r"#\s*(title|description|param):\s*(.*)$", line)
            if not m:
                continue
            key, value = m.groups()
            if key == "title":
                title = value.strip()
            elif key == "description":
                desc = value.strip()
            else:
                name, kind, *rest = value.split(None, 2)
                params.append(Param(name, kind.rstrip("?"), rest[0].removeprefix("e.g.").strip() if rest else "",
                                    kind.endswith("?")))
        out[path.stem] = NamedQuery(path.stem, title, desc, tuple(params), text)
    return out


#: What a named query's concept parameter must name, by the parameter's name.
_PARAM_KINDS = {"tech": ("Technology",), "domain": ("Domain",), "unit": ("Organization", "GenericUnit")}
_ARTICLE = {"Technology": "a technology", "Domain": "a domain", "Organization": "a unit"}


def get_named(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        close = difflib.get_close_matches(name, list(queries), n=3, cutoff=0.4)
        hint = f"; did you mean: {', '.join(close)}?" if close else "; `kg queries` lists them"
        raise KGError(f"no named query '{name}'{hint}")
    return queries[name]


# ---------------------------------------------------------------------------- engines
def names_file(name: str, path: str) -> bool:
    """Does *name* (a path, its tail or its tail without the suffix) name the file at *path*?
    a/measures.txt and a/measures name dup/a/measures.txt; a/measures names no file b/measures.txt."""
    want, have = PurePath(name).parts, PurePath(path).parts
    if not want or len(want) > len(have):
        return False
    tail = have[-len(want):]
    return tail[:-1] == want[:-1] and want[-1] in (tail[-1], PurePath(tail[-1]).stem)


class Engine:
    """A loaded graph that answers SPARQL (oxigraph by default, or rdflib)."""

    def __init__(self, graph: str | Path | None = None, engine: str = "oxigraph"):
        if engine not in ENGINES:
            raise KGError(f"unknown engine '{engine}' (choose from {', '.join(ENGINES)})")
        self.path = resolve_graph(graph)
        self.name = engine
        self._store = None  # opened at the first query: a listing read from the build's views needs none
        self._labels: dict[str, str] | None = None

    @property
    def _backend(self):
        if self._store is None:
            self._store = open_oxigraph(self.path) if self.name == "oxigraph" else open_rdflib(self.path)
        return self._store

    @_backend.setter
    def _backend(self, store) -> None:
        self._store = store

    @classmethod
    def answered_by(cls, graph, query) -> "Engine":
        """An engine over *graph* (a resolved source) whose queries *query* answers (the endpoint's backend, over
        HTTP): concepts and documents resolve as they do for ``kg query``, no second store opened."""
        engine = cls.__new__(cls)
        engine.path, engine.name, engine._backend, engine._labels = graph, "oxigraph", None, None
        engine.query = query
        return engine

    @classmethod
    def over_store(cls, store) -> "Engine":
        """An engine over an open pyoxigraph *store* (a document's in-memory graph: :mod:`kg.views`)."""
        engine = cls.__new__(cls)
        engine.path, engine.name, engine._backend, engine._labels = None, "oxigraph", store, None
        return engine

    # -- concept names ------------------------------------------------------------
    def concept_labels(self) -> dict[str, str]:
        """Folded label → concept IRI, for every concept of the graph."""
        if self._labels is None:
            from .lexicon import fold

            labels: dict[str, str] = {}
            for c, label in self.query(LABEL_QUERY).rows:
                labels.setdefault(fold(label), c)
            self._labels = labels
        return self._labels

    def resolve_concept(self, name: str) -> str:
        """The IRI of the concept called *name* (any zh/en label or alias)."""
        from .lexicon import close_names, name_keys

        if name.startswith(("http://", "https://")):
            return name
        labels = self.concept_labels()
        iri = next((labels[k] for k in name_keys(name) if k in labels), None)
        if iri is None:
            from .lexicon import fold, not_mentioned_note

            note, known = not_mentioned_note(name)
            if known is not None and known.iri in set(labels.values()):
                return known.iri  # 孟村县 (u47): a name the lexicon gives a concept the graph holds under its others
            if note:  # (u32: `-p tech=区块链` on a graph without 区块链 said only that it is no concept of the graph)
                raise UnknownConceptError(f"'{name}' is not a concept of this graph: {note}")
            names = sorted({lbl for c, lbl in self.query(LABEL_QUERY).rows})
            key = fold(name)
            holding = sorted((n for n in names if key and key in fold(n)), key=lambda n: (len(n), n))[:5]
            close = holding + [c for c in close_names(name, names) if c not in holding][:5 - len(holding)]
            hint = f"; did you mean: {', '.join(close)}?" if close else ""
            raise UnknownConceptError(f"'{name}' is not a concept of this graph{hint}")
        return iri

    def _unit_as_written(self, value: str) -> str | None:
        """The unit a document writes as *value* (网信办, 发展改革委: the form a responsibility's ``kg:surface`` keeps,
        u59), when the text gives that form to one unit only; None when it gives it to none; an error naming them when
        it gives it to several."""
        rows = self.query("""SELECT DISTINCT ?o ?name WHERE { ?st <https://w3id.org/policy-kg/ontology#surface> ?w ;
            <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o . FILTER (STR(?w) = ?written)
            ?o <http://www.w3.org/2004/02/skos/core#prefLabel> ?name . FILTER (lang(?name) = "zh") } ORDER BY ?name""",
                          {"written": ("literal", value)}).rows
        units = sorted({(str(o), str(n)) for o, n in rows}, key=lambda r: r[1])
        if not units:
            return None
        if len(units) > 1:
            raise UnknownConceptError(f"'{value}' is written for {len(units)} units: "
                                      f"{', '.join(n for _, n in units)}; give one of those names")
        return units[0][0]

    def _check_kind(self, query: str, param: str, value: str, iri: str) -> None:
        """A ``tech`` parameter names a technology, a ``domain`` one a domain: else an error that says what the
        name is and which query takes it (kg query tech-domains -p tech=电信: 电信 is a domain)."""
        kinds = _PARAM_KINDS.get(param)
        if kinds is None or any(self.query(f"ASK {{ ?c a <{KG}{k}> }}", {"c": ("iri", iri)}).boolean for k in kinds):
            return
        want = kinds[0]
        other = next((k for k in ("Technology", "Domain", "Region", "Organization", "GenericUnit")
                      if self.query(f"ASK {{ ?c a <{KG}{k}> }}", {"c": ("iri", iri)}).boolean), None)
        what = {"Technology": "a technology", "Domain": "a domain", "Region": "a region", "Organization": "an organization",
                "GenericUnit": "a generic unit"}.get(other, "no " + want.lower())
        hint = {("tech", "Domain"): "; `kg query domain-techs -p domain=…` takes a domain",
                ("domain", "Technology"): "; `kg query tech-domains -p tech=…` takes a technology"}.get((param, other), "")
        wanted = "unit" if param == "unit" else want.lower()
        raise KGError(f"'{value}' is {what}, not {_ARTICLE[want]} (query '{query}' wants {param}=<{wanted}>){hint}")

    def check_document(self, doc_id: str) -> str:
        """*doc_id* if a document of this graph has it (dcterms:identifier), or the document read from the file
        of that name or stem (dcterms:source); else an error naming the closest."""
        found = self.query("ASK { ?p <http://purl.org/dc/terms/identifier> ?document }",
                           {"document": ("literal", doc_id)})
        if found.boolean:
            return doc_id
        # a file's path as the build read it (a/measures.txt, or its tail) gives the document read from it
        built = {d["id"]: d["path"] for d in getattr(self.path, "documents", []) if d.get("id") and d.get("path")}
        by_path = sorted(d for d, f in built.items() if names_file(doc_id, f))
        if len(by_path) == 1:
            return by_path[0]
        # a file name (or its stem) gives the document read from it: 中山政务数据管理办法 → doc-b23c1275f8c3
        rows = self.query("SELECT DISTINCT ?d ?f WHERE { ?p a <https://w3id.org/policy-kg/ontology#Plan> ; "
                          "<http://purl.org/dc/terms/identifier> ?d ; <http://purl.org/dc/terms/source> ?f }").rows
        by_file = sorted({d for d, f in rows if doc_id in (f, f.rsplit(".", 1)[0])})
        if len(by_file) == 1:
            return by_file[0]
        # a title, or words that one title holds (平潭, 信息化规划), as `kg rank --document` takes them (u31)
        titles = self.query("SELECT DISTINCT ?d ?t WHERE { ?p a <https://w3id.org/policy-kg/ontology#Plan> ; "
                            "<http://purl.org/dc/terms/identifier> ?d ; <http://purl.org/dc/terms/title> ?t }").rows
        titled = sorted({d for d, t in titles if t == doc_id}) or sorted({d for d, t in titles if doc_id in t})
        if len(titled) == 1:
            return titled[0]
        if titled:
            raise KGError(f"'{doc_id}' is in {len(titled)} documents' titles: {', '.join(titled[:8])}"
                          f"{' …' if len(titled) > 8 else ''}; give one's id")
        ids = [r[0] for r in self.query("SELECT DISTINCT ?d WHERE { ?p a <https://w3id.org/policy-kg/ontology#Plan> ; "
                                        "<http://purl.org/dc/terms/identifier> ?d }").rows]
        files = {d: built.get(d, f) for d, f in sorted(rows)}  # the path the build read, where it says
        close = difflib.get_close_matches(doc_id, ids, n=3, cutoff=0.5) or \
            [d for d in ids if d in files and doc_id in files[d]][:3]
        named = [f"{d} ({files[d]})" if d in files and files[d].rsplit(".", 1)[0] != d else d for d in close or ids[:1]]
        hint = f"; did you mean: {', '.join(named)}?" if close else (f"; e.g. {named[0]}" if ids else "")
        raise KGError(f"no document '{doc_id}' in this graph ({len(ids)} documents){hint}")

    # -- queries ---------------------------------------------------------------------
    def query(self, text: str, bindings: dict[str, tuple[str, str]] | None = None) -> QueryResult:
        """Run *text*; *bindings* maps a variable to ``("iri"|"literal"|"integer", value)``.

        A federated query (``SERVICE``) is refused: the engines would fetch the URL it names, and a query is
        data that must never reach out of the machine (the endpoint of :mod:`kg.serve` refuses it too)."""
        from .sparql_text import uses_service

        if uses_service(text):
            raise KGError("SERVICE (federated query) is refused: kg never fetches other URLs; query the local graph")
        if self.path is not None:
            _ = self._backend  # open the store here: its errors are not SPARQL errors
        unused = sorted(k for k in (bindings or {}) if not re.search(rf"[?$]{re.escape(k)}\b", text))
        if unused:  # (u30: a --param the query never reads was ignored without a word)
            raise KGError(f"the query has no variable {', '.join('?' + k for k in unused)} for --param to bind")
        try:
            if self.name == "oxigraph":
                return _sorted_lists(self._query_oxigraph(text, bindings or {}), text)
            return _sorted_lists(self._query_rdflib(text, bindings or {}), text)
        except KGError:
            raise
        except Exception as exc:  # parser and evaluation errors of both engines
            msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            unknown = _unknown_prefix(text) if "Prefix not found" in str(exc) or "Unknown namespace" in str(exc) else None
            if unknown:
                msg = f"unknown prefix '{unknown}:' (declare it with PREFIX {unknown}: <…>; kg, tech, domain, region, " \
                      "skos, dcterms, prov, nif and the other usual prefixes need no declaration)"
            where = re.match(r"error at (\d+):(\d+): (.*)", msg)
            if where and not unknown:  # (u38: "expected one of LATERAL, SERVICE, [_]" alone said nothing of where)
                msg = f"{msg} — {_error_context(text, int(where.group(1)), int(where.group(2)), 'SERVICE' in msg)}"
            form = _query_form(text)
            if form is not None and form.upper() not in _FORMS:
                close = difflib.get_close_matches(form.upper(), _FORMS[:4], n=1)
                msg = (f"a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE (after its PREFIX lines), not '{form}'"
                       + (f"; did you mean {close[0]}?" if close else "") + f" ({msg})")
            raise KGError(f"SPARQL error: {msg}") from None

    def _query_oxigraph(self, text: str, bindings: dict) -> QueryResult:
        import pyoxigraph as ox

        # Values go in a VALUES block at the head of the WHERE group, found by the SPARQL lexer (not a
        # regex: comments and strings cannot fool it), every value written as an escaped SPARQL term.
        # Not `substitutions`: Oxigraph applies those after planning its joins, and its plans then start
        # from the unbound pattern (measured on a 2,000-document store: responsible-units for one
        # document 25.5 s with substitutions, 0.31 s with VALUES; tech-per-task 11.6 s vs 0.03 s).
        if bindings:
            text = values_block(text, bindings)
        res = self._backend.query(text, prefixes=SPARQL_PREFIXES, use_default_graph_as_union=True)
        if isinstance(res, (bool, ox.QueryBoolean)):  # pyoxigraph 0.5: a QueryBoolean
            return QueryResult("ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            columns = _reading_order([v.value for v in res.variables], text)
            rows = [tuple(_ox_value(sol[c]) for c in columns) for sol in res]
            return QueryResult("select", columns, rows)
        triples = list(res)
        return QueryResult("graph", turtle=_triples_to_turtle_ox(triples))

    def _query_rdflib(self, text: str, bindings: dict) -> QueryResult:
        init = {var: _rdflib_term(kind, value) for var, (kind, value) in bindings.items()}
        res = self._backend.query(text, initNs=SPARQL_PREFIXES, initBindings=init)
        if res.type == "ASK":
            return QueryResult("ask", boolean=bool(res.askAnswer))
        if res.type == "SELECT":
            columns = _reading_order([str(v) for v in res.vars], text)
            rows = [tuple(_rdflib_value(row[c]) for c in columns) for row in res]
            return QueryResult("select", columns, rows)
        return QueryResult("graph", turtle=res.serialize(format="turtle").decode("utf-8"))

    def run_named(self, name: str, params: dict[str, str] | None = None, views: bool = True) -> QueryResult:
        """Run named query *name*. A corpus listing without parameters is read from the build's views
        (:mod:`kg.views`) when the build wrote them; *views* False asks the store every time."""
        q, bindings = self.named_bindings(name, params)
        if views and not bindings and self.name == "oxigraph":
            result = self._view(name)
            if result is not None:
                return result
        return self.query(q.text, bindings)

    def _view(self, name: str) -> QueryResult | None:
        from .store import store_folder
        from .views import read_view, view_names

        source = self.path
        if name not in view_names() or not getattr(source, "manifest", None):
            return None
        return read_view(store_folder(source), name, source.stamp())

    def bound_text(self, name: str, params: dict[str, str] | None = None, text: str | None = None) -> str:
        """The text of named query *name* (or *text*, an edited copy of it) with *params* bound in a
        ``VALUES`` block, as oxigraph runs it."""
        q, bindings = self.named_bindings(name, params)
        return values_block(q.text if text is None else text, bindings)

    def named_bindings(self, name: str, params: dict[str, str] | None = None) -> tuple[NamedQuery, dict]:
        """Named query *name* and its bindings: each of *params* checked and resolved (a concept by any
        zh/en label or alias, a document by id or file name); an error names what is missing or unknown."""
        q = get_named(name)
        params = dict(params or {})
        bindings = {}
        missing = [p for p in q.params if p.name not in params and not p.optional]
        if missing:  # all of them at once (actions-with-both: a and b), not one per try
            other = [k for k in sorted(params) if k not in {x.name for x in q.params}]
            takes = ", ".join(p.name for p in q.params)
            typo = f"; it takes no parameter {', '.join(other)} (its parameters: {takes})" if other else ""
            needs = " ".join(f"--param {p.name}=…" for p in missing)
            examples = " ".join(f"{p.name}={p.example or 'value'}" for p in missing)
            raise KGError(f"query '{name}' needs {needs} (e.g. {examples}){typo}")
        for p in q.params:
            if p.name not in params and p.optional:
                continue
            value = params.pop(p.name)
            if p.kind == "concept":
                try:
                    bindings[p.name] = ("iri", self.resolve_concept(value))
                except UnknownConceptError:
                    written = self._unit_as_written(value) if p.name == "unit" else None
                    if written is None:
                        raise
                    bindings[p.name] = ("iri", written)
                self._check_kind(name, p.name, value, bindings[p.name][1])
            elif p.kind == "integer":
                if not re.fullmatch(r"-?\d+", value):
                    raise KGError(f"--param {p.name} must be a whole number, not '{value}'")
                bindings[p.name] = ("integer", value)
            elif p.name == "document":
                bindings[p.name] = ("literal", self.check_document(value))
            else:
                bindings[p.name] = ("literal", value)
        if params:  # (u66: doc for document) the ones it takes, so that a typo is plain
            takes = ", ".join(p.name for p in q.params) or "none"
            raise KGError(f"query '{name}' has no parameter {', '.join(sorted(params))} (its parameters: {takes})")
        return q, bindings


def _unknown_prefix(text: str) -> str | None:
    """The first prefix *text* uses that neither it declares nor kg knows (foo in ``?s foo:bar ?o``), if any."""
    from .sparql_text import undeclared_prefixes

    return next((p for p in undeclared_prefixes(text) if p not in SPARQL_PREFIXES), None)


def _reading_order(columns: list[str], text: str) -> list[str]:
    """*columns* as the query names them: for ``SELECT *``, in the order its variables first appear."""
    from .sparql_text import star_order

    order = star_order(text) if "*" in text else None  # (no lexing for the usual query)
    if not order or set(columns) - set(order):
        return columns
    return [v for v in order if v in columns]


_BAD_IRI = re.compile(r'[<>"{}|^`\\\s]')


def _checked_param(kind: str, value: str) -> str:
    """*value* checked for its kind (the engines bind it as a term: it never becomes query text)."""
    if kind == "iri":
        if _BAD_IRI.search(value):
            raise KGError(f"not a valid IRI: {value!r}")
    elif kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise KGError(f"not a whole number: {value!r}")
        return str(int(value))
    elif kind != "literal":
        raise KGError(f"unknown parameter kind {kind!r}")
    return value


def sparql_term(kind: str, value: str) -> str:
    """A SPARQL term for a parameter value, escaped so it cannot change the query."""
    value = _checked_param(kind, value)
    if kind == "iri":
        return f"<{value}>"
    if kind == "integer":
        return value
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))
    return f'"{escaped}"'


def values_block(text: str, bindings: dict[str, tuple[str, str]]) -> str:
    """*text* with a ``VALUES`` block for *bindings* at the head of its WHERE group."""
    if not bindings:
        return text
    at = where_group_start(text)
    # one block binding every variable at once: Oxigraph then starts from all of them (with one block per
    # variable it joined the first block's matches with the store before the second: 14 s instead of 0.05 s
    # for a section of one document on a 2,000-document store)
    names = " ".join(f"?{var}" for var in bindings)
    row = " ".join(sparql_term(kind, value) for kind, value in bindings.values())
    values = f"VALUES {names} {{ {row} }}" if len(bindings) == 1 else f"VALUES ({names}) {{ ({row}) }}"
    return text[:at] + " " + values + " " + text[at:]


def _rdflib_term(kind: str, value: str):
    from rdflib import XSD, Literal, URIRef

    value = _checked_param(kind, value)
    if kind == "iri":
        return URIRef(value)
    if kind == "integer":
        return Literal(value, datatype=XSD.integer)
    return Literal(value)


def _ox_value(term):
    if term is None:
        return None
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.endswith(("#integer", "#nonNegativeInteger", "#int", "#long")):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith("#decimal") or dt.endswith("#double"):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


def _rdflib_value(term):
    if term is None:
        return None
    from rdflib import Literal

    if isinstance(term, Literal):
        py = term.toPython()
        if isinstance(py, bool) or isinstance(py, int):
            return py
        if hasattr(py, "as_integer_ratio") and not isinstance(py, int):
            return float(py)
        return str(term)
    return str(term)


def _triples_to_turtle_ox(triples) -> str:
    import pyoxigraph as ox

    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    from rdflib import Graph

    g = Graph().parse(data=data.decode("utf-8"), format="nt")
    for k, v in PREFIXES.items():
        g.bind(k, v)
    return g.serialize(format="turtle")


def run_query(text: str, graph: str | Path | None = None, engine: str = "oxigraph",
              bindings: dict[str, tuple[str, str]] | None = None) -> QueryResult:
    """Run an ad-hoc SPARQL query against a built graph."""
    return Engine(graph, engine).query(text, bindings)


def run_named(name: str, params: dict[str, str] | None = None, graph: str | Path | None = None,
              engine: str = "oxigraph") -> QueryResult:
    """Run a named query; concept parameters accept any zh/en label or alias."""
    return Engine(graph, engine).run_named(name, params)


#: ``(GROUP_CONCAT(DISTINCT ?x; separator="、") AS ?xs)``: the separator and the variable it makes.
_GROUP_CONCAT = re.compile(r'GROUP_CONCAT\s*\(\s*(?:DISTINCT\s+)?[?$]\w+\s*;\s*SEPARATOR\s*=\s*"((?:[^"\\]|\\.)*)"\s*\)'
                           r'\s+AS\s+[?$](\w+)', re.I)


def _sorted_lists(result: QueryResult, text: str) -> QueryResult:
    """The values a GROUP_CONCAT joins, in sorted order: SPARQL leaves their order to the engine, and rdflib's
    changes from run to run (医疗、交通、能源 one time, 能源、医疗、交通 the next); both engines now agree and repeat."""
    if result.kind != "select":
        return result
    seps = {var: sep for sep, var in _GROUP_CONCAT.findall(text) if sep and "\\" not in sep}  # (an escaped one: as is)
    cols = [(i, seps[c]) for i, c in enumerate(result.columns) if c in seps]
    if not cols:
        return result
    rows = []
    for row in result.rows:
        row = list(row)
        for i, sep in cols:
            if isinstance(row[i], str):
                row[i] = sep.join(sorted(row[i].split(sep)))
        rows.append(tuple(row))
    result.rows = rows
    return result


# ---------------------------------------------------------------------------- formatting
def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    if "\n" in text:  # a sentence copied over wrapped lines (a PDF's): as a reader sees it (its page numbers dropped)
        from .structure import display_text
        return display_text(text)
    if text.startswith("http"):
        for ns, prefix in _SHORT_NAMES:
            if text.startswith(ns):
                return f"{prefix}:{text[len(ns):]}"
    return text


#: (namespace, prefix) pairs for shortening IRIs in a table ("org" excluded: org:Organization reads better whole).
_SHORT_NAMES = tuple((str(ns), prefix) for prefix, ns in PREFIXES.items() if prefix != "org")


@functools.lru_cache(maxsize=None)
def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1


def display_width(text: str) -> int:
    """Terminal columns of *text*: CJK wide and full-width characters take two."""
    if text.isascii():
        return len(text)
    return sum(map(_char_width, text))


#: The words a SPARQL query or update opens with (after PREFIX and BASE): the four query forms first.
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "INSERT", "DELETE", "WITH", "LOAD", "CLEAR", "DROP", "CREATE", "ADD",
          "MOVE", "COPY")
_PROLOGUE = re.compile(r"\s*(?:#[^\n]*\n|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.I)


def _query_form(text: str) -> str | None:
    """The first word of *text* after its comments and PREFIX/BASE declarations (SELEC in a misspelt query)."""
    at = 0
    while (m := _PROLOGUE.match(text, at)) and m.end() > at:
        at = m.end()
    word = re.match(r"\s*([A-Za-z]+)", text[at:])
    return word.group(1) if word else None


#: A line break a wrapped copy (a PDF's text) leaves inside a sentence, with the blanks around it.
_WRAP = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_CJK_CHAR = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


#: A character :func:`one_line` acts on (a break, a tab, or what :func:`kg.ingest.strip_debris` drops).
_ODD = re.compile(r"[\n\r\t?*\\]")


def one_line(text: str) -> str:
    """*text* on one line for a listing: a line break between two Chinese characters (a PDF's wrapped line,
    人工智\n能) is dropped, any other becomes a blank, tabs become blanks, and a copy's encoding debris (达?3.6?亿张)
    and Markdown bold marks go, as the extraction reads past them (the stored text keeps them all, for its offsets)."""
    if not _ODD.search(text):
        return text  # (most cells: nothing to drop or join)
    text = strip_debris(text)
    if "\n" not in text and "\r" not in text and "\t" not in text:
        return text
    from .structure import drop_page_breaks
    text = drop_page_breaks(text)

    def join(m: re.Match) -> str:
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        return "" if _CJK_CHAR.match(before) and _CJK_CHAR.match(after) else " "

    return _WRAP.sub(join, text).replace("\t", " ")


def _tsv_cell(value) -> str:
    """A value as a TSV cell (one line; no tab)."""
    if isinstance(value, str):
        return one_line(value) if _ODD.search(value) else value
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def format_result(result: QueryResult, fmt: str = "table", max_width: int = 60) -> str:
    """Render a result as an aligned table (CJK-aware), CSV, TSV, JSON or Turtle."""
    if fmt not in FORMATS:
        raise KGError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
    if result.kind == "ask":
        return json.dumps({"boolean": result.boolean}) if fmt == "json" else ("yes" if result.boolean else "no")
    if result.kind == "graph":
        if fmt not in ("ttl", "table"):
            raise KGError("a CONSTRUCT or DESCRIBE query gives triples: use --format ttl")
        return result.turtle
    if fmt == "ttl":
        raise KGError("--format ttl is for CONSTRUCT and DESCRIBE queries; this is a SELECT")
    if fmt == "json":
        return json.dumps({"columns": result.columns, "rows": result.to_dicts()}, ensure_ascii=False, indent=2)
    if fmt == "tsv":  # (IANA text/tab-separated-values: no quoting; a tab or line break in a value goes, one_line)
        return "\n".join(["\t".join(map(one_line, result.columns))] +
                         ["\t".join(map(_tsv_cell, row)) for row in result.rows])
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=",", lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(["" if v is None else f"{v:g}" if isinstance(v, float) else v for v in row])
        return buf.getvalue().rstrip("\n")
    cells = [[_clip(_cell(v), max_width) for v in row] for row in result.rows]
    sized = [[(c, display_width(c)) for c in row] for row in [result.columns, *cells]]  # each width measured once
    widths = [max(row[i][1] for row in sized) for i in range(len(result.columns))]
    lines = ["  ".join(c + " " * (w - n) for (c, n), w in zip(row, widths)).rstrip() for row in sized]
    lines.insert(1, "  ".join("─" * w for w in widths))
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines)


def _clip(text: str, max_width: int) -> str:
    text = one_line(text)
    if display_width(text) <= max_width:
        return text
    out, w = [], 0
    for ch in text:
        cw = _char_width(ch)
        if w + cw > max_width - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def _error_context(text: str, line: int, column: int, in_pattern: bool = False) -> str:
    """The words of a query around a parser's position (line and column from 1), the position marked ⟨here⟩, and a hint
    when the parser, reading a graph pattern (*in_pattern*), stopped at its closing brace (a triple pattern needs a
    subject, a predicate and an object)."""
    lines = text.splitlines() or [""]
    row = lines[min(max(line, 1), len(lines)) - 1]
    at = min(max(column - 1, 0), len(row))
    lo, hi = (0, len(row)) if len(row) <= 60 else (max(0, at - 30), min(len(row), at + 20))  # (a short line whole)
    shown = f"near '{'…' if lo else ''}{row[lo:at].lstrip()}⟨here⟩{row[at:hi].rstrip()}{'…' if hi < len(row) else ''}'"
    if in_pattern and (row[:at].rstrip().endswith("}") or row[at:].lstrip().startswith("}")):
        shown += " (a triple pattern needs a subject, a predicate and an object, each term ended by . or ;)"
    return shown
