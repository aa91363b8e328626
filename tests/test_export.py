"""kg export: every RDF syntax reads back as the built graph; GraphML is the entity graph; no partial files."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli import main
from kg.errors import KGError
from kg.export import export_graph
from kg.pipeline import build
from kg.project import entity_graph, load_index
from kg.store import resolve_graph

from conftest import REPORT_2022, REPORT_2024

ID = "https://w3id.org/policy-kg/id/"


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    build([REPORT_2022, REPORT_2024], out, html=False, turtle=True)
    return out


@pytest.mark.parametrize("fmt,rdflib_format", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"),
                                               ("rdfxml", "xml")])
def test_triple_formats_hold_the_union_once(two_reports, tmp_path, fmt, rdflib_format):
    path = export_graph(two_reports, fmt, tmp_path / f"x.{fmt}")
    exported = Graph().parse(path, format=rdflib_format)
    assert set(exported) == set(Graph().parse(two_reports / "kg.ttl", format="turtle"))
    if fmt == "nt":  # each triple once, though shared concepts' relations are stated by both reports
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        assert len(lines) == len(set(lines)) == len(exported)


@pytest.mark.parametrize("fmt,rdflib_format", [("nq", "nquads"), ("trig", "trig")])
def test_quad_formats_keep_one_graph_per_document(two_reports, tmp_path, fmt, rdflib_format):
    path = export_graph(two_reports, fmt, tmp_path / f"x.{fmt}")
    ds = Dataset()
    ds.parse(path, format=rdflib_format)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {ID + REPORT_2022.stem, ID + REPORT_2024.stem, ID + "concepts"} <= names


def test_exports_are_deterministic(two_reports, tmp_path):
    a = export_graph(two_reports, "ttl", tmp_path / "a.ttl").read_bytes()
    b = export_graph(two_reports, "ttl", tmp_path / "b.ttl").read_bytes()
    assert a == b and a.startswith(b"@prefix")


def test_graphml_is_the_entity_graph(two_reports, tmp_path):
    path = export_graph(two_reports, "graphml", tmp_path / "e.graphml")
    G = nx.read_graphml(path)
    E = entity_graph(load_index(resolve_graph(two_reports)))
    assert set(G.nodes) == set(E.nodes) and G.number_of_edges() == E.number_of_edges() > 100
    beidou = "https://w3id.org/policy-kg/concept/tech/beidou"
    if beidou in G:
        assert G.nodes[beidou]["zh"] == "北斗" and G.nodes[beidou]["kind"] == "Technology"


def test_bad_requests_are_one_line_errors(two_reports, tmp_path):
    with pytest.raises(KGError, match="unknown export format"):
        export_graph(two_reports, "xlsx", tmp_path / "x")
    with pytest.raises(KGError, match="is a folder"):
        export_graph(two_reports, "ttl", tmp_path)
    with pytest.raises(KGError, match="does not exist"):  # a mistyped folder is not made (tried as a new user)
        export_graph(two_reports, "ttl", tmp_path / "no-such" / "x.ttl")
    assert not (tmp_path / "no-such").exists()
    r = CliRunner().invoke(main, ["export", "-f", "ttl", "-o", str(tmp_path / "x.ttl"), "--graph",
                                  str(tmp_path / "nothing")])
    assert r.exit_code == 1 and "no built graph" in r.output and "Traceback" not in r.output


def test_an_interrupted_export_leaves_no_file(two_reports, tmp_path, monkeypatch):
    import pyoxigraph

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pyoxigraph, "serialize", boom)
    r = CliRunner().invoke(main, ["export", "-f", "ttl", "-o", str(tmp_path / "x.ttl"), "--graph", str(two_reports)])
    assert r.exit_code == 1 and "No space left" in r.output
    assert list(tmp_path.iterdir()) == []


def test_a_one_document_build_exports_its_named_graphs(seed_build, tmp_path):
    # tried as a new user (twenty-first round): nq and trig of a one-document build were the nt and ttl files over
    # again, with no graph name — the document's own triples now sit in its graph, the shared ones in the concepts
    # graph, as a corpus build writes them
    import pyoxigraph

    nq = export_graph(seed_build.out, "nq", tmp_path / "one.nq")
    graphs = {}
    for q in pyoxigraph.parse(path=str(nq), format=pyoxigraph.RdfFormat.N_QUADS):
        graphs.setdefault(q.graph_name.value, 0)
        graphs[q.graph_name.value] += 1
    doc = "https://w3id.org/policy-kg/id/000_732c510093841962"
    assert set(graphs) == {doc, "https://w3id.org/policy-kg/id/concepts"}
    nt = export_graph(seed_build.out, "nt", tmp_path / "one.nt")
    assert sum(graphs.values()) == sum(1 for _ in pyoxigraph.parse(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert graphs["https://w3id.org/policy-kg/id/concepts"] == json.loads(
        (seed_build.out / "kg.json").read_text(encoding="utf-8"))["concepts"]["triples"]


def test_export_never_replaces_a_file_the_build_wrote(two_reports, seed_build, tmp_path):
    # tried as a new user (twenty-ninth round): `kg export -f ttl -o OUT/kg.ttl` replaced the build's own kg.ttl with
    # other bytes, while `kg viz -o OUT/graph.html` refused; both now refuse, and the file is untouched
    kg_ttl = seed_build.out / "kg.ttl"
    before = kg_ttl.read_bytes()
    r = CliRunner().invoke(main, ["export", "-f", "ttl", "-o", str(kg_ttl), "--graph", str(seed_build.out)])
    assert r.exit_code == 1 and "is written by `kg build`" in r.output
    assert kg_ttl.read_bytes() == before
    concepts = two_reports / "nq" / "concepts.nq"
    r = CliRunner().invoke(main, ["export", "-f", "nq", "-o", str(concepts), "--graph", str(two_reports)])
    assert r.exit_code == 1 and "is written by `kg build`" in r.output
    r = CliRunner().invoke(main, ["export", "-f", "ttl", "-o", str(tmp_path / "kg.ttl"), "--graph", str(seed_build.out)])
    assert r.exit_code == 0, r.output  # the same name elsewhere is fine


def test_export_to_standard_output(two_reports, tmp_path):
    """(u30) kg export -o - wrote a file named "-": it writes to standard output, the same bytes as a file."""
    import os

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        piped = CliRunner().invoke(main, ["export", "-f", "nt", "-o", "-", "--graph", str(two_reports)])
    finally:
        os.chdir(cwd)
    assert piped.exit_code == 0, piped.output
    assert not (tmp_path / "-").exists()
    written = CliRunner().invoke(main, ["export", "-f", "nt", "-o", str(tmp_path / "x.nt"), "--graph", str(two_reports)])
    assert written.exit_code == 0 and piped.stdout_bytes == (tmp_path / "x.nt").read_bytes()


def test_graphml_keeps_who_leads_and_who_supports(tmp_path):
    """(u58) GraphML's responsibleUnit edges had no role: the 9 lead and 18 support units of 上海市会展业条例 were lost
    for network analysis. Each such edge now says lead, support or responsible."""
    doc = tmp_path / "plan.txt"
    doc.write_text("江苏省推进工业互联网发展行动方案\n\n一、重点任务\n\n（一）培育工业互联网平台。支持企业建设5G工厂。"
                   "（牵头单位：省工业和信息化厅；配合单位：省财政厅）\n\n（二）推动企业上云。建设云平台。"
                   "（责任单位：省通信管理局）\n", encoding="utf-8")
    out = tmp_path / "out"
    build([doc], out, html=False)
    G = nx.read_graphml(export_graph(out, "graphml", tmp_path / "e.graphml"))
    roles = {(G.nodes[b]["zh"], d["role"]) for a, b, d in G.edges(data=True) if d.get("relation") == "responsibleUnit"}
    assert roles == {("江苏省工业和信息化厅", "lead"), ("江苏省财政厅", "support"), ("江苏省通信管理局", "responsible")}, roles
