"""Who is responsible for what: units assigned to actions, items and articles, lead and supporting.

Forms read (the cue words are data, ``ontology/lexicon/cues.ttl``):

- bracketed notes: （责任单位：A、B）, （牵头单位：A；配合单位：B、C）, （A牵头，B、C配合）,
  （A、B按职责分工负责）, wherever they stand in an item (also after other brackets);
- a unit as the subject of a clause: “A负责…”, “A牵头，B配合”, “A会同B…” (A leads, B supports),
  “A应当…”, “A、B等部门按照各自职责…”;
- the passive: “由A负责…”, “由A会同B负责…”, “由A牵头，B参与”;
- assignment tables flattened into lines (cells separated by tabs or wide spaces).

Unit names are recognised from the organisations lexicon (central bodies), the department types
(``kg:DepartmentType``: 发展和改革委员会 with its short forms and stems such as 发展改革, 发改), the
generic units (``kg:GenericUnit``: 各有关部门, 相关单位 …) and the gazetteer, and normalised: a bare
level prefix takes the document's region (市大数据局 in a 苏州 document is 苏州市大数据局), an
abbreviation becomes the full name (省经信厅 → 安徽省经济和信息化厅), and a document's own
abbreviations (…（以下简称市大数据局）) are learned from the document.  Each assignment is attached to
the innermost action, item or article whose text holds it, with its evidence sentence.
"""

from __future__ import annotations

from typing import Iterable

import functools
import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import BLOCKER, Concept, Lexicon, match_key
from .namespaces import CONCEPT
from .segment import cut
from .structure import LINE_NOTE_LABELS, RE_NOTE_LINE, ROW_NAME_CELLS, DocumentTree, Sentence, is_row_name_cell, pipe_cells

ORG = f"{CONCEPT}org/"
GENERIC = f"{CONCEPT}generic/"
DEPT_NS = f"{CONCEPT}dept/"
#: Suffixes every department stem takes besides its own (审计部门, 政务数据主管部门).
COLLECTIVE = ("行政主管部门", "行政管理部门", "行政部门", "主管部门", "管理部门", "主管机构", "部门")
_EXPAND = {"委": "委员会", "办": "办公室"}
#: What bounds the last level of a list of levels (市、雅鲁藏布江流域县（区）, 市、沿线县): a basin, a road, a coast.
_BASIN_WORDS = r"流域|沿线|沿岸|沿江|沿河|沿湖"
_BASIN = r"[\u4e00-\u9fff]{2,8}?(?:" + _BASIN_WORDS + ")"
_LEVEL_PREFIX = re.compile(r"((?:国家和|国家、)?(?:各)?省、自治区、直辖市(?:[、和及]新疆生产建设兵团)?(?:[、和及]计划单列市)?|(?:各)?省、自治区(?!、)|(?:设区的)?(?:(?:自治县|自治州|自治旗|(?<=、)地区|[省市州县区旗乡镇])(?:\((?:县级市|[市区县、])+\))?、)+(?:" + _BASIN + r")?(?:乡镇|自治县|自治州|自治旗|地区|[省市州县区旗乡镇])(?:\((?:县级市|[市区县镇乡、]|街道)+\))?|县\(市\)区|区\(市\)县|[县区乡镇]\((?:县级市|[市区县镇乡、]|街道)+\)|[省市](?:和|或者|或|及)[区县](?:、[区县])?(?:\((?:县级市|[市区县、])+\))?|(?:省级|设区的市级|市级)(?:和|或者|或|及|、)(?:设区的市级|市级|县级)|上级或者同级|上级或同级|省、市州|市州|本级|同级|上级|各级|各省\((?:区、市|自治区、直辖市)\)|各市\((?:州|地、州|州、市|县、区|区、县)\)|各省级|各市级|各县级|各地区|各地市|各地|各县\(市、区\)|各县\(市\)|各县\(区\)|各区县|各市县|各市|各县|各区|各省|县\(市、区\)|县\(市\)|"
                           r"县\(区\)|区县\(自治县\)|(?:县级|设区的市级|市级|省级)以上(?:地方)?(?:各级)?|区县|市县|市镇|省委|市委|州委|县委|区委|旗委|盟委|自治区|自治州|自治县|自治旗|省级|设区的市级|市级|县级|区级|国家|国务院|"
                           r"乡镇|街镇|镇街|省|市|州|县|区|旗|盟|镇|乡|街道|各地方|地方各级|各)$")
#: Words that end in a level's character (园区, 社区, 城市, 城镇): the character is no level prefix after these.
_WORD_ENDS = {"区": "园社景小校厂山矿辖片街库湖垦灾城林牧营学地", "市": "城超都夜股集", "镇": "城集", "乡": "城"}
#: The prefixes that make a department type the central body of its function (国家网信部门, 国务院电信主管部门).
_NATIONAL = ("国家", "国务院")
_LEVEL_OF_PREFIX = {"省": "province", "自治区": "province", "省级": "province", "省委": "province", "省、自治区": "province", "市州": "prefecture",
                    "市": "prefecture", "州": "prefecture", "自治州": "prefecture", "盟": "prefecture",
                    "市级": "prefecture", "设区的市级": "prefecture", "市委": "prefecture", "州委": "prefecture", "盟委": "prefecture",
                    "县": "county", "区": "county", "旗": "county", "自治县": "county", "自治旗": "county", "县级": "county", "区级": "county",
                    "县委": "county", "区委": "county", "旗委": "county",
                    # (u110: 各省级工业和信息化、农业农村主管部门 — every province's, the node of 省级工业和信息化主管部门)
                    "各省级": "province", "各省": "province", "各市级": "prefecture", "各县级": "county"}
#: 办事处 alone among listed units (市镇人民政府、办事处及有关部门: the subdistricts' offices of a city without counties).
_BARE_OFFICE = re.compile(r"(?<=[、和及与])(办事处)(?=[、和及与]|应当|应|要|须|负责)")
#: The end of a town's or subdistrict's name and the office word that may follow it (南京西路街道办事处, 张金镇人民政府).
_TOWN_WORD = re.compile(r"((?:街道|镇|乡))(办事处|人民政府|政府)?")
#: After a town's name, the rest of the name of one of its bodies (管理办, 社区卫生服务中心, 综合执法队).
_TOWN_BODY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:管理办|办公室|办|中心|事务所|所|站|队|委员会|服务社)"
                        r"(?=[、，,；;。)）\s]|$|负责|牵头|配合|等)")
#: After the places a duty clause opens with: the duty (浦东新区、金山区等区负责…, 闵行区要…).
_PLACE_VERBS = (r"要|应当|应|须|负责|牵头|配合|会同|承担|做好|抓好|结合实际|按照|加快|重点推进|推进|推动|探索|打造|开展|"
                r"加强|着力|率先|聚焦|深化|完善|重点培育|培育|冲刺|创建|争创|依托|立足|围绕")
_PLACE_DUTY = re.compile(r"(?:等(?:区|县|市|地|相关区|有关区))?(?:" + _PLACE_VERBS + ")")
#: The work of a body or a supported place (城发投集团发挥…, 支持岑溪市发展壮大…): the duties above and more verbs.
_WORK_VERBS = _PLACE_VERBS + r"|围绕|强化|发挥|实施|提升|做优|做强|做大|壮大|布局|落实|组建|谋划|建设|统筹"
_SUPPORTED_DUTY = re.compile(r"(?:等(?:区|县|市|地|相关区|有关区))?(?:大力|全力|积极|持续|加速|提质|特色)?(?:" + _WORK_VERBS +
                             r"|发展)(?!的)")
#: A clause that lists what the government supports each of its places in doing (支持咸安区推进…、嘉鱼县加强…).
_SUPPORTED_PLACES = re.compile(r"支持[^，,。；;]*$")
#: Words that give what follows to several levels of government at once.
_MANY_LEVELS = re.compile(r"(?:(?:各)?省、自治区、直辖市|县级以上|县级及以上|设区的市级以上|市级以上|各级|市(?:和|或者|或|及)区(?:、县)?|市、区(?:、县)?|市、县|(?:自治)?州(?:、|和|及)县|市县|市镇|区县|市和县|"
                          r"县\(市、区\)|区\(县\)|市、区\(县\))(?:地方)?(?:人民政府|政府)?(?:的)?")
#: The administrations of every zone of a kind (各片区管理局, 各园区管委会, 各功能区管理委员会): a collective unit.
_COLLECTIVE_BODY = re.compile(r"(?:^|(?<=[，,；;、：:（(由和与及对\s\d]))(各(?:片区|园区|开发区|功能区|工业园区|产业园区|景区|港区|镇街|乡镇)"
                              r"(?:管理局|管委会|管理委员会|指挥部|工作站|专项整治工作领导小组|领导小组))(?=[、，,和及与要应负牵按在于配会共分]|$)")
def _level_before_office(text: str, names: list[UnitName]) -> list[UnitName]:
    """A group's office or working group written after its level (区领导小组办公室, 市工作专班, dev-bt): the level is part
    of the name as written (the same node)."""
    out = []
    for n in names:
        if n.generic and n.start > 0 and text[n.start - 1] in "区市县省" and n.surface.startswith(_GROUP_OFFICE) and \
                (n.start == 1 or text[n.start - 2] in _NAME_EDGE) and not any(o.end == n.start for o in out):
            n = replace(n, start=n.start - 1, surface=text[n.start - 1:n.end])
        out.append(n)
    return out


_GROUP_OFFICE = ("领导小组", "工作专班", "指挥部", "联席会议")
_NAME_EDGE = "，,；;、：:（(）)由和与及同会的经过向托于织促导调合 \t\n。0123456789"


#: The rest of a list before the short name the text gives its bodies together (…、安宁河流域县（市）人民政府（以下简称…）).
_DEFINED_TOGETHER = re.compile(r"(?:[^，,。；;()]|\([^()]{1,4}\)){0,30}?\((?:以下)?(?:简称|统称)[“\"]?([^()“”\"]{2,20})[”\"]?\)")


#: What a unit sends to another (…向区领导小组办公室报送…, 及时向…报告): its own duty.
_REPORTS_TO = re.compile(r"(?:分别|及时|定期|按时|每月|每季度|每年)*向[^，,。；;]{1,24}?(?:报送|报告|提交|报备|备案|反馈|通报|移交|移送|抄送|汇报)")


#: A bureau written bare as an item of a list (…、资源生态局于…, 执法应急局、…): the issuing county's or city's own.
_BARE_OWN_OFFICE = re.compile(r"(?<=、)(?![省市区县州])([\u4e00-\u9fff]{2,8}?(?:局|委))(?=[、和及与,，]|负责|牵头|要|应|于|按|分别|配合|共同|联合|$)|"
                              r"(?:^|(?<=[，,；;。：:]))(?![省市区县州])([\u4e00-\u9fff]{2,8}?(?:局|委))(?=、)")
#: A unit no lexicon knows: a level (or a place) + 2–10 characters + a department's suffix.
_OPEN_UNIT = re.compile(r"(?:^|(?<=[，,；;、：:（(）)由和与及同会的经过向托于织促导调合\s\d]))(自治县|自治州|自治旗|区\(县\)|县\(区\)|县\(市、区\)|县\(市\)|"
                        r"乡\(镇\)|省|市(?!政(?!务))|州|县|区|旗)([\u4e00-\u9fff]{2,10}?)"
                        r"(行政主管部门|主管部门|管理部门|部门|管理局|管理机构|委员会|办公室|领导小组办公室|领导小组|工作组|中心|"
                        r"工作部|宣传部|组织部|统战部|影视部|"  # (区党群工作部, 区宣传影视部: 平潭's working departments, dev-bt)
                        r"(?<!场)公司|(?<![剧影庭])院|局|委|办|"
                        # a station of a field (区环卫所负责推进公厕建设, dev: 平潭's 公厕革命 plan, eleven duties lost)
                        r"(?<=环卫|管理|监测|司法|财政|国土|水利|农技|畜牧|兽医|林业|水文|气象|环保|城管)所)(?![法理事学面部托长门])")  # (…制定管理办法, 委托: no body)
#: An authority of a field named by its kind, in a list or opening a clause (空中交通管理机构, 绿证核发机构).
_AUTHORITY_SUFFIX = r"(?:管理机构|监管机构|执法机构|领导机构|核发机构|交易机构|审批机构|登记机构)"
_FIELD_AUTHORITY = re.compile(r"(?:^|(?<=[\s　，,；;、：:（(由和与及同]))([\u4e00-\u9fff]{2,8}?)" + _AUTHORITY_SUFFIX +
                              r"(?=[、，,。；;和及与应可按依负会对在要须统])")
#: Words that tell a clause's work, not an authority's field (设置 + 专门安全生产管理机构, 协助 + 空中交通管理机构, 应当征询 +
#: 综合杆管理机构, 业主自行 + 管理机构).
_FIELD_VERB = re.compile(r"^(?:设置|设|健全|协助|征询|委托|专门|配备|接受|报请|报送|提请|申请|听取|咨询)|自行|应当|可以|其")
#: An authority of a field by its kind (空中交通管理机构, 国家空中交通管理领导机构): a department of a known kind.
_AUTHORITY_KIND = re.compile(r"(?:国家|省|市|县|区)?[\u4e00-\u9fff]{2,8}" + _AUTHORITY_SUFFIX)
#: Words that open no authority's name (有关 + 管理机构, 各级 + 监管机构: collectives the lexicon reads).
_FIELD_NOT_NAME = ("有关", "相关", "其他", "各", "本", "该", "上述", "所在地", "当地", "同级", "上级")
#: One bureau named by two functions joined by 与 or 和 (区交通与建设局, 区自然资源与生态环境局 in 平潭's texts): its first
#: function is no body of its own (not 财政局与税务局, 发展改革委和财政局, 财政与税务部门 — departments, several).
_TWO_FUNCTIONS = re.compile(r"[\u4e00-\u9fff]{2,8}?(?<![局委办厅部院司处室所站队府])[与和][\u4e00-\u9fff]{2,8}?(?:局|委员会)")
#: A clause that joins other units to the work of the units before it (与区规划资源局、区国资委等相关部门形成工作合力,
#: 与市公安局密切配合): they support, the units before lead.
_JOINED_BY = re.compile(r"与[^，,。；;]{2,60}?(?:形成(?:工作)?合力|密切配合|协同配合|密切协作|加强协作|协同联动|协同推进|共同推进)")
#: A lead and its partners in a frame (完善以社区平安办牵头，服务办和党群办配合的工作机制): the bodies no lexicon knows,
#: short office names (…办, …中心, …所), by their place before 牵头 and 配合.
_LED_FRAME = re.compile(r"以([^，,。；;以]{2,10}?)牵头[，,、]([^，,。；;]{2,40}?)(?:协同)?配合")
_FRAME_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:办|中心|所|站|队|科|室|处)")
#: When or where before a unit's modal (后期工作中要…, 在实施过程中应当…, 汛期期间须…).
_SCOPED_MODAL = re.compile(r"(?:在)?[^，,。；;的]{1,10}?(?:工作中|过程中|期间|之中)(?:要|应当|应|须|必须)")
#: An autonomous county, prefecture or banner by its kind alone, opening a clause (:func:`_opens_clause`) of duty in its
#: own regulation (第十六条 自治县应当优先发展城市公共交通): the autonomous place itself, its government.
_AUTONOMOUS_ON_DUTY = re.compile(r"(自治县|自治州|自治旗)(?=应当|应|要|须|负责|可以|统筹|加强|设立|采取|建立|组织|制定|设置|"
                                 r"划定|实行|推行|完善|保障|依法)")  # (自治县设立…指挥机构, 自治县采取措施…, u62)
#: A level of government by its level alone, opening a clause of duty (县级负责项目组织，市州级负责项目预审): all its units.
_LEVEL_ON_DUTY = re.compile(r"((?:省|市|县|区|乡镇|镇|乡|市州|州|县区|县市|区县|盟市|旗县|地市)级)"
                            r"(?=(?:主要|具体)?(?:负责|牵头))")
#: A modal or a duty verb inside a would-be body's name (市人民政府应当适时举办, 市政府负责督办, 省财政厅配合省发展改革委):
#: no name.
#: A government, then a verb of what it does with the units after it (市人民政府组织发展改革主管部门…).
_GOVERNMENT_ACTS = re.compile(r"政府(?:组织|会同|指导|协调|督促|责成|委托|授权|牵头)")
_OPEN_UNIT_VERB = re.compile(r"应当|必须|负责|牵头|会同|配合|协助|适时|及时|(?:举|承|主|协|交|转|代|帮|领|督)办$|"
                             # (由县（区）河长组织有关职能部门…打捞, u128: no body's name)
                             r"(?<=[\u4e00-\u9fff])(?<!政府)(?<!各)(?:有关|相关)")
_UNKNOWN_UNIT = re.compile(r"([\u4e00-\u9fff]{0,10}?(?:评审|专家|考核|督查|督导|检查|调查|验收|审查|评估|巡查)组|"
                           r"(?:[\u4e00-\u9fff]|(?<=[\u4e00-\u9fff])\([\u4e00-\u9fff]{1,4}\)(?=[\u4e00-\u9fff])){2,16}?(?:管理委员会|委员会|管委会|管理局|办公室|督查室|研究室|办公厅|研究院|集团公司|有限公司|分公司|"
                           r"公司|集团|中心支行|支行|分行|银行|专项工作组|工作组|领导小组|工作专班|专班|指挥部|中心|"
                           r"档案馆|图书馆|博物馆|纪念馆|文化馆|科技馆|美术馆|总队|支队|大队|局|厅|委|办))$")
#: A long body's name from a clause boundary: a place written with its province in brackets may open it.
_LONG_BODY = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{1,6}\([\u4e00-\u9fff]{2,4}\))?[\u4e00-\u9fff]{4,30}?"
                        r"(?:管理委员会|委员会|管委会|管理局|办公室|研究院|集团公司|有限公司|分公司|中心|领导小组|工作小组|"
                        r"推进小组|协调小组|工作专班|指挥部)$")
#: A body named by its duty (负责网格化服务管理工作的机构; 县级以上人民政府负责公共数据管理的部门; 负责知识产权保护的主管部门):
#: a generic unit.
_DUTY_NAMED = re.compile(r"(?:负责[\u4e00-\u9fff、]{2,20}?|负有[\u4e00-\u9fff、]{2,20}?(?:职责|责任))的(?:(?:行政)?主管部门|管理部门|相关部门|有关部门|部门|机构|单位|机关)"
                         r"(?!负责人|工作人员)")
_GOVERNMENT_BEFORE = re.compile(r"(?:(?:各)?省、自治区、直辖市|县级以上(?:地方)?|设区的市级?|自治县|自治州|自治旗|[省市州县区旗])(?:人民)?政府$")
# (省、自治区、直辖市人民政府负有…职责的部门, u113: the provinces' departments, not 市人民政府's)
_ABBREV = re.compile(r"\(以下(?:简称|统称|称)为?[“\"]?([^”\"()]{2,20})[”\"]?\)")  # (以下统称为保护部门, u105; 以下称, u131)
#: A name a document defines for units (…确定的部门（以下统称公共信用建设综合部门）): the kind of body it ends in.
_DEFINED_UNIT = re.compile(r"[\u4e00-\u9fff]{2,16}(?:部门|机构|单位|机关|委员会|办公室|中心|小组)")
_NOTE_LABEL = re.compile(r"([\u4e00-\u9fff]{2,8}?)[:：]")
#: A unit name that is only the start of a longer word when this character follows it: 各市场监管部门 is not 各市,
#: 各区域 not 各区, 各区属集团 / 各市属企业 are the bodies a level owns, not its governments.
_NOT_AFTER = {"各市": "场属", "各区": "域属", "市": "场", "各县": "属级", "各省": "属级",
              # 相关地方标准, 有关地方性法规: a local standard or regulation, not the localities
              "相关地方": "标性法", "有关地方": "标性法", "各有关地方": "标性法", "各地方": "标性法",
              # 政府保障性住房, 政府性基金, 政府债券 (u116): a kind of housing, fund or bond, not the government
              "政府": "保性债"}
#: Characters that, before a unit's name, make its first word another one: 排水行政主管部门 (u109: 南京市排水条例) is
#: the drainage authority, not 水行政主管部门 (the water authority) after 排.
_NOT_BEFORE = {"水": "排供节污雨废"}


#: A clause that only states a condition or an exception, naming a unit whose act it presupposes (未经国务院批准, 除应由
#: 国家发展改革委…审查的项目外, 对拟由国务院出台的政策措施, 拟由县级以上人民政府出台的…).
_ONLY_A_CONDITION = re.compile(r"未经|除(?:应当?|依法)?由|对?拟由")
# (not any 除…外: 除…城市建成区水域由自治县城市管理部门负责清理外，… states that body's duty, dev's readers mark it)


#: A government's department named by the work it leads (地方各级人民政府社会信用体系建设牵头部门, 县级以上地方人民政府
#: 信用建设牵头单位).
_GOVERNMENT_FIELD_BODY = re.compile(r"((?:地方各级|各级|县级及以上地方|县级以上地方|县级以上|设区的市级?|省级)(?:地方)?(?:各级)?人民政府)"
                                    r"([\u4e00-\u9fff]{2,14}?(?:牵头部门|牵头单位|牵头机构))(?=[、，,应负会牵要按依统在对须和及与])")
#: The State Council's authority of a field (国务院城市公共交通主管部门, 国家XX主管部门).
_STATE_FIELD_AUTHORITY = re.compile(r"(国务院|国家)((?:(?!部门|国务院|国家|[和及与或、])[\u4e00-\u9fff]){2,10}?)(?:行政)?(?:主管|管理)部门(?![的])")
#: A level's own office written bare, with the division that acts in brackets (区办公室（政法国安处）).
_LEVEL_OFFICE = re.compile(r"(?:^|(?<=[\s，,；;、：:（(）)由和与及]))[区县市]办公室\([\u4e00-\u9fff]{2,10}[处科室]\)"
                           r"(?=[、，,；;和及与应要负牵配会按]|$)")


#: A short name a text gives governments, written between them and their department (省、自治区、直辖市人民政府 +
#: （以下统称省级人民政府） + 生态环境主管部门).
_GOVERNMENTS_DEFINED = re.compile(r"\(以下(?:简称|统称)为?([\u4e00-\u9fff]{2,10}?(?:人民政府|政府))\)")


def _defined_government_departments(text: str, cands: list[tuple]) -> list[tuple]:
    """A department written after its governments and the short name the text gives them (u113: 碳排放权交易管理暂行条例's
    省、自治区、直辖市人民政府（以下统称省级人民政府）生态环境主管部门会同…, read as the governments and any level's
    生态环境部门): one unit, named with the short name (省级人民政府生态环境主管部门)."""
    out = []
    if "以下" not in text:
        return out
    for m in _GOVERNMENTS_DEFINED.finditer(text):
        gov = max((c for c in cands if c[1] == m.start() and text.endswith("政府", 0, c[1])), key=lambda c: c[1] - c[0],
                  default=None)
        dept = max((c for c in cands if c[0] == m.end() and c[3] in ("dept", "stem", "generic") and
                    text.endswith(("部门", "机构", "机关"), 0, c[1])), key=lambda c: c[1] - c[0], default=None)
        if gov is not None and dept is not None:
            out.append((gov[0], dept[1], m.group(1) + text[m.end():dept[1]], "named-as"))
    return out


def _joined_fields(text: str, cands: list[tuple]) -> list[tuple]:
    """Two fields joined by 和 as one item of a list of fields (…发展和改革、自然资源和城乡建设、住房和城市更新等部门, u109:
    十堰's 自然资源和城乡建设局): one department of both fields, not two — not the list's last item (市容环境卫生、财政和科技等
    部门: two departments, dev)."""
    stems = sorted((c for c in cands if c[3] == "stem"), key=lambda c: c[0])
    out = []
    for a, b in zip(stems, stems[1:]):
        if b[0] == a[1] + 1 and text[a[1]] == "和" and text[a[0] - 1:a[0]] == "、" and text[b[1]:b[1] + 1] == "、":
            out.append((a[0], b[1], text[a[0]:b[1]], "fields"))
    return out


def _level_function_name(prefix: str, dept: Concept, core: str) -> str:
    """省级 + 民政部门 (u114): a level's department of that function named as the text names it, not 省级民政厅 (a
    name the text never wrote; a municipality's is a 局): its field in full (人社 → 人力资源和社会保障), the kind of
    department as written (行政部门, 主管部门)."""
    suffix = next(x for x in COLLECTIVE if core.endswith(x))
    written = core[:-len(suffix)]
    # (水行政主管部门 as the law writes it, not 水利行政主管部门: a field written short only when not a word of its own)
    return prefix + (written if written and dept.full_stem.startswith(written) else dept.full_stem) + suffix


def _province_prefix(prefix: str) -> bool:
    """Does *prefix* put a department at a province (省, 各省, 省级, 各省级; not 省市 or 省、市、县)?"""
    return bool(re.fullmatch(r"各?省级?", prefix or ""))


#: That qualifier, to read the list's levels without it (市、雅鲁藏布江流域县（区）人民政府 → 市、县（区）人民政府).
#: The document's own level word before a place it lists with it (自治州和西昌市、喜德县人民政府).
_OWN_LEVEL_AND = re.compile(r"(自治州|自治县|州|市|县)(?:和|及|、)")
_BASIN_AFTER = re.compile(_BASIN_WORDS)
#: The city written before its counties' governments, joined by 及/以及/和/、 (市及区（市）县人民政府, 市以及两湖流域所在地
#: 旗县级人民政府): the words from 市 to the counties' name.
_CITY_BEFORE_COUNTIES = re.compile(r"(?<![\u4e00-\u9fff])(?:(?:市|州|自治州)、)*(?:市|州|自治州)(?:以及|及|和|、)(?:" + _BASIN +
                                   r"(?:所在地)?|所在地|有关|相关)?(?:区\(市\))?$")
_LIST_QUALIFIER = re.compile(r"(?<=、)" + _BASIN + r"(?=自治县|[省市州县区旗乡镇])")

#: A government of several levels (市、县(市、区)人民政府, 设区的市、县级人民政府): the levels it names.
_LEVELS_GOVERNMENT = re.compile(r"((?:设区的)?(?:(?:自治州|自治县|(?<=、)地区|[省市州县区旗])(?:\([市区县、]{1,8}\))?(?:、|和|及))+"
                                r"(?:" + _BASIN + r")?(?:自治县|地区|[省市州县区旗])级?(?:\([市区县、]{1,8}\))?)"
                                r"(?:人民)?政府")

#: A duty right after a level and a department's field alone (区财政做好…, 市财政负责…).
_BARE_STEM_DUTY = re.compile(r"(?:做好|负责|牵头|配合|会同|应当|按规定|予以|给予|落实|保障)")

#: Department stems that are also words a role noun qualifies (公共数据主管部门, 本级数据主管部门): a stem only
#: after a level, a place, 国家/国务院, or in a list (国家数据主管部门, 省数据主管部门, 大数据、数据等部门).
_MODIFIED_STEMS = frozenset({"数据"})


@dataclass(frozen=True)
class Assignment:
    """One unit made responsible for one action, item or article."""

    target: str  # the action's key (kg.structure.Action.key) or a unit id
    iri: str
    role: str  # lead | support | responsible | addressee (a cover notice's addressee: the document's audience)
    surface: str  # the name as written
    name: str  # the normalised full name
    sentence: int  # evidence sentence (index)
    begin: int  # offsets of the name in the original text
    end: int
    generic: bool = False
    extra: dict | None = None  # description of a unit no lexicon holds (see kg.graph.ConceptUsage)


@dataclass(frozen=True)
class UnitName:
    """A unit name found in a text (offsets into that text)."""

    start: int
    end: int
    surface: str
    iri: str
    name: str
    generic: bool
    extra: dict | None
    prefix: str = ""  # the level or place written before the name (市, 苏州市), for lists
    region: str | None = None


# ------------------------------------------------------------------------------------- recogniser
#: Levels a text names relative to another (同级财政部门: the department at the level of the body before it).
_RELATIVE_LEVEL = {"同级": "same level", "本级": "this level", "上级": "level above"}
#: The general office of a government or a department written after it (办公厅（室）, 办公室).
_GENERAL_OFFICE = re.compile(r"办公厅(?:[(（]室[)）])?|办公室")
#: More levels listed after a collective of one level (各区 + 、县级市; 各县 + 、市、区): the same collective.
#: Every unit of a level (各区, 各县（市、区）, 各街镇): a collective of its own, more levels after it (各区、县级市) or the
#: units whose departments of a kind follow it (各区行业主管部门).
_EACH_LEVEL = re.compile(r"各(?:有关|相关)?(?:县级市|区|县|市|旗|镇|乡|街道|街镇|乡镇|区县|市县|县区|县\(市、区\)|县（市、区）)")
#: A department named by a function no lexicon knows, right after a government (…人民政府 + 城乡供水主管部门).
_ITS_DEPARTMENT = re.compile(r"(?!及|和|以及|与|或)[\u4e00-\u9fff]{1,14}?(?:部门|机构|机关)")
#: Local places at large before a department's kind (有关地方 + 气象主管机构, u83): that department of theirs, one unit.
_LOCAL_COLLECTIVES = ("有关地方", "相关地方", "各地", "各地区", "地方各级", "各级地方")
_MORE_LEVELS = re.compile(r"(?:、(?:县级市|自治县|县|区|市|旗|镇|乡|街道))+(?=[、,，;；。)）\s]|$)")


def _collective_tails(text: str, names: list[UnitName]) -> list[UnitName]:
    """A collective read without what follows it (u32): its general office (地方各级人民政府办公厅（室）, 国务院各部门
    办公厅（室）: the offices, not the governments) or more levels (各区、县级市 in （…配合单位：市教育局，各区、县级市）:
    all of them, not 各区 with 县级市 dropped) — one generic unit either way."""
    out = []
    for n in names:
        tail = None
        if n.generic and n.surface.endswith(("政府", "部门")):
            tail = _GENERAL_OFFICE.match(text, n.end)
        elif n.generic and _EACH_LEVEL.fullmatch(n.surface):
            tail = _MORE_LEVELS.match(text, n.end)
        out.append(_generic_name(text[n.start:tail.end()], n.start) if tail else n)
    return out


def _bracketed_aliases(text: str, names: list[UnitName]) -> list[UnitName]:
    """A body's second name in brackets right after its first (区智慧岛服务管理中心（区数字办）, 区建设管理委（区水务局）:
    one body with two plates, dev-br): one unit, written with both names, not a second body."""
    out: list[UnitName] = []
    for n in names:
        prev = out[-1] if out else None
        if prev is not None and not prev.generic and not n.generic and n.start == prev.end + 1 and \
                text[prev.end] in "(（" and text[n.end:n.end + 1] in ")）":
            out[-1] = replace(prev, end=n.end + 1, surface=text[prev.start:n.end + 1])
            continue
        out.append(n)
    return out


class UnitRecogniser:
    """Finds unit names in normalised text and normalises them for one document."""

    def __init__(self, lexicon: Lexicon, region: str | None, local: dict[str, str] | None = None):
        self.lex = lexicon
        self.region = region
        self.local = local or {}  # document abbreviation → full name as written
        self.compounds: dict[str, tuple[str, ...]] = {}  # 省、市人民政府 → (省人民政府, 武汉市人民政府), as the text defines it
        self.auto = _unit_automaton(lexicon)
        self.every_level: set[str] = set()  # department types written for several levels (learn_levels)
        self._towns_cache: dict | None = None
        self.own_ministry: str | None = None  # the issuing ministry's name (交通运输部), which its text calls 部
        self.own_body: str | None = None  # the issuing body's name (国家能源局), which its text calls 我局
        self.issuers: list[UnitName] = []  # the bodies a joint text's title names before 关于 (两部门将…)
        self._short_cache: tuple[dict[str, str], re.Pattern | None] | None = None

    # -- regions -------------------------------------------------------------------------------
    def region_at_level(self, level: str) -> str | None:
        """The document's region, or its ancestor, at *level* (市 in a county document = its city)."""
        if not self.region:
            return None
        chain = [self.region] + self.lex.ancestors(self.region)
        for r in chain:
            c = self.lex.concepts.get(r)
            if c is not None and c.level == level:
                return r
        if level == "prefecture":  # a municipality (北京市) is a province and a city
            for r in chain:
                c = self.lex.concepts.get(r)
                if c is not None and c.level == "province" and c.zh.endswith("市"):
                    return r
        return None

    def _prefix_before(self, text: str, start: int) -> tuple[int, str | None, str]:
        """A place name or a level word ending at *start*: (its start, region IRI or None, the prefix).  A
        government written between them is the department's (省人民政府 + 工业和信息化主管部门: the province's)."""
        gov = re.search(r"(?:人民政府|政府)$", text[max(0, start - 4):start])
        if gov:
            at = start - len(gov.group())
            found = self._prefix_before(text, at) if at > 0 else (at, None, "")
            if found[1]:
                return start, found[1], found[2]  # (named as written: 商务)
            if found[2] and self.region and _LEVEL_OF_PREFIX.get(found[2]) == "county" and \
                    _LEVEL_OF_PREFIX.get(found[2]) != self.lex.concepts[self.region].level:
                # 县级人民政府 + 自然资源主管部门 in a city's text (heldout-zzzze's genre, 新乡's 条例): the counties'
                # departments, not the city's own bureau
                return found
        lo = max(0, start - 16)
        best = (start, None, "")
        for end_idx, (length, key, kind) in self.auto.iter(text[lo:start]):
            s = lo + end_idx - length + 1
            if kind != "region" or s + length != start:
                continue
            iris = [i for i in self.lex.terms.get(key, ()) if self.lex.concepts[i].kind == "Region"]
            pick = iris[0] if len(iris) == 1 else self._pick(iris)
            if pick and s < best[0] and not self._blocked(text, s, start):
                best = (s, pick, text[s:start])
        if best[1] is not None:
            # 苏州市委: a place, then 委 for a party organ
            return best
        m = _LEVEL_PREFIX.search(text, max(0, start - 24), start)
        if m and m.end() == start and m.group(1) in _WORD_ENDS and text[m.start() - 1:m.start()] and \
                text[m.start() - 1] in _WORD_ENDS[m.group(1)]:
            return best  # 园区 + 管理单位, 社区 + 服务机构, 城市 + 管理部门: a word's last character, no level (u46)
        if m and m.end() == start:
            word, at = m.group(1), m.start()
            if "、" in word and at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff" and \
                    not re.search(r"[和或及(]|自治区", word) and text[at - 1] not in "由与及和或经向对在将把被的":
                word = word.rsplit("、", 1)[-1]  # 杨浦区、市规划资源局: 区 ends a place's name, 市 is the level
                at = start - len(word)
            word = _LIST_QUALIFIER.sub("", word)  # 市、雅鲁藏布江流域县（区）: the levels, whose counties the basin bounds
            level = _LEVEL_OF_PREFIX.get(word)
            return at, (self.region_at_level(level) if level else None), word
        return best

    def _blocked(self, text: str, start: int, end: int) -> bool:
        """Is the place name at *start*–*end* inside a blocker that ends with it (X局会同县财政局: 会同 is the verb,
        not the county 会同县), unless the document is that place's or inside it?"""
        for b in range(max(0, start - 4), start):
            if any(self.lex.concepts[i].kind == BLOCKER for i in self.lex.terms.get(match_key(text[b:end]), ())):
                key = match_key(text[start:end])
                places = [i for i in self.lex.terms.get(key, ()) if self.lex.concepts[i].kind == "Region"]
                return not (self.region and any(p == self.region or self.region in self.lex.ancestors(p)
                                                for p in places))
        return False

    def _pick(self, iris: list[str]) -> str | None:
        if self.region:
            ctx = {self.region, *self.lex.ancestors(self.region)}
            inside = [i for i in iris if i in ctx or ctx & set(self.lex.ancestors(i))]
            if len(inside) == 1:
                return inside[0]
        return None

    # -- names ---------------------------------------------------------------------------------
    def find(self, text: str) -> list[UnitName]:
        """Unit names in *text* (the longest where they overlap), with their normalised readings."""
        cands = []
        regions: list[tuple[int, int, str]] = []  # the places named, for _places_on_duty (one pass of the automaton)
        for end_idx, (length, key, kind) in self.auto.iter(text):
            start, end = end_idx - length + 1, end_idx + 1
            if kind == "region":
                regions.append((start, end, key))
                continue
            nxt = text[end:end + 1]
            if nxt and nxt in _NOT_AFTER.get(key, ""):
                continue
            if kind == "org" and nxt == "门":
                continue  # 商务部门 is the commerce department, not the Ministry of Commerce
            if kind == "stem":  # a department stem needs a suffix, or a list ending in 等部门
                if key in _MODIFIED_STEMS and re.match(r"[\u4e00-\u9fff]", text[start - 1:start]) and \
                        text[start - 1] not in "省市区县州旗盟、和及与" and not text.endswith(("国家", "国务院", "政府"), 0, start):
                    continue  # 公共数据主管部门, 政务数据主管部门: the data a role noun names, not the data bureau
                dept = self._dept(key)
                note = _FIELD_NOTE.match(text, end)  # 发展改革（能源）部门: the field and a narrower one in brackets
                at = note.end() if note else end
                suffix = next((x for x in sorted(set((dept.suffixes if dept else ()) + COLLECTIVE), key=len,
                                                 reverse=True) if text.startswith(x, at)), None)
                if suffix is None and note:
                    at = end
                    suffix = next((x for x in sorted(set((dept.suffixes if dept else ()) + COLLECTIVE), key=len,
                                                     reverse=True) if text.startswith(x, at)), None)
                listed_head = re.match(r"(?:行政)?主管(?=[、和及与])", text[at:]) if suffix is None else None
                if listed_head and _in_department_list(text, at + listed_head.end()):
                    end = at + listed_head.end()  # 省人民政府 + 数据主管、工业和信息化、科技等部门 (u80): the data authority
                elif suffix is not None:
                    end = at + len(suffix)
                elif not _in_department_list(text, end, suffixed_end=True) and \
                        not (text[start - 1:start] in ("省", "市", "区", "县") and _BARE_STEM_DUTY.match(text, end) and
                             (start < 2 or not "\u4e00" <= text[start - 2] <= "\u9fff" or text[start - 2] in "由和及与")) and \
                        not (text[start - 1:start] in ("省", "市", "区", "县") and start >= 2 and text[start - 2] in "、:：" and
                             re.match(r"等?(?:[、)）;；]|$)", text[end:])):
                    continue  # (区财政做好经费保障: the district's finance bureau by its field alone, on duty; 区消防 in a
                    # note's list, (责任部门：区应急局、区公安分局、区消防等), u48)
            if kind == "org" and text.endswith("中华人民共和国", 0, start):
                start -= 7  # 中华人民共和国信息产业部 (u83): the ministry by its full name
            if start and text[start - 1] in _NOT_BEFORE.get(text[start], ""):
                if text.endswith(("部门", "机构"), 0, end):  # 排水行政主管部门: the drainage authority, by its kind
                    cands.append((start - 1, end, text[start - 1:end], "open"))
                continue
            if kind in ("dept", "stem") and text.endswith("馆", 0, end) and \
                    re.match(r"[\u4e00-\u9fff]", text[start - 1:start]) and text[start - 1] not in "省市区县州旗盟、和及与" and \
                    not text.endswith("国家", 0, start):
                continue  # 城市建设档案馆 (u115): one institution by its name, not an archives bureau inside it
            cands.append((start, end, key, kind))
            if kind in ("dept", "stem") and text.endswith(("管委会", "管理委员会"), 0, end) and \
                    text.startswith("办公室", end) and text[start - 1:start] not in tuple("省市区县州旗"):
                cands.append((start, end + 3, text[start:end + 3], "sub"))  # 管委会办公室 (dev-cb: 平潭's notes read
                # 管委会, the committee, for its general office)
            if kind == "org":
                tail = _ORG_TAIL.match(text, end)
                if tail:  # 国务院审改办: an office of a known body, not the body itself
                    cands.append((start, tail.end(), text[start:tail.end()], "sub"))
            elif kind in ("dept", "stem") and text[end - 1:end] in "局委厅府" or \
                    text.endswith("办公室", 0, end) and _OFFICE_DIVISION.match(text, end):
                tail = _DIVISION_TAIL.match(text, end)
                if tail and not _DIVISION_VERB.search(tail.group()):
                    # 市生态环境局平川分局, 市交通委港务监管处, 市公安局交通管理局: a branch or division of the
                    # department, another body (u31: kg eval had counted 市公安局 as the division)
                    cands.append((start, tail.end(), text[start:tail.end()], "sub"))
        for m in _OPEN_UNIT.finditer(text):
            if _OPEN_UNIT_VERB.search(m.group(2) + m.group(3)) or _GOVERNMENT_ACTS.search(m.group(2)):
                continue  # 市人民政府应当适时举办 (u35): a duty and its verb, no body's name; 由市人民政府组织发展改革主管部门
                # …进行协调 (u54): the government, then the departments it gathers
            cands.append((m.start(2), m.end(), m.group(2) + m.group(3), "open"))
            if m.group(3) in ("委员会", "领导小组") and text.startswith("办公室", m.end()):
                # 市自然灾害防治委员会 + 办公室要…: the committee's office, another body
                cands.append((m.start(2), m.end() + 3, m.group(2) + m.group(3) + "办公室", "sub"))
            tail = _DIVISION_TAIL.match(text, m.end()) if m.group(3) in ("局", "委") or \
                m.group(3).endswith("办公室") and _OFFICE_DIVISION.match(text, m.end()) else None
            if tail and not _DIVISION_VERB.search(tail.group()):  # 区经发局 + 经信处 (dev): a division of the bureau
                cands.append((m.start(2), tail.end(), text[m.start(2):tail.end()], "sub"))
        for m in (_FIELD_AUTHORITY.finditer(text) if "机构" in text else ()):
            field, at = m.group(1), m.start()
            if field.startswith(("相关", "有关")) and text[at - 1:at] == "同" and len(field) >= 4:
                field, at = field[2:], at + 2  # 会同相关 + 电力交易机构 (u86): the partner, by its kind
            if field.startswith(("由", "经", "向")) and len(field) >= 3:
                field, at = field[1:], at + 1  # 由 + 电力监管机构对…处以罚款 (u96): the authority, not 由电力监管机构
            if not _DIVISION_VERB.search(field) and not field.startswith(_FIELD_NOT_NAME) and \
                    not _FIELD_VERB.search(field) and not any(c[1] == m.end() and c[0] >= at and c[3] in (
                        "dept", "stem", "org", "open") for c in cands):
                # 空中交通管理机构、民用航空管理部门和公安机关…; 绿证核发机构和绿证交易机构会同… (dev, u86): an authority
                # of a field, by its kind — not 管理机构 (management units) after a word; not where the lexicon knows
                # the kind (国家 + 无线电管理机构) or a level's own body is read (区 + 交通管理机构)
                cands.append((at, m.end(), text[at:m.end()], "level"))
        for m in (_LED_FRAME.finditer(text) if "牵头" in text else ()):  # 以社区平安办牵头，服务办和党群办配合
            for g in (1, 2):
                at = m.start(g)
                for item in re.split(r"[、和及与]", m.group(g)):
                    if _FRAME_BODY.fullmatch(item) and not item.startswith(_opening_verbs()):
                        cands.append((at, at + len(item), item, "company"))
                    at += len(item) + 1
        for pattern, kind in ((_AUTONOMOUS_ON_DUTY, "autonomous"), (_LEVEL_ON_DUTY, "level")):
            # 第十六条 自治县应当…: the autonomous county the text is about; 县级负责项目组织: the level's units
            cands.extend((m.start(1), m.end(1), m.group(1), kind) for m in pattern.finditer(text)
                         if _opens_clause(text, m.start(1)))
        for m in _QUALIFIED_LEVELS.finditer(text):  # 省、市、县（含县级市、区，下同）人民政府 (u36): the levels' governments
            cands.append((m.start(), m.end(), m.group(1) + m.group(2), "local"))
        for m in _BARE_OFFICE.finditer(text):  # 市镇人民政府、办事处及有关部门: the subdistricts' offices, in a list
            cands.append((m.start(1), m.end(1), m.group(1), "open"))
        for m in _POLICE_BRANCH.finditer(text):  # 公安嘉定分局, 上海市公安局嘉定分局: a district's police branch
            place = next((p for p in (m.group(1) + "区", m.group(1) + "新区", m.group(1) + "县", m.group(1))
                          if any(self.lex.concepts[i].kind == "Region" for i in self.lex.terms.get(p, ()))), None)
            if place is not None:
                cands.append((m.start(), m.end(), f"{place}公安分局", "local"))
        cands.extend(self._towns(text))
        cands.extend(self._places_on_duty(text, regions))
        if self.region:  # 自治州和 + 西昌市、喜德县人民政府应当… (u132: 凉山's 条例): the prefecture's own government, then its
            starts = {a for a, b, key in regions if not _BASIN_AFTER.match(text, b) and any(
                self.lex.concepts[i].level in ("prefecture", "county") for i in self.lex.terms.get(key, ())
                if self.lex.concepts[i].kind == "Region")}  # counties' (it had only 喜德县人民政府); not a basin's
            for m in _OWN_LEVEL_AND.finditer(text):
                if m.end() in starts and _opens_clause(text, m.start()):
                    cands.append((m.start(), m.end(1), m.group(1), "autonomous"))
        if self.own_ministry and "部" in text:  # 部加强顶层设计…; 部将会同相关部门… (u93): in a ministry's own text, the
            for m in _OWN_MINISTRY.finditer(text):  # ministry itself
                cands.append((m.start(), m.end(), self.own_ministry, "local"))
        if self.own_body and "我" in text:  # 我局负责…; 由我局牵头… (u106: 国家能源局综合司's notice): the issuing body
            for m in _OWN_WORD.finditer(text):
                if _own_word_of(self.own_body) == m.group(1):
                    cands.append((m.start(), m.end(), self.own_body, "local"))
        for m in _GRID_COMPANY.finditer(text):  # 国网四川电力, 国网湖南省电力有限公司: a province's grid company
            cands.append((m.start(), m.end(), m.group(), "company"))
        if self.region:  # 宜州新区要抓好…, 高新区要…: a zone opening a duty clause stands for its administration
            for m in _ZONE_ON_DUTY.finditer(text):
                if _opens_clause(text, m.start()) and not _verb_first(m.group(1)):
                    cands.append((m.start(), m.end(1), m.group(1), "zone"))
            for m in _ZONE_LISTED.finditer(text):  # 各设区市及杨凌示范区、韩城市政府负责…: a zone listed among units
                if not _verb_first(m.group(1)):
                    cands.append((m.start(1), m.end(1), m.group(1), "zone"))
        for m in (_zone_patterns()[0].finditer(text) if "委员会" in text or "管委会" in text else ()):
            if (_opens_clause(text, m.start()) or text[m.start() - 1:m.start()] in ("由", "、")) and \
                    not m.group(1).startswith(_opening_verbs()) and not _NOT_A_ZONE_NAME.search(m.group(1)):
                # 天开高教科创园管理委员会负责…: a zone's administration by the zone's name, no lexicon knowing the zone
                cands.append((m.start(), m.end(), m.group(), "company"))
        for m in (_ASSOCIATION_ON_DUTY.finditer(text) if "会" in text else ()):
            if _opens_clause(text, m.start()) and not m.group(1).startswith(_opening_verbs()):
                # 物业管理行业协会制定…, 快递行业协会应当…: an association of a field, by its name (not 行业协会 alone)
                cands.append((m.start(), m.end(1), m.group(1), "company"))
        run: list[re.Match] = []
        for m in (_COMPANY_ON_DUTY.finditer(text) if "集团" in text or "公司" in text else ()):  # 城发投集团发挥…; 哈投集团、创投集团聚焦…; 由交能集团组建…
            if not (_opens_clause(text, m.start()) or text[m.start() - 1] == "由" or
                    run and m.start() - 1 == run[-1].end(1)) or _verb_first(m.group(1)):
                run = []
                continue
            run.append(m)
            if text[m.end(1):m.end(1) + 1] not in "、和":  # the run's last name: its work follows
                cands.extend((r.start(), r.end(1), r.group(1), "company") for r in run)
                run = []
        for m in _DUTY_NAMED.finditer(text):
            if text[m.start() - 1:m.start()] in "，,；;" and m.start() > 0 and \
                    not re.match(r"应当|应|须|必须|按照|依照|要|负责|在|对", text[m.end():]):
                continue  # X是…，负责组织…的单位和…: the verb of the subject before the comma, not a unit's name
            start = m.start()
            gov = _GOVERNMENT_BEFORE.search(text, max(0, start - 18), start)
            if gov:
                start = gov.start()
            pstart, _, prefix = self._prefix_before(text, start)
            if prefix:
                start = pstart
            cands.append((start, m.end(), text[start:m.end()], "by-duty"))
        for abbr, full in self.local.items():
            for written in (abbr, full):  # the full name too, as the document writes it (上海市测绘管理办公室)
                at = text.find(written)
                while at >= 0:
                    if written == abbr and text.endswith(_NATIONAL, 0, at) and not full.startswith(_NATIONAL):
                        # 国务院 + 交通运输主管部门 where the text calls the local departments so (县级以上地方人民政府交通
                        # 运输主管部门（以下简称交通运输主管部门）, u129): the ministry, not the local departments
                        at = text.find(written, at + 1)
                        continue
                    # 高新区 + 管委会 (u35: 高新区管理委员会（以下简称管委会）): the abbreviation after the words its full
                    # name opens with is that body too, written whole
                    lead = next((k for k in range(min(6, at), 0, -1) if written == abbr and
                                 full.startswith(text[at - k:at]) and re.fullmatch(r"[\u4e00-\u9fff]+", text[at - k:at])),
                                0)
                    cands.append((at - lead, at + len(written), full, "local"))
                    at = text.find(written, at + 1)
        depts = {(c[0], c[1]) for c in cands if c[3] in ("dept", "stem")}
        cands = [c for c in cands if not (c[3] == "open" and text[c[0] - 1:c[0]] in "省市区县州旗" and any(
            b == c[1] and c[0] < a and text.endswith("政府", 0, a) for a, b in depts))]  # 市人民政府 + 商务部门 (u35):
        # the city's department, read as the government's department below — not a body named 人民政府商务部门
        cands = [c for c in cands if not (c[3] == "open" and text[c[0]:c[0] + 1] == "级" and any(
            b == c[1] and c[0] < a for a, b in depts))]  # 省级 + 人社部门 (u85): the level, then a known department —
        # not a body named 级人社部门 (it had left 省级人社部门 as written, beside 省级人力资源和社会保障厅)
        for m in _COLLECTIVE_BODY.finditer(text):  # 各片区管理局、相关经营行业主管部门按照职责分工… (dev-bt)
            cands.append((m.start(1), m.end(1), m.group(1), "collective"))
        if self.region and "、" in text:  # 区交通建设局、市场监管局、资源生态局于…前制定… (dev-bt): a bureau of the
            for m in _BARE_OWN_OFFICE.finditer(text):  # issuing county's, written bare in a list
                g = 1 if m.group(1) else 2
                if self._owns_bare_office(m.group(g)) and not _verb_first(m.group(g)) and \
                        not re.search(r"向|会同|协同|由|对|将|在|经|按|报|把|被|从|每|请|并|及|[省市区县]", m.group(g)):
                    # (每年向区委, 协同市水务局: a verb and a body written with its level)
                    cands.append((m.start(g), m.end(g), m.group(g), "own"))
        for m in (_LEVEL_OFFICE.finditer(text) if "办公室" in text else ()):  # 区办公室（政法国安处）负责… (dev-bx: 平潭's
            cands.append((m.start(), m.end(), m.group(), "company"))  # 党工委、管委会办公室, written bare)
        for m in (_GOVERNMENT_FIELD_BODY.finditer(text) if "政府" in text else ()):
            if not any(c[1] == m.end() and c[0] >= m.start(2) and c[3] in ("dept", "stem", "org", "open", "level")
                       for c in cands) and not _FIELD_VERB.search(m.group(2)) and not _opens_with_verb(m.group(2)):
                # 地方各级人民政府社会信用体系建设牵头部门负责… (u107): the governments' lead department of that work, a
                # unit of its own — not the governments, whose duty it is not
                cands.append((m.start(), m.end(), m.group(), "level"))
        for m in (_STATE_FIELD_AUTHORITY.finditer(text) if "国" in text else ()):
            if not any(c[1] == m.end() and c[0] <= m.start(2) and c[3] in ("dept", "stem", "org", "open", "level")
                       for c in cands) and not _FIELD_VERB.search(m.group(2)) and not _opens_with_verb(m.group(2)):
                # 国务院城市公共交通主管部门 (u113: 城市公共交通条例): the State Council's authority of a field no lexicon
                # names, one body by its kind — not 国务院 (which had been given its part)
                cands.append((m.start(), m.end(), m.group(), "by-duty"))
        for c in _defined_government_departments(text, cands):  # (with the levels written before the governments)
            cands.append((min(self._prefix_before(text, c[0])[0], c[0]),) + c[1:])
        cands.extend(_joined_fields(text, cands))
        order = sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0], c[3] != "local", c[3] in ("open", "sub", "own"),
                                             -len(c[2]) if c[3] == "stem" else 0))  # 住房城乡建设管理 + 部门
        while True:
            chosen: list[tuple] = []
            for c in order:
                if all(c[1] <= o[0] or o[1] <= c[0] for o in chosen):
                    chosen.append(c)
            out: list[UnitName] = []
            refused = None
            for c in sorted(chosen):
                start, end, key, kind = c
                prev = out[-1] if out else None
                inherited = None
                if prev is not None and prev.prefix and re.fullmatch(r"、", text[prev.end:start]):
                    inherited = prev  # 市发展改革、财政、审计等部门: 财政 and 审计 are the city's too
                elif prev is not None and not prev.prefix and not prev.generic and prev.region is None and \
                        len(out) > 1 and out[-2].prefix and re.fullmatch(r"、", text[prev.end:start]) and \
                        re.fullmatch(r"、", text[out[-2].end:prev.start]):
                    inherited = out[-2]  # 省发展改革委、国防科工局、工业和信息化厅: a central body between them
                name = self._resolve(text, start, end, key, kind, inherited)
                if name is None and kind in ("open", "own"):
                    refused = c  # 省 + 人民政府及其有关 + 部门 is no unit: let the names inside it be read
                    break
                if name is not None and out and out[-1].end == name.start and out[-1].surface.endswith("政府") and \
                        name.region and name.prefix and not text.endswith(name.prefix, 0, name.start) and \
                        not re.search(r"[、(（]", out[-1].surface):
                    gov = out.pop()  # 省人民政府 + 商务…等部门: the government's departments bear the duty, not it
                    name = replace(name, start=gov.start, surface=text[gov.start:name.end])
                if name is not None and out and name.start <= out[-1].start and out[-1].end <= start and \
                        (out[-1].generic or out[-1].surface == text[name.start:start]):
                    out.pop()  # 各区 + 交通局: the collective is the prefix of a department's name (各区交通局); so is
                    # a district read as its administration (浦东新区 + 建设交通委: 浦东新区建设和交通委员会)
                if name is not None and out and out[-1].start <= name.start <= out[-1].end < name.end and \
                        out[-1].surface.endswith("政府") and not name.surface.endswith("政府") and not name.generic and \
                        not re.search(r"[、(（]", out[-1].surface):
                    gov = out.pop()  # 市政府 + 金融办, 省人民政府 + 发展改革…等部门: the government's own office or departments
                    name = replace(name, start=gov.start, surface=text[gov.start:name.end])
                if name is not None and out and name.generic and out[-1].generic and \
                        out[-1].start < name.start <= out[-1].end < name.end and \
                        out[-1].surface.endswith("政府") and not name.surface.startswith(("有关", "相关", "各", "其")) \
                        and text[name.end:name.end + 1] not in ("、", "和", "及"):  # (…发展改革、教育等部门: a list)
                    gov = out.pop()  # 县级以上人民政府 + 发展改革部门: the department of those governments, one unit
                    name = _generic_name(text[gov.start:name.end], gov.start)
                    if re.match(r"等(?:有关|相关)?(?:主管)?部门", text[name.end:]) and not name.surface.endswith("部门"):
                        # 市、县(区)人民政府 + 人力资源和社会保障 + 等部门 (u47): named as a department, not 「…人民政府人力资源
                        # 和社会保障」
                        full = name.surface + "部门"
                        name = replace(name, iri=f"{GENERIC}x-{_short(full)}", name=full,
                                       extra={**name.extra, "zh": full})
                if name is not None and out and name.generic and out[-1].generic and out[-1].end == name.start and \
                        (_EACH_LEVEL.fullmatch(out[-1].surface) or out[-1].surface in _LOCAL_COLLECTIVES) and \
                        not name.surface.startswith(("各", "有关", "相关")):
                    each = out.pop()  # 各区 + 行业主管部门 (u38): each district's sector departments, one unit
                    name = _generic_name(text[each.start:name.end], each.start)
                if name is not None and (not out or name.start >= out[-1].end):
                    out.append(name)
            if refused is None:
                out = self._department_lists(text, _collective_tails(text, _with_each(text, out)))
                out = self._split_compounds(out) if self.compounds else out
                out = _level_before_office(text, out)
                out = self._state_council_with_levels(text, out)
                out = _committee_departments(text, out)
                return _bracketed_aliases(text, self._shared_places(text, regions, self._city_and_counties(text, out)))
            order.remove(refused)

    def _state_council_with_levels(self, text: str, names: list[UnitName]) -> list[UnitName]:
        """国务院和省级教育行政部门 (u115): the State Council's department of the field the levels' department is named
        for (教育部), not the State Council itself."""
        out = list(names)
        for i, (n, m) in enumerate(zip(names, names[1:])):
            if n.surface != "国务院" or m.start != n.end + 1 or text[n.end] not in "和及与、" or not m.generic or \
                    not m.prefix or not m.iri.startswith(GENERIC):
                continue
            dept = self.lex.concepts.get(f"{DEPT_NS}{m.iri.rsplit('/', 1)[-1].split('-', 1)[-1]}")
            c = self.lex.concepts.get(dept.counterpart) if dept is not None and dept.counterpart else None
            if c is not None:
                out[i] = UnitName(n.start, n.end, n.surface, c.iri, c.zh, False, None)
        return out

    def _shared_places(self, text: str, regions: list[tuple[int, int, str]], names: list[UnitName]) -> list[UnitName]:
        """Places listed before a place's body, sharing its name (满洲里市、二连浩特市发展改革委; 北京市、天津市人民政府;
        萧山区、余杭区公安分局): each place's own body of that kind, at the place's name."""
        out: list[UnitName] = []
        for n in names:
            shared: list[UnitName] = []
            tail = n.surface[len(n.prefix):] if n.prefix and n.region and n.surface.startswith(n.prefix) else ""
            at = n.start
            while tail and not n.generic and text[at - 1:at] in ("、", "和") and not any(o.start < at <= o.end for o in out):
                place = next(((a, b) for a, b, key in regions if b == at - 1 and b - a >= 2 and any(
                    self.lex.concepts[i].level in ("province", "prefecture", "county")
                    for i in self.lex.terms.get(key, ()) if self.lex.concepts[i].kind == "Region")), None)
                if place is None:
                    break
                written = text[place[0]:place[1]] + tail
                unit = next((u for u in self.find(written) if u.start == 0 and u.end == len(written)), None)
                if unit is None or unit.generic or unit.iri == n.iri or not unit.region:
                    break
                shared.insert(0, replace(unit, start=place[0], end=place[1], surface=text[place[0]:place[1]]))
                at = place[0]
            own = self.lex.concepts.get(self.region) if self.region else None
            if tail and own is not None and out and out[-1].end == at - 1 and text[at - 1:at] in ("和", "及", "、") and \
                    out[-1].surface in ("自治州", "州", "市", "自治县", "县") and not tail.endswith("政府"):
                # 自治州和 + 西昌市、喜德县林业和草原主管部门 (u132): the prefecture's own body of that kind, not its government
                written = own.zh + tail
                unit = next((u for u in self.find(written) if u.start == 0 and u.end == len(written)), None)
                if unit is not None and not unit.generic:
                    out[-1] = replace(unit, start=out[-1].start, end=out[-1].end, surface=out[-1].surface)
            out.extend(shared)
            out.append(n)
        return out

    def _split_compounds(self, names: list[UnitName]) -> list[UnitName]:
        """省、市人民政府 where the text defines it (省人民政府、武汉市人民政府（以下简称省、市人民政府）, u73): each government it
        stands for, named so, at the place the short name is written."""
        out = []
        for n in names:
            fulls = self.compounds.get(n.surface)
            if fulls and any(n.surface in full for full in fulls):
                fulls = None  # (a part that holds the short name itself: read as written, not again and again)
            parts = [next((x for x in self.find(full) if x.start == 0 and x.end == len(full)), None) or
                     (_generic_name(full, 0) if not _LEVELS_SHORT.fullmatch(n.surface) else None) for full in fulls or ()]
            if fulls and all(parts):
                out.extend(replace(x, start=n.start, end=n.end, surface=n.surface) for x in parts)
            else:
                out.append(n)
        return out

    #: The collectives of two levels a place's own text names, by the place's level: (the collective, the governments of
    #: the level below, the words its name opens with — 市、县… and 自治州、县… in a city's text, 市、区… in a city of
    #: districts, 自治县、乡（镇）… in a county's).
    _OWN_AND_BELOW = {"prefecture": (("cities-and-counties", "counties", ("市", "州", "自治州")),
                                     ("cities-and-districts", "districts", ("市",))),
                      "county": (("counties-and-townships", "townships", ("县", "自治县")),),
                      # a province's own 省、设区的市人民政府 (u130: 山东省专利条例): its government and its cities'
                      "province": (("province-and-city-governments", "cities", ("省",)),)}

    def _city_and_counties(self, text: str, names: list[UnitName]) -> list[UnitName]:
        """市、县（市、区）人民政府 in a city's text (u74: 嘉兴's 条例, fourteen articles; 市、区人民政府 in 厦门's, u82),
        自治县、乡（镇）人民政府 in a county's (u79: 北川's): the place's own government, named, and the governments of
        the level below — not one nameless node that every such text shares."""
        own = self.lex.concepts.get(self.region) if self.region else None
        level = "prefecture" if own is not None and own.level == "province" and own.zh.endswith("市") else \
            own.level if own is not None else None  # (北京市, 上海市: a municipality's two levels are a city's)
        kinds = {f"{GENERIC}{c}": (below, words) for c, below, words in self._OWN_AND_BELOW.get(level, ())}
        names = [self._with_city_before(text, n, names) for n in names]
        out = []
        for n in [x for n in names for x in (self._unqualified(n) if not any(m.start == n.end for m in names) and
                                             not _ITS_DEPARTMENT.match(text, n.end) else [n])]:
            if level == "county" and n.iri == f"{GENERIC}counties" and n.surface in ("县级人民政府", "县级政府"):
                mine = self._resolve(text, n.start, n.end, self.region, "place", None)  # 五峰's 条例: 县级人民政府应当…
                out.append(replace(mine, surface=n.surface))  # is the county's own government (u82)
                continue
            below, words = kinds.get(n.iri, (None, ()))
            each = self.lex.concepts.get(f"{GENERIC}{below}") if below else None
            if each is not None and n.surface.startswith(words) and text.endswith("政府", 0, n.end) \
                    and not any(m.start == n.end for m in names) and not _ITS_DEPARTMENT.match(text, n.end):
                # (not before their departments: 市、县（区）人民政府民政…, 市、区（县级市）人民政府城乡供水主管部门, u84)
                mine = self._resolve(text, n.start, n.end, self.region, "place", None)
                out.extend([replace(mine, surface=n.surface), UnitName(n.start, n.end, n.surface, each.iri, each.zh,
                                                                        True, None)])
            else:
                out.append(n)
        return out

    def _with_city_before(self, text: str, n: UnitName, names: list[UnitName]) -> UnitName:
        """The counties' governments with the city written before them and joined by 及/以及/和 (大连: 市及区（市）县
        人民政府应当…, fifteen articles; 乌兰察布: 市以及两湖流域所在地旗县级人民政府, u128): both levels' governments, as
        市、县（市、区）人民政府 is — not the counties' alone."""
        if not n.generic or n.iri not in (f"{GENERIC}counties", f"{GENERIC}county-government") or \
                not n.surface.endswith("政府"):
            return n
        m = _CITY_BEFORE_COUNTIES.search(text[max(0, n.start - 24):n.start])
        if m is None:
            return n
        start = n.start - (len(m.group(0)))
        if any(o is not n and o.start < n.start and start < o.end for o in names):
            return n
        both = self.lex.concepts.get(f"{GENERIC}cities-and-counties")
        return UnitName(start, n.end, text[start:n.end], both.iri, both.zh, True, None) if both is not None else n

    def _unqualified(self, n: UnitName) -> list[UnitName]:
        """A government of several levels whose last level is qualified (市、雅鲁藏布江流域县（区）人民政府): the node of
        those levels' governments (市、县（区）人民政府), named as written."""
        if not n.generic or not _LIST_QUALIFIER.search(n.surface):
            return [n]
        bare = _LIST_QUALIFIER.sub("", n.surface)
        whole = [x for x in self.find(bare) if x.start == 0 and x.end == len(bare)]
        return [replace(x, start=n.start, end=n.end, surface=n.surface) for x in whole] or [n]

    def _places_on_duty(self, text: str, regions: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
        """Districts, counties and cities of the document's region (among the places *regions* the automaton read in
        *text*: start, end, key) that open a duty clause as its subject (浦东新区、金山区等区负责…; 各区 is a generic unit
        of its own): each stands for its government."""
        if not self.region:
            return []
        hits = []
        zone_at: set[int] = set()  # 临港新片区加快…: a zone of the region, which its administration stands for
        for start, end, key in regions:
            iris = [i for i in self.lex.terms.get(key, ()) if self.lex.concepts[i].kind == "Region" and
                    (self.lex.concepts[i].level in ("prefecture", "county") or
                     self.lex.concepts[i].level is None and "/cn-" not in i) and
                    self.region in self.lex.ancestors(i)]
            if len(iris) == 1 and (self.lex.concepts[iris[0]].zh == text[start:end] or
                                   self.lex.concepts[iris[0]].level is None and len(key) >= 4):
                hits.append((start, end, iris[0]))
                if self.lex.concepts[iris[0]].level is None:
                    zone_at.add(start)  # (by any of its names: 临港新片区 for 上海自贸试验区临港新片区)
        short_at: set[int] = set()
        shorts, pattern = self._short_counties()
        for m in pattern.finditer(text) if pattern is not None else ():  # 安陆、大悟、孝昌争创…: counties named short
            at = m.start()
            if text[m.end():m.end() + 1] not in "市县区旗镇乡街州盟" and not any(a <= at < b for a, b, _ in hits):
                hits.append((at, m.end(), shorts[m.group()]))
                short_at.add(at)
        hits.sort()
        out, run = [], []
        for h in hits + [None]:
            if h is not None and (not run or text[run[-1][1]:h[0]] in ("、", "和", "及", "与")):
                run.append(h)
                continue
            supported = text.endswith("支持", 0, run[0][0]) if run else False
            if run and any(a in short_at for a, _, _ in run) and "支持" in re.split(r"[。；;]", text[:run[0][0]])[-1]:
                run = []  # 支持金沙创建…: a county named short and supported is no duty the readers see (支持汉川打造…；
                # 应城打造…: the next clause's county is no longer supported but on duty, dev)
            if run and (_SUPPORTED_DUTY if supported else _PLACE_DUTY).match(text, run[-1][1]) and (
                    _opens_clause(text, run[0][0]) or supported or
                    out and text[run[0][0] - 1] == "、" and _SUPPORTED_PLACES.search(text, 0, run[0][0])):
                # 嘉鱼县加强…; 支持咸安区推进…、嘉鱼县加强…: the place's government bears the work
                out.extend((a, b, text[a:b], "zone") if a in zone_at else (a, b, iri, "place") for a, b, iri in run)
            run = [h] if h is not None else []
        return out

    def _short_counties(self) -> tuple[dict[str, str], re.Pattern | None]:
        """Short forms of the counties under the document's region (安陆 for 安陆市: the gazetteer's context labels),
        each naming one county there, and a pattern that finds any of them (None when there is none)."""
        if self._short_cache is None:
            shorts = {}
            if self.region:
                for key, iris in self.lex.context_terms.items():
                    inside = [i for i in iris if self.lex.concepts[i].kind == "Region" and
                              self.lex.concepts[i].level == "county" and self.region in self.lex.ancestors(i)]
                    if len(inside) == 1 and len(key) >= 2:
                        shorts[key] = inside[0]
            pattern = re.compile("|".join(map(re.escape, sorted(shorts, key=len, reverse=True)))) if shorts else None
            self._short_cache = (shorts, pattern)
        return self._short_cache

    def _towns(self, text: str) -> list[tuple[int, int, str, str]]:
        """Towns and subdistricts of the document's region named as units (南京西路街道, 张金镇人民政府): the
        gazetteer's town-level names (:mod:`kg.gazetteer`) under that region, with an office word or none."""
        towns = self._town_names()
        out = []
        for m in _TOWN_WORD.finditer(text):
            name_end = m.end(1)  # the gazetteer's name ends with the level word (南京西路街道, 张金镇)
            for length in range(len(m.group(1)) + 6, len(m.group(1)) + 1, -1):
                start = name_end - length
                if start >= 0 and text[start:name_end] in towns:
                    if not m.group(2) and _TOWN_BODY.match(text, m.end()):
                        break  # 半淞园路街道管理办: a body of the subdistrict, read as a name of its own
                    out.append((start, m.end(), text[start:name_end], "town"))
                    break
        return out

    def _town_names(self) -> dict:
        """Full names of the towns and subdistricts inside the document's region → their gazetteer entries."""
        if self._towns_cache is None:
            self._towns_cache = _town_names_within(self.region, self.lex) if self.region else {}
        return self._towns_cache

    def _town(self, text: str, start: int, end: int, key: str) -> UnitName:
        t = self._town_names()[key]
        street = t.zh.endswith("街道")
        name = t.zh + ("办事处" if street else "人民政府")
        slug = "subdistrict-office" if street else "government"
        token = t.iri.rsplit("/", 1)[-1]
        en = f"{t.en} {'Office' if street else 'Government'}".strip()
        return UnitName(start, end, text[start:end], f"{ORG}{token}/{slug}", name, False,
                        {"kind": "Organization", "zh": name, "en": en,
                         "alt": [text[start:end]] if text[start:end] != name else [], "region": t.county},
                        "", t.county)

    def _central_items(self, out: list[UnitName], gov: UnitName, first: int, hi: int) -> list[UnitName]:
        """国务院 + 民用航空、公安、工业和信息化等部门 (u57): the State Council owns the list, it bears no duty; each
        item a lexicon knows is that function's central body (公安部, 工业和信息化部)."""
        kept = []
        for n in out:
            if n is gov:
                continue
            dept = self._dept(match_key(n.surface)) if first < n.start < hi and n.generic and not n.prefix else None
            c = self.lex.concepts.get(dept.counterpart) if dept is not None and dept.counterpart else None
            kept.append(UnitName(n.start, n.end, n.surface, c.iri, c.zh, False, None) if c is not None else n)
        return kept

    def _department_lists(self, text: str, names: list[UnitName]) -> list[UnitName]:
        """发展改革、教育、金融、人才工作等部门: every item of a list of departments named by function is a
        unit of one government — the one written before the list (市发展改革、…), or, when the list opens
        its clause with no place before it, the issuing region's.  Items no lexicon knows (金融, 人才工作)
        become bodies of that government; a list after another government's name (县级以上人民政府发展改革、
        教育等部门) is left as it was read."""
        if not names:
            return names
        out = list(names)
        for m in _DEPARTMENT_LIST.finditer(text):
            lo, hi = m.start(1), m.end(1)
            first = lo + m.group(1).index("、")
            gov_end = re.match(r"(?:人民)?政府(?=[\u4e00-\u9fff]{2})", text[lo:first])
            levels = None
            if gov_end and any(n.end == lo + gov_end.end() and n.surface.endswith("政府") for n in out):
                gov = next(n for n in out if n.end == lo + gov_end.end() and n.surface.endswith("政府"))
                levels = _LEVELS_GOVERNMENT.fullmatch(gov.surface)
                lo += gov_end.end()  # 市、县(区)人民政府 + 政务服务数据、工业和信息化…等部门 (u47): the list begins after the
                # government, whose name the list's first item had taken in
            else:
                owner = next((n for n in out if n.start == lo and n.end < first and
                              n.surface.endswith(("人民政府", "国务院")) and
                              not text.startswith(("和", "及", "与", "或", "、"), n.end)), None)
                if owner is not None:  # 县级以上人民政府 / 国务院 + 民用航空、公安…等部门 (u57): the list's first item had
                    lo = owner.end  # taken in the government whose departments the list names
            head = next((n for n in out if lo <= n.start and n.end == first), None)
            unknown = head is None
            if unknown:
                head = self._unknown_head(text, lo, first, hi, out)
            if head is None:
                gov = next((n for n in out if n.end == lo and (n.generic and n.surface.endswith("人民政府") or
                                                               n.surface == "国务院")), None)
                if unknown and gov is not None and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", text[lo:first]) and \
                        not text.startswith(("各", "有关", "相关"), lo) and not any(lo < n.end and n.start < first for n in out):
                    # 县级以上人民政府 + 中小企业促进工作综合管理、人力资源社会保障、商务等有关部门: the first item, which
                    # no lexicon knows, is the department of that function, as the known items after it are (国务院 +
                    # 民用航空、公安…等部门: the State Council's department of that function)
                    out = sorted(out + [_function_unit(text[lo:first], lo, first,
                                                       "国务院" if gov.surface == "国务院" else "")],
                                 key=lambda n: n.start)
                    if gov.surface == "国务院":
                        out = self._central_items(out, gov, first, hi)
                continue  # the first item is no department (县级以上人民政府发展改革 is read as it was)
            lead_in = "" if unknown else text[lo:head.start]
            if lead_in not in ("", "由", "会同", "联合", "协同", "本"):
                continue  # (省人民政府及发展改革、科技等有关部门, u94: read as departments of that kind — held-out readers
                # mark them so, not as the province's; measured round 58)
            if unknown and head.region is None:
                out = self._levels_list(text, head, hi, out)
                continue
            if head.region and head.prefix and not head.prefix.startswith("各"):
                region, prefix = head.region, head.prefix
            elif not head.prefix and _opens_clause(text, lo) and self._binds_own_departments():
                region, prefix = self.region, ""
            elif not head.prefix and levels is not None and not unknown:
                out = self._levels_items(text, lo, hi, out, _LIST_QUALIFIER.sub("", levels.group(1)))
                continue
            elif not head.prefix and _opens_clause(text, lo + len(lead_in)):
                # a national text, or one that binds every level's departments (a province's regulation: 经济和信息化、
                # …、海洋经济、金融等部门应当按照各自职责): 国有资产管理、税务…等部门, each that function's department
                out = self._unknown_items(text, lo + len(lead_in), hi, out)
                continue
            else:
                continue
            at = head.start if unknown else lo + len(lead_in)
            for item in re.split(r"(、|以及)", text[at:hi]):
                b, e = at, at + len(item)
                at = e
                if unknown and b == head.start and text.endswith(head.prefix, 0, b):
                    b = head.start - len(head.prefix)  # 市 + 人才工作: the place belongs to the first item
                if item in ("、", "以及"):
                    continue
                covered = [n for n in out if n.start < e and b < n.end]
                partial = []
                if len(covered) == 1 and b < covered[0].start and covered[0].end == e and not covered[0].prefix and \
                        re.fullmatch(r"[\u4e00-\u9fff]{2,8}", item):
                    partial, covered = covered, []  # 规划国土: a known stem (国土) only ends it: a body of its own
                if covered and (len(covered) > 1 or covered[0].start != b or not covered[0].generic or
                                covered[0].prefix):
                    continue  # a named body, or a unit already read with its own place: left as it is
                if covered:  # a department type read without a place (教育): that government's
                    n = covered[0]
                    dept = self._dept(match_key(n.surface))
                    new = self._local(text, n.start, n.start, n.end, region, "", dept) if dept else None
                elif _BODY_SUFFIX.search(item):  # …省能源局、民航青海空管分局等部门 (u53): a body, named as written
                    new = UnitName(b, e, item, f"{ORG}x-{_short(item)}", item, False,
                                   {"kind": "Organization", "zh": item, "en": "", "alt": [],
                                    "region": region, "candidate": True, "confidence": 0.5}, "", region)
                else:
                    rc = self.lex.concepts[region]
                    new = UnitName(b, e, item, f"{ORG}x-{_short(rc.zh + item)}", f"{rc.zh}{item}部门", False,
                                   {"kind": "Organization", "zh": f"{rc.zh}{item}部门", "en": "", "alt": [item],
                                    "region": region, "candidate": True, "confidence": 0.5}, prefix, region)
                if new is not None:
                    out = [n for n in out if n not in covered and n not in partial] + \
                        [replace(new, prefix=prefix or new.prefix)]
        return sorted(out, key=lambda n: n.start)

    def _levels_items(self, text: str, lo: int, hi: int, out: list[UnitName], levels: str) -> list[UnitName]:
        """市、县（市、区）人民政府 + 发展和改革、科技、教育…等有关部门 (u73): the departments the lexicon knows in the list,
        each the department of that kind at those levels (市、县(市、区)科学技术局), as when the levels stand before the
        list with no government (not the issuing city's own, u47's 南昌 text); the others stay as read."""
        for n in [n for n in out if lo <= n.start and n.end <= hi and not n.prefix]:
            dept = self._dept(match_key(n.surface))
            if dept is not None:
                new = self._local(text, n.start, n.start, n.end, None, levels, dept)
                out = [x for x in out if x is not n] + [replace(new, surface=n.surface, start=n.start)]
        if any(lo <= n.start and n.end <= hi for n in out):
            at = lo  # …、财政、数字经济、人力资源和社会保障…等部门: an item no lexicon knows is the department of that function at
            for item in re.split(r"(、|以及)", text[lo:hi]):  # those levels (the items after it were lost, u77)
                b, e = at, at + len(item)
                at = e
                if item in ("、", "以及") or any(n.start < e and b < n.end for n in out) or \
                        not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", item) or re.search(r"有关|相关|其他|其它|各|政府", item):
                    continue
                out = out + [_function_unit(item, b, e, levels)]
        return sorted(out, key=lambda n: n.start)

    def _unknown_head(self, text: str, lo: int, first: int, hi: int, out: list[UnitName]) -> UnitName | None:
        """The first item of a department list when no lexicon knows it (市人才工作、人力资源和社会保障…等部门,
        市人民政府和人才工作、教育…等部门, 市、区人才工作、…、公安等部门): a placeholder carrying the place
        written before it, once a later item of the list is a department type the lexicon knows."""
        if not any(first < n.start and n.end <= hi for n in out):
            return None  # no item the lexicon knows
        gov = next((n for n in out if n.start == lo and n.end < first and text.startswith("和", n.end) and
                    n.region and n.name.endswith("人民政府")), None)
        if gov is not None:  # 市人民政府和 + 人才工作、教育…: that government's departments
            prefix = re.match(r"[省市区县]", gov.surface)
            if prefix is None:
                return None
            return UnitName(gov.end + 1, first, text[gov.end + 1:first], "", "", True, None, prefix.group(0),
                            gov.region)
        if any(n.start < first and lo < n.end for n in out):
            return None  # the first item is part of a unit read already (市和区、县发展改革)
        more = re.search(r"(?:[省市区县]、)+$", text[max(0, lo - 8):lo])
        if more:
            lo -= len(more.group(0))  # 市、 + 区人才工作、…: the list is the departments of both levels
        m = re.match(r"((?:[省市区县]、)*[省市区县])([\u4e00-\u9fff]{2,8})$", text[lo:first])
        if m is None or m.group(2).startswith(("人民政府", "各", "有关", "相关")) or not _opens_clause(text, lo) and \
                not re.search(r"[由和]$", text[:lo]):
            return None
        prefix = m.group(1)
        region = None if "、" in prefix else self.region_at_level(_LEVEL_OF_PREFIX.get(prefix, ""))
        if region is None and "、" not in prefix:
            return None
        return UnitName(lo + len(prefix), first, m.group(2), "", "", True, None, prefix, region)

    @staticmethod
    def _unknown_items(text: str, lo: int, hi: int, out: list[UnitName]) -> list[UnitName]:
        """The items of a list of departments by function that no lexicon knows (司法行政、…、国有资产管理、税务等部门 in a
        national text): each a generic unit, the department of that function; the items it knows stay as read."""
        at = lo
        for item in re.split(r"(、|以及)", text[lo:hi]):
            b, e = at, at + len(item)
            at = e
            if item in ("、", "以及") or any(n.start < e and b < n.end for n in out) or \
                    not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", item) or re.search(r"有关|相关|其他|其它|各", item):
                continue
            out = out + [_function_unit(item, b, e)]
        return sorted(out, key=lambda n: n.start)

    def _levels_list(self, text: str, head: UnitName, hi: int, out: list[UnitName]) -> list[UnitName]:
        """市、区人才工作、人力资源和社会保障…等部门: items no lexicon knows become those levels' bodies (a
        generic unit each); the items the lexicon knows were read with the levels already."""
        at = head.start
        for item in re.split(r"(、|以及)", text[at:hi]):
            b, e = at, at + len(item)
            at = e
            if item in ("、", "以及"):
                continue
            if b == head.start:
                b = head.start - len(head.prefix)  # 市、区 + 人才工作: the levels belong to the first item
            covered = [n for n in out if n.start < e and b < n.end]
            if covered:
                dept = self._dept(match_key(covered[0].surface))
                if len(covered) == 1 and (covered[0].start, covered[0].end) == (b, e) and dept is not None:
                    new = self._local(text, b, b, e, None, head.prefix, dept)  # one kind of unit at those levels
                    out = [n for n in out if n is not covered[0]] + [new]
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", item):
                continue
            out = out + [_function_unit(item, b, e, head.prefix)]
        return sorted(out, key=lambda n: n.start)

    def _resolve(self, text: str, start: int, end: int, key: str, kind: str, inherited: UnitName | None
                 ) -> UnitName | None:
        if kind == "local" and self.local.get(key) == key:  # a unit only the document defines: a level's own body,
            # else a collective (公共信用建设综合部门, defined for the governments of several levels)
            if key.startswith(("省", "市", "州", "盟", "区", "县", "旗")):
                level = _LEVEL_OF_PREFIX.get(key[0])
                region = self.region_at_level(level) if level else None
                body = _body_name(text[start:end], start)
                if region is None:
                    return body
                full = self.lex.concepts[region].zh + key[1:]  # 省公共信用工作机构 → 浙江省公共信用工作机构
                return replace(body, iri=f"{ORG}x-{_short(full)}", name=full,
                               extra={**body.extra, "zh": full, "alt": [key], "region": region}, region=region)
            pstart = self._prefix_before(text, start)[0]  # 设区的市、县（市、区）+ the defined name
            if pstart == start and _NAMED_BODY_END.search(key) and not key.startswith(_COLLECTIVE_START):
                return _body_name(text[start:end], start)  # 互联网电子邮件举报受理中心: one body, named so in full
            return _generic_name(text[pstart:end], pstart)
        if kind == "local":
            local, self.local = self.local, {}  # the full name may contain its own abbreviation
            try:
                inner = self.find(key)
            finally:
                self.local = local
            if inner and inner[0].start == 0 and inner[0].end == len(key):
                n = inner[0]
                return UnitName(start, end, text[start:end], n.iri, n.name, n.generic, n.extra, n.prefix, n.region)
            whole = self.unknown(key, len(key))  # 黄浦区节能减排工作领导小组办公室: a body the document names
            if whole is not None and whole.start == 0:
                return UnitName(start, end, text[start:end], whole.iri, whole.name, False, whole.extra, whole.prefix,
                                whole.region)
            owned = re.fullmatch(r"(.+?)(?:所属|直属|下属|派出)的?([\u4e00-\u9fff]{2,12}(?:机构|单位|部门|局|站|所|中心))", key)
            if owned and inner and inner[0].start == 0 and inner[0].end == len(owned.group(1)):
                # 水利部所属流域管理机构（以下简称流域管理机构）(u92): the bodies a ministry has, named so — not the ministry
                return replace(_generic_name(key, start), end=end, surface=text[start:end])
            if _LEVELLED_ROLE.match(key) and key.endswith(("部门", "机构")) and \
                    not any(n.start == 0 and n.end == len(key) for n in inner):
                # 设区的市级人民政府指定部门（以下简称市级政府指定部门）(u123): the levelled body its clause names
                return replace(_generic_name(key, start), end=end, surface=text[start:end])
            if inner and inner[-1].generic and inner[-1].end == len(key) and inner[-1].start > 0 and len(inner) == 1:
                # 高速公路联网结算管理机构: named in full, a unit of the kind its role noun says (generic, as a
                # regulation's 经营管理单位 or 结算机构 is whoever holds that role)
                return replace(_generic_name(key, start), end=end, surface=text[start:end])
            if inner:
                n = inner[0]
                return UnitName(start, end, text[start:end], n.iri, n.name, n.generic, n.extra, n.prefix, n.region)
            return None
        if kind == "level":
            return _generic_name(key, start)
        if kind == "named-as":  # 省、自治区、直辖市人民政府（以下统称省级人民政府）生态环境主管部门: by the short name
            return replace(_generic_name(key, start), end=end, surface=text[start:end])
        if kind == "fields":  # 自然资源和城乡建设 (in a list of fields): the department of both
            return replace(_generic_name(key + "部门", start), end=end, surface=text[start:end])
        if kind == "autonomous":
            own = self.lex.concepts.get(self.region) if self.region else None
            if own is not None and own.zh.endswith(key):
                return self._resolve(text, start, end, self.region, "place", None)
            return _generic_name(key, start)
        if kind == "town":
            return self._town(text, start, end, key)
        if kind == "zone":
            return _regional_body(_body_name(key, start), self.region)
        if kind == "company":
            body = _body_name(key, start)
            return _regional_body(body, self.region) if self.region else body
        if kind == "by-duty":  # (国务院负责中小企业促进工作综合管理的部门: the one central body so described, a named body)
            return _body_name(key, start) if key.startswith(_NATIONAL) else _generic_name(key, start)
        if kind == "place":
            c = self.lex.concepts[key]
            name = c.zh + "人民政府"
            token = f"cn-{c.notation}" if c.notation else key.rsplit("/", 1)[-1]
            return UnitName(start, end, text[start:end], f"{ORG}{token}/government", name, False,
                            {"kind": "Organization", "zh": name, "en": f"{c.en} People's Government".strip(),
                             "alt": [text[start:end]], "region": key}, "", key)
        if kind == "generic":
            iri = _generic_index(self.lex)[key]
            pstart, region, prefix = self._prefix_before(text, start)
            levels = re.search(r"(?<![\u4e00-\u9fff])(?:(?:自治县|自治州|自治旗|[省市州县区旗])、)+$",
                               text[max(0, start - 10):start])  # not 各区、; 自治县、+ 乡镇人民政府 (u62)
            if levels and not prefix:  # 市、+ 区有关部门
                pstart, region, prefix = start - len(levels.group(0)), None, levels.group(0)
            if prefix and region is None and ("、" in prefix or prefix in ("市", "区", "县", "省")):
                # 市、区有关部门: one kind of unit at the levels written before it
                return UnitName(pstart, end, text[pstart:end], iri, self.lex.concepts[iri].zh, True, None, prefix)
            return UnitName(start, end, text[start:end], iri, self.lex.concepts[iri].zh, True, None)
        pstart, region, prefix = self._prefix_before(text, start)
        hall = not prefix and text.endswith("厅", start, end) and not text.endswith("办公厅", start, end) and \
            not (inherited is not None and inherited.prefix in ("省", "自治区"))
        if not prefix and inherited is not None and not hall and not text.startswith(("街道", "社区", "村"), start):
            # (镇人民政府、街道办事处: a subdistrict's office is of its own level, not the town's, u61)
            pstart, region, prefix = start, inherited.region, inherited.prefix
        if kind == "org":  # (中国移动 is also a blocker's phrase, which keeps 中国 from being a place: the body wins)
            iri = next((i for i in self.lex.terms[key] if self.lex.concepts[i].kind == "Organization"),
                       self.lex.terms[key][0])
            c = self.lex.concepts[iri]
            if prefix and region and c.zh in ("国务院",):
                return None
            local = self._local_counterpart(iri) if prefix in ("省", "市", "区", "县", "州", "盟", "旗") and region else None
            if local is not None:  # 市供销总社 in 苏州's text: the city's own body of that function, not the national one
                return self._local(text, pstart, start, end, region, prefix, local)
            return UnitName(start, end, text[start:end], iri, c.zh, False, None)
        if kind == "open":
            return self._open(text, pstart, start, end, region, prefix)
        if kind == "own":
            return self.own_office(text[start:end], start)
        if kind == "collective":
            return _generic_name(text[start:end], start)
        if kind == "sub":
            return _body_name(text[pstart:end], pstart)
        dept = self._dept(key)
        if dept is None:
            return None
        if prefix in ("", "区") and dept.iri.endswith("/zone-committee"):
            zone = _zone_before(text, start)
            if zone is not None:  # 金山工业区管委会, 高新区管委会: the zone's committee, not the district's (区 + 管委会)
                body = _body_name(text[zone:end], zone)
                return _regional_body(body, self.region) if self.region else body
        if hall and self.region_at_level("province"):
            # 财政厅 alone (四川's notes; 市经信局、财政厅): only a province has 厅, and the bare names listed after it
            # are that province's too (经济和信息化厅、发展改革委、财政厅)
            region, prefix = self.region_at_level("province"), "省"
        elif not prefix and inherited is None and self.region:
            region = self._lead_level(text, start) or (self.region if self._bare_is_own(dept) else region)
        return self._local(text, pstart, start, end, region, prefix, dept)

    def _binds_own_departments(self) -> bool:
        """Does a department list with no place written mean the issuer's own departments?  Yes for a city,
        county or municipality (北京市); no for a province, whose texts bind departments at every level
        (广东: 自然资源、水利…等主管部门 are the departments of every level, a generic unit)."""
        if not self.region:
            return False
        c = self.lex.concepts.get(self.region)
        return c is not None and (c.level != "province" or c.zh.endswith("市"))

    def _owns_bare_office(self, core: str) -> bool:
        """Is an office no lexicon knows, written with no place (经济发展局, 社会事业局, 党群工作部), the issuing
        government's own?  Yes in a county's, a city's or a municipality's text, for a bureau, a commission or a
        government's working department (not a company, a bank or a branch of a central body)."""
        c = self.lex.concepts.get(self.region) if self.region else None
        return c is not None and (c.level in ("county", "prefecture") or c.zh.endswith("市")) and \
            bool(re.search(r"(?:局|委员会|委|工作部)$", core)) and not re.search(r"分局|支局|公司|银行|集团", core) and \
            not re.search(r"[格布大全结开变破棋僵时政赛当]局$", core) and not _opens_with_verb(core) and \
            not re.match(r"业主|业委|物业|村民|居民|职工|学生", core)  # (u116: 业主委员会 is no 九江市业主委员会)
        # (构建全民行动格局, a task table's title cell: a pattern, no bureau — dev-bt)

    def own_office(self, item: str, at: int) -> UnitName | None:
        """An office no lexicon knows, written whole as *item* with no place or with the document's own level
        (党群工作部, 区党群工作部 in 平潭's text): the issuing government's, one body for both spellings."""
        m = re.fullmatch(r"([省市县区]?)([\u4e00-\u9fff]{2,14})", item)
        if not m or not (self._owns_bare_office(m.group(2)) or m.group(1) and m.group(2) == "办公室" or
                         _WORKING_DEPARTMENT.fullmatch(m.group(2))) or \
                any(n.start == 0 and n.end == len(m.group(2)) for n in self.find(m.group(2))):
            return None  # (区办公室: the district's own office; 办公室 alone says not whose)
        region = self.region if not m.group(1) else self.region_at_level(_LEVEL_OF_PREFIX[m.group(1)])
        if region is None or region != self.region:
            return None
        return self._office(at, at + len(item), item, m.group(2), m.group(1), region)

    def _office(self, start: int, end: int, surface: str, core: str, prefix: str, region: str | None) -> UnitName:
        """A body no lexicon knows, written *surface* (its name *core* after the *prefix*): its place's when *region*
        is known — one concept per place and name, however the level is written (区经济发展局, 经济发展局) — else as
        written; a candidate organization either way."""
        if region:
            rc = self.lex.concepts[region]
            if core.startswith(rc.zh) and len(core) > len(rc.zh) + 1:
                core = core[len(rc.zh):]  # 平潭县经济发展局 in 平潭's text: 经济发展局 of 平潭县, not of 平潭县平潭县
            name = rc.zh + core
            iri = f"{ORG}cn-{rc.notation}/x-{_short(core)}" if rc.notation else f"{ORG}x-{_short(name)}"
        else:
            name = surface
            iri = f"{ORG}x-{_short(name)}"
        return UnitName(start, end, surface, iri, name, False,
                        {"kind": "Organization", "zh": name, "en": "", "alt": [surface] if surface != name else [],
                         "candidate": True, "confidence": 0.5, **({"region": region} if region else {})},
                        prefix, region)

    def _bare_is_own(self, dept: Concept) -> bool:
        """A department named by its function alone (园林行政主管部门) in a county's, a city's or a
        municipality's text is that government's own (it has one of each; not so its many 街道办事处 or zone
        committees) — unless the text gives that type to several levels (:meth:`learn_levels`)."""
        c = self.lex.concepts.get(self.region) if self.region else None
        slug = dept.iri.rsplit("/", 1)[-1]
        return c is not None and (c.level in ("county", "prefecture") or c.zh.endswith("市")) and \
            slug not in ("subdistrict-office", "zone-committee") and slug not in self.every_level

    def learn_levels(self, text: str, names: Iterable[list[UnitName]]) -> None:
        """Department types the document gives to several levels (县级以上人民政府数据资源主管部门; 州数据资源主管部门
        and 县（市）数据资源主管部门): written alone, such a type means every level's, not the issuer's.
        *names* are the units already found in the document's sentences, *text* the whole document."""
        levels: dict[str, set[str]] = {}

        def note(n: UnitName, level: str) -> None:
            slug = self._type_slug(n)
            if slug:
                levels.setdefault(slug, set()).add(level)
        for found in names:
            for n in found:
                if n.prefix and n.prefix not in _NATIONAL:
                    level = _LEVEL_OF_PREFIX.get(n.prefix, "many" if n.generic else None)
                    if level:
                        note(n, level)
        for m in _MANY_LEVELS.finditer(text):
            window = re.match(r"[^，,。；;：:\n]{0,24}", text[m.end():]).group(0)
            prev = None
            for n in self.find(window):  # the first unit after the words, and the list it opens
                if n.start <= 4 if prev is None else window[prev.end:n.start] in ("、", "和", "及", "以及"):
                    note(n, "many")
                    prev = n
                elif prev is not None:
                    break
        self.every_level = {slug for slug, seen in levels.items() if "many" in seen or len(seen) > 1}

    def _type_slug(self, n: UnitName) -> str | None:
        """The department type of a unit read from a type (静安区教育局 → education), or None."""
        core = self.find(n.surface[len(n.prefix):]) if n.prefix else [replace(n, start=0)]
        if not core or core[0].start != 0:
            return None
        iri = core[0].iri
        return iri.rsplit("/", 1)[-1].split("-", 1)[-1] if iri.startswith(GENERIC) else iri.rsplit("/", 1)[-1]

    def reads_differently(self, names: list[UnitName]) -> bool:
        """Would :meth:`find` read these names differently now that :attr:`every_level` is known?"""
        return any(not n.prefix and n.region == self.region and n.region and
                   n.iri.rsplit("/", 1)[-1] in self.every_level for n in names)

    def _lead_level(self, text: str, start: int) -> str | None:
        """市经济和信息化部门会同市场监管等有关部门: a partner named with no place is a department of the lead's
        government (the level its clause opens with); None when the name is no such partner."""
        m = _PARTNER_OF.search(text, max(0, start - 60), start)
        if m is None or m.end() != start:
            return None
        level = _LEVEL_OF_PREFIX.get(m.group(1))
        return self.region_at_level(level) if level else None

    def _name_of(self, dept: Concept, core: str, region: str | None, province: bool = False) -> str:
        """The full name of a department written *core* (发改局 → 发展和改革局, 经信厅 → 经济和信息化厅); *province*:
        a province's department without its region (各省 + 财政部门 → 各省财政厅, not 各省财政局, u46)."""
        province = province or region is not None and self.lex.concepts[region].level == "province" and \
            not self.lex.concepts[region].zh.endswith("市")
        for suffix in sorted(dept.suffixes, key=len, reverse=True):
            if core.endswith(suffix) and dept.full_stem and suffix not in COLLECTIVE and \
                    not (region is not None and suffix == "机关"):  # (临沂's 公安机关 is 临沂市公安局, u84)
                return dept.full_stem + _EXPAND.get(suffix, suffix)
        if dept.county_label and region is not None and self.lex.concepts[region].level == "county" and \
                not any(self.lex.concepts[a].level == "province" and self.lex.concepts[a].zh.endswith("市")
                        for a in self.lex.ancestors(region)):
            # 双江's, 松桃's 发展改革 (u132): a county's 发展和改革局, its 消防救援大队 (a district of 上海 or 北京 is named
            # as a city's body: 黄浦区发展和改革委员会)
            return dept.county_label
        if dept.province_label and dept.province_label.endswith("办公厅") and (core.endswith("办公厅") or (
                region is not None and self.lex.concepts[region].level == "province")):
            return dept.province_label  # 上海市人民政府办公厅 (u70): a municipality's general office is a 厅 too
        return (dept.province_label if province and dept.province_label else None) or dept.zh

    def _local(self, text: str, pstart: int, start: int, end: int, region: str | None, prefix: str,
               dept: Concept) -> UnitName | None:
        surface = text[pstart:end]
        core = text[start:end]
        party = prefix.endswith("委") and prefix not in ("各",) or dept.party
        if prefix.startswith(("各", "本级", "同级", "上级")) or "(" in prefix or "、" in prefix or \
                prefix in ("区县", "市县", "市镇"):
            name = f"{prefix}{self._name_of(dept, '', None, _province_prefix(prefix))}"
            if _FUNCTION_LEVELS.fullmatch(prefix):  # 省、自治区、直辖市工业和信息化、…主管部门 (u89): each province's
                name = prefix + _by_function_name(dept, core)  # department of that field, no 局 the text never wrote
            en = dept.en
            if core.endswith(COLLECTIVE) and dept.full_stem and not _FUNCTION_LEVELS.fullmatch(prefix):
                name = _level_function_name(prefix, dept, core)  # (区县 + 文物部门: 区县文物部门, u115; not a 区县文物局)
            if prefix in _RELATIVE_LEVEL or "或" in prefix:  # 同级 + 财政部门 / 水利 (…等部门): a level the text does not name, so no
                # body's name either (同级水利局, u47: a name the text never gives); the department of that field
                name = prefix + (core if core.endswith((*dept.suffixes, "部门")) else core + "部门")
                en = f"{dept.en} ({_RELATIVE_LEVEL.get(prefix, 'level above or same level')})"
            # 各县（市、区）发展改革局, 各省财政厅: one kind of unit in many places — every province's the node of the
            # province level's department (各省级工业和信息化 + 主管部门 is 省级工业和信息化主管部门's node, u110)
            level = _LEVEL_OF_PREFIX.get(prefix) if prefix.startswith("各") else None
            iri = f"{GENERIC}{level}-{dept.iri.rsplit('/', 1)[-1]}" if level else f"{GENERIC}x-{_short(name)}"
            if level:  # (named as that node is: 省级工业和信息化厅, 省发展和改革委员会; written 各… in its mentions)
                name, en = name[1:], dept.en + _LEVEL_EN.get(level, "")
            return UnitName(pstart, end, surface, iri, name, True, {"kind": "GenericUnit", "zh": name, "en": en}, prefix,
                            None)
        if region:
            rc = self.lex.concepts[region]
            slug = dept.iri.rsplit("/", 1)[-1]
            token = f"cn-{rc.notation}" if rc.notation else rc.iri.rsplit("/", 1)[-1]
            base = self._name_of(dept, core, region)
            own = next((n for n in dept.regional if n.startswith(rc.zh) and len(n) > len(rc.zh)), None)
            if own is not None and not party:  # 市商务部门 in a 上海 text: 上海市商务委员会, the body 上海 has (u58)
                base = own[len(rc.zh):]
            place = rc.zh
            if dept.short_region:  # 安徽证监局, 安徽金融监管局: a central body's office, named after the region's short form
                place = min((a for a in rc.alt if 2 <= len(a) < len(rc.zh) and rc.zh.startswith(a)), key=len,
                            default=rc.zh)
            name = f"中共{rc.zh}委{base}" if party and dept.iri.rsplit("/", 1)[-1] != "party-committee" else \
                place + base
            dept_en = dept.en
            if base.endswith("厅") and dept_en.endswith("Bureau"):  # 安徽省财政厅: a province's department
                dept_en = dept_en.removesuffix("Bureau") + "Department"
            elif base.endswith(("委员会", "委")) and dept_en.endswith("Bureau"):  # 上海市经济和信息化委员会 (u54: was
                dept_en = dept_en.removesuffix("Bureau") + "Commission"  # "…Information Technology Bureau")
            elif base.endswith("局") and dept_en.endswith("Commission"):  # a county's 发展和改革局
                dept_en = dept_en.removesuffix("Commission") + "Bureau"
            elif base.endswith("大队") and dept_en.endswith("Detachment"):  # a county's 消防救援大队
                dept_en = dept_en.removesuffix("Detachment") + "Brigade"
            en = f"{rc.en} {dept_en}".strip()
            if name.startswith("中共") and rc.en:  # 中共广州市委组织部: the organ of the city's Party committee (u45:
                committee = f"the CPC {rc.en} Committee"  # it read "Guangzhou Organization Department")
                en = dept_en.replace("the Party Committee", committee) if "Party Committee" in dept_en else \
                    f"{dept_en} of {committee}"
            return UnitName(pstart, end, surface, f"{ORG}{token}/{slug}", name, False,
                            {"kind": "Organization", "zh": name, "en": en,
                             "alt": [surface] if surface != name else [], "region": region}, prefix, region)
        seat = _SEAT.search(text, 0, start) if not prefix and self.region is None else None
        if not prefix and self.region is None and dept.iri.endswith("/government") and core.endswith("政府") and \
                (core.endswith("人民政府") or seat or core == "政府" and text.startswith(("及其", "和有关", "和相关"), end)):
            # (政府及其有关部门应当…下达…资金 in 生态保护补偿条例, u103: the governments of each level, not 国务院)
            # 企业住所地人民政府, 事故发生地人民政府, a bare 人民政府 in a national text: the local government where the
            # matter is, never the State Council (the 中央人民政府) the department's counterpart names
            at = seat.start() if seat else start
            iri = f"{GENERIC}local-governments"
            c = self.lex.concepts.get(iri)
            return UnitName(at, end, text[at:end], iri, c.zh if c else "地方人民政府", True, None)
        if prefix in _NATIONAL and dept.counterpart:  # 国家网信部门, 国务院公安部门: the central body of that function
            c = self.lex.concepts.get(dept.counterpart)
            if c is not None:
                return UnitName(pstart, end, surface, c.iri, c.zh, False, None, prefix, None)
        if not prefix and dept.counterpart and self.region is None and not self._by_function(text, start, end, dept) \
                and core.endswith(("机关", "人民法院", "人民检察院", "消防救援机构")) and not text.endswith(COLLECTIVE, start, end):
            # (高级人民法院、人民检察院 addressed by a national notice, u92: the courts, not the Supreme People's Court)
            # 公安机关, 国家安全机关, 审计机关 in a national text: that system's organs at every level, one body
            # of the state by its name, not the ministry (公安部) and not a generic role (消防救援机构, u100: not 国家消防救援局)
            en = re.sub(r"\s*(?:Bureau|Department|Office|Administration|Commission)$", "", dept.en) + " organs"
            return UnitName(start, end, core, f"{ORG}organs-{dept.iri.rsplit('/', 1)[-1]}", core, False,
                            {"kind": "Organization", "zh": core, "en": en, "alt": []})
        if not prefix and dept.counterpart and self.region is None and not self._by_function(text, start, end, dept) \
                and not core.endswith(("厅", "馆")) and core != "党委":  # (a 厅 is a province's department, never a ministry:
            # 工信厅, 交通运输厅; a bare 党委 the party committee of whatever level acts, u115: not 中共中央)
            # a bare 发展改革委 in a national text: the central body of that function (网信、公安等主管部门, a
            # function named in a list, is every level's department of that function)
            c = self.lex.concepts.get(dept.counterpart)
            if c is not None:
                return UnitName(start, end, core, c.iri, c.zh, False, None)
        level = _LEVEL_OF_PREFIX.get(prefix, "") or ("county" if prefix in _COUNTY_SETS else "")
        name = f"{prefix}{self._name_of(dept, core, None, _province_prefix(prefix))}" if prefix else \
            self._name_of(dept, core, None)
        if _FUNCTION_LEVELS.fullmatch(prefix):  # 由省级以上网信、…、公安等部门… (u89): that field's departments of those
            name = prefix + _by_function_name(dept, core)  # levels (厅 here, 局 there), not a 省级以上公安局
        if prefix and core.endswith(COLLECTIVE) and dept.full_stem and not _FUNCTION_LEVELS.fullmatch(prefix):
            name = _level_function_name(prefix, dept, core)  # (市级文物主管部门 as written, not a 市级文物局)
        if not prefix or level == "county":
            # one node for every document that names this kind of unit (工信厅 here, 工业和信息化局 there; 区人民政府
            # here, 县人民政府 there): named for the function and level alone, as written only in its mentions
            name = _LEVEL_NEUTRAL.get(level, "") + (dept.full_stem + "部门" if dept.full_stem else dept.zh)
        token, level_en = (level, _LEVEL_EN.get(level, "")) if level else _prefix_node(prefix)
        iri = f"{GENERIC}{token}-{dept.iri.rsplit('/', 1)[-1]}"
        # (u30: `kg neighbors 县经信局` failed where `kg query responsible-units` printed 县经信局: what the text wrote
        # is a name of the node, as a named body's is)
        return UnitName(pstart, end, surface, iri, name, True,
                        {"kind": "GenericUnit", "zh": name, "en": dept.en + level_en,
                         "alt": [surface] if surface != name else []}, prefix, None)

    @staticmethod
    def _by_function(text: str, start: int, end: int, dept: Concept) -> bool:
        """Is the department at *start*–*end* named only by its function: with a collective suffix
        (数据管理部门) or as an item of a list of departments (网信、电信、公安等主管部门)?"""
        if text.endswith(COLLECTIVE, start, end):
            return True  # 发展改革部门会同数据管理部门…: the departments of that function, at every level
        if re.match(r"等(?:有关|相关)?(?:行政|主管|行政主管)部门", text[end:end + 10]) and \
                not re.search(r"(?:会同|联合|配合|协同)$", text[max(0, start - 4):start]):
            return True  # 由医疗保障等行政部门责令…; …及其医疗保障等行政部门 (u103): that field's departments, as a law names them
        if re.search(r"(?:所在地|当地|属地|事发地|同级|本级)的?$", text[max(0, start - 6):start]):
            return True  # 所在地的疾病预防控制机构应当… (u129: 医院感染管理办法): the local body of that function, not the centre
        lead = _LOCAL_LEAD.search(text, max(0, start - 60), start)
        if lead and lead.end() == start:  # 县级人民政府自然资源主管部门会同 + 农业农村(等部门) (u100): a partner of a local
            return True  # department, that field's department at the level, never the ministry
        return not text.endswith(tuple(dept.suffixes), start, end) and _in_department_list(text, end) and \
            "、" in (text[end:end + 1], text[start - 1:start])

    def _open(self, text: str, pstart: int, start: int, end: int, region: str | None, prefix: str
              ) -> UnitName | None:
        """市政务数据主管部门: a unit named by a level and a function, no lexicon knowing it."""
        core = text[start:end]
        if (any(ch in core for ch in "的和与及、等或") and not _TWO_FUNCTIONS.fullmatch(core)) or _HEAD_INSIDE.search(core) or \
                re.search(r"层面|由|向", core):  # (省 + 级层面由国家发展改革 + 委, u78: a level's part, then the body after 由)
            return None  # 县 + 级公安机关在 + 办(理): a unit's kind inside the name, then other words
        surface = text[pstart:end]
        if region and not core.startswith(("其他", "有关", "相关", "各", "级")):  # 自治县其他行政主管部门: generic
            # (市 + 级行业主管部门: the city's level, every sector's department — a role, not one body)
            rc = self.lex.concepts[region]
            name = rc.zh + core
            token = f"cn-{rc.notation}" if rc.notation else rc.iri.rsplit("/", 1)[-1]
            return UnitName(pstart, end, surface, f"{ORG}{token}/x-{_short(core)}", name, False,
                            {"kind": "Organization", "zh": name, "en": "", "alt": [surface] if surface != name else [],
                             "region": region, "candidate": True, "confidence": 0.5}, prefix, region)
        name = surface
        return UnitName(pstart, end, surface, f"{GENERIC}x-{_short(name)}", name, True,
                        {"kind": "GenericUnit", "zh": name, "en": ""}, prefix, None)

    def _local_counterpart(self, iri: str) -> Concept | None:
        """The department type whose national counterpart is the central body *iri* (供销合作社联合社 for
        中华全国供销合作总社), or None."""
        local = _counterpart_index_cached(self.lex.digest, self.lex).get(iri)
        return self.lex.concepts.get(local) if local else None

    def _dept(self, key: str) -> Concept | None:
        for iri in _dept_index(self.lex).get(key, ()):
            c = self.lex.concepts.get(iri)
            if c is not None and c.kind == "DepartmentType":
                return c
        return None

    def unknown(self, text: str, end: int) -> UnitName | None:
        """A unit name no lexicon knows, ending at *end* (市数字化城市管理中心, 中国移动苏州分公司)."""
        m = _UNKNOWN_UNIT.search(text, max(0, end - 16), end)
        if not m or m.end() != end or _HEAD_INSIDE.search(m.group(0)):
            return None
        start = m.start()
        if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":  # cut inside a longer name: take it whole when a
            # clause boundary lies close before (，中国(上海)自由贸易试验区临港新片区管理委员会（以下简称管委会）)
            whole = _LONG_BODY.search(text, max(0, end - 40), end)
            if whole and whole.end() == end and (whole.start() == 0 or text[whole.start() - 1] in "，,。；;：:、\n "):
                start = whole.start()
        while start < end - 2 and text[start] in "由和与及或、并将对":
            start += 1
        copula = text.rfind("是", start, end - 3)
        if copula >= 0:  # 虚拟电厂运营管理平台是 + 陕西省电力负荷管理中心（以下简称…）(dev-bz): what the subject is,
            start = copula + 1  # the body named after 是
        start += _lead_verbs(text[start:end])
        pstart, region, prefix = self._prefix_before(text, start)
        surface = text[pstart:end]
        core = text[start:end]
        if region is None and not prefix and self._owns_bare_office(core):
            level = _LEVEL_OF_PREFIX.get(core[:1]) if len(core) > 3 and not re.match(r"市场|区域|[省市县]域|区块", core) \
                else None
            if level is None:
                region = self.region  # 经济发展局 after 区市场监督管理局 in 平潭's task list: the county's own bureau
            elif self.region_at_level(level) is not None:  # 市自然资源和城建局: the city's, its level written
                region, prefix, pstart, start = self.region_at_level(level), core[:1], start, start + 1
                core = text[start:end]
        return self._office(pstart, end, surface, core, prefix, region)


@functools.lru_cache(maxsize=1)
def _opening_verbs() -> tuple[str, ...]:
    """Words that open a clause about a body rather than its name: policy verbs, prepositions, the cue list's verbs."""
    from .extract import load_cues

    return _POLICY_VERBS + ("指导", "督促", "力推", "加快", "切实", "以", "将", "把", "对", "为", "在", "向") + \
        tuple(load_cues().list_verbs)


def _verb_first(name: str) -> bool:
    """推动崇左高新区, 指导久事公交集团, 以组建…集团: a would-be name that opens with a verb or a preposition."""
    return name.startswith(_opening_verbs()) or (cut(name)[0][1] or "").startswith(("v", "d", "p"))


def _opens_with_verb(name: str) -> bool:
    """Does a would-be name open with an adverb or a verb (进一步优化完善 + 嘉定区…中心 is a clause that acts on
    the body, not the body as a subject)?"""
    word, tag = cut(name)[0]
    return (tag or "").startswith(("v", "d")) and word not in ("工作", "管理")  # 工作专班, 管理委员会: a name


def _lead_verbs(name: str) -> int:
    """How many characters of verbs open a would-be name before its place (进一步优化完善 + 嘉定区工程建设项目审批
    审查中心): 0 unless only verbs and adverbs come before a place name or a level (市, 区 …)."""
    if len(name) <= 10:
        return 0
    at = 0
    for word, tag in cut(name):
        if tag == "ns" or word in ("省", "市", "区", "县", "州", "旗"):
            return at if at and len(name) - at >= 5 else 0
        if not (tag[:1] in ("d", "v", "p", "c") or tag == "ad"):
            return 0
        at += len(word)
    return 0


#: After a known body's name: the rest of the name of one of its offices (国务院 + 审改办), up to a role word
#: or a list separator.
_ORG_TAIL = re.compile(r"(?![和及与或])(?:(?!对|作出|做出|进行|提出|部署|会同|联合|协同)[\u4e00-\u9fff]){1,6}?(?:办公室|领导小组|办|委员会|中心|署|小组|分局|局|总队|支队|分公司|中心支行|分行|支行|营业部)"
                       r"(?=牵头|负责|会同|配合|参与|按职责|应当|应(?!用)|要|须|必须|[和及与]|、|，|,|；|;|）|\)|等|$)")
#: A division or a branch written right after its department's name (平川分局, 港务监管处, 交通管理局, 执法大队,
#: 采购中心), followed by what follows a unit's name.
_DIVISION_TAIL = re.compile(r"(?![省市区县各有等和及与])(?:[\u4e00-\u9fff]){1,8}?(?:分局|管理局|监管处|处|执法大队|大队|支队|"
                            r"中队|专班|中心|办公室|新闻办|办|科|室)"
                            r"(?=牵头|负责|会同|配合|参与|协同|协助|按职责|应当|应(?!用)|要|须|必须|[和及与]|、|，|,|；|;|[:：]|）|\)|等|$|。)")
#: A division of an office (区管委会办公室 + 政策法规处负责法制审查工作, dev-br; 市政府办公室 + 秘书处): a body of its own.
_OFFICE_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:处|科)(?=负责|牵头|会同|配合|、|，|,|；|;|）|\)|$|。)")
#: Levels of government with a note on what they include before 人民政府 (市、县（含县级市、区，下同）人民政府).
_QUALIFIED_LEVELS = re.compile(r"(?<![\u4e00-\u9fff])((?:省|市|县|区)(?:、(?:市|县|区|乡|镇))+)\((?:含|包括)[^()]{1,30}\)"
                               r"(人民政府|政府)")

#: A verb inside a would-be division's name (市教育局组织开展培训中心…): no name.
_DIVISION_VERB = re.compile(r"建设|推进|开展|组织|加强|完善|推动|建立|做好|指导|支持|落实|实施|制定|统筹|协调|督促|"
                            r"设立|成立|依托|通过|利用|联合|共同|积极|加快|提升|强化|负责|牵头|会同|配合|审核|核实|"
                            r"督办|挂牌|承办|举办|主办|协办|交办|转办|查办|代办|帮办|领办|或|并|以及|街道|乡镇")
#: The kind of a unit inside a would-be name, with other words after it (县级公安机关 + 在办理…).
_HEAD_INSIDE = re.compile(r"(?:机关|部门|单位|机构)(?=[在对将向从于应要可须])")


def _short(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


#: An article's label (第二十一条　), as regulations write it before an article's first words.
_ARTICLE = r"第[一二三四五六七八九十百零〇\d]{1,6}条[\s　]*"

#: A clause that opens with a unit of one level (市…, 区…) and names partners after 会同 (the level is group 1).
_PARTNER_OF = re.compile(rf"(?:^|[，,。；;\n]|{_ARTICLE})([省市州县区旗])[\u4e00-\u9fff]{{1,20}}?"
                         r"(?:应当|应)?(?:会同|联合|协同)")

#: The end of a list of fields before the collective word that closes it (教育、科学技术等 + 主管部门; …等重点领域 + 主管部门).
_FIELDS_TAIL = re.compile(r"等(?:有关|相关)?(?:[\u4e00-\u9fff]{0,2}(?:领域|行业))?$")

#: A clause that opens with a local level's body and names partners after 会同 (县级人民政府自然资源主管部门会同…).
_LOCAL_LEAD = re.compile(rf"(?:^|[，,。；;\n]|{_ARTICLE})(?:县级以上|设区的市级以上|省级以上|县级|设区的市级|市级|省级|地方各级|乡镇|乡级)"
                         r"[^，,。；;]{1,24}?(?:应当|应)?(?:会同|联合|协同|配合)$")

#: A list of departments named by function, ending in 等部门 (发展改革、教育、人才工作等部门; its items are
#: the first group).
_DEPARTMENT_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,12}[、和]){2,}[\u4e00-\u9fff]{2,12}?)等(?:有关|相关|参与|成员)?(?:行业|行政|建设领域|[\u4e00-\u9fff]{2}领域)?(?:主管|管理|专业)?"
                              r"(?:部门|单位|机关)(?:[和、](?:单位|机构|部门))?")  # (…等有关单位和部门, u109)


#: 部 opening a clause, before what it will do (部加强顶层设计, 部将会同…, 部适时组织评估): the ministry that issued the text.
_OWN_MINISTRY = re.compile(r"(?:^|(?<=[，,；;。：:）)]))部(?=(?:将|要|还将|也将|)(?:加强|负责|会同|牵头|统筹|组织|指导|适时|定期|"
                           r"建立|研究|制定|推动|推进|做好|开展|加大|完善|编制|发布|支持|协调|督促|联合|及时))")


def _own_ministry(tree: DocumentTree, rec: UnitRecogniser) -> str | None:
    """The one ministry (…部) that issued *tree*, by its lexicon name, or None (several issuers, or none)."""
    if not tree.issuer:
        return None
    found = rec.find(tree.issuer)
    if len(found) == 1 and (found[0].start, found[0].end) == (0, len(tree.issuer)) and not found[0].generic and \
            found[0].name.endswith("部") and not found[0].region:
        return found[0].name
    return None


#: How a body's own text names it (我局, 我委, 我部, 我厅, 我署).
_OWN_WORD = re.compile(r"我(部|局|委|厅|署)(?=[\u4e00-\u9fff])")


def _own_word_of(name: str) -> str:
    """The character a body's own text calls it by (国家能源局 → 局, 国家发展和改革委员会 → 委)."""
    return "委" if name.endswith(("委员会", "委")) else name[-1]


def _own_body(tree: DocumentTree, rec: UnitRecogniser) -> str | None:
    """The one body that issued *tree* — named by its issuer line, or by its title before 关于 (国家能源局综合司关于…: the
    administration, whose office signs) — by its lexicon name, or None."""
    for line in (tree.issuer or "", re.split(r"关于", tree.title or "", maxsplit=1)[0] if "关于" in (tree.title or "") else ""):
        found = [n for n in rec.find(line) if not n.generic]
        if len(found) == 1 and found[0].start == 0 and re.fullmatch(r"(?:办公厅|办公室|综合司|[\u4e00-\u9fff]{2,4}司)?",
                                                                      line[found[0].end:]):
            return found[0].name
    return None


def _issuers(tree: DocumentTree, rec: UnitRecogniser) -> list[UnitName]:
    """The named bodies a text's title lists before 关于 (工业和信息化部办公厅 国家数据局综合司关于…: 工业和信息化部,
    国家数据局), else its signature names, one each; empty when neither names two."""
    title = tree.title or ""
    head = title.split("关于", 1)[0] if "关于" in title else (tree.issuer or "")
    signed = [a.text for a in getattr(tree, "artifacts", ()) if a.kind == "signature"]
    for lines in ([head], signed):  # (a page titled 两部门关于…: the signature names them, u110)
        found, seen = [], set()
        for n in (n for line in lines for n in rec.find(line)):
            if not n.generic and n.iri not in seen:
                found.append(n)
                seen.add(n.iri)
        if len(found) >= 2:
            return found
    return []


def _issuing_bodies(tree: DocumentTree, rec: UnitRecogniser) -> list[UnitName]:
    """The named bodies that issued *tree* (民政部 / 财政部 signing its last lines, u114: they were only the literal of
    its publisher, and `kg unit-duties 民政部` said no document named them): the title's or the signature's several
    issuers, else the one body its issuer line, its title before 关于 or its signature names."""
    if rec.issuers:
        return list(rec.issuers)
    title = tree.title or ""
    lines = [tree.issuer or "", title.split("关于", 1)[0] if "关于" in title else ""]
    lines += [a.text for a in getattr(tree, "artifacts", ()) if a.kind == "signature"]
    for line in lines:
        found = [n for n in rec.find(line.strip()) if not n.generic]
        if found:
            return list({n.iri: n for n in found}.values())
    adopted = _ADOPTED_BY.search(tree.doc.text[:1500])
    if adopted:  # 2019年10月30日 伊犁哈萨克自治州第十四届人民代表大会常务委员会第二十三次会议通过 (u124): the congress's
        # standing committee that adopted it; 第十三届全国人民代表大会常务委员会… (u127): the national one
        name = (adopted.group(1) or adopted.group(2)) + "人民代表大会" + (adopted.group(3) or "")
        found = [n for n in rec.find(name) if not n.generic and (n.start, n.end) == (0, len(name))]
        place = adopted.group(1) or ""
        if not found and not adopted.group(3) and any(rec.lex.concepts[i].kind == "Region"
                                                      for i in rec.lex.terms.get(place, ())):
            # 凉山彝族自治州第六届人民代表大会第六次会议通过 (u132: an autonomous prefecture's 单行条例, adopted by its
            # people's congress itself, which no lexicon names): that congress, by its name
            found = [_body_name(name, 0)]
        return found[:1]
    return []


def _committee_departments(text: str, names: list[UnitName]) -> list[UnitName]:
    """党委 + 社会工作部门 (u122: 党委社会工作部门加强指导…, two units): a party committee's department of a field, one
    unit named as written, of that department's kind."""
    out: list[UnitName] = []
    for n in names:
        prev = out[-1] if out else None
        if prev is not None and prev.generic and prev.surface == "党委" and prev.end == n.start and \
                n.generic and n.surface.endswith(("部门", "机构")):
            out[-1] = replace(n, start=prev.start, surface=text[prev.start:n.end], prefix=prev.surface)
            continue
        out.append(n)
    return out


#: A sentence that only states a rule's scope (海关在…中采信…的监督管理，适用本办法) or leaves others their powers
#: (海关…实施监管不影响地方政府和其他部门依法履行其相应职责): no unit in it bears a duty.
_SCOPE_ONLY = re.compile(r"^\s*(?:第[一二三]条\s*[^。]{2,160}?[，,]?适用本(?:条例|办法|规定|细则|规则)|"  # (第十八条 国务院药品监督管理部门
                         # …实施行政处罚信息公示，适用本规定, dev: a later article's duty to act by the rule — not its scope)
                         r"(?:第[一二三四五六七八九十百零〇两\d]{1,5}条\s*)?(?:"
                         r"[^。]{2,120}?不影响[^。]{0,40}?(?:履行|行使)[^。]{0,12}?(?:职责|职权)|"
                         # （六）主管部门认为应当提交的其他相关材料 (u123): an item of a list of papers, whose
                         r"(?P<asks>[（(]?[一二三四五六七八九十\d]{1,3}[)）.．、]?[^。，,；;]{2,20}?认为[^。，,；;]{0,30}?的(?:其他)?"
                         r"[^。，,；;]{0,10}?(?:材料|文件|资料|情形|事项|证明))))[。；;]?\s*$")  # unit asks for them

#: The people's congress (or its standing committee) that adopted a law or a regulation, in its history line.
_ADOPTED_BY = re.compile(r"\d{1,2}日\s*([\u4e00-\u9fff]{2,20}?)?第[一二三四五六七八九十百零]{1,4}届(全国)?人民代表大会(常务委员会)?"
                         r"第[一二三四五六七八九十百零]{1,4}次(?:全体)?会议(?:审议)?通过")


#: The same list of two fields (规划国土资源、民防等部门).
_TWO_DEPARTMENTS = re.compile(_DEPARTMENT_LIST.pattern.replace("){2,}", "){1}", 1))


#: The kind of zone a 管委会 administers, written just before it (金山工业区, 经济技术开发区, 临港新片区).
_ZONE_KIND = re.compile(r"(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|开发区|经开区|工业园区|产业园区|工业区|园区|新片区|片区|"
                        r"新区|保税区|示范区|功能区|试验区|合作区|自贸区|旅游区|度假区)$")


def _zone_before(text: str, start: int) -> int | None:
    """Where the name of a zone ending at *start* begins (its place name included when a clause opens
    before it: 金山工业区; else only its kind: 推进高新区 → 高新区), or None when no zone ends there."""
    kind = _ZONE_KIND.search(text, max(0, start - 10), start)
    if kind is None:
        return None
    for at in range(max(0, kind.start() - 4), kind.start()):
        if text[at].isspace() or text[at] in "（(":
            continue  # 第十二条 + space + 高新区管委会 (u35): the name opens after the space (or a bracket)
        if re.search(r"[、，,；;]", text[at:kind.start()]) or text.startswith("各", at):
            continue  # 各街镇、 + 高新区管委会 (u50): a list's item before the zone is no part of its name
        if _opens_clause(text, at) or text[at - 1:at] in ("由", "和", "与", "及", "、", "的", "（", "("):
            return at
    return kind.start()


def _opens_clause(text: str, at: int) -> bool:
    """Does a clause (or an article, after its label) begin at *at*?"""
    before = text[max(0, at - 12):at]
    return at == 0 or bool(re.search(rf"(?:^|[，,。；;：:\n\s）)]|{_ARTICLE})$", before))


#: How the name of a body ends (an item of a list of departments that is no function: 民航青海空管分局).
_BODY_SUFFIX = re.compile(r"(?:分局|管理局|委员会|办公室|管委会|中心|公司|集团|研究院|学院|大学|协会|联合会|银行|总队|支队)$")


def _in_department_list(text: str, end: int, suffixed_end: bool = False) -> bool:
    """发展改革、财政、审计等部门: a stem inside a list that ends with 等部门 / 部门 / 等单位 — or, with
    *suffixed_end*, with a department's name (由商务、发改、住建、能源局负责: for a bare stem, which has no suffix)."""
    rest = text[end:end + 240]  # a list of twenty departments runs past 200 characters
    if re.match(r"^(?:(?:[、与和及]|或者)[\u4e00-\u9fff]{1,14}?)*以及(?!其他|有关|相关)[\u4e00-\u9fff]{2,8}?等(?:有关|相关)?(?:主管)?部门",
                rest):
        return True  # 教育、科技、统计以及气象等部门 (u78): 以及 before the list's last department
    m = re.match(r"^(?:\([\u4e00-\u9fff]{1,6}\))?(?:(?:[、与和及]|或者)(?:(?!等)[\u4e00-\u9fff]|\([\u4e00-\u9fff]{1,6}\)){1,14})*(?:等(?:有关|相关|参与|成员)?(?:行政|[\u4e00-\u9fff]{2}领域)?(?:主管|管理|专业)?|(?:有关|相关|参与|成员)?(?:行政)?(?:主管)?)"
                 r"(?:部门|单位|机关)", rest)
    # a single stem + 单位 (测绘单位, 建设单位) is a party of that trade, not the department of that function
    if m:
        return not (m.group().endswith("单位") and not re.match(r"[、与和及等]", m.group()))
    return suffixed_end and _SUFFIXED_LIST_END.match(rest) is not None


_SUFFIXED_LIST_END = re.compile(r"(?:、(?![省市区县州])[\u4e00-\u9fff]{2,6}?){0,7}、(?![省市区县州])[\u4e00-\u9fff]{2,6}?"
                                r"(?:局|委员会|委|厅)(?=负责|牵头|配合|共同|等|[，,。；;)])")


@lru_cache(maxsize=4)
def _unit_automaton_cached(digest: str, lexicon: Lexicon):
    import ahocorasick

    auto = ahocorasick.Automaton()
    kinds = {"Organization": "org", "DepartmentType": "dept", "GenericUnit": "generic"}
    for c in sorted(lexicon.concepts.values(), key=lambda c: c.iri):
        kind = kinds.get(c.kind)
        if kind is None:
            continue
        for label in c.labels:
            if any("\u4e00" <= ch <= "\u9fff" for ch in label):
                key = match_key(label)
                if key not in auto:
                    auto.add_word(key, (len(key), key, kind))
        for stem in c.stems:
            key = match_key(stem)
            if key not in auto:
                auto.add_word(key, (len(key), key, "stem"))
    for key, iris in lexicon.terms.items():
        if any(lexicon.concepts[i].kind == "Region" for i in iris) and key not in auto:
            auto.add_word(key, (len(key), key, "region"))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=64)
def _town_names_cached(region: str, digest: str, lexicon: Lexicon) -> dict:
    from .gazetteer import towns_within

    by_name: dict[str, list] = {}
    for t in towns_within(region, lexicon):
        by_name.setdefault(t.zh, []).append(t)
    by_name = {k: [t for t in v if not t.former] or v for k, v in by_name.items()}  # a current town before a former
    return {k: v[0] for k, v in by_name.items() if len(v) == 1}  # a name two towns share names neither


def _town_names_within(region: str, lexicon: Lexicon) -> dict:
    return _town_names_cached(region, lexicon.digest, lexicon)


def _unit_automaton(lexicon: Lexicon):
    return _unit_automaton_cached(lexicon.digest, lexicon)


@lru_cache(maxsize=4)
def _dept_index_cached(digest: str, lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for c in lexicon.concepts.values():
        if c.kind == "DepartmentType":
            for label in (*c.labels, *c.stems):
                out.setdefault(match_key(label), []).append(c.iri)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=4)
def _counterpart_index_cached(digest: str, lexicon: Lexicon) -> dict[str, str]:
    """A central body's IRI → the department type it is the national counterpart of (the first by IRI)."""
    out: dict[str, str] = {}
    for c in sorted(lexicon.concepts.values(), key=lambda c: c.iri):
        if c.kind == "DepartmentType" and c.counterpart:
            out.setdefault(c.counterpart, c.iri)
    return out


def _dept_index(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    return _dept_index_cached(lexicon.digest, lexicon)


@lru_cache(maxsize=4)
def _generic_index_cached(digest: str, lexicon: Lexicon) -> dict[str, str]:
    out = {}
    for c in sorted(lexicon.concepts.values(), key=lambda c: c.iri):
        if c.kind == "GenericUnit":
            for label in c.labels:
                out.setdefault(match_key(label), c.iri)
    return out


def _generic_index(lexicon: Lexicon) -> dict[str, str]:
    return _generic_index_cached(lexicon.digest, lexicon)


# ------------------------------------------------------------------------------------- assignments
#: Words of a clause before a body's name (本规定适用于 + 中国民用航空局, 包括, 是指): no part of the name.
_CLAUSE_BEFORE_NAME = re.compile(r"适用于|包括|是指|指的是|系指|本规定|本办法|本条例|本细则")


def local_abbreviations(tree: DocumentTree, recogniser: UnitRecogniser) -> dict[str, str]:
    """Abbreviations the document defines for units: 市政务服务数据管理局（以下简称市政数局）.  A unit-shaped name
    defined for a phrase no lexicon reads as one body (…人民政府确定的部门（以下统称公共信用建设综合部门）, 其所属的
    公共信用工作机构（以下简称省公共信用工作机构）) maps to itself: a unit only this document defines."""
    out = {}
    for s in tree.sentences:
        for m in _ABBREV.finditer(s.norm):
            names = [n for n in recogniser.find(s.norm[: m.start()]) if n.end == m.start()]
            unknown = recogniser.unknown(s.norm, m.start())
            defined = m.group(1) if _DEFINED_UNIT.fullmatch(m.group(1)) else None
            if defined:
                known = recogniser.find(defined)
                if known and known[0].start == 0 and known[0].end == len(defined):
                    defined = None  # 城市管理主管部门: a unit the lexicon reads (the county's own department)
            cs = max(s.norm.rfind(ch, 0, m.start()) for ch in "，,。；;）)：: ") + 1
            phrase = s.norm[cs:m.start()]
            if names and names[-1].generic and names[-1].start > cs and unknown is None and \
                    re.fullmatch(r"[\u4e00-\u9fff]{4,20}", phrase) and not re.search(r"[和及与、或的]", phrase) and \
                    not [n for n in names if cs <= n.start < names[-1].start] and not _opens_with_verb(phrase):
                out[m.group(1)] = phrase  # 高速公路联网结算管理机构（以下简称“联网结算机构”）: one body, named in full
                continue
            own_item = names and names[-1].start > 1 and s.norm[names[-1].start - 1] == "、" and \
                s.norm[names[-1].start - 2] in "）)"  # 中国民用航空局（以下简称民航局）、中国民用航空地区管理局（以下简称
            # 地区管理局）(u97): an item with a short name of its own after another's, no list the short name covers
            if names and (unknown is None or len(unknown.surface) <= len(names[-1].surface)) and not own_item and \
                    (names[-1].generic or names[-1].start > 0 and s.norm[names[-1].start - 1] in "和及与、或"):
                # …行政机关及…事业单位和社会组织（以下简称政务部门）: the abbreviation names the whole phrase
                if defined:
                    out[defined] = defined
                elif names[-1].generic and names[-1].start == cs and len(names) == 1 and \
                        names[-1].surface.endswith(m.group(1)) and len(names[-1].surface) > len(m.group(1)) + 1 and \
                        _LEVELLED_ROLE.match(names[-1].surface):
                    # 县级以上地方人民政府交通运输主管部门（以下简称交通运输主管部门）(u107): the short name is the levelled
                    # authority wherever the text writes it, not any 交通运输部门
                    out[m.group(1)] = names[-1].surface
                continue
            if not names and _DEFINED_UNIT.fullmatch(m.group(1)) and _LEVELLED_ROLE.fullmatch(phrase) and \
                    phrase.endswith(("部门", "机构")) and re.fullmatch(r"[\u4e00-\u9fff]{6,24}", phrase) and \
                    not re.search(r"[和及与或]|(?<!设区)的", phrase):
                out[m.group(1)] = phrase  # 设区的市级人民政府指定部门（以下简称市级政府指定部门）(u123): one levelled body
                continue
            if names and unknown is not None and not names[-1].generic and unknown.surface.endswith(names[-1].surface) and \
                    _CLAUSE_BEFORE_NAME.search(unknown.surface[:-len(names[-1].surface)]):
                unknown = None  # 本规定适用于中国民用航空局（以下简称民航局）(u97): the body, not the clause that names it
            if names and (unknown is None or len(unknown.surface) <= len(names[-1].surface)):
                same = [n for n in recogniser.find(m.group(1)) if n.start == 0 and n.end == len(m.group(1))]
                if same and same[0].iri == names[-1].iri:
                    continue  # 中华人民共和国信息产业部（以下简称“信息产业部”）(u83): the short name the lexicon knows already
                out[m.group(1)] = names[-1].surface
            elif unknown is not None:  # 黄浦区节能减排工作领导小组办公室, not its tail 领导小组办公室 (or 档案馆)
                # 国家知识产权局设立集成电路布图设计行政执法委员会: the body set up, not the clause that sets it up
                # 平台管理部门由黄浦区发展和改革委员会: the body after 由, not the clause's subject
                # …、相关方组成的全国专业标准化技术委员会: the body, not the relative clause that describes it
                out[m.group(1)] = _set_up_name(unknown.surface, m.group(1))
            elif defined:
                out[defined] = defined
            elif _PARTY_DEFINED.search(phrase) and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", m.group(1)):
                out[m.group(1)] = m.group(1)  # 依法取得…测绘资质的单位（以下简称图商）: a party only this text names
    out.update({short: short for short in _defined_parties(tree, recogniser) if short not in out})
    # 本行业领域大型企业及其全资或控股子公司（以下统称大型企业） (u49): a collection of parties is named by the short name
    return {short: short if re.search(r"及其|或", full) else full for short, full in out.items()}


#: A role noun qualified by the levels whose it is (县级以上地方人民政府…, 省级人民政府…, 设区的市人民政府…).
_LEVELLED_ROLE = re.compile(r"(?:县级以上|县级及以上|省级|设区的市|地方各级|各级)(?:地方)?(?:人民)?(?:政府)?[\u4e00-\u9fff]{2,}")


#: Short names a text gives parties, one or several at once (…个体工商户（以下称排水户）; 危险废物移出人、危险废物承运人、
#: 危险废物接受人（以下分别简称移出人、承运人和接受人）).
_PARTY_SHORT = re.compile(r"\(以下(?:分别)?(?:简称|称|统称)为?[“\"]?((?:[\u4e00-\u9fff]{2,6}[”\"]?(?:、|和|及|与)[“\"]?)*[\u4e00-\u9fff]{2,6})[”\"]?\)")
#: How the short name of a party ends (排水户, 移出人, 承包方, 处理者).
_PARTY_SHORT_END = re.compile(r"(?:户|人|方|者)$")


def _defined_parties(tree: DocumentTree, recogniser: UnitRecogniser) -> list[str]:
    """Parties the text names by a short name of its own (u96, u100): each short name that ends like a party
    (户/人/方/者), names no body the lexicons know, and — given several at once — is the end of its own long
    name (危险废物移出人 → 移出人)."""
    out = []
    for s in tree.sentences:
        for m in _PARTY_SHORT.finditer(s.norm):
            shorts = re.split(r"[”\"]?(?:、|和|及|与)[“\"]?", m.group(1))
            if len(shorts) > 1:
                cs = max(s.norm.rfind(ch, 0, m.start()) for ch in "，,。；;）)：: ") + 1
                longs = re.split(r"、|和|及|与", s.norm[cs:m.start()])
                if len(longs) != len(shorts) or not all(lo.endswith(sh) for lo, sh in zip(longs, shorts)):
                    continue
            for short in shorts:
                known = recogniser.find(short)
                if _PARTY_SHORT_END.search(short) and not (known and known[0].end - known[0].start == len(short)):
                    out.append(short)
    return out


#: A short name for the governments of two levels (省、市人民政府).
_LEVELS_SHORT = re.compile(r"(?:自治)?[省市区县州]、(?:相关|有关)?[省市区县州](?:\([市区县、]{1,8}\))?级?(?:人民)?政府")


def compound_abbreviations(tree: DocumentTree, recogniser: UnitRecogniser) -> dict[str, tuple[str, ...]]:
    """Short names the document defines for two governments together: 省人民政府、武汉市人民政府（以下简称省、市人民政府）
    → 省、市人民政府: (省人民政府, 武汉市人民政府), each read as the body it is."""
    out: dict[str, tuple[str, ...]] = {}
    for s in tree.sentences:
        for m in _ABBREV.finditer(s.norm):
            if not _LEVELS_SHORT.fullmatch(m.group(1)):
                listed = _listed_bodies(s.norm, m.start())
                if listed and re.search(r"(?:政府|部门|机构|机关)$", m.group(1)):
                    out[m.group(1)] = listed  # 自治州人民政府、安宁河流域县（市）人民政府（以下简称…县级以上地方人民政府）
                continue
            names = [n for n in recogniser.find(s.norm[:m.start()]) if n.end <= m.start()]
            if len(names) >= 2 and names[-1].end == m.start() and names[-2].end + 1 == names[-1].start and \
                    s.norm[names[-2].end] == "、" and all(n.surface.endswith("政府") and not n.generic for n in names[-2:]):
                out[m.group(1)] = (names[-2].surface, names[-1].surface)
    return out


def _listed_bodies(text: str, end: int) -> tuple[str, ...] | None:
    """The bodies a clause lists right before a short name it gives them together (自治州人民政府、安宁河流域县（市）人民政府
    + （以下简称…）): two to four items joined by 、, each ending as a body's name does; None otherwise."""
    start = max(text.rfind(ch, 0, end) for ch in "，,；;。：:") + 1
    clause = re.sub(r"^\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?", "", text[start:end])
    # (中国民用航空局（以下简称“民航局”）、民航地区管理局（以下统称为“民航管理部门”）, u115: an item's own short name apart)
    items = [_ABBREV.sub("", i) for i in clause.split("、")]
    if not 2 <= len(items) <= 4 or not all(re.fullmatch(r"[\u4e00-\u9fff()]{3,30}?(?:政府|部门|机构|机关|委员会|局)", i)
                                           and not re.search(r"等|的|以及|和|及|与|或|以下", i) for i in items):
        return None  # (…市房屋管理局等资源指标主管部门（以下简称“资源指标主管部门”）: a kind the list exemplifies;
        # 区人民政府、相关派出机构指定的机构（以下简称区城建档案机构）: the body they designate, dev)
    return tuple(items)


def _set_up_name(surface: str, short: str) -> str:
    """The name of a body a clause sets up, read before the short name it is given: the body, not the clause
    (国家知识产权局设立 + 集成电路布图设计行政执法委员会); X下设办公室 is X's office (各街道消防安全委员会下设办公室), Y下设Z…办公室
    is Z…办公室 (u50: 领导小组下设全区成品油非法经营打击整治办公室), and an office set up by no one written names itself by
    its short name (，下设办公室（以下简称“区更新办”）)."""
    bare = ("办公室", "中心", "委员会", "小组", "专班")
    if "下设" in surface:
        owner, body = surface.rsplit("下设", 1)
        owner = _SETTER.sub("", owner)
        if body in bare:  # (the name as written: the recogniser finds it in the text)
            return owner + "下设" + body if owner else short
        return body
    body = _SETTER.sub("", surface) or surface
    return short if body in bare else body


#: What a clause writes before the body it sets up or names (国家知识产权局设立 + …, 平台管理部门由 + …, …的 + …).
#: (国家发展改革委授权 + 国家公共信用和地理空间信息中心, u107: the body charged, not the clause that charges it)
_SETTER = re.compile(r"^.*(?:设立|成立|组建|设置|依托|授权|委托|指定|(?<!自)由|的)")


#: A party described by what it does or holds (…资质的单位, 从事…的企业), before the short name a text gives it.
_PARTY_DEFINED = re.compile(r"的(?:单位|企业|机构|组织|经营者|运营者|运营单位|提供者|服务商|服务机构)$")


def _role_of(word: str, cues) -> str | None:
    if any(word.startswith(w) or word == w for w in cues.lead):
        return "lead"
    if any(word.startswith(w) or word == w for w in cues.support):
        return "support"
    if any(w in word for w in cues.responsible):
        return "responsible"
    return None


def _roles_in_segment(seg: str, names: list[UnitName], cues, default: str) -> list[str]:
    """The role of each unit of a note segment: the role word after it (before the next unit) applies
    to it and to the units listed before it since the last role word."""
    roles: list[str | None] = [None] * len(names)
    pending: list[int] = []
    for k, n in enumerate(names):
        pending.append(k)
        nxt = names[k + 1].start if k + 1 < len(names) else len(seg)
        between = seg[n.end:nxt]
        word = _first_role_word(between, cues)
        if word is not None:
            for p in pending:
                roles[p] = word
            pending = []
    return [r or default for r in roles]


def _first_role_word(text: str, cues) -> str | None:
    best = None
    for role, words in (("lead", cues.lead), ("support", cues.support), ("responsible", cues.responsible)):
        for w in words:
            at = text.find(w)
            while at >= 0 and text[at + len(w):at + len(w) + 1] in _MEASURED:
                at = text.find(w, at + 1)  # 金融机构参与度明显提升 (u86): how much it takes part, a goal, no role
            if at >= 0 and (best is None or at < best[0]):
                best = (at, role)
    return best[1] if best else None


#: Work the units of a list do together (加强工作协同, 密切协作配合): each bears it, none is another's helper.
_MUTUAL = re.compile(r"(?:要|应当|应|须)?(?:加强|强化|深化|密切)(?:工作|部门|横向|纵向|上下|协调)?(?:协同|配合|协作|联动)")
#: What turns a role word into a measure of it (参与度, 参与率, 配合度).
_MEASURED = frozenset("度率感")


#: The brackets a note may stand in, by their opening character.
_NOTE_CLOSER = {"(": ")", "〔": "〕", "【": "】", "[": "]"}


def _note_assignments(sent: Sentence, rec: UnitRecogniser, cues, convention: str | None = None
                      ) -> list[tuple[UnitName, str]]:
    """（牵头单位：A；配合单位：B、C） / （A牵头，B配合） / （A牵头，B、C按职责分工负责） / （责任单位：A、B）.

    Where a note names a lead, the units it makes "responsible" beside the lead support it.  Where the document
    states an order (*convention*, :func:`note_convention`), a note without role words follows it; the statement
    itself (（A、B，C。列逗号之前的为牵头单位，其他有关单位按职责分工配合，下同）) names no unit.
    """
    text = sent.norm
    opener = text.lstrip()[:1]
    if opener not in _NOTE_CLOSER:  # a note on a line of its own: 责任单位：A、B
        inner_start, inner_end = 0, len(text)
    elif opener == "(" and re.match(r"\s*\([^:：()]{2,8}[:：]\s*[〔【\[]", text) and not text.rstrip().endswith(")"):
        # （责任单位：〔A、B（C）、D按职责分工负责〕 with its round bracket left open: the inner bracket closes it
        inner_start = text.find(opener) + 1
        inner_end = max(text.rfind(c) for c in "〕】]")
    else:  # （…）, or a labelled note in 〔〕, 【】 or []
        inner_start, inner_end = text.find(opener) + 1, text.rfind(_NOTE_CLOSER[opener])
    inner = text[inner_start:inner_end if inner_end > inner_start else len(text)]
    # what a unit includes (相关区人民政府(含开发区、长江新区、风景区管委会，下同), u48) names no unit of the note: blanked, the
    # offsets kept
    inner = _INCLUDES_NOTE.sub(lambda m: " " * len(m.group()), inner)
    stated = (_COMMA_CONVENTION.search(inner) or _FIRST_CONVENTION.search(inner)) if convention else None
    if stated:
        inner = inner[:max(inner.rfind("。", 0, stated.start()), 0)]
    out = []
    for seg_match in _note_segments(inner, cues):
        seg = seg_match.group()
        labels = [m for m in _NOTE_LABEL.finditer(seg) if _role_of(m.group(1), cues) or m.group(1) in LINE_NOTE_LABELS]
        label = labels[-1] if labels else None  # （10月底完成，牵头考核单位：市审批服务局）
        default = (_role_of(label.group(1), cues) if label else None) or "responsible"
        body_off = label.end() if label else 0
        names = _whole_items(seg, body_off, [n for n in rec.find(seg) if n.start >= body_off], rec)
        names = sorted(names + _unknown_in_list(seg, body_off, names, rec, cues), key=lambda n: n.start)
        if not names:
            continue
        off = inner_start + seg_match.start()
        roles = _ordered_roles(seg, names, convention) if convention and not labels and \
            _first_role_word(seg, cues) is None else _roles_in_segment(seg, names, cues, default)
        for n, role in zip(names, roles):
            out.append((UnitName(n.start + off, n.end + off, n.surface, n.iri, n.name, n.generic, n.extra,
                                 n.prefix, n.region), role))
    if any(role == "lead" for _, role in out):
        out = [(n, "support" if role == "responsible" else role) for n, role in out]
    return out


#: A unit's note of what it includes, inside a note of units (…人民政府(含开发区、…管委会，下同)).
_INCLUDES_NOTE = re.compile(r"\((?:含|包括|不含)[^()]{1,60}\)")


def _note_segments(inner: str, cues) -> list[re.Match]:
    """The parts of a note, each under its own role label: split at ；, and at a comma or a full stop that opens another role
    label ((牵头单位：区发展改革委，责任单位：区财政局) is two parts, not one read under its last label)."""
    cuts = {m.start() for m in re.finditer(r"[,，。](?=([\u4e00-\u9fff]{2,8}?)[:：])", inner) if _role_of(m.group(1), cues)}
    marked = "".join("；" if i in cuts else ch for i, ch in enumerate(inner)) if cuts else inner  # same offsets
    return list(re.finditer(r"[^;；]+", marked))  # (牵头单位：A，B。配合单位：C): 。 ends a part as ； does


#: How a generic unit of one level is named when written with any of that level's prefixes (区 and 县 alike).
_LEVEL_NEUTRAL = {"county": "县（市、区）"}
#: The level of a generic department in its English label (县（市、区）教育部门: Education Bureau (county level)).
#: A department of a function at no level written (发展和改革部门) is every level's (u38: it read as the Development and
#: Reform Commission, one body).
_LEVEL_EN = {"province": " (provincial level)", "prefecture": " (city level)", "county": " (county level)"}
#: Prefixes naming every county of a region (各县（市、区）人民政府): the county level's department or government.
_COUNTY_SETS = frozenset({"各县(市、区)", "各县(市)", "各县(区)", "县(市、区)", "县(市)", "县(区)", "区县(自治县)", "各区县",
                          "区县", "各县", "各区",
                          "县(市)区", "区(市)县"})  # (丹东's 县（市）区, 大连's 区（市）县: the county level as they write it, u128)
#: The node of a generic unit whose prefix names a level the map of levels has not, and its English level: one node
#: per kind of level (u57: 镇人民政府 and 设区的市级以上人民政府 were one node, any-government, labelled in a corpus by
#: whichever spelling came first — a township's government made to publish a city's controlled airspace).
_PREFIX_LEVELS = (("township", " (township level)", ("镇", "乡", "乡镇", "街道", "街镇", "镇街")),
                  ("every-level", " (every level)", ("各级",)),
                  ("county-up", " (county level and above)", ("县级以上", "县级以上地方", "县级以上地方各级")),
                  ("prefecture-up", " (city level and above)", ("设区的市级以上", "设区的市级以上地方", "市级以上")),
                  ("province-up", " (provincial level and above)", ("省级以上",)),
                  ("same-level", " (the same level)", ("本级", "同级")),
                  ("upper-level", " (the level above)", ("上级",)))
_PREFIX_NODES = {prefix: (token, en) for token, en, prefixes in _PREFIX_LEVELS for prefix in prefixes}


#: Prefixes that give a department to a level whose bodies the text does not name (省、自治区、直辖市, 省级以上,
#: 县级以上): the department is named by its field, as the text names it.
_FUNCTION_LEVELS = re.compile(r"(?:各)?省、自治区、直辖市|(?:县|设区的市|市|省)级以上(?:地方)?(?:各级)?|各级")


def _by_function_name(dept: Concept, core: str) -> str:
    """A department named by its field at levels the text names together (工业和信息化主管部门, 公安部门)."""
    if core.endswith(("部门", "机关", "机构", "政府")):  # (省、自治区、直辖市人民政府: the governments, u103 — not
        return core  # 省、自治区、直辖市人民政府部门)
    return (dept.full_stem or dept.zh) + "部门"


def _prefix_node(prefix: str) -> tuple[str, str]:
    """The node token and English level of a generic unit whose *prefix* is no single level's (any, for none)."""
    if not prefix:
        return "any", " (any level)"
    if prefix in _PREFIX_NODES:
        return _PREFIX_NODES[prefix]
    return f"levels-{_short(prefix)[:8]}", f" ({prefix})"  # 省、市、县 + 人民政府: those levels, one node per list

#: A grid company by its short name (国网重庆电力, 国网上海松江供电公司, 南方电网广西电网公司).
_GRID_COMPANY = re.compile(r"(?:国网|国家电网|南方电网|南网)[\u4e00-\u9fff]{1,12}?(?:电力|供电|电网)"
                           r"(?:(?:有限责任|股份有限|有限)?(?:公司|分公司)|局)?")


#: What stands before a role word that names units by the role they hold elsewhere (各项目牵头单位, 各成员单位的配合单位):
#: each of those units, not a unit 各项目 with its role written after it.
_OWN_ROLE_UNITS = re.compile(r"各[\u4e00-\u9fff]{1,4}?(?<![局委办厅部处室司])")


def _unknown_in_list(seg: str, body_off: int, known: list[UnitName], rec: UnitRecogniser, cues) -> list[UnitName]:
    """Items of a note's list that no lexicon names but read as units (国务院审改办, 中国移动安徽分公司)."""
    out = []
    role_words = sorted(cues.lead + cues.support + cues.responsible + ("按职责分工", "等", "分别"), key=len,
                        reverse=True)
    for start, end in _list_items(seg, body_off, role_words):
        if any(n.start < end and start < n.end for n in known):
            continue
        item = seg[start:end]
        changed = True
        while changed:  # 省通信管理局牵头 → 省通信管理局
            changed = False
            for w in role_words:
                if item.endswith(w) and len(item) > len(w) and not _OWN_ROLE_UNITS.fullmatch(item[:-len(w)]):
                    item, end, changed = item[: -len(w)], end - len(w), True
                    break
        name = rec.unknown(seg, end) if len(item) >= 3 else None
        if name is not None and name.start >= start:
            out.append(name)
        elif len(item) >= 3:
            name = _listed_body(item, start, rec, in_note=True)
            if name is None and _PARTY_NOUN.fullmatch(item) and not _verb_phrase(item) and \
                    not re.search(r"\d|年|月|季度|完成|前|底", item):
                name = _generic_name(item, start)  # 其他公共资源交易服务机构, 项目实施载体: parties a note lists
            elif name is None and _DIVISION.fullmatch(item):
                name = _body_name(item, start)  # 港务监管处, 综合规划处: divisions of the commission the note names
            elif name is None and _GRID_COMPANY.fullmatch(item):
                name = _body_name(item, start)  # 国网重庆电力: a grid company by its short name
            if name is not None:
                out.append(name)
    return out


def _whole_items(seg: str, body_off: int, names: list[UnitName], rec: "UnitRecogniser") -> list[UnitName]:
    """A known department read at the end of a longer item of a note's list (交通与建设局 is no 建设局, 财政金融局 no
    金融局, 苏州工业园区经发局 no bare 经发局): the item whole is the body's name."""
    out = list(names)
    for m in re.finditer(r"[^、,，]+", seg[body_off:]):
        start, end = body_off + m.start(), body_off + m.end()
        inside = [n for n in out if start <= n.start and n.end <= end]
        if len(inside) != 1 or inside[0].generic and not (inside[0].surface.endswith("管委会") and inside[0].end == end):
            continue  # (化工区管委会, u54: read as 区管委会, a generic zone's administration, is that zone's own)
        n = inside[0]
        gap = seg[start:n.start]
        if gap[:1] in "省市县区" and len(gap) > 1:
            gap = gap[1:]
        if len(gap) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", gap) or gap.startswith(_COLLECTIVE_START):
            continue
        item = seg[start:n.end]
        whole = rec.own_office(item, start) or (_body_name(item, start) if re.search(rf"(?:{_OFFICE_END}|厅|部|管委会)$", item)
                                                else None)
        if whole is not None:
            out[out.index(n)] = whole
    return out


#: The end of a unit's name: what the part of a list item before 和 must end with to be a unit of its own.
_UNIT_SUFFIX = r"(?:局|委|办|厅|部|中心|政府|部门|单位|公司|院|所|会|队|站|处|室|行|集团|机构|机关|企业|组织|学校|馆|台|社)$"


def _list_items(seg: str, body_off: int, role_words: list[str]) -> list[tuple[int, int]]:
    """The items of a note's list: split at 、，, and at 和及与 unless the item is one division's name with 和 in it
    (网络交易和市场规范监督管理处, 反垄断和价格监督检查办公室)."""
    out = []
    for m in re.finditer(r"[^、,，]+", seg[body_off:]):
        start, end = body_off + m.start(), body_off + m.end()
        item = seg[start:end]
        for w in role_words:
            if item.endswith(w) and len(item) > len(w) and not _OWN_ROLE_UNITS.fullmatch(item[:-len(w)]):
                item = item[: -len(w)]
                break
        if re.search(r"[和及与]", item) and (_DIVISION.fullmatch(item) or re.fullmatch(
                r"[\u4e00-\u9fff]{2,12}[和与][\u4e00-\u9fff]{2,12}(?:办公室|中心)", item)):
            out.append((start, end))
            continue
        pieces = [(start + p.start(), start + p.end()) for p in re.finditer(r"[^和及与]+", seg[start:end])]
        if len(pieces) > 1 and not any(re.search(_UNIT_SUFFIX, seg[a:b]) for a, b in pieces[:-1]):
            pieces = [(start, end)]  # 市自然资源和城建局: one bureau of two fields, not 市自然资源 and 城建局
        out.extend(pieces)
    return out


def _listed_body(item: str, at: int, rec: "UnitRecogniser", in_note: bool = False) -> UnitName | None:
    """A unit that a responsibility note lists but no lexicon knows: a body by its kind, or a region standing for
    its government (杨浦区 in （责任单位：市规划资源局、杨浦区） is 杨浦区人民政府); *in_note*, also a department by its
    field alone (a table's cell 政务服务 is more often a column of topics)."""
    if re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", item):  # 各片区管理 局 (u36): a name broken by a space
        name = _listed_body(re.sub(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])", "", item), at, rec, in_note)
        return replace(name, end=at + len(item), surface=item) if name is not None else None
    known = rec.auto.get(item, None)
    for suffix in ("局", "委", "部门") if in_note and known and known[2] == "stem" else ():
        dept = rec.find(item + suffix)  # 区交通建设局、农业农村 (u36): a department by its field alone
        if len(dept) == 1 and dept[0].start == 0 and dept[0].end == len(item) + len(suffix) and \
                not dept[0].surface.startswith(_COLLECTIVE_START):
            return replace(dept[0], start=at, end=at + len(item), surface=item)
    own = rec.own_office(item, at)
    if own is not None:
        return own  # 党群工作部, 区党群工作部: the county's own office, one body however the text writes it
    if _BODY_NAME.match(item) and not item.startswith(_COLLECTIVE_START) and not _opens_with_verb(item):
        return _body_name(item, at)  # (not 推进清华大学海峡研究院平潭分院: a task's words run into the note)
    if re.fullmatch(r"(?:各|相关)?(?:开发区|园区|工业区|工业园区|产业园区)(?:管委会)?", item):
        return _generic_name(item, at)  # …、各街镇、开发区: the zones' administrations, each of them
    if _zone_patterns()[1].fullmatch(item) and not _opens_with_verb(item) or \
            re.fullmatch(r"[市区县]?(?:经开区|高新区)(?:管委会)?", item):
        return _body_name(item, at)  # （责任单位：市经济信息委、两江新区、重庆经开区）: a named zone's administration; 经开区
        # alone (支撑单位：经开区), the document's own zone's
    base = item[:-2] if item.endswith("政府") and not item.endswith("人民政府") else item  # 龙华区政府
    gov = rec.find(base + "人民政府")
    if len(gov) == 1 and gov[0].start == 0 and gov[0].end == len(base) + 4 and not gov[0].generic:
        return replace(gov[0], start=at, end=at + len(item), surface=item)
    return None


#: The end of an office named after its field (大数据主管部门, 计算机管理监察机构, 信息化管理机关).
_OFFICE_BY_FIELD = re.compile(r"(?:主管|管理|监察|监管|行政)?(?:部门|机构|机关)$")
#: A clause: up to punctuation, or to the 、 after a lead (区发展改革委牵头、区财政局配合的工作机制: two clauses).
_CLAUSE = re.compile(r"(?:[^,，;；。!?！？:：、]|(?<!牵头)、)+")
#: A division of a commission in a table's unit column (设施养护处, 市交通委（计划财务处）).
_DIVISION = re.compile(r"(?:[省市区县]局)?[\u4e00-\u9fff]{2,14}处|[\u4e00-\u9fff]{2,10}\([\u4e00-\u9fff、]{2,16}处\)")


#: A body given the power to make the rules that carry out a regulation (市人民政府可以根据本规定制定实施细则).
_MAY_ENACT = re.compile(r"(?:可以|可)(?:根据|依照|依据|按照)?[^，,。；;]{0,12}?(?:制定|制订|发布)[^，,。；;]{0,8}?(?:细则|办法|规定|标准|规则)")
#: A clause that says how a party is determined (…责任人按照下列规定确定：), not what it does.
_DETERMINED = re.compile(r"(?:按照|依照|根据|按)(?:下列|以下)(?:规定|原则|方式|顺序)(?:予以)?确定(?:[:：。；;]|$)")
#: A power a state body is given to use by law (公安机关可以依法采取…措施, 可以依法责令…, 可以依法查封…).
_MAY_ACT = re.compile(r"(?:可以|可)依法(?:对[^，,。；;]{1,20}?)?(?:采取|责令|查封|扣押|暂扣|没收|处置|调查|检查|实施|予以)")
#: 要 as a modal verb (各区要委托…), not inside a word (重要, 主要, 要素, 要点).
_YAO = r"(?<![重主纲需])要(?![素点闻])"
#: 要 as a duty word of a party or an item's heading (第三方平台要…), not 要求 (X要求Y: X asks).
_YAO_DUTY = r"(?<![重主纲需])要(?![素点闻求])"
#: Words that, right after a unit's name anywhere in a clause, make it the bearer of a duty.
_STRONG = ("具体负责", "负责", "负总责", "牵头", "应当", "承担", "履行")
#: When or how a duty is to be done, between a modal verb and 会同 (自本条例施行之日起六个月内, 在…前, 及时, 定期, 依法,
#: 按照职责).
_BY_WHEN = (r"(?:自[^，,。；;]{1,16}?(?:起|内)+|在[^，,。；;]{1,12}?[前内后]|及时|定期|依法|按照规定|"
            r"(?:按照|按|依照|根据)(?:各自)?职责(?:分工)?)")  # (…主管部门应当按照职责会同有关部门…)
#: A role noun as the subject of a duty (数据提供部门应当…, 登记机关应当…, 政务部门是…责任主体).
_ROLE_NOUN_BODY = (r"((?:(?:[\u4e00-\u9fff]|(?<![A-Za-z])[A-Z0-9]{2,6}(?=[\u4e00-\u9fff])|“[\w\u4e00-\u9fff]{1,10}”){0,20}?|[\u4e00-\u9fff、]{2,20}?的[\u4e00-\u9fff]{0,6}?)"
                   r"(?:部门|机关|单位|机构|主体|管委会|办事处|处理者|提供者|提供商|供应商|服务商|运营商|接收方|经营者|设置者|所有者|使用者|管理者|监督员|"
                   r"注册人|备案人|受托人|承运人|托运人|持有人|权人|责任人|所有人|管理人|使用人|承包人|"
                   r"采购人|中标人|出让人|受让人|业主(?!要)|项目法人(?!负责制)|发送者|发送方|承办者|"
                   r"用水户|用电户|用气户|用热户|经营户|商户|养殖户|种植户|"  # (用水户应当遵守下列规定, u74)
                   r"(?:互联网|网站)平台(?!经营者)|公共服务平台|"  # (网站平台应当…, u112)
                   r"理事会|董事会|银行|指挥部|交易所|台站|队伍|社区|河长|湖长|林长|路长|"
                   r"运营者|生产者|开办者|注册者|申请者|发布者|持有者|举办者|企业|公司|合作社|"
                   r"制造者|销售者|进口者|设计者|制造商|销售商|进口商|生产商|经销商|"
                   # (u128: 大连's 旅游条例 — 旅行社应当…; 七台河's 畜禽养殖场、养殖小区应当…; u130: 科技特派员服务对象 — not
                   # 景区, a place as often as a party: 苗王城景区应当遵循…原则, 利用苗王城景区资源…的, u132)
                   r"旅行社|养殖场|养殖小区|服务对象|交易平台)(?:\([\u4e00-\u9fff、]{1,6}\))?)")  # (u89)
#: A bracket that glosses a unit by its role (煤炭行业管理部门（煤矿智能化建设牵头部门）要…, u76): no part of its name.
_ROLE_GLOSS = r"(?:\([^()：:，,、；;。]{2,20}(?:部门|单位|主体)\))?"
_ROLE_NOUN = re.compile(r"^" + _ROLE_NOUN_BODY + r"(?=" + _ROLE_GLOSS +
                        # (专利服务机构及其工作人员应当…, u130: the body and its staff, the body a unit)
                        r"(?:及其(?:工作人员|从业人员)(?=(?:还|也|均)?(?:应当|应(?![用急])|须|必须|依法负有)))?"
                        r"(?:(?:还|也|均)?(?:应当|应(?![用急])|负责(?!制)|要|须|必须)|是|不得|"
                        # (电网企业切实履行主体责任: an adverb of duty before the work)
                        r"(?:切实|认真|严格)?(?:承担|履行)|主要(?:负责(?!同志|人)|履行|承担)|"
                        # (相关企业作为本行动方案的实施主体，要…, u81: the role the plan gives the party)
                        r"作为[^，,。；;]{0,24}?(?:实施主体|责任主体|牵头单位|责任单位)|"
                        r"依照|按照|根据|依职责|按职责|依法|在|对|于\d|统筹|发挥|通过[^，,。；;]{2,30}?(?:报送|报告|公布|发布|提交|推送|共享)|"
                        r"定期|每月|每季度|每年|按月|按季度|按年度))")
_VIA = re.compile(r"依托|通过|利用")
#: A party, then what it does, in a clause the duty follows (经营者销售、收购商品或者提供有偿服务，应当…).
_PARTY_THEN_ITS_ACT = re.compile(r"^([\u4e00-\u9fff]{0,6}?(?:经营者|生产者|销售者|使用者|管理者|运营者|所有人|使用人|管理人|经营单位|"
                          r"生产经营单位|使用单位|建设单位|施工单位|运营单位|企业))(?=销售|收购|提供|生产|经营|使用|从事|开展|"
                          r"举办|发布|设置|运营|储存|运输|经销|进口|出口)")
#: A clause that is a role noun alone, and the duty the next clause opens with (X，应当…; X，负责…).
_ROLE_NOUN_WHOLE = re.compile(r"^" + _ROLE_NOUN_BODY + r"$")
_DUTY_AFTER_COMMA = re.compile(r"[，,](?:还|也|均)?(?:应当|应(?![用急])|负责|必须|须)")
#: A role noun whose clause names the means and whose next clause the duty (电网企业依托…服务中心，具体负责…).
_ROLE_NOUN_VIA = re.compile(r"^" + _ROLE_NOUN_BODY + r"(?=(?:依托|通过|利用)[^，,。；;]{2,30}[，,]"
                            r"(?:具体|牵头)?负责)")


_ARTICLE_LABEL = re.compile(rf"\s*(?:{_ARTICLE})?(?:\([\u4e00-\u9fff、和与及]{{2,16}}\)\s*)?[\s(]*")


@lru_cache(maxsize=1024)
def _clause_start(text: str, cb: int, ce: int) -> int:
    """Where a clause's words begin: after spaces, an opening bracket, an item's number ((三), 1.), an article's
    label (第二十一条　…) and its bracketed title (第三条（管理部门）…).  Cached: a sentence's rules ask for the
    same clause's start many times."""
    if cb == 0:
        cb = _ITEM_LABEL.match(text, 0, ce).end()
        cb = _SECTION_NUMBER.match(text, cb, ce).end()  # 6.1.1事发地…: a plan's section number glued to the words
    elif text[cb - 1] in "；;：:。" and (inline := _INLINE_ITEM_LABEL.match(text, cb, ce)):
        cb = inline.end()  # …：（一）…；（三）乡（镇）、街道应当… (u84): an item run into its article, its number no word
    return _ARTICLE_LABEL.match(text, cb, ce).end()


#: An item's bracketed number where a clause opens inside a sentence ((三) after a semicolon).
_INLINE_ITEM_LABEL = re.compile(r"\s*[（(][一二三四五六七八九十\d]{1,3}[）)]\s*")


#: A numbered section's label of two to four levels (6.1.1, 3.3.4 ), as emergency plans number their paragraphs.
_SECTION_NUMBER = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}(?![.\d])\s*)?")


#: A party noun between two units of a list (…各部门、单位和镇人民政府): a unit of its own.
_PARTY_BETWEEN = re.compile(r"[、，,]?((?:各|有关|相关)?(?:单位|企业|组织|机构|社会组织))(?:和|及|与|以及|、)")


def _subject(text: str, cb: int, ce: int, inside: list[UnitName]) -> tuple[list[UnitName], int, bool]:
    """The units a clause opens with (joined by 、和与及), where they end, and whether the clause is passive (由…)."""
    cb = _clause_start(text, cb, ce)
    lead_in = re.match(r"[\s(]*(?:[\u4e00-\u9fff“”]{2,16}?涉及的(?=有关|相关|各)|[\u4e00-\u9fff“”]{1,12}?(?:所在地|沿线|沿岸)的(?=[\u4e00-\u9fff()]{2,12}、)|(?:参加|参与|承担|从事|负责)[\u4e00-\u9fff“”、]{2,12}?的(?=[\u4e00-\u9fff()]{2,12}、))?(?:本市|本省|本区|本县|全市|全省|全区|全县|沿线|所在地|当地|属地|流域内|辖区内|本行政区域内|行政区域内|区域内|沿岸|沿海|沿江)?(?:(?:(?!应当|将)[\u4e00-\u9fff“”、《》()]){0,60}?(?:应当|应|须|必须)?(?=(?<![事理缘自是指])由(?!于|此|其他)))?"
                       r"(由|请|要求|经)?", text[cb:ce])
    pos = cb + (lead_in.end() if lead_in else 0)
    passive = bool(lead_in and lead_in.group(1) == "由")
    group: list[UnitName] = []
    k = 0
    levels = _LEVELS_BEFORE.match(text, pos, ce)
    if levels:  # 省、 + 自治区人民政府…, 省和有关 + 设区的市、县人民政府: the levels listed before a unit are part of its name
        at = next((j for j, n in enumerate(inside)
                   if pos < n.start <= levels.end() and _LEVELS_BEFORE.fullmatch(text, pos, n.start) and
                   ("和" not in text[pos:n.start] or text.endswith("和有关", pos, n.start) or
                    n.surface.startswith(_LEVEL_WORDS) or n.surface.endswith("政府"))), None)
        if at is not None:
            whole = replace(inside[at], start=pos, surface=text[pos:inside[at].end])
            if inside[at].generic and inside[at].iri.endswith("/counties"):  # 市、州和 + 县级人民政府 (u121): the levels'
                whole = _generic_name(whole.surface, pos)  # governments as written, not the counties'
            inside = inside[:at] + [whole] + inside[at + 1:]
    while k < len(inside) and inside[k].start < pos:  # inside the topic before 由 (申请公开的政府信息由…)
        if inside[k].end > pos and (text[inside[k].start - 1:inside[k].start] == "本" or
                                    inside[k].start == cb + len(re.match(r"[\s(]*", text[cb:ce]).group())) and \
                re.match(r"[、和及与,，]|要|应|须|必须|负责|牵头|会同|配合|按照|依法|在|对|等", text[inside[k].end:]):
            pos = inside[k].start  # 本 + 市交通运输、公安交管部门: the unit holds the 市 of 本市; 属地街镇 is a unit
            break
        k += 1
    if passive and k < len(inside) and pos + 1 < inside[k].start <= pos + 20 and \
            _PASSIVE_MODIFIER.fullmatch(text, pos, inside[k].start):
        pos = inside[k].start  # 由 + 被投诉人实际经营地或者住所地 + 县级市场监督管理部门处理: the place or kind of the unit
    if not passive and k < len(inside) and text[pos:inside[k].start] in ("有关", "相关") and inside[k].generic and \
            not inside[k].surface.endswith("政府") and text.startswith("、", inside[k].end):
        pos = inside[k].start  # 有关 + 发展改革、财政部门要…: the departments concerned, a list of units
    while k < len(inside) and (inside[k].start <= pos + 1 and
                               re.fullmatch(r"[、和与及,，\s]*其?|等|或者|或|以及", text[pos:inside[k].start]) and
                               not (not group and text[pos:inside[k].start].strip() in ("与", "同") and
                                    _ENCOURAGED.search(text, 0, pos)) or
                               # (鼓励企业…，与高等院校、科研机构开展产学研合作, u130: those an encouraged party works with
                               # bear no duty — but 与环保部门共同负责…, 与区财政局研究制定…, dev: a duty shared)
                               group and _MORE_AFTER_LIST.fullmatch(text, pos, inside[k].start) or
                               not group and not passive and text[pos:inside[k].start] in ("有关", "相关") and
                               inside[k].surface.endswith("政府") or  # 有关 + 设区的市人民政府，应当…: those concerned
                               group and inside[k].generic and text[pos - 1] in "、和与及" and
                               re.fullmatch(r"[\u4e00-\u9fff]{2,4}", text[pos:inside[k].start]) and
                               not re.search(r"[的和及与或等各其本该]|协助|配合|会同|协同|支持|指导|督促|组织",
                                             text[pos:inside[k].start]) or
                               group and _PARTY_BETWEEN.fullmatch(text, pos, inside[k].start)):
        unit = inside[k]
        party = _PARTY_BETWEEN.fullmatch(text, pos, unit.start) if group else None
        if party:  # 市、区（县级市）人民政府各部门、+ 单位和 + 镇人民政府: a party of its own between two units
            group.append(_generic_name(party.group(1), party.start(1)))
            pos = unit.start
        if group and text.startswith("的", unit.end):
            break  # …以及城建档案形成单位的档案机构: the unit only modifies the noun that bears the duty
        if unit.start > pos + 1 and not (group and _MORE_AFTER_LIST.fullmatch(text, pos, unit.start)):
            # …和公路管理机构: a generic name with its field before it is one role
            unit = _generic_name(text[pos:unit.end], pos)
        k += 1
        if unit.surface.endswith("政府") and text.startswith("的", unit.end) and k < len(inside) and \
                inside[k].start == unit.end + 1 and not inside[k].surface.endswith("政府") and \
                text.startswith("、", inside[k].end) and not inside[k].surface.startswith(_COLLECTIVE_START):
            pos = inside[k].start  # 自治县人民政府的 + 发展和改革、环境保护…等有关部门按照各自的职责… (u87): the government's
            continue  # departments bear the duty, not the government
        body = _BODY_SUBJECT.match(text, unit.start, ce) if unit.surface == "政府" else None
        if body and body.start(2) > unit.end:  # 政府 + 信息公开专家委员会负责…: a body named after the government's work
            unit = _body_name(body.group(1), unit.start)
            while k < len(inside) and inside[k].start < body.end(1):
                k += 1
        if k < len(inside) and unit.surface.endswith("政府") and (
                inside[k].generic and (_OFFICE_OF.fullmatch(text, unit.end, inside[k].start) and
                                       not _opens_with_verb(text[unit.end:inside[k].start]) and  # not 镇政府 + 收到 + 建设单位
                                       # nor 县级人民政府 + 指导 + 乡（镇）人民政府 (u101: one name of the two)
                                       not text.startswith(_opening_verbs(), unit.end) or
                                       inside[k].start == unit.end and
                                       re.search(r"(?:部门|机构|机关)$", inside[k].surface) and
                                       not inside[k].surface.startswith(_COLLECTIVE_START)) or
                # 自治区人民政府 + 住房城乡建设主管部门; 市、县人民政府 + 国有资产监督管理机构: the levels' own SASAC, not the
                # State Council's (a made-up test's sentence, read wrong since the forty-seventh round)
                unit.generic and unit.surface.endswith("人民政府") and inside[k].start == unit.end and
                not inside[k].generic and inside[k].region is None and
                re.search(r"(?:部门|机构|机关)$", inside[k].surface)):
            # 县级以上人民政府 + 政务服务数据 + 管理机构: one office of that government, not the government
            whole = text[unit.start:inside[k].end]
            unit = _generic_name(whole, unit.start) if unit.generic else _body_name(whole, unit.start)
            k += 1
        elif unit.surface == "国务院" and (field := _STATE_COUNCIL_COLLECTIVE.match(text, unit.end, ce)):
            # 国务院 + 有关行政主管部门: the State Council's departments concerned, one collective
            unit = _generic_name(text[unit.start:field.end()], unit.start)
            while k < len(inside) and inside[k].start < field.end():
                k += 1
        elif unit.surface == "国务院" and (field := _STATE_COUNCIL_DEPT.match(text, unit.end, ce)) and \
                all(n.generic for n in inside[k:] if n.start < field.end()):
            # 国务院 + 市场监督管理部门 / 标准化行政主管部门: the State Council's department of that field, one ministry
            unit = _body_name(text[unit.start:field.end()], unit.start)
            while k < len(inside) and inside[k].start < field.end():
                k += 1
        elif k < len(inside) and inside[k].generic and unit.surface.endswith(("政府", "国务院")) and \
                inside[k].start == unit.end and inside[k].surface.startswith(("相关", "有关", "各")):
            # 区政府 + 相关部门(单位), 国务院 + 有关行政主管部门: that government's departments, one collective
            unit = _generic_name(text[unit.start:inside[k].end], unit.start)
            k += 1
        elif k < len(inside) and inside[k].generic and unit.surface.endswith("政府") and \
                inside[k].start == unit.end + 1 and text.startswith("的", unit.end):
            # 市和区、县人民政府的相关行业主管部门: that government's departments, one collective
            unit = _generic_name(text[unit.start:inside[k].end], unit.start)
            k += 1
        sub = _SUB_OFFICE.match(text, unit.end, ce)
        if sub and not unit.surface.endswith(("政府", "委员会")) and \
                not any(unit.end <= n.start < sub.end() < n.end for n in inside[k:]):
            # 公安部 + 计算机管理监察机构负责…: an office of that body bears the duty, by the office's whole name
            whole = text[unit.start:sub.end()]
            unit = _generic_name(whole, unit.start) if unit.generic else _body_name(whole, unit.start)
            while k < len(inside) and inside[k].start < sub.end():
                k += 1
        designated = re.match(r"(?:指定|设立|确定|委托|认定|授权)的(?:[\u4e00-\u9fff]{2,10}?(?:工作|管理|服务|主管))?(?:部门|机构|单位)",
                              text[unit.end:ce])
        if designated:  # 本级人民政府指定的部门: the body it designates
            unit = _generic_name(text[unit.start:unit.end + designated.end()], unit.start)
            while k < len(inside) and inside[k].start < unit.end:
                k += 1  # (…确定的数据主管部门: the 主管部门 inside is that body, u80)
        elif re.match(r"(?!及其)[、和与及][\u4e00-\u9fff]{0,8}?(?:指定|设立|确定|委托|认定|授权)的", text[unit.end:ce]):
            break  # 区人民政府、相关派出机构指定的机构: the body they designate bears the duty, not the government
        own = re.match(r"及其(?:工作|所属)部门", text[unit.end:ce])
        if own:  # 市和区人民政府及其工作部门: one collective
            unit = _generic_name(text[unit.start:unit.end + own.end()], unit.start)
        theirs = re.match(r"及其(?:有关|相关|其他有关)部门", text[unit.end:ce]) if unit.surface.endswith("政府") else None
        if theirs:  # 省人民政府及其有关部门, 县级以上人民政府及其有关部门: the government with its departments, written
            # as the law writes it — one unit, not the government and a second, nameless 有关部门
            twins = [n for n in inside[k:] if (n.start, n.end) == (unit.start, unit.end) and n.iri != unit.iri and
                     not (n.generic and unit.generic) and _LEVELS_SHORT.fullmatch(n.surface)]
            # (省、市人民政府: two; 市、县人民政府 in a city's text: the city's and its counties')
            unit = replace(unit, end=unit.end + theirs.end(), surface=text[unit.start:unit.end + theirs.end()])
            group.extend(replace(t, end=unit.end, surface=unit.surface) for t in twins)
            while k < len(inside) and inside[k].start < unit.end:
                k += 1
        office = re.match(r"及其(办公室|办事机构)", text[unit.end:ce]) \
            if unit.surface.endswith(("委员会", "领导小组", "指挥部")) else None
        if office:  # 国务院安全生产委员会及其办公室要…: the committee and its office, a body of its own (u61)
            name = unit.name + "办公室"
            group.append(unit)
            unit = replace(_body_name(name, unit.end + office.start(1)), end=unit.end + office.end(1),
                           surface=office.group(1))
            while k < len(inside) and inside[k].start < unit.end:
                k += 1
        below = re.match(r"所属的?", text[unit.end:ce])
        if below and k < len(inside) and inside[k].start == unit.end + below.end():
            # 各级气象主管机构所属的气象台站应当…: the bodies under it bear the duty, not the body itself (and under
            # each unit listed before it: 国务院其他有关部门和省…人民政府其他有关部门所属的气象台站, u83)
            first = group[0].start if group else unit.start
            unit = _generic_name(text[first:inside[k].end], first)
            group = []
            k += 1
        elif k < len(inside) and inside[k].generic and inside[k].start == unit.end + 1 and text.startswith("各", unit.end):
            # 区公安分局 + 各 + 辖区派出所负责…: the body's own stations, one collective
            unit = _generic_name(text[unit.start:inside[k].end], unit.start)
            k += 1
        group.append(unit)
        pos = unit.end
        alias = _ALIAS_NOTE.match(text, pos, ce)
        if alias:  # 区数据局（区政务服务中心）负责…: the bracket names the same unit again
            pos = alias.end()
            defined = [n for n in inside[k:] if n.end <= pos]
            if len(defined) == 1 and defined[0].start == alias.start() + 1 and defined[0].end == pos - 1 and \
                    group[-1].surface.endswith(("政府", "办事处")) and defined[0].surface.endswith(_ZONE_OFFICE):
                # 各镇人民政府（金山工业区管委会）负责…: the zone's committee, which stands for a town government in
                # its zone, bears the duty too (a second body, not the same one named again)
                group.append(defined[0])
            if defined and group[-1].generic and defined[-1].name == defined[-1].surface and \
                    re.match(r"\(以下(?:简称|统称)", text[alias.start():]):
                # …确定的部门（以下统称公共信用建设综合部门）: known by the name it defines, written as it stands
                group[-1] = replace(defined[-1], start=group[-1].start, end=group[-1].end, surface=group[-1].surface)
            while k < len(inside) and inside[k].start < pos:
                k += 1
        sep = None if text.startswith(("及时", "及早"), pos) else \
            re.match(r"(?:等(?:有关|相关)?(?:部门|单位)(?=以及)|等(?:人民团体|群团组织)(?=以及|及|和))?(?:[、和与及]+|以及|或者|或)",
                     text[pos:ce])  # (…妇女联合会等人民团体 + 及行业协会应…, u101: the list goes on)
        if sep:  # (X及时将…: an adverb, not 及 joining a second unit; A、B等部门以及C: C joins the list)
            pos += sep.end()
            seat = _SEAT_BEFORE.match(text, pos, ce)
            if seat and k < len(inside) and inside[k].start == seat.end():
                pos = seat.end()  # 市交通运输主管部门、所在地的区人民政府应当…: the place only says which government
            while True:  # 区人社局、公安金山分局、 区建管委…等部门: bodies no lexicon knows, between units of the list
                listed = _LISTED_BODY.match(text, pos, ce)
                if not listed or k < len(inside) and inside[k].start <= listed.start(1):
                    break
                within = k
                while within < len(inside) and inside[within].end <= listed.end():
                    within += 1  # 区绿化市容局: a known 市容局 inside the body's name is part of it
                gap = re.match(r"(?:[、和与及\s]|或者|或)*", text[listed.end():ce]).end()
                nxt = inside[within].start if within < len(inside) else None
                if not (nxt is not None and listed.end() + gap == nxt or text.startswith("等", listed.end()) or
                        gap and _LISTED_BODY.match(text, listed.end() + gap, ce)):
                    break
                group.append(_body_name(listed.group(1), listed.start(1)))
                pos, k = listed.end() + gap, within
            while group and not group[-1].generic and k < len(inside):  # …保定市财政局、+ 数字经济 + 、人力资源和社会保障…等部门
                # (u77): a function no lexicon knows, between a place's departments of a list that ends with 等部门, is that
                # place's department of that function
                bare = re.match(r"([\u4e00-\u9fff]{2,8}?)(、|以及)", text[pos:ce])
                if not bare or inside[k].start != pos + bare.end() or re.search(r"有关|相关|其他|其它|各|政府|的", bare.group(1)) \
                        or not re.search(r"等(?:有关|相关)?(?:行政)?(?:主管)?部门", text[pos:ce]) or \
                        group[-1].surface != text[group[-1].start:group[-1].end] or _opens_with_verb(bare.group(1)):
                    break
                group.append(_listed_function(bare.group(1), pos, group[-1]))
                pos += bare.end()
            chosen = _ITS_DESIGNATED.match(text, pos, ce) if group else None
            if chosen and (k >= len(inside) or inside[k].start >= chosen.end(1)):
                # 县级以上人民政府或者其确定的部门组织…: the body the government designates, named after it
                unit = _generic_name(group[-1].surface + chosen.group(1).lstrip("其"), pos)
                group.append(replace(unit, end=chosen.end(1), surface=chosen.group(1)))
                pos = chosen.end(1)
                continue
            party = _LAST_PARTY.match(text, pos, ce)
            if party and (k >= len(inside) or inside[k].start >= party.end(1)):
                # 国务院有关行政主管部门或者技术委员会应当…: a party named by its kind closes the list
                group.append(_generic_name(party.group(1), pos))
                pos = party.end(1)
    if 1 < len(group) <= 3 and group[-1].generic and _FIELDS_TAIL.search(text, 0, group[-1].start) and \
            re.fullmatch(r"(?:行政)?主管部门", group[-1].surface) and \
            all(n.generic and not n.surface.endswith("政府") for n in group[:-1]):
        group = group[:-1]  # 教育、科学技术等主管部门 (u101): the fields' departments, not a 主管部门 of its own (a list of
        # three or more is one unit as the development set's readers mark it: 省级发展改革、财政、林草等主管部门)
    sector = re.match(r"等(?:有关|相关)?[\u4e00-\u9fff]{0,2}(?:领域|行业)(?:行政)?主管部门", text[pos:ce]) if group else None
    if sector and all(n.generic and not n.surface.endswith("政府") for n in group):
        pos += sector.end()  # …、工业和信息化 + 等重点领域主管部门 + 应当… (u101): the list's closing words
    return group, pos, passive


#: A place written before a listed unit (…、所在地的区人民政府, …和当地镇人民政府): it says which one, the unit is the same.
_SEAT_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?所在地|当地|属地|事发地)的?")  # (…和各片区所在地 + 设区的市的人民政府, u101)


#: The body a unit designates, after 或者 (…人民政府或者其确定的部门（机构）应当…, …或者其委托的机构负责…).
_ITS_DESIGNATED = re.compile(r"(其(?:指定|确定|委托|授权)的(?:其他)?(?:部门|机构|单位)(?:\((?:机构|单位)\))?)"
                             r"(?=(?:还|也|均)?(?:应当|应|负责|必须|组织|会同|统筹|按照|根据|依法))")
#: A party named by its kind, right before its duty (…或者技术委员会应当…).
_LAST_PARTY = re.compile(r"((?:(?!应当|负责|必须)[\u4e00-\u9fff]){2,10}?(?:委员会|工作组|协会|机构|单位|企业|平台|媒体))"
                         r"(?=(?:还|也|均)?(?:应当|负责|必须))")


#: Words between 由 and the unit of a passive clause that say which of its kind it is (其住所地, 先收到投诉的,
#: 广告发布者所在地, 被举报行为发生地的).
#: The place a matter is tied to, written before a government (住所地, 发生地, 户籍所在地 + 人民政府).
_SEAT = re.compile(r"(?:所在|住所|发生|户籍|登记|经营|注册|居住|行为|生产|销售|常住|营业|设立|出发|到达|户籍所在|经常居住)地$")
_PASSIVE_MODIFIER = re.compile(r"其|(?:(?!负责|应当|会同|机构|部门|单位|机关)[^，,。；;、向对与给从把将])*?(?:的|所在地|住所地|经营地|发生地|户籍地|登记地)"
                               r"(?:县级以上|设区的市级以上|省级以上|县级|市级)?")


#: The State Council's departments concerned, one collective (国务院 + 有关行政主管部门).
_STATE_COUNCIL_COLLECTIVE = re.compile(r"(?:有关|相关|其他有关)(?:行政)?(?:主管)?部门")
#: The field of a State Council department named by its function (国务院 + 标准化行政主管部门).
_STATE_COUNCIL_DEPT = re.compile(r"(?!相关|有关|各|其他|所属|组成)(?:(?!和|及|与|或|负责|会同|应当|指定|确定)[\u4e00-\u9fff]){1,12}?"
                                 r"(?:行政主管部门|主管部门|管理部门|部门|管理机构|机构)")


#: An office named after the body it belongs to, before its duty (公安部 + 计算机管理监察机构负责…).
_SUB_OFFICE = re.compile(r"(?:(?!负责|牵头|应当|会同|所属|下属|指定|设立|确定)[^\W\d_a-zA-Z和及与等的对在向其]){2,10}?(?:监察机构|管理机构|执法机构|指挥机构|办事机构)"
                         r"(?=(?:还|也|均)?(?:应当|应(?!用)|负责|要|须|必须|会同|牵头))")


#: A list's closing 等部门 before one more party (发展改革、房屋管理等部门 + 和 + 相关行业协会加强…).
_MORE_AFTER_LIST = re.compile(r"等(?:有关|相关)?(?:部门|单位|机构)(?:和|及|与|以及|、)")
#: The words a government's level opens with (市和 + 区、县人民政府, not 市和 + 浦东新区交通、商务…部门).
_LEVEL_WORDS = ("省", "自治区", "直辖市", "设区的市", "市", "区", "县", "州", "盟", "旗", "乡", "镇")
#: Levels of government listed before the unit whose name ends the list (省、 + 自治区人民政府; 省和有关 + 设区的市…).
_LEVELS_BEFORE = re.compile(r"(?:(?:省|自治区|直辖市|设区的市|市|区|县|州|盟|旗|乡|镇)(?:、|和(?:有关)?))+")


#: A district's police branch as Shanghai names it (公安嘉定分局, 上海市公安局浦东分局).
_POLICE_BRANCH = re.compile(r"(?:[\u4e00-\u9fff]{2,3}市)?公安(?:局)?([\u4e00-\u9fff]{2,3}?)分局")


#: A body no lexicon knows as an item of a list of units (公安金山分局, 区城市运行中心).
_LISTED_BODY = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?(?:分局|中心|管委会|委员会|办公室|总队|支队|大队|局|委|办|集团|公司))(?=\s*(?:[、和及与或]|或者|等))")


#: A bracket right after a unit's name that names it again or qualifies it (区数据局（区政务服务中心）).
#: The bodies that run a zone in a town government's stead (金山工业区管委会, 临港新片区管理委员会).
_ZONE_OFFICE = ("管委会", "管理委员会")
_ALIAS_NOTE = re.compile(r"[（(][^（）()，,。；;]{1,20}[）)]|\((?:含|包括)[^()。；;]{1,40}[,，]下同\)")


#: Words between a government's name and a role noun that make one office's name (政务服务数据 in
#: 县级以上人民政府政务服务数据管理机构).
_OFFICE_OF = re.compile(r"(?!.*(?:负责|牵头|领导|应当|会同|作为|或|可以|需要|通过|使用|其他|之间|和|及|与|等|向|的|对|在|本|委托|授权|责成|指定))"
                        r"[\u4e00-\u9fff]{2,10}")


#: What follows the units of a passive clause (由A、B负责…, 由A会同B…, 由A统一制定).
_PASSIVE_VERB = re.compile(r"会同|联合|商(?=(?:国家|国务院|省|市|县|区|州|同级|本级|上级|有关|相关|财政)[\u4e00-\u9fff])|分别|跨(?=部门|机构|单位|区域|地区|层级|行业|系统)|牵头|负责|统一|另行|自行|具体|(?<!所)在|按照|按|依法|依照|根据|依据|予以|组织|承担|审核|"
                           r"视情|及时|适时|立即|第一时间|尽快|提请|报请|移送|移交|委托|"  # (由盐业行政主管部门提请司法机关…, u111)
                           r"责令|给予|处以|没收|视其|注销|撤销|吊销|追究|决定|降低|处(?=[\d一二三四五六七八九十百千万]|罚款)|"
                           r"制作|取消|查处|收回|作出|核实|"  # (…的，由专利行政部门制作行政调解协议书, u130)
                           # (依法由出入境检验检疫机构检验合格, dev-ca; not 处置 or 进行: 由具备相应资质条件的单位进行资源化
                           # 利用 names who may do it, no duty a reader marks, dev)
                           r"检验|检测|鉴定|"
                           r"制定|确定|实施|开展|建设|管理|受理|办理|提供|通过|报|向|对|结合|审批|备案|实行|核准|审查|认定|公布|发布|出具|核发|颁发|签发|编制|统筹|协调|指导|督促|评估|批复|批准|审定|核定|初审|复审|预审")
#: A noun phrase that names a unit by its kind (公安机关, 卫生健康主管部门, 流动人口服务管理机构, 街道办事处).
_UNIT_NOUN = re.compile(r"^(?!.*(?:应当|负责|必须|场所$|组织(?:有关|相关|各)|(?:户|者|人|门|位)对|跨(?:部门|机构|单位|区域|地区|层级|行业|系统)$|" + _YAO + r"))[\u4e00-\u9fff（）()]{2,30}?(?:部门|机关|机构|单位|人民政府|政府|办事处|委员会|管委会|"
                        r"领导小组|小组|指挥部|局|委|办|厅|中心|学校|院所|院|交易所|所|企业|平台|开办者|主体|方|"
                        r"(?<=处理|发电|焚烧|转运|填埋|供水|净水)(?:厂|站))(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?$")


def _listed_function(item: str, at: int, before: UnitName) -> UnitName:
    """A function no lexicon knows listed after *before* (…保定市财政局、+ 数字经济): that place's department of it, a
    candidate body; the department of that function when *before* names no place."""
    region = (before.extra or {}).get("region")
    if not region:
        return _function_unit(item, at, at + len(item))
    zh = re.match(r"(.+?(?:市|县|区|州|盟|旗|省|自治区))", before.name)
    place = zh.group(1) if zh else ""
    name = f"{place}{item}部门"  # (the IRI :meth:`UnitRecogniser._department_lists` gives the same item)
    return UnitName(at, at + len(item), item, f"{ORG}x-{_short(place + item)}", name, False,
                    {"kind": "Organization", "zh": name, "en": "", "alt": [item], "region": region, "candidate": True,
                     "confidence": 0.5}, "", region)


def _function_unit(item: str, b: int, e: int, prefix: str = "") -> UnitName:
    """The department of a function a list names by one word (人才工作 → 人才工作部门; 市、区 + 人才工作 at those levels)."""
    name = f"{prefix}{item}部门"
    return UnitName(b, e, item, f"{GENERIC}x-{_short(name)}", name, True, {"kind": "GenericUnit", "zh": name, "en": ""},
                    prefix)


def _generic_name(noun: str, off: int) -> UnitName:
    opener = _CONJUNCTION_OPENER.match(noun)
    if opener:  # 但授权运营主体不得… (u63): the conjunction opens the clause, not the party's name
        noun, off = noun[opener.end():], off + opener.end()
    means = _MEANS_IN_NAME.search(noun)
    if means:  # 公共服务组织 + 通过公共数据资源平台公布 (u63): the means the party acts by, not its name
        noun = noun[:means.start()]
    cut_at = noun.rfind("的") + 1
    if cut_at and len(noun) - cut_at >= 4 and re.search(r"施行[后前]|购置|购买|符合|取得|持有|从事|具有", noun[:cut_at]) and \
            not re.search(r"\d|[“”()]", noun[cut_at:]):  # 本条例施行后购置的符合现行国家标准的 + 电动自行车所有人 (u57):
        noun, off = noun[cut_at:], off + cut_at  # the party, not the clauses that say which (负责…的部门 is named so)
    return UnitName(off, off + len(noun), noun, f"{GENERIC}x-{_short(noun)}", noun, True,
                    {"kind": "GenericUnit", "zh": noun, "en": ""})


#: A conjunction before a party opening a clause (但授权运营主体不得…), and the means a party acts by after its name
#: (公共服务组织通过公共数据资源平台公布): neither is part of the name.
_CONJUNCTION_OPENER = re.compile(r"(?:但是|但|而且|而|并且|并|同时)(?=[\u4e00-\u9fff]{3})")
_MEANS_IN_NAME = re.compile(r"(?<=组织|部门|单位|机构|主体|企业|中心)(?:通过|利用|依托|借助)")

#: A verb inside a role noun read from a clause (采购人可以委托第三方专业机构; 本市建立健全数据交易服务机构管理制度, u44): not a
#: name (其委托单位, 受委托的机构, 在互联网上建立电子商务平台的企业 are).
_VERB_IN_NAME = re.compile(r"(?<=[^其受被经])(?:(?:鼓励|引导|委托|聘请|督促|动员|听取)(?!的)|(?:建立|健全|完善|设立)(?![^的]*的))")
#: A verb a role noun read from a clause may open with (责成责任人对…进行修复): its object is the unit (not 组织, 委托,
#: 指导, 支持, 指定: 组织实施单位, 委托单位, 指定机构 are names).
_VERB_FIRST = re.compile(r"责成|督促|要求|鼓励|引导|动员")
#: What a name before such a verb may end with to be the acting party (委托方委托检测机构 → 委托方).
_PARTY_END = re.compile(r"(?:方|人|单位|机构|部门|企业|主体)(?:可以|也可以|应当|共同|适时)?$")


def _before_verb(n: UnitName) -> UnitName | None:
    """A role noun read from a clause with a verb inside it: the party before the verb when it is one
    (委托方委托检测机构 → 委托方), else None (浦东新区鼓励和引导市场主体); *n* itself when it holds no verb."""
    lead = _VERB_FIRST.match(n.surface)
    if lead and len(n.surface) - lead.end() >= 3:
        return _generic_name(n.surface[lead.end():], n.start + lead.end())  # 责成 + 责任人 (u46): the one made to act
    m = _VERB_IN_NAME.search(n.surface)
    if m is None:
        return n
    party = _PARTY_END.search(n.surface, 0, m.start())
    if party is None:
        return None
    head = n.surface[:m.start()]
    head = re.sub(r"(?:可以|也可以|应当|共同|适时)$", "", head)
    return _generic_name(head, n.start)


#: A unit's help to another (配合, 应当配合, 负责配合, 积极协助 …): the one it helps leads.
_HELPS = r"(?:应当|应|要|须)?(?:负责)?(?:积极)?(?:予以)?(?:支持[、和]?)?(?:配合|协助)"
#: What may follow 配合/协助 when no one helped is named (…应当予以支持、配合。…配合做好…): the help is all the duty.
_HELP_ALONE = r"(?:[,，。；;]|$|做好|开展|相关|有关|工作)"
#: A body no lexicon knows right after 配合/协助, before what is done (配合区经济发展局开展…).
_HELPED_BODY = re.compile(r"[省市县区]?(?:(?![的对在为与和及、])[\u4e00-\u9fff]){2,10}?(?:局|委员会|办公室|中心|管委会)"
                          r"(?=开展|做好|实施|推进|进行|组织|落实|完成|共同|对|[,，])")


def _helped_body(text: str, base: int, ce: int, rec: "UnitRecogniser") -> list[UnitName]:
    """The body no lexicon knows that a unit helps (…负责配合区经济发展局开展…), as the document's own office
    where it is one, else as written; empty when no body's name follows."""
    m = _HELPED_BODY.match(text, base, ce)
    if m is None or _opens_with_verb(m.group()):
        return []
    return [rec.own_office(m.group(), m.start()) or _body_name(m.group(), m.start())]


def _body_name(name: str, off: int) -> UnitName:
    """A named body no lexicon knows (国网上海市电力公司, 省通信管理机构): a candidate organization."""
    return UnitName(off, off + len(name), name, f"{ORG}x-{_short(name)}", name, False,
                    {"kind": "Organization", "zh": name, "en": "", "alt": [], "candidate": True, "confidence": 0.5})


def _shifted(n: UnitName, off: int) -> UnitName:
    """*n* found in a piece of a text, with offsets into the whole text."""
    return replace(n, start=n.start + off, end=n.end + off)


def _item_unit(item: str, at: int, rec: "UnitRecogniser", bodies: bool = False) -> UnitName | None:
    """The unit one item of a list names: a known name covering it, a unit noun (a generic unit), or — with
    *bodies* — a body's name by its kind (a candidate organization, unless it is collective: 各…, 相关…)."""
    known = rec.find(item)
    if len(known) == 1 and known[0].start == 0 and known[0].end == len(item):
        return _shifted(known[0], at)
    if re.match(r"[两多数几\d一二三四五六七八九十]+(?:个|家)", item):
        return None  # 由两个以上同级部门分别实施的… : how many bodies, none named
    if bodies:
        if _UNIT_NOUN.match(item) and item.startswith(_COLLECTIVE_START):
            return _generic_name(item, at)
        if _BODY_NAME.match(item) or _UNIT_NOUN.match(item):
            return _body_name(item, at)
        return None
    if _UNIT_NOUN.match(item) and not item.startswith(("本", "其", "该")):
        return _generic_name(item, at)
    return None


def _noun_units(text: str, start: int, end: int, rec: UnitRecogniser, stop: re.Pattern | None = None,
                passive: str = "") -> list[UnitName]:
    """The units listed in ``text[start:end]`` up to *stop* (joined by 、和及与或者), each a known name or
    a noun phrase of a unit's kind (a generic unit); empty when any item is not unit-shaped.  After 由 (with
    *stop*; *passive* is the word the stop found), a place's body is a unit too (由街道牵头, 由乡镇负责), and before
    负责 a party by its role (由其所有权人负责, 由物业服务人负责; not 由责任人承担, a cost, nor a penalty's 由其运营者…)."""
    if stop is not None:  # the first stop that ends a list of units (由对应牵头部门负责: not at 牵头)
        for m in stop.finditer(text[start:end], 2):
            out = _noun_units(text, start, start + m.start(), rec, passive=m.group())
            if out:
                return out
        return []
    span = text[start:end]
    out: list[UnitName] = []
    pos = 0
    for item in re.split(r"(、|以及|和|及|与|或者|或)", span):
        if item in ("、", "和", "及", "与", "或者", "或", "以及"):
            pos += len(item)
            continue
        at = start + pos
        pos += len(item)
        item_s = re.sub(r"等$", "", item.strip())
        if not item_s:
            continue
        if item_s.startswith("由") and len(item_s) > 3 and not rec.find(item_s[:3]):
            at, item_s = at + 1, item_s[1:]  # 由文化行政部门或者由文化行政部门会同公安机关… (u89): the second 由 too
        unit = _item_unit(item_s, at, rec)
        if unit is None and passive:
            unit = _passive_party(item_s, at, passive == "负责")
        if unit is None:
            return []
        out.append(unit)
    return out


#: A party by its role or place after 由 (由街道负责, 由乡镇牵头, 由产权人负责): a generic unit.
_PASSIVE_PLACE = re.compile(r"(?:各|事发地|事发地所在|所在地|所在|属地|当地)?(?:街道|乡镇|街镇|镇街|镇|乡|社区|村|居委会|村委会|村（居）委会)")
_PASSIVE_ROLE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:所有权人|所有人|产权人|使用权人|权利人|管理人|使用人|服务人|经营者|管理者|"
                           r"运营者|责任人|权属单位|业主委员会|业主大会|业主)")  # (住宅小区，由业主或者业主委员会负责, dev-ca)


def _passive_party(item: str, at: int, roles: bool) -> UnitName | None:
    """A place's body, or (with *roles*) a party by its role, in a passive clause (其所有权人: the owner of what the
    clause is about)."""
    lead = 1 if item.startswith("其") and len(item) > 2 else 0
    if _PASSIVE_PLACE.fullmatch(item, lead) or roles and _PASSIVE_ROLE.fullmatch(item, lead) and \
            not _verb_phrase(item[lead:]):
        return _generic_name(item[lead:], at + lead)
    return None


def _verb_phrase(noun: str) -> bool:
    """Is a would-be role noun a verb phrase (扶持快递物流企业在本土做大做强, 争取引进更多头部企业) rather than a
    name (运营单位, 申诉受理机构: up to three words; 开展…的企业: a party described by what it does)?"""
    if re.search(r"(?:行政管理部门|行政主管部门|主管部门|管理部门|管理机构|责任人|监督员)$", noun):
        return False  # 建设行政管理部门, 规划管理部门: the field a department governs, not a verb
    words = cut(noun)
    tags = [t or "" for _, t in words]
    if not noun.startswith(_POLICY_VERBS) and tags[-1].startswith("n") and not any(t.startswith("v") for t in tags[1:]):
        return False  # 急救 + 医疗指挥机构直属急救站: a name whose only verb opens it, ending with its kind
    if len(words) >= 3 and tags[1].startswith("n") and all(t[:1] in ("n", "v") for t in tags) and \
            _PARTY_HEAD.search(noun) and not noun.startswith(_opening_verbs() + _SETTING_UP):
        return False  # 报废机动车回收拆解企业, 取水工程管理单位: what the party does, then its kind — a name
    return "的" not in noun and len(words) >= 4 and len(words[0][0]) >= 2 and tags[0].startswith("v") and \
        tags[0] != "vn"  # 测绘成果保管单位: a verbal noun (测绘) opens a name


#: The kinds of party a name may end with after what the party does (报废机动车回收拆解 + 企业).
_PARTY_HEAD = re.compile(r"(?:企业|单位|机构|中心|协会|公司|站)$")
#: Verbs that set a body up: a clause that opens with one names no party (成立专业运营公司).
_SETTING_UP = ("成立", "组建", "设立", "建立", "建设", "打造", "发展", "壮大", "做强", "新建", "培育", "引进")


#: Role nouns that name a unit only as a collective or by where it is (各社区, 所在社区, 各相关救援队伍).
_COLLECTIVE_ONLY = ("社区", "队伍")
#: The role words of notes and tables (牵头单位要…: the lead units of every task, named elsewhere), no unit's name.
_ROLE_WORDS = ("牵头单位", "责任单位", "配合单位", "牵头部门", "责任部门", "配合部门", "协办单位", "参与单位", "支撑单位",
               "协作单位")
#: Verbs of policy that open a clause about a party, not the party's own name (支持符合条件的科技企业…; 注重发挥企业…).
_POLICY_VERBS = ("支持", "鼓励", "引导", "推动", "推进", "促进", "保护", "合理", "加强", "扶持", "培育", "吸引", "争取", "引进",
                 "招引", "为", "对", "给予", "助力", "助推", "帮扶", "赋能", "激励", "带动", "惠及", "落实", "注重", "实行", "发挥", "强化", "坚持", "深化", "健全", "便利", "方便", "打破", "支撑", "服务于",
                 # (u101: 突出用人单位在职称评审中的主导作用; 增加对科技型中小微企业…扶持 — no party of those names)
                 "突出", "增加",
                 # (dev-bv: 独立储能…视同发电企业参与…: treated as one, no party of that name)
                 "视同")


_COLLECTIVE_ROLE = re.compile(r"^((?:各|相关|有关|本市|本区|本县)[\u4e00-\u9fff]{0,12}?(?:部门|单位|机构|主体|企业|委员会|"
                              r"办事处|街镇|街道|乡镇|队伍|社区)(?:\([\u4e00-\u9fff、]{1,6}\))?)")


_CITED_TITLE = re.compile(r"《[^《》]*》")
#: What a unit has laid down, read after 在/按照/依照 (在国务院规定的职责范围内, 按照省人民政府确定的分工): the rule
#: that bounds another's work.
_WHOSE_RULE = re.compile(r"(?:规定|确定|划定|授予|赋予|批准|核定)的")
#: A sentence that puts its parties outside the text's scope (…，不适用本条例).
_NOT_IN_SCOPE = re.compile(r"不(?:适用|执行)本(?:条例|办法|规定|细则|规则|决定)")


#: A clause that opens with what its party does to a unit, read as a role noun (接到公安机关要求…的通知后; 自觉接受政府
#:有关部门依法实施的监督管理; 配合有关部门依法实施…监督检查; 监督检查网络产品和服务提供者履行…; 当事人对公安机关…不服的,
#: u89): the unit is the verb's object, no party of that name (配合单位, 监督检查机构, 接受委托的组织 are role nouns).
_VERB_LED_NOUN = re.compile(r"(?:但|但是|并)?(?:不免除|免除|不减轻|不影响)|"  # (…但不免除建设单位依法应当承担的…, u92)
                            r"(?:自觉|主动|及时|依法|积极)?(?:接受|接到|收到|配合(?!单位|部门|机构))|"
                            r"监督检查(?!机构|部门|单位|人员|队伍)|[\u4e00-\u9fff]{1,4}人对")


#: A verb that promotes a model described by who leads it (推广由…牵头的…): no duty of that unit's.
_PROMOTED_MODEL = re.compile(r"(?:推广|借鉴|复制|推行|学习)[^，,。；;]{0,6}由$")


#: Parties by their kind listed as a clause's subject, their duty right after (科研院所、高等学校应当…).
_PARTY_NOUN_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12}?)(?=(?:还|也|均|都)?(?:应当|应|须|必须|负责))")


#: A party, then the others like it left unnamed (农业生产经营者等有关单位和个人应当…).
_PARTY_AND_OTHERS = re.compile(r"([\u4e00-\u9fff]{2,12}?)等(?:有关|相关|其他)?(?:单位和个人|组织和个人|单位|组织|主体)"
                               r"(?=(?:还|也|均|都)?(?:应当|应(?![用急])|须|必须|负责))")
#: The end of a one-field list of departments (农业农村 + 等部门): the field's own department and others unnamed.
_OTHERS_OF_FIELD = re.compile(r"等(?:有关|相关)?(?:行政)?(?:主管)?部门$")


def _role_noun_subject(text: str, cb: int, ce: int, group: list[UnitName], inside: list[UnitName],
                       rec: UnitRecogniser, cues) -> list[tuple[UnitName, str]]:
    """A clause whose subject is a role noun (数据提供部门应当…, 公共数据主管部门应当会同Y…): the noun as a
    generic unit, responsible — or leading, with the units after 会同 supporting.  Empty when the subject
    is a named body (the other rules read it) or not a role noun."""
    off = _clause_start(text, cb, ce)
    gov = _government_of_role(text, off, ce, inside)
    if group and not all(n.generic or n is gov for n in group):
        return []
    if text.startswith("请各", off):
        off += 1  # 请各推荐单位于…寄送…: a request to them
    others = _PARTY_AND_OTHERS.match(text, off, ce)
    if others and _PARTY_NOUN.fullmatch(others.group(1)) and not _verb_phrase(others.group(1)) and \
            not any(off <= n.start < others.end(1) for n in inside):
        # 农业生产经营者等有关单位和个人应当… (dev-by): the party the law names, the others left unnamed
        return [(_generic_name(others.group(1), off), "responsible")]
    listed = _PARTY_NOUN_LIST.match(text, off, ce)
    if listed and not any(off <= n.start < listed.end() for n in inside) and \
            not re.search(r"[和及与或]", listed.group(1)):
        items = [(m.start() + off, m.group()) for m in re.finditer(r"[^、]+", listed.group(1))]
        whose = re.fullmatch(r"([\u4e00-\u9fff]{2,8})的([\u4e00-\u9fff]{2,6})", items[0][1])
        if whose and not _verb_first(whose.group(1)) and "的" not in "".join(w for _, w in items[1:]):
            # 高层住宅建筑的 + 业主、使用人应当… (u100): what the parties own qualifies the list, each party by its kind
            items[0] = (items[0][0] + whose.start(2), whose.group(2))
        if all(_PARTY_NOUN.fullmatch(w) and not _verb_phrase(w) and not w.startswith(_POLICY_VERBS + _NOT_A_NAME)
               and "的" not in w and not re.search(r"由|可以|可|该|其|本|作为", w) for _, w in items):
            # 商业银行、商业保理公司应当…: each party of the list, by its kind (not …不得…: a prohibition, which
            # readers of the dev set leave unmarked — 电梯生产单位、维护保养单位不得…)
            return [(_generic_name(w, at), "responsible") for at, w in items]
    m = _ROLE_NOUN.match(text[off:ce]) or (_ROLE_NOUN_VIA.match(text, off) if _VIA.search(text, off, ce) else None)
    if not m and _DUTY_AFTER_COMMA.match(text, ce) and not re.search(r"是|为|的", text[off:ce]) and \
            not any(n.start == off for n in inside):  # 大运河沿线县级以上地方人民政府文物主管部门，应当建立… (u115):
        m = _ROLE_NOUN_WHOLE.match(text[off:ce])  # the subject, a comma, then its duty
        doing = _PARTY_THEN_ITS_ACT.match(text[off:ce]) if not m and not inside else None
        if doing:  # a party doing what the duty concerns (经营者销售、收购商品或者提供有偿服务，应当…明码标价, u119)
            return [(_generic_name(doing.group(1), off), "responsible")]
    if not m:  # a collective subject before any duty verb (各推进主体加快…, 本市行业管理部门要…, 各任务牵头部门做好…)
        m = _COLLECTIVE_ROLE.match(text[off:ce])
        if not m or not text[off + m.end():ce].startswith(cues.duty):
            return []
    noun = m.group(1)
    if text.startswith("在", off + len(noun)) and text.endswith("的", cb, ce) and text[ce:ce + 1] in "，,":
        return []  # 市场主体在申请办理…时提供电子证照的，受理单位不得…: when the party does so, another's duty
    if text.endswith("的", cb, ce) and re.match(r"[，,]\s*(?:依法)?由", text[ce:ce + 4]):
        return []  # 物业服务企业…对…未及时劝阻…的，由消防救援机构予以警告 (u131): the offender, the body after 由 acts
    stop = text.find("。", off)  # the sentence's end: the right may be its next clause (…业务等，依法平等进入)
    stop = len(text) if stop < 0 else stop
    if _RIGHT.search(text, off + len(noun), stop) and not _MODAL_DUTY.search(text, off + len(noun), stop):
        return []  # 中小企业对…行业、领域、业务等，依法平等进入 (u38): a right the party has, no duty
    if _RELATIVE_OWNER.match(text, off + len(noun), ce):
        return []  # 主办单位在不同平台上开设的政务新媒体名称原则上应…: what the unit set up bears the duty (u32)
    joint = re.search(r"会同|联合|协同", noun)
    if joint and joint.start() >= 3 and _UNIT_NOUN.fullmatch(noun[:joint.start()]):
        noun = noun[:joint.start()]  # 密码管理部门 + 会同有关部门负责…: the lead; the units after 会同 support
    end = off + len(noun)
    tail = noun.rsplit("的", 1)[-1]
    if "的" in noun and len(tail) >= 4 and tail.endswith("者") and not noun.startswith(_POLICY_VERBS):
        # 提供生成式人工智能服务的网络数据处理者: the party a regulation defines and names throughout, after what it
        # does (使用公用账号的注册者, 收到投诉的部门: a bare 注册者/部门 names no one, so the whole phrase does)
        off, noun = end - len(tail), tail
    if any((not n.generic and n is not gov and not _field_inside(n, off, end)) or n.end > end
           for n in inside if n.start < end) or \
            (group and group[-1].end > end) or \
            any(n.start == off and n.end == end and len(n.name) >= len(n.surface) + 3 for n in inside):
        return []  # a named body inside the noun phrase, a subject longer than it, or a unit read in full already
    if noun.endswith(_COLLECTIVE_ONLY) and not noun.startswith(_COLLECTIVE_START + ("所在", "事发地", "属地", "其他")) and \
            not (re.match(r"(?:应当|必须)", text[end:]) and (not _opens_with_verb(noun) or noun.startswith("应急")) and
                 not noun.startswith(_POLICY_VERBS)):  # (应急救援队伍应当配备…, u96: a party of a regulation)
        return []  # 各所在社区要…, 各相关救援队伍应…: a collective; 增强社区…, 统一市级队伍…: a verb's object
    if len(noun) < 3 or noun.startswith(cues.list_verbs) and not noun.startswith(_COLLECTIVE_START + ("其他",)) and \
            "的" not in noun or re.sub(r"^(?:本市|本区|本县|本省|全市|全区|全县|全省)?(?:积极|大力|进一步|继续|着力|全力|切实|充分|重点|优先)*", "",
                   noun).startswith(_POLICY_VERBS) or \
            noun in _ROLE_WORDS or \
            noun.startswith(_NOT_A_NAME + ("应", "须", "可", "未", "若", "如果", "倘若", "假如", "一旦")) and \
            not noun.startswith(("其他", "应急")) or \
            _verb_phrase(noun) or \
            _VERB_LED_NOUN.match(noun) and "的" not in noun or "作为" in noun or \
            re.search(r"应当|可以|必须|不得|由|(?<!即)将|" + _YAO, noun) or \
            noun.startswith(("向", "经", "同时", "并且", "此外", "另外", "其中", "为此", "对此", "因此")) or \
            re.match(r"(?:监督|督促|指导|要求|帮助|协助|动员)(?!管理|检查|执法|机构|部门|单位|办公室|中心)", noun) or any(ch in re.sub(r"(?:和|及|以及|或者|或|、)其他", "、", re.sub(r"^(?:各级各类|各类|各级|各|本市|本区|本县|本省|其他)+", "", noun.rsplit("的", 1)[-1]))
                   for ch in "本其该各") or \
            _is_condition(text, end, ce) or \
            re.match(r"(?:是(?!否)|系)(?![^，,。；;]{0,20}(?:责任主体|责任人))", text[end:].lstrip(" (")) and \
            not re.match(r"[，,](?:并|还|也)?(?:应当|应|须|必须|要|负责)", text[ce:]):
        return []  # 新型研发机构是…的独立法人机构; …，是指…: what the party is, not a duty (…是责任主体，应当…: is one)
    if gov is not None and gov.end < end and text.startswith(("以及", "和", "与", "、"), gov.end):
        return []  # 自治县人民政府 + 以及相关职能部门 (u76), + 和相关主管部门 (u84): the government and others, a list the
        # subject reads
    if gov is not None and gov.end < end:  # 自治区人民政府 + 中小企业促进工作综合管理部门 (u38): that government's department
        body = _body_name(noun, off)
        subjects = [_regional_body(body, gov.region) if gov.region else body]
    else:
        same = [n for n in inside if n.start == off and n.end == end]
        others = _OTHERS_OF_FIELD.search(noun)
        field = [n for n in inside if others and n.generic and n.end == off + others.start() and n.start >= off and
                 not n.surface.endswith("政府")] if not same else []
        if len(field) == 1 and not [n for n in inside if off <= n.start < field[0].start and not n.surface.endswith("政府")]:
            same = [replace(field[0], start=off, end=end, surface=noun)]  # (县级以上人民政府)农业农村等部门 (u101):
            # that field's department (the list of one, its others unnamed) as written, not a body named 农业农村等部门
        subjects = same[:1] or (None if _LEAD_VERB.match(noun) else _joined_nouns(noun, off)) or \
            [_generic_name(noun, off)]  # (市场监督管理部门应当…: the department type the recogniser read, one node)
    gloss = re.match(_ROLE_GLOSS, text[end:ce]).end()
    rest = text[end + gloss:ce]
    if re.match(r"等?(?:还|也|均)?" + _HELPS + _HELP_ALONE, rest):
        return [(g, "support") for g in subjects]  # 通信短信息服务提供者等应当予以配合: they help, whoever leads
    helps = re.match(r"等?(?:还|也|均)?" + _HELPS, rest)
    helped = [n for n in inside if n.start == end + gloss + helps.end()] if helps else []
    if helped:  # 省级林草主管部门应配合同级发展改革、财政部门… (u47): it supports the units it helps, they lead
        led = [n for n in _partners(text, end + gloss + helps.end(), inside) if n.start >= helped[0].start]
        return [(g, "support") for g in subjects] + [(n, "lead") for n in led]
    modal = re.match(r"(?:(?:应当|应|要|须|必须|可以|可|(?:还|也)?将)" + _BY_WHEN + r"?)?(?=会同|联合|协同)", rest)
    if not modal or modal.end() >= len(rest):
        return [(g, "responsible") for g in subjects]
    at = end + gloss + modal.end() + 2
    partners = [n for n in inside if n.start >= at] or _noun_units(text, at, ce, rec)
    return [(g, "lead") for g in subjects] + [(n, "support") for n in partners]


def _field_inside(n: UnitName, off: int, end: int) -> bool:
    """Is *n* a department's field word alone, read inside a longer role noun (市城管 + 综合行政执法 + 机关), not
    a body's name that opens or ends it?"""
    return off < n.start and n.end < end and not n.prefix and \
        not re.search(r"(?:局|委|办|厅|部|院|会|处|署|中心|站|所|队|公司|集团|政府)$", n.surface)


#: What a party is entitled to (享有, 有权, 平等进入, 依法享受), and a modal or duty word that would make it a duty after all.
_RIGHT = re.compile(r"享有|有权|平等进入|平等参与|依法享受|可以享受|平等享受|可以适用|可适用|可以参照|可参照|受法律保护")
_RIGHT_IN_NAME = re.compile(r"(?<![所产使用])有权(?!机关|部门|单位|机构)|享有|自主选择")  # (not 所有权人, 产权人:
# owners; not 有权机关, the competent authority)
_MODAL_DUTY = re.compile(r"应当|必须|须|负责(?!人)|不得|要(?![求素点])")


#: Parties whose name opens with a word that is also a verb (组织: 电子档案管理办法's 组织机构, dev).
_VERB_LED_PARTIES = ("组织机构",)


def _government_of_role(text: str, off: int, ce: int, inside: list[UnitName]) -> UnitName | None:
    """A named government that opens a clause and is followed by the function of one of its departments, no lexicon
    knowing it (自治区人民政府中小企业促进工作综合管理部门应当…): the government whose department the role noun is."""
    gov = next((n for n in inside if n.start == off and not n.generic and n.surface.endswith("政府")), None)
    if gov is None or not re.match(r"[\u4e00-\u9fff]{2,20}?(?:管理部门|主管部门|部门|机构)(?:还|也)?(?:应当|应|负责|须|必须|要)",
                                   text[gov.end:ce]):
        return None
    return gov


def _supported_places(text: str, cb: int, inside: list[UnitName]) -> list[UnitName]:
    """Places' governments a clause supports in their own work: 支持咸安区推进…、嘉鱼县加强… (each with its verb)."""
    places = [n for n in inside if n.iri.endswith("/government") and n.region]
    out = []
    for n in places:  # (a list sharing one verb — 支持井冈山市、永新县创建… — is read as its last place only: the
        # readers of the development set mark no duty on such lists; each place with its own verb is one)
        if _SUPPORTED_DUTY.match(text, n.end) and (
                text.endswith("支持", cb, n.start) or
                text[n.start - 1] == "、" and _SUPPORTED_PLACES.search(text, cb, n.start)):
            out.append(n)
    return out


#: Levels written before a list of parties (市、县(区) + 热线工作机构和承办单位): the first party's levels.
_LEVELS_OPENING = re.compile(r"^(?:[省市县区州旗](?:\([市区县、]{1,6}\))?、)+[省市县区州旗](?:\([市区县、]{1,6}\))?")


def _joined_nouns(noun: str, off: int) -> list[UnitName]:
    """Role nouns joined by 和/及/与 (流域管理机构和省级人民政府水行政主管部门): one generic unit each; empty when the
    noun is one name (a part that is no unit's noun: 网络和信息安全管理部门 is one department)."""
    parts = re.split(r"(以及|和|及|与)", noun)
    if len(parts) < 3:
        return []
    out, pos = [], 0
    for part in parts:
        if part in ("以及", "和", "及", "与"):
            pos += len(part)
            continue
        if (len(part) < 4 or not _UNIT_NOUN.match(part)) and not re.fullmatch(r"各[市州县区旗盟地乡镇]{1,3}", part):
            return []  # (各市州和相关部门: the places' governments, and the departments)
        out.append(_generic_name(part, off + pos))
        pos += len(part)
    return out


#: A party a regulation makes answerable by its role (业主, 物业使用人, 出租人, 新闻媒体, 公安派出所, 居(村)民委员会).
_PARTY_NOUN = re.compile(r"(?!\S*(?:应当|负责|必须|" + _YAO + r"))(?:[\u4e00-\u9fff()]|“[\w\u4e00-\u9fff]{1,10}”){0,12}?(?:部门|机关|单位|机构|主体|派出所|委员会|业委会|业主大会|业主|使用人|出租人|服务人|"
                         r"注册人|备案人|受托人|承运人|托运人|持有人|用水户|用电户|用气户|用热户|经营户|商户|养殖户|种植户|"
                         r"承租人|权利人|所有人|所有权人|使用权人|产权人|责任人|经营者|管理者|运营者|处理者|提供者|开办者|举办者|主办方|承办方|企业|合作社|公司|媒体|协会|组织|联盟|商会|院校|学校|高校|"
                         r"生产者|制造者|销售者|进口者|设计者|制造商|销售商|进口商|生产商|经销商|银行|"
                         # (u97: 畜禽养殖场兴办者应当…; 发包方/承包方, 招标人; 用户应当… — not 申请人: measured round 58, one more
                         # false unit on held-out sets, none found)
                         r"兴办者|创办者|发包方|承包方|发包人|承包人|招标人|投标人|中标人|用户|"
                         r"医院|卫生院|卫生室|幼儿园|院所|中心|载体|园区|开发区|集聚区|第三方平台|工作组|运营商|服务商|提供商|供应商|电台|电视台|报社|报刊|河长|湖长|林长|路长|田长|链长|急救站|急救中心|"
                         # a zone that takes a duty (its administration), a sub-district or township, a kind of firm
                         # by its short form (车企, 房企), the local grid companies
                         r"试验区|示范区|先行区|先导区|实验区|街道|乡镇|街镇|(?:车|房|药|央|国|民|外|险)企|地方电网|场馆|(?:教育|示范|实践|培训|科普|孵化)基地|"
                         # a platform that takes a duty as a party (网络平台调整…规则的，应当…, u83)
                         r"(?:网络|互联网|电子商务|电商|网络交易|网络直播)平台|旅行社|养殖场|养殖小区|服务对象|交易平台)")
#: "By its own duties" (按照各自职责, 依照职责分工): a unit's clause that says how, not what, it does; a list of parties may
#: also end in 在各自职责范围内 before its duty.
_OWN_DUTIES = r"(?:按照|按|依照|依据|根据)(?:(?:各自|各自的)?职责(?:分工)?|(?:相关|有关|国家|本市)?(?:的)?规定)"
_BY_OWN_DUTIES = re.compile(_OWN_DUTIES + "$")
#: A clause that gives only the basis of the unit's work (根据有关法律法规、应急预案和部门职责，做好…;
#: 依据职责及相关法律法规的规定，对…实施监督管理).
_BY_BASIS = re.compile(r"(?:按照|按|依照|依据|根据)[^，,。；;]{0,30}?(?:职责(?:分工)?|规定|法律法规|预案|要求)")
_PARTIES_OWN_DUTIES = re.compile(rf"(?:{_OWN_DUTIES}|在各自(?:的)?职责范围内)$")
#: A note on what a unit includes (（含开发区管委会，下同）, （包括…）).
_SCOPE_NOTE = re.compile(r"\((?:含|包括)[^()]{1,60}\)")


#: A condition on what is done to a unit, what it did wrong or that it is unknown (…受到行政处理的, …有违反…的,
#: 主管部门不明确的): the duty after it is another's.
_SANCTIONED = re.compile(r"(?:及其工作人员)?(?:受到|被|有违反|违反|未|不按|不履行|不依法|拒绝|拒不|逾期|擅自)|"
                         r"(?:不明确|不清|无法确定|难以确定|不确定|有争议)的$")  # 主管部门不明确的，应当…: whoever else
#: A duty with no subject of its own right after a condition (X…的，应当…).
_CONDITION_DUTY = re.compile(r"[,，](?:还|也|均|则)?(?:应当|应|须|必须)")


#: A party named by its kind opening a condition (企业在从事电子商务的过程中需要采集个人信息的, 重要数据的处理者因合并…的).
_CONDITIONAL_PARTY = re.compile(_ROLE_NOUN_BODY + r"(?=[^，,。；;]{2,60}的$)")


def _conditional_party(text: str, cb: int, ce: int) -> UnitName | None:
    """The party a condition opens with, when the duty after the condition has no subject of its own
    (X…的，应当…): a generic unit, or None."""
    if not text.endswith("的", cb, ce) or not _CONDITION_DUTY.match(text, ce):
        return None
    off = _clause_start(text, cb, ce)
    m = _CONDITIONAL_PARTY.match(text[off:ce])
    if not m:
        return None
    noun = m.group(1)
    if len(noun) < 3 and noun != "企业" or not (cut(noun)[0][1] or "").startswith(("n", "b", "j")) or \
            noun.startswith(_NOT_A_NAME + _POLICY_VERBS + ("各类", "任何", "其他", "其它", "本", "该")) or \
            _verb_phrase(noun) or _SANCTIONED.match(text[:ce], off + len(noun)) or \
            re.search(r"应当|可以|必须|不得|由|将|属于|或者|发现|未|不", noun) or text.startswith("、", off + len(noun)):
        return None  # (申请事项依法不属于…部门, 村民或者其他单位, 机动车所有人、驾驶人的住址…的: no party opens it)
    return _generic_name(noun, off)


def _with_each(text: str, names: list[UnitName]) -> list[UnitName]:
    """A collective written after 各 (各 + 相关部门和单位, 各 + 有关单位): the name holds it, as written."""
    out = []
    for n in names:
        at = n.start
        if n.generic and n.surface.startswith(("相关", "有关")) and at > 0 and text[at - 1] == "各" and \
                (at == 1 or not "\u4e00" <= text[at - 2] <= "\u9fff" or text[at - 2] in "和及与或由") and \
                not (out and out[-1].end > at - 1):
            n = replace(n, start=at - 1, surface=text[at - 1:n.end])
        out.append(n)
    return out


def _clauses_around(text: str, names: list[UnitName]) -> list[tuple[int, int]]:
    """The clauses of *text* (start, end), a unit's name never cut: 省、市、县（含县级市、区，下同）人民政府应当…
    is one clause, its comma inside the note on what the levels include."""
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    spans = [(n.start, n.end) for n in names if re.search(r"[,，;；:：]", n.surface)]
    spans += [m.span() for m in _SCOPE_NOTE.finditer(text)]  # 县级以上人民政府（含开发区管委会，下同）应当…
    for start, end in spans:
        crossed = [i for i, (a, b) in enumerate(clauses) if a < end and start < b]
        if len(crossed) > 1:
            clauses[crossed[0]:crossed[-1] + 1] = [(clauses[crossed[0]][0], clauses[crossed[-1]][1])]
    for n in names:  # 国家发展改革委指导、国家能源局牵头相关部门组织实施 (u51): two units' duties joined by 、
        duty = _JOINED_DUTY.search(text, max(0, n.start - 6), n.start - 1) if n.start > 1 and text[n.start - 1] == "、" \
            else None
        if duty and any(o.end == duty.start() for o in names) and \
                re.match(r"(?:牵头|负责|组织|会同|配合|参与|具体负责)", text[n.end:]):
            # (a unit right before the verb, not 质量技术 + 监督; the next unit's own duty verb after it, not the slogan
            # 市场主体负责、政府依法监管)
            at = next((i for i, (a, b) in enumerate(clauses) if a < n.start - 1 < b), None)
            if at is not None:
                a, b = clauses[at]
                clauses[at:at + 1] = [(a, n.start - 1), (n.start, b)]
    return clauses


#: A unit's duty verb that ends a clause joined to the next unit's by 、 (X指导、Y牵头…).
_JOINED_DUTY = re.compile(r"(?<=[\u4e00-\u9fff])(?:指导|牵头|负责|统筹协调|统筹|协调|配合|参与|监督|督促)$")


_OWN_DUTIES_CLAUSE = re.compile(_OWN_DUTIES + r"[,，]|依法(?:在各自职责|履行|做好|负责)")
_PARTY_MODAL = re.compile(r"(?:还|也|均)?(?:应当|(?<![供响适对相反效回答呼])应(?!当|用|急|届|聘|收|付)|须|必须|负责|协助|配合|" + _YAO_DUTY +
                          r")(?!会同|联合|协同)")


#: What a party must be or have to qualify (…应在本区注册, …应当符合下列条件, …须具备…资质): an eligibility condition.
_CONDITION = re.compile(r"(?:满足|符合|属于|注册)(?!本办法|本规定|本条例)|(?:依法)?(?:取得|具备|具有)[^，,。；;]{0,10}?资质|"
                        r"为[^，,。；;]{0,12}(?:企业|单位|机构|法人|主体|委托方|组织)(?:[，,。；;]|$)|"
                        r"在(?:本|[\u4e00-\u9fff]{1,6}[区市县省])[\u4e00-\u9fff]{0,4}?(?:注册|登记|纳税|从事)")


def _is_condition(text: str, at: int, ce: int) -> bool:
    """Does a modal at *at* (应当, 应, 须, 必须) open a condition of eligibility, not a duty?"""
    modal = re.match(r"(?:还|也|均)?(?:应当|应(?!当|用)|须|必须)", text[at:ce])
    return modal is not None and _CONDITION.match(text, at + modal.end()) is not None


#: Verbs by which a text urges parties on (支持指导企业应对…, u95): what follows is their object, no party's name.
_URGING = re.compile(r"^(?:支持|鼓励|引导|推动|促进|扶持|培育|吸引|争取|引进|招引|帮扶|激励|带动|督促|指导)+"
                     r"(?!(?:单位|部门|机构)$)")


def _urged_party(item: str) -> bool:
    """Is *item* a verb urging a party on and that party (支持指导企业), not a role noun (指导单位, 支持单位) — or
    equipment named like a broadcaster (无线电台, 境外游艇使用无线电台, u94: the radio station, whose user is bound)?"""
    return bool(_URGING.match(item)) and len(item) > 2 or item.endswith(("无线电台", "无线电台站"))


def _names_a_party(item: str) -> bool:
    """Is a would-be item of a list of parties a name (大型企业, 事业单位), not a phrase (但需经相关权利人, 给市场主体)?"""
    if re.search(r"[的但需给以涉可依对在由将向被与和及或从]|经(?![营济销])", item) or item.startswith(_POLICY_VERBS):
        return False
    if len(item) <= 8 and re.search(r"(?:单位|部门|机构|机关|企业|主体)$", item):
        return True  # 推荐单位, 申报单位, 运营企业, 管廊运营维护单位 (u87): a role noun whose first word is a verb (u33)
    return not _verb_phrase(item) and not _opens_with_verb(item)


def _acts_next(words: str) -> bool:
    """Do *words* open with what a party does (使用…, 从…采购, 迟延支付…), not with more of its name?"""
    cuts = cut(words)
    tags = [t or "" for _, t in cuts]
    return tags[0].startswith(("v", "p", "d")) or len(tags) > 1 and tags[1].startswith("v") and \
        not tags[0].startswith(("n", "j")) or tags[0] == "nr" and len(tags) > 1 and tags[1].startswith("v")


def _leading_parties(text: str, off: int, ce: int) -> int | None:
    """Where a list of parties ends that opens a clause and is followed by what they do (机关、事业单位和大型企业 +
    迟延支付中小企业款项的), or None when the clause does not open so (or tells what is done to them: 被…)."""
    if re.match(r"(?:应当|应)?(?:遵守|适用|执行)本(?:条例|办法|规定|细则)", text[ce + 1:]):
        return None  # …支付中小企业款项，应当遵守本条例: whom the rule binds, not a duty of its own
    pos, seps = off, 0
    while pos < ce:
        ends = [k for k in range(min(ce, pos + 14), pos + 1, -1) if _PARTY_NOUN.fullmatch(text, pos, k) and
                _names_a_party(text[pos:k])]
        nxt = next((k for k in ends if text[k:k + 1] in "、和及或"), None)  # (X与Y订立合同时: with Y, not Y too)
        if nxt is not None and pos + 1 < nxt < ce - 1:  # 业主委员会或者物业管理委员会、物业服务人发现…的
            pos, seps = nxt + (2 if text.startswith("或者", nxt) else 1), seps + 1
            continue
        last = next((k for k in reversed(ends) if k < ce and _acts_next(text[k:k + 8])), None)
        if last is None or seps == 0 and last - off < 4 or "被" in text[last:ce]:
            return None
        return last
    return None


#: The catch-all that may close a list of parties: …以及其他从事知识产权相关活动的单位和个人.
_OTHER_PARTIES = re.compile(r"(?:以及|和|及|、)其他[\u4e00-\u9fff、]{0,30}的(?:单位和个人|组织和个人|单位|组织|个人|主体)$")


#: A kind of body written alone (机构, 单位): no party's name.
_BARE_KINDS = ("机构", "单位", "部门", "组织", "机关")


def _party_list(text: str, cb: int, ce: int, inside: list[UnitName]) -> list[UnitName]:
    """A clause that opens with a list of parties, at least one of them named by its role only, and then its
    duty (业主、物业使用人应当…; 公安机关消防机构、公安派出所应当…; 供电、供气企业应当…): each party (a known unit
    as it is known, a role as a generic unit; a list sharing one head noun as one generic unit)."""
    off = _clause_start(text, cb, ce)
    m = _PARTY_MODAL.search(text, off, min(ce, off + 65))  # a list of five parties may run 50 characters
    own = _PARTIES_OWN_DUTIES.search(text, off, ce)
    if m and _is_condition(text, m.start(), ce):
        return []  # 申报主体应在光明区从事生产经营活动; 申报单位应当符合下列条件: who may apply, not a duty
    if m and _RIGHT.search(text, m.end(), ce) and not re.search(r"应当|必须|负责|不得", text[m.start():ce]):
        return []  # 民营企业应与…国有企业享有同等人才政策待遇 (u101): what it is entitled to, not a duty
    if m:
        end = m.start()
    elif own and own.start() > off and text[ce:ce + 1] in ",，" and re.match(r"(?:负责|应当|协同|配合|共同)", text[ce + 1:]):
        end = own.start()  # 市港口、…、房屋等行政管理部门按照职责分工,负责…
    elif ce - off <= 100 and text[ce:ce + 1] in ",，" and (_PARTY_MODAL.match(text, ce + 1) or
                                                          _OWN_DUTIES_CLAUSE.match(text, ce + 1)):
        if _is_condition(text, ce + 1, len(text)):
            return []  # 政务新媒体如从事互联网新闻信息服务，须依法取得相应资质: what it needs, not a duty (u32)
        end = ce  # 保密工作部门、密码管理部门,负责…: the clause is the subject, the duty opens the next one
        lead = _leading_parties(text, off, ce)
        if lead is not None:  # 机关、事业单位 + 使用财政资金…采购…,应当…: the parties that open the topic clause
            end = lead
    else:
        return []
    if text.startswith(("本市", "本区", "本县", "本省"), off) and end - off > 4:
        off += 2  # 本市发展改革、财政、质量技监等行政管理部门…
    if text.startswith("其", off) and not text.startswith("其他", off) and end - off > 3 and \
            _PARTY_NOUN.fullmatch(re.split(r"、|或者|和|及", text[off + 1:end])[0]):
        off += 1  # 其 + 产权单位或者管理单位应当… (dev-bs): the parties of the thing named before, each a party
    adverb = re.match(r"(?:同时|并且|此外|另外|为此|对此|因此|最后|首先|原则上|一般情况下|必要时)[，,]?", text[off:end])
    if adverb and end - off - adverb.end() >= 2:
        off += adverb.end()  # 同时 + 居民社区管理单位应积极配合: the parties, not the adverb
    if end == off or m and text[m.end():m.end() + 1] == "、" and re.match(r"负责|领导|主导", m.group()):
        return []  # 落实企业负责、政府监管、行业自律: a slogan of who does what, no duty
    subject = re.sub(r"等$", "", text[off:end])  # 高等院校、科研机构、职业学校等应当…
    cause = re.search(r"因|如遇|遇有", subject)
    if cause and cause.start() >= 2 and end == ce and not text.endswith("的", off, ce) and "被" not in subject:
        subject = subject[:cause.start()]  # 收运企业、处置企业 + 因设施检修…需要暂停收运，应当…: the parties, not their cause
        end = off + len(subject)
    tail = _OTHER_PARTIES.search(subject)
    if tail and tail.start() > 0:  # 企业、高等学校、科研机构以及其他从事…活动的单位和个人: the named kinds
        subject = subject[:tail.start()]
        end = off + len(subject)
    toward = subject.find("对")
    if toward >= 4 and re.search(r"(?:单位|企业|委员会|机构|部门|组织|公司)$", subject[:toward]) and \
            "、" in subject[:toward] and not re.search(r"[的，,是在由将向]", subject[:toward]):
        # 原房屋开发企业、村民委员会、…和供水、供电…等单位 + 对既有住宅加装电梯应当给予协助和支持 (dev: 枣庄's 电梯条例): the
        # parties, then what their duty concerns
        subject = re.sub(r"等$", "", subject[:toward])
        end = off + toward
    asked = re.match(r"(?:可以|可)?(?:申请|提请|请求)", subject)
    if asked and re.match(r"办理|变更|注销|设立|登记|开展|取得|领取", subject[asked.end():]):
        return []  # 申请办理市场主体登记，应当… (u103): what is applied for, no party named 办理市场主体
    if asked and end - off - asked.end() >= 2:  # 可以申请公安机关、国家安全机关协助: the parties asked to help
        off, subject = off + asked.end(), subject[asked.end():]
    if any(ch in subject for ch in "的，,是在对由将向") or "需要" in subject or \
            subject.startswith(_NOT_A_NAME + ("各", "其", "本", "该", "未", "不", "擅自", "可以", "可") +
                               ("成立", "实行", "新设", "筹建")) and \
            not subject.startswith(("经营", "经济", "经销")):  # (经营管理单位、…, 经济技术开发区、…: names; u128: 成立供热
        # 经营企业，应当…申请 — who sets one up; 实行河湖长负责制 — a system, no party)
        return []
    if re.fullmatch(r"(?:相关|有关|各)[\u4e00-\u9fff]{1,4}、(?:部门|单位|机构|地区|行业)", subject):
        return [_generic_name(subject, off)]  # 相关地区、部门应当…: one collective, its 相关 holds for both words
    levels = _LEVELS_OPENING.match(subject)  # 市、县（区）+ 热线工作机构和承办单位 (u84): the levels name the first party's
    skip = levels.end() if levels and levels.end() < len(subject) and subject[levels.end()] not in "、和及与" else 0
    items, pos = [], off + skip
    for piece in re.split(r"(、|以及|和|及|与|或者)", subject[skip:]):
        if piece in ("、", "和", "及", "与", "或者", "以及"):
            pos += len(piece)
            continue
        items.append((pos, pos + len(piece)))
        pos += len(piece)
    for n in inside:  # 行业协会、商会 known as one unit: its pieces are one item
        covered = [k for k, (a, b) in enumerate(items) if n.start <= a and b <= n.end]
        if len(covered) > 1 and items[covered[0]][0] == n.start and items[covered[-1]][1] == n.end:
            items[covered[0]:covered[-1] + 1] = [(n.start, n.end)]
    if items and "等" in text[items[-1][0]:items[-1][1]]:
        a, b = items[-1]
        cut_at = text.index("等", a)
        if cut_at - a >= 2 and _PARTY_NOUN.fullmatch(text, a, cut_at) and _PARTY_NOUN.fullmatch(text, cut_at + 1, b):
            items[-1] = (a, cut_at)  # 电视台等新闻媒体: the kind the list closes with names no party of its own
    out: list[UnitName] = []
    roles = 0
    for a, b in items:
        known = [n for n in inside if a <= n.start and n.end <= b]
        if known and known[0].start == a and known[-1].end == b and \
                all(text[x.end:y.start] == "" for x, y in zip(known, known[1:])):
            out.extend(known)
        elif len(known) == 1 and known[0].generic and known[0].end == b and _PARTY_NOUN.fullmatch(text, a, b) and \
                _names_a_party(text[a:b]) and \
                not re.search(r"本|该|其(?!他)|属于|的", text[a:b]):
            out.append(_generic_name(text[a:b], a))  # 信息化行政主管部门: the role the known 主管部门 ends
            roles += 1
        elif known or any(n.start < b and n.end > a for n in inside):
            return []  # a known name inside a longer item: the other rules read it
        elif _PARTY_NOUN.fullmatch(text, a, b) and b - a >= 2 and \
                (not _verb_phrase(text[a:b]) or _names_a_party(text[a:b])) and not _urged_party(text[a:b]) and \
                not re.search(r"本|该|其(?!他)|属于", text[a:b]) and not text.startswith("所", a):
            # (入廊管线单位, u87: a role noun whose first word is a verb)
            if text[a:b] in _BARE_KINDS and out and (text.endswith("或者", 0, a) or text.endswith("或", 0, a)):
                continue  # 相关主管部门或者机构应当… (u91): the kind alone after the list's head, no party of its own
            out.append(_generic_name(text[a:b], a))
            roles += 1
        elif (a, b) != items[-1] and _PARTY_NOUN.fullmatch(text, *items[-1]) and \
                (b - a <= 4 or b - a <= 16 and items[-1][1] - items[-1][0] <= 6 and not _verb_phrase(text[a:b])):
            # 供电、供气企业; 计算机信息系统运营、使用单位: one head noun for the list (or for its last items:
            # 物业服务企业和供水、供电单位)
            if not out or text[a - 1] not in "和及与":
                return [_generic_name(subject, off)]
            out.append(_generic_name(text[a:items[-1][1]], a))
            roles += 1
            break
        else:
            return []
    if skip and out and out[0].start == off + skip and out[0].generic:
        out[0] = _generic_name(text[off:out[0].end], off)  # (its levels written before it: 市、县(区)热线工作机构)
    return out if roles or asked else []  # (可以申请公安机关、国家安全机关协助: named bodies asked to help)


#: When and how often a duty is done, between its subject and its verb (区规划资源局于7月初前开展…, 各街镇（管委会）
#: 于11月下旬开展…, 区城管执法局每日开展巡查, X视整治情况开展…, 区专项行动领导小组适时组织…).
_WHEN_HOW = (r"进一步|相应|每日|每天|每周|每月|每季度|每半年|每年|定期|不定期|适时|常态化|逐步|同步|尽快|全面(?=开展|推进|推动|落实|实施|加强)|"
             r"按月|按季度|按年度|"
             r"于[^，,。；;]{1,12}?(?:以前|前|(?:底|初|上旬|中旬|下旬)前?)|视[^，,。；;]{1,8}?(?:情况|需要)|"
             r"(?:每月|每季度|每年)?\d{1,2}(?:月\d{1,2})?日(?:前|以前|之前)")  # (区资源生态局、市场监管局每月26日前将…, dev-bt)


#: When a duty is due, opening its clause (于6月20日前制定…).
_TIMED = re.compile(r"^(?:" + _WHEN_HOW + ")+")


#: A definition (本办法所称政务数据共享，是指政务部门之间…; 前款所称…): what a word means, no duty.
_DEFINITION = re.compile(r"(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?:本|前款|前条|上述)[\u4e00-\u9fff]{0,4}?所称[^，,。；;]{1,40}[，,]?(?:是指|指|系指|包括)")


#: A clause with no subject that steers units to their work (推动…, 督促…, 协调…, 指导…, 要求…).
_STEER_OPENING = re.compile(r"(?:进一步|积极|切实)?(?:推动|督促|协调|指导|要求)")


def _steered_units(text: str, at: int, end: int, names: list[UnitName]) -> list[UnitName]:
    """The units a subjectless clause steers right after its verb, when their work follows (推动商务、教育等部门，细化…;
    督促区规划资源局、区建管委落实…): a run of known units joined by 、和及, then (等部门，) a verb."""
    m = _STEER_OPENING.match(text, at, end)
    if m is None:
        return []
    run: list[UnitName] = []
    pos = m.end()
    for n in sorted(names, key=lambda n: n.start):
        if n.start < pos:
            continue
        if n.start == pos or run and re.fullmatch(r"[、和及]", text[pos:n.start]):
            run.append(n)
            pos = n.end
        else:
            break
    if not run or any(n.generic for n in run):
        return []
    after = re.match(r"(?:等(?:有关|相关)?(?:部门|单位)?)?[，,]?", text[pos:end])
    if len(run) == 1 and len(run[0].surface) <= 2 and not after.group().startswith("等"):
        return []  # 推动政府投资的…, 推动海关检验检疫窗口前移: a word that names a body, modifying what is steered
    rest = text[pos + after.end():end]
    words = cut(rest[:8]) if rest else []
    acts = rest.startswith(_POLICY_VERBS + _STEERED_WORK) or after.group().endswith(("，", ",")) and words and \
        (words[0][1] or "")[:1] in ("v", "d")  # (推动财政、审计等部门监督与…贯通: their oversight, a noun)
    return run if acts and not rest.startswith(("的", "等")) else []


#: Verbs that open a unit's work (细化, 完善, 落实 …), which the segmenter may tag as nouns or adjectives.
_STEERED_WORK = ("细化", "完善", "建立", "制定", "开展", "做好", "组织", "实施", "编制", "完成", "加快", "优化", "提升", "加大",
                 "研究", "建设", "推广", "排查", "整治", "配合")


#: Leniency the authority shows a party (…有下列情形之一的，应当不予处罚 / 从轻或者减轻处罚, u83; …符合规定条件的，不作负面
#: 评价, u82): no duty of the party's.
_LENIENT = (r"(?:应当|可以|可|依法)?(?:不予|免予)(?:行政)?(?:处罚|处理|追究)|"
            r"(?:应当|可以|可|依法)?(?:从轻|减轻)(?:或者|或|、)?(?:从轻|减轻)?(?:行政)?(?:处罚|处理)|"
            r"(?:应当|可以|可)?不作(?:负面|否定性)评价|(?:可以|应当|依法)?(?:予以免责|免(?:除|于|予)(?:相关)?(?:法律)?责任)")
_LENIENCY = re.compile(_LENIENT)
#: What a clause that ends with 的 earns its subject (…的，给予财政支持; …的，按规定予以奖励): a reward, not a duty.
_REWARDED = re.compile(r"(?:由[^，,。；;]{0,20}?)?(?:可|可以|将|按规定|按照[^，,。；;]{0,12}?|经[^，,。；;]{0,12}?)?"
                       r"(?:给予|予以(?:支持|奖励|补助|补贴|资助)|奖励|补助|补贴|一次性)|" + _LENIENT)


#: A body no lexicon knows, named by its kind, that opens a clause with its duty (…委员会统筹推进, 区督查室将…).
_BODY_SUBJECT = re.compile(r"((?:(?![的与及或、在对从为以由])[\u4e00-\u9fff]){1,20}?(?:委员会|办公室|督查室|领导小组|工作组|专班|"
                           r"指挥部|分社|分公司|集团|公司|协会|研究院|团队|会议|小组)|"
                           r"(?:(?![的与及或、在对从为以由])[\u4e00-\u9fff]){0,8}?(?:评审|专家|考核|督查|督导|检查|巡查|验收|评估|调查)组)(?:主要(?=负责(?!同志|人)|履行|承担))?"
                           r"(统筹|负责|牵头|组织|开展|推进|推动|做好|加强|落实|制定|按照|根据|依据|依照|"
                           r"编制|指导|协调|督促|承担|履行|应当|应(?!用)|要(?!求)|须|给予|配合|协助|将)")


#: A coordinating mechanism whose name opens with a unit's (国务院 + 加强…工作协调机制, 省 + …联席会议), followed by its duty.
_MECHANISM_SUBJECT = re.compile(r"(?:(?![，,。；;:：、])[^\s]){4,40}?(?:协调机制|工作机制|联席会议(?:制度)?|领导小组|协调小组|工作小组)"
                                r"(?=(?:统筹|负责|牵头|研究|协调|组织|指导|督促))")


#: A unit that opens a relative clause naming what bears the duty (主办单位 + 在不同平台上开设的政务新媒体名称原则上应…;
#: 建设单位 + 在施工现场设置的围挡应当…): the thing, not the unit, is the subject.
#: A body that set up the subject of the clause (政府 + 设立的高等学校…): it only says whose the subject is.
_FOUNDED_BY = re.compile(r"(?:设立|举办|兴办|成立|出资|主办)的[\u4e00-\u9fff、]{2,30}?(?:学校|高校|院校|机构|院所|企业|单位)")
_RELATIVE_OWNER = re.compile(r"在[^，,。；;的]{1,30}?(?:开设|设置|建设|建立|开发|安装|使用|制作|发布|提供|生产|销售|经营|编制|制定)的"
                             r"(?:(?!部门|单位|机构|机关|的)[\u4e00-\u9fff“”]){1,16}?(?:原则上|均|还|也|必须)?(?:应当|应|须|要)")


#: The unit a party turns to (向 + 自然资源和规划部门 + 申请办理…, 向市商务局报告): it receives, it bears no duty of the clause.
_ADDRESSED_TO = re.compile(r"(?<![由经])向(?:所在地|当地|属地)?$")
_HANDED_IN = re.compile(r"(?:提出)?(?:申请|申报|报告|报送|提交|备案|缴纳|反映|投诉|举报|咨询|登记|报请|提出)")
#: After a clause's units (and the role nouns listed with them), a duty lifted (不再审批和备案, 在示范区内不再设立派出机构,
#: 无需另行备案).
_NO_LONGER = re.compile(r"(?:(?:[和、及与]|或者)[\u4e00-\u9fff]{2,12}?(?:部门|机构|单位|机关|委员会))*(?:在[^，,。；;]{1,20}?)?(?:不再|不得再|无需|无须|不需要|不需|不必|免予|免于)")
#: After a clause's units, what they did until now, handed to another body by the next clause (…实施的行政审批事项，由管委会
#: 负责实施).
#: What a clause's units did to its topic, the clause a noun phrase only (…明确支持的重大建设项目, …审批、核准、备案的
#: 生产建设项目): no body named after 的, and no duty word before it.
_WHAT_THEY_DID = re.compile(r"(?:(?!应当|负责|牵头|会同|组织|要|须|将)[^，,。；;的“”]){1,14}的"
                            r"(?:(?!部门|单位|机构|机关|组织|企业|政府|委员会|人员|的)[\u4e00-\u9fff]){2,12}?"
                            r"(?:项目|工程|事项|规划|计划|方案|活动|区域|地区|用地|设施|政策|资金|产品|标准)")
_HANDED_ON = re.compile(r"(?:依法)?(?:实施|负责|承担|行使|审批|管理|履行)的[^，,。；;]{1,40}")


#: A clause that names who chairs a group (…常务副区长龚锐任组长, 区商务委、区公安局主要负责人任副组长).
_CHAIRS = re.compile(r"(?:任|担任|兼任)(?:常务)?副?(?:组长|主任|指挥长|总指挥|召集人)(?![\u4e00-\u9fff]{0,4}(?:单位|部门))")


def _read_whole(text: str, lo: int, hi: int, units: list[UnitName]) -> bool:
    """Do *units* cover every item of the list at *lo*–*hi* (县级以上人民政府及 + 工业和信息化、通信管理 + 等有关部门,
    u77): every character outside them a separator — the list is read as its units, not one collective."""
    units = [n for n in units if lo <= n.start and n.end <= hi]
    if len(units) < 2:
        return False
    gaps = [text[a:b] for a, b in zip([lo] + [n.end for n in units], [n.start for n in units] + [hi]) if b > a]
    return all(re.fullmatch(r"(?:以及|[、和及与])+", g) for g in gaps)


def _without_responsible(out: list[tuple[UnitName, str]], carry: list[UnitName]) -> list[tuple[UnitName, str]]:
    """*out* without the carried subjects' plain responsibility: the clause that gave it stated no work of theirs
    (X应当按照职责分工，配合Y做好…: X supports, no more)."""
    return [(o, r) for o, r in out if not (r == "responsible" and o in carry)]


#: A clause that gives its subject no work of its own (X应当按照职责分工，…): the work follows.
_BY_DUTY_ONLY = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位)?)?(?:应当|应|要|须|必须)?(?:按照|依照|依据|按|根据)(?:各自|各自的)?(?:职责(?:分工)?|分工)[，,]?")


def _clause_assignments(sent: Sentence, rec: UnitRecogniser, cues, names: list[UnitName] | None = None
                        ) -> list[tuple[UnitName, str]]:
    """Units that bear a duty in a sentence.

    - the subject of a clause followed by a duty word (市大数据局负责…, 政务部门应当…), also after 由;
    - A会同B…: A leads, B supports; a subject followed by 牵头 leads;
    - a unit followed directly by 负责/牵头/应当 anywhere in a clause (州政府授权州数据资源主管部门负责…);
    - a subject carries over to the next clauses of its sentence that open with a duty word and name no
      unit of their own (市大数据局要加强…，负责…);
    - a role noun as the subject (数据提供部门应当…, 登记机关应当…): a generic unit.
    """
    text = sent.norm
    out: list[tuple[UnitName, str]] = []
    if _SINCE.match(text) or _DEFINITION.match(text) or _SITE_FOOTER.search(text) or _PROMULGATED.search(text):
        # 党的十八大以来，党中央、国务院…: what has been done; 本办法所称…，是指…: a definition, not a duty; a site's
        # footer (吕梁市人民政府办公室主办  吕梁市政府政策研究和信息服务中心承办) runs the website, not the document
        return out
    names = rec.find(text) if names is None else names
    clauses = _clauses_around(text, names)
    carry: list[UnitName] = []
    pending = False  # the carried subject has no duty yet (X按照各自职责，… / X接到报告后，…): any duty word goes on
    loose: list[UnitName] = []  # the last clause's subject whose verb states no duty (X充分发挥…作用，会同Y…)
    subject_only: list[tuple[int, list[UnitName]]] = []  # clauses that are only units (where they end)
    topic = False  # and it may be the subject of a following 应当 clause
    for cb, ce in clauses:
        was_pending, pending = pending, False
        if _CHAIRS.search(text, cb, ce):
            carry, loose = [], []  # 由区委常委、区政府常务副区长龚锐任组长 (u50): who chairs a group, no unit's duty
            continue
        opens = _clause_start(text, cb, ce)
        counted = _N_DEPARTMENTS.match(text, opens, ce) if rec.issuers else None
        if counted and _COUNT.get(counted.group(1)) == len(rec.issuers):
            # 两部门将组织相关专家…开展中期评估 (u110: 工业和信息化部办公厅 国家数据局综合司's notice): the issuers, counted
            carry = [replace(n, start=counted.start(), end=counted.end(1) + 2, surface=text[counted.start():counted.end(1) + 2])
                     for n in rec.issuers]
            out.extend((n, "responsible") for n in carry)
            continue
        if _ELIGIBLE.match(text, opens, ce):
            carry, loose = [], []  # 申报单位须为在中华人民共和国境内注册…的法人 (u110): who may apply, no duty
            continue
        if _ONLY_A_CONDITION.match(text, opens, ce):
            carry, loose = [], []  # 未经国务院批准，…; 除应由国家发展改革委…审查的项目外，…; 对拟由国务院出台的政策措施，… (u107):
            continue  # whose approval or act the clause presupposes, no duty of theirs
        inside = [n for n in names if cb <= n.start and n.end <= ce]
        defined = re.search(r"是指|系指", text[cb:ce])
        if defined and (not inside or inside[0].start > cb + defined.start()):
            carry, loose = [], []  # 政务数据是指…组织（以下统称政务部门）履行法定职责收集…的数据 (u80): a definition, no duty
            continue
        if _DETERMINED.search(text, cb, ce):
            carry, loose = [], []  # 窨井盖安全管理责任人按照下列规定确定： (u87): who the party is, no duty of its own
            continue
        while_clause = _WHILE.search(text, cb, ce)
        opener = _subject(text, cb, ce, inside)[0] if while_clause else []
        if opener or while_clause and text.startswith(_SETTING, _clause_start(text, cb, ce)):
            # X在开展…检查时，应当…: X's duty follows; X对…进行调查时，Y应当…: Y's own subject takes over
            carry, loose, pending = opener or carry, [], True
            continue
        chief = _CHIEF.match(text, _clause_start(text, cb, ce), ce)
        if chief:  # 市、区（县）总河长负责…; 镇（街道）级河长履行下列主要职责：the post of a chief system
            carry = [_generic_name(chief.group(1), chief.start(1))]
            out.extend((n, "responsible") for n in carry)
            continue
        start = _clause_start(text, cb, ce)
        named = start + text.startswith("由", start)  # 由 + 政府依法确定的运营单位负责运营维护 (u54): the body, not 由
        designated = _DESIGNATED_BODY.fullmatch(text, named, ce)
        if designated and re.match(r"[,，](?:具体)?负责", text[ce:ce + 4]):
            # 自治县成立的城乡规划委员会，负责…; 市人民政府依法确定的城市轨道交通经营单位，负责…: the body so made bears it
            carry, loose, pending = [_generic_name(text[named:ce], named)], [], True
            continue
        designated = _DESIGNATED_BODY.match(text, named, ce)
        if designated and re.match(r"(?:按照职责|按职责|依职责)?(?:具体)?负责|应当|牵头", text[designated.end():ce]) and \
                not _opens_with_verb(text[named:designated.start(1)]):
            # 县（区）人民政府确定的数字经济主管部门负责本行政区域内…工作 (u47): the body so named bears its duty; by the
            # short name the text gives it (…确定的负责城建档案管理工作的主管部门（以下简称城建档案管理部门）, u115)
            carry = [_generic_name(designated.group(2), designated.start(2)) if designated.group(2) else
                     _generic_name(text[named:designated.end()], named)]
            out.extend((n, "lead" if text.startswith("牵头", designated.end()) else "responsible") for n in carry)
            continue
        qualified = _qualified_subject(text, start, ce, inside)
        if qualified is not None:
            # 具有…处理权限的 + 市场监督管理部门，应当…; 收到举报的 + 市场监督管理部门 + 不具备处理权限的，应当…: the unit a
            # relative clause picks out bears the duty of the next clause
            carry, loose, pending = [qualified], [], True
            continue
        if text.endswith("的", cb, ce) and _REWARDED.match(text, ce + 1):
            carry, loose = [], []  # 合成生物制造企业承担国家重大科技专项…的，给予财政支持 (u35): who is rewarded, no duty
            continue
        at = _clause_start(text, cb, ce)
        joined = _JOINED_BY.match(text, at, ce) if carry or loose else None
        if joined:  # X统筹推进…，与Y、Z等相关部门形成工作合力: Y and Z support X, who leads
            with_ = [n for n in _partners(text, at + 1, inside) if n.end <= joined.end()]
            if with_ and with_[0].start == at + 1:
                out.extend((n, "support") for n in with_)
                have = {o.iri for o, role in out if role != "responsible"}
                out.extend((n, "lead") for n in (carry or loose) if n.iri not in have)
                continue
        partnered = None if carry or loose or "条" in sent.section or _ENCOURAGED.search(text, 0, at) else \
            _PARTNER_FIRST.match(text, at, ce)
        if partnered:  # (a plan's item with no subject: the issuer's own work) 配合市发改委做好…, 协同市水务局、城投集团
            # 推进…, 会同区商务委做好… (dev: a district's plan): the unit it helps leads; those it works with take part
            # (not an article's item, whose bearer the article names: （三）配合市水文机构做好…; not after 鼓励/支持:
            # the work of those encouraged; not 配合人大做好立法工作 in a work report: no duty of the congress)
            with_ = [n for n in _partners(text, partnered.end(), inside) if not _LEGISLATURE.search(n.name)]
            if with_ and with_[0].start == partnered.end():
                role = "lead" if partnered.group(1) in ("配合", "协助") else "support"
                out.extend((n, role) for n in with_)
                continue
        if inside and _NO_LONGER.match(text, inside[-1].end, ce) and not text.startswith("由", _clause_start(text, cb, ce)):
            # (u73) 科技主管部门和资产管理部门不再审批和备案: a duty lifted, none given; a duty of the next clause is theirs
            carry, loose, pending = _subject(text, cb, ce, inside)[0], [], True  # (规划自然资源部门无需办理…，但应出具…)
            continue
        group, pos, passive = _subject(text, cb, ce, inside)
        defined = _DEFINED_TOGETHER.match(text, pos, ce) if group and not passive else None
        together = [n for n in inside if defined and n.start == defined.start(1) and n.end == defined.end(1)]
        if len(together) >= 2 and text[defined.end():ce].startswith(cues.duty):
            # 自治州人民政府、安宁河流域县（市）人民政府（以下简称安宁河流域县级以上地方人民政府）应当… (u91): the bodies the short
            # name stands for, read where the text defines it (the list had stopped at 自治州人民政府, its duty lost)
            group, pos = together, defined.end()
        if group and not passive and _ITS_OWN.fullmatch(text, group[-1].end, ce) and text[ce:ce + 1] in ",，" and \
                text[ce + 1:].lstrip().startswith(cues.duty):
            out.extend((n, "responsible") for n in group)  # X及其委托的工作机构，负责…: X (and those it charges)
            carry = group
            continue
        if group and not passive and text[ce:ce + 1] in ",，" and _WHAT_THEY_DID.fullmatch(text, group[-1].end, ce):
            carry, loose = [], []  # 党中央、国务院明确支持的重大建设项目，可以…; 国务院…审批、核准、备案的生产建设项目，其…
            continue  # (u100): the units only say which project the clause is about, they bear none of its duty
        if group and not passive and (_RELATIVE_OWNER.match(text, group[-1].end, ce) or
                                      _FOUNDED_BY.match(text, group[-1].end, ce) and len(group) == 1 and
                                      group[0].start == _clause_start(text, cb, ce)):
            # (政府设立的高等学校、科研机构按照…给予奖励, u130: the bodies the government set up, not the government)
            group = []  # 主办单位在不同平台上开设的政务新媒体名称…应保持一致: the unit only modifies what bears the duty
        if group and not passive and _HANDED_ON.fullmatch(text, group[-1].end, ce) and \
                re.match(r"[,，]\s*(?:统一|依法)?(?:由|交由|改由)", text[ce:ce + 5]):
            carry, loose = [], []  # (u73) 省、市人民政府有关部门实施的行政审批事项，由管委会负责实施: what they did,
            continue  # handed to the body after 由, which bears the duty
        if group and not passive and pos < ce and text.endswith("的", cb, ce) and _CONDITION_DUTY.match(text, ce) and \
                not _SANCTIONED.match(text[:ce], pos) and "的" not in text[pos:ce - 1] and \
                (cut(text[pos:ce])[0][1] or "").startswith(("v", "d", "p", "a")):  # (not 政府投资的…项目…的)
            # 市场监督管理部门不具备处理权限的，应当告知…: when the unit meets the condition, the duty that follows,
            # with no subject of its own, is the unit's
            carry, loose, pending = group, [], True
            continue
        party = None if group or passive else _conditional_party(text, cb, ce)
        if party is not None:  # 公共管理和服务机构需要跨层级共享公共数据的，应当…: the party's own duty follows
            out.append((party, "responsible"))
            carry, loose = [party], []
            continue
        issued = _ISSUED.match(text, pos, ce) if group else None
        if issued and (_HANDED_OVER.search(text) or issued.group().endswith("了《") or
                       _DATED_BEFORE.search(text[max(0, cb - 16):cb]) or _DATED_OPENING.match(text[cb:ce])):
            # 市交通委、市公安局联合制定《…》，现予印发; 2023年12月，国家发展改革委…联合印发《…》; X牵头起草了《…》:
            continue  # the issuers' act of making a document, done: no duty
        if len(group) > 1 and group[-1].generic and text[group[-1].start - 1] == "等" and \
                not all(n.generic for n in group[:-1]):
            group = group[:-1]  # 市经济和信息化、交通、网信等相关部门: the departments listed, not the collective word
        listed = _DEPARTMENT_LIST.match(text, _clause_start(text, cb, ce), ce)
        two = None if listed or group else _TWO_DEPARTMENTS.match(text, _clause_start(text, cb, ce), ce)
        by_own = bool(two) and re.fullmatch(r"(?:按照|依照|按)(?:各自)?职责(?:分工)?", text[two.end():ce]) and \
            text[ce:ce + 1] in ",，"
        if by_own:  # 规划国土资源、民防等部门按照各自职责，做好…: two fields as the subject, the duty in the next clause
            listed = two
        if listed and text[listed.end():ce].startswith(cues.duty) and (by_own or \
                not text[listed.end():ce].startswith(_SETTING + ("从", "依法", "依据", "参照", "结合", "围绕", "通过"))) and \
                not (group and text.startswith("等", group[-1].end)) and \
                not (_read_whole(text, listed.start(), listed.end(1), group) and
                     any(n.surface.endswith("政府") for n in group)) and \
                not listed.group(0).startswith(cues.list_verbs + ("会同", "联合", "协同", "配合")) and \
                not re.search(r"会同|联合|协同|牵头|应当|组织|负责|指导|督促", listed.group(0)[1:]) and \
                not _HELPED.match(listed.group(0)[:2]):
            # 教育、文广影视、…、邮政等行业主管部门落实…: the list as one generic unit, when the lexicon does not know
            # every department in it (else each is read as it is known)
            carry = [_generic_name(listed.group(0), listed.start())]
            out.extend((n, "responsible") for n in carry)
            pending = bool(by_own)
            continue
        parties = [] if passive else _party_list(text, cb, ce, inside)
        # …市场监督管理部门，以及其他行政主管部门应当… (u77): the list goes on, 以及 is no word of the party's name
        parties = [_generic_name(n.surface[2:], n.start + 2) if n.generic and n.surface.startswith("以及") and
                   len(n.surface) >= 4 else n for n in parties]
        if parties:
            after = text[parties[-1].end:ce]
            helps = re.match(r"等?(?:还|也|均)?" + _HELPS, after)
            out.extend((n, "support" if helps else "responsible") for n in parties)  # 社区居民委员会…协助做好…
            if helps and not all(n.generic for n in parties):
                # 区资源生态局、…及相关产业主管部门负责配合区经济发展局开展…: the body they help leads (u34); a regulated
                # party's help (生产企业应配合市场监管部门开展的监管工作) gives the regulator no duty of this clause
                base = parties[-1].end + helps.end()
                led = _partners(text, base, inside) or _helped_body(text, base, ce, rec)
                out.extend((n, "lead") for n in led if led[0].start == base)
            carry = parties
            continue
        mechanism = _MECHANISM_SUBJECT.match(text, group[0].start, ce) if len(group) == 1 and not passive else None
        if mechanism and not any(group[0].end < n.start < mechanism.end() for n in inside):
            # 国务院加强荒漠化综合防治…工作协调机制统筹协调… (u49): the mechanism the unit's name opens bears the duty
            name = _body_name(mechanism.group(), mechanism.start())
            out.append((name, "responsible"))
            carry = [name]
            continue
        found = _role_noun_subject(text, cb, ce, group, inside, rec, cues)
        if found:
            out.extend(found)
            carry = [found[0][0]]
            continue
        body = None if group or passive else _BODY_SUBJECT.match(text, _clause_start(text, cb, ce), ce)
        if body and inside and (body.group(2) not in ("按照", "根据", "依据", "依照") or
                                any(n.start < body.end(2) for n in inside)):
            body = None  # units in the clause: another rule reads who organises whom (办公室组织各成员单位…); only
            # 市级工作专班按照…对各区… leaves the units after the body's rule-following verb to the object
        if body and not _opens_with_verb(body.group(1)) and \
                not (body.group(1).endswith("会议") and body.group(2) not in ("负责", "统筹", "牵头")) and \
                not body.group(1).startswith(_POLICY_VERBS + ("指导", "充分", "发挥", "依托", "加快", "组织", "建立", "成立")):
            # 市碳达峰碳中和标准化技术委员会统筹推进…, 区督查室将…纳入督查范围: a body no lexicon knows, by its kind,
            # as the subject of its duty (not 审查会议应当形成会议纪要: what a meeting yields)
            name = rec.own_office(body.group(1), body.start(1)) or _body_name(body.group(1), body.start(1))
            out.append((name, "support" if body.group(2) in ("配合", "协助") else "responsible"))
            carry = [name]
            continue
        if passive and not group:  # 由公安机关负责, 由卫生健康主管部门、乡镇人民政府负责
            group = _noun_units(text, pos, ce, rec, stop=_PASSIVE_VERB)
            bare = None if group else _PASSIVE_BODY.match(text, pos, ce)
            if bare and not bare.group(1).startswith(_NOT_A_NAME + ("此", "于", "其", "各方")) and \
                    not _opens_with_verb(bare.group(1)) and not re.search(r"领导|同志|负责人|^本单位$", bare.group(1)) and \
                    not re.match(r"(?:具体|统一|共同)?(?:负责|牵头)(?:[\u4e00-\u9fff]{0,4})?的", text[bare.end():ce]):
                # 由区督查室牵头, 由本区环卫企业负责清运, 交由达茂旗牵头落实: a body no lexicon knows, by its place in 由X负责
                # (not 建立由部门主管领导牵头的协调机制: a person, and a relative clause)
                group = [_generic_name(bare.group(1), bare.start(1))]
            if group and _PROMOTED_MODEL.search(text, cb, group[0].start) and \
                    re.match(r"(?:牵头|负责|主导)的", text[group[-1].end:ce]):
                continue  # 推广由链主企业牵头的产教评技能生态链 (u90): a model promoted, whoever leads it elsewhere
            if group:
                pos = group[-1].end
        elif passive and text[pos - 1:pos] in ("、", "和", "及", "与", "者", "或"):
            more = _noun_units(text, pos, ce, rec, stop=_PASSIVE_VERB)  # 由城建档案形成单位或者保管单位负责
            if more and more[0].start == pos + (text[pos] == "由"):  # (…或者由文化行政部门会同公安机关…, u89)
                group, pos = group + more, more[-1].end
        if not group and not carry and not loose:
            steered = _steered_units(text, _clause_start(text, cb, ce), len(text), names)
            if steered:  # 推动商务、教育、民政等部门，细化完善…; 督促区规划资源局、区建管委落实…: they do the work
                out.extend((n, "responsible") for n in steered)
                continue
        if not group:
            stripped = text[_clause_start(text, cb, ce):ce]
            core = re.sub(r"^(?:并且|并|同时|还|也|均|但是|但)+", "", stripped)  # (…无需办理…，但应出具…)
            partnered = re.sub(r"^(?:应当|应|要|须|必须)", "", core)
            if (carry or loose) and partnered.startswith(("会同", "联合", "协同")):
                # X牵头，会同Y…: Y supports X; X充分发挥…作用，会同Y…: X leads (it has no role yet, or was only
                # responsible: 市级行业主管部门发挥好统筹协调作用，会同市级相关部门…), Y supports
                partners = _partners(text, ce - len(partnered) + 2, inside)
                if partners and carry and partnered.startswith("协同") and \
                        _BY_DUTY_ONLY.fullmatch(text, carry[-1].end, cb):
                    # X、Y等部门应当按照职责分工，协同水主管部门做好… (u124): they help the body they work with, which
                    # leads (as 配合气象主管机构做好…)
                    out = _without_responsible(out, carry)
                    out.extend((n, "support") for n in carry)
                    out.extend((n, "lead") for n in partners)
                    continue
                out.extend((n, "support") for n in partners)
                have = {o.iri for o, role in out if role != "responsible"}
                # (X等部门按照各自职责，协同实施本办法: no one to lead, they assist)
                alone = "support" if not partners and partnered.startswith("协同") else "lead"
                if alone == "support" and carry and _BY_DUTY_ONLY.fullmatch(text, carry[-1].end, cb):
                    # X、Y等部门按照各自职责，协同做好… (u82): by their duties alone, the work they assist in
                    out = _without_responsible(out, carry)
                elif alone == "support":  # (…制定落实相关政策措施，协同开展…: responsible already, it stays so)
                    have |= {o.iri for o, _ in out}
                out.extend((n, alone) for n in (carry or loose) if n.iri not in have)
                continue
            helping = re.match(r"(?:应当|应|要|须|必须)?(?:积极)?(?:配合|协助)", core) if carry else None
            helped = _partners(text, ce - len(core) + helping.end(), inside) if helping else []
            if helped and helped[0].start == ce - len(core) + helping.end() and (
                    was_pending or _BY_DUTY_ONLY.fullmatch(text, carry[-1].end, cb)):
                # 有关部门应当按照职责分工，配合气象主管机构做好… (u83): the body it helps leads, the subject supports
                out = _without_responsible(out, carry)
                out.extend((n, "support") for n in carry)
                out.extend((n, "lead") for n in helped)
                continue
            if carry and re.match(r"(?:负责|牵头)(?:会同|联合)", core):  # X是…责任主体，负责会同Y具体实施
                out.extend((n, "lead") for n in carry)
                out.extend((n, "support") for n in _partners(text, ce - len(core) + 4, inside))
            elif carry and (core.startswith(_STRONG + ("组织", "统筹", "指导", "监督")) or
                            was_pending and (core.startswith(cues.duty + ("协同",)) or
                                             _TIMED.sub("", core, count=1).startswith(cues.duty))):
                # (X、Y分别针对…，于6月20日前制定…: the duty after when it is due, dev-bt)
                # (X根据…，牵头制定…: the subject leads the work its clause names)
                led = re.match(r"(?:负责)?牵头(?!单位|部门)", core)
                helps = re.match(_HELPS + _HELP_ALONE, core)  # X在职责范围内，配合做好… (u55): it helps
                out.extend((n, "lead" if led else "support" if helps else "responsible") for n in carry)
            elif was_pending and not inside and core.startswith(_SETTING):
                pending = True  # X在办理…时，对…提供的电子文件，应当…: the duty is still to come
            elif loose and topic and not carry and (core.startswith(("应当", "应", "须", "必须")) and
                                                    not core.startswith("应用") or
                                                    core.startswith(("负责", "具体负责", "牵头负责")) and not inside):
                # 行政机关公开政府信息，应当…: the topic's subject; 电网企业依托山东省虚拟电厂服务中心，具体负责…: the
                # subject of a clause whose verb states no duty, whose next clause states it
                out.extend((n, "responsible") for n in loose)
                carry = loose
            supported = _supported_places(text, cb, inside)
            for n in inside:  # 授权州数据资源主管部门负责…
                if n in supported:
                    out.append((n, "responsible"))  # 支持咸安区推进…、嘉鱼县加强…: each place's own work
                    continue
                after = re.sub(r"^(?:等(?:有关)?(?:部门|单位)?|分别|共同|主要(?=负责(?!同志|人)|履行|承担))+", "", text[n.end:ce])
                if re.search(r"\(以下(?:简称|统称)为?[“\"]?$", text[:n.start]):  # 其所属的…机构（以下简称X）具体负责…
                    after = re.sub(r"^[”\"]?\)", "", after)
                if after.startswith(_STRONG) and not _HELPED.search(text, max(cb, n.start - 4), n.start) and \
                        not re.match(r"(?:牵头|负责|承担)(?:实施|建设|组织|开展|申报)?的", after) and \
                        not re.match(r"(?:履行|承担|负责)[^，,。；;的]{1,12}的[\u4e00-\u9fff]{0,6}?(?:企业|单位|机构|部门)",
                                     after) and \
                        not (n.surface == "政府" and text[n.start - 1:n.start] == "、"):  # 党委领导、政府负责: a slogan
                    # (参与…高校、科研院所等牵头的项目: the projects they lead, not a duty here)
                    out.append((n, "lead" if after.startswith(("牵头", "负责牵头")) else "responsible"))
            at = _clause_start(text, cb, ce)
            m = _NAMED_HEAD.match(text, at, ce)
            if m and not m.group(1).startswith(_NOT_A_NAME) and not _opens_with_verb(m.group(1)) and \
                    all(n.start >= m.end() or n.end == m.end() and n.start > at and not m.group(1).endswith("局")
                        for n in inside):  # (原则按照 + 市水务局 + 牵头制定的…: a bureau the lexicon reads is its own name)
                # 北京市大数据工作推进小组负责…: a body no lexicon knows opens the clause; the units it steers
                # (国家数据安全工作协调机制统筹协调有关部门…) take part
                found = rec.unknown(text, m.end()) if m.group(1).endswith("局") else None
                # (a bureau with its place: the place's own, one concept with its other spellings)
                body = found if found is not None and found.start == at else _unknown_body(m.group(1), at)
                after = text[m.end():ce].lstrip("具体")
                steer = re.match(r"统筹协调|统筹|组织|指导|督促|协调", after)
                steered = _partners(text, ce - len(after) + steer.end(), inside)[:1] if steer else []
                out.append((body, "lead" if after.startswith("牵头") or steered else "responsible"))
                out.extend((n, "support") for n in steered)
                carry = [body]
            continue
        listed = _subject_list(text, cb, ce, inside, cues)
        if listed:  # 县级以上人民政府及其有关部门、省通信管理机构，应当…
            out.extend((n, "responsible") for n in listed)
            carry = listed
            continue
        tail_at = pos - 1 if text[pos - 1] in "、和及与" else pos
        closing = re.match(r"等(?:有关|相关)?(?:部门|单位)(?=以及|[和及与、])", text[pos:ce]) if group else None
        if closing:  # 科技、发展改革等部门 + 和产业园区管理机构应当…: one more party after the list's closing word
            tail_at = pos + closing.end()
        more = _LIST_TAIL.match(text, tail_at, ce) if group else None
        if more and (text[more.end():ce].startswith(cues.duty) or _ACT_THEN_MODAL.match(text, more.end(), ce)):
            # 各区、重点能源企业应…: role nouns in the list; 政务部门、公共服务组织收集数据应当…: the duty after what they do
            at = pos
            items = _tail_items(more.group(0), _dept_index(rec.lex))
            shut = next((k for k, item in enumerate(items) if _CLOSING_DEPARTMENTS.search(item)), -1)
            for k, item in enumerate(items):
                at = text.index(item, at)
                own_item = item.startswith("其") and not item.startswith(("其他", "其它"))
                if own_item and group and not group[-1].generic:
                    # 中国人民银行及其分支机构: the named body's own branches, not a unit called 其分支机构
                    own = group[-1].name + item[1:]
                    group = group + [replace(_body_name(item, at), iri=f"{ORG}x-{_short(own)}", name=own,
                                             extra={"kind": "Organization", "zh": own, "en": "", "alt": [item],
                                                    "candidate": True, "confidence": 0.5})]
                elif not own_item:
                    field = _CLOSING_DEPARTMENTS.sub("", item) if k == shut else item
                    known = [n for n in rec.find(field + "部门") if n.start == 0 and n.end == len(field) + 2] \
                        if k <= shut and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", field) else []
                    # 市场监督管理、中小企业、科技、…、工业和信息化等部门 (u47): each field's department, as the
                    # list's head is read (科技 → 科学技术局), not a unit named 科技
                    lead = next((g for g in group if g.prefix), None)
                    dept = rec._dept(match_key(field)) if known and lead is not None and not known[0].prefix else None
                    if dept is not None:  # 市、县（区）人民政府 + 市场监督管理、中小企业、科技…等部门 (u73): at the levels
                        known = [rec._local(text, at, at, at + len(field), lead.region, lead.prefix, dept)]  # of the head
                    if not known and field != item and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", field):
                        # 农业农村、中国海警等部门 (u95): the list's last field, without the kind that closes the list
                        item_name = field if field.endswith(_BODY_END) else field + "部门"
                        group = group + [replace(_generic_name(item_name, at), end=at + len(field), surface=field)]
                    else:
                        group = group + ([replace(known[0], start=at, end=at + len(field), surface=field)] if known
                                         else [_generic_name(item, at)])
                at += len(item)
            pos = more.end()
        rest = text[pos:ce]
        rest = re.sub(r"^(?:等(?:有关|相关|其他)?[\u4e00-\u9fff]{1,4}?(?:机构|组织|主体)(?=应当|应|要|须|必须|负责|[,，])|等(?:有关|相关)?(?:行业|行政)?(?:主管|管理)?(?:部门|单位|人民团体|群团组织|团体)?(?:[和、](?:单位|机构))?|及其(?:有关|相关|所属|其他有关)?(?:部门|单位|机构)|"
                      r"、?(?:有关|相关)?单位(?=按|依|根据|应|要|负责)|、?(?:有关|相关)?(?:单位|机构)$|"
                      r"[和、]?部门(?=按|依|根据|应|要|负责)|"  # …等有关单位和 + 部门按照职责分工负责… (u109)  # 各相关部门 + 、单位按照分工…;
                      # …人民防空等主管部门 + 、机构，按照各自职责… (u91)
                      r"分别|共同|各自|还|也|均|原则上|主要(?=负责(?!同志|人)|履行|承担)|" + _WHEN_HOW + ")+", "", rest)
        rest = re.sub(r"^(?:分别|共同|各自)?针对[^，,。；;]{1,50}$", "", rest)  # 区交通建设局、…分别针对
        # …三方面隐患内容，于6月20日前制定… (dev-bt): the matter the clause is about, the duty in the next
        if passive and re.match(r"(?:主要|分管)?(?:领导同志|负责同志|领导|负责人)(?:任|担任)|(?:主要|分管)?(?:常务)?副?"
                                r"(?:省长|市长|区长|县长|州长|主席|秘书长|主任|书记|部长|局长)(?:任|担任|兼任)", rest):
            continue  # 由国务院领导同志任组长: who chairs a group, not the body's duty
        if group and re.fullmatch(r"[^，,。；;]*?(?:可以|可)?(?:参照|适用)本(?:办法|条例|规定|细则|规则)(?:执行|实施)?[。；;]?", rest) and \
                not re.search(r"应当|必须|负责", rest):
            continue  # 国家流域管理机构在本市…的水文活动可以参照本条例执行 (dev): the rule's scope, not a duty
        if not rest and group and ce < len(text) and text[ce] in ",，：:":  # also X、Y等部门：按照职责分工，负责…
            carry, pending = group, True  # 自治县发展改革、…、气象等部门,依法…: the clause is only its subjects
            subject_only.append((ce, group))
            continue
        by_duty = re.match(r"(?:按|按照|依照|依据)(?:各自|各自的)?(?:职责(?:分工)?|分工)(?:(?:和|及|以及)(?:有关|相关|国家)?(?:法律法规的?|法律、法规的?)?规定)?|(?:按|按照|依照|根据)(?:有关|相关|国家)?规定(?=对|[,，]|进行|做好|落实|开展|负责|组织)", rest)
        if by_duty and rest[by_duty.end():]:  # 国土房屋、…规划行政主管部门按各自职责负责…
            rest = rest[by_duty.end():]
        if group and not passive and _REPORTS_TO.match(rest):
            # 区资源生态局、市场监管局分别向区领导小组办公室报送…报告 (dev-bt): they report, the receiver has no duty
            out.extend((n, "responsible") for n in group)
            carry = group
            continue
        modal = re.match(r"(?:应当|应|要|须|必须|可以|可|(?:还|也)?将)" + _BY_WHEN + r"?(?=会同|联合|协同)|"  # …应当自…之日起六个月内会同…
                         r"(?:根据|按照|视)(?:工作|实际)?需要(?=会同|联合|协同)", rest)  # 国家林草局根据工作需要会同… (u49)
        if modal:  # 州数据资源主管部门应当会同有关部门…
            rest, pos = rest[modal.end():], pos + modal.end()
        helped = re.match(_HELPS + r"|(?:可以|可|应当)?(?:委托|授权)", rest)
        if helped and group and not passive:
            base = ce - len(rest) + helped.end()
            partners = _partners(text, base, inside) or _helped_body(text, base, ce, rec)
            if partners and partners[0].start == base:
                # X应当配合Y做好…: Y leads, X supports; X可以委托Y实施…: both bear the duty; X授权Y负责…: Y bears it
                entrusted = helped.group().endswith(("委托", "授权"))
                if not helped.group().endswith("授权"):
                    out.extend((n, "responsible" if entrusted else "support") for n in group)
                out.extend((n, "responsible" if entrusted else "lead") for n in partners)
                carry = partners if helped.group().endswith("授权") else group
                continue
            if not helped.group().endswith(("委托", "授权")) and re.match(_HELP_ALONE, rest[helped.end():]):
                # 有关部门和单位应当予以支持、配合; …等应当予以配合: they help, whoever leads
                out.extend((n, "support") for n in group)
                carry = group
                continue
        consulted = _partners(text, ce - len(rest) + 1, inside) if rest.startswith("商") else []
        if consulted and consulted[0].start == ce - len(rest) + 1:
            # 由国家相关行业主管部门商国家发展改革委、财政部明确项目单位 (u49): the units it consults take part
            out.extend((n, "lead") for n in group)
            out.extend((n, "support") for n in consulted)
            carry = group
            continue
        if rest.startswith(("会同", "联合", "协同")):
            partners = _partners(text, ce - len(rest) + 2, inside)
            if partners:
                out.extend((n, "lead") for n in group)
                out.extend((n, "support") for n in partners)
            else:  # 其他行政主管部门依照职责协同做好…: they assist, no one is led
                out.extend((n, "support" if rest.startswith("协同") else "lead") for n in group)
            carry = group
            continue
        steer = re.match(r"(?:应当|应|要|须|必须)?(?:统筹协调|统筹|协调|组织|指导|督促)"
                         r"(?=[\u4e00-\u9fff]{0,12}?(?:部门|机关|单位|馆|中心|机构|局|委|办|厅)|[市县区乡镇]、[^，,。；;]{0,8}?人民政府|"
                         r"(?:[\u4e00-\u9fff]{2,8}、){1,6}[\u4e00-\u9fff]{2,8}等(?:有关|相关)?部门)", rest)
        if steer:  # 国家网信部门统筹协调有关部门…: the units it steers take part (县人民政府应当组织有关部门、街道办事处…)
            base = ce - len(rest) + steer.end()
            partners = [n for n in _partners(text, base, inside)
                        if re.fullmatch(r"[\u4e00-\u9fff]{0,12}", text[base:n.start])][:1]
            for n in _partners(text, base, inside):  # the units listed after the first one (…有关部门、街道办事处对…)
                if partners and n.start > partners[-1].end and re.fullmatch(r"[、和及]|以及", text[partners[-1].end:n.start]):
                    partners.append(n)
            if partners:
                out.extend((n, "lead") for n in group)
                out.extend((n, "support") for n in partners)
                carry = group
                continue
        led = _led_units(text, ce - len(rest), inside) if group and rest.startswith("牵头") else []
        if led:  # 由区审批审查中心牵头区建设管理委、区发展改革委加强…: the units it leads support it
            out.extend((n, "lead") for n in group)
            out.extend((n, "support") for n in led)
            carry = group
            continue
        if re.match(r"(?:已|已经|先后|相继)?[\u4e00-\u9fff]{2}了(?!解)", rest) or \
                re.match(r"(?:已|已经)?对[^，,。；;]{0,20}?(?:作出|做出|进行|提出)了?[^，,。；;]{0,8}?(?:部署|决策|安排|要求)", rest):
            continue  # 科技部制定了《…》, 党中央对今年工作作出了全面部署: what a unit has done, not a duty
        sets_up = bool(re.match(r"(?:设立|成立|组建|下设)", rest))
        set_up = [n for n in inside if n.start > pos] if sets_up else []
        if sets_up and not set_up and group and not passive:
            out.extend((n, "responsible") for n in group)  # 科技部成立推进…工作小组: setting it up is its duty
            carry = group
            base = ce - len(rest) + 2
            made = _SET_UP_BODY.fullmatch(text, base, ce)
            if made and re.match(r"[,，](?:具体)?负责", text[ce:ce + 4]):
                # 市人民政府设立优化营商环境咨询委员会，负责收集…: the body it sets up bears the duty that follows
                carry, pending = [_unknown_body(made.group(1), base)], True
            continue
        if set_up:  # 国家知识产权局设立…行政执法委员会（以下简称…），负责…: it sets the body up, the body bears the duty
            if not rest.startswith("下设"):  # (领导小组下设…办公室: how the group is organised, no duty of its own)
                out.extend((n, "responsible") for n in group)
            carry, pending = set_up[-1:], True
            continue
        if group and not passive and re.match(r"(?:应当|应)?(?:自|在)[^，,。；;]{1,24}?(?:之日起|起)[^，,。；;]{0,12}?内", rest):
            out.extend((n, "responsible") for n in group)  # X自受理之日起20日内作出…: a duty with its deadline
            carry = group
            continue
        if group and not passive and _SCOPED_MODAL.match(rest):
            out.extend((n, "responsible") for n in group)  # 各街镇、开发区后期工作中要采取…: the duty, after when or where
            carry = group
            continue
        modal = re.search(r"应当|必须", rest)
        modal_at = modal.start() if modal else -1
        if 0 < modal_at <= 20 and not re.search(r"[的对向由在]", rest[:modal_at]) and not passive and \
                not (len(group) == 1 and group[0].surface == "政府") and not cut(rest[:modal_at])[0][1].startswith(("n", "a", "b")):
            out.extend((n, "responsible") for n in group)  # 行政执法委员会处理…纠纷应当…: its own duty
            carry = group
            continue
        if group and not passive and re.match(r"为(?:主要|重要)?成员", rest):
            out.extend((n, "support") for n in group)  # …牵头，A、B等部门为主要成员的工作专班: the members support
            continue
        word = _first_role_word(rest[:6], cues)
        if re.match(r"(?:具体|主要)?负责牵头", rest):
            word = "lead"  # 国务院办公厅负责牵头推进… (u80): it leads
        elif _MUTUAL.match(rest):
            word = None  # 工业和信息化部、国务院国资委、全国工商联加强工作协同 (u88): they work together, none helps another
        if rest.startswith("是指") or passive and re.search(r"(?:组成|构成)[。；;]?$", text[cb:ce]):
            continue  # a definition (本办法所称政务部门，是指…) or a composition (…由A、B组成), not a duty
        if rest.startswith(_ITS_LEADERS):
            continue  # 市政府领导班子带头…, 经市政府领导同意: the body's leaders are named, not given its duty
        if _STATISTIC.match(rest) or len(group) == 1 and group[0].surface == "政府" and rest.startswith(_STANCE):
            continue  # 市场主体从9.6万户增加到11.6万户: a count; 政府支持…、鼓励…: a stance of the state, no one's duty
        if group and not passive and rest.startswith("在") and text.endswith("的", cb, ce) and text[ce:ce + 1] in "，,":
            carry, pending = group, True  # (…发现问题的，应当及时报告: its duty follows)
            continue  # 市场主体在申请办理…时提供电子证照的，受理单位不得…: when the party does so, another's duty
        if group and not passive and all(not n.generic or _department_kind(n) for n in group) and \
                _MAY_ACT.match(rest) and not _MAY_ENACT.match(rest):
            out.extend((n, "responsible") for n in group)  # 空中交通管理机构、…和公安机关可以依法采取…紧急处置措施 (dev):
            carry = group  # the power a state body is given, to use by law
            continue
        if group and not passive and not all(n.generic for n in group) and _MAY_ENACT.match(rest):
            out.extend((n, "responsible") for n in group)  # 市人民政府可以根据本规定制定实施细则: the power it is given
            carry = group
            continue
        if group and not passive and _DONE_THEN.fullmatch(rest) and _next_has_subject(text, clauses, ce, names):
            carry, pending = group, True  # 审定与核查机构出具项目审定报告后，项目业主可以… (u107): when it has done so, the
            continue  # next clause's work (its own subject's, else the unit's: X出具报告后，应当…)
        if word is not None or rest.startswith(cues.duty) or passive or rest.startswith(("作为", "是")) or \
                _acts(rest, group, cb, text) or \
                by_duty and group and rest and (cut(rest[:4])[0][1] or "").startswith("v"):
            # (街道办事处、镇人民政府按照职责分工梳理辖区资源: what a unit does by its duties is its duty)
            role = word if word in ("lead", "support") else "responsible"
            if re.match(r"予以(?:适当|必要|大力|积极|全力|一定)?(?:支持|配合|协助|补贴|补助|资助)", rest):
                role = "support"  # 区人民政府予以适当支持, 市和区（县）人民政府予以适当补贴: it backs the work of another
            if re.match(r"作为[^，,。；;]{0,12}?(?:部门|单位|成员)[^，,。；;]{0,6}?(?:参与|配合|参加)", rest):
                role = "support"  # 市公安局、市气象局作为联合部门共同参与: they take part in the work
            elif rest.startswith("作为") and not passive:
                carry = group
                if re.fullmatch(r"作为(?:牵头|责任|主责|主管|实施)(?:部门|单位|主体)", rest):
                    # 市发改委作为牵头部门，要加强统筹协调: the role it is given, and the duty that follows is its own
                    out.extend((n, "lead" if rest.startswith("作为牵头") else "responsible") for n in group)
                    pending = True
                elif (role_given := _ROLE_GIVEN.match(rest)) and (len(rest) > role_given.end() + 1 or
                                                                   text[ce:ce + 1] in ("。", "；", ";", "")):
                    # 区文化局作为全区文物主管部门履行…, 区级林业部门作为…工作的统筹主体: the role and its work, one clause
                    out.extend((n, "lead" if "牵头" in role_given.group() else "responsible") for n in group)
                continue
            out.extend((n, role) for n in group)
            carry = group
        elif _BY_OWN_DUTIES.search(rest) or _WHEN.fullmatch(rest) or _BY_BASIS.fullmatch(rest):
            carry = group  # 市城市建设档案馆…按照各自职责，负责…; 公安派出所接到报告后，应当…: the duty follows
            pending = True
            continue
        elif not passive:
            # 科技部充分发挥…的统筹作用，会同有关部门…: the subject of a 会同 clause that follows; of an 应当 clause too
            # (行政机关公开政府信息，应当…) unless it modifies a noun (医疗机构…所产生的污水，应当…; 政府投资…)
            loose = group
            topic = "的" not in rest and not (len(group) == 1 and group[0].surface == "政府")
    for end, units in subject_only:  # X，Y、Z应当…: X shares the duty of the units that open the next clause
        opens = _clause_start(text, end + 1, len(text))
        opens += len(re.match(r"(?:以及)?", text[opens:]).group())  # (X，以及Y应当…, u77)
        nxt = next((r for n, r in out if end < n.start <= opens), None)
        have = {n.iri for n, _ in out}
        if nxt is not None:
            out.extend((n, nxt) for n in units if n.iri not in have)
    if not out and clauses:
        out = _topic_subject(text, clauses, names)
    composed = _COMPOSED_GROUP.search(text)
    if composed:  # the members of a group take their roles from it (kg.responsibility._composed_group)
        out = [(n, r) for n, r in out if not (composed.start(1) <= n.start and n.end <= composed.end(1))]
    out = out + _approvals(text, names, out) + _roles_played(text, names, out) + _formed_group(text, names, out) + \
        _named_in_role(text, names, out)
    drafted = _DRAFTED.search(text)
    if drafted:  # X会同Y…深入调研，…，编制了《…》: how the document was made, no duty of X's or Y's
        out = [(n, r) for n, r in out if n.start > drafted.start()]
    out = [t for t in (_without_lead_verb(n, r) for n, r in out) if t is not None]
    lenient = next((b for b, e in clauses[1:] if _LENIENCY.match(text, _clause_start(text, b, e))), None)
    if lenient is not None and not _MODAL_DUTY.search(text, 0, lenient):
        # 有关单位和负责人在推进创新中出现失误，符合规定条件的，不作负面评价 (u82): the party the sentence opens with
        # is spared (not the authority of a penalty's clause: …的，由X责令改正…；…的，依法从轻或者减轻处罚)
        out = [(n, r) for n, r in out if n.start >= clauses[0][1] or text[n.start - 1:n.start] == "由"]
    out = [(n, r) for n, r in out if not _ADDRESSED_TO.search(text, max(0, n.start - 6), n.start) or
           not _HANDED_IN.match(text, n.end)]  # (u74) 建设单位应当依法向自然资源和规划部门申请…: it receives, no duty
    members = _LED_MEMBERS.search(text)
    if members and any(r == "lead" for _, r in out):
        out = _led_members(text, members, out, rec)
    out = [(n, r) for n, r in out if not (n.generic and _VERB_OPENS_NAME.match(n.surface))]
    supports = [n.start for n, r in out if r == "support"]
    if supports and not any(r == "lead" for _, r in out):
        # 市交通运输局负责组织实施，市公安局配合: the unit responsible before the one that assists leads it (also when the
        # partners were read from a clause of their own: X应当依托…，会同Y…)
        out = [(n, "lead" if r == "responsible" and n.start < supports[0] else r) for n, r in out]
    return out


#: Departments whose heads sit on a group (市发展改革委、市科技局…等相关职能部门主要负责人为成员).
_HEADS_MEMBERS = re.compile(r"(?:主要)?(?:负责人|负责同志|领导|分管领导)(?:为|任|作为|担任)(?:领导小组|小组|工作组|专班|指挥部)?成员(?![的单])")


#: The title of an item that divides the work (（十五）明确职责分工。, （二十六）明确任务分工。): its sentences open with who does what.
_DIVISION_TITLE = re.compile(r"(?:任务|职责|责任|工作)分工|分工负责|^明确分工")
#: A unit's work in such an item, with no modal before it (…备案机构做好…; 建设管理部门完善…; …参照…，做好…).
_PLAIN_WORK = re.compile(r"做好|完善|指导|制订|制定|开展|加强|落实|组织|推进|推动|建立|承担|负责|应用|依据合同|实施")
#: A party's name opening such a sentence (公路项目建设单位, 配售电公司, 勘察设计单位).
_DIVISION_PARTY = re.compile(r"([\u4e00-\u9fff]{2,14}?(?:部门|单位|机构|公司|企业))(?=[\u4e00-\u9fff])")


#: Words that make the opening of a sentence no party's name (通过企业服务专员…, 配合市级部门做好…, 三要与环卫部门…, 做好对
#: 沿街企事业单位…).
_NOT_A_DIVISION_PARTY = re.compile(r"^(?:通过|基于|配合|协助|做好|加强|推进|依托|按照|根据|结合|围绕|针对|聚焦|对|向|在|由|"
                                   r"[一二三四五六七八九十]要)|[对与和及]")


def _dividing_sentences(tree: DocumentTree) -> set[int]:
    """The sentences of the items that divide the work: a unit so titled, or a paragraph whose lead says so
    ((十五)明确职责分工。…)."""
    out: set[int] = set()
    for u in tree.units:
        titled = bool(u.title and _DIVISION_TITLE.search(re.sub(r"\s+", "", u.title)))
        for para in u.paragraphs:
            lead = re.sub(r"^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]?", "", para.sentences[0].norm.strip()) \
                if para.sentences else ""
            if titled or _DIVISION_TITLE.search(lead[:10]):
                out.update(x.index for x in para.sentences)
    return out


def _division_subject(text: str, names: list[UnitName]) -> list[tuple[UnitName, str]]:
    """The party that opens a sentence of an item dividing the work, with its work and no modal (（二十六）明确任务分工。
    公路项目建设单位做好统筹策划…; 勘察设计单位依据合同开展数字化勘察, u93: no unit), responsible; a known name there, or
    a party by its kind (配售电公司参照…，做好…)."""
    head = text.lstrip()
    off = len(text) - len(head)
    first = next((n for n in names if n.start == off), None)
    if first is not None:
        end = first.end
    else:
        m = _DIVISION_PARTY.match(head)
        if not m or _urged_party(m.group(1)) or m.group(1).startswith(_POLICY_VERBS + ("鼓励", "引导")) or \
                _NOT_A_DIVISION_PARTY.search(m.group(1)):
            return []
        end = off + m.end(1)
    clause = re.split(r"[。；;]", text[end:])[0]
    if not _PLAIN_WORK.search(clause[:40]) or re.match(r"(?:的|是|为|和|及|与|、)", text[end:]):
        return []
    return [(first if first is not None else _generic_name(text[off:end], off), "responsible")]


#: Those whose opinion a unit seeks (应当征求环境保护主管部门、价格主管部门的意见; 书面征求气象主管机构意见).
_CONSULTED = re.compile(r"征求(?:了)?([^，,。；;：:]{2,40}?)(?:的)?(?:书面)?意见")


def _consulted_support(text: str, found: list[tuple[UnitName, str]]) -> list[tuple[UnitName, str]]:
    """*found* with the units a clause only consults supporting (城镇排水主管部门编制规划，应当征求环境保护主管部门的意见,
    u96: they were responsible). (Dropping them instead, measured round 58: 12 fewer false units on the development
    set, but 4 fewer found on held-out sets whose readers mark the consulted.)"""
    spans = [m.span(1) for m in _CONSULTED.finditer(text)]
    return [(n, "support" if any(a <= n.start and n.end <= b for a, b in spans) else r) for n, r in found]


def _without_member_heads(text: str, found: list[tuple[UnitName, str]]) -> list[tuple[UnitName, str]]:
    """*found* without the units of a clause that names the heads of departments as a group's members (…，市发展
    改革委、市科技局…等相关职能部门主要负责人为成员。): their heads sit on the group, the departments bear no duty
    there (dev readers mark none; members named as units, …为成员单位, and the members of a group a sentence sets up,
    …相关领导为成员的协调小组, are read elsewhere)."""
    spans = []
    for m in _HEADS_MEMBERS.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in "，,；;。:：") + 1
        spans.append((start, m.start()))
    if not spans:
        return found
    return [(n, r) for n, r in found if not any(a <= n.start < b for a, b in spans)]


#: A lead and the members of its working group (由区绿化市容局牵头，区建管委、…、经开区为成员单位，统筹推进…).
_LED_MEMBERS = re.compile(r"牵头[,，]((?:(?!牵头)[^。；;,，]){2,300}?)(?:等)?(?:为|作为)成员(?:单位)?")


def _led_members(text: str, m: re.Match, out: list[tuple[UnitName, str]], rec: UnitRecogniser
                 ) -> list[tuple[UnitName, str]]:
    """The units listed as the members of a group its lead leads support it; a name read across 为成员单位
    (经开区为成员单位) is cut there, and the group's own 成员单位 is no unit of its own."""
    lo, hi = m.start(1), m.end(1)
    kept = []
    for n, r in out:
        if n.surface == "成员单位" and n.start >= hi:
            continue
        if lo <= n.start < hi < n.end:  # 经开区 + 为成员单位: the member's name ends where 为成员 begins
            cut = text[n.start:hi]
            found = [x for x in rec.find(cut) if x.start == 0 and x.end == len(cut)]
            n = replace(found[0], start=n.start, end=hi) if found else _body_name(cut, n.start)
        kept.append((n, "support" if lo <= n.start < hi and r == "responsible" else r))
    return kept


_SITE_FOOTER = re.compile(r"主办\s*[|｜]?\s*[\u4e00-\u9fff]{2,30}承办|网站标识码|ICP备|版权所有")
#: A document's making, done (…，编制了《吕梁市综合能源站专项规划》; 研究起草了《…》).
_DRAFTED = re.compile(r"(?:编制|起草|制定|修订|形成|印发|出台)了《")


#: Words that open a clause's predicate, never a unit's name a rule made by its kind (确定 + 牵头部门负责…, 会同 +
#: 政务数据提供部门…, 加之 + 特定国有金融机构…).
_LEAD_VERB = re.compile(r"^(?:会同|联合|协同|确定|明确|指定|加之|并由|要求|督促|组织|协调|指导|通过|依托|围绕)"
                        r"(?=[\u4e00-\u9fff]{2})")


def _without_lead_verb(n: UnitName, role: str) -> tuple[UnitName, str] | None:
    """A unit read by its kind whose name swallowed the verb before it: the name without the verb (会同 + X: X
    supports), or nothing when what is left names no unit; a name with a verb inside before 各… (政务部门编制各部门) is
    a clause, no unit."""
    if not n.generic or n.surface.startswith(_COLLECTIVE_START) or n.surface in _VERB_LED_PARTIES:
        return n, role
    m = _LEAD_VERB.match(n.surface)
    if m:
        rest = n.surface[m.end():]
        if not (_UNIT_NOUN.match(rest) or _UNIT_NOUN.match(rest.replace("、", ""))) or m.group() == "加之":
            # (加之…依法上缴利润: a reason given, no duty)
            return None
        partner = m.group() in ("会同", "联合", "协同")
        return _generic_name(rest, n.start + m.end()), "support" if partner else role
    words = cut(n.surface)
    if any((t or "").startswith("v") and (t or "") != "vn" and k + 1 < len(words) and words[k + 1][0].startswith("各")
           for k, (w, t) in enumerate(words)):
        return None
    return n, role


#: A count that grew or fell (从9.6万户增加到11.6万户), after a unit's name: what happened, not a duty.
_STATISTIC = re.compile(r"(?:从|由)[\d.一二三四五六七八九十百千万亿]+[^，,。；;]{0,8}?(?:增加|增长|提高|提升|下降|减少|扩大)(?:到|至)")
#: What a bare 政府 does in a regulation's statement of policy (政府支持…, 政府鼓励…): a stance, not a duty.
_STANCE = ("支持", "鼓励", "引导", "倡导", "推动", "促进")


def _acts(rest: str, group: list[UnitName], cb: int, text: str) -> bool:
    """Does a named unit that opens its clause act (区规划资源局受理…申请材料): a verb right after its name, in a
    clause that does not tell of the past (…了, 已…)?"""
    keen = _KEEN.match(rest)
    if keen:
        rest = rest[keen.end():]  # 市发展改革委积极推进…, 各地能源主管部门切实加强…: the work after the adverb of duty
    if group and re.match(r"领导(?:本|全|辖区|所辖)", rest) and group[0].start == _clause_start(text, cb, len(text)):
        return True  # 区人民政府领导本行政区域内城乡规划的实施; 国家空中交通管理领导机构统一领导全国…: it leads the work
    if not group or any(n.generic and not _department_kind(n) or n.surface == "政府" for n in group) or \
            group[0].start != _clause_start(text, cb, len(text)):
        return False
    words = cut(rest[:12])
    if not words or (words[0][1] or "") != "v" or len(words[0][0]) < 2 or words[0][0] in _NOT_ACTING:
        return False
    return not rest.startswith(words[0][0] + "的") and not re.match(r"[^，,。；;]{0,8}(?:了|过)", rest) and \
        not _SCOPE.search(text, cb)  # 市场监督管理部门处理投诉举报，适用本办法: the rule's scope, not a duty


#: An adverb of duty between a unit and its work (电网企业切实履行…, 各地能源主管部门积极推进…).
_KEEN = re.compile(r"(?:切实|积极|主动|认真|严格|全力|着力|大力|加快|持续|进一步|统一)+")
#: A clause that states what a rule applies to (…，适用本办法; …，可以参照本办法执行).
_SCOPE = re.compile(r"^[^。；;]*?[,，](?:可以|可)?(?:适用|参照|依照)本(?:办法|条例|规定|细则|规则)")


def _department_kind(n: UnitName) -> bool:
    """Is a generic unit one government department of a known kind (市场监督管理部门, 县级公安机关), not a collective
    (有关部门, 各级人民政府) or a party (建设单位)?"""
    return bool(re.search(r"(?:部门|机关)$", n.surface) or _AUTHORITY_KIND.fullmatch(n.surface) and
                not _FIELD_VERB.search(n.surface[:-4])) and \
        not re.search(r"有关|相关|其他|各|等", n.surface) and \
        n.surface not in ("行政机关", "国家机关", "政务部门", "主管部门", "管理部门", "监管部门")


#: Verbs after a unit's name that tell what happened to it or what it hands on, not its own work.
_NOT_ACTING = frozenset(("授权", "委托", "建成", "获评", "入选", "荣获", "获得", "印发", "转发", "投用", "开业", "落户",
                         "揭牌", "成功", "挂牌", "获批", "通过"))


#: A zone of the document's region as the subject of a plan's duty (宜州新区要…, 高铁新区要…).
_ZONE_ON_DUTY = re.compile(r"((?:[\u4e00-\u9fff]{2,6}|[市州县])(?:新区|开发区|高新区|经开区|工业园区|产业园区|试验区|示范区|合作区|自贸区|"
                           r"临空区|空港区))(?=(?:奋力|全力|大力|积极|加快|着力|持续)?(?:" + _WORK_VERBS + "))")
#: A narrower field in brackets between a department's field and its kind (发展改革（能源）部门, 住房城乡建设（房管）部门).
_FIELD_NOTE = re.compile(r"\([\u4e00-\u9fff、]{1,6}\)")
#: A body named and abbreviated as a sentence opens, its work following (X（以下简称“Y”）为…提供…, X（以下简称Y）负责…).
_DEFINED_SUBJECT = re.compile(r"\s*([^()]{2,30}?)\(以下(?:简称|统称)为?([^()]{1,20})\)(?:为[^,，。；;]{1,30}?提供|负责|承担|开展|组织|"
                              r"提供|牵头|统筹|是[^，,。；;]{0,24}?(?:主管部门|主管机关|管理部门|管理机构|责任主体))")
def _defined_body(text: str, rec: "UnitRecogniser") -> UnitName | None:
    """The body a sentence opens with, names in full and abbreviates, and makes competent or responsible, when no
    single known name covers the full name (上海市邮政、电信管理部门（以下简称市邮电管理部门）是本市邮电通信的主管部门):
    the unit the abbreviation reads as, spanning the full name."""
    m = _DEFINED_SUBJECT.match(text)
    if m is None or any(n.start <= m.start(1) and n.end == m.end(1) for n in rec.find(text[:m.end(1)])):
        return None
    alias = m.group(2).strip("“”\"'")
    known = [n for n in rec.find(alias) if n.start == 0 and n.end == len(alias)]
    if not known:
        return None
    return replace(known[0], start=m.start(1), end=m.end(1), surface=text[m.start(1):m.end(1)])


#: A province's or city's State Grid company by its usual names (国网四川电力, 国网上海市电力公司, 国网湖南省电力有限公司).
_GRID_COMPANY = re.compile(r"国网[\u4e00-\u9fff]{2,3}?(?:省|市)?电力(?:有限公司|公司)?(?![\u4e00-\u9fff]{0,2}(?:公司|集团))")
#: A zone listed between other units (各设区市及杨凌示范区、韩城市政府; 各市（区）、西咸新区负责): its administration.
_ZONE_LISTED = re.compile(r"(?:(?<=[、及和])|(?<=以及))((?!各|有关|相关|重点|其他)[\u4e00-\u9fff]{2,6}(?:新区|开发区|高新区|经开区|试验区|"
                          r"示范区|合作区))(?=[、及和]|以及|负责|牵头|要|应当|应(?!用)|须|必须)")
#: A company or group named as the subject of a plan's or a report's work (城发投集团发挥…, 哈投集团、创投集团聚焦…,
#: 由交能集团组建…): each stands for itself.
_COMPANY_ON_DUTY = re.compile(r"((?!各|相关|有关|重点|龙头|骨干|企业|国有|大型|本|该|其)[\u4e00-\u9fff]{2,10}?(?:集团|公司))"
                              r"(?=(?:[、和]|以及)[\u4e00-\u9fff]{2,10}?(?:集团|公司)|" + _WORK_VERBS + ")")

#: Endings of a zone's name that a body's zone may have beyond the places' (the cue lists of zone suffixes in
#: ontology/lexicon/cues.ttl): a city, a port, a base, an industrial district (桃浦智创城, 西部工业区).
_BODY_ZONE_ENDS = ("城", "港", "基地", "工业区")


@lru_cache(maxsize=1)
def _zone_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The zone-suffix vocabulary the candidate finder reads places with (cue:zoneSuffix, cue:placeZoneSuffix,
    cue:listedZoneSuffix, less cue:notListedZoneEnd's parks and schools) and :data:`_BODY_ZONE_ENDS`, as (a zone's
    administration: 天开高教科创园管理委员会; a zone listed as a unit: 市北功能区)."""
    from .candidates import _all_zone_suffixes
    from .extract import load_cues

    cues = load_cues()
    ends = "|".join(map(re.escape, _all_zone_suffixes(cues.listed_zone_suffixes, cues.zone_suffixes,
                                                      cues.place_zone_suffixes, _BODY_ZONE_ENDS)))
    parks = "|".join(map(re.escape, cues.not_listed_zone_ends))  # 城乡公园, 海绵型公园: a park, no zone
    return (re.compile(rf"((?!各|相关|有关|其他|本|该|其)[\u4e00-\u9fff]{{2,14}}?(?:{ends}))(?:管理委员会|管委会)"),
            re.compile(rf"(?!各|相关|有关)(?![\u4e00-\u9fff“”]*(?:{parks})$)[\u4e00-\u9fff“”]{{2,10}}(?:{ends})"))


#: Words no zone's name holds: a government or its act of making the zone (市人民政府设立 + 高新区管理委员会).
_NOT_A_ZONE_NAME = re.compile(r"政府|设立|成立|组建|批准|同意|负责|依法|应当|的")
#: An association of a field opening its duty (物业管理行业协会制定…, 快递行业协会应当…; 区成品油流通行业协会：发挥…), not a kind
#: (各行业协会, 相关协会).
_ASSOCIATION_ON_DUTY = re.compile(r"((?!各|相关|有关|其他|重点|本|该|其|行业|社会|民间)[\u4e00-\u9fff]{2,10}?"
                                  r"(?:行业协会|协会|商会|学会|联合会|促进会))"
                                  r"(?=[:：]|(?:还|也|均)?(?:应当|应|要|须|必须|负责|可以|可|制定|组织|开展|履行|承担|协助|配合|"
                                  r"发挥|加强|建立|推动|推进|做好))")

#: A body no lexicon knows, written with its level and its kind (市大数据中心, 区城市运行中心): a word inside its name
#: (大数据中心) names the body, not a technology of the text.
_PLACED_BODY = re.compile(r"[省市区县][\u4e00-\u9fff]{2,12}(?:中心|局|委员会|委|办公室|办)")

#: The post of a chief system (河长制, 路长制, 林长制) at its levels as a duty's subject.
_CHIEF = re.compile(r"((?:各级|[省市州县区镇乡村街道]|\([\u4e00-\u9fff、]{1,6}\)|、)*级?(?:总)?(?:河湖长|河长|湖长|林长|路长|田长))"
                    r"(?=(?:还|也|均)?(?:负责|应当|应|要|须|履行|承担|组织|协调|督促))")

#: The units of a clause made the document that a cover notice hands over (…联合制定《…》，现予印发).
_ISSUED = re.compile(r"(?:等(?:部门|单位))?(?:联合|共同|研究|组织|牵头)?(?:制定|编制|起草|修订|印发|出台|发布)了?《")
_HANDED_OVER = re.compile(r"现予以?印发|现印发|印发给你们|现将.{0,40}印发|请(?:认真)?(?:遵照|贯彻)执行")
#: A month (and year, day) that dates the clause, before it or opening it (2023年12月，X…联合印发《…》): done then.
_DATED_BEFORE = re.compile(r"(?:^|[。；;)）])\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[,，]\s*)?$")
_DATED_OPENING = re.compile(r"\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?[,，]")

#: A decree's line that makes a rule public (…审议通过，并经X、Y同意，现予公布，自…起施行, u105): who passed and consented,
#: no duty.
_PROMULGATED = re.compile(r"(?:审议通过|会议通过|讨论通过)[^。]{0,400}?(?:现予公布|现予发布|予以公布|现予施行)")

#: A sentence that opens with a past period (党的十八大以来，…; 近年来，…): it tells what was done.
_SINCE = re.compile(r"^[^，,。；;]{0,24}(?<!将)以来[，,]|^近年来|^近几年|"
                    r"^(?:这|过去|过去的|刚刚过去的)?[一二三四五两几]年(?:来|里|中)?[，,]|^去年[，,]")  # 这一年，过去五年，一年来，
#: Words that open a clause which only sets the scene of a duty still to come (对…提供的电子文件，应当…).
_SETTING = ("对", "在", "为", "按照", "根据", "依照", "依据", "经", "自", "于")
#: A clause that only says when a duty arises (公安机关…依法进行调查时，): 时 at its end, not 及时/同时.
_WHILE = re.compile(r"(?<![及随按准同适定届实临暂即])时$|的时候$")
#: A group set up with its members named (成立由…任组长，A、B、C相关领导为成员的…协调小组（以下简称…），统筹协调…).
_GROUP = (r"([\u4e00-\u9fff“”]{2,30}?(?:领导小组|协调小组|工作小组|推进小组|工作组|工作专班|专班|指挥部|委员会|联席会议))"
          r"(?:\(以下简称[^)]{1,12}\))?[,，](?:负责|统筹|牵头|具体负责|协调|组织|发挥|全面指导|指导)")
_FORMED_GROUP = re.compile(r"为成员的" + _GROUP)
#: A group of the units listed before 组成的 (成立由市政府分管副秘书长牵头，市应急局、…等部门和单位组成的工作专班，负责…).
_COMPOSED_GROUP = re.compile(r"由([^。；;]{2,400}?)组成的" + _GROUP.replace("{2,30}?", "{0,30}?", 1))
#: A group set up, then its duty (成立数字政府建设工作领导小组，统筹指导协调…).
_SET_UP_GROUP = re.compile(r"(?:^|[，,。；;])(?:成立|组建|设立)" + _GROUP)


def _formed_group(text: str, names: list[UnitName], found: list[tuple[UnitName, str]]
                  ) -> list[tuple[UnitName, str]]:
    """The group a sentence sets up with its members and gives a duty: the group leads, its member units (named
    between 组长 and 为成员) support it."""
    m = _FORMED_GROUP.search(text)
    composed = None if m else _COMPOSED_GROUP.search(text)
    if composed:
        return _composed_group(text, composed, names)
    if not m:
        set_up = _SET_UP_GROUP.search(text)  # 成立数字政府建设工作领导小组，统筹指导协调…: the group bears the duty
        out = []
        if set_up and not any(n.start <= set_up.start(1) < n.end for n, _ in found):
            out.append((_body_name(set_up.group(1), set_up.start(1)), "responsible"))
        seat = re.search(r"办公室设在", text)  # …，办公室设在国务院办公厅，具体负责…: the body that hosts it does the work
        hosts, at = [], seat.end() if seat else -1
        for n in sorted(names, key=lambda n: n.start):  # (…设在市住房城乡建设管理委、市房屋管理局，负责…: both, u38's dev run)
            if n.start == at:
                hosts.append(n)
                at = n.end + (1 if text[n.end:n.end + 1] in "、和" else 0)
        have = {n.iri for n, _ in found}
        if hosts and re.match(r"[,，](?:具体)?负责", text[hosts[-1].end:]):
            out.extend((h, "responsible") for h in hosts if h.iri not in have)
            office = re.search(r"([\u4e00-\u9fff]{2,24}?办公室)$", text[:seat.start() + 3])
            named = [n for n in names if n.end == seat.start() + 3]
            if named and named[0].iri not in have:  # and the office itself, as its readers mark it
                out.append((named[0], "responsible"))
            elif not named and office and not any(n.start <= office.start(1) < n.end for n, _ in found + out) and \
                    not office.group(1).startswith(_POLICY_VERBS + _BUILD_VERBS):
                out.append((_body_name(office.group(1), office.start(1)), "responsible"))
        return out
    start = max(text.rfind("组长", 0, m.start()), text.rfind("成立", 0, m.start()))
    if start < 0:
        return []
    have = {n.iri for n, _ in found}
    members = [n for n in names if start < n.start and n.end <= m.start() and n.iri not in have]
    return [(_body_name(m.group(1), m.start(1)), "lead")] + [(n, "support") for n in members]


def _composed_group(text: str, m: re.Match, names: list[UnitName]) -> list[tuple[UnitName, str]]:
    """A group made of the units listed before 组成的, and its duty: the group bears it, the unit that leads it (X牵头;
    a post of X: 市政府 + 分管副秘书长) leads, the other members support."""
    out: list[tuple[UnitName, str]] = [(_body_name(m.group(2), m.start(2)), "responsible")]
    for n in names:
        if not (m.start(1) <= n.start and n.end <= m.end(1)):
            continue
        head = re.match(r"([\u4e00-\u9fff]{0,8}?)牵头", text[n.end:m.end(1)])
        if head and not any(n.end < o.start < n.end + head.end() for o in names):
            if head.group(1):  # 市政府 + 分管副秘书长牵头: the post leads
                n = _body_name(text[n.start:n.end + len(head.group(1))], n.start)
            out.append((n, "lead"))
        else:
            out.append((n, "support"))
    return out


#: Verbs whose object is helped or watched in its duty, not given it (支持居（村）民委员会承担…, 督促业主履行…).
_HELPED = re.compile(r"(?:支持|督促|指导|协助|配合|监督|帮助|鼓励|引导|推动)$")
#: A unit's clause that only says when its duty arises (接到报告后, 收到申请之日起): the duty is in the next clause.
def _next_has_subject(text: str, clauses: list[tuple[int, int]], ce: int, names: list[UnitName]) -> bool:
    """Does the clause after the one ending at *ce* open with a unit of its own (…后，项目业主可以…)?"""
    nxt = next(((b, e) for b, e in clauses if b >= ce), None)
    return nxt is not None and any(n.start == _clause_start(text, *nxt) for n in names)


#: Words no unit's name opens with: a clause's verb or modal read into a generic name (u111: 依法对用人单位, 责令用人单位,
#: 开办制盐企业, 必须经省盐业行政主管部门和地矿、环保等有关部门, 提请司法机关; u113: 委托依法设立的技术服务机构).
_VERB_OPENS_NAME = re.compile(r"(?:依法对|依法向|责令|必须|应当|提请|报请|开办|委托(?![方人])|授权(?![方人主]|运营)|移交|移送|"
                              r"这|导致|建议|助力|促使|(?:规定|分析)(?=[\u4e00-\u9fff]{2,}企业$)|不论|无论|一个|一家|禁止|"
                              r"提供(?![者方商]|单位|[^的]{1,20}的)|"
                              r"[\u4e00-\u9fff]{1,3}(?:人|者|方)对(?=[\u4e00-\u9fff]{4}))")
# (not 委托方, 授权主体, 授权运营主体: parties named by the act; u117: 这导致电力企业, 建议电力企业, 助力企业 — a verb's
# object, in a guide's prose, is no party bound)


#: The issuers of a joint text, counted (两部门将组织…, 三部门联合…).
_N_DEPARTMENTS = re.compile(r"(两|三|四|五)部门(?:将|要|还将|也将|联合|共同|适时|会同|统筹|组织|加强|负责|定期|及时|根据|按照|对)")
_COUNT = {"两": 2, "三": 3, "四": 4, "五": 5}


#: What a party must be to take part (须为在中华人民共和国境内注册的…, 应当是依法设立的…, 须具备…资质): who it is, no duty.
_ELIGIBLE = re.compile(r"[^，,；;。]{2,16}?(?:须|必须|应当|应)(?:为|是)(?:在中华人民共和国|在我国|在中国|我国境内|中国境内|境内|依法|独立法人|具有独立)")


#: What a unit has done before the clause that follows (出具项目审定报告后, 完成登记之后): a time, no duty yet.
_DONE_THEN = re.compile(r"(?!应当|应|须|必须|要)[^，,；;。]{2,30}?(?:之后|以后|后)")
_WHEN = re.compile(r"(?:接到|收到|发现|受理|完成|自)[^，,；;。]{1,30}(?:后|时|之日起)|(?:进行|经过|作出)[^，,；;。]{1,20}后|"
                   r"(?:认为|发现)[^，,；;。]{2,40}的")


def _led_units(text: str, at: int, inside: list[UnitName]) -> list[UnitName]:
    """The units listed right after 牵头 at *at* (牵头A、B和C + a verb): empty unless the first begins there."""
    out: list[UnitName] = []
    pos = at + 2
    for n in sorted(inside, key=lambda n: n.start):
        if n.start < pos:
            continue
        if n.start != pos:
            break
        out.append(n)
        pos = n.end
        sep = re.match(r"、|和|及|与|以及", text[pos:])
        if not sep:
            break
        pos += sep.end()
    return out


#: A body whose part is called on (充分发挥数字经济发展部际联席会议制度作用, 发挥新一代人工智能发展规划推进办公室的统筹作用).
_PLAYS_ROLE = re.compile(r"发挥(?:好)?([\u4e00-\u9fff]{2,30}?(?:联席会议|领导小组办公室|领导小组|推进办公室|工作专班|"
                         r"指挥部|委员会|协调机制))(?:制度)?(?:的)?(?:(?:统筹协调|统筹|协调|牵头抓总|牵头|指导|组织|督促)"
                         r"(?:[、和][\u4e00-\u9fff]{2,4}){0,3})?作用")  # (…领导小组统筹协调、整体推进、督促落实作用, u108)


def _roles_played(text: str, names: list[UnitName], found: list[tuple[UnitName, str]]) -> list[tuple[UnitName, str]]:
    """Bodies a clause calls on to play their part: responsible (a known name as it is known, else by its kind)."""
    out = []
    seen = {(n.start, n.end) for n, _ in found}

    for m in _PLAYS_ROLE.finditer(text):
        a, b = m.span(1)
        known = [n for n in names if n.start == a and n.end == b]
        unit = known[0] if known else _unknown_body(m.group(1), a)
        if (unit.start, unit.end) not in seen and not unit.generic:
            out.append((unit, "responsible"))
    return out


#: A body a clause sends a matter to for approval or decision: 提请自治县人民政府强制执行, 报请市政府决定, or after a
#: modal 应当经市政行政主管部门同意, 必须按规定程序报市政行政主管部门审批 (not 经国务院批准设立的…, 报…批准后实施).
_REFER = re.compile(r"(?:提请|报请)$")
_MUST_REFER = re.compile(r"(?:应当|必须|须|应)[^，,；;。]{0,8}?(?:报经|报|经)$")
_APPROVAL = re.compile(r"(?:依法)?(?:审批|批准|同意|审核|核准|决定|审定|强制执行|强制拆除|许可|评估|挂牌督办|督办)")
#: (what comes before the bodies, what comes after them): a body a matter is referred to (报请市政府决定), a body
#: that supervises (业务上受市档案主管部门监督和指导), one a permit is applied to (向规划主管部门申请建设工程规划许可),
#: one that is consulted (征求公安机关交通管理部门的意见).
_REFERRALS = (
    (_REFER, _APPROVAL), (_MUST_REFER, re.compile(_APPROVAL.pattern + "(?!的)")),  # (应当采用经X批准的坐标系统: X's
    # approval describes what is used, no referral)
    (re.compile(r"(?<!接)受$"), re.compile(r"(?:的)?(?:业务)?(?:监督|指导|领导)")),
    (re.compile(r"向$"), re.compile(r"(?:提出|依法)?(?:申请|申领)(?!人)")),
    (re.compile(r"(?:征求|听取)$"), re.compile(r"(?:的)?意见")),
    # a clause that opens with the approval it needs (经公安机关交通管理部门评估后方可…, 经市测管办批准后提供)
    # a duty's condition: the consent of a body (…，并经市信息化主管部门审查同意; 并经过市…部门的审核)
    (re.compile(r"(?:并|且|须|需|必须|应当|应)经(?:过)?$"),
     re.compile(r"(?:的)?(?:审查|审批|批准|审核|核准|审定)?(?:同意|批准|审核|审批|审定|核准|认定)")),
    (re.compile(r"(?<![途历神曾已])经(?:过)?$"),
     re.compile(r"(?:依法)?(?:审批|批准|审核|核准|审定|许可|评估|验收|认定)(?:后|合格|通过|[，,])")),
)


#: A definition (X包括…, X是指…) and the party it defines (…的企业): an approval inside it says who is covered.
_DEFINES = re.compile(r"^[^，,。；;]{2,30}?(?:包括|是指|系指)")
_DEFINED_PARTY = re.compile(r"[^。；;]*?的(?:企业|单位|机构|组织|个人|主体|经营者|项目|产品|设施)(?:[。；;，,]|$)")


def _approvals(text: str, names: list[UnitName], found: list[tuple[UnitName, str]]) -> list[tuple[UnitName, str]]:
    """Bodies a clause refers a matter to for approval or decision: the approval is their duty."""
    seen = {(n.start, n.end) for n, _ in found}
    runs: list[list[UnitName]] = []  # names joined by 、/和 (报经自治县市政、公安机关交通管理部门同意)
    for n in names:
        if runs and text[runs[-1][-1].end:n.start] in ("、", "和", "与", "及"):
            runs[-1].append(n)
        else:
            runs.append([n])
    out = []
    for run in runs:
        before = text[max(0, run[0].start - 14):run[0].start]
        if _DEFINES.search(text, 0, run[0].start) and _DEFINED_PARTY.match(text, run[-1].end):
            continue  # 航空维修企业包括…或经民航主管部门批准…的企业 (u60): which firms a word covers, no duty
        if re.search(r"未经(?:过)?(?:有关|相关)?$", before):
            continue  # 未经国务院批准，不得出台… (u107): a prohibition, no approval asked of anyone
        if any(b.search(before) and a.match(text, run[-1].end) for b, a in _REFERRALS):
            out.extend((n, "responsible") for n in run
                       if (n.start, n.end) not in seen and not (n.generic and not n.prefix and "/any-" not in n.iri))
    return out


#: A role the text gives a named unit (主办单位为上海市人民政府，承办单位为上海市市场监督管理局; 牵头单位是…).
_ROLE_IS = re.compile(r"((?:主办|承办|协办|实施|责任|牵头|组织|执行|配合|主管|监管)(?:单位|部门|机构|机关|主体))(?:是|为)$")


def _named_in_role(text: str, names: list[UnitName], found: list[tuple[UnitName, str]]) -> list[tuple[UnitName, str]]:
    """主办单位为X, 承办单位为Y: each named unit is given the role its noun has in a note (the cue lists)."""
    from .extract import load_cues

    seen = {(n.start, n.end) for n, _ in found}
    out = []
    for n in names:
        m = _ROLE_IS.search(text, max(0, n.start - 8), n.start)
        if m and (n.start, n.end) not in seen:
            out.append((n, _role_of(m.group(1), load_cues()) or "responsible"))
    return out


def _tail_items(tail: str, stems: "dict | frozenset" = frozenset()) -> list[str]:
    """The items of a list's tail (、X、Y和Z): an item that is no unit's name joined by 和/及/与 to the next is one
    name with it (其他公共管理和服务机构, not 其他公共管理 + 服务机构); so is a department's field that holds a 和
    (工业和信息化, 人力资源和社会保障: a key of *stems*, the lexicon's department stems)."""
    tail = _FIELDS_OF_KIND.sub(lambda m: m.group(0).replace("、", "\0"), tail)  # 电力、通信等管线权属单位: one item
    parts = [p.replace("\0", "、") for p in re.split(r"(以及|[、和及与])", tail)[1:]]
    items: list[str] = []
    for sep, item in zip(parts[::2], parts[1::2]):
        field = _CLOSING_DEPARTMENTS.sub("", item)
        if items and sep == "和" and match_key(items[-1] + sep + field) in stems:
            items[-1] += sep + item  # 工业 + 和 + 信息化等部门 (u47): one department's field
        elif items and sep in "和及与" and len(items[-1]) >= 3 and len(item) <= 4 and \
                not _UNIT_NOUN.match(items[-1]) and not re.search(r"(?:组织|团体|人员|个人|企业|单位|部门|机构)$", items[-1]):
            items[-1] += sep + item
        elif item:
            items.append(item)
    return items


#: The closing words of a list of departments named by their fields (…、工业和信息化等部门).
_CLOSING_DEPARTMENTS = re.compile(r"等(?:其他|其它)?(?:有关|相关)?(?:主管)?部门$")
#: The last characters of a body's own name (中国海警局, 国家数据局): no 部门 added after it.
_BODY_END = ("局", "委", "部", "厅", "办", "院", "会", "署", "中心", "队", "站", "所", "处", "室")
#: Fields listed before the kind of party they are (电力、通信、燃气、给排水等管线权属单位): one party.
_FIELDS_OF_KIND = re.compile(r"(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}等(?!(?:其他|其它)?(?:有关|相关)?(?:主管)?部门)"
                             r"(?:(?!应当|负责|必须)[\u4e00-\u9fff]){0,8}?"
                             r"(?:企业|单位|机构|组织|部门)")
#: Role nouns that continue a list of units a clause opens with (各区、重点能源企业应…; 各部门、各街道、各区属集团要…).
#: What a listed party does, then a modal (收集数据应当, 使用数据不得): a duty of the whole list.
_ACT_THEN_MODAL = re.compile(r"(?:[^，,。；;的对向由在]){2,10}?(?:应当|不得|必须)")
_LIST_TAIL = re.compile(r"(?:(?:以及|[、和及与])(?:[\u4e00-\u9fff]{2,10}?(?:单位|部门|机构)的)?"
                        r"(?:(?:[\u4e00-\u9fff]{1,9}、){1,8}[\u4e00-\u9fff]{1,9}等(?=(?:(?!应当|负责|必须)[\u4e00-\u9fff]){0,8}?"
                        r"(?:企业|单位|机构|组织|部门))(?:(?!应当|负责|必须)[\u4e00-\u9fff]){0,12}?|"  # 供电、通信等 + 单位
                        r"(?:(?!应当|负责|必须)[\u4e00-\u9fff]){2,12}?)(?:企业|集团|团体|组织|单位|部门|机构|协会|商会|联盟|"
                        r"经营者|运营者|管理者|使用者|所有者|生产者|提供者|处理者|服务商|运营商|人民政府|管委会|管理委员会)|"
                        # (…人民政府及其相关部门、燃气经营者应当…; 江北新区管委会、涉农的区人民政府应当…, u109)
                        r"(?:以及|[、和及与])各?类?(?:园区|功能区|开发区|产业园区|街镇|镇街|社区|村居))+")  # 各部门、街镇、+ 园区要…
#: Regulated parties that a regulation's article opens with (网络数据处理者…，应当…).
_PARTY = r"[\u4e00-\u9fff]{1,10}?(?:处理者|提供者|接收方|经营者|运营者|生产者|开办者|使用者|管理者|所有者|服务商|制造者|销售者|进口者|设计者)"
#: Bodies a regulated party may be (…的企业, …的单位): named with what they do, not by the noun alone.
_BODY_KIND = "企业|单位|机构"
_PARTY_FIRST = re.compile(rf"^(?![向对与给为由从在经将把被])({_PARTY})(?!是指|包括|指)")  # (not 向其他…处理者提供…: the receiver)
_PARTY_LAST = re.compile(rf"的({_PARTY})$")
_MODAL = ("应当", "应", "须", "必须")
_PARTY_MODIFIED = re.compile(rf"[^的，,；;。]{{1,30}}的(?:({_PARTY}|(?:[\u4e00-\u9fff]{{1,4}}、)*[\u4e00-\u9fff]{{0,4}}?(?:{_BODY_KIND}|医院))|"
                             rf"(保管单位|使用单位|管理单位|建设单位|所有权人|使用权人)[，,]?)(?=(?:还|也|均)?(?:应当|应|须|必须))")
#: The same party with a comma before its duty (从事船舶污染物接收服务的单位，应当…, dev-bs).
_PARTY_MODIFIED_COMMA = re.compile(rf"[^的，,；;。]{{1,30}}的((?:[\u4e00-\u9fff]{{1,4}}、)*[\u4e00-\u9fff]{{0,4}}?(?:{_BODY_KIND}))[，,]"
                                   r"(?=(?:还|也|均)?(?:应当|应|须|必须))")
#: What a party described by its activity needs before it may act (…，必须依法取得…资质; …，应当经…批准).
_QUALIFYING = re.compile(r"(?:还|也|均)?(?:应当|应|须|必须)(?:依法|按照规定|按规定)?(?:取得|经|报经|具有)")
#: A party described by what it does, then what it does now, its duty in a later clause (从事电子商务的企业向消费者
#: 出具购货凭证…，应当符合…).
_PARTY_DOING = re.compile(rf"^(?:从事|建立|提供|开展|经营|运营|使用|设立|举办)[^的，,]{{1,24}}的({_PARTY}|{_BODY_KIND})"
                          r"(?=[\u4e00-\u9fff])")


def _topic_subject(text: str, clauses: list[tuple[int, int]], names: list[UnitName]) -> list[tuple[UnitName, str]]:
    """The duty of a regulated party an article opens with, stated in a later clause of the sentence
    (网络数据处理者使用自动化工具…的，应当…; 提供…服务的网络数据处理者，应当…): the party as a generic unit."""
    cb, ce = clauses[0]
    off = _clause_start(text, cb, ce)
    first = text[off:ce]
    later = [text[b:e].lstrip() for b, e in clauses[1:]]
    if later and _LENIENCY.match(later[0]):
        return []  # 小型个人信息处理者有下列情形之一的，应当从轻或者减轻处罚 (u83): leniency shown to it, no duty
    m = _PARTY_FIRST.match(first)
    if m and any(c.startswith(_MODAL) for c in later) and \
            not any(not n.generic and off <= n.start < off + m.end() for n in names):
        return [(_generic_name(m.group(1), off), "responsible")]
    m = _PARTY_LAST.search(first)
    if m and later and later[0].startswith(_MODAL):
        return [(_generic_name(m.group(1), off + m.start(1)), "responsible")]
    m = _PARTY_MODIFIED.match(text, off)  # 提供生成式人工智能服务的网络数据处理者应当…; 测绘成果的保管单位，应当…
    if m is None and not text.startswith(_POLICY_VERBS, off):  # (not 支持符合条件的企业，应当…: whose the duty is, unsaid)
        m = _PARTY_MODIFIED_COMMA.match(text, off)
        if m and _QUALIFYING.match(text, m.end()):
            return []  # 从事测绘活动的单位，必须依法取得测绘资质; …的单位，应当经…批准: what the party needs, no duty (dev)
    if m and m.group(1) and re.search(f"(?:{_BODY_KIND}|医院)$", m.group(1)):  # 在互联网上建立电子商务平台的企业应当…
        # (住院床位总数在100张以上的医院应当设立…, u129)
        # (…重要信息系统的运营、使用单位，应当…; 处置危险废物的单位,应当…)
        return [(_generic_name(text[off:m.end(1)], off), "responsible")]  # named by what it does
    if m:
        g = 1 if m.group(1) else 2
        return [(_generic_name(m.group(g), m.start(g)), "responsible")]
    m = _PARTY_DOING.match(first)
    if m and later and later[0].startswith(_MODAL):
        short = _PARTY_SHORT.match(first, m.end() + first[m.end():].find("(")) if "(" in first[m.end():] else None
        if short and "、" not in short.group(1) and re.fullmatch(r"[\u4e00-\u9fff、]*", first[m.end():short.start()]):
            # 从事…活动的企业事业单位、个体工商户（以下称排水户）向…排放污水的，应当… (u96): the party the text names so
            return [(_generic_name(short.group(1), off + short.start(1)), "responsible")]
        return [(_generic_name(text[off:off + m.end()], off), "responsible")]
    return []


_ITEM_LABEL = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、)?\s*")
#: The same, and a decimal paragraph number (3.3.1) before a duty list item's unit.
_DUTY_ITEM_LABEL = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}(?![.\d])\s*)?")


def _colon_assignments(sent: Sentence, names: list[UnitName]) -> list[tuple[UnitName, str]]:
    """A duty list item that names its unit before a colon ((一)区发展改革委：牵头会同区建管委、区机管局负责…;
    区财政局：负责…): that unit is responsible (leads when the duty opens with 牵头 or 会同), the units after
    会同 support it."""
    text = sent.norm
    at = _ITEM_LABEL.match(text).end() or _DUTY_ITEM_LABEL.match(text).end()
    head = [n for n in names if n.start == at]
    if head:
        unit = max(head, key=lambda n: n.end)
    else:  # (二)区平台技术服务单位(以下简称“平台单位”)：…负责…: a body no lexicon knows, by its kind
        m = _NAMED_HEAD.match(text, at)
        if not m or not (re.search(r"负责|承担|牵头", text[m.end():m.end() + 40]) or
                         _COLON_DUTY.match(text, m.end())):
            return []
        unit = _unknown_body(m.group(1), at)
    rest = re.sub(r"^\(以下(?:简称|统称)[^()]{1,24}\)", "", text[unit.end:])
    rest = re.sub(r"^(?:的)?(?:主要)?职责(?:是|为)?(?=[:：])", "", rest)  # 3.3.1区建设管理委主要职责：协调…
    if not rest.startswith(("：", ":")) or len(rest) < 6:
        return []
    duty = rest[1:]
    lead = duty.startswith(("牵头", "会同"))
    out = [(unit, "lead" if lead else "responsible")]
    m = re.match(r"(?:牵头)?会同", duty)
    if m:
        base = len(text) - len(duty) + m.end()
        out += [(n, "support") for n in names if base <= n.start < base + 30 and n is not unit]
    return out


#: A duty written right after a body's colon (国网上海嘉定供电公司：组织、协调本区人员转移安置).
_COLON_DUTY = re.compile(r"[:：](?:组织|协调|统筹|统一|做好|开展|落实|推进|加强|指导|督促|配合|协助|参与|保障|实施|建立|完善|"
                         r"依法|按照|根据|对(?=[^，,。；;]{1,30}?(?:进行|实施|开展|予以)))")


#: Words after which a clause is the work of those encouraged or supported, not the issuer's.
_ENCOURAGED = re.compile(r"鼓励|支持|引导|推动|动员|吸引")
#: A people's congress or a political consultative conference: a government works with them, they take no duty from it.
_LEGISLATURE = re.compile(r"人大|人民代表大会|政协|政治协商")
#: A clause that opens with working with a unit, its subject unwritten (积极配合国家能源局…, 协同市水务局、城投集团推进…).
_PARTNER_FIRST = re.compile(r"(?:积极|主动|全力|密切)?(配合|协助|协同|会同|联合)")
#: A body that a unit sets up, names or designates, named by that act (自治县成立的城乡规划委员会, 市人民政府依法确定的城市轨道
#: 交通经营单位), the clause's whole subject.
_DESIGNATED_BODY = re.compile(r"[^，,。；;的]{1,30}?(?:成立|设立|确定|明确|指定|组建)的((?:负责[^，,。；;的()]{2,20}的)?"
                              r"(?:[\u4e00-\u9fff]){2,20}?(?:委员会|单位|机构|部门|中心|办公室|小组|专班))"
                              r"(?:\(以下(?:简称|统称)为?[“\"]?([^”\"()]{2,20})[”\"]?\))?")
#: Words that make a relative clause more than a qualifier of its unit: a duty of its own, or a list.
_NOT_A_QUALIFIER = re.compile(r"[、，,；;]|应当|必须|牵头|会同|配合|协助|由|按照|根据|依照|依据")


def _qualified_subject(text: str, start: int, ce: int, inside: list[UnitName]) -> UnitName | None:
    """A unit a relative clause picks out, as the subject of the next clause's duty: 具有本办法规定的处理权限的 +
    市场监督管理部门，应当…; 收到举报的 + 市场监督管理部门 + 不具备处理权限的，应当… (the condition it meets may follow
    it).  The relative clause opens with a verb and holds no duty and no other unit."""
    if not _CONDITION_DUTY.match(text, ce):
        return None
    for n, unit in enumerate(inside):
        if unit.start <= start + 1 or text[unit.start - 1] != "的" or unit.end > ce:
            continue
        rel, rest = text[start:unit.start - 1], text[unit.end:ce]
        if len(rel) > 30 or _NOT_A_QUALIFIER.search(rel) or any(m.start >= start for m in inside[:n]) or \
                inside[n + 1:] and inside[n + 1].start < ce or \
                not (cut(rel)[0][1] or "").startswith("v"):
            return None
        if rest and not (rest.endswith("的") and "的" not in rest[:-1] and not _NOT_A_QUALIFIER.search(rest) and
                         (cut(rest)[0][1] or "").startswith(("v", "d", "p", "a"))):
            return None
        return unit
    return None


#: A body a unit sets up, named to the end of its clause (市人民政府设立 + 优化营商环境咨询委员会，负责…).
_SET_UP_BODY = re.compile(r"((?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{1,8}”){2,24}?(?:委员会|领导小组|工作小组|推进小组|专班|指挥部|"
                          r"办公室|中心|工作组))")
#: A body no lexicon knows, by the kind of body its name ends with, where it opens an item or clause whose duty
#: follows (北京市大数据工作推进小组负责…; (一)黄浦区节能减排工作领导小组办公室(以下简称“区节能减排办”)：…).
_NAMED_HEAD = re.compile(r"([\u4e00-\u9fff]{0,10}?(?:评审|专家|考核|督查|督导|检查|调查|验收|审查|评估|巡查)组|"
                         r"[\u4e00-\u9fff]{0,8}?(?<!人民)(?:人民)?武装部|"
                         r"(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{1,8}”){2,24}?(?:领导小组办公室|领导小组|推进小组|工作小组|"
                         r"专家委员会|委员会|管委会|"
                         r"工作专班|专班|指挥部|办公室|中心|工作机构|服务单位|技术单位|维保单位|质量监督机构|公司|集团|"
                         r"大学|学院|研究院|档案馆|图书馆|博物馆|协调机制|工作机制|联席会议|(?<![办之此各])处|"
                         r"总队|支队|大队|中队|救援站|派出所|监管所|管理所|供电所|(?<=城运)中心|"
                         # a bureau no lexicon knows, named with its place (平潭县经济发展局, 金井湾片区开发管理局)
                         r"管理局|(?<=[\u4e00-\u9fff]{2})(?<![格布大开全新结变棋破困僵残时定胜危赛饭骗赌当])局|"
                         r"(?<=[\u4e00-\u9fff]{2})(?<![举承主协交转代帮领督查])办(?=[(:：]))"
                         # the office's field in brackets before its colon (城市建设管理事务中心（水务）：…, u35 dev)
                         r"(?:\([\u4e00-\u9fff]{1,6}\)(?=[:：]))?)"
                         r"(?=\(以下(?:简称|统称)|[:：]|(?:具体)?(?:负责|承担|牵头)|"
                         r"(?:统筹协调|统筹|组织|指导|督促|协调)(?=[^，,。；;]{0,12}?(?:部门|机关|单位|机构)))")


def _unknown_body(name: str, at: int) -> UnitName:
    """A body's name found by its kind: a generic unit when collective (各…, 相关…), else a candidate body."""
    if name.startswith(_COLLECTIVE_START):
        return _generic_name(name, at)
    return _body_name(name, at)


#: The role a unit is given before its work in the same clause (作为全区文物主管部门 + 履行…, 作为牵头部门 + 打头阵).
_ROLE_GIVEN = re.compile(r"作为[^，,。；;]{0,20}?(?:主管部门|牵头部门|责任部门|责任单位|牵头单位|实施主体|责任主体|统筹主体|"
                         r"主体|第一责任人)")


#: Words that open a clause's predicate or adjunct, never a body's name (作为…主管部门, 是本市政府…).
_NOT_A_NAME = ("作为", "是", "由", "为", "对", "向", "在", "经", "将", "把", "按", "根据", "依照", "依据", "依法", "负责", "其",
               "设在", "设于", "挂靠", "隶属")


def _subject_list(text: str, cb: int, ce: int, inside: list[UnitName], cues) -> list[UnitName]:
    """A clause that is only a list of units, with the duty in the next clause (县级以上人民政府及其有关部门、
    省通信管理机构，应当…): those units.  A word written right before a unit's name belongs to it (省通信 +
    管理机构 → 省通信管理机构, a body no lexicon knows)."""
    if not inside or ce >= len(text) or text[ce] not in ",，" or not text[ce + 1:].lstrip().startswith(cues.duty):
        return []
    out, pos = [], cb
    for n in sorted(inside, key=lambda n: n.start):
        gap = text[pos:n.start]
        if gap == "及其" and out and out[-1].surface.endswith("政府") and n.surface in ("有关部门", "相关部门", "其他有关部门"):
            out[-1] = replace(out[-1], end=n.end, surface=text[out[-1].start:n.end])  # …人民政府及其有关部门: one unit
            pos = n.end
            continue
        lead = re.sub(r"^(?:[\s、]|及其|以及|和|及|与|或者|等)*", "", gap)
        if out and re.fullmatch(r"(?:所属|下属|设立|管理)的", lead) and not re.sub(r"[\s、和及与等]", "", text[n.end:ce]):
            # 国务院其他有关部门和省…人民政府其他有关部门 + 所属的 + 气象台站，应当… (u83): the units only say whose
            # stations bear the duty, one party named by the whole phrase
            return [_generic_name(text[out[0].start:n.end], out[0].start)]
        if lead == gap and "的" in lead and len(lead) <= 12 and out and out[-1].surface.endswith("政府") and \
                not any(w in lead for w in cues.duty if len(w) >= 2):
            # 本级人民政府 + 确定的数字经济 + 主管部门: the department that government names, one unit
            out[-1] = _generic_name(text[out[-1].start:n.end], out[-1].start)
            pos = n.end
            continue
        if not gap and out and out[-1].surface.endswith("政府") and re.fullmatch(r"各(?:有关|相关)?部门", n.surface):
            # 市、区（县级市）人民政府 + 各部门、…，应当… (dev): the departments of those governments, one collective
            out[-1] = _generic_name(text[out[-1].start:n.end], out[-1].start)
            pos = n.end
            continue
        if lead and (len(lead) > 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", lead) or lead.startswith(_NOT_A_NAME)
                     or any(w in lead for w in cues.duty if len(w) >= 2)):
            return []
        party = re.fullmatch(r"([\u4e00-\u9fff]{0,6}?(?:单位|组织|企业|机构))(?:和|及|与|以及)", lead) if out else None
        if party:  # 各部门、+ 单位和 + 镇人民政府: a party of its own before the conjunction, then the unit
            out.append(_generic_name(party.group(1), n.start - len(lead)))
        elif lead:
            n = _body_name(lead + n.surface, n.start - len(lead))
        out.append(n)
        pos = n.end
    if re.sub(r"[\s、和及与等]", "", text[pos:ce]):
        return []
    return out


#: A body's leaders named after it (市政府领导班子, 经市政府领导同意): 领导 there is no duty of the body (县级以上人民政府领导和统筹…).
_ITS_LEADERS = ("领导班子", "领导干部", "领导小组", "领导同志", "领导人员", "领导下", "领导同意", "领导批准", "领导审定", "领导签")
#: The bodies of a unit named after it (及其委托的工作机构, 及其所属单位; not 及其工作人员: staff are named where they are
#: sanctioned).
_ITS_OWN = re.compile(r"及其(?:委托的|所属的?|下属的?|派出的?|设立的)?[\u4e00-\u9fff]{0,6}?(?:机构|单位|部门)")


#: A responsibility pressed on a unit (压实地方各级人民政府…工作责任, u61): the verb, the unit right after it, and its
#: responsibility within a few words, no clause between them.  Only 压实 and a unit a lexicon names: readers mark
#: no duty in 落实企业主体责任 or 压实社会单位…主体责任, a party's own responsibility recalled (dev: 26 of 29 were not).
_PRESS = re.compile(r"(?:压紧压实|压实)")
_PRESSED_TAIL = re.compile(r"(?:的)?[^，,。；;、：:（(]{0,14}?(?:主体|属地|监管|管理|工作|领导|主管|安全|第一|防控|保护|"
                           r"治理|服务|监督|直接|全面)?责任(?!制|人|书|清单|追究|单位|部门|区)")


def _pressed_duties(text: str, names: list[UnitName], found: list[tuple[UnitName, str]]) -> list[tuple[UnitName, str]]:
    """Units a sentence presses a responsibility on (压实X…责任): responsible for the sentence's work."""
    seen = {(n.start, n.end) for n, _ in found}
    out = []
    for m in _PRESS.finditer(text):
        named = [n for n in names if n.start == m.end() and n.surface not in ("企业", "单位")]
        if named:
            n = max(named, key=lambda n: n.end)
            if (n.start, n.end) not in seen and _PRESSED_TAIL.match(text, n.end):
                out.append((n, "responsible"))
                seen.add((n.start, n.end))
    return out


def _table_assignments(sent: Sentence, rec: UnitRecogniser) -> list[tuple[UnitName, str]]:
    """A flattened table row: a cell (between tabs or wide spaces) that holds only unit names."""
    text = sent.norm
    if "\t" not in text and "  " not in text:
        return []
    out = []
    pos = 0
    titles = [m.span() for m in re.finditer(r"《[^《》]*》", text)]
    for cell in re.split(r"\t+|\s{2,}", text):
        at = text.find(cell, pos)
        pos = at + len(cell)
        if any(b < at < e for b, e in titles):
            continue  # 《国家发展改革委  国家能源局  关于…的意见》: the issuers in a cited document's title

        names = rec.find(cell)
        rest = cell
        for n in names:
            rest = rest.replace(n.surface, "")
        if names and not re.sub(r"[、,，;；\s牵头配合负责等]", "", rest):
            out.extend((_shifted(n, at), "responsible") for n in names)
    return out


def find_responsibilities(tree: DocumentTree, lexicon: Lexicon, region: str | None, cues=None
                          ) -> tuple[list[Assignment], dict[int, list[tuple[int, int, tuple[str, ...]]]], list[UnitName]]:
    """Every unit assignment of *tree* (see the module doc), in text order; where the text names a
    known body by its full name (sentence index → spans in the original text), so that a word inside it
    (省统计局, 市大数据局) is not read as a mention of a sector or technology (each span comes with the kinds
    of mention it hides).  A department named by its function (审计部门, 市场监管、生态环境等部门) is not such a
    name: its sector words stay mentions; a department in such a list hides only technologies (大数据 in
    公安、民政、大数据等部门 is the big-data bureau); and the named bodies that issued it."""
    from .extract import load_cues

    cues = cues or load_cues()
    rec = UnitRecogniser(lexicon, region)
    rec.local = local_abbreviations(tree, rec)
    rec.compounds = compound_abbreviations(tree, rec)
    for short, fulls in sorted(rec.compounds.items()):  # 省、市人民政府 defined as 省人民政府、武汉市人民政府: 市人民政府 alone is
        if not _LEVELS_SHORT.fullmatch(short):  # 自治州人民政府、安宁河流域县（市）人民政府（以下简称安宁河流域县级以上地方人民政府）
            # (u91): the name the text gives the bodies together, read whole (u115: not the last of them, 民航管理部门
            # for 民航局 and 民航地区管理局 together)
            if rec.local.get(short, short) in (short, fulls[-1]):
                rec.local[short] = short
            continue
        for level, full in zip(short[0] + short[2], fulls):  # 武汉市人民政府 too
            if level + "人民政府" != full:
                rec.local.setdefault(level + "人民政府", full)
    rec.own_ministry = _own_ministry(tree, rec)
    rec.own_body = _own_body(tree, rec)
    rec.issuers = _issuers(tree, rec)
    names_of = {s.index: rec.find(s.norm) for s in tree.sentences}  # every rule below reads these
    rec.learn_levels(tree.doc.norm, names_of.values())
    for s in tree.sentences:
        if rec.reads_differently(names_of[s.index]):  # a bare 数据资源主管部门 of a text that gives it to every level
            names_of[s.index] = rec.find(s.norm)
        label = re.search(r"第[一二三四五六七八九十百零〇两\d]{1,5}条\s*$", tree.doc.norm[max(0, s.nbegin - 10):s.nbegin])
        scope = _SCOPE_ONLY.search((label.group(0) if label else "") + s.norm)
        if scope and (scope.group("asks") or not re.search(r"负责|应当|牵头|会同|配合|不得|必须", s.norm)):
            names_of[s.index] = []  # 海关在进出口商品检验中采信…，适用本办法 (u123): the rule's scope, no one's duty
    target_of = _targets(tree)
    named_rows = _titled_targets(tree)
    row_paras = [p for u in tree.units for p in u.paragraphs
                 if len(p.sentences) > 1 and p.sentences[0].norm.lstrip().startswith(("|", "｜"))]
    row_ends = {p.sentences[0].index: p.sentences[-1].nbegin + len(p.sentences[-1].norm) for p in row_paras}
    in_row = {s.index for p in row_paras for s in p.sentences[1:]}  # (a joined row's later sentences: still the row)
    note_item = _standalone_note_items(tree)
    parents = {u.id.rsplit("/", 1)[0] for u in tree.units if "/" in u.id}  # units with sub-items
    convention = note_convention(tree.doc.norm)
    out: list[Assignment] = []
    spans: dict[int, list[tuple[int, int]]] = {}
    seen = set()
    first_of: dict[tuple, int] = {}  # an assignment's key → where it is in *out*
    row_target = None
    header_roles: list[str] = []  # the unit columns of a flattened table's header, as they are read
    columns: list[str] = []  # the roles of a table's unit columns (牵头单位, 配合单位), in order
    cell = 0  # which unit column of the current row the next cell of units is
    listing = None  # (article, [(bearer, the sentence naming it)]): “X负责下列工作：” and the items that follow
    headed: tuple[str, list[UnitName], Sentence] | None = None  # (item, units, heading): (一)区房管局。 and its body
    addressed = _addressees(tree, rec)
    bare_notes = _bare_note_count(tree, names_of)
    dividing = _dividing_sentences(tree)

    short_of: dict[str, list[str]] = {}  # a body's full name → the abbreviations the document gives it
    for short, full in sorted(rec.local.items()):
        short_of.setdefault(full, []).append(short)

    def emit(target: str, n: UnitName, role: str, where: Sentence) -> None:
        """Record that *n*, named in *where*, takes *role* for *target* (once per target, unit and role; a row of a
        task-division table that names its item is evidence of its own beside the item's note)."""
        key = (target, n.iri, role) if target != named_row or where.index not in row_cells else \
            (target, n.iri, role, where.index)
        if n.generic and _RIGHT_IN_NAME.search(n.surface):
            return  # 用户有权自主选择电信业务经营者… (u65): a right the text grants, read as a party's name: no duty
        if n.generic and n.surface == "部门":
            return  # 有关机关和 + 部门应当… (u118): 部门 alone names no one (有关机关 bears the duty; a bare 机关 or 单位
            # in a list is a kind of party the development set's readers mark)
        if n.generic and re.search(r"、|以及", n.surface):
            listed = n.surface.replace("以及", "、 ")  # (the same offsets)
            items = [(m.start(), m.end()) for m in re.finditer(r"[^、]+", listed)]
            words = [listed[b:e].strip() for b, e in items]
            if len(items) >= 2 and all((_PARTY_NOUN.fullmatch(w) or w.endswith(("人员", "职工"))) and "等" not in w and
                                       "的" not in w and len(w) >= 3 for w in words):  # (提供…服务的部门、单位: one)
                # 用人单位、从业人员、工会组织、医疗机构以及有关部门应当予以协助 (u55): each party of the list, a unit
                # (the staff it names are people, no unit)
                for (b, e), w in zip(items, words):
                    if _PARTY_NOUN.fullmatch(w):
                        b += len(listed[b:e]) - len(listed[b:e].lstrip())
                        emit(target, _generic_name(w, n.start + b), role, where)
                return
        if _PERSON_POST.match(where.norm, n.end) or _LISTED_POST.match(where.norm, n.end):
            return
        if "《" in where.norm and any(m.start() < n.start and n.end < m.end() for m in _CITED_TITLE.finditer(where.norm)):
            return  # 根据…《国务院关于授权国家互联网信息办公室负责互联网信息内容管理工作的通知》，制定本规定 (u89): a title cited  # 组长由区党工委书记陈善光担任: the unit names a person's post, it takes no duty
        if _WHOSE_RULE.match(where.norm, n.end) and re.search(r"(?:在|按照|依照|根据|按|依)$", where.norm[:n.start]):
            return  # …在国务院规定的职责范围内做好… (u89): whose rule bounds the work, not who does it
        scope = _NOT_IN_SCOPE.search(where.norm)
        if scope and n.end <= scope.start():
            return  # 学校、图书馆等单位内部附设的…场所，应当遵守有关法律、法规，不适用本条例 (u89): the rule's scope
        if _violator(where.norm, n.start):
            return  # 违反本办法第十二条规定，处置企业…的，由…责令改正: the party in breach is punished, not charged
        if not n.generic and n.extra and n.extra.get("kind") == "Organization" and _COLLECTIVE_TAIL.search(n.surface):
            # 市人民政府相关部门, 自治县人民政府及有关部门, 市人民政府政务服务数据等部门 (u47): departments not named one by
            # one, a collective, not a body of that name; a government joined to them (及有关部门) bears the duty too
            joined = _GOVERNMENT_AND_ITS.match(n.surface)
            gov = next((g for g in rec.find(joined.group(1)) if g.start == 0 and g.end == len(joined.group(1)) and
                        not g.generic), None) if joined else None
            if gov is not None:  # 自治县人民政府及有关部门: that government (and its departments), written whole, as
                n = replace(gov, start=n.start, end=n.end, surface=n.surface)  # 省人民政府及其有关部门 is read
            else:
                n = replace(n, iri=f"{GENERIC}x-{_short(n.name)}", generic=True,
                            extra={k: v for k, v in {**n.extra, "kind": "GenericUnit"}.items()
                                   if k not in ("candidate", "confidence")})
        if _APPROVED_BY.match(where.norm, n.end) and _OWN_APPROVAL.search(where.norm, 0, n.start):
            return  # 本条例经河北省人民代表大会常务委员会批准后施行 (u47): how the text itself comes into force, no duty
            # (经市人民政府批准，…可以…: the approval of another's step is a duty readers mark)
        if _qualifies_departments(n, names_of.get(where.index, ()), where.norm):
            return  # 市、县(区)人民政府 + 民政、卫生健康等部门 (u47): whose departments they are, not a duty of its own
        if n.iri.startswith(f"{GENERIC}x-"):
            n = _before_verb(n)
            if n is None:
                return  # 浦东新区鼓励和引导市场主体, 共同委托具备相应条件的技术机构: a clause read as one role noun
        if key in seen:
            _another_spelling(key, n, where)
        elif not n.surface.startswith(("下列", "以下", "如下")):  # 由下列单位组织清理：(the list follows)
            seen.add(key)
            if n.extra and n.extra.get("candidate") and short_of.get(n.name):  # 市城市建设档案馆 (市城建档案馆)
                n = replace(n, extra={**n.extra, "alt": sorted({*n.extra.get("alt", ()), *short_of[n.name]})})
            b, e, written = _written(n, where)
            first_of[key] = len(out)
            out.append(Assignment(target, n.iri, role, written, n.name, where.index, b, e,
                                  n.generic and not _named_by_function(n, where.norm), n.extra))

    def _written(n: UnitName, where: Sentence) -> tuple[int, int, str]:
        """Where *n* stands in the original text, and its name as written there."""
        b, e = tree.doc.orig_span(where.nbegin + n.start, where.nbegin + n.end)
        return b, e, re.sub(r"[ \t]*(?:\n|<br\s*/?>)[ \t]*", "", tree.doc.text[b:e])  # (省经\n济和信息化厅: a wrapped
        # line's break; 区机关事务管理<br>服务中心: a table cell's)

    def _another_spelling(key: tuple, n: UnitName, where: Sentence) -> None:
        """The body of an assignment already made named again otherwise in the same article (城市管理部门牵头负责…。
        市城市管理委会同有关部门制定…): the second spelling is one of its names (``alt``) for the graph's label."""
        k = first_of.get(key)
        if k is None or out[k].extra is None:
            return
        written = _written(n, where)[2]
        had = out[k]
        if written not in (had.surface, had.name, *had.extra.get("alt", ())):
            out[k] = replace(had, extra={**had.extra, "alt": sorted({*had.extra.get("alt", ()), written})})
    pipe_columns: dict[int, str] = {}  # a Markdown table's unit columns (cell index → role), from its header row
    pipe_width = 0  # how many cells the header row has
    pipe_last: list = []  # the last row's units (and where): a row under a merged cell shares them
    after_number_column = False
    first_column: str | None = None  # the header cell after 序号 of a flattened table (项目名称, 牵头单位)
    located = False  # the current table has a column of places (所在地): a cell naming only a place is that column's
    row_numbered = False  # the line before was a row's number (1 |): the next cell begins the row
    named_row: str | None = None  # the item a task-division table's current row divides, by its title
    row_cells: set[int] = set()  # the sentences that are cells of such a row
    prev_key = ""  # the last body line, for a header cell broken over two lines
    review = _review_units(tree)
    for s in tree.sentences:
        names = names_of[s.index]
        if _DOC_NUMBER_LINE.fullmatch(s.norm.strip()):
            continue  # 工信部联信管〔2026〕119号: a document's number names its issuer, who takes no duty by it
        if s.index in addressed:  # 各区人民政府，市政府各委、办、局：… 现将…印发给你们，请认真贯彻落实。
            line, units = addressed[s.index]
            for n in units:  # the document's audience (dcterms:audience), asked to carry out all of it: no one action's unit
                key = (target_of.get(s.index, s.unit or s.section), n.iri, "addressee")
                if key not in seen:
                    seen.add(key)
                    b, e = tree.doc.orig_span(line.nbegin + n.start, line.nbegin + n.end)
                    out.append(Assignment(key[0], n.iri, "addressee", tree.doc.text[b:e], n.name, s.index, b, e,
                                          n.generic, n.extra))
        for n in names:
            # (a body named by its level and a kind no lexicon knows — 县大数据中心 in a text of no known region, a
            # generic name — is still a body: u30 read its 数据中心 as a technology)
            if (not n.iri.startswith(f"{GENERIC}x-") and "/x-" not in n.iri or _PLACED_BODY.fullmatch(n.surface)) and \
                    not n.surface.endswith(COLLECTIVE):
                # a department in a list (公安、民政、大数据等部门) still names its sector, but no technology
                kinds = ("Technology",) if _in_department_list(s.norm, n.end) else ("Technology", "Domain")
                spans.setdefault(s.index, []).append((*tree.doc.orig_span(s.nbegin + n.start, s.nbegin + n.end), kinds))
            elif n.generic and _OFFICE_BY_FIELD.search(n.surface):
                # 大数据管理部门, 计算机管理监察机构: an office named after its field names no technology (its sector's
                # word stays a domain's mention, as in a list of departments)
                spans.setdefault(s.index, []).append(
                    (*tree.doc.orig_span(s.nbegin + n.start, s.nbegin + n.end), ("Technology",)))
        if review and (s.unit or s.section) in review:
            continue  # a work report's review of the past year (2023年工作回顾): what units did, no duty (u35: 大邑县探索…)
        target = target_of.get(s.index, s.unit or s.section)
        if listing is not None and s.unit and s.unit.startswith(listing[0] + "("):
            # an item of “X负责下列工作：（一）…（二）会同Y…”: X leads it (named where the list opens), Y supports
            partners = _item_partners(s, names)
            if partners:
                for bearer, where in listing[1]:
                    emit(target, bearer, "lead", where)
                for n in partners:
                    emit(target, n, "support", s)
        else:
            listing = None
        if s.kind == "body" and s.unit and tree.unit(s.unit).kind == "article" and _first_of_unit(tree, s):
            units = _article_duties_units(s, names, rec)
            if units:  # 第五条 区廉政办工作职责： / （一）监察方面 / 1.组织实施… (dev-bw): the body whose duties the article lists
                headed = (s.unit, units, s)
                continue
        if s.kind == "heading":
            units = _heading_units(s, names, rec) if s.unit else []
            # (a section of an article that lists one body's duties, （一）政法方面, stays that body's: dev-bw)
            inside_headed = headed is not None and s.unit and s.unit.startswith((headed[0] + "/", headed[0] + "("))
            headed = (s.unit, units, s) if units else (headed if inside_headed else None)
        elif s.kind == "body" and s.unit and _first_of_unit(tree, s):
            unit = _line_unit(s, names, rec)  # 1.街道消委办。牵头开展…: a numbered item opened by a unit's name
            if unit is not None:
                headed = (s.unit, [unit], s)
                continue
        if s.kind == "heading" and not re.search(r"负责|牵头|会同|配合|应当|(?<!供)应(?!用|对|急)|须|[\u4e00-\u9fff]" +
                                                 _YAO_DUTY, s.norm) and \
                not re.match(rf"\s*{_ARTICLE}\S", s.norm) and not _SENTENCE_ITEM.search(s.norm) and \
                not _COLON_HEADING.match(s.norm) and not (any(s.norm[n.start - 1:n.start] == "由" for n in names) and
                     not s.norm.rstrip("；;。.， ").endswith("的")) and not _unit_at_work(tree, s, names):
            continue  # an item heading that assigns (（一）户籍登记数据，由公安机关负责；（一）地质灾害预警由自然资源主管部门
            # 发布；, not the condition （六）…由政府统一指定医疗机构的；) or an article's first
            # sentence (第三条 市住房城乡建设管理委是本市…的行政主管部门) is read as a clause
        if s.kind == "body" and s.norm.lstrip().startswith("|"):  # a row of a Markdown table (| 1 | 名称 | 单位 |)
            header = _pipe_header(s.norm)
            if header is not None:
                pipe_columns, pipe_last = header, []
                pipe_width = len(pipe_cells(s.norm if "\n" in s.norm.strip() else _pipe_line(tree.doc.norm, s, s.nbegin)))
                continue
            if pipe_columns:
                # the row's line (a cell may hold several sentences); a row joined from a cell-per-line table is
                # its own sentence
                joined = "\n" in s.norm.strip()
                line_at = s.nbegin if joined else tree.doc.norm.rfind("\n", 0, s.nbegin) + 1
                line = s.norm if joined else _pipe_line(tree.doc.norm, s, line_at)
                width = pipe_width if joined else len(pipe_cells(line))  # (a joined row's cells may go on after it)
                merged = pipe_width - width if 0 < width < pipe_width else 0
                row_end = row_ends.get(s.index) if joined else None
                if row_end is not None:  # a joined row whose long cell holds sentences (| 1 | 项目 | 21 | 总建筑面积…。
                    # 年产…。 | 中国船舶集团有限公司第七一八研究所 | 肥乡区 |): the whole row is read, from its first sentence
                    line = tree.doc.norm[s.nbegin:row_end]
                    row = _pipe_row_units(replace(s, norm=line), rec.find(line), pipe_columns, rec, line, 0, 0, padded=True)
                else:
                    row = _pipe_row_units(s, names_of[s.index], pipe_columns, rec, line, s.nbegin - line_at, merged,
                                          padded=joined)
                if merged:  # a short row: cells merged on its left (| 2 | 新建… | 市工信局 |), or its empty cells on the
                    # right left out by the copy (| 1 | 任务 | 措施 | 年底前 | 区生态环境局 | 区城市管理委 |): the reading
                    # that finds more units
                    left = _pipe_row_units(s, names_of[s.index], pipe_columns, rec, line, s.nbegin - line_at, 0)
                    if len(left) > len(row):
                        row = left
                if row:
                    pipe_last = [(n, role, s) for n, role in row]
                elif width >= pipe_width and re.match(r"\s*[|｜]\s*\d{1,3}\s*[|｜]", s.norm):
                    pipe_last = []  # a full row whose unit cell names no unit known: the rows under it are not the last's
                elif width < pipe_width and re.match(r"\s*[|｜]\s*\d{1,3}\s*[|｜]", s.norm) and pipe_last and \
                        not any(rec.find(line[a:b]) for a, b in pipe_cells(line) if b - a <= 30 and "。" not in line[a:b]):
                    # | 3 | 梳理总结… |: a row under a merged unit cell (| 2 | 市发改委 | 积极争取… |) is that unit's (a
                    # row with a short cell of units of its own is not: | 5 | 完成…。 | 市交通局 |)
                    for n, role, where in pipe_last:
                        emit(target, n, role, where)
                for n, role in row:
                    emit(target, n, role, s)
                continue
        elif s.kind == "body" and pipe_columns and s.norm.strip() and s.index not in in_row and \
                not tree.doc.norm[tree.doc.norm.rfind("\n", 0, s.nbegin) + 1:s.nbegin].strip(" |｜"):
            pipe_columns = {}  # a line that is no row: the table has ended (a row's second sentence goes on)
        if s.kind == "body" and _TABLE_TITLE.fullmatch(s.norm.strip()):
            columns, header_roles, located = [], [], False  # a new table (附表2 / …任务分配表): its own header comes next
        key = re.sub(r"[\s|｜]", "", s.norm) if s.kind == "body" else ""  # a cell of a table copied a cell a line (建设业主 |)
        begins_row, row_numbered = row_numbered, bool(columns or header_roles) and re.fullmatch(r"\d{1,3}", key) is not None
        if row_numbered:
            named_row = None  # a new row's number: which item it divides is read from its next cell
        if key == "序号":
            first_column = None  # a header row begins: the column after the number is read next
        elif after_number_column and first_column is None and s.kind == "body":
            first_column = key  # 序号 / 项目名称 / 建设内容 / 建设单位: a row's first cell names its project
        if key in _PLACE_HEADERS:  # (a header cell on a line of its own)
            located = True  # 序号 / 项目名称 / 所在地 / 建设业主: a place in a row is where, not who
            prev_key = key
            continue
        header = _TABLE_HEADER.get(key)
        if key in _HEADER_TAIL and prev_key + key in _TABLE_HEADER:  # a header cell broken over two lines (牵头 / 部门)
            if prev_key not in _TABLE_HEADER:
                header_roles.append(_TABLE_HEADER[prev_key + key])  # 实施 / 主体
            prev_key = key
            continue
        prev_key = key
        if header is not None:  # a column of a flattened table: 序号 / 主要任务 / 牵头单位 / 配合单位 / 完成时限
            header_roles.append(header)
            continue
        glued_header = _glued_header(key) if s.kind == "body" and len(key) <= 80 else None
        if glued_header:  # a header row run together (…分解表工作任务工作要求牵头单位配合/责任单位)
            columns, header_roles = [], glued_header
            continue
        listed = _unit_list(s, names, rec, bool(columns) and row_target is not None) \
            if s.kind == "body" and not _signature(tree, s) and not after_number_column and \
            not (begins_row and (columns or header_roles) and first_column is not None and
                 _NAME_COLUMN.search(first_column)) else None  # (a project's name: 燃料电池研发中心, 氢能产业园)
        # a header row's cell after 序号 (序号 / 街镇 / 源头达标实效指标 …) names a column, not a unit
        after_number_column = s.kind == "body" and s.norm.strip() == "序号"
        if listed and not columns and (s.unit or "").startswith("annex") and all(_is_place_office(n) for n in listed) \
                and not _assigning_annex(tree, s.unit):
            listed = None  # a row label of an annex's table of indicators or projects (吴淞街道 / …): not a duty
        if listed and "annex" in (s.unit or "").split("/")[0] and tree.unit(s.unit.split("/")[0]).label == "附录":
            listed = None  # 附录三 … 编制单位 / 中国工业互联网研究院 / 国家电网 … (u117): who drafted a guide, no duty
        if listed and located and all(n.iri.endswith("/government") and not n.surface.endswith("政府") for n in listed):
            listed = None  # 长沙市 in the column of places of a table of projects
        if listed:  # a table cell of units on a line of its own: the row's content above is theirs
            role = columns[cell] if cell < len(columns) else "responsible"
            roles = _ordered_roles(s.norm, listed, convention) if convention and not columns and \
                _BRACKETED_LIST.fullmatch(s.norm) else [role] * len(listed)
            glued = _glued_at(s.norm, listed) if cell + 1 < len(columns) else None
            if glued is not None:  # two cells run together: 区经济发展局区行政审批局 | 区直各有关单位，…
                roles = [columns[cell]] * glued + [columns[cell + 1]] * (len(listed) - glued)
                cell += 1
            found, target = list(zip(listed, roles)), row_target or target
            if named_row is not None and target == named_row:
                row_cells.add(s.index)
            if not s.norm.rstrip().endswith(("、", ",", "，")):
                cell += 1  # the cell ends here (a cell that goes on ends with 、)
        elif s.kind == "responsibility":
            found = _note_assignments(s, rec, cues, convention)
            target = note_item.get(s.index, target)
            if target.endswith("#1") and target[:-2] in parents:  # (十)加快推进…。…（责任单位：…） then 1.… 2.…:
                target = target[:-2]  # the note closing an item's lead paragraph governs the whole item
        else:
            found = _colon_assignments(s, names) or \
                _clause_assignments(s, rec, cues, names) + ([] if _signature(tree, s) else _table_assignments(s, rec))
            if "成员" in s.norm:
                found = _without_member_heads(s.norm, found)
            if "征求" in s.norm:
                found = _consulted_support(s.norm, found)
            if not found and s.kind == "body" and s.index in dividing:
                found = _division_subject(s.norm, names)
            if "责任" in s.norm:
                found += _pressed_duties(s.norm, names, found)
            defined = _DEFINED_SUBJECT.match(s.norm) if s.kind == "body" and names and names[0].start == 0 else None
            if defined and names[0].end == defined.end(1) and not any(n is names[0] for n, _ in found):
                # 四川电力负荷管理中心（以下简称“负荷管理中心”）为…提供…服务: the body a sentence names and abbreviates
                # first does the work that follows
                found = [(names[0], "responsible")] + found
            elif s.kind == "body" and not found:
                whole = _defined_body(s.norm, rec)
                if whole is not None:  # 上海市邮政、电信管理部门（以下简称市邮电管理部门）是本市…主管部门，负责…
                    found = [(whole, "responsible")]
            lead_in = _LEADING_BRACKET.match(s.norm) if s.kind == "body" else None
            if lead_in:  # …运送网络。（市卫生健康委，各区政府）结合…: the bracket is the note of the sentence before
                inside = [n for n in names if n.end <= lead_in.end()]
                bracket = _unit_list(replace(s, norm=s.norm[:lead_in.end()]), inside, rec)
                if bracket:
                    roles = _ordered_roles(s.norm[:lead_in.end()], bracket, convention) if convention else \
                        ["responsible"] * len(bracket)
                    found = list(zip(bracket, roles)) + [f for f in found if f[0].start >= lead_in.end()]
            trailing = _TRAILING_BRACKET.search(s.norm) if s.kind == "body" else None
            if trailing and trailing.start() > 0 and not any(n.end == trailing.start() for n in names):
                # …给予资金支持（市科委、中关村管委会）。: a bare note closing the item (not 区委宣传部（区文明办…）: its offices)
                at = trailing.start()
                bracket = [n for n in names if n.start == at + 1 and n.end == trailing.end() - 1] or \
                    _unit_list(replace(s, norm=" " * at + s.norm[at:trailing.end()]), [n for n in names if n.start >= at], rec)
                if bracket and (bare_notes >= 2 or not all(n.generic for n in bracket)):
                    # (给予资金奖励（各区政府）。: collectives alone, in a text whose items close with such notes)
                    roles = _ordered_roles(s.norm[at:trailing.end()], bracket, convention) if convention else \
                        ["responsible"] * len(bracket)
                    found = [f for f in found if f[0].end <= at] + list(zip(bracket, roles))
            duty_of = _DUTIES_OF.match(s.norm, _clause_start(s.norm, 0, len(s.norm)))
            if not found and duty_of:  # 市水文机构的职责是：(一)…: the unit bears the items that follow
                found = [(n, "responsible") for n in names if n.start == duty_of.start() and n.end == duty_of.end(1)]
            if s.kind == "body" and (len(s.norm) >= 12 or begins_row):  # (a short project's name after its number)
                if begins_row:
                    named_row = named_rows.get(key)  # 1 / 一门式查询 / …: the row of the item of that title
                row_target, cell = named_row or target, 0  # (its content cells, long lines, are the same row's)
                if header_roles:  # the table's unit columns, in their order, once a row begins
                    columns = header_roles if {"lead", "responsible"} & set(header_roles) else []
                    header_roles = []
        if headed is not None and s.kind in ("body", "heading") and s.unit and \
                (s.unit == headed[0] and s.kind == "body" or s.unit.startswith((headed[0] + "/", headed[0] + "("))):
            have = {n.iri for n, role in found}
            bearers = {n.iri for n in headed[1]}
            duties = [(n, role) for unit in headed[1] for n, role in _headed_duties(s, unit, names)
                      if n.iri not in have or n.iri in bearers]
            if not duties and not [n for n, _ in found if not n.generic] and s.unit != headed[0] and \
                    _first_of_unit(tree, s) and tree.unit(s.unit).kind == "item":
                duties = [(n, "responsible") for n in headed[1]]  # (三)小区居委 / 2.按标准配强…: each item is its duty
                # (a party the item binds too, 校外培训机构不得…, leaves it the heading's unit's, dev-bu)
            for n, role in duties:
                emit(target, n, role, headed[2] if any(n is u for u in headed[1]) else s)
        for n, role in found:
            emit(target, n, role, s)
        if found and s.unit and _LISTS_DUTIES.search(s.norm):
            listing = (s.unit, [(n, s) for n in {n.iri: n for n, role in found if role != "support"}.values()])
    return _strongest_roles(_one_node_per_name(out)), spans, _issuing_bodies(tree, rec)


#: A body no lexicon knows, named after its place (…/org/cn-350128/x-6b36438eeec8): the place and the name's key.
_PLACE_KEYED_BODY = re.compile(re.escape(ORG) + r"(cn-\d+)/(x-[0-9a-f]+)")


def _bare_note_count(tree: DocumentTree, names_of: dict[int, list[UnitName]]) -> int:
    """How many sentences of *tree* close with a bracket that opens with a named body (…给予资金支持（市科委、中关村管委会）。):
    a text that writes its notes so also closes an item with collectives alone (…给予资金奖励（各区政府）。)."""
    count = 0
    for s in tree.sentences:
        m = _TRAILING_BRACKET.search(s.norm) if s.kind == "body" else None
        if m and m.start() > 0 and any(n.start == m.start() + 1 and not n.generic for n in names_of[s.index]):
            count += 1
    return count


def _one_node_per_name(out: list[Assignment]) -> list[Assignment]:
    """One written name, one unit in a document: a unit read by its kind (a generic ``x-`` IRI) whose name as written
    is also read, elsewhere in the document, as a unit the lexicon knows (数据资源主管部门 → the data-resources
    department) is that unit."""
    known: dict[str, set[tuple[str, str]]] = {}
    described: dict[str, dict | None] = {}  # the unit's own description (a function's node, 财政部门: no lexicon's)
    for a in out:
        if not a.iri.startswith(f"{GENERIC}x-"):
            known.setdefault(a.surface, set()).add((a.iri, a.name))
            described.setdefault(a.iri, a.extra)
    # a body no lexicon knows written bare in a list (区资源生态局、执法应急局、…) and with its place's level elsewhere
    # (区执法应急局): one body of that place (u34 found two nodes)
    placed: dict[str, set[str]] = {}
    for a in out:
        m = _PLACE_KEYED_BODY.fullmatch(a.iri)
        if m:
            placed.setdefault(m.group(2), set()).add(a.iri)
    by_iri = {a.iri: a for a in out}
    written_with = {(a.sentence, a.surface, a.iri) for a in out}
    fixed = []
    for a in out:
        if a.iri.startswith(f"{GENERIC}x-") and len(known.get(a.surface, ())) == 1 and \
                (a.sentence, a.surface, next(iter(known[a.surface]))[0]) not in written_with:
            # (not a short name that stands for two units, each read in the same sentence: 安宁河流域县级以上地方人民政府
            # for 自治州人民政府 and the basin's counties', u91)
            (iri, name), = known[a.surface]
            a = replace(a, iri=iri, name=name, extra=described.get(iri))
        elif a.iri.startswith(f"{ORG}x-") and len(placed.get(a.iri[len(ORG):], ())) == 1:
            body = by_iri[next(iter(placed[a.iri[len(ORG):]]))]
            extra = dict(body.extra or {})
            extra["alt"] = sorted({*extra.get("alt", ()), a.surface} - {body.name})
            a = replace(a, iri=body.iri, name=body.name, extra=extra)
        fixed.append(a)
    seen, result = set(), []
    for a in fixed:  # the same unit, target and role twice: once
        key = (a.target, a.iri, a.role, a.sentence)
        if key not in seen:
            seen.add(key)
            result.append(a)
    return result


def _strongest_roles(out: list[Assignment]) -> list[Assignment]:
    """A unit that leads an action is not also merely responsible for it (X牵头推进…，组织拟订…: X leads, and the
    next clause it carries is the same duty); other pairs of roles stay (X负责…，配合Y…), and so does a duty the
    unit bears under another written name (测绘部门 leads, 市测绘行政主管部门 bears a duty of its own)."""
    leads = {(a.target, a.iri, a.surface) for a in out if a.role == "lead"}
    # nor supports what it leads by one sentence (…由人民法院执行…，要求邮电部门协助执行的，由人民法院出具…: it leads)
    # (one name written twice; 市测绘行政主管部门 leads and 市国土房屋行政主管部门 supports though both read as one bureau)
    led = {(a.target, a.iri, a.sentence, a.surface) for a in out if a.role == "lead"}
    return [a for a in out if not (a.role == "responsible" and (a.target, a.iri, a.surface) in leads or
                                   a.role == "support" and (a.target, a.iri, a.sentence, a.surface) in led)]


#: An item that is a whole sentence of clauses (（一）晒制…地形图，必须凭用图单位公函，经市测管办批准后提供；), not a title.
_SENTENCE_ITEM = re.compile(r"[^\n]{8}[，,][^\n]{6}")

#: The words between 由 and a strong duty verb (由 + 区督查室 + 牵头): a body's name when they are a short noun phrase.
_PASSIVE_BODY = re.compile(r"((?:(?!负责|牵头|的|和|及|与|或|、|原则上|具体|统一|共同|自行|自主)[\u4e00-\u9fff]){2,10})"
                           r"(?=(?:具体|统一|共同)?(?:负责|牵头))")
#: An item heading that names a unit before a colon and its duty after it ((十二)区经委：加强对企业的…宣传和管理).
_COLON_HEADING = re.compile(r"\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])\s*[^：:，,。；;]{2,24}[：:]\s*\S")
#: An item heading that is only a unit's name ((一)区房管局。 / (六)虹房集团), whose body states its duties.
_HEADING_END = re.compile(r"[。.：:\s]*$")
#: A clause of such a body that opens with its duty (负责…, 配合…), and the role that duty gives.
_HEADED_DUTY = re.compile(r"(?:具体)?(?:负责|牵头|配合|协助|会同|承担|参与|指导|协调|加强|落实|统筹|推进|推动|协同|组织|做好|开展|"
                          r"督促|监督|保障)|在[^，,；;。]{2,30}?中(?:统筹|负责|落实|推进|指导|支持)|"
                          # (（一）区党群工作部 / 按照…配备标准核定…人员控制数总量, dev-bu: the rule it works by, then its work)
                          r"(?:按照|依照|根据)[^，,；;。]{2,40}?(?:核定|制定|编制|审核|审批|办理|落实|做好|开展|组织)")


def _first_of_unit(tree: DocumentTree, sent: Sentence) -> bool:
    """Is *sent* the first sentence of its unit (an item whose label the structure took off)?"""
    k = sent.index - 1
    return k < 0 or tree.sentences[k].unit != sent.unit


#: Verbs that open an item's title about building a body (布局重点实验室, 组建创新联合体).
_BUILD_VERBS = ("布局", "建设", "组建", "打造", "设立", "成立", "筹建", "新建", "创建", "建立", "搭建", "谋划", "发展", "壮大")


def _line_unit(sent: Sentence, names: list[UnitName], rec: "UnitRecogniser") -> UnitName | None:
    """The unit a sentence of its own names and nothing else (街道消委办。 / 派出所。 / 建管中心。), or None."""
    item = sent.norm.strip()
    duties = _DUTIES_HEADING.fullmatch(item.rstrip("。.：:"))
    if duties:  # 1.乡镇消防安全委员会职责 / （1）…（8）: the unit whose duties the items list
        item = duties.group(1)
        whole = [n for n in names if n.start == 0 and n.end == len(item)]
        if whole or _opens_with_verb(item):
            return whole[0] if whole else None
        if item.startswith(("乡镇", "街镇", "街道", "村居", "居村", "社区")):
            return _generic_name(item, 0)  # 乡镇消防安全委员会: that body of every town, no one body
        return _item_unit(item, 0, rec, bodies=True)
    if not re.fullmatch(r"[\u4e00-\u9fff()（）]{2,16}[。.：:]", item):
        return None
    item = item[:-1]
    whole = [n for n in names if n.start == 0 and n.end == len(item)]
    if whole and whole[0].generic and (_opens_with_verb(item) or item.startswith(_POLICY_VERBS + _BUILD_VERBS)):
        return None  # 5.坚持从严审批机构。 (dev-bu): an item's title that acts on bodies, no body of that name
    if whole:
        return whole[0]
    office = re.fullmatch(rf"[\u4e00-\u9fff()（）]{{1,6}}({_OFFICE_END})", item)
    if office and cut(item)[-1][0] == office.group(1):
        unit = _body_name(item, 0)  # 服务办, 建管中心: an office (not 总体布局: 布局 is one word)
    elif _opens_with_verb(item) or not _BODY_NAME.match(item) or item.startswith(_POLICY_VERBS + _BUILD_VERBS) or \
            _NO_BUREAU.search(item):
        return None  # 布局重点实验室。: an item's title that builds the body, not the body (u33)
    else:
        unit = _body_name(item, 0)
    if unit is not None and unit.iri.startswith(f"{ORG}x-") and rec.region:
        unit = _regional_body(unit, rec.region)  # an office named without its place (服务办) is the document's own
    return unit


#: Words that end in 局 and name no bureau (城市格局, 总体布局, 全局): what a heading's 局 may be.
_NO_BUREAU = re.compile(r"(?:格|布|大|开|全|新|结|变|棋|破|困|僵|残|时|定|胜|危|赛|饭|骗|赌)局$")


def _regional_body(unit: UnitName, region: str) -> UnitName:
    """A body no lexicon knows, named without its place (服务办, 宜州新区): the document region's own — one
    concept per region, not one for every text that writes the same words."""
    return replace(unit, iri=f"{ORG}x-{_short(region + unit.name)}", extra={**(unit.extra or {}), "region": region},
                   region=region)


#: A heading of a body's duties (领导小组职责, 办公室主要职责, 成员单位工作职责): the body's name.
_DUTIES_HEADING = re.compile(r"([\u4e00-\u9fff()（）]{2,20}?)(?:的)?(?:主要)?(?:工作)?职责")


def _unit_at_work(tree: DocumentTree, sent: Sentence, names: list[UnitName]) -> bool:
    """Is *sent* the heading of one unit's duties in a chapter of duties, the unit and its work in one line
    (三、部门职责 / （七）区财政金融局加强学校课后服务经费保障。, dev-bu): read as a clause, the unit its subject."""
    at = _ITEM_LABEL.match(sent.norm).end()
    if not at or not names or names[0].start != at or names[0].end >= len(sent.norm.rstrip("。.；; ")):
        return False
    uid = tree.unit(sent.unit).parent if sent.unit else None
    while uid is not None:
        if tree.unit(uid).role == "duties":
            return True
        uid = tree.unit(uid).parent
    return False


#: An article that opens by naming whose duties it lists (第五条 区廉政办工作职责：; …的主要职责是：).
_ARTICLE_DUTIES = re.compile(r"\s*([\u4e00-\u9fff、()（）]{2,30}?)(?:的)?(?:主要)?(?:工作)?职责(?:是|为|如下)?[:：]\s*")


def _article_duties_units(sent: Sentence, names: list[UnitName], rec: "UnitRecogniser") -> list[UnitName]:
    """The units an article's first sentence names as the body whose duties the article lists (区廉政办工作职责：,
    区党工委、管委会办公室工作职责：), or none."""
    m = _ARTICLE_DUTIES.fullmatch(sent.norm)
    if not m or _LISTS_DUTIES.search(sent.norm) or _opens_with_verb(m.group(1)) or m.group(1).startswith(("主要", "部门", "各方", "相关", "有关", "成员")):
        return []
    out, at = [], m.start(1)
    for piece in re.split(r"、", m.group(1)):  # 区党工委、管委会办公室: each body the list names
        whole = [n for n in names if n.start == at and n.end == at + len(piece)]
        unit = whole[0] if whole else _item_unit(piece, at, rec, bodies=True)
        if unit is None or unit.generic:
            return []
        out.append(unit)
        at += len(piece) + 1
    return out


def _heading_unit(sent: Sentence, names: list[UnitName], rec: "UnitRecogniser") -> UnitName | None:
    """The unit an item heading names and nothing else ((一)区房管局。, (五)各街道办事处), or None."""
    text = sent.norm
    at = _ITEM_LABEL.match(text).end()
    if at == 0:
        return None
    end = _HEADING_END.search(text, at).start()
    item = text[at:end]
    if not 2 <= len(item) <= 24:
        return None
    duties = _DUTIES_HEADING.fullmatch(item)
    if duties:  # 一、领导小组职责 / 二、领导小组办公室职责 (平潭's list of a leading group's duties): the unit whose duties
        # the section lists
        item = duties.group(1)
        whole = [n for n in names if n.start == at and n.end == at + len(item)]
        if re.search(r"[及和与、]", item):
            return None  # 二、领导小组及成员单位职责: the duties of several, each named below
        if whole or _opens_with_verb(item) or item.startswith(("主要", "工作", "部门", "各方", "相关", "有关")):
            unit = whole[0] if whole else None  # (二、主要职责, 三、部门职责: whose, the heading does not say)
        else:
            unit = _item_unit(item, at, rec, bodies=True)
        # (三、成员单位职责: the members, each named by the items under it, not one collective's duties)
        return None if unit is None or unit.generic and ("成员" in item or item.startswith("各")) else unit
    whole = [n for n in names if n.start == at and n.end == end]
    if whole:
        return whole[0]
    if _opens_with_verb(item) or re.match(r"以[^，,。]{1,12}?为", item) or _NO_BUREAU.search(item):
        return None  # (四)建设城市交通基础设施监测平台: a task's heading, not a body's name; (五)以提升能级品质为重点放大
        # 城市格局 (u38): a task's heading, 格局 no bureau
    words = cut(item)
    if len(words) == 1 or not re.search(rf"(?:{_OFFICE_END}|队|院|会|公司|集团)$", item) and \
            any((t or "").startswith("v") for w, t in words[:-1]):
        return None  # (四)总体布局 (one word, no body), (六)着力壮大经营主体 (a verb inside): a task's title
    unit = _item_unit(item, at, rec, bodies=True)
    if unit is not None and (unit.extra or {}).get("candidate") and not re.match(r"[省市州区县旗镇乡]", item) and \
            re.search(r"(?:办公室|委员会|领导小组|工作组|指挥部|专班)$", item):
        return _generic_name(item, at)  # (二)消防安全管理办公室: the office of that kind each street has, no one body
    return unit


def _heading_units(sent: Sentence, names: list[UnitName], rec: "UnitRecogniser") -> list[UnitName]:
    """The units an item heading names and nothing else: one ((一)区房管局。) or a list of named bodies
    ((六)杨浦城投集团、杨浦市政养护公司; (一)区建设管理委（区水务局）、区水务中心), each bearing the body's duties."""
    one = _heading_unit(sent, names, rec)
    if one is not None:
        return [one]
    text = sent.norm
    at = _ITEM_LABEL.match(text).end()
    end = _HEADING_END.search(text, at).start()
    if at == 0 or not 5 <= end - at <= 60 or "、" not in text[at:end]:
        return []
    out: list[UnitName] = []
    pos = at
    for piece in text[at:end].split("、"):
        a, b = pos, pos + len(piece)
        pos = b + 1
        alias = _ALIAS_NOTE.search(piece)
        core = b - len(alias.group()) if alias and alias.end() == len(piece) else b
        known = [n for n in names if n.start == a and n.end in (core, b)]
        unit = known[0] if known else _item_unit(text[a:core], a, rec, bodies=True)
        if unit is None or unit.generic or _opens_with_verb(text[a:core]):
            return []
        out.append(unit)
    return out


def _headed_duties(sent: Sentence, unit: UnitName, names: list[UnitName]) -> list[tuple[UnitName, str]]:
    """The duties of the unit a heading names, in the clauses of its body that open with a duty and no
    subject (负责定期牵头召开…；负责配合公安消防支队…): the unit leads where it 牵头s, supports where it
    配合s (the units it supports lead), else it is responsible — one role per unit, the strongest."""
    text = sent.norm
    out: list[tuple[UnitName, str]] = []
    for m in _CLAUSE.finditer(text):
        clause = m.group().lstrip()
        clause = clause[_ITEM_LABEL.match(clause).end():]  # (（一）负责编制…: a section of the body's duties, dev-bw)
        cb = m.end() - len(clause)
        d = _HEADED_DUTY.match(clause)
        if not d:
            continue
        head = clause[:8]
        if "配合" in head or "协助" in head:
            out.append((unit, "support"))
            k = clause.find("配合") if "配合" in head else clause.find("协助")
            base = cb + k + 2
            out += [(n, "lead") for n in names if base <= n.start <= base + 1 and n.iri != unit.iri]
        elif "牵头" in head:
            out.append((unit, "lead"))
        else:
            out.append((unit, "responsible"))
    # one role per unit for the item, the strongest it takes (区建交委 负责…；负责配合…: responsible, not also support)
    rank = {"lead": 0, "responsible": 1, "support": 2}
    best: dict[str, tuple[UnitName, str]] = {}
    for n, role in out:
        if n.iri not in best or rank[role] < rank[best[n.iri][1]]:
            best[n.iri] = (n, role)
    return list(best.values())


#: A sentence whose duties are the items that follow it (…负责下列工作：).
#: A sentence that names a unit's duties as a list to follow (市水文机构的职责是：).
_DUTIES_TAIL = r"的(?:主要)?职责(?:是|为|包括|如下)[:：]\s*$"
_DUTIES_OF = re.compile(r"([\u4e00-\u9fff()（）]{2,30}?)" + _DUTIES_TAIL)
_LISTS_DUTIES = re.compile(r"(?:下列|以下)(?:工作|职责|事项|义务|任务)[:：]?\s*$|" + _DUTIES_TAIL)
#: The last word of an office's name (服务办, 城运中心, 派出所, 区房管局).
_OFFICE_END = "中心|办|所|站|局|委|室|科|处"


def _item_partners(s: Sentence, names: list[UnitName]) -> list[UnitName]:
    """The units an item of a duty list names after the 会同 it opens with (（四）会同标准化行政主管部门制定…);
    none for a plain item, which the list's own assignment covers."""
    at = _ITEM_LABEL.match(s.norm).end()
    joint = re.match(r"(?:牵头)?(?:会同|联合)", s.norm[at:])
    return _partners(s.norm, at + joint.end(), names) if joint else []


_PARTNERS_END = re.compile(r"[,，;；。]|开展|推进|加强|建立|做好|负责|实施|组织|提供|完善|制定|落实|研究|对|将|把|共同")


def _partners(text: str, base: int, names: list[UnitName]) -> list[UnitName]:
    """The units named right after 会同 at *base* (within 30 characters).  A role noun found only by its tail
    takes the words before it back to 会同 or the list's separator (标准化行政 + 主管部门)."""
    out = []
    for n in sorted(names, key=lambda n: n.start):
        if n.start < base:
            continue
        if out and (_PARTNERS_END.search(text, out[-1].end, n.start) or
                    not re.search(r"[、和及与]", text[out[-1].end:n.start])):
            break  # 会同相关部门开展…政府采购 (…监管机构鼓励国有企业): the duty has begun, the list of partners is over
        if n.start >= base + 30 and not (out and re.fullmatch(r"、|以及|和|及|与", text[out[-1].end:n.start])):
            continue  # past 30 characters only while the list of partners goes on
        seps = [base + m.end() for m in re.finditer(r"[、和及与,，]", text[base:n.start])]
        left = max(seps[-1] if seps else base, out[-1].end if out else base)  # never back over a partner
        words = text[left:n.start]
        if words and words.startswith(_opening_verbs()):
            break  # 统筹 + 推动国有企业单位参与… (u47): a verb before the noun, whose object it is: the duty has begun
        if n.generic and words and re.fullmatch(r"[\u4e00-\u9fff()（）]{1,12}", words) and \
                not re.search(r"有关|相关|各|其他|等|同级|本级", words):
            n = _generic_name(words + n.surface, left)
        out.append(n)
    while out:  # 会同有关部门和供电企业…: bodies named by their role close the list of partners (、数据提供部门和运营单位)
        more = _PARTNER_ROLE.match(text, out[-1].end)
        if not more or _verb_phrase(more.group(1)):
            break
        out.append(_generic_name(more.group(1), more.start(1)))
    return out


#: A role noun after the last partner a lexicon knows (…和供电企业, …以及通信运营企业, 、数据提供部门), one at a time.
_PARTNER_ROLE = re.compile(r"(?:等部门)?(?:以及|和|及|与|、)((?:(?!有关|相关|其他|以及|和|及|与|等|对)[\u4e00-\u9fff]){2,10}?"
                           r"(?:企业|公司|单位|机构|协会|集团|部门))(?![\u4e00-\u9fff]{0,2}(?:的|之))")


_DATE_LINE = re.compile(r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年.{1,6}日\s*$|^[^\n]{0,30}〔\d{4}〕\d+号\s*$")


def _signature(tree: DocumentTree, sent: Sentence) -> bool:
    """An issuer's line: in the preamble, or right before a date or a document number."""
    if sent.section.endswith("preamble"):
        return True
    k = sent.index + 1
    nxt = tree.sentences[k] if k < len(tree.sentences) else None
    if nxt is not None and _DATE_LINE.match(nxt.norm):
        return True
    # the first of several issuers' lines (上海市发展和改革委员会 / 上海市住房和城乡建设管理委员会 / … / 2023年1月30日)
    following = tree.doc.norm[sent.nbegin + len(sent.norm):][:600]
    for line in following.split("\n"):
        line = line.strip()
        if not line:
            continue
        if _DATE_LINE.match(line):
            return True
        if len(line) > 30 and not re.search(r"[ \u3000\t]", line) or len(line) > 80 or \
                not _ISSUER_LINE.fullmatch(line):
            return False
    return False


#: A line that is only a document's number (工信部联信管〔2026〕119号, 京政发〔2024〕5号).
_DOC_NUMBER_LINE = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（][12]\d{3}[〕\]］)）]\s*第?\d{1,4}号")
#: A line that names one issuing body and nothing else (a signature block's line).
#: Several issuers may share a line, spaced (商务部 国家发展改革委 工业和信息化部, u60).
_ISSUER_BODY = r"[\u4e00-\u9fff()（）]{2,30}(?:局|委员会|委|厅|办公室|办公厅|政府|中心|部|院|会|署|处|办|司|分行|银行)"
_ISSUER_LINE = re.compile(_ISSUER_BODY + r"(?:[ \u3000\t]+" + _ISSUER_BODY + r")*")


def _unit_list(sent: Sentence, names: list[UnitName], rec: "UnitRecogniser | None" = None, table: bool = False,
               padded: bool = False) -> list[UnitName] | None:
    """The units of a sentence that is nothing but a list of units (区水务局、区建设管理委、 / 各街镇), as a
    flattened table's column of responsible units; None otherwise.  With *rec*, a minority of items no
    lexicon knows may be bodies by their kind (…、区国资委、市北高新集团) or collective units (各相关街镇) — and
    in a table whose header names its unit columns (*table*), a cell may hold only such units (各联席会议成员单位).
    *padded*: the sentence is a cell blanked out of a long row (its length is the cell's)."""
    text = sent.norm
    if "〔" in text or "【" in text:  # 〔省交通运输厅、省发展改革委〕: read as a round bracket (same offsets)
        text, cut = _round_brackets(text)
        names = [n for n in names if n.end <= cut]
    # a bracket of two or more units closing an item (各街镇、区规划资源局、区土储中心), in () or [] (a saved page's
    # escaped \[…\]); a group inside it (各区政府（含大鹏新区管委会…，下同）) qualifies the unit before it
    bracketed = _BRACKETED_LIST.fullmatch(text) is not None and re.search(r"[、,]", text) is not None
    if not (names or table and rec is not None) or not text.strip() or len(text.strip() if padded else text) > (300 if bracketed else 80) or \
            text.rstrip()[-1] in "。！？!?" and not bracketed:
        return None
    if not bracketed and re.search(r"应当|履行|下列", text):
        return None  # 市、县（市、区）人民政府应当履行下列职责： (u116): a clause of duty, no cell of units (its units
        # were given to the article before)
    if bracketed:  # blank the inner groups (same offsets) and the units they name
        lo = text.index(text.strip()[0]) + 1
        for m in re.finditer(r"\([^()]*\)", text[lo:]):
            a, b = lo + m.start(), lo + m.end()
            text = text[:a] + " " * (b - a) + text[b:]
            names = [n for n in names if not (a <= n.start and n.end <= b)]
    rest = text
    for n in sorted(names, key=lambda n: -n.start):
        rest = rest[:n.start] + rest[n.end:]
    if not re.sub(r"[、,，;；\s牵头配合负责等和及]", "", rest if not bracketed else re.sub(r"[()\[\]。.]", "", rest)):
        return names
    if rec is None:
        return None
    out, pos, skipped = [], 0, 0
    for item in re.split(r"([、,，;；])", text):
        at, pos = pos, pos + len(item)
        if not item.strip() or item in "、,，;；":
            continue
        strip_left, strip_right = (" ([", " )]。.") if bracketed else (" |｜", " |｜")  # (a cell's | closing it)
        a = at + len(item) - len(item.lstrip(strip_left))
        b = at + len(item.rstrip(strip_right))
        if b - a > 2 and text[b - 1] == "等":
            b -= 1  # …、建设管理委等: the list's last unit
        known = [n for n in names if a <= n.start and n.end <= b]
        if known and known[0].start == a and known[-1].end == b:
            out.extend(known)
            continue
        word = text[a:b]
        joined = re.sub(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])", "", word)  # (a name wrapped in its cell)
        collective = _collective_item(word)
        if known and not collective:  # a bracket's 市城管和综合执法局 or 龙华区政府, which the lexicon reads in part
            body = (_listed_body(word, a, rec) or (_body_name(word, a) if _TABLE_BODY.fullmatch(word) else None)) \
                if bracketed or table else None  # (a cell of a unit column: 市供销总社, 人民银行苏州市分行)
            run = _glued_cells(text, a, b, known)
            if body is None and run is None:
                return None
            out.extend([body] if body is not None else run)
            continue
        # (a collective keeps its own inner group: 有关州（市）人民政府, not the blanked 有关州   人民政府)
        unit = _generic_name(sent.norm[a:b], a) if collective else _listed_body(word, a, rec) or \
            (replace(_body_name(joined, a), end=b, surface=word)
             if (table or bracketed) and (_DIVISION.fullmatch(joined) or _TABLE_BODY.fullmatch(joined)) else None)
        if unit is None:
            if table and rec is not None and known == []:
                skipped += 1  # 首批试点城市 in a cell of bodies under 责任单位: the cell's bodies still bear the row
                continue
            return None
        out.append(unit)
    unknown = sum(1 for n in out if n not in names and not (n.generic and _collective_item(n.surface)))
    if skipped and not any(n in names for n in out):
        return None
    return out if out and (unknown * 2 <= len(out) or table or bracketed and unknown < len(out)) else None


def _collective_item(word: str) -> bool:
    """An item of a list of units that names a collective (各街镇, 区直各有关单位, 各片区管理局)."""
    return word.startswith(_COLLECTIVE_START + _DIRECT_START) and len(word) <= 14 and re.search(
        r"(?:街镇|街道|乡镇|镇|部门|单位|园区|企业|集团|公司|管理局|管委会|人民政府|政府|国企|办事处|机关)\)?$", word) is not None


def _glued_cells(text: str, a: int, b: int, known: list[UnitName]) -> list[UnitName] | None:
    """A flattened table's cells run together without a separator (区经济发展局区行政审批局区直各有关单位): known
    names one after another from the item's start, then nothing or a collective; None otherwise."""
    end = a
    run = []
    for n in known:
        if n.start != end:
            break
        run.append(n)
        end = n.end
    if not run:
        return None
    tail = text[end:b]
    if not tail:
        return run
    return run + [_generic_name(tail, end)] if _collective_item(tail) else None


#: Words that open a collective of a government's own bodies (区直各单位: the district's departments).
_DIRECT_START = ("区直", "市直", "县直", "省直", "州直", "旗直")


#: The breach a penalty article opens with (违反本条例第二十条规定，…的，由…处…罚款).
_VIOLATION = re.compile(r"违反(?:本|第|上述)[^,，。；;]{0,30}?(?:规定|条例|办法|细则|决定)|"
                        r"有下列(?:违法)?(?:行为|情形)之一的(?=[,，]由)")  # (u44: 国家机关…有下列行为之一的，由…责令改正)


#: A government and its departments written as one (市人民政府及有关部门, 自治县人民政府及其相关部门).
_GOVERNMENT_AND_ITS = re.compile(r"(.{1,20}?政府)(?:及其|及|和|以及)(?:其他)?(?:有关|相关)(?:部门|单位|机构)$")
#: The end of a name that stands for departments not named one by one (相关部门, 及有关部门, 政务服务数据等部门).
_COLLECTIVE_TAIL = re.compile(r"(?:相关|有关|其他有关|等(?:有关|相关)?)(?:部门|单位|机构)$")
#: The text itself, approved by the unit after it (本条例经…批准后施行).
_OWN_APPROVAL = re.compile(r"本(?:条例|办法|规定|细则|决定|实施办法|实施细则)(?:自[^，,。；;]{0,20})?经$")
#: What a unit written after 经 does for another's step (经市人民政府批准, 经省人民代表大会常务委员会批准后).
_APPROVED_BY = re.compile(r"(?:依法)?(?:批准|同意|审批|审核|审定|审议|决定|认定|核准)")


def _qualifies_departments(n: UnitName, names: Iterable[UnitName], norm: str) -> bool:
    """Is the government *n* written only to say whose departments the list right after it names (市、县(区)人民政府民政、
    卫生健康等部门, 县级以上人民政府发展改革、教育等部门)?  Those departments bear the duty; a government that bears one
    itself is joined to them (县级以上人民政府及其民政等部门)."""
    if not (n.generic and n.surface.endswith("政府")):
        return False
    follower = next((m for m in names if m.start == n.end), None)
    return follower is not None and not follower.surface.endswith("政府") and \
        not follower.surface.startswith(("各", "有关", "相关", "其")) and norm[follower.end:follower.end + 1] in ("、", "等", "和")


def _violator(norm: str, start: int) -> bool:
    """Is the name at *start* of the normalised sentence *norm* the party in breach of a penalty article (its
    condition, before 的，: 违反本办法规定，动力电池企业…交由…的; 市公共信用信息服务中心违反本条例…的)?  The body that
    punishes (由…主管部门责令改正) and a duty to act on a breach found (…发现违反…的，应当…) are not."""
    m = _VIOLATION.search(norm)
    if m is None or re.search(r"发现|收到|举报|未违反", norm[:m.start()]):
        return False
    end = norm.find("的,", m.start())
    return 0 <= start < end and not re.search(r"由[^,，。]{0,12}$", norm[:start])


#: A post after a unit's name, held by a person the sentence names (区管委会副主任吴礼源、蔡福勇担任).
_POST = (r"(?:常务)?副?(?:书记|主任|局长|区长|市长|县长|省长|州长|部长|处长|主席|秘书长)"
         r"[\u4e00-\u9fff、]{0,12}?(?:担任|兼任|同志)|(?:主要|分管)?负责(?:人(?![员民口才力事])|同志)")
_PERSON_POST = re.compile(_POST)
#: The same post after a list of units (区资源生态局、交通建设局、执法应急局、市场监管局分管负责人兼任, dev-bt): each unit of
#: the list names a person's post.
_LISTED_POST = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,14}?(?:局|委|办|部|中心|支队|大队|站|公司))+(?:" + _POST + ")")
#: A sentence that is a bracket of units, in () or [], a group in () inside it allowed.
def _round_brackets(text: str) -> tuple[str, int]:
    """*text* with 〔〕 and 【】 written as round brackets, and a remark closing it blanked (〔以下分工均涉及有关州（市）人民
    政府，不再列出〕: it speaks of the items below, and names no unit of this one); the offset where the blank starts."""
    text = text.translate(_TO_ROUND)
    remark = re.search(r"\((?:以下|下同)[^()]*(?:\([^()]*\)[^()]*)*\)[。.]?\s*$", text)
    if remark and remark.start() > 0:
        return text[:remark.start()] + " " * (len(text) - remark.start()), remark.start()
    return text, len(text)


_TO_ROUND = str.maketrans("〔【〕】", "(())")
_BRACKETED_LIST = re.compile(r"\s*[(\[](?:[^()\[\]]|\([^()]*\))+[)\]][。.]?\s*")
#: A bracket that closes a sentence (…给予资金支持（市科委、中关村管委会）。): the item's note when it holds only units.
_TRAILING_BRACKET = re.compile(r"[(\[](?:[^()\[\]]|\([^()]*\))+[)\]](?=[。；;.]?\s*$)")
#: A bracket of units that opens a sentence: the note of the sentence before it (…血液运送网络。（市卫生健康委，各区政府）结合…).
_LEADING_BRACKET = re.compile(r"\s*\((?:[^()]|\([^()]*\))+\)(?=[\u4e00-\u9fff\d])")
#: A document's statement of the order of its notes' units: those before the comma lead (深圳: 列逗号之前的为牵头单位),
#: or the first one does (排在第一位的为牵头单位).
_COMMA_CONVENTION = re.compile(r"(?:列|排)?(?:在)?(?:逗号|分号)(?:之|以)?前(?:面)?的?(?:单位|部门)?(?:为|是)牵头")
_FIRST_CONVENTION = re.compile(r"(?:排|列)(?:在|于)?(?:第一位|首位)的?(?:单位|部门)?(?:为|是)牵头|"
                               r"排名(?:第一|首位)的?(?:单位|部门)?(?:为|是)牵头|第一(?:个|家)?(?:单位|部门)(?:为|是)牵头")


def note_convention(text: str) -> str | None:
    """How the document orders the units of its notes: ``"comma"`` (those before the first comma lead, the
    others support), ``"first"`` (the first unit leads), or None (the notes say it with role words)."""
    if _COMMA_CONVENTION.search(text):
        return "comma"
    if _FIRST_CONVENTION.search(text):
        return "first"
    return None


def _ordered_roles(text: str, names: list[UnitName], convention: str) -> list[str]:
    """The roles *convention* gives the units of a note or bracket *text* (offsets of *names* into it)."""
    if convention == "first":
        return ["lead"] + ["support"] * (len(names) - 1)
    body = text.strip()
    lo = len(text) - len(text.lstrip()) + (1 if body[:1] in "([" else 0)
    depth, cut = 0, len(text)
    for i in range(lo, len(text)):
        ch = text[i]
        depth += 1 if ch in "([" else -1 if ch in ")]" else 0
        if depth == 0 and ch in ",;，；" and any(n.end <= i for n in names):
            cut = i
            break
    return ["lead" if n.start < cut else "support" for n in names]


#: A body no lexicon knows in a table's unit column, by its short kind (科技经济委, 投资办): read only under a header
#: that names the column's units.
_TABLE_BODY = re.compile(r"[\u4e00-\u9fff]{2,8}(?:委|(?<![格布大全结开变破棋僵时政赛当])局|办|署|总社)|[\u4e00-\u9fff]{2,14}(?:中心|公司|集团|分行|支行|分局|海关|港务站|管理站|气象台)|"
                         r"[\u4e00-\u9fff]{2,6}[区县市]政府")


def _pipe_header(text: str) -> dict[int, str] | None:
    """A Markdown table's header row that names unit columns (| 序号 | 项目名称 | 项目单位 | …; | 序号 | 部门 | 职责清单 |):
    cell index → role."""
    cells = [re.sub(r"[\s*]", "", text[a:b]) for a, b in pipe_cells(text if text.rstrip().endswith(("|", "｜"))
                                                                    else text + "|")]
    roles = {k: _TABLE_HEADER[c] for k, c in enumerate(cells) if c in _TABLE_HEADER}
    return roles if roles and any(c in _HEADER_WORDS or is_row_name_cell(c) for c in cells) else None


def _pipe_line(norm: str, s: Sentence, start: int) -> str:
    """The line of a Markdown table's row that holds sentence *s*, from *start* (a cell may hold several sentences),
    closed by a bar."""
    end = norm.find("\n", s.nbegin)
    line = norm[start:end if end >= 0 else len(norm)].rstrip()
    return line if line.endswith(("|", "｜")) else line + "|"


def _pipe_row_units(sent: Sentence, names: list[UnitName], columns: dict[int, str], rec: "UnitRecogniser",
                    line: str | None = None, at: int = 0, merged: int = 0, padded: bool = False
                    ) -> list[tuple[UnitName, str]]:
    """The units of a Markdown table's row in the columns its header names (项目单位, 牵头单位, 配合单位), read in
    sentence *sent*, which begins at *at* in the row's *line* (a cell may hold several sentences).  A row with
    *merged* cells fewer than its header (cells merged with the row above: | 2 | 新建… | 市工信局 | under | 序号 | 领域 |
    任务 | 部门 |) has them on the left: a unit column is counted from the right."""
    out = []
    line = sent.norm if line is None else line
    cells = pipe_cells(line)
    for k, role in sorted(columns.items()):
        k -= merged if merged and k >= merged else 0
        if k >= len(cells):
            continue
        a, b = cells[k]
        a, b = max(a - at, 0), min(b - at, len(sent.norm))
        if b <= a:
            continue
        inside = [n for n in names if a <= n.start and n.end <= b]
        cell = replace(sent, norm=" " * a + _BREAKS.sub(_cell_break, sent.norm[a:b]))
        listed = _unit_list(cell, inside, rec, table=True, padded=padded) if b > a else None
        out.extend((n, role) for n in listed or [])
    return out


#: A line break inside a Markdown table's cell (区城市管理委<br>丰台运管分局): between two units, or inside one name
#: wrapped in the cell (区机关事务管理<br>服务中心).
_BREAKS = re.compile(r"<br\s*/?>", re.I)
_WRAPPED_TAIL = re.compile(r"(?:服务中心|事务中心|中心|分局|管理局|局|委员会|委|办公室|办|处|站|所|队)(?:$|<br)")
_UNIT_END = re.compile(r"(?:局|委|办|中心|处|室|院|所|站|队|会|府|司|厅|部|公司|集团|镇|街道|乡)$")
#: A branch named by its district after its parent body, on the cell's next line (市规划自然资源委<br>丰台分局).
_BRANCH_AFTER = re.compile(r"[\u4e00-\u9fff]{2,3}(?:分局|分公司|支队|大队)(?=$|<br|\s|、)")
_PARENT_END = re.compile(r"(?:委|局|集团|公司|总队)$")


def _cell_break(m: re.Match) -> str:
    """A cell's line break, the same length: spaces inside a wrapped name (read as one name), else a list's 、."""
    text, at = m.string, m.start()
    wrapped = _WRAPPED_TAIL.match(text, m.end()) and not _UNIT_END.search(text, 0, at) or \
        _BRANCH_AFTER.match(text, m.end()) and _PARENT_END.search(text, 0, at)  # 市规划自然资源委<br>丰台分局: its branch
    return " " * len(m.group()) if wrapped else "、" + " " * (len(m.group()) - 1)


#: Header cells of a table's column of places (a project's site): its cells name where, not who.
_PLACE_HEADERS = frozenset({"所在地", "项目所在地", "建设地点", "项目地点", "建设地址", "实施地点", "地点", "所在区域",
                            "所在地区", "所在区县", "所在县市区", "所在市州", "所在市县"})

#: A flattened table's header cell after 序号 that names a row's project (项目名称, 工程名称): the cell after a row's
#: number is that name, never a unit cell, even when it reads as a body (燃料电池研发中心).  (Not a column of tasks or
#: contents: their cells are merged over several rows, and a row's number may be followed by its unit, 12 / 设施养护处.)
_NAME_COLUMN = re.compile(r"项目|工程|名称")

#: Header cells that name no units (a header row run together holds them beside the unit columns).
_HEADER_WORDS = ("序号", "工作任务", "工作要求", "主要任务", "重点任务", "具体任务", "任务内容", "工作内容", "具体措施",
                 "主要内容", "工作措施", "目标任务", "完成时限", "完成时间", "时间节点", "时限要求", "时限", "备注",
                 "责任领导")


def _glued_header(key: str) -> list[str] | None:
    """The unit columns' roles of a table's header row run together on one line (工作任务工作要求牵头单位配合/责任单位,
    maybe after the table's title), when the end of the line is made only of header cells, two or more, at least
    one of them a unit column's; None otherwise."""
    words = _HEADER_CELLS
    if not key.endswith(words):
        return None
    for start in range(len(key)):
        cells, pos = [], start
        while pos < len(key):
            w = next((w for w in words if key.startswith(w, pos)), None)
            if w is None:
                break
            cells.append(w)
            pos += len(w)
        if pos == len(key) and len(cells) >= 2:
            roles = [_TABLE_HEADER.get(c, "support" if c.startswith("配合") else "responsible" if "/" in c else None)
                     for c in cells]
            roles = [r for r in roles if r]
            return roles if roles and len(roles) < len(cells) else None
    return None


def _glued_at(text: str, listed: list[UnitName]) -> int | None:
    """Where a line of units holds two table cells run together: the index of the first unit of the second cell
    (a collective straight after a named unit, with no separator between them: 区行政审批局区直各有关单位)."""
    for k in range(1, len(listed)):
        a, b = listed[k - 1], listed[k]
        gap = text[a.end:b.start]
        if b.generic and not a.generic and (not gap or gap in _DIRECT_START):  # (区直 + 各有关单位)
            return k
    return None


#: Header cells of a flattened table's unit columns, and the role of the units under them.
_TABLE_HEADER = {"牵头单位": "lead", "牵头部门": "lead", "牵头责任单位": "lead", "牵头责任部门": "lead", "牵头处室": "lead",
                 "部门": "responsible", "责任处室": "responsible", "牵头": "lead", "主责单位": "lead",
                 "配合单位": "support", "配合部门": "support", "协同单位": "support", "参与单位": "support",
                 "协办单位": "support", "配合": "support", "责任单位": "responsible", "责任部门": "responsible",
                 "实施主体": "responsible", "实施单位": "responsible", "责任主体": "responsible", "实施部门": "responsible",
                 "负责单位": "responsible", "负责部门": "responsible", "执行单位": "responsible", "执行部门": "responsible",
                 # a table of projects: its owner builds it (重大项目表: 项目名称 / 所在地 / 建设业主 / 投资)
                 "建设业主": "responsible", "项目业主": "responsible", "业主单位": "responsible",
                 "项目建设单位": "responsible", "建设单位": "responsible", "项目单位": "responsible",
                 "项目法人": "responsible", "责任企业": "responsible"}
#: Every header cell, longest first.
_HEADER_CELLS = tuple(sorted([*_TABLE_HEADER, *_HEADER_WORDS, "配合/责任单位", "责任/配合单位"], key=len, reverse=True))
#: The second line of a header cell broken in two (牵头 / 部门, 实施 / 主体).
_HEADER_TAIL = ("部门", "单位", "主体")

#: A table's title on a line of its own (附表1, 3.各区“十四五”交通光伏任务分配表, 任务分工表).
_TABLE_TITLE = re.compile(r"附表\s*\d*|[^。；;，,]{0,40}(?:分工|分配|分解|一览|统计|汇总|安排|进度|计划|情况|任务|清单|名单|目录)表")

#: The sentence of a cover notice that hands the document to its addressees (请认真贯彻落实, 请遵照执行).
_HAND_OVER = re.compile(r"请[^。；]{0,14}?(?:贯彻|落实|执行|遵照|实施|办理|抓好|组织|做好)")


def _addressees(tree: DocumentTree, rec: UnitRecogniser) -> dict[int, tuple[Sentence, list[UnitName]]]:
    """A notice's addressee line (各市人民政府，省政府各部门，各直属机构：) and the sentence that asks them to
    carry the document out (…印发给你们，请认真抓好落实): that sentence's index → (the line, its units); without such
    a sentence (an opinion addressed to 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：), the line's own."""
    pre = [s for s in tree.sentences if s.section.endswith("preamble")]
    for k, s in enumerate(pre):
        text = s.norm.strip()
        if not text.endswith(("：", ":")) or len(text) > 150:
            for colon in re.finditer(r"[：:]", text[:150]):
                if not _HAND_OVER.search(text, colon.end()):  # a flattened page: …的通知 各片区管理局，区直各单位：
                    break
                head = re.split(r"\s|的通知|的函", text[:colon.start()])[-1]  # 《…》…现印发给你们，请认真组织实施。 (u34)
                if head.endswith(_PAGE_FIELDS):
                    continue  # (dev-cb: 主题分类： 无 发文机关： 中国平潭 — the page's fields, no addressee)
                units = [_shifted(n, colon.start() - len(head)) for n in _addressee_units(head, rec)]
                if units:
                    return {s.index: (s, units)}
                break
            continue
        units = _addressee_units(text[:-1], rec) if not text[:-1].rstrip().endswith(_PAGE_FIELDS) else []
        if not units:
            continue  # not a line of unit names only (nor a page's field: 主题分类： 无 发文机关：, dev-cb)
        for t in pre[k + 1:k + 6]:
            if _HAND_OVER.search(t.norm):
                return {t.index: (s, units)}
        return {s.index: (s, units)}  # an opinion or notice addressed without a hand-over (各省、自治区…人民政府，国务院各部委：)
    return {}


#: A government web page's fields before a colon (发文机关： 中国平潭): what a flattened page's colon may close.
_PAGE_FIELDS = ("发文机关", "发布机构", "发文单位", "制发机关", "主题分类", "索引号", "成文日期", "发布日期", "发文字号")

#: An addressee, or an item of a note's list, no lexicon knows: a body's name by the kind of body it ends with
#: (国网上海市电力公司, 嘉定工业区, 同济大学).
_BODY_NAME = re.compile(r"^[\u4e00-\u9fff（）()]{2,24}?(?:公司|集团|兵团|工业区|园区|新区|开发区|管委会|管理委员会|大学|学院|工作部|督查室|"
                        r"研究院|研究所|设计院|实验室|医院|银行|协会|商会|联合会|学会|基金会|电视台|报社|街道管理办|管理办|司局|"
                        r"档案馆|图书馆|博物馆|支队|大队|指挥部|专班|办公室|领导小组|工作组|分社|分公司|分局|分行|分院|交易所|"
                        r"执委会|执行委员会|港务站|管理站|管理所|监测站|服务站|工作站|气象台|气象站|水文站|海事处|检查站|"
                        r"消防站|执法队)$")  # (长三角生态绿色一体化发展示范区执委会, u54; 平潭港务站, dev-bt)
#: A government's working department named …部 (宣传影视部, 党群工作部 in 平潭's texts), not 干部, 总部, 全部, 东部 ….
_WORKING_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,8}(?<![干总内外全东西南北中局乐基底顶])部")
#: How the name of one body ends, not a role's (举报受理中心, 标准化技术委员会; not 综合部门, 工作机构).
_NAMED_BODY_END = re.compile(r"(?:中心|委员会|协会|联合会|研究院|研究所)$")
_COLLECTIVE_START = ("各", "相关", "有关", "区属", "市属", "省属", "所属", "重点", "其他", "全体")


#: The node of a department named by its function at a level or at every level (发展改革部门, 区规划资源部门).
_FUNCTION_NODE = re.compile(rf"{re.escape(GENERIC)}(?:any|province|prefecture|county|township|every-level|county-up|"
                            r"prefecture-up|province-up|same-level|upper-level|levels-[0-9a-f]{8})-")


def _named_by_function(n: UnitName, text: str) -> bool:
    """Is *n* (read in *text*) a department named by its function and level (市场监督管理部门, 县级以上地方商务主管部门)
    rather than a collective (各有关部门, 公安、网信等部门) or a role (运营单位)?  Such a unit is one node for every
    document naming that kind (a kg:GenericUnit in the graph), but a reader names it: the annotation guide's generic
    units are collectives and unnamed parties only."""
    if n.surface.startswith(_COLLECTIVE_START + ("本级", "同级", "上级", "所在", "当地", "属地", "其", "该")) or \
            re.search(r"等|有关|相关|其他|各", n.surface) or text[n.end:n.end + 1] in ("、", "等") or \
            text[n.start - 1:n.start] == "、":
        return False  # a collective, or one item of a list of fields (公安、网信等部门)
    return bool(_FUNCTION_NODE.match(n.iri)) and n.surface.endswith(("部门", "机关", "机构"))


#: An addressee that is one department at several levels at once (各省、自治区、直辖市及计划单列市、副省级城市科技厅（委、局）).
_LEVEL_WORDS = "省|自治区|直辖市|计划单列市|副省级城市|市|地|州|盟|县|区|旗"
_LEVELS_DEPARTMENT = re.compile(rf"各(?:{_LEVEL_WORDS})(?:(?:、|及|和|以及)(?:{_LEVEL_WORDS}))+"
                                r"[\u4e00-\u9fff]{0,12}?(?:厅|委|局|办|部门|机关|机构)(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?")
#: The levels a list of departments is addressed at (各省、自治区、直辖市及新疆生产建设兵团 + 工业和信息化主管部门、党委网信办).
_LEVELS_PREFIX = re.compile(rf"各(?:{_LEVEL_WORDS})(?:(?:、|及|和|以及)(?:{_LEVEL_WORDS}|新疆生产建设兵团|计划单列市))+")


def _levelled_departments(part: str, start: int) -> list[UnitName]:
    """The departments a list names at the levels it opens with (各省、自治区、直辖市及计划单列市 + 发展改革委、
    数据管理部门、财政厅（局）): each the generic department at those levels, never the ministry its short name
    also denotes (发展改革委, 党委网信办)."""
    text = part.strip()
    m = _LEVELS_PREFIX.match(text)
    if not m:
        return []
    levels, at = m.group(), start + part.index(text) + m.end()
    out = []
    for item in _split_outside_brackets(text[m.end():]):  # (交通运输厅（局、委）: one item, its kinds in brackets, u62)
        if item != "、":
            core = re.sub(r"[（(][\u4e00-\u9fff、]{1,6}[）)]$", "", item)
            if not re.fullmatch(r"[\u4e00-\u9fff]{1,16}?(?:厅|委|局|办|部门|机关|机构)", core) or \
                    core.endswith("人民政府"):
                return []
            name = levels + item
            out.append(UnitName(at, at + len(item), item, f"{GENERIC}x-{_short(name)}", name, True,
                                {"kind": "GenericUnit", "zh": name, "en": ""}))
        at += len(item)
    return out


_ZONE_BODY = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:示范区|试验区|经开区|高新区|保税区|合作区|特别行政区|管理区)$")
#: One department at the levels a bracket lists (各省（自治区、直辖市）能源局; 有关省（自治区、直辖市）及新疆生产建设兵团
#: 发展改革委): the generic department at those levels, never the ministry its short name also denotes.
_BRACKETED_LEVELS_DEPARTMENT = re.compile(r"^(?:各有关|各相关|各|有关)(?:省|市|县|区)[（(][\u4e00-\u9fff、]{2,12}[）)]"
                                          r"(?:(?:及|和)新疆生产建设兵团)?[\u4e00-\u9fff]{1,12}?"
                                          r"(?:厅|委|局|办|部门|机关|机构)(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?$")
#: The departments of a government by their kinds (省政府各委、办、厅、局; 市政府各委办局、各直属机构): one collective.
_BY_KINDS = re.compile(r"^[\u4e00-\u9fff]{0,8}各[委办厅局](?:、?[委办厅局]){1,4}(?:、?(?:各)?直属机构)?$|"
                       # 省政府直属各单位, 市直属各机构: the government's own units, one collective
                       r"^[\u4e00-\u9fff]{0,8}直属(?:各)?(?:单位|机构|部门)$|"
                       # 各市、县、自治县人民政府: the governments of those levels (各旗、县、区人民政府 is known by name)
                       rf"^各(?=[^，,]*自治)(?:{_LEVEL_WORDS}|自治县|自治州|自治旗)(?:、(?:{_LEVEL_WORDS}|自治县|自治州|自治旗))+"
                       r"(?:人民)?政府$")


def _addressee_item(item: str, at: int, rec: UnitRecogniser, last: str) -> UnitName | None:
    """One item of an addressee line's list: a unit, a unit with its kinds in brackets (各区县（自治县）), or a
    function whose department the list's last item names (经济信息、发展改革、市场监管部门)."""
    unit = _item_unit(item, at, rec, bodies=True)
    if unit is None and item.startswith(_COLLECTIVE_START) and re.search(r"(?:科室|处室|股室|站所|国企|央企|企业)$", item):
        unit = _generic_name(item, at)  # 各相关科室: the issuing body's own offices; 各区属国企 (u34): its firms
    if unit is None and _ZONE_BODY.match(item):
        unit = _body_name(item, at)  # 济源示范区、航空港区管委会: a zone's administration
    if unit is None:
        bare = re.match(r"(.{2,}?)[（(][\u4e00-\u9fff、]{1,6}[）)]$", item)
        if bare and (unit := _item_unit(bare.group(1), at, rec, bodies=True)) is not None:
            unit = replace(unit, end=at + len(item), surface=item)
    if unit is None and item != last and last.endswith("部门") and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", item):
        unit = _function_unit(item, at, at + len(item))
    if unit is None and item != last and last.endswith("人民政府") and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", item):
        held = _item_unit(item + "人民政府", at, rec)  # 北京市、天津市、…新疆维吾尔自治区人民政府 (u47): each place's
        if held is not None and held.end - held.start == len(item) + 4 and not held.generic:  # government
            unit = replace(held, end=at + len(item), surface=item)
    return unit


def _addressee_units(line: str, rec: UnitRecogniser) -> list[UnitName]:
    """The units of an addressee line (without its colon), comma by comma: a known name, a unit noun, or a
    body's name by its kind; empty when any item is none of these."""
    out: list[UnitName] = []
    pos = 0
    for part in re.split(r"([，,；;])", line):
        start, pos = pos, pos + len(part)
        if part in "，,；;" or not part.strip():
            continue
        if _LEVELS_DEPARTMENT.fullmatch(part.strip()) or _BY_KINDS.match(part.strip()) or \
                _BRACKETED_LEVELS_DEPARTMENT.match(part.strip()):
            # 各省、自治区、直辖市…科技厅（委、局）; 省政府各委、办、厅、局: one generic unit
            out.append(_generic_name(part.strip(), start + part.index(part.strip())))
            continue
        levelled = _levelled_departments(part, start)
        if levelled:  # 各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门、党委网信办、发展改革委
            out.extend(levelled)
            continue
        known = rec.find(part)
        rest = part
        for n in sorted(known, key=lambda n: -n.start):
            rest = rest[:n.start] + rest[n.end:]
        rest = re.sub(r"[(（](?:[局委厅办署]、?)+[)）]|[(（][\u4e00-\u9fff]{2}[)）](?=厅|局)", "", rest)  # 生态环境厅（局）、
        # 水利（水务）厅（局） (u92): the kinds of body a province may have (not 各开发区（管理区）管委会: a name's own bracket)
        if known and not re.sub(r"[、和及\s]|^[市省区县旗州盟]直", "", rest):  # every item a known name (市直 + 有关部门、单位)
            out.extend(_shifted(k, start) for k in known)
            continue
        at, level = start, None
        items = _split_outside_brackets(part)  # (各县（市、区）人民政府、各开发区（管理区）管委会: two items)
        for item in items:
            if item != "、":
                unit = _addressee_item(item, at, rec, items[-1])
                if unit is None:
                    return []
                if level and unit.generic and not unit.prefix and not item.startswith(_COLLECTIVE_START):
                    # 省工信厅、科技厅、财政厅: the level the list opens with holds for the items after it
                    held = _item_unit(level + item, at - len(level), rec)
                    if held is not None and held.prefix == level:
                        unit = replace(held, start=at, surface=item)
                level = level or (unit.prefix if unit.prefix in ("省", "市", "区", "县") else None)
                out.append(unit)
            at += len(item)
    return out


def _split_outside_brackets(part: str) -> list[str]:
    """*part* split at each 、 outside brackets, the 、 kept as items (as ``re.split(r"(、)", part)`` does)."""
    out, depth, cur = [], 0, ""
    for ch in part:
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if ch == "、" and depth <= 0:
            out += [cur, ch]
            cur = ""
        else:
            cur += ch
    return out + [cur]


#: The title of a work report's review of the past year (2023年工作回顾, 过去五年工作回顾, 一、2023年工作回顾).
_REVIEW_TITLE = re.compile(r"^(?:\d{4}年|过去[一二三四五]年|本届政府|今年以来)?(?:的)?(?:主要)?工作回顾$")


def _review_units(tree: DocumentTree) -> set[str]:
    """The units of a work report's review of the past year and everything under them."""
    heads = [u.id for u in tree.units if u.kind == "heading" and u.title and _REVIEW_TITLE.match(u.title.strip())]
    return {u.id for u in tree.units for h in heads if u.id == h or u.id.startswith((h + "(", h + "/", h + "#"))}


def _assigning_annex(tree: DocumentTree, unit_id: str) -> bool:
    """Does an annex's title (附件2 / 2019年街镇（园区）生活垃圾分类目标任务分解表) say that it hands out tasks?"""
    unit = tree.unit(unit_id)
    head = [unit.title] + [x.norm for p in unit.paragraphs[:3] for x in p.sentences[:1]]
    return any(re.search(r"任务|分解|分工|分配|责任|清单", h or "") for h in head)


def _is_place_office(n: UnitName) -> bool:
    """Is *n* a town's government or a subdistrict's office, read from the place's name (高境镇, 吴淞街道)?"""
    return n.iri.endswith(("/government", "/subdistrict-office")) and n.surface.endswith(("镇", "乡", "街道"))


def _standalone_note_items(tree: DocumentTree) -> dict[int, str]:
    """Responsibility notes that stand as the last paragraph of an item with a heading and a body (（一）… /
    body / （责任单位：…）): sentence index → the item's id.  Such a note governs the whole item, its heading
    included, not only the paragraph before it."""
    out = {}
    for u in tree.units:
        if u.heading is None or len(u.paragraphs) < 2:
            continue
        last = u.paragraphs[-1]
        if last.sentences and all(x.kind == "responsibility" for x in last.sentences) and \
                any(x.kind == "body" for p in u.paragraphs[:-1] for x in p.sentences):
            for x in last.sentences:
                out[x.index] = u.id
    out.update(_notes_closing_a_list(tree))
    return out


def _notes_closing_a_list(tree: DocumentTree) -> dict[int, str]:
    """A note written after the last of a measure's numbered points (四、开启智能服务模式… 1.… 5.使用银行卡…。 牵头单位：区
    公安局 配合单位：… — dev-cb, a 平潭 notice crawled onto one line, each measure closed by its units): when no other
    point of the measure has a note, it governs the measure, not its last point."""
    children: dict[str, list] = {}
    for u in tree.units:
        if "/" in u.id:
            children.setdefault(u.id.split("/", 1)[0], []).append(u)
    out = {}
    for parent, kids in children.items():
        notes = [[x for p in k.paragraphs for x in p.sentences if x.kind == "responsibility"] for k in kids]
        if len(kids) < 2 or not notes[-1] or any(notes[:-1]):
            continue
        if all(RE_NOTE_LINE.match(x.norm.strip()) for x in notes[-1]):  # (a line's note, not a bracketed one)
            for x in notes[-1]:
                out[x.index] = parent
    return out



def _titled_targets(tree: DocumentTree) -> dict[str, str]:
    """A task-division table copied a cell a line names each row's work by the title of the item it divides
    (推进任务分解表: 1 / 一门式查询 / … for （一）一门式查询): title (without spaces) → that item's action, or the
    item itself when it holds several actions.  Titles two units share are left out."""
    actions = {a.unit: a.key for a in tree.actions if a.unit}
    count: dict[str, int] = {}
    out: dict[str, str] = {}
    for u in tree.units:
        title = re.sub(r"\s", "", u.title or "")
        if u.kind in ("heading", "item") and 2 <= len(title) <= 30:
            count[title] = count.get(title, 0) + 1
            out[title] = actions.get(u.id, u.id)
    return {t: k for t, k in out.items() if count[t] == 1}


def _targets(tree: DocumentTree) -> dict[int, str]:
    """Sentence index → the key of the innermost action holding it."""
    out: dict[int, str] = {}
    for a in sorted(tree.actions, key=lambda a: len(a.sentences), reverse=True):
        for s in a.sentences:
            out[s.index] = a.key  # smaller actions (inner units) overwrite larger ones
    return out
