"""The corpus listings read from the build's views are the store's answers, row for row (kg.views)."""

from __future__ import annotations

import shutil

import pytest

from kg.pipeline import build
from kg.query import Engine, named_queries
from kg.store import STORE_DIR
from kg.views import VIEWS_DIR, document_views, view_names

from conftest import CORPUS, DEV, SEED

#: Documents of several genres; the four Beijing ones name the same bureaus differently (市教委 / 市教育局 …), so
#: the corpus store labels some of their units otherwise than each document alone does.
DOCS = [SEED, *CORPUS] + [DEV / f"{stem}.txt" for stem in (
    "beijing-equipment-renewal-consumer-goods-trade-in-action-plan-2024",
    "beijing-hydrogen-industry-support-policy-measures-2024",
    "beijing-surveying-mapping-regulations-2003",
    "binzhou-social-governance-grid-service-regulations-2021",
)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("views-docs")
    for doc in DOCS:
        shutil.copy(doc, folder / doc.name)
    out = tmp_path_factory.mktemp("views-out")
    build([folder], out, html=False)
    return folder, out


def test_the_view_queries_are_the_per_document_listings():
    assert view_names() == ("addressees", "indicators", "integrations", "issuers", "outline", "priority-actions",
                            "responsible-units", "tasks", "tech-per-task")
    for name in view_names():  # the only parameter is the optional document, and the rows are ordered by it first
        assert [p.name for p in named_queries()[name].params] == ["document"]
        assert "ORDER BY ?document" in named_queries()[name].text


@pytest.mark.parametrize("name", view_names())
def test_a_view_gives_the_rows_the_store_gives(corpus, name):
    _, out = corpus
    engine = Engine(out)
    viewed = engine.run_named(name)
    asked = engine.run_named(name, views=False)
    assert viewed.columns == asked.columns
    assert viewed.rows == asked.rows
    assert len({row[viewed.columns.index("document")] for row in viewed.rows}) > 1 or name == "priority-actions"


def test_the_listing_is_read_from_the_views_not_the_store(corpus, monkeypatch):
    _, out = corpus
    engine = Engine(out)
    expected = engine.run_named("responsible-units", views=False)

    def refuse(*args, **kwargs):
        raise AssertionError("the store was asked")

    monkeypatch.setattr(Engine, "query", refuse)
    assert engine.run_named("responsible-units").rows == expected.rows
    with pytest.raises(AssertionError):  # with a parameter, the store answers (one document's rows are fast)
        engine.run_named("responsible-units", {"document": SEED.stem})


def test_a_corpus_unit_named_otherwise_than_in_its_document_is_written_as_the_corpus_names_it(corpus):
    _, out = corpus
    rows = Engine(out).run_named("responsible-units").rows
    beijing = {r[4] for r in rows if r[0].startswith("beijing-equipment")}
    others = {r[4] for r in rows if r[0].startswith("beijing-") and not r[0].startswith("beijing-equipment")}
    assert beijing & others  # the same bureaus, one name each in the corpus


def test_views_follow_a_changed_document_and_go_when_stale(corpus, tmp_path):
    folder, out = corpus
    copy = tmp_path / "docs"
    shutil.copytree(folder, copy)
    target = tmp_path / "out"
    shutil.copytree(out, target)
    doc = copy / f"{SEED.stem}.txt"
    doc.write_text(doc.read_text(encoding="utf-8") + "\n各地区各部门负责推进区块链技术在政务服务中的应用。\n", encoding="utf-8")
    build([copy], target, html=False)
    engine = Engine(target)
    assert engine.run_named("responsible-units").rows == engine.run_named("responsible-units", views=False).rows
    assert any("区块链技术在政务服务" in r[-1] for r in engine.run_named("responsible-units").rows)
    stamp = target / STORE_DIR / VIEWS_DIR / "stamp.json"
    stamp.write_text('{"stamp": "build:another", "version": 1}', encoding="utf-8")
    assert engine.run_named("tasks").rows == engine.run_named("tasks", views=False).rows


def test_a_one_document_build_writes_no_views(seed_build):
    assert not (seed_build.out / STORE_DIR / VIEWS_DIR).exists()


def test_document_views_of_an_empty_graph_are_empty():
    views = document_views("", "", "")
    assert set(views) == set(view_names())
    assert all(v["rows"] == [] for v in views.values())


def test_views_keep_rows_whose_text_holds_line_separators(tmp_path):
    """json.dumps writes U+2028 and U+0085 as they are: a row must not break there."""
    from kg.views import read_view, save_views

    text = "第一条\u2028第二条\x85第三条\f第四条\n第五条"
    docs = [{name: {"columns": ["document", "evidence"], "rows": [[d, text], [d, "二"]]} for name in view_names()}
            for d in ("a", "b")]
    save_views(tmp_path, docs, "build:x")
    result = read_view(tmp_path, "responsible-units", "build:x")
    assert result.columns == ["document", "evidence"]
    assert result.rows == [("a", text), ("a", "二"), ("b", text), ("b", "二")]
    assert read_view(tmp_path, "responsible-units", "build:y") is None  # another build's stamp: none
