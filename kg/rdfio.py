"""RDF terms as N-Triples strings, and fast deterministic writers (N-Triples, N-Quads, Turtle).

The build makes millions of triples at corpus scale; it keeps each one as a tuple of three strings
already in N-Triples syntax (``"<https://…>"``, ``'"北斗"@zh'``) instead of rdflib objects, so a
document's triples cost a few hundred bytes each, sort as strings (byte-identical output) and are
written without a serialiser in the way.  rdflib and pyoxigraph read everything written here.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

Triple = tuple[str, str, str]

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = f"<{RDF_NS}type>"

_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"}
_ESCAPES.update({c: f"\\u{c:04X}" for c in range(0x20) if c not in (0x0A, 0x0D)})
_ESCAPES.update({0x7F: "\\u007F", 0x2028: "\\u2028", 0x2029: "\\u2029"})


def iri(value: str) -> str:
    """``<value>``, with characters that may not stand in an IRI percent-encoded."""
    if _IRI_UNSAFE.search(value):
        value = _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), value)
    return f"<{value}>"


def lit(value, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal: a plain string, a language-tagged string, or a typed value.

    Python ``bool`` → ``xsd:boolean``, ``int`` → ``xsd:integer`` unless *datatype* says otherwise.
    """
    if isinstance(value, bool):
        value, datatype = ("true" if value else "false"), datatype or XSD + "boolean"
    elif isinstance(value, int):
        value, datatype = str(value), datatype or XSD + "integer"
    text = '"' + str(value).translate(_ESCAPES) + '"'
    if lang:
        return f"{text}@{lang}"
    if datatype and datatype != XSD + "string":
        return f"{text}^^<{datatype}>"
    return text


def ntriples(triples: Iterable[Triple]) -> str:
    """Sorted N-Triples, one line per distinct triple."""
    lines = sorted({f"{s} {p} {o} ." for s, p, o in triples})
    return "\n".join(lines) + ("\n" if lines else "")


def nquads(triples: Iterable[Triple], graph: str) -> str:
    """Sorted N-Quads of *triples* in the named graph *graph* (an encoded IRI)."""
    lines = sorted({f"{s} {p} {o} {graph} ." for s, p, o in triples})
    return "\n".join(lines) + ("\n" if lines else "")


# ----------------------------------------------------------------------------------------- Turtle
_PN_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?$")


class _Compactor:
    def __init__(self, prefixes: dict[str, str]):
        # longest namespace first, so that a nested namespace wins over its parent
        self.prefixes = sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self.cache: dict[str, str] = {}

    def iri(self, term: str) -> str:
        out = self.cache.get(term)
        if out is not None:
            return out
        value = term[1:-1]
        out = term
        for prefix, ns in self.prefixes:
            if value.startswith(ns) and _PN_LOCAL.match(value[len(ns):]):
                out = f"{prefix}:{value[len(ns):]}"
                break
        self.cache[term] = out
        return out

    def term(self, term: str) -> str:
        if term.startswith("<"):
            return self.iri(term)
        if term.endswith(">") and "^^<" in term:
            text, _, dt = term.rpartition("^^")
            return f"{text}^^{self.iri(dt)}"
        return term


def turtle(triples: Iterable[Triple], prefixes: dict[str, str]) -> str:
    """Deterministic Turtle: subjects, predicates (``a`` first) and objects sorted."""
    by_subject: dict[str, dict[str, set[str]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(s, {}).setdefault(p, set()).add(o)
    c = _Compactor(prefixes)
    out = [f"@prefix {k}: <{v}> ." for k, v in sorted(prefixes.items())]
    out.append("")
    for s in sorted(by_subject):
        preds = by_subject[s]
        lines = []
        for p in sorted(preds, key=lambda p: (p != RDF_TYPE, p)):
            objs = ", ".join(c.term(o) for o in sorted(preds[p]))
            lines.append(f"{'a' if p == RDF_TYPE else c.iri(p)} {objs}")
        out.append(f"{c.iri(s)} " + " ;\n    ".join(lines) + " .\n")
    return "\n".join(out)


def iter_nquads_lines(text: str) -> Iterator[str]:
    """The non-empty lines of an N-Quads text."""
    return (line for line in text.splitlines() if line.strip())


_UNESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))')
_SIMPLE = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def term_value(term: str) -> tuple[str, str]:
    """``(value, language)`` of an N-Triples term: an IRI's text, or a literal's lexical form and tag
    (``""`` when it has none)."""
    if term.startswith("<"):
        return term[1:-1], ""
    end = term.rfind('"')
    text, tail = term[1:end], term[end + 1:]
    if "\\" in text:
        text = _UNESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if (m.group(1) or m.group(2))
                             else _SIMPLE.get(m.group(3), m.group(3)), text)
    return text, tail[1:] if tail.startswith("@") else ""
