"""kg.segment: jieba's segmentation (HMM off) and tags, answered from an SQLite copy of its dictionary."""

from __future__ import annotations

import random

import pytest

from kg import segment

from conftest import EVAL, ROOT


@pytest.fixture(scope="module")
def jieba_reference():
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.ERROR)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer, jieba.posseg.dt.word_tag_tab


def _windows(n: int) -> list[str]:
    """Short strings cut from real documents of several genres (the candidate finder's inputs)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((EVAL / "dev" / "docs").glob("*.txt"))]
    texts.append((ROOT / "data" / "000_732c510093841962.txt").read_text(encoding="utf-8"))
    rng = random.Random(7)
    out = []
    while len(out) < n:
        t = rng.choice(texts)
        i = rng.randrange(len(t) - 12)
        out.append(t[i:i + rng.randint(1, 12)])
    return out


def test_cut_is_jiebas_cut_without_hmm(jieba_reference):
    tokenizer, tags = jieba_reference
    windows = _windows(3000) + ["5G基站", "IPv6规模部署", "北斗导航", "A B C", "区块链+政务", "数据共享交换平台"]
    for text in windows:
        expected = list(tokenizer.cut(text, HMM=False))
        got = segment.cut(text)
        assert [w for w, _ in got] == expected, text
        assert [t for _, t in got] == [tags.get(w, "") for w in expected], text


def test_index_is_rebuilt_when_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(segment, "_STATE", {})
    segment.cut.cache_clear()
    assert [w for w, _ in segment.cut("统一身份认证平台")] == ["统一", "身份", "认证", "平台"]
    assert list(tmp_path.glob("jieba-words-*.sqlite")) and not list(tmp_path.glob("*.tmp"))
    segment.cut.cache_clear()
    monkeypatch.setattr(segment, "_STATE", {})
