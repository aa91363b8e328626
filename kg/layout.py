"""Layout data: heading styles, heading roles and genres, read from ``ontology/layout.ttl``.

The structure stage asks this module which heading style a line opens (:meth:`Layout.match_heading`),
what a heading is for (:meth:`Layout.role_of`) and which genre a title names (:meth:`Layout.genre_of`).
Nothing here knows a particular document; every pattern and word is data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import LexiconError
from .namespaces import KG, ONTOLOGY_DIR

#: A Chinese numeral up to 九百九十九, as written in headings (十一, 二十三, 一百零五, 〇 …).
CN_NUMERAL = "[一二三四五六七八九十百零〇两]{1,5}"
# a heading that announces a list (可适用以下政策措施, 采取下列措施) is a sentence, not a chapter named for its role
#: The verb (and adverb) opening a clause of a heading (不断完善 + 特殊教育保障机制).
_WORK_VERB_START = re.compile(r"^(?:不断|持续|进一步|切实|全面)?(?:完善|健全|强化|加强|提升|构建|建立|优化|落实|夯实)")
_INTRODUCES_LIST = re.compile(r"(以下|下列|如下|这些)$")

_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_DIGITS.update({"〇": 0, "两": 2})
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def cn_to_int(numeral: str) -> int:
    """Read a Chinese numeral (``十一`` → 11, ``二十`` → 20, ``一百零五`` → 105, ``二〇`` → 20).

    Raises ``ValueError`` for a string that is not a numeral.
    """
    if not numeral or any(ch not in _DIGITS and ch not in "十百" for ch in numeral):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    if "十" not in numeral and "百" not in numeral:
        value = 0
        for ch in numeral:  # positional: 二〇 → 20
            value = value * 10 + _DIGITS[ch]
        return value
    total, current = 0, 0
    for ch in numeral:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:  # 百
            total += (current or 1) * 100
            current = 0
    return total + current


def int_to_cn(n: int) -> str:
    """Write *n* (0–999) as a Chinese numeral, the inverse of :func:`cn_to_int`."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return (digits[tens] if tens > 1 else "") + "十" + (digits[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return digits[hundreds] + "百"
    return digits[hundreds] + "百" + ("零" + digits[rest] if rest < 10 else
                                     (int_to_cn(rest) if rest >= 20 else "一" + int_to_cn(rest)))


def read_number(text: str, numerals: str) -> int:
    if numerals == "none":
        return 0  # an unnumbered heading: the parser numbers it by its order
    if numerals == "chinese":
        return cn_to_int(text)
    if numerals == "circled":
        return CIRCLED.index(text) + 1
    return int(text)


@dataclass(frozen=True)
class HeadingStyle:
    """A way of numbering headings or items (``一、``, ``（一）``, ``第五条``, ``1.`` …)."""

    name: str
    label: str
    pattern: re.Pattern
    numerals: str  # chinese | arabic | circled | none (unnumbered: numbered by order of appearance)
    unit_kind: str  # heading | article | item
    rank: int
    system: str = ""  # a numbering system the style belongs to (decimal: 1 / 1.1 / 1.1.1), used only when a
    # document is numbered in it
    marking: str = ""  # how a line must be written for the style to apply ("bold": a line wholly in bold)

    def compact(self, number: int) -> str:
        """The label used in section identifiers: ``四``, ``(一)``, ``第五条``, ``1``, ``(1)``, ``①``; ``§3`` for the
        third heading of an unnumbered style (a line in bold, a work report's part), as listings show it."""
        cn = int_to_cn(number)
        return {"part": f"第{cn}部分", "chapter": f"第{cn}章", "dun": cn, "section": f"第{cn}节",
                "paren-cn": f"({cn})", "article": f"第{cn}条", "arabic": str(number),
                "arabic-half-paren": f"{number})", "paren-arabic": f"({number})",
                "circled": CIRCLED[number - 1] if 0 < number <= 20 else f"({number})",
                "shi": f"{cn}是", "ordinal": f"第{cn}"}.get(self.name, str(number) if self.system == "decimal"
                                                       else f"§{number}" if self.numerals == "none"
                                                       else f"{self.name}{number}")


@dataclass(frozen=True)
class Role:
    name: str  # framing | container | priority | principle | goal | direction | duties
    words: tuple[str, ...]
    precedence: int
    work_verbs: tuple[str, ...] = ()  # opening a title, they make it work to do (夯实…发展基础)
    statute_work: tuple[str, ...] = ()  # a chapter of articles titled so is work to do (第五章 监督检查)
    whole_titles: tuple[str, ...] = ()  # the role only as the whole title (四、其他事项; not 其他事项管理, a task)


@dataclass(frozen=True)
class Layout:
    styles: tuple[HeadingStyle, ...]
    box: re.Pattern
    annex: re.Pattern
    roles: tuple[Role, ...]
    genres: tuple[tuple[str, str, str, tuple[str, ...]], ...]  # (id, zh, en, words)
    chrome: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (kind of page furniture, its words longest first)
    genre_headings: tuple[tuple[str, tuple[re.Pattern, ...]], ...] = ()  # (genre id, patterns its headings match)

    def chrome_words(self, kind: str) -> tuple[str, ...]:
        """The page-furniture words of one kind (``ontology/layout.ttl``, kg:PageChrome)."""
        return next((words for k, words in self.chrome if k == kind), ())

    def match_heading(self, line: str, marking: str = "") -> list[tuple[HeadingStyle, int, str, int]]:
        """Every style that *line* could open: ``(style, number, rest, offset of rest)``; a style that asks for a
        marking (a line wholly in bold) only when the line is written so (*marking*)."""
        out = []
        for style in self.styles:
            if style.marking and style.marking != marking:
                continue
            m = style.pattern.match(line)
            if not m:
                continue
            try:
                number = read_number(m.group("num"), style.numerals)
            except (ValueError, IndexError):
                continue
            if number < 1 and style.numerals != "none":
                continue
            out.append((style, number, m.group("rest"), m.start("rest")))
        return out

    def style(self, name: str) -> HeadingStyle:
        return next(s for s in self.styles if s.name == name)

    def role_of(self, title: str) -> str | None:
        """The role a heading title names (lowest precedence first), or None.

        A role word counts when the title starts or ends with it, or holds it and is short (发展现状和形势,
        2023年工作回顾, 保障措施); a long task title that merely contains one (构建…数字民生保障体系) does not,
        nor a sentence that announces a list (符合条件的新型研发机构，可适用以下政策措施).
        """
        t = re.sub(r"\s+", "", title).strip("。.:：")
        best = None
        for role in self.roles:
            if role.work_verbs and t.startswith(role.work_verbs):
                continue  # 二、夯实数字乡村发展基础 (u54): a task, not the background
            clauses = re.split(r"[，,；;]", t)
            core = _WORK_VERB_START.sub("", clauses[-1])
            if len(clauses) > 1 and "保障措施" in role.words and not any(w in clauses[0] for w in role.words) and \
                    any(core.endswith(w) and len(core) - len(w) >= 2 for w in role.words):
                continue  # 四、提升支撑能力，不断完善特殊教育保障机制 (u98): a line of work whose last clause is one field's
                # mechanism, not the safeguards (凝聚工作合力，强化组织保障 and 加强组织领导，健全保障机制 are)
            if t in role.whole_titles or any(t.startswith(w) or t.endswith(w) and not _INTRODUCES_LIST.search(t[:-len(w)]) or
                                             (w in t and len(t) <= len(w) + 4) for w in role.words):
                if best is None or role.precedence < best.precedence:
                    best = role
        return best.name if best else None

    def genre_of(self, title: str | None) -> tuple[str, str, str] | None:
        """``(id, zh, en)`` of the genre *title* names, or None (see ``ontology/layout.ttl``)."""
        if not title:
            return None
        title = _DRAFT_NOTE.sub("", title)  # （征求意见稿）: a draft of a 方案 is no 意见
        best, notice = None, None
        for gid, zh, en, words in self.genres:
            for w in words:
                at = title.rfind(w)
                if at < 0:
                    continue
                key = (at + len(w), len(w))
                if gid.endswith("notice"):
                    notice = notice or (gid, zh, en)
                elif best is None or key > best[0]:
                    best = (key, (gid, zh, en))
        return best[1] if best else notice

    def genre_of_headings(self, titles: list[str]) -> tuple[str, str, str] | None:
        """The genre top-level headings name when the title names none: every pattern of the genre matches one of
        *titles* (一、2021年工作回顾 and 三、2022年政府工作任务 make a work report); None otherwise."""
        for gid, patterns in self.genre_headings:
            if patterns and all(any(p.search(t) for t in titles) for p in patterns):
                return next((g[0], g[1], g[2]) for g in self.genres if g[0] == gid)
        return None


#: A draft's note in a title (（征求意见稿）, （草案征求意见稿）, (意见征求稿)): not the genre's word.
_DRAFT_NOTE = re.compile(r"[（(][^（）()]{0,8}(?:征求意见稿|意见征求稿|征求意见)[^（）()]{0,4}[）)]")


def _literal(graph, subj, pred, lang: str | None = None) -> str | None:
    for o in sorted(graph.objects(subj, pred), key=str):
        if lang is None or getattr(o, "language", None) == lang:
            return str(o)
    return None


@lru_cache(maxsize=4)
def load_layout(path: str | None = None) -> Layout:
    """Read the layout data (default ``ontology/layout.ttl``)."""
    import rdflib
    from rdflib.namespace import RDF, RDFS

    file = Path(path) if path else ONTOLOGY_DIR / "layout.ttl"
    g = rdflib.Graph()
    try:
        g.parse(file, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise LexiconError(f"{file.name}: not valid Turtle ({exc})") from None

    def compile_(subj) -> re.Pattern:
        raw = _literal(g, subj, KG.pattern)
        try:
            return re.compile(raw.replace("{CN}", CN_NUMERAL))
        except (re.error, AttributeError) as exc:
            raise LexiconError(f"{file.name}: {subj}: bad kg:pattern ({exc})") from None

    styles = []
    for subj in sorted(g.subjects(RDF.type, KG.HeadingStyle), key=str):
        name = str(subj).rsplit("/", 1)[-1]
        styles.append(HeadingStyle(name, _literal(g, subj, RDFS.label, "zh") or name, compile_(subj),
                                   _literal(g, subj, KG.numerals) or "arabic",
                                   _literal(g, subj, KG.unitKind) or "heading",
                                   int(_literal(g, subj, KG.rank) or 100), _literal(g, subj, KG.system) or "",
                                   _literal(g, subj, KG.marking) or ""))
    styles.sort(key=lambda s: (s.rank, s.name))
    box = next(iter(sorted(g.subjects(RDF.type, KG.BoxStyle), key=str)), None)
    annex = next(iter(sorted(g.subjects(RDF.type, KG.AnnexStyle), key=str)), None)
    if not styles or box is None or annex is None:
        raise LexiconError(f"{file.name}: needs heading styles, a box style and an annex style")
    roles = tuple(sorted((Role(_literal(g, s, KG.role), tuple(sorted({str(w) for w in g.objects(s, KG.word)},
                                                                    key=lambda w: (-len(w), w))),
                               int(_literal(g, s, KG.precedence) or 100),
                               tuple(sorted(str(w) for w in g.objects(s, KG.workVerb))),
                               tuple(sorted(str(w) for w in g.objects(s, KG.statuteWork))),
                               tuple(sorted(str(w) for w in g.objects(s, KG.wholeTitle))))
                          for s in g.subjects(RDF.type, KG.HeadingRole)), key=lambda r: (r.precedence, r.name)))
    genres = tuple(sorted((str(s).rsplit("/", 1)[-1], _literal(g, s, RDFS.label, "zh") or "",
                           _literal(g, s, RDFS.label, "en") or "",
                           tuple(sorted({str(w) for w in g.objects(s, KG.word)}, key=lambda w: (-len(w), w))))
                          for s in g.subjects(RDF.type, KG.Genre)))
    chrome: dict[str, set[str]] = {}
    for s in g.subjects(RDF.type, KG.PageChrome):
        chrome.setdefault(_literal(g, s, KG.kind) or "", set()).update(str(w) for w in g.objects(s, KG.word))
    genre_headings = tuple(sorted((str(s).rsplit("/", 1)[-1], tuple(re.compile(str(p)) for p in sorted(g.objects(s, KG.pattern))))
                                  for s in g.subjects(RDF.type, KG.Genre) if any(True for _ in g.objects(s, KG.pattern))))
    return Layout(tuple(styles), compile_(box), compile_(annex), roles, genres,
                  tuple((k, tuple(sorted(v, key=lambda w: (-len(w), w)))) for k, v in sorted(chrome.items())),
                  genre_headings)
