"""A local, read-only SPARQL 1.1 endpoint with an offline query page.

Two processes: the ``oxigraph`` server (from the `oxigraph` PyPI package) answers
SPARQL in read-only mode on a private loopback port, with a per-query time limit;
in front of it a small Python HTTP server (bound to 127.0.0.1 unless told otherwise)
serves the project's own query page at ``/`` (no script, style or font from
anywhere else; the page requests nothing outside its own server), forwards
``/query`` (GET or POST, SPARQL 1.1 Protocol) with a cap on the result size, and
refuses updates.
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

from .errors import KGError
from .store import ensure_store, resolve_graph

PAGE = Path(__file__).with_name("templates") / "sparql.html"
#: Largest result forwarded to a client, in bytes.
MAX_RESULT_BYTES = 20 * 1024 * 1024


def oxigraph_binary() -> str:
    """Path of the `oxigraph` server binary (from the `oxigraph` PyPI package)."""
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
    if not found:
        raise KGError("the `oxigraph` server is not installed (pip install oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SparqlServer:
    """The oxigraph backend and the front server; use :meth:`start` / :meth:`stop`."""

    def __init__(self, graph: str | Path | None = None, host: str = "127.0.0.1", port: int = 7878,
                 timeout_s: int = 30, max_bytes: int = MAX_RESULT_BYTES):
        self.ttl = resolve_graph(graph)
        self.host, self.port, self.timeout_s, self.max_bytes = host, port, timeout_s, max_bytes
        self.backend: subprocess.Popen | None = None
        self.httpd: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def start(self) -> "SparqlServer":
        db = ensure_store(self.ttl) / "db"
        bport = _free_port()
        self.backend_url = f"http://127.0.0.1:{bport}/"
        self.backend = subprocess.Popen(
            [oxigraph_binary(), "serve-read-only", "--location", str(db), "--bind", f"127.0.0.1:{bport}",
             "--timeout-s", str(self.timeout_s)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        self._wait_backend()
        handler = type("Handler", (_Handler,), {"app": self})
        try:
            family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
            server_cls = type("Server", (ThreadingHTTPServer,), {"address_family": family, "daemon_threads": True})
            self.httpd = server_cls((self.host, self.port), handler)
        except OSError as exc:
            self.stop()
            raise KGError(f"cannot listen on {self.host}:{self.port} ({exc.strerror or exc})") from None
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="kg-serve", daemon=True)
        self.thread.start()
        return self

    def _wait_backend(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.backend.poll() is not None:
                err = self.backend.stderr.read().decode("utf-8", "replace").strip().splitlines()
                raise KGError(f"the SPARQL server did not start: {err[-1] if err else self.backend.returncode}")
            try:
                with urllib.request.urlopen(self.backend_url + "query?query=ASK%7B%7D", timeout=1):
                    return
            except (urllib.error.URLError, OSError):
                time.sleep(0.05)
        self.stop()
        raise KGError("the SPARQL server did not answer within 20 s")

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None
        if self.backend is not None and self.backend.poll() is None:
            self.backend.terminate()
            try:
                self.backend.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.backend.kill()
                self.backend.wait()

    # -- requests ------------------------------------------------------------------------
    def forward(self, method: str, query_string: str, body: bytes | None, headers: dict) -> tuple[int, str, bytes]:
        url = self.backend_url + "query" + (f"?{query_string}" if query_string else "")
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s + 5) as resp:
                data = resp.read(self.max_bytes + 1)
                ctype = resp.headers.get("Content-Type", "application/octet-stream")
                status = resp.status
        except urllib.error.HTTPError as err:
            return err.code, err.headers.get("Content-Type", "text/plain"), err.read(64 * 1024)
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            return 504, "text/plain; charset=utf-8", f"query failed or timed out: {exc}".encode()
        if len(data) > self.max_bytes:
            return 413, "text/plain; charset=utf-8", (
                f"result larger than {self.max_bytes} bytes; add a LIMIT to the query".encode())
        return status, ctype, data


def _queries_json() -> bytes:
    from .query import named_queries

    items = [{"name": q.name, "title": q.title, "description": q.description,
              "params": [p.name for p in q.params], "text": q.text} for q in named_queries().values()]
    return json.dumps(items, ensure_ascii=False).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    app: SparqlServer
    server_version = "policy-kg"
    sys_version = ""

    def log_message(self, fmt, *args):  # quiet: no per-request lines on the terminal
        pass

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if ctype.startswith("text/html"):
            self.send_header("Content-Security-Policy",
                             "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                             "connect-src 'self'; img-src data:")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        path, _, qs = self.path.partition("?")
        if path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", PAGE.read_bytes())
        elif path == "/queries.json":
            self._send(200, "application/json; charset=utf-8", _queries_json())
        elif path in ("/query", "/sparql"):
            if "update=" in qs:
                return self._refuse()
            self._send(*self.app.forward("GET", qs, None, self._accept()))
        elif path == "/update":
            self._refuse()
        else:
            self._send(404, "text/plain; charset=utf-8", b"not found")

    def do_POST(self):
        path = self.path.partition("?")[0]
        length = int(self.headers.get("Content-Length") or 0)
        if length > 1024 * 1024:
            return self._send(413, "text/plain; charset=utf-8", b"query too large")
        body = self.rfile.read(length)
        ctype = self.headers.get("Content-Type", "")
        if path not in ("/query", "/sparql"):
            return self._refuse() if path == "/update" else self._send(404, "text/plain; charset=utf-8", b"not found")
        if "sparql-update" in ctype or (ctype.startswith("application/x-www-form-urlencoded")
                                        and "update" in urllib.parse.parse_qs(body.decode("utf-8", "replace"))):
            return self._refuse()
        headers = {**self._accept(), "Content-Type": ctype or "application/x-www-form-urlencoded"}
        self._send(*self.app.forward("POST", "", body, headers))

    def do_PUT(self):
        self._refuse()

    do_DELETE = do_PATCH = do_PUT

    def _accept(self) -> dict:
        return {"Accept": self.headers.get("Accept", "application/sparql-results+json")}

    def _refuse(self) -> None:
        self._send(403, "text/plain; charset=utf-8", b"this endpoint is read-only: updates are refused")


def start_server(graph: str | Path | None = None, host: str = "127.0.0.1", port: int = 7878,
                 timeout_s: int = 30, max_bytes: int = MAX_RESULT_BYTES) -> SparqlServer:
    """Start the endpoint in the background (threads + the oxigraph process)."""
    return SparqlServer(graph, host, port, timeout_s, max_bytes).start()


def serve_forever(graph: str | Path | None, host: str, port: int, timeout_s: int,
                  echo: Callable[[str], None] = print) -> None:
    """Run the endpoint until Ctrl-C (or SIGTERM); print where it answers."""
    server = start_server(graph, host, port, timeout_s)
    echo(f"SPARQL endpoint: {server.url}query  (read-only, {timeout_s} s per query)")
    echo(f"query page:      {server.url}")
    echo("Ctrl-C to stop")
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.is_set():
            if server.backend.poll() is not None:
                raise KGError("the SPARQL backend stopped unexpectedly")
            stop.wait(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        echo("stopping")
        server.stop()
