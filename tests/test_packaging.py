"""A wheel carries everything `kg` reads at run time (not only an editable checkout works)."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_contains_data_templates_and_queries(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("policy_kg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("kg/ontology_data/policy.ttl", "kg/ontology_data/shapes.ttl",
                   "kg/ontology_data/lexicon/technologies.ttl", "kg/ontology_data/lexicon/cues.ttl",
                   "kg/bundled_data/000_732c510093841962.txt", "kg/templates/graph.html",
                   "kg/templates/sparql.html", "kg/queries/tech-domains.rq"):
        assert needed in names, needed
    assert not any(n.startswith("kg/bundled_data/out/") for n in names)
