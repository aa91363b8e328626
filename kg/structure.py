"""Stage 2 — structure: the outline of a policy document and its task → action chain.

Works on the normalised view of a :class:`~kg.ingest.Document`, with the heading styles, heading
roles and genres of ``ontology/layout.ttl`` (:mod:`kg.layout`):

- the header (database lines, the title, a repeated title), the table of contents (目录, never
  parsed again as body), attached documents in one file (*parts*) and annexes (附件);
- an outline of *units*: headings of any style (一、/（一）/第一章/第一节/第一部分 …), articles
  (第X条), numbered items (1./（1）/①/一是) and boxes (专栏N).  How the styles nest is read from the
  document itself: a style first met inside another is nested in it, and a style that is already
  open closes everything opened after it.  A number that does not follow on (二、 after 五、) is
  read as text, not as a heading;
- paragraphs, their lead sentences, bracketed responsibility notes (a sentence of their own),
  ``image.png`` placeholders and stray file names (kept out of the sentences), and sentences with
  offsets into the original text.

Then the chain (:func:`build_chain`): which units are the document's **tasks** (the sub-headings of
a heading that names the tasks, 重点任务; otherwise the top headings that are not framing, 总体要求 /
保障措施 / 总则 …) and what its **actions** are (inside a task: its sub-units — headings, items,
articles, boxes — or, when it has none, each of its paragraphs; a paragraph without a lead sentence
is an action labelled by its first clause).  Articles of a 办法 outside framing chapters are actions
even when the document has no chapters.

Unit identifiers join the compact labels of the path: ``四``, ``四(一)``, ``四(一)/1``,
``第二章/第八条``, ``P2:二(三)`` (a second part of the file).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .ingest import TOC_LEADER, Document, close_up, spaced_throughout, strip_debris
from .layout import HeadingStyle, Layout, cn_to_int, int_to_cn, load_layout

__all__ = ["Sentence", "Paragraph", "Unit", "Action", "LeadNode", "Artifact", "Part", "TocEntry",
           "DocumentTree", "parse_structure", "cn_to_int", "section_id"]

SENT_END = "。！？!?"
CLOSERS = "”’」』)》\"'"
LEAD_MAX = 30
RE_TOC = re.compile(r"^目\s*录$")
#: A leader of six dots or more and the page number after it, anywhere in a line (…总则 ......- 1 （一）…).
_TOC_RUN = re.compile(r"(?:[.．…·]\s*){6,}\s*-?\s*\d{1,4}\s*-?")
#: The leader and the page number closing an entry of a table of contents (一、发展回顾 ........ 1).
_TOC_LEADER = re.compile(rf"\s*{TOC_LEADER}\d{{0,4}}\s*$")
RE_IMAGE = re.compile(r"^[\w\-. ()]{1,120}\.(?:png|jpe?g|gif|bmp|emf|wmf)$", re.I)
#: A figure's caption on a line of its own (图 3 数字化转型场景图谱, 图1-2 …示意图): the figure's, no sentence.
RE_FIGURE = re.compile(r"^图\s*\d{1,3}(?:[-.．]\d{1,2})?\s*[\u4e00-\u9fff“”A-Za-z0-9（）()、+ ]{2,30}$")
RE_FILENAME = re.compile(r"^\S{1,120}\.(?:pdf|docx?|wps|txt|xlsx?|html?)$", re.I)
RE_META = re.compile(r"^(?:【[^】]{1,20}】|原文链接|来源[:：]|https?://|www\.|<!--.*-->$)")  # <!-- INFO END -->: a Markdown copy's comment
RE_BULLET = re.compile(r"^(?:-{2,}|—{1,2}|[•·●▪■◆])\s*")
#: A government's or a department's decree line and its number (上海市人民政府令 / （第19号）; 国家市场监督管理总局令第59号).
_DECREE = re.compile(r"^([\u4e00-\u9fff]{2,24}?(?:人民政府|政府|国务院|总局|委员会|部|局|厅|署|办公厅|办公室|银行))令\s*\n?\s*[(（]?第\s*(\d{1,4})\s*号",
                     re.M)
#: A line of a local regulation's history under its title (2026年3月26日 …常务委员会第二十四次会议批准, 2026年4月7日 公布).
_HISTORY_LINE = re.compile(r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:[^\n。]{0,80}?)(通过|批准|公布|发布)\s*[）)]?\s*$", re.M)
#: A rule's history written in one bracket (（…审议通过　2026年5月30日国家密码局令第6号公布　自…起施行）): the day it was
#: promulgated.
_HISTORY_INLINE = re.compile(r"[（(][^（）()\n]{0,120}?(\d{4})年(\d{1,2})月(\d{1,2})日(?:(?!\d{4}年)[^（）()\n。，,]){0,40}?(公布|发布)")
#: A decree of several issuers, each on its line above 令 (国家互联网信息办公室 / 中华人民共和国工业和信息化部 / 中华人民共和国
#: 公安部 / 令 / 第24号, u72).
_JOINT_DECREE = re.compile(r"^((?:[\u4e00-\u9fff]{2,24}?(?:人民政府|政府|国务院|总局|委员会|部|局|厅|署|办公厅|办公室|银行)[ \t]*\n\s*){2,})"
                           r"令\s*\n?\s*[(（]?第\s*(\d{1,4})\s*号", re.M)
#: A document's number: 国办发〔2021〕12号, or with the year and 第 (商建发2026年第89号, 国家能源局公告2024年第3号).
RE_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[〔\[［][12]\d{3}[〕\]］]|[12]\d{3}年第)\d{1,4}号")


def own_number(text: str) -> re.Match | None:
    """The first document number in *text* that is not a cited document's (《…的通知》（农办机〔2017〕10号）: the
    number of the title before it, u46)."""
    for m in RE_DOC_NUMBER.finditer(text):
        if not re.search(r"》\s*[(（]?\s*$", text[max(0, m.start() - 4):m.start()]):
            if text[m.start()] in "日月" and m.start() and text[m.start() - 1].isdigit():
                # 2026年6月12日交通运输部令2026年第11号公布 (u92): the date's 日 is no part of the number
                return RE_DOC_NUMBER.match(text, m.start() + 1) or m
            return m
    return None


#: The body that published a rule, in its history line (2026年6月12日 交通运输部公布).
_PUBLISHED_BY = re.compile(r"\d{1,2}日\s*((?:[\u4e00-\u9fff]{2,24}?(?:人民政府|政府|国务院|总局|委员会|部|局|厅|署|银行)[、，,\s])*"
                          r"[\u4e00-\u9fff]{2,24}?(?:人民政府|政府|国务院|总局|委员会|部|局|厅|署|银行))"
                          r"(?:令(?:[12]\d{3}年)?第\s*\d{1,4}\s*号)?\s*(?:公布|发布)")
#: A decree's number in a rule's history, after the day it was published (（2025年10月25日水利部令第58号发布）, 1994年2月18日
#: 中华人民共和国国务院令第147号发布, u89/u92): the rule's number.
_DATED_DECREE = re.compile(r"\d{1,2}日\s*([\u4e00-\u9fff]{2,24}?(?:人民政府|政府|国务院|总局|委员会|部|局|厅|署|银行)令"
                           r"(?:[12]\d{3}年)?第\s*\d{1,4}\s*号)")
# A bracketed note that assigns units (（责任单位：…）, （省经信厅牵头，各市政府负责）): a sentence of its own.
_NOTE_WORDS = ("责任单位", "牵头单位", "责任部门", "牵头部门", "配合单位", "配合部门", "参与单位", "协办单位", "支撑单位",
               "支撑部门", "协作单位", "协作部门",
               "主办单位", "责任主体", "实施主体", "实施单位", "实施部门", "负责单位", "负责部门", "执行单位", "执行部门",
               "承办单位", "按职责分工负责", "分工负责", "牵头负责",
               "负责落实", "牵头", "负责", "配合")
# (one level of brackets may nest inside: （责任部门：市水务局（海洋局）、市规划资源局）)
_NOTE_CHAR = r"(?:[^()]|\([^()]{1,20}\))"
# A role word may stand in brackets of its own inside the note (（市大数据局（牵头）、市财政局）); a bracket that
# holds only a role word (市科技局（牵头）) is part of its line, not a note.
# A long list of units that ends with its role word (（市局特种设备安全监察处、…、反不正当竞争处按职责分工负责）) is a note too.
# A bracket that only glosses the unit before it by its role (各产煤省区煤炭行业管理部门（煤矿智能化建设牵头部门）要会同…, u76)
# names no unit: part of its sentence, no note; nor does 法定代表人（负责人） (u129: a licence's fields, cut in three).
RE_NOTE = re.compile(r"(?!\([^()：:，,、；;。\s]{2,20}(?:部门|单位|主体)\))(?!\((?:主要)?负责(?:人|同志)\))"
                     r"(?:\((?!(?:牵头|配合|负责|参与|协办|主办)\))" + _NOTE_CHAR + r"{0,60}?\(?(?:" + "|".join(_NOTE_WORDS) + r")\)?"
                     + _NOTE_CHAR + r"{0,200}?\)|\((?:[^()，,。；;：:]|\([^()]{1,20}\)){60,200}?(?:"
                     + "|".join(_NOTE_WORDS) + r")\)|[〔【\[](?:" + "|".join(w for w in _NOTE_WORDS if w.endswith(("单位", "部门", "主体")))
                     + r")[:：](?:[^〔〕【】\[\]()]|\([^()]{1,20}\)){2,200}[〕】\]]|\((?:"
                     + "|".join(w for w in _NOTE_WORDS if w.endswith(("单位", "部门", "主体")))
                     + r")[:：][〔【\[](?:[^〔〕【】\[\]()]|\([^()]{1,20}\)){2,200}[〕】\]]\)?)")
# (a labelled note may also stand in 〔〕, 【】 or [] brackets: 〔责任单位：省发改委、工信厅按职责分工负责〕, or in both,
# its round bracket left open: （责任单位：〔省发改委、文旅厅按职责分工负责〕)
# The same note written as a line of its own, without brackets (责任单位：市大数据局，各区人民政府 / 牵头单位：…；配合单位：…),
# as task lists and flattened tables print it under each item.
#: Labels that open such a line only (相关部门：A、B、C等。): inside a bracket they are ordinary words (会同相关部门).
LINE_NOTE_LABELS = ("相关部门", "相关单位", "落实单位", "实施部门", "参与部门", "协同单位")
RE_NOTE_LINE = re.compile(r"^(?:" + "|".join(w for w in _NOTE_WORDS + LINE_NOTE_LABELS if w.endswith(("单位", "部门", "主体")))
                          + r")[:：][^。]{2,200}。?$")
_BOUNDARY = re.compile(r"([。！？!?][”’」』)》\"'。！？!?]*)|(" + RE_NOTE.pattern + ")")


# ---------------------------------------------------------------------------------------------- model
@dataclass
class Sentence:
    """A sentence with offsets into the original text (``text == doc.text[begin:end]``).

    ``section`` is the innermost heading or article it stands in (``四(一)``), ``unit`` the innermost
    unit of any kind (an item ``四(一)/2`` or a box).
    """

    index: int
    section: str
    begin: int
    end: int
    text: str
    norm: str
    nbegin: int
    kind: str = "body"  # body | heading | responsibility
    unit: str = ""

    @property
    def clean(self) -> str:
        """The original characters without the encoding debris (``要?求`` → ``要求``) and without the breaks of a
        wrapped line (a PDF's copy: 省经\n济和信息化厅): for labels."""
        return display_text(strip_debris(self.text))


@dataclass
class Paragraph:
    """A paragraph (one line of the source) inside a unit."""

    unit: str
    section: str
    sentences: list[Sentence]
    lead: Sentence | None = None

    @property
    def body(self) -> list[Sentence]:
        return [s for s in self.sentences if s.kind == "body"]

    def introduces_list(self) -> bool:
        """A paragraph that only announces what follows (…如下： / 重点实施以下任务：)."""
        body = self.body
        return bool(body) and body[-1].norm.rstrip().endswith((":", "："))


@dataclass
class Unit:
    """A unit of the outline: a heading, an article, a numbered item, a box, the preamble or an annex."""

    id: str
    kind: str  # preamble | heading | article | item | box | annex | closing (the closing words after the last item)
    title: str
    style: str = ""
    level: int = 0
    number: int | None = None
    label: str = ""  # as written: 四、 （一） 第五条 1. 专栏3
    parent: str | None = None
    part: int = 1
    has_body: bool = True
    heading: Sentence | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    norm_title: str = ""
    role: str | None = None  # task | priority_action | framing | container | principle | goal | direction
    seq: int = 0  # order of appearance

    @property
    def is_section(self) -> bool:
        """Headings, articles, the preamble and annexes are sections; items and boxes are not."""
        return self.kind in ("heading", "article", "preamble", "annex", "closing")


@dataclass
class Action:
    """An action of a task: a unit (sub-heading, item, article, box) or a paragraph."""

    key: str  # unit id, or "<unit id>#<paragraph number>"
    task: str | None  # the task unit, None for articles of a document without tasks
    section: str
    label: str
    order: int
    lead: Sentence | None
    sentences: list[Sentence]  # every sentence, the heading or lead first
    unit: str | None = None
    number: str | None = None  # item or article label as written (1, （2）, 第五条)
    begin: int = 0  # offsets of the whole action in the original text
    end: int = 0

    @property
    def measures(self) -> list[Sentence]:
        """The body sentences after the lead: one kg:Measure each."""
        return [s for s in self.sentences if s.kind == "body" and s is not self.lead]


@dataclass
class LeadNode:
    """A principle, goal or direction: a lead paragraph under a heading that names them."""

    role: str  # principle | goal | direction
    section: str
    label: str
    order: int
    lead: Sentence
    sentences: list[Sentence]


@dataclass
class TocEntry:
    """A heading listed in the table of contents."""

    style: str
    number: int
    title: str
    norm_title: str = ""
    level: int = 1


@dataclass
class Artifact:
    """A line kept out of the sentences: an image placeholder, header metadata, a stray file name."""

    kind: str  # image | metadata | filename | chrome
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
    """The parsed structure of one document and its chain, passed to the extraction stage."""

    doc: Document
    title: str | None
    toc: list[TocEntry]
    units: list[Unit]
    sentences: list[Sentence]
    artifacts: list[Artifact]
    parts: list[Part]
    date: str | None = None
    issuer: str | None = None
    number: str | None = None  # the document number (文号), e.g. 皖政办秘〔2021〕82号
    place: str | None = None  # the place a front matter names (region: / name: 深圳市), when the title names none
    genre: tuple[str, str, str] | None = None  # (id, zh, en) from ontology/layout.ttl
    actions: list[Action] = field(default_factory=list)
    lead_nodes: list[LeadNode] = field(default_factory=list)

    def __post_init__(self):
        self._by_id = {u.id: u for u in self.units}

    @property
    def sections(self) -> list[Unit]:
        """Every unit, in document order (kept under this name: a unit is a section of the text)."""
        return self.units

    def unit(self, unit_id: str) -> Unit:
        try:
            return self._by_id[unit_id]
        except KeyError:
            raise KeyError(unit_id) from None

    section = unit

    def tasks(self) -> list[Unit]:
        return [u for u in self.units if u.role == "task"]

    def paragraphs(self) -> list[Paragraph]:
        return [p for u in self.units for p in u.paragraphs]


def section_id(chapter: int, number: int | None, part: int = 1) -> str:
    """Identifier of a ``一、`` chapter or ``（一）`` section: ``四``, ``四(一)``, ``P2:二(十)``."""
    sid = int_to_cn(chapter) if number is None else f"{int_to_cn(chapter)}({int_to_cn(number)})"
    return sid if part == 1 else f"P{part}:{sid}"


def join_id(parent: str | None, compact: str) -> str:
    """Child identifier: ``四`` + ``(一)`` → ``四(一)``; ``四(一)`` + ``1`` → ``四(一)/1``."""
    if not parent or parent.endswith(":"):
        return (parent or "") + compact
    return parent + compact if compact.startswith("(") and not parent.endswith(")") else f"{parent}/{compact}"


# ---------------------------------------------------------------------------------------------- lines
@dataclass
class _Line:
    text: str  # stripped, normalised
    nbegin: int  # offset of text[0] in doc.norm
    inline: bool = False  # an item of an enumeration run into one paragraph (一是…。二是…)


# A chapter heading with its first article run onto the same line (第一章　总则　　第一条　为规范…).
# (第一章 总则第一条 为了…: a copy that lost the space between them)
_INLINE_ARTICLE = re.compile(r"^(第[一二三四五六七八九十百零〇两]{1,5}[章节][^。；;]{0,30}?)\s*(?=第[一二三四五六七八九十百零〇两]{1,5}[条节]\s)")


def display_text(text: str) -> str:
    """*text* (a sentence as written) as a reader sees it: the breaks of its wrapped lines and a page's number on a
    line of its own between them dropped (…平台软件 / 12 / 开发框架, …更加完善， / —1— / 合作领域…: a PDF's copy, u67, u69), and
    the blanks of a copy read by OCR (u73).
    For labels and evidence shown to users; ``kg:text`` keeps the text exactly as written."""
    text = drop_page_breaks(text)
    if spaced_throughout(text):  # a copy read by OCR (推 动产业 结构和 用 能 结构): its blanks dropped as the matching view does
        text = close_up(text)
    return re.sub(r"[ \t]*\n[ \t]*", "", text).strip()


def drop_page_breaks(text: str) -> str:
    """*text* without the page breaks a PDF's copy leaves in a sentence: a form feed (u75: a box in the panel) and a
    page's number on a line of its own (…嵌入 / 1 / 式软件, u81: in TSV output too)."""
    return _PAGE_NUMBER_LINE.sub("\n", _CONTROL.sub("", text))


#: Control characters a copy leaves in its text (a PDF's form feed between pages): no part of what a reader sees.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: A page's number on a line of its own inside a sentence broken by the page (a PDF's copy).
_PAGE_NUMBER_LINE = re.compile(r"\n[ \t\f\u3000]*(?:(?:[-—–]\s*)?\d{1,4}(?:\s*[-—–])?|[①-⑳])[ \t\f\u3000]*(?=\n)")


def _blank_between(norm: str, a: int, b: int) -> bool:
    """Is there a blank line between offsets *a* and *b* of the text (two line breaks or more)?"""
    return norm.count("\n", a, b) >= 2


#: A row of a task list's table that holds one cell, a section's heading (| 一、实施设备更新行动 |): the heading.
_ONE_CELL_HEADING = re.compile(r"^\|\s*(?=(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^|]{2,40}?\s*\|\s*$)")
_MD_MARK = re.compile(r"^#{1,6}\s+")  # (bold marks, **一、总体要求**, are dropped by kg.ingest.normalise)


#: A document flattened to one line (潍坊's 2024 report: 各位代表： … 一、2023年工作回顾 过去的一年…): its paragraphs
#: are separated by spaces, which Chinese prose does not hold between two non-ASCII characters.
_FLAT_LINE = 1500
#: …or a shorter one that opens with a field of a site's information box (当前位置： 首页 > 政务公开 … 各片区管理局，区直各
#: 单位：现将…印发给你们 …): no field's value runs that long, the page was crawled onto one line.
_FLAT_FIELD_LINE = 200
_FLAT_BREAK = re.compile(r"(?<=[^\sA-Za-z0-9])[ \u3000]+(?=[^\sA-Za-z0-9]|\d{4}年)|"
                         r"(?<=[。！？])(?=[一二三四五六七八九十]{1,2}、[^\s，。；]{2,30}[ \u3000])")


#: A flattened line without spaces (平潭's 2019 work plan: …谋划新发展。（一）多项产业协同发展…1.设置离岛免税商城。…
#: 牵头单位：区免税办责任单位：…平潭海关2.打造夜景灯光秀项目。): it is split before its numbered headings — each
#: the next of its style, so that a number inside prose (第（二）项, 2.8万) is not one — and before its role labels;
#: items numbered (1) (2) … too (三、成员单位职责 (1)区经济发展局：负责…(2)区财政金融局：负责…, a list of duties); an item
#: may open with a year (1.2017年10月底前…, dev-br).
_FLAT_MARK = re.compile(r"(?<=[。；;！？!?:：\u4e00-\u9fff）)\s])(?:[（(]([一二三四五六七八九十]{1,3})[）)](?=[\u4e00-\u9fff“])|"
                        r"([一二三四五六七八九十]{1,3})、(?=[\u4e00-\u9fff“\d])|(\d{1,2})[.．、](?=[\u4e00-\u9fff“]|\d{4}年)|"
                        r"第([一二三四五六七八九十百零〇两]{1,5})章(?=[\s\u3000]*[\u4e00-\u9fff])|"
                        r"第([一二三四五六七八九十百零〇两]{1,5})条(?=[\s\u3000]*[\u4e00-\u9fff“(（])|"
                        r"[（(](\d{1,2})[）)](?=[\u4e00-\u9fff“]))|"
                        r"(?<=[。；;\u4e00-\u9fff）)])(?=(?:牵头|责任|配合|协办|参与|主办)(?:单位|部门)[:：])")


#: A chapter's title run onto its first sentence in a flattened line, up to the word naming the chapter's kind.
_RUN_ON_TITLE = re.compile(r"[^。，,；;：:]{0,16}?(?:目标|任务|要求和政策取向|要求|措施|原则|思路|背景|意义|安排|步骤|分工|机制|"
                           r"举措|方向|重点|回顾|取向)|"
                           # 一、领导小组职责 统筹协调… (平潭's duties of a group, its office, its members): a body's duties
                           r"[^。，,；;：:]{0,14}?(?:小组|办公室|单位|部门|机构|局|委|中心|指挥部)(?:的)?(?:主要)?(?:工作)?职责(?!分工|清单)")


_FLAT_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇两]{1,5}条")


def _flat_marks(raw: str) -> list[int]:
    """Where a flattened line (:data:`_FLAT_MARK`) breaks: before each numbered heading that opens its style's
    sequence or continues it (（二） after （一）; 2. after 1.; 5. after 4. in the next chapter) and before each role
    label; [] when there are fewer than four headings (a long paragraph, not a flattened document)."""
    last: dict[int, int] = {}  # level (0 一、, 1 （一）, 2 1., 3 第X章, 4 第X条, 5 (1)) → the number it reached
    out, headings = [], 0
    for m in _FLAT_MARK.finditer(raw):
        group = next((k for k in (1, 2, 3, 4, 5, 6) if m.group(k)), 0)
        if group == 0:
            out.append(m.start())
            continue
        level = {2: 0, 1: 1, 3: 2, 4: 3, 5: 4, 6: 5}[group]
        n = int(m.group(group)) if group in (3, 6) else cn_to_int(m.group(group))
        if m.start() and raw[m.start() - 1] == "第":
            continue  # 质量第一、效益优先: an ordinal, not a heading
        # numbering opens at 1: items and sections again and again, chapters and articles once (依照本办法第一条)
        first = n == 1 and (level in (1, 2, 5) or level not in last)
        if first or n == last.get(level, 0) + 1:  # (items may number on across chapters: 二、…5.…)
            last[level] = n
            out.append(m.start())
            headings += 1
            title = _RUN_ON_TITLE.match(raw, m.end()) if level == 0 else None
            if title and raw[title.end():title.end() + 1] not in "。，,；;：:、（(":
                out.append(title.end())  # 二、澳前台湾小镇工作任务|根据…: the chapter's title ends at its kind's word
    return out if headings >= 4 else []


#: A saved web page whose whole text sits in one table cell, its lines joined by <br> (| # 标题<br>**一、…**<br>…|);
#: a row of several cells (| 序<br>号 | 名称 | …) is a table's, left as it is.
_CELL_BREAK = re.compile(r"<br\s*/?>", re.I)
_CELL_EDGE = re.compile(r"^\s*\|\s*|\s*\|\s*$")


def _raw_lines(norm: str, field: re.Pattern | None = None):
    """(line, offset) of each line of *norm*; a very long line whose paragraphs are joined by spaces is split
    there (but not at a space beside an ASCII word: BIM 技术), and before a chapter heading run onto the end of
    a paragraph (…提出意见。一、2023年工作回顾 过去的一年); so is a long line opening with an information box's
    *field* (当前位置：…); a table cell of lines joined by <br> is split at them."""
    for raw, pos in _cell_rows(norm):
        breaks = len(_CELL_BREAK.findall(raw)) if raw.startswith("|") and raw.count("|") == 2 else 0
        if breaks >= 3 or breaks and len(raw) > 60:  # one cell only, of lines (not 序<br>号)
            start = 0
            for m in [*_CELL_BREAK.finditer(raw), None]:
                end = m.start() if m else len(raw)
                # the cell's pipes at the row's two ends become spaces (the offsets stay those of the text)
                yield _CELL_EDGE.sub(lambda e: " " * len(e.group()), raw[start:end]), pos + start
                start = m.end() if m else end
            continue
        if len(_TOC_RUN.findall(raw)) >= 2:
            yield raw, pos  # a table of contents run together (u117): one line, not a flattened page to cut
            continue
        cuts: list[tuple[int, int]] = []  # (start, end) of each break: a run of spaces, or none before a heading
        if len(raw) > _FLAT_LINE or len(raw) > _FLAT_FIELD_LINE and field is not None and \
                field.match(_squeeze(raw.lstrip())):
            marks = _flat_marks(raw)
            breaks = list(_FLAT_BREAK.finditer(raw))
            if sum(m.end() > m.start() for m in breaks) >= 5 and \
                    sum(1 for at in marks if _FLAT_ARTICLE.match(raw, at)) < 4:  # (a regulation's spaces are its own)
                cuts = [m.span() for m in breaks]
            cuts = sorted(set(cuts) | {(at, at) for at in marks if not any(a <= at < b for a, b in cuts)})
        start = 0
        for a, b in cuts:
            if a >= start:
                yield raw[start:a], pos + start
                start = b
        yield raw[start:], pos + start


#: A line of a table copied a cell a line (华电平江电厂 |), or a row's opening bar alone (|, ||).
_CELL_LINE = re.compile(r"^[^|｜\n]{0,80}[|｜]{1,2}\s*$")


#: A line of a long cell of such a table: its text, maybe closed by the cell's bar (not a row's bar alone).
_LONG_CELL_LINE = re.compile(r"^(?![ \t]*[|｜]{1,2}[ \t]*$)[^|｜\n]{0,1000}(?:[|｜]{1,2}[ \t]*)?$")


def _cell_rows(norm: str) -> list[tuple[str, int]]:
    """The lines of *norm* with their offsets; a Markdown table copied a cell a line (| / 序号 | / 项目名称 | …,
    each row opening with a bar alone) is joined back into one line per row, its line breaks read as spaces
    (the offsets stay those of the text): | 1 | 华电平江电厂 | 岳阳市 平江县 | 华电湖南分公司 | … |."""
    lines, pos = [], 0
    for raw in norm.split("\n"):
        lines.append((raw, pos))
        pos += len(raw) + 1
    out, k = [], 0
    while k < len(lines):
        raw = lines[k][0]
        cols = 0
        if raw.strip() in ("|", "｜"):  # a row's bar, then the header's cells one a line
            while k + 1 + cols < len(lines) and _CELL_LINE.match(lines[k + 1 + cols][0]) and \
                    lines[k + 1 + cols][0].strip() not in ("|", "｜", "||"):
                cols += 1
        first = k
        while cols >= 3 and k < len(lines) and lines[k][0].strip() in ("|", "｜"):  # a row: its bar, `cols` cell ends
            j, ends = k + 1, 0
            while j < len(lines) and ends < cols and j - k <= 4 * cols + 20 and \
                    (_CELL_LINE.match(lines[j][0]) or _LONG_CELL_LINE.match(lines[j][0])):
                # (a long cell's text, 建设规模及内容, may run over lines of its own before its closing bar)
                ends += len(re.findall(r"[|｜]", lines[j][0]))
                j += 1
            if ends < cols:
                break
            start, end = lines[k][1], lines[j - 1][1] + len(lines[j - 1][0])
            out.append((norm[start:end].replace("\n", " "), start))
            k = j
        if k == first:  # no table here (or a row that does not close): the line as it is
            out.append(lines[k])
            k += 1
    return out


#: An article run onto the line of the one before, after a full stop (…应当给予协助。第十四条 调查组组成…).
_RUN_ON_ARTICLE = re.compile(r"(?<=[。；;])第[一二三四五六七八九十百零〇两]{1,5}条[ 　]+(?=[\u4e00-\u9fff“《（(])")
#: A chapter's heading run onto the end of the line before it, after a full stop (…检测报告。第三章鉴定、加固和维护).
_TRAILING_CHAPTER = re.compile(r"(?<=[。；;])第[一二三四五六七八九十百]{1,4}章[\s　]*[\u4e00-\u9fff、，和与及]{2,24}$")


def _lines(norm: str, field: re.Pattern | None = None) -> list[_Line]:
    out = []
    for raw, pos in _raw_lines(norm, field):
        stripped = raw.strip()
        at = pos + len(raw) - len(raw.lstrip())
        md = _MD_MARK.match(stripped) or _ONE_CELL_HEADING.match(stripped)
        if md:  # Markdown copies: '## 第一章 总则'; a table's row of one cell that is a section's heading
            at += md.end()
            stripped = stripped[md.end():].rstrip(" |")
        if len(_TOC_RUN.findall(stripped)) >= 2:  # 一、总则 ……- 1 （一）适用范围 …… - 1 … (u117): a table of contents run
            out.append(_Line(stripped, at))  # together, one line (not an enumeration to split)
            continue
        chapter = _TRAILING_CHAPTER.search(stripped)
        if chapter:  # …不得出具虚假的检测数据和检测报告。第三章鉴定、加固和维护 (u96): a chapter's heading a copy ran onto
            out.extend(_lines_of(stripped[:chapter.start()], at))  # the end of the article before it
            at, stripped = at + chapter.start(), stripped[chapter.start():]
        cut = [m.start() for m in _RUN_ON_ARTICLE.finditer(stripped)]
        if cut:  # …应当给予协助。第十四条 调查组组成… (u97): articles a copy ran onto the line of the one before, each its own
            for a, b in zip([0] + cut, cut + [len(stripped)]):  # line (the numbering goes on)
                out.extend(_lines_of(stripped[a:b].rstrip(), at + a))
            continue
        out.extend(_lines_of(stripped, at))
    return out


def _lines_of(stripped: str, at: int) -> list[_Line]:
    """The lines one line of text holds: a chapter's heading and its first article apart; the items of an
    enumeration run into one paragraph apart."""
    out = []
    while stripped:
        m = _INLINE_ARTICLE.match(stripped)
        if not m:
            pieces = _inline_enumeration(stripped)
            for a, b in pieces:
                piece = stripped[a:b].rstrip()
                # an item of 一是…。二是… run into one paragraph (or the whole paragraph, when it opens with
                # 一是 and runs on to 二是): it holds no paragraph after its own
                inline = bool(re.match(r"[一二三四五六七八九十]{1,2}是", piece)) and \
                    (len(pieces) > 1 or piece.startswith("一是") and bool(re.search(r"[。！？]二是", piece)))
                out.append(_Line(piece, at + a, inline))
            break
        head = m.group(1).rstrip()
        out.append(_Line(head, at))
        at += m.end()
        stripped = stripped[m.end():]
    return out


#: An enumeration run into one paragraph (…加快形成新质生产力。一是加快传统产业转型升级。…。二是加快培育…).
_INLINE_ITEM = re.compile(r"(?<=[。！？])([一二三四五六七八九十]{1,2})是(?=[\u4e00-\u9fff“])")


def _inline_enumeration(text: str) -> list[tuple[int, int]]:
    """Where *text* splits into lines: before each item of an enumeration 一是…二是… that opens sentences of one
    paragraph (counted on: 一是, 二是, 三是 …; at least two), else the whole text."""
    starts, want = [], 1
    for m in _INLINE_ITEM.finditer(text):
        if cn_to_int(m.group(1)) == want:
            starts.append(m.start())
            want += 1
    if len(starts) < 2:
        return [(0, len(text))]
    bounds = [0, *starts, len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


#: A heading line of the decimal system below the top (1.1编制目的, 3.2.1 组织准备): a short title, no sentence.
_DECIMAL_LINE = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s*[\u4e00-\u9fff][^。；;：:]{0,30}$")


#: An item's number glued to a name that opens with digits (11.121人才梯队项目): read only as the next item of a list.
_GLUED_ITEM = re.compile(r"^(\d{1,2})\.(?=\d{1,4}[\u4e00-\u9fff])")


def _is_title_like(text: str) -> bool:
    """Short, no sentence, and words (not a year alone: a cover's 2026 / 2028, u75)."""
    return len(text) <= 60 and not any(p in text for p in "。;；!?") and not text.endswith((":", "：")) and \
        bool(re.search(r"[\u4e00-\u9fffA-Za-z]{2}", text))


#: A document's title ends as titles of the genre end (…的通知, …实施意见, …（试行）, …〔2022〕6号), however long
#: (安徽省推进“三地一区”建设领导小组…关于印发…实施意见的通知 runs to 83 characters).
_GENRE_TITLE_END = re.compile(r"(?:通知|意见|办法|方案|规划|计划|规定|条例|细则|决定|报告|要点|措施|纲要|公告|通告|清单|"
                              r"指南|批复|决议|意见稿)(?:[（(](?:试行|暂行|征求意见稿|修订|[^（）()]{0,24}号)[）)])?[”\"」』]?$")


#: One issuer's name or several, set apart by spaces (工业和信息化部 on a plan's cover; 国家发展改革委 国家数据局 财政部
#: 自然资源部, the issuers' line above a title).
_ISSUER = r"[\u4e00-\u9fff]{2,20}?(?:委员会|委|局|部|厅|办公室|办公厅|办|署|院|总局|银行|政府|联合会|总会|管委会|司)"
_ISSUER_NAMES = re.compile(rf"{_ISSUER}(?:[ \u3000]+{_ISSUER})*")


#: A red-header file's one line of issuers (生态环境部文件, 国家发展改革委 国家能源局文件).
_ISSUER_FILE = re.compile(rf"({_ISSUER_NAMES.pattern})[ \u3000]*文件")
#: The second line of a title whose issuers run over two lines: the last issuer, then 关于… (交通运输部关于支持…的通知).
_TITLE_AFTER_ISSUERS = re.compile(rf"({_ISSUER_NAMES.pattern})[ \u3000]*关于")


#: Issuers written on a line of their own above a title: names set apart by spaces, or one name with 等部门 (国家发展
#: 改革委等部门).
_ISSUERS_SET = re.compile(r"[\u4e00-\u9fff]{2,20}等(?:部门|单位)|[\u4e00-\u9fff]{2,20}(?:[ \u3000]+[\u4e00-\u9fff]{2,20}){1,8}")


def _issuers_line(text: str) -> bool:
    """Is *text* a line of two or more issuers' names set apart by spaces (国家发展改革委 国家数据局 财政部)?"""
    return bool(_ISSUER_NAMES.fullmatch(text)) and re.search(r"[ \u3000]", text) is not None


#: The end of a title on a line of its own under its first line (发展规划, 实施方案, （2021—2025年）).
_TITLE_TAIL = re.compile(r"(?:[\u4e00-\u9fff]{0,6}|关于[^。，,；;：:\s]{2,40}?的?)"
                         r"(?:规划|方案|计划|意见|办法|条例|规定|细则|纲要|指南|通知|决定|规则)"
                         r"(?:[(（][^()（）]{2,20}[)）])?")
# (国务院办公厅转发国务院信息化工作办公室 / 关于振兴软件产业行动纲要的通知, u77: the title's second line opens with 关于)


def _broken_title(title: str, tail: str) -> bool:
    """A title a page broke over two lines inside a name (国务院关于印发《实施就业优先战略 / “十五五”规划》的通知;
    …促进集成电路产业和 / 软件产业高质量发展若干政策的通知, u90): the first line leaves a 《 open or ends on a
    conjunction, and the second closes it and ends as a title does."""
    opened = title.count("《") > title.count("》")
    if not (opened or re.search(r"[和与及、]$", title)) or len(tail) > 40 or re.search(r"[。；;：:]", tail):
        return False
    return _GENRE_TITLE_END.search(tail) is not None and (not opened or "》" in tail)


def _is_document_title(text: str) -> bool:
    """Is a header or annex line a document's title: short and title-like, or up to 150 characters ending as
    titles of the genre end?"""
    return _is_title_like(text) or (len(text) <= 150 and not any(p in text for p in "。;；!?：:")
                                     and bool(_GENRE_TITLE_END.search(text.strip())))


@lru_cache(maxsize=4)
def _chrome_patterns(layout: Layout) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    """The page-furniture patterns of *layout*: (field, link, marker, footer, menu words)."""
    def alt(kind: str) -> str:
        return "|".join(re.escape(w) for w in layout.chrome_words(kind)) or "(?!)"

    # a field's key, bracketed or not ([发文字号], 【字体：…), then a colon, or nothing when its value is on the next line
    return (re.compile(rf"^[\[【]?(?P<key>{alt('field')})(?:[\]】]\s*[:：]?|\s*[:：]|$)"),
            re.compile(rf"^(?:{alt('link')})"), re.compile(alt("marker")),
            re.compile(rf"^(?:{alt('footer')})\s*[:：]|^(?:{alt('related')})"), frozenset(layout.chrome_words("menu")))


#: What separates the entries of a menu line (首页 | 政务公开 > 政策文件).
_MENU_SPLIT = re.compile(r"[\s|｜>＞»›·/、]+")
#: A line that is only a menu's separators (a menu written one entry per line: 首页 / > / 政务公开).
_SEPARATORS = re.compile(r"^[\s|｜>＞»›·/•\-*]+$")  # (* * *: a Markdown rule)
#: A screen reader's hint of a site's search box (本区域包含…热门搜索，请按tab键切换遍历).
_ACCESS_HINT = re.compile(r"请?(?:按|使用)\s*tab\s*(?:键|按钮)", re.I)  # (…区域内容请使用tab按钮切换浏览, u48)
#: A line written wholly in Markdown bold (**总体要求**; ## **…** as well).
#: An article's opening (第十二条), a chapter's numbered heading (第三章), a short unpunctuated line (a chapter's bare title).
_ARTICLE_LINE = re.compile(r"第[一二三四五六七八九十百零〇]{1,6}条")
_NUMBERED_CHAPTER = re.compile(r"第[一二三四五六七八九十]{1,3}[章编]")
_BARE_TITLE = re.compile(r"[\u4e00-\u9fff、和与及]{2,20}")
_BOLD_LINE = re.compile(r"(?:#{1,6}\s+)?\*\*[^*\n]+\*\*|#{2,6}\s+[^#*\n]+")  # (## 总体要求: a page's <h2> as well)
#: A list's bullet or a separator before a line's words (- 重置, |  分享到:): no part of what the line is.
_CHROME_BULLET = re.compile(r"^(?:[-*+•]\s+|[|｜]\s*|\d{1,2}\.\s*(?=\\?[\[【]))")


def _unbulleted(text: str) -> str:
    """*text* without a leading bullet or separator (- 重置 / | 分享到: — a toolbar's list, a share bar; 01. \\[主题分类\\]
    — an information box numbered as a Markdown list, its brackets escaped)."""
    text = _CHROME_BULLET.sub("", text) or text
    return re.sub(r"\\([\[\]])", r"\1", text) if text.startswith("\\[") else text


#: A page's date and source line under its title (2023年07月07日来源：, 2024-05-10 来源：市发展改革委 浏览次数：…, u48).
_DATED_SOURCE = re.compile(r"^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:来源|信息来源|作者|浏览|发布)[:：]")
#: A notice's addressee line: units, then a colon (各区人民政府，市人民政府各部门：).
_ADDRESSEE_LINE = re.compile(r"(?:政府|部门|单位|机构|委|局|厅|办|办事处|管委会|委员会|中心|公司|集团)[：:]$")
#: A page's counter or date on a line of its own (26212, 2025-09-29).
_BOX_NUMBER = re.compile(r"\d{1,12}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
#: A Markdown image (an icon).
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
#: Markdown images that open a line (an icon before a breadcrumb's words).
_LEADING_IMAGES = re.compile(r"^(?:" + _MD_IMAGE.pattern + r"\s*)+")
#: A Markdown link or image (its shown words in group 1).
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
#: A line that is nothing but Markdown links or images, bulleted or not (a page's lists of sites: - [江夏区](https://…)).
_LINK_LINE = re.compile(r"^(?:[-*+]\s+)?(?:#{1,6}\s+)?(?:!?\[(?:!\[[^\]\n]*\]\([^)\s]*\))?[^\]\n]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)\s*"
                        r"(?:[>›»＞/|｜]\s*(?=!?\[))?)+$")
#: (a link's shown words may follow an icon: [![](…/menu-1.png)首页](https://…), u48; a breadcrumb's links are
#: parted by > : [首页](…) > [新闻动态](…) > [专题专栏](…), u53)
#: A news site's item line under a related article's link: its age and source (_2天前_ 来源：东营市公共资源交易中心 …).
_NEWS_META = re.compile(r"^_?\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|月|年)前_?\s*(?:来源[：:]|$)")
#: Kinds of furniture that never stand for a document's own line: a short line beside one is furniture too.
_STRONG_CHROME = ("field", "value", "link", "marker", "separator", "menus")


#: A saved web page's title line: the document's title (ending as titles of the genre end), then the site's sections
#: and name after _ or - (…的通知_政策文件_北京市经济和信息化局, 【…指导意见(…号)】-国家发展和改革委员会).
_PAGE_TITLE = re.compile(r"^【?(.{6,80}?(?:通知|意见|办法|方案|规划|计划|规定|条例|细则|决定|报告|要点|措施|纲要|公告|通告|要求|指南|"
                         r"指引|规则)"
                         r"(?:\([^()]{0,30}\))?)】?(?:[_|｜]|-)[^。，]{2,40}$")


#: The sentence of a decree that promulgates the rules it names (《…》已经…审议通过，现予公布): their title, not the
#: decree's name (国家互联网信息办公室令 / 第18号, :data:`_DECREE`).
_PROMULGATED = re.compile(r"^《([^《》]{4,80})》(?:已经|已于|经)[^。]{0,120}?(?:通过|同意|批准)[^。]{0,20}?(?:现予|予以)?公布")


#: A page's running header or footer in a copy of a PDF, written again on every page (X上海市人民政府规章, …政府公报):
#: the kind of publication, no sentence; read as such when it stands on three lines or more.
_RUNNING_LINE = re.compile(r"^[^。，,；;：:！？!?]{2,28}(?:规章|公报|政报|文件汇编|简报)$|^[^。，,；;：:！？!?]{0,20}第\d{1,4}期$")


#: A page's switch to another language or script, alone on its line.
_LANGUAGE_SWITCH = frozenset({"EN", "English", "ENGLISH", "繁體", "繁体", "简体", "繁體版", "English Version"})


#: A crawler's counter glued before a front matter's title (title: 2市市场监管局关于…), not a year or a count.
_STRAY_NUMBER = re.compile(r"\d{1,3}(?![\d年月日号个项条家批次届期部省.．、]|单位|地区)(?=[\u4e00-\u9fff])")


#: Keys of an information box that name the issuer.
_ISSUER_KEYS = ("发文机关", "发布机构", "发文机构", "发文单位", "制发机关", "制发单位", "制定机关")


def _squeeze(text: str) -> str:
    """A short line without its spaces, as page furniture spaces its words (标 题：, 首 页), and a long one without the
    spaces of a key before its colon (标 题：国务院关于…的决定, a long value); Markdown's bold marks (**文号**: …) are gone
    already (:func:`kg.ingest.normalise`)."""
    if len(text) <= 30:
        return re.sub(r"\s+", "", text)
    key = re.match(r"^([^:：。，,]{1,12})([:：])", text)
    return re.sub(r"\s+", "", key.group(1)) + text[key.end(1):] if key and re.search(r"\s", key.group(1)) else text


def chrome_kind(text: str, layout: Layout) -> str | None:
    """Is the line *text* page furniture of a website copy (a menu, an information-box field, a print or share
    link, a footer line)?  Its kind or None: ``field`` (索引号：…), ``value`` (a field's key alone, its value on
    the next line: 标 题： / [发文字号]), ``link``, ``marker`` (…ICP备…), ``footer`` (主办单位：…, furniture only near
    a marker), ``related`` (相关链接), ``separator`` (| or > alone), ``menus`` (several menu words) or ``menu`` (one
    menu word alone: furniture only among other furniture, :meth:`_Parser._chrome`)."""
    field_re, link_re, marker_re, footer_re, menu = _chrome_patterns(layout)
    text = _unbulleted(text)
    squeezed = _squeeze(text)
    m = field_re.match(squeezed)
    if m is None and text.startswith("!["):  # ![](…/icon.png)您当前的位置：… (u50): the icon before a breadcrumb's words
        if field_re.match(_squeeze(_LEADING_IMAGES.sub("", text))):
            return "link"  # (a breadcrumb holds no value the box gives)
    if m:
        return "value" if m.end() == len(squeezed) and not squeezed.endswith("】") or \
            re.fullmatch(r"[\[【][^\]】]+[\]】]", squeezed) else "field"
    m = footer_re.match(text)
    if m:
        return "footer" if m.group(0)[-1] in ":：" else "related"
    if len(text) <= 40 and link_re.match(squeezed.lstrip("【[")) or _LINK_LINE.match(text) or _ACCESS_HINT.search(text) or \
            _NEWS_META.match(text) or _DATED_SOURCE.match(squeezed):
        return "link"
    if "](" in text:  # a short line of words and links, no prose (建党105周年十五五 [新能源汽车](https://…)5G; a link
        # broken over lines after its icons: 智能问答](https://…) [![](…/ico_2.png)![](…/ico_2_cur.png)\\, u50)
        shown = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
        shown = re.sub(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|[\[\]\\]", "", shown)
        if len(shown) <= 30 and not re.search(r"[。，；：:,;！？!?]", shown):
            return "link"
    if marker_re.search(text):
        return "marker"
    if _SEPARATORS.match(text):
        return "separator"
    words = [w for w in _MENU_SPLIT.split(text) if w]
    if words and len(text) <= 120 and all(w in menu for w in words):
        return "menus" if len(words) > 1 else "menu"
    if len(words) >= 4 and len(text) <= 120 and re.search(r"[|｜]", text) and all(len(w) <= 6 for w in words) and \
            sum(w in menu for w in words) * 2 >= len(words):
        return "menus"  # a site's own menu, half of it the usual words (首页 | 要闻动态 | 政务公开 | 政务服务 | 互动)
    if squeezed in menu:
        return "menu"
    if len(squeezed) <= 30 and _menu_words_run(squeezed, menu) >= 2:
        return "menus"  # 设为首页加入收藏手机版繁体 (u72, cac.gov.cn): the usual words run together, no separator
    return None


def _menu_words_run(text: str, menu: frozenset[str]) -> int:
    """How many menu words *text* is written as, one after another with nothing between (0 when it is not)."""
    best = [0] + [-1] * len(text)  # best[j]: the fewest words text[:j] is made of, -1 when it cannot be
    for j in range(1, len(text) + 1):
        for k in range(max(0, j - 8), j):
            if best[k] >= 0 and text[k:j] in menu and (best[j] < 0 or best[k] + 1 < best[j]):
                best[j] = best[k] + 1
    return max(best[-1], 0)


def _heading_title(text: str) -> tuple[str, str, int]:
    """Split the rest of a heading line into (title, body on the same line, offset of the body)."""
    for i, ch in enumerate(text):
        if ch in SENT_END:
            j = i + 1
            while j < len(text) and text[j] in CLOSERS:
                j += 1
            rest = text[j:]
            return text[:i], rest.lstrip(), j + (len(rest) - len(rest.lstrip()))
    return text, "", len(text)


def _is_heading_line(text: str) -> bool:
    """A short line whose heading part holds no ；/：and no more than one sentence."""
    head, rest, _ = _heading_title(text)
    return len(head) <= 40 and not any(p in head for p in ";；:：") and (not rest or len(head) <= 30)


#: A line that only addresses the audience of a report (各位代表！, 各位代表、同志们：).
#: How a work report opens when its copy lost the title (我代表市人民政府，向大会报告工作).
#: A preamble that names the document's own genre (…，提出以下实施意见; 结合实际，制定本方案).
_SELF_NAMED = re.compile(r"(?:提出|制定|制订)(?:以下|如下|本)((?:实施|指导)?意见|(?:实施|工作|行动)?方案|(?:管理|实施)?办法|"
                         r"行动计划|条例|规定|细则|规划)(?:[。.]|$)")
_REPORT_OPENING = re.compile(r"向大会报告(?:政府)?工作")
#: Where a report turns from the past year to this year's work (做好今年工作至关重要。政府工作的总体要求是…).
_THIS_YEARS_WORK = re.compile(r"做好今年(?:政府)?工作|(?:今年|\d{4}年)(?:政府)?工作的总体要求|政府工作的总体要求是|"
                              r"\d{4}年(?:政府)?(?:主要)?工作(?:安排|任务)|今年(?:要|将)?重点(?:做好|抓好)")
_WORK_LIST = re.compile(r"(?:做好|抓好)(?:以下)?[一二三四五六七八九十几]{1,2}个?方面(?:的)?(?:重点)?工作")
_ADDRESS = re.compile(r"^各位(?:代表|委员)(?:[、，,]\s*(?:各位)?同志们)?\s*[！!：:，,]?$")
#: A paragraph that opens by addressing the audience (各位代表，…; 委员长、各位副委员长、秘书长、各位委员，… to the NPC's
#: Standing Committee).
_ADDRESSED = re.compile(r"(?:委员长、)?各位(?:副委员长|代表|委员)")


#: Spaces between two Chinese characters of a heading (建设结构完善的 城市 充电 网络, where bold marks stood): noise.
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _squash(text: str) -> str:
    return re.sub(r"[\s()（）\-—–]", "", text)


def _is_lead(first: Sentence, n_content: int, numbered: bool) -> bool:
    """A short first sentence that reads as the paragraph's title (建设泛在智能的网络连接设施。)."""
    text = first.norm.rstrip(SENT_END + CLOSERS)
    if not text or first.norm[-1:] not in SENT_END and not first.norm.endswith(tuple(CLOSERS)):
        return False
    if n_content < 2 and not numbered:
        return False
    commas = text.count(",") + text.count("，")
    limit = LEAD_MAX + (10 if numbered else 0)
    if commas == 0 and "、" in text:
        limit += 20  # a long enumeration (A、B、C的…体系。) with no comma still reads as a title
    if len(text) > limit or any(p in text for p in ":;：；"):
        return False
    return commas <= 1


_ARTICLE_TITLE = re.compile(r"^[(【\[]([^()【】\[\]]{2,20})[)】\]]")
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?]")


# a clause that only sets the scene (根据…规定, 在…的前提下, 对…的) says nothing on its own as a label
_SETTING_CLAUSE = re.compile(r"^(?:根据|按照|依据|依照|遵照|围绕|针对|结合|通过|为了|为|对于?|在|以|经|凡|违反)|"
                             r"^除[^，,]{1,40}外$|"  # 除本条例第三十一条另有规定外，… (u87, dev): an exception, not the work
                             r"(?:的前提下|的基础上|的情况下|过程中|期间|之前|之后|以后|以前|时|的)$|"
                             # a subject and its setting (自治区人民政府可以根据实际情况, u38): the work comes after it
                             r"(?:根据|按照|结合|依照|依据)[^，,]{0,8}?(?:实际|实际情况|需要|规定|要求)$|"
                             # a time alone (到2026年, 2024年底前, 近年来): the clause after it says what is done (u33)
                             r"^(?:到|至|截至|截止到?|力争到?|预计到?)?(?:\d{4}|[二〇一九零]{4})年(?:年?底|末|前|内|以前|上半年|下半年)?(?:前)?$|"
                             r"^(?:近年来|近年|目前|当前|今年|明年|今后|未来|下一步)$|"
                             # a subject, its duty word and the means or the partner it works with (市人民政府应当依托
                             # 一体化智能化公共数据平台, 文化和旅游部门应当会同有关部门, 自治县人民政府应当按照保护规划, u66/u68)
                             r"(?:应当|应|要|须|必须|可以)(?:依托|借助|依据|根据|按照|依照|围绕|结合|会同|通过|基于|在)[^，,]{1,30}$|"
                             # …在道路测试和示范应用充分验证基础上 (u66): the condition, not the work
                             r"基础上$")


#: The date that signs a document, on a line of its own (2026年6月9日, 二〇二四年十二月三十日).
_SIGNED_DATE = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$")
#: What may follow a document's signature: its copy list and printing line (抄送：…, …办公室 2024年5月22日印发).
_AFTER_SIGNATURE = re.compile(r"(?:抄送|抄报|主送|公开方式|信息公开选项|（此件|\(此件|[（(](?:本文|此文)?有删减[）)])")
#: A run of single characters set apart by spaces, ending a name (自 然 资 源 部; 国 家 发 展 + 改革委).
_LETTER_SPACED = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff][ \u3000]){2,}[\u4e00-\u9fff]+(?![\u4e00-\u9fff])")


def _unspaced_names(line: str) -> str:
    """A signature line with its letter-spaced names closed up (人力资源社会保障部　　自　然　资　源　部 →
    人力资源社会保障部　　自然资源部); other lines as they are."""
    return _LETTER_SPACED.sub(lambda m: re.sub(r"[ \u3000]", "", m.group()), line)
#: A document's closing call to all its readers: 各有关部门要…, 各地区、各部门要…, 各地相关部门要… (a collective subject,
#: then 要 or 应 within the first clause).
_CLOSING_CALL = re.compile(r"^各(?:[^，,。；;：:]{0,24}?)(?:要|应当|应)(?![用急])")
#: A paragraph of an article that refers to the one before it (前款规定的…, 有前两款情形的…, 依照前款…): the article's own.
_ARTICLE_PARAGRAPH = re.compile(r"(?:有|依照|按照|依据|违反|除)?前[一二两三]?款")
#: A line that opens an item or a heading of its own (（四）, 4., ①, 一、).
_ITEM_OPENS = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|[①-⑳]|[一二三四五六七八九十]{1,3}、")
#: An item that opens a list (（一）, 1.).
_FIRST_ITEM = re.compile(r"[（(][一1][）)]|1[.．、]")
#: An article's or a chapter's heading (第六条, 第二章): what follows an article's closing paragraph.
_NEXT_ARTICLE = re.compile(r"^\s*(?:\*\*)?第[一二三四五六七八九十百零〇\d]+[条章节]")


#: A clause that opens with the duty of the clause before (…，应当…; …，不得…).
_MODAL_NEXT = re.compile(r"\s*(?:应当|应|须|必须|不得|禁止|可以)")


#: A clause that says only when or in which case (…结束后, …发生时, …违反本规定的).
_ONLY_WHEN = re.compile(r"(?:[^，,]后|[^，,]时|之前|以前|期间|[^目]的)$")


def first_clause(sentence: Sentence, limit: int = 40) -> str:
    """The first clause of a sentence (up to its first comma or stop), for a label; a clause that only sets the
    scene (根据《中国共产党章程》规定，…) is read with the clause after it."""
    text = sentence.clean
    end = 0
    for m in _CLAUSE_END.finditer(text):
        if m.start() < 4 or m.group() in ",，" and _SETTING_CLAUSE.search(text[end:m.start()].lstrip("，,")):
            end = m.start()
            continue
        clause = text[: m.start()]
        if m.group() in ",，" and _MODAL_NEXT.match(text, m.end()) and not _MODAL_NEXT.search(clause):
            # 已经建成的住宅小区，应当… (u84): the clause names only whom the duty binds; the label reads on to the duty
            nxt = _CLAUSE_END.search(text, m.end())
            clause = text[: nxt.start()] if nxt else text.rstrip("。！？!?")
            limit = max(limit, 48)
            break
        if m.group() in ",，" and _ONLY_WHEN.search(clause) and len(clause) <= 30:
            # 应急处置结束后，应当及时…; 农作物病虫害严重发生时，… (u115: the action was labelled 应急处置结束后): the
            # time or the case, then what is to be done
            nxt = _CLAUSE_END.search(text, m.end())
            clause = text[: nxt.start()] if nxt else text.rstrip("。！？!?")
            limit = max(limit, 48)
            break
        if m.group() in ":：" and len(clause) <= 30 and text[m.end():].strip():
            # 区交通局：依法查处机动车维修企业…；… (u50, a chapter of duties): who, then the first duty, not the name alone
            rest = re.split(r"[，,；;。！？!?]", text[m.end():].strip(), maxsplit=1)[0]
            clause = f"{clause}：{rest}"
            limit = max(limit, len(text[: m.start()]) + 21)
        break
    else:
        clause = text.rstrip("。！？!?")
    return clause if len(clause) <= limit else clause[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------- parser
class _Parser:
    def __init__(self, doc: Document, layout: Layout):
        self.doc = doc
        self.layout = layout
        self.sentences: list[Sentence] = []
        self.artifacts: list[Artifact] = []
        self.units: dict[str, Unit] = {}
        self.toc: list[TocEntry] = []
        self.parts: list[Part] = [Part(1, None)]
        self.part = 1
        self.stack: list[Unit] = []  # open headings, articles, boxes and items, outermost first
        self.inline_items: set[str] = set()  # items opened inside a paragraph (一是…。二是…)
        self.preamble = self._add(Unit("preamble", "preamble", "前言"))
        self.annex: Unit | None = None
        self.title: str | None = None
        self.meta_issuer: str | None = None  # the issuer a front matter names (发布单位: 上海市住房和城乡建设管理委员会)
        self.meta_title = False  # the title is a front matter's (title: …): no line of a web page's header replaces it
        self.meta_date: str | None = None  # the date a front matter gives (date: '2026-06-15')
        self.meta_place: str | None = None  # the place a front matter names (region: / name: 深圳市)
        self.attachments_until = 0  # the line after a notice's list of attachments (附件：1.… / 2.…)
        self.attached: set[str] = set()  # the titles that list names (squashed), until one of them opens the annex
        self.bold_headings: set[int] = set()  # lines that are unnumbered headings written in bold (**总体要求**)
        self.footer = False  # past a website copy's footer marker (版权所有, …ICP备…): lines that are no sentence are furniture
        self.related = False  # in the list of links after 相关链接 or 相关稿件
        self.kinds: list[str | None] = []  # each line's kind of page furniture (chrome_kind), read once
        self.pending_value: str | None = None  # an information box's key whose value is the next line
        self.continued = False  # that value may go on over short lines (京经信发 / 〔2024〕 / 65号)
        self.chrome_at = -2  # the last line kept out as page furniture (a site's own menu goes on under it)
        self.line_at = -1  # the line being read for furniture
        self.title_from_header = False  # the title is a line read before a web page's information box
        self.box_title = False  # the title is the information box's 标题
        self.seen_heading = False
        self.last_number: dict[tuple[int, str], int] = {}  # (part, style) → last number opened
        self.last_outside_box: dict[tuple[int, str], int] = {}  # … the last number opened outside any box
        self.last_box_item: dict[tuple[int, str], int] = {}  # … and inside one
        self.last_unit: dict[tuple[int, str], Unit] = {}  # (part, style) → last unit opened

    # -- units --------------------------------------------------------------------------------
    def _add(self, unit: Unit) -> Unit:
        base, n = unit.id, 2
        while unit.id in self.units:  # a restarted list under one parent: keep identifiers unique
            unit.id = f"{base}#{n}"
            n += 1
        unit.seq = len(self.units)
        self.units[unit.id] = unit
        if unit.parent and unit.parent in self.units:
            self.units[unit.parent].children.append(unit.id)
        return unit

    @property
    def current(self) -> Unit:
        if self.annex is not None:
            return self.annex
        return self.stack[-1] if self.stack else self.preamble

    def _section_of(self, unit: Unit) -> str:
        """The innermost section (heading, article, preamble, annex) that holds *unit*."""
        while not unit.is_section and unit.parent:
            unit = self.units[unit.parent]
        return unit.id

    def _clean(self, nbegin: int, nend: int) -> str:
        """The original characters behind ``norm[nbegin:nend]`` (debris dropped, nothing folded)."""
        text, idx = self.doc.text, self.doc.norm_to_orig
        begin, end = idx[nbegin], (idx[nend - 1] + 1 if nend > nbegin else idx[nbegin])
        if end - begin == nend - nbegin:
            return text[begin:end].strip()
        return "".join(text[idx[k]] for k in range(nbegin, nend)).strip()

    # -- sentences ----------------------------------------------------------------------------
    def _sentence(self, nbegin: int, nend: int, unit: Unit, kind: str = "body") -> Sentence | None:
        norm = self.doc.norm[nbegin:nend]
        nbegin += len(norm) - len(norm.lstrip())
        nend = nbegin + len(norm.strip())
        if nend <= nbegin:
            return None
        begin, end = self.doc.orig_span(nbegin, nend)
        sent = Sentence(len(self.sentences), self._section_of(unit), begin, end, self.doc.text[begin:end],
                        self.doc.norm[nbegin:nend], nbegin, kind, unit.id)
        self.sentences.append(sent)
        return sent

    def _split(self, text: str, nbegin: int, unit: Unit) -> list[Sentence]:
        """Sentences of one paragraph: ends at 。！？ (with closing quotes); a bracketed
        responsibility note is a sentence of its own."""
        def body(b: int, e: int) -> tuple[int, int, str]:  # …。责任单位：A、B — a note without brackets
            return b, e, "responsibility" if RE_NOTE_LINE.match(text[b:e].strip()) else "body"

        pieces, start = [], 0
        for m in _BOUNDARY.finditer(text):
            if m.group(1) is not None:
                pieces.append(body(start, m.end()))
            else:
                pieces += [body(start, m.start()), (m.start(), m.end(), "responsibility")]
            start = m.end()
        pieces.append(body(start, len(text)))
        if RE_NOTE_LINE.match(text.strip()):
            pieces = [(0, len(text), "responsibility")]  # the whole line is one note (its units may hold 。)
        out = []
        for b, e, kind in pieces:
            if text[b:e].strip():
                s = self._sentence(nbegin + b, nbegin + e, unit, kind)
                if s:
                    out.append(s)
        return out

    # -- main loop ----------------------------------------------------------------------------
    def parse(self) -> DocumentTree:
        lines = _lines(self.doc.norm, _chrome_patterns(self.layout)[0])
        # a document numbered in the decimal system (1 总则 / 1.1 编制目的 / 2.1.1 …), as emergency plans are
        self.systems = {"decimal"} if sum(bool(_DECIMAL_LINE.match(ln.text)) for ln in lines) >= 3 else set()
        self.kinds = [chrome_kind(ln.text, self.layout) for ln in lines]
        self._running_footers(lines)
        self.bold_headings = self._bold_headings(lines) | self._bare_chapters(lines)
        i = self._parse_header(lines)
        # the first lines, a web page's furniture above the title not counted
        head = lines[:15 + sum(a.kind == "chrome" for a in self.artifacts)]
        while i < len(lines):
            if RE_TOC.match(lines[i].text):
                i = self._parse_toc(lines, i + 1)
                continue
            if lines[i].text.strip() == "目" and i + 1 < len(lines) and lines[i + 1].text.strip() == "录":
                self._artifact("metadata", lines[i])  # 目 / 录 on two lines of a PDF's page (u117)
                i = self._parse_toc(lines, i + 2)
                continue
            if self._run_together_toc(lines[i].text):
                self._artifact("toc", lines[i])  # 一、总则 ……- 1 （一）适用范围 …… - 1 … (u117): entries run together
                i += 1
                continue
            if not self.seen_heading and not self.toc and self._unmarked_toc(lines, i):
                i = self._parse_toc(lines, i)
                continue
            self._line(lines, i)
            i += 1
        self._add_toc_only_units()
        units = sorted(self.units.values(), key=lambda u: u.seq)
        title = self.title or self._cover_letter_title()
        date, issuer = self._date_issuer(head, None if self.title else title, lines[-15:], lines[:len(head) + 6])
        tree = DocumentTree(self.doc, title, self.toc, units, self.sentences, self.artifacts, self.parts,
                            date, issuer)
        tree.place = self.meta_place
        text = "\n".join(ln.text for ln in head)
        m = own_number(text)
        decree = None if m else _DECREE.search(text) or _JOINT_DECREE.search("\n".join(ln.text for ln in lines[:len(head) + 6]))
        tree.number = m.group(0) if m else (f"{' '.join(decree.group(1).split())}令第{decree.group(2)}号" if decree else None)
        dated = _DATED_DECREE.search(text) if tree.number is None else None
        if dated:
            tree.number = re.sub(r"\s+", "", dated.group(1))
        published_by = _PUBLISHED_BY.search(text) if tree.issuer is None else None
        if published_by:  # 2026年6月12日 交通运输部公布; （2025年10月25日水利部令第58号发布） (u92): who published the rule
            tree.issuer = re.sub(r"^中华人民共和国(?=.{2})", "", published_by.group(1))
        tree.genre = self.layout.genre_of(title or (self.parts[1].title if len(self.parts) > 1 else None)) or \
            self.layout.genre_of_headings([u.title for u in units if u.kind == "heading" and u.level == 1])
        if tree.genre is None and self.sentences and _REPORT_OPENING.search(" ".join(x.norm for x in self.sentences[:3])):
            tree.genre = self.layout.genre_of("工作报告")  # 各位代表：现在，我代表市人民政府，向大会报告工作 (no title)
        if tree.genre is None and self.sentences:  # (no title) …，提出以下实施意见。 / …，特制定本办法。 (u49)
            own = _SELF_NAMED.search(" ".join(x.norm for x in self.sentences[:3]))
            tree.genre = self.layout.genre_of(own.group(1)) if own else None
        return tree

    def _cover_letter_title(self) -> str | None:
        """With no title line: the document a cover letter hands over (…制定了《北京市关于支持新型储能产业发展的若干政策措施》，
        现印发给你们, u50's page of 北京's measures), when its title is written as a line of its own below the letter."""
        for x in self.sentences[:6]:
            for m in re.finditer(r"《([^《》\n]{4,60})》", x.norm):
                if not re.search(r"印发|制定|制订|公布|发布", x.norm):
                    continue
                if any(y.norm.strip(" 。") == m.group(1) for y in self.sentences[x.index + 1:x.index + 12]):
                    return m.group(1)
        return None

    def _parse_header(self, lines: list[_Line]) -> int:
        i = self._front_matter(lines)
        while i < len(lines):
            if RE_META.match(lines[i].text) or lines[i].text.startswith(">"):
                self._artifact("metadata", lines[i])
            elif not self._chrome(lines, i):
                break
            i += 1
        i = self._title_lines(lines, i)
        page = _PAGE_TITLE.match(lines[i].text) if i < len(lines) else None
        if page and not self.box_title and "。" not in page.group(1):
            # a saved page's title line: the document's title, then the site's sections (…的通知_政策文件_北京市经济和
            # 信息化局; 【关于…的指导意见(…号)】-国家发展和改革委员会)
            # …关于印发《X》的通知 X__2026年第24号国务院公报_中国政府网 (u47): the notice's title, not the two titles run together
            joined = re.search(r"(?:的通知|的函)(?=\s+\S)", page.group(1))
            end = page.start(1) + joined.end() if joined else page.end(1)
            self.title = self._clean(lines[i].nbegin + page.start(1), lines[i].nbegin + end)
            self.title_from_header = True
            return i + 1
        i = self._red_header(lines, i)
        two = _TITLE_AFTER_ISSUERS.match(lines[i + 1].text) if i + 1 < len(lines) else None
        if two and _issuers_line(lines[i].text) and _is_document_title(lines[i + 1].text) and \
                not (self.box_title or self.meta_title):
            # 人力资源社会保障部　自然资源部　国家发展改革委 / 交通运输部关于支持海洋经济发展…的通知 (u86): a title whose
            # issuers run over two lines — the whole of it, not its first line
            first = lines[i].text.strip()
            sep = re.search(r"[ \u3000]+", first).group()  # (the line's own space between its issuers)
            self.meta_issuer = self.meta_issuer or f"{first}{sep}{two.group(1)}"
            self.title = f"{first}{sep}{self._clean(lines[i + 1].nbegin, lines[i + 1].nbegin + len(lines[i + 1].text))}"
            self.title_from_header = True
            self._artifact("metadata", lines[i])
            return self._page_box_after_title(lines, i + 2)
        if i + 2 < len(lines) and _ISSUERS_SET.fullmatch(lines[i].text.strip()) and lines[i + 1].text.startswith("关于") and \
                not _GENRE_TITLE_END.search(lines[i + 1].text) and len(lines[i + 1].text) <= 40 and \
                _GENRE_TITLE_END.search(lines[i + 2].text) and len(lines[i + 2].text) <= 40 and \
                not re.search(r"[。；;：:，,]", lines[i + 1].text + lines[i + 2].text) and not (self.box_title or self.meta_title):
            # 国家发展改革委等部门 / 关于深入实施“东数西算”工程 / 加快构建全国一体化算力网的实施意见 (u108): the issuers, then a
            # title broken over two lines — the whole of it (the issuers' line had been the title, the genre lost)
            self.meta_issuer = self.meta_issuer or lines[i].text.strip()
            parts = [self._clean(ln.nbegin, ln.nbegin + len(ln.text)) for ln in lines[i + 1:i + 3]]
            self.title = "".join(parts)  # (the issuers apart, as under a line of issuers' names, u67)
            self.title_from_header = True
            self._artifact("metadata", lines[i])
            return self._page_box_after_title(lines, i + 3)
        if i + 1 < len(lines) and "关于" in lines[i].text and len(lines[i].text) <= 40 and \
                not _GENRE_TITLE_END.search(lines[i].text) and _GENRE_TITLE_END.search(lines[i + 1].text) and \
                len(lines[i + 1].text) <= 40 and not re.search(r"[。；;：:，,]", lines[i].text + lines[i + 1].text) and \
                not self.layout.match_heading(lines[i + 1].text) and not (self.box_title or self.meta_title):
            # 国务院办公厅关于进一步加强 / 烟花爆竹全链条安全监管的意见 (u118): a title broken over two lines — the whole of
            # it (the title had been 国务院办公厅关于进一步加强)
            parts = [self._clean(ln.nbegin, ln.nbegin + len(ln.text)) for ln in lines[i:i + 2]]
            self.title = "".join(parts)
            self.title_from_header = True
            return self._page_box_after_title(lines, i + 2)
        if i + 1 < len(lines) and _issuers_line(lines[i].text) and lines[i + 1].text.startswith("关于") and \
                _is_document_title(lines[i + 1].text) and not (self.box_title or self.meta_title):
            # 国家发展改革委 国家数据局 财政部 自然资源部 / 关于深化智慧城市发展…的指导意见 (u67): the issuers' line, then the
            # title
            self.meta_issuer = self.meta_issuer or lines[i].text
            self._artifact("metadata", lines[i])
            i += 1
        if i < len(lines) and _is_document_title(lines[i].text) and not self.layout.match_heading(lines[i].text) \
                and not RE_TOC.match(lines[i].text) and \
                (not (self.box_title or self.meta_title) or _squash(lines[i].text) == _squash(self.title or "")):
            clean = self._clean(lines[i].nbegin, lines[i].nbegin + len(lines[i].text))
            self.title = re.split(r"——|—{2}|\u2015{2}", clean)[0].strip() or clean
            self.title_from_header = any(k is not None for k in self.kinds[i + 1:i + 3])
            decreed = self._decreed_title(lines, i) if _DECREE.match(self.doc.norm, lines[i].nbegin) else None
            if decreed:
                self.title = decreed  # 国家互联网信息办公室令 / 第18号 / 《…办法》已经…审议通过，现予公布 (u37)
            i += 1
            tail = lines[i].text if i < len(lines) else ""
            if (_TITLE_TAIL.fullmatch(tail) or _broken_title(self.title, tail)) and not _GENRE_TITLE_END.search(self.title):
                # “十四五”软件和信息技术服务业 / 发展规划 (u67, a PDF's cover): the title goes on on a line of its own
                self.title += tail
                i += 1
            if i < len(lines) and _ISSUER_NAMES.fullmatch(lines[i].text.strip()) and not self.meta_issuer and \
                    i + 1 < len(lines) and (RE_TOC.match(lines[i + 1].text) or re.fullmatch(r"目\s*录", lines[i + 1].text)):
                # “十四五”软件和信息技术服务业发展规划 / 工业和信息化部 / 目 录 (u67, a PDF's cover): its issuer
                self.meta_issuer = lines[i].text.strip()
                self._artifact("metadata", lines[i])
                i += 1
            # a repeated title line (a second copy with other parentheses) is not body
            while i < len(lines) and _is_document_title(lines[i].text) and \
                    _squash(lines[i].text) == _squash(lines[i - 1].text):
                i += 1
            i = self._page_box_after_title(lines, i)
        return i

    def _page_box_after_title(self, lines: list[_Line], i: int) -> int:
        """A web page's counters and box after its title line (20 / 2025-09-29 / 26212 / 规范性文件 / a breadcrumb /
        the title again as a heading, u48's copy of 武汉's hydrogen plan): furniture up to the title's second copy,
        when one follows within a dozen lines; else nothing is skipped."""
        def bare(text: str) -> str:  # (## 市人民政府关于…的通知: a Markdown heading, bold marks)
            return _squash(re.sub(r"^#{1,6}\s*|\*\*", "", text))

        title = bare(self.title or "")
        end = next((k for k in range(i, min(i + 12, len(lines))) if bare(lines[k].text) == title), None) \
            if title else None
        if end is None or not all(_BOX_NUMBER.fullmatch(lines[k].text.strip()) or self.kinds[k]
                                  for k in range(i, end)):
            return i
        for k in range(i, end + 1):
            self._artifact("chrome", lines[k])
        return end + 1

    def _decreed_title(self, lines: list[_Line], i: int) -> str | None:
        """The title of the rules a decree's header line promulgates: the 《…》 of its promulgation sentence in the
        next few lines (《网络数据安全风险评估办法》已经…审议通过，现予公布), not the decree's name."""
        for line in lines[i + 1:i + 8]:
            m = _PROMULGATED.search(line.text)
            if m:
                return self._clean(line.nbegin + m.start(1), line.nbegin + m.end(1))
        return None

    def _red_header(self, lines: list[_Line], i: int) -> int:
        """A red-header file's head (生态环境部 / 科学技术部 / … / 文件 / 环科财〔2026〕51号, u86): its issuers, one a
        line, the word 文件 and the document's number — metadata, so that the title is the line after them."""
        k = i
        while k < len(lines) and k - i < 10 and _ISSUER_NAMES.fullmatch(lines[k].text.strip()) and \
                not _GENRE_TITLE_END.search(lines[k].text.strip()):
            k += 1
        if k > i:  # the issuers one a line, then 文件 on its own
            if not (k < len(lines) and re.fullmatch(r"文\s*件", lines[k].text.strip())):
                return i
            names, end = [lines[j].text.strip() for j in range(i, k)], k + 1
        else:  # 生态环境部文件: one line
            one = _ISSUER_FILE.fullmatch(lines[i].text.strip()) if i < len(lines) else None
            if one is None:
                return i
            names, end = [one.group(1)], i + 1
        self.meta_issuer = self.meta_issuer or "　".join(names)
        for j in range(i, end):
            self._artifact("metadata", lines[j])
        if end < len(lines) and RE_DOC_NUMBER.fullmatch(lines[end].text.strip()):
            self._artifact("metadata", lines[end])  # (the number: the document's metadata reads it from the text)
            end += 1
        return end

    def _title_lines(self, lines: list[_Line], i: int) -> int:
        """The title an information box or a front matter gave, written again over two to four lines (a page centres
        国务院关于在海南博鳌乐城国际医疗旅游先行区 / 暂时调整实施《…药品管理法 / 实施条例》有关规定的决定): metadata, not body."""
        if not (self.box_title or self.meta_title) or not self.title:
            return i
        whole, joined = _squash(self.title), ""
        for j in range(i, min(len(lines), i + 4)):
            joined += _squash(lines[j].text)
            if joined == whole and j > i:
                for k in range(i, j + 1):
                    self._artifact("metadata", lines[k])
                return j + 1
            if not whole.startswith(joined):
                break
        return i

    def _front_matter(self, lines: list[_Line]) -> int:
        """A YAML front matter block (``---`` … ``---``, as Markdown copies of documents carry): metadata,
        with its 标题/title as the document's title when the text repeats no title line, and its 发布单位 (发文机关,
        issuer) as the issuer when the title names none."""
        if not lines or lines[0].text != "---":
            return 0
        end = next((k for k in range(1, min(len(lines), 60)) if lines[k].text == "---"), None)
        if end is None:
            return 0
        for k in range(end + 1):
            self._artifact("metadata", lines[k])
        for k, ln in enumerate(lines[1:end], start=1):
            if re.fullmatch(r"(?:region|地区|区域)\s*[:：]", ln.text, re.I):  # region: / level: 市 / name: 深圳市 (u53)
                name = next((re.match(r"name\s*[:：]\s*['\"]?([\u4e00-\u9fff]{2,20})['\"]?$", x.text)
                             for x in lines[k + 1:min(k + 5, end)] if x.text.startswith("name")), None)
                self.meta_place = name.group(1) if name else self.meta_place
            m = re.match(r"^(标题|title|文号|number|发布单位|发文机关|发文单位|制发机关|issuer|成文日期|发布日期|date)\s*[:：]\s*(.*)$",
                         ln.text, re.I)
            value = m.group(2).strip() if m else ""
            key = m.group(1).lower() if m else ""
            if m and not value and key not in ("标题", "title", "文号", "number") and \
                    k + 1 < end and lines[k + 1].text.startswith("- "):
                value = lines[k + 1].text[2:].strip()  # issuer:\n- 福建省发展和改革委员会 (a YAML list: its first item)
            quoted = len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'"
            if quoted:  # title: "…" — YAML's quotes are no part of the value
                value = value[1:-1].strip()
            if not m or value in ("", "[]", "{}", "~", "null", "None", "''", '""'):
                continue  # issuer: [] — an empty YAML value names nothing
            if key in ("标题", "title"):
                at = ln.nbegin + m.start(2) + (ln.text[m.start(2):].index(value) if quoted else 0)
                stray = _STRAY_NUMBER.match(value)  # title: 2市市场监管局关于…的通知 (u53): a crawler's counter before it
                at, value = (at + stray.end(), value[stray.end():]) if stray else (at, value)
                self.title, self.meta_title = self._clean(at, at + len(value)), True
            elif key in ("成文日期", "发布日期", "date"):
                d = re.match(r"(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})(?!\d)", value)
                if d and self.meta_date is None:
                    self.meta_date = f"{int(d.group(1)):04d}-{int(d.group(2)):02d}-{int(d.group(3)):02d}"
            elif key not in ("文号", "number"):
                self.meta_issuer = value
        return end + 1

    def _running_footers(self, lines: list[_Line]) -> None:
        """A PDF copy's running footer (X上海市人民政府规章 on every page, u55): its lines are furniture (kind
        ``running``), and where the footer runs into the next page's first line (X上海市人民政府规章因消除后，…) it is
        cut off that line (*lines* is changed in place)."""
        running = Counter(ln.text for ln in lines if len(ln.text) <= 30 and _RUNNING_LINE.search(ln.text))
        footers = sorted((r for r, n in running.items() if n >= 3), key=len, reverse=True)
        for k, ln in enumerate(lines):
            if self.kinds[k] is not None or self.layout.match_heading(ln.text):
                continue
            if running[ln.text] >= 3:
                self.kinds[k] = "running"
                continue
            r = next((r for r in footers if ln.text.startswith(r) and len(ln.text) > len(r)), None)
            if r is not None:
                self._artifact("chrome", _Line(r, ln.nbegin))
                rest = ln.text[len(r):].lstrip()
                lines[k] = _Line(rest, ln.nbegin + len(ln.text) - len(rest), ln.inline)

    def _artifact(self, kind: str, line: _Line) -> None:
        b, e = self.doc.orig_span(line.nbegin, line.nbegin + len(line.text))
        self.artifacts.append(Artifact(kind, self._section_of(self.current), b, e, self.doc.text[b:e]))

    def _chrome(self, lines: list[_Line], i: int) -> bool:
        """Keep a line of a website copy's furniture out of the sentences (an artifact of kind ``chrome``); an
        information box's 标题 and 发文机关 give the title and the issuer when nothing else does."""
        line, kinds = lines[i], self.kinds
        kind = kinds[i]
        self.line_at = i
        if kind == "running":
            return self._chrome_line(line)
        before, after = kinds[i - 1] if i else None, kinds[i + 1] if i + 1 < len(kinds) else None
        short = "。" not in line.text and len(line.text) <= (80 if self.footer else 40)
        if kind == "footer" and not self.footer and "marker" not in kinds[i + 1:i + 4]:
            kind = None  # 主办单位：市体育局 in an event's plan
        if kind == "menu" and not (before or after) and line.text not in _LANGUAGE_SWITCH:
            kind = None  # one menu word alone (政务服务 in a table's column): a menu only among furniture (not EN, a
            # page's language switch on a line of its own, u55)
        if kind is None and self.pending_value is not None and short:
            kind = "field"  # the value of the key on the line before (标 题： / 山西省能源局关于印发…的通知)
            self._box_value(self.pending_value, line, 0)
            self.pending_value, self.continued = None, True
            return self._chrome_line(line)
        self.pending_value = None
        if kind is None and self.continued and len(line.text) <= 8:
            return self._chrome_line(line)  # 京经信发 / 〔2024〕 / 65号: a value broken over lines
        self.continued = False
        top = not self.sentences and not self.seen_heading
        if kind is None and short and len(line.text) <= 20 and not self.layout.match_heading(line.text) and \
                (top or self.footer) and (before in _STRONG_CHROME or after in _STRONG_CHROME) and \
                not (self.title and _squash(line.text) == _squash(self.title)) and \
                not (top and _ADDRESSEE_LINE.search(line.text)):  # the front matter's title again; a notice's addressees
            # right under its information box (各区人民政府，市人民政府各部门：, u48) open the document
            kind = "beside"  # 国家能源局 / | / 山西省人民政府: a site's header between its menu's separators
        if kind is None and top and self.chrome_at == i - 1 and len(line.text) <= 6 and \
                re.fullmatch(r"[\u4e00-\u9fff]{2,6}", line.text) and not self.layout.match_heading(line.text):
            kind = "beside"  # 首页 / 时政要闻 / 网信政务 / 互动服务 (u72, cac.gov.cn): a site's own menu under the usual words
        if kind is None:
            if not short or not (self.footer or self.related) or self.layout.match_heading(line.text) or \
                    self.layout.annex.match(line.text):  # (附件1：… after the signature: the annex, u53)
                self.footer = self.footer and short and not self.layout.annex.match(line.text)
                self.related = False
                return False
        if kind == "marker":
            self.footer = True
        # a sidebar's 相关链接 above the title lists nothing of ours: the title line that follows is no link
        self.related = self.related or (kind == "related" and (self.title is not None or self.seen_heading))
        if kind in ("value", "field"):
            key = _chrome_patterns(self.layout)[0].match(_squeeze(_unbulleted(line.text))).group("key")
            rest = re.match(r"^.*?[:：\]】]\s*(\S.{0,80}?)\s*$", line.text) if kind == "field" else None
            if kind == "value":
                self.pending_value = key
            elif rest:
                self._box_value(key, line, rest.start(1))
        return self._chrome_line(line)

    def _chrome_line(self, line: _Line) -> bool:
        self._artifact("chrome", line)
        self.chrome_at = self.line_at
        return True

    def _box_value(self, key: str, line: _Line, at: int) -> None:
        """An information box's value: its 标题 is the title (over a title line read from the site's header before
        the box), its 发文机关 (制发单位 …) the issuer."""
        if at == 0:  # - 涪陵区人民政府 (u48: a box written as a list, key and value on lines of their own): the value,
            bullet = _CHROME_BULLET.match(line.text)  # not its bullet
            at = bullet.end() if bullet else 0
        at += re.match(r"[-—–\s]*", line.text[at:]).end()  # [发文机构] ----北京市经济和信息化局 (u50): no dashes
        value = line.text[at:].strip()
        if not value:
            return
        if key == "标题" and not self.seen_heading and not self.sentences and \
                (self.title is None or self.title_from_header):
            begin = line.nbegin + at + len(line.text[at:]) - len(line.text[at:].lstrip())
            self.title, self.title_from_header, self.box_title = self._clean(begin, begin + len(value)), False, True
        elif key in _ISSUER_KEYS and self.meta_issuer is None:
            self.meta_issuer = value

    def _run_together_toc(self, text: str) -> bool:
        """Is *text* a line of a table of contents whose entries run together (一、总则 ……- 1 （一）适用范围 …… - 1),
        or an entry's tail closing with its page (有限公司 ……… - 114 （二）电力大脑…), a PDF's contents pasted as text?
        Two leaders with their pages, or one before the first heading."""
        runs = len(_TOC_RUN.findall(text))
        return runs >= 2 or runs == 1 and not self.seen_heading and len(text) < 200

    def _unmarked_toc(self, lines: list[_Line], i: int) -> bool:
        """Do the lines from *i* list the chapters without a 目录 line above them (第一章 总则 / 第二章 … / 第十一章
        附则, then 第一章 总则 again with its articles)?  Three or more headings of one style numbered 1, 2, 3 … on
        consecutive lines, the first of them written again further down."""
        first = [f for f in self._match_heading(lines[i].text) if f[0].unit_kind == "heading" and f[1] == 1]
        if not first or not _is_title_like(lines[i].text):
            return False
        style, _, rest, _ = first[0]
        k = i + 1
        while k < len(lines) and _is_title_like(lines[k].text) and any(
                f[0].name == style.name and f[1] == k - i + 1 for f in self._match_heading(lines[k].text)):
            k += 1
        if k - i < 3:
            return False
        again = _squash(rest)
        return any(f[0].name == style.name and f[1] == 1 and _squash(f[2]).startswith(again)
                   for ln in lines[k:] for f in self._match_heading(ln.text))

    def _parse_toc(self, lines: list[_Line], i: int) -> int:
        stack: list[str] = []
        while i < len(lines):
            text = _TOC_LEADER.sub("", lines[i].text)  # 一、发展回顾 ………… 1: the entry without its leader and page
            found = self._match_heading(text) if _is_title_like(text) else []
            found = [f for f in found if f[0].unit_kind == "heading"]
            if not found:
                break
            style, number, rest, at = found[0]
            first = self.toc[0] if self.toc else None
            if first is not None and (style.name, number, rest.strip()) == (first.style, first.number, first.norm_title):
                break  # the first entry again: the body begins right after the table of contents
            if style.name in stack:
                del stack[stack.index(style.name) + 1:]
            else:
                stack.append(style.name)
            title = self._clean(lines[i].nbegin + at, lines[i].nbegin + len(text))
            self.toc.append(TocEntry(style.name, number, title, rest.strip(), len(stack)))
            i += 1
        return i

    def _line(self, lines: list[_Line], i: int) -> None:
        line = lines[i]
        text = line.text
        if self.attached and self.annex is None and i >= self.attachments_until and \
                _squash(text).strip("《》") in self.attached:
            # 附件：海南省…实施方案 / signature / date / 海南省…实施方案 / 一、… : the attached document itself, below the
            # notice's signature with no 附件 line of its own
            self.attached, self.footer = set(), False
            uid = ("" if self.part == 1 else f"P{self.part}:") + "annex"
            self.stack = []
            self.annex = self._add(Unit(uid, "annex", text.strip("《》 "), part=self.part, label="附件"))
            self.annex.heading = self._sentence(line.nbegin, line.nbegin + len(text), self.annex, "heading")
            return None
        if RE_IMAGE.match(text) or RE_FIGURE.match(text):
            return self._artifact("image", line)  # (图 3 数字化转型场景图谱: a figure's caption, u67)
        if self._chrome(lines, i):
            return None
        if RE_META.match(text) or (RE_FILENAME.match(text) and i == len(lines) - 1):
            return self._artifact("metadata" if RE_META.match(text) else "filename", line)
        if self.seen_heading and self.annex is None and self._signature_at(lines, i):
            return self._artifact("signature", line)  # 国家能源局 / 2024年5月21日 after the last item (u76): no action
        if self.seen_heading and self.annex is None and _AFTER_SIGNATURE.match(text) and self._after_signed_date():
            return self._artifact("metadata", line)  # …/ 2026年9月2日 / （本文有删减） (u86): a note on the copy, no action
            # (and 抄送：… after （此件公开发布）, u93)
        while not line.inline and self.stack and self.stack[-1].id in self.inline_items:
            self.stack.pop()  # 一是…。二是…。三是… run into one paragraph: the next paragraph is not in 三是
        if _ADDRESS.match(text) and len(self.stack) > 1 and self.stack[0].kind == "heading" and self.annex is None:
            # 各位代表！ in a report: the speaker turns to the next part of the chapter (政府自身建设, 国防, 外交 …),
            # which belongs to no numbered section before it
            del self.stack[1:]
        if i < self.attachments_until:
            return self._paragraph(line)  # 2.2026年深圳市…评估表: the list of attachments goes on (text, no item)
        m = self.layout.annex.match(text)
        if m and self.seen_heading and self.annex is None and self._lists_attachments(lines, i):
            # 附件：1.…报名表 / 2.…评估表 / 深圳市市场监督管理局 / 2026年6月17日 (u53): the notice's list of its
            # attachments, before its signature, closes the document; the annexes come after it, if the copy holds them
            if not (self.stack and self.stack[-1].kind == "closing"):
                prefix = "" if self.part == 1 else f"P{self.part}:"
                self.stack[:] = [self._add(Unit(f"{prefix}closing", "closing", "结语", part=self.part))]
            return self._paragraph(line)
        if m and self.seen_heading and (self.annex is None or m.group("num")) and \
                not (self.annex is not None and self.annex.label == "附录" and not text.lstrip().startswith("附录")):
            return self._open_annex(m, line)  # (附表 2-1 供应商概览表 in 附录二: its table, u117)
        m = self.layout.box.match(text)
        if m and self.stack and self.annex is None:
            return self._open_box(int(m.group("num")), m.group("rest"), line, m.start("rest"), m.end("rest"))
        body, off = text, 0
        mb = RE_BULLET.match(body)
        if mb:
            body, off = body[mb.end():], mb.end()
        for style, number, rest, at in self._match_heading(body, "bold" if i in self.bold_headings else ""):
            if style.numerals == "none":  # 2024年工作安排: an unnumbered heading, numbered by its order
                number = self.last_number.get((self.part, style.name), 0) + 1
            if self._accept(style, number, body, lines, i):
                return self._open(style, number, rest, line, off + at, body)
        glued = _GLUED_ITEM.match(body)
        if glued and int(glued.group(1)) == self.last_number.get((self.part, "arabic"), -9) + 1 and \
                "arabic" in [u.style for u in self.stack]:
            # 11.121人才梯队项目。… after 10.: item 11, whose name opens with a number (not the decimal 11.121)
            style = self.layout.style("arabic")
            return self._open(style, int(glued.group(1)), body[glued.end():], line, off + glued.end(), body)
        if self._box_ends_by_spacing(lines, i):
            del self.stack[next(k for k in range(len(self.stack) - 1, -1, -1) if self.stack[k].kind == "box"):]
        if self._closes_article(lines, i):
            self.stack.pop()  # 第五条 … （五）…。 市审计部门负责…: the article's own closing paragraph, not its last item's
        elif self._closes_document(lines, i, body):
            # …（十七）筑牢安全防线。… / 各有关部门要强化协同配合…商务部会同有关部门建立工作机制… / 商务部 /
            # 2026年6月9日: the document's closing words, not its last item's (u45)
            prefix = "" if self.part == 1 else f"P{self.part}:"
            self.stack[:] = [self._add(Unit(f"{prefix}closing", "closing", "结语", part=self.part))]
        self._paragraph(_Line(body, line.nbegin + off) if mb else line)
        if (self.stack and self.stack[-1].kind == "closing" or 0 < self.attachments_until <= i) and \
                _SIGNED_DATE.match(body.strip()):
            # 商务部 / … / 2026年6月9日: the signature ends the document; what follows up to an annex is no sentence
            # unless it reads as one (链接： / 全国人大 / | / 全国政协 …: a web page's footer, u46)
            self.footer = True

    def _box_ends_by_spacing(self, lines: list[_Line], i: int) -> bool:
        """Does the paragraph *i* leave the box it follows, by its spacing alone?  A PDF's copy sets a box (专栏 1 …)
        apart from the text around it only by its lines: its paragraphs are separated by blank lines, the text's
        own by line breaks only (u67: 专栏 1 关键基础软件补短板 / 操作系统。… / 数据库。… / 协同攻关应用软件。… /
        前瞻布局新兴平台软件。…).  The first paragraph after the box followed by a bare line break, as the
        paragraphs before the box were, is the text's again (a box of one paragraph, or a copy spaced alike
        throughout, keeps the box open until a heading closes it)."""
        if not self.stack or self.stack[-1].kind != "box" or self.annex is not None or i + 1 >= len(lines):
            return False
        box, norm = self.stack[-1], self.doc.norm
        head = box.heading
        if head is None:
            return False
        if not _blank_between(norm, lines[i - 1].nbegin + len(lines[i - 1].text), lines[i].nbegin) or \
                _blank_between(norm, lines[i].nbegin + len(lines[i].text), lines[i + 1].nbegin):
            return False  # not after a blank line, or followed by one: the box's spacing goes on
        h = i - 1  # the box's title line, found back from here (the box's lines only, not the whole text)
        while h >= 0 and lines[h].nbegin > head.nbegin:
            h -= 1
        inside = lines[h + 1:i]
        if len(inside) < 2 or any(not _blank_between(norm, a.nbegin + len(a.text), b.nbegin)
                                  for a, b in zip(inside, inside[1:])):
            return False  # a box of one paragraph, or one whose paragraphs are not spaced apart
        return h >= 2 and not _blank_between(norm, lines[h - 2].nbegin + len(lines[h - 2].text), lines[h - 1].nbegin)

    def _lists_attachments(self, lines: list[_Line], i: int) -> bool:
        """Is the 附件： line *i* a notice's list of its attachments (numbered entries, then its signature — one to
        three short lines — and the date it was signed)?  Marks how far the list runs."""
        j = i + 1
        while j < len(lines) and j <= i + 12 and re.match(r"\d{1,2}\s*[.．、]", lines[j].text) and len(lines[j].text) <= 80:
            j += 1
        k = j
        while k < len(lines) and k < j + 3 and len(lines[k].text) <= 30 and \
                not re.search(r"[。，,；;：:]", lines[k].text) and not _SIGNED_DATE.match(lines[k].text.strip()):
            k += 1
        if j < k < len(lines) and _SIGNED_DATE.match(lines[k].text.strip()):
            self.attachments_until = j
            first = self.layout.annex.match(lines[i].text)
            for text in [first.group("rest") if first else ""] + [ln.text for ln in lines[i + 1:j]]:
                title = re.sub(r"^\d{1,2}\s*[.．、]\s*|\.(?:docx?|pdf|xlsx?|wps|ofd)$", "", text.strip(), flags=re.I)
                if len(title) >= 4:
                    self.attached.add(_squash(title.strip("《》")))
            return True
        return False

    def _bare_chapters(self, lines: list[_Line]) -> set[int]:
        """Chapter titles a copy of a regulation wrote without their numbers (总则 / 水污染防治 / 法律责任 / 附则 over
        articles 第一条…, u128: 七台河's 条例 lost its four chapters): short lines of no punctuation, each right above an
        article, in a document of articles with no chapter numbered, the first of them 总则."""
        texts = [ln.text.strip() for ln in lines]
        if sum(bool(_ARTICLE_LINE.match(t)) for t in texts) < 5 or \
                sum(bool(_NUMBERED_CHAPTER.match(t.lstrip("#* "))) for t in texts) > 1:  # (its last kept: ## 第五章 附则)
            return set()
        found = []
        for k, t in enumerate(texts):
            if self.kinds[k] is not None or not _BARE_TITLE.fullmatch(t) or _ARTICLE_LINE.match(t):
                continue
            nxt = next((u for u in texts[k + 1:] if u), "")
            if _ARTICLE_LINE.match(nxt):
                found.append(k)
        if not found or texts[found[0]] != "总则" or len(found) < 3:
            return set()
        return set(found)

    def _bold_headings(self, lines: list[_Line]) -> set[int]:
        """Lines that are unnumbered headings written wholly in bold (**总体要求** / **加快补能设施建设**, above items
        numbered （一）…（二十一） through the text): at least two such lines, in a document whose lines open no
        chapter of a numbered outer style (第一部分, 第一章, 一、); a line that reads as a document's title is none."""
        text, found = self.doc.text, []
        if "**" not in text and "#" not in text:
            return set()  # (no bold and no Markdown heading at all: the lines need no second reading)
        outer = self.layout.style("dun").rank
        for k, ln in enumerate(lines):
            if self.kinds[k] is not None:
                continue
            styles = self._match_heading(ln.text)
            if any(st.rank <= outer and st.unit_kind == "heading" and st.numerals != "none"
                   and _is_heading_line(rest) for st, _, rest, _ in styles):
                return set()  # numbered chapters: a bold line among them is emphasis, not a chapter
            if styles or _squash(ln.text) == _squash(self.title or "") or _GENRE_TITLE_END.search(ln.text) and (
                    not found or len(ln.text) > 8):
                continue  # (after a chapter, a short line ending in 措施 is the chapter 保障措施, no document's title)
            b, e = self.doc.orig_span(ln.nbegin, ln.nbegin + len(ln.text))
            raw = text[text.rfind("\n", 0, b) + 1:(text.find("\n", e) + 1 or len(text) + 1) - 1].strip()
            if _BOLD_LINE.fullmatch(raw) and self.layout.match_heading(ln.text, "bold"):
                found.append(k)
        return set(found) if len(found) >= 2 else set()

    def _after_signed_date(self) -> bool:
        """Do the artifacts so far end with a signature's date, and only notes on the copy after it (（此件公开发布）)?"""
        for a in reversed(self.artifacts):
            if a.kind == "metadata" and _AFTER_SIGNATURE.match(a.text.strip()):
                continue
            return a.kind == "signature" and bool(_SIGNED_DATE.match(a.text.strip()))
        return False

    def _signature_at(self, lines: list[_Line], i: int) -> bool:
        """Is line *i* part of the signature that ends the document — its issuers' names, one a line, then the date it
        was signed, with nothing after them but an annex (国家能源局 / 2024年5月21日 after the last numbered item)?"""
        k, names = i, 0
        while k < len(lines):
            rest = lines[k].text.strip()
            if not rest:
                k += 1
                continue
            if _SIGNED_DATE.match(rest):
                break
            rest = _unspaced_names(rest)  # 自　然　资　源　部, 国 家 发 展 改革委: a name set out letter by letter (u86)
            if len(rest) > 30 or names >= 6 or not _ISSUER_NAMES.fullmatch(rest):  # (one issuer or several, spaced)
                return False
            names += 1
            k += 1
        if k >= len(lines):
            return False
        after = next((ln.text.strip() for ln in lines[k + 1:] if ln.text.strip()), None)
        if after is not None:
            _, link, marker, _, menu = _chrome_patterns(self.layout)
            if link.match(after) or after in menu or marker.search(after):
                return True  # …2021年3月22日 / 回到顶部 (u98): the page's furniture after the signature
        return after is None or bool(self.layout.annex.match(after)) or bool(_AFTER_SIGNATURE.match(after))

    def _closes_document(self, lines: list[_Line], i: int, text: str) -> bool:
        """Is the unnumbered paragraph at line *i* the document's closing call to its readers (各有关部门要…, 各地区、
        各部门要…), after its last numbered item and before nothing but the signature (issuers' names, then the date)
        or an annex?  Then it is the document's own (a unit of kind ``closing``, 结语), not the last item's."""
        top = self.stack[-1] if self.stack and self.annex is None else None
        if top is None or top.kind not in ("item", "heading") or not top.paragraphs:
            return False
        if not _CLOSING_CALL.match(text):
            # 商务部按年度分解细化任务安排，强化部门协同和督促指导。各地要积极探索… / 商务部 国家发展改革委 … / 2026年8月13日
            # (u86): a closing call in its second sentence, the signature right after it
            after = next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)
            return any(_CLOSING_CALL.match(s) for s in re.split(r"(?<=。)", text)[1:]) and after is not None and \
                self._signature_at(lines, after)
        for ln in lines[i + 1:]:
            rest = ln.text.strip()
            if not rest:
                continue
            if self.layout.annex.match(rest):
                return True  # (an annex follows: the body has ended)
            if _SIGNED_DATE.match(rest):
                return True  # the signature's date: what stood between was the issuers' names
            if _CLOSING_CALL.match(rest):
                continue  # 各地相关部门要因地制宜… as a paragraph of its own: the same closing words
            if len(rest) > 30 or re.search(r"[。；;：:，,]", rest):
                return False  # more of the body follows
        return False  # (no signature: the paragraph may be the last item's own)

    def _closes_article(self, lines: list[_Line], i: int) -> bool:
        """Is the unnumbered paragraph at line *i* the last of an article whose items are one paragraph each, with
        the next article (or chapter) right after it?  Then it is the article's, as 中山's 第五条 ends its five
        duties of the data bureau with 市审计部门负责…审计监督工作."""
        top = self.stack[-1] if self.stack and self.annex is None else None
        parent = self.units.get(top.parent) if top is not None and top.kind in ("item", "heading") and top.parent \
            else None
        if parent is None or parent.kind != "article":
            return False
        items = [self.units[c] for c in parent.children if c in self.units]
        if len(items) < 2 or not all(len(u.paragraphs) == 0 and u.heading is not None or
                                     len(u.paragraphs) == 1 and u.heading is None for u in items):
            return False  # (an item with a body of its own: the paragraph may go on its last item)
        nxt = next((ln.text for ln in lines[i + 1:] if ln.text.strip()), None)
        text = lines[i].text.strip()
        if _ARTICLE_PARAGRAPH.match(text) or text.endswith(("：", ":")) and nxt is not None and \
                _FIRST_ITEM.match(nxt.strip()):
            return True  # 前款规定的飞行活动存在下列情形之一的，应当…：/ （一）… (u57): the article's next paragraph
            # (款), with a list of its own, not its last item's words
        if nxt is None or _NEXT_ARTICLE.match(nxt):
            return True
        # 第四十二条 …（三）…。/ 市商务部门应当公布严重失信主体名单。/ 有关部门可以…联合惩戒。/ 第四十三条 (u58): two or
        # three plain paragraphs, then the next article — all of them the article's
        later = [ln.text.strip() for ln in lines[i + 1:i + 8] if ln.text.strip()]
        for ln in later[:4]:
            if _NEXT_ARTICLE.match(ln):
                return True
            if _ITEM_OPENS.match(ln) or len(ln) > 400:
                return False
        return False

    def _match_heading(self, text: str, marking: str = "") -> list:
        """The styles *text* could open in this document: a numbering system's styles only where the document
        is numbered in it, and then before the styles its lines would otherwise read as (1.总则 is no item); a
        style of a marking (a line in bold) only when no numbered style matches."""
        found = [f for f in self.layout.match_heading(text, marking) if not f[0].system or f[0].system in self.systems]
        if any(not f[0].marking for f in found):
            found = [f for f in found if not f[0].marking]
        if any(f[0].system for f in found):
            found = [f for f in found if f[0].system]
        return found

    # -- numbering ----------------------------------------------------------------------------
    def _accept(self, style: HeadingStyle, number: int, text: str, lines: list[_Line], i: int) -> bool:
        """Does a line numbered *number* in *style* open a unit here (or is it text)?"""
        if self._leave_box(style, number):
            return True
        heading_like = style.unit_kind != "heading" or _is_heading_line(text)
        if style.system == "decimal" and (not heading_like or re.search(r"[，,：:。；;]", text)):
            return False  # 3.1.1 本区突发事件应急管理工作由…负责，…: a numbered paragraph, not a heading
        if self.annex is not None:
            # inside an annex only an attached document (its own numbering from 1) opens units
            return number == 1 and style.unit_kind == "heading" and heading_like and self._annex_has_title()
        open_styles = self._open_styles(style)
        if style.name in open_styles:
            last = self.stack[open_styles.index(style.name)].number or 0
            if number == last + 1:
                return True
            if number == 1:
                # a restart: a new part at the top, a new list below (items restart freely)
                return heading_like or style.unit_kind != "heading"
            return number > last + 1 and number - last <= 5 and heading_like
        if number == 1:
            if style.unit_kind == "heading" and not heading_like and not self.stack and not self._announced(lines, i):
                return False  # 一、… as a long paragraph before any heading is an enumeration
            return True
        last_through = self.last_number.get((self.part, style.name), -1)
        if number == last_through + 1 and (style.unit_kind != "item" or heading_like and self.stack):
            return True  # articles (and some items and headings) are numbered through the whole document
        if style.unit_kind == "item" and heading_like and self.stack and self.last_box_item.get((self.part, style.name)) \
                and number == self.last_outside_box.get((self.part, style.name), -1) + 1:
            return True  # 6.… / 专栏 3 with 1.–12. / (三)… / 7.梯度培育优质企业 (u53): numbered through, boxes apart
        if style.unit_kind == "article" and 0 < last_through < number <= last_through + 3 and \
                not any(f"第{int_to_cn(k)}条" in self.doc.norm for k in range(last_through + 1, number)):
            # a copy that lost an article's label (第十二条 … 第十四条, u38): the next one still opens — unless the
            # labels between are in the text, run into a line (…中国人民银行发布第十八条 数据处理者…), still to come
            return True
        if style.unit_kind == "item" and self.stack and self.stack[-1].kind == "item" and number <= 20:
            return True  # an item numbered in another style than the one before it: a sibling
        if number == 2 and style.unit_kind == "heading" and heading_like and (self.part, style.name) not in \
                self.last_number and style.rank <= self.layout.style("dun").rank and \
                self._heading_follows(style, 3, lines, i):
            # 第一条 … 第二章 工伤保险基金 … 第三章 (u55): a copy that lost its first chapter's heading, its articles
            # read already; the chapters from the second on are chapters still
            return True
        # a copy that starts at 二、 or lost its first heading: a heading-like line of an outer style
        return (not self.seen_heading and style.unit_kind == "heading" and heading_like and number <= 3
                and style.rank <= self.layout.style("dun").rank)

    def _announced(self, lines: list[_Line], i: int) -> bool:
        """Does the line before *i* announce what follows (…现将政策管理办法通知如下：), so that a long 一、… paragraph opens
        the notice's first part rather than enumerating in its preamble (u98: twelve parts of a notice were its preamble)?"""
        before = next((ln.text for ln in reversed(lines[:i]) if ln.text.strip()), "")
        return bool(re.search(r"(?:通知|规定|明确|要求|意见)如下[：:]$", before.strip()))

    def _heading_follows(self, style: HeadingStyle, number: int, lines: list[_Line], i: int) -> bool:
        """Does a heading-like line numbered *number* in *style* come later in the text?"""
        return any(f[0].name == style.name and f[1] == number and _is_heading_line(f[2])
                   for ln in lines[i + 1:] for f in self._match_heading(ln.text))

    def _leave_box(self, style: HeadingStyle, number: int) -> bool:
        """1.… / 专栏 1 with its own 1. 2. 3. / 2.加速新兴技术赋能 (u53): the numbering of the items around the box goes on
        after it — the box closes, and the item is the next of those before it, not the box's fourth."""
        box = next((k for k in range(len(self.stack) - 1, -1, -1) if self.stack[k].kind == "box"), None)
        if box is None or style.unit_kind != "item" or self.annex is not None:
            return False
        holder = self.stack[box].parent
        outer = [u.number for u in self.units.values() if u.parent == holder and u.style == style.name and
                 u.kind == "item" and u.number]
        inner = [u.number for u in self.stack[box + 1:] if u.style == style.name]
        if outer and number == max(outer) + 1 and (not inner or number != inner[-1] + 1):
            del self.stack[box:]
            return True
        return False

    def _open_styles(self, style: HeadingStyle) -> list[str]:
        """Styles open on the stack, as *style* sees them: a heading (not an item) closes a box first."""
        if style.unit_kind != "item":
            for k, u in enumerate(self.stack):
                if u.kind == "box":
                    del self.stack[k:]
                    break
        return [u.style for u in self.stack]

    def _annex_has_title(self) -> bool:
        annex = self.annex
        return bool(annex.paragraphs) or bool(annex.title and annex.title != "附件")

    # -- opening units ------------------------------------------------------------------------
    def _open(self, style: HeadingStyle, number: int, rest: str, line: _Line, off: int, raw: str) -> None:
        if style.unit_kind == "heading" and style.name not in [u.style for u in self.stack]:
            while self.stack and self.stack[-1].kind == "item":
                self.stack.pop()  # a heading nests in no numbered item (一是…五是 in a paragraph, then 一、…)
            if style.name in ("part", "chapter", "section"):
                while self.stack and self.stack[-1].kind == "article":
                    self.stack.pop()  # 第二章 after 第六条 (u55: a copy without 第一章): the chapter holds no article
        open_styles = self._open_styles(style)
        if self.annex is not None:
            self._annex_to_part()
            open_styles = []
        if style.name in open_styles:
            k = open_styles.index(style.name)
            if k == 0 and number == 1 and style.unit_kind == "heading":
                self._new_part()
                open_styles = []
            else:
                del self.stack[k:]
        elif number == self.last_number.get((self.part, style.name), -1) + 1 and \
                self.last_unit[(self.part, style.name)].parent in [u.id for u in self.stack]:
            # numbering that runs on (8. after 专栏4, 第八条 in a new chapter): a sibling of the last one,
            # unless the last one's parent has been closed (then it opens under the current unit)
            parent_id = self.last_unit[(self.part, style.name)].parent
            while self.stack and self.stack[-1].id != parent_id:
                self.stack.pop()
        elif style.unit_kind == "item" and number != 1 and self.stack and self.stack[-1].kind == "item":
            self.stack.pop()  # a sibling item in another numbering style
        parent = self.stack[-1] if self.stack else None
        compact = style.compact(number)
        prefix = "" if self.part == 1 else f"P{self.part}:"
        uid = join_id(parent.id if parent else prefix or None, compact)
        kind = style.unit_kind
        if kind == "heading":
            title, body, body_off = _heading_title(rest)
            clean_title = _CJK_GAP.sub("", self._clean(line.nbegin + off, line.nbegin + off + len(title)))
        else:
            title, body, body_off, clean_title = "", rest, 0, ""
            m = _ARTICLE_TITLE.match(rest) if kind == "article" else None
            if m:  # 第五条（管理机构） / 第五条【管理机构】: a titled article
                title = m.group(1)
                clean_title = self._clean(line.nbegin + off + m.start(1), line.nbegin + off + m.end(1))
        label = self._clean(line.nbegin + off - (len(raw) - len(rest)), line.nbegin + off)  # as written: （一）
        unit = self._add(Unit(uid, kind, clean_title, style.name, len(self.stack) + 1, number,
                              label, parent.id if parent else None, self.part, norm_title=title.strip()))
        self.stack.append(unit)
        if line.inline:
            self.inline_items.add(unit.id)
        self.seen_heading = True
        self.last_number[(self.part, style.name)] = number
        self.last_unit[(self.part, style.name)] = unit
        in_box = any(u.kind == "box" for u in self.stack[:-1])
        (self.last_box_item if in_box else self.last_outside_box)[(self.part, style.name)] = number
        if kind == "heading":
            unit.heading = self._sentence(line.nbegin, line.nbegin + off + len(title), unit, "heading")
            if body:
                self._paragraph(_Line(body, line.nbegin + off + body_off), unit)
        else:
            para = self._paragraph(_Line(rest, line.nbegin + off), unit, numbered=True)
            if para is not None and para.lead is not None and not unit.title:
                unit.title = para.lead.clean.rstrip("。！？!?")
                unit.norm_title = para.lead.norm.rstrip("。！？!?")

    def _new_part(self) -> None:
        """The top numbering restarts at 1: an attached document begins; its title is the nearest
        title-like paragraph above."""
        title, moved = None, []
        holder = self.current
        for k in range(len(holder.paragraphs) - 1, -1, -1):
            para = holder.paragraphs[k]
            if len(para.sentences) == 1 and _is_document_title(para.sentences[0].norm):
                title = para.sentences[0].clean
                moved = holder.paragraphs[k:]
                del holder.paragraphs[k:]
                break
        self._start_part(title, moved)

    def _start_part(self, title: str | None, moved: list[Paragraph]) -> None:
        self.part += 1
        self.parts.append(Part(self.part, title))
        self.stack, self.annex = [], None
        pre = self._add(Unit(f"P{self.part}:preamble", "preamble", title or "前言", part=self.part))
        for n, para in enumerate(moved):
            for s in para.sentences:
                s.section = s.unit = pre.id
            para.unit = para.section = pre.id
            if n == 0:
                para.sentences[0].kind = "heading"
                pre.heading = para.sentences[0]
            else:
                pre.paragraphs.append(para)
        self.preamble = pre

    def _open_annex(self, m: re.Match, line: _Line) -> None:
        n = m.group("num")
        n = str(cn_to_int(n)) if n and not n.isdigit() else n  # (附录二: annex2)
        uid = ("" if self.part == 1 else f"P{self.part}:") + "annex" + (n if n and n != "1" else "")
        self.stack = []
        label = "附录" if line.text.lstrip().startswith("附录") else "附件"
        annex = self._add(Unit(uid, "annex", m.group("rest").strip() or label, part=self.part, label=label))
        self.annex = annex
        annex.heading = self._sentence(line.nbegin, line.nbegin + len(line.text), annex, "heading")

    def _annex_to_part(self) -> None:
        """An annex that turns out to hold a document with its own headings becomes a part."""
        annex = self.annex
        title = annex.title if annex.title != "附件" else None
        moved = []
        if annex.paragraphs and len(annex.paragraphs[0].sentences) == 1 and \
                _is_document_title(annex.paragraphs[0].sentences[0].norm):
            title = annex.paragraphs[0].sentences[0].clean
        annex.has_body = bool(annex.paragraphs)
        self._start_part(title, moved)

    def _open_box(self, num: int, title: str, line: _Line, off: int, end: int) -> None:
        """A box belongs to the heading it stands in (not to an item or an earlier box); its title runs from *off* to
        *end* of the line (a Markdown table's cell: without its closing |)."""
        while self.stack and self.stack[-1].kind in ("item", "box"):
            self.stack.pop()
        if not self.stack:
            return self._paragraph(line)
        holder = self.stack[-1]
        box = self._add(Unit(join_id(holder.id, f"专栏{num}"), "box",
                             self._clean(line.nbegin + off, line.nbegin + end), "box", holder.level + 1,
                             num, f"专栏{num}", holder.id, self.part))
        box.heading = self._sentence(line.nbegin, line.nbegin + len(line.text), box, "heading")
        self.stack.append(box)

    # -- paragraphs ---------------------------------------------------------------------------
    def _paragraph(self, line: _Line, unit: Unit | None = None, numbered: bool = False) -> Paragraph | None:
        unit = unit or self.current
        sentences = self._split(line.text, line.nbegin, unit)
        if not sentences:
            return None
        para = Paragraph(unit.id, self._section_of(unit), sentences)
        content = para.body
        if len(content) > 1 and _ADDRESS.match(content[0].norm.strip()):
            content = content[1:]  # 各位代表！产业兴则人民富。…: the address opens the paragraph, the next sentence leads it
        if unit.kind != "annex" and content and _is_lead(content[0], len(content), numbered):
            para.lead = content[0]
        unit.paragraphs.append(para)
        return para

    def _add_toc_only_units(self) -> None:
        """Headings listed in the contents whose body is missing become units without body."""
        stack: list[tuple[str, str]] = []  # (style, id)
        for entry in self.toc:
            while len(stack) >= entry.level:
                stack.pop()
            parent = stack[-1][1] if stack else None
            uid = join_id(parent, self.layout.style(entry.style).compact(entry.number))
            stack.append((entry.style, uid))
            if uid in self.units:
                continue
            self._add(Unit(uid, "heading", entry.title, entry.style, entry.level, entry.number,
                           parent=parent, has_body=False, norm_title=entry.norm_title))

    def _date_issuer(self, lines: list[_Line], plan_title: str | None = None, tail: list[_Line] | None = None,
                     decree_lines: list[_Line] | None = None) -> tuple[str | None, str | None]:
        """The date the document was signed and its issuer; *plan_title*: the title read below a cover letter;
        *tail*: the document's last lines, where a short notice's signature block stands; *decree_lines*: the head
        and a few lines more, where a decree of several issuers ends (… / 中华人民共和国公安部 / 令 / 第24号)."""
        head = "\n".join(ln.text for ln in lines)
        date = None
        # a date on a line of its own signs the document (市长 应勇 / 2019年8月12日), at its head or under its last
        # words (交通运输部 国家发展改革委 / 2026年3月20日, u62); one inside a sentence may be a meeting's (已经2019年7月
        # 30日市政府第60次常务会议通过) or a period's (实施期限为2026年1月1日至…)
        own_line = r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$"
        m = re.search(own_line, head, re.M) or \
            (re.search(own_line, "\n".join(ln.text for ln in tail), re.M) if tail else None) or \
            re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", head)
        history = list(_HISTORY_LINE.finditer(head))
        published = [h for h in history if h.group(4) in ("公布", "发布")]
        inline = _HISTORY_INLINE.search(head) if not published else None
        if inline:  # （2026年4月13日经…局务会议审议通过　2026年5月30日…令第6号公布　自…起施行） (u80): promulgated
            history, published = [inline], [inline]
        if published:
            m = published[-1]  # 2025年12月30日 …会议通过 / 2026年3月26日 …会议批准 / 2026年4月7日 公布 (u72): promulgated
        elif any(h.group(4) == "批准" for h in history):
            m = max(history, key=lambda h: (int(h.group(1)), int(h.group(2)), int(h.group(3))))  # passed, then approved
        amended = [d for d in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日[^\n。]{0,60}?(?:修订|修正|修改)", head)
                   if not re.search(r"《[^》\n]*$", head[:d.start()])]
        if m and amended and int(amended[-1].group(1)) > int(m.group(1)):
            m = amended[-1]  # …2010年7月30日…通过 / 2022年4月18日…修订 (u66): the text in force is the revised one
        if m:
            date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        else:
            m = re.search(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日", head)
            if m:
                year = "".join(str("〇一二三四五六七八九".index(c.replace("○", "〇").replace("零", "〇")))
                               for c in m.group(1))
                date = f"{year}-{cn_to_int(m.group(2)):02d}-{cn_to_int(m.group(3)):02d}"
        if date is None:  # an information box's date written as digits (成文日期：2026-02-03), the signing date first
            m = next((m for key in ("成文日期", "印发日期", "发文日期", "发布日期") for m in [re.search(
                key + r"\s*[:：]\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)", head)] if m), None)
            if m:
                date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        if date is None:
            date = self.meta_date
        issuer = None
        if self.title:
            m = re.match(r"^(.{2,30}?)(?:关于|印发《)", self.title)
            # not 关于印发《…》 (a title naming no issuer), nor a count of issuers (11部门印发《…》的通知)
            if m and not m.group(1).startswith(("关于", "印发")) and \
                    not re.fullmatch(r"[\d一二三四五六七八九十]+(?:个)?(?:部门|部委|单位)(?:联合)?", m.group(1)):
                issuer = m.group(1).strip()  # (重庆市涪陵区人民政府 关于…, u48: the title's blank is no part of it)
        if issuer is None:
            issuer = self.meta_issuer
        if issuer is None and plan_title:
            # 上海市人民政府办公厅关于印发《…行动方案》的通知, the cover notice above the plan that is the title (u54): the
            # notice's issuer issues the plan
            notice = next((m for m in re.finditer(r"^(?:#{1,6}\s*)?([\u4e00-\u9fff]{2,30}?)关于(?:印发|转发|发布)《([^《》]{4,80})》",
                                                  head, re.M) if _squash(m.group(2)) == _squash(plan_title)), None)
            if notice:
                issuer = notice.group(1)
        decree = _DECREE.search(head) or \
            _JOINT_DECREE.search("\n".join(ln.text for ln in decree_lines) if decree_lines else head)
        if issuer is None and decree:
            issuer = " ".join(decree.group(1).split())  # 上海市人民政府令 / （第19号）: the government that decrees it
        if issuer is None:
            # (在第十四届全国人民代表大会第二次会议上 / 国务院总理 李强: the congress is where a report is given, the
            # State Council gives it)
            # (not inside a cited title: 为贯彻《中共中央 国务院关于构建数据基础制度…的意见》 in the first lines of a
            # national plan, u59, is another document's issuer)
            uncited = re.sub(r"《[^《》\n]{0,120}》", lambda c: "□" * len(c.group()), head)
            top = "\n".join(re.sub(r"《[^《》\n]{0,120}》", "", ln.text) for ln in lines[:2])
            m = next((m for m in re.finditer(r"(国务院|全国人民代表大会|中共中央|中央网络安全和信息化委员会)", uncited)
                      if not re.match(r"(?:常务委员会)?第[一二三四五六七八九十]+次会议", head[m.end():]) and
                      not re.match(r"(?:的|有关)?(?:决策部署|重大部署|部署|要求|精神)", head[m.end():])), None)
            # (为贯彻落实党中央、国务院决策部署，…制定本指南, u86: the policy it serves, not its issuer)
            if m and self.title and m.group(1) in top:
                issuer = m.group(1)
        return date, issuer


# ---------------------------------------------------------------------------------------------- chain
_NOT_TASK = ("framing", "general", "principle", "goal", "direction", "priority")


def _unit_sentences(tree: DocumentTree, unit: Unit, with_heading: bool = True) -> list[Sentence]:
    """Every sentence of *unit* and its descendants, in document order."""
    out = [unit.heading] if with_heading and unit.heading is not None else []
    stack = [unit]
    seen = []
    while stack:
        u = stack.pop()
        seen.extend(s for p in u.paragraphs for s in p.sentences)
        if u is not unit and u.heading is not None:
            seen.append(u.heading)
        stack.extend(tree.unit(c) for c in u.children)
    return out + sorted(seen, key=lambda s: s.index)


def _role_words(tree: DocumentTree, layout: Layout) -> dict[str, str | None]:
    out = {u.id: layout.role_of(u.norm_title or u.title) if u.kind == "heading" else None for u in tree.units}
    container_words = [w for r in layout.roles if r.name == "container" for w in r.words]
    for u in tree.units:
        if out[u.id] == "container" and _verb_before(re.sub(r"\s+", "", u.norm_title or u.title), container_words):
            out[u.id] = None  # 七、完善政策措施: a chapter of work named by what it does, not a heading that holds tasks
        elif out[u.id] == "goal" and re.match(r"\d{4}年", u.title) and sum(
                tree.unit(k).kind == "heading" for k in u.children) >= 3:
            out[u.id] = "container"  # 二、2024年政府工作目标任务 with （一）…（十）: a report's year of work
        elif out[u.id] == "framing" and _statute_work(tree, u, layout):
            out[u.id] = None  # 第五章 监督检查 of a 办法 (u100): the inspections it assigns, work to do
        elif out[u.id] == "framing" and _names_the_subject(tree, u, layout):
            out[u.id] = None  # 第三章 监督检查要点 in 食品生产经营监督检查管理办法: the rule's subject, not a safeguard
        elif out[u.id] == "container" and _parallel_to_siblings(tree, u, out, container_words):
            out[u.id] = None  # 一、重点领域先进设备更新行动 beside 二、技术改造设备焕新行动 …: the first of six actions
        elif out[u.id] == "direction" and _items_of_work(tree, u):
            out[u.id] = None  # 一、明确重点发展方向 1.推动直播赋能旅游产业… (u34): measures, not a list of fields
    years = {u.id: int(m.group(1)) for u in tree.units if u.kind == "heading" and u.parent is None and
             (m := re.match(r"(\d{4})年", re.sub(r"\s+", "", u.norm_title or u.title)))}
    for uid, year in years.items():
        title = re.sub(r"\s+", "", tree.unit(uid).norm_title or tree.unit(uid).title)
        if year < max(years.values()) and out[uid] in (None, "container") and _PAST_YEAR_WORK.match(title):
            out[uid] = "framing"  # 一、2023年主要工作 before 二、2024年主要目标和重点工作 (u38): what was done
    return out


#: A heading that names a year's work as a whole (2023年主要工作, 2023年工作): a review when a later year's heading follows.
_PAST_YEAR_WORK = re.compile(r"^\d{4}年(?:主要)?(?:工作|工作情况|工作成效|主要成绩)$")


def _items_of_work(tree: DocumentTree, unit: Unit) -> bool:
    """Are a heading's children numbered items (no sub-headings), most of them opening with a verb of work?"""
    items = [tree.unit(k) for k in unit.children]
    if len(items) < 2 or any(i.kind != "item" for i in items):
        return False
    opened = sum(bool(_WORK_PARAGRAPH.match(i.norm_title or i.title or "")) for i in items)
    return opened * 2 > len(items)


def _parallel_to_siblings(tree: DocumentTree, unit: Unit, words: dict[str, str | None], container_words: list[str]
                          ) -> bool:
    """Is a heading read as a container only because its title opens with a container's word, while it ends as
    two or more of its sibling headings with no role end (重点领域先进设备更新行动 / 技术改造设备焕新行动 / …行动)?"""
    title = re.sub(r"\s+", "", unit.norm_title or unit.title)
    if len(title) < 6 or any(title.endswith(w) for w in container_words):
        return False
    siblings = [u for u in tree.units if u is not unit and u.kind == "heading" and u.parent == unit.parent and
                u.part == unit.part and u.level == unit.level and words[u.id] is None]
    tail = title[-2:]
    return sum(re.sub(r"\s+", "", u.norm_title or u.title).endswith(tail) for u in siblings) >= 2


def _statute_work(tree: DocumentTree, unit: Unit, layout: Layout) -> bool:
    """Is a chapter of articles titled by a word that names a regulator's work in a statute (kg:statuteWork:
    第五章 监督检查)?"""
    title = re.sub(r"\s+", "", unit.norm_title or unit.title)
    words = {w for r in layout.roles for w in r.statute_work}
    return title in words and any(tree.unit(k).kind == "article" for k in unit.children)


def _names_the_subject(tree: DocumentTree, unit: Unit, layout: Layout) -> bool:
    """Does a chapter of articles read as framing only by a word the document's title names as its subject
    (监督检查 in …监督检查管理办法; 监督考核 in …监督考核办法)?"""
    title = re.sub(r"\s+", "", unit.norm_title or unit.title)
    doc_title = re.sub(r"\s+", "", next((p.title for p in tree.parts if p.index == unit.part), None) or tree.title or "")
    if not doc_title or not any(tree.unit(k).kind == "article" for k in unit.children):
        return False
    words = [w for r in layout.roles if r.name == "framing" for w in r.words if title.startswith(w) or title.endswith(w)]
    return bool(words) and all(w in doc_title for w in words)


def _verb_before(title: str, words: list[str]) -> bool:
    """Does a verb open *title* before the container word it ends with (完善 + 政策措施; not 实施步骤 itself)?"""
    from .segment import cut

    word = max((w for w in words if title.endswith(w) and len(title) > len(w)), key=len, default=None)
    return word is not None and (cut(title[:-len(word)])[0][1] or "") == "v"


def _find_tasks(tree: DocumentTree, words: dict[str, str | None]) -> list[Unit]:
    tasks: list[Unit] = []
    # a work report (by its title, or by a container of one year's work: 2024年工作安排) sets out work in the
    # chapters after that container too
    report = tree.genre is not None and tree.genre[0].endswith("report") or any(
        u.kind == "heading" and u.level == 1 and words[u.id] == "container" and re.match(r"\d{4}年", u.title)
        for u in tree.units)
    for part in tree.parts:
        tops = [u for u in tree.units if u.part == part.index and u.level == 1]
        headings = [u for u in tops if u.kind == "heading"]
        # a container holds its tasks as sub-headings; a chapter of articles whose title has a container's word
        # (第五章 重点领域数据应用) is a task like the other chapters
        containers = [u for u in headings if words[u.id] == "duties" or
                      words[u.id] == "container" and (_sections(tree, u, words) or
                                                      not any(tree.unit(k).kind == "article" for k in u.children))]
        # a 工作方案 whose only containers are duties (职责分工) or the phases of the work (行动步骤: 方案制定阶段…)
        # sets out its work in its other chapters too (整治内容, 整治方式, 整治要求)
        duties_only = all(words[u.id] == "duties" or _phases(tree, u, words) for u in containers)
        if containers:
            for u in headings:
                if u in containers:
                    tasks.extend(_sections(tree, u, words) or [u])
                elif duties_only and words[u.id] not in _NOT_TASK:
                    tasks.append(u)  # a 工作方案 with 职责分工 among its chapters of work (职能定位, 运作模式 …)
                elif report and words[u.id] not in _NOT_TASK and u.seq > containers[0].seq:
                    tasks.append(u)  # a report's chapter of work after 2024年工作安排 (三、加快推进政府治理能力现代化建设)
                elif words[u.id] is None and u.seq > containers[0].seq and u is not headings[-1] and \
                        _sections(tree, u, words) and \
                        not _SAFEGUARD_LIKE.search(re.sub(r"[\s.…·]*\d*$", "", u.norm_title or u.title or "")):
                    # 三、重点任务 … 四、科技创新 / （一）加快先进适用技术研发… / 五、重点工程 … 六、政策创新: a chapter of
                    # work among the task chapters, named by its subject, not by a framing word (the last chapter,
                    # 四、建立齐抓共管的工作机制, is the safeguards a plan closes with)
                    tasks.append(u)
                elif words[u.id] is None and u.seq < containers[0].seq and _sections(tree, u, words) and \
                        any(words[v.id] == "framing" for v in headings if v.seq < u.seq) and \
                        all(_verb_led(v.norm_title or v.title or "") for v in _sections(tree, u, words)) and \
                        not _SAFEGUARD_LIKE.search(re.sub(r"[\s.…·]*\d*$", "", u.norm_title or u.title or "")):
                    # 二、总体要求 … 三、空间布局 / （一）高质量打造“三大科学城”… / 四、重点任务: a chapter of work
                    # before the task chapter, after the framing, each of its sections a measure led by its verb
                    tasks.append(u)
        else:
            tasks.extend(u for u in headings if words[u.id] not in _NOT_TASK)
    if not tasks:  # every chapter of articles reads as framing (监督检查分类, 监督检查程序 in a rule on 监督检查):
        # the chapters that are not a statute's general provisions are its tasks — no silent collapse
        tasks = [u for u in tree.units if u.kind == "heading" and u.level == 1 and words[u.id] == "framing" and
                 any(tree.unit(k).kind == "article" for k in u.children)]
    return [t for task in tasks for t in _itemised_subs(tree, task, words)]


#: A chapter title that keeps it out of the work although no framing word names it (四、政策保障, 七、强化保障支撑,
#: 五、规划实施, 六、投资规模测算, 三、申请条件, 八、有关要求).
_SAFEGUARD_LIKE = re.compile(r"保障|要求|效果|效益|测算|估算|条件|分析|评估|附则|实施$")


def _verb_led(title: str) -> bool:
    """Does a section title open with a verb, perhaps after a manner adverb (打造…, 高质量打造…, 加快建设…)?"""
    from .segment import cut

    words = cut(re.sub(r"^[\s（(]*[一二三四五六七八九十\d]+[）)、.．]\s*", "", title))[:3]
    for k, (w, tag) in enumerate(words):
        if tag == "v" or k > 0 and (tag or "").startswith("v"):
            return True
        if k == 0 and re.fullmatch(r"高[质标水][量准平]|大力|全力|着力|加快|积极|持续|全面|深入", w):
            continue
        return False
    return False


def _phases(tree: DocumentTree, unit: Unit, words: dict[str, str | None]) -> bool:
    """Is *unit* a chapter of the work's phases (五、行动步骤 / （一）方案制定阶段（3月底前）…), not of its tasks?"""
    subs = _sections(tree, unit, words)
    return bool(subs) and all(re.search(r"阶段|\d{1,2}月(?:底|中旬|上旬|下旬)?[前后]|\d{4}年", u.title or "") for u in subs)


def _sections(tree: DocumentTree, unit: Unit, words: dict[str, str | None]) -> list[Unit]:
    """The sub-headings of *unit* that are not framing (the candidates for tasks under it)."""
    subs = [tree.unit(k) for k in unit.children]
    return [u for u in subs if u.kind == "heading" and words[u.id] not in _NOT_TASK]


def _itemised_subs(tree: DocumentTree, task: Unit, words: dict[str, str | None]) -> list[Unit]:
    """A task chapter whose sections hold numbered items (一、聚焦… / （一）…行动 / 1.…): the sections are the
    tasks, their items the actions — as under a chapter that names the tasks."""
    subs = _sections(tree, task, words)
    itemised = [u for u in subs if any(tree.unit(k).kind == "item" for k in u.children) or _led_paragraphs(u)]
    if subs and len(itemised) * 2 >= len(subs):
        task.role = "container"
        return subs
    items = [tree.unit(k) for k in task.children if tree.unit(k).kind == "item"]
    if words.get(task.id) == "container" and len(items) >= 2 and sum(map(_led_paragraphs, items)) * 2 >= len(items) and \
            all(_heading_line(u) for u in items):
        # 三、2024年工作安排 / 第一，竭力厚植比较优势，融入… / 增强现代交通枢纽辐射力。…: a report's sections written as
        # ordinal items, each with lead-sentence paragraphs: the sections are the tasks, the paragraphs the actions
        task.role = "container"
        for u in items:
            first = next((p for p in u.paragraphs if p.sentences), None)
            if not u.title and first is not None:  # the heading line is the section's title
                u.title = first.sentences[0].text.strip().rstrip("，,：:")
                u.norm_title = first.sentences[0].norm.strip().rstrip("，,：:")
        return items
    return [task]


def _heading_line(unit: Unit) -> bool:
    """Is an item's first paragraph a heading line of its own (第一，竭力厚植比较优势，融入全省经济文化体系), no sentence?"""
    first = next((p for p in unit.paragraphs if p.sentences), None)
    return bool(unit.title) or first is not None and len(first.sentences) == 1 and \
        not first.sentences[0].text.rstrip().endswith(("。", "；", ";")) and len(first.sentences[0].text) <= 40


def _led_paragraphs(unit: Unit) -> bool:
    """Does a section set out its work in two or more paragraphs that each open with a lead sentence
    (建设五大千亿级产业集群。… / 推动工业扩量提质。…), as a work report's sections do?"""
    paras = [p for p in unit.paragraphs if p.body]
    led = sum(p.lead is not None for p in paras)
    return led >= 2 and led * 2 >= len(paras)


#: Item titles that say only what kind of text follows (1．功能。2．任务。): an action labelled so is named with its parent.
_BARE_LABELS = {"功能", "任务", "目标", "内容", "措施", "要求", "主要任务", "工作任务", "重点任务", "主要内容", "建设内容",
                "工作内容", "工作措施", "具体措施", "工作要求", "主要目标", "工作目标", "建设目标", "实施路径", "进度安排",
                "责任分工", "职责分工", "主要做法", "具体内容"}


def _label_of(unit: Unit, lead: Sentence | None, first: Sentence | None) -> str:
    if unit.kind in ("heading", "box", "article") and unit.title:
        return unit.title
    if lead is not None:
        return lead.clean.rstrip("。！？!?")
    return first_clause(first) if first is not None else (unit.title or unit.label)


def _unit_action(tree: DocumentTree, unit: Unit, task: Unit | None, order: int, apart: list[Unit] | tuple = ()
                 ) -> Action | None:
    """The action of *unit* (its sentences and its descendants', but those of the units *apart*: boxes that are
    actions of their own)."""
    sentences = _unit_sentences(tree, unit)
    if apart:
        theirs = {s.index for b in apart for s in _unit_sentences(tree, b)}
        sentences = [s for s in sentences if s.index not in theirs]
    body = [s for s in sentences if s.kind == "body"]
    if not sentences or not body and unit.kind != "heading":
        return None  # (a heading listed only in a table of contents has no sentence to be an action of)
    first_para = unit.paragraphs[0] if unit.paragraphs else None
    lead = None
    if unit.kind in ("item", "article") and first_para is not None:
        lead = first_para.lead
    elif unit.heading is not None:
        lead = unit.heading
    label = _label_of(unit, lead, body[0] if body else None)
    if not label:
        return None
    parent = tree.unit(unit.parent) if unit.parent else None
    if label in _BARE_LABELS and parent is not None and parent.title:
        label = f"{parent.title}：{label}"  # （四）一体化赋能 / 1．功能。 2．任务。: which item's 任务
    number = unit.label if unit.kind in ("item", "article") else None
    return Action(unit.id, task.id if task else None, tree.unit(unit.id).id if unit.is_section else
                  _section_of_tree(tree, unit), label, order, lead, sentences, unit.id, number,
                  min(s.begin for s in sentences), max(s.end for s in sentences))


def _section_of_tree(tree: DocumentTree, unit: Unit) -> str:
    while not unit.is_section and unit.parent:
        unit = tree.unit(unit.parent)
    return unit.id


def _annex_items(annex: Unit, item: re.Pattern) -> list[tuple[Paragraph, str]]:
    """The measures an annex lists as numbered paragraphs (附件 / 示范场景 / 1.简政提效：深化…。…), each with its
    label (the item's first sentence without its number, or its first clause when that sentence is long); empty
    for a name list, a form or a flattened table (items shorter than 40 characters, or fewer than half its
    paragraphs).  *item* is the layout's ``1.`` style."""
    paras = [p for p in annex.paragraphs if p.body]
    rows = _table_rows(paras)
    if rows:
        return rows
    out = []
    for p in paras:
        m = item.match(p.body[0].clean)
        if m and sum(len(x.norm) for x in p.body) >= 40:
            first = m.group("rest").rstrip("。！？!?")
            out.append((p, first if len(first) <= 40 else first_clause(p.body[0]).lstrip("0123456789.、． ")))
    return out if len(out) >= 2 and len(out) * 2 >= len(paras) else []


#: A Markdown table's header cell that names each row's work (| 序号 | 项目名称 | 项目单位 | …).
ROW_NAME_CELLS = ("项目名称", "工程名称", "工作事项", "任务名称", "主要任务", "重点任务", "工作任务", "具体任务", "任务内容",
                  "工作内容", "重点工作", "建设项目")


def pipe_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a Markdown table's row (| a | b |), as (start, end) offsets in *text*, blanks trimmed."""
    bars = [m.start() for m in re.finditer(r"[|｜]", text)]
    out = []
    for a, b in zip(bars, bars[1:]):
        cell = text[a + 1:b]
        lo = a + 1 + len(cell) - len(cell.lstrip())
        out.append((lo, max(lo, a + 1 + len(cell.rstrip()))))
    return out


#: A header cell that names each row's duty in a table of duties or yearly tasks (| 序号 | 部门 | 职责清单 |,
#: | 序号 | 领域 | 2024年推进任务 | 牵头责任部门 |).
_ROW_DUTY_CELL = re.compile(r"(?:推进任务|年度任务|目标任务|职责清单|工作职责|主要职责|职责分工|职责)$")


def is_row_name_cell(cell: str) -> bool:
    """Does a table's header cell name each row's work (项目名称, 重点任务, 职责清单, 2024年推进任务)?"""
    return cell in ROW_NAME_CELLS or bool(_ROW_DUTY_CELL.search(cell)) and len(cell) <= 12


def _table_rows(paras: list[Paragraph], header: list[str] | None = None) -> list[tuple[Paragraph, str]]:
    """The rows of an annex's Markdown table of projects or tasks (| 1 | 上海新桥220千伏输变电工程 | 国网… |), each
    with its name cell as the label, once a header row names that column (or *header*, the cells of a header
    row written above the paragraphs); empty for any other annex.  A row with fewer cells than its header (a
    merged cell above it: | 3 | 梳理总结… | under | 2 | 市发改委 | 积极争取… |) is labelled by its longest cell."""
    out, column, width = [], None, 0
    if header:
        column = next((k for k, c in enumerate(header) if is_row_name_cell(c)), None)
        width = len(header)
    for p in paras:
        # the whole line (a row whose cell holds sentences is split into them), as written: the label keeps
        # its full-width brackets
        text = "".join(s.clean for s in p.body)
        if not text.lstrip().startswith(("|", "｜")):
            continue
        if not text.rstrip().endswith(("|", "｜")):
            text += "|"
        cells = [text[a:b].strip("*").strip() for a, b in pipe_cells(text)]
        if column is None or any(is_row_name_cell(c) for c in cells):
            column = next((k for k, c in enumerate(cells) if is_row_name_cell(c)), None)
            width = len(cells)
            continue
        if not cells or not cells[0].isdigit():
            continue
        name = cells[column] if len(cells) == width else max(cells[1:], key=len, default="")
        if len(name) >= 2:
            out.append((p, name if len(name) <= 40 else re.split(r"[，。；;,]", name)[0][:40]))
    return out if len(out) >= (1 if header else 2) else []  # (a section of a table may hold one row)


def _heading_table_rows(tree: DocumentTree, unit: Unit) -> list[tuple[Paragraph, str]]:
    """The rows of a table of tasks that a one-cell row splits into sections (| 序号 | 领域 | 2024年推进任务 | 牵头责任部门 |
    / | 一、实施设备更新行动 | / | 1 | 工业 | 组织实施… | 市工信局 |, u50: 苏州's task list): each row of the section *unit*
    (one paragraph per line of the source) with its task cell as the label, the header read from the table's
    lines above the section's heading; empty when *unit* is no such section."""
    if unit.kind != "heading" or unit.heading is None or unit.children:
        return []
    sentences = [x for x in _unit_sentences(tree, unit, with_heading=False) if x.kind == "body"]
    if not sentences or not all(x.norm.lstrip().startswith(("|", "｜")) or x is not _line_first(tree, x)
                                for x in sentences):
        return []
    header = _header_above(tree.doc.norm, unit.heading.nbegin)
    if header is None:
        return []
    lines: dict[int, list[Sentence]] = {}
    for x in sentences:
        lines.setdefault(tree.doc.norm.rfind("\n", 0, x.nbegin), []).append(x)
    paras = [Paragraph(unit.id, group[0].section, group) for _, group in sorted(lines.items())]
    return _table_rows(paras, header)


def _line_first(tree: DocumentTree, sent: Sentence) -> Sentence:
    """The first sentence on the source line that holds *sent* (itself when it opens its line)."""
    start = tree.doc.norm.rfind("\n", 0, sent.nbegin) + 1
    k = sent.index
    while k > 0 and tree.sentences[k - 1].nbegin >= start:
        k -= 1
    return tree.sentences[k]


def _header_above(norm: str, at: int) -> list[str] | None:
    """The cells of the header row of the Markdown table whose lines run up to offset *at* (through rows of one cell
    and other rows), or None when none names the rows' work."""
    end = norm.rfind("\n", 0, at)
    for _ in range(200):
        if end <= 0:
            return None
        start = norm.rfind("\n", 0, end) + 1
        text, end = norm[start:end].strip(), start - 1
        if not text.startswith(("|", "｜")):
            return None
        cells = [text[a:b].strip("*").strip() for a, b in pipe_cells(text if text.endswith(("|", "｜")) else text + "|")]
        if any(is_row_name_cell(c) for c in cells):
            return cells
    return None


#: The call that closes a work report (让我们…, 奋力谱写…新篇章).
_EXHORTATION = re.compile(r"让我们|奋力谱写|共同谱写|携手谱写")


def _paragraph_action(tree: DocumentTree, para: Paragraph, task: Unit, order: int, label: str | None = None
                      ) -> Action | None:
    body = para.body
    if not body:
        return None
    said = [x for x in body if not _ADDRESS.match(x.norm.strip())] or body  # (各位代表！ opens no action's label)
    before = tree.sentences[body[0].index - 1].norm.strip() if body[0].index > 0 else ""
    if (len(said) < len(body) or _ADDRESS.match(before)) and any(_EXHORTATION.search(x.norm) for x in said):
        return None  # 各位代表！孔孟大地春潮涌…让我们更加紧密地团结…: a report's closing call, no action (u34; u35: the
        # address a paragraph of its own before it)
    if _ADDRESSED.match(body[0].norm) and len(said) == len(body):
        return None  # 委员长、各位副委员长、秘书长、各位委员，我们将…: the speaker's closing promise (u35)
    if label is None and len(said) < len(body):  # 各位代表！路虽远行则将至…。加强政治建设，做到…。(u36): past the
        # address and its rhetoric, the first sentence that sets out work names the action
        work = next((x for x in said if _WORK_PARAGRAPH.match(x.norm) and "我们" not in x.norm and
                     _is_lead(x, 2, False)), None)
        label = work.clean.rstrip("。！？!?") if work is not None else None
    label = label or (para.lead.clean.rstrip("。！？!?") if para.lead is not None else first_clause(said[0]))
    if not label.strip("。！？!?，,；;：: \u3000"):
        return None  # a paragraph of punctuation alone names nothing
    sentences = para.sentences
    return Action(f"{task.id}#{order}", task.id, para.section, label, order, para.lead, sentences, None, None,
                  min(s.begin for s in sentences), max(s.end for s in sentences))


def build_chain(tree: DocumentTree, layout: Layout) -> None:
    """Assign roles to units and fill ``tree.actions`` and ``tree.lead_nodes`` (see module doc)."""
    words = _role_words(tree, layout)
    for u in tree.units:
        if words[u.id] in ("framing", "container", "duties", "general"):
            u.role = "framing" if words[u.id] == "general" else words[u.id]
    tasks = _find_tasks(tree, words)
    annex_items = {}
    for u in tree.units:
        items = _annex_items(u, layout.style("arabic").pattern) if u.kind == "annex" and u not in tasks else []
        if items:
            first = u.paragraphs[0].sentences
            if u.title == "附件" and len(first) == 1 and _is_title_like(first[0].norm) and u.paragraphs[0] is not items[0][0]:
                u.title = first[0].clean  # 附件 / 示范场景: the annex's own title
            if layout.role_of(re.sub(r"^\d+[.．、]", "", u.title or "")) in ("framing", "general"):
                continue  # 附件1 名词解释 (u36): its numbered entries define terms, no measures
            annex_items[u.id] = items
            tasks.append(u)
    for t in tasks:
        t.role = "task"
    # priority actions: the sub-headings of a chapter of priority actions
    for u in tree.units:
        if u.kind == "heading" and words[u.id] == "priority":
            for k in u.children:
                child = tree.unit(k)
                if child.kind == "heading":
                    child.role = "priority_action"
    actions: list[Action] = []
    for task in tasks:
        rows = _heading_table_rows(tree, task)
        if task.id in annex_items:  # an annex's numbered measures are its actions
            actions.extend(a for k, (para, label) in enumerate(annex_items[task.id], 1)
                           if (a := _paragraph_action(tree, para, task, k, label)) is not None)
        elif rows:  # a section of a table of tasks (| 一、实施设备更新行动 | / | 1 | 工业 | 组织实施… | 市工信局 |): its rows
            actions.extend(a for k, (para, label) in enumerate(rows, 1)
                           if (a := _paragraph_action(tree, para, task, k, label)) is not None)
        else:
            actions.extend(_task_actions(tree, task, words))
    # articles (第X条) outside tasks and outside framing chapters are actions too (a 办法 without tasks)
    in_task = {a.unit for a in actions if a.unit}
    covered = set()
    for t in tasks:
        covered |= _descendants(tree, t)
    order = 0
    for u in tree.units:
        if u.kind != "article" or u.id in covered or u.id in in_task:
            continue
        if any(tree.unit(a).role == "framing" for a in _ancestors(tree, u)):
            continue
        if _framing_article(tree, u) or _penalty_article(tree, u):
            continue  # 为了…，制定本条例。/ 本条例所称…/ 本条例自…起施行 (u68): what 总则 and 附则 hold, no work; 违反本办法
            # …的，由…责令改正 (u83): what a chapter of 法律责任 holds (its duties stay provisions)
        order += 1
        a = _unit_action(tree, u, None, order)
        if a is not None:
            actions.append(a)
    if not actions and not tasks:
        actions = _table_actions(tree) or _headless_actions(tree)
    actions.sort(key=lambda a: (a.sentences[0].index if a.sentences else 0))
    tree.actions = actions
    tree.lead_nodes = _lead_nodes(tree, words)


#: An article that frames a regulation (its purpose, scope, terms, date of effect, who interprets it), no work.
_FRAMING_ARTICLE = re.compile(r"(?:为了?|为进一步)[^。]{0,200}?(?:制定|制订)本(?:条例|办法|规定|细则|规则)。?$|"
                              # 根据《地名管理条例》（以下简称条例），制定本办法 (u115): the law it implements
                              r"^(?:根据|依据|依照)[^。]{0,200}?(?:制定|制订)本(?:条例|办法|规定|细则|规则)。?$|"
                              # 条例所称的…是指… (u115): the terms of the regulation it implements
                              r"^(?:条例|本条例|本办法|本规定)[^。]{0,12}?所称的?[^。]{0,60}?是指|"
                              r"^本(?:条例|办法|规定|细则|规则)(?:所称|中下列用语|下列用语|所指)|"
                              r"^本(?:条例|办法|规定|细则|规则)(?:适用于|自[^。]{2,30}?(?:起)?(?:施行|实施|执行|生效)|由[^。]{2,30}?负责解释|"
                              r"具体应用中的问题由)|"
                              # 本市行政区域内…等相关活动，适用本规定 (u77, 保定): its scope, written last
                              r"^[^。]{2,120}?[，,]?适用本(?:条例|办法|规定|细则|规则)。?$")


def _framing_article(tree: DocumentTree, unit: Unit) -> bool:
    """Is the article *unit* of a regulation without chapters one that frames it — every sentence its purpose, its
    scope, its terms, its date of effect or who interprets it (为了…，制定本条例。本条例适用于…)?  Not one that
    also gives a duty (本条例所称主管部门…，负责…)."""
    body = [s for p in unit.paragraphs for s in p.sentences if s.kind == "body"]
    text = "".join(s.norm for s in body)
    if not body or re.search(r"负责|应当|牵头|会同|配合|不得|必须", text):
        return False
    first = re.sub(r"^\s*第[一二三四五六七八九十百零〇两\d]{1,5}条\s*", "", body[0].norm.strip())
    return bool(_FRAMING_ARTICLE.search(first))


#: An article of sanctions in a regulation without chapters (违反本办法第十条规定的，由…责令改正；…处…罚款).
_PENALTY_ARTICLE = re.compile(r"^[^。]{0,40}?违反本(?:条例|办法|规定|细则|规则)|"
                              r"^[^。]{0,80}?的[，,][^。]{0,40}?(?:处[^。]{0,30}?罚款|依法给予处分|依法追究[^。]{0,8}?责任)")


def _penalty_article(tree: DocumentTree, unit: Unit) -> bool:
    """Is the article *unit* of a regulation without chapters one of sanctions (违反本办法…的，由…责令改正)?  Like a
    chapter of 法律责任, it holds no work of the regulation's: its duties are provisions, not actions (u83: the
    penalties of a 办法 without chapters were actions, a 条例's with chapters provisions)."""
    body = [s for p in unit.paragraphs for s in p.sentences if s.kind == "body"]
    first = re.sub(r"^\s*第[一二三四五六七八九十百零〇两\d]{1,5}条\s*", "", body[0].norm.strip()) if body else ""
    return bool(_PENALTY_ARTICLE.search(first))


#: What a paragraph of work says it does (推进, 加快 …): a paragraph of a document without headings that sets out work.
_WORK_PARAGRAPH = re.compile(r"推进|推动|加快|加强|实施|建设|开展|落实|完善|提升|打造|培育|深化|优化|强化|健全|做好|"
                             r"推行|推广|支持|建立|应当|负责")  # (u70: 七、本市推行统一的电子证照服务，…应当…)


def _table_actions(tree: DocumentTree) -> list[Action]:
    """A document with no headings whose work is a table (a task division saved from a web page or a Word file: |
    序号 | 工作任务 | 牵头单位 | 配合单位 |): each row under a header that names the work column is an action of the unit the
    table stands in."""
    out: list[Action] = []
    for u in tree.units:
        if u.role == "framing":
            continue
        for para, label in _table_rows([p for p in u.paragraphs if p.body]):
            a = _paragraph_action(tree, para, u, len(out) + 1, label)
            if a is not None:
                out.append(a)
    return out


def _headless_actions(tree: DocumentTree) -> list[Action]:
    """A document whose copy lost its headings (a work report as one run of paragraphs): with no task and no
    article, each paragraph of work — 40 characters or more, naming work done or to do — is an action of the unit
    it stands in, so the chain does not collapse silently.  Fewer than three such paragraphs: none."""
    out = []
    report = tree.genre is not None and tree.genre[0].endswith("report")
    turn = next((x.index for x in tree.sentences if _THIS_YEARS_WORK.search(x.norm)), None) if report else None
    if turn is not None:  # …我们将重点做好八个方面工作。: the list of this year's work follows
        turn = max([turn] + [x.index for x in tree.sentences[turn:turn + 30] if _WORK_LIST.search(x.norm)])
    for u in tree.units:
        if u.role == "framing":
            continue
        for p in u.paragraphs:
            if turn is not None and p.sentences and p.sentences[0].index <= turn:
                continue  # a report's review of the past year (and its turn to this year): done, not to do
            if p.body and _ADDRESSED.match(p.body[0].norm):
                continue  # 各位代表，奋楫扬帆正当时…; 委员长、各位副委员长、秘书长、各位委员，我们将…: the speaker's address
            if p.body and sum(len(x.norm) for x in p.body) >= 40 and _WORK_PARAGRAPH.search(
                    "".join(x.norm for x in p.body)):
                a = _paragraph_action(tree, p, u, len(out) + 1)
                if a is not None:
                    out.append(a)
    return out if len(out) >= 3 else []


#: In a work report, a paragraph that opens with a unit and its duty (县教育局要加快智慧校园建设…, 市卫健委负责…) is an
#: action of its own even among paragraphs opened by lead sentences: it does not continue the action before it (u30:
#: a county report gave 县教育局's duty to the action on 互联网+医疗健康 before it).  In a plan such a paragraph often
#: continues its measure, and does — unless the measure closed with its note of units (:func:`_closed_by_note`).
_UNIT_DUTY_OPENING = re.compile(r"[^，,。；;：:]{1,24}?(?:局|委|办|厅|中心|政府|部门)(?:要|负责|牵头|应当|须|会同)")


def _task_actions(tree: DocumentTree, task: Unit, words: dict[str, str | None]) -> list[Action]:
    """The actions of one task: its paragraphs, then its sub-units.

    When most paragraphs open with a lead sentence, those are the actions: a paragraph without a lead
    before the first of them introduces the task (no action), one after them continues the action
    before it, unless it opens with a unit and its duty in a work report (:data:`_UNIT_DUTY_OPENING`).  Otherwise every paragraph is an action, labelled by its lead or its first clause.
    """
    subs = [tree.unit(k) for k in task.children]
    subs = [s for s in subs if s.kind in ("heading", "item", "article", "box") and words[s.id] not in _NOT_TASK]
    # lead sentences define the actions when most paragraphs open with one (the rest introduce or continue
    # them); otherwise every paragraph is an action of its own
    paras = [p for p in task.paragraphs if p.body]
    has_lead = bool(paras) and sum(p.lead is not None for p in paras) * 2 >= len(paras)
    report = tree.genre is not None and tree.genre[0].endswith("report")
    out: list[Action] = []
    for para in task.paragraphs:
        if subs and (para.introduces_list() or para.lead is None and _before_children(tree, para, subs)):
            continue  # an introduction to the sub-units is not an action of its own
        if has_lead and para.lead is None and not (para.body and _UNIT_DUTY_OPENING.match(para.body[0].norm) and
                                                   (report or out and _closed_by_note(out[-1]))):
            if out and out[-1].unit is None:
                out[-1].sentences.extend(para.sentences)
                out[-1].end = max(out[-1].end, para.sentences[-1].end)
            continue
        if out and out[-1].unit is None and out[-1].sentences and re.search(r"[、，,]\s*$", out[-1].sentences[-1].norm):
            # 区税务局：负责…，开展成品油生产、 / 经营企业税收检查；… (u50): a line broken mid-sentence in the copy
            out[-1].sentences.extend(para.sentences)
            out[-1].end = max(out[-1].end, para.sentences[-1].end)
            continue
        a = _paragraph_action(tree, para, task, len(out) + 1)
        if a is not None:
            out.append(a)
    if not subs and not out and task.heading is not None and len(task.title or "") >= 25 and \
            not any(p.sentences for p in task.paragraphs):
        # 一、国家发展改革委会同工业和信息化部…制定并联合印发…清单。 (u98): a notice's part that is one sentence, its
        # number's title, is one action (it had none)
        h = task.heading
        out.append(Action(f"{task.id}#1", task.id, task.id, (task.title or "").rstrip("。；;"), 1, h, [h], None, None,
                          h.begin, h.end))
    if not subs and len(out) == 1 and task.heading is not None and task.heading not in out[0].sentences:
        # （一）完善码头岸电设施建设。持续推进…（牵头部门：…）: a task of one paragraph is one item, its heading included
        out[0].sentences.insert(0, task.heading)
        out[0].begin = min(out[0].begin, task.heading.begin)
    for sub in subs:
        articles = [tree.unit(k) for k in sub.children] if sub.kind == "heading" else []
        articles = [x for x in articles if x.kind == "article"]
        # 第三章 / 第一节 / 专栏1: a box of key projects in the section is an action of its own, apart from the section's
        boxes = [x for x in (tree.unit(k) for k in sub.children) if x.kind == "box"] if not articles else []
        for unit in articles or [sub, *boxes]:  # 第三章 / 第一节 / 第二十七条…: each article is an action, not the section
            a = _unit_action(tree, unit, task, len(out) + 1, apart=boxes if unit is sub else ())
            if a is not None:
                out.append(a)
    return out


def _closed_by_note(action: Action) -> bool:
    """Does *action* end with its note of units (…（责任单位：省地方金融监管局…）)?  The note closes the measure: a
    paragraph after it that opens with a unit and its duty (省经济和信息化厅会同省财政厅…制定具体实施细则) is not more of it."""
    last = action.sentences[-1].norm.strip() if action.sentences else ""
    return bool(RE_NOTE.fullmatch(last) or RE_NOTE_LINE.match(last))


def _before_children(tree: DocumentTree, para: Paragraph, subs: list[Unit]) -> bool:
    first = min((s.heading.index if s.heading else (s.paragraphs[0].sentences[0].index if s.paragraphs else 10**9))
                for s in subs)
    return para.sentences[0].index < first and len(para.body) <= 1


def _descendants(tree: DocumentTree, unit: Unit) -> set[str]:
    out, stack = set(), [unit.id]
    while stack:
        u = stack.pop()
        out.add(u)
        stack.extend(tree.unit(u).children)
    return out


def _ancestors(tree: DocumentTree, unit: Unit) -> list[str]:
    out = []
    while unit.parent:
        out.append(unit.parent)
        unit = tree.unit(unit.parent)
    return out


#: A paragraph that states a plan's goals, in the general requirements (主要目标是：到2027年…).
_GOALS_STATED = re.compile(r"(?:主要|总体|发展|工作|预期|总的)?目标(?:是|为)?[:：]")
#: …or by the year they are due (一、总体要求 + 到2030年，我国知识产权综合实力…进一步增强。 + 展望2035年，…, u90: the
#: outline of four State Council plans was empty).
_GOALS_BY_YEAR = re.compile(r"(?:到|至|展望)(?:19|20)\d{2}年(?:底|末)?[,，]")
_GENERAL_TITLE = re.compile(r"总体要求|总体思路|总体目标|发展目标|主要目标|指导思想|目标任务")


def _lead_nodes(tree: DocumentTree, words: dict[str, str | None]) -> list[LeadNode]:
    out: list[LeadNode] = []
    counters: dict[str, int] = {}
    for u in tree.units:
        role = words.get(u.id)
        if role in ("general", "framing") and \
                not any(words.get(k) in ("principle", "goal", "direction") for k in u.children):
            # 一、总体要求 + 主要目标是：到2027年…。…到2030年…。 (u83: the goals of a plan stated in the general
            # requirements, under no heading of their own): the paragraph that opens so is a goal, its years its body
            for para in u.paragraphs:
                if para.body and (_GOALS_STATED.match(para.body[0].norm.strip()) or
                                  (role == "general" or _GENERAL_TITLE.search(u.title or "")) and
                                  _GOALS_BY_YEAR.match(para.body[0].norm.strip())):
                    counters[u.id] = counters.get(u.id, 0) + 1
                    out.append(LeadNode("goal", para.section, para.body[0].clean.rstrip("。！？!?"), counters[u.id],
                                        para.body[0], para.body))
            continue
        if role not in ("principle", "goal", "direction"):
            continue
        # a direction's sub-headings; a principle's or a goal's numbered items too (（三）基本原则。1.坚持正确导向…)
        kinds = ("heading",) if role == "direction" else ("heading", "item")
        holders = [u] + [tree.unit(k) for k in u.children if tree.unit(k).kind in kinds] \
            if role == "direction" or any(tree.unit(k).kind == "item" for k in u.children) else [u]
        for h in holders:
            for para in h.paragraphs:
                lead = para.lead
                if lead is None and role in ("principle", "goal") and para.body and not any(
                        p.lead is not None for p in h.paragraphs):
                    # （二）工作目标。到2022年，建成以中国政府网政务新媒体为龙头…: a goal stated with no lead sentence is
                    # its first sentence (u32: the outline of a State Council opinion was empty)
                    lead = para.body[0]
                if lead is None:
                    continue
                label = lead.clean.rstrip("。！？!?")
                if lead is not para.lead and len(label) > 60:
                    label = label[:59] + "…"
                key = u.id if h.kind == "item" else h.id  # (numbered items count on under their heading)
                counters[key] = counters.get(key, 0) + 1
                out.append(LeadNode(role, para.section, label, counters[key], lead, para.body))
    out.extend(_principles_of_articles(tree, words))
    return out


def _article_number(label: str) -> int:
    """第三条 → 3, 第3条 → 3; a label of no such form → a large number."""
    core = re.sub(r"^第|条$", "", label.strip())
    if core.isdigit():
        return int(core)
    try:
        return cn_to_int(core)
    except ValueError:
        return 10**6


#: A regulation's article stating the principles its work follows (…调查工作应当遵循独立、客观、深入、全面的原则).
_PRINCIPLES_STATED = re.compile(r"(?:应当|必须)?(?:坚持|遵循|贯彻|实行)[^。；;]{2,60}?(?:的)?(?:原则|方针)")


def _principles_of_articles(tree: DocumentTree, words: dict[str, str | None]) -> list[LeadNode]:
    """The principles a 办法 or 条例 states in an article of its general provisions (第一章 总则, or the first ten
    articles of a text without chapters), one principle node per sentence that states them (u94, u96, u97: `kg query
    outline` was empty for every regulation)."""
    out: list[LeadNode] = []
    for u in tree.units:
        if u.kind != "article":
            continue
        top = tree.unit(u.id.split("/")[0]) if "/" in u.id else None
        general = top is not None and (words.get(top.id) in ("general", "framing") or "总则" in (top.title or ""))
        if not general and not (top is None and _article_number(u.label or "") <= 10):
            continue
        for para in u.paragraphs:
            for sent in para.body:
                if _PRINCIPLES_STATED.search(sent.norm):
                    label = sent.clean.rstrip("。！？!?")
                    label = label if len(label) <= 60 else label[:59] + "…"
                    out.append(LeadNode("principle", para.section, label, len(out) + 1, sent, [sent]))
    return out


def parse_structure(doc: Document, layout: Layout | None = None) -> DocumentTree:
    """Parse *doc* into a :class:`DocumentTree` with its task → action chain."""
    layout = layout or load_layout()
    tree = _Parser(doc, layout).parse()
    build_chain(tree, layout)
    return tree
