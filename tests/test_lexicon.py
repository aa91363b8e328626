"""The curated lexicons: labels, aliases and lookups in zh and en."""

from __future__ import annotations

import pytest

from kg.errors import LexiconError, UnknownConceptError
from kg.lexicon import KINDS, load_lexicon
TECH = "https://w3id.org/policy-kg/concept/tech/"


@pytest.mark.parametrize("name", ["北斗", "北斗系统", "北斗三号全球卫星导航系统", "BeiDou", "beidou", "BDS"])
def test_beidou_aliases_are_one_concept(lexicon, name):
    assert lexicon.lookup(name).iri.endswith("/tech/beidou")


@pytest.mark.parametrize("zh, en", [("区块链", "Blockchain"), ("人工智能", "AI"), ("5G", "5g"), ("交通", "Transport"),
                                    ("长三角", "Yangtze River Delta")])
def test_zh_and_en_names_find_the_same_concept(lexicon, zh, en):
    assert lexicon.lookup(zh) == lexicon.lookup(en)


def test_every_concept_has_zh_and_en_labels(lexicon):
    for kind in KINDS:
        concepts = lexicon.of_kind(kind)
        assert concepts, kind
        for c in concepts:
            assert c.zh and c.en and c.zh != "" and c.iri.startswith("https://w3id.org/policy-kg/concept/")


def test_broader_points_to_known_concepts(lexicon):
    for c in lexicon.concepts.values():
        for b in c.broader:
            assert b in lexicon.concepts, (c.iri, b)
    assert lexicon.lookup("工业大数据").broader == (lexicon.lookup("大数据").iri,)


def test_a_traditional_name_finds_its_concept(lexicon):
    assert lexicon.lookup("區塊鏈").iri == lexicon.lookup("区块链").iri


def test_unknown_name_suggests_nearest_labels(lexicon):
    with pytest.raises(UnknownConceptError, match="did you mean: .*Bei[Dd]ou"):
        lexicon.lookup("Beidu")


PREFIXES = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix kg: <https://w3id.org/policy-kg/ontology#> .
"""


def lexicon_folder(tmp_path, body: str):
    """A lexicon folder holding one Turtle file with *body* (prefixes added)."""
    (tmp_path / "t.ttl").write_text(PREFIXES + body, encoding="utf-8")
    return tmp_path


def test_a_label_shared_by_two_concepts_is_refused(tmp_path):
    folder = lexicon_folder(tmp_path, """
<urn:a> a kg:Technology ; skos:prefLabel "甲"@zh, "A"@en ; skos:altLabel "云"@zh .
<urn:b> a kg:Technology ; skos:prefLabel "乙"@zh, "B"@en ; skos:altLabel "云"@zh .
""")
    with pytest.raises(LexiconError, match="two concepts"):
        load_lexicon(folder)


def test_a_concept_without_en_label_is_refused(tmp_path):
    folder = lexicon_folder(tmp_path, '<urn:a> a kg:Technology ; skos:prefLabel "甲"@zh .\n')
    with pytest.raises(LexiconError, match="zh and in en"):
        load_lexicon(folder)


def test_adding_a_technology_is_a_data_edit(tmp_path):
    from kg.extract import find_concepts

    folder = lexicon_folder(tmp_path, '<urn:x:tech/photonic> a kg:Technology ; '
                                      'skos:prefLabel "类脑光芯片"@zh, "Brain-inspired photonic chips"@en .\n')
    lex = load_lexicon(folder)
    assert [(m.start, m.end, m.iris) for m in find_concepts("发展类脑光芯片。", lex)] == [(2, 7, ("urn:x:tech/photonic",))]


def test_an_alias_stated_in_another_file_counts(tmp_path):
    """A file may add a label to a concept another file defines (a user's folder, or the bundled
    "aliases for concepts of the other files" blocks): the loader reads it, and a clash is still refused."""
    from kg.extract import find_concepts

    (tmp_path / "a.ttl").write_text(PREFIXES + '<urn:x:tech/t> a kg:Technology ; skos:prefLabel "甲技术"@zh, "T"@en .\n',
                                    encoding="utf-8")
    (tmp_path / "b.ttl").write_text(PREFIXES + '<urn:x:tech/t> skos:altLabel "乙技术"@zh .\n', encoding="utf-8")
    lex = load_lexicon(tmp_path)
    assert [m.iris for m in find_concepts("发展乙技术。", lex)] == [("urn:x:tech/t",)]
    (tmp_path / "c.ttl").write_text(PREFIXES + '<urn:x:tech/u> a kg:Technology ; skos:prefLabel "乙技术"@zh, "U"@en .\n',
                                    encoding="utf-8")
    with pytest.raises(LexiconError, match="two concepts"):
        load_lexicon(tmp_path)


def test_one_iri_typed_in_two_files_of_a_folder_is_refused(tmp_path):
    """Two files of one folder that both define an IRI: the loader kept one and lost the other's labels
    without a word (tech:access-control was 访问控制 in one bundled file and 门禁系统 in another)."""
    (tmp_path / "a.ttl").write_text(PREFIXES + '<urn:x:tech/t> a kg:Technology ; skos:prefLabel "甲技术"@zh, "T"@en .\n',
                                    encoding="utf-8")
    (tmp_path / "b.ttl").write_text(PREFIXES + '<urn:x:tech/t> a kg:Technology ; skos:prefLabel "乙技术"@zh, "T2"@en .\n',
                                    encoding="utf-8")
    with pytest.raises(LexiconError, match="defined in a.ttl too"):
        load_lexicon(tmp_path)


def test_a_user_folder_may_still_replace_a_bundled_concept(tmp_path):
    from kg.lexicon import load_lexicon as load

    (tmp_path / "mine.ttl").write_text(PREFIXES + '<https://w3id.org/policy-kg/concept/tech/5g> a kg:Technology ; '
                                       'skos:prefLabel "第五代移动通信技术"@zh, "5G technology"@en .\n', encoding="utf-8")
    assert load(tmp_path).concepts["https://w3id.org/policy-kg/concept/tech/5g"].zh == "第五代移动通信技术"


def test_bundled_cross_file_aliases_are_matched(lexicon):
    from kg.extract import find_concepts

    # technologies-energy-platforms.ttl: tech:data-encryption skos:altLabel "加密" (the concept is in another file)
    assert [m.iris for m in find_concepts("对数据进行加密", lexicon)] == [(TECH + "data-encryption",)]


def test_security_fields_are_domains_and_their_technologies_technologies(lexicon):
    from kg.extract import find_concepts

    kinds = {"强化网络安全和数据安全": ["Domain", "Domain"], "开发网络安全技术及相关产品": ["Technology"]}
    for text, want in kinds.items():
        assert [lexicon.concepts[m.iris[0]].kind for m in find_concepts(text, lexicon)] == want, text
    # 民政 (civil affairs) is not inside 人民政府
    assert not find_concepts("县级以上人民政府应当加强领导", lexicon)


def test_telecom_and_infrastructure_terms_of_the_genre(lexicon):
    """重庆市电信条例 第十条: 公用电信网、专用电信网和广播电视传输网的建设…; a dataset is not 数据集中 (centralised)."""
    from kg.extract import find_concepts

    text = "公用电信网、专用电信网和广播电视传输网应当互联互通，加快建设数字基础设施，推进数据集中管理。"
    found = [(text[m.start:m.end], m.iris[0].rsplit("/", 1)[-1]) for m in find_concepts(text, lexicon)]
    assert ("公用电信网", "public-telecom-network") in found and ("专用电信网", "private-telecom-network") in found
    assert ("广播电视传输网", "broadcast-tv-network") in found and ("数字基础设施", "digital-infrastructure") in found
    assert not any(iri == "datasets" for _, iri in found)
    # a technology's own infrastructure stays that technology (互联网基础设施 is 互联网, not the umbrella term)
    assert [m.iris[0].rsplit("/", 1)[-1] for m in find_concepts("互联网基础设施", lexicon)] == ["internet"]


def test_power_system_automation_terms_and_no_opc_for_one_person_companies(lexicon):
    """国家发展改革委《电力监控系统安全防护规定》(dev-al): the grid's secondary systems are technologies; 一人公司
    (OPC), a kind of company in Shanghai's 2026 plans, is no OPC UA."""
    from kg.extract import find_concepts

    text = "电力监控系统包括调度自动化、配电自动化、继电保护和调度数据网，采用可信验证。打造一人公司(OPC)创新创业生态。"
    found = {m.iris[0].rsplit("/", 1)[-1] for m in find_concepts(text, lexicon)}
    assert {"power-monitoring-system", "dispatch-automation", "distribution-automation", "relay-protection",
            "dispatch-data-network", "trusted-computing"} <= found
    assert "opc-ua" not in found
    assert [m.iris[0].rsplit("/", 1)[-1] for m in find_concepts("支持OPC-UA协议", lexicon)] == ["opc-ua"]


def test_terms_new_users_met_in_the_fifty_first_round(lexicon):
    """u60 (药品监管): 医疗器械唯一标识（UDI）, 药品追溯码; u63 (工业互联网和人工智能融合赋能行动方案, 广西大数据条例): 工业光网,
    单对线以太网, 云化控制, 专用小模型, 云通信, 低代码、无代码技术; 匿名化 is no 去标识化 (the law tells them apart)."""
    from kg.extract import find_concepts

    def found(text):
        return [(text[m.start:m.end], m.iris[0].rsplit("/", 1)[-1]) for m in find_concepts(text, lexicon)]

    got = found("推动医疗器械唯一标识（UDI）和药品追溯码应用，综合运用工业光网、单对线以太网、云化控制，开发专用小模型，"
                "发展云通信和低代码、无代码技术。")
    assert {("医疗器械唯一标识", "udi"), ("UDI", "udi"), ("药品追溯码", "traceability-code"),
            ("工业光网", "industrial-optical-network"), ("单对线以太网", "single-pair-ethernet"),
            ("云化控制", "cloud-control"), ("专用小模型", "small-models"), ("云通信", "cloud-communications"),
            ("低代码", "low-code"), ("无代码", "low-code")} <= set(got), got
    assert found("涉及个人信息经匿名化处理的；采取去标识化措施。") == [("匿名化处理", "anonymisation"),
                                                           ("去标识化", "de-identification")]
