"""A local, read-only SPARQL 1.1 Protocol endpoint: the ``oxigraph`` server over the built graph.

The `oxigraph` package on PyPI ships a static server binary whose query page (YASGUI)
is served by the server itself, so it works with no network.  The server is started
in read-only mode (updates are refused), bound to 127.0.0.1 unless told otherwise,
with a per-query time limit.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable

from .errors import KGError
from .store import ensure_store, resolve_graph


def oxigraph_binary() -> str:
    """Path of the `oxigraph` server binary (from the `oxigraph` PyPI package)."""
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if not found:
        raise KGError("the `oxigraph` server is not installed (pip install oxigraph)")
    return found


def start_server(graph: str | Path | None = None, host: str = "127.0.0.1", port: int = 7878,
                 timeout_s: int = 30) -> tuple[subprocess.Popen, str]:
    """Start the server in the background; return the process and the base URL once it answers."""
    ttl = resolve_graph(graph)
    db = ensure_store(ttl) / "db"
    cmd = [oxigraph_binary(), "serve-read-only", "--location", str(db), "--bind", f"{host}:{port}",
           "--timeout-s", str(timeout_s)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read().decode("utf-8", "replace").strip().splitlines()
            raise KGError(f"the SPARQL server did not start: {out[-1] if out else 'exit ' + str(proc.returncode)}")
        try:
            with urllib.request.urlopen(url + "query?query=ASK%7B%7D", timeout=1) as resp:
                if resp.status == 200:
                    return proc, url
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    stop_server(proc)
    raise KGError(f"the SPARQL server did not answer at {url} within 20 s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def serve_forever(graph: str | Path | None, host: str, port: int, timeout_s: int,
                  echo: Callable[[str], None] = print) -> None:
    """Run the server until Ctrl-C (or SIGTERM); print where it answers."""
    proc, url = start_server(graph, host, port, timeout_s)
    echo(f"SPARQL endpoint: {url}query  (read-only, {timeout_s} s per query)")
    echo(f"query page:      {url}")
    echo("Ctrl-C to stop")
    previous = signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        proc.wait()
    except KeyboardInterrupt:
        echo("stopping")
    finally:
        signal.signal(signal.SIGTERM, previous)
        stop_server(proc)
