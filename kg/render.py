"""Stage 5 — render: an interactive, self-contained HTML graph (pyvis + vis-network).

pyvis builds the network and its options; the page comes from the project's own
template (``kg/templates/graph.html``) with vis-network's script and style inlined from
the pyvis package, so the file opens with no network at all.  Every text taken from a
document reaches the page only as JSON inside a ``<script type="application/json">``
block with ``<``, ``>`` and ``&`` escaped, and is put on screen with ``textContent``:
it is shown as text, never run.  Node ids are opaque (``n0``, ``n1`` …).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .errors import KGError
from .project import GraphIndex, document_part, entity_graph

STYLE = {
    # kind: (colour, shape, zh, en)
    "Task": ("#1f4e79", "box", "重大任务", "Task"),
    "PriorityAction": ("#7f3f98", "box", "优先行动", "Priority action"),
    "Action": ("#4f81bd", "dot", "举措", "Action"),
    "Provision": ("#8eaadb", "dot", "职责条款", "Provision"),
    "Technology": ("#e36c09", "diamond", "技术", "Technology"),
    "Domain": ("#2e8b57", "triangle", "领域", "Domain"),
    "Region": ("#8c6d1f", "square", "地区", "Region"),
    "Organization": ("#c0504d", "star", "机构", "Organisation"),
    "GenericUnit": ("#d99594", "star", "泛指单位", "Generic unit"),
}
RELATION_LABELS = {
    "hasAction": ("包含举措", "has action"),
    "involvesTechnology": ("涉及技术", "involves technology"),
    "responsibleDomain": ("责任领域", "responsible domain"),
    "responsibleUnit": ("责任单位", "responsible unit"),
    "leadUnit": ("牵头单位", "lead unit"),
    "supportingUnit": ("配合单位", "supporting unit"),
    "involvesRegion": ("涉及地区", "involves region"),
    "appliedIn": ("应用于", "applied in"),
    "integratesWith": ("融合", "integrates with"),
    "relatedTechnology": ("相关技术", "related technology"),
}
DEFAULT_RELATIONS = ("hasAction", "involvesTechnology", "responsibleDomain", "responsibleUnit", "involvesRegion",
                     "appliedIn", "integratesWith")
TEMPLATE = Path(__file__).with_name("templates") / "graph.html"
_PYVIS_LIB = "templates/lib/vis-9.1.2"


@dataclass(frozen=True)
class RenderResult:
    path: Path
    nodes: int
    edges: int
    bytes: int


def select_subgraph(G: nx.MultiDiGraph, focus: str | None = None, depth: int = 2,
                    kinds: tuple[str, ...] | None = None, min_weight: int = 1) -> nx.MultiDiGraph:
    """The part of *G* to draw: by kind, by edge weight, and around a focus node."""
    H = G.copy()
    if kinds:
        keep = set(kinds) | ({H.nodes[focus]["kind"]} if focus in H else set())
        H.remove_nodes_from([n for n, d in list(H.nodes(data=True)) if d["kind"] not in keep])
    if min_weight > 1:
        H.remove_edges_from([(a, b, k) for a, b, k, d in H.edges(keys=True, data=True) if d["weight"] < min_weight])
    if focus is not None:
        near = nx.single_source_shortest_path_length(H.to_undirected(as_view=True), focus, cutoff=depth)
        H = H.subgraph(near).copy()
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and n != focus])
    return H


def _pyvis_network_class():
    """``pyvis.network.Network``, imported without IPython when IPython is not loaded yet.

    pyvis imports ``IPython.display.IFrame`` at import time (0.3 s, 50 MB here) only to show a
    graph inside a notebook.  Outside a notebook we give it a stand-in that imports the real
    IFrame if ever called, and remove the stand-in right after, so IPython stays importable.
    """
    import sys
    import types

    if "pyvis.network" in sys.modules or "IPython" in sys.modules:
        from pyvis.network import Network

        return Network

    def iframe(*args, **kwargs):  # pragma: no cover - notebooks have IPython loaded already
        from IPython.display import IFrame

        return IFrame(*args, **kwargs)

    package, display = types.ModuleType("IPython"), types.ModuleType("IPython.display")
    display.IFrame = iframe
    package.display = display
    sys.modules["IPython"], sys.modules["IPython.display"] = package, display
    try:
        from pyvis.network import Network
    finally:
        for name, stub in (("IPython", package), ("IPython.display", display)):
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    return Network


def _network_data(G: nx.MultiDiGraph, index: GraphIndex, focus: str | None,
                  centrality: dict[str, float], degree: dict[str, int]) -> tuple[list, list, dict, list]:
    """pyvis nodes, edges and options, plus the side-panel records (all text as data)."""
    Network = _pyvis_network_class()
    net = Network(height="100%", width="100%", directed=True, cdn_resources="remote")
    ids = {iri: f"n{i}" for i, iri in enumerate(sorted(G))}
    multi = len(index.plans) > 1
    records = []
    for iri in sorted(G):
        d = G.nodes[iri]
        colour, shape, kind_zh, kind_en = STYLE[d["kind"]]
        c = centrality.get(iri, 0.0)
        label = d["zh"] if len(d["zh"]) <= 18 else d["zh"][:17] + "…"
        evidence = index.sentences(index.node_evidence(iri))
        tooltip = f"{d['zh']}" + (f" · {d['en']}" if d["en"] and d["en"] != d["zh"] else "") + f"\n{kind_zh} {kind_en}"
        if evidence:
            tooltip += f"\n{_where(evidence[0], multi)} {evidence[0]['text'][:120]}"
        net.add_node(ids[iri], label=label, title=tooltip, shape=shape, size=10 + 40 * c ** 0.5,
                     color={"background": colour, "border": "#333333" if iri == focus else colour,
                            "highlight": {"background": colour, "border": "#000000"}},
                     borderWidth=3 if iri == focus else 1,
                     font={"color": "#ffffff", "strokeWidth": 0} if shape == "box" else {})
        records.append({
            "id": ids[iri], "iri": iri, "kind": d["kind"], "kind_zh": kind_zh, "kind_en": kind_en,
            "zh": d["zh"], "en": d["en"], "alt": sorted(index.alt.get(iri, [])), "section": d.get("section", ""),
            "document": d.get("document", ""), "candidate": bool(d.get("candidate")),
            "centrality": round(c, 4), "degree": degree.get(iri, 0),
            "evidence": [[_where(e, multi), e["text"]] for e in evidence],
        })
    edge_records = []
    for n, (a, b, key, d) in enumerate(sorted(G.edges(keys=True, data=True))):
        zh, en = RELATION_LABELS[key]
        ev = index.sentences(index.edge_evidence(a, key, b))
        tooltip = f"{zh} {en}" + (f"\n{_where(ev[0], multi)} {ev[0]['text'][:120]}" if ev else "")
        net.add_edge(ids[a], ids[b], id=f"e{n}", title=tooltip, width=1 + min(d["weight"], 8) * 0.6,
                     arrows="" if key in ("integratesWith", "relatedTechnology") else "to",
                     dashes=key == "integratesWith", color={"inherit": "from", "opacity": 0.55})
        edge_records.append({
            "id": f"e{n}", "from": ids[a], "to": ids[b], "relation": key, "rel_zh": zh, "rel_en": en,
            "weight": d["weight"], "evidence": [[_where(e, multi), e["text"]] for e in ev],
        })
    options = {
        "nodes": {"font": {"size": 16, "face": "Noto Sans CJK SC, WenQuanYi Micro Hei, Microsoft YaHei, PingFang SC, sans-serif",
                           "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"smooth": {"type": "continuous"}, "selectionWidth": 2},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50}},
        "interaction": {"hover": True, "navigationButtons": False, "keyboard": True, "tooltipDelay": 150},
    }
    return net.nodes, net.edges, options, [records, edge_records]


def _where(evidence: dict, multi: bool) -> str:
    """Where an evidence sentence stands: its section, and its document when there are several."""
    return f"{evidence['document']} · {evidence['section']}" if multi and evidence["document"] else evidence["section"]


def _json_for_script(obj) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' survive literally."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_html(G: nx.MultiDiGraph, index: GraphIndex, title: str, focus: str | None = None,
                centrality: tuple[dict[str, float], dict[str, int]] | None = None) -> str:
    """The HTML page for *G* (a string; see :func:`write_atomic`).

    *centrality* is ``(degree centrality, degree)`` of every node in the whole entity graph
    (:func:`kg.analyse.degrees`, computed when not given): it sizes the nodes and is shown in the
    side panel, the same number ``kg rank`` prints.
    """
    import html

    if centrality is None:
        from .analyse import degrees

        centrality = degrees(index)
    nodes, edges, options, (node_records, edge_records) = _network_data(G, index, focus, *centrality)
    lib = Path(sys.modules["pyvis"].__file__).parent / _PYVIS_LIB
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    vis_css = (lib / "vis-network.css").read_text(encoding="utf-8").replace("</style", "<\\/style")
    legend = [{"kind": k, "colour": v[0], "shape": v[1], "zh": v[2], "en": v[3]}
              for k, v in STYLE.items() if any(G.nodes[n]["kind"] == k for n in G)]
    data = {"nodes": nodes, "edges": edges, "options": options, "records": node_records,
            "edgeRecords": edge_records, "legend": legend, "focus": None}
    if focus is not None:
        data["focus"] = next(r["id"] for r in node_records if r["iri"] == focus)
    values = {"TITLE": html.escape(title), "VIS_CSS": vis_css, "DATA": _json_for_script(data), "VIS_JS": vis_js}
    page = TEMPLATE.read_text(encoding="utf-8")
    # one pass over the template: text inside the values is never scanned for placeholders
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], page)


def write_atomic(path: Path, text: "str | bytes") -> int:
    """Write *text* (UTF-8) or bytes to a temporary file beside *path*, then rename it into place."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    with atomic_file(path) as fh:
        fh.write(data)
    return len(data)


@contextlib.contextmanager
def atomic_file(path: Path):
    """A binary file to write that appears at *path* only when the block ends without an error (a temporary
    file beside it, renamed into place with the permissions a new file would have)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as e:  # (/proc/x.ttl: name the file asked for, not the temporary one beside it)
        raise OSError(e.errno, f"cannot write in {path.parent} ({e.strerror})", str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def render_graph(index: GraphIndex, out: Path, title: str, focus: str | None = None, depth: int = 2,
                 kinds: tuple[str, ...] | None = None, min_weight: int = 1,
                 relations: tuple[str, ...] = DEFAULT_RELATIONS, plan: str | None = None) -> RenderResult:
    """Select, render and atomically write the HTML graph (sizes follow centrality in the whole graph); *plan*:
    only that document's nodes and the concepts they link to (one document of a corpus).

    Raises :class:`~kg.errors.KGError`, writing nothing, when the selection has no edge to draw.
    """
    from .analyse import degrees

    if focus is not None and "relatedTechnology" not in relations:
        relations = relations + ("relatedTechnology",)  # a neighbourhood is small: show co-mentions too
    full = entity_graph(index, relations)
    if plan is not None:
        full = document_part(full, index, plan)
    G = select_subgraph(full, focus, depth, kinds, min_weight)
    if G.number_of_edges() == 0:
        raise KGError("nothing to draw: " + _why_empty(full, index, focus, kinds, min_weight, relations))
    size = write_atomic(out, render_html(G, index, title, focus, degrees(index)))
    return RenderResult(out, G.number_of_nodes(), G.number_of_edges(), size)


def _why_empty(full: nx.MultiDiGraph, index: GraphIndex, focus: str | None, kinds: tuple[str, ...] | None,
               min_weight: int, relations: tuple[str, ...]) -> str:
    """Why :func:`select_subgraph` kept no edge, in one line."""
    what = " and ".join(kinds) + " nodes" if kinds else "nodes"
    if kinds:
        present = [n for n, d in full.nodes(data=True) if d["kind"] in kinds]
        if not present:
            return f"this graph has no {' or '.join(kinds)} node"
    H = select_subgraph(full, None, 0, kinds, 1)
    if H.number_of_edges() == 0:
        return (f"no link between {what} among the relations drawn ({', '.join(relations)}); "
                f"add a --type{' or --related' if _related_helps(kinds, relations) else ''}")
    strongest = max(d["weight"] for _, _, d in H.edges(data=True))
    if strongest < min_weight:
        return (f"no link between {what} has {min_weight} or more evidence sentences "
                f"(--min-weight {min_weight}; the strongest has {strongest})")
    label = index.label(focus) if focus else ""
    return (f"{label} is linked to no {what} by the relations drawn ({', '.join(relations)})"
            + (f" with {min_weight} or more evidence sentences" if min_weight > 1 else ""))


def _related_helps(kinds: tuple[str, ...] | None, relations: tuple[str, ...]) -> bool:
    return "relatedTechnology" not in relations and (not kinds or "Technology" in kinds)


def render_build_page(source, single: bool) -> str:
    """The page ``kg build`` writes: the whole graph for one document, an overview for a corpus."""
    from .project import load_index

    index = load_index(source)
    if not single:
        from .overview import render_overview

        return render_overview(index, source)
    index.prefetch_evidence()
    G = select_subgraph(entity_graph(index, DEFAULT_RELATIONS))
    title = " · ".join(index.plan_labels[p] for p in index.plans) or "policy-kg"
    return render_html(G, index, title)
