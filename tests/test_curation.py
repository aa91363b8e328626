"""kg.curation: candidates → a review file → a user lexicon folder that every command honours."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.curation import ACCEPTED_FILE, REJECTED_FILE
from kg.pipeline import collect_candidates

TEXT = """某省推进新型基础设施建设行动方案
一、重点任务
（一）建设算力网络。加快部署人工智能、区块链等新型基础设施，推动“皖企登云”行动。
（二）发展数字技术。推进大数据、云计算融合应用，推广智能巡查终端。
"""


def _fill(review: Path, decisions: dict[str, tuple[str, str, str]]) -> None:
    rows = review.read_text(encoding="utf-8").splitlines()
    out = [rows[0]]
    for row in rows[1:]:
        cells = row.split("\t")
        if cells[1] in decisions:
            cells[0], cells[2], cells[3] = decisions[cells[1]]
        out.append("\t".join(cells))
    review.write_text("\n".join(out) + "\n", encoding="utf-8")


@pytest.fixture()
def doc(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_review_accept_reject_and_every_command_honours_the_folder(doc, tmp_path, lexicon):
    runner = CliRunner()
    review = tmp_path / "review.tsv"
    result = runner.invoke(main, ["candidates", str(doc), "--review", str(review)])
    assert result.exit_code == 0, result.output
    terms = {r["term"] for r in collect_candidates([doc], lexicon)}
    assert {"皖企登云", "智能巡查终端"} <= terms
    assert review.read_text(encoding="utf-8").startswith("decision\tterm\ten\tbroader\t")
    _fill(review, {"皖企登云": ("accept", "Anhui enterprises to the cloud", "云计算"), "智能巡查终端": ("reject", "", "")})
    folder = tmp_path / "my-lexicon"
    result = runner.invoke(main, ["curate", str(review), "--into", str(folder)])
    assert result.exit_code == 0, result.output
    assert "accepted 1, rejected 1" in result.output
    assert (folder / ACCEPTED_FILE).is_file() and (folder / REJECTED_FILE).is_file()
    # the candidates command no longer proposes either term
    result = runner.invoke(main, ["candidates", str(doc), "--lexicon", str(folder), "-f", "json"])
    assert result.exit_code == 0 and "皖企登云" not in result.output and "智能巡查终端" not in result.output
    # the build finds the accepted term as a technology (not a candidate) under its broader concept
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(doc), "--out", str(out), "--lexicon", str(folder)])
    assert result.exit_code == 0, result.output
    ttl = (out / "kg.ttl").read_text(encoding="utf-8")
    block = ttl[ttl.index('"皖企登云"@zh') - 300: ttl.index('"皖企登云"@zh') + 400]
    assert "skos:broader tech:cloud" in block and "kg:candidate true" not in block
    # and kg eval / kg compare take the same option (they accept it without error)
    other = tmp_path / "other.txt"  # (the same file twice is refused: nothing to compare)
    other.write_text(doc.read_text(encoding="utf-8").replace("皖企登云", "皖企上云"), encoding="utf-8")
    result = runner.invoke(main, ["compare", str(doc), str(other), "--lexicon", str(folder)])
    assert result.exit_code == 0, result.output


def test_a_second_review_merges_and_can_change_a_decision(doc, tmp_path, lexicon):
    from kg.curation import curate, write_review

    review = write_review(collect_candidates([doc], lexicon), tmp_path / "r1.tsv")
    _fill(review, {"皖企登云": ("accept", "", ""), "智能巡查终端": ("reject", "", "")})
    folder = tmp_path / "lex"
    curate(review, folder, lexicon)
    review2 = tmp_path / "r2.tsv"
    review2.write_text("decision\tterm\ten\tbroader\nreject\t皖企登云\t\t\n", encoding="utf-8")
    result = curate(review2, folder, lexicon)
    assert (result.accepted, result.rejected) == (0, 1)
    rejected = (folder / REJECTED_FILE).read_text(encoding="utf-8")
    assert "皖企登云" in rejected and "智能巡查终端" in rejected
    assert "皖企登云" not in (folder / ACCEPTED_FILE).read_text(encoding="utf-8")


@pytest.mark.parametrize("content, message", [
    ("term\tdecision\n", "not a review file"),
    ("decision\tterm\tbroader\nmaybe\t皖企登云\t\n", "neither accept nor reject"),
    ("decision\tterm\ten\tbroader\naccept\t皖企登云\t\t没有这个概念\n", "broader concept"),
    ("decision\tterm\naccept\t区块链\n", "already in the lexicon"),
    # every bad line named at once (u44: only the first was, one round of editing per mistake)
    ("decision\tterm\tbroader\nmaybe\t皖企登云\t\naccept\t\t\naccept\t智能巡查终端\t没有这个概念\n",
     "3 lines to mend: line 2: decision 'maybe' is neither accept nor reject; line 3: no term; line 4: broader concept"),
    ("decision\tterm\n" + "".join(f"maybe\t词{k}\n" for k in range(12)), "12 lines to mend: line 2: decision 'maybe'"),
    ("decision\tterm\n" + "".join(f"maybe\t词{k}\n" for k in range(12)), "line 11: decision 'maybe' is neither accept nor "
     "reject; and 2 more"),
])
def test_bad_review_files_are_one_line_errors(tmp_path, content, message):
    review = tmp_path / "bad.tsv"
    review.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["curate", str(review), "--into", str(tmp_path / "lex")])
    assert result.exit_code == 1 and message in result.output
    assert result.output.strip().count("\n") == 0
    assert not (tmp_path / "lex" / ACCEPTED_FILE).exists()


def test_a_term_twice_in_one_sentence_counts_one_sentence(tmp_path, lexicon):
    # the plan, 四(三): 支持…参与重大科技基础设施建设,鼓励各类创新主体利用重大科技基础设施开展科学问题研究。
    from conftest import SEED

    rows = {r["term"]: r for r in collect_candidates([SEED], lexicon)}
    row = rows["科技基础设施"]
    assert row["count"] == 1 and len(row["examples"]) == 1


def test_a_term_accepted_without_english_is_named_to_the_curator(doc, tmp_path):
    # tried as a new user (twenty-first round): an empty en cell silently wrote the Chinese term under @en
    runner = CliRunner()
    review = tmp_path / "review.tsv"
    assert runner.invoke(main, ["candidates", str(doc), "--review", str(review)]).exit_code == 0
    _fill(review, {"智能巡查终端": ("accept", "", ""), "皖企登云": ("accept", "Anhui enterprises to the cloud", "")})
    r = runner.invoke(main, ["curate", str(review), "--into", str(tmp_path / "lex")])
    assert r.exit_code == 0
    assert "no English label given for 智能巡查终端" in r.output and "皖企登云:" not in r.output


def test_candidates_of_a_folder_skip_a_document_that_cannot_be_read(doc, tmp_path):
    # tried as a new user (twenty-first round): one empty file stopped the whole folder, as a build does not
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")  # (a PDF is read since round 32: a damaged one is skipped)
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    r = CliRunner().invoke(main, ["candidates", str(tmp_path)])
    assert "old.doc: left out, DOC files are not read" in r.output  # named as a build names it
    assert "scan.pdf: not a readable PDF" in r.output
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert "skipped: " in r.output and "empty.txt: input is empty" in r.output
    assert "皖企登云" in r.output  # the readable document's candidates are still listed


def test_curate_help_names_every_decision_word_it_reads():
    # (u45) the help never said what to write in the decision column
    from kg.curation import ACCEPT, REJECT

    text = " ".join(CliRunner().invoke(main, ["curate", "--help"]).output.split())
    assert all(w in text for w in ACCEPT | REJECT if len(w) > 1) and "decision column" in text
