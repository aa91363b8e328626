"""Stage 5: the HTML graph is self-contained and shows document text only as text."""

from __future__ import annotations

import re

from kg.pipeline import build

PAYLOAD = "<img src=x onerror=alert(1)>"


def no_remote_resources(html: str) -> bool:
    pattern = r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//"""
    return re.search(pattern, html, re.I) is None


def test_seed_html_is_offline(seed_build):
    html = seed_build.files["graph.html"].read_text(encoding="utf-8")
    assert no_remote_resources(html)
    assert not re.search(r"cdn(js)?\.|jsdelivr|unpkg|bootstrap", html, re.I)  # none of pyvis's CDN links
    assert html.count("<h1") == 1  # heading printed once
    assert "vis.Network" in html and "建设泛在智能的网络连接设施" in html


def test_document_text_is_escaped_everywhere(tmp_path):
    doc = tmp_path / "evil.txt"
    doc.write_text(
        "恶意</script><script>alert(2)</script>规划\n"
        f"一、重大任务\n（一）建设{PAYLOAD}体系\n"
        f"推进5G建设{PAYLOAD}。加快5G和物联网的协同部署{PAYLOAD}</script>。\n", encoding="utf-8")
    result = build([doc], tmp_path / "out")
    html = result.files["graph.html"].read_text(encoding="utf-8")
    assert PAYLOAD not in html
    assert "<script>alert(2)" not in html
    # the only </script> tags are the page's own three blocks
    assert html.lower().count("</script>") == 3
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html  # kept as data, shown as text


def test_tooltips_are_plain_text(seed_build):
    import json
    import re

    html = seed_build.files["graph.html"].read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    beidou = next(n for n in data["nodes"] if n["label"] == "北斗")
    assert isinstance(beidou["title"], str) and "BeiDou" in beidou["title"] and "一(一)" in beidou["title"]
    assert all(isinstance(e["title"], str) for e in data["edges"])


def test_a_unit_s_panel_shows_the_sentences_of_its_duties(tmp_path):
    """(u72) kg viz --focus 吴忠市水务局: the side panel said 证据 Evidence (0) although the bureau had five duties — a
    unit is no concept the sentences mention; its evidence is the sentences that give it its duties."""
    import json

    doc = tmp_path / "sponge.txt"
    doc.write_text("吴忠市海绵城市建设管理条例\n\n第二章 建设管理\n\n第五条 市水务局负责海绵城市排水设施的监督管理。\n\n"
                   "第六条 市水务局应当会同市财政局建立海绵城市建设资金保障机制。\n", encoding="utf-8")
    result = build([doc], tmp_path / "out")
    html = result.files["graph.html"].read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    bureau = next(r for r in data["records"] if r["zh"] == "吴忠市水务局")
    assert len(bureau["evidence"]) == 2 and all("市水务局" in e[1] for e in bureau["evidence"])


def test_a_unit_s_panel_says_what_it_is_to_do_not_only_its_note(tmp_path):
    """A unit named only in an item's note ((责任单位：市水务局)): its panel shows the item's lead sentence, what it is to
    do, not the note repeated for every item (安徽's plan: 44 lines of （责任单位：省经济和信息化厅、省财政厅）)."""
    import json

    doc = tmp_path / "plan.txt"
    doc.write_text("某市海绵城市建设实施方案\n\n一、重点任务\n\n（一）建设排水设施。推进管网改造。（责任单位：市水务局）\n\n"
                   "（二）完善监测体系。建设监测平台。（责任单位：市水务局、市财政局）\n", encoding="utf-8")
    html = build([doc], tmp_path / "out").files["graph.html"].read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    bureau = next(r for r in data["records"] if r["zh"].endswith("水务局"))
    assert not [e for e in bureau["evidence"] if "责任单位" in e[1]] and len(bureau["evidence"]) == 2
