"""The curation loop: candidate terms → a review file a curator fills in → a user lexicon folder.

``kg candidates INPUTS --review review.tsv`` writes one row per candidate term with an empty
``decision`` column; the curator writes ``accept`` (or ``a``, ``yes``, ``y``, ``是``) or ``reject``
(``r``, ``no``, ``n``, ``否``) and may give an English label and a broader concept (any zh/en label or
alias the lexicon knows).  ``kg curate review.tsv --into DIR`` then writes two SKOS files into DIR:

- ``accepted-technologies.ttl``: one ``kg:Technology`` per accepted term, under the IRI the term had as a
  candidate (``concept/tech/x-<hash>``), so graphs built before and after keep their identifiers;
- ``rejected-candidates.ttl``: one ``kg:Blocker`` per rejected term: it is never proposed again, and no
  lexicon label inside it is matched.

Every command that takes ``--lexicon DIR`` (or ``$KG_LEXICON``) then uses them; the bundled package is
never edited.  Running ``kg curate`` again merges: decisions already in DIR are kept unless the review
file decides the same term again.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .errors import KGError

COLUMNS = ("decision", "term", "en", "broader", "confidence", "count", "documents", "pattern", "example")
ACCEPT = {"accept", "accepted", "a", "yes", "y", "是", "接受"}
REJECT = {"reject", "rejected", "r", "no", "n", "否", "拒绝"}
ACCEPTED_FILE = "accepted-technologies.ttl"
REJECTED_FILE = "rejected-candidates.ttl"
_PREFIXES = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix kg: <https://w3id.org/policy-kg/ontology#> .
"""


@dataclass(frozen=True)
class Decision:
    term: str
    accept: bool
    en: str = ""
    broader: str = ""  # an IRI, resolved from the label the curator wrote


@dataclass(frozen=True)
class CurationResult:
    accepted: int
    rejected: int
    undecided: int
    files: tuple[Path, ...]
    without_english: tuple[str, ...] = ()  # accepted terms whose en cell was empty (their zh name stands as en)


def write_review(rows: list[dict], path: Path) -> Path:
    """Write candidate *rows* (from :func:`kg.pipeline.collect_candidates`) as a review file (TSV)."""
    lines = [COLUMNS]
    for r in rows:
        example = r["examples"][0]["text"] if r.get("examples") else ""
        lines.append(("", r["term"], "", "", f"{r['confidence']:.2f}", str(r["count"]), " ".join(r["documents"]),
                      r["pattern"], " ".join(example.split())))
    _atomic_write(path, "".join("\t".join(_cell(c) for c in row) + "\n" for row in lines))
    return path


#: How many bad lines of a review file one error message names.
MAX_ERRORS_SHOWN = 10


def read_review(path: Path, lexicon) -> tuple[list[Decision], int]:
    """The decisions of a filled-in review file and the number of rows left undecided.

    Raises :class:`~kg.errors.KGError` naming every line of a bad decision, a missing term or an unknown broader
    concept (the first ten of them, on one line).
    """
    from .errors import UnknownConceptError

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise KGError(f"cannot read review file {path}: {getattr(exc, 'strerror', None) or exc}") from None
    reader = csv.reader(text.splitlines(), delimiter="\t")
    header = next(reader, None)
    if not header or [h.strip().lower() for h in header[:2]] != ["decision", "term"]:
        raise KGError(f"{path}: not a review file (its first line must start with 'decision<TAB>term')")
    col = {h.strip().lower(): k for k, h in enumerate(header)}
    out, undecided, errors = [], 0, []
    for line_no, row in enumerate(reader, start=2):
        if not any(c.strip() for c in row):
            continue
        get = lambda name: row[col[name]].strip() if name in col and col[name] < len(row) else ""  # noqa: E731
        decision, term = get("decision").lower(), get("term")
        if not term:
            errors.append(f"{line_no}: no term")
            continue
        if not decision:
            undecided += 1
            continue
        if decision not in ACCEPT | REJECT:
            errors.append(f"{line_no}: decision {decision!r} is neither accept nor reject")
            continue
        broader = ""
        if get("broader") and decision in ACCEPT:
            try:
                broader = lexicon.lookup(get("broader"), kinds=("Technology",)).iri
            except UnknownConceptError as exc:
                errors.append(f"{line_no}: broader concept: {exc}")
                continue
        out.append(Decision(term, decision in ACCEPT, get("en"), broader))
    if len(errors) == 1:
        raise KGError(f"{path}:{errors[0]}")
    if errors:  # every bad line at once, so that one pass of editing mends them all
        shown = "; ".join(f"line {e}" for e in errors[:MAX_ERRORS_SHOWN])
        more = f"; and {len(errors) - MAX_ERRORS_SHOWN} more" if len(errors) > MAX_ERRORS_SHOWN else ""
        raise KGError(f"{path}: {len(errors)} lines to mend: {shown}{more}")
    return out, undecided


def curate(review: Path, into: Path, lexicon) -> CurationResult:
    """Apply the decisions of *review* to the user lexicon folder *into* (created if missing)."""
    from .graph import candidate_iri
    from .lexicon import fold

    decisions, undecided = read_review(review, lexicon)
    into.mkdir(parents=True, exist_ok=True)
    accepted = _read_existing(into / ACCEPTED_FILE)
    rejected = _read_existing(into / REJECTED_FILE)
    for d in decisions:
        key = fold(d.term)
        accepted.pop(key, None)
        rejected.pop(key, None)
        (accepted if d.accept else rejected)[key] = d
    known = {fold(label) for c in lexicon.concepts.values() if c.source not in (ACCEPTED_FILE, REJECTED_FILE)
             for label in c.labels}
    clash = sorted(d.term for k, d in accepted.items() if k in known)
    if clash:
        raise KGError(f"already in the lexicon, not added again: {', '.join(clash)}")
    files = []
    blocks = []
    for key in sorted(accepted):
        d = accepted[key]
        iri = candidate_iri(d.term)
        lines = [f"<{iri}> a skos:Concept, kg:Technology ;",
                 "    skos:inScheme <https://w3id.org/policy-kg/concept/tech> ;",
                 f"    skos:prefLabel {_lit(d.term)}@zh, {_lit(d.en or d.term)}@en"
                 + (" ;" if d.broader else " .")]
        if d.broader:
            lines.append(f"    skos:broader <{d.broader}> .")
        blocks.append("\n".join(lines))
    _atomic_write(into / ACCEPTED_FILE, _PREFIXES + "\n# Accepted by a curator (kg curate); edit freely.\n\n"
                  + "\n\n".join(blocks) + ("\n" if blocks else ""))
    files.append(into / ACCEPTED_FILE)
    blocks = []
    for key in sorted(rejected):
        d = rejected[key]
        blocks.append(f"<https://w3id.org/policy-kg/concept/block/x-{candidate_iri(d.term).rsplit('-', 1)[-1]}> "
                      f"a skos:Concept, kg:Blocker ;\n    skos:prefLabel {_lit(d.term)}@zh, {_lit('rejected candidate: ' + d.term)}@en .")
    _atomic_write(into / REJECTED_FILE, _PREFIXES + "\n# Rejected by a curator (kg curate): never proposed again.\n\n"
                  + "\n\n".join(blocks) + ("\n" if blocks else ""))
    files.append(into / REJECTED_FILE)
    return CurationResult(sum(d.accept for d in decisions), sum(not d.accept for d in decisions), undecided,
                          tuple(files), tuple(d.term for d in decisions if d.accept and not d.en))


def _read_existing(path: Path) -> dict:
    """Decisions already written to a curated file (re-read so that a second run merges)."""
    import rdflib
    from rdflib.namespace import RDF, SKOS

    from .lexicon import fold
    from .namespaces import KG

    if not path.is_file():
        return {}
    g = rdflib.Graph().parse(path, format="turtle")
    out = {}
    for kind, accept in ((KG.Technology, True), (KG.Blocker, False)):
        for s in g.subjects(RDF.type, kind):
            zh = next((str(o) for o in g.objects(s, SKOS.prefLabel) if o.language == "zh"), None)
            en = next((str(o) for o in g.objects(s, SKOS.prefLabel) if o.language == "en"), "")
            en = "" if en == zh or en.startswith("rejected candidate: ") else en
            broader = next((str(o) for o in g.objects(s, SKOS.broader)), "")
            if zh:
                out[fold(zh)] = Decision(zh, accept, en, broader)
    return out


def _lit(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def _cell(value: str) -> str:
    return str(value).replace("\t", " ").replace("\n", " ")


def _atomic_write(path: Path, text: str) -> None:
    from .render import write_atomic

    write_atomic(path, text)
