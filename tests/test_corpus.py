"""Several plans: every bundled document builds; one named graph each; candidates; compare."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import RDF, Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.cli import main
from kg.namespaces import KG
from kg.pipeline import build, collect_candidates

from conftest import ANHUI, CORPUS, REPORT_2022, REPORT_2024, SEED

ID = "https://w3id.org/policy-kg/id/"


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    return build([SEED, *CORPUS], tmp_path_factory.mktemp("corpus"))


def test_all_four_documents_build_into_one_validated_graph(corpus_build):
    assert corpus_build.counts["Plan"] == 4
    assert sorted(corpus_build.documents) == sorted(p.stem for p in [SEED, *CORPUS])


def _dataset(result):
    ds = Dataset()
    for name, path in result.files.items():
        if name.startswith("nq/"):
            ds.parse(path, format="nquads")
    return ds


def test_one_named_graph_per_document(corpus_build):
    ds = _dataset(corpus_build)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {ID + p.stem for p in [SEED, *CORPUS]} | {ID + "concepts"} <= names
    seed_graph = ds.graph(URIRef(ID + SEED.stem))
    assert (URIRef(ID + SEED.stem), RDF.type, KG.Plan) in seed_graph
    assert not any(True for _ in seed_graph.triples((URIRef(ID + ANHUI.stem), None, None)))


def test_the_named_graphs_hold_exactly_the_turtle_graph(tmp_path):
    """kg.nq (the partitions) and kg.ttl of the same build are the same triples: nothing per document only."""
    result = build([REPORT_2022, REPORT_2024], tmp_path / "o", html=False, turtle=True)
    ds = _dataset(result)
    quads = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    turtle = set(Graph().parse(result.files["kg.ttl"], format="turtle"))
    assert quads == turtle and len(turtle) == result.triples


def _union(result):
    g = Graph()
    for s, p, o, _ in _dataset(result).quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def test_shared_concepts_are_merged_and_plans_have_metadata(corpus_build):
    g = _union(corpus_build)
    fiveg = URIRef("https://w3id.org/policy-kg/concept/tech/5g")
    plans = {str(o).split("/id/")[1].split("/")[0] for s in g.subjects(KG.mentions, fiveg)
             for o in g.objects(s, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))}
    assert plans == {p.stem for p in [SEED, *CORPUS]}
    total = sum(r["usage"]["counts"].get(str(fiveg), 0) for r in corpus_build.inputs)
    assert int(g.value(fiveg, KG.mentionCount)) == total >= sum(1 for _ in g.subjects(KG.mentions, fiveg)) > 20
    anhui = URIRef(ID + ANHUI.stem)
    assert str(g.value(anhui, DCTERMS.issued)) == "2021-09-02"
    assert "安徽省人民政府办公厅" in str(g.value(anhui, DCTERMS.publisher))
    assert str(g.value(anhui, KG.jurisdiction)).endswith("/region/cn-340000")  # 安徽省
    assert str(g.value(URIRef(ID + REPORT_2024.stem), DCTERMS.issued)) == "2024-03-05"
    assert g.value(URIRef(ID + REPORT_2022.stem), DCTERMS.title) is None  # the copy has no title line


def test_annex_and_header_lines_make_no_actions(corpus_build):
    g = _union(corpus_build)
    sections = {str(o) for a in g.subjects(RDF.type, KG.Action) for o in g.objects(a, KG.section)}
    assert sections and not any("annex" in s or "preamble" in s for s in sections)
    texts = {str(g.value(s, KG.text)) for s in g.subjects(RDF.type, KG.Sentence)}
    assert not any(t.startswith("【法宝引证码】") for t in texts)


def test_responsible_units_are_normalised_organisations(corpus_build):
    """省经信厅 in the Anhui document is 安徽省经济和信息化厅: the document's province applied to the department
    type of the lexicon (no Anhui entry in any lexicon file)."""
    g = _union(corpus_build)
    eit = URIRef("https://w3id.org/policy-kg/concept/org/cn-340000/economy-it")
    labels = {str(o) for o in g.objects(eit, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))}
    assert "安徽省经济和信息化厅" in labels
    actions = set(g.subjects(KG.responsibleUnit, eit))
    assert len(actions) > 30
    assert (eit, RDF.type, URIRef("http://www.w3.org/ns/org#Organization")) in g
    generic = {o for o in g.objects(None, KG.responsibleUnit) if (o, RDF.type, KG.GenericUnit) in g}
    assert URIRef("https://w3id.org/policy-kg/concept/generic/cities") in generic  # 各市人民政府


def test_candidates_list_terms_with_examples():
    rows = collect_candidates([SEED])
    terms = {r["term"] for r in rows}
    assert "科技基础设施" in terms
    row = next(r for r in rows if r["term"] == "科技基础设施")
    assert row["examples"][0]["section"] == "四(三)" and "重大科技基础设施" in row["examples"][0]["text"]
    result = CliRunner().invoke(main, ["candidates", str(SEED)])
    assert result.exit_code == 0 and "科技基础设施" in result.output


def test_compare_two_reports():
    result = CliRunner().invoke(main, ["compare", str(REPORT_2022), str(REPORT_2024), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    rows = {(r["zh"], r["group"]) for r in data["rows"]}
    assert ("人工智能", "both") in rows and ("集成电路", "only_a") in rows and ("生物制造", "only_b") in rows
    table = CliRunner().invoke(main, ["compare", str(REPORT_2022), str(REPORT_2024)])
    assert "Technology — both stress" in table.output and "Domain — only B names" in table.output
    assert "rank: its place among the plan's concepts of that\nkind by degree centrality" in table.output  # explained


def test_compare_of_two_files_and_of_two_documents_of_a_build_agree(corpus_build):
    """(u31) the same two reports compared as files and as documents of a build differed by a candidate technology
    (科技基础设施) the build holds: both compare the curated concepts."""
    files = CliRunner().invoke(main, ["compare", str(REPORT_2022), str(REPORT_2024), "-f", "json", "--top", "500"])
    built = CliRunner().invoke(main, ["compare", REPORT_2022.stem, REPORT_2024.stem, "-g", str(corpus_build.out),
                                      "-f", "json", "--top", "500"])
    assert files.exit_code == 0 and built.exit_code == 0, built.output
    assert json.loads(files.output)["rows"] == json.loads(built.output)["rows"]


def test_section_actions_carry_the_chain(tmp_path):
    from conftest import ROOT

    result = build([ROOT / "tests" / "fixtures" / "state-council-style-plan.txt"], tmp_path / "o", html=False)
    g = Graph().parse(result.files["kg.ttl"], format="turtle")
    # (the fifty-fifth round: a box in a section is an action of its own, 三(二)/专栏1, apart from 三(二))
    assert result.counts["Task"] == 2 and result.counts["Action"] == 4
    rows = list(g.query("""
        PREFIX kg: <https://w3id.org/policy-kg/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?a WHERE { ?t a kg:Task ; kg:hasAction ?a . ?a kg:involvesTechnology ?x .
                                   ?x skos:prefLabel "5G"@zh }"""))
    assert len(rows) == 2  # 三(一), and 三(二)'s box 专栏1
    named = {str(o).rsplit("/", 1)[-1] for o in g.objects(None, KG.responsibleUnit) if (o, RDF.type, KG.Organization) in g}
    assert named == {"ndrc", "miit"}
    lead = {str(o).rsplit("/", 1)[-1] for o in g.objects(None, KG.leadUnit)}
    assert lead == {"ndrc", "miit"}  # （国家发展改革委、工业和信息化部牵头，各有关部门按职责分工负责）


def test_compare_names_a_title_less_document_by_its_id_once(tmp_path):
    # (u35) a work report copied without its title line: B = <id>, not B = <id> (<id>)
    untitled = tmp_path / "report-2024.txt"
    untitled.write_text("各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2024年重点工作\n（一）建设网络。加快5G和物联网的协同部署。\n",
                        encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", str(REPORT_2022), str(untitled)])
    assert result.exit_code == 0, result.output
    assert "\nB = report-2024\n" in result.output


def test_compare_a_plan_that_names_no_domain(tmp_path):
    tech_only = tmp_path / "tech-only.txt"
    tech_only.write_text("数字规划\n一、重大任务\n（一）建设网络\n加快5G和物联网的协同部署。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", str(tech_only), str(REPORT_2022), "--format", "json"])
    assert result.exit_code == 0, result.output


def test_listing_queries_take_an_optional_document(corpus_build):
    from kg.query import Engine, named_queries

    engine = Engine(corpus_build.out, "oxigraph")
    everything = engine.run_named("tasks")
    documents = {row[0] for row in everything.rows}
    assert len(documents) >= 2
    one = sorted(documents)[0]
    only = engine.run_named("tasks", {"document": one})
    assert only.rows and {row[0] for row in only.rows} == {one}
    assert set(only.rows) == {row for row in everything.rows if row[0] == one}
    # every named query that lists rows per document offers the filter
    listing = [q for q in named_queries().values() if "?document" in q.text.split("WHERE")[0]]
    assert listing and all(any(p.name == "document" and p.optional for p in q.params) for q in listing
                           if "dcterms:identifier ?document" in q.text)


def test_an_unknown_document_is_an_error_that_names_the_nearest(corpus_build):
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["query", "tasks", "-g", str(corpus_build.out), "-p",
                                       "document=gov-work-report-2023"])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "no document 'gov-work-report-2023'" in result.output and "gov-work-report-202" in result.output


def test_a_document_parameter_takes_the_words_of_one_title(corpus_build):
    """(u31) `kg rank --document 信息化规划` took a title's words, `-p document=…` refused them: both take them, and
    words that several titles hold are an error naming those documents."""
    from click.testing import CliRunner

    from kg.cli import main

    run = lambda value: CliRunner().invoke(main, ["query", "tasks", "-g", str(corpus_build.out),  # noqa: E731
                                                 "-p", f"document={value}"])
    one = run("信息化规划")
    assert one.exit_code == 0 and {line.split("\t")[0] for line in one.output.splitlines()[1:]} == {SEED.stem}
    many = run("政府")  # (政府工作报告, 安徽省人民政府办公厅关于印发…的通知)
    assert many.exit_code == 1 and "documents' titles" in many.output and many.output.count("\n") == 1



def test_files_of_one_name_in_two_folders_are_told_apart_by_their_paths(tmp_path):
    """a/measures.txt and b/measures.txt take hash-suffixed ids; the build's summary names each id's file,
    and a document parameter takes the path (or its tail) the build read."""
    for sub, src in (("a", ANHUI), ("b", REPORT_2024)):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "measures.txt").write_bytes(src.read_bytes())
    runner = CliRunner()
    with runner.isolated_filesystem(temp_dir=tmp_path):
        import shutil

        shutil.copytree(tmp_path / "in", "in")
        built = runner.invoke(main, ["build", "in", "-o", "out", "--no-html"])
        assert built.exit_code == 0, built.output
        summary = next(line for line in built.output.splitlines() if "triples from" in line)
        ids = {p: i for i, p in __import__("re").findall(r"(measures-[0-9a-f]{8}) \((in/[ab]/measures\.txt)\)", summary)}
        assert set(ids) == {"in/a/measures.txt", "in/b/measures.txt"}
        for path in ("in/a/measures.txt", "a/measures.txt", "a/measures"):
            r = runner.invoke(main, ["query", "tasks", "-g", "out", "-p", f"document={path}", "-f", "tsv"])
            assert r.exit_code == 0, r.output
            assert {line.split("\t")[0] for line in r.output.splitlines()[1:]} == {ids["in/a/measures.txt"]}
        r = runner.invoke(main, ["query", "tasks", "-g", "out", "-p", "document=measures.txt"])
        assert r.exit_code == 1 and "in/a/measures.txt" in r.output and "in/b/measures.txt" in r.output

_COMPUTED_COUNTS = """
PREFIX kg: <https://w3id.org/policy-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?t (COUNT(DISTINCT ?p) AS ?documents) (COUNT(DISTINCT ?s) AS ?sentences) WHERE {
  ?s kg:mentions ?t ; prov:wasDerivedFrom ?p } GROUP BY ?t
"""
_COMPUTED_MEASURES = """
PREFIX kg: <https://w3id.org/policy-kg/ontology#>
SELECT ?t (COUNT(DISTINCT ?m) AS ?measures) WHERE {
  ?m a kg:Measure ; kg:involvesTechnology|kg:responsibleDomain|kg:involvesRegion|kg:mentionsOrganization ?t
} GROUP BY ?t
"""


def test_stored_concept_counts_are_those_of_the_sentences_and_measures(corpus_build):
    """kg:documentCount / kg:sentenceCount / kg:measureCount (summed in the merge) equal the counts a query
    computes from the four documents' sentences and measures, and dcterms:subject lists each document's
    mentioned concepts."""
    g = _union(corpus_build)
    computed = {str(r.t): (int(r.documents), int(r.sentences)) for r in g.query(_COMPUTED_COUNTS)}
    measures = {str(r.t): int(r.measures) for r in g.query(_COMPUTED_MEASURES)}

    def stored(name):
        return {str(s): int(o) for s, o in g.subject_objects(KG[name])}

    docs, sents, meas = stored("documentCount"), stored("sentenceCount"), stored("measureCount")
    assert {t: (docs[t], sents[t]) for t in docs} == computed
    assert meas == measures
    assert max(d for d, _ in computed.values()) == 4 and len(computed) > 100
    subjects = {(str(p), str(t)) for p, t in g.subject_objects(DCTERMS.subject)}
    mentioned = {(str(r.p), str(r.t)) for r in g.query(
        "PREFIX kg: <https://w3id.org/policy-kg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "SELECT DISTINCT ?p ?t WHERE { ?s kg:mentions ?t ; prov:wasDerivedFrom ?p }")}
    assert subjects == mentioned


def test_a_corpus_focus_page_is_titled_by_its_focus_not_every_document(corpus_build, tmp_path):
    """kg viz --focus on a corpus titled the page with every document's title (2,000 of them on a large corpus)."""
    out = tmp_path / "beidou.html"
    result = CliRunner().invoke(main, ["viz", "--focus", "北斗", "-g", str(corpus_build.out), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "<title>4 份文件 documents — 北斗</title>" in out.read_text(encoding="utf-8")
    assert "depth 1 around 北斗" in result.output  # a corpus's second ring holds most of it (the new user: 287 nodes)
    missing = CliRunner().invoke(main, ["viz", "-g", str(corpus_build.out), "-o", str(tmp_path / "no" / "x.html")])
    assert missing.exit_code == 1 and "does not exist" in missing.output and not (tmp_path / "no").exists()


def test_actions_in_listings_name_their_document_in_a_corpus(corpus_build):
    """Two documents' actions may share a label: kg neighbors and kg communities name each one's document, and a
    community lists at most --members names of a kind (the rest counted)."""
    out = CliRunner().invoke(main, ["neighbors", "区块链", "--depth", "1", "-g", str(corpus_build.out)]).output
    actions = [line for line in out.splitlines() if line.endswith("[举措 Action]")]
    docs = {"000_732c510093841962", "anhui-industrial-internet-policy-and-action-plan-2021"}
    assert actions and all(any(f" ({d})  [举措" in line for d in docs) for line in actions)
    out = CliRunner().invoke(main, ["communities", "--members", "3", "-g", str(corpus_build.out)]).output
    import re

    kinds = [re.match(r"    \w+ \((\d+)\): ", line) and (int(re.match(r"    \w+ \((\d+)\)", line).group(1)), line)
             for line in out.splitlines() if line.startswith("    ")]
    assert kinds and any(n > 3 for n, _ in kinds)
    assert all(line.endswith(f" … and {n - 3} more") == (n > 3) for n, line in kinds)


def test_which_units_carry_out_the_actions_of_a_technology(corpus_build):
    """tech-units: the Anhui plan's 5G actions are the 经济和信息化厅's (its notes name it), counted with an evidence
    sentence that names the unit as the text writes it."""
    from kg.query import Engine

    rows = Engine(corpus_build.out).run_named("tech-units", {"tech": "5G"}).rows
    assert rows and {r[0] for r in rows} == {"5G"}
    anhui = [r for r in rows if r[2] == "安徽省经济和信息化厅"]
    assert anhui and all(r[4] >= 1 and r[5] == 1 and "省经济和信息化厅" in r[6] for r in anhui)
    every = Engine(corpus_build.out).run_named("tech-units").rows
    assert len({r[0] for r in every}) > 5 and set(rows) <= set(every)


def test_tech_per_task_keeps_each_task_s_rows_together(corpus_build):
    """The Anhui notice's policy (二 支持企业数字化…) and its attached plan (P2:二(二) 基础支撑增强行动) share an order
    number: their rows came interleaved; each task's technologies are one run of rows."""
    from kg.query import Engine

    rows = Engine(corpus_build.out).run_named("tech-per-task").rows
    runs = [(r[0], r[1]) for k, r in enumerate(rows) if k == 0 or (rows[k - 1][0], rows[k - 1][1]) != (r[0], r[1])]
    assert len(runs) == len(set(runs)) and ("anhui-industrial-internet-policy-and-action-plan-2021", "P2:二(二)") in runs


def test_a_killed_builds_work_folders_are_swept_and_a_live_ones_kept(tmp_path):
    # a user's trial (u28): `timeout 8 kg build big/` left .kg-oxigraph-… folders of 188 MB that no later build removed
    import os
    import subprocess
    import sys

    from kg.store import sweep_stale

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / f".kg-oxigraph-{dead.pid}-abc123").mkdir()  # a build killed while loading its store
    (tmp_path / f".kg-oxigraph.old-{dead.pid}").mkdir()  # … or while replacing the old one
    (tmp_path / f".kg-oxigraph-{os.getpid()}-def456").mkdir()  # this process's own build
    (tmp_path / f".kg-oxigraph-{os.getppid()}-ghi789").mkdir()  # a live process's concurrent build
    (tmp_path / ".kg-oxigraph").mkdir()  # the store itself
    removed = sweep_stale(tmp_path)
    assert sorted(p.name for p in removed) == sorted([f".kg-oxigraph-{dead.pid}-abc123", f".kg-oxigraph.old-{dead.pid}"])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".kg-oxigraph", f".kg-oxigraph-{os.getpid()}-def456", f".kg-oxigraph-{os.getppid()}-ghi789"])


def _sigint_handler(_):
    import signal

    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def test_pool_workers_leave_ctrl_c_to_the_build_process():
    # a user's trial (u28): Ctrl-C on a corpus build printed `Process ForkPoolWorker-1: Traceback … KeyboardInterrupt`
    import multiprocessing as mp

    from kg.distribute import _quiet_worker

    with mp.get_context("fork").Pool(1, initializer=_quiet_worker) as pool:
        assert pool.map(_sigint_handler, [0]) == [True]


def test_a_terminated_corpus_build_stops_cleanly(tmp_path):
    # a user's trial (u28): `timeout 8 kg build big/` ended with exit 124, no word, and a 188 MB work folder left behind;
    # SIGTERM is now handled as Ctrl-C: the pool stops, the work folders go, one line, no traceback
    import signal
    import subprocess
    import sys
    import time

    from conftest import ROOT

    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "120", str(corpus)], check=True,
                   capture_output=True)
    out = tmp_path / "out"
    p = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--jobs", "2",
                          "--no-html"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    deadline = time.time() + 120
    while time.time() < deadline and p.poll() is None and not list((out / ".kg-cache").glob("*")):
        time.sleep(0.2)  # until the map has begun
    if p.poll() is not None:
        pytest.skip("the build ended before it could be stopped")
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=120)
    assert p.returncode != 0 and b"Traceback" not in err, err.decode()[-2000:]
    assert not [x for x in out.glob(".kg-oxigraph-*")] if out.exists() else True
