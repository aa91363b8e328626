"""`kg serve`: a read-only SPARQL 1.1 endpoint on loopback, tested over HTTP."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.serve import start_server

from browser import page_requests, run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_build):
    srv = start_server(seed_build.out, port=free_port(), timeout_s=10)
    yield srv.url
    srv.stop()
    assert srv.backend.poll() is not None


def sparql(url: str, query: str, accept: str = "application/sparql-results+json"):
    req = urllib.request.Request(url + "query?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status, resp.read().decode("utf-8")


def test_select_over_http(server):
    status, body = sparql(server, "PREFIX kg: <https://w3id.org/policy-kg/ontology#> "
                                  "SELECT (COUNT(?t) AS ?n) WHERE { ?t a kg:Task }")
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "10"
    status, csv_body = sparql(server, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                                      "SELECT ?l WHERE { <https://w3id.org/policy-kg/concept/tech/beidou> skos:prefLabel ?l }",
                              accept="text/csv")
    assert "北斗" in csv_body and "BeiDou" in csv_body


def test_updates_are_refused(server):
    data = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
    for path in ("update", "query"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(urllib.request.Request(server + path, data=data), timeout=10)
        assert err.value.code in (400, 403, 405)
    _, body = sparql(server, "ASK { <urn:a> <urn:b> <urn:c> }")
    assert json.loads(body)["boolean"] is False


def test_result_size_is_capped(seed_build):
    srv = start_server(seed_build.out, port=free_port(), max_bytes=2000)
    try:
        with pytest.raises(urllib.error.HTTPError) as err:
            sparql(srv.url, "SELECT * WHERE { ?s ?p ?o }")
        assert err.value.code == 413
    finally:
        srv.stop()


def test_query_time_is_limited(seed_build):
    srv = start_server(seed_build.out, port=free_port(), timeout_s=1)
    try:
        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as err:
            sparql(srv.url, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
        assert err.value.code >= 500
        assert time.monotonic() - started < 15
    finally:
        srv.stop()


def test_binds_to_loopback_only(server):
    assert server.startswith("http://127.0.0.1:")
    port = int(server.rsplit(":", 1)[1].strip("/"))
    other = [a for a in {i[4][0] for i in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)}
             if not a.startswith("127.")]
    for addr in other:
        with socket.socket() as s:
            s.settimeout(1)
            assert s.connect_ex((addr, port)) != 0


def test_query_page_makes_no_request_outside_loopback(server):
    dom, urls = run(server + "#run", budget_ms=15000)
    assert "tech-domains" in dom  # the named queries were listed
    assert "<td>四(一)</td><td>建设泛在智联的数字基础设施体系</td>" in dom  # the default query ran
    outside = [u for u in page_requests(urls) if not u.startswith(("http://127.0.0.1", "data:", "blob:"))]
    assert outside == []


def test_cli_serve_prints_url_and_stops_on_ctrl_c(seed_build):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(seed_build.out),
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/query" in line
        status, _ = sparql(f"http://127.0.0.1:{port}/", "ASK { ?s ?p ?o }")
        assert status == 200
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    time.sleep(0.2)
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0  # the server is gone too
