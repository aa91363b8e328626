"""The `kg` command line: build, help texts and bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

from conftest import SEED


@pytest.fixture()
def runner():
    return CliRunner()


def test_help_texts_have_examples(runner):
    for args in ([], ["build"]):
        result = runner.invoke(main, [*args, "--help"])
        assert result.exit_code == 0 and "Example" in result.output


def test_build_prints_files_and_summary(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert f"wrote {tmp_path / 'out' / 'kg.ttl'}" in result.output
    # the class counts: "  Task  10", "  Technology  52  (3 candidates)" …
    counts = dict(re.findall(r"^  (\w+) +(\d+)(?:  \(.*\))?$", result.output, re.M))
    assert counts["Task"] == "10" and counts["Action"] == "15" and counts["PriorityAction"] == "10", result.output
    # (u38) concepts in the graph only as the broader concept of one the text names are told apart from those found
    assert re.search(r"^  Technology +\d+  \(\d+ candidates, \d+ only as a broader concept\)$", result.output, re.M)


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"", "empty"),
    (b"\x00\x01\x02\x03PK\x03\x04" * 100, "binary"),
    ("dir", "no documents"),
])
def test_bad_input_gives_one_line_and_no_output(runner, tmp_path, content, message):
    path = tmp_path / "input.txt"
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(path), "--out", str(out)])
    assert result.exit_code != 0
    assert message in result.output
    assert result.output.strip().count("\n") == 0  # one line
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not out.exists()


def test_a_document_that_cannot_be_read_is_named_and_skipped(runner, tmp_path):
    """In a corpus, one bad document never loses the others' work: it is named, skipped, and the build
    exits non-zero after writing the rest."""
    out = tmp_path / "out"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = runner.invoke(main, ["build", str(SEED), str(bad), "--out", str(out)])
    assert result.exit_code == 1
    assert f"skipped: {bad}: input is empty" in result.output
    assert "1 of 2 documents could not be built" in result.output
    import json

    manifest = json.loads((out / "kg.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest["documents"]] == [SEED.stem]
    assert (out / "kg.ttl").is_file() and (out / "graph.html").is_file()
    visible = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert visible == ["graph.html", "kg.json", "kg.ttl"]
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [".kg-cache", ".kg-oxigraph"]


def test_a_single_bad_document_writes_nothing_even_over_an_earlier_build(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(SEED), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 50)
    result = runner.invoke(main, ["build", str(bad), "--out", str(out)])
    assert result.exit_code == 1 and "binary" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_build_prints_the_chain_coverage_and_warns_on_a_plan_without_chain(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEED), "--out", str(tmp_path / "seed")])
    # 10 tasks, 15 actions: 12 name a technology (13 before the seventeenth round, when 个人信息保护认证制度, a
    # certification scheme, was read as one)
    assert re.search(r"chain: 10 tasks, 15 actions \(12 with a technology, 0 with a responsible unit\)",
                     result.output), result.output
    assert "more duties outside the tasks" not in result.output  # (none outside its actions)
    # (u62) a notice whose division of work is its 组织实施 chapter said "0 with a responsible unit" and nothing else,
    # while its units' duties were all there: the duties outside the actions are counted
    notice = tmp_path / "notice.txt"
    notice.write_text("交通运输部关于实施老旧营运货车报废更新的通知\n\n一、补贴范围\n\n支持老旧营运货车报废更新。\n\n"
                      "二、组织实施\n\n（一）交通运输部会同有关部门组织开展绩效评价。\n\n"
                      "（二）省级交通运输主管部门牵头负责组织实施。\n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(notice), "--out", str(tmp_path / "notice")])
    assert result.exit_code == 0 and re.search(r"0 with a responsible unit\); [34] more duties outside the tasks "
                                               r"\(in 组织实施\)", result.output), result.output  # (the chapter named)
    flat = tmp_path / "flat.txt"  # a plan-like text whose headings name no task and no duty
    flat.write_text("某市数字经济发展规划\n" + "".join(f"数字经济发展取得积极成效，第{i}项指标稳步提升。\n"
                                                 for i in range(30)), encoding="utf-8")
    result = runner.invoke(main, ["build", str(flat), "--out", str(tmp_path / "flat")])
    assert result.exit_code == 0
    assert "warning:" in result.output and "flat.txt: no task → action chain" in result.output


def test_build_warns_on_a_work_report_whose_plan_part_is_not_read(runner, tmp_path):
    # (u35) 成都's report with its plan part under a heading the layout does not know: only the closing chapter on
    # the government's own work is a task — a warning names the document instead of a silent one-task chain
    report = tmp_path / "report.txt"
    report.write_text("各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n2023年工作回顾\n\n"
                      "过去一年，经济稳步增长，规上工业增加值增长6%。\n\n今年我们要办好这些事\n\n"
                      "（一）加快建设现代化产业体系。大力发展数字经济，加快5G网络建设。\n\n"
                      "（二）持续增强发展动力活力。深化国资国企改革。\n\n全面加强政府自身建设\n\n"
                      "（一）永葆绝对忠诚的政治品格。坚持不懈用党的创新理论凝心铸魂。\n\n"
                      "（二）打造高效廉洁的法治政府。深入推进政府职能转变。\n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(report), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "report.txt: a work report with one task only (全面加强政府自身建设)" in result.output, result.output


def test_outside_the_checkout_the_default_folder_is_the_working_folder_s(runner, tmp_path, monkeypatch):
    # a user in another folder neither writes into the installation nor reads its graph by default (tried as a new
    # user in the twentieth round: `kg query` answered from the bundled plan's build)
    from kg.namespaces import DEFAULT_OUT, default_out

    monkeypatch.chdir(tmp_path)
    assert default_out() == Path("kg-out") != DEFAULT_OUT
    result = runner.invoke(main, ["query", "tasks"])
    assert result.exit_code == 1 and "no built graph at kg-out" in result.output and "--graph" in result.output


def test_files_a_build_cannot_read_are_named_and_a_page_saved_as_html_is_read_as_its_text(runner, tmp_path):
    # tried as a new user (twenty-first round): a folder's .pdf and .html were left out without a word, and a page
    # saved with its tags was built as text; since round 31 a web page (.html, or a .txt of HTML) is read as the
    # text it shows
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "plan.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old binary Word file")
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4 ...")  # since round 32 a PDF is read: a damaged one is named
    (corpus / "page.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    page = "<html><body>" + "".join(f"<p>第{n}条 内容。</p>" for n in "一二三四五六") + "</body></html>"
    (corpus / "saved.txt").write_text(page, encoding="utf-8")
    # a document in one Markdown table cell, its lines joined by <br>: a layout the build reads (u26)
    cell = "| # 某市行动方案<br>" + "<br>".join(f"{n}、任务{n}<br>（一）推进建设。加快发展。" for n in "一二三") + " |\n"
    (corpus / "cells.txt").write_text(cell, encoding="utf-8")
    result = runner.invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output  # (the damaged PDF: the others are written)
    assert "old.doc: left out, DOC files are not read" in result.output
    assert re.search(r"skipped: \S*scan\.pdf: not a readable PDF \(", result.output), result.output
    assert "1 of 5 documents could not be built" in result.output
    assert "page.html" in result.output and "HTML files are not read" not in result.output
    assert re.search(r"read \S*saved\.txt \(utf-8, a web page read as its text, 53 characters, 6 sentences\)",
                     result.output), result.output
    assert not re.search(r"read \S*cells\.txt \([^)]*web page", result.output)  # (<br> in a cell: Markdown)


def test_a_folder_s_notes_are_left_out_and_a_document_is_found_by_its_file_name(runner, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "SOURCES.md").write_text("# Sources\n\n| file | 5G |\n| --- | --- |\n", encoding="utf-8")
    (corpus / "中山政务数据管理办法.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "SOURCES.md: left out, a folder's notes" in result.output and "from 1 document(s): doc-" in result.output
    result = runner.invoke(main, ["query", "tasks", "-g", str(out), "-p", "document=中山政务数据管理办法", "-f", "tsv"])
    assert result.exit_code == 0 and len(result.output.splitlines()) == 11  # header + the plan's ten tasks
    result = runner.invoke(main, ["query", "tasks", "-g", str(out), "-p", "document=中山"])
    assert result.exit_code == 1 and "中山政务数据管理办法.txt)" in result.output


def test_an_update_and_a_document_given_as_the_graph_get_one_clear_line(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(SEED), "--out", str(out)]).exit_code == 0
    result = runner.invoke(main, ["query", "DELETE WHERE { ?s ?p ?o }", "-g", str(out)])
    assert result.exit_code == 1 and "read-only" in result.output and "named query" not in result.output
    result = runner.invoke(main, ["query", "tasks", "-g", str(SEED)])
    assert result.exit_code == 1 and "not a built graph" in result.output and "Parser" not in result.output


def test_rank_names_the_document_of_a_task_in_a_corpus(runner, tmp_path):
    # the two bundled reports have a task of the same title: each row says whose it is, and no English column
    # repeats the Chinese label
    from conftest import REPORT_2022, REPORT_2024

    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(REPORT_2022), str(REPORT_2024), "--out", str(out)]).exit_code == 0
    lines = runner.invoke(main, ["rank", "--type", "Task", "--top", "40", "-g", str(out)]).output.splitlines()
    assert lines and all(x.endswith(("[gov-work-report-2022]", "[gov-work-report-2024]")) for x in lines)
    same = [x for x in lines if "切实保障和改善民生，加强和创新社会治理" in x]
    assert len(same) == 2 and {x[-22:] for x in same} == {"[gov-work-report-2022]", "[gov-work-report-2024]"}
    assert all(x.count("切实保障和改善民生") == 1 for x in same)


def test_a_corpus_summary_names_where_every_document_s_chain_is(tmp_path):
    """Past thirty documents the build prints twelve and a total (up to thirty, every one: a new user's corpus of
    17 hid five); the new user could not find the other documents' chains: the line says kg.json holds them, and
    it does."""
    import json

    folder = tmp_path / "corpus"
    folder.mkdir()
    for k in range(31):
        (folder / f"plan-{k:02d}.txt").write_text(
            f"某市数字经济发展行动方案（第{k + 1}号）\n一、主要任务\n（一）推进5G网络建设。加快建设{k + 2}个5G基站，推动区块链应用。\n",
            encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "… and 19 more: 31 documents" in result.output and "in kg.json (documents → summary)" in result.output
    docs = json.loads((out / "kg.json").read_text(encoding="utf-8"))["documents"]
    assert len(docs) == 31 and all(d["summary"]["actions"] >= 1 for d in docs)
    (folder / "plan-30.txt").unlink()
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 0 and "more:" not in result.output and result.output.count("  chain:") == 30


def test_one_line_of_sparql_longer_than_a_file_name_can_be_is_run(runner, seed_build):
    """A new user's query of 291 characters (Chinese labels: over 255 bytes) stopped with "File name too long"."""
    labels = ", ".join(f'"{x}"@zh' for x in ("工业和信息化厅", "县人民政府", "交通运输厅", "数据局", "发展和改革委员会",
                                             "科学技术局", "福建省国网福建省电力有限公司部门", "北斗"))
    query = f"SELECT ?s WHERE {{ ?s skos:prefLabel ?l . FILTER(?l IN ({labels})) }} LIMIT 100"
    assert len(query.encode("utf-8")) > 255
    result = runner.invoke(main, ["query", query, "-g", str(seed_build.out), "-f", "tsv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["s", "https://w3id.org/policy-kg/concept/tech/beidou"]


def test_a_text_with_no_chinese_is_named_in_a_warning(runner, tmp_path):
    """(u30) an English-only file built to an empty graph without a word; "1 sentences" read oddly."""
    doc = tmp_path / "english.txt"
    doc.write_text("National plan\n\nThis plan is about 5G and blockchain.\n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(doc), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "english.txt: no Chinese text: nothing to extract" in result.output
    assert "1 sentence)" in result.output and "0 tasks, 0 actions" in result.output


def test_a_file_of_a_title_only_is_named_so_in_a_warning(runner, tmp_path):
    """(u38) a GBK file holding 国家信息化规划 (read right, as gb18030) was said to hold no Chinese text, and to have no
    headings: it holds a title and no sentence."""
    doc = tmp_path / "gbk.txt"
    doc.write_bytes("国家信息化规划\n".encode("gbk"))
    result = runner.invoke(main, ["build", str(doc), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "gbk.txt: only a title, no sentence to extract from" in result.output
    assert "no Chinese text" not in result.output and "no task → action chain" not in result.output


def test_a_query_with_no_rows_says_so_on_stderr(seed_build):
    """The bundled plan names no responsible units: `kg query responsible-units` prints its header and says, on
    stderr, that there are no rows (the output a script reads stays the empty table)."""
    out = str(seed_build.files["kg.ttl"].parent)
    result = CliRunner().invoke(main, ["query", "responsible-units", "-g", out, "-f", "tsv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["document\tsection\taction\trole\tunit\twritten\tevidence"]
    assert "no rows" in result.stderr


def test_a_misspelt_keyword_with_a_variable_is_a_sparql_error_not_a_missing_name(runner, seed_build):
    # (u46) kg query 'SELEC ?x' said "no named query 'SELEC ?x'": a name has no blank and no variable
    result = runner.invoke(main, ["query", "SELEC ?x", "-g", str(seed_build.out)])
    assert result.exit_code == 1 and "SPARQL error" in result.output and "did you mean SELECT?" in result.output
    result = runner.invoke(main, ["query", "respnsible-units", "-g", str(seed_build.out)])
    assert result.exit_code == 1 and "no named query 'respnsible-units'" in result.output


def test_a_named_query_typed_as_a_command_says_how_to_run_it(runner):
    """(u85, u86) `kg outline` answered "No such command", `kg unit-duties` "Did you mean 'communities'?"."""
    result = runner.invoke(main, ["outline", "--graph", "out"])
    assert result.exit_code == 2
    assert "'outline' is a named query, not a command: run `kg query outline --graph out`" in result.output
    result = runner.invoke(main, ["unit-duties"])
    assert "kg query unit-duties" in result.output and "communities" not in result.output
    # (u102) the suggested `kg query unit-duties 工业和信息化部 --graph …` failed: the value goes in as the parameter
    result = runner.invoke(main, ["unit-duties", "工业和信息化部", "--graph", "out"])
    assert "run `kg query unit-duties -p unit=工业和信息化部 --graph out`" in result.output
    result = runner.invoke(main, ["outlines"])  # (no such query either: click's own message)
    assert result.exit_code == 2 and "No such command 'outlines'" in result.output
