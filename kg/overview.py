"""The overview page of a corpus build: readable at thousands of documents.

It shows what a network of every node cannot: the documents × technologies table (filterable by
title, genre, region), the most central concepts (degree centrality in the concept graph, with the
documents that name them), and a network of those concepts only.  The full network of one concept's
neighbourhood is one command away (``kg viz --focus …``), shown beside each concept.  Like the graph
page, it is one self-contained file (no network at all), and every text from a document reaches the
page as escaped JSON shown with ``textContent``.
"""

from __future__ import annotations

import html
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx

from .project import GraphIndex, degree_centrality
from .render import STYLE, _json_for_script, _pyvis_network_class, _PYVIS_LIB

TEMPLATE = Path(__file__).with_name("templates") / "overview.html"
#: Concepts drawn in the overview network and listed as central.
TOP_CONCEPTS = 60
#: Technology columns of the documents × technologies table.
TOP_COLUMNS = 30


def overview_data(index: GraphIndex, source) -> dict:
    """Everything the overview page shows, as plain data."""
    per_doc: dict[str, Counter] = defaultdict(Counter)
    doc_freq: Counter = Counter()
    mentions: Counter = Counter()
    for p in sorted(index.plan_concepts):
        for c, n in sorted(index.plan_concepts[p].items()):
            if index.kind.get(c) not in ("Technology", "Domain", "Region") or c in index.candidates:
                continue
            per_doc[p][c] += n
            doc_freq[c] += 1
            mentions[c] += n
    # the concept graph: technologies, domains and regions linked by the relations between them
    C = nx.Graph()
    for rel in ("appliedIn", "integratesWith", "relatedTechnology"):
        for a, b, w in index.edges.get(rel, []):
            if a in doc_freq and b in doc_freq and a != b:
                if C.has_edge(a, b):
                    C[a][b]["weight"] += w
                else:
                    C.add_edge(a, b, weight=w, relation=rel)
    C.add_nodes_from(doc_freq)
    centrality = degree_centrality(C)
    ranked = sorted(doc_freq, key=lambda c: (-round(centrality.get(c, 0.0), 9), -doc_freq[c], index.label(c), c))
    top = ranked[:TOP_CONCEPTS]
    techs = [c for c in sorted(doc_freq, key=lambda c: (-doc_freq[c], -mentions[c], index.label(c), c))
             if index.kind.get(c) == "Technology"][:TOP_COLUMNS]
    col = {c: k for k, c in enumerate(techs)}
    docs = []
    by_plan = {d.get("plan"): d for d in source.documents}
    for p in index.plans:
        d = by_plan.get(p, {})
        summary = d.get("summary") or {}
        docs.append({
            "plan": p, "id": d.get("id") or p.rsplit("/", 1)[-1], "title": index.plan_labels.get(p, ""),
            "genre": d.get("genre") or "", "region": index.label(d["region"]) if d.get("region") else "",
            "tasks": summary.get("tasks", 0), "actions": summary.get("actions", 0),
            "with_tech": summary.get("actions_with_technology", 0), "with_unit": summary.get("actions_with_unit", 0),
            "counts": {str(col[c]): n for c, n in sorted(per_doc.get(p, {}).items()) if c in col},
            "concepts": sorted(per_doc.get(p, {}), key=lambda c: (-per_doc[p][c], c))[:12],
            # every central concept the document names (by its place in the list): a click on one lists them all
            "central": [k for k, c in enumerate(top) if c in per_doc.get(p, {})],
        })
    concepts = {c: {"iri": c, "zh": index.label(c), "en": index.label(c, "en"), "kind": index.kind.get(c, ""),
                    "docs": doc_freq[c], "mentions": mentions[c], "centrality": round(centrality.get(c, 0.0), 4)}
                for c in set(top) | set(techs)}
    return {"docs": docs, "columns": [concepts[c] for c in techs], "central": [concepts[c] for c in top],
            "graph": C.subgraph(top).copy(), "triples": (source.manifest or {}).get("triples", 0)}


def render_overview(index: GraphIndex, source) -> str:
    """The overview page (a string)."""
    data = overview_data(index, source)
    G = data.pop("graph")
    Network = _pyvis_network_class()
    net = Network(height="100%", width="100%", directed=False, cdn_resources="remote")
    ids = {c["iri"]: f"c{k}" for k, c in enumerate(data["central"])}
    top_docs = max([c["docs"] for c in data["central"]] + [1])
    for c in data["central"]:
        colour, shape, kind_zh, kind_en = STYLE.get(c["kind"], STYLE["Technology"])
        net.add_node(ids[c["iri"]], label=c["zh"] if len(c["zh"]) <= 14 else c["zh"][:13] + "…",
                     title=f"{c['zh']} · {c['en']}\n{kind_zh} {kind_en}\n{c['docs']} documents, {c['mentions']} mentions",
                     shape=shape, size=8 + 14 * (c["docs"] / top_docs) ** 0.5, color=colour)
    pairs = sorted((min(a, b), max(a, b), d["weight"]) for a, b, d in G.edges(data=True))
    for n, (a, b, w) in enumerate(pairs):
        net.add_edge(ids[a], ids[b], id=f"e{n}", width=1 + min(w, 20) * 0.25,
                     color={"color": "#999999", "opacity": 0.5})
    options = {"nodes": {"font": {"size": 18, "face": "Noto Sans CJK SC, WenQuanYi Micro Hei, Microsoft YaHei, "
                                                      "PingFang SC, sans-serif"},
                         "scaling": {"label": {"drawThreshold": 3}}},  # labels stay drawn when the view fits them all
               "physics": {"solver": "forceAtlas2Based", "stabilization": {"enabled": True, "iterations": 300},
                           # (spread enough that 70 concepts of a small corpus, nearly all linked, do not pile up, u60/u61)
                           "forceAtlas2Based": {"gravitationalConstant": -45, "centralGravity": 0.04,
                                                "springLength": 90, "avoidOverlap": 0.8}},
               "interaction": {"hover": True, "tooltipDelay": 150}}
    for c in data["central"]:
        c["id"] = ids[c["iri"]]
    title = f"{len(data['docs'])} 份文件 documents"
    payload = {"nodes": net.nodes, "edges": net.edges, "options": options, "docs": data["docs"],
               "columns": data["columns"], "central": data["central"], "triples": data["triples"],
               "labels": {c: index.label(c) for d in data["docs"] for c in d["concepts"]},
               "legend": [{"kind": k, "colour": v[0], "zh": v[2], "en": v[3]} for k, v in STYLE.items()
                          if any(c["kind"] == k for c in data["central"])]}
    lib = Path(sys.modules["pyvis"].__file__).parent / _PYVIS_LIB
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    vis_css = (lib / "vis-network.css").read_text(encoding="utf-8").replace("</style", "<\\/style")
    values = {"TITLE": html.escape(title), "VIS_CSS": vis_css, "DATA": _json_for_script(payload), "VIS_JS": vis_js}
    page = TEMPLATE.read_text(encoding="utf-8")
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], page)
