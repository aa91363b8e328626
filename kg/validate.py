"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from .namespaces import ONTOLOGY_DIR


@dataclass(frozen=True)
class Report:
    """Outcome of a validation."""

    conforms: bool
    text: str
    violations: int


def load_shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def validate(graph: Graph, shapes: Graph | None = None) -> Report:
    """Validate *graph*; return a :class:`Report` (never raises on non-conformance)."""
    from pyshacl import validate as shacl_validate

    conforms, results_graph, text = shacl_validate(
        graph, shacl_graph=shapes or load_shapes(), inference="none", advanced=False,
        allow_warnings=True)
    from rdflib.namespace import SH, RDF

    violations = len(set(results_graph.subjects(RDF.type, SH.ValidationResult)))
    return Report(bool(conforms), text, violations)
