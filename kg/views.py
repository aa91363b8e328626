"""Per-document answers to the corpus listings (materialised named queries).

A named query that lists rows per document (responsible units, technologies per task, indicators …) costs a
dozen index look-ups per row in the corpus store: 79,000 rows of ``responsible-units`` took 16 s on 2,000
documents. Every such row comes from one document's triples and the concepts they name, so the map step
answers these queries on the document's own small graph (an in-memory Oxigraph store: about 10 ms for all of
them), the build keeps the rows in its cache with the document's other results, and the merge concatenates
them in document order into one file per query, in the store folder, under the build's stamp. ``kg query NAME``
without parameters then reads the file instead of asking the store.

A query is a *view* when its only parameter is the optional ``document`` and its ``ORDER BY`` starts with
``?document``: the corpus answer is then the documents' answers, one after another, in the order of their ids.
Each view query orders its rows completely (every column it shows breaks ties), so the rows read from the file
are the rows, in the order, the store gives (``tests/test_views.py`` compares them on a built corpus).
"""

from __future__ import annotations

import functools
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Iterable

from .query import Engine, QueryResult, named_queries

#: The folder, inside the store folder, that holds the merged views.
VIEWS_DIR = "views"
#: Bump when the files' layout changes.
VIEWS_VERSION = 1

_ORDER_BY = re.compile(r"\bORDER\s+BY\s+\??\$?(\w+)", re.I)


@functools.lru_cache(maxsize=1)
def view_names() -> tuple[str, ...]:
    """The named queries whose corpus answer is the concatenation of their documents' answers."""
    names = []
    for name, q in sorted(named_queries().items()):
        order = _ORDER_BY.search(q.text)
        if (order and order.group(1) == "document" and all(p.optional and p.name == "document" for p in q.params)
                and re.search(r"[?$]document\b", q.text.split("WHERE", 1)[0])):
            names.append(name)
    return tuple(names)


def document_views(own: str, shared: str, concepts: str) -> dict[str, dict]:
    """Answer every view query on one document's graph: *own* its N-Quads (its named graph), *shared* and
    *concepts* the N-Triples of the relations it states and of the concepts it names (the build's concepts graph).
    Returns ``{query: {"columns": [...], "rows": [[...], ...]}}``."""
    import pyoxigraph as ox

    from .namespaces import ID

    store = ox.Store()
    if own:
        store.bulk_load(own.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    for data in (shared, concepts):
        if data:
            store.bulk_load(data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(f"{ID}concepts"))
    engine = Engine.over_store(store)
    out = {}
    for name in view_names():
        result = engine.query(named_queries()[name].text)
        out[name] = {"columns": list(result.columns), "rows": [list(row) for row in result.rows]}
    return out


def _folder(store_dir: Path) -> Path:
    return store_dir / VIEWS_DIR


def views_are_current(store_dir: Path, stamp: str) -> bool:
    """Do the views in *store_dir* belong to the build *stamp*?"""
    try:
        head = json.loads((_folder(store_dir) / "stamp.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(head, dict) and head.get("stamp") == stamp and head.get("version") == VIEWS_VERSION \
        and head.get("names") == list(view_names())


def save_views(store_dir: Path, documents: Iterable[dict[str, dict]], stamp: str) -> None:
    """Write each view's rows, the documents' in the order given (their ids' order), as JSON lines; the first
    line holds the columns. Written in a temporary folder and renamed into place; the stamp file last."""
    names = view_names()
    folder = _folder(store_dir)
    try:
        tmp = Path(tempfile.mkdtemp(dir=store_dir, prefix=".views-"))
    except OSError:
        return  # a read-only store folder: the store answers instead
    try:
        handles = {name: open(tmp / f"{name}.jsonl", "w", encoding="utf-8") for name in names}
        started: set[str] = set()
        try:
            for views in documents:
                for name, fh in handles.items():
                    view = views[name]
                    if name not in started:
                        started.add(name)
                        fh.write(json.dumps(view["columns"], ensure_ascii=False) + "\n")
                    for row in view["rows"]:
                        fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        finally:
            for fh in handles.values():
                fh.close()
        (tmp / "stamp.json").write_text(json.dumps({"stamp": stamp, "version": VIEWS_VERSION, "names": list(names)}),
                                        encoding="utf-8")
        old = folder.with_name(f".views-old-{os.getpid()}")
        if folder.exists():
            os.replace(folder, old)
        os.replace(tmp, folder)
        _remove(old)
    except OSError:
        _remove(tmp)


def _remove(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def read_view(store_dir: Path, name: str, stamp: str) -> QueryResult | None:
    """The rows of view *name* of the build *stamp*, or None when the store folder holds none for it."""
    if name not in view_names() or not views_are_current(store_dir, stamp):
        return None
    try:
        with open(_folder(store_dir) / f"{name}.jsonl", encoding="utf-8") as fh:
            columns = json.loads(fh.readline())
            # one parse for all rows (3× faster than one per line); split at \n alone: json.dumps writes U+2028 or U+0085
            # in a text as they are, and splitlines would break a row there
            rows = list(map(tuple, json.loads("[" + ",".join(fh.read().rstrip("\n").split("\n")) + "]")))
    except (OSError, ValueError):
        return None
    return QueryResult("select", columns, rows)
