"""The HTML graph in headless Chromium: drawn, searchable, with evidence, offline and safe."""

from __future__ import annotations

import pytest

from kg.pipeline import build

from browser import body_attrs, page_requests, resources, run

PAYLOAD = '<img src=x onerror="document.body.setAttribute(\'data-pwned\',\'img\')">'
SCRIPT = "</script><script>document.body.setAttribute('data-pwned','script')</script>"


@pytest.fixture(scope="module")
def seed_page(seed_build):
    url = seed_build.files["graph.html"].resolve().as_uri() + "#q=BeiDou"
    return run(url)


def test_graph_is_drawn_with_every_node(seed_page, seed_build):
    dom, _ = seed_page
    attrs = body_attrs(dom)
    assert attrs.get("data-ready") == "true"
    assert int(attrs["data-canvas-pixels"]) > 1000
    html = seed_build.files["graph.html"].read_text(encoding="utf-8")
    import json
    import re

    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    assert int(attrs["data-nodes"]) == len(data["nodes"]) == len(data["records"]) > 50
    assert f'{attrs["data-nodes"]} nodes' in dom


def test_search_finds_beidou_by_its_english_name_and_shows_evidence(seed_page):
    dom, _ = seed_page
    attrs = body_attrs(dom)
    assert attrs["data-focused"] == "北斗"
    assert '<li class="evidence"><span class="sec">一(一)</span><span>北斗三号全球卫星导航系统开通。</span></li>' in dom


def test_a_deep_link_to_no_node_says_so(seed_build):
    """(u60) graph.html#q=<a name no node has> silently showed the whole graph: the search box now holds the name and
    says that nothing matches (as text: the name is data)."""
    dom, _ = run(seed_build.files["graph.html"].resolve().as_uri() + "#q=" + "不存在的概念")
    attrs = body_attrs(dom)
    assert attrs.get("data-ready") == "true" and attrs.get("data-focus-missed") == "不存在的概念"
    assert "No node matches “不存在的概念”" in dom and "data-focused" not in attrs


def test_no_request_leaves_the_file(seed_page):
    dom, urls = seed_page
    assert resources(body_attrs(dom)) == []
    assert all(u.startswith(("file:", "data:", "blob:")) for u in page_requests(urls)), page_requests(urls)


def test_injected_payload_never_executes(tmp_path):
    doc = tmp_path / "evil.txt"
    doc.write_text(f"恶意{SCRIPT}规划\n一、重大任务和重点工程\n（一）建设{PAYLOAD}体系\n"
                   f"推进5G网络{PAYLOAD}建设。加快5G和物联网的协同部署{SCRIPT}。发展北斗{PAYLOAD}导航。\n",
                   encoding="utf-8")
    result = build([doc], tmp_path / "out")
    dom, _ = run(result.files["graph.html"].resolve().as_uri() + "#q=5G")
    attrs = body_attrs(dom)
    assert attrs.get("data-ready") == "true"
    assert "data-pwned" not in attrs
    assert "<img src" not in dom.split("<aside", 1)[1]  # the payload stays text in the panel
    assert "&lt;img src=x" in dom  # … and is shown as text


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory):
    from conftest import CORPUS, SEED

    return build([SEED, *CORPUS], tmp_path_factory.mktemp("corpus-page")).files["graph.html"]


@pytest.mark.parametrize("name", ["北斗", "blockchain", "物联网"])
def test_the_overview_lists_every_document_that_names_a_central_concept(corpus_page, name):
    """#concept=北斗 (a click on the concept) lists the documents that name it: as many as its Docs column says.
    Each document once carried only its twelve most named concepts, so the list often came out empty."""
    import json
    import re

    html = corpus_page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    concept = next(c for c in data["central"] if name in (c["zh"], c["en"].lower()))
    attrs = body_attrs(run(corpus_page.resolve().as_uri() + f"#concept={name}")[0])
    assert attrs.get("data-concept") == concept["zh"]
    assert int(attrs["data-rows"]) == concept["docs"] >= 2


def test_the_overview_answers_a_single_page_link_and_names_a_concept_it_does_not_draw(corpus_page):
    """(a new user's finding) graph.html#q=BeiDou, the link a single document's page takes, did nothing on a corpus
    overview; a concept outside its central ones is named with the command that draws its network."""
    attrs = body_attrs(run(corpus_page.resolve().as_uri() + "#q=BeiDou")[0])
    assert attrs.get("data-concept") == "北斗"
    dom = run(corpus_page.resolve().as_uri() + "#q=" + "不存在的概念")[0]
    attrs = body_attrs(dom)
    assert attrs.get("data-concept-missing") == "不存在的概念" and "kg viz --focus 不存在的概念" in dom


def test_the_overview_matrix_header_covers_none_of_its_rows(corpus_page, tmp_path):
    """(a new user's finding) the matrix's header cells stuck 44 px below the top of the matrix's own scroll box
    (an offset meant for the page's bar), so they covered its first two rows: a document was hidden.  A probe added
    to a copy of the page compares the header's bottom with the first row's top once the page has drawn."""
    probe = ("<script>setTimeout(function () {"
             "var th = document.querySelector('#matrix th'), td = document.querySelector('#matrix td');"
             "document.body.setAttribute('data-probe', th && td ? "
             "String(Math.round(td.getBoundingClientRect().top - th.getBoundingClientRect().bottom)) : 'none');"
             "}, 1500);</script>")
    page = tmp_path / "graph.html"
    page.write_text(corpus_page.read_text(encoding="utf-8").replace("</body>", probe + "</body>"), encoding="utf-8")
    gap = body_attrs(run(page.resolve().as_uri())[0]).get("data-probe")
    assert gap not in (None, "none") and int(gap) >= -1, gap
