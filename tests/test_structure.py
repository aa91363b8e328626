"""Stage 2: the outline and the task → action chain of real documents of several genres and layouts."""

from __future__ import annotations

import re

import pytest

from kg.ingest import document_from_text, read_document
from kg.structure import cn_to_int, parse_structure, section_id

from conftest import ANHUI, DEV, REPORT_2022, REPORT_2024, ROOT, SEED

TASKS = ["建设泛在智联的数字基础设施体系", "建立高效利用的数据要素资源体系", "构建释放数字生产力的创新发展体系",
         "培育先进安全的数字产业体系", "构建产业数字化转型发展体系", "构筑共建共治共享的数字社会治理体系",
         "打造协同高效的数字政府服务体系", "构建普惠便捷的数字民生保障体系", "拓展互利共赢的数字领域国际合作体系",
         "建立健全规范有序的数字化发展治理体系"]
ACTIONS = {
    "四(一)": ["建设泛在智能的网络连接设施", "建设物联数通的新型感知基础设施", "构建云网融合的新型算力设施",
              "探索建设前沿信息基础设施"],
    "四(二)": ["加强数据治理", "提升数据资源开发利用水平", "强化数据安全保障"],
    "四(三)": ["加强信息技术基础研究", "强化关键信息技术创新", "布局战略性前沿性技术", "构建开放灵活的制度体系与创新环境"],
    "四(四)": ["打造高水平产业生态", "推动数字产业能级跃升", "推动网信企业发展壮大"],
    "四(五)": ["推进传统产业优化升级"],
}


def actions_of(tree, task=None):
    return [a.label for a in tree.actions if task is None or a.task == task]


def leads(tree, role):
    return [n.label for n in tree.lead_nodes if n.role == role]


def test_numerals():
    assert [cn_to_int(n) for n in ("一", "九", "十", "十一", "二十", "二十三", "一百零五")] == [1, 9, 10, 11, 20, 23, 105]
    assert section_id(4, 1) == "四(一)" and section_id(3, None) == "三" and section_id(2, 10, part=2) == "P2:二(十)"


# ----------------------------------------------------------------------------------- the bundled plan
def test_title_and_table_of_contents(seed_tree):
    assert seed_tree.title == "“十四五”国家信息化规划"
    assert seed_tree.genre[0] == "genre-plan"
    assert len(seed_tree.toc) == 37
    assert [e.title for e in seed_tree.toc if e.level == 1] == [
        "现状与形势", "总体部署", "主攻方向", "重大任务和重点工程", "优先行动", "组织实施"]
    # the contents are never parsed again as body: the first sentence is the preamble's
    assert seed_tree.sentences[0].section == "preamble"
    assert seed_tree.sentences[0].text.startswith("“十四五”时期,信息化进入")


def test_ten_tasks_with_exact_titles(seed_tree):
    tasks = seed_tree.tasks()
    assert [t.title for t in tasks] == TASKS
    assert [t.id for t in tasks] == [f"四({n})" for n in "一二三四五六七八九十"]
    assert [t.has_body for t in tasks] == [True] * 5 + [False] * 5


def test_fifteen_actions_under_five_tasks(seed_tree):
    for task, titles in ACTIONS.items():
        assert actions_of(seed_tree, task) == titles
    assert len(seed_tree.actions) == 15
    # the introduction of a task is not an action; its sentences stay the task's
    intro = seed_tree.unit("四(一)").paragraphs[0]
    assert intro.lead is None and not any(intro.sentences[0] in a.sentences for a in seed_tree.actions)


def test_priority_actions_principles_goals_directions(seed_tree):
    pa = [u for u in seed_tree.units if u.role == "priority_action"]
    assert len(pa) == 10 and pa[0].title == "全民数字素养与技能提升行动" and pa[-1].title == "智慧养老服务拓展行动"
    assert all(not u.has_body for u in pa)
    assert leads(seed_tree, "principle") == ["坚持党的全面领导", "坚持以人民为中心", "坚持新发展理念", "坚持深化改革开放",
                                             "坚持系统推进", "坚持安全和发展并重"]
    goals = leads(seed_tree, "goal")
    assert len(goals) == 7 and goals[0] == "数字基础设施体系更加完备" and goals[-1] == "数字化发展环境日臻完善"
    assert leads(seed_tree, "direction") == ["深化创新驱动,引领更高质量发展", "优化要素资源配置,推动更有效率发展",
                                             "支撑共建共治共享,促进更加公平发展", "促进健康和谐共生,实现更可持续发展",
                                             "防范化解风险,确保更为安全发展"]


def test_framing_words_do_not_catch_task_titles(seed_tree):
    """四(八) 构建普惠便捷的数字民生保障体系 holds 保障 but is a task; 六、组织实施 is framing."""
    assert seed_tree.unit("四(八)").role == "task"
    assert seed_tree.unit("六").role == "framing"


def test_sections_without_body_come_from_the_contents(seed_tree):
    six = seed_tree.unit("六(六)")
    assert six.title == "加强舆论宣传" and not six.has_body and six.parent == "六"
    assert seed_tree.unit("五").has_body is False


def test_placeholders_and_stray_file_name(seed_tree):
    kinds = [a.kind for a in seed_tree.artifacts]
    assert kinds.count("image") == 22 and kinds.count("filename") == 1
    assert all(a.text == "image.png" for a in seed_tree.artifacts if a.kind == "image")
    assert not any("image.png" in s.text or ".pdf" in s.text for s in seed_tree.sentences)


def test_sentences_slice_back_to_the_original(seed_doc, seed_tree):
    for s in seed_tree.sentences:
        assert seed_doc.text[s.begin:s.end] == s.text
        assert s.text.strip() == s.text and s.text
    assert any(s.text == "建设泛在智能的网络连接设施。" and s.section == "四(一)" for s in seed_tree.sentences)
    assert any("提升到?96%" in s.text for s in seed_tree.sentences)  # the debris stays in the evidence text


# ----------------------------------------------------------------------------------- layouts, transformed
def _renumber(text: str, pattern: str, repl) -> str:
    return re.sub(pattern, repl, text, flags=re.M)


@pytest.mark.parametrize("name, transform", [
    ("一、 → 第一部分", lambda t: _renumber(t, r"^(\s*)([一二三四五六七八九十]{1,3})、", r"\1第\2部分 ")),
    ("一、 → 第一章, （一） → 第一节", lambda t: _renumber(
        _renumber(t, r"^(\s*)([一二三四五六七八九十]{1,3})、", r"\1第\2章 "), r"^(\s*)[(（]([一二三四五六七八九十]{1,3})[)）]",
        r"\1第\2节 ")),
    ("一、 → 一.", lambda t: _renumber(t, r"^(\s*)([一二三四五六七八九十]{1,3})、", r"\1\2.")),
])
def test_the_chain_survives_renumbered_headings(seed_doc, name, transform):
    """The plan, mechanically rewritten with other heading styles, keeps its 10 tasks and 15 actions."""
    tree = parse_structure(document_from_text(transform(seed_doc.text)))
    assert [t.title for t in tree.tasks()] == TASKS, name
    assert [a.label for a in tree.actions] == [x for titles in ACTIONS.values() for x in titles], name


def test_the_chain_survives_without_lead_sentences(seed_doc, seed_tree):
    """Drop every lead sentence: each paragraph still becomes an action, labelled by its first clause."""
    text = seed_doc.text
    for a in sorted(seed_tree.actions, key=lambda a: -a.lead.begin):
        text = text[:a.lead.begin] + text[a.lead.end:]
    tree = parse_structure(document_from_text(text))
    assert len(tree.tasks()) == 10
    labels = actions_of(tree, "四(一)")
    assert len(labels) == 5  # the four paragraphs and the task's introduction
    # 建设泛在智能的网络连接设施。加快5G商用网络规模建设与应用创新,… → the first clause of what is left
    assert labels[1] == "加快5G商用网络规模建设与应用创新"
    assert len(tree.actions) >= 15


@pytest.fixture(scope="module")
def anhui():
    return parse_structure(read_document(ANHUI))


def test_anhui_two_attached_documents_and_header(anhui):
    assert [a.kind for a in anhui.artifacts] == ["metadata", "metadata"]
    assert anhui.title.startswith("安徽省人民政府办公厅关于印发支持工业互联网发展若干政策")
    assert anhui.date == "2021-09-02" and anhui.issuer == "安徽省人民政府办公厅"
    assert len(anhui.parts) == 2 and anhui.parts[1].title.startswith("安徽省工业互联网创新发展行动计划")
    tasks = [t.id for t in anhui.tasks()]
    assert tasks[:8] == list("一二三四五六七八")  # the policy: flat chapters are its tasks
    # the action plan: 二、行动步骤's sections, and 三、发挥市场和企业的主体作用 (a chapter of work after them, as the
    # blind reader of its dev copy marked it; 四、建立齐抓共管的工作机制, the last chapter, is its safeguards)
    assert tasks[8:] == [f"P2:二({n})" for n in "一二三四五六七八九"] + ["P2:三"]


def test_anhui_boxes_are_units_of_their_section(anhui):
    boxes = [(u.label, u.parent) for u in anhui.units if u.kind == "box"]
    assert len(boxes) == 12
    assert boxes[0] == ("专栏1", "P2:二(一)") and boxes[-1] == ("专栏12", "P2:二(九)")
    assert anhui.unit("P2:二(五)/专栏7").title == "5G＋工业互联网融合应用工程"  # as in the file


def test_anhui_numbered_items_and_boxes_are_the_actions(anhui):
    acts = [(a.number, a.label) for a in anhui.actions if a.task == "P2:二(一)"]
    assert acts == [("1﹒", "推进工业互联网外网建设"), ("2﹒", "推进企业内网改造升级"), (None, "工业互联网网络互联互通工程")]
    note = [s for a in anhui.actions if a.key == "P2:二(一)/1" for s in a.sentences if s.kind == "responsibility"]
    assert note and note[0].text.startswith("（责任单位：省通信管理局")


def test_anhui_annex_builds_no_actions(anhui):
    annex = anhui.unit("P2:annex")
    assert annex.kind == "annex" and len(annex.paragraphs) > 30
    assert not any(a.key.startswith("P2:annex") for a in anhui.actions)
    assert not any(a.section == "preamble" for a in anhui.actions)


@pytest.mark.parametrize("path, title, n_tasks, first_action", [
    (REPORT_2022, None, 9, "继续做好“六稳”、“六保”工作"),
    (REPORT_2024, "政府工作报告", 10, "推动产业链供应链优化升级"),
])
def test_government_work_reports(path, title, n_tasks, first_action):
    tree = parse_structure(read_document(path))
    assert tree.title == title
    tasks = tree.tasks()
    assert len(tasks) == n_tasks and tasks[0].id == "三(一)"
    assert actions_of(tree)[0] == first_action
    for s in tree.sentences:
        assert tree.doc.text[s.begin:s.end] == s.text


def test_document_without_headings_still_has_sentences():
    tree = parse_structure(document_from_text("加快5G网络建设。推进北斗应用。\n发展人工智能。"))
    assert [s.text for s in tree.sentences] == ["加快5G网络建设。", "推进北斗应用。", "发展人工智能。"]
    assert tree.tasks() == [] and tree.actions == []


def test_numbered_items_of_every_style_nest_as_written():
    text = ("规划\n一、重点任务\n（一）推进网络建设\n"
            "1.加快5G部署。推进千兆光网。\n（1）建设基站。开展试点。\n（2）推进共建共享。\n"
            "2.推进北斗应用。建设示范。\n一是加快区块链应用。支持试点。\n二是推动人工智能发展。\n①建设算力。\n")
    tree = parse_structure(document_from_text(text))
    assert [(a.number, a.label) for a in tree.actions] == [("1.", "加快5G部署"), ("2.", "推进北斗应用")]
    items = [(u.label, u.style, u.parent) for u in tree.units if u.kind == "item"]
    assert items == [("1.", "arabic", "一(一)"), ("（1）", "paren-arabic", "一(一)/1"),
                     ("（2）", "paren-arabic", "一(一)/1"), ("2.", "arabic", "一(一)"),
                     ("一是", "shi", "一(一)/2"), ("二是", "shi", "一(一)/2"), ("①", "circled", "一(一)/2/二是")]
    # what the nested items say are measures of their action
    second = tree.actions[1]
    assert [s.text for s in second.measures] == ["建设示范。", "加快区块链应用。", "支持试点。", "推动人工智能发展。", "建设算力。"]


def test_outline_style_headings_and_articles():
    text = ("某省数字经济发展规划\n国务院\n二〇二二年一月十二日\n"
            "第一章 发展基础\n近年来发展较快。数字经济规模扩大。\n"
            "第二章 重点任务\n第一节 建设新型基础设施\n加快5G网络建设。推进千兆光网覆盖。\n"
            "第二节 发展数字产业\n第一条 培育人工智能产业。支持企业发展。\n")
    tree = parse_structure(document_from_text(text))
    assert [u.id for u in tree.units if u.kind != "preamble"] == [
        "第一章", "第二章", "第二章/第一节", "第二章/第二节", "第二章/第二节/第一条"]
    assert [t.title for t in tree.tasks()] == ["建设新型基础设施", "发展数字产业"]
    assert tree.date == "2022-01-12"
    assert [(a.number, a.label) for a in tree.actions if a.task == "第二章/第二节"] == [("第一条", "培育人工智能产业")]


def test_the_closing_words_after_the_last_item_are_the_document_s_not_the_item_s():
    """商务部等8部门关于加快“人工智能+消费”发展的实施意见 (u45 user trial; its last chapter's last item, its closing
    words, its signature): 商务部会同有关部门建立工作机制 made 商务部 the lead of （十七）筑牢安全防线."""
    text = ("商务部等8部门关于加快“人工智能+消费”发展的实施意见\n\n一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导。\n\n"
            "二、优化“人工智能+消费”环境\n\n（一）健全“人工智能+消费”标准体系。加快制定相关标准。\n\n"
            "（二）筑牢安全防线。加强网络安全、数据安全、内容安全等安全能力建设。\n\n"
            "各有关部门要强化协同配合，加大政策支持力度，形成工作合力。各地相关部门要因地制宜，推动各项措施落实落地。"
            "商务部会同有关部门建立工作机制，加强统筹协调、整体推进、督促落实。\n\n商务部\n\n中央网信办\n\n2026年6月9日\n")
    tree = parse_structure(document_from_text(text, "ai-consumption.txt"))
    closing = tree.unit("closing")
    assert closing.kind == "closing" and closing.title == "结语" and closing.parent is None
    assert [s.text for s in tree.sentences if s.section == "closing"][:3] == [
        "各有关部门要强化协同配合，加大政策支持力度，形成工作合力。", "各地相关部门要因地制宜，推动各项措施落实落地。",
        "商务部会同有关部门建立工作机制，加强统筹协调、整体推进、督促落实。"]
    last = next(u for u in tree.units if u.title == "筑牢安全防线")
    assert [p.sentences[0].norm for p in last.paragraphs] == ["加强网络安全、数据安全、内容安全等安全能力建设。"]
    # without a signature after it, a paragraph opening 各…要 may be the last item's own: it stays there
    tree = parse_structure(document_from_text(text.split("\n\n商务部\n\n")[0] + "\n", "no-signature.txt"))
    assert "closing" not in [u.id for u in tree.units] and any(s.norm.startswith("各有关部门要") and s.section != "closing"
                                                for s in tree.sentences)


def test_a_paragraph_without_lead_sentence_is_an_action():
    lead = "加快建设高速泛在、天地一体、云网融合、智能敏捷、绿色低碳、安全可控的智能化综合性数字信息基础设施。"
    tree = parse_structure(document_from_text(f"规划\n一、重点任务\n（一）建设基础设施\n{lead}推进5G建设。\n"
                                              "省经济和信息化厅会同省财政厅等单位制定具体实施细则或申报服务指南。严格审核。\n"))
    # the first paragraph opens with a (long, enumerating) lead; the second has none and continues it
    assert actions_of(tree) == [lead.rstrip("。")]
    tree = parse_structure(document_from_text("规划\n一、重点任务\n（一）建设基础设施\n"
                                              "省经济和信息化厅会同省财政厅等单位制定具体实施细则或申报服务指南，严格审核。\n"
                                              "各地要加强统筹，推进5G建设。\n"))
    assert actions_of(tree) == ["省经济和信息化厅会同省财政厅等单位制定具体实施细则或申报服务指南", "各地要加强统筹"]


def test_in_a_work_report_a_paragraph_opened_by_a_unit_s_duty_is_an_action():
    """(u30) a county's report: 县教育局要加快智慧校园建设 followed the paragraph on 互联网+医疗健康 and was read as its
    continuation, so the education bureau's duty hung on the health action.  (Made-up text in the report's form.)"""
    text = ("某县政府工作报告\n各位代表：\n现在，我代表县人民政府，向大会报告工作。\n一、2024年主要工作\n（一）聚力增进民生福祉。\n"
            "推进互联网+医疗健康。县卫健局负责推进互联网医院建设。\n县教育局要加快智慧校园建设，推动教育数字化转型。\n"
            "完善社会保障体系。推进社保卡一卡通应用。\n")
    tree = parse_structure(document_from_text(text))
    assert actions_of(tree) == ["推进互联网+医疗健康", "县教育局要加快智慧校园建设", "完善社会保障体系"]


def test_plan_whose_tasks_are_its_chapters():
    """A State Council style plan (made-up text in its layout): no chapter names 任务, so the chapters
    that are not framing are the tasks and their sections the actions; a gap in the numbering (四 → 八)
    still opens the chapter."""
    tree = parse_structure(read_document(ROOT / "tests" / "fixtures" / "state-council-style-plan.txt"))
    assert tree.title == "国务院关于印发“十四五”数字经济发展规划的通知"
    assert (tree.date, tree.issuer, tree.number) == ("2021-12-12", "国务院", "国发〔2021〕29号")
    assert [t.id for t in tree.tasks()] == ["三", "四"]
    assert [(a.unit, a.label) for a in tree.actions] == [  # (a box is an action of its own since the fifty-fifth round)
        ("三(一)", "加快建设信息网络基础设施"), ("三(二)", "推进云网协同和算网融合发展"),
        ("三(二)/专栏1", "信息网络基础设施优化升级工程"), ("四(一)", "强化高质量数据要素供给")]
    assert tree.unit("八").title == "保障措施" and tree.unit("八").role == "framing"
    box = tree.unit("三(二)/专栏1")
    assert box.kind == "box" and [tree.unit(c).label for c in box.children] == ["1.", "2."]  # the box's own items


# ----------------------------------------------------------------------------------- genres
@pytest.fixture(scope="module")
def zhongshan():
    return parse_structure(read_document(DEV / "zhongshan-government-data-measures.txt"))


def test_measures_chapters_are_tasks_and_articles_actions(zhongshan):
    """A 办法: 总则 and 附则 are framing; the other chapters are tasks; articles, numbered through the whole
    text, are the actions of their chapter."""
    assert zhongshan.genre[0] == "genre-regulation"
    assert zhongshan.unit("第一章").role == "framing" and zhongshan.unit("第七章").role == "framing"
    assert [t.id for t in zhongshan.tasks()] == ["第二章", "第三章", "第四章", "第五章", "第六章"]
    acts = [a for a in zhongshan.actions if a.task == "第二章"]
    assert [a.number for a in acts] == ["第八条", "第九条", "第十条", "第十一条", "第十二条", "第十三条", "第十四条"]
    assert acts[0].label == "全市政务数据实行统一目录管理"
    # the items of an article belong to it
    assert zhongshan.unit("第一章/第五条(一)").parent == "第一章/第五条"


def test_chapter_heading_and_first_article_on_one_line():
    """阿坝州…办法 writes 第一章　总则　　第一条 …: the line is split before the article."""
    tree = parse_structure(read_document(DEV / "aba-government-data-measures-2021.txt"))
    assert tree.unit("第一章").title == "总则"
    assert tree.unit("第一章/第一条").paragraphs[0].sentences[0].text.startswith("为规范政务数据资源管理")
    assert [t.id for t in tree.tasks()][:2] == ["第二章", "第三章"]


def test_titled_articles():
    """临港新片区管理办法: 第五条（管理机构） — the bracket is the article's title and its action's label."""
    tree = parse_structure(read_document(DEV / "lingang-new-area-measures.txt"))
    acts = {a.number: a.label for a in tree.actions}
    assert acts["第五条"] == "管理机构" and acts["第六条"] == "机构职责"


@pytest.mark.parametrize("stem, title_end, genre", [
    ("anhui-rcep-high-level-opening-implementation-opinions-2022", "扎实推进高水平开放实施意见的通知", "genre-opinion"),
    ("shanghai-hongkou-ebike-charging-sites-fire-facilities-implementation-plan-2026", "项目实施方案》的通知",
     "genre-action-plan"),
])
def test_a_long_title_line_is_the_title(stem, title_end, genre):
    """A notice's title runs past 60 characters (83 for the RCEP notice): it is still the title when it ends
    as titles of the genre end, so the document gets its genre (and its issuer)."""
    tree = parse_structure(read_document(ROOT / "tests" / "eval" / "dev" / "docs" / f"{stem}.txt"))
    assert tree.title and len(tree.title) > 60 and tree.title.endswith(title_end)
    assert tree.genre[0] == genre


def test_a_report_without_its_title_line_is_a_report_by_its_chapters():
    """The bundled 2022 report has no title line; its chapters (一、2021年工作回顾 … 三、2022年政府工作任务) name the
    genre, so the corpus overview's filter finds it with the other reports (the new user, round 22). A plan's
    chapters name no genre."""
    assert parse_structure(read_document(REPORT_2022)).genre[0] == "genre-report"
    doc = document_from_text("一、2021年工作回顾\n过去一年成绩显著。\n二、下一步打算\n（一）加快发展。推进建设。\n", "x.txt")
    assert parse_structure(doc).genre is None  # a review alone is not enough: the year's work must be set out too


def test_a_long_first_sentence_is_not_a_title():
    doc = document_from_text("各区人民政府，市政府各委、办、局：为深入贯彻落实党中央、国务院关于推进数字政府建设的决策部署，"
                             "现就进一步加强我市数字政府建设提出如下实施意见\n一、总体要求\n（一）指导思想。坚持统筹。\n", "x.txt")
    assert parse_structure(doc).title is None


def test_genres_from_titles():
    from kg.layout import load_layout

    lay = load_layout()
    cases = {"“十四五”国家信息化规划": "genre-plan", "关于印发安徽省工业互联网创新发展行动计划的通知": "genre-action-plan",
             "国务院关于加强数字政府建设的指导意见": "genre-opinion", "中山市政务数据管理办法": "genre-regulation",
             "包头市2022年数字政府建设考评办法": "genre-regulation", "政府工作报告": "genre-report",
             "关于做好某项工作的通知": "genre-notice", "某市数字政府建设考核评价指标体系": "genre-assessment",
             # a draft's note is not the genre's word (u26: 重庆's draft 行动方案 read as an 意见)
             "重庆市数字能源低碳城市发展行动方案（2024—2026年）（征求意见稿）": "genre-action-plan",
             "关于加快数据要素发展的实施意见（征求意见稿）": "genre-opinion"}
    assert {t: lay.genre_of(t)[0] for t in cases} == cases


# --------------------------------------------------------------------------------------------------------
# Markdown copies (front matter, '#' headings) as scraped collections keep documents

MARKDOWN = """---
标题: 某市人民政府办公室关于印发《某市数据条例实施办法》的通知
文号: 某府办发〔2024〕3号
发布日期: 2024-03-01
---

> 本文由脚本自官方页面提取，仅供检索查阅。

# 某市人民政府办公室关于印发《某市数据条例实施办法》的通知

## 第一章 总 则

第一条 为了规范数据处理活动，制定本办法。

## 第二章 数据共享

第二条 市大数据局负责建设全市数据共享交换平台。

第三条 各区人民政府应当按照要求汇聚数据。
"""


def test_front_matter_and_markdown_headings(lexicon):
    doc = document_from_text(MARKDOWN, "md.txt")
    tree = parse_structure(doc)
    assert tree.title == "某市人民政府办公室关于印发《某市数据条例实施办法》的通知"
    chapters = [u.title for u in tree.units if u.kind == "heading" and u.label.startswith("第")]
    assert chapters[:2] == ["总则", "数据共享"] or [c.replace(" ", "") for c in chapters[:2]] == ["总则", "数据共享"]
    # the front matter and the scraper's note are metadata, not body sentences
    assert not any("发布日期" in s.text or "脚本" in s.text for s in tree.sentences if s.kind == "body")
    # 总则 frames; the duty articles of chapter two are actions
    assert any(a.key.endswith("第二条") for a in tree.actions)
    assert not any(a.key.endswith("第一条") for a in tree.actions)


def test_the_issuer_of_a_front_matter_and_of_a_title_that_issues_a_document(lexicon):
    # 关于推进本市新建建筑可再生能源应用的实施意见 (dev-aq): the title names no issuer (关于印发《…》的通知) and the
    # text calls itself 本市 only; the front matter's 发布单位 is the issuer, and its region is the document's
    from kg.pipeline import process_document

    text = ("---\n标题: 关于印发《关于推进本市新建建筑可再生能源应用的实施意见》的通知\n文号: 沪建建材联〔2022〕679号\n"
            "发布单位: 上海市住房和城乡建设管理委员会\n---\n\n关于印发《关于推进本市新建建筑可再生能源应用的实施意见》的通知\n\n"
            "一、主要任务\n\n市住房城乡建设管理委负责本市建筑可再生能源应用的统筹协调工作。\n")
    p = process_document(text.encode("utf-8"), lexicon, path="md.txt")
    assert p.tree.issuer == "上海市住房和城乡建设管理委员会"
    assert lexicon.concepts[p.extraction.region].zh == "上海市"
    assert [a.name for a in p.extraction.responsibilities] == ["上海市住房和城乡建设管理委员会"]
    # 科技部印发《…》的通知: the issuer is 科技部, not 科技部印发《
    tree = parse_structure(document_from_text("科技部印发《关于新型研发机构的指导意见》的通知\n\n一、总体要求\n\n加快发展。\n",
                                              "t.txt"))
    assert tree.issuer == "科技部"


def test_an_html_comment_line_is_metadata():
    # 上海市促进电子商务发展规定 (dev): '# title', then '<!-- INFO END -->' — the comment was read as two body
    # sentences ('<!' and '-- INFO END -->') and its SOURCE variant gave technology candidates
    text = "# 上海市促进电子商务发展规定\n\n<!-- INFO END -->\n\n<!-- SOURCE: 中国网信网(www.cac.gov.cn) -->\n\n" \
           "第一条 为了促进本市电子商务发展，制定本规定。\n"
    tree = parse_structure(document_from_text(text, "md.txt"))
    assert tree.title == "上海市促进电子商务发展规定"
    assert [s.text for s in tree.sentences] == ["为了促进本市电子商务发展，制定本规定。"]
    assert sum(a.text.startswith("<!--") for a in tree.artifacts) == 2


def test_a_document_flattened_to_one_line_is_read_by_its_paragraphs():
    # 潍坊市2024年政府工作报告 (dev-an): the whole report on one line, paragraphs joined by spaces and chapter
    # headings run onto the end of a paragraph (…提出意见。一、2023年工作回顾 过去的一年…); a space beside an ASCII
    # word or a number (BIM 技术, 增长 5%) does not break a paragraph
    from pathlib import Path

    text = (Path(__file__).parent / "eval" / "dev" / "docs" / "shandong-weifang-government-work-report-2024.txt").read_text(
        encoding="utf-8")
    assert text.count("\n") <= 1
    tree = parse_structure(document_from_text(text, "weifang.txt"))
    tops = [(u.label, u.title) for u in tree.units if u.kind == "heading" and u.level == 1]
    assert ("一、", "2023年工作回顾") in tops and ("二、", "2024年政府工作安排") in tops
    assert [u.title for u in tree.tasks()][:2] == ["聚力推动经济平稳增长", "聚力促进产业做优做强"]
    assert len(tree.actions) >= 25
    tree = parse_structure(document_from_text("一、主要任务\n" + "推广BIM 技术，增长 5%以上。" * 200, "p.txt"))
    assert len([s for s in tree.sentences if "BIM 技术" in s.text]) == 200


def test_a_paragraph_of_punctuation_is_no_action():
    # found by hypothesis (tests/test_properties.py): '一、重大任务' then two lines of '。'
    tree = parse_structure(document_from_text("一、重大任务\n。\n。\n", "p.txt"))
    assert all(a.label for a in tree.actions)


def test_a_chapter_of_key_actions_holds_the_tasks():
    """The 国家数据局 “数据要素×” plan (dev): 三、重点行动 holds its twelve tasks （四）数据要素×工业制造 …; the
    introduction 一、激活数据要素潜能 is no task. (优先行动, as in the bundled plan, stays a chapter of
    priority actions.)"""
    path = DEV / "national-data-administration-data-elements-x-action-plan-2023.txt"
    tree = parse_structure(read_document(path))
    titles = [t.title for t in tree.tasks()]
    assert len(titles) == 12 and titles[0] == "数据要素×工业制造" and titles[-1] == "数据要素×绿色低碳"
    assert "激活数据要素潜能" not in titles and len(tree.actions) >= 12


def test_a_heading_only_in_the_table_of_contents_is_no_action():
    """Found by Hypothesis (tests/test_properties.py): 目录 / （一）建设体系 / 一、重大任务 — a task container whose
    section exists only in the table of contents — raised ValueError; it parses, with no action made of it."""
    tree = parse_structure(document_from_text("目录\r\n（一）建设体系\r\n一、重大任务"))
    assert all(a.sentences for a in tree.actions)


def test_a_work_reports_year_of_work_holds_its_tasks():
    """崇左市2024年政府工作报告 (dev): 二、2024年工作安排 holds the tasks （一）坚定不移推动新型工业化… whose
    paragraphs open with their actions (加快打造“321”特色产业体系。…); 三、加快推进政府治理能力现代化建设, a
    chapter of work after it, is a task too; 一、2023年工作回顾 is not."""
    path = DEV / "chongzuo-government-work-report-2024.txt"
    tree = parse_structure(read_document(path))
    titles = [t.title for t in tree.tasks()]
    assert titles[0] == "坚定不移推动新型工业化，加快构建现代化产业体系" and "加快推进政府治理能力现代化建设" in titles
    assert not any(t.startswith("坚持大抓工业") for t in titles)
    labels = [a.label for a in tree.actions]
    assert "加快打造“321”特色产业体系" in labels and "着力构建“145”园区体系" in labels


def test_an_enumeration_run_into_one_paragraph_gives_one_action_per_item():
    """牡丹江市2024年政府工作报告 (dev): （一）强化科技创新引领，加速推进产业振兴。坚持…。一是加快传统产业转型升级。…
    二是加快培育战略性新兴产业。… — one paragraph; each 一是/二是 item is an action of the task (一); a 一是 that
    no 二是 follows stays text, and the offsets still point into the original text."""
    path = DEV / "mudanjiang-government-work-report-2024.txt"
    doc = read_document(path)
    tree = parse_structure(doc)
    first = next(t for t in tree.tasks() if t.title.startswith("强化科技创新引领"))
    labels = [a.label for a in tree.actions if a.key.startswith(first.id + "/")]
    assert labels[:4] == ["加快传统产业转型升级", "加快培育战略性新兴产业", "推动产业成链集群发展", "提升科技创新能力"]
    for s in tree.sentences:
        assert doc.text[s.begin:s.end].strip()
    lone = parse_structure(document_from_text("某市实施方案\n一、主要任务\n（一）推进建设。坚持创新。一是加快转型。\n"))
    assert [(a.key, a.label) for a in lone.actions] == [("一(一)#1", "坚持创新")]
    two = parse_structure(document_from_text("某市实施方案\n一、主要任务\n（一）推进建设。坚持创新。一是加快转型。二是强化保障。\n"))
    assert [(a.key, a.label) for a in two.actions] == [("一(一)/一是", "加快转型"), ("一(一)/二是", "强化保障")]


def test_a_chapter_of_articles_named_with_a_container_word_is_one_task_among_the_others():
    """广东省公共数据管理办法 (dev): 第五章 重点领域数据应用 holds articles, not task headings; 重点领域 is a container's
    word, but every chapter between 总则 and 法律责任 is a task (it made 第五章 the document's only task)."""
    tree = parse_structure(read_document(DEV / "guangdong-public-data-measures-2021.txt"))
    titles = [t.title for t in tree.tasks()]
    assert titles[0] == "公共数据目录管理" and "重点领域数据应用" in titles and "监督管理" in titles
    assert len(titles) == 9 and "总则" not in titles and "法律责任" not in titles


def test_an_annex_of_numbered_measures_is_a_task_of_actions():
    """上海交通运输营商环境行动方案 (dev): 附件 / 示范场景 / 1.简政提效：深化行政审批改革集成增效。持续推进… — the annex
    lists measures in sentences: it is a task (titled by its own title line) and each item an action; an annex of
    short lines (a name list) stays text."""
    path = next(DEV.glob("shanghai-transport-business-environment*.txt"))
    tree = parse_structure(read_document(path))
    annex = [t for t in tree.tasks() if t.kind == "annex"]
    assert [t.title for t in annex] == ["示范场景"]
    labels = [a.label for a in tree.actions if a.task == annex[0].id]
    assert labels[0] == "简政提效：深化行政审批改革集成增效" and len(labels) == 7
    names = parse_structure(document_from_text("某市实施方案\n一、主要任务\n（一）推进建设。加快建设。\n附件\n"
                                               "1.市发展改革委\n2.市财政局\n3.市大数据局\n"))
    assert not any(t.kind == "annex" for t in names.tasks())
    # (u36) 可信数据空间发展行动计划: 附件 1 / 名词解释 / 1.可信数据空间。…: numbered definitions of terms, no measures
    glossary = parse_structure(document_from_text(
        "某市实施方案\n一、主要任务\n（一）推进建设。加快建设数据空间。\n附件 1\n名词解释\n"
        "1.可信数据空间。可信数据空间是基于共识规则，联接多方主体，实现数据资源共享共用的一种数据流通利用基础设施。\n"
        "2.使用控制。一种可信管控技术，通过预先设置数据使用条件，确保数据按照约定使用。\n"))
    assert not any(t.kind == "annex" for t in glossary.tasks())


def test_a_work_plan_with_a_division_of_duties_keeps_its_other_chapters_of_work():
    """嘉定区工程建设项目审批审查中心优化实体化运作工作方案 (dev): 五、职责分工 is one chapter of work among 三、职能定位,
    六、运作模式, 九、工作节点 …; it made 职责分工 the plan's only task (one action in the whole plan)."""
    tree = parse_structure(read_document(DEV / "shanghai-jiading-approval-review-center-work-plan-2021.txt"))
    titles = [t.title for t in tree.tasks()]
    assert {"职能定位", "运作模式", "工作节点"} <= set(titles) and "总体要求" not in titles
    assert len(tree.actions) >= 15
    # a plan whose tasks sit under 主要任务 keeps only those, with 职责分工 beside them
    plan = parse_structure(document_from_text("某市实施方案\n一、总体要求\n加快建设。\n二、主要任务\n（一）推进建设。加快建设。\n"
                                              "（二）完善机制。健全机制。\n三、职责分工\n市发展改革委负责统筹。\n"
                                              "四、工作地点\n设在市民中心。\n"))
    assert "工作地点" not in [t.title for t in plan.tasks()]


def test_an_opinion_of_numbered_sentences_and_a_chapter_of_measures():
    """科技部关于促进新型研发机构发展的指导意见 (dev): its eighteen articles are numbered sentences; 十一、符合条件的新型研发机构，
    可适用以下政策措施 announces a list and is no chapter named 政策措施 (it made the whole opinion one task).
    奉贤区停车资源共享实施意见 (dev): 五、实施措施 holds the tasks, and its steps are numbered 第一，第二，…"""
    opinion = parse_structure(read_document(DEV / "most-new-type-rd-institutions-guiding-opinion-2019.txt"))
    titles = [t.title for t in opinion.tasks()]
    assert len(titles) >= 14 and "新型研发机构应建立分类评价体系" in titles
    labels = [a.label for a in opinion.actions]
    assert "根据《中国共产党章程》规定，设立党的组织" in labels  # a scene-setting clause is read with the next one
    parking = parse_structure(read_document(DEV / "shanghai-fengxian-parking-resource-sharing-implementation-opinions-2016.txt"))
    titles = [t.title for t in parking.tasks()]
    assert {"建立区域停车资源共享利用协调机制", "停车资源共享利用操作方案"} <= set(titles)
    steps = [u for u in parking.units if u.style == "ordinal"]
    assert [u.title for u in steps][:2] == ["公示共享停车资源", "提交停车共享申请材料"]


def test_a_chapter_of_steps_holds_tasks():
    """嘉定区盘活低效用地行动方案, 低空飞行服务能力实施方案, 崇明区高层建筑消防工作方案 (dev): 四、实施步骤 / 五、工作步骤
    hold the plan's phases (（一）调查摸底, 建设筹备阶段（2024年年底前）), which annotators read as tasks; the word was
    listed both as framing and as a container, and framing won."""
    from kg.layout import load_layout
    layout = load_layout()
    roles_of_word: dict[str, set[str]] = {}
    for role in layout.roles:
        for word in role.words:
            roles_of_word.setdefault(word, set()).add(role.name)
    assert not {w: r for w, r in roles_of_word.items() if len(r) > 1}  # one role per word in ontology/layout.ttl
    assert layout.role_of("实施步骤") == "container" and layout.role_of("工作步骤") == "container"
    assert layout.role_of("保障措施") == "framing" and layout.role_of("进度安排") == "framing"
    tree = parse_structure(read_document(DEV / "shanghai-jiading-idle-industrial-land-revitalisation-action-plan-2022.txt"))
    assert "实施步骤" in {t.title for t in tree.tasks()}
    labels = " ".join(a.label for a in tree.actions)
    assert all(step in labels for step in ("调查摸底", "分类处置", "总结推广"))  # its phases are its actions


def test_a_task_of_one_paragraph_is_one_item_with_its_heading():
    """上海港提高靠港船舶岸电使用率实施方案 (dev): （一）完善码头岸电设施建设。持续推进…（牵头部门：…） — the note governs
    the whole item, so the item's only action holds its heading too (its evidence begins with the item's words)."""
    tree = parse_structure(read_document(DEV / "shanghai-port-shore-power-usage-implementation-plan-2023.txt"))
    action = next(a for a in tree.actions if "码头岸电设施" in a.label or any("完善码头岸电设施建设" in s.norm for s in a.sentences))
    assert any(s.norm.startswith(("（一）", "(一)")) and "完善码头岸电设施建设" in s.norm for s in action.sentences) or \
        action.sentences[0].kind == "heading"
    assert action.begin == min(s.begin for s in action.sentences)


def test_report_sections_whose_paragraphs_open_with_a_lead_are_tasks():
    # 来宾市2024年政府工作报告 (dev-v): each section sets out its work in paragraphs with a run-in title
    text = ("来宾市2024年政府工作报告\n\n二、2024年主要工作建议\n\n（一）聚力推进“五千九百”工程，大力构建现代化产业体系\n\n"
            "建设五大千亿级产业集群。打造千万千瓦级装机能源基地，重点加快来宾抽水蓄能电站等项目建设。\n\n"
            "培育壮大九大百亿元级产业。推动铝精深加工产业集聚发展，打造区域性铝产业基地。\n\n"
            "（二）实施新一轮工业振兴三年行动，深入推进新型工业化\n\n"
            "推动工业扩量提质。强运行，深入开展服务壮大实体经济推动高质量发展行动。\n\n"
            "加快园区改革发展。推进园区“一园一策”改革，提升园区承载能力。\n")
    tree = parse_structure(document_from_text(text, "laibin.txt"))
    tasks = [u.title for u in tree.units if u.role == "task"]
    assert tasks == ["聚力推进“五千九百”工程，大力构建现代化产业体系", "实施新一轮工业振兴三年行动，深入推进新型工业化"]
    assert [a.label for a in tree.actions] == ["建设五大千亿级产业集群", "培育壮大九大百亿元级产业", "推动工业扩量提质",
                                               "加快园区改革发展"]


@pytest.mark.parametrize("text, tasks", [
    # 嘉定区违法用地综合整治三年行动工作方案 (dev-z), shortened: its only container is the phases of the work
    # (五、行动步骤); the chapters before it set out the work, 工作保障 frames it
    (("嘉定区违法用地综合整治三年行动工作方案\n一、总体目标\n到2026年，完成存量违法用地整治。\n"
      "二、整治内容\n“三年行动”整治内容为“三调”以来的违法用地。\n"
      "四、整治要求\n（一）按年度分解任务目标，逐地块确定整治计划\n各街镇（管委会）根据历史存量违法用地情况，制定整治计划。\n"
      "（二）严格整治验收标准\n各街镇（管委会）要按照整治标准组织验收。\n"
      "五、行动步骤\n（一）方案制定阶段（3月底前）\n各街镇（管委会）要结合实际制定年度实施方案。\n"
      "六、工作保障\n（一）加强组织保障，压实工作责任\n各街镇（管委会）要压紧压实整治责任。\n"), ["整治内容", "整治要求", "方案制定阶段（3月底前）"]),
    # 特种设备安全监督检查办法 (国家市场监督管理总局令第57号, dev-ab), shortened: every chapter's title holds 监督检查, a
    # safeguard word; the chapters that are not general provisions are still its tasks (no silent collapse)
    (("特种设备安全监督检查办法\n第一章 总则\n第一条 为了规范特种设备安全监督检查工作，制定本办法。\n"
      "第二章 监督检查分类\n第二条 市级市场监督管理部门负责制定年度常规监督检查计划。\n"
      "第三章 监督检查程序\n第三条 市场监督管理部门实施监督检查时，应当有二名以上特种设备安全行政执法人员参加。\n"
      "第四章 附则\n第四条 本办法自2022年7月1日起施行。\n"), ["监督检查分类", "监督检查程序"]),
    # 上海市人民政府办公厅关于本市保障轨道交通安全运行的实施意见 (dev-ad), shortened: 完善政策措施 ends with the container
    # word 政策措施 but names work, so its sibling chapters stay tasks (a bare 实施步骤 would still hold its phases)
    (("上海市人民政府办公厅关于本市保障轨道交通安全运行的实施意见\n一、明确总体要求\n（一）指导思想\n以习近平新时代中国特色社会主义思想为指导。\n"
      "二、构建综合治理体系\n（一）健全管理体制机制\n市交通管理部门负责轨道交通项目的行业监管。\n"
      "（二）完善法规标准体系\n强化本市轨道交通法规和标准体系建设。\n"
      "三、完善政策措施\n（一）加强高品质运营服务\n轨道交通企业要提升服务水平。\n"), ["构建综合治理体系", "完善政策措施"]),
])
def test_which_chapters_hold_the_work_in_the_twelfth_rounds_batches(text, tasks):
    tree = parse_structure(document_from_text(text))
    assert [t.title for t in tree.tasks()] == tasks
    assert all(a.task in {t.id for t in tree.tasks()} for a in tree.actions)


def test_a_report_s_year_of_goals_and_tasks_holds_its_tasks():
    # 威海市2024年政府工作报告 (dev-ae), shortened: 二、2024年政府工作目标任务 ends with 目标任务 (a goals word) but holds
    # the year's ten chapters of work; the report had no chain before
    text = ("各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2023年政府工作回顾\n刚刚过去的一年，经济增长量质齐升。\n"
            "二、2024年政府工作目标任务\n今年政府工作的主要预期目标是：生产总值增长6%左右。\n"
            "（一）聚焦聚力扩内需稳外需，推动经济持续回升向好。坚持把稳增长放在突出位置。\n实施项目建设提速行动。全年实施重点项目500个以上。\n"
            "（二）聚焦聚力新型工业化，加力提速先进制造业发展。突出先进制造业地位。\n加力提速重点链群培植。壮大产业集群。\n"
            "（三）聚焦聚力数实融合，加快重塑产业形态和发展模式。坚持把数字经济作为崭新赛道。\n推动数字产业培强做大。建设算力中心。\n")
    tree = parse_structure(document_from_text(text))
    assert [t.title for t in tree.tasks()] == ["聚焦聚力扩内需稳外需，推动经济持续回升向好", "聚焦聚力新型工业化，加力提速先进制造业发展",
                                                "聚焦聚力数实融合，加快重塑产业形态和发展模式"]
    assert tree.actions


def test_a_report_s_unnumbered_parts_and_a_chapter_after_an_enumeration():
    # 宜宾市2024年政府工作报告 (dev-aj), shortened: its parts are unnumbered lines (2023年工作回顾 / 2024年工作安排);
    # the chapters 一、… follow a paragraph that enumerates 一是…二是 and nest in the part, not in its last item
    text = ("各位代表：\n我代表市人民政府，向大会报告工作。\n2023年工作回顾\n刚刚过去的2023年，经济稳步增长。\n"
            "2024年工作安排\n今年全市经济社会发展的主要目标是：地区生产总值增长7%。\n"
            "实现全年发展目标，必须做到：一是始终把总书记重要指示作为战略方向；二是始终把产业发展作为核心支撑。\n"
            "一、坚持生态优先、绿色发展，着力打造长江上游生态保护示范区\n以更高标准打好蓝天、碧水、净土保卫战。深入推进大气污染治理。\n"
            "持续加强生态系统保护修复。实施长江岸线修复工程。\n"
            "二、坚持工业当先、创新赋能，着力打造绿色低碳优势产业集聚区\n做强动力电池产业。推进项目建设。\n")
    tree = parse_structure(document_from_text(text))
    parts = [u for u in tree.units if u.style == "report-part"]
    assert [(u.title, u.label, u.level) for u in parts] == [("2023年工作回顾", "", 1), ("2024年工作安排", "", 1)]
    assert [t.title for t in tree.tasks()] == ["坚持生态优先、绿色发展，着力打造长江上游生态保护示范区",
                                                "坚持工业当先、创新赋能，着力打造绿色低碳优势产业集聚区"]
    assert all(tree.unit(t.parent).title == "2024年工作安排" for t in tree.tasks())


def test_a_report_s_plan_part_titled_as_a_proposal():
    # 成都市2024年政府工作报告 (u35), shortened: the plan part is titled 2024年工作安排建议 — its chapters are the tasks,
    # not sections of the review
    text = ("各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n2023年工作回顾\n过去一年，经济稳步增长。\n"
            "（一）聚焦产业建圈强链，经济运行持续向好\n规上工业增加值增长6%。\n2024年工作安排建议\n"
            "2024年是中华人民共和国成立75周年。\n重点抓好以下两个方面工作。\n（一）坚持科技创新引领产业创新，加快建设现代化产业体系\n"
            "大力发展数字经济。加快5G网络、北斗等数字信息基础设施建设。\n提升产业链供应链韧性。实施产业建圈强链行动。\n"
            "（二）深化改革开放，持续增强发展动力活力\n深化国资国企改革。完善现代企业制度。\n扩大高水平对外开放。建设国际门户枢纽。\n")
    tree = parse_structure(document_from_text(text))
    assert [t.title for t in tree.tasks()] == ["坚持科技创新引领产业创新，加快建设现代化产业体系", "深化改革开放，持续增强发展动力活力"]


def test_an_emergency_plan_numbered_in_the_decimal_system():
    # 崇明区地下空间突发事件应急预案 (dev-ak), shortened: a table of contents, then 1总则 / 1.1编制目的 … / 3组织体系 /
    # 3.1领导机构 / 3.1.1 a numbered paragraph (a sentence, no heading); 1. would otherwise read as an item
    text = ("上海市崇明区地下空间突发事件应急预案\n目  录\n1总则\n1.1编制目的\n2组织体系\n2.1领导机构\n2.2工作机构\n"
            "1总则\n1.1编制目的\n为提高本区地下空间突发事件应急处置能力，制定本预案。\n2组织体系\n2.1领导机构\n"
            "2.1.1本区突发事件应急管理工作由区政府统一领导，区建设管理委负责统一指导和综合协调。\n"
            "2.2工作机构\n区建设管理委负责本区地下空间应急体系建设和监督检查。\n")
    tree = parse_structure(document_from_text(text))
    heads = [(u.label, u.title, u.level) for u in tree.units if u.kind == "heading"]
    assert heads == [("1", "总则", 1), ("1.1", "编制目的", 2), ("2", "组织体系", 1), ("2.1", "领导机构", 2),
                     ("2.2", "工作机构", 2)]
    assert [e.norm_title for e in tree.toc] == ["总则", "编制目的", "组织体系", "领导机构", "工作机构"]
    assert len(tree.parts) == 1 and tree.actions
    # the same lines in a document not numbered in the decimal system: 1. is an item as before
    plain = parse_structure(document_from_text("某某工作方案\n一、工作任务\n1.加强组织领导\n各部门要加强领导。\n2.强化督查\n定期督查。\n"))
    assert [u.kind for u in plain.units if u.label.startswith(("1", "2"))] == ["item", "item"]


def test_chapters_named_by_the_rule_s_own_subject_are_its_tasks():
    """食品生产经营监督检查管理办法 (dev-au): 监督检查 is a safeguard's word (第五章 监督检查 in a plan), but in a rule on
    监督检查 the chapters 监督检查事权/要点/程序 are its work, beside 监督管理; 总则, 法律责任, 附则 stay framing."""
    tree = parse_structure(read_document(DEV / "samr-food-production-operation-supervision-inspection-measures-2021.txt"))
    titles = [re.sub(r"\s", "", t.title) for t in tree.tasks()]
    assert titles == ["监督检查事权", "监督检查要点", "监督检查程序", "监督管理"]
    # a chapter of articles titled 监督检查 in a rule on another subject is its inspections, work to do too (u100: 生产建设
    # 项目水土保持方案管理办法's 第五章 监督检查 lost its 卫星遥感、无人机; the development set's readers mark the four such
    # chapters as tasks) — but 五、监督检查 closing a plan is a safeguard
    text = ("某市数据管理办法\n\n第一章 总则\n\n第一条 为了规范数据管理，制定本办法。\n\n第二章 数据共享\n\n第二条 市数据局负责数据"
            "共享。\n\n第三章 监督检查\n\n第三条 市数据局应当定期开展监督检查。\n\n第四章 附则\n\n第四条 本办法自公布之日起施行。\n")
    assert [t.title for t in parse_structure(document_from_text(text)).tasks()] == ["数据共享", "监督检查"]
    plan = ("某市数据共享工作方案\n一、重点任务\n（一）推进数据共享\n市数据局负责推进数据共享。\n（二）加强数据治理\n"
            "市数据局负责数据治理。\n二、监督检查\n市数据局要定期开展监督检查。\n")
    assert [t.title for t in parse_structure(document_from_text(plan)).tasks()] == ["推进数据共享", "加强数据治理"]


def test_a_task_chapter_whose_sections_are_half_itemised_holds_tasks():
    """上海市市场监管系统城镇燃气安全专项整治实施方案 (dev-au): 三、综合施策提升监管效能 has six sections, three of them
    with numbered items: the sections are tasks and the items (1．严格落实燃气气瓶充装单位安全主体责任) actions."""
    tree = parse_structure(read_document(
        DEV / "shanghai-market-regulation-urban-gas-safety-special-rectification-implementation-plan-2023.txt"))
    titles = [t.title for t in tree.tasks()]
    assert "落实企业安全主体责任" in titles and "规范城镇燃气工程安装收费行为" in titles
    labels = {a.label for a in tree.actions}
    assert "严格落实燃气气瓶充装单位安全主体责任" in labels and "实施燃气器具质量安全信息追溯管理" in labels


#: A government web page's furniture around a document, as a copy from the site carries it (written for this test
#: from the common layout of such sites: a menu, a breadcrumb, the information box, print and share links, related
#: links and the footer with the host, the ICP and police records and the site code).
PAGE_TOP = """首页 | 政务公开 | 政务服务 | 互动交流 | 无障碍 | 关怀版
当前位置：首页 > 政务公开 > 政策文件 > 部门文件
索引号：SH0100000000/2025-00254
主题分类：城乡建设、环境保护
发文机关：上海市规划和自然资源局
成文日期：2025-07-01
发布日期：2025-07-08
发文字号：沪规划资源数〔2025〕254号
有效性：有效
字号：大 中 小
分享到：
"""
PAGE_BOTTOM = """
扫一扫在手机打开当前页
【打印本页】【关闭窗口】
相关链接
中国政府网 上海市人民政府 上海市发展和改革委员会
主办单位：上海市规划和自然资源局 承办单位：上海市规划和自然资源信息中心
网站地图 | 联系我们 | 网站声明
版权所有：上海市规划和自然资源局 沪ICP备12345678号-1 沪公网安备31010102001234号
网站标识码：3100000012 建议使用1366×768分辨率浏览
"""


def test_a_copy_of_a_web_page_reads_as_the_document_it_holds():
    """上海城市空间治理领域人工智能应用…实施方案 (dev), its front matter replaced by a web page's furniture: the same
    title, issuer, outline, sentences' concepts and responsibilities as the plain copy; no line of the page's
    furniture becomes a sentence (the footer's 主办单位 is no responsible unit, the site's menu no domain)."""
    from kg.pipeline import process_document

    raw = (DEV / "shanghai-urban-space-ai-quantum-city-implementation-plan-2025.txt").read_text(encoding="utf-8")
    body = raw.split("\n---\n", 1)[1]
    body = "\n".join(ln for ln in body.splitlines() if not ln.startswith(("> ", "# ")))

    def outcome(text):
        p = process_document(text.encode("utf-8"), path="page.txt")
        ex = p.extraction
        return (p.tree.title, p.tree.issuer, [u.id for u in p.tree.units], len(p.tree.actions),
                sorted((m.kind, m.surface, m.iri) for m in ex.mentions if m.sentence >= 0),
                sorted((r.role, r.surface, r.name) for r in ex.responsibilities)), p

    plain, _ = outcome(body)
    page, p = outcome(PAGE_TOP + body + PAGE_BOTTOM)
    assert page[0] == plain[0] and page[2:] == plain[2:]
    # the title (关于印发《…》的通知) names no issuer: the information box's 发文机关 does
    assert (plain[1], page[1]) == (None, "上海市规划和自然资源局") and len(plain[5]) > 20
    chrome = [a.text for a in p.tree.artifacts if a.kind == "chrome"]
    assert len(chrome) == PAGE_TOP.count("\n") + PAGE_BOTTOM.strip().count("\n") + 1
    assert not any("ICP" in s.text or "首页" in s.text for s in p.tree.sentences)


def test_page_furniture_words_in_a_document_s_own_lines_stay_text():
    """A table's column of 政务服务 (静安区营商环境品牌…任务分工, dev), an event plan's 主办单位：…, 有效性评估… as a
    sentence: no page furniture without other furniture around it."""
    from kg.layout import load_layout
    from kg.structure import chrome_kind

    layout = load_layout()
    tree = parse_structure(read_document(
        DEV / "shanghai-jingan-business-environment-brand-work-plan-task-division-2024.txt"))
    assert not [a for a in tree.artifacts if a.kind == "chrome"]
    tree = parse_structure(document_from_text("全民健身日活动方案\n一、活动安排\n主办单位：上海市体育局\n承办单位：各区体育局\n"
                                              "有效性评估制度要健全。\n"))
    assert not [a for a in tree.artifacts if a.kind == "chrome"] and len(tree.sentences) >= 3
    assert chrome_kind("当前位置：首页 > 政务公开", layout) == "field"
    assert chrome_kind("推进政务公开标准化。", layout) is None


def test_a_saved_page_s_information_box_one_field_per_line_and_its_title_line():
    """Pages of dev-ay (scraped government sites, kept as saved): 山西省能源局's page writes its header (国家能源局 / | /
    山西省人民政府), menu (首 页 / 政务公开 …) and information box one item per line (标 题： / its value), so the box's
    标题 is the title and its header no sentence; 北京市经信局's page opens with the page title (…的通知_政策文件_北京市
    经济和信息化局) and a box of [key] / value lines (京经信发 / 〔2024〕 / 65号); 高阳县's box gives 标题 and 发文单位."""
    tree = parse_structure(read_document(DEV / "shanxi-source-grid-load-storage-integration-projects-measures-2022.txt"))
    assert (tree.title, tree.issuer) == ("山西省能源局关于印发 《源网荷储一体化项目管理办法》的通知", "山西省能源局")
    assert not {"山西省人民政府", "|", "首 页", "标 题：", "切換到繁體", "无障碍浏览"} & \
        {s.text for s in tree.sentences}
    assert any(s.text.startswith("各市能源局") for s in tree.sentences)
    tree = parse_structure(read_document(DEV / "beijing-new-energy-storage-industry-implementation-plan-2024.txt"))
    assert tree.title == "北京市经济和信息化局关于印发《北京市新型储能产业发展实施方案（2024—2027年）》的通知"
    assert tree.issuer == "北京市经济和信息化局"
    assert not {"京经信发", "〔2024〕", "65号", "现行有效", "[发文字号]"} & {s.text for s in tree.sentences}
    tree = parse_structure(read_document(DEV / "gaoyang-county-government-work-report-2023.txt"))
    assert (tree.title, tree.issuer) == ("高阳县2023年政府工作报告", "高阳县人民政府")
    assert not [s for s in tree.sentences if "ICP" in s.text or "发文时间" in s.text]


def test_a_page_held_in_one_table_cell_its_lines_joined_by_br():
    """国家能源局's 意见 (dev-az), saved by a crawler as Markdown: the whole text sits in one table cell, its lines
    joined by <br>, headings in bold (**二、加快行业转型升级**), the box's keys in bold too (**文号**: …)."""
    tree = parse_structure(read_document(DEV / "nea-energy-digital-intelligent-development-opinions-2023.txt"))
    assert tree.title == "加快推进能源数字化智能化发展的若干意见"
    assert [u.title for u in tree.tasks()][:2] == ["加快行业转型升级", "推进应用试点示范"]
    assert {"二(四)", "四(十二)", "六(二十一)"} <= {u.id for u in tree.units}
    assert not [s for s in tree.sentences if "**" in s.text or "<br>" in s.text]
    # a table's row of several cells with <br> inside them is no page held in a cell: its columns stay one line
    tree = parse_structure(document_from_text("某某方案\n\n一、主要任务\n| 序<br>号 | 名称 | 非法经营<br>品种 | 主要区域<br>/地址 |\n"))
    assert any("| 名称 |" in s.text for s in tree.sentences)


def test_chapters_listed_before_the_text_without_a_contents_line():
    """广州市数字经济促进条例 (dev-az): eleven chapter lines, no 目录 above them, then the text, each chapter's
    heading run onto its first article (## 第一章 总则第一条 为了…)."""
    tree = parse_structure(read_document(DEV / "guangzhou-digital-economy-promotion-regulations-2022.txt"))
    ids = {u.id for u in tree.units}
    assert {"第一章/第一条", "第二章/第十一条", "第十一章/第八十八条"} <= ids
    assert "数字产业化" in [u.title for u in tree.tasks()]
    assert [e.norm_title for e in tree.toc][:2] == ["总则", "数字产业化"]


def test_an_unmarked_list_of_chapters_and_a_heading_glued_to_its_article(tmp_path):
    # the same layout made up: no chain would survive if the list were read as the chapters themselves
    text = ("某某市促进条例\n\n第一章 总则\n第二章 产业发展\n第三章 附则\n\n第一章 总则第一条 为了促进发展，制定本条例。\n"
            "第二章 产业发展第二条 市工业和信息化主管部门负责推进产业发展。\n第三章 附则第三条 本条例自公布之日起施行。\n")
    tree = parse_structure(document_from_text(text))
    assert {"第一章/第一条", "第二章/第二条", "第三章/第三条"} <= {u.id for u in tree.units}
    assert [u.title for u in tree.tasks()] == ["产业发展"]
    # three chapters on lines of their own that are never written again are the chapters, not a list of them
    tree = parse_structure(document_from_text("某某方案\n\n一、总体要求\n二、主要任务\n三、保障措施\n（一）加强领导。\n"))
    assert not tree.toc


def test_bold_marks_inside_lines_and_a_note_in_hexagonal_brackets(lexicon):
    """福建's charging-infrastructure plan (dev-az): headings strewn with bold marks (**（三）** **建设结构完善的**
    **城市** …), each measure's note in 〔〕 (〔责任单位：省发改委（数据管理局）、工信厅…按职责分工负责〕)."""
    from kg.pipeline import process_document

    p = process_document(DEV / "fujian-high-quality-charging-infrastructure-implementation-plan-2024.txt", lexicon)
    titles = {u.id: u.title for u in p.tree.units}
    assert titles["二(二)"] == "建设便捷高效的城际充电网络"
    noted = {a.surface for a in p.extraction.responsibilities if a.target.startswith("二(二)")}
    assert {"工信厅", "交通运输厅", "国网福建省电力有限公司"} <= noted
    # the front matter's issuer is a YAML list (issuer:\n- 福建省发展和改革委员会); the addressee line's level
    # (省工信厅、科技厅、财政厅…) holds for every department it lists
    assert p.tree.issuer == "福建省发展和改革委员会"
    addressed = {a.surface: a.name for a in p.extraction.addressees if a.target == "preamble"}
    assert addressed["科技厅"] == "福建省科学技术厅" and addressed["文旅厅"] == "福建省文化和旅游厅"


def test_a_decree_s_number_signing_date_and_issuer_and_the_venue_of_a_report():
    """A government's decree (临港新片区管理办法, dev; tried as a new user in the twentieth round): its number (上海市人民
    政府令 / （第19号）), the government that decrees it, and the date it is signed on a line of its own, not the meeting
    that adopted it (已经2019年7月30日…常务会议审议通过); the 2024 report (bundled) is given by the State Council at the
    congress (在第十四届全国人民代表大会第二次会议上 / 国务院总理), not by the congress."""
    tree = parse_structure(read_document(DEV / "lingang-new-area-measures.txt"))
    assert (tree.issuer, tree.date, tree.number) == ("上海市人民政府", "2019-08-12", "上海市人民政府令第19号")
    tree = parse_structure(read_document(REPORT_2024))
    assert (tree.issuer, tree.date) == ("国务院", "2024-03-05")


def test_a_short_notice_is_dated_by_its_signature_not_by_a_period_it_names():
    """(u62, 交通运输部 国家发展改革委关于2026年实施老旧营运货车报废更新的通知) 上述补贴政策实施期限为2026年1月1日至… in
    the first lines dated the notice 2026-01-01; the date on a line of its own under the issuers, at the end of a
    short notice, signs it."""
    text = ("交通运输部 国家发展改革委关于2026年实施老旧营运货车报废更新的通知\n交规划发〔2026〕36号\n\n"
            "一、补贴范围\n\n上述补贴政策实施期限为2026年1月1日至2026年12月31日。\n\n二、组织实施\n\n"
            "（一）交通运输部会同有关部门组织开展绩效评价。\n\n交通运输部   国家发展改革委\n2026年3月20日\n")
    assert parse_structure(document_from_text(text, "x.txt")).date == "2026-03-20"
    # (a date inside the first lines still dates a text with no signature)
    assert parse_structure(document_from_text(text.replace("2026年3月20日\n", ""), "x.txt")).date == "2026-01-01"


def test_no_issuer_is_read_from_the_title_of_a_cited_document():
    """(u59, “数据要素×”三年行动计划 copied from its PDF) 落实《中共中央 国务院关于构建数据基础制度…的意见》 in the
    opening paragraph made 中共中央 the plan's publisher: a cited title names another document's issuer."""
    text = ("“数据要素×”三年行动计划（2024—2026年）\n发挥数据要素的放大、叠加、倍增作用，是推动高质量发展的必然要求。为深入"
            "贯彻党的二十大精神，落实《中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见》，特制定本行动计划。\n"
            "一、总体要求\n坚持需求牵引。\n")
    assert parse_structure(document_from_text(text, "x.txt")).issuer is None
    text = text.replace("落实《中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见》，", "国务院")
    assert parse_structure(document_from_text(text, "x.txt")).issuer == "国务院"  # (named outside a title, it is)


def test_a_report_s_address_closes_the_numbered_section_before_it():
    """2024年政府工作报告 (bundled; tried as a new user): after （十）切实保障和改善民生…, 各位代表！ opens the government's
    own building, defence, Hong Kong and Macao, diplomacy — no actions of the 民生 task."""
    tree = parse_structure(read_document(REPORT_2024))
    task = next(t for t in tree.tasks() if t.title.startswith("切实保障和改善民生"))
    labels = actions_of(tree, task.id)
    assert labels and not [x for x in labels if x.startswith(("新征程新使命", "深入推进依法行政", "使命重在担当"))]


def test_a_body_flattened_to_one_line_without_spaces_is_split_at_its_headings(lexicon):
    """平潭's 2019 work plan (dev-bb): a scraped page whose whole body is one line (…谋划新发展。（一）多项产业协同发展，
    助推小镇人气集聚1.设置离岛免税商城（过渡点）。…牵头单位：区免税办责任单位：…平潭海关2.打造夜景灯光秀项目。): split
    before each heading that continues its sequence and before each role label; a chapter's title run onto its first
    sentence ends at the word naming its kind (二、澳前台湾小镇工作任务|根据…)."""
    from kg.pipeline import process_document

    p = process_document(DEV / "pingtan-aoqian-taiwan-town-entrepreneurship-park-work-plan-2019.txt", lexicon)
    titles = {u.id: u.title for u in p.tree.units}
    assert [titles.get(k) for k in ("一", "二", "三", "四")] == ["总体目标", "澳前台湾小镇工作任务", "台湾创业园工作任务",
                                                                   "保障措施"]
    assert titles["二(一)/1"] == "设置离岛免税商城（过渡点）" and titles["二(一)/2"] == "打造夜景灯光秀项目"
    led = {(a.role, a.surface) for a in p.extraction.responsibilities if a.target.startswith("二(一)/1")}
    assert {("lead", "区免税办"), ("responsible", "区交通集团"), ("support", "区财金局")} <= led
    # 2.8万㎡ in the same line is a number, not an item 2
    assert not any(u.title and u.title.startswith("8万") for u in p.tree.units)


def test_a_chapter_of_directions_whose_items_are_measures_is_a_task(lexicon):
    """(u34, 平潭综合实验区关于支持直播经济发展的若干措施) 一、明确重点发展方向 1.推动直播赋能旅游产业… : its items, measures
    opening with a verb, are its actions — a chapter of directions that lists fields has none; 三、其他说明 is the
    general provisions, not a task."""
    from kg.pipeline import process_document

    text = ("平潭综合实验区关于支持直播经济发展的若干措施\n\n一、明确重点发展方向\n\n" +
            "".join(f"{k}.推动直播赋能产业{k}，打造“直播+{k}”。积极开展在线直播。\n\n" for k in range(1, 4)) +
            "二、主要扶持政策\n\n（一）支持打造一批直播示范基地。对新认定的基地给予奖励。\n\n"
            "三、其他说明\n\n（一）本措施由区经济发展局负责解释。\n\n（二）本措施自印发之日起施行。\n")
    p = process_document(text.encode("utf-8"), lexicon, path="measures.txt")
    units = {u.id: u for u in p.tree.units}
    assert units["一"].role == "task" and sum(a.task == "一" for a in p.tree.actions) == 3
    assert units["三"].role != "task"


def test_a_number_inside_a_long_paragraph_is_no_heading():
    # a long paragraph of one line with numbers in it, but fewer than four headings in sequence: left whole
    text = "规划\n\n" + "推进建设，总面积2.8万平方米，其中一期1.5万平方米，第（二）项工作另行安排。" * 60 + "\n"
    tree = parse_structure(document_from_text(text))
    assert not [u for u in tree.units if u.kind == "item"]


@pytest.mark.parametrize("source, tasks, articles", [
    # mechanical: every line break removed, as a scraper may give it (tried as a new user in the twenty-first round)
    (REPORT_2024, 10, 0),  # 一、2023年工作回顾…三、2024年政府工作任务 (一)…(十); 质量第一、效益优先 is no heading
    (DEV / "aba-government-data-measures-2021.txt", None, 40),  # 第一章 总则 第一条 … 第七章 附则
])
def test_a_document_with_every_line_break_removed_keeps_its_outline(source, tasks, articles):
    text = read_document(source).text.replace("\n", "") + "\n"
    tree = parse_structure(document_from_text(text))
    if tasks is not None:
        assert len(tree.tasks()) == tasks
        assert tree.unit("三").title == "2024年政府工作任务"
    got = [u for u in tree.units if u.kind == "article"]
    assert len(got) >= articles
    if articles:
        assert {u.id.split("/")[0] for u in got} >= {"第一章", "第二章", "第七章"}


def test_a_site_s_name_above_its_own_menu_is_not_the_title():
    # tried as a new user (twenty-first round): a saved page opening with the site's name, then a menu half of whose
    # entries are the usual words, a breadcrumb and the information box (标题：…)
    body = read_document(DEV / "lingang-new-area-measures.txt").text
    page = ("上海市人民政府\n首页 | 要闻动态 | 政务公开 | 政务服务 | 互动\n当前位置：首页 > 政务公开 > 规章\n"
            "索引号：000000-2019-001\n发文机关：上海市人民政府\n标题：中国(上海)自由贸易试验区临港新片区管理办法\n\n" + body)
    tree = parse_structure(document_from_text(page))
    assert tree.title == "中国(上海)自由贸易试验区临港新片区管理办法"
    assert not any("要闻动态" in s.norm for s in tree.sentences)


def test_a_quoted_front_matter_title_and_an_information_box_s_digit_date(lexicon):
    # 工业和信息化部等五部门…实施意见 saved with a clipper (dev): title: "…" (YAML quotes), then a box with
    # 发文字号：工信厅联通信〔2026〕4号 and 成文日期：2026-02-03 (the new user found a quoted title and no date)
    tree = parse_structure(read_document(DEV / "miit-low-altitude-infrastructure-ict-capacity-implementation-opinions-2026.txt"))
    assert tree.title.startswith("工业和信息化部等五部门") and not tree.title.startswith(("\"", "“"))
    assert tree.number == "工信厅联通信〔2026〕4号" and tree.date == "2026-02-03"


def test_a_report_copied_without_its_headings_keeps_its_paragraphs_of_work(lexicon):
    # 绵阳市2024年政府工作报告 (dev-bf): the copy lost its title and every heading (各位代表：… / 我们始终心怀“国之大者”…);
    # no task, no article — its paragraphs of work are the actions, so the chain does not collapse silently
    # (a new user's finding, round 25): it is a work report by its opening (向大会报告工作); its review of 2023
    # (我们始终心怀“国之大者”…) is done, not to do, up to where it turns to 2024 (…我们将重点做好八个方面工作);
    # 各位代表，… is no action; 一是…。二是…。三是… run into one paragraph holds none of the paragraphs after it
    tree = parse_structure(read_document(DEV / "sichuan-mianyang-government-work-report-2024.txt"))
    assert not tree.tasks() and len(tree.actions) >= 20
    assert tree.genre is not None and tree.genre[0] == "genre-report"
    assert not any(a.label.startswith(("我们始终心怀", "各位代表", "全社会固定资产投资")) for a in tree.actions)
    assert tree.actions[0].label.startswith("持续深入实施科技立市")
    assert all(a.key.startswith("preamble") for a in tree.actions)


def test_a_page_s_lists_of_links_to_other_sites_are_furniture():
    """武汉's hydrogen plan as saved from its site ends with lists of links to every province's, capital's and
    district's site (lines 300–418: - [四川](http://www.sc.gov.cn/) …); none of those places is the plan's."""
    from kg.layout import load_layout
    from kg.pipeline import process_document
    from kg.structure import chrome_kind

    layout = load_layout()
    assert chrome_kind('- [江夏区](https://www.jiangxia.gov.cn/ "江夏区")', layout) == "link"
    assert chrome_kind("- [四川](http://www.sc.gov.cn/)", layout) == "link"
    assert chrome_kind("- ![](https://www.wuhan.gov.cn/a.png)[![](https://www.wuhan.gov.cn/b.png)](http://bszs.conac.cn/)",
                       layout) == "link"
    assert chrome_kind("推进[数据](https://x.cn/)共享。", layout) is None  # a link inside a sentence stays text
    p = process_document(DEV / "wuhan-hydrogen-industry-three-year-action-plan-2025.txt")
    chrome = [a.text for a in p.tree.artifacts if a.kind == "chrome"]
    assert "- [四川](http://www.sc.gov.cn/)" in chrome and '- [江夏区](https://www.jiangxia.gov.cn/ "江夏区")' in chrome
    regions = {m.surface for m in p.extraction.mentions if m.kind == "Region"}
    assert "武汉" in regions or "武汉市" in regions
    assert not regions & {"四川", "贵州", "石家庄", "江夏区", "新洲区"}


def test_a_chapter_that_opens_with_a_container_word_but_parallels_its_siblings_is_a_task():
    """上海's equipment-renewal action: 一、重点领域先进设备更新行动 opens with 重点领域 (a word that names a chapter
    holding the tasks), but ends as its five siblings do (二、技术改造设备焕新行动 … 六、质量和标准提升行动): six tasks."""
    from kg.pipeline import process_document

    p = process_document(DEV / "shanghai-industrial-equipment-renewal-innovative-products-special-action-2024.txt")
    assert [(t.id, t.title) for t in p.tree.tasks()][:2] == [("一", "重点领域先进设备更新行动"), ("二", "技术改造设备焕新行动")]
    assert len(p.tree.tasks()) == 6


def test_a_report_s_address_opens_no_action_s_label():
    """广州's 2024 report opens seven paragraphs with 各位代表！ (各位代表！产业兴则人民富、城市强。我们将…): the
    address closes nothing there, and no action is labelled 各位代表."""
    from kg.pipeline import process_document

    p = process_document(DEV / "guangzhou-government-work-report-2024.txt")
    assert not [a.label for a in p.tree.actions if a.label.startswith("各位")]
    assert any(a.label.startswith("产业兴则人民富") for a in p.tree.actions)


def test_a_saved_page_s_search_box_is_furniture_and_a_special_action_is_an_action_plan():
    """上海's equipment-renewal action as saved: 热门搜索: / ## 本区域包含…热门搜索，请按tab键切换遍历 /
    建党105周年十五五 [新能源汽车](…)5G — no mention of 5G or 新能源汽车 there; its title ends in 专项行动."""
    from kg.pipeline import process_document

    p = process_document(DEV / "shanghai-industrial-equipment-renewal-innovative-products-special-action-2024.txt")
    assert p.tree.genre[0] == "genre-action-plan"
    where = {p.tree.sentences[m.sentence].section for m in p.extraction.mentions if m.surface in ("5G", "新能源汽车")}
    assert "preamble" not in where and where


def test_an_item_number_split_by_bold_marks_is_a_heading():
    """福建's charging plan, line 96: **（十三** **）提升** **创新示范应用水平。**: item 五(十三), its own action."""
    from kg.pipeline import process_document

    p = process_document(DEV / "fujian-high-quality-charging-infrastructure-implementation-plan-2024.txt")
    assert ("五(十三)", "提升创新示范应用水平") in [(u.id, u.title) for u in p.tree.units]


def test_items_titled_only_by_their_kind_of_text_are_labelled_with_their_parent():
    """集运MaaS 2023年重点工作方案: （一）一门式查询 / 1．功能。… / 2．任务。…: actions labelled 功能 and 任务 said nothing in
    kg query chain (a new user's finding); each is named with its item's title."""
    tree = parse_structure(read_document(DEV / "shanghai-container-transport-maas-platform-work-plan-2023.txt"))
    labels = {a.key: a.label for a in tree.actions}
    assert labels["三(一)/1"] == "一门式查询：功能" and labels["三(四)/2"] == "一体化赋能：任务"
    assert not any(label in ("功能", "任务") for label in labels.values())


def test_a_report_s_ordinal_sections_are_its_tasks(lexicon):
    """甘孜 2024 work report (dev; the new user, round 26): 三、2024年工作安排 holds 第一，… to 第七，… — each a line of its
    own followed by lead-sentence paragraphs (增强现代交通枢纽辐射力。…): seven tasks titled by their lines, their
    paragraphs the actions."""
    from kg.pipeline import process_document

    p = process_document(DEV / "sichuan-garze-prefecture-government-work-report-2024.txt", lexicon)
    tasks = p.tree.tasks()
    assert len(tasks) == 7 and tasks[0].title == "竭力厚植比较优势，融入全省经济文化体系"
    assert len(p.tree.actions) >= 21 and p.tree.actions[0].label == "增强现代交通枢纽辐射力"


def test_a_table_copied_a_cell_a_line_is_read_row_by_row(lexicon):
    """湖南电力支撑能力提升行动方案 (dev; the new user, round 26): its 重大项目表 arrives one cell a line (| / 1 | /
    华电平江电厂 | / 岳阳市 平江县 | …): each row is one action named by its 项目名称 — not 283 actions of cells
    (41.6 |, 2021-2023 |) — and the row's 建设业主 builds it."""
    from kg.pipeline import process_document

    p = process_document(DEV / "hunan-power-support-capacity-improvement-action-plan-2022.txt", lexicon)
    labels = [a.label for a in p.tree.actions]
    assert len(labels) < 100 and not any("|" in x for x in labels)
    assert "华电平江电厂" in labels and "1000千伏荆门—长沙特高压双回线路工程" in labels
    label = {a.key: a.label for a in p.tree.actions}
    owner = {a.surface for a in p.extraction.responsibilities if label.get(a.target) == "华电平江电厂"}
    assert "华电湖南分公司" in owner


def test_a_closing_paragraph_after_one_line_items_is_the_articles():
    # 中山市政务数据管理办法 第五条 (dev; a user's trial, u28): five one-line duties of the data bureau, then
    # 市审计部门负责…: the audit office's duty is the article's, not its fifth item's
    lines = (DEV / "zhongshan-government-data-measures.txt").read_text(encoding="utf-8").split("\n")
    tree = parse_structure(document_from_text("\n".join(lines[:40]) + "\n", "zs.txt"))
    where = next(p.unit for p in (p for u in tree.units for p in u.paragraphs)
                 if p.sentences[0].norm.lstrip().startswith("市审计部门负责"))
    assert where.endswith("第五条")
    # items with bodies of their own keep the paragraph that follows the last one
    text = ("某市管理办法\n第一章 总则\n第一条 市主管部门履行下列职责：\n（一）规划建设\n编制专项规划并组织实施。\n"
            "（二）运行管理\n建立运行管理制度。\n各区按照职责做好相关工作。\n第二条 本办法自发布之日起施行。\n")
    tree = parse_structure(document_from_text(text, "x.txt"))
    where = next(p.unit for u in tree.units for p in u.paragraphs if p.sentences[0].norm.startswith("各区"))
    assert where.endswith("(二)")


def test_an_article_s_second_paragraph_with_a_list_of_its_own_is_the_article_s():
    """(u57, the State Council's interim regulation on drones, 第三十一条) 前款规定的飞行活动存在下列情形之一的，应当…：
    and the second list after it went into the first list's last item ((四), an exemption): the paragraph is the
    article's, its items a second list of the article, and the article's closing sentence is the article's too."""
    text = ("无人驾驶航空器飞行管理暂行条例\n第一章 总则\n第一条 为了规范飞行，制定本条例。\n第二章 飞行\n"
            "第二条 单位或者个人应当向空中交通管理机构提出飞行活动申请。下列飞行活动，无需提出飞行活动申请：\n"
            "（一）微型无人驾驶航空器在适飞空域内的飞行活动；\n（二）常规农用无人驾驶航空器作业飞行活动；\n"
            "（三）民用运输机场管理机构在机场巡检的飞行活动。\n前款规定的飞行活动存在下列情形之一的，应当提出飞行活动申请：\n"
            "（一）通过通信基站进行无人驾驶航空器中继飞行；\n（二）运载危险品或者投放物品。\n"
            "空中交通管理机构应当及时受理申请。\n第三条 其他事项由空中交通管理机构负责。\n")
    tree = parse_structure(document_from_text(text, "uav.txt"))
    where = {p.sentences[0].norm[:4]: p.unit for u in tree.units for p in u.paragraphs}
    assert where["前款规定"].endswith("第二条") and where["空中交通"].endswith("第二条"), where
    items = [u for u in tree.units if u.parent and u.parent.endswith("第二条")]
    assert [u.title[:4] for u in items] == ["微型无人", "常规农用", "民用运输", "通过通信", "运载危险"]
    assert len({u.id for u in items}) == 5 and not any("通过" in s.norm for u in items[:3] for p in u.paragraphs
                                                       for s in p.sentences)


def test_plain_paragraphs_after_an_article_s_last_item_are_the_article_s():
    """(u58, 上海市会展业条例 第四十二条) two paragraphs after the last item (市商务部门应当公布…; 有关部门可以…联合惩戒) went
    to item (三); they are the article's, as one such paragraph was (中山's 第五条)."""
    text = ("上海市会展业条例\n第一章 总则\n第一条 为了促进会展业发展，制定本条例。\n第二章 管理\n"
            "第二条 市商务部门应当建立信用管理制度，对下列主体实施失信惩戒：\n（一）举办单位；\n（二）承办单位；\n（三）参展单位。\n"
            "市商务部门应当公布严重失信主体名单。\n有关部门可以对严重失信主体实施联合惩戒。\n第三条 本条例自2020年5月1日起施行。\n")
    tree = parse_structure(document_from_text(text, "sh.txt"))
    where = {p.sentences[0].norm[:4]: p.unit for u in tree.units for p in u.paragraphs}
    assert where["市商务部"].endswith("第二条") and where["有关部门"].endswith("第二条"), where


def test_chapters_of_work_between_task_chapters_are_tasks():
    """唐山's carbon-peak pilot plan (dev-bo): 三、重点任务 and 五、重点工程 hold sections of work, and so do 四、科技创新,
    六、政策创新 and 七、全民行动, which no container word names; 八、保障措施 stays framing, and a last chapter of work
    mechanisms (四、建立齐抓共管的工作机制 in the Anhui plan) is the plan's safeguards."""
    from kg.pipeline import process_document

    p = process_document(DEV / "hebei-tangshan-national-carbon-peak-pilot-implementation-plan-2024.txt")
    chapters = {t.id.split("(")[0] for t in p.tree.tasks()}
    assert {"三", "四", "五", "六", "七"} <= chapters and not chapters & {"一", "二", "八"}, chapters
    assert any(a.task == "四" and a.label.startswith("加快先进适用技术研发") for a in p.tree.actions)


# --------------------------------------------------------------------------------------------------------
# A web page saved as Markdown, with chapters in bold (u31 user trial, round 31)

def test_a_saved_web_page_with_bold_chapters_and_a_toolbar_footer():
    """11部门印发《推动新能源重卡规模化应用实施方案》的通知 as a provincial site saved it to Markdown (excerpt in
    tests/fixtures): YAML front matter (title, ``issuer: []``, date), the site's header (简 \\| 繁 \\| 无障碍浏览), the
    plan's chapters as unnumbered bold lines (**总体要求**, **加快新能源重卡补能设施建设**) over items （一）…, and a
    share bar and an accessibility toolbar (重置, 语速, ALT+1, 辅助浏览工具) after the text.  The build had taken the
    title "简", the publisher "[]", every （一） for a task and the toolbar for body text."""
    tree = parse_structure(read_document(ROOT / "tests" / "fixtures" / "web-page-notice.md"))
    assert tree.title == "11部门印发《推动新能源重卡规模化应用实施方案》的通知"
    assert tree.issuer is None  # issuer: [] names no one; 11部门 is a count of issuers, not one
    assert tree.date == "2026-06-15"
    tops = [u.title for u in tree.units if u.kind == "heading" and u.level == 1]
    assert tops == ["总体要求", "加快新能源重卡补能设施建设", "完善新能源重卡运营服务和监管体系", "加强实施保障"]
    assert [u.title for u in tree.tasks()] == ["加快新能源重卡补能设施建设", "完善新能源重卡运营服务和监管体系"]
    assert [a.label for a in tree.actions][:5] == ["完善补能设施网络布局", "加快零碳公路运输通道建设",
                                                   "加快高速公路服务区充换电设施建设", "推动补能网与电网融合发展",
                                                   "强化补能设施安全管理"]
    furniture = ("简", "繁", "\\|", "|", "无障碍浏览", "- 重置", "重置", "ALT+1", "导航区(0)")
    assert not [s.norm for s in tree.sentences if s.norm in furniture or "辅助浏览" in s.norm or "导盲" in s.norm]
    assert tree.sentences[-1].norm.startswith("地方相关部门切实履行主体责任")
    # the unnumbered chapters are named by their order (§2(五)), not by the style's internal name (bold2(五), u44)
    assert [u.id for u in tree.tasks()] == ["§2", "§3"]
    assert tree.actions[0].section.startswith("§2(") and not any("bold" in u.id for u in tree.units)


def test_markdown_heading_lines_and_a_closing_chapter_named_like_a_genre_are_chapters():
    # ## lines play the part of bold lines (a Markdown copy, or a web page's <h2>), and 保障措施 after the first
    # chapter is the last chapter, not a document's title ending in 措施
    for mark in ("**{}**", "## {}"):
        text = ("某市数字经济发展行动方案\n\n为加快数字经济发展，制定本方案。\n\n" + mark.format("总体要求") +
                "\n\n（一）指导思想。坚持创新驱动。\n\n（二）主要目标。建成基站。\n\n" + mark.format("重点任务") +
                "\n\n（三）加快5G网络建设。推进基站建设。\n\n（四）发展区块链产业。建设区块链平台。\n\n" +
                mark.format("保障措施") + "\n\n（五）加强组织领导。各区要落实责任。\n")
        tree = parse_structure(document_from_text(text, "plan.md"))
        assert [u.title for u in tree.units if u.kind == "heading" and u.level == 1] == ["总体要求", "重点任务", "保障措施"]
        assert [u.title for u in tree.tasks()] == ["加快5G网络建设", "发展区块链产业"]
    # a single ## line is no outline
    tree = parse_structure(document_from_text("某市方案\n\n## 相关链接\n\n（一）加快建设。推进。\n", "one.md"))
    assert not [u for u in tree.units if u.kind == "heading" and u.level == 1 and u.title == "相关链接"]


def test_bold_lines_among_numbered_chapters_are_no_headings():
    # where the chapters are numbered (一、 / 二、), a line in bold is emphasis: the items under 一、 stay its own
    text = ("一、总体要求\n\n**强化统筹协调**\n\n各地要加强领导。\n\n**强化资金保障**\n\n统筹使用各类资金。\n\n"
            "二、重点任务\n\n（一）加快5G网络建设。推进基站建设。\n")
    tree = parse_structure(document_from_text(text, "bold.txt"))
    assert [u.title for u in tree.units if u.kind == "heading"] == ["总体要求", "重点任务", "加快5G网络建设"]


def test_a_report_closing_part_without_a_number_is_a_part_of_its_own():
    """眉山市2024年政府工作报告 (u31): after 2024年工作安排 and its （一）…（十）, the unnumbered line 加强政府自身建设 opens
    the report's last part; its paragraphs (旗帜鲜明讲政治。…) are no actions of the tenth task."""
    text = ("各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n2023年工作回顾\n\n过去一年，经济回升向好。\n\n"
            "2024年工作安排\n\n（一）聚力强工业促转型，坚定不移打造高质量发展新引擎\n\n推动战略性新兴产业集聚突破。加快发展。\n\n"
            "（二）聚力抓安全守底线，坚定不移护航高质量发展新征程\n\n统筹发展和安全。守牢底线。\n\n加强政府自身建设\n\n"
            "旗帜鲜明讲政治。坚持以习近平新时代中国特色社会主义思想为指导。\n\n依法行政提效能。深化法治政府建设。\n")
    tree = parse_structure(document_from_text(text, "meishan.txt"))
    tops = [u.title for u in tree.units if u.kind == "heading" and u.level == 1]
    assert tops == ["2023年工作回顾", "2024年工作安排", "加强政府自身建设"]
    second = next(u for u in tree.tasks() if u.title.startswith("聚力抓安全"))
    assert not [a.label for a in tree.actions if a.task == second.id and "讲政治" in a.label]


def test_a_state_council_page_with_its_information_box_in_layout_tables():
    """国发〔2018〕43号 as gov.cn serves it (tests/fixtures, the page's HTML as a crawler stored it; u32): tables lay the
    page out, an information box of key and value cells (索 引 号： | 000014349/2018-00222 | 主题分类： | …) gives the
    title, issuer and date, and the title is centred over three lines above the text.  The build had taken the box's
    first row for the title and read the whole body as one table row."""
    tree = parse_structure(read_document(ROOT / "tests" / "fixtures" / "gov-cn-decision-page.html"))
    assert tree.doc.markup == "html"
    assert tree.title == "国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施《中华人民共和国药品管理法实施条例》有关规定的决定"
    assert (tree.issuer, tree.date, tree.number) == ("国务院", "2018-12-21", "国发〔2018〕43号")
    norms = [s.norm for s in tree.sentences]
    assert not [x for x in norms if "|" in x or "索引号" in x.replace(" ", "") or x.startswith("暂时调整实施")]
    assert any(x.startswith("海南省人民政府要明确审批的条件和程序") for x in norms)
    assert norms[-1] != "扫一扫在手机打开当前页"


def test_goals_and_principles_stated_without_lead_sentences():
    """国办发〔2018〕123号 (u32): （二）工作目标。到2022年，建成… states its goal with no lead sentence, and （三）基本原则 lists
    its principles as numbered items (1.坚持正确导向。…); the outline had been empty."""
    text = ("一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n（二）工作目标。到2022年，建成以中国政府网政务新媒体"
            "为龙头，整体协同、响应迅速的政务新媒体矩阵体系。\n（三）基本原则。\n1.坚持正确导向。把握正确政治方向。\n"
            "2.坚持需求引领。回应公众关切。\n二、明确工作职责\n（一）落实主体责任。各地区各部门负责。\n")
    tree = parse_structure(document_from_text(text, "opinion.txt"))
    got = [(n.role, n.order, n.label) for n in tree.lead_nodes]
    assert ("principle", 1, "坚持正确导向") in got and ("principle", 2, "坚持需求引领") in got
    assert any(r == "goal" and label.startswith("到2022年，建成以中国政府网政务新媒体为龙头") for r, _, label in got)


def test_an_item_whose_name_opens_with_digits_is_the_next_item():
    """广州's 633 talent programme (u32): 11.121人才梯队项目。… after item 10 is item 11 (named 121人才梯队项目), not the
    decimal 11.121 run on into item 10."""
    items = "\n".join(f"{n}.第{n}个项目。组织实施。" for n in range(1, 11))
    text = f"一、重点项目\n{items}\n11.121人才梯队项目。重点培养不少于10名院士后备人选。\n12.博士后项目。资助400名博士后。\n"
    tree = parse_structure(document_from_text(text, "talent.txt"))
    assert [a.label for a in tree.actions][-3:] == ["第10个项目", "121人才梯队项目", "博士后项目"]
    prose = parse_structure(document_from_text("一、目标\n1.总体目标。到2025年建成。\n3.5万户家庭接入千兆光网。\n", "p.txt"))
    assert [u.title for u in prose.units if u.kind == "item"] == ["总体目标"]  # (3. is not the next item: prose)


def test_an_action_label_is_not_a_time_alone():
    """（一）加快5G网络建设。到2026年，全市累计建成5G基站5000个以上… — a paragraph's label is not its opening time
    (到2026年), which is read with the clause after it, as a clause that sets the scene is (根据…，…)."""
    text = ("某市推进5G和北斗融合应用三年行动方案\n一、主要任务\n（一）加快5G网络建设。到2026年，全市累计建成5G基站5000个以上。\n"
            "（二）推广北斗应用。2025年底前，建成北斗地基增强站20个。\n")
    labels = [a.label for a in parse_structure(document_from_text(text)).actions]
    assert labels == ["到2026年，全市累计建成5G基站5000个以上", "2025年底前，建成北斗地基增强站20个"]


def test_an_article_s_label_is_not_its_subject_and_setting_alone():
    """(u38) 宁夏回族自治区中小企业促进条例 第十一条: the label 自治区人民政府可以根据实际情况 said nothing of the tax relief;
    a clause of a subject and its setting (根据实际情况, 按照有关规定) is read with the clause after it."""
    from kg.structure import Sentence, first_clause

    text = "自治区人民政府可以根据实际情况，依法对小型微型企业予以减征或者免征。"
    assert first_clause(Sentence(0, "x", 0, len(text), text, text, 0), limit=60) == text.rstrip("。")
    text = "县级以上人民政府应当加强领导，统筹推进工作。"
    assert first_clause(Sentence(0, "x", 0, len(text), text, text, 0)) == "县级以上人民政府应当加强领导"


def test_a_work_report_s_closing_call_is_no_action(lexicon):
    """(u34, 济宁市2024年政府工作报告) 各位代表！孔孟大地春潮涌…让我们更加紧密地团结…: the report's closing call sits under its
    last chapter but is no action of it."""
    from kg.pipeline import process_document

    text = ("济宁市2024年政府工作报告\n\n一、2024年重点工作\n\n（一）加快产业升级。推动技术改造，建设智能工厂。\n\n"
            "（二）建设法治政府。依法行政受监督，严格规范公正文明执法。\n\n"
            "各位代表！孔孟大地春潮涌，运河之都千帆竞。让我们更加紧密地团结在党中央周围，奋力谱写新篇章！\n")
    p = process_document(text.encode("utf-8"), lexicon, path="report.txt")
    labels = [a.label for a in p.tree.actions]
    assert labels and not any("孔孟" in x or "让我们" in x for x in labels)


@pytest.mark.parametrize("closing", [
    # (u35, 成都市2024年政府工作报告) the address a paragraph of its own before the call, after the chapter on the
    # government's own work
    "全面加强政府自身建设\n\n（一）永葆绝对忠诚的政治品格。坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂。\n\n"
    "（二）打造高效廉洁的法治政府。坚持法定职责必须为、法无授权不可为，深入推进政府职能转变。\n\n各位代表！\n\n"
    "奋斗铸就伟业，实干谱写华章！让我们更加紧密地团结在党中央周围，奋力谱写成都新篇章！\n",
    # (u35, 国务院关于数字经济发展情况的报告) the NPC Standing Committee addressed, then the government's promise
    "委员长、各位副委员长、秘书长、各位委员，我们将在以习近平同志为核心的党中央坚强领导下，做强做优做大我国数字经济。\n",
])
def test_a_report_s_closing_paragraphs_are_no_action(lexicon, closing):
    from kg.pipeline import process_document

    text = ("2024年政府工作报告\n\n2023年工作回顾\n\n过去一年，经济稳步增长。\n\n2024年工作安排\n\n"
            "重点抓好以下两个方面工作。\n\n（一）加快产业升级。推动技术改造，建设智能工厂。\n\n"
            "（二）建设法治政府。依法行政受监督，严格规范公正文明执法。\n\n" + closing)
    p = process_document(text.encode("utf-8"), lexicon, path="report.txt")
    labels = [a.label for a in p.tree.actions]
    assert labels and not any("奋斗" in x or "委员长" in x or "让我们" in x for x in labels)


def test_an_address_and_its_rhetoric_do_not_label_the_work_after_them(lexicon):
    """(u36, 泰安市2024年政府工作报告) 各位代表！路虽远行则将至，事虽难做则必成。…加强政治建设，做到对党绝对忠诚。…: the
    paragraph on the government's own work is an action, labelled by its first work, not by the saying before it."""
    from kg.pipeline import process_document

    text = ("泰安市2024年政府工作报告\n\n一、2024年重点工作\n\n（一）加快产业升级。推动技术改造，建设智能工厂。\n\n"
            "（二）抓好社会事业。推进集团化办学，新改扩建中小学11所。\n\n"
            "各位代表！路虽远行则将至，事虽难做则必成。踏上新征程，我们必须始终保持奋斗姿态。加强政治建设，做到对党绝对忠诚。"
            "坚持党对政府工作的全面领导，巩固拓展主题教育成果。\n")
    p = process_document(text.encode("utf-8"), lexicon, path="report.txt")
    labels = [a.label for a in p.tree.actions]
    assert "加强政治建设，做到对党绝对忠诚" in labels and not any("路虽远" in x for x in labels)


def test_a_decree_s_title_is_the_title_of_the_rules_it_promulgates():
    # 网络数据安全风险评估办法 (u37), as the CAC publishes it: the decree's name and number, the promulgation sentence,
    # the head's signature and date, then the rules; the document is the rules, not 国家互联网信息办公室令
    text = ("国家互联网信息办公室令\n\n第18号\n\n《网络数据安全风险评估办法》已经2026年1月5日国家互联网信息办公室2026年"
            "第1次室务会议审议通过，现予公布，自2026年3月1日起施行。\n\n主任　庄荣文\n\n2026年1月20日\n\n"
            "网络数据安全风险评估办法\n\n第一条　为了规范网络数据安全风险评估工作，制定本办法。\n\n"
            "第二条　国家网信部门负责统筹协调网络数据安全风险评估工作。\n")
    tree = parse_structure(document_from_text(text, "decree.txt"))
    assert (tree.title, tree.issuer, tree.number) == ("网络数据安全风险评估办法", "国家互联网信息办公室",
                                                      "国家互联网信息办公室令第18号")
    assert [u.label for u in tree.units if u.kind == "article"] == ["第一条", "第二条"]
    # a title that ends in 令 with no promulgation after it stays the title (a directive named …令 is rare but kept)
    tree = parse_structure(document_from_text("国家互联网信息办公室令\n\n第二条　国家网信部门负责统筹。\n", "x.txt"))
    assert tree.title == "国家互联网信息办公室令"


def test_an_article_after_one_whose_label_was_lost_still_opens():
    # 宁夏回族自治区中小企业促进条例 as a law collection holds it (u38): 第十三条 lost its label, and every article after it
    # had been read as text of 第十二条 (11 articles of 55); an article whose skipped labels are in the text, run into a
    # line (…发布第十八条 数据处理者…, 中国人民银行业务数据安全管理办法, dev), does not open early
    head = "某省中小企业促进条例\n\n第一章　总则\n\n"
    lost = head + "第一条　县级以上人民政府应当加强领导。\n\n第二条　财政部门应当安排资金。\n\n" \
        "第二章　融资促进\n\n支持银行业金融机构单列信贷计划。\n\n第四条　鼓励金融机构提供担保融资。\n\n第五条　税务部门应当落实优惠政策。\n"
    tree = parse_structure(document_from_text(lost, "lost.txt"))
    assert [u.label for u in tree.units if u.kind == "article"] == ["第一条", "第二条", "第四条", "第五条"]
    run_in = head + "第一条　数据处理者应当审查。\n\n第二条　数据处理者应当管理。规章发布第三条 数据处理者应当评估。\n\n" \
        "第二章　安全要求\n\n第四条　数据处理者应当报告。\n"
    tree = parse_structure(document_from_text(run_in, "run-in.txt"))
    assert [u.label for u in tree.units if u.kind == "article"] == ["第一条", "第二条"]


def test_a_report_s_chapter_on_last_year_s_work_frames_this_year_s():
    # 绍兴市2024年政府工作报告 (u38): 一、2023年主要工作 (what was done) before 二、2024年主要目标和重点工作 had become a task
    # whose actions were 过去一年, 每一份收获 …
    text = ("各位代表：\n\n现在，我代表市人民政府，向大会报告工作。\n\n一、2023年主要工作\n\n过去一年，我们全力扛起责任担当。"
            "全年实现地区生产总值7791亿元。\n\n二、2024年主要目标和重点工作\n\n（一）以科技创新为动力引领高质量发展。"
            "加快建设科创走廊。\n\n（二）以先进制造为关键构建现代化产业体系。推进集成电路产业发展。\n")
    tree = parse_structure(document_from_text(text, "shaoxing.txt"))
    roles = {u.title: u.role for u in tree.units if u.kind == "heading"}
    assert roles["2023年主要工作"] == "framing"
    assert roles["以科技创新为动力引领高质量发展"] == "task"


def test_a_news_site_s_related_articles_are_furniture():
    """重庆's supercharging action plan as saved from a news site (dev) ends with the site's related articles: a heading
    that is only a link to another page (##### [招标 | 山东济南海关…](https://…)) and the item's age and source
    (_2天前_ 来源：东营市公共资源交易中心 …); none of their places is the plan's."""
    from kg.layout import load_layout
    from kg.pipeline import process_document
    from kg.structure import chrome_kind

    layout = load_layout()
    assert chrome_kind("- ##### [广东深圳龙岗区发展和改革局赴坂田街道开展新能源汽车充电设施安全检查工作]"
                       "(https://chd.in-en.com/html/chd-2458754.shtml)", layout) == "link"
    assert chrome_kind("_2天前_ 来源：东营市公共资源交易中心 _[充电站](https://www.in-en.com/tag/x)_", layout) == "link"
    assert chrome_kind("## 二、主要任务", layout) is None
    p = process_document(DEV / "chongqing-nev-convenient-supercharging-action-plan-draft-2024.txt")
    places = {m.surface for m in p.extraction.mentions if m.kind == "Region"}
    assert not places & {"东营市", "云浮市", "龙岗区"}


def test_a_numbered_information_box_is_furniture_and_the_addressee_line_after_it_is_the_preamble_s():
    """beijing.gov.cn saves its information box as a numbered Markdown list with escaped brackets (01. \\[主题分类\\]
    …, 10. \\[文件来源\\] …): no heading 10. holds the notice; its addressee line stays in the preamble."""
    from kg.layout import load_layout
    from kg.pipeline import process_document
    from kg.structure import chrome_kind

    layout = load_layout()
    assert chrome_kind("01. \\[主题分类\\] \\-\\-\\--商贸、海关、旅游/其他", layout) == "field"
    assert chrome_kind("10. \\[文件来源\\] [政府公报 2024年 第26期](http://www.beijing.gov.cn/)", layout) == "field"
    assert chrome_kind("1. 加强组织领导。", layout) is None
    p = process_document(DEV / "beijing-equipment-renewal-consumer-goods-trade-in-action-plan-2024.txt")
    line = next(s for s in p.tree.sentences if s.text.startswith("各区人民政府，市政府各委"))
    assert line.section.endswith("preamble")
    assert {a.surface for a in p.extraction.addressees} >= {"各区人民政府", "各市属机构"}


def _layout_plan(third_chapter: str) -> str:
    return ("北京市新型储能产业发展实施方案\n\n一、总体要求\n\n（一）总体思路\n坚持创新驱动。\n\n"
            f"{third_chapter}\n\n三、重点任务\n\n（一）突破关键核心技术\n推动新型储能多元化技术创新。\n\n"
            "四、保障措施\n\n（一）加强统筹协调\n建立工作机制。\n")


def test_a_chapter_of_measures_before_the_task_chapter_is_a_task():
    # 北京市新型储能产业 plan (dev): 三、空间布局 / （一）高质量打造“三大科学城”新型储能创新策源地 … before 四、重点任务
    text = _layout_plan("二、空间布局\n\n（一）高质量打造“三大科学城”新型储能创新策源地\n支持海淀区建设研发中心。\n\n"
                        "（二）高标准建设“一南一北”新型储能产业示范区\n支持大兴区建设产业园。")
    roles = {u.title: u.role for u in parse_structure(document_from_text(text)).units if u.title}
    assert roles["空间布局"] == "task" and roles["突破关键核心技术"] == "task"
    # a chapter whose sections are not measures (发展现状, 存在问题) stays out of the work
    text = _layout_plan("二、发展基础\n\n（一）产业现状\n全市储能企业百余家。\n\n（二）主要短板\n关键材料依赖外地。")
    roles = {u.title: u.role for u in parse_structure(document_from_text(text)).units if u.title}
    assert roles["发展基础"] != "task" and roles["突破关键核心技术"] == "task"


def test_a_table_row_of_one_cell_is_a_section_heading():
    # 苏州市设备更新 task list (dev): | 一、实施设备更新行动 | between the rows of its tasks
    text = ("2024年苏州市推动大规模设备更新任务清单\n\n| 序号 | 领域 | 2024年推进任务 | 牵头责任部门 |\n| --- | --- | --- | --- |\n"
            "| 一、实施设备更新行动 |\n| 1 | 工业 | 组织实施技术改造项目1000个以上。 | 市工信局 |\n"
            "| 二、实施消费品以旧换新行动 |\n| 2 | 汽车 | 开展汽车以旧换新促销活动。 | 市商务局 |\n")
    titles = [u.title for u in parse_structure(document_from_text(text)).units if u.kind == "heading"]
    assert titles == ["实施设备更新行动", "实施消费品以旧换新行动"]


def test_a_measure_closed_by_its_note_is_not_continued_by_a_unit_s_duty():
    # the bundled 安徽 industrial-internet policy: 八、… ends with 鼓励有实力的工业互联网企业上市。…（责任单位：…）; the paragraph
    # after it (省经济和信息化厅会同省财政厅等单位制定具体实施细则…) is the policy's implementation, no more of that measure
    tree = parse_structure(read_document(ANHUI))
    by_key = {a.key: a for a in tree.actions}
    listing = by_key["八#3"]
    assert listing.label == "鼓励有实力的工业互联网企业上市"
    assert not any("实施细则" in s.text for s in listing.sentences)
    assert by_key["八#4"].label.startswith("省经济和信息化厅会同省财政厅")
    # the same paragraph after a measure with no note continues it (the genre's rule); after a note it is an action
    for note, labels in (("", ["建设数据平台", "推广平台应用"]),
                         ("（责任单位：市大数据局）", ["建设数据平台", "推广平台应用", "市大数据局会同市财政局制定配套政策"])):
        doc = document_from_text("某市数字化发展实施方案\n\n一、重点任务\n\n建设数据平台。建设全市统一的数据平台，汇聚各类数据。\n\n"
                                 f"推广平台应用。推进平台在各区各部门的应用。{note}\n\n市大数据局会同市财政局制定配套政策。\n", "x.txt")
        assert [a.label for a in parse_structure(doc).actions] == labels


def test_articles_inside_sections_are_actions_of_their_chapter():
    """上海市数据条例 (dev): 第三章 公共数据 holds 第一节 一般规定 … 第三节 授权运营, each of articles; every article is an
    action of the chapter (u44: the 节 was one action, its articles' duties merged into one per unit)."""
    tree = parse_structure(read_document(DEV / "shanghai-data-regulations-2021.txt"))
    keys = [a.key for a in tree.actions if a.task == "第三章"]
    assert "第三章/第一节" not in keys
    assert keys[:3] == ["第三章/第一节/第二十五条", "第三章/第一节/第二十六条", "第三章/第一节/第二十七条"]
    assert all(k.startswith("第三章/第") and k.endswith("条") for k in keys)
    assert next(a for a in tree.actions if a.key == "第三章/第一节/第二十七条").number == "第二十七条"


def test_what_follows_the_signature_of_the_closing_words_is_no_sentence():
    """(u46) the gov.cn copy of 商务部等8部门…实施意见: after the signature's date, the page's footer (链接： / 全国人大 /
    全国政协 / 最高人民法院, one a line) was read as sentences of the closing words, and its bodies as their units."""
    text = ("某部关于加快人工智能发展的实施意见\n\n一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导。\n\n"
            "二、重点任务\n\n（一）筑牢安全防线。加强网络安全、数据安全等安全能力建设。\n\n"
            "各有关部门要强化协同配合，形成工作合力。商务部会同有关部门建立工作机制。\n\n商务部\n\n中央网信办\n\n"
            "2026年6月9日\n\n链接：\n\n全国人大\n\n|\n\n全国政协\n\n最高人民法院\n\n附件：重点任务分工表\n\n"
            "一、商务部负责推进智能家居消费。\n")
    tree = parse_structure(document_from_text(text, "footer.txt"))
    closing = [s.norm for s in tree.sentences if s.section == "closing"]
    assert closing[-1] == "2026年6月9日" and not any(w in " ".join(closing) for w in ("全国人大", "全国政协", "链接"))
    assert any("最高人民法院" in a.text for a in tree.artifacts)
    # an annex after the footer is read again
    assert any(s.norm.startswith("一、商务部负责") or "商务部负责推进智能家居消费" in s.norm for s in tree.sentences)


@pytest.mark.parametrize("header, number", [
    ("商务部等8部门关于加快“人工智能+消费”发展的实施意见\n\n商建发2026年第89号\n\n", "商建发2026年第89号"),
    ("国家能源局公告\n\n2024年第3号\n\n国家能源局公告2024年第3号\n\n", "国家能源局公告2024年第3号"),
    # (u46, 乌达区's copy of the farm-machinery subsidy rules) a cited notice's number is not the document's
    ("2024—2026年农机购置与应用补贴实施操作要求\n\n对于农用无人驾驶航空器补贴资质，仍按《农业农村部办公厅关于开展农机购置补贴"
     "试点工作的通知》（农办机〔2017〕10号）有关规定执行。\n\n", None),
    ("关于印发某方案的通知\n\n皖政办〔2021〕7号\n\n现将《某方案》（皖政〔2020〕1号）印发给你们。\n\n", "皖政办〔2021〕7号"),
])
def test_the_document_number_is_its_own_not_a_cited_one(header, number):
    tree = parse_structure(document_from_text(header + "一、总体要求\n\n推进工作。\n", "n.txt"))
    assert tree.number == number


def test_a_gazette_page_title_holds_the_notice_s_title_alone():
    # (u47) gov.cn's page of a gazette: 《…关于印发《X》的通知 X__2026年第24号国务院公报_中国政府网: the two titles ran together
    text = ("国家林草局 国家发展改革委 财政部 自然资源部关于印发《“三北”工程建设管理办法（试行）》的通知 “三北”工程建设管理办法"
            "（试行）__2026年第24号国务院公报_中国政府网\n\n林生规〔2026〕4号\n\n各省、自治区、直辖市人民政府：\n\n"
            "现将《“三北”工程建设管理办法（试行）》印发给你们，请认真贯彻执行。\n")
    tree = parse_structure(document_from_text(text, "sanbei.txt"))
    assert tree.title == "国家林草局 国家发展改革委 财政部 自然资源部关于印发《“三北”工程建设管理办法（试行）》的通知"


def test_a_page_title_ending_in_a_genre_word_sheds_the_site_s_sections():
    # (u46) …实施操作要求_实施情况_乌达区人民政府: the site (a district that reposts national rules) is no part of the title,
    # and gives the document no issuing region
    text = "2024—2026年农机购置与应用补贴实施操作要求_实施情况_乌达区人民政府\n\n一、补贴范围\n\n各省根据需要确定补贴机具品目。\n"
    tree = parse_structure(document_from_text(text, "wuda.txt"))
    assert tree.title == "2024—2026年农机购置与应用补贴实施操作要求"


def test_a_page_s_landmarks_icon_menus_counters_and_list_box_are_furniture():
    # (u48) 武汉's page: 导航区(0) was the title, a menu of icon links ([![](…)首页](…)) and the counters after the title line
    # (20 / 2025-09-29 / 26212) were sentences, and the addressee line under the information box was furniture
    text = ("导航区(0)\n\nALT+1视窗区(0)\n\n[![](https://x.cn/m1.png)首页](https://x.cn/) [![](https://x.cn/m2.png)政务公开]"
            "(https://x.cn/zwgk/)\n\n2655098\n\n市人民政府关于印发武汉市氢能产业发展三年行动方案的通知\n\n20\n\n2025-09-29\n\n"
            "26212\n\n规范性文件\n\n## 市人民政府关于印发武汉市氢能产业发展三年行动方案的通知\n\n- 发文字号：\n武政规〔2025〕9号\n\n"
            "- 有效性：有效\n\n各区人民政府，市人民政府各部门：\n\n现将《武汉市氢能产业发展三年行动方案》印发给你们，请认真组织实施。\n")
    tree = parse_structure(document_from_text(text, "wuhan.md"))
    assert tree.title == "市人民政府关于印发武汉市氢能产业发展三年行动方案的通知"
    assert tree.number == "武政规〔2025〕9号"
    assert [s.norm for s in tree.sentences][:2] == ["各区人民政府,市人民政府各部门:", "现将《武汉市氢能产业发展三年行动方案》印发给你们,请认真组织实施。"]
    # (u48) 涪陵's box written as a list, key and value on lines of their own; 普陀's date-and-source line under its title
    text = ("您当前位置： [首页](http://x.cn/ \"首页\") / [政务公开](http://x.cn/z/)\n\n- 发布机构\n- 涪陵区人民政府\n- 标题\n"
            "- 重庆市涪陵区人民政府 关于印发《2026年涪陵区人民政府工作报告》 的通知\n- 发文字号\n- 涪陵府发〔2026〕2号\n\n"
            "日期：2026-02-04来源：涪陵区人民政府\n\n各镇人民政府、街道办事处：\n\n现将《2026年涪陵区人民政府工作报告》印发给你们。\n")
    tree = parse_structure(document_from_text(text, "fuling.md"))
    assert tree.title == "重庆市涪陵区人民政府 关于印发《2026年涪陵区人民政府工作报告》 的通知"
    assert tree.issuer == "重庆市涪陵区人民政府" and tree.number == "涪陵府发〔2026〕2号"
    assert tree.sentences[0].norm.startswith("各镇人民政府")
    text = "## 关于深入打好污染防治攻坚战的实施意见\n\n2023年07月07日来源：\n上海普陀\n\n为全面贯彻落实有关要求，提出如下实施意见。\n"
    tree = parse_structure(document_from_text(text, "putuo.md"))
    assert tree.sentences[0].norm.startswith("为全面贯彻落实")


def test_a_page_s_foot_rule_and_screen_reader_hint_are_furniture():
    # (u48, 普陀's pollution-control opinions) the page's foot (* * *, ## 特殊稿件右侧区域内容请使用tab按钮切换浏览) was sentences of
    # the last item
    text = ("关于深入打好污染防治攻坚战的实施意见\n\n一、主要任务\n\n（一）强化队伍建设。加强生态环境监测能力建设。\n\n分享：\n\n"
            "* * *\n\n## 特殊稿件右侧区域内容请使用tab按钮切换浏览\n")
    tree = parse_structure(document_from_text(text, "putuo.md"))
    assert [s.norm for s in tree.sentences if s.section == "一(一)"] == ["(一)强化队伍建设", "加强生态环境监测能力建设。"]


def test_a_document_without_a_title_is_of_the_genre_its_preamble_names():
    """(u49, 广州's talent opinions as a web page's body) no title line: …，提出以下实施意见 makes it an 意见, where it was of no
    genre; a page's lone EN link is furniture."""
    text = ("EN\n为深入贯彻科学发展观，就推进人才集聚工程，提出以下实施意见。\n一、总体目标\n"
            "1.目标。大力实施六大人才行动计划。\n二、主要任务\n（一）产业人才。建设人才队伍。\n")
    tree = parse_structure(document_from_text(text, "gz.txt"))
    assert tree.genre and tree.genre[0] == "genre-opinion"
    assert not any(s.norm == "EN" for s in tree.sentences)


SUZHOU_TABLE = ("苏州市推动大规模设备更新和消费品以旧换新实施方案\n\n一、总体要求\n\n推动设备更新。\n\n附件1\n\n"
                "2024年苏州市推动大规模设备更新和消费品以旧换新任务清单\n\n"
                "| 序号 | 领域 | 2024年推进任务 | 牵头责任部门 |\n| --- | --- | --- | --- |\n| 一、实施设备更新行动 |\n"
                "| 1 | 工业 | 组织实施技术改造项目1000个以上。 | 市工信局 |\n"
                "| 2 | 新建10家绿色工厂、2家绿色供应链管理企业。 | 市工信局、市发改委 |\n"
                "| 3 | 能源与<br>环境 | 技术改造煤电机组规模355万千瓦以上。 | 市发改委 |\n"
                "| 4 | 加快“先立后改”支撑性电源项目730万千瓦机组建设。 |\n"
                "| 5 | 完成国Ⅲ及以下排放标准柴油货车淘汰任务。 | 市交通局、市生态环境局 |\n"
                "| 二、实施消费品以旧换新行动 |\n| 6 | 车辆 | 开展2024年汽车“以旧换新”活动。 | 市商务局 |\n")


def test_a_table_of_tasks_split_by_one_cell_section_rows(lexicon):
    """(u50, 苏州's task list) | 一、实施设备更新行动 | rows split the table under its header: the rows below each became
    paragraphs of a heading, run together four at a time, labelled with the table's bars; each row is an action now,
    labelled by its task cell, its lead units those of its row (or the merged cell above it: row 4)."""
    from kg.pipeline import process_document

    p = process_document(SUZHOU_TABLE.encode("utf-8"), lexicon, path="suzhou.md")
    rows = [a for a in p.tree.actions if a.key.startswith("P2:")]
    assert [a.label for a in rows] == [
        "组织实施技术改造项目1000个以上。", "新建10家绿色工厂、2家绿色供应链管理企业。", "技术改造煤电机组规模355万千瓦以上。",
        "加快“先立后改”支撑性电源项目730万千瓦机组建设。", "完成国Ⅲ及以下排放标准柴油货车淘汰任务。", "开展2024年汽车“以旧换新”活动。"]
    units: dict[str, set[str]] = {}
    for r in p.extraction.responsibilities:
        if r.target.startswith("P2:"):
            units.setdefault(r.target, set()).add((r.role, r.surface))
    assert [units.get(a.key) for a in rows] == [
        {("lead", "市工信局")}, {("lead", "市工信局"), ("lead", "市发改委")}, {("lead", "市发改委")}, {("lead", "市发改委")},
        {("lead", "市交通局"), ("lead", "市生态环境局")}, {("lead", "市商务局")}], units


def test_a_web_page_s_voice_assistant_icons_and_box_fields(lexicon):
    """(u50, pages of 北京 and 綦江) 我在听，请说话(10s) was 北京's title; ![](icon)您当前的位置：… opened the body, so 綦江's title
    line was never read; a link broken over lines after its icons (数据中心](https://…) [![](…)) gave 数据中心 as a
    technology; an information box's [发文机构] ----北京市经济和信息化局 named no issuer; a cover letter that hands over a
    document whose title is written below it gives that title."""
    from kg.pipeline import process_document

    beijing = ("回到顶部\n\n我在听，请说话(10s)\n\n抱歉，没听清，请再说一遍吧\n\n"
               "01. \\[主题分类\\] \\-\\-\\--科技教育/科技\n02. \\[发文机构\\] \\-\\-\\--北京市经济和信息化局\n"
               "05. \\[成文日期\\] 2023-11-23\n\n京经信发〔2023〕94号\n\n各有关单位：\n\n"
               "北京市经济和信息化局制定了《北京市关于支持新型储能产业发展的若干政策措施》，现印发给你们，请认真贯彻落实。\n\n"
               "北京市经济和信息化局\n\n2023年11月23日\n\n**北京市关于支持新型储能产业发展的若干政策措施**\n\n"
               "**一、加快新型储能技术创新突破**\n\n（一）提升新型储能关键技术创新能力。支持企业开展液流电池研发。\n")
    tree = process_document(beijing.encode("utf-8"), lexicon, path="beijing.md").tree
    assert (tree.title, tree.issuer, tree.date) == ("北京市关于支持新型储能产业发展的若干政策措施", "北京市经济和信息化局",
                                                    "2023-11-23")
    qijiang = ("[![](https://www.cqqj.gov.cn/images/m3-logo2.png)](https://www.cqqj.gov.cn/)\n\n"
               "![](https://cqqj.gov.cn/images/m3-icon50.png)您当前的位置： [首页](https://cqqj.gov.cn/bm/) > [履职依据](https://cqqj.gov.cn/a/)\n\n"
               "重庆市綦江区成品油市场监管联席会议办公室关于印发2024年全区打击整治成品油非法经营专项行动方案的通知\n\n"
               "各街镇：\n\n现将《2024年全区打击整治成品油非法经营专项行动方案》印发给你们，请认真组织实施。\n\n"
               "一、重点任务\n\n（一）严格油品源头管控。严格高速公路管控。\n\n"
               "![](https://cqqj.gov.cn/images/elves.gif)[![](https://cqqj.gov.cn/images/xq_ico_1.png)\\\\\n"
               "智能问答](https://www.cq.gov.cn/search/) [![](https://cqqj.gov.cn/images/xq_ico_5.png)\\\\\n"
               "数据中心](https://cqqj.gov.cn/qjsj/) [![](https://cqqj.gov.cn/images/xq_ico_6.png)\\\\\n"
               "营商环境](https://cqqj.gov.cn/tszl/yhyshj/)\n")
    p = process_document(qijiang.encode("utf-8"), lexicon, path="qijiang.md")
    assert p.tree.title.startswith("重庆市綦江区成品油市场监管联席会议办公室关于印发")
    assert not [m for m in p.extraction.mentions if m.kind == "Technology"]


def _pdf_lines(paragraph: str, width: int = 28, gap: str = "\n") -> str:
    """*paragraph* wrapped at *width* as a PDF's copy sets it (first line indented), its lines joined by *gap*."""
    text = "  " + paragraph
    return gap.join(text[k:k + width] for k in range(0, len(text), width))


def test_a_box_set_apart_only_by_its_spacing_closes_where_the_text_s_spacing_resumes():
    """(u67) “十四五”软件和信息技术服务业发展规划 copied from its PDF: 专栏 1's paragraphs (操作系统。… / 数据库。…) are
    double-spaced, the plan's own single-spaced; 协同攻关应用软件。… and 前瞻布局新兴平台软件。…, after the box,
    were read as the box's (9 of 21 actions lost)."""
    body = "面向金融、建筑、能源、交通等重点行业领域应用需求，加快突破金融核心业务系统、建筑信息建模等应用软件，研发推广北斗卫星导航系统相关软件产品。"
    box = "加强操作系统总体架构设计和技术路径规划，推动芯片设计、操作系统、系统集成企业与科研院所、高校开展操作系统关键技术联合攻关。"
    text = ("“十四五”软件和信息技术服务业发展规划\n四、主要任务\n（一）推动软件产业链升级\n"
            + _pdf_lines("聚力攻坚基础软件。" + body) + "\n" + _pdf_lines("重点突破工业软件。" + body) + "\n"
            + "          专栏 1 关键基础软件补短板\n\n"
            + _pdf_lines("操作系统。" + box, 37, "\n\n") + "\n\n" + _pdf_lines("数据库。" + box, 37, "\n\n") + "\n\n"
            + _pdf_lines("协同攻关应用软件。" + body) + "\n" + _pdf_lines("前瞻布局新兴平台软件。" + body) + "\n"
            + "（二）提升产业基础保障水平\n" + _pdf_lines("加强共性技术研发。" + body) + "\n")
    tree = parse_structure(document_from_text(text))
    assert actions_of(tree) == ["聚力攻坚基础软件", "重点突破工业软件", "关键基础软件补短板", "协同攻关应用软件",
                                "前瞻布局新兴平台软件", "加强共性技术研发"]
    box_unit = next(u for u in tree.units if u.kind == "box")
    assert [p.sentences[0].norm[:4] for p in box_unit.paragraphs] == ["操作系统", "数据库。"]
    # a copy spaced alike throughout keeps the box open until a heading
    same = text.replace("\n  协同", "\n\n  协同").replace("\n  前瞻", "\n\n  前瞻")
    assert "协同攻关应用软件" not in actions_of(parse_structure(document_from_text(same)))


def test_a_title_under_its_issuers_line_and_a_title_broken_over_two_lines():
    """(u67) 国家发展改革委 国家数据局 财政部 自然资源部 / 关于深化智慧城市发展 推进城市全域数字化转型的指导意见: the issuers'
    line was the title; “十四五”软件和信息技术服务业 / 发展规划 / 工业和信息化部 / 目 录 / 一、发展回顾 …… 1: the title lost its
    second line, the issuer was not read, and the table of contents (its leaders and page numbers) was read as body."""
    tree = parse_structure(document_from_text(
        "国家发展改革委 国家数据局 财政部 自然资源部\n关于深化智慧城市发展 推进城市全域数字化转型的指导意见\n\n发改数据〔2024〕660号\n\n"
        "各省、自治区、直辖市发展改革委：\n  城市是推进数字中国建设的综合载体。\n一、总体要求\n坚持以人民为中心。\n"))
    assert tree.title == "关于深化智慧城市发展 推进城市全域数字化转型的指导意见"
    assert tree.issuer == "国家发展改革委 国家数据局 财政部 自然资源部" and tree.number == "发改数据〔2024〕660号"
    tree = parse_structure(document_from_text(
        "“十四五”软件和信息技术服务业\n     发展规划\n\n\n\n    工业和信息化部\n                 目       录\n\n"
        "一、发展回顾 ..................................... 1\n\n  （一）软件拓展数字化发展新空间 ................ 4\n\n"
        "二、主要任务 ..................................... 8\n\n"
        "  软件是新一代信息技术的灵魂，是数字经济发展的基础。\n一、发展回顾\n产业规模迅速扩大。\n二、主要任务\n"
        "（一）推动软件产业链升级\n聚力攻坚基础软件。完善操作系统产品及配套工具集。\n"))
    assert tree.title == "“十四五”软件和信息技术服务业发展规划" and tree.issuer == "工业和信息化部"
    assert [e.norm_title for e in tree.toc] == ["发展回顾", "软件拓展数字化发展新空间", "主要任务"]
    assert tree.sentences[0].norm.startswith("软件是新一代信息技术的灵魂")
    # (u108) 国家发展改革委等部门 / 关于深入实施“东数西算”工程 / 加快构建全国一体化算力网的实施意见: the issuers' line was the
    # title (every evidence line labelled 「国家发展改革委等部门」, the genre 意见 lost)
    tree = parse_structure(document_from_text(
        "国家发展改革委等部门\n关于深入实施“东数西算”工程\n加快构建全国一体化算力网的实施意见\n发改数据〔2023〕1779号\n"
        "各省、自治区、直辖市发展改革委：\n算力是数字经济时代的新型生产力。\n一、总体要求\n坚持统筹布局。\n"))
    assert tree.title == "关于深入实施“东数西算”工程加快构建全国一体化算力网的实施意见"
    assert tree.issuer == "国家发展改革委等部门" and tree.sentences[0].norm.startswith("发改数据")


def test_a_figure_s_caption_is_no_sentence_and_a_page_s_number_no_part_of_a_label():
    """(u67) 制造业企业数字化转型实施指南: 图 3 数字化转型场景图谱, a figure's caption, was an action; the software plan's
    …新兴平台软件 / 12 / 开发框架 (a page's number inside a sentence the copy did not join) was in its label."""
    tree = parse_structure(document_from_text(
        "某指南\n一、主要任务\n（一）场景数字化协同\n依据数字化转型场景图谱，通过工具打通、数据互连等要素连接。\n\n图 3 数字化转型场景图谱\n\n"
        "（二）强化基础组件供给\n大力发展云计算、大数据等新兴平台软件开发框架。\n"))
    assert not any("图 3" in s.norm for s in tree.sentences)
    assert any(a.kind == "image" and "图 3" in a.text for a in tree.artifacts)
    from kg.structure import Sentence
    broken = Sentence(0, "四(二)", 0, 0, "大力发展云计算、大数据等新兴平台软件\n\n\n                 12\n开发框架。", "", 0)
    assert broken.clean == "大力发展云计算、大数据等新兴平台软件开发框架。"


def test_a_revised_regulation_is_dated_by_its_revision():
    """(u66) 宁夏回族自治区中小企业促进条例: 2010年7月30日 …会议通过 / 2022年4月18日 …会议修订）: the text in force is the
    revised one; dcterms:issued said 2010-07-30."""
    tree = parse_structure(document_from_text(
        "宁夏回族自治区中小企业促进条例\n\n2010年7月30日 宁夏回族自治区第十届人民代表大会常务委员会第十八次会议通过\n\n"
        "2022年4月18日 宁夏回族自治区第十二届人民代表大会常务委员会第三十三次会议修订）\n\n第一章 总则\n\n"
        "第一条 为了优化中小企业经营环境，制定本条例。\n"))
    assert tree.date == "2022-04-18"
    tree = parse_structure(document_from_text(
        "某条例\n\n2010年7月30日 某会议通过\n\n第一章 总则\n\n第一条 为了依据《某法（2018年12月29日修正）》，制定本条例。\n"))
    assert tree.date == "2010-07-30"  # (an amendment inside a cited title dates the law cited, not this text)


def test_a_label_reads_past_a_clause_of_means_or_partner():
    """(u66, u68) labels cut at the first comma named only the means or the partner: 市人民政府应当依托一体化智能化
    公共数据平台 (嘉兴's regulation, 第十八条), 文化和旅游部门应当会同有关部门 (孝感's), 自治县人民政府应当按照保护规划
    (务川's), 支持智能网联车辆在道路测试和示范应用充分验证基础上."""
    from kg.structure import Sentence, first_clause

    def label(text):
        return first_clause(Sentence(0, "x", 0, 0, text, text, 0))

    assert label("文化和旅游部门应当会同有关部门，加强孝感麻糖米酒文化的宣传推广。") == "文化和旅游部门应当会同有关部门，加强孝感麻糖米酒文化的宣传推广"
    assert label("自治县人民政府应当按照保护规划，改善龙潭古寨基础设施。") == "自治县人民政府应当按照保护规划，改善龙潭古寨基础设施"
    assert label("市人民政府应当依托一体化智能化公共数据平台，统筹建立服务管理平台。").endswith("统筹建立服务管理平台")
    assert label("支持智能网联车辆在道路测试和示范应用充分验证基础上，开展商业化运营。").endswith("开展商业化运营")
    assert label("市人民政府应当加强领导，统筹推进。") == "市人民政府应当加强领导"  # (a clause of work: kept alone)


def test_articles_that_frame_a_regulation_without_chapters_are_no_actions():
    """(u68) 十堰市社会保障卡一卡通服务管理条例, no chapters: its purpose (为了…，制定本条例), its terms (本条例所称…) and
    its date of effect (本条例自…起施行) were actions; a regulation with chapters keeps them in 总则 and 附则."""
    tree = parse_structure(document_from_text(
        "十堰市社会保障卡一卡通服务管理条例\n第一条 为了推动社会保障卡综合应用，根据有关法律法规，结合本市实际，制定本条例。\n"
        "第二条 本条例所称社会保障卡，是指由人力资源和社会保障部门发行的集成多种功能的卡。\n"
        "第三条 市人民政府应当加强对社会保障卡一卡通工作的领导。\n"
        "第四条 本条例所称服务管理部门，负责社会保障卡一卡通的日常管理。\n第五条 本条例自2023年3月1日起施行。\n"))
    assert [a.number for a in tree.actions] == ["第三条", "第四条"]  # (a term defined with its duty stays)


def test_evidence_is_shown_without_the_page_numbers_and_breaks_of_a_pdf_s_copy():
    """(u69) evidence in graph.html and query tables kept …更加完善， / —1— / 合作领域…; kg:text keeps the text as
    written (NIF offsets), what users read drops the page's number and the wrapped lines' breaks."""
    from kg.structure import display_text

    assert display_text("灵活多元的进口体系更加完善，\n—1—\n\n合作领域不断拓展。") == "灵活多元的进口体系更加完善，合作领域不断拓展。"
    assert display_text("新增油气长输管\n①\n\n道 2 万公里") == "新增油气长输管道 2 万公里"
    assert display_text("到 2025 年，工业 APP 突破 100\n万个") == "到 2025 年，工业 APP 突破 100万个"  # (a number that goes on stays)


def test_a_notice_s_contacts_are_no_work():
    """(u71) 农业领域机器人典型应用场景遴选 notice: 四、联系方式 / （三）中国软件评测中心 was a task with three actions (a
    technology 软件 and a region 中国 among them). (u70 asked the same of 数据二十条's （新华社北京2022年12月19日电）, which
    gave 北京: held-out readers mark a dateline's place, so it stays a sentence.)"""
    tree = parse_structure(document_from_text(
        "关于开展农业领域机器人典型应用场景遴选工作的通知\n一、遴选方向\n（一）大田种植。推广智能农机装备。\n"
        "二、组织实施\n（一）各省级主管部门严格把关审核。\n三、联系方式\n（一）工业和信息化部装备工业一司\n联系人：张三 010-12345678\n"
        "（二）中国软件评测中心\n"))
    assert [a.label for a in tree.actions] == ["大田种植"]


def test_the_numbered_sentences_of_a_decision_are_its_actions():
    """(u70) 上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定: its numbered sentences (一、本市…。) are read
    as paragraphs of a text without headings; 七、本市推行统一的电子证照服务，…应当提供电子证照 and 十、本市推广“随申码”… were
    no action (推行, 推广 and 应当 named no work)."""
    tree = parse_structure(document_from_text(
        "上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定\n\n为了进一步完善本市“一网通办”服务，作出如下决定：\n\n"
        "一、本市推进“一网通办”改革，整合数据资源，加强业务协同，优化服务流程，拓展服务范围。\n\n"
        "七、本市推行统一的电子证照服务，各级机关和公共服务机构在“一网通办”服务中需要发放证照的，应当提供电子证照。\n\n"
        "十、本市推广“随申码”的社会化应用，以“随申码”作为个人以及企业等市场主体的数字身份识别码。\n"))
    labels = [a.label for a in tree.actions]
    assert any(x.startswith("七、本市推行统一的电子证照服务") for x in labels)
    assert any(x.startswith("十、本市推广“随申码”的社会化应用") for x in labels)


def test_a_site_menu_run_together_and_a_decree_of_three_issuers(lexicon):
    """(u72) cac.gov.cn's page of 网络数据安全风险评估办法: its menu written as one run of words (设为首页加入收藏手机版繁体) and
    the site's own menu words under it (时政要闻 / 网信政务) became sentences; the decree of three issuers, each on its line
    above 令 / 第24号, gave the site's name as the issuer."""
    from kg.pipeline import process_document

    text = ("网络数据安全风险评估办法_中央网络安全和信息化委员会办公室\n\n设为首页加入收藏手机版繁体\n\n搜索\n\n当前位置：首页>正文\n\n首页\n\n"
            "时政要闻\n\n网信政务\n\n互动服务\n\n热点专题\n\n网络数据安全风险评估办法\n\n2026年06月18日 17:00 来源： 中国网信网\n\n【打印】【纠错】\n\n"
            "国家互联网信息办公室\n\n中华人民共和国工业和信息化部\n\n中华人民共和国公安部\n\n令\n\n第24号\n\n"
            "《网络数据安全风险评估办法》已经2026年6月1日国家互联网信息办公室2026年第12次室务会会议审议通过，现予公布。\n\n"
            "网络数据安全风险评估办法\n\n第一条 为了规范网络数据安全风险评估活动，制定本办法。\n\n第二条 重要数据处理者应当每年度开展风险评估。\n")
    tree = process_document(text.encode("utf-8"), lexicon, path="cac.txt").tree
    said = " ".join(s.norm for s in tree.sentences)
    assert not any(w in said for w in ("设为首页", "时政要闻", "网信政务", "热点专题"))
    assert tree.issuer == "国家互联网信息办公室 中华人民共和国工业和信息化部 中华人民共和国公安部"
    assert tree.number.endswith("令第24号")


def test_a_local_regulation_is_dated_by_its_promulgation_or_approval():
    """(u72) 东莞市挥发性有机物污染防治条例 and 吴忠市海绵城市建设管理条例 (flk.npc.gov.cn copies): dated by the day the city's
    standing committee passed them, not the day they were promulgated (2026年4月7日 公布) or, with no such line, approved
    by the province (批准), without which a city's regulation is not law."""
    def date(head: str) -> str:
        return parse_structure(document_from_text(head + "第一条 为了防治污染，制定本条例。\n", "x.md")).date

    assert date("# 东莞市挥发性有机物污染防治条例\n\n2025年12月30日 东莞市第十七届人民代表大会常务委员会第三十六次会议通过\n\n"
                "2026年3月26日 广东省第十四届人民代表大会常务委员会第二十四次会议批准　\n\n2026年4月7日 公布\n\n2026年5月1日 施行\n\n") == "2026-04-07"
    assert date("# 吴忠市海绵城市建设管理条例\n\n2026年4月17日 吴忠市第六届人民代表大会常务委员会第三十四次会议通过\n\n"
                "2026年5月22日 宁夏回族自治区第十三届人民代表大会常务委员会第二十五次会议批准）\n\n") == "2026-05-22"
    assert date("# 某市条例\n\n2026年4月17日 某市人民代表大会常务委员会第三十四次会议通过\n\n") == "2026-04-17"


def test_a_cover_s_years_are_no_title_and_a_form_feed_is_no_evidence():
    """(u75) 工业互联网平台高质量发展行动方案（2026—2028年）copied from its PDF without the title: its cover's 2026 / 2028 made
    the title 2026 (every evidence line, kg compare and the overview said so); a sentence across a page break showed the
    form feed as a box in the panel."""
    from kg.structure import display_text

    tree = parse_structure(document_from_text("2026\n\n2028\n\n工业互联网平台是海量数据汇聚的关键载体。\n\n一、总体要求\n\n坚持创新。\n",
                                              "iiot-platform-plan.txt"))
    assert tree.title is None
    assert display_text("形成\f协议、数据") == "形成协议、数据"


def test_a_page_crawled_onto_one_line_is_split_at_its_numbered_items():
    """(heldout-zzzx's layout, dev-bq) 平潭's archive stores a page on one line: breadcrumb, notice, a list of duties numbered
    (1)…(12), footer. A line shorter than the flat-line threshold that opens with an information box's field (当前位置：)
    is a page too, and its items (1) (2) … are items (the line was one paragraph, its members' duties one action)."""
    items = "".join(f"({k}){u}：负责{d}建设。" for k, (u, d) in enumerate(
        [("区经济发展局", "云计算中心"), ("区公安局", "视频监控系统"), ("区行政审批局", "网上办事大厅")], start=1))
    line = ("当前位置： 首页政务公开 平潭综合实验区管委会办公室关于印发数字政府建设领导小组成员单位工作职责的通知 来源：平潭县人民政府 "
            "各片区管理局，区直各单位： 现将工作职责印发给你们，请认真执行。 平潭综合实验区管委会办公室 2017年3月7日 "
            "一、领导小组职责 统筹协调全区数字政府建设，研究解决重大问题。 二、领导小组办公室职责 负责领导小组日常工作。 "
            "三、成员单位职责 " + items + " 四、工作要求 各成员单位要加强协作。")
    tree = parse_structure(document_from_text("标题: 数字政府建设领导小组成员单位工作职责\n" + line + "\n", "pingtan.txt"))
    labels = [a.label for a in tree.actions]
    assert "统筹协调全区数字政府建设" in labels and "负责领导小组日常工作" in labels
    assert [lb for lb in labels if lb.startswith("区")] == ["区经济发展局：负责云计算中心建设", "区公安局：负责视频监控系统建设",
                                                             "区行政审批局：负责网上办事大厅建设"]


def test_a_role_gloss_in_brackets_is_no_note_and_a_signature_is_no_action():
    """(u76) 国家能源局…煤矿智能化…通知: 各产煤省区煤炭行业管理部门（煤矿智能化建设牵头部门）要会同有关部门… was cut into three
    sentences at the bracket, read as a note of units; the signature 国家能源局 / 2024年5月21日 after the last item became two
    actions of it. The date still dates the document."""
    tree = parse_structure(document_from_text(
        "国家能源局关于进一步加快煤矿智能化建设的通知\n一、加强人才队伍建设。创新人才培养方式。\n"
        "二、强化任务实施和指导协调。各产煤省区煤炭行业管理部门（煤矿智能化建设牵头部门）要会同有关部门，加强整体谋划。\n"
        "国家能源局\n2024年5月21日\n", "coal.txt"))
    assert not [s for s in tree.sentences if s.kind == "responsibility"]
    assert [a.label for a in tree.actions if a.task == "二"] == ["各产煤省区煤炭行业管理部门（煤矿智能化建设牵头部门）要会同有关部门，加强整体谋划"]
    assert [a.text for a in tree.artifacts if a.kind == "signature"] == ["国家能源局", "2024年5月21日"]
    assert tree.date == "2024-05-21"


def test_a_title_on_two_lines_and_a_rule_promulgated_in_its_bracketed_history():
    """(u77) 国务院办公厅转发国务院信息化工作办公室 / 关于振兴软件产业行动纲要的通知: the title's second line was lost; (u80) 电子认证服务
    使用密码管理办法 （…4月13日…审议通过　2026年5月30日国家密码局令第6号公布　自…起施行）: dated by its meeting, not its
    promulgation."""
    tree = parse_structure(document_from_text("国务院办公厅转发国务院信息化工作办公室\n关于振兴软件产业行动纲要的通知\n国办发〔2002〕47号\n"
                                              "一、总体要求\n坚持创新。\n", "software.txt"))
    assert tree.title == "国务院办公厅转发国务院信息化工作办公室关于振兴软件产业行动纲要的通知"
    tree = parse_structure(document_from_text(
        "电子认证服务使用密码管理办法\n（2026年4月13日经国家密码局局务会议审议通过　2026年5月30日国家密码局令第6号公布　自2026年7月1日起施行）\n"
        "第一条 为了规范电子认证服务使用密码行为，制定本办法。\n第二条 国家密码管理局负责监督管理。\n", "osca.txt"))
    assert tree.date == "2026-05-30"


def test_a_scope_article_written_last_is_no_action():
    """(u77) 保定市促进先进制造业发展若干规定 第二条 本市行政区域内…等相关活动，适用本规定: its scope, an action of a regulation
    without chapters (a duty article after it stays one)."""
    tree = parse_structure(document_from_text(
        "保定市促进先进制造业发展若干规定\n第一条 为了促进先进制造业发展，制定本规定。\n"
        "第二条 本市行政区域内先进制造业的规划布局、推动发展、保障促进等相关活动，适用本规定。\n"
        "第三条 市人民政府应当编制先进制造业发展规划。\n", "baoding.txt"))
    assert [a.label for a in tree.actions] == ["市人民政府应当编制先进制造业发展规划"]


def test_an_article_of_the_date_of_effect_written_with_shishi_is_no_action():
    """(u83) 互联网IP地址备案管理办法 第二十条 本办法自2005年3月20日起实施: its date of effect (施行 was known, 实施 not)."""
    tree = parse_structure(document_from_text(
        "互联网IP地址备案管理办法\n第一条 为加强对互联网IP地址资源使用的管理，制定本办法。\n"
        "第二条 各级IP地址分配机构应当通过备案系统报备IP地址信息。\n第三条 本办法自2005年3月20日起实施。\n",
        "ip.txt"))
    assert [a.label for a in tree.actions] == ["各级IP地址分配机构应当通过备案系统报备IP地址信息"]


def test_a_box_copied_as_a_one_column_markdown_table_is_an_action_of_its_own():
    """(dev) 新能源汽车产业发展规划 as Markdown: | 专栏1　新能源汽车核心技术攻关工程 | and its row were body text of the
    section (the box's title with its |, no action); a box in a section is an action apart from the section's."""
    tree = parse_structure(document_from_text(
        "新能源汽车产业发展规划\n第一章　发展趋势\n汽车产业加速变革。\n第三章　提高技术创新能力\n第一节　深化研发布局\n"
        "以纯电动汽车为“三纵”，布局整车技术创新链。\n\n|     |\n| --- |\n| 专栏1　新能源汽车核心技术攻关工程 |\n"
        "| 实施电池技术突破行动。开展正负极材料等关键核心技术研究。 |\n\n第二节　加快建设共性技术创新平台\n建立联合研发攻关机制。\n",
        "nev.txt"))
    actions = {a.key: a for a in tree.actions}
    assert actions["第三章/第一节/专栏1"].label == "新能源汽车核心技术攻关工程"
    assert "电池技术突破" in "".join(s.norm for s in actions["第三章/第一节/专栏1"].sentences)
    assert "电池技术突破" not in "".join(s.norm for s in actions["第三章/第一节"].sentences)


def test_an_article_of_sanctions_in_a_regulation_without_chapters_is_no_action():
    """(u83) 互联网IP地址备案管理办法 (articles, no chapters): its penalty articles were actions, where a regulation with
    a chapter of 法律责任 keeps them out; the duty in them stays (a provision)."""
    from kg.pipeline import process_document

    text = ("互联网IP地址备案管理办法\n第一条 为加强管理，制定本办法。\n第二条 各级IP地址分配机构应当通过备案系统报备IP地址信息。\n"
            "第三条 违反本办法第二条规定，未按时报备的，由省通信管理局责令限期改正；逾期不改的，处一万元罚款。\n"
            "第四条 本办法自2005年3月20日起实施。\n")
    p = process_document(text.encode("utf-8"), path="ip.txt")
    assert [a.label for a in p.tree.actions] == ["各级IP地址分配机构应当通过备案系统报备IP地址信息"]
    assert ("第三条", "省通信管理局") in {(a.target, a.surface) for a in p.extraction.responsibilities}


def test_goals_stated_in_the_general_requirements_are_goals():
    """(u83) 深化IPv6技术创新和融合应用实施方案: 一、总体要求 holds 主要目标是：到2027年…, under no heading of its own; the
    outline (kg query outline) was empty."""
    tree = parse_structure(document_from_text(
        "深化IPv6技术创新和融合应用实施方案\n一、总体要求\n坚持以新发展理念为指导，以推动IPv6全面赋能为主线。\n"
        "主要目标是：到2027年，IPv6端到端贯通水平全面提升。到2030年，构建安全可靠的IPv6产业生态。\n"
        "二、重点任务\n（一）加强技术研发。推进IPv6技术攻关。\n（二）推进标准制定。加快标准研制。\n", "ipv6.txt"))
    goals = [n for n in tree.lead_nodes if n.role == "goal"]
    assert [n.label for n in goals] == ["主要目标是：到2027年，IPv6端到端贯通水平全面提升"]
    assert len(goals[0].sentences) == 2


def test_an_article_s_label_reads_on_to_its_duty():
    """(u84) 威海市城乡供水安全条例: labels stopped at the first comma, naming only whom the duty binds (城乡供水工程的勘察、
    设计、施工、监理; 直接从事城乡供水作业的人员) — they read on to the duty (…，应当…)."""
    tree = parse_structure(document_from_text(
        "威海市城乡供水安全条例\n第一章 总则\n第一条 为了保障供水安全，制定本条例。\n第二章 建设\n"
        "第十条 直接从事城乡供水作业的人员，应当取得健康证明。\n第十一条 市水务局负责监督，每年组织检查。\n", "weihai.txt"))
    assert [a.label for a in tree.actions] == ["第十条 直接从事城乡供水作业的人员，应当取得健康证明", "第十一条 市水务局负责监督"]


def test_a_red_header_a_title_over_two_lines_and_a_letter_spaced_signature():
    """(u86) 生态环境部 / 科学技术部 / … / 文件 / 环科财〔2026〕51号 / 关于…的指导意见: the title was 生态环境部; 人力资源社会保障部
    自然资源部 国家发展改革委 / 交通运输部关于…的通知: only its first line; the signature 人力资源社会保障部　自　然　资　源　部 / … /
    2026年5月20日 became an action of the last item, and 商务部 国家发展改革委 … / 2026年9月2日 / （本文有删减） six actions."""
    tree = parse_structure(document_from_text(
        "生态环境部\n科学技术部\n中国人民银行\n文件\n环科财〔2026〕51号\n关于推动生态环境领域科技创新多元化投入的指导意见\n"
        "各省、自治区、直辖市生态环境厅（局）：\n一、重点任务\n（一）加强基础研究。支持开展生态环境领域基础研究。\n", "mee.txt"))
    assert tree.title == "关于推动生态环境领域科技创新多元化投入的指导意见"
    assert tree.issuer == "生态环境部　科学技术部　中国人民银行"
    assert tree.number == "环科财〔2026〕51号"
    tree = parse_structure(document_from_text(  # (the issuers and 文件 on one line)
        "生态环境部文件\n环科财〔2026〕52号\n关于推进生态环境科技成果转化的指导意见\n一、重点任务\n（一）加强转化。支持成果转化。\n", "mee2.txt"))
    assert (tree.title, tree.issuer) == ("关于推进生态环境科技成果转化的指导意见", "生态环境部")
    tree = parse_structure(document_from_text(
        "人力资源社会保障部　自然资源部　国家发展改革委\n交通运输部关于支持海洋经济发展促进就业创业的通知\n\n人社部发〔2026〕32号\n"
        "各省、自治区、直辖市人力资源社会保障厅（局）：\n一、拓宽就业渠道\n（一）支持企业吸纳就业。各地人力资源社会保障部门要加大支持力度。\n"
        "二、强化保障\n（二）注重宣传推广。各地要加强政策宣传。\n\n人力资源社会保障部　　　　　自　然　资　源　部\n"
        "国 家 发 展 改革委　　　　　交　通　运　输　部\n2026年5月20日\n", "mohrss.txt"))
    assert tree.title == "人力资源社会保障部 自然资源部 国家发展改革委 交通运输部关于支持海洋经济发展促进就业创业的通知"
    assert [a.label for a in tree.actions if a.task == "二"] == ["注重宣传推广"]
    assert [a.text for a in tree.artifacts if a.kind == "signature"][:2] == [
        "人力资源社会保障部　　　　　自　然　资　源　部", "国 家 发 展 改革委　　　　　交　通　运　输　部"]
    tree = parse_structure(document_from_text(
        "商务部等8部门关于印发《促进智能家居消费行动方案》的通知\n一、丰富产品供给\n（一）推动产品创新。支持企业开发智能家居产品。\n"
        "二、完善消费环境\n依托便民生活圈建设等工作，推动智能家居服务进社区。\n\n商务部 国家发展改革委 工业和信息化部\n"
        "民政部 财政部 自然资源部\n2026年9月2日\n（本文有删减）\n", "home.txt"))
    assert [a.label for a in tree.actions if a.task == "二"] == ["依托便民生活圈建设等工作"]


def test_a_title_a_page_broke_inside_a_name_is_read_whole():
    """(u90) 国务院关于印发《实施就业优先战略 / “十五五”规划》的通知 and 国务院关于印发新时期促进集成电路产业和 / 软件产业
    高质量发展若干政策的通知: the title was the first line alone, an open 《 in every evidence line `kg path` printed."""
    for first, second in (("国务院关于印发《实施就业优先战略", "“十五五”规划》的通知"),
                          ("国务院关于印发新时期促进集成电路产业和", "软件产业高质量发展若干政策的通知")):
        tree = parse_structure(document_from_text(
            f"{first}\n{second}\n国发〔2026〕16号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "现将有关规划印发给你们，请认真贯彻执行。\n一、重点任务\n（一）扩大就业容量。支持企业吸纳就业。\n", "sc.txt"))
        assert tree.title == first + second
        assert tree.number == "国发〔2026〕16号"
    tree = parse_structure(document_from_text(  # (a title complete on its line keeps the next line as body)
        "国务院关于促进就业的意见\n国发〔2026〕17号\n一、重点任务\n（一）扩大就业容量。支持企业吸纳就业。\n", "sc2.txt"))
    assert tree.title == "国务院关于促进就业的意见"


def test_a_rule_s_number_and_publisher_in_its_history_line():
    """(u92) 铁路建设工程安全生产监督管理办法: (2026年6月12日交通运输部令2026年第11号公布 …) gave the number 日交通运输部令…;
    水库降等与报废管理办法: （2025年10月25日水利部令第58号发布） gave none; neither named its publisher (u89: 中华人民共和国
    国务院令第363号 in a history line under the title neither)."""
    tree = parse_structure(document_from_text(
        "# 铁路建设工程安全生产监督管理办法\n\n2026年6月12日 交通运输部公布\n\n(2026年6月12日交通运输部令2026年第11号公布 "
        "自2026年9月1日起施行)\n\n第一章 总则\n\n第一条 为了加强监督管理，制定本办法。\n", "rail.md"))
    assert (tree.number, tree.issuer) == ("交通运输部令2026年第11号", "交通运输部")
    tree = parse_structure(document_from_text(
        "# 水库降等与报废管理办法\n\n（2025年10月25日水利部令第58号发布）\n\n第一条 为了加强水库管理，制定本办法。\n", "res.md"))
    assert (tree.number, tree.issuer) == ("水利部令第58号", "水利部")


def test_goals_stated_by_their_year_in_the_general_requirements():
    """(u90) 知识产权保护和运用“十五五”规划: 一、总体要求 + 坚持以…为指导… + 到2030年，我国知识产权综合实力…进一步增强。 +
    展望2035年，…: `kg query outline` was empty for four State Council plans; a year's paragraph outside them is no goal."""
    tree = parse_structure(document_from_text(
        "知识产权保护和运用规划\n一、总体要求\n坚持以推动知识产权事业高质量发展为主题。\n"
        "到2030年，我国知识产权综合实力和国际竞争力进一步增强。\n展望2035年，知识产权强国基本建成。\n"
        "二、完善保护体系\n（一）完善法律制度。到2030年，完成专利法修改。\n", "ip.txt"))
    goals = [(n.role, n.label) for n in tree.lead_nodes]
    assert goals == [("goal", "到2030年，我国知识产权综合实力和国际竞争力进一步增强"), ("goal", "展望2035年，知识产权强国基本建成")]


def test_the_policy_a_text_serves_is_not_its_issuer():
    """(u86) 非化石能源电力消费核算指南（试行） opens 为贯彻落实党中央、国务院决策部署，…制定本指南: its issuer was 国务院."""
    tree = parse_structure(document_from_text(
        "非化石能源电力消费核算指南（试行）\n为贯彻落实党中央、国务院决策部署，推动完善碳排放统计核算体系，制定本指南。\n"
        "一、基本原则\n（一）统筹衔接。加强与能源统计制度衔接。\n", "guide.txt"))
    assert tree.issuer is None


def test_a_closing_call_in_the_second_sentence_before_the_signature_is_the_documents():
    """(u86) 商务部等9部门…活跃县域消费的意见: 商务部按年度分解细化任务安排…。各地要积极探索… after （十八） and before the
    signature was the last item's: 商务部 and 各地 were made responsible for 营造良好消费环境."""
    text = ("商务部等9部门关于活跃县域消费的意见\n一、强化要素集成\n（一）加强财政资金保障。实施激活下沉市场消费行动。\n"
            "（二）营造良好消费环境。鼓励建设一批消费维权服务站点。\n"
            "商务部按年度分解细化任务安排，强化部门协同和督促指导。各地要积极探索符合地方特点的县域消费发展模式。\n"
            "商务部 国家发展改革委 财政部\n人力资源社会保障部 自然资源部 农业农村部\n2026年8月13日\n")
    tree = parse_structure(document_from_text(text, "county.txt"))
    assert [u.kind for u in tree.units if u.id == "closing"] == ["closing"]
    assert [len(u.paragraphs) for u in tree.units if u.id == "一(二)"] == [1]
    # without the signature right after it, such a paragraph stays the last item's
    tree = parse_structure(document_from_text(text.split("商务部 国家")[0], "county.txt"))
    assert not [u for u in tree.units if u.id == "closing"]


def test_an_exception_or_a_breach_opening_an_article_is_read_with_its_work():
    """(u87) 第二十一条 was labelled 除法律、法规另有规定外, a penalty article 违反本条例第八条规定: the label reads on."""
    tree = parse_structure(document_from_text(
        "某条例\n第一章 总则\n第一条 为了规范，制定本条例。\n第二章 管理\n第二条 除本条例第三十一条另有规定外，组织飞行活动的单位应当提出申请。\n"
        "第三条 违反本条例第八条规定，由城市管理部门责令改正。\n", "x.txt"))
    assert [a.label for a in tree.actions] == ["除本条例第三十一条另有规定外，组织飞行活动的单位应当提出申请",
                                               "违反本条例第八条规定，由城市管理部门责令改正"]


def test_a_copy_list_after_a_note_on_the_copy_is_no_action():
    """交通运输部关于加快智慧港口和智慧航道建设的意见 (u93): …交通运输部 / 2023年11月24日 / （此件公开发布） / 抄送：…，中央纪委国家监委
    驻交通运输部纪检监察组。 — the copy list was an action of the last item, its addressees mentions of the text."""
    text = ("交通运输部关于加快智慧港口和智慧航道建设的意见\n一、总体要求\n到2027年，建成一批智慧港口。\n二、重点任务\n"
            "（一）推进港口智能化。推进自动化码头建设。\n（二）推进航道数字化。建设数字航道。\n交通运输部\n2023年11月24日\n")
    bare = parse_structure(document_from_text(text, "ports0.txt"))
    tree = parse_structure(document_from_text(text + "（此件公开发布）\n抄送：各省、自治区、直辖市航道事务中心，中国港口协会，"
                                              "部内各司局，中央纪委国家监委驻交通运输部纪检监察组。\n", "ports.txt"))
    assert [(a.task, a.label) for a in tree.actions] == [(a.task, a.label) for a in bare.actions] and bare.actions
    assert any(a.kind == "metadata" and a.text.startswith("抄送") for a in tree.artifacts)
    assert not any("抄送" in s.norm for s in tree.sentences if s.kind == "body")


def test_a_chapter_heading_run_onto_the_end_of_an_article():
    """建设工程抗震管理条例 (u96): …不得出具虚假的检测数据和检测报告。第三章鉴定、加固和维护 — the copy ran the chapter's
    heading onto 第十八条, so 第十九条–第二十三条 fell under 第二章; a reference to a chapter inside a sentence stays text."""
    tree = parse_structure(document_from_text(
        "建设工程抗震管理条例\n第一章　总则\n第一条 为了提高建设工程抗震防灾能力，制定本条例。\n第二章　勘察、设计和施工\n"
        "第十八条 工程质量检测机构不得出具虚假的检测数据和检测报告。第三章鉴定、加固和维护\n"
        "第十九条 国家实行建设工程抗震性能鉴定制度。\n第二十条 违反本条例第三章规定的，依法处理。\n", "quake.txt"))
    chapters = [(u.id, u.title) for u in tree.units if re.fullmatch(r"第.章", u.id)]
    assert chapters == [("第一章", "总则"), ("第二章", "勘察、设计和施工"), ("第三章", "鉴定、加固和维护")]
    assert [(a.task, a.label[:4]) for a in tree.actions] == [("第二章", "第十八条"), ("第三章", "第十九条"), ("第三章", "第二十条")]
    assert any("第三章规定" in s.norm for s in tree.sentences)


def test_a_ministry_s_disclosure_box_is_no_title():
    """国家数据局综合司印发《关于在国家数据基础设施建设先行先试中加强场景应用的实施方案》的通知 (u93): the page's 政府信息公开 /
    公开事项名称：… / 制发日期：… lines above the notice made the title 政府信息公开."""
    tree = parse_structure(document_from_text(
        "政府信息公开\n\n公开事项名称：印发《关于加强场景应用的实施方案》的通知（国数综科基〔2025〕114号）\n"
        "制发日期：2025-10-28    主办单位：数字科技和基础设施建设司\n\n国家数据局综合司印发《关于加强场景应用的实施方案》的通知\n\n"
        "国数综科基〔2025〕114号\n\n各省、自治区、直辖市数据管理部门：\n现印发给你们，请结合实际抓好落实。\n\n国家数据局综合司\n"
        "2025年10月28日\n\n关于加强场景应用的实施方案\n一、重点任务\n（一）推进场景应用。支持开展数据共享。\n", "nda.txt"))
    assert tree.title == "国家数据局综合司印发《关于加强场景应用的实施方案》的通知"
    assert tree.number == "国数综科基〔2025〕114号"


def test_articles_run_onto_the_line_of_the_one_before():
    """民用航空器事件调查规定 (u97): …应当给予协助。第十四条 调查组组成… — two articles run onto the lines before them, and no
    later article was read (23 of 60); a reference to an article inside a sentence stays text."""
    tree = parse_structure(document_from_text(
        "民用航空器事件调查规定\n第一章 总则\n第一条 为了规范调查工作，制定本规定。\n第二条 有关单位应当给予协助。第三条 调查组组成"
        "应当符合规定。\n第四条 调查组应当依照本规定第三条 开展工作。\n第五条 民航局负责组织调查。\n", "caac.txt"))
    assert [u.id for u in tree.units if u.kind == "article"] == [
        "第一章/第一条", "第一章/第二条", "第一章/第三条", "第一章/第四条", "第一章/第五条"]


def test_a_regulation_s_principles_are_its_outline():
    """(u94, u96, u97) 地下水管理条例 第三条 地下水管理坚持统筹规划、节水优先…的原则; 宁波's 规定 (no chapters) 第二条 …坚持安全第一、
    预防为主、综合治理的方针 — `kg query outline` was empty for every regulation; an article outside the general
    provisions states no principle of the text."""
    tree = parse_structure(document_from_text(
        "地下水管理条例\n第一章 总则\n第一条 为了加强地下水管理，制定本条例。\n第二条 本条例适用于地下水管理活动。\n"
        "第三条 地下水管理坚持统筹规划、节水优先、高效利用、系统治理的原则。\n第二章 调查与规划\n第四条 调查工作应当遵循科学的原则。\n",
        "gw.txt"))
    assert [(n.role, n.section, n.label) for n in tree.lead_nodes] == [
        ("principle", "第一章/第三条", "地下水管理坚持统筹规划、节水优先、高效利用、系统治理的原则")]
    tree = parse_structure(document_from_text(
        "宁波市某规定\n第一条 为了加强安全生产，制定本规定。\n第二条 安全生产工作坚持安全第一、预防为主、综合治理的方针。\n", "nb.txt"))
    assert [n.section for n in tree.lead_nodes] == ["第二条"]


def test_a_line_of_work_that_ends_with_a_field_s_mechanism_is_a_task():
    """国务院办公厅转发…“十四五”特殊教育发展提升行动计划 (u98): 四、提升支撑能力，不断完善特殊教育保障机制 was framing (保障机制),
    its items lost; 凝聚工作合力，强化组织保障 and 加强组织领导，健全保障机制 stay the safeguards."""
    from kg.layout import load_layout

    layout = load_layout()
    assert layout.role_of("提升支撑能力，不断完善特殊教育保障机制") is None
    assert layout.role_of("凝聚工作合力，强化组织保障") == layout.role_of("加强组织领导，健全保障机制") == \
        layout.role_of("保障措施") == "framing"


def test_a_gov_cn_box_of_readings_is_no_text():
    """(u98) …特殊教育发展提升行动计划 on gov.cn: the page's 解读 box (教育部有关负责人就《…》答记者问) was read as sentences of
    the last item, a duty for 教育部; a ministry page's 相关文档 / 相关附件 lists and [放大字体] bar as well."""
    tree = parse_structure(document_from_text(
        "国务院办公厅关于转发特殊教育发展提升行动计划的通知\n一、主要措施\n（一）强化督导评估。各地要加强督导。\n"
        "国务院办公厅\n2021年12月31日\n解读\n教育部有关负责人就《特殊教育发展提升行动计划》答记者问\n"
        "特教提升行动计划发布：2025年入学率达到97%\n[放大字体] [缩小字体] [打印]\n相关文档\n关于印发计划的通知\n", "edu.txt"))
    body = [s.norm for s in tree.sentences if s.kind == "body"]
    assert not any("答记者问" in t or "放大字体" in t or "入学率达到97%" in t for t in body)


def test_a_notice_s_parts_announced_as_follows():
    """财政部等五部门关于支持集成电路产业和软件产业发展进口税收政策管理办法的通知 (u98): …现将政策管理办法通知如下： / 一、国家发展改革委
    会同…制定…。 — twelve long numbered parts stayed the preamble (a long 一、… before any heading reads as an enumeration),
    their lead units merged; the signature before the page's 回到顶部 became two actions."""
    tree = parse_structure(document_from_text(
        "财政部关于支持集成电路产业发展进口税收政策管理办法的通知\n财关税〔2021〕5号\n各省财政厅：\n"
        "为落实《财政部关于支持集成电路产业发展进口税收政策的通知》（财关税〔2021〕4号），现将政策管理办法通知如下：\n"
        "一、国家发展改革委会同工业和信息化部、财政部、海关总署、税务总局制定并联合印发享受免征进口关税的集成电路生产企业清单。\n"
        "二、工业和信息化部会同国家发展改革委、财政部、海关总署、税务总局制定并联合印发国内不能生产的自用生产性原材料清单。"
        "财政部会同海关总署确定重大项目名单。\n三、本办法有效期为2020年7月27日至2030年12月31日。\n财政部\n2021年3月22日\n回到顶部\n",
        "ic.txt"))
    assert [u.id for u in tree.units if u.kind == "heading"] == ["一", "二", "三"]
    assert [a.kind for a in tree.artifacts][-3:] == ["signature", "signature", "chrome"]
    assert [(a.key, a.label[:9]) for a in tree.actions] == [  # (a part that is one sentence is one action)
        ("一#1", "国家发展改革委会同"), ("二#1", "财政部会同海关总署"), ("三#1", "本办法有效期为20")]
    tree = parse_structure(document_from_text(  # (a long 一、… in a preamble that announces nothing: an enumeration)
        "某市关于加快发展的实施意见\n近年来，我市发展取得显著成绩：\n一、全市地区生产总值增长百分之六点五，产业结构持续优化，创新能力显著"
        "增强，民生保障不断改善，各项事业全面进步。\n一、总体要求\n（一）指导思想。坚持高质量发展。\n", "city.txt"))
    assert [(u.id, u.title) for u in tree.units if u.kind == "heading"][:1] == [("一", "总体要求")]


def test_a_group_s_membership_is_no_task():
    """平潭综合实验区…电网规划建设及电力执法领导小组的通知 (2016, dev): 一、领导小组构成 / 组长：… 副组长：… 成员：… — once the
    notice's parts were read after …通知如下：, the list of members' names became an action of a task."""
    from kg.layout import load_layout

    assert load_layout().role_of("领导小组构成组长：陈东荣区党工委委员、管委会副主任副组长:") == "framing"
    tree = parse_structure(document_from_text(
        "平潭综合实验区管委会关于成立电网规划建设领导小组的通知\n为加强电网建设，现将有关事项通知如下：\n"
        "一、领导小组构成组长：陈东荣区党工委委员、管委会副主任副组长:\n陈亨雄区经济发展局局长赖德芳区交通与建设局局长。\n"
        "二、领导小组及成员单位职责\n（一）领导小组主要职责：领导、组织、协调电力项目建设。\n", "pt.txt"))
    assert [t.id for t in tree.tasks()] == ["二(一)"]  # (the part of duties, not the members)
    assert not any(a.task.startswith("一") for a in tree.actions)


def test_a_crawled_page_whose_body_is_one_line_keeps_its_items_and_notes():
    """平潭综合实验区进一步推进“厕所革命”实施方案 (dev-bu): the page's body runs on one line, its paragraphs parted by
    blanks; 一是…二是… and the 责任单位： notes after them lost their blanks as a PDF's word gaps, so each note ran into the
    next item (责任单位:区交建局、各乡镇二是科学规划全区公厕布局。) and the items were no units."""
    tree = parse_structure(read_document(DEV / "fujian-pingtan-toilet-revolution-implementation-"
                                         "plan-2018.txt"))
    items = [u.title for u in tree.units if u.kind == "item" and u.id.startswith("二(一)/")]
    assert items == ["全面开展城乡公厕普查", "科学规划全区公厕布局", "鼓励沿街单位内部厕所对外开放"]
    notes = [s.norm for s in tree.sentences if s.unit == "二(一)/一是" and s.norm.startswith("责任单位")]
    assert notes == ["责任单位:区交建局、各乡镇"]


def test_a_notice_s_overall_approach_is_framing():
    """(u112) 关于加强涉企侵权信息管理 持续推动营商网络环境优化的通知: 一、总体工作思路 (the notice's 总体要求 by another name) was a
    task."""
    tree = parse_structure(document_from_text(
        "关于加强涉企侵权信息管理的通知\n一、总体工作思路\n坚持依法管网，加强信息管理。\n二、明确处置范围\n网站平台对侵权信息应当清理。\n"))
    assert tree.unit("一").role == "framing" and tree.unit("二").role == "task"


def test_a_table_of_contents_run_together_and_a_guide_s_appendices():
    """(u117) 工业互联网与电力行业融合应用参考指南, a PDF pasted as text: its contents (目 / 录 on two lines, entries run
    together, 一、总则 ……- 1 （一）适用范围 …… - 1 …) had been read as twenty documents; its 附录一 典型案例 as items of the
    last chapter."""
    toc = " ".join(f"{h} {'.' * 40}- {n}" for h, n in [("一、总则", 1), ("（一）适用范围", 1), ("二、现状需求", 2),
                                                        ("（一）定义内涵", 2), ("附录一 典型案例", 9)])
    text = (f"某参考指南\n前言\n为推动融合应用，编制本指南。\n目\n\n录\n\n{toc}\n\n一、总则\n（一）适用范围\n本指南适用于电力企业。\n"
            "二、现状需求\n（一）定义内涵\n电力企业应加强网络建设。\n附录一\n典型案例\n（一）某示范工程\n1.现状痛点\n建设成效显著。\n")
    tree = parse_structure(document_from_text(text, "guide.txt"))
    assert len(tree.parts) == 2  # (the appendix, with headings of its own, is a part, as an attached document is)
    assert [u.id for u in tree.units if u.kind == "heading" and u.part == 1] == ["一", "一(一)", "二", "二(一)"]
    assert [a.kind for a in tree.artifacts].count("toc") == 1


def test_a_notice_s_other_matters_are_no_task_but_a_chapter_of_them_is():
    """(u114) 财金〔2026〕71号: 四、其他事项 / 本通知自…起施行 was a task; (dev) 日照市城市管理条例's chapter 其他事项管理 is one."""
    from kg.layout import load_layout

    layout = load_layout()
    assert layout.role_of("其他事项") == "framing" and layout.role_of("其他事项管理") is None


def test_a_title_broken_over_two_lines_is_read_whole():
    """(u118) 国办发〔2026〕26号: 国务院办公厅关于进一步加强 / 烟花爆竹全链条安全监管的意见 — the title was its first line."""
    tree = parse_structure(document_from_text("国务院办公厅关于进一步加强\n烟花爆竹全链条安全监管的意见\n国办发〔2026〕26号\n"
                                              "各省、自治区、直辖市人民政府：\n一、总体要求\n加强监管。\n二、主要任务\n"
                                              "（一）强化生产监管。各地要加强监管。\n", "fireworks.txt"))
    assert tree.title == "国务院办公厅关于进一步加强烟花爆竹全链条安全监管的意见"


def test_a_regulation_s_chapters_written_without_their_numbers():
    """(u128) 七台河市倭肯河流域水环境保护条例 as copied: its chapters 总则 / 水生态修复和水资源保护 / 水污染防治 / 法律责任 lost
    their numbers (only ## 第五章 附则 kept one); no chapter was found, so 总则's principles became actions."""
    arts = "\n".join(f"第{n}条 条文内容{n}。" for n in ("一", "二", "三"))
    text = ("七台河市倭肯河流域水环境保护条例\n\n总则\n\n" + arts + "\n\n水污染防治\n\n第四条 排污单位应当达标排放。\n\n"
            "第五条 市生态环境主管部门应当加强监测。\n\n法律责任\n\n第六条 违反本条例规定的，依法处罚。\n\n"
            "## 第五章 附则\n\n第七条 本条例自2022年3月1日起施行。\n")
    tree = parse_structure(document_from_text(text, "qitaihe.txt"))
    titles = {u.title: u.role for u in tree.units if u.title in ("总则", "水污染防治", "法律责任")}
    assert titles == {"总则": "framing", "水污染防治": "task", "法律责任": "framing"}
    assert [a.key for a in tree.actions] == ["§2/第四条", "§2/第五条"]


def test_a_legal_representative_s_bracket_is_no_note():
    """(u129) 种畜禽生产经营许可管理办法 第十一条 "…法定代表人（负责人）、生产经营范围…": the bracket was cut out as a
    responsibility note, the sentence in three."""
    tree = parse_structure(document_from_text("某办法\n第一条 为了规范许可，制定本办法。\n第二条 许可证应当注明许可证编号、"
                                              "法定代表人（负责人）、生产经营范围等内容。\n", "x.txt"))
    assert [s.text for s in tree.sentences if "法定代表人" in s.text] == [
        "许可证应当注明许可证编号、法定代表人（负责人）、生产经营范围等内容。"]


def test_a_chapter_of_rewards_and_penalties_is_framing():
    """(u132) 凉山's 单行条例: 第五章 奖励与处罚 plays 法律责任's part — it was a task, its closing clause an action."""
    from kg.layout import load_layout

    layout = load_layout()
    assert layout.role_of("奖励与处罚") == layout.role_of("法律责任") == "general"
