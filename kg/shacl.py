"""A fast SHACL Core validator for the shapes the project writes (``ontology/shapes.ttl``).

Every document's graph is validated where it is made, thousands of times in a corpus build, so the
check runs on the build's own triples (N-Triples strings, :mod:`kg.rdfio`) without parsing them into
an RDF library: about a millisecond per thousand triples, where pySHACL takes a third of a second per
document.  It implements the SHACL Core constraint components the shapes use — targets
``sh:targetClass`` and ``sh:targetSubjectsOf``; ``sh:path`` (a predicate IRI); ``sh:minCount``,
``sh:maxCount``, ``sh:datatype``, ``sh:class``, ``sh:nodeKind``, ``sh:in``, ``sh:languageIn``,
``sh:uniqueLang``, ``sh:minLength``, ``sh:lessThan``, ``sh:qualifiedValueShape`` with
``sh:qualifiedMinCount``, ``sh:or`` and node-level ``sh:class`` — with SHACL's semantics, and refuses a
shapes file that uses anything else (so no constraint is ever silently skipped).  The test suite checks
it against pySHACL, the reference implementation, on real and on broken graphs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import LexiconError
from .namespaces import ONTOLOGY_DIR
from .rdfio import RDF_TYPE, XSD

SH = "http://www.w3.org/ns/shacl#"
_SUPPORTED = {"path", "minCount", "maxCount", "datatype", "class", "nodeKind", "in", "languageIn", "uniqueLang",
              "minLength", "lessThan", "qualifiedValueShape", "qualifiedMinCount", "or", "message", "name",
              "description"}
_NODE_KEYS = {"targetClass", "targetSubjectsOf", "property", "class", "message", "name", "description"}


@dataclass
class Report:
    """Outcome of a validation (the same fields as :class:`kg.validate.Report`)."""

    conforms: bool
    violations: int
    messages: list[str] = field(default_factory=list)

    @property
    def first(self) -> str:
        return self.messages[0] if self.messages else ""

    @property
    def text(self) -> str:
        return "\n".join(f"Message: {m}" for m in self.messages)


# ------------------------------------------------------------------------------------------ compiling
def _term(node) -> str:
    """An rdflib term as the encoded string the build writes."""
    from rdflib import Literal, URIRef

    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        from .rdfio import lit

        return lit(str(node), node.language, str(node.datatype) if node.datatype else None)
    raise LexiconError(f"shapes.ttl: unsupported term {node!r}")


def compile_shapes(path: str | Path | None = None) -> list[dict]:
    """Read the shapes file into plain dicts (node shapes with their property constraints)."""
    import rdflib
    from rdflib.collection import Collection
    from rdflib.namespace import RDF

    file = Path(path) if path else ONTOLOGY_DIR / "shapes.ttl"
    g = rdflib.Graph().parse(file, format="turtle")
    sh = rdflib.Namespace(SH)

    def local(p) -> str:
        return str(p)[len(SH):] if str(p).startswith(SH) else ""

    def constraint(node) -> dict:
        out: dict = {}
        for p, o in g.predicate_objects(node):
            key = local(p)
            if not key:
                continue
            if key not in _SUPPORTED:
                raise LexiconError(f"{file.name}: sh:{key} is not supported by kg.shacl")
            if key in ("in", "languageIn"):
                out[key] = [_term(x) if key == "in" else str(x) for x in Collection(g, o)]
            elif key == "or":
                out[key] = [constraint(x) for x in Collection(g, o)]
            elif key == "qualifiedValueShape":
                out[key] = constraint(o)
            elif key in ("path", "datatype", "class", "nodeKind", "lessThan"):
                out[key] = str(o)
            elif key in ("minCount", "maxCount", "minLength", "qualifiedMinCount"):
                out[key] = int(o)
            elif key == "uniqueLang":
                out[key] = bool(o.toPython())
            else:
                out[key] = str(o)
        return out

    shapes = []
    for node in sorted(set(g.subjects(RDF.type, sh.NodeShape)), key=str):
        keys = {local(p) for p, _ in g.predicate_objects(node) if local(p)}
        bad = keys - _NODE_KEYS
        if bad:
            raise LexiconError(f"{file.name}: {node}: sh:{sorted(bad)[0]} is not supported by kg.shacl")
        shapes.append({
            "id": str(node),
            "targetClass": sorted(f"<{o}>" for o in g.objects(node, sh.targetClass)),
            "targetSubjectsOf": sorted(f"<{o}>" for o in g.objects(node, sh.targetSubjectsOf)),
            "class": [f"<{o}>" for o in g.objects(node, sh["class"])],
            "properties": sorted((constraint(p) for p in g.objects(node, sh.property)),
                                 key=lambda c: json.dumps(c, sort_keys=True)),
        })
    return shapes


@lru_cache(maxsize=2)
def load_compiled(path: str | None = None) -> list[dict]:
    return compile_shapes(path)


# ------------------------------------------------------------------------------------------ checking
def _literal_parts(term: str) -> tuple[str, str | None, str | None] | None:
    """(lexical form, language, datatype IRI) of an encoded literal; None for an IRI."""
    if not term.startswith('"'):
        return None
    end = term.rfind('"')
    lexical = term[1:end]
    rest = term[end + 1:]
    if rest.startswith("@"):
        return lexical, rest[1:], None
    if rest.startswith("^^<"):
        return lexical, None, rest[3:-1]
    return lexical, None, XSD + "string"


def _unescape_len(lexical: str) -> int:
    return len(lexical.encode("utf-8").decode("unicode_escape")) if "\\" in lexical else len(lexical)


def _number(term: str):
    parts = _literal_parts(term)
    if parts is None:
        return None
    try:
        return float(parts[0])
    except ValueError:
        return None


class _Data:
    def __init__(self, triples, subject_predicates=frozenset(), keep: frozenset | None = None):
        self.types: dict[str, set[str]] = {}
        self.props: dict[str, dict[str, list[str]]] = {}
        self.subjects_of: dict[str, set[str]] = {}
        self.by_class: dict[str, set[str]] = {}
        #: value checks already made in this validation: (id of a constraint, value) → conforms
        self.checked: dict[tuple[int, str], bool] = {}
        props, types, by_class = self.props, self.types, self.by_class
        unique = dict.fromkeys(triples)  # each triple once, in the order given (deterministic)
        if keep is not None:  # only the predicates some shape reads (and rdf:type): the others cannot violate
            unique = [t for t in unique if t[1] in keep]
        for s, p, o in unique:
            if p == RDF_TYPE:
                if s in types:
                    types[s].add(o)
                else:
                    types[s] = {o}
                if o in by_class:
                    by_class[o].add(s)
                else:
                    by_class[o] = {s}
            d = props.get(s)
            if d is None:
                props[s] = {p: [o]}
                continue
            v = d.get(p)
            if v is None:
                d[p] = [o]
            else:
                v.append(o)
        for p in subject_predicates:  # the subjects of sh:targetSubjectsOf predicates
            self.subjects_of[p] = {s for s, d in props.items() if p in d}

    def values(self, s: str, path: str) -> list[str]:
        return self.props.get(s, {}).get(f"<{path}>", [])


def _value_ok(value: str, c: dict, data: _Data) -> bool:
    """Does one value node satisfy the value-level constraints of *c*?  (Each pair is checked once per
    validation: the answer depends only on the value, the constraint and the data's types.)"""
    key = (id(c), value)
    ok = data.checked.get(key)
    if ok is None:
        ok = data.checked[key] = _check_value(value, c, data)
    return ok


def _check_value(value: str, c: dict, data: _Data) -> bool:
    parts = _literal_parts(value)
    if "datatype" in c:
        if parts is None or (parts[2] or ("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" if parts[1] else
                                          XSD + "string")) != c["datatype"]:
            return False
        if c["datatype"] in (XSD + "integer", XSD + "nonNegativeInteger", XSD + "decimal") and \
                _number(value) is None:
            return False
        if c["datatype"] == XSD + "nonNegativeInteger" and (_number(value) or 0) < 0:
            return False
    if "class" in c and (parts is not None or f"<{c['class']}>" not in data.types.get(value, ())):
        return False
    if "nodeKind" in c:
        kind = c["nodeKind"].rsplit("#", 1)[-1]
        if kind == "IRI" and parts is not None or kind == "Literal" and parts is None:
            return False
    if "in" in c and value not in c["in"]:
        return False
    if "languageIn" in c and (parts is None or parts[1] not in c["languageIn"]):
        return False
    if "minLength" in c and (parts is None and len(value) - 2 < c["minLength"] or
                             parts is not None and _unescape_len(parts[0]) < c["minLength"]):
        return False
    if "or" in c and not any(_value_ok(value, alt, data) for alt in c["or"]):
        return False
    return True


class _Label:
    """The start of a violation message, made only when there is one."""

    def __init__(self, shape: str, focus: str, path: str | None):
        self.shape, self.focus, self.path = shape, focus, path

    def __format__(self, spec: str) -> str:
        return f"{self.shape.rsplit('#', 1)[-1]}: {self.focus} {self.path.rsplit('#', 1)[-1] if self.path else ''}".rstrip()


def _check_property(focus: str, c: dict, values, data: _Data, shape: str, out: list[str]) -> None:
    """Check the values of *focus* on the path of *c* (*values*: the focus node itself when *c* has no path)."""
    path = c.get("path")
    if "minCount" in c and len(values) < c["minCount"]:
        out.append(c.get("message") or f"{_Label(shape, focus, path)}: fewer than {c['minCount']} values")
    if "maxCount" in c and len(values) > c["maxCount"]:
        out.append(c.get("message") or f"{_Label(shape, focus, path)}: more than {c['maxCount']} values")
    for v in values:
        if not _value_ok(v, c, data):
            out.append(c.get("message") or
                       f"{_Label(shape, focus, path)}: value {v[:60]} violates {sorted(k for k in c if k != 'path')}")
    if c.get("uniqueLang"):
        langs = [p[1] for p in map(_literal_parts, values) if p and p[1]]
        if len(langs) != len(set(langs)):
            out.append(c.get("message") or f"{_Label(shape, focus, path)}: two values share a language tag")
    if "lessThan" in c:
        others = data.values(focus, c["lessThan"])
        for v in values:
            for w in others:
                a, b = _number(v), _number(w)
                if a is None or b is None or not a < b:
                    out.append(c.get("message") or f"{_Label(shape, focus, path)}: not less than {c['lessThan']}")
    if "qualifiedValueShape" in c:
        n = sum(1 for v in values if _value_ok(v, c["qualifiedValueShape"], data))
        if n < c.get("qualifiedMinCount", 0):
            out.append(c.get("message") or
                       f"{_Label(shape, focus, path)}: fewer than {c['qualifiedMinCount']} conforming values")


def _read_predicates(shapes: list[dict]) -> frozenset:
    """Every predicate (encoded) the shapes read: paths, sh:lessThan, targets, and rdf:type."""
    out = {RDF_TYPE}

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("path", "lessThan", "targetSubjectsOf"):
                    for x in (v if isinstance(v, list) else [v]):
                        if isinstance(x, str):
                            out.add(x if x.startswith("<") else f"<{x}>")
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(shapes)
    return frozenset(out)


@lru_cache(maxsize=1)
def _project_read_predicates() -> frozenset:
    return _read_predicates(load_compiled())


def validate_triples(triples, shapes: list[dict] | None = None) -> Report:
    """Validate *triples* (encoded N-Triples strings) against the project's shapes."""
    if shapes is None:
        shapes, read = load_compiled(), _project_read_predicates()
    else:
        read = _read_predicates(shapes)
    wanted = frozenset(p for shape in shapes for p in shape["targetSubjectsOf"])
    data = _Data(triples, wanted, read)
    out: list[str] = []
    for shape in shapes:
        focus: set[str] = set()
        for cls in shape["targetClass"]:
            focus |= data.by_class.get(cls, set())
        for p in shape["targetSubjectsOf"]:
            focus |= data.subjects_of.get(p, set())
        # constraints that a node without values of their path satisfies need not look at such nodes
        checks = [(c, f"<{c['path']}>" if c.get("path") else None,
                   bool(c.get("minCount") or c.get("qualifiedMinCount"))) for c in shape["properties"]]
        for f in sorted(focus):
            for cls in shape["class"]:
                if cls not in data.types.get(f, ()):
                    out.append(f"{shape['id'].rsplit('#', 1)[-1]}: {f} is not a {cls}")
            fprops = data.props.get(f, {})
            for c, key, needed in checks:
                values = fprops.get(key, ()) if key is not None else (f,)
                if not values and not needed:
                    continue  # (a node without values of the path satisfies every constraint but the counts)
                _check_property(f, c, values, data, shape["id"], out)
    return Report(not out, len(out), out)
