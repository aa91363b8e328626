"""`kg eval`: regression snapshots of the bundled documents, the development set (tuned on), and the
integrity of every gold file (held-out sets included; their scores are measured by `kg eval` and reported in the
README, not asserted here: a floor on them would invite tuning on them)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate import evaluate, evaluate_corpus, load_gold

from conftest import EVAL, REPORT_2024, ROOT

GOLD = ROOT / "tests" / "gold"
#: Regression snapshots of documents the lexicons were tuned on (README, "Measured quality"): F1 floors set
#: a little under what the extraction reaches, so that a change that breaks them is seen.
REGRESSION = {
    "000_732c510093841962.json": {
        ("tasks", "section"): 1.0, ("actions", "section"): 1.0, ("priority_actions", "section"): 1.0,
        ("headings", "section"): 1.0,
        ("Technology", "concept"): 0.98, ("Technology", "concept+section"): 0.98,
        ("Domain", "concept"): 0.98, ("Domain", "concept+section"): 0.92,
        ("Region", "concept"): 0.98, ("Organization", "concept"): 0.98,
        ("integratesWith", "pair"): 0.95, ("indicators", "name+value"): 0.95,
    },
    "anhui-industrial-internet-policy-and-action-plan-2021.json": {
        ("tasks", "section"): 1.0, ("actions", "section"): 0.96, ("Technology", "concept"): 0.98,
        ("Region", "concept"): 0.95, ("Domain", "concept"): 0.96, ("integratesWith", "pair"): 0.95,
        ("responsibleUnit", "action+unit"): 0.95,
    },
    "gov-work-report-2022.json": {
        ("tasks", "section"): 1.0, ("Technology", "concept"): 0.95, ("Region", "concept"): 0.95,
    },
}
#: The development set (tests/eval/dev: gold written blind to the lexicons, then tuned on): floors a little
#: under the measured micro-averages (README).
DEV_FLOORS = [
    # The fifty-fifth round: a false positive at the named level is an assignment no reader marked by any name (a
    # named unit read where the reader marked the collective, 市、区人民政府 read as the city's government and its
    # districts', is none): the start code's dev named precision is .961 so counted (.889 before); its floor .88 → .95.
    # 406 documents since the sixty-third round: dev-cb joined last (平潭's 深化“三减二化一提升”改革创新六项措施, crawled onto
    # one line with 牵头单位 / 配合单位 fields after each measure, and its 设备更新和以旧换新 工作方案; annotated blind, scored once
    # untuned by the start code 9cda6f4: units 113 of 127 found, 10 false); dev-ca joined before it (平潭's 生活垃圾分类管理办法 and the State Council's
    # 农业机械安全监督管理条例; annotated blind, scored once untuned by the start code 9cda6f4: units 114 of 127 found,
    # 3 false).
    # 402 documents since the sixty-second round: dev-bz joined (国家市场监督管理总局's 医疗器械经营监督管理办法 and
    # 陕西's 服务虚拟电厂建设运营 实施方案, whose duties are written in running text; annotated blind, scored once untuned by
    # the start code 53468b0: units 90 of 122 found, 4 false).
    # 400 documents since the sixty-first round: dev-by joined (the State Council's 农作物病虫害防治条例 and 平潭's
    # 污染物排海总量控制 方案, whose task rows name 牵头单位 / 参加单位 cells; annotated blind, scored once untuned by the
    # start code ee6af13: units 207 of 224 found, 3 false).
    # 398 documents since the sixtieth round: dev-bx joined (平潭's 物流安全管理工作联席会议制度, whose 职责分工 chapter
    # gives each bureau its duties and whose assessment table is flattened onto one line, and the State Council's
    # 节约用水条例; annotated blind, scored once untuned by the start code 5a21370: units 107 of 139 found, 5 false).
    # 396 documents since the fifty-ninth round: dev-bw joined (two 平潭 texts assigning each bureau its duties,
    # crawled onto one line, annotated blind, scored once untuned by the start code 087a6aa: units 48 of 232 found, 11
    # false); dev-bu joined (two 平潭 documents whose crawled body runs on one line,
    # annotated blind, scored once untuned by the start code 087a6aa: units 114 of 170 found, 13 false), and dev-bv (河南's
    # and 江苏's plans naming their units in running text only: 11 of 22 found, 1 false). One floor changed: domains'
    # recall .92 → .91 — dev-bw's 生态环境保护工作职责规定 marks 101 domains (one per field a bureau's duties name: 政法,
    # 司法, 审计, 统计 …), of which the code finds 83; dev's domain recall moved .9200 → .9188 with the batch alone.
    # 390 documents since the fifty-seventh round: dev-bt joined (two 平潭 plans whose annexes are task tables flattened
    # onto one line, annotated blind, scored once untuned by the start code 5a906e2: units 98 of 211 found, 8 false).
    # 388 documents since the fifty-sixth round: dev-bs joined (舟山's port-pollutants and 开封's rivers-and-lakes
    # regulations, annotated blind, scored once untuned by the start code 4ef816d: units 123 of 139 found, 9 false);
    # before it 无人驾驶航空器飞行管理暂行条例 (annotated blind as heldout-zzzzh, then found
    # to be a fiftieth-round trial document; scored once by the start code 4ef816d: units 87 of 129 found). No floor changed.
    # 385 documents since the fifty-fifth round: dev-br joined (two 平潭 plans whose numbered items close with their
    # 责任单位, each page crawled onto one line; annotated blind, scored once untuned by the start code 594db0b: units
    # 135 of 155 found, 33 false). No floor changed.
    # 383 documents since the fifty-fourth round: dev-bq joined (two 平潭 notices of a leading group's and its members'
    # duties, each page crawled onto one line; annotated blind, scored once untuned by the start code 37df1ad: units
    # 23 of 69 found, 11 false). No floor changed.
    # 381 documents since the fifty-second round: 邯郸's “中国气谷” plan (all of heldout-zzza) left the held-out sets, to be
    # tuned on (its project table and the firms named after 由/依托/联合; untuned scores in README). No floor changed.
    # 380 documents since the forty-ninth round: 安全应急装备产业发展“十五五”规划 (all of heldout-zzzb) left the held-out
    # sets (a new-user trial picked it while it was being claimed, and its report was read). No floor changed.
    # 379 documents since the forty-eighth round: 美丽丰台建设2026年行动计划 (all of heldout-zzt) and the carbon-peak
    # assessment measures of heldout-zd left the held-out sets (a new-user trial picked them and its report was read).
    # No floor changed.
    # 377 documents since the forty-seventh round: 南昌市数字经济促进条例 left heldout-zn (a new-user trial read the same
    # regulation and rules were fixed on it). No floor changed.
    # 376 documents since dev-bo and dev-bp joined (twenty-eighth round: 重庆's data regulation, 唐山's carbon-peak pilot
    # plan, 乌达区's copy of the farm-machinery subsidy rules; 山东's virtual-power-plant plan, 云南's logistics plan,
    # 吕梁's energy-station plan); measured then: technology core R .975 (all P .861), domains R .925, regions R .914,
    # responsibilities P .918 R .890, named units P .910 R .837, chain 375/375, task headings .942. No floor changed.
    # 370 documents since dev-bm and dev-bn joined (twenty-seventh round: 平潭's 2016 “互联网+” plan, 苏州's equipment-renewal
    # plan with its table of duties, 四川's virtual-power-plant plan; 平潭's 2024 report, 陕西's charging measures, 广西's
    # feed-in-tariff reform plan); measured then: technology core R .974 (all P .861), domains R .925, regions R .908,
    # responsibilities P .916 R .890, named units P .909 R .836, chain 369/369, task headings .936. No floor changed.
    # 364 documents since dev-bk and dev-bl joined (twenty-sixth round: 孝感's 2024 report, 海南's carbon-peak plan, the
    # MOT's navigation-structures measures, the NDRC/NEA grid-dispatch opinion; 南宁's 2024 report, 黑龙江's opinion,
    # 承德's joint-inspection plan, 重庆's supercharging draft, 松江区's 十五五 energy plan, the State Council's 2030
    # carbon-peak plan) and heldout-za's 山西 digital-economy plan (annotated again in dev-bk); measured then:
    # technology core R .967 (all P .860), domains R .925, regions R .905, responsibilities P .914 R .889, named units
    # P .905 R .830, chain 363/363, task headings .936. No floor changed.
    # 353 documents since dev-bi and dev-bj joined (twenty-fifth round: 甘孜州's and 天津's 2024 work reports, 北京's
    # hydrogen-station approval measures, the national archives administration's electronic-records measures, 光明区's
    # storage support rules, 云南's steady-growth measures; 凉山州's 2024 report, 广东's farm-machinery subsidy plan and
    # storage-station measures, 湖南's transport–energy opinions, 上海's carbon-footprint action plan, 吕梁's hydrogen
    # plan); measured then: technology core R .967 (all P .860), domains R .925, regions R .901, responsibilities
    # P .911 R .890, named units P .903 R .829, chain 352/352, task headings .935. No floor changed.
    # 341 documents since dev-bh joined (twenty-fourth round: 松江区's energy plan with a Markdown table of projects,
    # 重庆's vehicle-grid plan naming 国网重庆电力, 青海's equipment-renewal plan, 河南's industrial equipment plan, 柳州's
    # 2024 report, MIIT's e-mail measures); measured then: technology core R .972 (all P .861), domains R .924,
    # regions R .902, responsibilities P .907 R .890, named units P .897 R .824, chain 340/340, task headings .938.
    # No floor changed.
    # 335 documents since dev-bg joined (twenty-fourth round: 湖南's power-support plan with its annex's table of
    # projects and owners, 武汉's hydrogen plan saved with its site's lists of links, 浙江's green-transition regulations,
    # the NDRC/NEA virtual-power-plant opinion, 上海's equipment-renewal action signed by seven issuers, 普陀区's
    # pollution opinions); measured then: technology core R .972 (all P .858), domains R .926, regions R .902 (a
    # district report's footer of its towns' sites is furniture now), responsibilities P .906 R .889, named units
    # P .896 R .822, chain 334/334, task headings .934. No floor changed.
    # 329 documents since dev-bf joined (twenty-third round: 嘉定工业区's emergency plan with a colon list of duties,
    # 无极县's project plan, 内蒙古's taxi-subsidy rules, 国家能源局's supervision notice, 绵阳's 2024 report copied without
    # its headings, 河南's cost-reduction measures); measured then: technology core R .971 (all P .856), domains R .926,
    # regions R .907, responsibilities P .903 R .887, named units P .892 R .822, chain 328/328 (a report without headings
    # keeps its paragraphs of work as actions), task headings .936. No floor changed.
    # 323 documents since dev-be joined (twenty-third round: 北京's hydrogen measures with bare bracket notes, 重庆's
    # digital-energy action plan with notes over sub-item tables, 大兴区's carbon-peak plan, 江西's electricity-access
    # work plan, the State Council's NEV plan, 浙江's informatization regulations); measured then: technology core R .971
    # (all P .855), domains R .925, regions R .909, responsibilities P .904 R .890 (a cover notice's addressees are no
    # longer responsible units), named units P .893 R .823, task headings .935. No floor changed.
    # 317 documents since dev-bd joined (twenty-second round: 河北's digital-economy regulations, 儋州's business-environment
    # provisions, 水利部's hydrological-data measures, 涪陵区's 2026 report, 陵川县's task list with its annex table, 河南's
    # renewable-energy plan); measured then: technology core R .969 (all P .855), domains R .926, regions R .908,
    # responsibilities R .893, named units P .887 R .826, task headings .935. No floor changed.
    # 311 documents since dev-bb and dev-bc joined (twenty-first round: 深圳's low-altitude plan and virtual-power-plant
    # measures saved as Markdown, with notes in escaped brackets and a stated order of units; 平潭's 2019 work plan
    # flattened to one line, its 2022 task table with every cell boundary lost, an evaluation measure and its 2025
    # report; PBOC's credit-reporting measures; 天津's science-park and 淄博's monitoring regulations; 浙江's 最多跑一次
    # provisions; MIIT's low-altitude opinion; 黔东南's report); measured then: technology core R .967 (all P .856),
    # domains R .927, regions R .908, responsibilities R .892, named units P .887 R .828, task headings .934. No floor
    # changed.
    # 299 documents since dev-ba joined (twentieth round: two refined-oil enforcement texts — 平川区's notice, 綦江区's
    # saved page —, SAMR's national-standards and online-drug-sales measures, a Shanghai passenger-transport notice,
    # 嘉兴's ICV road-testing regulations); measured then: technology core R .966 (all P .856), domains R .927, regions
    # R .911, responsibilities R .891, named units P .884 R .822, task headings .934. No floor changed (named units'
    # precision .88 stands just under the measure: 綦江's reader leaves a leading group's member departments unmarked).
    # 293 documents since dev-az joined (twentieth round: 广州's digital-economy regulations, 福建's charging plan,
    # 国家能源局's digitalisation opinion and 内蒙古's green-power plan saved from government sites, 中国气象局's
    # lightning rule, a 黄浦 district plan); measured then: technology core R .967 (all P .856), domains R .929,
    # regions R .911, responsibilities R .891, named units P .890 R .821, task headings .935. No floor changed (named
    # recall stands just over its floor: 广州's annotator marks 市、区人民政府 named, the tool reads it generic).
    # 287 documents since dev-ay joined (nineteenth round: saved web pages of Beijing, Shanxi and national energy
    # documents with their sites' furniture, 吉林's charging-infrastructure plan, 高阳县's report page); measured then:
    # technology core R .965 (all P .863), domains R .929, regions R .911, responsibilities R .889, named units P .886
    # R .829, task headings .937. Floor lowered: domains' recall .93 → .92 (dev-ay's six documents alone: R .879; its
    # annotators mark 二手车, 家装, 清洁取暖 as sectors, words the domain scheme leaves out because they stand in seven or
    # eight other dev documents that no annotator marks).
    # 281 documents since dev-ax joined (nineteenth round: a national seven-ministry rule on scrapped vehicles, 北京's
    # and 洛阳's regulations, a Shanghai fire-infrastructure opinion, a 嘉定 plan, 广州's 2024 report); measured then:
    # technology core R .972 (all P .866), domains R .930, regions R .907, responsibilities R .889, named units P .885
    # R .827, task headings .939. Floor lowered: named units' recall .83 → .82 (the scrapped-vehicle rule's annotator
    # marks 省级商务主管部门 and 县级以上地方商务主管部门, over forty duties, as named units; the other batches mark such
    # departments of every province or county generic, 426 against 89 — as the extraction does).
    # 275 documents since dev-au … dev-aw joined (sixteenth round: national regulations on SME payments, food
    # inspection, complaints, telecom fraud, network identity; city and provincial regulations, social credit among
    # them; Shanghai plans of a bureau, of the city and of a district; two work reports); measured then: technology core
    # R .953 (all P .851), domains R .931, regions R .897, responsibilities R .889, named units P .886 R .833, task
    # headings .939 (with dev-au and dev-av, 270: .954 (.852), .931, .895, .889, .884/.831, .939).
    # 259 documents since dev-aq … dev-at joined (fifteenth round: national, provincial and city regulations on IP,
    # property management, market supervision, landscape lighting, wages, climate, primary health, data security and
    # content distribution, district plans, four work reports); measured then: technology core R .954 (all P .853),
    # domains R .932, regions R .892, responsibilities R .887, named units P .885 R .838, task headings .939 (with
    # dev-aq … dev-as, 253: .955 (.852), .931, .892, .885, .884/.841, .938).
    # 236 documents since dev-al … dev-ap joined (fourteenth round: a power-monitoring regulation, national, city
    # and provincial regulations, district plans, five work reports (one flattened to a single line), an evaluation
    # measure, a task-division notice); measured then: technology core R .954 (all P .852), domains R .932, regions
    # R .892, responsibilities R .884, named units P .886 R .847, task headings .937 (with dev-al alone, 213: .953
    # (.855), .933, .892, .884, .883/.843, .942).
    # 204 documents when dev-ae … dev-ak joined (thirteenth round; dev-ak: two emergency plans numbered 1 / 1.1 /
    # 1.1.1, for the decimal layout); measured then: technology core R .951 (all P .855), domains R .932, regions
    # R .890, responsibilities R .882, named units P .893 R .841, task headings .940 (when dev-ah joined, 190: .950
    # (.856), .932, .890, .886, .896/.838, .941). Floors lowered in the thirteenth round: technology precision .86 → .85 (dev-ag's and
    # dev-ah's work reports leave energy and network infrastructure unmarked: 新型储能, 特高压, 通信基站, 源网荷储),
    # named units' recall .85 → .83 (their regulations mark departments named by function, 密码管理部门, 供水主管部门,
    # 急救医疗指挥机构, as named units, where other batches mark them generic, as the extraction does).
    # 166 when dev-z, dev-aa, dev-ab, dev-ac and dev-ad joined (twelfth round; dev-u … dev-y in the
    # eleventh, dev-p … dev-t in the tenth, heldout-j, dev-l … dev-o in the ninth); measured when dev-ad joined:
    # technology core R .956 (all P .868), domains R .934, regions R .899, responsibilities R .892, named units P .898
    # R .865, task headings .940 (when dev-y joined: .953, .872, .938, .902, .892, .910/.862, .939). Floor lowered in
    # the twelfth round: named precision .90 → .88 (dev-aa's 上海市气象条例 writes a list of fourteen departments by
    # function, annotated as one generic unit and read here as fourteen named bodies; reading such lists as generic was measured and left out: dev named units
    # P .893 → .900 but R .858 → .843). Floors lowered in the eleventh round: named precision
    # .92 → .90 (dev-v's and dev-x's regulations annotate lists of departments by function and a regulation's operators
    # as generic units, read here as named bodies), regions .90 → .89 (dev-x's rivers and cross-border places), all
    # responsibilities' recall .89 → .88 and named units' .86 → .85 (dev-y's regulations mark 县级以上人民政府X部门 as
    # named units and posts the rules do not read)
    (("Technology", "core"), "recall", 0.95), (("Technology", "all"), "precision", 0.85),
    (("Domain", "core"), "recall", 0.91), (("Region", "core"), "recall", 0.89),
    (("responsibility", "all"), "recall", 0.88), (("responsibility", "named"), "precision", 0.95),
    (("responsibility", "named"), "recall", 0.82), (("chain", "non-empty"), "recall", 1.0),
    (("task headings", "found"), "recall", 0.92),
]


@pytest.mark.parametrize("name", sorted(REGRESSION))
def test_regression_snapshots_of_the_bundled_documents(name):
    gold = load_gold(GOLD / name)
    scores = {(s.name, s.level): s for s in evaluate(gold, ROOT / gold["document"])}
    for key, minimum in REGRESSION[name].items():
        assert key in scores, key
        assert scores[key].f1 >= minimum, (key, scores[key].as_dict())


def test_development_set_scores():
    total, per_doc = evaluate_corpus([EVAL / "dev" / "gold"])
    assert len(per_doc) == 406
    scores = {(s.name, s.level): s for s in total}
    for key, measure, floor in DEV_FLOORS:
        assert getattr(scores[key], measure) >= floor, (key, scores[key].as_dict())


@pytest.mark.parametrize("path", sorted((EVAL).glob("*/gold/*.json")), ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_gold_files_are_well_formed_and_quote_their_text(path):
    """Every term, spelling and anchor of a gold file occurs in its document; provenance is stated."""
    gold = load_gold(path)
    assert gold["schema"] == "policy-kg-gold/2" and gold["set"] == path.parent.parent.name
    prov = gold["provenance"]
    assert prov["lexicons_seen"] is False and prov["tool_run_before_gold"] is False and prov["method"]
    text = (ROOT / gold["document"]).read_text(encoding="utf-8")
    for kind, entries in gold["concepts"].items():
        assert kind in ("Technology", "Domain", "Region"), kind
        for e in entries:
            for spelling in [e["term"], *e.get("also", [])]:
                assert spelling in text, (kind, spelling)
    for r in gold.get("responsibilities", []):
        assert r["anchor"] in text and r["role"] in ("lead", "support", "responsible"), r
    assert isinstance(gold["has_tasks"], bool)


def test_eval_of_a_folder_is_micro_averaged_and_lists_misses(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(EVAL / "dev" / "gold")])
    assert result.exit_code == 0, result.output
    assert "Micro-averaged over 406 document(s)" in result.output
    assert "responsibility" in result.output and "missed:" in result.output
    data = json.loads(CliRunner().invoke(main, ["eval", str(EVAL / "dev" / "gold"), "--format", "json"]).output)
    tech = next(s for s in data["total"] if s["name"] == "Technology" and s["level"] == "core")
    assert 0 < tech["recall"] <= 1 and set(data["documents"]) == {p.stem for p in (EVAL / "dev" / "gold").glob("*.json")}


def test_eval_json_of_one_file_has_the_shape_of_a_folder_s(tmp_path):
    """u29: one file gave a list, a folder an object; scripts reading both broke on one of them."""
    doc = tmp_path / "d.txt"
    doc.write_text("规划\n一、重点任务\n（一）建设网络\n加快5G建设。\n", encoding="utf-8")
    gold = tmp_path / "one.json"
    gold.write_text(json.dumps({"schema": "policy-kg-gold/2", "document": str(doc), "has_tasks": True,
                                "concepts": {"Technology": [{"term": "5G", "also": [], "core": True}]}}),
                    encoding="utf-8")
    data = json.loads(CliRunner().invoke(main, ["eval", str(gold), "--format", "json"]).output)
    assert set(data) == {"total", "documents"} and list(data["documents"]) == ["one"]
    tech = next(s for s in data["total"] if s["name"] == "Technology" and s["level"] == "core")
    assert tech["recall"] == 1.0 and data["documents"]["one"] == data["total"]


def test_a_gold_entry_the_document_does_not_hold_is_named(tmp_path):
    """(u30) a typo in a gold term (北抖 for 北斗) was a silent miss of the tool: it is still missed, and named apart
    in a warning, in the table and in JSON."""
    doc = tmp_path / "d.txt"
    doc.write_text("规划\n一、重点任务\n（一）建设网络\n市工信局负责加快5G建设，推进北斗应用。\n", encoding="utf-8")
    gold = tmp_path / "typo.json"
    gold.write_text(json.dumps({"schema": "policy-kg-gold/2", "document": str(doc), "has_tasks": True,
                                "concepts": {"Technology": [{"term": "5G", "also": [], "core": True},
                                                            {"term": "北抖", "also": [], "core": True}]},
                                "responsibilities": [{"unit": "市工信局", "anchor": "加快5G建设", "role": "responsible"},
                                                     {"unit": "市工信局", "anchor": "推进北斗运用", "role": "responsible"}]},
                               ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code == 0, result.output
    warning = next(line for line in result.output.splitlines() if line.startswith("warning:"))
    assert "2 gold entries occur nowhere" in warning and "北抖" in warning and "推进北斗运用" in warning
    data = json.loads(CliRunner().invoke(main, ["eval", str(gold), "--format", "json"]).output)
    tech = next(s for s in data["total"] if s["name"] == "Technology" and s["level"] == "all")
    assert tech["absent"] == ["北抖"] and tech["recall"] == 0.5  # still a miss
    clean = CliRunner().invoke(main, ["eval", str(EVAL / "heldout-zh" / "gold")])
    assert "warning:" not in clean.output  # the project's gold quotes its documents


def test_false_positives_in_any_section_count(tmp_path):
    """A v2 gold file scores every sentence: a concept the gold does not list is a false positive wherever it is."""
    doc = tmp_path / "d.txt"
    doc.write_text("规划\n一、重点任务\n（一）建设网络\n加快5G建设，推进北斗应用。\n二、保障措施\n发展区块链。\n", encoding="utf-8")
    gold = {"schema": "policy-kg-gold/2", "document": str(doc), "has_tasks": True,
            "concepts": {"Technology": [{"term": "5G", "also": [], "core": True},
                                        {"term": "神经形态光芯片", "also": [], "core": True}]}}
    scores = {(s.name, s.level): s for s in evaluate(gold, doc)}
    tech = scores[("Technology", "all")]
    assert tech.recall == 0.5 and sorted(tech.false_positives) == ["北斗", "区块链"]  # 区块链 stands in a framing chapter
    assert tech.misses == ["神经形态光芯片"]


def test_an_article_s_numbered_items_are_inside_its_span(tmp_path):
    """清远市住宅小区物业管理条例 (dev-aq) 第五条: “X履行下列职责：” and items that are only headings; a duty the
    gold anchors in an item is the article's, whose span reaches over its items."""
    doc = tmp_path / "d.txt"
    doc.write_text("某市物业管理条例\n\n第一章 总则\n\n第一条 为了规范物业管理活动，制定本条例。\n\n"
                   "第二条 物业管理行业协会履行下列职责：\n\n（一）加强行业自律管理，维护行业合法权益；\n\n"
                   "（二）组织物业服务项目评优工作；\n\n（三）法律法规规定的其他职责。\n\n第三条 本条例自2022年起施行。\n",
                   encoding="utf-8")
    gold = {"schema": "policy-kg-gold/2", "document": str(doc), "has_tasks": True, "concepts": {},
            "responsibilities": [
                {"unit": "物业管理行业协会", "role": "responsible", "anchor": "加强行业自律管理", "generic": True},
                {"unit": "物业管理行业协会", "role": "responsible", "anchor": "组织物业服务项目评优工作", "generic": True}]}
    scores = {(s.name, s.level): s for s in evaluate(gold, doc)}
    assert scores[("responsibility", "all")].recall == 1.0


def test_eval_reports_misses_and_false_positives_in_the_older_format(tmp_path):
    gold = {"document": "data/000_732c510093841962.txt",
            "concepts": {"Technology": {"北斗": ["一(一)"], "神经形态光芯片": None}}}
    path = tmp_path / "g.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path), "--doc", str(ROOT / gold["document"])])
    assert result.exit_code == 0, result.output
    assert "神经形态光芯片" in result.output and "5G @ 一(一)" in result.output


def test_bad_gold_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(bad)])
    assert result.exit_code != 0 and "not a valid JSON gold file" in result.output


@pytest.mark.parametrize("gold, message", [
    # the guide's list of terms without its "schema" is read in the older format, where a class is an object
    ({"concepts": {"technology": ["5G"]}}, 'must be an object of labels in the older format'),
    ({"technologies": ["5G"]}, "scores nothing"),  # a mistyped key: no empty table with exit 0
    ({"schema": "policy-kg-gold/2", "concepts": {"Tech": []}}, 'unknown class "Tech"'),
    ({"schema": "policy-kg-gold/2", "concepts": {"Technology": ["5G"]}}, 'must be a list of {"term"'),
    ({"schema": "policy-kg-gold/2", "responsibilities": [{"unit": "市发展改革委", "anchor": "加快推进", "role": "owner"}]},
     '"responsibilities" must be'),
])
def test_a_gold_file_of_the_wrong_shape_is_one_line(tmp_path, gold, message):
    """A gold file the scorer cannot read gives one line and exit 1 (it gave an AttributeError traceback)."""
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"document": str(REPORT_2024), **gold}, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and message in result.output, result.output


def test_a_score_with_nothing_to_count_is_a_dash_not_one(tmp_path):
    # a user's trial (u28): rows with tp = fp = fn = 0 (no candidate found, none in the gold) showed P = R = F1 = 1.000
    from kg.evaluate import Score, format_scores

    text = format_scores([Score("Technology", "candidates", 0, 0, 0), Score("Region", "core", 2, 0, 1)], errors=False)
    empty, region = text.splitlines()[1:]
    assert "1.000" not in empty and empty.count("—") == 3
    assert "1.000" in region and "0.667" in region


def test_a_unit_name_inside_a_longer_body_name_is_no_match():
    """(u31) kg eval counted 建设局 (a misreading of 交通与建设局) as a match of 交通与建设局: a named body that is the
    tail of a longer body's name, or the head of one of its divisions, is another body.  A unit inside a list, or
    written without its level, still matches."""
    from kg.evaluate import _unit_matches

    assert not _unit_matches("交通与建设局", "建设局", "平潭县住房和城乡建设局")
    assert not _unit_matches("财政金融局", "金融局", "平潭县金融工作局")
    assert not _unit_matches("市公安局交通管理局", "市公安局", "武汉市公安局")
    assert _unit_matches("区市场监督管理局", "市场监督管理局", "平潭县市场监督管理局")
    assert _unit_matches("住房和城乡建设、公安、城市管理等部门", "公安", "公安部门")
    assert _unit_matches("居民委员会或者村民委员会", "居民委员会", "居民委员会")
    assert _unit_matches("测绘成果的保管单位", "保管单位", "保管单位")


def test_a_listed_department_written_after_its_government_matches_the_list():
    """(u37) 县级以上人民政府生态环境 (the tool keeps the government written before the list's first department) is one
    of the units the reader's 生态环境、市场监督管理、自然资源等有关部门 names; a government and a field the list does not
    name is not."""
    from kg.evaluate import _unit_matches

    assert _unit_matches("生态环境、市场监督管理、自然资源等有关部门", "县级以上人民政府生态环境", "生态环境部门")
    assert _unit_matches("商务、工业和信息化等部门", "省人民政府商务", "江西省商务厅")
    assert not _unit_matches("生态环境、市场监督管理、自然资源等有关部门", "县级以上人民政府教育", "教育部门")
    assert not _unit_matches("市场监督管理部门", "县级以上人民政府教育", "教育部门")


def test_a_predicted_name_that_ran_into_its_clause_is_no_match():
    """(u35) 常德市人民政府应当适时举办 — a name that ran into its modal and verb — had counted as a find of the gold
    市人民政府; a name holding a modal or a duty verb matches no gold unit that holds none."""
    from kg.evaluate import _unit_matches

    assert not _unit_matches("市人民政府", "市人民政府应当适时举办", "常德市人民政府应当适时举办")
    assert _unit_matches("市人民政府", "市人民政府", "常德市人民政府")
    assert _unit_matches("负责知识产权保护的主管部门", "负责知识产权保护的主管部门", "负责知识产权保护的主管部门")
