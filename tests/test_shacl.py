"""kg.shacl, the fast validator every build runs, against pySHACL (the reference) on the same graphs.

Each mutation breaks one shape of ontology/shapes.ttl; both validators must reject it, and both must
accept the unmutated graphs of documents of three genres.
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.graph import concept_triples
from kg.pipeline import process_document
from kg.rdfio import ntriples
from kg.shacl import validate_triples
from kg.validate import validate

from conftest import ANHUI, ROOT, SEED

KG = "https://w3id.org/policy-kg/ontology#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _triples(path, lexicon):
    p = process_document(path, lexicon)
    return list(p.graph.triples) + list(concept_triples(lexicon, p.graph.usage))


def _pyshacl(triples) -> bool:
    return validate(Graph().parse(data=ntriples(triples), format="nt")).conforms


@pytest.fixture(scope="module")
def plan_triples(lexicon):
    return _triples(SEED, lexicon)


def _first(triples, p, o=None):
    return next(t for t in triples if t[1] == p and (o is None or t[2] == o))


def _subject_of_type(triples, cls):
    return _first(triples, RDF_TYPE, f"<{KG}{cls}>")[0]


def _drop(triples, s, p):
    return [t for t in triples if not (t[0] == s and t[1] == p)]


def _mutations(t):
    sent = _subject_of_type(t, "Sentence")
    task = _subject_of_type(t, "Task")
    action = _subject_of_type(t, "Action")
    indicator = _subject_of_type(t, "Indicator")
    tech = _subject_of_type(t, "Technology")
    statement = _first(t, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject>")[0]
    return {
        "sentence without text": _drop(t, sent, f"<{KG}text>"),
        "begin not before end": _drop(t, sent, f"<{NIF}endIndex>") + [
            (sent, f"<{NIF}endIndex>", f'"0"^^<{XSD}nonNegativeInteger>')],
        "negative offset": _drop(t, sent, f"<{NIF}beginIndex>") + [
            (sent, f"<{NIF}beginIndex>", f'"-1"^^<{XSD}nonNegativeInteger>')],
        "two texts": t + [(sent, f"<{KG}text>", '"另一句"')],
        "task without label": _drop(t, task, "<http://www.w3.org/2000/01/rdf-schema#label>"),
        "action order not an integer": _drop(t, action, f"<{KG}actionOrder>") + [
            (action, f"<{KG}actionOrder>", '"first"')],
        "indicator kind outside the list": _drop(t, indicator, f"<{KG}indicatorKind>") + [
            (indicator, f"<{KG}indicatorKind>", '"mood"')],
        "concept with a French label": t + [(tech, "<http://www.w3.org/2004/02/skos/core#prefLabel>", '"x"@fr')],
        "concept with two zh labels": t + [(tech, "<http://www.w3.org/2004/02/skos/core#prefLabel>", '"又一个"@zh')],
        "action involving a domain as technology": t + [
            (action, f"<{KG}involvesTechnology>", _subject_of_type(t, "Domain"))],
        "statement without evidence": _drop(t, statement, f"<{KG}evidence>"),
    }


def test_unmutated_graphs_conform_under_both(lexicon, plan_triples):
    assert validate_triples(plan_triples).conforms and _pyshacl(plan_triples)
    for path in (ANHUI, *sorted((ROOT / "tests/eval/dev/docs").glob("aba*"))):
        t = _triples(path, lexicon)
        assert validate_triples(t).conforms and _pyshacl(t)


@pytest.mark.parametrize("name", ["sentence without text", "begin not before end", "negative offset", "two texts",
                                  "task without label", "action order not an integer",
                                  "indicator kind outside the list", "concept with a French label",
                                  "concept with two zh labels", "action involving a domain as technology",
                                  "statement without evidence"])
def test_both_validators_reject_the_same_mutation(plan_triples, name):
    mutated = _mutations(plan_triples)[name]
    fast = validate_triples(mutated)
    assert not fast.conforms, name
    assert fast.violations >= 1 and fast.first
    assert not _pyshacl(mutated), name
