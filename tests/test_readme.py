"""The README's examples run as documented: every command of its examples block, in order, in a copy of the
repository's data (nothing is skipped; each must exit 0 and leave the files it names)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

MARKER = "run by `tests/test_readme.py`"


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    at = text.index(MARKER)
    block = re.search(r"```bash\n(.*?)```", text[at:], re.S)
    assert block, "no ```bash block after the marker"
    return [line.strip() for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    work = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "data", work / "data", ignore=shutil.ignore_patterns("out"))
    shutil.copytree(ROOT / "tests" / "eval" / "dev", work / "tests" / "eval" / "dev")
    return work


def test_the_examples_block_is_there_and_covers_the_commands():
    commands = readme_examples()
    assert len(commands) >= 12
    used = {shlex.split(c)[1] for c in commands}
    assert {"build", "query", "rank", "path", "neighbors", "viz", "export", "candidates", "compare", "eval"} <= used


def test_every_readme_example_runs(workdir):
    kg = [sys.executable, "-m", "kg.cli"]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for line in readme_examples():
        args = shlex.split(line)[1:]
        proc = subprocess.run(kg + args, cwd=workdir, env=env, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, f"{line}\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
        assert "Traceback" not in proc.stderr, line
        for flag in ("-o", "--review", "--out"):
            if flag in args:
                target = workdir / args[args.index(flag) + 1]
                assert target.exists(), f"{line}: {target} was not written"
    # `kg build` with no --out, run outside the checkout: ./kg-out of the working folder (data/out inside it), which
    # the commands after it read by default
    assert (workdir / "kg-out" / "kg.ttl").is_file()
    assert (workdir / "out" / "corpus" / "nq" / "concepts.nq").is_file()


def test_the_quick_start_s_sample_output_is_the_build_s_own(seed_build):
    """(u46) the README said 8688 triples where the build wrote 8687: the sample is checked against a build."""
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    sample = text[text.index("$ kg build\n"):]
    sample = sample[:sample.index("```")]
    m = re.search(r"^(\d+) triples from 1 document\(s\)", sample, re.M)
    assert m and int(m.group(1)) == seed_build.triples
    relations = dict(re.findall(r"(\w+)=(\d+)", sample))
    assert {k: int(v) for k, v in relations.items()} == {k: v for k, v in seed_build.relations.items() if v}
    for name, n in re.findall(r"\b([A-Z]\w+) (\d+)", sample):
        if name in seed_build.counts:
            assert seed_build.counts[name] == int(n), name
