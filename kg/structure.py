"""Stage 2 — structure: the document tree of a Chinese plan.

Parses, on the normalised view of a :class:`~kg.ingest.Document`:

- the title and the table of contents (目录), which is never parsed again as body;
- chapters ``一、``, sections ``(一)`` / ``（一）``, several attached documents in one
  file (the chapter numbering restarting at 一 opens a new *part*), an annex (附件);
- paragraphs, their lead sentence (``建设泛在智能的网络连接设施。``), numbered items
  (``1.``, ``（1）``, ``一是``), boxes (``专栏N``) and responsible units (``（责任单位：…）``);
- ``image.png`` placeholders, database header lines and stray file names, recorded
  and kept out of the sentences;
- sentences with offsets into the original text.

Section identifiers: ``四(一)`` (chapter numeral, section numeral in half-width
parentheses), ``三`` for a chapter, ``preamble`` before chapter 一, ``annex`` for an
annex; parts after the first are prefixed ``P2:``, ``P3:`` ….

Roles are assigned here too: the sections of the chapter that sets out the plan's
tasks (title naming 任务, else 行动) are tasks and their lead paragraphs actions; the
sections of a 优先行动 chapter are priority actions; lead paragraphs under 基本原则,
发展目标/主要目标 and 主攻方向 are principles, goals and directions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .ingest import Document, strip_debris

NUMERALS = "零一二三四五六七八九十"
_NUM = "[一二三四五六七八九十]{1,3}"

RE_TOC = re.compile(r"^目\s*录$")
# 一、 or 第一章 / 第一篇 (plans and outlines use both); (一) or 第一节
RE_CHAPTER = re.compile(rf"^(?:({_NUM})、|第({_NUM})[章篇](?:\s+|(?=\S)))\s*(.+)$")
RE_SECTION = re.compile(rf"^(?:\(({_NUM})\)|第({_NUM})节(?:\s+|(?=\S)))\s*(.+)$")
RE_ITEM = re.compile(r"^(?:(\d{1,2})[.、](?!\d)|\((\d{1,2})\)|([①-⑳])|(" + _NUM + r"是)[,:，：]?|"
                     r"(第[一二三四五六七八九十百零]{1,5}条))\s*(.+)$")


def heading_parts(m: re.Match) -> tuple[str, str, int]:
    """(numeral, rest of the line, offset of the rest) of a RE_CHAPTER or RE_SECTION match."""
    return m.group(1) or m.group(2), m.group(3), m.start(3)
RE_BOX = re.compile(r"^专栏\s*(\d{1,3})\s*[:：]?\s*(.*)$")
RE_IMAGE = re.compile(r"^[\w\-. ()]{1,120}\.(?:png|jpe?g|gif|bmp|emf|wmf)$", re.I)
RE_FILENAME = re.compile(r"^\S{1,120}\.(?:pdf|docx?|wps|txt|xlsx?|html?)$", re.I)
RE_META = re.compile(r"^(?:【[^】]{1,20}】|原文链接|来源[:：]|https?://|www\.)")
RE_ANNEX = re.compile(r"^附\s*件\s*(\d{0,2})\s*[:：]?\s*(.{0,60})$")
RE_BULLET = re.compile(r"^(?:-{2,}|—{1,2}|[•·●▪■◆])\s*")
# （责任单位：省经信厅、省财政厅）, and the State Council style （国家发展改革委牵头，各有关部门按职责分工负责）
RE_RESPONSIBLE = re.compile(r"\((?:(?:责任单位|牵头单位|责任部门)[:：]\s*([^()]+)|"
                            r"([^()]{2,150}?(?:按职责分工负责|分工负责|牵头负责|负责落实|牵头)))\)")
_ORG_SUFFIX = re.compile(r"(部|委|局|厅|办|院|署|会|政府|行|中心|公司|集团|单位|部门|企业|工作组|小组|机构|银行)$")
_COLLECTIVE = re.compile(r"^(各有关|有关|相关|其他)(部门|单位|方面)$|^各(部门|单位|地区)$")
_UNIT_NOISE = re.compile(r"(按职责分工负责|分工负责|牵头负责|负责落实|负责|牵头|配合|参与|等|分别)+$")
#: Chapters and sections that frame a plan rather than set out its work.
RE_FRAMING = re.compile(r"现状|形势|背景|总体要求|总体思路|总体部署|总体目标|指导思想|基本原则|发展目标|主要目标|"
                        r"保障措施|组织实施|实施保障|保障体系|组织保障|附则|结束语|工作回顾")
RE_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［][12]\d{3}[〕\]］]\d{1,4}号")
SENT_END = "。！？!?"
CLOSERS = "”’」』)》\"'"
_BOUNDARY = re.compile(r"([。！？!?][”’」』)》\"'。！？!?]*)|" + RE_RESPONSIBLE.pattern)
LEAD_MAX = 30


def cn_to_int(numeral: str) -> int:
    """Convert a Chinese numeral up to 九十九 (``十一`` → 11, ``二十`` → 20)."""
    if numeral == "十":
        return 10
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return (NUMERALS.index(tens) if tens else 1) * 10 + (NUMERALS.index(ones) if ones else 0)
    return NUMERALS.index(numeral)


@dataclass
class Sentence:
    """A sentence with offsets into the original text (``text == doc.text[begin:end]``)."""

    index: int
    section: str
    begin: int
    end: int
    text: str
    norm: str
    nbegin: int
    kind: str = "body"  # body | heading | responsibility

    @property
    def clean(self) -> str:
        """The original characters without the encoding debris (``要?求`` → ``要求``): for labels."""
        return strip_debris(self.text).strip()


@dataclass
class Paragraph:
    """A paragraph (one line of the source) inside a section."""

    section: str
    sentences: list[Sentence]
    lead: Sentence | None = None
    number: str | None = None
    box: str | None = None
    role: str | None = None  # action | principle | goal | direction
    responsible: list[str] = field(default_factory=list)
    responsible_sentence: Sentence | None = None


@dataclass
class Box:
    """A boxed list (``专栏N``), part of the section it stands in."""

    id: str
    number: int
    title: str
    section: str
    heading: Sentence | None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Section:
    """A chapter, a section, the preamble or an annex."""

    id: str
    kind: str  # preamble | chapter | section | annex
    title: str
    part: int = 1
    chapter: int | None = None
    number: int | None = None
    parent: str | None = None
    has_body: bool = True
    role: str | None = None  # task | priority_action
    heading: Sentence | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    norm_title: str = ""  # the title in the normalised (Simplified) view, for recognising roles

    @property
    def order(self) -> tuple[int, int, int]:
        kind_rank = {"preamble": -1, "annex": 999}.get(self.kind, 0)
        return (self.part, self.chapter if self.chapter is not None else kind_rank, self.number or 0)


@dataclass
class TocEntry:
    """A heading listed in the table of contents."""

    level: int  # 1 chapter, 2 section
    chapter: int
    number: int | None
    title: str
    norm_title: str = ""


@dataclass
class Artifact:
    """A line kept out of the sentences: an image placeholder, header metadata, a stray file name."""

    kind: str  # image | metadata | filename
    section: str
    begin: int
    end: int
    text: str


@dataclass
class Part:
    """One document of a file that holds several (a notice with attached documents)."""

    index: int
    title: str | None


@dataclass
class DocumentTree:
    """The parsed structure of one document, passed to the extraction stage."""

    doc: Document
    title: str | None
    toc: list[TocEntry]
    sections: list[Section]
    sentences: list[Sentence]
    artifacts: list[Artifact]
    parts: list[Part]
    date: str | None = None
    issuer: str | None = None
    number: str | None = None  # the document number (文号), e.g. 皖政办秘〔2021〕82号

    def section(self, section_id: str) -> Section:
        for sec in self.sections:
            if sec.id == section_id:
                return sec
        raise KeyError(section_id)

    def tasks(self) -> list[Section]:
        return [s for s in self.sections if s.role == "task"]

    def paragraphs(self) -> list[Paragraph]:
        out = []
        for sec in self.sections:
            out.extend(sec.paragraphs)
            for box in sec.boxes:
                out.extend(box.paragraphs)
        return out


def section_id(chapter: int, number: int | None, part: int = 1) -> str:
    """Identifier of a chapter or section: ``四``, ``四(一)``, ``P2:二(三)``."""
    cid = _int_to_cn(chapter)
    sid = cid if number is None else f"{cid}({_int_to_cn(number)})"
    return sid if part == 1 else f"P{part}:{sid}"


def _int_to_cn(n: int) -> str:
    if n <= 10:
        return NUMERALS[n] if n < 10 else "十"
    tens, ones = divmod(n, 10)
    return (NUMERALS[tens] if tens > 1 else "") + "十" + (NUMERALS[ones] if ones else "")


@dataclass
class _Line:
    text: str  # stripped, normalised
    nbegin: int  # offset of text[0] in doc.norm
    raw_len: int


def _lines(norm: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in norm.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(stripped, pos + lead, len(raw)))
        pos += len(raw) + 1
    return out


def _is_title_like(text: str) -> bool:
    return len(text) <= 60 and not any(p in text for p in "。;；!?") and not text.endswith((":", "："))


def _heading_title(text: str) -> tuple[str, str, int]:
    """Split a heading line into (title, rest of line, offset of rest)."""
    for i, ch in enumerate(text):
        if ch in SENT_END:
            j = i + 1
            while j < len(text) and text[j] in CLOSERS:
                j += 1
            return text[:i], text[j:].lstrip(), j + (len(text[j:]) - len(text[j:].lstrip()))
    return text, "", len(text)


class _Parser:
    def __init__(self, doc: Document):
        self.doc = doc
        self.sentences: list[Sentence] = []
        self.artifacts: list[Artifact] = []
        self.sections: dict[str, Section] = {}
        self.toc: list[TocEntry] = []
        self.parts: list[Part] = [Part(1, None)]
        self.part = 1
        self.chapter: int | None = None
        self.current: Section = self._open(Section("preamble", "preamble", "前言"))
        self.box: Box | None = None
        self.item_action: Paragraph | None = None
        self.title: str | None = None
        self.seen_chapter = False

    # -- sections ---------------------------------------------------------
    def _open(self, sec: Section) -> Section:
        existing = self.sections.get(sec.id)
        if existing is not None:
            return existing
        self.sections[sec.id] = sec
        return sec

    def _prefix(self, sid: str) -> str:
        return sid if self.part == 1 else f"P{self.part}:{sid}"

    def _clean(self, nbegin: int, nend: int) -> str:
        """The original characters behind ``norm[nbegin:nend]`` (debris dropped, nothing folded)."""
        text, idx = self.doc.text, self.doc.norm_to_orig
        begin, end = idx[nbegin], (idx[nend - 1] + 1 if nend > nbegin else idx[nbegin])
        if end - begin == nend - nbegin:  # nothing dropped inside: one slice
            return text[begin:end].strip()
        return "".join(text[idx[k]] for k in range(nbegin, nend)).strip()

    # -- sentences ----------------------------------------------------------
    def _sentence(self, nbegin: int, nend: int, section: str, kind: str = "body") -> Sentence | None:
        norm = self.doc.norm[nbegin:nend]
        strip_l = len(norm) - len(norm.lstrip())
        nbegin += strip_l
        nend = nbegin + len(norm.strip())
        if nend <= nbegin:
            return None
        begin, end = self.doc.orig_span(nbegin, nend)
        sent = Sentence(len(self.sentences), section, begin, end, self.doc.text[begin:end],
                        self.doc.norm[nbegin:nend], nbegin, kind)
        self.sentences.append(sent)
        return sent

    def _split(self, text: str, nbegin: int, section: str) -> list[Sentence]:
        """Sentences of one paragraph: ends at 。！？ (with closing quotes), and a
        ``（责任单位：…）`` assignment is a sentence of its own."""
        out = []
        start = 0
        for m in _BOUNDARY.finditer(text):
            if m.group(1) is not None:  # a sentence end
                s = self._sentence(nbegin + start, nbegin + m.end(), section)
                if s:
                    out.append(s)
            else:  # a responsibility assignment
                if text[start:m.start()].strip():
                    s = self._sentence(nbegin + start, nbegin + m.start(), section)
                    if s:
                        out.append(s)
                s = self._sentence(nbegin + m.start(), nbegin + m.end(), section, "responsibility")
                if s:
                    out.append(s)
            start = m.end()
        if text[start:].strip():
            s = self._sentence(nbegin + start, nbegin + len(text), section)
            if s:
                out.append(s)
        return out

    # -- main loop ------------------------------------------------------------
    def parse(self) -> DocumentTree:
        lines = _lines(self.doc.norm)
        i = self._parse_header(lines)
        while i < len(lines):
            line = lines[i]
            if RE_TOC.match(line.text):
                i = self._parse_toc(lines, i + 1)
                continue
            self._line(lines, i)
            i += 1
        self._add_toc_only_sections()
        self._assign_roles()
        sections = sorted(self.sections.values(), key=lambda s: s.order)
        tree = DocumentTree(self.doc, self.title, self.toc, sections, self.sentences, self.artifacts,
                            self.parts, *self._date_issuer(lines))
        m = RE_DOC_NUMBER.search("\n".join(ln.text for ln in lines[:15]))
        tree.number = m.group(0) if m else None
        return tree

    def _parse_header(self, lines: list[_Line]) -> int:
        i = 0
        while i < len(lines) and RE_META.match(lines[i].text):
            self._artifact("metadata", lines[i])
            i += 1
        if i < len(lines) and _is_title_like(lines[i].text) and not RE_CHAPTER.match(lines[i].text) \
                and not RE_TOC.match(lines[i].text):
            clean = self._clean(lines[i].nbegin, lines[i].nbegin + len(lines[i].text))
            self.title = re.split(r"——|—{2}|\u2015{2}", clean)[0].strip() or clean
            i += 1
            # a repeated title line (a second copy with other parentheses) is not body
            while i < len(lines) and _is_title_like(lines[i].text) and \
                    _squash(lines[i].text) == _squash(lines[i - 1].text):
                i += 1
        return i

    def _artifact(self, kind: str, line: _Line) -> None:
        b, e = self.doc.orig_span(line.nbegin, line.nbegin + len(line.text))
        self.artifacts.append(Artifact(kind, self.current.id, b, e, self.doc.text[b:e]))

    def _parse_toc(self, lines: list[_Line], i: int) -> int:
        chapter = 0
        while i < len(lines):
            text = lines[i].text
            m_c, m_s = RE_CHAPTER.match(text), RE_SECTION.match(text)
            if not (m_c or m_s) or not _is_title_like(text):
                break
            m = m_c or m_s
            numeral, rest, at = heading_parts(m)
            title = self._clean(lines[i].nbegin + at, lines[i].nbegin + len(text))
            if m_c:
                chapter = cn_to_int(numeral)
                self.toc.append(TocEntry(1, chapter, None, title, rest.strip()))
            else:
                self.toc.append(TocEntry(2, chapter, cn_to_int(numeral), title, rest.strip()))
            i += 1
        return i

    def _line(self, lines: list[_Line], i: int) -> None:
        line = lines[i]
        text = line.text
        if RE_IMAGE.match(text):
            self._artifact("image", line)
            return
        if RE_META.match(text) or (RE_FILENAME.match(text) and i == len(lines) - 1):
            self._artifact("metadata" if RE_META.match(text) else "filename", line)
            return
        m = RE_ANNEX.match(text)
        if m and self.seen_chapter:
            self._open_annex(m, line)
            return
        m = RE_CHAPTER.match(text)
        if m:
            numeral, rest, at = heading_parts(m)
            if self._accept_chapter(cn_to_int(numeral), lines, i):
                self._open_chapter(cn_to_int(numeral), rest, line, at)
                return
        m = RE_SECTION.match(text)
        if m and self.chapter is not None and self.current.kind != "annex":
            numeral, rest, at = heading_parts(m)
            self._open_section(cn_to_int(numeral), rest, line, at)
            return
        m = RE_BOX.match(text)
        if m and self.current.kind != "preamble":
            self._open_box(int(m.group(1)), m.group(2), line, len(m.group(0)) - len(m.group(2)))
            return
        self._paragraph(line)

    def _accept_chapter(self, num: int, lines: list[_Line], i: int) -> bool:
        if self.current.kind == "annex":
            return False
        if self.chapter is None:
            return num == 1
        if num == self.chapter + 1:
            return True
        heading_like = _is_heading_line(lines[i].text)
        if num == 1 and heading_like:  # numbering restarts: an attached document begins
            self._new_part(lines, i)
            return True
        # a gap in the numbering (chapters missing from the copy) still opens a chapter
        return num > self.chapter + 1 and heading_like

    def _new_part(self, lines: list[_Line], i: int) -> None:
        # The part's title is the nearest title-like line above, after the last heading.
        title = None
        sec = self.current
        target = sec.boxes[-1].paragraphs if sec.boxes and self.box else sec.paragraphs
        for k in range(len(target) - 1, -1, -1):
            para = target[k]
            if len(para.sentences) == 1 and _is_title_like(para.sentences[0].norm):
                title = para.sentences[0].clean
                moved = target[k:]
                del target[k:]
                break
        else:
            moved = []
        self.part += 1
        self.parts.append(Part(self.part, title))
        self.chapter = None
        self.box = None
        self.item_action = None
        pre = self._open(Section(self._prefix("preamble"), "preamble", title or "前言", part=self.part))
        for para in moved[1:]:
            for s in para.sentences:
                s.section = pre.id
            para.section = pre.id
            pre.paragraphs.append(para)
        if moved:
            moved[0].sentences[0].section = pre.id
            moved[0].sentences[0].kind = "heading"
            pre.heading = moved[0].sentences[0]
        self.current = pre

    def _open_chapter(self, num: int, rest: str, line: _Line, off: int) -> None:
        self.seen_chapter = True
        self.chapter = num
        self.box = None
        self.item_action = None
        title, body, body_off = _heading_title(rest)
        sid = self._prefix(section_id(num, None))
        clean = self._clean(line.nbegin + off, line.nbegin + off + len(title))
        sec = self._open(Section(sid, "chapter", clean, part=self.part, chapter=num, norm_title=title.strip()))
        sec.heading = self._sentence(line.nbegin, line.nbegin + off + len(title), sid, "heading")
        self.current = sec
        if body:
            self._paragraph(_Line(body, line.nbegin + off + body_off, len(body)), inline=True)

    def _open_section(self, num: int, rest: str, line: _Line, off: int) -> None:
        self.box = None
        self.item_action = None
        title, body, body_off = _heading_title(rest)
        parent = self._prefix(section_id(self.chapter, None))
        sid = self._prefix(section_id(self.chapter, num))
        clean = self._clean(line.nbegin + off, line.nbegin + off + len(title))
        sec = self._open(Section(sid, "section", clean, part=self.part, chapter=self.chapter,
                                 number=num, parent=parent, norm_title=title.strip()))
        sec.heading = self._sentence(line.nbegin, line.nbegin + off + len(title), sid, "heading")
        self.current = sec
        if body:
            self._paragraph(_Line(body, line.nbegin + off + body_off, len(body)), inline=True)

    def _open_annex(self, m: re.Match, line: _Line) -> None:
        n = m.group(1)
        sid = self._prefix("annex" + (n if n and n != "1" else ""))
        sec = self._open(Section(sid, "annex", m.group(2).strip() or "附件", part=self.part))
        sec.heading = self._sentence(line.nbegin, line.nbegin + len(line.text), sid, "heading")
        self.current = sec
        self.box = None
        self.item_action = None

    def _open_box(self, num: int, title: str, line: _Line, off: int) -> None:
        sid = self.current.id
        heading = self._sentence(line.nbegin, line.nbegin + len(line.text), sid, "heading")
        box = Box(f"专栏{num}", num, self._clean(line.nbegin + off, line.nbegin + len(line.text)), sid, heading)
        self.current.boxes.append(box)
        self.box = box
        self.item_action = None

    def _paragraph(self, line: _Line, inline: bool = False) -> None:
        text = line.text
        sid = self.current.id
        if self.current.kind == "annex" and not inline:
            # An annex (name lists, forms) keeps its sentences but builds no actions.
            para = Paragraph(sid, self._split(text, line.nbegin, sid))
            self.current.paragraphs.append(para)
            return
        number = None
        body, body_off = text, 0
        mb = RE_BULLET.match(body)
        if mb:
            body, body_off = body[mb.end():], mb.end()
        mi = RE_ITEM.match(body)
        if mi and not inline:
            number = next(g for g in mi.groups()[:5] if g)
            body_off += mi.start(6)
            body = mi.group(6)
            if self.box is not None and self.box.paragraphs:
                self.box = None  # a numbered item after a box's body closes the box
        sentences = self._split(body, line.nbegin + body_off, sid)
        if not sentences:
            return
        para = Paragraph(sid, sentences, number=number)
        resp = RE_RESPONSIBLE.search(body)
        if resp:
            para.responsible = _split_units(resp.group(1) or resp.group(2))
            para.responsible_sentence = next((s for s in sentences if s.kind == "responsibility"), None)
        content = [s for s in sentences if s.kind == "body"]
        if content and _is_lead(content[0], len(content), number is not None):
            para.lead = content[0]
        if self.box is not None:
            para.box = self.box.id
            self.box.paragraphs.append(para)
        else:
            self.current.paragraphs.append(para)
        if number is not None and para.lead is not None:
            self.item_action = para
        elif number is None and self.item_action is not None and self.box is None:
            para.number = f"{self.item_action.number}/"  # continuation of the numbered item
            if para.responsible:  # the units named at the end of an item's last paragraph are the item's
                self.item_action.responsible.extend(u for u in para.responsible
                                                    if u not in self.item_action.responsible)
                self.item_action.responsible_sentence = para.responsible_sentence

    def _add_toc_only_sections(self) -> None:
        """Headings listed in the contents whose body is missing become sections without body."""
        for entry in self.toc:
            sid = section_id(entry.chapter, entry.number)
            if sid in self.sections:
                continue
            parent = section_id(entry.chapter, None) if entry.number is not None else None
            kind = "chapter" if entry.number is None else "section"
            self.sections[sid] = Section(sid, kind, entry.title, part=1, chapter=entry.chapter,
                                         number=entry.number, parent=parent, has_body=False,
                                         norm_title=entry.norm_title)

    def _assign_roles(self) -> None:
        by_part: dict[int, list[Section]] = {}
        for sec in self.sections.values():
            by_part.setdefault(sec.part, []).append(sec)
        for part, members in sorted(by_part.items()):
            chapters = [s for s in members if s.kind == "chapter"]
            sections = [s for s in members if s.kind == "section"]
            task_chapter = _find(chapters, ("任务",)) or _find(
                [c for c in chapters if "优先" not in c.norm_title], ("行动",)) or _find(
                [c for c in chapters if "保障" not in c.norm_title], ("重点工作", "主要工作", "工作举措", "重点领域"))
            if task_chapter is not None:
                tasks = [s for s in sections if s.parent == task_chapter.id]
                if not tasks:
                    tasks = [task_chapter]
            else:
                # No chapter names the tasks: the top sections that are not framing (现状, 总体要求,
                # 保障措施 …) are the tasks, and their own sections (（一）加快建设…。) the actions.
                tasks = [c for c in chapters if not RE_FRAMING.search(c.norm_title)]
                for t in tasks:
                    for sec in sections:
                        if sec.parent == t.id and not RE_FRAMING.search(sec.norm_title):
                            sec.role = "action"
            for t in tasks:
                t.role = "task"
            for c in chapters:
                if "优先行动" in c.norm_title or "重点行动" in c.norm_title:
                    for s in sections:
                        if s.parent == c.id:
                            s.role = "priority_action"
                if "主攻方向" in c.norm_title or "重点方向" in c.norm_title:
                    _mark_leads(c, "direction")
            for s in sections:
                if "基本原则" in s.norm_title or s.norm_title.endswith("原则"):
                    _mark_leads(s, "principle")
                elif re.search(r"(发展|主要|总体)目标", s.norm_title):
                    _mark_leads(s, "goal")
            for t in tasks:
                _mark_leads(t, "action")

    def _date_issuer(self, lines: list[_Line]) -> tuple[str | None, str | None]:
        head = "\n".join(ln.text for ln in lines[:15])
        date = None
        m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", head)
        if m:
            date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        else:
            m = re.search(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日", head)
            if m:
                year = "".join(str("〇一二三四五六七八九".index(c.replace("○", "〇").replace("零", "〇")))
                               for c in m.group(1))
                date = f"{year}-{cn_to_int(m.group(2)):02d}-{cn_to_int(m.group(3)):02d}"
        issuer = None
        if self.title:
            m = re.match(r"^(.{2,30}?)关于", self.title)
            if m:
                issuer = m.group(1)
        if issuer is None:
            m = re.search(r"(国务院|全国人民代表大会|中共中央|中央网络安全和信息化委员会)", head)
            if m and self.title and m.group(1) in "\n".join(ln.text for ln in lines[:2]):
                issuer = m.group(1)
        return date, issuer


def _is_heading_line(text: str) -> bool:
    """A short line whose heading part ends without ；/：and holds no more than one sentence."""
    head, rest, _ = _heading_title(text)
    return len(head) <= 40 and not any(p in head for p in ";；:：") and (not rest or len(head) <= 30)


def _squash(text: str) -> str:
    return re.sub(r"[\s()（）\-—–]", "", text)


def _find(chapters: list[Section], words: tuple[str, ...]) -> Section | None:
    for c in sorted(chapters, key=lambda s: s.order):
        if any(w in c.norm_title for w in words):
            return c
    return None


def _mark_leads(sec: Section, role: str) -> None:
    for para in sec.paragraphs:
        if para.lead is not None and not (para.number or "").endswith("/"):
            para.role = role
    if role == "action":
        for box in sec.boxes:
            for para in box.paragraphs:
                if para.lead is not None:
                    para.role = role


def _is_lead(first: Sentence, n_content: int, numbered: bool) -> bool:
    text = first.norm.rstrip(SENT_END + CLOSERS)
    if not text or first.norm[-1:] not in SENT_END and not first.norm.endswith(tuple(CLOSERS)):
        return False
    if n_content < 2 and not numbered:
        return False
    commas = text.count(",") + text.count("，")
    limit = LEAD_MAX + (10 if numbered else 0)
    if commas == 0 and "、" in text:
        limit += 20  # a long enumeration (A、B、C的…体系。) with no comma still reads as a title
    if len(text) > limit:
        return False
    if any(p in text for p in ":;：；"):
        return False
    return commas <= 1


def _split_units(raw: str) -> list[str]:
    """Unit names of an assignment, without 牵头/负责/等 and without collective words (各有关部门)."""
    units = []
    for part in re.split(r"[、,，;；]", raw):
        name = _UNIT_NOISE.sub("", part.strip()).strip()
        if len(name) >= 2 and _ORG_SUFFIX.search(name) and not _COLLECTIVE.match(name) and name not in units:
            units.append(name)
    return units


def parse_structure(doc: Document) -> DocumentTree:
    """Parse *doc* into a :class:`DocumentTree`."""
    return _Parser(doc).parse()
