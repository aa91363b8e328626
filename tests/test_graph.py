"""Stage 4: the RDF graph: vocabulary, evidence, validation and determinism."""

from __future__ import annotations

import os
import subprocess
import sys

from rdflib import RDF, Graph, Literal, URIRef

from kg.namespaces import KG, NIF
from kg.validate import validate

from conftest import ANHUI, ROOT, SEED

Q = """PREFIX kg: <https://w3id.org/policy-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""


def test_counts_per_class(seed_build):
    c = seed_build.counts
    assert (c["Task"], c["Action"], c["PriorityAction"], c["Principle"], c["Goal"], c["Direction"]) == (10, 15, 10, 6, 7, 5)
    assert c["Plan"] == 1 and c["CitedDocument"] == 10 and c["Sentence"] == 228
    curated = c["Technology"] - seed_build.candidates.get("Technology", 0)
    assert 50 <= curated <= 90 and c["Domain"] >= 25


def test_graph_conforms_to_shapes(seed_graph):
    assert validate(seed_graph).conforms


def test_non_conforming_graph_is_reported(seed_graph):
    g = Graph()
    for t in seed_graph.triples((None, None, None)):
        g.add(t)
    s = next(iter(g.subjects(RDF.type, KG.Sentence)))
    g.remove((s, KG.text, None))
    report = validate(g)
    assert not report.conforms and report.violations >= 1
    s2 = next(x for x in g.subjects(RDF.type, KG.Sentence) if x != s)
    g.set((s2, NIF.endIndex, Literal(0)))
    report = validate(g)
    assert "nif:beginIndex must be smaller than nif:endIndex" in report.text


def test_sentence_offsets_slice_the_original_file(seed_graph):
    text = SEED.read_text(encoding="utf-8")
    rows = list(seed_graph.query(Q + "SELECT ?t ?b ?e WHERE { ?s a kg:Sentence ; kg:text ?t ; nif:beginIndex ?b ; nif:endIndex ?e }"))
    assert len(rows) == 228
    for t, b, e in rows:
        assert text[int(b):int(e)] == str(t)


def test_task_action_technology_domain_chain(seed_graph):
    rows = seed_graph.query(Q + """
        SELECT DISTINCT ?task ?action ?domain WHERE {
            ?task a kg:Task ; kg:hasAction ?action .
            ?action kg:hasMeasure ?m . ?m kg:involvesTechnology ?tech ; kg:responsibleDomain ?domain .
            ?tech skos:prefLabel "数据中心"@zh }""")
    domains = {str(r.domain).rsplit("/", 1)[-1] for r in rows}
    assert {"health", "education", "broadcasting", "research"} <= domains


def test_action_carries_union_of_its_measures_technologies(seed_graph):
    rows = seed_graph.query(Q + """
        SELECT ?a ?t WHERE { ?a a kg:Action ; kg:hasMeasure ?m . ?m kg:involvesTechnology ?t .
                             FILTER NOT EXISTS { ?a kg:involvesTechnology ?t } }""")
    assert len(rows) == 0


def test_beidou_evidence_and_labels(seed_graph):
    beidou = URIRef("https://w3id.org/policy-kg/concept/tech/beidou")
    assert (beidou, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("BeiDou", lang="en")) in seed_graph
    sentences = {str(seed_graph.value(s, KG.text)) for s in seed_graph.subjects(KG.mentions, beidou)}
    assert "北斗三号全球卫星导航系统开通。" in sentences and len(sentences) == 4


def test_integrates_with_is_symmetric_and_has_evidence(seed_graph):
    ipv6 = URIRef("https://w3id.org/policy-kg/concept/tech/ipv6")
    g5 = URIRef("https://w3id.org/policy-kg/concept/tech/5g")
    assert (ipv6, KG.integratesWith, g5) in seed_graph and (g5, KG.integratesWith, ipv6) in seed_graph
    rows = list(seed_graph.query(Q + """
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?text WHERE { ?st rdf:predicate kg:integratesWith ; rdf:subject ?a ; rdf:object ?b ; kg:evidence ?s .
                             ?s kg:text ?text . FILTER (?a = <%s> && ?b = <%s> || ?a = <%s> && ?b = <%s>) }"""
                         % (ipv6, g5, g5, ipv6)))
    assert any("IPv6与5G" in str(r.text) for r in rows)


def test_only_concepts_the_plan_names_and_those_above_them(seed_graph):
    from rdflib.namespace import SKOS

    named = {c for c in seed_graph.subjects(RDF.type, KG.Technology) if any(seed_graph.subjects(KG.mentions, c))}
    above = set()
    for c in named:
        above |= set(seed_graph.transitive_objects(c, SKOS.broader))
    for c in set(seed_graph.subjects(RDF.type, KG.Technology)):
        assert c in named or c in above, c
    assert len(above - named) < len(named)


def _build_files(out, seed, *inputs):
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, inputs), "--out", str(out)], check=True,
                   env=env, cwd=ROOT, capture_output=True)
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(out).parts)}


def test_builds_are_byte_identical_across_hash_seeds(tmp_path):
    one_a = _build_files(tmp_path / "a", 1, SEED)
    one_b = _build_files(tmp_path / "b", 4242, SEED)
    assert sorted(one_a) == ["graph.html", "kg.json", "kg.ttl"] and one_a == one_b
    two_a = _build_files(tmp_path / "c", 1, SEED, ANHUI)
    two_b = _build_files(tmp_path / "d", 4242, SEED, ANHUI)
    assert sorted(two_a) == sorted(["graph.html", "kg.json", "nq/concepts.nq", f"nq/documents/{ANHUI.stem}.nq",
                                    f"nq/documents/{SEED.stem}.nq"]) and two_a == two_b


def test_concepts_only_there_as_a_broader_one_are_counted_apart():
    """(u38) a build counted 芯片 — in the graph only as the broader concept of 模拟芯片, which the text names — among the
    technologies found; broader_only tells them apart, per kind."""
    from collections import Counter

    from kg.graph import ConceptUsage, broader_only
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    analog, chips = "https://w3id.org/policy-kg/concept/tech/analog-chips", "https://w3id.org/policy-kg/concept/tech/chips"
    assert chips in lex.concepts[analog].broader
    only = broader_only(lex, ConceptUsage(Counter({analog: 2})))
    assert only.get("Technology", 0) >= 1
    assert broader_only(lex, ConceptUsage(Counter({analog: 2, chips: 1}))).get("Technology", 0) == only["Technology"] - 1


def test_a_partner_department_s_field_is_no_domain_of_the_action():
    """(u63, 广西壮族自治区大数据发展条例 第四十二条) 会同自治区网信、公安、工业和信息化等部门制定公共数据脱敏…规范 gave the
    action the domains 公安 and 工业 (read in the departments' names), and 数据脱敏 those domains in `tech-domains`;
    a field named inside a unit's name stays a mention of the sentence, not the action's domain."""
    from kg.pipeline import process_document

    text = ("广西壮族自治区大数据发展条例\n第一章 总则\n第一条 为了促进大数据发展，制定本条例。\n第二章 数据资源\n"
            "第二条 自治区人民政府大数据主管部门应当会同自治区网信、公安、工业和信息化等部门制定公共数据脱敏、脱密等技术规范。\n"
            "第三条 推动大数据在工业领域应用。\n")
    p = process_document(text.encode("utf-8"), path="gx.txt")
    domains = {(s.rsplit("/", 1)[-1].strip("<>"), o.rsplit("/", 1)[-1].strip("<>")) for s, pr, o in p.graph.triples
               if pr == f"<{KG}responsibleDomain>"}
    assert {d for a, d in domains if a.endswith("a2")} & {"industry", "public-security"} == set(), domains
    assert ("c2.a3", "industry") in domains, domains  # (工业 on its own: the action's domain)
    assert any(o.endswith("/domain/industry>") for s, pr, o in p.graph.triples if pr == f"<{KG}mentions>")


def _applied(text: str, lexicon) -> set[tuple[str, str]]:
    """(technology, domain) slugs a made-up plan's one measure *text* relates by kg:appliedIn."""
    from kg.pipeline import process_document

    p = process_document(("某市实施方案\n\n一、重点任务\n\n（一）推动产业发展。" + text + "\n").encode("utf-8"), lexicon, path="x.txt")
    return {(s.rsplit("/", 1)[-1][:-1], o.rsplit("/", 1)[-1][:-1]) for s, pr, o in p.graph.triples
            if pr == f"<{KG.appliedIn}>"}


def test_sectors_grown_beside_technologies_are_not_where_they_are_applied(lexicon):
    """(u73) 东湖国家自主创新示范区条例 第十五条: 重点发展光电子信息、生物医药、新能源…等产业，加快发展互联网、云计算、大数据… —
    two lists, each with its own verb: tech-domains said cloud computing is applied in 新能源 and 生物医药. A list of
    technologies applied to fields (在医疗、教育等领域应用) or serving them in the next clause keeps its links."""
    grown = _applied("重点发展光电子信息、生物医药、新能源、新材料等产业，加快发展互联网、云计算、大数据等新兴产业。", lexicon)
    assert not {d for t, d in grown if t == "cloud"} - {"emerging-industries"}
    assert ("ai", "health") in _applied("推动人工智能、大数据在医疗、教育、交通等领域应用。", lexicon)
    assert ("iot", "health") in _applied("加快物联网、大数据建设，提升医疗、教育、交通服务水平。", lexicon)


def test_an_article_s_listed_items_are_its_measures(lexicon):
    """广东省数字经济促进条例 第十五条 (u94): …重点培育下列数字产业集群： / （三）超高清视频显示； / （五）智能机器人； — items that
    are only a heading were no measure of the article, their technologies linked to nothing."""
    from kg.pipeline import process_document

    p = process_document("广东省数字经济促进条例\n第一章 总则\n第一条 为了促进数字经济发展，制定本条例。\n第二章 数字产业化\n"
                         "第二条 县级以上人民政府应当重点培育下列数字产业集群：\n（一）软件与信息服务；\n（二）超高清视频显示；\n"
                         "（三）智能机器人；\n（四）区块链与量子信息。\n第三条 省人民政府应当支持企业发展。\n".encode(),
                         lexicon, path="gd.txt")
    action = "<https://w3id.org/policy-kg/id/gd/sec/c2.a2>"
    techs = {o.rsplit("/", 1)[-1][:-1] for s, pr, o in p.graph.triples if s == action and pr.endswith("involvesTechnology>")}
    assert {"uhd-video", "robots", "blockchain", "quantum"} <= techs
    assert sum(1 for s, pr, o in p.graph.triples if s == action and pr.endswith("hasMeasure>")) == 5


def test_the_bodies_that_issued_a_text_are_its_creators(lexicon):
    """(u114) 民政部 财政部关于积极发展服务类社会救助的指导意见, signed 民政部 / 财政部: the issuers were only the literal of
    dcterms:publisher, and `kg query unit-duties -p unit=民政部` said no document named them; a notice whose signature
    alone names them (财政部 中国人民银行 金融监管总局) had no issuer at all."""
    from kg.pipeline import process_document

    creators = f"<http://purl.org/dc/terms/creator>"
    p = process_document("民政部 财政部关于积极发展服务类社会救助的指导意见\n民发〔2026〕35号\n一、工作举措\n（一）明确对象。各地要明确对象。\n"
                         "民政部\n财政部\n2026年7月23日\n".encode("utf-8"), lexicon, path="mca.txt")
    assert {o.rsplit("/", 1)[-1].strip("<>") for s, pr, o in p.graph.triples if pr == creators} == {"mca", "mof"}
    p = process_document("关于进一步做好财政金融协同促内需政策有关工作的通知\n财金〔2026〕71号\n一、扩大贴息范围\n"
                         "将信用卡专项分期纳入贴息政策支持范围。\n财政部 中国人民银行 金融监管总局\n2026年8月17日\n".encode("utf-8"),
                         lexicon, path="mof.txt")
    assert {o.rsplit("/", 1)[-1].strip("<>") for s, pr, o in p.graph.triples if pr == creators} == {"mof", "pbc", "nfra"}
    assert not [o for s, pr, o in p.graph.triples if "/domain/social-credit" in o]  # (信用卡 is no social credit)


def test_the_bodies_that_published_or_adopted_a_rule_are_its_creators(lexicon):
    """(u123) 餐饮业促进和经营管理办法, "2025年5月12日 商务部、国家发展和改革委员会公布", and 药品专利纠纷早期解决机制实施办法,
    "- 制定机关：国家药品监督管理局、国家知识产权局": no issuer was read; (u124) a prefecture's regulation names the
    standing committee that adopted it ("…自治州第十四届人民代表大会常务委员会第二十三次会议通过"): no issuer either."""
    from kg.pipeline import process_document

    creators = "<http://purl.org/dc/terms/creator>"

    def made_by(text: str) -> set[str]:
        p = process_document(text.encode("utf-8"), lexicon, path="rule.txt")
        return {o.strip("<>").split("/concept/org/", 1)[-1] for s, pr, o in p.graph.triples if pr == creators}

    assert made_by("# 餐饮业促进和经营管理办法\n\n2025年5月12日 商务部、国家发展和改革委员会公布\n\n"
                   "第一条 为了规范餐饮服务经营活动，制定本办法。\n第三条 商务部负责全国餐饮行业管理工作。\n") == {"mofcom", "ndrc"}
    assert made_by("# 药品专利纠纷早期解决机制实施办法（试行）\n\n- 公布日期：2021-07-04\n"
                   "- 制定机关：国家药品监督管理局、国家知识产权局\n\n第一条 为了保护药品专利权人合法权益，制定本办法。\n"
                   "第二条 国务院药品监督管理部门负责建立专利信息登记平台。\n") == {"nmpa", "cnipa"}
    adopted = made_by("# 伊犁哈萨克自治州全域旅游促进条例\n\n2019年10月30日 伊犁哈萨克自治州第十四届人民代表大会常务委员会第二十三次会议通过\n\n"
                      "2020年10月28日 新疆维吾尔自治区第十三届人民代表大会常务委员会第十九次会议批准）\n\n## 第一章 总则\n\n"
                      "第一条 为了促进全域旅游高质量发展，制定本条例。\n")
    assert adopted == {"cn-654000/people-congress"}  # (the prefecture's: not the region's committee that approved it)
    # (u127) 黄河保护法: "2022年10月30日 第十三届全国人民代表大会常务委员会第三十七次会议通过" — the national one
    assert made_by("# 中华人民共和国黄河保护法\n\n2022年10月30日 第十三届全国人民代表大会常务委员会第三十七次会议通过\n\n"
                   "## 第一章 总 则\n\n第一条 为了加强黄河流域生态环境保护，制定本法。\n") == {"npcsc"}
    # (u132) 凉山's 单行条例, adopted by the prefecture's people's congress itself ("…第六届人民代表大会第六次会议通过"):
    # no issuer was read — no lexicon names that congress; it is named as written
    p = process_document("# 凉山彝族自治州东西河飞机播种林区保护管理条例\n\n1995年5月2日 凉山彝族自治州第六届人民代表大会第六次"
                         "会议通过\n\n第一条 为了保护飞播林区，制定本条例。\n".encode("utf-8"), lexicon, path="rule.txt")
    made = {o for s, pr, o in p.graph.triples if pr == creators}
    assert len(made) == 1 and "/concept/org/x-" in made.pop()  # (kg query issuers: 凉山彝族自治州人民代表大会)
