"""Stage 1: decoding, the normalised view and its offset map."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import decode_bytes, document_from_bytes, document_from_text, normalise, read_document

SAMPLE = "“十四五”国家信息化规划\n  一、现状与形势\n建设泛在智能的网络连接设施。加快5G商用。\n"


@pytest.mark.parametrize("encoding, data", [
    ("utf-8", SAMPLE.encode("utf-8")),
    ("utf-8-sig", codecs.BOM_UTF8 + SAMPLE.encode("utf-8")),
    ("gb18030", SAMPLE.encode("gbk")),
    ("gb18030", SAMPLE.encode("gb18030")),
    ("utf-16", SAMPLE.encode("utf-16")),  # with BOM
    ("utf-16-le", ("plan 5G IPv6 " * 20).encode("utf-16-le")),  # BOM-less, ASCII-heavy
])
def test_decodes_and_says_which(encoding, data):
    text, used = decode_bytes(data)
    assert used == encoding
    assert "5G" in text


def test_bom_is_not_part_of_the_text():
    doc = document_from_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "x.txt")
    assert doc.text == SAMPLE


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\t \n", "empty"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"abc\x80\xff\x80" * 5, "decode"),
])
def test_bad_bytes_raise_one_clear_error(data, message):
    with pytest.raises(InputError, match=message):
        document_from_bytes(data, "bad.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


def test_normalise_removes_debris_and_maps_offsets_back():
    text = "内在要?求,由52.6%提升到?96%,2020?年。市场配臵资源\u3000（一）５Ｇ"
    norm, idx = normalise(text)
    assert "要求" in norm and "提升到96%" in norm and "2020年" in norm
    assert "配置" in norm and "(一)5G" in norm and " " in norm
    assert len(idx) == len(norm) + 1 and idx[-1] == len(text)
    for i, ch in enumerate(norm):  # every normalised char comes from the original one it maps to
        orig = text[idx[i]]
        assert orig == ch or ch in " (置" or orig in "（）５Ｇ"


def test_levels_in_square_brackets_read_as_round_ones():
    # 四川's notes write 各市〔州〕人民政府; a document's number keeps its brackets
    text = "（责任单位：财政厅，各市〔州〕人民政府、各县〔市、区〕人民政府）川发改环资〔2026〕47号"
    norm, idx = normalise(text)
    assert "各市(州)人民政府" in norm and "各县(市、区)人民政府" in norm and "〔2026〕" in norm
    assert len(norm) == len(text) and list(idx) == list(range(len(text) + 1))


def test_question_mark_in_english_is_kept():
    norm, _ = normalise("What?Next and 为什么?")
    assert norm == "What?Next and 为什么?"


def test_crlf_text_keeps_original_offsets():
    doc = document_from_bytes("第一句。\r\n第二句。\r\n".encode("utf-8"), "crlf.txt")
    assert "\r" not in doc.norm
    b, e = doc.orig_span(doc.norm.index("第二句"), doc.norm.index("第二句") + 4)
    assert doc.text[b:e] == "第二句。"


def test_seed_is_utf8_and_debris_is_gone(seed_doc):
    assert seed_doc.encoding == "utf-8"
    assert "要?求" in seed_doc.text and "要?求" not in seed_doc.norm
    assert "到?96%" in seed_doc.text and "到96%" in seed_doc.norm
    assert "配臵" in seed_doc.text and "配臵" not in seed_doc.norm
    assert seed_doc.doc_id == "000_732c510093841962"


def test_doc_id_is_stable_for_non_ascii_names(tmp_path):
    p = tmp_path / "十四五 规划.txt"
    p.write_text(SAMPLE, encoding="utf-8")
    a = read_document(p).doc_id
    b = read_document(p).doc_id
    assert a == b and a.startswith("doc-")


def test_traditional_chinese_is_matched_as_simplified_but_kept_as_written():
    from kg.extract import extract
    from kg.ingest import document_from_text
    from kg.structure import parse_structure

    text = ("“十四五”國家信息化規劃\n一、重大任務和重點工程\n（一）建設泛在智聯的數字基礎設施體系\n"
            "建設泛在智能的網絡連接設施。加快5G和物聯網的協同部署，實施北斗產業化重大工程，構建區塊鏈基礎設施。\n")
    doc = document_from_text(text)
    assert doc.script == "traditional" and "区块链" in doc.norm and doc.text == text
    tree = parse_structure(doc)
    assert tree.tasks()[0].title == "建設泛在智聯的數字基礎設施體系"  # labels keep the original script
    mentions = {m.iri.rsplit("/", 1)[-1]: m.surface for m in extract(tree).mentions}
    assert mentions == {"5g": "5G", "iot": "物聯網", "beidou": "北斗", "blockchain-infra": "區塊鏈基礎設施",
                        "digital-infrastructure": "數字基礎設施"}


def test_simplified_text_is_left_alone(seed_doc):
    assert seed_doc.script == "simplified"


# ---------------------------------------------------------------------------- issue 11: Big5 vs GBK
TRADITIONAL = """數位國家創新經濟發展方案（2017-2025年）
一、計畫緣起
為因應數位經濟發展趨勢，行政院推動「數位國家創新經濟發展方案」，以建構有利數位創新之基礎環境、打造高速寬頻網路與服務，並強化資訊安全。
二、推動策略
（一）建設寬頻網路基礎設施，加速5G行動通訊與物聯網之整合應用。
（二）發展人工智慧、雲端運算及大數據產業，培育跨領域數位人才。
"""
#: Simplified lines whose GBK bytes are also valid Big5 (they decode, as mojibake, with either codec).
SIMPLIFIED_BIG5_VALID = """“十四五”国家信息化规划
  (一)建设泛在智联的数字基础设施体系
  (二)建立高效利用的数据要素资源体系
  (五)构建产业数字化转型发展体系
  (六)构筑共建共治共享的数字社会治理体系
"""


def test_big5_is_decoded_as_big5():
    data = TRADITIONAL.encode("big5")
    text, used = decode_bytes(data)
    assert used == "big5"
    assert text == TRADITIONAL
    doc = document_from_bytes(data, "tw.txt")
    assert doc.script == "traditional" and "数位国家" in doc.norm


def test_gbk_that_is_also_valid_big5_stays_gbk():
    data = SIMPLIFIED_BIG5_VALID.encode("gbk")
    assert data.decode("big5")  # valid Big5 bytes: only the meaning tells
    text, used = decode_bytes(data)
    assert used == "gb18030" and text == SIMPLIFIED_BIG5_VALID
    assert document_from_bytes(data, "cn.txt").script == "simplified"


def test_text_that_reads_as_nothing_in_either_is_refused_in_one_line():
    # rare characters from Big5's second level: mojibake in GBK, and nothing a plan says in Big5
    rare = bytes(b for i in range(60) for b in (0xD0 + i % 20, 0x40 + (i * 7) % 0x3F)) + b"\n"
    assert rare.decode("gb18030") and rare.decode("big5")
    with pytest.raises(InputError, match="GB18030.*Big5|Big5.*GB18030") as err:
        decode_bytes(rare)
    assert "\n" not in str(err.value)


def test_markdown_escapes_lose_their_backslash_and_keep_offsets():
    # 深圳's low-altitude plan saved as Markdown (dev-bb): each note in escaped brackets, \[市交通运输局、…\]
    text = "需求。\\[市交通运输局、各区政府\\] 1\\. 总体 C:\\data"
    norm, offsets = normalise(text)
    assert norm == "需求。[市交通运输局、各区政府] 1. 总体 C:\\data"
    at = norm.index("市交通")
    assert text[offsets[at]:offsets[at] + 3] == "市交通"


def test_the_blank_between_two_bold_runs_inside_chinese_text_is_dropped():
    """福建's charging plan, line 96: **（十三** **）提升** **创新示范应用水平。** — the blanks between bold runs split
    the item's number; Chinese holds no blank there. Blanks between ASCII words stay."""
    assert normalise("**（十三** **）提升** **创新示范应用水平。** 推广有序充电")[0] == "(十三)提升创新示范应用水平。 推广有序充电"
    assert normalise("**（三）** **建设结构完善的**城市充电网络。")[0] == "(三)建设结构完善的城市充电网络。"
    assert normalise("**A** **B**")[0] == "A B"
    text = "**（十三** **）提升**"
    norm, offsets = normalise(text)
    assert norm == "(十三)提升" and text[offsets[3]] == "）"  # (the norm view maps back to the original)


# --------------------------------------------------------------------------------------------------------
# Web pages saved as HTML (round 31)

def test_a_web_page_is_read_as_the_text_it_shows():
    from kg.ingest import document_from_bytes, html_to_text

    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>关于印发某市行动方案的通知_政策文件_某市人民政府</title>"
            "<script>var s = '<p>不是正文</p>';</script><style>p{color:red}</style></head><body>"
            "<nav>首页 | 政务公开</nav><h1>某市行动方案</h1><p>一、重点任务</p>"
            "<p>（一）加快&nbsp;5G&nbsp;网络建设。推进基站建设。<br>（责任单位：市工信局）</p>"
            "<table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr>"
            "<tr><td>1</td><td><p>建设数据中心</p><p>（二期）</p></td><td>市大数据局</td></tr></table>"
            "<footer>版权所有 某ICP备1号</footer></body></html>")
    text = html_to_text(page)
    assert text.splitlines()[0] == "关于印发某市行动方案的通知_政策文件_某市人民政府"
    assert "不是正文" not in text and "color" not in text and "首页" not in text and "ICP" not in text
    assert "（一）加快 5G 网络建设。推进基站建设。\n\n（责任单位：市工信局）" in text
    assert "| 序号 | 任务 | 牵头单位 |\n\n| 1 | 建设数据中心 （二期） | 市大数据局 |" in text
    doc = document_from_bytes(page.encode("utf-8"), "page.html")
    assert doc.markup == "html" and doc.text == text and doc.encoding == "utf-8"
    # a <title> that is the site's name, not a document's, is left out: the page's own heading comes first
    site = html_to_text("<html><head><title>某市人民政府门户网站</title></head><body><h1>某市数据条例</h1>"
                        "<p>第一条 为了规范数据。</p></body></html>")
    assert site.splitlines()[0] == "某市数据条例"
    # a page that never closes its tags reads without end of recursion
    deep = "<html><body>" + "<div><font>" * 5000 + "<p>第一条 为了规范数据。</p></body></html>"
    assert html_to_text(deep).strip() == "第一条 为了规范数据。"
    # a Markdown copy with <br> inside a table cell, or a comment, is no web page
    assert document_from_bytes("| 一、任务<br>（一）建设。 |\n<!-- INFO END -->\n".encode("utf-8"), "x.md").markup == "text"


def test_the_breaks_of_a_text_wrapped_at_a_fixed_width():
    from kg.ingest import wrap_breaks

    para = "推进工业互联网平台建设，支持企业上云上平台，培育一批面向重点行业的工业互联网平台，形成可复制可推广的经验。" * 12
    lines = [para[k:k + 30] for k in range(0, len(para), 30)]
    text = "一、重点任务\n" + "\n".join(lines) + "\n（一）加快5G网络建设。\n"
    breaks = wrap_breaks(text)
    assert len(breaks) >= len(lines) - 3 and all(text[b] == "\n" for b in breaks)
    assert text.index("\n（一）") not in breaks and text.index("\n") not in breaks  # a heading's line is its own
    # a text of paragraphs, one a line, has no such breaks
    assert wrap_breaks("\n".join([para] * 20)) == []


@pytest.mark.parametrize("number", ["6", "— 6 —", "- 6 -", "第6页"])
def test_a_page_s_number_inside_a_wrapped_sentence_is_dropped(number):
    """(u36) 可信数据空间发展行动计划 copied from its PDF: …认证体系的全 / 6 / (blank) / 球适用。 — the page broke the
    word 全球; its number and the blank line go, the sentence is one; a number after a sentence's end stays."""
    from kg.ingest import normalise

    para = "推进工业互联网平台建设，支持企业上云上平台，培育一批面向重点行业的工业互联网平台，形成可复制可推广的经验。" * 12
    lines = [para[k:k + 30] for k in range(0, len(para), 30)]
    cut = lines.index(next(ln for ln in lines[5:] if not ln.endswith("。")))
    text = "一、重点任务\n" + "\n".join(lines[:cut + 1]) + f"\n{number}\n\n" + "\n".join(lines[cut + 1:]) + "\n"
    norm, offsets = normalise(text)
    assert para.replace("，", ",") in norm and number not in norm
    kept = "一、重点任务\n" + para + "\n" + number + "\n\n二、保障措施\n"
    assert number in normalise(kept)[0]


def test_a_page_s_number_between_paragraphs_of_a_wrapped_text_is_dropped():
    """(u56, 物流网建设实施方案 copied from its PDF) a page that ended with a paragraph left its number between that
    paragraph and the next (…请示报告。/ 8 / (blank)), and at the end: "8" was a sentence of the last chapter."""
    from kg.ingest import normalise

    para = "推进工业互联网平台建设，支持企业上云上平台，培育一批面向重点行业的工业互联网平台，形成可复制可推广的经验。" * 6
    lines = [para[k:k + 30] for k in range(0, len(para), 30)]
    text = "一、重点任务\n" + "\n".join(lines) + "\n7\n\n" + "\n".join(lines) + "\n8\n\n"
    norm, offsets = normalise(text)
    assert "\n7" not in norm and "\n8" not in norm and norm.count(para.replace("，", ",")) == 2
    assert offsets[norm.index(para.replace("，", ","), 40)] == text.index("\n7\n") + 4  # (the number and blank dropped)


def test_a_form_feed_at_a_page_s_start_is_dropped():
    """(u63, 工业互联网和人工智能融合赋能行动方案 copied from its PDF) a page's text opens with a form feed: the sentence
    the page broke mid-word was joined as 工业大模\f型, so 大模型 was missed; the form feed goes like a ``\r``."""
    from kg.ingest import normalise

    para = "推进工业互联网平台建设，支持企业上云上平台，培育一批面向重点行业的工业互联网平台，形成可复制可推广的经验。" * 6
    lines = [para[k:k + 30] for k in range(0, len(para), 30)]
    broken = ("助力形成一批面向原材料、高端装备、消费品、电子信息等重点行业的")[:26] + "工业大模"  # (a full line)
    text = "一、重点任务\n" + "\n".join(lines) + "\n" + "\n".join(lines) + "\n" + broken + "\n4\n\n\f型，开发一批专用小模型。\n"
    norm, offsets = normalise(text)
    assert "工业大模型,开发" in norm and "\f" not in norm
    at = norm.index("型,开发")
    assert text[offsets[at]] == "型"  # (offsets still point at the original text)


def _indented_pdf(paragraphs: list[str], width: int = 28) -> list[str]:
    """Paragraphs wrapped at *width* as a PDF's copy sets them: each paragraph's first line indented by two blanks."""
    lines = []
    for p in paragraphs:
        text = "  " + p
        lines += [text[k:k + width] for k in range(0, len(text), width)]
    return lines


def test_a_sentence_ending_a_full_line_goes_on_unindented_in_a_copy_of_indented_paragraphs():
    """(u67, “十四五”软件和信息技术服务业发展规划 copied from its PDF) …加快突破编程语言开发框架，丰富第三方库。 filled its
    line and the paragraph went on, unindented, with 大力发展云计算…: a new action “大力发展…” was made of it; in a
    copy whose paragraphs open indented, such a line goes on."""
    from kg.ingest import normalise

    paras = ["推进工业互联网平台建设，支持企业上云上平台，培育一批面向重点行业的工业互联网平台，形成可复制可推广的经验，推动企业"
             "数字化转型。"] * 30
    lines = _indented_pdf(paras)
    full = "  强化基础组件供给。推进操作系统、浏览器、工业软件等软件内核的研发。"[:27] + "。"  # (a sentence ends the line)
    assert len(full) == 28
    text = "\n".join(lines) + "\n" + full + "\n大力发展云计算、大数据等新兴平台软件开发框架。\n" + "\n".join(lines) + "\n"
    norm = normalise(text)[0]
    assert "。大力发展云计算" in norm
    flush = "\n".join(p[k:k + 28] for p in paras for k in range(0, len(p), 28))  # (paragraphs not indented: kept apart)
    assert "。大力发展" not in normalise(flush + "\n" + full.strip() + "\n大力发展云计算。\n" + flush)[0]


def test_a_centred_line_and_a_table_of_contents_entry_wrap_nothing():
    """(u67) a box's title centred on its line (          专栏 2 新兴平台软件锻长板) and an entry of a table of contents
    (（五）深化国际开放合作 ……… 21) reach the page's width only by their blanks or leaders: they were joined with the
    next line (the box's first paragraph, the plan's first sentence)."""
    from kg.ingest import normalise

    paras = ["推进工业互联网平台建设，支持企业上云上平台，培育一批面向重点行业的工业互联网平台，形成可复制可推广的经验"] * 20
    lines = _indented_pdf(paras)
    text = "\n".join(lines[:10]) + "\n           专栏 2 新兴平台软件锻长板\n\n  云计算。加快超大规模分布式存储。\n" + \
        "  （五）深化国际开放合作 ............ 21\n软件是新一代信息技术的灵魂。\n" + "\n".join(lines[10:]) + "\n"
    norm = normalise(text)[0]
    assert "锻长板\n" in norm and "21\n软件" in norm


def test_blanks_a_crawled_pdf_leaves_inside_words_of_prose_go():
    """吉林省电动汽车充换电基础设施发展规划 (dev), a crawl of a PDF: 和今后一个时期加 快电动汽车推广应用, 推进能源消费 革命;
    废旧动力电池回收利用管理办法 (dev): 动力 电池企业应当…, 新能源 汽车生产企业. Blanks between Chinese characters in
    lines of prose go when a text is full of them; a line without punctuation keeps its blanks (issuers, a title),
    and so does a text with a few."""
    from kg.ingest import normalise

    prose = "新能源 汽车生产企业应当建立动力 电池回收服务网点，和今后一个时期加 快电动汽车推广应用，推进能源消费 革命。"
    text = "国家发展改革委 国家数据局 财政部\n" + "\n".join([prose] * 10) + "\n"
    norm = normalise(text)[0]
    assert "新能源汽车生产企业应当建立动力电池回收服务网点" in norm and "加快电动汽车" in norm
    assert norm.startswith("国家发展改革委 国家数据局 财政部\n")
    few = "第一条 为了加强管理，制定本办法。\n" + "推进工业互联网平台建设，支持企业上云上平台。\n" * 100 + prose + "\n"
    assert "新能源 汽车" in normalise(few)[0]  # (one such line in a long text: left as written)
    assert "第一条 为了" in normalise("第一条 为了加强管理，制定本办法。\n" + "\n".join([prose] * 10))[0]


def test_the_blanks_between_cells_of_a_task_table_crawled_onto_one_line_stay():
    """平潭…打赢蓝天保卫战三年行动计划实施方案 (dev-bt), its annex table crawled onto one line: …规划环评。 区环土局
    区经发局、各片区项目建设指挥部 2.落实落后产能退出 全面落实… The blank between two cells of units, after a row's
    numbered title and around a header's cells stays (the lead and supporting units were read as one body, 环土局区经发局);
    the blanks a PDF leaves inside words of prose still go."""
    from kg.ingest import normalise

    prose = "新能源 汽车生产企业应当建立动力 电池回收服务网点，和今后一个时期加 快电动汽车推广应用，推进能源消费 革命。"
    row = ("重点任务 工作措施 牵头单位 参与单位 一、调整优化产业结构 1.优化产业布局 完成生态环境准入清单编制工作。"
           "依法推进规划环评。 区环土局 区经发局、各片区项目建设指挥部 2.落实落后产能退出 全面落实指导意见。 区经发局 "
           "区环土局、市场监管局 ")
    norm = normalise(" ".join([prose] * 10) + row)[0]
    assert "区环土局 区经发局、各片区项目建设指挥部" in norm and "区经发局 区环土局、市场监管局" in norm
    assert "1.优化产业布局 完成" in norm and "牵头单位 参与单位 一、调整" in norm
    assert "加快电动汽车" in norm and "新能源汽车生产企业" in norm


# ------------------------------------------------------------------------------------------------ PDF
PDF = Path(__file__).parent / "fixtures" / "plan-5g-beidou.pdf"  # printed by Chromium from fixtures/sources/…pdf.html


def test_a_pdf_is_read_as_its_paragraphs():
    """A two-page A5 PDF (a made-up municipal notice and its plan, printed by headless Chromium with page numbers
    — 1 — in its footer): the title broken over three centred lines is one line, each paragraph wrapped over
    several lines is one, the paragraph broken by the page break goes on, the page numbers are gone, and the spaces
    the PDF puts around digits in a justified line (到 2026年, 建成  5G) are dropped."""
    doc = read_document(PDF)
    assert doc.markup == "pdf"
    lines = doc.text.splitlines()
    assert lines[0] == "某市人民政府办公室关于印发某市推进5G和北斗融合应用三年行动方案（2024—2026年）的通知"
    assert lines[1] == "某政办发〔2024〕12号"
    assert "（一）加快5G网络建设。到2026年，全市累计建成5G基站5000个以上，实现城区、乡镇和重点园区5G网络连续覆盖，" \
           "推进千兆光网和5G协同发展。（牵头单位：市工业和信息化局；配合单位：市自然资源局、市住房城乡建设局）" in lines
    assert any(ln.startswith("（三）培育融合应用场景。") and ln.endswith("（责任单位：市发展改革委、市财政局）") for ln in lines)
    assert "某市人民政府办公室" in lines and "2024年3月1日" in lines  # the signature's lines stay apart
    assert not any("—" in ln and ln.strip("— 0123456789") == "" for ln in lines)


def _pdf_bytes(writer) -> bytes:
    import io

    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _encrypted(user_password: str) -> bytes:
    import pypdf

    w = pypdf.PdfWriter(clone_from=pypdf.PdfReader(PDF))
    w.encrypt(user_password=user_password, owner_password="owner")
    return _pdf_bytes(w)


def test_pdfs_that_cannot_be_read_are_clear_errors():
    import pypdf

    with pytest.raises(InputError, match=r"^x\.pdf: not a readable PDF \("):
        document_from_bytes(b"%PDF-1.7\n garbage", "x.pdf")
    blank = pypdf.PdfWriter()
    blank.add_blank_page(width=420, height=595)
    with pytest.raises(InputError, match=r"^scan\.pdf: a PDF with no text layer \(a scan: run OCR on it first\)$"):
        document_from_bytes(_pdf_bytes(blank), "scan.pdf")
    with pytest.raises(InputError, match=r"^locked\.pdf: an encrypted PDF"):
        document_from_bytes(_encrypted("secret"), "locked.pdf")
    # a PDF encrypted with an owner password alone opens for reading, as viewers open it
    assert document_from_bytes(_encrypted(""), "open.pdf").text == read_document(PDF).text


def _fragmented(plan: str) -> str:
    """*plan* broken as a PDF's text runs come out of some extractors (内蒙古绿电直连 plan, dev): a heading's number alone
    on its line, then its title, then the body in runs of a few characters, punctuation opening many runs."""
    out = []
    for line in plan.split("\n"):
        m = re.match(r"([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.*)", line)
        if m:
            out += [m.group(1), m.group(2)]
            continue
        run = ""
        for ch in line:
            if ch in "，。；" and run:
                out.append(run)
                run = ""
            run += ch
            if len(run) >= 6 and ch not in "，。；":
                out.append(run)
                run = ""
        if run:
            out.append(run)
    return "\n".join(out) + "\n"


def test_a_text_broken_into_fragments_is_joined_back_into_its_headings_and_paragraphs():
    from kg.ingest import document_from_text, fragment_breaks
    from kg.structure import parse_structure

    body = "".join(f"（{n}）{t}\n项目单位应当按照规定开展电力系统安全风险评估，确保电网安全稳定运行；电网企业 负责接网服务。\n"
                   for n, t in (("一", "强化源荷匹配"), ("二", "创新建设模式"), ("三", "强化运行管理"), ("四", "强化规划统筹")))
    plan = ("内蒙古自治区绿电直连项目开发建设实施方案\n一、总体要求\n坚持以荷定源，推动新能源就近消纳，服务产业绿色转型。\n"
            f"二、实施要求\n{body}三、保障措施\n自治区能源局会同有关部门加强统筹协调，及时研究解决重大问题。\n")
    text = _fragmented(plan)
    assert len(text.split("\n")) > 60 and fragment_breaks(text)
    tree = parse_structure(document_from_text(text))
    titles = {u.title for u in tree.units if u.kind == "heading"}
    assert {"总体要求", "实施要求", "强化源荷匹配", "强化运行管理", "保障措施"} <= titles
    assert any("项目单位应当按照规定开展电力系统安全风险评估" in s.norm for s in tree.sentences)
    assert any("电网企业负责接网服务" in s.norm for s in tree.sentences)  # (the blank between two runs dropped)
    # a plan laid out as written keeps its line breaks
    assert not fragment_breaks(plan * 3)
    # a page's toolbar above the title keeps its lines; the title, the date line and the number stand whole
    page = ("通知公告\n返回首页\n页面放大\n页面缩小\n语音播报\n"
            "内蒙古自治区能源局关于印发《内蒙古自治区绿电直连项目开发建设实施方案（试行）》的通知\n"
            "发布日期：2026-01-14\n内能源新能发\n〔\n2\n026\n〕\n1\n号\n各盟市能源局：\n")
    tree = parse_structure(document_from_text(page + text.split("\n", 4)[-1]))
    assert tree.title == "内蒙古自治区能源局关于印发《内蒙古自治区绿电直连项目开发建设实施方案（试行）》的通知"
    assert tree.number == "内能源新能发〔2026〕1号"


def test_a_web_page_whose_chapters_are_unnumbered_subheadings_keeps_them():
    """A plan published as HTML with its chapters as <h2> lines (总体要求, 重点任务, 保障措施) over items （一）…（五）
    numbered through the text (u44 user trial: such a page read no chapters, every item hung under the title)."""
    from kg.ingest import document_from_bytes, html_to_text
    from kg.structure import parse_structure

    page = ("<html><head><title>某市数字经济发展行动方案</title></head><body><h1>某市数字经济发展行动方案</h1>"
            "<p>为加快数字经济发展，制定本方案。</p><h2>总体要求</h2><p>（一）指导思想。坚持创新驱动。</p>"
            "<p>（二）主要目标。到2025年，建成5G基站1万个。</p><h2>重点任务</h2>"
            "<p>（三）加快5G网络建设。推进基站建设。（责任单位：市工信局）</p>"
            "<p>（四）发展区块链产业。建设区块链平台。</p><h2>保障措施</h2><p>（五）加强组织领导。各区要落实责任。</p>"
            "<h3></h3></body></html>")
    text = html_to_text(page)
    assert "\n\n## 重点任务\n\n" in text and "##\n" not in text and text.startswith("某市数字经济发展行动方案\n")
    tree = parse_structure(document_from_bytes(page.encode("utf-8"), "plan.html"))
    assert [(u.id, u.title) for u in tree.units if u.kind == "heading" and u.level == 1] == [
        ("§1", "总体要求"), ("§2", "重点任务"), ("§3", "保障措施")]
    assert [u.id for u in tree.tasks()] == ["§2(三)", "§2(四)"]


def test_a_page_that_carries_the_document_twice_for_desktop_and_phone_is_read_once():
    """gov.cn's pages hold the body twice, <div class="pages_content mhide"> for desktops and
    <div class="pages_contentm pchide"> for phones (u45 user trial: a saved 商务部等8部门…实施意见 built 10 tasks and
    34 actions where its text has 5 and 17, the second copy read as a part P2)."""
    from kg.ingest import document_from_bytes, html_to_text
    from kg.structure import parse_structure

    body = ("<p>某部门关于加快人工智能发展的实施意见</p><p>为加快人工智能发展，提出如下意见。</p><p>一、总体要求</p>"
            "<p>以习近平新时代中国特色社会主义思想为指导，推动人工智能与实体经济深度融合，培育新质生产力。</p>"
            "<p>二、重点任务</p><p>（一）建设算力设施。统筹建设智能算力中心，推动算力互联互通，提升算力供给能力。</p>"
            "<p>（二）推广行业应用。推动人工智能在制造、交通、医疗等领域深度应用，打造一批典型场景。</p>"
            "<p>（三）完善数据供给。推动公共数据开放共享，建设高质量行业数据集，培育数据标注产业。</p>"
            "<p>三、保障措施</p><p>各地区各部门要加强组织领导，细化工作举措，确保各项任务落到实处。</p>"
            "<p>某部</p><p>2026年6月9日</p>")
    page = ("<html><head><title>某部门关于加快人工智能发展的实施意见</title></head><body>"
            f"<div class='pages_content mhide'>{body}</div><div class='pages_contentm pchide'>{body}</div>"
            "<div class='site'>主办单位：某部</div><div class='footer'>版权所有：某部</div></body></html>")
    text = html_to_text(page)
    assert text.count("（一）建设算力设施") == 1 and text.count("\n\n某部\n\n") == 1 and "主办单位：某部" in text
    assert "版权所有" not in text  # (a footer's class leaves it out, u46)
    tree = parse_structure(document_from_bytes(page.encode("utf-8"), "twice.html"))
    assert [u.title for u in tree.tasks()] == ["建设算力设施", "推广行业应用", "完善数据供给"]
    assert not [u for u in tree.units if u.part > 1]
    # a few lines a page repeats (a heading, a short notice) are the page's own, not a second copy
    page2 = ("<html><body><p>一、重点任务</p><p>（一）建设算力设施。推动算力互联互通。</p><p>一、重点任务</p>"
             "<p>（一）建设算力设施。推动算力互联互通。</p></body></html>")
    assert html_to_text(page2).count("（一）建设算力设施") == 2


@pytest.mark.parametrize("name, data, message", [
    ("fake.docx", "这不是Word文件，只是文本。".encode("utf-8"), "not a Word document (.docx): it holds no ZIP archive"),
    ("prog.pdf", b"\x7fELF\x02\x01\x01" + bytes(200), "not a PDF document: it does not open with %PDF-"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "a Word 97–2003 (.doc) or other Office binary file"),
])
def test_a_file_that_is_not_what_its_name_says_is_refused_by_name(name, data, message):
    # u45 user trial: a text file named .docx was read as text (a warning, exit 0), a program named .pdf was
    # "not a text document"
    with pytest.raises(InputError, match=re.escape(f"{name}: {message}")):
        document_from_bytes(data, name)
    # the same text under a text name reads as it always did
    assert document_from_bytes("这不是Word文件，只是文本。".encode("utf-8"), "fake.txt").markup == "text"


def test_a_page_s_footer_share_box_and_breadcrumb_are_left_out_by_their_class():
    """gov.cn's 商务部等8部门…实施意见 page (u46 user trial): its footer's site links (<div class="newfooter">: 链接：全国人大 |
    全国政协 | 最高人民法院 …) became responsible units of the closing words, its share box (<div class="share-box">)
    repeated the title and first paragraph after the signature, its breadcrumb (首页 > 政策 > …) opened the text."""
    from kg.ingest import html_to_text

    page = ("<html><body><div class='header_toolbar'><a>首页</a>|<a>简</a></div>"
            "<div class='BreadcrumbNav'>首页 > 政策 > 国务院政策文件库</div>"
            "<div class='pages_content'><p>某部关于加快人工智能发展的实施意见</p><p>一、总体要求</p>"
            "<p>推动人工智能与消费深度融合。</p><p>某部</p><p>2026年6月9日</p></div>"
            "<div class='newfooter'><p>链接：</p><p>全国人大</p><p>|</p><p>全国政协</p></div>"
            "<div class='share-box'><div class='share-title'>某部关于加快人工智能发展的实施意见</div>"
            "<div class='share-substr'>推动人工智能与消费深度融合。</div></div>"
            "<div class='content'><p>（此件公开发布）</p></div></body></html>")
    text = html_to_text(page)
    assert text.splitlines()[0] == "某部关于加快人工智能发展的实施意见"
    assert "全国人大" not in text and "首页" not in text and text.count("推动人工智能与消费深度融合") == 1
    assert "（此件公开发布）" in text  # (a class that only holds the word "content" is the page's content)


def test_a_footnote_s_mark_inside_a_wrapped_sentence_is_dropped():
    """(u69) 石油天然气发展“十五五”规划 copied from its PDF: …新增油气长输管 / ① / (blank) / 道 2 万公里，… — the mark of a
    footnote broke the sentence in three (…长输管, ①, 道 2 万公里…) and its target was missed."""
    from kg.ingest import normalise

    para = "推进工业互联网平台建设，支持企业上云上平台，培育一批面向重点行业的工业互联网平台，形成可复制可推广的经验。" * 6
    lines = [para[k:k + 30] for k in range(0, len(para), 30)]
    broken = "2030 年，国内油气供应量 4.4 亿吨油当量，新增油气长输管"
    broken = broken + "管" * (30 - len(broken))
    text = "一、总体要求\n" + "\n".join(lines) + "\n" + broken + "\n①\n\n道 2 万公里，全国油气长输管网规模达 22 万公里。\n" + \
        "\n".join(lines) + "\n"
    norm = normalise(text)[0]
    # (the blanks around a number inside Chinese prose go since the fifty-ninth round: 到 2028 年, u102)
    assert "管道2万公里" in norm and "\n①" not in norm


def test_a_copy_read_by_ocr_loses_its_blanks_everywhere():
    """(u73) 工业绿色低碳发展“十五五”规划 as a copy read by OCR: blanks beside nearly every word and ASCII commas (推 动产业
    结构和 用 能 结构 ,加 快 …, (一 ), 三 、): the rule for a crawl's blanks needs a line's Chinese punctuation and left them all,
    so 大 数据 and 工业 互联网 were not found and labels kept the blanks. When blanks are everywhere (100 in 1,000
    characters or more) every one beside a Chinese character goes."""
    from kg.ingest import normalise
    from kg.structure import display_text

    text = ("三 、加 强组织 实施\n\n工业和 信息 化 部 统筹 做 好 组 织 实 施 ,推 动 大 数据 、工 业 互联网 在 重点 行业 应 用 。\n"
            "(一 ) 深入实施工业 领域碳达 峰 行动\n") * 5
    norm = normalise(text)[0]
    assert norm.startswith("三、加强组织实施\n\n工业和信息化部统筹做好组织实施,推动大数据、工业互联网在重点行业应用。\n(一)深入实施")
    assert display_text("推 动产业 结构和 用 能 结构 协同 转型") == "推动产业结构和用能结构协同转型"
    assert display_text("国家发展改革委 国家数据局") == "国家发展改革委 国家数据局"  # (two names, one blank: as written)


def test_a_heading_s_number_alone_on_its_line_joins_its_title():
    """(u73) 工业绿色低碳发展“十五五”规划 read by OCR: (一 ) / 深入实施工业领域碳达峰行动 — the number on a line of its own, the
    title on the next: the sections were not read and every item fell under 二、重点任务. The break goes; a number
    followed by a sentence, a list item or another number keeps it."""
    from kg.ingest import normalise

    text = ("二、重点任务\n\n（一）\n\n深入实施工业领域碳达峰行动\n\n以碳达峰碳中和目标为引领，协同推进。\n\n（二 )\n提升产业绿色价值创造能力\n\n"
            "第三章\n总则\n\n三、\n\n1. 推动产业结构协同转型。\n\n（三）\n\n加快推进传统产业绿色转型，实施改造升级行动。\n")
    norm = normalise(text)[0]
    assert "(一)深入实施工业领域碳达峰行动\n" in norm and "(二)提升产业" in norm and "第三章总则\n" in norm
    assert "三、\n\n1. 推动" in norm and "(三)\n\n加快推进" in norm


def test_a_picture_of_a_box_on_a_web_page_is_an_image_artifact_not_an_icon():
    """(u81) 关于促进人工智能与能源双向赋能的行动方案 on gov.cn: <img title="专栏.jpg"> after item （十三） was dropped without a
    word, so nothing told the user a box of key projects exists only as a picture; a logo stays out."""
    from kg.ingest import html_to_text
    from kg.pipeline import process_document

    page = ("<html><head><title>关于印发某行动方案的通知</title></head><body><div><img src='/img/logo.png' alt='logo'>"
            "<img src='/img/ico_share.gif'></div><p>一、重点任务</p><p>（一）加强建设。推进算力设施建设。</p>"
            "<p><img src='/u/2026/zl.jpg' title='专栏.jpg'></p><p><img src='/u/2026/t1.png' alt='主要目标'></p>"
            "<p>（二）加强协同。推进协同。</p></body></html>")
    text = html_to_text(page)
    assert "专栏.jpg" in text.splitlines() and "主要目标.png" in text.splitlines() and "logo" not in text
    tree = process_document(page.encode("utf-8"), path="x.html").tree
    assert [(a.kind, a.text) for a in tree.artifacts] == [("image", "专栏.jpg"), ("image", "主要目标.png")]


def test_a_word_field_code_left_in_a_copy_is_dropped():
    """(u84) 乳源瑶族自治县文化遗产保护条例: …起施行。PAGEMERGEFORMATPAGEMERGEFORMAT — a Word field's code (PAGE \\* MERGEFORMAT)
    was a sentence of the last article."""
    from kg.pipeline import process_document

    text = ("乳源瑶族自治县文化遗产保护条例\n第一条 为了保护文化遗产，制定本条例。\n第二条 自治县人民政府应当加强保护。\n"
            "第三条 本条例自2022年8月1日起施行。PAGEMERGEFORMATPAGEMERGEFORMAT\n")
    tree = process_document(text.encode("utf-8"), path="ruyuan.txt").tree
    assert not [s for s in tree.sentences if "MERGEFORMAT" in s.norm]
    assert tree.sentences[-1].norm == "本条例自2022年8月1日起施行。"


def test_a_power_in_a_web_page_keeps_its_exponent():
    """国务院关于促进云计算创新发展…的意见 on gov.cn (u98): 约为2<sup>60</sup>字节 was read 约为260字节, another number."""
    from kg.ingest import html_to_text

    assert html_to_text("<html><body><p>数据量约为2<sup>60</sup>字节，H<sub>2</sub>O。</p></body></html>") == \
        "数据量约为2^60字节，H2O。\n"


def test_numbers_set_off_by_blanks_in_a_pdf_s_prose_are_closed_up():
    """(u102) 推动工业互联网平台高质量发展行动方案's PDF text: 到 2028 年，… was no goal, 超 450 家 no indicator; a blank
    before a number at a line's start (1 范围) and between Chinese words stays."""
    text = "到 2028 年，平台高质量发展取得积极成效，具有一定影响力的平台超 450 家，连接设备超 1.2 亿台。\n1 范围\n国家发展改革委 国家数据局\n"
    norm, mapping = normalise(text)
    assert norm.splitlines() == ["到2028年,平台高质量发展取得积极成效,具有一定影响力的平台超450家,连接设备超1.2亿台。", "1 范围",
                                 "国家发展改革委 国家数据局"]
    at = norm.index("450")
    assert text[mapping[at]:mapping[at] + 3] == "450"


def test_a_running_footer_repeated_inside_lines_is_dropped():
    """(u111) 北京市工资支付规定, a PDF's copy: its footer 北京市人民政府规章X北京市人民政府发布 stands thirteen times inside lines,
    mid-sentence and mid-word (用北京市人民政府规章X北京市人民政府发布人单位支付病假工资…): a task's label carried it, and each
    copy was a mention of 北京市.  A footer on a line of its own is left to the structure's page furniture."""
    footer = "北京市人民政府规章X北京市人民政府发布"
    text = "".join(f"第{n}条 用{footer}人单位应当按时支付工资。\n" for n in "一二三") + "X上海市人民政府规章\n第四条 本规定自公布之日起施行。\n"
    doc = document_from_text(text)
    assert footer not in doc.norm and "用人单位应当按时支付工资" in doc.norm
    assert "X上海市人民政府规章" in doc.norm  # (alone on its line, and once)
    at = doc.norm.index("人单位")
    assert doc.text[doc.orig_span(at, at + 3)[0]:doc.orig_span(at, at + 3)[1]] == "人单位"
