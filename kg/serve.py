"""A local, read-only SPARQL 1.1 endpoint with an offline query page.

Two processes: the ``oxigraph`` server (from the `oxigraph` PyPI package) answers
SPARQL in read-only mode on a private loopback port, with a per-query time limit;
in front of it a small Python HTTP server (bound to 127.0.0.1 unless told otherwise)
serves the project's own query page at ``/`` (no script, style or font from
anywhere else; the page requests nothing outside its own server), forwards
``/query`` (GET or POST, SPARQL 1.1 Protocol) with a cap on the result size and a
time limit, refuses updates and federated queries (``SERVICE``), and reloads the graph
when ``kg.ttl`` changes.
"""

from __future__ import annotations

import http.client
import json
import re
import shlex
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
from .query import _FORMS
from .sparql_text import SparqlLexError, tokens, uses_service, with_prefixes
from .store import STAMP, ensure_store, resolve_graph

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
    """The oxigraph backend and the front server; use :meth:`start` / :meth:`stop`.

    The front checks every query before the backend sees it (updates → 403, ``SERVICE`` → 400),
    answers at the time limit (504) and then replaces the backend process, which is the only way
    to stop oxigraph computing a query; requests caught in the replacement are sent again to the
    new process.  When ``kg.ttl`` changes on disk, the next query loads it into a fresh store and
    backend; if it cannot be loaded, the last good data stay served with an ``X-KG-Notice`` header.
    """

    def __init__(self, graph: str | Path | None = None, host: str = "127.0.0.1", port: int = 7878,
                 timeout_s: int = 30, max_bytes: int = MAX_RESULT_BYTES):
        self.graph = graph
        self.source = resolve_graph(graph)
        self.host, self.port, self.timeout_s, self.max_bytes = host, port, timeout_s, max_bytes
        self.backend: subprocess.Popen | None = None
        self.backend_url = ""
        self.generation = 0  # bumped whenever the backend process is replaced
        self.notice = ""  # said in an X-KG-Notice header while the data served are not the file's
        self.httpd: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None
        self._swap = threading.Lock()
        self._reload = threading.Lock()
        self._db: Path | None = None
        self._digest = ""
        self._file_key: tuple | None = None
        self._stopped = False
        self._view: tuple[str, "_ServedGraph"] | None = None  # (store digest, its view for parameters)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def start(self) -> "SparqlServer":
        self._file_key = _watch_key(self.source)
        self._load_store()
        self.backend, self.backend_url = self._spawn(self._db)
        handler = type("Handler", (_Handler,), {"app": self})
        try:
            family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
            server_cls = type("Server", (ThreadingHTTPServer,), {
                "address_family": family, "daemon_threads": True,
                # the default listen backlog (5) drops connections of 8+ concurrent clients (a 1 s stall each)
                "request_queue_size": LISTEN_BACKLOG})
            self.httpd = server_cls((self.host, self.port), handler)
        except OSError as exc:
            self.stop()
            raise KGError(f"cannot listen on {self.host}:{self.port} ({exc.strerror or exc})") from None
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="kg-serve", daemon=True)
        self.thread.start()
        return self

    # -- the backend process ---------------------------------------------------------------
    def _load_store(self) -> None:
        self.source = resolve_graph(self.graph)
        folder = ensure_store(self.source)
        self._db = folder / "db"
        self._digest = (folder / STAMP).read_text().strip()

    def _spawn(self, db: Path) -> tuple[subprocess.Popen, str]:
        """Start an oxigraph server on *db* on a free loopback port; return it once it answers."""
        bport = _free_port()
        url = f"http://127.0.0.1:{bport}/"
        proc = subprocess.Popen(
            [oxigraph_binary(), "serve-read-only", "--location", str(db), "--bind", f"127.0.0.1:{bport}",
             "--union-default-graph",  # one named graph per document: queries see them all
             "--timeout-s", str(self.timeout_s + 5)],  # a backstop: the front answers at timeout_s
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
                raise KGError(f"the SPARQL server did not start: {err[-1] if err else proc.returncode}")
            try:
                with urllib.request.urlopen(url + "query?query=ASK%7B%7D", timeout=1):
                    return proc, url
            except (urllib.error.URLError, OSError):
                time.sleep(0.02)
        _terminate(proc)
        raise KGError("the SPARQL server did not answer within 20 s")

    def replace_backend(self, seen_generation: int | None = None) -> None:
        """Start a new backend, switch to it, stop the old one (and whatever it was computing).

        With *seen_generation*, do nothing if the backend was replaced since then (several
        timed-out queries of one backend replace it once).
        """
        with self._swap:
            if self._stopped or (seen_generation is not None and seen_generation != self.generation):
                return
            proc, url = self._spawn(self._db)
            old = self.backend
            self.backend, self.backend_url = proc, url
            self.generation += 1
        if old is not None:
            _terminate(old)

    def _replace_later(self, generation: int) -> None:
        def run():
            try:
                self.replace_backend(generation)
            except KGError as exc:  # pragma: no cover - the old backend keeps serving
                self.notice = f"could not restart the SPARQL backend ({exc})"

        threading.Thread(target=run, name="kg-serve-restart", daemon=True).start()

    def refresh(self) -> None:
        """Serve the graph file as it is now: reload it if it changed since it was loaded."""
        key = _watch_key(self.source)
        if key == self._file_key:
            return
        with self._reload:  # requests that see the change meanwhile wait here, then use the new backend
            if key == self._file_key:
                return  # another request reloaded it meanwhile
            checked = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime())
            old_db, old_digest = self._db, self._digest
            try:
                if key is None:
                    raise KGError("the file is gone")
                self._load_store()
            except (KGError, OSError) as exc:
                self._db, self._digest = old_db, old_digest
                reason = " ".join(str(exc).split())[:300]
                self.notice = (f"{_watched(self.source).name} changed on disk but cannot be loaded ({reason}); "
                               f"serving the data loaded before (checked {checked})")
            else:
                self.notice = ""
                if self._digest != old_digest or self._db != old_db:
                    self.replace_backend()
                key = _watch_key(self.source)  # (the source may now be read otherwise: a kg.ttl replaced by hand)
            self._file_key = key

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None
        with self._swap:
            self._stopped = True  # no replacement backend after this
            if self.backend is not None:
                _terminate(self.backend)

    # -- requests ------------------------------------------------------------------------
    def forward(self, query: str, params: list[tuple[str, str]], accept: str) -> tuple[int, str, bytes]:
        """Send a checked query to the backend; answer 504 at the time limit (and cancel the work)."""
        deadline = time.monotonic() + self.timeout_s
        body = urllib.parse.urlencode([("query", query), *params]).encode("utf-8")
        while True:
            generation, url = self.generation, self.backend_url
            try:
                status, ctype, data = _post(url, body, accept, deadline, self.max_bytes)
            except TimeoutError:
                self._replace_later(generation)
                return 504, TEXT, f"the query did not finish within {self.timeout_s} s".encode()
            except (OSError, http.client.HTTPException):
                if generation != self.generation and time.monotonic() < deadline:
                    continue  # the backend was replaced under this query: ask the new one
                return 502, TEXT, b"the SPARQL backend did not answer"
            break
        if len(data) > self.max_bytes:
            return 413, TEXT, f"result larger than {self.max_bytes} bytes; add a LIMIT to the query".encode()
        return status, ctype, self._scrub(data, url)

    def _scrub(self, data: bytes, backend_url: str) -> bytes:
        """A backend answer with the backend's address replaced by the front's."""
        netloc = urllib.parse.urlsplit(backend_url).netloc.encode()
        front = urllib.parse.urlsplit(self.url).netloc.encode()
        for host in (netloc, netloc.replace(b"127.0.0.1", b"localhost")):
            data = data.replace(host, front)
        return data

    def _graph_view(self) -> "_ServedGraph":
        """The served graph for parameters, made again after a reload (its concept labels change)."""
        self.refresh()
        view = self._view
        if view is None or view[0] != self._digest:
            view = self._view = (self._digest, _ServedGraph(self))
        return view[1]

    def bind(self, name: str, params: dict[str, str], text: str | None = None) -> str:
        """Named query *name* (or *text*) with *params* bound, resolved against the served graph as
        `kg query NAME --param …` resolves them (a concept by any zh/en label, a document by id or file)."""
        return self._graph_view().bound_text(name, params, text)

    def choices(self) -> dict:
        """What the page offers in its parameter fields: the graph's concept labels and its documents."""
        view = self._graph_view()
        labels = sorted({r[0] for r in view.query(CHOICE_LABELS).rows if r[0]})
        documents = [[d, t or ""] for d, t in view.query(CHOICE_DOCUMENTS).rows]
        return {"concepts": labels, "documents": documents}

    def service_description(self, accept: str) -> tuple[int, str, bytes]:
        """The SPARQL service description, naming the front's own address (never the backend's)."""
        sd = "http://www.w3.org/ns/sparql-service-description#"
        formats = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                   "Turtle", "N-Triples")
        lines = [f"_:service <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{sd}Service> .",
                 f"_:service <{sd}endpoint> <{self.url}query> .",
                 f"_:service <{sd}supportedLanguage> <{sd}SPARQL11Query> ."]
        lines += [f"_:service <{sd}resultFormat> <http://www.w3.org/ns/formats/{f}> ." for f in formats]
        body = ("\n".join(lines) + "\n").encode()
        if "n-triples" in accept:
            return 200, "application/n-triples", body
        return 200, "text/turtle; charset=utf-8", body  # N-Triples is Turtle too


class _ServedGraph:
    """The served graph as :class:`kg.query.Engine` reads it, its queries sent through the front's backend:
    the same concept and document resolution as ``kg query``, with no second store opened."""

    def __init__(self, app: SparqlServer):
        from .query import Engine

        self.app = app
        self._engine = Engine.answered_by(app.source, self.query)

    def bound_text(self, name: str, params: dict[str, str], text: str | None = None) -> str:
        return self._engine.bound_text(name, params, text)

    def query(self, text: str, bindings: dict | None = None):
        from .query import SPARQL_PREFIXES, QueryResult, values_block

        status, _, data = self.app.forward(with_prefixes(values_block(text, bindings or {}), SPARQL_PREFIXES), [],
                                           "application/sparql-results+json")
        if status != 200:
            raise KGError(f"the SPARQL backend answered {status}: {data[:200].decode('utf-8', 'replace')}")
        res = json.loads(data)
        if "boolean" in res:
            return QueryResult("ask", boolean=bool(res["boolean"]))
        columns = res["head"]["vars"]
        rows = [tuple(b[c]["value"] if c in b else None for c in columns) for b in res["results"]["bindings"]]
        return QueryResult("select", columns, rows)


#: The concept labels the page offers for a concept parameter.
CHOICE_LABELS = "SELECT DISTINCT ?l WHERE { ?c a skos:Concept ; skos:prefLabel ?l }"
#: The documents the page offers for a document parameter.
CHOICE_DOCUMENTS = ("SELECT ?d (SAMPLE(?title) AS ?t) WHERE { ?p a kg:Plan ; dcterms:identifier ?d "
                    "OPTIONAL { ?p dcterms:title ?title } } GROUP BY ?d ORDER BY ?d")
#: Listen backlog of the front server (the standard library's default is 5).
LISTEN_BACKLOG = 128
TEXT = "text/plain; charset=utf-8"
#: The first keyword of a SPARQL update (after BASE / PREFIX).
UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def check_query(text: str) -> tuple[int, str] | None:
    """Why *text* must not reach the backend, as ``(status, message)``; None if it may.

    Updates are refused (403); so is ``SERVICE`` (400): oxigraph would fetch the URL it names, from
    this machine, and put the answer in its error message.  Oxigraph fetches nothing else (``FROM``
    and ``default-graph-uri`` name graphs of the store).
    """
    try:
        toks = [t for t in tokens(text) if t.kind != "comment"]
        service = uses_service(text)
    except SparqlLexError as exc:
        return 400, f"not a SPARQL query: {exc}"
    first = next((t.text.upper() for t in toks if t.kind == "word" and t.text.upper() not in ("BASE", "PREFIX")), "")
    if first in UPDATE_KEYWORDS:
        return 403, "this endpoint is read-only: updates are refused"
    if service:
        return 400, ("SERVICE (federated query) is refused: this endpoint never fetches other URLs; "
                     "query the local graph only")
    if first and first not in _FORMS:  # SELEC: named, as the command line names it, not oxigraph's parser message
        import difflib

        close = difflib.get_close_matches(first, _FORMS[:4], n=1)
        return 400, (f"a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE (after its PREFIX lines), not '{first}'"
                     + (f"; did you mean {close[0]}?" if close else ""))
    return None


def _watched(source) -> Path:
    """The file whose change means the graph changed: a build's manifest, or the graph file itself."""
    from .store import MANIFEST

    return source.folder / MANIFEST if source.manifest is not None else source.files[0]


def _file_key(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def _watch_key(source) -> tuple | None:
    """What a reload watches: the build's manifest (or the lone graph file) and, for a build of one graph file, that
    file too (a kg.ttl replaced by hand in a build folder is reloaded as well)."""
    main = _file_key(_watched(source))
    if main is None:
        return None
    return (main,) + (tuple(_file_key(f) for f in source.files) if len(source.files) == 1 else ())


def _terminate(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()  # read-only: nothing to flush; SIGTERM would wait for the running query
    proc.wait()
    if proc.stderr is not None:
        proc.stderr.close()


def _post(url: str, body: bytes, accept: str, deadline: float, max_bytes: int) -> tuple[int, str, bytes]:
    """POST a query form to the backend's /query; raise TimeoutError once *deadline* has passed."""
    parts = urllib.parse.urlsplit(url)

    def remaining() -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        return left

    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=remaining())
    try:
        conn.request("POST", "/query", body, {"Content-Type": "application/x-www-form-urlencoded",
                                              "Accept": accept})
        conn.sock.settimeout(remaining())
        resp = conn.getresponse()
        chunks, size = [], 0
        while size <= max_bytes:
            if conn.sock is not None:
                conn.sock.settimeout(remaining())
            elif time.monotonic() > deadline:
                raise TimeoutError
            chunk = resp.read1(64 * 1024)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return resp.status, resp.headers.get("Content-Type", "application/octet-stream"), b"".join(chunks)
    except socket.timeout:
        raise TimeoutError from None
    finally:
        conn.close()


def _queries_json() -> bytes:
    from .query import named_queries

    items = [{"name": q.name, "title": q.title, "description": q.description,
              "params": [{"name": p.name, "kind": p.kind, "example": p.example, "optional": p.optional}
                         for p in q.params], "text": q.text} for q in named_queries().values()]
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
        if self.app.notice:
            self.send_header("X-KG-Notice", self.app.notice.encode("ascii", "backslashreplace").decode("ascii"))
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
        path = _as_sent(path)
        if path is None:
            return self._send(400, TEXT, b"the path is not UTF-8")
        if path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", PAGE.read_bytes())
        elif path == "/queries.json":
            self._send(200, "application/json; charset=utf-8", _queries_json())
        elif path in ("/query", "/sparql"):
            params = _form(qs)
            if params is None:
                return self._send(400, TEXT, b"the query string is not UTF-8 form data")
            self._answer(params)
        elif path == "/choices.json":
            try:
                body = json.dumps(self.app.choices(), ensure_ascii=False).encode("utf-8")
            except KGError as exc:
                return self._send(502, TEXT, str(exc).encode("utf-8"))
            self._send(200, "application/json; charset=utf-8", body)
        elif path.startswith("/bind/"):
            self._bind(path.removeprefix("/bind/"), _form(qs))
        elif path == "/update":
            self._refuse()
        else:
            self._send(404, TEXT, b"not found")

    def do_POST(self):
        path, _, qs = self.path.partition("?")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._send(400, TEXT, b"bad Content-Length")
        if length > 1024 * 1024:
            return self._send(413, TEXT, b"query too large")
        body = self.rfile.read(length)
        path = _as_sent(path)
        if path is None:
            return self._send(400, TEXT, b"the path is not UTF-8")
        if path.startswith("/bind/"):
            form = _form(body.decode("latin-1"))
            return self._bind(path.removeprefix("/bind/"), None if form is None or _form(qs) is None else _form(qs) + form)
        if path not in ("/query", "/sparql"):
            return self._refuse() if path == "/update" else self._send(404, TEXT, b"not found")
        ctype = self.headers.get("Content-Type", "application/x-www-form-urlencoded").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._refuse()
        params = _form(qs)
        if ctype == "application/sparql-query":
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return self._send(400, TEXT, b"the query is not UTF-8")
            if params is None:
                return self._send(400, TEXT, b"the query string is not UTF-8 form data")
            return self._answer([("query", text)] + [(k, v) for k, v in params if k != "query"])
        if ctype != "application/x-www-form-urlencoded":
            return self._send(415, TEXT, b"send application/x-www-form-urlencoded or application/sparql-query")
        form = _form(body.decode("latin-1"))
        if params is None or form is None:
            return self._send(400, TEXT, b"the form is not UTF-8 form data")
        self._answer(params + form)

    def _answer(self, params: list[tuple[str, str]]) -> None:
        """Check a SPARQL Protocol request; pass on only its query and graph names."""
        if any(k in ("update", "using-graph-uri", "using-named-graph-uri") for k, _ in params):
            return self._refuse()
        queries = [v for k, v in params if k == "query"]
        if not queries:
            return self._send(*self.app.service_description(self.headers.get("Accept", "")))
        if len(queries) > 1:
            return self._send(400, TEXT, b"one query per request")
        refused = check_query(queries[0])
        if refused:
            return self._send(refused[0], TEXT, refused[1].encode())
        self.app.refresh()
        graphs = [(k, v) for k, v in params if k in ("default-graph-uri", "named-graph-uri")]
        accept = self.headers.get("Accept", "application/sparql-results+json")
        from .query import SPARQL_PREFIXES  # kg's prefixes (tech:, kg:, skos: …) need no declaration, as in `kg query`

        self._send(*self.app.forward(with_prefixes(queries[0], SPARQL_PREFIXES), graphs, accept))

    def _bind(self, name: str, params: list[tuple[str, str]] | None) -> None:
        """A named query with its parameters bound: ``/bind/chain?tech=区块链`` (``query=`` an edited text)."""
        if params is None:
            return self._send(400, TEXT, b"the parameters are not UTF-8 form data")
        name = urllib.parse.unquote(name)
        texts = [v for k, v in params if k == "query"]
        values = {k: v for k, v in params if k != "query" and v.strip()}
        try:
            text = self.app.bind(name, {k: v.strip() for k, v in values.items()}, texts[0] if texts else None)
        except KGError as exc:
            return self._send(400, TEXT, str(exc).replace("--param ", "").encode("utf-8"))
        command = " ".join(["kg", "query", _shell_word(name)] +
                           [f"-p {_shell_word(f'{k}={v.strip()}')}" for k, v in values.items()] +
                           ([f"-g {_shell_word(str(self.app.graph))}"] if self.app.graph is not None else []))
        # (the graph this server serves: the command answers the same when pasted elsewhere)
        self._send(200, "application/json; charset=utf-8",
                   json.dumps({"query": text, "command": command}, ensure_ascii=False).encode("utf-8"))

    def do_PUT(self):
        self._refuse()

    do_DELETE = do_PATCH = do_PUT

    def _refuse(self) -> None:
        self._send(403, TEXT, b"this endpoint is read-only: updates are refused")


def _shell_word(text: str) -> str:
    """*text* as one shell word: as it is when it is safe (Chinese included), else quoted."""
    return text if re.fullmatch(r"[\w@%+=:,./-]+", text) else shlex.quote(text)


def _as_sent(text: str) -> str | None:
    """*text* as the client meant it: the request line arrives decoded as Latin-1, so raw (not percent-encoded)
    UTF-8 bytes — ``curl "…/bind/chain?tech=北斗"`` — are read back as UTF-8; None if they are not UTF-8."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _form(qs: str) -> list[tuple[str, str]] | None:
    """Form fields of *qs* (UTF-8, ``+`` for spaces, percent-encoded or raw); None if it is not UTF-8."""
    qs = _as_sent(qs)
    if qs is None:
        return None
    try:
        return urllib.parse.parse_qsl(qs, keep_blank_values=True, encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError):
        return None


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
