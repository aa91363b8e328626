"""The ontology and the graphs built with it, as an OWL 2 DL reasoner (HermiT, through owlready2) reads them.

SHACL (tests/test_shacl.py) checks the closed-world shape of each document's graph; here the open-world
question: do ontology/policy.ttl and a built graph together have a model?  A graph that types a sentence as a
technology, or a literal outside OWL 2's datatype map (xsd:gYear), makes them refuse; both were in the
first builds.  HermiT needs Java: without it these tests skip, unless KG_REQUIRE_REASONER is set (CI).
"""

from __future__ import annotations

import os
import tempfile
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from conftest import DEV, ROOT

ONTOLOGY = ROOT / "ontology" / "policy.ttl"
KG = "https://w3id.org/policy-kg/ontology#"

owlready2 = pytest.importorskip("owlready2")
if shutil.which("java") is None:
    if os.environ.get("KG_REQUIRE_REASONER"):
        raise RuntimeError("KG_REQUIRE_REASONER is set but there is no java for HermiT")
    pytest.skip("HermiT needs java", allow_module_level=True)

#: The datatypes of OWL 2's datatype map that the project uses (plus rdf:langString for tagged strings).
OWL2_DATATYPES = {XSD.string, XSD.integer, XSD.nonNegativeInteger, XSD.decimal, XSD.double, XSD.boolean,
                  XSD.dateTime, XSD.anyURI, XSD.token, XSD.positiveInteger,
                  URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")}


def _consistent(graph: Graph, tmp_path: Path) -> bool:
    merged = Graph()
    merged.parse(ONTOLOGY, format="turtle")
    for t in graph:
        merged.add(t)
    path = tmp_path / "merged.nt"
    merged.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    saved, tempfile.tempdir = tempfile.tempdir, str(tmp_path)  # owlready2 leaves its copy for HermiT behind
    try:
        with onto:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        return False
    finally:
        tempfile.tempdir = saved
    return True


def _union(nq_files) -> Graph:
    ds = Dataset()
    for f in nq_files:
        ds.parse(f, format="nquads")
    out = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


@pytest.fixture(scope="module")
def seed_triples(seed_build):
    return Graph().parse(seed_build.files["kg.ttl"], format="turtle")


@pytest.fixture(scope="module")
def genre_corpus(tmp_path_factory):
    """A corpus build of three other genres: a 办法 of articles, a 通知 with a duty table, a task division."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("genres")
    docs = [DEV / "guangdong-public-data-measures-2021.txt", DEV / "jiading-sponge-city-implementation-plan-2024.txt",
            DEV / "state-council-fangguanfu-task-division-2018.txt"]
    build(docs, out)
    return _union(sorted(out.rglob("*.nq")))


def test_the_bundled_plan_and_the_ontology_are_consistent(seed_triples, tmp_path):
    assert len(seed_triples) > 1000
    assert _consistent(seed_triples, tmp_path)


def test_graphs_of_other_genres_are_consistent(genre_corpus, tmp_path):
    kinds = set(genre_corpus.objects(None, RDF.type))
    assert URIRef(KG + "Article") in kinds and URIRef(KG + "GenericUnit") in kinds
    assert _consistent(genre_corpus, tmp_path)


def test_the_reasoner_does_refuse_a_contradiction(seed_triples, tmp_path):
    """The check can fail: a sentence that is also a technology violates the ontology's disjointness."""
    bad = Graph()
    for t in seed_triples:
        bad.add(t)
    sentence = next(seed_triples.subjects(RDF.type, URIRef(KG + "Sentence")))
    bad.add((sentence, RDF.type, URIRef(KG + "Technology")))
    assert not _consistent(bad, tmp_path)


def test_every_data_property_value_is_of_a_datatype_owl2_knows(seed_triples, genre_corpus):
    """Values of data properties must be in OWL 2's datatype map (xsd:gYear is not); annotations such as
    dcterms:issued "2021-09-22"^^xsd:date are outside the reasoner's concern."""
    from rdflib.namespace import OWL

    onto = Graph().parse(ONTOLOGY, format="turtle")
    data_props = set(onto.subjects(RDF.type, OWL.DatatypeProperty))
    assert URIRef(KG + "indicatorValue") in data_props or len(data_props) > 10
    used = {o.datatype for g in (seed_triples, genre_corpus) for _, p, o in g if isinstance(o, Literal)
            and o.datatype is not None and p in data_props}
    assert used and used <= OWL2_DATATYPES, used - OWL2_DATATYPES
    annotations = {p for g in (seed_triples, genre_corpus) for _, p, o in g
                   if isinstance(o, Literal) and o.datatype == XSD.date}
    assert annotations <= set(onto.subjects(RDF.type, OWL.AnnotationProperty))
