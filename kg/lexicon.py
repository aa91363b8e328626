"""Curated lexicons (SKOS Turtle in ``ontology/lexicon/``) loaded into a matcher.

Every concept carries zh and en ``skos:prefLabel``s, ``skos:altLabel`` aliases and
``skos:hiddenLabel`` matching-only spellings.  Any of them is found in text (Chinese
labels, and short code-like ASCII labels such as ``5G``/``IPv6``/``TSN``) and any of
them is accepted on the command line (:meth:`Lexicon.lookup`).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import LexiconError, UnknownConceptError
from .namespaces import KG, ONTOLOGY_DIR

#: Concept classes, in the order a lookup prefers them.
KINDS = ("Technology", "Domain", "Region", "Organization")
#: Matched like concepts but yield no mention (see ontology/lexicon/blockers.ttl).
BLOCKER = "Blocker"
_CODE_LIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9+\-]{1,7}$")


@dataclass(frozen=True)
class Concept:
    """A lexicon concept."""

    iri: str
    kind: str  # Technology | Domain | Region | Organization
    zh: str
    en: str
    alt: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    candidate: bool = False

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.zh, self.en, *self.alt)

    def label(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


def fold(name: str) -> str:
    """Key used to compare names: NFKC, lower case, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).lower()


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text)


class Lexicon:
    """The concepts of every lexicon file and the terms that find them in text."""

    def __init__(self, concepts: dict[str, Concept], terms: dict[str, str]):
        self.concepts = concepts
        self.terms = terms  # folded surface term → concept IRI (terms matched in text)
        self._names: dict[str, str] = {}
        for c in concepts.values():
            if c.kind == BLOCKER:
                continue
            for label in c.labels:
                self._names.setdefault(fold(label), c.iri)
        self._automaton = None

    def __len__(self) -> int:
        return len(self.concepts)

    def of_kind(self, kind: str) -> list[Concept]:
        return sorted((c for c in self.concepts.values() if c.kind == kind), key=lambda c: c.iri)

    def lookup(self, name: str, kinds: tuple[str, ...] | None = None) -> Concept:
        """Find a concept by any zh/en label or alias (case- and width-insensitive).

        Raises
        ------
        UnknownConceptError
            With the nearest known labels as suggestions.
        """
        key = fold(name)
        iri = self._names.get(key)
        if iri is not None and (kinds is None or self.concepts[iri].kind in kinds):
            return self.concepts[iri]
        if iri is None and key.startswith("http") and key in {fold(i) for i in self.concepts}:
            return next(c for i, c in self.concepts.items() if fold(i) == key)
        raise UnknownConceptError(f"unknown concept '{name}'" + self._suggest(name, kinds))

    def _suggest(self, name: str, kinds: tuple[str, ...] | None) -> str:
        pool = {}
        for c in self.concepts.values():
            if c.kind != BLOCKER and (kinds is None or c.kind in kinds):
                for label in c.labels:
                    pool.setdefault(label, c)
        close = difflib.get_close_matches(name, list(pool), n=5, cutoff=0.5)
        if not close:
            key = fold(name)
            close = [lbl for lbl in pool if key and (key in fold(lbl) or fold(lbl) in key)][:5]
        return f"; did you mean: {', '.join(close)}?" if close else ""

    def automaton(self):
        """An Aho-Corasick automaton over the folded terms (built once)."""
        if self._automaton is None:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for term, iri in self.terms.items():
                auto.add_word(term, (len(term), iri))
            auto.make_automaton()
            self._automaton = auto
        return self._automaton


def _lexicon_files(directory: Path) -> list[Path]:
    files = sorted(p for p in directory.glob("*.ttl") if p.name != "cues.ttl")
    if not files:
        raise LexiconError(f"no lexicon files (*.ttl) in {directory}")
    return files


def load_lexicon(directory: str | Path | None = None) -> Lexicon:
    """Load every ``*.ttl`` concept scheme of *directory* (default ``ontology/lexicon``)."""
    directory = Path(directory) if directory else ONTOLOGY_DIR / "lexicon"
    return _load_cached(str(directory.resolve()), _mtimes(directory))


def _mtimes(directory: Path) -> tuple:
    try:
        return tuple((p.name, p.stat().st_mtime_ns) for p in sorted(directory.glob("*.ttl")))
    except OSError as exc:
        raise LexiconError(f"cannot read lexicons in {directory}: {exc}") from None


#: Bump when the cached form of a lexicon changes.
_CACHE_VERSION = "1"


def cache_dir() -> Path:
    """Where compiled lexicons are cached (``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/policy-kg``)."""
    import os

    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "policy-kg"


@lru_cache(maxsize=4)
def _load_cached(directory: str, _mtimes: tuple) -> Lexicon:
    """Load a lexicon folder, through an on-disk cache keyed by the files' content."""
    import hashlib
    import pickle

    files = _lexicon_files(Path(directory))
    digest = hashlib.sha256(_CACHE_VERSION.encode())
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    cached = cache_dir() / f"lexicon-{digest.hexdigest()[:24]}.pickle"
    try:
        with cached.open("rb") as fh:
            concepts, terms = pickle.load(fh)
        return Lexicon(concepts, terms)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        pass
    lexicon = _parse_lexicon(files)
    try:
        import os
        import tempfile

        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cached.parent, prefix=".lexicon-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((lexicon.concepts, lexicon.terms), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cached)
    except OSError:
        pass  # a read-only home: no cache, same result
    return lexicon


def _parse_lexicon(files: list[Path]) -> Lexicon:
    import rdflib
    from rdflib.namespace import RDF

    graph = rdflib.Graph()
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser exception types
            raise LexiconError(f"{path.name}: not valid Turtle ({exc})") from None
    concepts: dict[str, Concept] = {}
    for kind in (*KINDS, BLOCKER):
        for subj in sorted(set(graph.subjects(RDF.type, KG[kind]))):
            concepts[str(subj)] = _concept(graph, subj, kind)
    terms = _terms(concepts)
    return Lexicon(concepts, terms)


def _concept(graph, subj, kind: str) -> Concept:
    from rdflib.namespace import SKOS

    pref = {lit.language: str(lit) for lit in graph.objects(subj, SKOS.prefLabel)}
    if "zh" not in pref or "en" not in pref:
        raise LexiconError(f"{subj}: needs a skos:prefLabel in zh and in en")
    alt = sorted({str(o) for p in (SKOS.altLabel, SKOS.hiddenLabel) for o in graph.objects(subj, p)})
    broader = tuple(sorted(str(o) for o in graph.objects(subj, SKOS.broader)))
    return Concept(str(subj), kind, pref["zh"], pref["en"], tuple(alt), broader)


def _terms(concepts: dict[str, Concept]) -> dict[str, str]:
    """Surface terms to match in text: every Chinese label and every code-like ASCII label."""
    terms: dict[str, str] = {}
    for c in concepts.values():
        for label in c.labels:
            if not (has_cjk(label) or _CODE_LIKE.match(label)):
                continue
            key = fold(label)
            other = terms.get(key)
            if other is not None and other != c.iri:
                raise LexiconError(f"term '{label}' is a label of two concepts: {other} and {c.iri}")
            terms[key] = c.iri
    return terms
