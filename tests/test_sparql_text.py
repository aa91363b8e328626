"""The SPARQL lexer that tells keywords from text (what `kg serve` refuses, where parameters go)."""

from __future__ import annotations

import pytest

from kg.sparql_text import SparqlLexError, projection, star_order, uses_service, where_group_start

URL = "<http://127.0.0.1:9/sparql>"


@pytest.mark.parametrize("query", [
    f"SELECT * WHERE {{ SERVICE {URL} {{ ?s ?p ?o }} }}",
    f"select * where {{ service {URL} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ Service SILENT {URL} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ ?a ?b ?c .SERVICE{URL}{{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ ?a ?b ?c }} # SERVICE is mentioned here\n; SELECT * WHERE {{ SERVICE {URL} {{}} }}",
    f"SELECT * WHERE {{ SERVICE # comment\n {URL} {{ ?s ?p ?o }} }}",
    "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
    f"PREFIX ex: <urn:x:> SELECT * WHERE {{ ?s ex:a\\'b ?o . SERVICE {URL} {{ ?s ?p ?o }} FILTER(?o != 'z') }}",
    f"PREFIX ex: <urn:x:> SELECT * WHERE {{ ?s ex:a\\#b ?o . SERVICE {URL} {{ ?s ?p ?o }} }}",
    f'SELECT * WHERE {{ BIND("a \\" b" AS ?x) SERVICE {URL} {{ ?s ?p ?o }} }}',
    f"SELECT * WHERE {{ FILTER(?a<?b) SERVICE {URL} {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ \\u0053ERVICE {URL} {{ ?s ?p ?o }} }}",  # codepoint escapes decoded before parsing
])
def test_service_is_found(query):
    assert uses_service(query)


@pytest.mark.parametrize("query", [
    'SELECT ?x WHERE { BIND("SERVICE <http://x/>" AS ?x) }',
    "SELECT ?x WHERE { BIND('service' AS ?x) }",
    'SELECT ?x WHERE { BIND("""a "quoted" \nSERVICE <http://x/> { }""" AS ?x) }',
    "SELECT ?x WHERE { BIND('''SERVICE''' AS ?x) }",
    "SELECT ?service WHERE { ?service ?p $SERVICE }",
    "PREFIX service: <urn:s:> SELECT * WHERE { ?s service:SERVICE ?o . ?s <urn:x:SERVICE> ?o }",
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> { }",
    'SELECT * WHERE { ?s ?p "x"@service }',
])
def test_service_in_text_is_not_a_keyword(query):
    assert not uses_service(query)


def test_unreadable_text_is_an_error():
    with pytest.raises(SparqlLexError, match="unterminated string"):
        uses_service('SELECT * WHERE { BIND("open AS ?x) SERVICE <http://x/> {} }')


def test_where_group_and_projection():
    q = '# WHERE { in a comment }\nSELECT ?a (COUNT(?b) AS ?n) WHERE { ?a ?p "WHERE {" } GROUP BY ?a'
    assert q[where_group_start(q) - 1] == "{" and q[where_group_start(q):].startswith(" ?a ?p")
    assert projection(q) == {"a", "n"}
    assert projection("SELECT * { ?s ?p ?o }") is None
    assert projection("ASK { ?s ?p ?o }") is None
    c = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert c[where_group_start(c):].startswith(" ?s ?p ?o }") and where_group_start(c) > c.index("WHERE")


@pytest.mark.parametrize("text, order", [
    ("SELECT * WHERE { ?s ?p ?o }", ["s", "p", "o"]),
    ("select distinct * { ?task kg:hasAction $a . ?a ?p ?task } # ?z", ["task", "a", "p"]),
    ("SELECT ?o ?s WHERE { ?s ?p ?o }", None),
    ("ASK { ?s ?p ?o }", None),
    ("SELECT * WHERE { ?s ?p '?q' }", ["s", "p"]),
])
def test_select_star_columns_follow_the_query(text, order):
    assert star_order(text) == order
