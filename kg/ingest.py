"""Stage 1 — ingest: bytes → decoded original text + a normalised view for matching.

The decoded original text is the reference for every character offset in the graph
(``text[begin:end]`` is always a sentence of the file as decoded).  Matching and
parsing run on :attr:`Document.norm`, a normalised copy whose every character maps
back to an offset of the original through :attr:`Document.norm_to_orig`.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

#: Largest input accepted, in bytes (a safety net against feeding a disk image).
MAX_BYTES = 200 * 1024 * 1024

# Characters that are whitespace in documents but not to str.isspace() consumers.
_SPACE_LIKE = {"\u3000", "\u00a0", "\u2002", "\u2003", "\u2009", "\u200b", "\ufeff", "\t"}
# Variant and mis-encoded characters seen in Chinese plan copies, mapped for matching only.
_VARIANTS = {"臵": "置"}
# The full-width ASCII range (Ａ-Ｚ, ０-９, （）, ，；：！？, ＋ …) folds to ASCII; 。、《》“” stay.
_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))


def is_cjk(ch: str) -> bool:
    """Return True if *ch* is a CJK unified ideograph."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _CJK_RANGES)


@dataclass(frozen=True)
class Document:
    """A decoded input document.

    Attributes
    ----------
    path : str
        Where it was read from (as given).
    doc_id : str
        Stable identifier: the file stem when it is IRI-safe ASCII, else a content hash.
    text : str
        The decoded original text; all offsets refer to it.
    encoding : str
        The encoding it was decoded with (``utf-8``, ``utf-8-sig``, ``gb18030``, ``big5``, ``utf-16`` …).
    norm : str
        Normalised view for matching (see :func:`normalise`).
    norm_to_orig : OffsetMap
        ``norm_to_orig[i]`` is the offset in :attr:`text` of ``norm[i]``; one extra
        final entry equals ``len(text)``.
    sha1 : str
        SHA-1 of the raw bytes.
    """

    path: str
    doc_id: str
    text: str
    encoding: str
    norm: str
    norm_to_orig: "OffsetMap" = field(repr=False)
    sha1: str = ""
    script: str = "simplified"  # or "traditional" (converted to Simplified in norm, for matching only)
    markup: str = "text"  # "html": a saved web page, read as the text a browser shows; "docx": a Word document, read
    # as its paragraphs and table rows; "pdf": a PDF's text layer, wrapped lines joined (the offsets of each are those
    # of that text)

    def orig_span(self, begin: int, end: int) -> tuple[int, int]:
        """Map a ``[begin, end)`` span of :attr:`norm` to the original text."""
        if end <= begin:
            o = self.norm_to_orig[begin]
            return o, o
        return self.norm_to_orig[begin], self.norm_to_orig[end - 1] + 1


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode *data*, returning ``(text, encoding)``.

    Order: BOMs (UTF-8, UTF-16 LE/BE), strict UTF-8, BOM-less UTF-16 (recognised by
    its NUL pattern), then strict GB18030 (a superset of GBK and GB2312) or strict Big5
    (``big5``, ``cp950``, ``big5hkscs``): when both decode, the one whose characters are
    common Chinese characters wins, and if neither reads as Chinese the input is refused.

    Raises
    ------
    InputError
        If the data is empty, looks binary, or decodes with none of the above.
    """
    if not data.strip():
        raise InputError("input is empty")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(_try(data[3:], "utf-8"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_try(data, "utf-16"), "utf-16")
    utf16 = _sniff_utf16(data) if b"\x00" in data else None
    if utf16:
        return _checked(_try(data, utf16), utf16)
    text = _try(data, "utf-8")
    if text is not None:
        return _checked(text, "utf-8")
    if b"\x00" in data:
        raise InputError("input looks binary (it contains NUL bytes), not a text document")
    gb = _try(data, "gb18030")
    big5, big5_codec = next(((t, enc) for enc in ("big5", "cp950", "big5hkscs")
                             if (t := _try(data, enc)) is not None), (None, ""))
    if gb is not None and big5 is not None:
        # GB18030 decodes nearly any Big5 file (into mojibake), and GBK text is often valid Big5 bytes:
        # choose the reading whose characters are the ones Chinese text is made of.
        (sg, ng), (sb, nb) = _plausibility(gb), _plausibility(big5)
        if sb >= _PLAUSIBLE and sb >= sg + 0.15:
            return _checked(big5, big5_codec)
        if sg < _PLAUSIBLE and sb < _PLAUSIBLE and min(ng, nb) >= 20:
            raise InputError(f"cannot tell the encoding: neither GB18030/GBK ({sg:.0%} common characters) nor "
                             f"Big5 ({sb:.0%}) reads as Chinese text; convert the file to UTF-8")
        return _checked(gb, "gb18030")
    if gb is not None:
        return _checked(gb, "gb18030")
    if big5 is not None:
        return _checked(big5, big5_codec)
    raise InputError("cannot decode input: it is neither UTF-8, UTF-16, GB18030/GBK nor Big5 text")


#: Share of common characters above which a decoding reads as Chinese text (real text: 0.99;
#: Big5 read as GB18030: 0.31 on the plan).
_PLAUSIBLE = 0.75
_COMMON: frozenset[str] | None = None


def _common_characters() -> frozenset[str]:
    """The 3,755 characters of GB2312 level 1 (the most frequent Simplified characters)."""
    global _COMMON
    if _COMMON is None:
        found = set()
        for hi in range(0xB0, 0xD8):
            for lo in range(0xA1, 0xFF):
                try:
                    found.add(bytes((hi, lo)).decode("gb2312"))
                except UnicodeDecodeError:
                    pass
        _COMMON = frozenset(found)
    return _COMMON


def _plausibility(text: str, sample: int = 20_000) -> tuple[float, int]:
    """``(share, n)``: of the *n* non-ASCII characters of *text*'s start, the share that are common
    CJK characters (in Simplified form, through OpenCC) or CJK punctuation and full-width forms."""
    text = "".join(ch for ch in text[:sample] if ord(ch) > 0x7F and not ch.isspace())
    if not text:
        return 1.0, 0
    try:
        import opencc

        simple = _t2s(opencc).convert(text)
        if len(simple) != len(text):
            simple = "".join(c if len(c := _t2s(opencc).convert(ch)) == 1 else ch for ch in text)
    except ImportError:  # pragma: no cover - opencc is a dependency
        simple = text
    common = _common_characters()
    good = sum(1 for ch, sc in zip(text, simple)
               if sc in common or 0x3000 <= ord(ch) <= 0x303F or 0xFF00 <= ord(ch) <= 0xFFEF or ch in "“”‘’—…·")
    return good / len(text), len(text)


def _try(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc, errors="strict")
    except (UnicodeDecodeError, LookupError):
        return None


def _sniff_utf16(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from where the NUL bytes sit (ASCII-heavy texts)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    half = len(data) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _checked(text: str | None, encoding: str) -> tuple[str, str]:
    if text is None:
        raise InputError(f"cannot decode input as {encoding}")
    if not text.strip():
        raise InputError("input is empty")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise InputError("input looks binary (too many control characters), not a text document")
    return text, encoding


class OffsetMap:
    """Offsets of the normalised view back into the original text.

    The normalised view only ever *drops* characters (``\\r`` and the ``?`` debris) and
    replaces others one for one, so the map is stored as the sorted original positions of
    the dropped characters: ``map[i]`` costs a binary search, and a 50 MB file needs no
    list of 50 million integers.  ``len(map) == len(norm) + 1``; ``map[len(norm)] == len(text)``.
    """

    __slots__ = ("_keys", "_n")

    def __init__(self, dropped: list[int], norm_length: int):
        # the j-th dropped character would have stood at normalised index dropped[j] - j
        self._keys = [d - j for j, d in enumerate(dropped)]
        self._n = norm_length

    def __len__(self) -> int:
        return self._n + 1

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._n + 1))]
        if i < 0:
            i += self._n + 1
        if not 0 <= i <= self._n:
            raise IndexError(i)
        return i + bisect.bisect_right(self._keys, i)

    def __iter__(self):
        return (self[i] for i in range(self._n + 1))


_FOLD_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD_TABLE.update({ord(ch): " " for ch in _SPACE_LIKE})
_FOLD_TABLE.update({ord(k): v for k, v in _VARIANTS.items()})
_FOLD_TABLE.update({ord("﹒"): ".", ord("．"): ".", 0x2015: "—"})
_DROP = re.compile(r"\r|\f|\?(?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9A-Za-z])")


def normalise(text: str) -> tuple[str, OffsetMap]:
    """Build the matching view of *text* and its offset map back to *text*.

    - full-width ASCII forms (``（``, ``５``, ``Ｇ``, ``＋``, ``﹒``) → ASCII;
    - U+3000, NBSP, EN SPACE and other odd spaces, tabs → one ASCII space each;
    - the stray ``?`` debris inside words and numbers (``要?求``, ``到?96%``) is dropped, and so are Markdown's bold
      marks ``**`` and form feeds (a PDF copy's page breaks);
    - variant characters (``臵`` → ``置``) are replaced;
    - levels in square brackets (``各市〔州〕``) are written in round ones.

    Line breaks are kept (``\\r`` is dropped, so CRLF files parse like LF ones), but for the breaks of a text wrapped
    at a fixed width (a copy of a PDF: every full line of a paragraph ends mid-sentence, :func:`wrap_breaks`) and of
    a text broken into fragments (:func:`fragment_breaks`, whose blanks between Chinese characters go too).
    """
    dropped = _dropped(text)
    wraps = wrap_breaks(text)
    if not wraps:
        wraps = fragment_breaks(text)
        if wraps:  # a fragmented text's runs are spaced inside its lines too (项目单位 应 根据), and before or after
            # a break it joins (电网企业 / 负责): Chinese holds no blank there
            joined = set(wraps)
            wraps = wraps + [i for m in _RUN_GAP.finditer(text)
                             if _closed_up(text, m.start() - 1, m.end()) or
                             (m.end() in joined or m.start() - 1 in joined) and
                             _closed_up(text, m.start() - 1 - (m.start() - 1 in joined), m.end() + (m.end() in joined))
                             for i in range(m.start(), m.end())]
    else:
        wraps = wraps + page_number_lines(text)  # (a page's number between two paragraphs, or after the last)
    wraps = wraps + prose_gaps(text) + label_breaks(text) + number_gaps(text) + inline_footers(text)
    if wraps:
        dropped = sorted(set(dropped) | set(wraps))
    if dropped:
        parts, prev = [], 0
        for d in dropped:
            parts.append(text[prev:d])
            prev = d + 1
        parts.append(text[prev:])
        kept = "".join(parts)
    else:
        kept = text
    norm = _LEVEL_BRACKET.sub(r"(\1)", kept.translate(_FOLD_TABLE))
    if "〈" in norm:
        norm = _INCLUDED_BRACKET.sub(r"(\1)", norm)
    return norm, OffsetMap(dropped, len(norm))


#: A blank between two Chinese characters inside a line of prose (not after an article's or chapter's label).
_PROSE_GAP = re.compile(r"(?<![条章节款项编])(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


#: A heading's number alone on its line ((一), 二、, 第三章), blanks inside it as an OCR copy leaves them ((一 ), 三 、).
_BARE_LABEL = re.compile(r"^[ \t\u3000]*(?:[（(][ \t]*[一二三四五六七八九十]{1,3}[ \t]*[)）]|[一二三四五六七八九十]{1,3}[ \t]*、|"
                         r"第[一二三四五六七八九十百]{1,4}(?:章|节|部分))[ \t\u3000]*\n", re.M)
#: The title that follows it: a short line, no sentence, no number of its own.
_TITLE_AFTER = re.compile(r"[ \t\u3000\n]*([^\n。；;：:]{2,40})(?:\n|$)")


def label_breaks(text: str) -> list[int]:
    """Offsets of the breaks between a heading's number alone on its line and its title on the next ((一) / 深入实施
    工业领域碳达峰行动 in a copy read by OCR or a PDF's, u73): dropped, the heading is read as one line."""
    out = []
    for m in _BARE_LABEL.finditer(text):
        title = _TITLE_AFTER.match(text, m.end() - 1)
        if title is None or _BARE_LABEL.match(title.group(1) + "\n") or re.match(r"[\d（(一二三四五六七八九十第]", title.group(1).strip()):
            continue
        first = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000"))
        out.extend(i for i in range(first, m.end() - 1) if text[i] in " \t\u3000")  # (二 ): its blank too
        out.extend(i for i in range(m.end() - 1, title.start(1)) if text[i] in "\n \t\u3000")
    return out


def spaced_throughout(text: str) -> bool:
    """Are blanks between Chinese characters everywhere in *text* (100 in 1,000 characters or more, at least three: a
    copy read by OCR, 推 动产业 结构和 用 能 结构)?"""
    gaps = len(_PROSE_GAP.findall(text))
    return gaps >= 3 and gaps * 1000 >= 100 * len(text)


def close_up(text: str) -> str:
    """*text* without the blanks beside its Chinese characters and full-width forms (for a text spaced throughout)."""
    return _PDF_GAP.sub("", text)


#: Punctuation of a sentence after a Chinese character, full-width or ASCII (a copy that writes 部门,负责…工作.).
_SENTENCE_MARK = re.compile(r"[，。；]|[\u4e00-\u9fff][,;.](?!\d)")


def _prose_line(line: str) -> bool:
    """Does *line* hold a sentence's punctuation (u104: 上海's 征收与补偿实施细则 writes ASCII , and . — its 726 blanks
    inside words stayed)?"""
    return _SENTENCE_MARK.search(line) is not None


def prose_gaps(text: str) -> list[int]:
    """Offsets of the blanks a crawled PDF leaves inside the words of its prose (加 快电动汽车推广, 动力 电池企业应当,
    县级以上人民政府 工业和信息化、发展改革… — where its lines broke): single blanks between two Chinese characters,
    in lines that hold a sentence's punctuation, when such blanks are frequent (5 in 1,000 characters or more); in
    every line, beside any Chinese character, when they are everywhere (100 in 1,000 or more: a copy read by OCR).
    Chinese prose holds no blank; a line without punctuation (国家发展改革委 国家数据局, 2022年4月18日 …会议修订,
    a title's 发展 推进 …) keeps its blanks, which may part names."""
    if spaced_throughout(text):
        # a copy read by OCR spaces nearly every word (推 动产业 结构和 用 能 结构 ,加 快 …), and its commas are ASCII:
        # every blank that touches a Chinese character or full-width form goes, in every line ((一 ) and 三 、 too)
        return [i for m in _PDF_GAP.finditer(text) for i in range(m.start(), m.end())]
    out, pos = [], 0
    for line in text.split("\n"):
        if len(line.strip()) > 20 and _prose_line(line):
            out.extend(pos + m.start() for m in _PROSE_GAP.finditer(line) if not _cell_gap(line, m.start()))
        pos += len(line) + 1
    return out if len(out) * 1000 >= 5 * max(len(text), 1) else []


#: A number set off by blanks inside Chinese prose, as a PDF's text layer writes it (到 2028 年, 超 450 家, 1.2 亿台).
_NUMBER_GAP = re.compile(r"(?<=[\u4e00-\u9fff，、]) (\d+(?:\.\d+)?%?) (?=[\u4e00-\u9fff])")


#: A PDF's running footer as copies of a government's rules carry it (北京市人民政府规章X北京市人民政府发布, X上海市人民政府
#: 规章): the issuer's name, 规章, and the copy's marker X (no sentence's words).
_FOOTER_RUN = re.compile(r"([\u4e00-\u9fff]{2,8})(?:人民政府|人大常委会)规章X\1(?:人民政府|人大常委会)发布|"
                         r"X[\u4e00-\u9fff]{2,8}?(?:人民政府|人大常委会)规章")


def inline_footers(text: str) -> list[int]:
    """Offsets of a running footer a copy repeats inside its lines (u111: 北京市工资支付规定's 北京市人民政府规章X北京市人民政府
    发布, thirteen times, mid-sentence and mid-word: 用北京市人民政府规章X北京市人民政府发布人单位) — three times or more, and
    not where a line holds it alone (a footer of its own line is read where lines are, as page furniture)."""
    if "规章" not in text:
        return []
    runs = Counter(m.group() for m in _FOOTER_RUN.finditer(text))
    out: list[int] = []
    for m in _FOOTER_RUN.finditer(text):
        if runs[m.group()] < 3:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:m.start()].strip() == "" and text[m.end():line_end].strip() == "":
            continue
        out.extend(range(m.start(), m.end()))
    return out


def number_gaps(text: str) -> list[int]:
    """Offsets of the blanks around a number between two Chinese characters in a line of prose (u102: a plan's goal,
    到 2028 年，…, was no goal and 超 450 家 no indicator); Chinese sets no blank there."""
    out, pos = [], 0
    if _NUMBER_GAP.search(text) is None:
        return out  # (most texts: one scan of the whole, no walk over its lines)
    for line in text.split("\n"):
        if len(line.strip()) > 20 and _prose_line(line):
            for m in _NUMBER_GAP.finditer(line):
                out.extend((pos + m.start(), pos + m.end() - 1))
        pos += len(line) + 1
    return out


#: A body's name ending right before a blank, and one starting right after it: two cells of a table crawled onto one
#: line (…规划环评。 区环土局 区经发局、各片区项目建设指挥部 2.落实…, dev-bt), not a word a PDF's line broke.
_CELL_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:局|委|办|厅|站|公司|政府|中心|指挥部|管委会|办事处)$")
_CELL_AFTER = re.compile(r"(?:区|市|县|省|各|乡|镇)?[\u4e00-\u9fff]{1,10}?(?:局|委|办|厅|站|公司|政府|中心|指挥部|管委会|办事处)"
                         r"(?=[、，, ]|$)")


#: A numbered row's short title before a blank (…。 2.落实落后产能退出 全面落实…): the title's cell.
_TITLE_CELL = re.compile(r"(?:^|(?<=[\s。；;]))\d{1,2}[.．、][\u4e00-\u9fff“”、，,]{2,18}$")


#: An item's number and a body's name before the blank (…三、部门职责（一）区党群工作部 按照…, dev-bu): the heading of
#: that body's duties, its text after the blank.
_UNIT_HEADING_BEFORE = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)][\u4e00-\u9fff、]{1,16}?(?:局|部|委|办|所|队|组|中心|公司|"
                                  r"政府|管委会|管理局|支行|银保监组|联合会|妇联|团委|学校)$")
#: A heading's number after the blank (…参与单位 二、加快调整能源结构…): a section of the table begins.
_HEADING_NEXT = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[\u4e00-\u9fff“]|"
                           # (…区交建局、各乡镇 二是科学规划…; …公厕普查。 责任单位：区交建局, dev-bu: a 平潭 page's body on
                           # one line, its paragraphs parted by blanks)
                           r"[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff“])|(?:责任|牵头|配合|参与|协办)(?:单位|部门)[:：]")
#: A cell of a task table's header row (重点任务 工作措施 牵头单位 参与单位), before or after the blank.
_HEADER_CELL_AT = re.compile(r"(?:重点任务|主要任务|工作任务|任务内容|工作措施|具体措施|牵头单位|参与单位|配合单位|责任单位|牵头部门|"
                             r"配合部门|责任部门|完成时限|完成时间|时间节点)(?:$|(?=[ \u4e00-\u9fff]))")


def _cell_gap(line: str, at: int) -> bool:
    """Is the blank at *at* the edge between two cells of a table crawled onto one line — two cells of units
    (区环土局 区经发局), or a numbered row's title and its measure (2.落实落后产能退出 全面落实…) — kept as the
    cells' separator?"""
    if _TITLE_CELL.search(line, max(0, at - 24), at) or _HEADING_NEXT.match(line, at + 1) or \
            _UNIT_HEADING_BEFORE.search(line, max(0, at - 24), at) or \
            _HEADER_CELL_AT.search(line, max(0, at - 6), at) or _HEADER_CELL_AT.match(line, at + 1):
        return True
    return _CELL_BEFORE.search(line, max(0, at - 14), at) is not None and _CELL_AFTER.match(line, at + 1) is not None


#: A note of what a name includes in angle brackets, as a text nests brackets (相关区人民政府〈含开发区、长江新区、风景区管委会，
#: 下同〉 inside （责任单位：…）, u48): read as the round brackets it stands for (same offsets).
_INCLUDED_BRACKET = re.compile(r"〈((?:含|包括|不含)[^〈〉()]{1,60})〉")
#: Levels in square brackets (各市〔州〕人民政府, 各县〔市、区〕): read as the round brackets they stand for (same offsets;
#: a document's number, 川发改环资〔2026〕47号, keeps its own).
_LEVEL_BRACKET = re.compile(r"〔((?:县级市|[市州县区旗盟地乡镇])(?:、(?:县级市|[市州县区旗盟地乡镇]))*)〕")


#: Markdown's bold marks (**（二）** **建设…。**), which copies of documents saved as Markdown strew inside lines.
_BOLD = re.compile(r"\*\*|\\(?=[\[\]()*_#.!+\-`>|~])")  # and the backslash of an escape (\[市交通运输局…\], \|)


#: What ends a paragraph's last line (a sentence's end, a closing bracket or quote, a table's bar; not a colon: a
#: wrapped note breaks after its label, （责任单位：/ 省经济和信息化厅…）).
_LINE_END = re.compile(r"(?:[。；;！？!?）)\]】》|]|(?<=[。；;！？!?])[”’])\s*$")
#: (a quotation closing a full line mid-sentence goes on: 建立覆盖…环节的“装备+服务” / 一体化解决方案。, u53)
#: What opens a line of its own: a heading's or an item's number, a table row, a list's bullet.
_LINE_OPENS = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇两\d]{1,5}[章节条部分篇]|[一二三四五六七八九十]{1,3}[、.]|"
                         r"[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:[.．、]|\s)|[①-⑳]|[|｜#>*\-•]|附件)")


#: A responsibility note opening a line (（责任单位：…）, (牵头单位：…)).
_NOTE_OPENS = re.compile(r"\s*[（(](?:责任|牵头|配合|参与|协办|主办|实施)(?:单位|部门|主体)")


def wrap_breaks(text: str) -> list[int]:
    """Offsets of the line breaks that only wrap a paragraph: in a text most of whose lines fill one width (within
    three characters of it, at least 18: a PDF's page width, where digits and Latin letters take half a place) and
    mostly end mid-sentence, a break after a full line that ends mid-sentence, before a line that opens no heading,
    item or table row.  Empty for any other text (no development document of the project is so laid out)."""
    from collections import Counter

    lines = text.split("\n")
    # (widths as the lines run, their indentation counted: a paragraph's first line is indented in a page's width)
    widths = Counter(len(ln.rstrip()) for ln in lines if len(ln.strip()) >= 10)
    total = sum(widths.values())
    if total < 15:
        return []
    width = max(range(18, max(widths) + 1), key=lambda w: (sum(n for x, n in widths.items() if abs(x - w) <= 3), -w),
                default=0)
    full = [ln.rstrip() for ln in lines if len(ln.strip()) >= 10 and abs(len(ln.rstrip()) - width) <= 3]
    if not width or len(full) < 0.5 * total or sum(not _LINE_END.search(ln) for ln in full) < 0.6 * len(full):
        return []
    out, pos = [], 0
    starts = [0]
    for ln in lines:
        starts.append(starts[-1] + len(ln) + 1)
    indented = _indents_paragraphs(lines, width)
    skip_to = -1
    for k, ln in enumerate(lines[:-1]):
        pos += len(ln) + 1
        if k < skip_to:
            continue
        nxt = lines[k + 1]
        body = ln.rstrip()
        if len(ln) - len(ln.lstrip(" \u3000\t")) >= 6 or _TOC_LINE.search(body):
            continue  # a centred line (专栏 2 新兴平台软件锻长板, a page's number) fills no width: it wraps nothing; nor
            # does an entry of a table of contents (（五）深化国际开放合作 ……… 21)
        resumes = _page_break_end(lines, k) if len(body) >= width - 3 and not _LINE_END.search(body) else None
        if resumes is None and len(body) >= width - 3 and not _LINE_END.search(body) and not nxt.strip():
            # …利用好“科技 / (blank) / 产业金融一体化”专项 (u53): a page break whose number the copy lost
            j = k + 1
            while j < len(lines) and not lines[j].strip(" \t\f\u3000\r"):
                j += 1
            resumes = j if j - k <= 3 and j < len(lines) and not _LINE_OPENS.match(lines[j]) else None
        if resumes is not None:  # …认证体系的全 / 6 / (blank) / 球适用。(u36): the page broke the sentence mid-word;
            # the break, the blank lines and the page's number are dropped, the sentence joined
            out.extend(range(starts[k] + len(ln), starts[resumes]))
            skip_to = resumes
            continue
        note = _NOTE_OPENS.match(nxt) and body.endswith(("。", "；", ";"))  # …最高100万元。/（责任单位：…）: the
        # paragraph's own note, wrapped onto the next line
        if len(body) >= width - 3 and (note or not _LINE_END.search(body)) and nxt.strip() and not _LINE_OPENS.match(nxt) \
                and not (body[-1:].isascii() and body[-1:].isalpha() and nxt.lstrip()[:1].isascii()
                         and nxt.lstrip()[:1].isalpha()):  # (two words of English; a number broken is joined)
            out.append(pos - 1)  # the line break (a CR before it is dropped anyway)
        elif indented and len(body) >= width - 3 and body.endswith("。") and nxt[:1] not in " \u3000\t" and \
                nxt.strip() and "\u4e00" <= nxt[:1] <= "\u9fff" and not _LINE_OPENS.match(nxt):
            # …丰富第三方库。 / 大力发展云计算…: a sentence that ends a full line, the paragraph going on unindented on
            # the next, in a copy whose paragraphs open indented (u67)
            out.append(pos - 1)
    return out


#: The leader of an entry of a table of contents (一、发展回顾 ........ 1), and such an entry: its leader and page number
#: closing the line.
TOC_LEADER = r"(?:[.．…·]\s*){3,}\s*"
_TOC_LINE = re.compile(TOC_LEADER + r"\d{1,4}\s*$")


def _indents_paragraphs(lines: list[str], width: int) -> bool:
    """Do the paragraphs of a text wrapped at *width* open indented (the line after a paragraph's short last line,
    ending a sentence, opens with blanks), at least 20 times and 9 times in 10?"""
    opens = [nxt[:1] in " \u3000\t" for ln, nxt in zip(lines, lines[1:])
             if 4 <= len(ln.rstrip()) < width - 3 and ln.rstrip().endswith("。") and nxt.strip()]
    return len(opens) >= 20 and sum(opens) >= 0.9 * len(opens)


#: A heading's or an item's number alone on a line, its title on the next (三、 / 实施要求; （一） / 强化源荷匹配).
_LABEL_ONLY = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇两\d]{1,5}[章节部分篇]|[一二三四五六七八九十]{1,3}、|"
                         r"[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、])\s*")


def fragment_breaks(text: str) -> list[int]:
    """Offsets of the line breaks of a text broken into fragments (a PDF's text runs, one per line: 项目规划 / 新能源
    / 利用率 / 。): in a text of at least 40 lines most of which are short (12 characters or fewer) and end
    mid-sentence, and some of which open with a sentence's punctuation (，/ 。), every break after a line that ends
    mid-sentence, before a line that opens no heading or item — but for the break after a heading's title (三、 /
    实施要求; （ / 四 / ） / 强化运行管理: the number, even broken, joins its title, the title ends its line).  Empty
    for any other text."""
    lines = text.split("\n")
    body = [ln.strip() for ln in lines if ln.strip()]
    if len(body) < 40 or sum(len(ln) <= 12 for ln in body) < 0.6 * len(body) or \
            sum(not _LINE_END.search(ln) for ln in body) < 0.6 * len(body) or \
            sum(ln[0] in "，。、；：,;:" for ln in body) < max(10, 0.04 * len(body)):
        return []  # (a page's menus are short lines too, but no line of theirs opens with a sentence's punctuation)

    def label_from(k: int) -> int | None:
        """The first line of a heading's number that line *k* ends (三、; （ / 四 / ）), or None."""
        for j in (k, k - 1, k - 2):
            if j >= 0 and all(len(x.strip()) <= 3 for x in lines[j:k + 1]) and \
                    _LABEL_ONLY.fullmatch("".join(x.strip() for x in lines[j:k + 1])):
                return j
        return None

    def opens(line: str) -> bool:  # (1.2 + 倍: a number broken off its sentence opens no item)
        return bool(_LINE_OPENS.match(line)) and not re.match(r"\s*\d+[.．]\d", line) and \
            line.strip() not in ("（", "(")

    def closed_from(k: int) -> int | None:
        """The first line of a number whose closing bracket opens line *k*, its title after it (（ / 二 / ）创新建设模式)."""
        head = lines[k].strip()[:1]
        for j in (k - 1, k - 2):
            if head in "）)" and j >= 0 and all(len(x.strip()) <= 3 for x in lines[j:k]) and \
                    _LABEL_ONLY.fullmatch("".join(x.strip() for x in lines[j:k]) + head):
                return j
        return None

    ends = {k for k in range(len(lines)) if label_from(k) is not None}
    closed = {k: j for k in range(len(lines)) if (j := closed_from(k)) is not None}  # number and title on line k
    starts = {label_from(k) for k in ends} | set(closed.values())
    inside = {j for k in ends for j in range(label_from(k), k)} | \
        {j for k, first in closed.items() for j in range(first, k)}  # the first pieces of a broken number
    from .layout import load_layout

    layout = load_layout()  # the page furniture and the genres' words the structure stage reads (ontology/layout.ttl)
    fields = layout.chrome_words("field")
    buttons = {w for kind in ("menu", "link") for w in layout.chrome_words(kind) if len(w) >= 2}
    genre_words = tuple(w for *_, words in layout.genres for w in words)

    def title_line(line: str) -> bool:  # 内蒙古自治区能源局关于印发《…实施方案（试行）》的通知
        t = _TITLE_NOTE.sub("", line.strip())
        return len(t) >= 12 and t.endswith(genre_words)  # (not 开发建设实施方案, a title broken over runs)

    def whole(line: str) -> bool:
        """Does *line* stand whole: a title, an information box's field (发布日期：…), a toolbar's button (朗读)?"""
        s = line.strip()
        return s in buttons or title_line(s) or s.startswith(fields) and bool(re.match(r"[:：\]】]", s[
            len(next(w for w in fields if s.startswith(w))):]))

    # a page's furniture above the document's title (返回首页 / 页面放大 / 语音播报) keeps its lines
    begin = next((k for k, ln in enumerate(lines[:40]) if title_line(ln)), 0)
    out, pos, run = [], 0, ""
    for k, ln in enumerate(lines[:-1]):
        pos += len(ln) + 1
        nxt = lines[k + 1]
        if k < begin or not ln.strip() or not nxt.strip():
            continue
        if k in inside or k in ends or ln.strip() == "附件" and re.fullmatch(r"\s*\d{1,2}\s*", nxt):
            out.append(pos - 1)  # 三、 + 实施要求; （ + 四 + ） + 强化运行管理; 附件 + 2
            continue
        if k > 0 and lines[k - 1].strip() == "附件" and re.fullmatch(r"\s*\d{1,2}\s*", ln):
            continue  # 附件2 / (the annex's title)
        run = ln.strip() if not out or out[-1] != pos - len(ln) - 2 else run + ln.strip()  # the line joined so far
        if _LINE_END.search(ln) or ln.rstrip().endswith((":", "：")) or whole(ln) or whole(nxt) or \
                _DOC_NUMBER_RUN.search(run):
            continue  # (the page's title, its date and source lines, the document's number, the addressees: lines)
        titled = (k > 0 and k - 1 in ends or k in closed) and len(ln.strip()) <= 25
        if not titled and k + 1 not in starts and not opens(nxt) and not opens(ln):  # (一、申报书主要内容: a heading
            # written whole on its line, as an annex of the same file may be, ends there)
            out.append(pos - 1)
    return out


#: A title's closing note, after its genre's word (…实施方案（试行）, …办法(征求意见稿)).
_TITLE_NOTE = re.compile(r"[(（](?:试行|暂行|草案|征求意见稿|修订)[)）]$")
#: A document's number, its pieces joined (内能源新能发 / 〔 / 2 / 026 / 〕 / 1 / 号).
_DOC_NUMBER_RUN = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$")


def page_number_lines(text: str) -> list[int]:
    """Offsets of the characters of the page numbers a text wrapped at a fixed width (a copy of a PDF) keeps between
    its paragraphs: a line of one to three digits (— 8 —, 第8页) after a line that ends a sentence or a blank one and
    before a blank line or the end (…请示报告。/ 8, u56).  Each such line is dropped with its line break.  (A page
    that breaks a sentence is joined by :func:`wrap_breaks`.)"""
    lines = text.split("\n")
    out, pos = [], 0
    for k, ln in enumerate(lines):
        start, pos = pos, pos + len(ln) + 1
        core = ln.strip(" \t\f\u3000\r")
        if not core or k == 0 or sum(c.isdigit() for c in core) > 3 or not _PAGE_NUMBER.fullmatch(core):
            continue
        before = lines[k - 1].strip(" \t\f\u3000\r")
        after_blank = k + 1 >= len(lines) or not lines[k + 1].strip(" \t\f\u3000\r")
        if after_blank and (not before or _LINE_END.search(before)):
            out.extend(range(start, min(pos, len(text))))
    return out


#: A footnote's mark on a line of its own (①), where a PDF's copy set it in a sentence.
_NOTE_MARK = re.compile(r"[①-⑳]")


def _page_break_end(lines: list[str], k: int) -> int | None:
    """The line a sentence broken by a page goes on at, when line *k* is followed by (blank lines,) a page's number on a
    line of its own (— 6 —, 第6页) and (blank lines,) a line that opens no heading or item; else None."""
    def blank(j: int) -> bool:
        return j < len(lines) and not lines[j].strip(" \t\f\u3000\r")

    j = k + 1
    while blank(j):
        j += 1
    if j >= len(lines) or not lines[j].strip() or not (_PAGE_NUMBER.fullmatch(lines[j].strip("\f\r")) or
                                                       _NOTE_MARK.fullmatch(lines[j].strip())):
        return None  # (…新增油气长输管 / ① / (blank) / 道 2 万公里: a footnote's mark broke the sentence, u69)
    j += 1
    while blank(j):
        j += 1
    return j if j < len(lines) and not _LINE_OPENS.match(lines[j]) else None


def _dropped(text: str) -> list[int]:
    """Offsets of the characters :func:`normalise` drops: ``\r``, form feeds, ``?`` debris, Markdown's ``**`` and the backslash
    of its escapes (``\\[``)."""
    n = len(text)
    # (a form feed: a PDF copy's page break, u63: …工业大模 / 4 / \f型 joined read 大模\f型)
    out = [m.start() for m in _DROP.finditer(text) if m.group() in ("\r", "\f") or _is_debris(text, m.start(), n)]
    if "MERGEFORMAT" in text:  # a Word field's code left in a copy (…起施行。PAGEMERGEFORMATPAGEMERGEFORMAT, u84)
        out = sorted(out + [i for m in _FIELD_CODE.finditer(text) for i in range(m.start(), m.end())])
    if "**" in text or "\\" in text:
        out = sorted(out + [i for m in _BOLD.finditer(text) for i in range(m.start(), m.end())] +
                     [i for m in _BOLD_GAP.finditer(text) if _closed_up(text, m.start() - 1, m.end())
                      for i in range(m.start(1), m.end(1))])
    return out


#: A Word field's code a copy keeps as text (PAGE \* MERGEFORMAT, written PAGEMERGEFORMAT): no word of the document.
_FIELD_CODE = re.compile(r"(?:PAGE|NUMPAGES|SECTIONPAGES)?[ \t]?(?:\\\*[ \t]?)?MERGEFORMAT")
#: Blanks inside a line (the gaps between a fragmented text's runs: 项目单位 应 根据).
_RUN_GAP = re.compile(r"[ \u3000]+")
#: The blanks between two bold runs (**（十三** **）提升** **创新…**): Chinese holds no blank there.
_BOLD_GAP = re.compile(r"\*\*([ \u3000]+)\*\*")


def _closed_up(text: str, before: int, after: int) -> bool:
    """Do the characters at *before* and *after* join with no blank (Chinese characters or full-width marks)?"""
    def tight(ch: str) -> bool:
        return is_cjk(ch) or ch in "（）【】《》“”：，。；、！？"
    return 0 <= before and after < len(text) and tight(text[before]) and tight(text[after])


def strip_debris(text: str) -> str:
    """*text* without the characters :func:`normalise` drops (``\\r``, ``?`` debris, Markdown's ``**``), nothing
    folded."""
    if "\r" not in text and "?" not in text and "*" not in text and "\\" not in text and "MERGEFORMAT" not in text:
        return text  # (nothing to drop: most texts; a listing of 100,000 rows calls this for every cell)
    drop = _dropped(text)
    if not drop:
        return text
    keep = set(range(len(text))) - set(drop)
    return "".join(text[i] for i in sorted(keep))


def _is_debris(text: str, i: int, n: int) -> bool:
    """An ASCII ``?`` followed by a CJK character, a digit or a letter is encoding debris."""
    if i + 1 >= n:
        return False
    nxt = text[i + 1]
    if not (is_cjk(nxt) or nxt.isdigit() or nxt.isascii() and nxt.isalpha()):
        return False
    prev = text[i - 1] if i else " "
    # "What?Next" style English stays; Chinese, digits and Chinese punctuation before it do not.
    return not (prev.isascii() and prev.isalpha() and nxt.isascii() and nxt.isalpha())


def to_simplified(norm: str) -> tuple[str, str]:
    """Convert Traditional Chinese to Simplified (OpenCC t2s) when the text is Traditional.

    The text counts as Traditional when at least 2% of the CJK characters of its first
    50,000 characters (and 5 or more) change under conversion.  The conversion keeps one character for one character, so the
    offset map stays valid; where OpenCC would change the length, characters are converted
    one by one.  Returns ``(text, "traditional" | "simplified")``.
    """
    sample = norm[:50_000]
    cjk = len(_CJK_RE.findall(sample))
    if cjk == 0:
        return norm, "simplified"
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a dependency
        return norm, "simplified"
    converter = _t2s(opencc)
    converted_sample = converter.convert(sample)
    if len(converted_sample) == len(sample):
        changed = sum(1 for a, b in zip(sample, converted_sample) if a != b)
    else:
        changed = cjk
    if not (changed >= 5 and changed >= 0.02 * cjk):
        return norm, "simplified"
    converted = converter.convert(norm)
    if len(converted) != len(norm):
        converted = "".join(c if len(c := converter.convert(ch)) == 1 else ch for ch in norm)
    return converted, "traditional"


_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def simplified_name(name: str) -> str:
    """A name a user typed, in Simplified characters (區塊鏈 → 区块链; the graph's labels are Simplified, as the
    text of a Traditional document is read in Simplified)."""
    if not _CJK_RE.search(name):
        return name
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a dependency
        return name
    return _t2s(opencc).convert(name)
_CONVERTER = None


def _t2s(opencc):
    global _CONVERTER
    if _CONVERTER is None:
        _CONVERTER = opencc.OpenCC("t2s")
    return _CONVERTER


_SAFE_STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$")


def make_doc_id(path: str | Path, data: bytes) -> str:
    """Stable document identifier: the file stem if it is IRI-safe ASCII, else ``doc-<hash>``."""
    stem = Path(str(path)).stem
    if _SAFE_STEM.match(stem):
        return stem
    return "doc-" + hashlib.sha1(data).hexdigest()[:12]


def read_document(path: str | Path, doc_id: str | None = None) -> Document:
    """Read and decode one input file.

    Raises
    ------
    InputError
        Missing file, a directory, unreadable, too large, empty, binary or undecodable.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not a text file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file is too large ({size // 2**20} MiB > {MAX_BYTES // 2**20} MiB)")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return document_from_bytes(data, str(path), doc_id=doc_id)


def _check_claimed_format(data: bytes, path: str) -> None:
    """Refuse, in one line, a file whose name promises a format its bytes do not hold (a text file named .docx, a
    program named .pdf) and a Word 97–2003 file (.doc), which is not read: the user learns what the file is."""
    suffix = os.path.splitext(path)[1].lower()
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # an OLE compound file: .doc, .xls, .wps
        raise InputError(f"{path}: a Word 97–2003 (.doc) or other Office binary file, which is not read: save it as "
                         ".docx, .txt or .html")
    if suffix == ".docx" and not data.startswith(b"PK\x03\x04"):
        raise InputError(f"{path}: not a Word document (.docx): it holds no ZIP archive; if it is plain text, name "
                         "it .txt")
    if suffix == ".pdf" and data.lstrip(b"\r\n\t \x00")[:5] != b"%PDF-":
        raise InputError(f"{path}: not a PDF document: it does not open with %PDF-")


def document_from_bytes(data: bytes, path: str = "<bytes>", doc_id: str | None = None) -> Document:
    """Build a :class:`Document` from raw bytes (used by :func:`read_document` and tests).  A web page saved as
    HTML is read as the text a browser shows (:func:`html_to_text`): offsets refer to that text."""
    _check_claimed_format(data, path)
    try:
        if data.startswith(b"PK\x03\x04"):  # a ZIP archive: a Word document (.docx) is read as its text
            text, encoding, markup = docx_to_text(data), "utf-8", "docx"
        elif data.lstrip(b"\r\n\t \x00")[:5] == b"%PDF-":  # a PDF: its text layer
            text, encoding, markup = pdf_to_text(data), "utf-8", "pdf"
        else:
            text, encoding = decode_bytes(data)
            markup = "text"
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    if markup == "text" and looks_like_html(text):
        text, markup = html_to_text(text), "html"
    norm, mapping = normalise(text)
    norm, script = to_simplified(norm)
    return Document(
        path=path,
        doc_id=doc_id or make_doc_id(path, data),
        text=text,
        encoding=encoding,
        norm=norm,
        norm_to_orig=mapping,
        sha1=hashlib.sha1(data).hexdigest(),
        script=script,
        markup=markup,
    )


def document_from_text(text: str, path: str = "<text>") -> Document:
    """Build a :class:`Document` from an already decoded string (UTF-8 round trip)."""
    return document_from_bytes(text.encode("utf-8"), path)


# --------------------------------------------------------------------------------------------- web pages
#: An HTML element's tag (a saved web page given as it is).  (Not <br>: a Markdown table's cells join their lines
#: with it, a layout the structure stage reads; nor a Markdown copy's <!-- comment -->.)
_HTML_TAG = re.compile(r"</?(?:html|head|body|div|p|span|table|tr|td|li|ul|script|meta|a)\b[^<>]{0,200}>", re.I)


def looks_like_html(text: str) -> bool:
    """Is *text* a web page's HTML: it opens with a tag (<!DOCTYPE html>, <html>, <div …>) and holds five or more
    element tags in its first 20,000 characters?  (A Markdown copy with a few tags inside its lines is no page: its
    lines are its structure.)"""
    return text.lstrip("\ufeff \t\r\n").startswith("<") and len(_HTML_TAG.findall(text, 0, 20000)) >= 5


#: Elements whose content a reader does not see as the page's text.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "iframe",
                     "select", "button", "form", "object", "title"})
#: Elements that begin a line of their own.
_BLOCK = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                    "section", "article", "header", "main", "blockquote", "pre", "hr", "table", "caption", "center",
                    "address", "figure", "figcaption", "tbody", "thead", "tfoot", "tr", "td", "th"})
#: Headings below the page's title (<h1>): written as Markdown heading lines (## 总体要求), so that a plan whose chapters
#: are unnumbered headings over items （一）…（二十） keeps its chapters.
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: Elements that hold nothing (no end tag).
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source", "embed",
                   "param", "track"})
#: How deep the page's tree nests (pages that never close their <font> or <div> tags would nest without end).
_MAX_DEPTH = 200
#: A data table's cell is short: a table with a longer cell (or a table inside a cell) lays the page out.
_CELL_MAX = 200


#: A class or id that names a page's furniture rather than its content (a footer's links, a share box that repeats
#: the title and first paragraph, a breadcrumb, a toolbar): <div class="newfooter">, <div class="share-box">.
_FURNITURE = re.compile(r"footer|breadcrumb|crumbs?(?![a-z])|copyright|banquan|toolbar|(?:^|[\s_-])(?:share|nav|navbar|"
                        r"topnav|sidebar)(?:$|[\s_-]|box|bar|btn)", re.I)


#: A style that hides its element (<div style='display:none'>Produced By CMS 网站群内容管理系统 publishdate:…</div>, u54).
_INVISIBLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hides(attrs) -> bool:
    """Do an element's attributes keep it out of the page's text (furniture by its class or id, or not shown)?"""
    return any(k in ("class", "id") and v and _FURNITURE.search(v) or k == "hidden" or
               k == "style" and v and _INVISIBLE.search(v) for k, v in attrs)


#: An image file's extension.
_IMAGE_EXT = re.compile(r"\.(?:png|jpe?g|gif|bmp)$", re.I)


def _image_caption(attrs) -> str | None:
    """The name an <img> is written into the text by (its title, alt or file name, as a line of its own: 专栏.jpg),
    when one of them is words of the document's language — a box or a figure given as a picture (u81) — and not an
    icon's or a logo's (logo.png, ico_share.gif)."""
    got = dict(attrs)
    src = (got.get("src") or "").rsplit("/", 1)[-1].split("?")[0]
    ext = _IMAGE_EXT.search(src)
    for name in (got.get("title"), got.get("alt"), src):
        name = re.sub(r"[\s/\\]+", " ", name or "").strip()
        if re.search(r"[\u4e00-\u9fff]", name) and len(name) <= 60:
            return name if _IMAGE_EXT.search(name) else name + (ext.group() if ext else ".png")
    return None


class _Node:
    __slots__ = ("tag", "children", "hidden", "caption")

    def __init__(self, tag: str, hidden: bool = False, caption: str | None = None):
        self.tag = tag
        self.children: list = []  # _Node or str
        self.hidden = hidden or tag in _HIDDEN
        self.caption = caption  # an image's name in the text (<img title="专栏.jpg">: a box given as a picture)

    def text(self) -> str:
        """The node's visible text, blanks collapsed (hidden elements left out)."""
        if self.hidden:
            return ""
        parts = [c if isinstance(c, str) else (" " if c.tag in _BLOCK else "") + c.text() for c in self.children]
        return " ".join("".join(parts).split())

    def find_all(self, tags: tuple[str, ...], inside_tables: bool = True):
        for c in self.children:
            if isinstance(c, _Node):
                if c.tag in tags:
                    yield c
                if inside_tables or c.tag != "table":
                    yield from c.find_all(tags, inside_tables)


def _parse_html(page: str) -> tuple[_Node, str | None]:
    """A light tree of *page* (end tags a page forgets are closed as browsers close them: a new <p>, <li>, <td>, <tr>
    closes the open one) and the text of its <title>."""
    from html.parser import HTMLParser

    root = _Node("#root")
    stack = [root]
    title: list[str] = []

    def close(tag: str, until: tuple[str, ...] = ()) -> None:
        for k in range(len(stack) - 1, 0, -1):
            if stack[k].tag == tag:
                del stack[k:]
                return
            if stack[k].tag in until:
                return

    class _Builder(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "p":
                close("p", ("div", "td", "th", "li", "table", "body"))
            elif tag == "li":
                close("li", ("ul", "ol"))
            elif tag in ("td", "th"):
                close("td", ("tr", "table"))
                close("th", ("tr", "table"))
            elif tag == "tr":
                close("tr", ("table",))
            if tag == "sup":  # 约为2<sup>60</sup>字节 (u98): 2^60, not 260
                stack[-1].children.append("^")
            node = _Node(tag, _hides(attrs), _image_caption(attrs) if tag == "img" else None)
            stack[-1].children.append(node)
            if tag not in _VOID and len(stack) < _MAX_DEPTH:  # (deeper, a sloppy page's unclosed tags nest no more)
                stack.append(node)

        def handle_startendtag(self, tag, attrs):
            stack[-1].children.append(_Node(tag, caption=_image_caption(attrs) if tag == "img" else None))

        def handle_endtag(self, tag):
            if tag not in _VOID:
                close(tag)

        def handle_data(self, data):
            if any(n.tag == "title" for n in stack):
                title.append(data)
            stack[-1].children.append(data)

    builder = _Builder(convert_charrefs=True)
    builder.feed(page)
    builder.close()
    name = " ".join("".join(title).split()) or None
    return root, name


def _rows(table: _Node) -> list[list[str]]:
    """The rows of a table (not of the tables inside it), each a list of its cells' texts."""
    return [[cell.text() for cell in tr.find_all(("td", "th"), inside_tables=False)]
            for tr in table.find_all(("tr",), inside_tables=False)]


def _data_rows(table: _Node) -> list[list[str]] | None:
    """The rows of *table* when it holds data (short cells, no table inside); None when it lays the page out."""
    if any(True for _ in table.find_all(("table",))):
        return None
    rows = _rows(table)
    return rows if all(len(c) <= _CELL_MAX for row in rows for c in row) else None


#: A key cell of a page's information box (索 引 号：, 发文机关：, 标　　题：).
_KEY_CELL = re.compile(r"^[^\s:：]{1,4}(?:\s*[^\s:：]{1,4}){0,4}\s*[:：]$")


#: A run of lines that repeats earlier lines is a second copy of the body (gov.cn pages hold one for desktops and one
#: for phones, 〈div class="pages_content mhide"〉 and 〈div class="pages_contentm pchide"〉) when it is this long.
_COPY_MIN_LINES, _COPY_MIN_CHARS = 5, 200


def _without_repeated_copy(lines: list[str]) -> list[str]:
    """*lines* less every run of at least five consecutive lines (200 characters) each of which the page has already
    shown: a page that carries the document twice, for desktop and mobile screens, is read once."""
    seen: set[str] = set()
    repeated = []
    for ln in lines:
        repeated.append(ln in seen)
        seen.add(ln)
    keep = [True] * len(lines)
    k = 0
    while k < len(lines):
        if not repeated[k]:
            k += 1
            continue
        end = k
        while end < len(lines) and repeated[end]:
            end += 1
        if end - k >= _COPY_MIN_LINES and sum(len(ln) for ln in lines[k:end]) >= _COPY_MIN_CHARS:
            keep[k:end] = [False] * (end - k)
        k = end
    return [ln for ln, kept in zip(lines, keep) if kept]


def html_to_text(page: str) -> str:
    """The text a browser shows of a saved web page: its title on the first line (when it names a document rather
    than the site), one line per block (a paragraph, a heading, a list item; <h2>…<h6> as Markdown heading lines,
    ## 总体要求), a data table's row as a Markdown row (| cell | cell |, read as the tables of the structure stage),
    an information box's keys and values as lines (索 引 号：000014349/2018-00222), a table that lays the page out
    (one holding a table, or long cells) read as the blocks in its cells; scripts, styles, menus and footers (<nav>,
    <footer>) left out, and a second copy of the body (a page's copy for phones), entities decoded, blanks
    collapsed."""
    root, title = _parse_html(page)
    lines: list[str] = []
    buf: list[str] = []
    pre = [0]

    def flush() -> None:
        line = "".join(buf).strip()
        if line:
            lines.append(line)
        buf.clear()

    def visit(node) -> None:
        if isinstance(node, str):
            if pre[0]:
                for k, part in enumerate(node.split("\n")):
                    if k:
                        flush()
                    buf.append(part)
            else:
                buf.append(re.sub(r"[ \t\r\n\f\xa0]+", " ", node))
            return
        if node.hidden:
            return
        if node.caption:  # <img title="专栏.jpg">: the picture's name on a line of its own (an image artifact)
            flush()
            lines.append(node.caption)
            return
        rows = _data_rows(node) if node.tag == "table" else None
        if rows is not None:
            flush()
            for row in rows:
                if not any(row):
                    continue
                while row and not row[-1]:
                    row = row[:-1]  # (| 主 题 词： |  |  |  |: the empty cells after the last key)
                keys = row[0::2]
                if row and all(_KEY_CELL.match(k) for k in keys) and (len(row) % 2 == 0 or len(row) == 1):
                    lines.extend(k + v for k, v in zip(keys, row[1::2]) if v)  # 发文机关：国务院 (an information box)
                else:
                    lines.append("| " + " | ".join(row) + " |")
            return
        block = node.tag in _BLOCK
        if block:
            flush()
        first = len(lines)
        pre[0] += node.tag == "pre"
        for child in node.children:
            visit(child)
        pre[0] -= node.tag == "pre"
        if block:
            flush()
        if node.tag in _SUBHEADINGS:  # <h2>总体要求</h2>: a Markdown heading line, which the structure stage reads
            lines[first:] = [ln if ln.startswith(("#", "|")) else "## " + ln for ln in lines[first:]]

    visit(root)
    flush()
    lines = _without_repeated_copy(lines)
    if title:
        from .layout import load_layout

        if load_layout().genre_of(title) is None:
            title = None  # <title>杭州市人民政府门户网站</title>: the site's name, not a document's (its <h1> follows)
    lines = ([title] if title and (not lines or lines[0] != title) else []) + lines
    return "\n\n".join(lines) + "\n" if lines else ""


# --------------------------------------------------------------------------------------------- Word documents
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: The most a Word document's text may take unpacked (a ZIP archive can hold a small file that unpacks to gigabytes).
MAX_DOCX_XML = 64 * 2**20


def docx_to_text(data: bytes) -> str:
    """The text of a Word document (.docx, Office Open XML), read with the standard library: one line per paragraph
    (its runs, tabs and line breaks), a table row as a Markdown row (| cell | cell |, a cell's paragraphs joined by a
    blank), in the body's order; headers, footers, notes and comments left out.

    Raises
    ------
    InputError
        Not a ZIP archive, no ``word/document.xml`` in it, too large unpacked, or XML that does not parse.
    """
    import io
    import zipfile
    from xml.etree import ElementTree as ET

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            try:
                info = z.getinfo("word/document.xml")
            except KeyError:
                raise InputError("a ZIP archive that holds no Word document (word/document.xml)") from None
            if info.file_size > MAX_DOCX_XML:
                raise InputError(f"a Word document whose text unpacks to {info.file_size // 2**20} MiB "
                                 f"(> {MAX_DOCX_XML // 2**20} MiB)")
            xml = z.read(info)
        root = ET.fromstring(xml)
    except (zipfile.BadZipFile, ET.ParseError, EOFError, OSError) as exc:
        raise InputError(f"not a readable Word document ({exc})") from None
    body = root.find(f"{_W}body")
    lines: list[str] = []

    def paragraph(p) -> str:
        out = []
        for el in p.iter():
            if el.tag == f"{_W}t" and el.text:
                out.append(el.text)
            elif el.tag == f"{_W}tab":
                out.append("\t")
            elif el.tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
        return "".join(out)

    def table(tbl) -> None:
        for tr in tbl.iter(f"{_W}tr"):
            cells = [" ".join(" ".join(paragraph(p).split()) for p in tc.iter(f"{_W}p")).strip()
                     for tc in tr.findall(f"{_W}tc")]
            if any(cells):
                lines.append("| " + " | ".join(cells) + " |")

    for el in (body if body is not None else []):
        if el.tag == f"{_W}p":
            lines.extend(part.strip() for part in paragraph(el).split("\n"))
        elif el.tag == f"{_W}tbl":
            table(el)
        elif el.tag == f"{_W}sdt":  # a content control (a table of contents, a cover page): its paragraphs
            for p in el.iter(f"{_W}p"):
                lines.append(paragraph(p).strip())
    text = "\n".join(ln for ln in lines if ln)
    if not text.strip():
        raise InputError("the Word document holds no text")
    return text + "\n"


# ------------------------------------------------------------------------------------------------------ PDFs
#: The most pages of a PDF read (a plan runs to a hundred or two; a larger file is more likely a compilation or a trap).
MAX_PDF_PAGES = 2000
#: A page number or a running footer on a line of its own (— 3 —, - 12 -, 第3页, 3/12, 第 3 页 共 12 页).
_PAGE_NUMBER = re.compile(r"[\s\-—–－~～·]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*(?:/|／|共)\s*\d{1,4}\s*页?)?[\s\-—–－~～·]*")
#: A line that is no part of a title broken over centred lines: a document's number or a date.
_TITLE_ENDS = re.compile(r"[〔\[［(（]\d{4}[〕\]］)）]|\d+号|\d{4}年\d{1,2}月\d{1,2}日|^[(（]?(?:征求意见稿|试行|草案)[)）]?$")
#: What ends a paragraph's last line in a PDF (a line that fills the width and ends in ） or ” goes on: （GMP）).
_PDF_LINE_END = re.compile(r"[。；;！？!?]\s*$")
#: A character that takes a full place on a page (CJK ideographs, kana, full-width forms and punctuation).
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
#: The spaces a PDF's layout puts between runs of text (justified lines, a Latin run in Chinese text): none touch a
#: full-width character in the text as written.
_PDF_GAP = re.compile(rf"(?<=[{_WIDE}]) +| +(?=[{_WIDE}])")


def pdf_to_text(data: bytes) -> str:
    """The text of a PDF's text layer (read with pypdf): each page's lines in reading order, the lines that only
    wrap a paragraph joined — a line that reaches most of the page's width, followed by a line that is not
    indented (a paragraph's first line and a heading are indented in the genre's layout) and opens no heading, item
    or note; page numbers on lines of their own dropped; the spaces a justified line puts around Chinese characters
    removed.  Tables come out as their cells' lines.

    Raises
    ------
    InputError
        Not a readable PDF, encrypted with a password, more than :data:`MAX_PDF_PAGES` pages, or no text layer (a
        scan, which needs OCR first).
    """
    import io
    import logging
    from collections import Counter

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # (a damaged file's warnings are the error below, or nothing)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):  # (an owner password alone leaves the text readable)
            raise InputError("an encrypted PDF: its text cannot be read without its password")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(f"a PDF of {len(reader.pages)} pages (> {MAX_PDF_PAGES})")
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file raises many kinds of error inside pypdf
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})".replace("\n", " ")) from None
    rows: list[str] = []
    for page in pages:  # (a paragraph broken by a page break goes on on the next page: no blank line between)
        kept = [ln.rstrip() for ln in page.split("\n") if not _PAGE_NUMBER.fullmatch(ln)]
        while kept and not kept[0]:
            kept.pop(0)
        while kept and not kept[-1]:
            kept.pop()
        rows += kept
    # the pages' width: the extent most lines reach (not a long link's or a wide table row's)
    extents = Counter(len(ln) for ln in rows if ln.strip())
    full = max(extents, key=lambda v: (sum(n for x, n in extents.items() if abs(x - v) <= 1), v), default=0)
    # (indentation, extent, text): the spaces a justified line puts around Chinese characters dropped
    lines = [(len(ln) - len(ln.lstrip()), len(ln), " ".join(_PDF_GAP.sub("", ln.strip()).split())) for ln in rows]
    if not any(re.search(r"[\u4e00-\u9fffA-Za-z]", t) for *_, t in lines):
        raise InputError("a PDF with no text layer (a scan: run OCR on it first)")
    margin = min((i for i, _, t in lines if t), default=0)
    out: list[str] = []
    title = True  # in a title: the centred lines a block opens with (after a blank line, or the document's first)
    for k, (indent, extent, text) in enumerate(lines):
        nxt_indent, nxt_extent, nxt = lines[k + 1] if k + 1 < len(lines) else (0, 0, "")
        out.append(text)
        # (a title's first line may fill the width in its larger type: 关于印发《上海市…行动方 / 案（2025-2030年）》的通知)
        title = (title or k == 0 or not lines[k - 1][2] or indent > margin + 2) and text and \
            not _TITLE_ENDS.search(text) and not _PDF_LINE_END.search(text)
        if text and nxt and (
                extent >= full - 2 and nxt_indent <= margin + 1 and
                (_NOTE_OPENS.match(nxt) or not _LINE_OPENS.match(nxt) and not _PDF_LINE_END.search(text)) or
                title and nxt_indent > margin + 2 and nxt_extent < full - 2 and not _TITLE_ENDS.search(nxt)):
            continue  # the paragraph (or the title) goes on on the next line
        title = title and bool(nxt) and nxt_indent > margin + 2
        out.append("\n")
    return "".join(out).strip() + "\n"
