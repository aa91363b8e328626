"""Running the per-document map: in this process, in a local process pool, or on a Dask cluster.

Every way runs the same function, :func:`kg.pipeline.map_document`, and yields the results in input
order, so the build's output does not depend on where it ran.  Local workers are forked from a
process that has already loaded the lexicon and the spaCy pipeline; Dask workers receive the
lexicon once (scattered to every worker) and the document's bytes with each task, so a cluster
needs no shared file system.
"""

from __future__ import annotations

import gc
import os
from typing import Iterator

#: Tasks in flight per worker on a Dask cluster (bounds the client's memory).
IN_FLIGHT_PER_WORKER = 8


def default_jobs(n_docs: int) -> int:
    from .pipeline import PARALLEL_FROM

    return (os.cpu_count() or 1) if n_docs >= PARALLEL_FROM else 1


def run_tasks(todo: list, lexicon_dirs: tuple[str, ...], validate: bool, jobs: int | None = None,
              scheduler: str | None = None, keep=None, views: bool = False) -> Iterator[tuple[object, dict]]:
    """Yield ``(input, record)`` for each input document, in order.

    ``keep(input, record, nquads) -> record`` stores a result (the build's cache); it runs where the
    document was mapped when that is this machine (the N-Quads never cross a pipe), and here for
    results that come back from a Dask cluster. *views*: answer the view queries too (:mod:`kg.views`).
    """
    if scheduler:
        for d, (record, nq) in _run_dask(todo, lexicon_dirs, validate, scheduler, jobs, views):
            yield d, keep(d, record, nq) if keep else dict(record, nquads=nq)
        return
    jobs = jobs or default_jobs(len(todo))
    if jobs <= 1 or len(todo) <= 1:
        yield from _run_serial(todo, lexicon_dirs, validate, keep, views)
    else:
        yield from _run_pool(todo, lexicon_dirs, validate, jobs, keep, views)


def _task(d, lexicon, validate: bool, keep=None, views: bool = False) -> dict:
    from .errors import InputError
    from .pipeline import map_document

    try:
        data = d.path.read_bytes()
    except OSError as exc:
        return {"id": d.doc_id, "path": d.display, "error": str(InputError(f"{d.display}: cannot read "
                                                                           f"({exc.strerror or exc})"))}
    record, nq = map_document(data, d.display, d.doc_id, lexicon, validate, views)
    return keep(d, record, nq) if keep else dict(record, nquads=nq)


def _run_serial(todo, lexicon_dirs, validate, keep=None, views=False):
    from .lexicon import load_lexicon

    lexicon = load_lexicon(list(lexicon_dirs[1:]))
    for d in todo:
        yield d, _task(d, lexicon, validate, keep, views)


_POOL_STATE: tuple | None = None


def _quiet_worker() -> None:
    """A pool worker leaves Ctrl-C to the build process, which stops the pool (no worker prints a
    KeyboardInterrupt traceback), and ends with that process if it is killed (Linux: PR_SET_PDEATHSIG),
    instead of writing tracebacks about a broken pipe."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the pool stops its workers with SIGTERM: they just end
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)
    except (OSError, AttributeError):  # not Linux: a killed build's workers end at their next write
        pass


def _pool_task(i: int):
    todo, lexicon, validate, keep, views = _POOL_STATE
    return _task(todo[i], lexicon, validate, keep, views)


def _run_pool(todo, lexicon_dirs, validate, jobs, keep=None, views=False):
    """Forked workers: they inherit the loaded lexicon and spaCy pipeline."""
    import multiprocessing as mp

    from .extract import build_nlp
    from .lexicon import load_lexicon

    global _POOL_STATE
    lexicon = load_lexicon(list(lexicon_dirs[1:]))
    if "fork" not in mp.get_all_start_methods():  # pragma: no cover - Windows, some macOS setups
        yield from _run_serial(todo, lexicon_dirs, validate, keep, views)
        return
    build_nlp(lexicon)  # load spaCy once, before the fork
    lexicon.automaton()
    _POOL_STATE = (todo, lexicon, validate, keep, views)
    gc.freeze()  # the inherited heap stays shared: the workers' collector never touches (copies) it
    try:
        with mp.get_context("fork").Pool(jobs, initializer=_quiet_worker) as pool:
            for i, result in enumerate(pool.imap(_pool_task, range(len(todo)), chunksize=1)):
                yield todo[i], result
    finally:
        _POOL_STATE = None
        gc.unfreeze()


def _dask_task(data: bytes, path: str, doc_id: str, lexicon, validate: bool, views: bool = False):
    from .pipeline import map_document

    return map_document(data, path, doc_id, lexicon, validate, views)


def _run_dask(todo, lexicon_dirs, validate, scheduler: str, jobs: int | None, views: bool = False):
    """On a Dask cluster: ``local`` starts one on this machine (``jobs`` workers, one thread each)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        from .errors import KGError

        raise KGError("--scheduler needs Dask: pip install 'policy-kg[cluster]'") from None
    from .errors import InputError, KGError
    from .lexicon import load_lexicon

    lexicon = load_lexicon(list(lexicon_dirs[1:]))
    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise KGError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        lex_future = client.scatter(lexicon, broadcast=True)
        window = workers * IN_FLIGHT_PER_WORKER
        pending = []
        k = 0
        for i, d in enumerate(todo):
            try:
                data = d.path.read_bytes()
            except OSError as exc:
                pending.append((d, None, {"id": d.doc_id, "path": d.display,
                                          "error": str(InputError(f"{d.display}: cannot read ({exc.strerror or exc})"))}))
            else:
                pending.append((d, client.submit(_dask_task, data, d.display, d.doc_id, lex_future, validate, views,
                                                 pure=False), None))
            while len(pending) - k >= window:
                yield _collect(pending[k])
                k += 1
        while k < len(pending):
            yield _collect(pending[k])
            k += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _collect(item):
    d, future, error = item
    if future is None:
        return d, (error, "")
    return d, future.result()
