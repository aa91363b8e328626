"""The build: a map over documents, then a merge.

:func:`process_document` takes one document to its tree, extraction and triples — the one function
``kg build``, ``kg compare``, ``kg eval`` and ``kg candidates`` all use.  :func:`build` maps it over
every input (in this process, in a local process pool, or on a Dask cluster), caches each document's
N-Quads and summary by content (document bytes + lexicons + layout + version), and merges:

- one document → ``kg.ttl`` (Turtle), ``graph.html`` (the whole graph) and ``kg.json``;
- several → ``nq/documents/<id>.nq`` (each document's named graph; hard links to the cache, so a
  corpus is not written twice), ``nq/concepts.nq`` (the shared concepts), ``graph.html`` (an
  overview that stays readable at thousands of documents) and ``kg.json`` (``kg.ttl`` too with
  *turtle*, streamed by :func:`kg.export.export_graph`);

and bulk-loads the result into the embedded store (``.kg-oxigraph/``) every read command queries.
Nothing is written until every document has been read; each file is written to a temporary name
and renamed into place.  A document that cannot be read is reported by name and skipped; the build
then ends with :class:`~kg.errors.PartialBuildError` after writing the others' work.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .errors import InputError, KGError, PartialBuildError, ValidationError
from .namespaces import BUNDLED_PLAN, ID, KG, default_out
from .store import WRITING

#: Bump when what a document's cached result holds changes.
CACHE_VERSION = "4"
SUMMARY_CLASSES = ("Plan", "Chapter", "Section", "Article", "Item", "Task", "Action", "Provision", "Measure",
                   "PriorityAction", "Principle", "Goal", "Direction", "Technology", "Domain", "Region", "Organization",
                   "GenericUnit", "CitedDocument", "Indicator", "Sentence")
#: Extensions read from a folder given as input.
DOC_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".docx", ".pdf")  # (a web page, a Word document, a PDF: their text)
#: Documents per N-Quads partition of a corpus build.
#: Where a corpus build puts each document's N-Quads (one file, one named graph per document).
PART_DIR = "nq/documents"
#: From this many documents on, the map runs in parallel by default.
PARALLEL_FROM = 8


class Progress:
    """What a long build reports: stages, and steps within a stage.  The default says nothing."""

    def stage(self, name: str, total: int | None = None) -> None:  # noqa: D401
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def done(self) -> None:
        pass


@dataclass
class ProcessedDocument:
    """One document taken through every stage."""

    doc: object  # kg.ingest.Document
    tree: object  # kg.structure.DocumentTree
    extraction: object  # kg.extract.Extraction
    graph: object  # kg.graph.DocumentGraph


def process_document(source: "str | Path | bytes", lexicon=None, path: str | None = None,
                     doc_id: str | None = None) -> ProcessedDocument:
    """Read, structure, extract and describe one document: the map step of every command."""
    from .extract import extract
    from .graph import document_graph
    from .ingest import document_from_bytes, read_document
    from .lexicon import load_lexicon
    from .structure import parse_structure

    lexicon = lexicon or load_lexicon()
    if isinstance(source, bytes):
        doc = document_from_bytes(source, path or "<bytes>", doc_id=doc_id)
    else:
        doc = read_document(source, doc_id=doc_id)
    tree = parse_structure(doc)
    ex = extract(tree, lexicon)
    return ProcessedDocument(doc, tree, ex, document_graph(ex, lexicon))


# ------------------------------------------------------------------------------------ inputs
@dataclass(frozen=True)
class InputDoc:
    path: Path
    display: str
    doc_id: str
    sha256: str
    size: int


#: A folder's own notes, not documents of the corpus (README.md, SOURCES.md, CHANGELOG, LICENSE …): a folder's
#: files of these names are skipped; named one by one they are built.
_FOLDER_NOTES = re.compile(r"^(?:readme|sources?|changelog|changes|license|licence|notes?|index|claims|verify)"
                           r"(?:[-_.][\w-]*)?$", re.I)


#: Documents of kinds a build does not read (a folder's are named in a warning: convert them to text).
_OTHER_DOCUMENTS = (".doc", ".wps", ".rtf", ".odt", ".xls", ".xlsx", ".csv")


def left_out_warnings(notes: list[Path], unread: list[Path], outputs: list[Path] = ()) -> list[str]:
    """What :func:`expand_inputs` left out of folders, one line each: a folder's notes, files of other kinds, and the
    output folders of builds."""
    return [f"{n}: left out, a folder's notes (README, SOURCES …), not a document; name the file to read it"
            for n in notes] + \
        [f"{n}: left out, {n.suffix.lower()[1:].upper()} files are not read; convert it to text (.txt or .md) or "
         f"save it as .docx to read it" for n in unread] + \
        [f"{n}/: left out, the output of a kg build (its graph.html and exports are no documents)" for n in outputs]


def _is_build_output(folder: str, names: list[str]) -> bool:
    """Does *folder* (with its entries *names*) hold a build's output — its manifest ``kg.json`` beside its cache
    ``.kg-cache`` or its ``graph.html``?  Its pages and exports are no documents of a corpus."""
    return "kg.json" in names and ("graph.html" in names or os.path.isdir(os.path.join(folder, ".kg-cache")))


def _folder_files(folder: Path, outputs: list[Path]) -> list[Path]:
    """Every file under *folder* (sorted), not descending into hidden folders nor into the output folders of builds,
    which are listed in *outputs*."""
    files = []
    for top, dirs, names in os.walk(folder):
        for d in list(dirs):
            if d.startswith(".") or _is_build_output(os.path.join(top, d), os.listdir(os.path.join(top, d))):
                dirs.remove(d)
                if not d.startswith("."):
                    outputs.append(Path(top) / d)
        files.extend(Path(top) / n for n in names if not n.startswith("."))
    outputs.sort()
    return sorted(files)


def expand_inputs(inputs: Iterable[str | Path], skipped: list[Path] | None = None,
                  unread: list[Path] | None = None, outputs: list[Path] | None = None) -> list[Path]:
    """Files as given, and the documents of folders (recursively, sorted; hidden files and the folder's own notes —
    README.md, SOURCES.md … — skipped, and listed in *skipped* when a list is given; files of other kinds — .doc,
    .wps … — listed in *unread*; web pages, .html and .htm, Word's .docx and PDFs are documents).  A folder that
    holds a build's output (``kg build DIR -o DIR/out``, run again) is left out and listed in *outputs*; a
    document's name that leads nowhere (a broken link) is kept, so that reading it fails by name."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = []
            if _is_build_output(str(p), os.listdir(p)):
                raise InputError(f"{item}: is the output folder of a kg build, not a folder of documents")
            built: list[Path] = []
            for f in _folder_files(p, built):
                if not f.is_file():
                    if f.is_symlink() and not f.exists() and f.suffix.lower() in DOC_SUFFIXES:
                        found.append(f)  # a broken link: reported as a document that cannot be read
                    continue
                if f.suffix.lower() not in DOC_SUFFIXES:
                    if unread is not None and f.suffix.lower() in _OTHER_DOCUMENTS:
                        unread.append(f)
                    continue
                if _FOLDER_NOTES.match(f.stem):
                    if skipped is not None:
                        skipped.append(f)
                    continue
                found.append(f)
            if outputs is not None:
                outputs.extend(built)
            if not found:
                raise InputError(f"{item}: no documents ({', '.join(DOC_SUFFIXES)}) in this folder")
            out.extend(found)
        else:
            out.append(p)
    return out


def _input_docs(paths: list[Path], max_mb: float, failures: dict[str, str], strict: bool,
                duplicates: list[str] | None = None) -> list[InputDoc]:
    """Hash every input; give each a document id unique in this build.  A file with the bytes of one read
    before is left out, named in *duplicates* (a warning, not a failure: the document is in the build)."""
    from .ingest import make_doc_id

    docs, seen_hash = [], {}
    for p in paths:
        try:
            if not p.exists():
                raise InputError(f"{p}: no such file")
            if p.is_dir():
                raise InputError(f"{p}: is a directory, not a text file")
            size = p.stat().st_size
            if size > max_mb * 1_000_000:
                raise InputError(f"{p}: {size / 1_000_000:.3g} MB is more than the {max_mb:g} MB a build takes "
                                 f"(--max-mb); split the document or raise the limit")
            data = p.read_bytes()
        except InputError as exc:
            if strict:
                raise
            failures[str(p)] = str(exc)
            continue
        except OSError as exc:
            if strict:
                raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
            failures[str(p)] = f"{p}: cannot read ({exc.strerror or exc})"
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen_hash:
            msg = f"{p}: the same file as {seen_hash[digest]} (left out: its document is built once)"
            if strict and len(paths) <= 1:
                raise InputError(msg)
            if duplicates is None:
                failures.setdefault(str(p), msg)
            else:
                duplicates.append(msg)
            continue
        seen_hash[digest] = str(p)
        docs.append(InputDoc(p, str(p), make_doc_id(p, data), digest, size))
    # a file stem shared by two documents: both take a hash suffix (ids stay stable and unique)
    counts = Counter(d.doc_id for d in docs)
    return [InputDoc(d.path, d.display, f"{d.doc_id}-{d.sha256[:8]}" if counts[d.doc_id] > 1 else d.doc_id,
                     d.sha256, d.size) for d in docs]


# ------------------------------------------------------------------------------------ the map
@dataclass
class Config:
    """Everything a document's result depends on besides its bytes."""

    lexicon_dirs: tuple[str, ...]
    digest: str
    validate: bool = True


def config_digest(lexicon, extra_files: Iterable[Path] = ()) -> str:
    from . import __version__
    from .namespaces import ONTOLOGY_DIR

    h = hashlib.sha256(f"{CACHE_VERSION}\0{__version__}\0{lexicon.digest}\0".encode())
    for f in (ONTOLOGY_DIR / "layout.ttl", ONTOLOGY_DIR / "lexicon" / "cues.ttl", ONTOLOGY_DIR / "shapes.ttl",
              *extra_files):
        h.update(f.read_bytes())
    h.update(_code_digest().encode())
    return h.hexdigest()[:24]


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """The package's own source: a cached result is only reused by the code that made it."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    for f in sorted(here.glob("*.py")) + sorted(here.glob("queries/*.rq")):  # the views answer the named queries
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def _text_digest(text: str) -> str:
    """The digest of a document's text as read, whatever its encoding and line endings were."""
    return hashlib.sha256(re.sub(r"\r\n?", "\n", text).strip().encode("utf-8")).hexdigest()


def _same_text(docs: list[InputDoc], records: dict[str, dict]) -> list[str]:
    """Warnings for documents whose decoded text is the same as an earlier one's (another encoding, other line
    endings, another format such as a .docx beside its .txt): both are built, and would count twice in every tally of the corpus."""
    first: dict[str, str] = {}
    out = []
    for d in docs:
        h = records[d.doc_id].get("text_sha256")
        if h is None:
            continue
        if h in first:
            how = "in another format" if os.path.splitext(d.display)[1].lower() != \
                os.path.splitext(first[h])[1].lower() else "in another encoding or with other line endings"
            out.append(f"{d.display}: the same text as {first[h]} {how} (both built; remove one, or it counts twice)")
        else:
            first[h] = d.display
    return out


def map_document(data: bytes, path: str, doc_id: str, lexicon, validate: bool = True,
                 views: bool = False) -> tuple[dict, str]:
    """One document → (its record, its N-Quads).  Runs in this process, a pool worker or a Dask worker.

    *lexicon* is a loaded :class:`~kg.lexicon.Lexicon` or the folders to load it from. *views*: the record
    also holds the document's answers to the corpus listings (:mod:`kg.views`), for a corpus build.

    Errors in the document become ``{"error": …}`` records, so one bad document never stops a corpus.
    """
    from .graph import concept_triples
    from .lexicon import load_lexicon
    from .project import index_fragment
    from .rdfio import iri, nquads, ntriples

    try:
        if not hasattr(lexicon, "concepts"):  # folders, not a loaded lexicon
            lexicon = load_lexicon(list(lexicon[1:]))
        p = process_document(data, lexicon, path=path, doc_id=doc_id)
    except KGError as exc:
        return {"id": doc_id, "path": path, "error": str(exc)}, ""
    except Exception as exc:  # a bug met on this document: a corpus goes on, and the failure names the document
        if os.environ.get("KG_DEBUG"):
            raise
        return {"id": doc_id, "path": path, "error": internal_error(path, exc)}, ""
    g = p.graph
    described = concept_triples(lexicon, g.usage) if validate or views else []
    if validate:
        from .shacl import validate_triples

        report = validate_triples(g.triples + described)
        if not report.conforms:
            return {"id": doc_id, "path": path, "error": f"{path}: the graph does not conform to "
                    f"ontology/shapes.ttl ({report.violations} violations; {report.first})"}, ""
    doc, tree = p.doc, p.tree
    own, shared = split_shared(g.triples, g.plan)
    record = {
        "id": doc_id, "path": path, "plan": g.plan, "title": tree.title, "encoding": doc.encoding,
        "script": doc.script, "markup": doc.markup, "chars": len(doc.text), "sentences": len(tree.sentences), "sha1": doc.sha1,
        "text_sha256": _text_digest(doc.text),
        "genre": tree.genre[1] if tree.genre else None, "summary": g.summary, "usage": g.usage.to_json(),
        "counts": _class_counts(own), "triples": len(own), "warnings": _warnings(p),
        "region": p.extraction.region, "relations": _relation_counts(g.triples),
        # moved to their own cache files by the build:
        "index": index_fragment(g.triples), "shared": ntriples(shared),
    }
    nq = nquads(own, iri(g.plan))
    if views:
        from .views import document_views

        record["views"] = document_views(nq, record["shared"], ntriples(described))
    return record, nq


#: Predicates whose triples stay in the document's graph even about a shared subject (their objects are
#: the document's own sentences and words).
_OWN_PREDICATES = frozenset({f"<{KG}evidence>", f"<{KG}surface>"})


def internal_error(path: str, exc: BaseException) -> str:
    """One line for an unexpected error on one document (KG_DEBUG=1 shows the traceback instead)."""
    return (f"{path}: internal error ({type(exc).__name__}: {str(exc)[:200]}): a bug in kg, not in the document; "
            f"please report it with the document (KG_DEBUG=1 shows the traceback)")


def split_shared(triples, plan: str) -> tuple[list, list]:
    """Split a document's triples into its own (about its nodes, or evidence from its sentences) and the
    shared ones (relations between concepts and their reified statements, which other documents state
    too).  The shared ones go to the build's concepts graph once, so that no triple sits in several named
    graphs (a store's union of graphs would return it once per graph)."""
    base = "<" + plan.strip("<>")
    own, shared = [], []
    for t in triples:
        (own if owned(base, t[0], t[1]) else shared).append(t)
    return own, shared


def owned(base: str, subject: str, predicate: str) -> bool:
    """Is the triple of *subject* and *predicate* (encoded: ``<iri>``) the document's own — about one of its
    nodes (*base* = ``"<" + its plan IRI``, unclosed) or evidence from its sentences?  (:func:`split_shared`, and
    the named graphs of a one-document build's export.)"""
    return subject.startswith(base) and (len(subject) == len(base) + 1 or subject[len(base)] == "/") or \
        predicate in _OWN_PREDICATES


def _class_counts(triples) -> dict[str, int]:
    from .rdfio import RDF_TYPE

    counts = Counter()
    for s, p, o in triples:
        if p == RDF_TYPE and o.startswith("<https://w3id.org/policy-kg/ontology#"):
            counts[o[len("<https://w3id.org/policy-kg/ontology#"):-1]] += 1
    return dict(sorted(counts.items()))


_RELATIONS = ("hasAction", "hasMeasure", "involvesTechnology", "responsibleDomain", "responsibleUnit", "leadUnit",
              "supportingUnit", "appliedIn", "integratesWith", "relatedTechnology", "cites")


def _relation_counts(triples) -> dict[str, int]:
    counts = Counter()
    ns = "<https://w3id.org/policy-kg/ontology#"
    for s, p, o in triples:
        if p.startswith(ns):
            name = p[len(ns):-1]
            if name in _RELATIONS:
                counts[name] += 1
    return {k: counts.get(k, 0) for k in _RELATIONS}


def _warnings(p: ProcessedDocument) -> list[str]:
    tree = p.tree
    out = []
    plan_like = tree.genre is not None or len(tree.sentences) >= 20
    if not tree.doc.text.strip():
        out.append(f"{tree.doc.path}: the file holds no text")
    elif not re.search(r"[\u4e00-\u9fff]", tree.doc.text):
        # (u30: an English text built to an empty graph without a word) the reader is made for Chinese text
        out.append(f"{tree.doc.path}: no Chinese text: nothing to extract (the pipeline reads Chinese policy documents)")
    elif not tree.sentences:  # (u38: a GBK file of one line, 国家信息化规划, was said to hold no Chinese text)
        out.append(f"{tree.doc.path}: only a title, no sentence to extract from")
    if plan_like and not tree.actions and tree.sentences:
        why = "no headings were recognised" if not any(u.kind != "preamble" for u in tree.units) else \
            "no heading sets out tasks or duties"
        out.append(f"{tree.doc.path}: no task → action chain ({why})")
    elif tree.genre and tree.genre[1] == "工作报告" and len(tasks := tree.tasks()) == 1:
        # (u35: 成都's report lost its 2024 plan under a heading not read; only 全面加强政府自身建设 was a task)
        out.append(f"{tree.doc.path}: a work report with one task only ({tasks[0].title}): the heading of this "
                   f"year's work may not have been recognised (README: what becomes a Task)")
    return out


# ------------------------------------------------------------------------------------ the build
@dataclass
class BuildResult:
    """What a build wrote and counted."""

    out: Path
    files: dict[str, Path]
    counts: dict[str, int]
    triples: int
    documents: list[str]
    relations: dict[str, int] = field(default_factory=dict)
    inputs: list[dict] = field(default_factory=list)  # per document: its record
    candidates: dict[str, int] = field(default_factory=dict)
    broader_only: dict[str, int] = field(default_factory=dict)  # per kind: concepts only there as a broader one
    failures: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    reused: int = 0  # documents taken from the cache


def build(inputs: Iterable[str | Path] | None = None, out: str | Path | None = None,
          progress: Progress | None = None, html: bool = True, validate_shapes: bool = True,
          lexicon_dir: "str | Path | list | None" = None, max_mb: float = 10.0, jobs: int | None = None,
          scheduler: str | None = None, turtle: bool | None = None) -> BuildResult:
    """Build the knowledge graph of *inputs* (files or folders; default: the bundled plan) into *out*.

    *jobs*: worker processes for the map (default: every core from :data:`PARALLEL_FROM` documents
    on); *scheduler*: ``"local"`` for a local Dask cluster, or the address of a running Dask scheduler.
    *turtle*: also write ``kg.ttl`` for a corpus (always written for one document).
    """
    from .lexicon import load_lexicon

    progress = progress or Progress()
    given = list(inputs or [BUNDLED_PLAN])
    out = Path(out) if out else default_out()
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: output exists and is not a directory")
    notes: list[Path] = []
    unread: list[Path] = []
    outputs: list[Path] = []
    paths = expand_inputs(given, notes, unread, outputs)
    single_file = len(given) == 1 and not Path(given[0]).is_dir()
    failures: dict[str, str] = {}
    duplicates: list[str] = []
    docs = _input_docs(paths, max_mb, failures, strict=single_file, duplicates=duplicates)
    if not docs:
        raise InputError(next(iter(failures.values()), "no documents to build"))
    progress.stage("lexicon")
    lexicon = load_lexicon(lexicon_dir)
    digest = config_digest(lexicon)
    cache = out / ".kg-cache"
    records: dict[str, dict] = {}
    todo: list[InputDoc] = []
    views = len(docs) > 1  # a corpus: its listings are answered per document (kg.views)
    for d in docs:
        rec = _cached_record(cache, d, digest, validate_shapes, views)
        if rec is not None:
            records[d.doc_id] = rec
        else:
            todo.append(d)
    reused = len(records)
    from .store import STORE_DIR, StoreBuilder, store_is_current

    created = not out.exists()
    builder = None
    if todo or not store_is_current(out / STORE_DIR, "build:" + _build_id(digest, docs, records)):
        builder = StoreBuilder(out / STORE_DIR, {_graph_of(d): _cache_key(d, digest, validate_shapes) for d in docs})
    try:
        if builder is not None:
            for d in docs:
                if d.doc_id in records:
                    builder.add(_graph_of(d), cache / f"{records[d.doc_id]['_key']}.nq", records[d.doc_id]["triples"])
        if todo:
            _run_map(todo, cache, digest, lexicon.folders, validate_shapes, records, progress, jobs, scheduler,
                     builder, views)
        ok = [d for d in docs if "error" not in records[d.doc_id]]
        for d in docs:
            if "error" in records[d.doc_id]:
                failures[d.display] = records[d.doc_id]["error"]
        if not ok:
            raise InputError(next(iter(failures.values())))
        if single_file and failures:
            msg = next(iter(failures.values()))
            raise (ValidationError if "does not conform" in msg else InputError)(msg)
        result = _merge(ok, records, cache, digest, out, lexicon, progress, html, turtle, builder)
    except BaseException:
        if builder is not None:
            builder.abort()
        if created and out.is_dir() and not any(f.name != ".kg-cache" for f in out.iterdir()):
            shutil.rmtree(out, ignore_errors=True)  # nothing but our cache: leave no output behind
        raise
    result.failures = failures
    result.reused = reused
    result.warnings = left_out_warnings(notes, unread, outputs) + duplicates + _same_text(ok, records) + result.warnings
    _prune_cache(cache, {_cache_key(d, digest, validate_shapes) for d in docs})
    progress.done()
    if failures:
        raise PartialBuildError(result, failures)
    return result


def _graph_of(d: InputDoc) -> str:
    """The named graph of a document (as :mod:`kg.graph` names its plan)."""
    from .rdfio import iri

    return iri(f"{ID}{d.doc_id}")[1:-1]


def _build_id(digest: str, docs: list[InputDoc], records: dict) -> str:
    """The id of a build of *docs* (those with a record and no error), as the manifest and store record it."""
    keys = [records[d.doc_id]["_key"] for d in docs if d.doc_id in records and "error" not in records[d.doc_id]]
    return hashlib.sha256("\0".join([digest] + keys).encode()).hexdigest()[:24]


def _cache_key(d: InputDoc, digest: str, validate: bool) -> str:
    return hashlib.sha256(f"{digest}\0{d.doc_id}\0{d.sha256}\0{int(validate)}".encode()).hexdigest()[:32]


def _cached_record(cache: Path, d: InputDoc, digest: str, validate: bool, views: bool = False) -> dict | None:
    key = _cache_key(d, digest, validate)
    try:
        rec = json.loads((cache / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (not isinstance(rec, dict) or rec.get("id") != d.doc_id or not (cache / f"{key}.nq").is_file()
            or not (cache / f"{key}.idx.json").is_file() or not (cache / f"{key}.shared.nt").is_file()
            or views and "error" not in rec and not (cache / f"{key}.views.json").is_file()):
        return None
    rec["path"] = d.display
    rec["_key"] = key
    return rec


def _store_result(cache: Path, d: InputDoc, record: dict, nq: str, digest: str, validate: bool) -> dict:
    from .render import write_atomic

    key = _cache_key(d, digest, validate)
    record = dict(record, path=d.display)
    fragment = record.pop("index", None)
    shared = record.pop("shared", "")
    views = record.pop("views", None)
    if "error" not in record:
        if views is not None:
            write_atomic(cache / f"{key}.views.json", json.dumps(views, ensure_ascii=False, sort_keys=True,
                                                                 separators=(",", ":")))
        write_atomic(cache / f"{key}.nq", nq)
        write_atomic(cache / f"{key}.shared.nt", shared)
        write_atomic(cache / f"{key}.idx.json", json.dumps(fragment, ensure_ascii=False, sort_keys=True))
        write_atomic(cache / f"{key}.json", json.dumps(record, ensure_ascii=False, sort_keys=True))
    record["_key"] = key
    return record


def _prune_cache(cache: Path, keep: set[str]) -> None:
    """Drop cached documents this build did not use (the cache holds one corpus, not every past one)."""
    if not cache.is_dir():
        return
    for f in cache.iterdir():
        if f.suffix in (".nq", ".json", ".nt") and f.name.split(".", 1)[0] not in keep and f.name != _STAMPS.name:
            try:
                f.unlink()
            except OSError:
                pass


def _run_map(todo: list[InputDoc], cache: Path, digest: str, lexicon_dirs: tuple[str, ...], validate: bool,
             records: dict, progress: Progress, jobs: int | None, scheduler: str | None, builder=None,
             views: bool = False) -> None:
    """Map the documents not in the cache; each result goes to the cache and, as it arrives, to the store."""
    from .distribute import run_tasks

    progress.stage("extract", total=len(todo))
    keep = functools.partial(_store_result, cache, digest=digest, validate=validate)
    for d, rec in run_tasks(todo, lexicon_dirs, validate, jobs, scheduler, keep, views):
        records[d.doc_id] = rec
        if builder is not None and "error" not in rec:
            builder.add(_graph_of(d), cache / f"{rec['_key']}.nq", rec["triples"])
        progress.advance()


# ------------------------------------------------------------------------------------ the merge
def _merge(docs: list[InputDoc], records: dict, cache: Path, digest: str, out: Path, lexicon,
           progress: Progress, html: bool, turtle: bool | None, builder=None) -> BuildResult:
    from .graph import ConceptUsage, broader_only, concept_triples, prefixes
    from .project import index_fragment
    from .rdfio import iri, nquads, turtle as to_turtle
    from .render import write_atomic

    progress.stage("merge")
    if builder is None:
        same = _unchanged_build(out, _build_id(digest, docs, records), docs, records, html, turtle)
        if same is not None:
            return same
    usage = ConceptUsage()
    for d in docs:
        usage.merge(ConceptUsage.from_json(records[d.doc_id]["usage"]))
    concepts = set(concept_triples(lexicon, usage))
    for d in docs:  # relations between concepts, stated by the documents: once, in the concepts graph
        concepts.update(_read_ntriples(cache / f"{records[d.doc_id]['_key']}.shared.nt"))
    single = len(docs) == 1
    build_id = _build_id(digest, docs, records)
    files: dict[str, Path] = {}
    staged: dict[str, bytes | Path] = {}
    concept_graph = iri(f"{ID}concepts")
    concept_nq = nquads(concepts, concept_graph).encode("utf-8")
    # what the rest of the merge needs of the shared triples, so that their set is freed before the index
    # merge (a corpus of 2,000 documents shares 330,000 triples: about 300 MB as Python objects)
    n_concepts, concept_counts = len(concepts), _class_counts(concepts)
    concept_fragment = index_fragment(concepts)
    if single:
        triples = set(concepts)
        for d in docs:
            triples.update(_read_triples(cache / f"{records[d.doc_id]['_key']}.nq"))
        staged["kg.ttl"] = to_turtle(triples, prefixes()).encode("utf-8")
        graph_files = ["kg.ttl"]
    else:
        triples = None
        graph_files = []
    if not single:
        staged["nq/concepts.nq"] = concept_nq
        for d in docs:
            staged[f"{PART_DIR}/{d.doc_id}.nq"] = cache / f"{records[d.doc_id]['_key']}.nq"
        graph_files = [k for k in staged if k.startswith("nq/")]
    n_triples = n_concepts + sum(records[d.doc_id]["triples"] for d in docs)
    del concepts
    manifest = {
        "format": "policy-kg/2", "build": build_id, "graph_files": graph_files, "triples": n_triples,
        "lexicon": lexicon.digest, "lexicon_folders": [str(f) for f in lexicon.folders[1:]],
        "concepts": {"triples": n_concepts, "counts": concept_counts,
                     "candidates": dict(sorted(Counter(e["kind"] for e in usage.extra.values()
                                                       if e.get("candidate")).items())),
                     "broader_only": broader_only(lexicon, usage)},
        "documents": [{k: records[d.doc_id].get(k) for k in ("id", "path", "title", "plan", "chars", "sentences",
                                                            "genre", "summary", "triples", "region")}
                      for d in docs],
    }
    # write: graph files, then the store, the page and the manifest (readers look at the manifest)
    progress.stage("write")
    out.mkdir(parents=True, exist_ok=True)
    previous = _previous_manifest(out)
    unchanged = previous is not None and previous.get("build") == build_id and not (out / WRITING).exists()
    _mark_writing(out, build_id)  # until kg.json is written: the folder then holds one build's files
    stamps = _read_stamps(out)
    for name, data in staged.items():
        target = out / name
        if unchanged and _as_written(out, name, stamps):
            files[name] = target
            continue  # the same build wrote it, and nobody changed it since
        if isinstance(data, Path):
            _link(data, target)
        else:
            write_atomic(target, data)
        files[name] = target
    _remove_stale(out, set(staged) | ({"kg.ttl"} if turtle else set()))
    # the graph files' sizes: a file replaced by hand afterwards no longer stands for this build (kg.store)
    manifest["graph_sizes"] = {name: (out / name).stat().st_size for name in graph_files}
    progress.stage("store")
    from .store import STORE_DIR, GraphSource

    if builder is not None:
        builder.commit({concept_graph[1:-1]: concept_nq},
                       {_graph_of(d): records[d.doc_id]["_key"] for d in docs}, "build:" + build_id)
    staged.clear()
    del concept_nq
    progress.stage("index")
    from .project import index_is_current, merge_fragments, save_index

    def fragments():
        for d in docs:
            yield json.loads((cache / f"{records[d.doc_id]['_key']}.idx.json").read_text(encoding="utf-8"))
        yield concept_fragment

    if not index_is_current(out / STORE_DIR, "build:" + build_id):  # the index follows the build id
        save_index(out / STORE_DIR, merge_fragments(fragments()), "build:" + build_id)
    if not single:
        from .views import save_views, views_are_current

        progress.stage("views")
        if not views_are_current(out / STORE_DIR, "build:" + build_id):
            save_views(out / STORE_DIR, (_corpus_views(cache, records[d.doc_id], usage, lexicon)
                                         for d in sorted(docs, key=lambda d: d.doc_id)), "build:" + build_id)
    source = GraphSource(out, tuple(out / f for f in graph_files), manifest)
    if turtle and not single:
        from .export import export_graph

        progress.stage("turtle")
        files["kg.ttl"] = export_graph(source, "ttl", out / "kg.ttl")
    if html and not (unchanged and _as_written(out, "graph.html", stamps)):  # the same build drew the same page
        progress.stage("render")
        from .render import render_build_page

        page = render_build_page(source, single)
        write_atomic(out / "graph.html", page)
    if html:
        files["graph.html"] = out / "graph.html"
    write_atomic(out / "kg.json", json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True))
    files["kg.json"] = out / "kg.json"
    _write_stamps(out, files)
    (out / WRITING).unlink()
    counts = Counter()
    relations = Counter()
    for d in docs:
        counts.update(records[d.doc_id]["counts"])
        relations.update(records[d.doc_id].get("relations", {}))
    return _result(out, files, docs, records, manifest)


def _corpus_views(cache: Path, record: dict, usage, lexicon) -> dict:
    """A document's answers to the view queries as the corpus store gives them: those of its map step, unless
    the corpus names one of its concepts otherwise (another document's spelling of the same unit came first:
    市交通委 → 北京市交通运输委员会 here, 北京市交通运输局 in the corpus); then asked again of its graph with the
    corpus's descriptions of its concepts."""
    from .graph import ConceptUsage, concept_triples
    from .rdfio import ntriples
    from .views import document_views

    key = record["_key"]
    mine = ConceptUsage.from_json(record["usage"])
    renamed = {k: usage.extra[k] for k, v in mine.extra.items()
               if k in usage.extra and (usage.extra[k].get("zh"), usage.extra[k].get("en")) != (v.get("zh"), v.get("en"))}
    if not renamed:
        return json.loads((cache / f"{key}.views.json").read_text(encoding="utf-8"))
    mine.extra.update(renamed)
    return document_views((cache / f"{key}.nq").read_text(encoding="utf-8"),
                          (cache / f"{key}.shared.nt").read_text(encoding="utf-8"), ntriples(concept_triples(lexicon, mine)))


def _result(out: Path, files: dict[str, Path], docs: list[InputDoc], records: dict, manifest: dict) -> BuildResult:
    counts = Counter()
    relations = Counter()
    for d in docs:
        counts.update(records[d.doc_id]["counts"])
        relations.update(records[d.doc_id].get("relations", {}))
    counts.update(manifest["concepts"]["counts"])
    result = BuildResult(out, files, {k: counts.get(k, 0) for k in SUMMARY_CLASSES}, manifest["triples"],
                         [d.doc_id for d in docs], {k: relations[k] for k in _RELATIONS if k in relations},
                         [records[d.doc_id] for d in docs],
                         dict(manifest["concepts"]["candidates"]),
                         broader_only=dict(manifest["concepts"].get("broader_only", {})))
    result.warnings = [w for d in docs for w in records[d.doc_id].get("warnings", [])]
    return result


def _unchanged_build(out: Path, build_id: str, docs: list[InputDoc], records: dict, html: bool,
                     turtle: bool | None) -> BuildResult | None:
    """The result of the build already in *out* when it is this very build (same documents, lexicon and
    code: its id) and every file it wrote is still there — nothing to merge, load, index or draw again."""
    from .project import index_is_current
    from .store import STORE_DIR, store_is_current

    previous = _previous_manifest(out)
    if previous is None or previous.get("build") != build_id or "concepts" not in previous or \
            (out / WRITING).exists():
        return None
    names = list(previous.get("graph_files", []))
    single = len(docs) == 1
    if turtle and not single:
        names.append("kg.ttl")
    elif not single and (out / "kg.ttl").exists():
        return None  # the build below removes an export it was not asked for
    if html:
        names.append("graph.html")
    stamps = _read_stamps(out)
    if not all(_as_written(out, n, stamps) for n in names + ["kg.json"]) or \
            not index_is_current(out / STORE_DIR, "build:" + build_id):
        return None
    if not store_is_current(out / STORE_DIR, "build:" + build_id):
        return None
    files = {n: out / n for n in names}
    files["kg.json"] = out / "kg.json"
    return _result(out, files, docs, records, previous)


#: Where a build records the size and modification time of each file it wrote (not in kg.json, which stays
#: byte-identical from build to build): a file changed or replaced since is written again, not trusted.
_STAMPS = Path(".kg-cache") / "outputs.json"


def _mark_writing(out: Path, build_id: str) -> None:
    """Say in *out* that a build is writing its outputs (store.WRITING; removed when kg.json is written)."""
    (out / WRITING).parent.mkdir(parents=True, exist_ok=True)
    (out / WRITING).write_text(build_id + "\n", encoding="utf-8")


def _read_stamps(out: Path) -> dict:
    try:
        data = json.loads((out / _STAMPS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _as_written(out: Path, name: str, stamps: dict) -> bool:
    """Is ``out/name`` the file the last build wrote there (same size and modification time as it recorded)?"""
    path = out / name
    try:
        st = path.stat()
    except OSError:
        return False
    return path.is_file() and stamps.get(name) == [st.st_size, st.st_mtime_ns]


def _write_stamps(out: Path, files: dict[str, Path]) -> None:
    from .render import write_atomic

    stamps = {}
    for path in files.values():
        try:
            st = path.stat()
            name = path.relative_to(out).as_posix()
        except (OSError, ValueError):
            continue
        stamps[name] = [st.st_size, st.st_mtime_ns]
    try:
        (out / _STAMPS).parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out / _STAMPS, json.dumps(stamps, sort_keys=True))
    except OSError:
        pass  # no record: the next build writes every file again


def _previous_manifest(out: Path) -> dict | None:
    from .store import read_manifest

    try:
        return read_manifest(out)
    except KGError:
        return None


def _read_nq(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def _read_ntriples(path: Path) -> list[tuple[str, str, str]]:
    """The triples of our own N-Triples file (one ``s p o .`` per line; literals may hold spaces)."""
    out = []
    for line in _read_nq(path):
        line = line.rstrip()
        if line:
            s, rest = line[:-2].split(" ", 1)
            p, o = rest.split(" ", 1)
            out.append((s, p, o))
    return out


def _read_triples(path: Path) -> list[tuple[str, str, str]]:
    """The triples of a cached document graph (our own N-Quads: the graph name is the last term)."""
    out = []
    for line in _read_nq(path):
        line = line.rstrip()
        if not line:
            continue
        body = line[: line.rfind(" <")]  # drop " <graph> ."
        s, rest = body.split(" ", 1)
        p, o = rest.split(" ", 1)
        out.append((s, p, o))
    return out


def _link(source: Path, target: Path) -> None:
    """Put the cached file *source* at *target*: a hard link (no copy) when the file system allows, else a copy;
    through a temporary name, so *target* is never half there."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        if tmp.exists():
            tmp.unlink()
        try:
            os.link(source, tmp)
        except OSError:
            shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        if tmp.exists():
            tmp.unlink()
        raise


def _remove_stale(out: Path, keep: set[str]) -> None:
    """Files of an earlier build of another shape (kg.ttl of a single document, documents since removed)."""
    for name in ("kg.ttl", "kg.nq"):
        if name not in keep and (out / name).exists():
            (out / name).unlink()
    nq = out / "nq"
    if nq.is_dir():
        for f in sorted(nq.rglob("*")):
            if f.is_file() and f.relative_to(out).as_posix() not in keep:
                f.unlink()


# ------------------------------------------------------------------------------------ candidates
def collect_candidates(inputs: Iterable[str | Path], lexicon=None, min_confidence: float = 0.0,
                       failures: dict[str, str] | None = None) -> list[dict]:
    """Candidate technology terms of *inputs*, most confident and frequent first, with examples; ``count`` is
    the number of sentences naming the term.  With *failures* (a dict), a document that cannot be read is
    recorded there (path → one-line reason) and the others are still read, as a build does."""
    from .errors import InputError
    from .lexicon import load_lexicon

    lexicon = lexicon or load_lexicon()
    found: dict[str, dict] = {}
    for path in expand_inputs(inputs):
        try:
            p = process_document(path, lexicon)
        except InputError as exc:
            if failures is None:
                raise
            failures[str(path)] = str(exc)
            continue
        tree = p.tree
        for c in p.extraction.candidates:
            if c.confidence < min_confidence:
                continue
            row = found.setdefault(c.term, {"term": c.term, "pattern": c.pattern, "count": 0, "confidence": 0.0,
                                            "documents": [], "examples": []})
            if any(e["document"] == tree.doc.doc_id and e["sentence"] == c.sentence for e in row["examples"]):
                continue  # twice in one sentence: one sentence, one example
            row["count"] += 1
            row["confidence"] = max(row["confidence"], c.confidence)
            if tree.doc.doc_id not in row["documents"]:
                row["documents"].append(tree.doc.doc_id)
            s = tree.sentences[c.sentence]
            row["examples"].append({"document": tree.doc.doc_id, "section": s.section, "sentence": c.sentence,
                                    "text": s.text, "begin": c.begin, "end": c.end})
    return sorted(found.values(), key=lambda r: (-r["confidence"], -r["count"], r["term"]))
