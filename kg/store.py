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


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def ensure_store(ttl: Path) -> Path:
    """Build (or rebuild) the persistent oxigraph store of *ttl*; return its folder.

    The store lives beside ``kg.ttl`` (``.kg-oxigraph/``), or in the user's cache folder when the
    graph's folder is read-only.  It is built in a temporary folder and renamed into place, so a
    concurrent reader never sees half a store.
    """
    digest = _digest(ttl)
    if _writable(ttl.parent):
        target = store_path(ttl)
    else:
        from .lexicon import cache_dir

        target = cache_dir() / "stores" / digest[:24]
    stamp = target / STAMP
    if stamp.is_file() and stamp.read_text().strip() == digest:
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".kg-oxigraph-", dir=target.parent))
    except OSError as exc:
        raise KGError(f"cannot create a query store for {ttl} ({exc.strerror or exc})") from None
    try:
        _load_store(ttl, tmp / "db")
        (tmp / STAMP).write_text(digest + "\n")
        old = None
        if target.exists():
            old = target.with_name(f"{target.name}.old-{os.getpid()}")
            target.rename(old)
        try:
            tmp.rename(target)
        except OSError:
            if not (stamp.is_file() and stamp.read_text().strip() == digest):
                raise  # not another process that built the same store meanwhile
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def _load_store(ttl: Path, db: Path) -> None:
    import pyoxigraph

    store = pyoxigraph.Store(str(db))
    try:
        store.bulk_load(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KGError(f"{ttl}: cannot load ({exc})") from None
    store.flush()
    del store


def open_oxigraph(ttl: Path):
    """A read-only pyoxigraph store of *ttl* (several processes may read at once)."""
    import pyoxigraph

    folder = ensure_store(ttl)
    return pyoxigraph.Store.read_only(str(folder / "db"))


def open_rdflib(ttl: Path):
    from rdflib import Graph

    return Graph().parse(ttl, format="turtle")
