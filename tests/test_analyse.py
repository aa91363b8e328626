"""networkx analysis: rankings, evidence-backed paths, neighbourhoods, communities (CLI and library)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.analyse import Analyst
from kg.cli import main
from kg.errors import UnknownConceptError
from kg.project import load_index, tech_domain_graph, technology_graph

T = "https://w3id.org/policy-kg/concept/tech/"


@pytest.fixture(scope="module")
def an(seed_build):
    return Analyst(load_index(str(seed_build.files["kg.ttl"])))


def test_rank_technologies(an):
    top = an.rank("Technology", "degree", 3)
    assert [r.zh for r in top][0] == "人工智能"
    for metric in ("betweenness", "pagerank", "eigenvector"):
        rows = an.rank("Technology", metric, 5)
        assert len(rows) == 5 and rows[0].score >= rows[-1].score > 0
    assert {r.kind for r in an.rank("Domain", "pagerank", 5)} == {"Domain"}


def test_path_5g_to_beidou_has_evidence_for_every_hop(an):
    paths = an.paths("5G", "BeiDou", k=3)
    assert len(paths) == 3
    first = paths[0]
    assert first.nodes[0] == T + "5g" and first.nodes[-1] == T + "beidou" and len(first.hops) == 3
    for p in paths:
        for hop in p.hops:
            assert hop.evidence, hop
            assert all(text for _, _, text in hop.evidence)
    # the last hop: 卫星通信 and 北斗 are named in one measure
    assert any("北斗" in text and "卫星通信" in text for _, _, text in first.hops[-1].evidence)


def test_no_path_is_a_detour_of_a_shorter_one(an):
    """(u30) path 2 of 5G → 北斗 was path 1 with a detour through IPv6 (5G —融合— IPv6 ← the action 5G hangs on too)."""
    from kg.analyse import _has_shortcut

    paths = an.paths("5G", "北斗", k=3)
    assert len({p.nodes for p in paths}) == 3
    for p in paths:
        assert not _has_shortcut(an.U, list(p.nodes)), [an.describe(n)[0] for n in p.nodes]
        assert T + "ipv6" not in p.nodes


def test_zh_and_en_names_give_the_same_paths(an):
    assert [p.nodes for p in an.paths("5G", "北斗")] == [p.nodes for p in an.paths("5G", "BeiDou")]


def test_neighbors_of_beidou(an):
    first = {n.zh for n in an.neighbors("北斗", 1)}
    assert first == {"探索建设前沿信息基础设施", "卫星通信", "地表低空感知", "空天信息"}
    assert len(an.neighbors("北斗", 2)) > len(first)


def test_communities_cover_the_concepts(an):
    comms = an.communities()
    assert len(comms) >= 3
    members = [m for c in comms for m in c.members]
    assert len(members) == len(set(members))
    assert comms == an.communities()  # deterministic (fixed seed)


def test_names_in_traditional_characters_are_found(an, seed_build):
    """區塊鏈 and 北鬥 name 区块链 and 北斗 (a Traditional document is read in Simplified; its reader types
    Traditional)."""
    from kg.query import Engine

    assert an.resolve("區塊鏈") == an.resolve("区块链") and an.resolve("北鬥") == an.resolve("北斗")
    assert Engine(seed_build.out).resolve_concept("區塊鏈") == Engine(seed_build.out).resolve_concept("区块链")


def test_unknown_name_suggests(an):
    with pytest.raises(UnknownConceptError, match="did you mean"):
        an.resolve("Blockchian")


def test_a_known_concept_no_document_mentions_is_named_as_such(an):
    """(u31) on a graph without 北斗 `kg path 5G 北斗` answered "did you mean: 河北?": a concept the lexicon knows
    is named as such (the bundled plan never mentions drones)."""
    with pytest.raises(UnknownConceptError, match=r"无人机 \(Drones\) is a technology the lexicon knows, but no "
                                                   r"document of this graph mentions it"):
        an.resolve("Drones")


def test_projections(seed_build):
    idx = load_index(str(seed_build.files["kg.ttl"]))
    tg = technology_graph(idx)
    assert tg.has_edge(T + "satcom", T + "beidou")
    bg = tech_domain_graph(idx)
    assert bg.has_edge(T + "datacenter", "https://w3id.org/policy-kg/concept/domain/health")


@pytest.mark.parametrize("args, expected", [
    (["rank", "--top", "3"], "人工智能"),
    (["rank", "--type", "Domain", "--metric", "pagerank", "--lang", "en"], "Manufacturing"),
    (["path", "5G", "BeiDou", "--k", "1"], "加快布局卫星通信网络等面向全球覆盖的新型网络"),
    (["path", "5G", "北斗", "--k", "1"], "—相关技术 related technology— 北斗"),  # symmetric: no arrowhead
    (["neighbors", "区块链"], "构建云网融合的新型算力设施"),
    (["communities"], "Community 1"),
    (["query", "tech-domains", "--param", "tech=BeiDou"], "海洋"),
    (["query", "chain", "-p", "tech=区块链", "--format", "csv"], "探索建设前沿信息基础设施"),
    (["queries"], "tech-domains"),
])
def test_cli_answers(seed_build, args, expected):
    extra = [] if args[0] == "queries" else ["--graph", str(seed_build.out)]
    result = CliRunner().invoke(main, [*args, *extra])
    assert result.exit_code == 0, result.output
    assert expected in result.output


@pytest.mark.parametrize("args, message", [
    (["path", "5G", "Beidu"], "did you mean"),
    (["query", "tech-domains", "-p", "tech=nothing-like-this"], "not a concept"),
    (["query", "SELECT nonsense"], "SPARQL error"),
    (["rank", "--graph", "/nonexistent/kg.ttl"], "no built graph"),
])
def test_cli_errors_are_one_line(seed_build, args, message):
    extra = [] if "--graph" in args else ["--graph", str(seed_build.out)]
    result = CliRunner().invoke(main, [*args, *extra])
    assert result.exit_code != 0 and message in result.output
    assert result.output.strip().count("\n") == 0


@pytest.mark.parametrize("args", [["rank"], ["path", "5G", "北斗"], ["query", "tasks"], ["neighbors", "北斗"],
                                  ["viz", "--focus", "北斗", "-o", "VIZ"], ["communities"]])
def test_read_only_commands_do_not_import_spacy(seed_build, tmp_path, args):
    import subprocess
    import sys

    args = [str(tmp_path / "v.html") if a == "VIZ" else a for a in args]
    code = ("import sys\nfrom kg.cli import main\n"
            f"sys.argv = ['kg', *{args!r}, '--graph', {str(seed_build.out)!r}]\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
            "print('SPACY' if 'spacy' in sys.modules or 'jieba' in sys.modules else 'CLEAN')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("CLEAN")


# ---------------------------------------------------------------------------- issue 11: viz, neighbors, path, rank
def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture()
def graph_copy(seed_build, tmp_path):
    import shutil

    folder = tmp_path / "g"
    folder.mkdir()
    for name in ("kg.ttl", "graph.html"):
        shutil.copy(seed_build.out / name, folder / name)
    return folder


def test_viz_never_overwrites_the_build_page_by_default(graph_copy):
    page = (graph_copy / "graph.html").read_bytes()
    result = invoke("viz", "--type", "Technology", "--type", "Domain", "-g", graph_copy)
    assert result.exit_code == 0, result.output
    assert (graph_copy / "viz.html").is_file() and f"wrote {graph_copy / 'viz.html'}" in result.output
    result = invoke("viz", "-g", graph_copy)
    assert result.exit_code == 0, result.output
    result = invoke("viz", "--focus", "北斗", "-g", graph_copy)
    assert result.exit_code == 0 and (graph_copy / "viz-北斗.html").is_file(), result.output
    # the page is titled by the plan's title and the focus, not by the document's id (u60)
    assert "<title>“十四五”国家信息化规划 — 北斗" in (graph_copy / "viz-北斗.html").read_text(encoding="utf-8")
    assert (graph_copy / "graph.html").read_bytes() == page
    out = graph_copy / "mine.html"
    assert invoke("viz", "-g", graph_copy, "-o", out).exit_code == 0 and out.is_file()  # -o still decides
    result = invoke("viz", "-g", graph_copy, "-o", graph_copy / "graph.html")  # u29: replaced it silently
    assert result.exit_code == 1 and "is written by `kg build`" in result.output
    assert (graph_copy / "graph.html").read_bytes() == page


def test_viz_of_an_empty_selection_is_an_error_that_says_why(graph_copy):
    def files():
        return sorted(p.name for p in graph_copy.iterdir() if not p.name.startswith("."))  # not the caches

    before = files()
    page = (graph_copy / "graph.html").read_bytes()
    result = invoke("viz", "--type", "Technology", "--type", "Domain", "--min-weight", "50", "-g", graph_copy)
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "nothing to draw" in result.output
    assert "--min-weight 50" in result.output  # why: the weight threshold
    result = invoke("viz", "--type", "Organization", "-g", graph_copy)
    assert result.exit_code == 1 and "nothing to draw" in result.output and "Organization" in result.output
    assert files() == before  # nothing written
    assert (graph_copy / "graph.html").read_bytes() == page


@pytest.mark.parametrize("args, expected", [
    (["neighbors", "党中央"], "中共中央 has no neighbours"),  # an organisation named in the plan, linked to nothing
    (["path", "5G", "互联网法院"], "no path between 5G and 互联网法院"),
])
def test_names_that_exist_but_are_not_linked_give_one_line(seed_build, args, expected):
    result = invoke(*args, "--graph", seed_build.out)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert expected in result.output
    assert result.output.strip().count("\n") == 0


def test_neighbor_arrows_follow_the_rdf_triples(an):
    edges = {name: {(a, b) for a, b, _ in triples} for name, triples in an.index.edges.items()}
    found = an.neighbors("北斗", 2)
    assert found
    for nb in found:
        if nb.relation in ("integratesWith", "relatedTechnology"):  # symmetric
            assert (nb.via, nb.iri) in edges[nb.relation] or (nb.iri, nb.via) in edges[nb.relation]
        elif nb.forward:
            assert (nb.via, nb.iri) in edges[nb.relation], nb
        else:
            assert (nb.iri, nb.via) in edges[nb.relation], nb


def test_cli_neighbors_draws_the_triple_direction(seed_build):
    result = invoke("neighbors", "北斗", "--graph", seed_build.out)
    assert result.exit_code == 0, result.output
    assert "1  北斗 ←涉及技术— 探索建设前沿信息基础设施  [举措 Action]" in result.output  # the action involves 北斗
    assert "1  北斗 —相关技术— 卫星通信  [技术 Technology]" in result.output  # symmetric: no arrowhead
    assert "涉及技术→ 探索建设前沿信息基础设施" not in result.output


def test_rank_lists_every_kind_that_has_nodes(seed_build, an):
    result = invoke("rank", "--type", "Organization", "--graph", seed_build.out)
    assert result.exit_code == 0, result.output
    # 党中央 (the CPC Central Committee, prefLabel 中共中央), 国家自然科学基金委员会, 互联网法院; not 国务院 and
    # 科学技术部, the broader bodies of 国家自然科学基金委员会 that the plan never names
    assert "中共中央" in result.output and len(result.output.strip().splitlines()) == 3
    assert "国务院" not in result.output
    for kind in ("Task", "PriorityAction", "Action", "Technology", "Domain", "Region", "Organization"):
        assert an.rank(kind, "degree", 100), kind
    assert all(r.score == 0 for r in an.rank("Organization", "degree", 10))


def test_concepts_no_document_names_are_not_ranked(tmp_path):
    """The 2024 report names 5G but never 物联网 or 移动通信, which enter its graph only as skos:broader of
    the concepts it names: kg rank lists what the document names, not its broader concepts."""
    from conftest import REPORT_2024

    built = invoke("build", str(REPORT_2024), "-o", str(tmp_path / "out"), "--no-html")
    assert built.exit_code == 0, built.output
    ranked = invoke("rank", "--type", "Technology", "--top", "500", "--graph", tmp_path / "out")
    assert ranked.exit_code == 0, ranked.output
    names = {line.split()[1] for line in ranked.output.strip().splitlines()}
    assert "5G" in names and not names & {"物联网", "移动通信", "车联网", "智能电网"}


def test_rank_of_a_kind_without_nodes_is_one_line(tmp_path):
    ttl = tmp_path / "kg.ttl"
    ttl.write_text("@prefix kg: <https://w3id.org/policy-kg/ontology#> .\n"
                   "<urn:x:t> a kg:Technology ; <http://www.w3.org/2000/01/rdf-schema#label> \"t\"@zh .\n",
                   encoding="utf-8")
    result = invoke("rank", "--type", "Organization", "--graph", ttl)
    assert result.exit_code == 1
    assert "no Organization" in result.output and result.output.strip().count("\n") == 0


def page_records(path) -> dict[str, dict]:
    import json
    import re

    html = path.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    return {r["zh"]: r for r in data["records"]}


def test_degree_centrality_is_one_number_everywhere(seed_build, an, graph_copy):
    ranked = {r.zh: f"{r.score:.4f}" for r in an.rank("Technology", "degree", 1000)}
    result = invoke("rank", "--top", "1000", "--graph", seed_build.out)
    printed = {ln.split()[1]: ln.split()[2] for ln in result.output.splitlines()}
    build_page = page_records(seed_build.files["graph.html"])
    assert invoke("viz", "--focus", "北斗", "-g", graph_copy, "-o", graph_copy / "b.html").exit_code == 0
    tech = invoke("viz", "--type", "Technology", "--related", "-g", graph_copy, "-o", graph_copy / "t.html")
    assert tech.exit_code == 0, tech.output
    focus_page, tech_page = page_records(graph_copy / "b.html"), page_records(graph_copy / "t.html")
    for name in ("北斗", "5G", "人工智能", "卫星通信"):
        numbers = {ranked[name], printed[name], f"{build_page[name]['centrality']:.4f}",
                   f"{focus_page.get(name, tech_page[name])['centrality']:.4f}",
                   f"{tech_page[name]['centrality']:.4f}"}
        assert len(numbers) == 1, (name, numbers)
    # and the degree shown beside it is the number of neighbours it was computed from
    n = an.U.number_of_nodes()
    assert build_page["北斗"]["degree"] == round(float(ranked["北斗"]) * (n - 1)) == an.U.degree(T + "beidou")


def test_regions_are_drawn_with_the_actions_that_name_them(graph_copy):
    # 四(一) 构建云网融合的新型算力设施: …建设京津冀、长三角、粤港澳大湾区、成渝等国家枢纽节点…
    out = graph_copy / "yrd.html"
    result = invoke("viz", "--focus", "长三角", "--depth", "1", "-g", graph_copy, "-o", out)
    assert result.exit_code == 0, result.output
    records = page_records(out)
    kinds = {r.get("kind") for r in records.values()}
    assert "Region" in kinds and "Action" in kinds and len(records) >= 3


def _two_plans(tmp_path, items: dict[str, str]) -> None:
    """Build a corpus of short made-up plans (file stem → the text of its one measure) into tmp_path/out."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for stem, measure in items.items():
        (docs / f"{stem}.txt").write_text(f"关于{stem}的实施方案\n\n一、重点任务\n\n（一）{measure}\n", encoding="utf-8")
    built = invoke("build", str(docs), "-o", str(tmp_path / "out"), "--no-html")
    assert built.exit_code == 0, built.output


def test_a_path_never_runs_through_one_generic_unit_of_two_documents(tmp_path):
    """各有关部门 of one plan and of another are different bodies (a new user's finding: kg path 北斗 黄浦区 ran
    from a 浙江 action through 各有关部门 to a 黄浦 action); a named body stays one node for every document."""
    _two_plans(tmp_path, {"a": "推进区块链应用。各有关部门要加快区块链技术在政务服务中的应用。",
                          "b": "推进北斗应用。各有关部门要加快北斗导航在农业生产中的应用。"})
    an = Analyst(load_index(str(tmp_path / "out")))
    generic = an.resolve("各有关部门")
    assert an.describe(generic)[2] == "GenericUnit"
    for p in an.paths("区块链", "北斗", k=5):
        assert generic not in p.nodes[1:-1], [an.describe(n)[0] for n in p.nodes]
    # from the generic unit itself, paths still start where it is written
    assert an.paths("各有关部门", "北斗", k=1)


def test_a_path_never_runs_through_one_generic_unit_of_two_actions(tmp_path):
    """(u90) kg path 商务部 教育部 ran through 各有关部门: 商务部会同相关部门 in one measure and 教育部会同相关部门 in the
    next of the same document, two different sets of departments read as one node."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ic.txt").write_text("关于集成电路的若干政策\n\n一、重点任务\n\n（一）商务部会同相关部门制定进口政策。\n\n"
                                 "（二）教育部会同相关部门加快人才培养。\n", encoding="utf-8")
    assert invoke("build", str(docs), "-o", str(tmp_path / "out"), "--no-html").exit_code == 0
    an = Analyst(load_index(str(tmp_path / "out")))
    generic = an.resolve("相关部门")
    assert an.describe(generic)[2] == "GenericUnit"
    for p in an.paths("商务部", "教育部", k=5):
        assert generic not in p.nodes[1:-1], [an.describe(n)[0] for n in p.nodes]


def test_path_with_no_evidence_prints_the_hops_alone(seed_build):
    """(a new user's finding) --evidence 0 still printed '(+1 more)' under every hop."""
    result = invoke("path", "5G", "BeiDou", "--k", "1", "--evidence", "0", "--graph", seed_build.out)
    assert result.exit_code == 0, result.output
    assert "more)" not in result.output and "北斗" in result.output
    assert all(not line.startswith("        ") for line in result.output.splitlines())


def test_rank_within_one_document_of_a_corpus(tmp_path):
    """(a new user's finding) a researcher comparing documents wants each one's own ranking: kg rank --document
    ranks on that document's network only (its actions and what they link to); an unknown id is one line with the
    ids that come close."""
    _two_plans(tmp_path, {"chain-plan": "推进区块链应用。加快区块链在政务服务中的应用。",
                          "nav-plan": "推进北斗应用。加快北斗导航、5G在农业生产中的应用。"})
    whole = invoke("rank", "--top", "50", "--graph", tmp_path / "out")
    own = invoke("rank", "--top", "50", "--document", "nav-plan", "--graph", tmp_path / "out")
    assert whole.exit_code == 0 and own.exit_code == 0, own.output
    assert "区块链" in whole.output and "北斗" in own.output and "区块链" not in own.output
    by_title = invoke("rank", "--top", "50", "--document", "nav-plan的实施方案", "--graph", tmp_path / "out")
    assert by_title.output == own.output  # a title, or words only one title holds
    bad = invoke("rank", "--document", "navplan", "--graph", tmp_path / "out")
    assert bad.exit_code == 1 and "did you mean: nav-plan" in bad.output and bad.output.count("\n") == 1
    # words several titles hold are named as such, with each document (u26: they were "not a document")
    both = invoke("rank", "--document", "实施方案", "--graph", tmp_path / "out")
    assert both.exit_code == 1 and "in 2 documents' titles" in both.output, both.output
    assert "chain-plan (关于chain-plan的实施方案)" in both.output and "nav-plan (" in both.output
    assert "document nav-plan: 关于nav-plan的实施方案" in by_title.output  # which document the words chose


def test_compare_ranks_a_document_as_rank_document_does_in_a_corpus(tmp_path):
    """(a new user's finding, round 26) kg compare put 5G first in a report and kg rank --document put it 8th: the
    corpus ranking counted links other documents state between the document's concepts.  Both rank on the
    document's own network now, with the links it states."""
    import json

    _two_plans(tmp_path, {"a": "推进数字化。加快5G、人工智能在政务服务中的应用。推动区块链、大数据赋能制造业。",
                          "b": "推进融合。推动5G与区块链、大数据、人工智能融合，加快5G、北斗在政务服务和制造业中的应用。"})
    own = invoke("rank", "--top", "50", "--document", "a", "--graph", tmp_path / "out")
    assert own.exit_code == 0, own.output
    ranked = [line.split()[1] for line in own.output.splitlines() if line.strip()[:1].isdigit()]
    cmp = invoke("compare", tmp_path / "docs" / "a.txt", tmp_path / "docs" / "b.txt", "-f", "json")
    assert cmp.exit_code == 0, cmp.output
    rows = [r for r in json.loads(cmp.output[cmp.output.index("{"):])["rows"] if r["kind"] == "Technology" and r["rank_a"]]
    assert [r["zh"] for r in sorted(rows, key=lambda r: r["rank_a"])] == ranked
    assert "5G" in ranked and "北斗" not in ranked and ranked[0] != "5G"  # (b's links made 5G a's first)
    # two documents of the built corpus, by id: nothing extracted again, the same ranks (u26: files only)
    built = invoke("compare", "a", "b", "-g", tmp_path / "out", "-f", "json")
    assert built.exit_code == 0, built.output
    rows_g = [r for r in json.loads(built.output)["rows"] if r["kind"] == "Technology" and r["rank_a"]]
    assert [r["zh"] for r in sorted(rows_g, key=lambda r: r["rank_a"])] == ranked
    assert {(r["zh"], r["mentions_a"], r["mentions_b"]) for r in rows_g} == \
        {(r["zh"], r["mentions_a"], r["mentions_b"]) for r in rows}
    missing = invoke("compare", "a", "nosuch", "-g", tmp_path / "out")
    assert missing.exit_code == 1 and "'nosuch' is not a document of this graph" in missing.output


def test_neighbors_and_paths_name_lead_and_supporting_units(tmp_path):
    """(a new user's finding, u28) a unit that leads an action was shown as 责任单位 like any other: the index
    keeps one edge per action and unit, and the hop names the document's own role (牵头 / 配合)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("关于推进北斗应用的实施方案\n\n一、重点任务\n\n（一）推进北斗应用。加快北斗导航在农业生产中的应用。"
                                "（牵头单位：市农业农村局；配合单位：市财政局）\n\n（二）建设区块链平台。推进区块链技术在政务服务中的应用。"
                                "（责任单位：市财政局）\n", encoding="utf-8")
    built = invoke("build", str(docs), "-o", str(tmp_path / "out"), "--no-html")
    assert built.exit_code == 0, built.output
    result = invoke("neighbors", "市财政局", "--graph", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("←配合单位— " in line and "北斗" in line for line in lines), result.output
    assert any("←责任单位— " in line and "区块链" in line for line in lines), result.output
    result = invoke("neighbors", "市农业农村局", "--graph", str(tmp_path / "out"))
    assert "←牵头单位— " in result.output and "配合" not in result.output, result.output
    result = invoke("path", "市农业农村局", "市财政局", "--k", "1", "--graph", str(tmp_path / "out"))
    assert "牵头单位 lead unit" in result.output and "配合单位 supporting unit" in result.output, result.output


def test_rank_and_viz_take_generic_units(tmp_path):
    """(u28) --type offered every node kind but GenericUnit (各有关部门, 各市人民政府)."""
    _two_plans(tmp_path, {"a": "推进区块链应用。各有关部门要加快区块链技术在政务服务中的应用。"})
    result = invoke("rank", "--type", "GenericUnit", "--graph", str(tmp_path / "out"))
    assert result.exit_code == 0 and "各有关部门" in result.output, result.output
    result = invoke("viz", "--type", "GenericUnit", "--type", "Action", "--graph", str(tmp_path / "out"),
                    "-o", str(tmp_path / "g.html"))
    assert result.exit_code == 0 and "各有关部门" in (tmp_path / "g.html").read_text(encoding="utf-8"), result.output


def test_a_node_s_own_label_wins_over_another_s_alias(tmp_path):
    """(a new user's finding, u29) a 中山 unit named 相关部门 could not be reached: 相关部门 is also an alias of
    各有关部门, which sorted first. A node's own label now wins over any alias; each stays reachable."""
    ttl = tmp_path / "g.ttl"
    ttl.write_text(
        "@prefix kg: <https://w3id.org/policy-kg/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<https://w3id.org/policy-kg/concept/generic/a-all> a kg:GenericUnit ; rdfs:label \"各有关部门\"@zh ;\n"
        "    skos:altLabel \"相关部门\"@zh .\n"
        "<https://w3id.org/policy-kg/concept/generic/x-zhongshan> a kg:GenericUnit ; rdfs:label \"相关部门\"@zh .\n"
        "<https://w3id.org/policy-kg/id/p/action/1> a kg:Action ; rdfs:label \"加强监管\"@zh ;\n"
        "    kg:responsibleUnit <https://w3id.org/policy-kg/concept/generic/x-zhongshan>,\n"
        "        <https://w3id.org/policy-kg/concept/generic/a-all> .\n", encoding="utf-8")
    an = Analyst(load_index(str(ttl)))
    assert an.resolve("相关部门").endswith("/x-zhongshan")
    assert an.resolve("各有关部门").endswith("/a-all")


def test_a_unit_named_only_under_safeguards_has_neighbours_a_rank_and_paths(tmp_path):
    """(a new user's finding, round 30) 苏州市财政局 was listed by ``kg query responsible-units`` but "had no
    neighbours": its one duty is under 保障措施, a framing chapter, so it hung on a section that the entity graph
    did not hold.  Such a unit is a kg:Provision now, a node of the graph."""
    doc = tmp_path / "suzhou-plan.txt"
    doc.write_text("苏州市推进区块链应用实施方案\n\n一、重点任务\n\n（一）推进区块链应用。市大数据局负责推广区块链在政务服务中的应用。\n\n"
                   "二、保障措施\n\n（一）加大资金支持。市财政局负责统筹区块链应用专项资金。\n", encoding="utf-8")
    built = invoke("build", doc, "-o", tmp_path / "out", "--no-html")
    assert built.exit_code == 0, built.output
    an = Analyst(load_index(str(tmp_path / "out" / "kg.ttl")))
    finance = an.resolve("苏州市财政局")
    near = an.neighbors("苏州市财政局", 1)
    assert [(n.zh, n.kind) for n in near] == [("加大资金支持", "Provision")]
    assert [r.zh for r in an.rank("Provision", "degree", 5)] == ["加大资金支持"]
    path = an.paths("苏州市财政局", "区块链", k=1)[0]
    assert path.nodes[0] == finance and len(path.hops) == 2
    assert "市财政局负责统筹区块链应用专项资金" in path.hops[0].evidence[0][2]
    # the framing chapter is still no task, and its sub-heading no action
    assert an.describe(path.nodes[1])[2] == "Provision"
    assert "保障措施" not in {r.zh for r in an.rank("Task", "degree", 10)}


def test_compare_of_a_document_with_itself_is_a_one_line_error(tmp_path):
    """(u30) kg compare A A printed a table in which everything was stressed by both."""
    doc = tmp_path / "a.txt"
    doc.write_text("关于推进区块链应用的实施方案\n\n一、重点任务\n\n（一）推进区块链应用。\n", encoding="utf-8")
    copy = tmp_path / "b.txt"
    copy.write_bytes(doc.read_bytes())
    for other in (doc, copy):
        result = invoke("compare", doc, other)
        assert result.exit_code == 1 and "the same file: nothing to compare" in result.output
        assert result.output.count("\n") == 1


def test_no_path_within_the_hops_names_the_shortest(seed_build):
    """(u32) `kg path 海南省 大数据` said "no path" where a path of seven hops ran: the shortest's length is named."""
    out = invoke("path", "5G", "北斗", "--max-hops", "1", "-g", seed_build.out)
    assert out.exit_code == 0 and out.output.startswith("no path of at most 1 hop between 5G and 北斗; the shortest has ")
    hops = int(out.output.split("the shortest has ")[1].split()[0])
    longer = invoke("path", "5G", "北斗", "--max-hops", str(hops), "-g", seed_build.out)
    assert f"Path 1 ({hops} hops)" in longer.output


def test_a_departments_short_name_suggests_the_body_of_that_type(tmp_path):
    """(u32) `kg neighbors 人社局` on a graph of a 广州 plan that writes 市人力资源和社会保障局 suggested 数字人社: a short name
    of a department type suggests the graph's bodies of that type first."""
    doc = tmp_path / "plan.txt"
    doc.write_text("广州市人才工作实施方案\n\n一、重点任务\n\n（一）建设人才数据平台。推进数据共享。（牵头单位：市人力资源和社会保障局）\n",
                   encoding="utf-8")
    assert invoke("build", doc, "--out", tmp_path / "out").exit_code == 0
    out = invoke("neighbors", "人社局", "-g", tmp_path / "out")
    assert out.exit_code == 1 and "did you mean: 广州市人力资源和社会保障局" in out.output


def test_a_name_that_holds_a_concept_s_name_suggests_that_concept(tmp_path):
    """(u34) `kg viz --focus 平潭综合实验区` on 平潭's documents suggested two action sentences that hold the zone's name:
    the place whose name it holds (平潭县, known as 平潭) comes first, and sentences only where no concept matches.
    (Since round 40 the gazetteer knows 平潭综合实验区 as 平潭县's other name; 平潭国际旅游岛 is a name it does not know.)"""
    doc = tmp_path / "plan.txt"
    # (the zone named in the body: a name inside a cited title 《平潭综合实验区财税优惠政策兑现实施方案》 is no mention, u46)
    doc.write_text("平潭综合实验区关于支持直播经济发展的若干措施\n\n一、重点任务\n\n（一）建设直播基地。在平潭综合实验区按照《财税优惠政策"
                   "兑现实施方案》给予支持。（牵头单位：区经济发展局）\n", encoding="utf-8")
    assert invoke("build", doc, "--out", tmp_path / "out").exit_code == 0
    out = invoke("neighbors", "平潭国际旅游岛", "-g", tmp_path / "out")
    assert out.exit_code == 1 and "did you mean: 平潭县?" in out.output
    assert invoke("neighbors", "平潭综合实验区", "-g", tmp_path / "out").output.startswith("1  平潭县 ←")


def test_a_document_s_title_is_named_as_a_document_not_a_concept(seed_build):
    """(round 33, trying the bundled plan as a new user) `kg viz --focus 国家信息化规划` said only "not in this graph"."""
    out = invoke("neighbors", "国家信息化规划", "-g", seed_build.out)
    assert out.exit_code == 1 and "names a document of this graph (“十四五”国家信息化规划)" in out.output


def test_fewer_paths_than_asked_are_said_so(seed_build):
    """(u36) `kg path … --k 2` printed one path and said nothing of the second: fewer paths than asked are named."""
    shortest = invoke("path", "5G", "北斗", "--k", "1", "-g", seed_build.out)
    hops = int(shortest.output.split("(")[1].split()[0])
    out = invoke("path", "5G", "北斗", "--k", "50", "--max-hops", str(hops), "-g", seed_build.out)
    found = out.output.count("\nPath ") + out.output.startswith("Path ")
    assert 0 < found < 50
    assert out.output.rstrip().endswith(f"(only {found} path{'s' if found != 1 else ''} of at most {hops} hops between "
                                        f"5G and 北斗; --max-hops {hops + 1} may find more)")
    assert "only" not in invoke("path", "5G", "北斗", "--k", "1", "-g", seed_build.out).output.splitlines()[-1]


def test_fewer_paths_because_the_others_are_detours_are_said_so(tmp_path):
    """u44: with a direct link between 5G and 北斗, the other routes (through the action naming both) are detours; the
    hint asked for more hops, which never helps."""
    doc = tmp_path / "a.txt"
    doc.write_text("某市数字化转型工作方案\n一、重点任务\n（一）推进融合应用。推进5G和北斗融合应用。\n", encoding="utf-8")
    assert invoke("build", doc, "-o", tmp_path / "out", "--no-html").exit_code == 0
    for hops in ("6", "10"):
        out = invoke("path", "5G", "北斗", "--k", "3", "--max-hops", hops, "-g", tmp_path / "out")
        assert out.exit_code == 0 and out.output.count("Path ") == 1
        assert out.output.rstrip().endswith(f"are detours of these, passing by two nodes a listed path links directly)")
        assert "may find more" not in out.output


def test_a_concept_by_a_name_only_the_lexicon_gives_it(tmp_path):
    """(u47) `kg neighbors 孟村县` said no document mentions it, while `kg neighbors 孟村回族自治县` found the county: the
    short name is the lexicon's, not the graph's."""
    doc = tmp_path / "mengcun.txt"
    doc.write_text("孟村回族自治县管道装备制造业发展条例\n\n第一条 支持孟村回族自治县发展工业互联网，建设管道装备产业基地。\n",
                   encoding="utf-8")
    assert invoke("build", doc, "-o", tmp_path / "out", "--no-html").exit_code == 0
    by_short = invoke("neighbors", "孟村县", "--graph", tmp_path / "out")
    by_full = invoke("neighbors", "孟村回族自治县", "--graph", tmp_path / "out")
    assert by_short.exit_code == 0 and "no document" not in by_short.output
    assert by_short.output == by_full.output


def test_an_article_s_action_is_named_with_its_number(tmp_path):
    """(u63, 广西壮族自治区大数据发展条例) a regulation's actions were drawn and listed by their first clauses, many alike
    (县级以上人民政府应当…): the article's number opens the name an index gives them (the RDF label stays the clause)."""
    from kg.pipeline import build
    from kg.project import load_index

    doc = tmp_path / "reg.txt"
    doc.write_text("某市大数据条例\n\n第一章　总则\n\n第一条　为了促进大数据发展，制定本条例。\n\n第二章　发展应用\n\n"
                   "第二条　县级以上人民政府应当推动区块链在政务服务中的应用。\n\n"
                   "第三条　县级以上人民政府应当推动物联网在城市管理中的应用。\n", encoding="utf-8")
    build([doc], tmp_path / "out")
    index = load_index(tmp_path / "out")
    labels = {index.label(n) for n, k in index.kind.items() if k == "Action"}
    assert any(lab.startswith("第二条 县级以上人民政府应当推动区块链") for lab in labels), labels
    assert any(lab.startswith("第三条 ") for lab in labels), labels


def test_viz_draws_one_document_of_a_corpus(tmp_path):
    """(u64) there was no way to draw one document of a corpus: --focus with its title said it names a document and
    pointed only to `kg rank`.  `kg viz --document` draws that document's tasks and actions and what they link to."""
    import json
    import re

    from kg.pipeline import build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("甲市数字政府建设方案\n\n一、重点任务\n\n（一）推进区块链在政务服务中的应用。\n\n"
                                "（二）建设5G网络。\n", encoding="utf-8")
    (docs / "b.txt").write_text("乙市智慧交通实施方案\n\n一、重点任务\n\n（一）推广北斗在交通运输中的应用。\n\n"
                                "（二）建设物联网感知设施。\n", encoding="utf-8")
    build([docs / "a.txt", docs / "b.txt"], tmp_path / "out")
    out = tmp_path / "a.html"
    result = invoke("viz", "--document", "甲市数字政府建设方案", "-g", tmp_path / "out", "-o", out)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    labels = {n["label"] for n in data["nodes"]}
    assert {"区块链", "5G"} <= labels and not {"北斗", "物联网"} & labels, labels
    assert "<title>甲市数字政府建设方案" in html
    result = invoke("viz", "--focus", "甲市数字政府建设方案", "-g", tmp_path / "out")
    assert result.exit_code == 1 and "kg viz --document" in result.output
    result = invoke("viz", "--document", "丙市", "-g", tmp_path / "out")
    assert result.exit_code == 1 and "is not a document of this graph" in result.output
