"""Terms no lexicon knows: technology-like spans, quoted names and ASCII acronyms, with a confidence.

Three patterns, each giving a base confidence that the document's evidence raises:

- ``ascii`` — a code-like ASCII name (``TSN``, ``PON``, ``SM9``) that is not in the list of
  ASCII words that are not technologies (``ontology/lexicon/cues.ttl``);
- ``head`` — a modifier and a technology head (…平台, …系统, …技术, …芯片; the heads are data),
  the modifier read back from the head to the nearest lead word, connective or punctuation;
  a term whose modifier is only generic words (各类平台, 服务平台) is dropped;
- ``quoted`` — a name in quotation marks (“浙里办”, “城市大脑”).

The confidence grows with repetition in the document, with an enumeration that also names a known
technology (A、B、C等), and with a strong head; :func:`score` documents the numbers.  A candidate
never overlaps a lexicon concept: a term that contains a known technology (区块链服务平台) is found
through that technology.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CJK = r"\u4e00-\u9fff"
RE_ASCII_TERM = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9+\-]{1,9}|\d[A-Za-z][A-Za-z0-9\-]{0,6})(?![A-Za-z0-9])")
RE_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』,，。;；:：、()\s]{2,14})[”\"」』]")
_TERM_CHAR = re.compile(rf"[{_CJK}A-Za-z0-9+\-]")
_PERIOD = re.compile(r"^(?:十[一二三四五六七八九]五|[一二三四五六七八九十]+五)$")


@dataclass(frozen=True)
class Found:
    """A candidate occurrence in one sentence (offsets into the sentence's normalised text)."""

    term: str
    start: int
    end: int
    pattern: str  # ascii | head | quoted
    base: float
    in_list: bool = False


def _stop_before(text: str, pos: int, stops: tuple[str, ...]) -> bool:
    return any(text.endswith(w, 0, pos) for w in stops)


def _generic_only(modifier: str, generic: tuple[str, ...]) -> bool:
    """True when *modifier* is made only of generic words (各类, 相关, 服务, 管理 …)."""
    rest = modifier
    changed = True
    while rest and changed:
        changed = False
        for w in generic:
            if rest.startswith(w):
                rest = rest[len(w):]
                changed = True
                break
    return not rest


def find_in_sentence(text: str, known: list[tuple[int, int, str]], cues) -> list[Found]:
    """Candidate terms of one sentence; *known* are the lexicon matches ``(start, end, kind)``."""
    out: list[Found] = []
    taken = [(s, e) for s, e, _ in known]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    lists = _enumerations(text, known)
    # ASCII names
    for m in RE_ASCII_TERM.finditer(text):
        term = m.group(1)
        if term.lower() in cues.not_technology or term.isdigit() or not free(m.start(1), m.end(1)):
            continue
        out.append(Found(term, m.start(1), m.end(1), "ascii", 0.6, _inside(lists, m.start(1))))
        taken.append((m.start(1), m.end(1)))
    # quoted names
    for m in RE_QUOTED.finditer(text):
        term = m.group(1)
        if not free(m.start(1), m.end(1)) or _PERIOD.match(term) or not re.search(rf"[{_CJK}A-Za-z]", term):
            continue
        head = next((h for h in cues.heads if term.endswith(h) and len(term) > len(h)), None)
        out.append(Found(term, m.start(1), m.end(1), "quoted", 0.55 if head else 0.4, _inside(lists, m.start(1))))
        taken.append((m.start(1), m.end(1)))
    # modifier + head
    for head in cues.heads:
        start = 0
        while True:
            at = text.find(head, start)
            if at < 0:
                break
            start = at + 1
            end = at + len(head)
            if end < len(text) and text[end] in "化型性式":  # 网络化, 系统性 are not heads
                continue
            left = _modifier_start(text, at, cues)
            if at - left < 2 or end - left > 14:
                continue
            term = text[left:end]
            modifier = text[left:at]
            if not free(left, end) or _generic_only(modifier, cues.generic):
                continue
            weak = head in cues.weak_heads
            out.append(Found(term, left, end, "head", 0.35 if weak else 0.5, _inside(lists, left)))
            taken.append((left, end))
    return out


def _modifier_start(text: str, at: int, cues) -> int:
    """Walk left from a head to the start of its modifier (at most 10 characters)."""
    pos = at
    while pos > 0 and at - pos < 10:
        ch = text[pos - 1]
        if not _TERM_CHAR.match(ch):
            break
        if _stop_before(text, pos, cues.list_verbs):
            break
        pos -= 1
    # a lead word glued at the front (推进政务云平台 → 政务云平台) is not part of the term
    changed = True
    while changed:
        changed = False
        for w in cues.list_verbs:
            if text.startswith(w, pos) and at - pos > len(w) + 1:
                pos += len(w)
                changed = True
                break
    return pos


def _enumerations(text: str, known: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Clauses that list items with 、 and name a known technology."""
    out, start = [], 0
    for i, ch in enumerate(text + "。"):
        if ch in ",，;；:：。!?！？":
            if "、" in text[start:i] and any(k == "Technology" and start <= s < i for s, _, k in known):
                out.append((start, i))
            start = i + 1
    return out


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def score(found: list[Found], counts: dict[str, int]) -> float:
    """Confidence of a candidate term from all its occurrences in a document.

    The best base of its occurrences (ascii 0.6, strong head 0.5, quoted with a head 0.55, quoted 0.4,
    weak head 0.35), +0.1 when it is repeated (+0.15 from three times), +0.1 when it stands in an
    enumeration with a known technology; at most 0.9.
    """
    base = max(f.base for f in found)
    n = counts.get(found[0].term, len(found))
    bonus = 0.15 if n >= 3 else 0.1 if n == 2 else 0.0
    if any(f.in_list for f in found):
        bonus += 0.1
    return round(min(0.9, base + bonus), 2)
