"""The `kg` command line: build, help texts and bad input."""

from __future__ import annotations

import re

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
    counts = dict(re.findall(r"^  (\w+) +(\d+)(?:  \(\d+ candidates\))?$", result.output, re.M))
    assert counts["Task"] == "10" and counts["Action"] == "15" and counts["PriorityAction"] == "10", result.output


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"", "empty"),
    (b"\x00\x01\x02\x03PK\x03\x04" * 100, "binary"),
    ("dir", "directory"),
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


def test_failed_second_input_leaves_previous_output_untouched(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(SEED), "--out", str(out)]).exit_code == 0
    before = (out / "kg.ttl").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = runner.invoke(main, ["build", str(SEED), str(bad), "--out", str(out)])
    assert result.exit_code != 0
    assert (out / "kg.ttl").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["graph.html", "kg.ttl"]
