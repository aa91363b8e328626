"""Where a built graph lives, and the query store made from it.

``--graph PATH`` accepts the output folder of ``kg build`` (default ``data/out``), its ``kg.ttl``, or
any Turtle or N-Quads file.  A build folder holds a manifest (``kg.json``), the graph as Turtle
(``kg.ttl``, single documents) or as N-Quads partitions (``nq/``, corpora) and an embedded
pyoxigraph store (``.kg-oxigraph/``) that every read command queries.  The store is rebuilt when
its sources change (the manifest's build id, or the SHA-256 of a single file, is recorded in it);
when the folder is read-only it is kept in the user's cache folder instead.  Nothing here loads a
format that can execute code.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GraphNotFoundError, KGError
from .namespaces import default_out

STORE_DIR = ".kg-oxigraph"
STAMP = "SOURCE.sha256"
MANIFEST = "kg.json"
#: Present in a build folder while `kg build` writes its outputs: a build that stops half-way (an error, Ctrl-C)
#: leaves it, and with it files of two builds, which no command reads as one graph.
WRITING = Path(".kg-cache") / "WRITING"
ENGINES = ("oxigraph", "rdflib")


@dataclass(frozen=True)
class GraphSource:
    """A built graph: its folder, its files and (for a build folder) its manifest."""

    folder: Path
    files: tuple[Path, ...]  # kg.ttl, or the N-Quads partitions (+ concepts.nq)
    manifest: dict | None = field(default=None, compare=False)

    @property
    def path(self) -> Path:
        """The file a user would name (kg.ttl or the folder)."""
        return self.files[0] if len(self.files) == 1 else self.folder

    def stamp(self) -> str:
        """What the store records to know it is up to date."""
        if self.manifest and self.manifest.get("build"):
            return "build:" + self.manifest["build"]
        h = hashlib.sha256()
        for f in self.files:
            h.update(f.name.encode() + b"\0")
            with f.open("rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
        return h.hexdigest()

    @property
    def documents(self) -> list[dict]:
        return list((self.manifest or {}).get("documents", []))


def _format_of(path: Path):
    import pyoxigraph

    return pyoxigraph.RdfFormat.N_QUADS if path.suffix in (".nq", ".nquads") else (
        pyoxigraph.RdfFormat.N_TRIPLES if path.suffix == ".nt" else pyoxigraph.RdfFormat.TURTLE)


def read_manifest(folder: Path) -> dict | None:
    p = folder / MANIFEST
    if not p.is_file():
        return None
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KGError(f"{p}: not a valid build manifest ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != "policy-kg/2":
        raise KGError(f"{p}: not a policy-kg build manifest")
    return data


def is_build_output(path: Path, folder: Path) -> bool:
    """True if *path* is one of the files `kg build` writes into the graph *folder* (kg.ttl, kg.json,
    graph.html, the N-Quads of nq/): `kg viz -o` and `kg export -o` never replace them."""
    try:
        parent = Path(path).resolve().parent
        inside = parent in (Path(folder).resolve(), (Path(folder) / "nq").resolve(),
                            (Path(folder) / "nq" / "documents").resolve())
    except OSError:
        return False
    return inside and (Path(path).name in ("graph.html", "kg.ttl", "kg.json") or Path(path).suffix == ".nq")


def resolve_graph(path: str | Path | None = None) -> GraphSource:
    """The graph a command should read (default: the default build output)."""
    p = Path(path) if path else default_out()
    if p.is_dir():
        if (p / WRITING).exists():
            raise GraphNotFoundError(f"{p}: its last build did not finish (or is still running); run `kg build` "
                                     "again")
        manifest = read_manifest(p)
        if manifest is not None:
            files = tuple(p / f for f in manifest.get("graph_files", []))
            missing = [f for f in files if not f.is_file()]
            if missing or not files:
                raise GraphNotFoundError(f"{p}: the build is incomplete ({missing[0].name if missing else 'no files'} "
                                         "is missing); run `kg build` again")
            return GraphSource(p, files, manifest if _as_built(p, manifest) else None)
        p = p / "kg.ttl"
    if not p.is_file():
        hint = "run `kg build` first, or give the output folder with --graph" if path is None else \
            "give the output folder of `kg build` or a kg.ttl"
        raise GraphNotFoundError(f"no built graph at {p} ({hint})")
    if p.suffix.lower() not in (".ttl", ".nt", ".nq", ".trig"):
        raise GraphNotFoundError(f"{p}: not a built graph (a kg.ttl or the output folder of `kg build`); a document "
                                 f"is built first: kg build {p} -o OUT, then --graph OUT")
    if p.name == "kg.ttl":
        manifest = read_manifest(p.parent)
        if manifest is not None and [p.name] == manifest.get("graph_files") and _as_built(p.parent, manifest):
            return GraphSource(p.parent, (p,), manifest)
    return GraphSource(p.parent, (p,), None)


def _as_built(folder: Path, manifest: dict) -> bool:
    """Are the graph files of *folder* those its build wrote (their sizes as the manifest records them)?  A kg.ttl
    replaced by hand is not: it is then read as a graph file of its own (its content, not the build, keys the
    store), never answered from the store of the build it replaced."""
    sizes = manifest.get("graph_sizes")
    if not isinstance(sizes, dict):
        return True  # (a build of an earlier version records no sizes)
    try:
        return all((folder / name).stat().st_size == size for name, size in sizes.items())
    except OSError:
        return False


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def store_folder(source: GraphSource) -> Path:
    if _writable(source.folder):
        return source.folder / STORE_DIR
    from .lexicon import cache_dir

    return cache_dir() / "stores" / hashlib.sha256(source.stamp().encode()).hexdigest()[:24]


def ensure_store(source: GraphSource) -> Path:
    """Build (or rebuild) the persistent oxigraph store of *source*; return its folder.

    Built in a temporary folder and renamed into place, so a concurrent reader never sees half a store.
    """
    stamp_value = source.stamp()
    target = store_folder(source)
    stamp = target / STAMP
    if stamp.is_file() and stamp.read_text().strip() == stamp_value:
        return target
    write_store(target, [(f, _format_of(f)) for f in source.files], stamp_value)
    return target


#: Quads per bulk load while a build streams documents into its store (bounds the loader's memory).
LOAD_BATCH_QUADS = 100_000
GRAPHS = "graphs.json"


def store_is_current(target: Path, stamp_value: str) -> bool:
    """Does the store at *target* hold exactly the build *stamp_value*?"""
    stamp = target / STAMP
    try:
        return (target / "db").is_dir() and stamp.read_text().strip() == stamp_value
    except OSError:
        return False


class StoreBuilder:
    """The store of a build, written while the build runs.

    A fresh build bulk-loads each document's N-Quads as its map step finishes (in batches of
    :data:`LOAD_BATCH_QUADS`), so that loading overlaps with extraction.  A rebuild in which most
    documents are unchanged starts from a hard-linked copy of the previous store (a RocksDB
    checkpoint: no data copied), drops the named graphs of documents that changed or went away and
    loads only the new ones.  Either way the work happens in a temporary folder renamed into place at
    :meth:`commit`, so readers (``kg serve``, another ``kg query``) never see half a store.

    *graphs* maps each document's named graph (IRI text) to its cache key; the store records it
    (``graphs.json``) to know, next time, what it holds.
    """

    def __init__(self, target: Path, graphs: dict[str, str]):
        import pyoxigraph

        self.target, self.graphs = target, dict(graphs)
        self.store = None
        self.tmp = None
        self._batch: list = []
        self._batch_quads = 0
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            sweep_stale(target.parent)
            self.tmp = Path(tempfile.mkdtemp(prefix=f".kg-oxigraph-{os.getpid()}-", dir=target.parent))
        except OSError as exc:
            raise KGError(f"cannot create a query store in {target.parent} ({exc.strerror or exc})") from None
        old = self._previous_graphs()
        kept = {g for g, k in self.graphs.items() if old.get(g) == k}
        self.incremental = bool(old) and len(kept) * 2 >= len(self.graphs)
        try:
            if self.incremental:
                pyoxigraph.Store.read_only(str(target / "db")).backup(str(self.tmp / "db"))
                self.store = pyoxigraph.Store(str(self.tmp / "db"))
                for g in sorted(set(old) - kept):
                    self.store.remove_graph(pyoxigraph.NamedNode(g))
            else:
                self.store = pyoxigraph.Store(str(self.tmp / "db"))
        except OSError as exc:
            self.abort()
            raise KGError(f"cannot write the query store in {target.parent} ({exc})") from None
        self.needed = set(self.graphs) - kept

    def _previous_graphs(self) -> dict[str, str]:
        try:
            data = json.loads((self.target / GRAPHS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or not (self.target / "db").is_dir():
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def wants(self, graph: str) -> bool:
        """Does the store still need the named graph *graph*?"""
        return graph in self.needed

    def add(self, graph: str, path: Path, quads: int) -> None:
        """Queue the N-Quads file of *graph* (*quads* lines) for loading."""
        if not self.wants(graph):
            return
        self.needed.discard(graph)
        self._batch.append(path)
        self._batch_quads += quads
        if self._batch_quads >= LOAD_BATCH_QUADS:
            self._load_batch()

    def _load_batch(self) -> None:
        import pyoxigraph

        if not self._batch:
            return
        data = b"".join(p.read_bytes() for p in self._batch)
        self._batch, self._batch_quads = [], 0
        try:  # the build's own N-Quads (rdfio wrote every IRI): lenient skips re-validating IRIs, ~15 % of the load
            self.store.bulk_load(data, format=pyoxigraph.RdfFormat.N_QUADS, lenient=True)
        except (SyntaxError, ValueError, OSError) as exc:
            raise KGError(f"cannot load a document graph into the store ({exc})") from None

    def commit(self, shared: dict[str, bytes], graphs: dict[str, str], stamp_value: str) -> Path:
        """Load the *shared* graphs (IRI text → N-Quads, replaced whole), record that the store holds
        *graphs* (the documents that built) and *stamp_value*, and rename it into place."""
        import pyoxigraph

        try:
            self._load_batch()
            for g, data in sorted(shared.items()):
                self.store.remove_graph(pyoxigraph.NamedNode(g))
                self.store.bulk_load(data, format=pyoxigraph.RdfFormat.N_QUADS, lenient=True)
            if not self.incremental:
                # compact what the batches left in many overlapping files: queries on a 2,000-document
                # store answer 2–4× faster for about 65 s of CPU at the end of the build (a rebuild that
                # changes a few documents skips it and keeps its speed)
                self.store.optimize()
            self.store.flush()
            self.store = None
            (self.tmp / GRAPHS).write_text(json.dumps(graphs, sort_keys=True, indent=0), encoding="utf-8")
            (self.tmp / STAMP).write_text(stamp_value + "\n")
            _replace_folder(self.tmp, self.target, stamp_value)
        finally:
            self.abort()
        return self.target

    def abort(self) -> None:
        """Drop the temporary folder (after :meth:`commit`, or on an error)."""
        self.store = None
        if self.tmp is not None and self.tmp.exists():
            shutil.rmtree(self.tmp, ignore_errors=True)


#: A store being built (``.kg-oxigraph-<pid>-<random>``) or replaced (``.kg-oxigraph.old-<pid>``) by process <pid>.
_WORK_FOLDER = re.compile(r"^\.kg-oxigraph(?:-(\d+)-[\w]+|\.old-(\d+))$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def sweep_stale(folder: Path) -> list[Path]:
    """Remove the work folders of builds that were killed (``timeout``, SIGKILL) before they could clean up:
    a store being built or replaced by a process that no longer runs.  A concurrent build's folders stay."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for p in entries:
        m = _WORK_FOLDER.match(p.name)
        pid = int(m.group(1) or m.group(2)) if m else None
        if pid is not None and pid != os.getpid() and p.is_dir() and not _alive(pid):
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p)
    return removed


def _replace_folder(tmp: Path, target: Path, stamp_value: str) -> None:
    old = None
    if target.exists():
        old = target.with_name(f"{target.name}.old-{os.getpid()}")
        target.rename(old)
    try:
        tmp.rename(target)
    except OSError:
        stamp = target / STAMP
        if not (stamp.is_file() and stamp.read_text().strip() == stamp_value):
            raise  # not another process that built the same store meanwhile
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_store(target: Path, inputs: list, stamp_value: str) -> Path:
    """Bulk-load *inputs* (``(path or bytes, RdfFormat)`` pairs) into a new store at *target*."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sweep_stale(target.parent)
        tmp = Path(tempfile.mkdtemp(prefix=f".kg-oxigraph-{os.getpid()}-", dir=target.parent))
    except OSError as exc:
        raise KGError(f"cannot create a query store in {target.parent} ({exc.strerror or exc})") from None
    try:
        _load_store(inputs, tmp / "db")
        (tmp / STAMP).write_text(stamp_value + "\n")
        _replace_folder(tmp, target, stamp_value)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def _load_store(inputs: list, db: Path) -> None:
    import pyoxigraph

    store = pyoxigraph.Store(str(db))
    for source, fmt in inputs:
        try:
            if isinstance(source, (bytes, str)):
                store.bulk_load(source, format=fmt)
            else:
                store.bulk_load(path=str(source), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise KGError(f"{getattr(source, 'name', 'graph')}: cannot load ({exc})") from None
    store.flush()
    del store


def open_oxigraph(source: GraphSource):
    """A read-only pyoxigraph store of *source* (several processes may read at once)."""
    import pyoxigraph

    folder = ensure_store(source)
    return pyoxigraph.Store.read_only(str(folder / "db"))


def open_rdflib(source: GraphSource):
    """The graph as one rdflib Graph: the union of its named graphs (queries see every document)."""
    import warnings

    from rdflib import Dataset, Graph

    g = Graph()
    for f in source.files:
        if f.suffix == ".nq":
            with warnings.catch_warnings():  # rdflib's own Dataset internals warn about themselves
                warnings.simplefilter("ignore", DeprecationWarning)
                ds = Dataset()
                ds.parse(f, format="nquads")
                for s, p, o, _ in ds.quads((None, None, None, None)):
                    g.add((s, p, o))
        else:
            g.parse(f, format="turtle")
    return g
