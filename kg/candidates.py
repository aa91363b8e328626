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
from functools import lru_cache

from .segment import cut, starts_with_function_word

_CJK = r"\u4e00-\u9fff"
RE_ASCII_TERM = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9+\-]{1,9}|\d[A-Za-z][A-Za-z0-9\-]{0,6})(?![A-Za-z0-9])")
#: ASCII that names nothing (dev): a blank (XXX), a word in capitals (GOVERNMENT), a hash or a random token (0fab, AImhww).
_NOT_A_NAME = re.compile(r"X{3,}|x{3,}|[A-Z]{7,}|\d[a-z]{2,}[a-z0-9]*|[A-Z]{1,2}[a-z]{4,}|"
                         r"(?:PAGE|NUMPAGES|HYPERLINK|MERGEFORMAT|TOC)(?:[-_\d].*)?")  # (a Word field code left in a
# copy: PAGE-10-PAGEMERGEFORMAT, u62)
RE_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』,，。;；:：、()\s]{2,14})[”\"」』]")
_TERM_CHAR = re.compile(rf"[{_CJK}A-Za-z0-9+\-]")
#: A modifier ending so names who uses the technology, not which technology it is (企业技术, 行业平台).
_NOT_MODIFIER_END = ("企业", "行业", "领域", "产业", "部门", "单位", "机构", "社会", "市场", "政府", "群众", "公众",
                     "人民", "城市", "农村", "我国", "国内", "国际", "全球", "地方", "基层")
#: A modifier opening so names a field, a kind of body or an area, not a system (领域监管系统, 研究院脑网络, 本市政务门户).
_NOT_MODIFIER_START = ("领域", "行业", "研究院", "研究所", "委员会", "学院", "大学", "本市", "本区",
                       "本省", "本县", "全市", "全区", "全省", "全县",
                       "好", "最")  # (u35: 打好 + 关键核心技术, a verb's complement; 最强 + 大脑, a superlative)
#: A quoted slogan, not a name: a superlative (“最强大脑”), or two people's posts joined by + (“田长+网格员”).
_QUOTED_SLOGAN = re.compile(r"^最|^[\u4e00-\u9fff]{1,6}[长员人者][+＋][\u4e00-\u9fff]{1,6}[长员人者]$|"
                            r"^[A-Za-z0-9]{1,3}(?:世代|一代|后)$")  # “Z世代”, “90后”: a generation of people
#: A body's name inside a modifier (重庆市经济和信息化委员会门户网站): the body's own site, named after it (a bureau's
#: system, 规划资源局执法管理系统, is one readers mark).
_BODY_IN_MODIFIER = re.compile(r"委员会|人民政府|政府办|办公室")
#: A slogan of pairs (一部门一系统, 一区一平台): one of each, not a system's name; one code for each thing (一物一码,
#: 一船一码) is a coding scheme, which readers mark.
_SLOGAN_PAIR = re.compile(r"^一[\u4e00-\u9fff]{1,3}一(?!.*码$)")
#: 引擎 as a figure of speech (主引擎, 动力引擎, 增长引擎, 新引擎, 强大引擎).
_METAPHOR_ENGINE = re.compile(r"(?:主|总|动力|增长|发展|经济|新|强劲|强大|双|核心|重要)$")  # (最强大引擎, u35)
_TECH_SIGN = re.compile(r"[A-Za-z]|[网云码端屏脑]|区块链|数链")
_PERIOD = re.compile(r"^(?:十[一二三四五六七八九]五|[一二三四五六七八九十]+五)$")
#: A modifier that counts (五大…, 一个…, 三大…, 九大标准…).
_COUNTED = re.compile(r"^[一二三四五六七八九十两几多]+[大个张类项套条]")
#: A quantity (5GW, 7km, 10kV) or a blank (XXXXXXXX), not a name.
_QUANTITY = re.compile(r"\d+(?:[GMkK]W[h]?|km|kV|kg|mm|cm|m[23]?|Mbps|Gbps|[MGT]B|[kMGT]?Hz)|(\w)\1{3,}|"
                       r"([A-Za-z]{2,})\2+")  # (PAGEPAGE, u35: a page's furniture repeated, no name)
#: Signs of a web address or a script around an ASCII run (%2F, =, _, ://, a lower-case letter glued after
#: a word: publicApplyDefault; a key chord ALT+Shift).
_IN_CODE = re.compile(r"%[0-9A-F]{2}|%25|[=_&]|://|\+[A-Z][a-z]|[a-z][A-Z][a-z]")
#: A Latin letter outside ASCII (Ç, Ñ, Ê): the ASCII run before it is part of a longer word.
_CUT_WORD = re.compile(r"[\u00c0-\u024f]")
#: Generic words that open a system's name when more follows them (智慧养老平台, 数字乡村平台, 智能服务终端).
_NAME_OPENERS = ("智慧", "智能", "数字", "数字化", "信息化", "智能化", "网上", "线上", "在线")
#: Measure words: after a number they count systems (100项关键核心技术), they do not name one.
_MEASURE_WORDS = "个项类套条种批家座"
#: A slogan's formula, not a name (“1+3+10+N”, “8+N”, 2+X, 415X).
_FORMULA = re.compile(r"^(?=.*\d)[\dA-Za-z]{0,4}(?:[+＋×][\dA-Za-z]{1,4})+$|^\d{2,}[A-Za-z]$")


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


def _strip_generic(text: str, left: int, at: int, generic: tuple[str, ...], keep: tuple[str, ...] = ()) -> int:
    """Skip generic words at the front of a modifier (现有监管平台 → 监管平台; 全市三维… → 三维…), only where a
    word ends (街道 + 区域火灾…: 区 is not skipped, it opens 区域) and no verb follows (数据采集技术 keeps 数据);
    a word of *keep* (智慧, 数字 …: generic alone, technical as the first word of a name) ends the skipping when
    more of the modifier follows it (智慧养老平台, not 养老平台).""" 
    ends, pos, tags = set(), left, {}
    for word, tag in cut(text[left:at]):
        tags[pos] = tag or ""
        pos += len(word)
        ends.add(pos)
    changed = True
    while changed and left < at:
        changed = False
        for w in generic:
            if text.startswith(w, left) and left + len(w) <= at and left + len(w) in ends and \
                    not (tags.get(left, "").startswith("n") and tags.get(left + len(w), "").startswith("v")):
                if w in keep and left + len(w) < at:
                    return left
                # (数据 + 采集技术, 生产 + 控制网络: a noun that is the object of what the system does stays)
                left += len(w)
                changed = True
                break
    return left


#: A town, township, street, village or community's name: two or three characters and the level word.
_LOCAL_PLACE = re.compile(r"((?:(?![之的])[\u4e00-\u9fff]){2,3}?)(镇|乡|街道|村|社区|嘎查|苏木)(?![级域民])")


def _in_longer_word(text: str, end: int) -> bool:
    """Does a zone suffix ending at *end* run on into a longer word (生态城 + 区 = 生态城区, 示范区 + 域 = 示范区域,
    湖心岛 + 屿 = 湖心岛屿, u68)?"""
    return text[end - 1:end + 1] in ("城区", "区域", "岛屿", "岛礁")


#: 全区, 各市, 本县 …: the whole of an area, not the name of a zone (全区产业园区).
_WHOLE_AREA = re.compile(r"^[全各本该我][省市区县州旗镇乡]")


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


#: A count that opens a kind of zone (十大物流园区, 两个开发区, 第一批国家公园, 首批…), not a zone's name.
_COUNTED = re.compile(r"(?:第?[一二三四五六七八九十百千两几数多]+|首)[大个批座处家类项]")


def find_in_sentence(text: str, known: list[tuple[int, int, str]], cues) -> list[Found]:
    """Candidate terms of one sentence; *known* are the lexicon matches ``(start, end, kind)``."""
    out: list[Found] = []
    taken = [(s, e) for s, e, _ in known]

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    # a system's name may hold a domain (应急管理 + 综合平台, 一体化市场监督管理 + 平台), not a known technology
    terms = [(s, e) for s, e, k in known if not k.startswith("Domain")]

    def free_of_terms(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in terms + taken[len(known):])

    lists = _enumerations(text, known)
    # ASCII names
    for m in RE_ASCII_TERM.finditer(text):
        term = m.group(1)
        if term.lower() in cues.not_technology or sum(ch.isalpha() for ch in term) < 2 or \
                not free(m.start(1), m.end(1)) or re.match(r"[./]\d", text[m.end(1):m.end(1) + 2]) or \
                text[m.end(1):m.end(1) + 1] in "级类" or re.fullmatch(r"[A-Z]{2}|[A-Z][a-z]{3,}", term) or \
                sum(ch.isdigit() for ch in term) >= 3 or _QUANTITY.fullmatch(term) or \
                _CUT_WORD.match(text, m.end(1)) or _CUT_WORD.match(text, max(0, m.start(1) - 1)) or \
                re.search(r"\d[.．]$", text[max(0, m.start(1) - 2):m.start(1)]) or \
                _IN_CODE.search(text, max(0, m.start(1) - 3), min(len(text), m.end(1) + 3)) or \
                re.match(r"(?:ALT|Alt|CTRL|Ctrl|SHIFT|Shift)\+", term) or _NOT_A_NAME.fullmatch(term):
            continue  # 3A级, PM2.5, AAA类: ratings and measures; AB, IP, SC: mostly initials; Social, Redland: words;
            # JGJ67-2006, GA12832015, DN500: a standard's number or a size; 5GW, 7km: a quantity; XXXXXXXX: a
            # blank; FRAN|ÇAIS: a word cut where its letters leave ASCII; %2Fzwdt, publicApply, ALT+Shift: a page's
            # address or script, not a name; ALT+1: a page's keyboard shortcut
        out.append(Found(term, m.start(1), m.end(1), "ascii", 0.15, _inside(lists, m.start(1))))
        taken.append((m.start(1), m.end(1)))
    # quoted names: only those with a sign of a technical system (…网, …云, …码, …端, a head, ASCII)
    for m in RE_QUOTED.finditer(text):
        term = m.group(1)
        if not free(m.start(1), m.end(1)) or _PERIOD.match(term) or _FORMULA.match(term) or len(term) < 3 or \
                _SLOGAN_PAIR.match(term) or _QUOTED_SLOGAN.search(term) or \
                not re.search(rf"[{_CJK}A-Za-z]", term):  # “天网”, “登云”: two characters are a slogan's word
            continue
        head = next((h for h in cues.heads if term.endswith(h) and len(term) > len(h)), None)
        if head is None and not _TECH_SIGN.search(term) or \
                head == "引擎" and _METAPHOR_ENGINE.search(term[:-len(head)]):
            continue  # (“总引擎”: a figure of speech)
        out.append(Found(term, m.start(1), m.end(1), "quoted", 0.4, _inside(lists, m.start(1))))
        taken.append((m.start(1), m.end(1)))
    # named zones: a name and a zone suffix (稀土高新区, 南汇新城) — regions, not technologies
    for suffix in cues.zone_suffixes:
        start = 0
        while (at := text.find(suffix, start)) >= 0:
            start = at + 1
            end = at + len(suffix)
            if any(f.pattern in ("city-zone", "zone") and f.start <= at and end <= f.end for f in out):
                continue  # 市高新区 read as the city's zone: not again as 市高 + 新区; 国家自主创新示范区 not again as 自主…
            if any(len(w) > len(suffix) and w.endswith(suffix) and text.startswith(w, end - len(w))
                   for w in cues.zone_suffixes + cues.place_zone_suffixes):
                continue  # 张江高新区, 杨浦联动创新区: 新区 ends a longer suffix (高新区; 创新区, which a place name must
                # open), read with that suffix or not at all — never as 江高 + 新区 (u33)
            left = _modifier_start(text, at, cues, keep_places=True)
            run = at
            while run > 0 and "\u4e00" <= text[run - 1] <= "\u9fff" and at - run < 5:
                run -= 1
            if 2 <= at - run <= 4 and not text.startswith(cues.list_verbs, run) and (run == 0 or not "\u4e00" <= text[run - 1] <= "\u9fff") and \
                    not starts_with_function_word(text[run:at]):
                left = run  # a short name standing alone (、爱店口岸获批): jieba may split a rare name
            if at - left == 1 and left > 0 and text[left - 1] == "中":
                left -= 1  # 中泰合作区, 中越…: jieba reads 中 as a locality word
            if text.startswith(("暨", "及", "和", "与", "含"), left) and at - left > 2 and \
                    not any(a == left for a, b, k in known if k.startswith("Region")):  # (含山县: a county)
                left += 1  # 暨全区产业园区: a conjunction opens no name; nor does 含 (各区政府（含大鹏新区管委会）)
            elif text.startswith(("包括", "包含"), left) and at - left > 3:
                left += 2
            name = text[left:at]
            joined = max(name.rfind("+"), name.rfind("＋"))
            if joined >= 0:  # 实验区+自贸试验区: a plus joins two zones, it opens no name
                left += joined + 1
                name = text[left:at]
            if name[:1] in "个座处批家年" and left > 0 and re.match(r"[\d一二三四五六七八九十百千两几多]", text[left - 1]):
                continue  # 30个示范岛, 10座和美小岛, 4家绿色工业园区, 2023年国家级经开区: a count or a year, no name
            if name.endswith(("型", "式")):
                continue  # 宜居宜业生态型新区, 智慧型园区: a kind of zone, no zone's name (u46)
            if "的" in name or _COUNTED.match(name) and suffix != "新城":
                continue  # 负荷的工业园区, 十大物流园区: a description or a count of zones, no zone's name (上海's
                # 五个新城 is the name readers mark for the city's five new towns)
            if _in_longer_word(text, end):
                continue  # 绿色生态城区, 百强新城区, 示范区域: the suffix is part of a longer word, a kind of area
            words = cut(name) if name else []
            if re.search(r"[全各本该我][省市区县州旗镇乡]", name) or sum(t == "v" for _, t in words) >= 2 or \
                    name.startswith(cues.not_zone_name) or words and len(words[-1][0]) >= 2 and words[-1][1] == "v" or \
                    words and words[0][1] in ("d", "ad") and len(words) > 1:
                continue  # 晋级全省开发区, 推深做实开发区, 扎实推进自贸试验区: a whole area or a verb, no zone's name;
                # 适时调整工业园区 (u76): an adverb opens no zone's name
            if suffix == "岛" and len(cut(name + suffix)) > 1 and (
                    any(len(w) >= 2 and t in ("a", "ad", "an") or t == "m" for w, t in words) or
                    text[at - 1:at] in "海离" and len(name) > 1):
                continue  # 浪漫岛, 舒心岛, 零碳岛: a slogan's quality or count; 无居民海岛, 方便离岛: islands of a kind
                # (复兴岛, one word of the dictionary, is an island's name)
            if suffix in cues.city_zones and _bare(name, cues) and (left == 0 or text[left - 1] not in "、级（(") and \
                    not text.startswith(("等", "、"), end):
                begin = at - 1 if name.endswith("市") else at
                out.append(Found(text[begin:end], begin, end, "city-zone", 0.6, False))
                taken.append((at, end))
                continue  # 促进经开区高质量发展 in a city's report: the city's own zone
            if at - left < 2 or _WHOLE_AREA.match(name) or any(a < at and left < b for a, b, k in known if not k.startswith("Region")) or \
                    _generic_only(name, cues.generic) or name.startswith(cues.list_verbs):
                continue
            if any(a <= left and end <= b or left < a and b == end for a, b, k in known if k == "Region") or \
                    suffix == "特别行政区" and any(a == left and b == at for a, b, k in known if k == "Region"):
                continue  # a zone the gazetteer knows (海南自由贸易港; 建强 + 成都都市圈, u35), or a region's full name
                # (香港特别行政区)
            out.append(Found(text[left:end], left, end, "zone", 0.6, False))
            taken.append((left, end))
    # zones whose suffix is an ordinary word (示范区, 产业园): only after a place name
    for suffix in cues.place_zone_suffixes:
        start = 0
        while (at := text.find(suffix, start)) >= 0:
            start = at + 1
            end = at + len(suffix)
            if not free(at, end) or text.startswith(cues.zone_suffixes, at - 1) or text[at - 1:at] in "全小跨各" or \
                    _in_longer_word(text, end):
                continue  # 长江全流域, 小流域: a part or a size, not a name; 示范区域: a longer word
            for left, firm in _place_zone_starts(text, at, cues):
                name = text[left:at]
                region_first = any(a == left and k == "Region" for a, b, k in known)
                words = cut(name)
                (first, tag), second = words[0], words[1][1] if len(words) > 1 else ""
                # a proper name first may hold a field's word (博鳌乐城 + 国际医疗旅游 + 先行区, 神农 + 生物医药 + 产业园),
                # not a zone's word (新城 + 中心公园城市示范区, 高教科创园 + 核心区: a part of a zone or a new town's plan)
                proper_first = tag in ("ns", "nr", "nz") and len(first) >= 2 and free(left, left + len(first)) and \
                    not any(w in name for w in cues.zone_suffixes + cues.place_zone_suffixes)
                if (free(left, at) or region_first or proper_first) and not _WHOLE_AREA.match(name) and \
                        not name.startswith(cues.list_verbs) and not name.startswith(cues.not_zone_name) and \
                        not _generic_only(name, cues.generic) and not words[-1][1].startswith("m") and \
                        not any(w in _COMPANY_WORDS or w == "等" for w, _ in words) and \
                        not _place_acts(text, left, at, known, cues) and \
                        (region_first or tag in ("ns", "nr", "nz") or (not tag and len(first) == 1) or
                         first == "中" and second == "ns" or _paired_places(name, cues)):  # 中泰 + 产业园: China and a country
                    out.append(Found(text[left:end], left, end, "zone", 0.6, False))
                    taken.append((left, end))
                    break
                if firm:
                    break  # 深圳等 + 工业互联网先行区, 三基地一 + 示范区, 灵泰药业 + 产业园: no zone's name
    # zones named as items of a list of zones (长隆万博商务区、国际金融城、国际生物岛等平台): no place name needed
    for f in _listed_zones(text, out, known, cues):
        if not any(a < f.end and f.start < b for a, b in taken[len(known):]):  # (a field's word may name it)
            out.append(f)
            taken.append((f.start, f.end))
    # towns, townships, streets and villages written after the county or town they lie in
    # (宁明县亭亮镇, 江州区新和镇卜花村): a place, not a technology
    ends = sorted({b for a, b, k in known if k.startswith("Region")} | {f.end for f in out if f.pattern == "zone"})
    for end in ends:
        if text[max(0, end - 2):end] == "中国":
            continue  # 中国甘蓝之乡, 中国历史文化名镇: a title the country gives, not a town
        for _ in range(2):  # a village after its town
            m = _LOCAL_PLACE.match(text, end)
            if not m or not free(m.start(), m.end()) or m.group(1).startswith(cues.list_verbs) or \
                    _generic_only(m.group(1), cues.generic):
                break
            out.append(Found(m.group(0), m.start(), m.end(), "zone", 0.6, False))
            taken.append((m.start(), m.end()))
            end = m.end()
            # 嘉善县西塘镇和姚庄镇, 黎里镇、震泽镇: more places of the same level joined to it
            while text[end:end + 1] in ("、", "和", "及", "与") and end < len(text):
                n = _LOCAL_PLACE.match(text, end + 1)
                if not n or n.group(2) != m.group(2) or not free(n.start(), n.end()) or \
                        n.group(1).startswith(cues.list_verbs) or _generic_only(n.group(1), cues.generic):
                    break
                out.append(Found(n.group(0), n.start(), n.end(), "zone", 0.6, False))
                taken.append((n.start(), n.end()))
                end = n.end()
    # villages and residents' communities named alone, honoured or opening an area (上楼村获评…, 磹角底村、白沙村获评…)
    for f in _villages(text, known, cues):
        if any(o.start < f.end and f.start < o.end for o in out):
            continue  # read already, after its county (柳南区五菱社区)
        out.append(f)
        taken.append((f.start, f.end))
    # the ends of a road's stretch after its number (G206广昌白沙坪至田西村南岭脑段, 234国道后湖至熊农段)
    for f in _road_ends(text, known):
        if any(o.start < f.end and f.start < o.end for o in out) or not free(f.start, f.end):
            continue
        out.append(f)
        taken.append((f.start, f.end))
    # modifier + head
    for head in cues.heads:
        start = 0
        while True:
            at = text.find(head, start)
            if at < 0:
                break
            start = at + 1
            end = at + len(head)
            if end < len(text) and text[end] in "化型性式" or text.startswith(cues.head_compounds, at):
                continue  # 网络化, 系统性, 技术合同, 设施设备: no head here, the noun goes on
            left = _modifier_start(text, at, cues)
            if at - left < 2 or end - left > 14:
                continue
            left = _strip_generic(text, left, at, cues.generic, _NAME_OPENERS)
            if 0 < left < at - 2 and text[left - 1:left + 1] == "各大":
                left += 1  # 各大 + 网红直播平台: every big one, not a name opening with 大
            if 0 < left < at and text[left - 1:left + 1] in cues.list_verbs:  # 接 + 入海量终端: the verb's tail
                left = _strip_generic(text, left + 1, at, cues.generic, _NAME_OPENERS)
            term = text[left:end]
            modifier = text[left:at]
            if modifier.startswith(_NOT_MODIFIER_START) or modifier[:1] in "化性型式率度" or \
                    _BODY_IN_MODIFIER.search(modifier) or _SLOGAN_PAIR.match(term) or \
                    head == "引擎" and _METAPHOR_ENGINE.search(modifier):
                continue  # 各领域监管系统, 跨领域宣传展示平台, …化监管平台, 研究院脑网络, 信息化委员会门户(网站),
                # 一部门一系统, 经济贡献主引擎: whose system, a word's tail, a slogan or a figure of speech, no name
            if at - left < 2 or not free_of_terms(left, end) or modifier.endswith(_NOT_MODIFIER_END) or \
                    _COUNTED.match(modifier) or (modifier[0] in _MEASURE_WORDS and left and text[left - 1].isdigit()):
                continue  # 五大系统, 一个系统, 三大环网: a count of systems, not the name of one
            weak = head in cues.weak_heads
            if weak and cues.technical and not _TECH_SIGN.search(modifier) and \
                    not any(w in modifier for w in cues.technical) and not any(w in modifier for w in _SYSTEM_VERBS):
                continue  # 广告设施, 联络员网络, 用工平台: a weak head after an untechnical modifier
            if head in cues.facility_heads and not any(w in modifier for w in cues.facility_modifiers):
                continue  # 供配电设施, 垃圾处理设施, 应急装备: works, not information technology
            if not re.match(rf"[{_CJK}A-Za-z0-9]", term) or term.startswith(_VERB_OPENERS):
                continue  # -网平台 (车-桩-网平台 cut at a dash); 充分发挥数字技术: a verb and its object
            out.append(Found(term, left, end, "head", 0.6 if weak else 0.7, _inside(lists, left)))
            taken.append((left, end))
    return out



#: Parts of speech (jieba's tags) that end a village's name on its left: prepositions, conjunctions, particles,
#: pronouns, numerals, measure words, adverbs, time words (verbs of two characters or more end it too).
_VILLAGE_LEFT_STOP = ("p", "c", "u", "r", "m", "q", "d", "ad", "t")


def _village_spans(text: str, known: list[tuple[int, int, str]], cues) -> list[tuple[int, int]]:
    """Where a village's or a residents' community's name may stand alone (上楼村, 红山社区, 南川园社区): a name of
    one to three characters (or a place's short form and what follows it) before 村 or 社区, not a kind of village
    (示范村, 行政村), a count (3个和美村) or a campaign (教育进社区)."""
    region_ends = {b for a, b, k in known if k.startswith("Region")}
    # a place's short form opens a village's name (白沙 + 村, 红山 + 社区, 南川 + 园社区); a county or a town (柳南区,
    # 朱备镇) is no part of it
    short = {b: a for a, b, k in known if k.startswith("Region") and not re.search(r"[省市县区镇乡旗州]$", text[a:b])}
    region_ends -= set(short)
    named = [(a, b) for a, b, k in known if not k.startswith(("Domain", "Region"))]  # (社区 is also a field's word)
    found: list[tuple[int, int]] = []
    for m in re.finditer(r"村|社区", text):
        at, end = m.start(), m.end()
        if any(a < end and at < b for a, b in named) or \
                text.startswith(("村委", "村民", "村级", "村集体", "村庄", "村落", "村镇", "村组"), at):
            continue
        lo = at
        while lo > 0 and at - lo < 3 and "\u4e00" <= text[lo - 1] <= "\u9fff" and lo not in region_ends and \
                text[lo - 1] not in "、和与及在至从到的之等":
            lo -= 1
        if lo in short and lo > at - 3:
            lo = short[lo]
        if lo == at:
            continue
        pos = at
        for word, tag in reversed(cut(text[max(0, lo - 6):at])):  # a verb or a function word before the name
            if pos - len(word) < lo or lo not in region_ends and (
                    (tag or "").startswith(_VILLAGE_LEFT_STOP) and tag not in ("nr", "ns", "nz") or
                    tag == "v" and len(word) >= 2 or word in cues.list_verbs and len(word) >= 2):
                break
            pos -= len(word)
        name = text[pos:at]
        if not name or name in cues.not_village_name or name[-1] in "进入到" or \
                any(name.startswith(w) for w in cues.not_village_name if len(w) >= 2) or \
                (pos > 0 and (text[pos - 1].isdigit() or text[pos - 1] in "个座批家")) or \
                any(a < at and pos < b for a, b in named) or \
                any(a < pos < b or a < at < b for a, b, k in known if k.startswith("Region")):
            continue  # (a place's name that runs across the village's start or end: none of its name)
        found.append((pos, end))
    return found


def _villages(text: str, known: list[tuple[int, int, str]], cues) -> list[Found]:
    """Villages and residents' communities named alone (:func:`_village_spans`): a run of them joined by 、 (places
    of other levels may close it: 洪墩村、朱备镇) followed by a word of honour or by 片区 (…村获评, …社区入选, …村片区)."""
    found = _village_spans(text, known, cues)
    out: list[Found] = []
    run: list[tuple[int, int]] = []
    for i, (b, e) in enumerate(found):
        run.append((b, e))
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and text[e:nxt[0]] == "、":
            continue  # the list goes on
        tail = _PLACES_AFTER.match(text, e).end()
        if text.startswith(cues.honoured_after_place, tail):
            out.extend(Found(text[a:z], a, z, "zone", 0.6, False) for a, z in run)
        run = []
    return out


#: A stretch of a numbered road between two places (S312东乡甘坑至东金段, 国道饶盖线白旗至裕国段, 240国道杨市至总口段).
_ROAD_STRETCH = re.compile(r"(?:[GS]\d{1,4}|\d{3}(?:国道|省道)|(?:国道|省道)[\u4e00-\u9fff]{1,3}线)\s*"
                           r"([\u4e00-\u9fff]{2,8}?)至([\u4e00-\u9fff]{2,8}?)段")


def _road_ends(text: str, known: list[tuple[int, int, str]]) -> list[Found]:
    """The places at the ends of a numbered road's stretch that no gazetteer lists (villages, towns, hamlets): each
    end whole, or what follows the county it opens with (广昌 + 白沙坪); an end read as a place already is left."""
    regions = [(a, b) for a, b, k in known if k.startswith("Region")]
    out: list[Found] = []
    for m in _ROAD_STRETCH.finditer(text):
        for g in (1, 2):
            a, z = m.start(g), m.end(g)
            inner = [(x, y) for x, y in regions if a <= x and y <= z]
            if any(x == a and y == z for x, y in inner):
                continue  # 樟树至兴国段: read already
            if inner and inner[0][0] == a:
                a = inner[0][1]  # 广昌 + 白沙坪
            if 2 <= z - a <= 6 and not any(x < z and a < y for x, y in inner) and \
                    not re.search(r"交界|边界|界$|一带|附近", text[a:z]):  # (东坑至景泰 + 交界段: the border, no place)
                out.append(Found(text[a:z], a, z, "zone", 0.6, False))
    return out


def _list_items(text: str) -> list[list[tuple[int, int]]]:
    """The items of each clause that lists with 、: ``(start, end)`` of each, the first from the clause's start,
    the last to the clause's end."""
    out, start = [], 0
    for i, ch in enumerate(text + "。"):
        if ch in ",，;；:：。!?！？（）()“”":
            if "、" in text[start:i]:
                items, a = [], start
                for j in range(start, i):
                    if text[j] == "、":
                        items.append((a, j))
                        a = j + 1
                items.append((a, i))
                out.append(items)
            start = i + 1
    return out


def _zone_end(text: str, a: int, z: int, suffixes: tuple[str, ...], last: bool) -> int:
    """Where a zone's name ends in the list item ``text[a:z]``: at the item's end (or, for the last item, at the
    first suffix that ends a word: 国际生物岛 + 等平台), or -1."""
    if not last:
        return z if text[a:z].endswith(suffixes) and not _in_longer_word(text, z) else -1
    for e in range(a + 3, min(z, a + 16) + 1):
        if text[a:e].endswith(suffixes) and not _in_longer_word(text, e) and \
                (e == z or text.startswith(("等", "建设", "项目", "提质", "开发", "获", "入选", "为", "和", "及", "与"), e)):
            return e
    return -1


@lru_cache(maxsize=8)
def _all_zone_suffixes(*lists: tuple[str, ...]) -> tuple[str, ...]:
    """Every zone suffix of the cue lists, longest first."""
    return tuple(sorted({w for words in lists for w in words}, key=lambda w: (-len(w), w)))


#: Verbs a zone's name may hold (海龙围广佛高质量发展科创区, 穗港科技合作园, 内地转移转化总部).
_NAME_VERBS = frozenset(("发展", "融合", "开放", "合作", "创新", "示范", "服务", "转化", "交流", "协同", "联动"))


def _place_acts(text: str, left: int, at: int, known: list[tuple[int, int, str]], cues) -> bool:
    """Does a place inside a zone's would-be name ``text[left:at]`` act (大兴区 + 建设 + 大兴国际氢能示范区): a lead verb
    that names no zone straight after it is the place's deed, and the zone's name begins after it."""
    return any(left <= a and b < at and k.startswith("Region") and
               any(text.startswith(v, b) and v not in _NAME_VERBS for v in cues.list_verbs if len(v) >= 2)
               for a, b, k in known)


def _listed_zones(text: str, found: list[Found], known: list[tuple[int, int, str]], cues) -> list[Found]:
    """Zones named as the items of a list in which another item is a zone read already or opens with a place
    (长隆万博商务区、国际金融城、民营科技园、国际生物岛等; 长宁金融园、西郊国际金融产业园): each item that ends with a zone
    suffix (cue:listedZoneSuffix and the others) and whose name is more than generic words."""
    if "、" not in text:
        return []
    suffixes = _all_zone_suffixes(cues.listed_zone_suffixes, cues.zone_suffixes, cues.place_zone_suffixes)
    zones = {(f.start, f.end) for f in found if f.pattern in ("zone", "city-zone")}
    region_starts = {a for a, b, k in known if k.startswith("Region")}
    region_spans = {(a, b) for a, b, k in known if k.startswith("Region")}
    out: list[Found] = []
    for items in _list_items(text):
        spans = []
        for n, (a, z) in enumerate(items):
            if n == 0:  # the first item opens after the clause's lead words (加快建设 + 海龙围…科创区)
                while text.startswith(cues.list_verbs, a) and z - a > 3:
                    a += len(next(v for v in cues.list_verbs if text.startswith(v, a)))
            e = _zone_end(text, a, z, suffixes, n == len(items) - 1)
            spans.append((a, e))
        if not any(e > 0 and ((a, e) in zones or a in region_starts) for a, e in spans) or \
                any(e < 0 and (a, z) in region_spans for (a, e), (_, z) in zip(spans, items)):
            continue  # no item is a zone or a place for sure: a list of kinds of park (智慧园区、数字工厂); or one
            # item is a bare place, sharing the last item's suffix (吴兴、南浔高铁片区: both places' areas)
        for a, e in spans:
            if e < 0 or (a, e) in zones:
                continue
            suffix = next(w for w in suffixes if text.endswith(w, 0, e))
            name = text[a:e - len(suffix)]
            words = cut(name) if len(name) >= 2 else []
            if len(name) < 2 or "的" in name or _WHOLE_AREA.match(name) or _COUNTED.match(name) or \
                    _generic_only(name, cues.generic) or name.startswith(cues.list_verbs) or \
                    text.endswith(cues.not_listed_zone_ends, 0, e) or \
                    re.search(r"[\d一二三四五六七八九十]+[个家座批]", name) or \
                    any((t or "").startswith(("d", "p", "a")) and w not in "与和" or t == "v" and w not in _NAME_VERBS
                        for w, t in words) or \
                    any(k == "Region" and (x <= a and e <= y or a <= x and y == e) for x, y, k in known):
                continue  # 翠湖文体公园: a park; 深入打造浪漫岛, 分别入选…园区: a verb, an adverb or a quality, no name;
                # 海南自由贸易港: a zone the gazetteer knows is read (or left) as its region, not again
            out.append(Found(text[a:e], a, e, "zone", 0.6, False))
    return out


#: Places of other levels that close a list of villages (洪墩村、朱备镇 + 入选…).
_PLACES_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{1,8}?(?:村|社区|镇|乡|街道|县|区|市))*")


#: Verbs that open a phrase whose object is a head noun, never a system's name (充分发挥 + 数字技术).
_VERB_OPENERS = ("充分发挥", "充分利用", "发挥", "分析评估", "加快", "加强", "推进", "推动", "深化", "强化", "构建", "打造",
                 "利用", "借助", "依托", "联动")


#: Parts of speech (jieba's dictionary tags) that end a term's modifier: verbs, prepositions, conjunctions,
#: particles, adverbs, numerals, time and place words, pronouns, measure words.
_BOUNDARY_TAGS = ("v", "p", "c", "u", "d", "m", "t", "f", "r", "q", "y", "e", "o", "z", "zg", "ul", "uj", "ug",
                  "uv", "ud", "uz", "tg", "dg", "mq", "rr", "rz", "ry", "ns", "nr", "nt", "l", "i")
#: Verbs that name what a system does and so belong to its name (审批系统, 交换平台, 认证系统).
_SYSTEM_VERBS = {"审批", "监管", "交换", "认证", "感知", "计算", "识别", "共享", "监测", "展示", "调度", "办公", "协同",
                 "分析", "存储", "传输", "加密", "定位", "导航", "支付", "交易", "预警", "指挥", "联动", "评价", "登记",
                 "申报", "缴费", "结算", "检测", "追溯", "管控", "控制", "通信", "备份", "服务", "管理", "治理",
                 "交互", "采集", "处理", "发布", "审查", "核验", "呼叫", "受理", "执法", "巡检", "应急", "防控",
                 "查询", "查阅", "填报", "预约"}
#: Verbal nouns that lead into a system's name, not part of it (建设 + 一体化…平台, 推进 + …系统建设).
_LEAD_NOUNS = {"建设", "推进", "推动", "加强", "完善", "提升", "开展", "实施", "发展", "构建", "打造", "部署", "升级", "改造",
               "建立", "健全", "优化", "整合", "支持", "鼓励", "引导", "利用", "运用", "依托", "通过", "使用", "应用"}


def _modifier_start(text: str, at: int, cues, keep_places: bool = False) -> int:
    """Walk left from a head, word by word (jieba), to the start of its modifier: stop at a verb (unless it
    names what a system does: 审批, 交换, 认证 …), a lead word, a function word, a number or punctuation;
    at most four words and ten characters."""
    lo = at
    while lo > 0 and at - lo < 12 and _TERM_CHAR.match(text[lo - 1]):
        lo -= 1
    if lo == at:
        return at
    pos = at
    after = ""  # the word to the right of *word*, already in the modifier
    for word, tag in reversed(cut(text[lo:at])):
        tag = tag or "n"
        if tag == "v" and len(word) == 1 and len(after) == 1 and pos < at:
            tag = "n"  # 建立 + 采 + 砂 + 信息化监管系统: a one-character verb and noun jieba splits are one word (采砂, u46)
        if keep_places and tag in ("ns", "nr", "nt", "nz"):
            tag = "n"  # a zone's name is a place name (南汇, 洋山)
        if not keep_places and (tag == "vn" and word not in cues.list_verbs and word not in _LEAD_NOUNS or
                                tag == "l" and word.endswith("化") and len(word) == 3):
            tag = "n"  # 仲裁 + 服务 + 数字化平台, 应急管理 + 综合 + 平台, 一体化 + 市场监督管理平台: a verbal noun names the system
        if word in cues.list_verbs or (tag.startswith(_BOUNDARY_TAGS) and word not in _SYSTEM_VERBS) or \
                word.isdigit() or at - (pos - len(word)) > 10 or (at - pos) // 2 >= 4:
            break
        pos -= len(word)
        after = word
    return pos


def _bare(name: str, cues) -> bool:
    """Is *name*, before a zone suffix, no name at all: nothing, 市, or lead words (力争 + 经开区)?"""
    if name.endswith("市"):
        name = name[:-1]
    while name:
        verb = next((v for v in cues.list_verbs if name.startswith(v)), None)
        if verb is None:
            return False
        name = name[len(verb):]
    return True


#: Words that make a park a company's (灵泰药业富硒产业园), not a zone of the region.
_COMPANY_WORDS = frozenset(("药业", "集团", "公司", "股份", "实业", "制药", "科技"))


def _paired_places(name: str, cues) -> bool:
    """Does a zone's name open with two places' one-character names (深哈, 苏银, 穗港, 粤桂) or with 中 and a
    country's (中新, 中日, 中欧): a zone of their cooperation (深哈产业园, 中日产业合作园区)?"""
    a, b = name[:1], name[1:2]
    return len(name) >= 2 and a != b and (a == "中" and b in cues.country_initials or
                                          a in cues.region_initials and b in cues.region_initials)


def _place_zone_starts(text: str, at: int, cues) -> list[tuple[int, bool]]:
    """Where a zone's name before a weak suffix may begin, nearest first, each with whether the word before it
    is a firm boundary (的, 等, a number, a preposition, a verb that is no lead verb) that a name does not
    cross; a lead verb (推进, 融合, 发展 …) may sit inside a name (马东产城融合发展 + 示范区)."""
    lo = at
    while lo > 0 and at - lo < 14 and "\u4e00" <= text[lo - 1] <= "\u9fff":
        lo -= 1
    pos, starts = lo, [(lo, True)] if lo == 0 or not "\u4e00" <= text[lo - 1] <= "\u9fff" else []
    for word, tag in cut(text[lo:at]):
        pos += len(word)
        firm = word in ("的", "等") or tag == "v" and word not in cues.list_verbs or \
            (tag or "").startswith(("m", "p", "c", "u", "r", "d"))
        if word in cues.list_verbs or firm:
            starts.append((pos, firm))
    return [(p, firm) for p, firm in reversed(starts) if at - p >= 2]


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


#: The evidence a candidate term's confidence is read from (see :func:`evidence`); the model file
#: (``ontology/candidate-model.ttl``) weighs each one, and may weigh any technology head as ``head:<word>``.
EVIDENCE = ("quoted", "ascii", "weak", "repeated", "in_list", "length", "long", "opener", "tech_sign", "place",
            "ascii_in_cjk", "technologies")
_PLACE_CHAR = re.compile(r"[省市县区州旗镇]")


def evidence(term: str, found: list[Found], count: int, technologies: int, cues) -> dict[str, float]:
    """What a document says about a candidate term, as named numbers for the confidence model.

    Parameters
    ----------
    term : the candidate term.
    found : its occurrences in the document (pattern, base and whether in a list with known technologies).
    count : how many times the document has it.
    technologies : how many distinct lexicon technologies the document names.
    cues : the cue lists (technology heads, weak heads).

    Only the values that are not zero are returned (``head:平台`` names the head of a ``head`` term).
    """
    import math

    pattern = max(found, key=lambda f: f.base).pattern if found else "head"
    head = None
    if pattern == "head":
        head = max((h for h in cues.heads if term.endswith(h) and len(term) > len(h)), key=len, default=None)
    values = {
        "quoted": float(pattern == "quoted"), "ascii": float(pattern == "ascii"),
        "weak": float(head is not None and head in cues.weak_heads),
        "repeated": math.log(max(count, 1)), "in_list": float(any(f.in_list for f in found)),
        "length": len(term) / 10, "long": float(len(term) >= 9), "opener": float(term.startswith(_NAME_OPENERS)),
        "tech_sign": float(bool(_TECH_SIGN.search(term))),
        "place": float(pattern == "head" and bool(_PLACE_CHAR.search(term[:-2]))),
        "ascii_in_cjk": float(pattern != "ascii" and bool(re.search("[A-Za-z]", term))),
        "technologies": math.log(1 + technologies) / 3,
    }
    if head is not None:
        values[f"head:{head}"] = 1.0
    return {k: v for k, v in values.items() if v}


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic model of whether a reader would mark a candidate term as a technology.

    ``weights`` pairs evidence names (:data:`EVIDENCE`, ``head:<word>``) with their weights; the
    confidence is ``1 / (1 + exp(-(intercept + Σ weight × value)))``, rounded to two decimals.
    """

    intercept: float
    weights: tuple[tuple[str, float], ...]

    def confidence(self, values: dict[str, float]) -> float:
        import math

        z = self.intercept + sum(w * values.get(name, 0.0) for name, w in self.weights)
        return round(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))), 2)


MODEL_FILE = "candidate-model.ttl"


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ConfidenceModel:
    """Read the confidence model (default ``ontology/candidate-model.ttl``, written by
    ``tools/train_candidate_model.py``).  A weight for evidence that :func:`evidence` does not make is an
    error, not a silent zero."""
    from pathlib import Path

    import rdflib
    from rdflib.namespace import RDF

    from .errors import LexiconError
    from .namespaces import KG, ONTOLOGY_DIR

    file = Path(path) if path else ONTOLOGY_DIR / MODEL_FILE
    g = rdflib.Graph()
    try:
        g.parse(file, format="turtle")
    except FileNotFoundError:
        raise LexiconError(f"{file}: no such model file") from None
    except Exception as exc:  # rdflib raises many parser exception types
        raise LexiconError(f"{file.name}: not valid Turtle ({exc})") from None
    models = sorted(g.subjects(RDF.type, KG.ConfidenceModel), key=str)
    if len(models) != 1:
        raise LexiconError(f"{file.name}: needs exactly one kg:ConfidenceModel, found {len(models)}")
    model = models[0]
    try:
        intercept = float(g.value(model, KG.intercept))
        weights = []
        for node in g.objects(model, KG.evidenceWeight):
            name, weight = str(g.value(node, KG.evidenceName)), float(g.value(node, KG.weight))
            if name not in EVIDENCE and not name.startswith("head:"):
                raise LexiconError(f"{file.name}: unknown evidence {name!r} (known: {', '.join(EVIDENCE)}, head:<word>)")
            weights.append((name, weight))
    except (TypeError, ValueError):
        raise LexiconError(f"{file.name}: every weight needs kg:evidenceName and a numeric kg:weight, "
                           f"and the model a numeric kg:intercept") from None
    return ConfidenceModel(intercept, tuple(sorted(weights)))


def score(found: list[Found], counts: dict[str, int], technologies: int = 0, cues=None,
          model: ConfidenceModel | None = None) -> float:
    """Confidence of a candidate term from all its occurrences in a document: the model's reading of its
    :func:`evidence` (see :class:`ConfidenceModel`).

    The model is trained on the development set's gold files by ``tools/train_candidate_model.py``
    (logistic regression; its file records the data and the cross-validated comparison with the rules it
    replaced, which started from each pattern's precision and added fixed bonuses for repetition and lists).
    """
    if cues is None:
        from .extract import load_cues

        cues = load_cues()
    n = counts.get(found[0].term, len(found))
    return (model or load_model()).confidence(evidence(found[0].term, found, n, technologies, cues))
