"""Shared fixtures: the bundled plan, the corpus documents and one build of the plan."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED = DATA / "000_732c510093841962.txt"
ANHUI = DATA / "anhui-industrial-internet-policy-and-action-plan-2021.txt"
REPORT_2022 = DATA / "gov-work-report-2022.txt"
REPORT_2024 = DATA / "gov-work-report-2024.txt"
CORPUS = (ANHUI, REPORT_2022, REPORT_2024)
#: Development documents (tuned on) and their gold files; held-out sets are in tests/eval/heldout-*.
EVAL = ROOT / "tests" / "eval"
DEV = EVAL / "dev" / "docs"


@pytest.fixture(scope="session")
def seed_doc():
    from kg.ingest import read_document

    return read_document(SEED)


@pytest.fixture(scope="session")
def seed_tree(seed_doc):
    from kg.structure import parse_structure

    return parse_structure(seed_doc)


@pytest.fixture(scope="session")
def lexicon():
    from kg.lexicon import load_lexicon

    return load_lexicon()


@pytest.fixture(scope="session")
def seed_extraction(seed_tree, lexicon):
    from kg.extract import extract

    return extract(seed_tree, lexicon)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One full `kg build` of the bundled plan (library call), shared by the read-only tests."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed-build")
    return build([SEED], out)


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    from rdflib import Graph

    return Graph().parse(seed_build.files["kg.ttl"], format="turtle")
