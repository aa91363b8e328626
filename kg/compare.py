"""Put two plans side by side: what both stress, what only one names, how their ranks differ."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import KGError

KINDS = ("Technology", "Domain")


@dataclass(frozen=True)
class PlanProfile:
    doc_id: str
    title: str
    mentions: dict[str, int]  # concept IRI → sentences mentioning it
    rank: dict[str, int]  # concept IRI → rank by degree centrality within its kind
    labels: dict[str, tuple[str, str, str]]  # IRI → (zh, en, kind)


@dataclass(frozen=True)
class CompareRow:
    kind: str
    zh: str
    en: str
    group: str  # both | only_a | only_b
    mentions_a: int
    mentions_b: int
    rank_a: int | None
    rank_b: int | None


def profile(path: str | Path, lexicon=None) -> PlanProfile:
    """Build one plan in memory (the same map step as ``kg build``) and measure its concepts."""
    from .analyse import Analyst
    from .graph import concept_triples
    from .lexicon import load_lexicon
    from .pipeline import process_document
    from .project import index_from_triples

    lexicon = lexicon or load_lexicon()
    p = process_document(path, lexicon)
    mentions = Counter()
    for iri, sent in {(m.iri, m.sentence) for m in p.extraction.mentions if m.kind in KINDS}:
        mentions[iri] += 1
    index = index_from_triples(p.graph.triples + concept_triples(lexicon, p.graph.usage))
    an = Analyst(index)
    rank = {}
    present = {d["kind"] for _, d in an.U.nodes(data=True)}
    for kind in KINDS:
        if kind not in present:
            continue  # rank() refuses a type the graph does not have
        # on the document's own network, as `kg rank --document` ranks it in a built corpus
        try:
            ranked = an.rank(kind, "degree", top=10_000,
                             document=index.plans[0].rsplit("/", 1)[-1] if index.plans else None)
        except KGError:
            continue  # none of that kind in the document's tasks and actions
        for r in ranked:
            rank[r.iri] = r.rank
    labels = {iri: (index.label(iri), index.label(iri, "en"), index.kind.get(iri, "")) for iri in mentions}
    return PlanProfile(p.doc.doc_id, p.tree.title or p.doc.doc_id, dict(mentions), rank, labels)


def profile_in_graph(analyst, document: str) -> PlanProfile:
    """One document of a built graph (its id, file stem or words of its title), measured as :func:`profile` measures
    a file: the sentences that mention each concept, and its ranks on the document's own network."""
    index = analyst.index
    plan = analyst.plan(document)
    doc_id = plan.rsplit("/", 1)[-1]
    # (curated concepts only, as :func:`profile` counts a file's: u31 saw a candidate in one and not the other)
    mentions = {c: n for c, n in index.plan_concepts.get(plan, {}).items()
                if index.kind.get(c) in KINDS and c not in index.candidates}
    rank = {}
    for kind in KINDS:
        try:
            ranked = analyst.rank(kind, "degree", top=10_000, document=doc_id)
        except KGError:
            continue  # none of that kind in the document's tasks and actions
        rank.update({r.iri: r.rank for r in ranked})
    labels = {iri: (index.label(iri), index.label(iri, "en"), index.kind.get(iri, "")) for iri in mentions}
    return PlanProfile(doc_id, index.plan_labels.get(plan) or doc_id, mentions, rank, labels)


def compare(a: str | Path, b: str | Path, lexicon_dirs=None, index=None
            ) -> tuple[PlanProfile, PlanProfile, list[CompareRow]]:
    """Compare two plans' technologies and domains: two files (extracted with the user lexicon folders
    *lexicon_dirs*), or — with *index*, a built graph's — two of its documents, nothing extracted again."""
    if index is not None:
        from .analyse import Analyst

        analyst = Analyst(index)
        pa, pb = profile_in_graph(analyst, str(a)), profile_in_graph(analyst, str(b))
        if pa.doc_id == pb.doc_id:  # (u30: kg compare A A printed a table of "both stress" without a word)
            raise KGError(f"'{a}' and '{b}' are the same document ({pa.doc_id}): nothing to compare")
    else:
        from .lexicon import load_lexicon

        if _same_file(a, b):
            raise KGError(f"{a} and {b} are the same file: nothing to compare")
        lexicon = load_lexicon(lexicon_dirs)
        pa, pb = profile(a, lexicon), profile(b, lexicon)
    return pa, pb, _rows(pa, pb)


def _same_file(a, b) -> bool:
    """Are *a* and *b* one file, or two files of the same bytes?"""
    try:
        pa, pb = Path(a), Path(b)
        return pa.resolve() == pb.resolve() or (pa.stat().st_size == pb.stat().st_size and
                                                 pa.read_bytes() == pb.read_bytes())
    except OSError:
        return False  # (a missing file: the reader says so)


def _rows(pa: PlanProfile, pb: PlanProfile) -> list[CompareRow]:
    rows = []
    for iri in set(pa.mentions) | set(pb.mentions):
        zh, en, kind = pa.labels.get(iri) or pb.labels[iri]
        ma, mb = pa.mentions.get(iri, 0), pb.mentions.get(iri, 0)
        group = "both" if ma and mb else ("only_a" if ma else "only_b")
        rows.append(CompareRow(kind, zh, en, group, ma, mb, pa.rank.get(iri), pb.rank.get(iri)))
    order = {"both": 0, "only_a": 1, "only_b": 2}
    rows.sort(key=lambda r: (KINDS.index(r.kind), order[r.group], -(r.mentions_a + r.mentions_b), r.zh))
    return rows


def to_json(pa: PlanProfile, pb: PlanProfile, rows: list[CompareRow]) -> dict:
    return {"a": {"id": pa.doc_id, "title": pa.title}, "b": {"id": pb.doc_id, "title": pb.title},
            "rows": [asdict(r) for r in rows]}
