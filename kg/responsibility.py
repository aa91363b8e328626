"""Who is responsible for what: units assigned to actions, items and articles, lead and supporting.

Forms read (the cue words are data, ``ontology/lexicon/cues.ttl``):

- bracketed notes: （责任单位：A、B）, （牵头单位：A；配合单位：B、C）, （A牵头，B、C配合）,
  （A、B按职责分工负责）, wherever they stand in an item (also after other brackets);
- a unit as the subject of a clause: “A负责…”, “A牵头，B配合”, “A会同B…” (A leads, B supports),
  “A应当…”, “A、B等部门按照各自职责…”;
- the passive: “由A负责…”, “由A会同B负责…”, “由A牵头，B参与”;
- assignment tables flattened into lines (cells separated by tabs or wide spaces).

Unit names are recognised from the organisations lexicon (central bodies), the department types
(``kg:DepartmentType``: 发展和改革委员会 with its short forms and stems such as 发展改革, 发改), the
generic units (``kg:GenericUnit``: 各有关部门, 相关单位 …) and the gazetteer, and normalised: a bare
level prefix takes the document's region (市大数据局 in a 苏州 document is 苏州市大数据局), an
abbreviation becomes the full name (省经信厅 → 安徽省经济和信息化厅), and a document's own
abbreviations (…（以下简称市大数据局）) are learned from the document.  Each assignment is attached to
the innermost action, item or article whose text holds it, with its evidence sentence.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Concept, Lexicon, match_key
from .namespaces import CONCEPT
from .structure import DocumentTree, Sentence

ORG = f"{CONCEPT}org/"
GENERIC = f"{CONCEPT}generic/"
#: Suffixes that end a department's name after its stem (发展改革 + 委).
SUFFIXES = ("行政主管部门", "主管部门", "管理委员会", "委员会", "管理局", "办公室", "办公厅", "管委会", "部门", "机关",
            "委", "厅", "局", "办", "中心", "单位")
_LEVEL_PREFIX = re.compile(r"(各级|各县\(市、区\)|各县\(市\)|各县\(区\)|各区县|各市县|各市|各县|各区|各省|县\(市、区\)|县\(市\)|"
                           r"县\(区\)|区县|市县|自治区|自治州|省级|市级|县级|区级|省|市|州|县|区|旗|盟|镇|乡|街道)$")
_LEVEL_OF_PREFIX = {"省": "province", "自治区": "province", "省级": "province", "市": "prefecture", "州": "prefecture",
                    "自治州": "prefecture", "盟": "prefecture", "市级": "prefecture", "县": "county", "区": "county",
                    "旗": "county", "县级": "county", "区级": "county"}
_UNKNOWN_UNIT = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:管理委员会|委员会|管委会|管理局|办公室|办公厅|研究院|集团公司|有限公司|分公司|"
                           r"公司|集团|银行|中心|局|厅|委|办))$")
_ABBREV = re.compile(r"\(以下简称[“\"]?([^”\"()]{2,20})[”\"]?\)")
_NOTE_LABEL = re.compile(r"([\u4e00-\u9fff]{2,8}?)[:：]")


@dataclass(frozen=True)
class Assignment:
    """One unit made responsible for one action, item or article."""

    target: str  # the action's key (kg.structure.Action.key) or a unit id
    iri: str
    role: str  # lead | support | responsible
    surface: str  # the name as written
    name: str  # the normalised full name
    sentence: int  # evidence sentence (index)
    begin: int  # offsets of the name in the original text
    end: int
    generic: bool = False
    extra: dict | None = None  # description of a unit no lexicon holds (see kg.graph.ConceptUsage)


@dataclass(frozen=True)
class UnitName:
    """A unit name found in a text (offsets into that text)."""

    start: int
    end: int
    surface: str
    iri: str
    name: str
    generic: bool
    extra: dict | None


# ------------------------------------------------------------------------------------- recogniser
class UnitRecogniser:
    """Finds unit names in normalised text and normalises them for one document."""

    def __init__(self, lexicon: Lexicon, region: str | None, local: dict[str, str] | None = None):
        self.lex = lexicon
        self.region = region
        self.local = local or {}  # document abbreviation → full name as written
        self.auto = _unit_automaton(lexicon)

    # -- regions -------------------------------------------------------------------------------
    def _region_at_level(self, level: str) -> str | None:
        """The document's region, or its ancestor, at *level* (市 in a county document = its city)."""
        if not self.region:
            return None
        chain = [self.region] + self.lex.ancestors(self.region)
        for r in chain:
            c = self.lex.concepts.get(r)
            if c is not None and c.level == level:
                return r
        # a municipality's districts are counties; the municipality is both province and city
        if level == "prefecture":
            for r in chain:
                c = self.lex.concepts.get(r)
                if c is not None and c.level == "province" and c.zh.endswith("市"):
                    return r
        return None

    def _region_before(self, text: str, start: int) -> tuple[int, str | None, str]:
        """A region name or a level prefix ending at *start*: (its start, region IRI, prefix text)."""
        best = (start, None, "")
        for end_idx, (length, key, kind) in self.auto.iter(text[max(0, start - 14):start]):
            if kind != "region":
                continue
            s = max(0, start - 14) + end_idx - length + 1
            e = s + length
            if e != start:
                continue
            iris = self.lex.terms.get(key, ())
            iris = [i for i in iris if self.lex.concepts[i].kind == "Region"]
            if iris and s < best[0]:
                best = (s, iris[0] if len(iris) == 1 else self._pick(iris), text[s:e])
        if best[1] is not None:
            return best
        m = _LEVEL_PREFIX.search(text, max(0, start - 8), start)
        if m and m.end() == start:
            word = m.group(1)
            level = _LEVEL_OF_PREFIX.get(word)
            return m.start(), (self._region_at_level(level) if level else None) or "", word
        return best

    def _pick(self, iris: list[str]) -> str | None:
        if self.region:
            ctx = {self.region, *self.lex.ancestors(self.region)}
            inside = [i for i in iris if i in ctx or ctx & set(self.lex.ancestors(i))]
            if len(inside) == 1:
                return inside[0]
        return None

    # -- names ---------------------------------------------------------------------------------
    def find(self, text: str) -> list[UnitName]:
        """Unit names in *text*, leftmost-longest, with their normalised readings."""
        cands = []
        for end_idx, (length, key, kind) in self.auto.iter(text):
            start = end_idx - length + 1
            end = end_idx + 1
            if kind == "region":
                continue
            if kind == "stem":  # a department stem needs a suffix or a list ending in 等部门/部门
                suffix = next((s for s in SUFFIXES if text.startswith(s, end)), None)
                if suffix is not None:
                    end += len(suffix)
                elif not _in_department_list(text, end):
                    continue
            cands.append((start, end, key, kind))
        for abbr, full in self.local.items():
            at = text.find(abbr)
            while at >= 0:
                cands.append((at, at + len(abbr), full, "local"))
                at = text.find(abbr, at + 1)
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        out: list[UnitName] = []
        last_end = -1
        for start, end, key, kind in cands:
            if start < last_end:
                continue
            name = self._resolve(text, start, end, key, kind)
            if name is not None:
                out.append(name)
                last_end = name.end
        return out

    def _resolve(self, text: str, start: int, end: int, key: str, kind: str) -> UnitName | None:
        if kind == "local":
            inner = self.find(key)
            if inner:
                n = inner[0]
                return UnitName(start, end, text[start:end], n.iri, n.name, n.generic, n.extra)
            return None
        if kind == "generic":
            iri = self._generic_iri(key)
            c = self.lex.concepts[iri]
            return UnitName(start, end, text[start:end], iri, c.zh, True, None)
        if kind == "org":
            iri = self.lex.terms[key][0]
            c = self.lex.concepts[iri]
            rstart, region, prefix = self._region_before(text, start)
            if prefix and region is not None:  # 苏州市人民政府 is not the State Council
                return self._local(text, rstart, end, region, prefix, c)
            return UnitName(start, end, text[start:end], iri, c.zh, False, None)
        # a department: full label or stem + suffix
        dept = self._dept(key)
        if dept is None:
            return None
        rstart, region, prefix = self._region_before(text, start)
        return self._local(text, rstart, end, region, prefix, dept)

    def _local(self, text: str, start: int, end: int, region: str | None, prefix: str, dept: Concept
               ) -> UnitName | None:
        surface = text[start:end]
        if prefix.startswith("各") or "(" in prefix or prefix in ("区县", "市县"):
            # 各县（市、区）发展改革局: one unit type in many places
            name = f"{prefix}{dept.zh}"
            iri = f"{GENERIC}x-{_short(name)}"
            return UnitName(start, end, surface, iri, name, True, {"kind": "GenericUnit", "zh": name, "en": ""})
        if region:
            rc = self.lex.concepts[region]
            slug = dept.iri.rsplit("/", 1)[-1]
            token = f"cn-{rc.notation}" if rc.notation else rc.iri.rsplit("/", 1)[-1]
            iri = f"{ORG}{token}/{slug}"
            name = rc.zh + dept.zh
            en = f"{rc.en} {dept.en}".strip()
            return UnitName(start, end, surface, iri, name, False,
                            {"kind": "Organization", "zh": name, "en": en, "alt": [surface] if surface != name else [],
                             "region": region})
        if dept.kind == "Organization":
            return UnitName(start, end, surface, dept.iri, dept.zh, False, None)
        # a level prefix without a known region (a national text: 省发展改革委), or no prefix at all
        level = _LEVEL_OF_PREFIX.get(prefix, "")
        name = f"{prefix}{dept.zh}" if prefix else dept.zh
        iri = f"{GENERIC}{level or 'any'}-{dept.iri.rsplit('/', 1)[-1]}"
        return UnitName(start, end, surface, iri, name, True, {"kind": "GenericUnit", "zh": name, "en": dept.en})

    def _dept(self, key: str) -> Concept | None:
        for iri in _dept_index(self.lex).get(key, ()) + self.lex.terms.get(key, ()):
            c = self.lex.concepts.get(iri)
            if c is not None and c.kind in ("DepartmentType", "Organization"):
                return c
        return None

    def _generic_iri(self, key: str) -> str:
        return _generic_index(self.lex)[key]

    def unknown(self, text: str, end: int) -> UnitName | None:
        """A unit name no lexicon knows, ending at *end* (市数字化城市管理中心, 中国移动苏州分公司)."""
        m = _UNKNOWN_UNIT.search(text, max(0, end - 16), end)
        if not m or m.end() != end:
            return None
        start = m.start()
        # do not swallow a lead verb or a connective (由市城管中心 → 市城管中心)
        while start < end - 2 and text[start] in "由和与及或、并将对":
            start += 1
        rstart, region, prefix = self._region_before(text, start)
        surface = text[rstart:end]
        core = text[start:end]
        if region:
            rc = self.lex.concepts[region]
            name = rc.zh + core
            iri = f"{ORG}cn-{rc.notation}/x-{_short(core)}" if rc.notation else f"{ORG}x-{_short(name)}"
        else:
            name = surface
            iri = f"{ORG}x-{_short(name)}"
        return UnitName(rstart, end, surface, iri, name, False,
                        {"kind": "Organization", "zh": name, "en": "", "alt": [surface] if surface != name else [],
                         "candidate": True, "confidence": 0.5, **({"region": region} if region else {})})


def _short(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _in_department_list(text: str, end: int) -> bool:
    """发展改革、财政、审计等部门: a stem inside a list that ends with 等部门 / 部门 / 等单位."""
    rest = text[end:end + 40]
    m = re.match(r"^(?:、[\u4e00-\u9fff]{1,8})*(?:等)?(?:有关)?(?:部门|单位|机关)", rest)
    return bool(m) or rest.startswith("、")


@lru_cache(maxsize=4)
def _unit_automaton_cached(digest: str, lexicon: Lexicon):
    import ahocorasick

    auto = ahocorasick.Automaton()
    for c in lexicon.concepts.values():
        if c.kind == "Organization":
            kind = "org"
        elif c.kind == "DepartmentType":
            kind = "dept"
        elif c.kind == "GenericUnit":
            kind = "generic"
        elif c.kind == "Region":
            continue
        else:
            continue
        for label in c.labels:
            if any("\u4e00" <= ch <= "\u9fff" for ch in label):
                key = match_key(label)
                if key not in auto:
                    auto.add_word(key, (len(key), key, kind))
        for stem in c.stems:
            key = match_key(stem)
            if key not in auto:
                auto.add_word(key, (len(key), key, "stem"))
    for key, iris in lexicon.terms.items():
        if any(lexicon.concepts[i].kind == "Region" for i in iris) and key not in auto:
            auto.add_word(key, (len(key), key, "region"))
    auto.make_automaton()
    return auto


def _unit_automaton(lexicon: Lexicon):
    return _unit_automaton_cached(lexicon.digest, lexicon)


@lru_cache(maxsize=4)
def _dept_index_cached(digest: str, lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for c in lexicon.concepts.values():
        if c.kind == "DepartmentType":
            for label in (*c.labels, *c.stems):
                out.setdefault(match_key(label), []).append(c.iri)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _dept_index(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    return _dept_index_cached(lexicon.digest, lexicon)


@lru_cache(maxsize=4)
def _generic_index_cached(digest: str, lexicon: Lexicon) -> dict[str, str]:
    out = {}
    for c in sorted(lexicon.concepts.values(), key=lambda c: c.iri):
        if c.kind == "GenericUnit":
            for label in c.labels:
                out.setdefault(match_key(label), c.iri)
    return out


def _generic_index(lexicon: Lexicon) -> dict[str, str]:
    return _generic_index_cached(lexicon.digest, lexicon)


# ------------------------------------------------------------------------------------- assignments
def local_abbreviations(tree: DocumentTree, recogniser: UnitRecogniser) -> dict[str, str]:
    """Abbreviations the document defines for units: 市政务服务数据管理局（以下简称市政数局）."""
    out = {}
    for s in tree.sentences:
        for m in _ABBREV.finditer(s.norm):
            names = [n for n in recogniser.find(s.norm[: m.start()]) if n.end == m.start()]
            if names:
                out[m.group(1)] = names[-1].surface
            else:
                unknown = recogniser.unknown(s.norm, m.start())
                if unknown is not None:
                    out[m.group(1)] = unknown.surface
    return out


def _role_of(word: str, cues) -> str | None:
    if any(word.startswith(w) or word == w for w in cues.lead):
        return "lead"
    if any(word.startswith(w) or word == w for w in cues.support):
        return "support"
    if any(w in word for w in cues.responsible):
        return "responsible"
    return None


def _roles_in_segment(seg: str, names: list[UnitName], cues, default: str) -> list[str]:
    """The role of each unit of a note segment: the role word after it (before the next unit) applies
    to it and to the units listed before it since the last role word."""
    roles: list[str | None] = [None] * len(names)
    pending: list[int] = []
    for k, n in enumerate(names):
        pending.append(k)
        nxt = names[k + 1].start if k + 1 < len(names) else len(seg)
        between = seg[n.end:nxt]
        word = _first_role_word(between, cues)
        if word is not None:
            for p in pending:
                roles[p] = word
            pending = []
    return [r or default for r in roles]


def _first_role_word(text: str, cues) -> str | None:
    best = None
    for role, words in (("lead", cues.lead), ("support", cues.support), ("responsible", cues.responsible)):
        for w in words:
            at = text.find(w)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, role)
    return best[1] if best else None


def _note_assignments(sent: Sentence, rec: UnitRecogniser, cues) -> list[tuple[UnitName, str]]:
    """（牵头单位：A；配合单位：B、C） / （A牵头，B配合） / （责任单位：A、B）."""
    text = sent.norm
    inner_start = text.find("(") + 1
    inner_end = text.rfind(")")
    inner = text[inner_start:inner_end if inner_end > inner_start else len(text)]
    out = []
    for seg_match in re.finditer(r"[^;；]+", inner):
        seg = seg_match.group()
        label = _NOTE_LABEL.match(seg)
        default = (_role_of(label.group(1), cues) if label else None) or "responsible"
        body_off = label.end() if label else 0
        names = [n for n in rec.find(seg) if n.start >= body_off]
        if not names:
            continue
        for n, role in zip(names, _roles_in_segment(seg, names, cues, default)):
            off = inner_start + seg_match.start()
            out.append((UnitName(n.start + off, n.end + off, n.surface, n.iri, n.name, n.generic, n.extra), role))
    return out


_CLAUSE = re.compile(r"[^,，;；。!?！？:：]+")


def _clause_assignments(sent: Sentence, rec: UnitRecogniser, cues) -> list[tuple[UnitName, str]]:
    """Units named as the subject of a clause, or after 由, followed by a duty."""
    text = sent.norm
    out: list[tuple[UnitName, str]] = []
    names = rec.find(text)
    if not names:
        return out
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    for cb, ce in clauses:
        inside = [n for n in names if cb <= n.start and n.end <= ce]
        lead_in = re.match(r"\s*(由|请|要求|支持|鼓励)?", text[cb:ce])
        pos = cb + (lead_in.end() if lead_in else 0)
        passive = bool(lead_in and lead_in.group(1) == "由")
        if lead_in and lead_in.group(1) in ("请", "要求", "支持", "鼓励"):
            passive = False
        group: list[UnitName] = []
        k = 0
        # the subject: units at the start of the clause, joined by 、和与及
        while k < len(inside) and inside[k].start <= pos + 1 and re.fullmatch(r"[、和与及,，\s]*|等|", text[pos:inside[k].start]):
            group.append(inside[k])
            pos = inside[k].end
            k += 1
            while pos < ce and text[pos] in "、和与及":
                pos += 1
        if not group:
            continue
        rest = text[pos:ce]
        rest = re.sub(r"^(?:等(?:有关)?(?:部门|单位)?|分别|共同|各自)+", "", rest)
        if rest.startswith(("会同", "联合", "协同")) and k < len(inside):
            partners = [n for n in inside[k:] if n.start < pos + 30]
            out.extend((n, "lead") for n in group)
            out.extend((n, "support") for n in partners)
            continue
        word = _first_role_word(rest[:6], cues)
        if word is not None or rest.startswith(cues.duty) or passive:
            role = word if word in ("lead", "support") else "responsible"
            out.extend((n, role) for n in group)
    return out


def _table_assignments(sent: Sentence, rec: UnitRecogniser) -> list[tuple[UnitName, str]]:
    """A flattened table row: a cell (between tabs or wide spaces) that holds only unit names."""
    text = sent.norm
    if "\t" not in text and "  " not in text:
        return []
    out = []
    pos = 0
    for cell in re.split(r"\t+|\s{2,}", text):
        at = text.find(cell, pos)
        pos = at + len(cell)
        names = rec.find(cell)
        rest = cell
        for n in names:
            rest = rest.replace(n.surface, "")
        if names and not re.sub(r"[、,，;；\s牵头配合负责等]", "", rest):
            out.extend((UnitName(n.start + at, n.end + at, n.surface, n.iri, n.name, n.generic, n.extra),
                        "responsible") for n in names)
    return out


def find_responsibilities(tree: DocumentTree, lexicon: Lexicon, region: str | None, cues=None) -> list[Assignment]:
    """Every unit assignment of *tree* (see the module doc), in text order."""
    from .extract import load_cues

    cues = cues or load_cues()
    rec = UnitRecogniser(lexicon, region)
    rec.local = local_abbreviations(tree, rec)
    target_of = _targets(tree)
    out: list[Assignment] = []
    seen = set()
    for s in tree.sentences:
        if s.kind == "heading":
            continue
        if s.kind == "responsibility":
            found = _note_assignments(s, rec, cues)
        else:
            found = _clause_assignments(s, rec, cues) + _table_assignments(s, rec)
        target = target_of.get(s.index, s.unit or s.section)
        for n, role in found:
            key = (target, n.iri, role)
            if key in seen:
                continue
            seen.add(key)
            b, e = tree.doc.orig_span(s.nbegin + n.start, s.nbegin + n.end)
            out.append(Assignment(target, n.iri, role, tree.doc.text[b:e], n.name, s.index, b, e, n.generic, n.extra))
    return out


def _targets(tree: DocumentTree) -> dict[int, str]:
    """Sentence index → the key of the innermost action holding it."""
    out: dict[int, str] = {}
    for a in sorted(tree.actions, key=lambda a: len(a.sentences), reverse=True):
        for s in a.sentences:
            out[s.index] = a.key  # smaller actions (inner units) overwrite larger ones
    return out
