"""The corpus build (kg.pipeline, kg.distribute, kg.store.StoreBuilder): a map over documents and a merge.

A small corpus made by benchmarks/make_corpus.py (distinct documents from the bundled ones) is built
serially, in two forked workers and on a two-worker local Dask cluster: the outputs must be the same
bytes.  The per-document cache makes an unchanged rebuild reuse everything and a one-document change
redo only that document, and the store updated in place of the change holds exactly what a fresh
build's store holds.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import PartialBuildError
from kg.pipeline import build
from kg.project import index_fragment, load_index, merge_fragments
from kg.store import STORE_DIR, resolve_graph

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import make  # noqa: E402

ID = "https://w3id.org/policy-kg/id/"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    make(6, folder)
    return folder


def _outputs(out: Path) -> dict[str, bytes]:
    """The files a build writes that must not depend on how it ran (the manifest names the build, not
    the machine)."""
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "nq").rglob("*.nq"))}
    files["kg.json"] = (out / "kg.json").read_bytes()
    files["graph.html"] = (out / "graph.html").read_bytes()
    return files


def _quads(out: Path) -> set[str]:
    store = pyoxigraph.Store.read_only(str(out / STORE_DIR / "db"))
    return {str(q) for q in store}


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial")
    return build([corpus], out, jobs=1), out


def test_serial_and_forked_builds_write_the_same_bytes(corpus, serial, tmp_path):
    result, out = serial
    assert result.reused == 0 and len(result.documents) == 6
    forked = build([corpus], tmp_path / "forked", jobs=2)
    assert forked.documents == result.documents
    assert _outputs(tmp_path / "forked") == _outputs(out)


def test_a_two_worker_dask_cluster_writes_the_same_bytes(corpus, serial, tmp_path):
    assert importlib.util.find_spec("distributed") is not None, "the test extra installs dask[distributed]"
    result, out = serial
    on_dask = build([corpus], tmp_path / "dask", scheduler="local", jobs=2)
    assert on_dask.documents == result.documents
    assert _outputs(tmp_path / "dask") == _outputs(out)


def test_the_store_holds_the_partitions(serial):
    result, out = serial
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in (out / "nq").rglob("*.nq"))
    assert len(_quads(out)) == lines == result.triples
    graphs = json.loads((out / STORE_DIR / "graphs.json").read_text())
    assert sorted(graphs) == sorted(ID + d for d in result.documents)


def test_unchanged_rebuild_reuses_every_document_and_rewrites_nothing(corpus, tmp_path):
    out = tmp_path / "o"
    build([corpus], out)
    before = {p: p.stat().st_mtime_ns for p in [*(out / "nq").rglob("*.nq"), out / STORE_DIR / "SOURCE.sha256"]}
    again = build([corpus], out)
    assert again.reused == 6
    assert {p: p.stat().st_mtime_ns for p in before} == before


def test_an_unchanged_build_merges_nothing_and_reports_the_same(corpus, tmp_path, monkeypatch):
    """The second build of the same corpus takes its result from the manifest: no concept triples made, no
    shared triples read, the same counts, triples, relations, candidates and files as the first."""
    import kg.graph

    out = tmp_path / "o"
    first = build([corpus], out)
    manifest = (out / "kg.json").read_bytes()

    def refuse(*_a, **_k):
        raise AssertionError("the merge ran again")

    monkeypatch.setattr(kg.graph, "concept_triples", refuse)
    again = build([corpus], out)
    assert (again.counts, again.triples, again.relations, again.candidates, again.documents) == \
        (first.counts, first.triples, first.relations, first.candidates, first.documents)
    assert again.files == first.files and (out / "kg.json").read_bytes() == manifest
    (out / "graph.html").unlink()  # a file gone: the build is made again (and the page drawn)
    with pytest.raises(AssertionError, match="the merge ran again"):
        build([corpus], out)


def test_a_rebuild_writes_again_an_output_changed_since(corpus, tmp_path):
    """(a new user's finding, u29) an output changed by hand after a build (a line appended to nq/concepts.nq, the
    page replaced by `kg viz -o OUT/graph.html`) was kept by a rebuild that said it wrote it: the build records each
    file's size and time (outside kg.json, which stays byte-identical) and writes again what differs."""
    out = tmp_path / "o"
    build([corpus], out)
    original = _outputs(out)
    with open(out / "nq" / "concepts.nq", "a", encoding="utf-8") as fh:
        fh.write("<urn:x:a> <urn:x:b> <urn:x:c> .\n")
    (out / "graph.html").write_text("<html>another page</html>", encoding="utf-8")
    build([corpus], out)
    assert _outputs(out) == original


def test_a_build_stopped_while_writing_is_read_by_no_command_until_built_again(corpus, tmp_path, monkeypatch):
    """(u29) a build that failed after its graph files were written left them beside the previous build's page and
    manifest, and commands read the mixture as one graph: the folder now says it is being written until kg.json is."""
    import kg.render

    out = tmp_path / "o"
    build([corpus], out)
    original = _outputs(out)
    docs = sorted(corpus.iterdir())

    def stop(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.render, "render_build_page", stop)
    with pytest.raises(KeyboardInterrupt):
        build(docs[:3], out)
    result = CliRunner().invoke(main, ["query", "tasks", "-g", str(out)])
    assert result.exit_code == 1 and "its last build did not finish" in result.output, result.output
    monkeypatch.undo()
    build([corpus], out)  # the same build as the first: written again, not taken as unchanged
    assert _outputs(out) == original and resolve_graph(out).manifest is not None


def test_one_changed_document_is_redone_and_the_store_updated_in_place(corpus, tmp_path):
    docs = tmp_path / "docs"
    make(6, docs)
    out = tmp_path / "o"
    build([docs], out)
    changed = sorted(docs.iterdir())[2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n推进区块链技术在政务服务领域的应用。\n", encoding="utf-8")
    (docs / "doc-00001.txt").unlink()
    result = build([docs], out)
    assert result.reused == 4 and len(result.documents) == 5
    fresh = build([docs], tmp_path / "fresh")
    assert fresh.reused == 0
    assert _quads(out) == _quads(tmp_path / "fresh")
    assert _outputs(out) == _outputs(tmp_path / "fresh")
    index = load_index(resolve_graph(out))
    assert index.to_json() == load_index(resolve_graph(tmp_path / "fresh")).to_json()
    assert not any(ID + "doc-00001" in p for p in index.plans)


def test_a_document_that_fails_is_named_and_the_others_are_built(corpus, tmp_path):
    docs = tmp_path / "docs"
    make(3, docs)
    (docs / "broken.txt").write_bytes(b"\x00\x01\x02" * 200)
    out = tmp_path / "o"
    with pytest.raises(PartialBuildError) as err:
        build([docs], out)
    assert "broken.txt" in str(err.value)
    assert len(err.value.result.documents) == 3 and (out / "kg.json").is_file()
    r = CliRunner().invoke(main, ["build", str(docs), "--out", str(tmp_path / "cli")])
    assert r.exit_code == 1 and "broken.txt" in r.output and "Traceback" not in r.output
    assert (tmp_path / "cli" / "kg.json").is_file()


def test_the_index_merged_from_fragments_matches_sparql_over_the_store(serial):
    """The index a build writes (merged per-document fragments) against SPARQL joins over the whole store."""
    _, out = serial
    store = pyoxigraph.Store.read_only(str(out / STORE_DIR / "db"))
    index = load_index(resolve_graph(out))
    P = ("PREFIX kg: <https://w3id.org/policy-kg/ontology#> "
         "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")

    def rows(q):
        res = store.query(P + q, use_default_graph_as_union=True)
        return {tuple(s[v].value for v in res.variables) for s in res}

    techs = {s for (s,) in rows("SELECT ?s WHERE { ?s a kg:Technology }")}
    assert techs == {n for n, k in index.kind.items() if k == "Technology"}
    actions = rows("SELECT ?a ?l WHERE { ?a a kg:Action ; kg:actionLabel ?l FILTER NOT EXISTS { ?a a kg:Task } "
                   "FILTER NOT EXISTS { ?a a kg:PriorityAction } }")
    assert {a: l for a, l in actions} == {a: index.zh[a] for a, k in index.kind.items() if k == "Action"}
    for rel in ("involvesTechnology", "responsibleDomain", "relatedTechnology", "hasAction"):
        expected = {(a, b) for a, b in rows(f"SELECT DISTINCT ?a ?b WHERE {{ ?a kg:{rel} ?b }}")
                    if a in index.kind and b in index.kind}
        assert {(a, b) for a, b, _ in index.edges[rel]} == expected, rel
    weights = rows("SELECT ?a ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?a kg:involvesTechnology ?c ; kg:evidence ?s . "
                   "?s kg:mentions ?c } GROUP BY ?a ?c")
    assert {(a, c): int(n) for a, c, n in weights if a in index.kind} == {
        (a, b): w for a, b, w in index.edges["involvesTechnology"]}


def test_fragments_merge_in_any_order(serial):
    _, out = serial
    cache = out / ".kg-cache"
    frags = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(cache.glob("*.idx.json"))]
    assert len(frags) == 6
    assert merge_fragments(frags) == merge_fragments(list(reversed(frags)))
    assert merge_fragments([index_fragment([])])["kind"] == {}


def test_a_copied_file_is_left_out_with_a_warning_and_a_recoded_copy_is_named(tmp_path):
    """A file with the bytes of another is left out with a warning, and the build exits 0 (it exited 1, so
    `kg build corpus && kg query …` stopped); the same text in GB18030 with CRLF is built but named."""
    from conftest import REPORT_2022

    folder = tmp_path / "in"
    folder.mkdir()
    text = REPORT_2022.read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text, encoding="utf-8")
    (folder / "c.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    (folder / "d.md").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert f"{folder / 'b.txt'}: the same file as {folder / 'a.txt'}" in result.output
    assert f"{folder / 'c.txt'}: the same text as {folder / 'a.txt'} in another encoding" in result.output
    # (u45) a copy in another format (a .docx beside its .txt) is not "in another encoding"
    assert f"{folder / 'd.md'}: the same text as {folder / 'a.txt'} in another format" in result.output
    assert "triples from 3 document(s): a, c, d" in result.output


def test_a_plan_saved_as_a_web_page_builds_as_its_text_does(lexicon):
    """The bundled Anhui action plan, wrapped mechanically in a government site's page (title, menu, scripts, each
    line a <p>, a footer): the same chain, units and technologies as the text file (round 31: a page given as .html
    had been read with its tags as text)."""
    import html

    from kg.pipeline import process_document

    from conftest import ANHUI

    text = ANHUI.read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    page = ("<html><head><meta charset='utf-8'><title>" + html.escape(lines[0]) + "</title><script>var x=1;</script>"
            "</head><body><nav><a href='/'>首页</a> | <a href='/zwgk'>政务公开</a></nav><div class='article'>" +
            "".join(f"<p>{html.escape(ln)}</p>" for ln in lines) +
            "</div><footer>主办单位：安徽省人民政府办公厅 皖ICP备00000000号</footer></body></html>")
    a = process_document(text.encode("utf-8"), lexicon, path="anhui.txt")
    b = process_document(page.encode("utf-8"), lexicon, path="anhui.html")
    assert b.doc.markup == "html"
    _read_alike(a, b)


def _read_alike(a, b) -> None:
    """*b*, the plan *a* read from another format (a web page, a Word document, a PDF), has *a*'s actions, units and
    concepts."""
    assert [x.label for x in b.tree.actions] == [x.label for x in a.tree.actions] and len(a.tree.actions) > 20
    units = lambda p: sorted((r.role, r.surface, r.iri) for r in p.extraction.responsibilities)  # noqa: E731
    assert units(b) == units(a) and units(a)
    concepts = lambda p: sorted({(m.kind, m.iri) for m in p.extraction.mentions})  # noqa: E731
    assert concepts(b) == concepts(a)


def _docx(paragraphs: list[str], rows: list[list[str]] = ()) -> bytes:
    """A minimal Word document (word/document.xml in a ZIP archive, as Word writes it) of *paragraphs*, each split
    into two runs, and a table of *rows* after them."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    runs = lambda t: f"<w:r><w:t>{escape(t[:3])}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{escape(t[3:])}</w:t></w:r>"  # noqa: E731
    body = "".join(f"<w:p><w:pPr><w:ind/></w:pPr>{runs(p)}</w:p>" for p in paragraphs)
    if rows:
        body += "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc><w:p>{runs(c)}</w:p></w:tc>" for c in row) + "</w:tr>"
                                    for row in rows) + "</w:tbl>"
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {w}><w:body>{body}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def test_a_plan_saved_as_a_word_document_builds_as_its_text_does(lexicon):
    """The bundled Anhui action plan written into a Word document (one paragraph a line, runs split by formatting):
    the same chain, units and technologies as the text file; a table's rows read as Markdown rows."""
    from kg.ingest import document_from_bytes
    from kg.pipeline import process_document

    from conftest import ANHUI

    text = ANHUI.read_text(encoding="utf-8")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    a = process_document(text.encode("utf-8"), lexicon, path="anhui.txt")
    b = process_document(_docx(lines), lexicon, path="anhui.docx")
    assert b.doc.markup == "docx"
    _read_alike(a, b)
    table = document_from_bytes(_docx(["任务分工表"], [["序号", "任务", "牵头单位"], ["1", "建设数据中心", "市大数据局"]]),
                                "t.docx")
    assert "| 序号 | 任务 | 牵头单位 |\n| 1 | 建设数据中心 | 市大数据局 |" in table.text


def test_a_plan_printed_to_pdf_builds_as_its_text_does(lexicon, tmp_path):
    """The bundled Anhui action plan printed to an A4 PDF by headless Chromium (each line a paragraph, justified, its
    first line indented by CSS — no 　 in the text — a page number in every footer): the same actions, units and
    technologies as the text file, its indicators too."""
    import html
    import subprocess

    from browser import FLAGS, chromium
    from kg.pipeline import process_document

    from conftest import ANHUI

    text = ANHUI.read_text(encoding="utf-8")
    paras = "".join(f"<p>{html.escape(ln.strip().lstrip(chr(0x3000)))}</p>" for ln in text.splitlines() if ln.strip())
    page = tmp_path / "anhui.html"
    page.write_text('<html><head><meta charset="utf-8"><style>@page { size: A4; margin: 2.5cm 2.2cm; '
                    '@bottom-center { content: "— " counter(page) " —"; } } body { font-family: serif; font-size: 16pt } '
                    'p { text-indent: 2em; margin: 0; text-align: justify }</style></head><body>' + paras +
                    "</body></html>", encoding="utf-8")
    pdf = tmp_path / "anhui.pdf"
    subprocess.run([chromium(), *FLAGS, f"--user-data-dir={tmp_path}/profile", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], capture_output=True, timeout=180, check=True)
    a = process_document(text.encode("utf-8"), lexicon, path="anhui.txt")
    b = process_document(pdf.read_bytes(), lexicon, path="anhui.pdf")
    assert b.doc.markup == "pdf"
    _read_alike(a, b)
    assert sorted(i.name for i in b.extraction.indicators) == sorted(i.name for i in a.extraction.indicators)


def test_a_pdf_s_long_title_in_larger_type_is_one_line(tmp_path):
    """(u33) A notice's title in a larger type fills its first line and wraps onto a centred second one (关于印发《…行动方
    / 案（2025-2030年）》的通知): one title, and the document's genre found from it; the attached plan's title after a
    blank space likewise."""
    import subprocess

    from browser import FLAGS, chromium
    from kg.ingest import read_document

    title = "关于印发《上海市脑机接口未来产业培育行动方案（2025-2030年）》的通知"
    page = tmp_path / "notice.html"
    page.write_text('<html><head><meta charset="utf-8"><style>@page { size: A4; margin: 2.5cm 2.2cm } '
                    "body { font-family: serif; font-size: 16pt } h1 { font-size: 22pt; text-align: center; "
                    "font-weight: normal } p { text-indent: 2em; margin: 0; text-align: justify }</style></head><body>"
                    f"<h1>{title}</h1><p>沪科〔2025〕5号</p><p>经市政府同意，现将《上海市脑机接口未来产业培育行动方案"
                    "（2025-2030年）》印发给你们，请认真推进落实。</p></body></html>", encoding="utf-8")
    pdf = tmp_path / "notice.pdf"
    subprocess.run([chromium(), *FLAGS, f"--user-data-dir={tmp_path}/profile", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], capture_output=True, timeout=180, check=True)
    lines = [ln for ln in read_document(pdf).text.splitlines() if ln]
    assert lines[0] == title and lines[1] == "沪科〔2025〕5号"


def test_a_zip_that_is_no_word_document_is_a_clear_error():
    import io
    import zipfile

    from kg.errors import InputError
    from kg.ingest import document_from_bytes

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "x")
    with pytest.raises(InputError, match="x.docx: a ZIP archive that holds no Word document"):
        document_from_bytes(buf.getvalue(), "x.docx")
    with pytest.raises(InputError, match="y.docx: not a readable Word document"):
        document_from_bytes(b"PK\x03\x04garbage", "y.docx")


def test_a_plan_wrapped_at_a_pages_width_builds_as_its_text_does(lexicon):
    """The bundled Anhui plan wrapped at 29 characters a line (and at 29 places, a digit taking half one: lines of 29
    to 33 characters), as a copy of a PDF comes (a line break inside every
    sentence that runs past the width, notes broken after their label: （责任单位：/ 省经济和信息化厅…）): the same chain,
    units, concepts and indicators as the text file — the wrap's breaks are dropped as ``**`` is, offsets kept."""
    import textwrap

    from kg.pipeline import process_document

    from conftest import ANHUI

    def pdf_wrap(paragraph: str, places: int = 29) -> str:  # a PDF's line: 29 places, a digit or a letter takes half
        lines, line, used = [], "", 0.0
        for ch in paragraph:
            width = 0.5 if ch.isascii() else 1.0
            if used + width > places:
                lines.append(line)
                line, used = "", 0.0
            line, used = line + ch, used + width
        return "\n".join(lines + [line])

    text = ANHUI.read_text(encoding="utf-8")
    a = process_document(text.encode("utf-8"), lexicon, path="anhui.txt")
    for wrap in (lambda p: textwrap.fill(p, 29), pdf_wrap):
        wrapped = "\n".join(wrap(p) if p.strip() else p for p in text.split("\n"))
        b = process_document(wrapped.encode("utf-8"), lexicon, path="anhui-wrapped.txt")
        _same_reading(a, b, wrapped)


def _same_reading(a, b, wrapped: str) -> None:
    """*b*, read from the wrapped copy *wrapped*, reads as *a*, read from the text."""
    assert [x.label for x in b.tree.actions] == [x.label for x in a.tree.actions]
    units = lambda p: sorted((r.target, r.role, r.surface, r.iri) for r in p.extraction.responsibilities)  # noqa: E731
    assert units(b) == units(a)
    assert sorted({(m.kind, m.iri) for m in b.extraction.mentions}) == sorted({(m.kind, m.iri) for m in a.extraction.mentions})
    assert [(i.name, i.value) for i in b.extraction.indicators] == [(i.name, i.value) for i in a.extraction.indicators]
    # evidence points into the file as written (its line breaks inside)
    r = next(r for r in b.extraction.responsibilities if "\n" in wrapped[r.begin:r.end])
    assert wrapped[r.begin:r.end].replace("\n", "") == r.surface


def test_a_rebuild_into_a_folder_inside_the_corpus_leaves_its_own_output_out(tmp_path):
    """u44: `kg build DIR -o DIR/out` run twice read its own graph.html as a document named "graph"; a broken link
    named like a document was skipped without a word."""
    from kg.pipeline import expand_inputs

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.txt").write_text("某市数字化转型工作方案\n一、重点任务\n（一）推进5G网络建设。市工业和信息化局负责推进5G基站建设。\n",
                                     encoding="utf-8")
    (corpus / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = corpus / "out"
    first = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out)])
    assert first.exit_code == 1 and "gone.txt: no such file" in first.output
    second = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out)])
    assert "out/: left out, the output of a kg build" in second.output
    assert "from 1 document(s): plan" in second.output
    outputs: list = []
    assert expand_inputs([corpus], outputs=outputs) == [corpus / "gone.txt", corpus / "plan.txt"] and outputs == [out]
    again = CliRunner().invoke(main, ["build", str(out), "-o", str(tmp_path / "o2")])
    assert again.exit_code == 1 and "is the output folder of a kg build" in again.output


def test_rank_names_a_document_by_the_file_it_was_read_from(tmp_path):
    """u44: `kg rank --document` took a document's id or title, not its file (as `kg query -p document=` does)."""
    corpus = tmp_path / "corpus"
    (corpus / "zh").mkdir(parents=True)
    (corpus / "zh" / "推动 方案.txt").write_text("某市数字化转型工作方案\n一、重点任务\n（一）推进5G网络建设。推进5G基站和北斗应用。\n",
                                             encoding="utf-8")
    (corpus / "other.txt").write_text("某县数据工作方案\n一、重点任务\n（一）建设区块链平台。推进区块链应用。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--no-html"]).exit_code == 0
    for name in ("zh/推动 方案.txt", "推动 方案.txt", "推动 方案"):
        r = CliRunner().invoke(main, ["rank", "--document", name, "-g", str(out)])
        assert r.exit_code == 0, r.output
        assert "5G" in r.output and "区块链" not in r.output
