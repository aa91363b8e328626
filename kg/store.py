"""Where a built graph lives, and the query stores made from it.

``--graph PATH`` accepts a ``kg.ttl`` or the output folder of ``kg build``.  The
default query engine is an embedded pyoxigraph store persisted beside ``kg.ttl``
(``.kg-oxigraph/``), rebuilt whenever ``kg.ttl`` changes (its SHA-256 is recorded);
rdflib stays available as a second engine and is what ``kg build`` uses.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from .errors import GraphNotFoundError, KGError
from .namespaces import DEFAULT_OUT

STORE_DIR = ".kg-oxigraph"
STAMP = "SOURCE.sha256"
ENGINES = ("oxigraph", "rdflib")


def resolve_graph(path: str | Path | None = None) -> Path:
    """The ``kg.ttl`` a command should read (default: the default build output)."""
    p = Path(path) if path else DEFAULT_OUT
    if p.is_dir():
        p = p / "kg.ttl"
    if not p.is_file():
        hint = "run `kg build` first" if path is None else "give a kg.ttl or the output folder of `kg build`"
        raise GraphNotFoundError(f"no built graph at {p} ({hint})")
    return p


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def store_path(ttl: Path) -> Path:
    return ttl.parent / STORE_DIR


def ensure_store(ttl: Path) -> Path:
    """Build (or rebuild) the persistent oxigraph store of *ttl*; return its folder."""
    import pyoxigraph

    target = store_path(ttl)
    digest = _digest(ttl)
    stamp = target / STAMP
    if stamp.is_file() and stamp.read_text().strip() == digest:
        return target
    tmp = Path(tempfile.mkdtemp(prefix=".kg-oxigraph-", dir=ttl.parent))
    try:
        store = pyoxigraph.Store(str(tmp / "db"))
        try:
            store.bulk_load(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE)
        except (SyntaxError, ValueError, OSError) as exc:
            raise KGError(f"{ttl}: cannot load ({exc})") from None
        store.flush()
        del store
        (tmp / STAMP).write_text(digest + "\n")
        old = None
        if target.exists():
            old = target.with_name(f"{STORE_DIR}.old-{os.getpid()}")
            target.rename(old)
        tmp.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def open_oxigraph(ttl: Path):
    """A read-only pyoxigraph store of *ttl* (several processes may read at once)."""
    import pyoxigraph

    folder = ensure_store(ttl)
    return pyoxigraph.Store.read_only(str(folder / "db"))


def open_rdflib(ttl: Path):
    from rdflib import Graph

    return Graph().parse(ttl, format="turtle")
