"""The build pipeline: ingest → structure → extract → graph → validate → write.

:func:`build` is what ``kg build`` calls.  Nothing is written until every document has
been read, extracted and the graph has passed SHACL validation; each output file is
written to a temporary file and renamed into place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import RDF

from .errors import ValidationError
from .namespaces import BUNDLED_PLAN, DEFAULT_OUT, KG

SUMMARY_CLASSES = ("Plan", "Chapter", "Section", "Task", "Action", "Measure", "PriorityAction", "Principle",
                   "Goal", "Direction", "Technology", "Domain", "Region", "Organization", "CitedDocument",
                   "Indicator", "Sentence")
#: A callback told each stage's name as it starts (for progress display).
Progress = Callable[[str], None]


@dataclass
class BuildResult:
    """What a build wrote and counted."""

    out: Path
    files: dict[str, Path]
    counts: dict[str, int]
    triples: int
    documents: list[str]
    relations: dict[str, int] = field(default_factory=dict)
    inputs: list[dict] = field(default_factory=list)  # per document: path, encoding, script, chars, sentences
    candidates: dict[str, int] = field(default_factory=dict)  # per class: candidate concepts among the counts


def serialize_turtle(graph) -> str:
    """Deterministic Turtle (rdflib sorts subjects, predicates and objects)."""
    return graph.serialize(format="turtle")


def serialize_dataset(dataset) -> str:
    """Deterministic N-Quads: one sorted line per quad."""
    text = dataset.serialize(format="nquads")
    lines = sorted(line for line in text.splitlines() if line.strip())
    return "\n".join(lines) + "\n"


def _validate_summary(graph) -> tuple[bool, int, str]:
    """(conforms, violations, first message) of *graph* against the SHACL shapes."""
    from .validate import validate

    report = validate(graph)
    first = next((ln.strip() for ln in report.text.splitlines() if "Message" in ln), "")
    return report.conforms, report.violations, first


def _start_validation(graph) -> Callable[[], tuple[bool, int, str]]:
    """Validate *graph* in a forked process (the other core) while this one serialises and
    renders; return a function that waits for the verdict.  Falls back to this process where
    fork is unavailable.
    """
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():
        result = _validate_summary(graph)
        return lambda: result
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def run() -> None:
        try:
            child.send(_validate_summary(graph))
        except BaseException as exc:  # report, never hang the parent
            child.send((False, -1, f"validation failed: {exc}"))
        finally:
            child.close()

    proc = ctx.Process(target=run, daemon=True)
    proc.start()
    child.close()

    def wait() -> tuple[bool, int, str]:
        try:
            result = parent.recv()
        except EOFError:
            result = (False, -1, "the validation process died")
        proc.join()
        return result

    return wait


def _check_size(path: Path, max_mb: float) -> None:
    from .errors import InputError

    try:
        size = path.stat().st_size
    except OSError:
        return  # read_document reports a missing or unreadable file
    if path.is_file() and size > max_mb * 1_000_000:
        raise InputError(f"{path}: {size / 1_000_000:.1f} MB is more than the {max_mb:g} MB a build takes by "
                         f"default (about 0.5 GB of memory per MB of text); split the document or raise --max-mb")


def count_classes(graph) -> dict[str, int]:
    return {name: len(set(graph.subjects(RDF.type, KG[name]))) for name in SUMMARY_CLASSES}


def count_candidates(graph) -> dict[str, int]:
    """Per class, how many of its concepts are candidates (kg:candidate true)."""
    from rdflib import Literal

    cands = set(graph.subjects(KG.candidate, Literal(True)))
    return {name: len(cands & set(graph.subjects(RDF.type, KG[name])))
            for name in ("Technology", "Organization")}


def build(inputs: Iterable[str | Path] | None = None, out: str | Path | None = None,
          progress: Progress | None = None, html: bool = True, validate_shapes: bool = True,
          lexicon_dir: str | Path | None = None, max_mb: float = 10.0) -> BuildResult:
    """Build the knowledge graph of *inputs* (default: the bundled plan) into *out*.

    Writes ``kg.ttl`` (merged graph), ``kg.nq`` (one named graph per document, when there are
    several documents) and ``graph.html``.  A document larger than *max_mb* megabytes is refused
    before anything is read (an in-memory RDF graph of it would need gigabytes: about 0.5 GB
    and 15 s per MB of text on the reference machine).  Raises :class:`~kg.errors.InputError` for unreadable input and
    :class:`~kg.errors.ValidationError` if the graph does not conform to the shapes.
    """
    from .extract import extract
    from .graph import build_graph, to_dataset
    from .ingest import read_document
    from .lexicon import load_lexicon
    from .render import render_html, write_atomic
    from .structure import parse_structure

    say = progress or (lambda stage: None)
    paths = [Path(p) for p in (inputs or [BUNDLED_PLAN])]
    out = Path(out) if out else DEFAULT_OUT
    if out.exists() and not out.is_dir():
        from .errors import InputError

        raise InputError(f"{out}: output exists and is not a directory")
    for path in paths:
        _check_size(path, max_mb)
    say("lexicon")
    lexicon = load_lexicon(lexicon_dir)
    extractions = []
    seen_ids: Counter = Counter()
    for path in paths:
        say(f"read {path.name}")
        doc = read_document(path)
        seen_ids[doc.doc_id] += 1
        if seen_ids[doc.doc_id] > 1:
            from .errors import InputError

            raise InputError(f"{path}: the same document (id {doc.doc_id}) is given twice")
        say(f"structure {path.name}")
        tree = parse_structure(doc)
        say(f"extract {path.name}")
        extractions.append(extract(tree, lexicon, lexicon_dir))
    say("graph")
    built = build_graph(extractions, lexicon)
    # SHACL validation runs in a second process (both cores) while this one serialises and renders;
    # nothing is written before it has passed.
    check = _start_validation(built.graph) if validate_shapes else (lambda: (True, 0, ""))
    say("serialise")
    files = {"kg.ttl": out / "kg.ttl"}
    texts = {"kg.ttl": serialize_turtle(built.graph)}
    if len(extractions) > 1:
        files["kg.nq"] = out / "kg.nq"
        texts["kg.nq"] = serialize_dataset(to_dataset(built))
    if html:
        from .project import GraphIndex, entity_graph
        from .render import DEFAULT_RELATIONS, select_subgraph

        say("render")
        index = GraphIndex(built.graph)
        G = select_subgraph(entity_graph(index, DEFAULT_RELATIONS))
        title = " · ".join(ex.tree.title or ex.tree.doc.doc_id for ex in extractions)
        texts["graph.html"] = render_html(G, index, title)
        files["graph.html"] = out / "graph.html"
    say("validate")
    conforms, violations, first = check()
    if not conforms:
        raise ValidationError(f"the graph does not conform to ontology/shapes.ttl "
                              f"({violations} violations; {first})")
    say("write")
    stale = out / "kg.nq"
    if "kg.nq" not in files and stale.exists():
        stale.unlink()  # a single-document build has no dataset; do not leave an old one beside it
    for name, text in texts.items():
        write_atomic(files[name], text)
    relations = {name: len(list(built.graph.subject_objects(KG[name])))
                 for name in ("hasAction", "hasMeasure", "involvesTechnology", "responsibleDomain",
                              "responsibleUnit", "appliedIn", "integratesWith", "relatedTechnology", "cites")}
    inputs_info = [{"path": ex.tree.doc.path, "id": ex.tree.doc.doc_id, "encoding": ex.tree.doc.encoding,
                    "script": ex.tree.doc.script, "chars": len(ex.tree.doc.text),
                    "sentences": len(ex.tree.sentences), "title": ex.tree.title} for ex in extractions]
    return BuildResult(out, files, count_classes(built.graph), len(built.graph),
                       [ex.tree.doc.doc_id for ex in extractions], relations, inputs_info,
                       count_candidates(built.graph))


def collect_candidates(inputs: Iterable[str | Path]) -> list[dict]:
    """Candidate technology terms of *inputs*, most frequent first, with example sentences."""
    from .extract import extract
    from .ingest import read_document
    from .lexicon import load_lexicon
    from .structure import parse_structure

    lexicon = load_lexicon()
    found: dict[str, dict] = {}
    for path in inputs:
        tree = parse_structure(read_document(path))
        ex = extract(tree, lexicon)
        for c in ex.candidates:
            row = found.setdefault(c.term, {"term": c.term, "pattern": c.pattern, "count": 0, "examples": []})
            row["count"] += 1
            s = tree.sentences[c.sentence]
            row["examples"].append({"document": tree.doc.doc_id, "section": s.section, "text": s.text,
                                    "begin": c.begin, "end": c.end})
    return sorted(found.values(), key=lambda r: (-r["count"], r["term"]))
