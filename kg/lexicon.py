"""Curated lexicons (SKOS Turtle in ``ontology/lexicon/``, plus user folders) loaded into a matcher.

Every concept carries zh and en ``skos:prefLabel``s, ``skos:altLabel`` aliases and ``skos:hiddenLabel``
matching-only spellings; any of them is found in text (Chinese labels, and short code-like ASCII labels
such as ``5G``/``IPv6``/``TSN``) and accepted on the command line (:meth:`Lexicon.lookup`).  Regions
may share a label (鼓楼区 is a district of several cities): the matcher keeps every reading and the
extraction picks one by the document's context; ``kg:contextLabel`` spellings (county short forms,
short forms that are ordinary words) are matched only when the document is about a region above them.

A user lexicon folder (``--lexicon DIR``) overlays the bundled one: its concepts are added, and a
concept with the IRI of a bundled one replaces it.  Compiled lexicons are cached as JSON (never as an
executable format) under the user's cache folder, keyed by the files' content.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import KGError, LexiconError, UnknownConceptError
from .namespaces import KG, ONTOLOGY_DIR

#: Concept classes matched in text, in the order a lookup prefers them.
KINDS = ("Technology", "Domain", "Region", "Organization")
#: Classes that are read but never matched as mentions (the responsibility stage uses them).
UNIT_KINDS = ("DepartmentType", "GenericUnit")
#: Matched like concepts but yield no mention (see ontology/lexicon/blockers.ttl).
BLOCKER = "Blocker"
_CODE_LIKE = re.compile(r"^(?=.*(?:[0-9]|[A-Z].*[A-Z]))[A-Za-z0-9][A-Za-z0-9+\-.]{1,9}$")
#: Bump when the cached form of a lexicon changes.
_CACHE_VERSION = "5"  # bump when the loader reads the files differently (4: statements about a concept in other files;
# 5: kg:countyLabel)


@dataclass(frozen=True)
class Concept:
    """A lexicon concept."""

    iri: str
    kind: str  # Technology | Domain | Region | Organization | DepartmentType | GenericUnit | Blocker
    zh: str
    en: str
    alt: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    candidate: bool = False
    hidden: tuple[str, ...] = ()  # matching-only spellings (old names, variants)
    context: tuple[str, ...] = ()  # matched only when the document is about a region above it
    notation: str | None = None  # e.g. the adcode of a region
    level: str | None = None  # province | prefecture | county (regions)
    stems: tuple[str, ...] = ()  # department types: 发展改革, 财政 …
    source: str = ""  # the lexicon file it comes from
    suffixes: tuple[str, ...] = ()  # department types: 委员会, 委, 局 …
    full_stem: str | None = None  # department types: 发展和改革 (发改 + 局 → 发展和改革局)
    province_label: str | None = None  # department types: the name at a province (财政厅)
    party: bool = False  # department types: a party organ (市委组织部)
    counterpart: str | None = None  # department types: the central body of the same function
    short_region: bool = False  # department types: named after the region's short form (安徽证监局, not 安徽省证监局)
    regional: tuple[str, ...] = ()  # department types: their bodies' names where a region names them otherwise
    # (上海市商务委员会, not 上海市商务局)
    county_label: str | None = None  # department types: the name at a county where it differs (发展和改革局)

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.zh, self.en, *self.alt, *self.hidden)

    def label(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh

    @property
    def extra(self) -> dict:
        """Properties written to the graph besides labels (skos:notation, kg:adminLevel)."""
        out = {}
        if self.notation:
            out["notation"] = self.notation
        if self.level:
            out["level"] = self.level
        return out

    def to_json(self) -> list:
        return [self.iri, self.kind, self.zh, self.en, list(self.alt), list(self.broader), self.candidate,
                list(self.hidden), list(self.context), self.notation, self.level, list(self.stems), self.source,
                list(self.suffixes), self.full_stem, self.province_label, self.party, self.counterpart,
                self.short_region, list(self.regional), self.county_label]

    @classmethod
    def from_json(cls, row: list) -> "Concept":
        (iri, kind, zh, en, alt, broader, cand, hidden, context, notation, level, stems, source, suffixes,
         full_stem, province_label, party, counterpart, short_region, regional, county_label) = row
        return cls(iri, kind, zh, en, tuple(alt), tuple(broader), cand, tuple(hidden), tuple(context), notation,
                   level, tuple(stems), source, tuple(suffixes), full_stem, province_label, party, counterpart,
                   short_region, tuple(regional), county_label)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def ascii_lower(text: str) -> str:
    """Lower-case ASCII letters only: every other character, and so every offset, is kept."""
    return text.translate(_ASCII_LOWER)


def fold(name: str) -> str:
    """Key used to compare names: NFKC, lower case, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).lower()


def name_keys(name: str) -> tuple[str, ...]:
    """The keys a name a user typed is looked up by: folded, then folded in Simplified characters when it is
    written otherwise (區塊鏈 is 区块链: labels are Simplified, as a Traditional document is read in Simplified)."""
    from .ingest import simplified_name

    key, simple = fold(name), fold(simplified_name(name))
    return (key,) if simple == key else (key, simple)


def close_names(name: str, pool, n: int = 5) -> list[str]:
    """The names of *pool* a mistyped *name* may mean, closest first (compared folded: 5g → 5G).  A short
    name may differ in one character of two (北抖 → 北斗); a longer one must share more (nosuch is not
    Insurance)."""
    by_key: dict[str, str] = {}
    for label in sorted(pool):
        by_key.setdefault(fold(label), label)
    key = fold(name)
    cutoff = 0.5 if len(key) <= 3 else 0.66
    return [by_key[k] for k in difflib.get_close_matches(key, list(by_key), n=n, cutoff=cutoff)]


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in text)


def match_key(label: str) -> str:
    """How a label is matched in the normalised text: NFKC (full-width forms folded), ASCII lower case."""
    return ascii_lower(unicodedata.normalize("NFKC", label).strip())


@dataclass
class Lexicon:
    """The concepts of every lexicon file and the terms that find them in text."""

    concepts: dict[str, Concept]
    terms: dict[str, tuple[str, ...]]  # match key → concept IRIs (several only for regions)
    context_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    digest: str = ""
    folders: tuple[str, ...] = ()

    def __post_init__(self):
        self._names: dict[str, str] = {}
        for kind in (*KINDS, *UNIT_KINDS):
            for c in sorted((c for c in self.concepts.values() if c.kind == kind),
                            key=lambda c: (c.level not in (None, "province"), c.iri)):
                for label in (*c.labels, *c.context):
                    self._names.setdefault(fold(label), c.iri)
        self._automaton = None
        self._ancestors: dict[str, tuple[str, ...]] = {}  # iri → its ancestors, read once (170k asks in 30 documents)

    def __len__(self) -> int:
        return len(self.concepts)

    def __getstate__(self):  # pickled to Dask workers: the automaton is rebuilt there
        state = dict(self.__dict__)
        state["_automaton"] = None
        state["_ancestors"] = {}
        return state

    def __hash__(self) -> int:
        return hash(self.digest)

    def __eq__(self, other) -> bool:
        return isinstance(other, Lexicon) and other.digest == self.digest

    def of_kind(self, kind: str) -> list[Concept]:
        return sorted((c for c in self.concepts.values() if c.kind == kind), key=lambda c: c.iri)

    def blocks(self, term: str) -> bool:
        """Is *term* exactly a blocker's label (a string that must not yield a concept or a candidate)?"""
        return any(self.concepts[i].kind == BLOCKER for i in self.terms.get(match_key(term), ()))

    def lookup(self, name: str, kinds: tuple[str, ...] | None = None) -> Concept:
        """Find a concept by any zh/en label or alias (case- and width-insensitive), or by IRI.

        Raises
        ------
        UnknownConceptError
            With the nearest known labels as suggestions.
        """
        keys = name_keys(name)
        key = next((k for k in keys if k in self._names), keys[0])
        iri = self._names.get(key)
        if iri is None and name in self.concepts:
            iri = name
        if iri is not None and (kinds is None or self.concepts[iri].kind in kinds):
            return self.concepts[iri]
        if kinds is not None:  # the first reading is of another kind: look for one of these kinds
            for c in self.concepts.values():
                if c.kind in kinds and key in {fold(lbl) for lbl in (*c.labels, *c.context)}:
                    return c
        raise UnknownConceptError(f"unknown concept '{name}'" + self._suggest(name, kinds))

    def _suggest(self, name: str, kinds: tuple[str, ...] | None) -> str:
        pool = {}
        for c in self.concepts.values():
            if c.kind != BLOCKER and (kinds is None or c.kind in kinds):
                for label in c.labels:
                    pool.setdefault(label, c)
        close = close_names(name, pool)
        if not close:
            key = fold(name)
            close = [lbl for lbl in pool if key and (key in fold(lbl) or fold(lbl) in key)][:5]
        return f"; did you mean: {', '.join(close)}?" if close else ""

    def automaton(self):
        """An Aho-Corasick automaton over every match key (built once): value = (length, key, context)."""
        if self._automaton is None:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for key in self.terms:
                auto.add_word(key, (len(key), key, False))
            for key in self.context_terms:
                if key not in self.terms:
                    auto.add_word(key, (len(key), key, True))
            auto.make_automaton()
            self._automaton = auto
        return self._automaton

    def ancestors(self, iri: str) -> list[str]:
        """The concepts above *iri* (skos:broader, transitively), nearest first."""
        known = self._ancestors.get(iri)
        if known is None:
            out, todo = [], list(self.concepts[iri].broader) if iri in self.concepts else []
            while todo:
                b = todo.pop(0)
                if b not in out:
                    out.append(b)
                    if b in self.concepts:
                        todo.extend(self.concepts[b].broader)
            known = self._ancestors[iri] = tuple(out)
        return list(known)


# --------------------------------------------------------------------------------------------- loading
def bundled_dir() -> Path:
    return ONTOLOGY_DIR / "lexicon"


def _lexicon_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise LexiconError(f"{directory}: no such lexicon folder")
    return sorted(p for p in directory.glob("*.ttl") if p.name != "cues.ttl")


def lexicon_folders(extra: "str | Path | list | tuple | None" = None) -> tuple[Path, ...]:
    """The bundled lexicon folder followed by the user folders (``--lexicon``, ``$KG_LEXICON``)."""
    folders = [bundled_dir()]
    env = os.environ.get("KG_LEXICON")
    users = [extra] if isinstance(extra, (str, Path)) else list(extra or [])
    if env:
        users = [p for p in env.split(os.pathsep) if p] + users
    for u in users:
        p = Path(u)
        if p.resolve() != folders[0].resolve() and p not in folders:
            folders.append(p)
    return tuple(folders)


def load_lexicon(extra: "str | Path | list | tuple | None" = None) -> Lexicon:
    """Load the bundled lexicon, overlaid with the user folders *extra* (see :func:`lexicon_folders`)."""
    folders = lexicon_folders(extra)
    files = []
    for folder in folders:
        found = _lexicon_files(folder)
        if folder == folders[0] and not found:
            raise LexiconError(f"no lexicon files (*.ttl) in {folder}")
        files.extend(found)
    stamp = []
    for p in files:
        try:
            st = p.stat()
        except OSError as exc:
            raise LexiconError(f"cannot read {p}: {exc.strerror or exc}") from None
        stamp.append((str(p.resolve()), st.st_mtime_ns, st.st_size))
    return _load_cached(tuple(stamp), tuple(str(f) for f in folders))


def files_digest(paths: list[Path]) -> str:
    digest = hashlib.sha256(_CACHE_VERSION.encode())
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def cache_dir() -> Path:
    """Where compiled lexicons are cached (``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/policy-kg``)."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "policy-kg"


@lru_cache(maxsize=1)
def _loader_digest() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]


@lru_cache(maxsize=8)
def _load_cached(stamp: tuple, folders: tuple[str, ...]) -> Lexicon:
    """Load lexicon files through an on-disk JSON cache keyed by their content."""
    files = [Path(p) for p, *_ in stamp]
    digest = files_digest(files)
    cached = cache_dir() / f"lexicon-{digest}-{_loader_digest()}.json"  # the cache follows this code too
    try:
        data = json.loads(cached.read_text(encoding="utf-8"))
        concepts = {row[0]: Concept.from_json(row) for row in data["concepts"]}
        return Lexicon(concepts, {k: tuple(v) for k, v in data["terms"].items()},
                       {k: tuple(v) for k, v in data["context"].items()}, digest, folders)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    concepts = _parse_files(files)
    terms, context = _terms(concepts)
    terms = {k: tuple(v) for k, v in terms.items()}
    context = {k: tuple(v) for k, v in context.items()}
    lexicon = Lexicon(concepts, terms, context, digest, folders)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cached.parent, prefix=".lexicon-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"concepts": [c.to_json() for c in concepts.values()], "terms": terms,
                       "context": context}, fh, ensure_ascii=False)
        os.replace(tmp, cached)
    except OSError:
        pass  # a read-only home: no cache, same result
    return lexicon


def _parse_files(files: list[Path]) -> dict[str, Concept]:
    """Concepts of the lexicon files, in order.  A concept is defined by the file that types it (a later
    folder's definition replaces an earlier one; two files of one folder typing it is an error);
    statements about it in files that do not type it (an alias added in another file, or in a user's
    folder) add to it."""
    import rdflib
    from rdflib.namespace import RDF

    defined: dict[str, tuple[str, Path, object]] = {}
    graphs = []
    for path in files:
        graph = rdflib.Graph()
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many parser exception types
            first = " ".join(str(exc).split())[:200]  # rdflib's message runs over several lines
            raise LexiconError(f"{path}: not valid Turtle ({first})") from None
        graphs.append((path, graph))
        for kind in (*KINDS, *UNIT_KINDS, BLOCKER):
            for subj in sorted(set(graph.subjects(RDF.type, KG[kind]))):
                earlier = defined.get(str(subj))
                if earlier is not None and earlier[1] != path and earlier[1].parent == path.parent:
                    # two files of one folder typing one IRI: one definition would be lost without a word
                    raise LexiconError(f"{path}: {subj} is defined in {earlier[1].name} too (an IRI is typed in "
                                       f"one file of a folder; add labels to it from others without a type)")
                defined[str(subj)] = (kind, path, graph)  # a later folder replaces
    added: dict[str, list] = {}
    for path, graph in graphs:
        for subj in sorted(set(graph.subjects()), key=str):
            key = str(subj)
            if key in defined and defined[key][2] is not graph and not any(
                    (subj, RDF.type, KG[k]) in graph for k in (*KINDS, *UNIT_KINDS, BLOCKER)):
                added.setdefault(key, []).append(graph)
    return {key: _concept([graph, *added.get(key, [])], rdflib.URIRef(key), kind, path.name)
            for key, (kind, path, graph) in defined.items()}


def _concept(graphs, subj, kind: str, source: str) -> Concept:
    """One concept from the statements about *subj* in *graphs* (its defining file first)."""
    from rdflib.namespace import SKOS

    def objects(pred):
        return [o for g in graphs for o in g.objects(subj, pred)]

    pref: dict[str, str] = {}
    for lit in objects(SKOS.prefLabel):
        if lit.language in pref:
            raise LexiconError(f"{source}: {subj} has two skos:prefLabel in {lit.language}")
        pref[lit.language] = str(lit)
    if "zh" not in pref or "en" not in pref:
        raise LexiconError(f"{source}: {subj} needs a skos:prefLabel in zh and in en")

    def values(pred) -> tuple[str, ...]:
        return tuple(sorted({str(o) for o in objects(pred)}))

    def one(pred) -> str | None:
        return next(iter(values(pred)), None)

    return Concept(str(subj), kind, pref["zh"], pref["en"], values(SKOS.altLabel), values(SKOS.broader),
                   hidden=values(SKOS.hiddenLabel), context=values(KG.contextLabel), notation=one(SKOS.notation),
                   level=one(KG.adminLevel), stems=values(KG.stem), source=source, suffixes=values(KG.suffix),
                   full_stem=one(KG.fullStem), province_label=one(KG.provinceLabel),
                   party=one(KG.partyBody) == "true", counterpart=one(KG.nationalCounterpart),
                   short_region=one(KG.shortRegionName) == "true", regional=values(KG.regionalName),
                   county_label=one(KG.countyLabel))


def _terms(concepts: dict[str, Concept]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Surface terms matched in text: every Chinese label and every code-like ASCII label (one with a digit
    or two capitals: 5G, IPv6, TSN, eID; English words such as "cloud" or "Suzhou" are labels for lookups,
    not matched).

    A term may name several regions (the extraction chooses by context); any other term naming two
    concepts is an error in the lexicon files.
    """
    terms: dict[str, list[str]] = {}
    context: dict[str, list[str]] = {}
    for c in concepts.values():
        if c.kind in UNIT_KINDS:
            continue
        for label in c.labels:
            if not (has_cjk(label) or _CODE_LIKE.match(label)):
                continue
            _add_term(terms, concepts, match_key(label), c, label)
        for label in c.context:
            if has_cjk(label):
                key = match_key(label)
                if c.iri not in context.setdefault(key, []):
                    context[key].append(c.iri)
    for table in (terms, context):
        for key in table:
            table[key].sort()
    return terms, context


def _add_term(terms: dict, concepts: dict, key: str, c: Concept, label: str) -> None:
    others = terms.setdefault(key, [])
    if c.iri in others:
        return
    for o in others:
        other = concepts[o]
        if not (other.kind == c.kind == "Region") and other.kind != BLOCKER and c.kind != BLOCKER:
            raise LexiconError(f"term '{label}' is a label of two concepts: {o} ({other.source}) and "
                               f"{c.iri} ({c.source})")
    others.append(c.iri)


def not_mentioned_note(name: str, kinds: tuple[str, ...] = ("Technology", "Domain", "Region", "Organization")
                       ) -> tuple[str, "Concept | None"]:
    """Why *name*, unknown to a graph, may still be right: the bundled lexicon's concept it names, which no document
    of the graph mentions ("北斗 (BeiDou) is a technology the lexicon knows, …"), and that concept; ("", None) when
    the lexicon knows no such name (u31: `kg path 5G 北斗` on a graph without 北斗 suggested 河北)."""
    try:
        c = load_lexicon().lookup(name, kinds)
    except KGError:
        return "", None
    shown = f"{c.zh} ({c.en})" if c.en and c.en != c.zh else c.zh
    kind = c.kind.lower()
    return (f"{shown} is {'an' if kind[0] in 'aeiou' else 'a'} {kind} the lexicon knows, but no document of this "
            f"graph mentions it"), c
