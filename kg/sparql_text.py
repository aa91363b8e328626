"""A SPARQL lexer: enough of the SPARQL 1.1 grammar's terminals to tell keywords from text.

Used where a query must be inspected before an engine sees it: the endpoint refuses
``SERVICE`` (a keyword in any case, but not the word inside a string, a comment, an IRI, a
variable or a prefixed name), and :mod:`kg.query` finds the query's WHERE group.  It follows
the grammar's terminals (IRIREF, the four string forms, PNAME_LN with its ``\\'`` escapes,
VAR1/VAR2, comments) so that no text can hide a keyword from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import KGError


class SparqlLexError(KGError):
    """The text is not a sequence of SPARQL tokens (an unterminated string, a stray character)."""


@dataclass(frozen=True)
class Token:
    kind: str  # comment iri string var bnode pname langtag number word punct
    text: str
    start: int
    end: int


_PN_LOCAL_ESC = r"\\[_~.\-!$&'()*+,;=/?#@%]"
_PLX = rf"(?:%[0-9A-Fa-f]{{2}}|{_PN_LOCAL_ESC})"
_PN_CHAR = r"[\w\-\u00B7\u0300-\u036F\u203F-\u2040]"
_TOKEN = re.compile(
    r"(?P<comment>\#[^\n\r]*)"
    r"|(?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)"
    r"|(?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\""
    r"|'(?:[^'\\\n\r]|\\.)*'|\"(?:[^\"\\\n\r]|\\.)*\")"
    r"|(?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)"
    r"|(?P<bnode>_:[\w\-.\u00B7]*)"
    # PNAME_NS / PNAME_LN: prefix, ':', local part (dots inside, '\\' escapes, %HH)
    rf"|(?P<pname>(?:[^\W\d_](?:[\w\-.\u00B7]*[\w\-\u00B7])?)?:(?:(?:[\w:]|{_PLX})(?:{_PN_CHAR}|[.:]|{_PLX})*)?)"
    r"|(?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)"
    r"|(?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)"
    r"|(?P<word>\w+)"
    r"|(?P<punct>\^\^|&&|\|\||!=|<=|>=|[{}()\[\],;.*/|^!=<>+\-?])",
)
_SPACE = re.compile(r"\s+")


def tokens(text: str) -> list[Token]:
    """The tokens of *text*, comments included; raises :class:`SparqlLexError` on a stray character."""
    out: list[Token] = []
    pos, n = 0, len(text)
    while pos < n:
        m = _SPACE.match(text, pos)
        if m:
            pos = m.end()
            continue
        m = _TOKEN.match(text, pos)
        if m is None:
            what = "an unterminated string" if text[pos] in "'\"" else f"the character {text[pos]!r}"
            raise SparqlLexError(f"cannot read the query at character {pos}: {what}")
        kind, end = m.lastgroup, m.end()
        if kind == "pname":  # a local name never ends with '.' (that dot ends the triple)
            while text[end - 1] == "." and text[end - 2] != "\\":
                end -= 1
        out.append(Token(kind, text[pos:end], pos, end))
        pos = end
    return out


def keywords(text: str) -> set[str]:
    """The bare words of *text* in upper case (keywords, ``a``, ``true`` …), outside strings and comments."""
    return {t.text.upper() for t in tokens(text) if t.kind == "word"}


_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def uses_service(text: str) -> bool:
    """Whether *text* has a ``SERVICE`` clause (federated query: the engine would fetch another URL).

    Also true when the query still says SERVICE once its ``\\uXXXX`` escapes are decoded (the SPARQL
    specification lets a parser decode them before anything else); raises :class:`SparqlLexError`
    if the text cannot be read as SPARQL tokens.
    """
    error = None
    try:
        if "SERVICE" in keywords(text):
            return True
    except SparqlLexError as exc:
        error = exc
    decoded = _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    if decoded != text:
        try:
            if "SERVICE" in keywords(decoded):
                return True
        except SparqlLexError:
            pass
    if error is not None:
        raise error
    return False


def where_group_start(text: str) -> int:
    """Offset just after the ``{`` that opens the query's WHERE group (the first group after the form)."""
    toks = [t for t in tokens(text) if t.kind != "comment"]
    form = next((i for i, t in enumerate(toks) if t.kind == "word"
                 and t.text.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)
    if form is None:
        raise KGError("cannot bind parameters: no SELECT, ASK, CONSTRUCT or DESCRIBE in the query")
    rest = toks[form + 1:]
    for i, t in enumerate(rest):
        if t.kind == "word" and t.text.upper() == "WHERE" and i + 1 < len(rest) and rest[i + 1].text == "{":
            return rest[i + 1].end
    if toks[form].text.upper() != "CONSTRUCT":
        depth = 0
        for t in rest:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth -= 1
            elif t.text == "{" and depth == 0:
                return t.end
    raise KGError("cannot bind parameters: the query has no WHERE clause")


def projection(text: str) -> set[str] | None:
    """Variables a SELECT query projects (without '?'); None for ``SELECT *`` or another query form."""
    toks = [t for t in tokens(text) if t.kind != "comment"]
    form = next((i for i, t in enumerate(toks) if t.kind == "word"
                 and t.text.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)
    if form is None or toks[form].text.upper() != "SELECT":
        return None
    out: set[str] = set()
    depth = 0
    for i, t in enumerate(toks[form + 1:], start=form + 1):
        if t.text == "*" and depth == 0:
            return None
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and (t.text == "{" or (t.kind == "word" and t.text.upper() in ("WHERE", "FROM"))):
            break
        elif t.kind == "var" and (depth == 0 or (toks[i - 1].kind == "word" and toks[i - 1].text.upper() == "AS")):
            out.add(t.text[1:])
    return out


def star_order(text: str) -> list[str] | None:
    """For ``SELECT *``: the query's variables (without '?') in the order they first appear, which is the
    column order a reader expects (the engines give them in their own order: ``o p s``); else None."""
    try:
        toks = [t for t in tokens(text) if t.kind != "comment"]
    except SparqlLexError:
        return None
    form = next((i for i, t in enumerate(toks) if t.kind == "word"
                 and t.text.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)
    if form is None or toks[form].text.upper() != "SELECT":
        return None
    rest = toks[form + 1:]
    while rest and rest[0].kind == "word" and rest[0].text.upper() in ("DISTINCT", "REDUCED"):
        rest = rest[1:]
    if not rest or rest[0].text != "*":
        return None
    order: dict[str, None] = {}
    for t in rest:
        if t.kind == "var":
            order.setdefault(t.text[1:], None)
    return list(order)


def undeclared_prefixes(text: str) -> list[str]:
    """The prefixes *text* uses (``tech:5g``) without declaring them, in the order they first appear; empty when it
    does not lex (the engine then reports the error)."""
    try:
        toks = [t for t in tokens(text) if t.kind != "comment"]
    except SparqlLexError:
        return []
    declared, used = set(), []
    for k, t in enumerate(toks):
        if t.kind == "word" and t.text.upper() == "PREFIX" and k + 1 < len(toks):
            declared.add(toks[k + 1].text.split(":", 1)[0])
        elif t.kind == "pname":
            name = t.text.split(":", 1)[0]
            if name not in used:
                used.append(name)
    return [p for p in used if p not in declared]


def with_prefixes(text: str, prefixes: dict[str, str]) -> str:
    """*text* with a ``PREFIX`` declaration in front for every prefix of *prefixes* it uses but does not declare, so
    that a query written for ``kg query`` (which knows kg's prefixes) runs on the endpoint too."""
    return "".join(f"PREFIX {p}: <{prefixes[p]}>\n" for p in undeclared_prefixes(text) if p in prefixes) + text
