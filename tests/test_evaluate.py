"""`kg eval` against the hand-made gold files; the suite fails below the thresholds in the README."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import evaluate, load_gold

from conftest import ROOT

GOLD = ROOT / "tests" / "gold"
#: Thresholds (F1), set a little under what the extraction reaches (README, "Measured quality").
THRESHOLDS = {
    "000_732c510093841962.json": {
        ("tasks", "section"): 1.0, ("actions", "section"): 1.0, ("priority_actions", "section"): 1.0,
        ("headings", "section"): 1.0,
        ("Technology", "concept"): 0.95, ("Technology", "concept+section"): 0.95,
        ("Domain", "concept"): 0.95, ("Domain", "concept+section"): 0.95,
        ("Region", "concept"): 0.95, ("Organization", "concept"): 0.95,
        ("integratesWith", "pair"): 0.9, ("indicators", "name+value"): 0.85,
    },
    "anhui-industrial-internet-policy-and-action-plan-2021.json": {
        ("tasks", "section"): 1.0, ("actions", "section"): 0.95, ("Technology", "concept"): 0.93,
        ("Region", "concept"): 0.9, ("Domain", "concept"): 0.9, ("integratesWith", "pair"): 0.85,
        ("responsibleUnit", "action+unit"): 0.95,
    },
    "gov-work-report-2022.json": {
        ("tasks", "section"): 1.0, ("Technology", "concept"): 0.9, ("Region", "concept"): 0.9,
    },
}


@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_scores_reach_the_thresholds(name):
    gold = load_gold(GOLD / name)
    scores = {(s.name, s.level): s for s in evaluate(gold, ROOT / gold["document"])}
    for key, minimum in THRESHOLDS[name].items():
        assert key in scores, key
        assert scores[key].f1 >= minimum, (key, scores[key].as_dict())


def test_eval_reports_misses_and_false_positives(tmp_path):
    gold = {"document": "data/000_732c510093841962.txt",
            "concepts": {"Technology": {"北斗": ["一(一)"], "光子计算": None}}}
    path = tmp_path / "g.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path), "--doc", str(ROOT / gold["document"])])
    assert result.exit_code == 0, result.output
    assert "missed:          光子计算" in result.output
    assert "5G @ 一(一)" in result.output  # in a section the gold annotates, but not in the gold: a false positive
    data = json.loads(CliRunner().invoke(main, ["eval", str(path), "--format", "json",
                                                "--doc", str(ROOT / gold["document"])]).output)
    tech = next(s for s in data if s["name"] == "Technology" and s["level"] == "concept")
    assert tech["recall"] == 0.5 and tech["fn"] == 1


def test_bad_gold_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(bad)])
    assert result.exit_code != 0 and "not a valid JSON gold file" in result.output
