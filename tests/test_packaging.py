"""A wheel carries everything `kg` reads at run time (not only an editable checkout works).

The wheel is built offline (no package index, no isolated build environment: the setuptools of
the test environment), from a copy of the sources, so that neither the network nor a stale
``build/`` folder of the checkout can make the test pass or fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT

#: Where each kind of run-time file lives in the checkout, and where the wheel carries it.
RUNTIME_FILES = [
    ("ontology", "*.ttl", "kg/ontology_data"),
    ("ontology/lexicon", "*.ttl", "kg/ontology_data/lexicon"),
    ("ontology/gazetteer", "*.ttl", "kg/ontology_data/gazetteer"),
    ("data", "*.txt", "kg/bundled_data"),
    ("kg/templates", "*.html", "kg/templates"),
    ("kg/queries", "*.rq", "kg/queries"),
]


def build_wheel(src, out) -> zipfile.ZipFile:
    pytest.importorskip("setuptools")
    env = {**os.environ, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": "", "PIP_CONFIG_FILE": os.devnull}
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                           "-q", "-w", str(out), str(src)], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return zipfile.ZipFile(next(out.glob("policy_kg-*.whl")))


def source_copy(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".kg-*", "out", "*.egg-info", "build")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for folder in ("kg", "ontology", "data"):
        shutil.copytree(ROOT / folder, src / folder, ignore=ignore)
    (src / "data" / "out").mkdir()
    (src / "data" / "out" / "kg.ttl").write_text("# a build output: never packaged\n")
    (src / "data" / "out" / "notes.txt").write_text("a build output: never packaged\n")
    return src


def test_wheel_contains_data_templates_and_queries(tmp_path):
    wheel = build_wheel(source_copy(tmp_path), tmp_path / "wheel")
    names = set(wheel.namelist())
    for needed in ("kg/ontology_data/policy.ttl", "kg/ontology_data/shapes.ttl",
                   "kg/ontology_data/lexicon/technologies.ttl", "kg/ontology_data/lexicon/cues.ttl",
                   "kg/bundled_data/000_732c510093841962.txt", "kg/templates/graph.html",
                   "kg/templates/sparql.html", "kg/queries/tech-domains.rq"):
        assert needed in names, needed
    for folder, pattern, inside in RUNTIME_FILES:  # every one of them, not only the few named above
        files = sorted((ROOT / folder).glob(pattern))
        assert files, folder
        for path in files:
            assert f"{inside}/{path.name}" in names, path
    assert not any(n.startswith("kg/bundled_data/out/") for n in names)


def test_wheel_without_the_lexicons_is_caught(tmp_path):
    """The check above can fail: a wheel built without the lexicon package lacks its files."""
    src = source_copy(tmp_path)
    pyproject = (src / "pyproject.toml").read_text(encoding="utf-8")
    (src / "pyproject.toml").write_text(pyproject.replace(' "kg.ontology_data.lexicon",', ""), encoding="utf-8")
    names = set(build_wheel(src, tmp_path / "wheel").namelist())
    assert "kg/ontology_data/lexicon/technologies.ttl" not in names
