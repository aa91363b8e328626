"""Property-based tests (hypothesis): invariants of ingest, structure and extraction on arbitrary text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.extract import extract
from kg.graph import concept_triples, document_graph
from kg.ingest import document_from_text, normalise
from kg.lexicon import load_lexicon
from kg.shacl import validate_triples
from kg.structure import parse_structure

SEED_WORDS = ["5G", "北斗", "区块链", "人工智能", "大数据中心", "工业互联网", "IPv6", "交通", "医疗", "长三角",
              "《网络安全法》", "融合", "与", "和", "、", "，", "。", "；", "要?求", "到?96%", "配臵", "\u3000", "（一）",
              "一、", "(二)", "1.", "专栏1", "image.png", "（责任单位：省经信厅）", "\r\n", "\n", "由52.6%提升到96%"]
HEADINGS = ["一、重大任务", "（一）建设体系", "(二)推进工作", "二、组织实施", "目录", "专栏2 工程", "附件"]

text_pieces = st.lists(st.one_of(st.sampled_from(SEED_WORDS), st.sampled_from(HEADINGS),
                                 st.text(min_size=1, max_size=12)), min_size=1, max_size=60)


def assemble(pieces: list[str]) -> str:
    text = "".join(pieces)
    return text if text.strip() else "空"


def document_or_none(pieces: list[str]):
    """The document, or None where ingest refuses the text with a clear error (binary-looking)."""
    try:
        return document_from_text(assemble(pieces))
    except InputError as exc:
        assert "binary" in str(exc) or "empty" in str(exc)
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=0, max_size=300))
def test_normalised_offsets_map_back(text):
    norm, idx = normalise(text)
    assert len(idx) == len(norm) + 1 and idx[len(norm)] == len(text)
    prev = -1
    for i in range(len(norm)):
        assert idx[i] > prev  # strictly increasing: nothing reordered
        prev = idx[i]
        assert text[idx[i]] not in "\r"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_pieces)
def test_sentences_slice_back_and_mentions_lie_inside(pieces):
    doc = document_or_none(pieces)
    if doc is None:
        return
    tree = parse_structure(doc)
    for s in tree.sentences:
        assert doc.text[s.begin:s.end] == s.text and s.text.strip()
        assert s.begin < s.end
    ex = extract(tree, workers=1)
    for m in ex.mentions:
        sent = tree.sentences[m.sentence]
        assert sent.begin <= m.begin < m.end <= sent.end
        assert doc.text[m.begin:m.end] == m.surface
    for r in ex.relations:
        assert r.source != r.target
    for a in ex.responsibilities:
        assert doc.text[a.begin:a.end] == a.surface and a.role in ("lead", "support", "responsible")
    for a in tree.actions:
        assert a.label and a.sentences and a.begin < a.end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_pieces)
def test_every_graph_passes_shacl(pieces):
    doc = document_or_none(pieces)
    if doc is None:
        return
    lexicon = load_lexicon()
    g = document_graph(extract(parse_structure(doc), lexicon, workers=1), lexicon)
    report = validate_triples(g.triples + concept_triples(lexicon, g.usage))
    assert report.conforms, report.text[:2000]
