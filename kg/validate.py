"""SHACL validation with pySHACL: of an rdflib graph (the Python API), and the reference the fast validator of
:mod:`kg.shacl` (used by builds) is tested against."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .namespaces import ONTOLOGY_DIR


@dataclass(frozen=True)
class Report:
    """Outcome of a validation."""

    conforms: bool
    text: str
    violations: int

    @property
    def first(self) -> str:
        """The first violation's message (for a one-line error)."""
        return next((ln.strip() for ln in self.text.splitlines() if "Message" in ln), "")


@lru_cache(maxsize=1)
def load_shapes():
    from rdflib import Graph

    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def validate(graph, shapes=None) -> Report:
    """Validate an rdflib *graph*; return a :class:`Report` (never raises on non-conformance).

    Needs pySHACL (``pip install 'policy-kg[shacl]'``); builds use :mod:`kg.shacl`, which needs nothing.
    """
    try:
        from pyshacl import validate as shacl_validate
    except ImportError:
        from .errors import KGError

        raise KGError("kg.validate needs pySHACL: pip install 'policy-kg[shacl]'") from None
    from rdflib.namespace import RDF, SH

    conforms, results_graph, text = shacl_validate(
        graph, shacl_graph=shapes or load_shapes(), inference="none", advanced=False, allow_warnings=True)
    violations = len(set(results_graph.subjects(RDF.type, SH.ValidationResult)))
    return Report(bool(conforms), text, violations)


def validate_triples(triples) -> Report:
    """Validate triples given as N-Triples strings (:mod:`kg.rdfio`) with pySHACL (the reference, for tests;
    builds use the fast validator of :mod:`kg.shacl`)."""
    from rdflib import Graph

    from .rdfio import ntriples

    return validate(Graph().parse(data=ntriples(triples), format="nt"))
