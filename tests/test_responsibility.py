"""kg.responsibility: who is made responsible for what, in the forms documents of the genre use.

The expected values were read off the documents by hand (the lines are quoted in each test): a
provincial action plan's bracket notes, a State Council task division, two municipal 办法 with duties
per article, and short made-up texts for forms the bundled documents do not have.
"""

from __future__ import annotations

import pytest

from kg.pipeline import process_document

from conftest import ANHUI, ROOT

DEV = ROOT / "tests" / "eval" / "dev" / "docs"
ORG = "https://w3id.org/policy-kg/concept/org/"
GENERIC = "https://w3id.org/policy-kg/concept/generic/"


def _assignments(source, lexicon, path=None):
    p = process_document(source, lexicon, path=path)
    return p, [(a.target, a.role, a.surface, a.name, a.iri) for a in p.extraction.responsibilities]


@pytest.fixture(scope="module")
def anhui(lexicon):
    return _assignments(ANHUI, lexicon)


def test_bracket_note_units_are_named_in_full_with_their_province(anhui):
    # 培育各类工业互联网平台。…（责任单位：省经济和信息化厅、省财政厅）
    _, found = anhui
    first = [x for x in found if x[0] == "一#1"]
    assert [(r, s, n) for _, r, s, n, _ in first] == [
        ("responsible", "省经济和信息化厅", "安徽省经济和信息化厅"), ("responsible", "省财政厅", "安徽省财政厅")]
    assert [x[4] for x in first] == [ORG + "cn-340000/economy-it", ORG + "cn-340000/finance"]


def test_every_action_of_the_anhui_policy_has_its_units(anhui):
    p, found = anhui
    targets = {t for t, *_ in found}
    noted = [a for a in p.tree.actions if any("责任单位" in s.text for s in a.sentences)]
    assert noted and all(a.key in targets for a in noted)


def test_state_council_division_lead_office_and_generic_units(lexicon):
    # 1.对现有审批和许可事项要逐一深入论证，…（国务院审改办牵头，各地区、各部门负责）
    _, found = _assignments(DEV / "state-council-fangguanfu-task-division-2018.txt", lexicon)
    first = [(r, s, n) for t, r, s, n, _ in found if t == "一(一)/1"]
    assert first[0] == ("lead", "国务院审改办", "国务院审改办")  # an office of the State Council, not 国务院 itself
    assert ("support", "各地区、各部门", "各地区各部门") in first
    lead_iri = next(i for t, r, *_, i in found if t == "一(一)/1" and r == "lead")
    assert lead_iri != ORG + "state-council"
    # every action of the division whose notes name a lead (…牵头，…负责) has one
    p = process_document(DEV / "state-council-fangguanfu-task-division-2018.txt", lexicon)
    leads = {a.target for a in p.extraction.responsibilities if a.role == "lead"}
    noted = {a.key for a in p.tree.actions
             if any("牵头" in s.text and s.kind == "responsibility" for s in a.sentences)}
    assert len(noted) >= 20 and noted <= leads


@pytest.fixture(scope="module")
def aba(lexicon):
    return _assignments(DEV / "aba-government-data-measures-2021.txt", lexicon)


def test_article_duties_subject_with_a_modal_before_huitong(aba):
    # 第二十条 州数据资源主管部门应当会同有关部门建立人口、法人…基础数据资源库
    _, found = aba
    art = [(r, n, i) for t, r, s, n, i in found if t.endswith("第二十条")]
    assert ("lead", "阿坝藏族羌族自治州数据资源管理局", ORG + "cn-513200/data-resources") in art
    assert ("support", "各有关部门", GENERIC + "relevant-departments") in art


def test_article_duties_you_huitong(aba):
    # 第二十九条 …由本级数据资源主管部门会同有关政务部门协调处理。
    _, found = aba
    roles = {(r, s) for t, r, s, n, i in found if t.endswith("第二十九条")}
    assert {("lead", "本级数据资源主管部门"), ("support", "有关政务部门")} <= roles


def test_article_you_x_fuze_with_a_prefecture_abbreviation(aba):
    # 第四十八条 本办法由阿坝州人民政府办公室负责解释。
    _, found = aba
    assert [(r, n) for t, r, s, n, i in found if t.endswith("第四十八条")] == [
        ("responsible", "阿坝藏族羌族自治州人民政府办公室")]


def test_open_unit_named_by_level_and_function(lexicon):
    # 第五条 市政务数据主管部门负责统筹协调、指导监督全市政务数据管理工作
    _, found = _assignments(DEV / "zhongshan-government-data-measures.txt", lexicon)
    art = [(r, n, i) for t, r, s, n, i in found if t.endswith("第五条")]
    assert art and art[0][:2] == ("responsible", "中山市政务数据主管部门")
    assert art[0][2].startswith(ORG + "cn-442000/")


MADE_UP = """苏州市推进数字政府建设实施方案
一、重点任务
（一）建设一体化政务云平台。统一规划全市政务云资源，推进部门业务系统迁移上云。（牵头单位：市发展改革委；配合单位：市财政局、市大数据局）
（二）完善数据共享机制。由市大数据局会同市公安局建立人口基础信息库。
（三）强化安全保障。市委网信办负责统筹网络安全工作，各区政府按职责分工落实。
二、保障措施
本方案所称政务部门，是指市政府组成部门和直属机构。
"""


def test_made_up_forms_lead_support_and_normalised_city_units(lexicon):
    _, found = _assignments(MADE_UP.encode("utf-8"), lexicon, path="made-up.txt")
    by_target: dict[str, set] = {}
    for t, r, s, n, i in found:
        by_target.setdefault(t.split("#")[0], set()).add((r, n))
    first, second, third = (by_target.get(k, set()) for k in ("一(一)", "一(二)", "一(三)"))
    assert ("lead", "苏州市发展和改革委员会") in first
    assert {("support", "苏州市财政局"), ("support", "苏州市大数据局")} <= first
    assert {("lead", "苏州市大数据局"), ("support", "苏州市公安局")} <= second
    assert {("responsible", "苏州市委网信办")} <= third  # the party committee's office, under its city
    # a definition names no one responsible
    assert not any("是指" in t for t in by_target)
    assert all(not t.startswith("二") for t in by_target)


def test_responsibilities_in_the_graph_are_reified_with_the_written_form(lexicon):
    p = process_document(MADE_UP.encode("utf-8"), lexicon, path="made-up.txt")
    triples = set(p.graph.triples)
    lead = "<https://w3id.org/policy-kg/ontology#leadUnit>"
    support = "<https://w3id.org/policy-kg/ontology#supportingUnit>"
    assert any(t[1] == lead for t in triples) and any(t[1] == support for t in triples)
    surfaces = {o for s, pr, o in triples if pr == "<https://w3id.org/policy-kg/ontology#surface>"}
    assert '"市发展改革委"@zh' in surfaces
