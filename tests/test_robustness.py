"""Inputs real users have: encodings, odd files, large files, odd paths — each works or fails in one line."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main

from conftest import ROOT, SEED

PLAN = SEED.read_text(encoding="utf-8")


def run_build(path, out):
    return CliRunner().invoke(main, ["build", str(path), "--out", str(out), "--no-html"])


def task_count(result) -> str:
    return next(ln.split()[1] for ln in result.output.splitlines() if ln.strip().startswith("Task "))


@pytest.mark.parametrize("encoding, prefix", [
    ("gbk", b""), ("gb18030", b""), ("utf-16", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
])
def test_plan_in_other_encodings_builds_the_same_tasks(tmp_path, encoding, prefix):
    text = PLAN.replace("臵", "置")  # 臵 exists in GBK too, but keep the sample plain
    path = tmp_path / f"plan-{encoding}.txt"
    path.write_bytes(prefix + text.encode(encoding))
    result = run_build(path, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert task_count(result) == "10"


def test_crlf_and_paths_with_spaces_and_chinese(tmp_path):
    folder = tmp_path / "我的 文件夹"
    folder.mkdir()
    path = folder / "十四五 信息化 规划.txt"
    path.write_bytes(PLAN.replace("\n", "\r\n").encode("utf-8"))
    result = run_build(path, folder / "输出 目录")
    assert result.exit_code == 0, result.output
    assert task_count(result) == "10"
    ttl = (folder / "输出 目录" / "kg.ttl").read_text(encoding="utf-8")
    assert "建设泛在智能的网络连接设施" in ttl


def test_very_long_line_and_no_headings(tmp_path):
    path = tmp_path / "long.txt"
    sentence = "加快5G网络和北斗系统建设，推动区块链在金融领域应用。"
    path.write_text(sentence * 3000, encoding="utf-8")  # one 81,000-character line
    result = run_build(path, tmp_path / "out")
    assert result.exit_code == 0, result.output
    counts = {ln.split()[0]: ln.split()[1] for ln in result.output.splitlines()
              if ln.startswith("  ") and len(ln.split()) >= 2 and ln.split()[1].isdigit()}
    # 5G, 北斗 and 区块链, and 移动通信 above 5G (the graph holds the concepts a skos:broader points to)
    assert counts["Sentence"] == "3000" and counts["Task"] == "0" and counts["Technology"] == "4"


def test_a_folder_without_documents_as_input(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    result = run_build(tmp_path, tmp_path / "out")
    assert result.exit_code == 1 and "no documents" in result.output
    assert not (tmp_path / "out").exists()


def test_a_folder_of_documents_is_read_recursively(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "a" / "b").mkdir(parents=True)
    (corpus / "one.txt").write_text("规划\n一、重点任务\n（一）建设网络\n加快5G建设。推进北斗应用。\n", encoding="utf-8")
    (corpus / "a" / "b" / "two.md").write_text("方案\n一、主要任务\n（一）发展产业\n发展人工智能。建设数据中心。\n",
                                                encoding="utf-8")
    (corpus / ".hidden.txt").write_text("不读。", encoding="utf-8")
    result = run_build(corpus, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "2 document(s): two, one" in result.output  # in path order: corpus/a/b/two.md, corpus/one.txt


def test_a_50_mb_file_is_refused_in_one_line_without_output(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        chunk = PLAN.encode("utf-8")
        while fh.tell() < 50_000_000:
            fh.write(chunk)
    result = run_build(path, tmp_path / "out")
    assert result.exit_code == 1
    assert "MB" in result.output and "--max-mb" in result.output
    assert result.output.strip().count("\n") == 0
    assert not (tmp_path / "out").exists()


def test_interrupted_write_leaves_no_partial_file(tmp_path, monkeypatch):
    from kg import render

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(render.os, "replace", boom)
    out = tmp_path / "out"
    with pytest.raises(OSError):
        from kg.pipeline import build

        build([SEED], out, html=False, validate_shapes=False)
    left = [p for p in out.rglob("*") if p.is_file()]
    assert not left, left  # no output file and no half-written temporary file
    assert {p.name for p in out.glob("*")} <= {".kg-cache"}


def test_traceback_never_reaches_the_user(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8")  # a UTF-16 BOM followed by a lone surrogate
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(bad), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and proc.stderr.strip().startswith("Error:")
    assert proc.stderr.strip().count("\n") == 0


def test_output_path_that_is_a_file(tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("x")
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(target)])
    assert result.exit_code == 1 and "not a directory" in result.output


def test_progress_stays_quiet_when_piped(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEED), "--out", str(tmp_path / "o"), "--no-html"],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ})
    assert proc.returncode == 0
    assert proc.stderr == ""  # no progress lines, no warnings


def test_output_is_utf8_whatever_the_locale(tmp_path):
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii:replace"}
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEED), "--out", str(tmp_path / "c")],
                          capture_output=True, cwd=ROOT, env=env)
    assert proc.returncode == 0, proc.stderr
    html = (tmp_path / "c" / "graph.html").read_bytes().decode("utf-8")
    assert '<meta charset="utf-8">' in html and "建设泛在智能的网络连接设施" in html
    assert "建设泛在智能的网络连接设施" in (tmp_path / "c" / "kg.ttl").read_bytes().decode("utf-8")


def test_unwritable_output_is_one_line(tmp_path, monkeypatch):
    import kg.render as render

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / "out" / "kg.ttl"))

    monkeypatch.setattr(render.tempfile, "mkstemp", refuse)
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "Permission denied" in result.output and result.output.strip().count("\n") == 0


def test_plan_in_big5_builds_the_same_tasks(tmp_path):
    import opencc

    traditional = opencc.OpenCC("s2tw").convert(PLAN.replace("臵", "置"))
    path = tmp_path / "plan-big5.txt"
    path.write_bytes(traditional.encode("big5"))
    result = run_build(path, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "(big5, Traditional Chinese" in result.output
    assert task_count(result) == "10"


def test_a_small_limit_names_the_files_size_and_a_broken_lexicon_is_one_line(tmp_path):
    # a user's trial (u28): `--max-mb 0.01` on a 22 KB file said "0.0 MB is more than the 0.01 MB"; invalid Turtle
    # in a --lexicon folder printed rdflib's message over several lines
    doc = tmp_path / "plan.txt"
    doc.write_text(PLAN[:22_000], encoding="utf-8")
    size = doc.stat().st_size
    result = CliRunner().invoke(main, ["build", str(doc), "--out", str(tmp_path / "out"), "--max-mb", "0.01"])
    assert result.exit_code == 1 and f"{size / 1_000_000:.3g} MB is more than the 0.01 MB" in result.output
    bad = tmp_path / "lexbad"
    bad.mkdir()
    (bad / "x.ttl").write_text("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\nthis is not turtle\n",
                               encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(doc), "--out", str(tmp_path / "out2"), "--lexicon", str(bad)])
    assert result.exit_code == 1 and "not valid Turtle" in result.output
    assert result.output.strip().count("\n") == 0, result.output


def test_a_bug_met_on_one_document_is_one_line_that_names_it(tmp_path, monkeypatch):
    """(round 30: an IndexError in the structure stage stopped `kg eval` of 376 documents with a traceback) an
    unexpected error on one document is that document's failure, in one line; KG_DEBUG=1 shows the traceback."""
    import kg.extract

    def boom(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(kg.extract, "extract", boom)
    doc = tmp_path / "plan.txt"
    doc.write_text("规划\n一、重点任务\n（一）推进5G建设。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(doc), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "plan.txt: internal error (IndexError: list index out of range): a bug in kg" in result.output
    assert not (tmp_path / "out" / "kg.ttl").exists()
    monkeypatch.setenv("KG_DEBUG", "1")
    result = CliRunner().invoke(main, ["build", str(doc), "-o", str(tmp_path / "out2"), "--no-html"])
    assert isinstance(result.exception, IndexError)
