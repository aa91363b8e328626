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
            assert all(text for _, text in hop.evidence)
    # the last hop: 卫星通信 and 北斗 are named in one measure
    assert any("北斗" in text and "卫星通信" in text for _, text in first.hops[-1].evidence)


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


def test_unknown_name_suggests(an):
    with pytest.raises(UnknownConceptError, match="did you mean"):
        an.resolve("Blockchian")


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
    (["path", "5G", "北斗", "--k", "1"], "←相关技术 related technology— 北斗"),
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
