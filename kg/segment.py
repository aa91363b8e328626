"""Word boundaries and part-of-speech tags of short strings, from jieba's dictionary, without loading it.

``jieba.initialize()`` builds a Python dictionary of half a million words and prefixes (0.7 s, and
``jieba.posseg`` another 0.3 s) — more than the rest of a one-document build.  The candidate finder only
asks for the words of a few hundred strings of at most a dozen characters, so this module copies jieba's
dictionary once into an SQLite table in the cache folder and answers each string with one indexed query.
The segmentation is jieba's own (``jieba.cut(text, HMM=False)``): the same directed acyclic graph of
dictionary words, the same maximum-probability route, the same grouping of single ASCII letters and digits;
``tests/test_segment.py`` checks it against jieba itself.

The table is data (words, counts, tags), never code; it is keyed by the dictionary's content and written to
a temporary file renamed into place.  Connections are opened per process (never carried across a fork).
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import sqlite3
from functools import lru_cache
from importlib import resources
from pathlib import Path

_RE_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+)")
_RE_SKIP = re.compile(r"(\r\n|\s)")
_RE_ENG = re.compile(r"[a-zA-Z0-9]")
#: Longest dictionary word looked up (jieba's dictionary has a handful of longer idioms; none matter here).
MAX_WORD = 16

_STATE: dict = {}


def _dictionary() -> Path:
    return Path(str(resources.files("jieba") / "dict.txt"))


def _index_path(source: Path) -> Path:
    from .lexicon import cache_dir

    data = source.read_bytes()
    return cache_dir() / f"jieba-words-{hashlib.sha256(data).hexdigest()[:16]}.sqlite"


def _build_index(source: Path, target: Path) -> None:
    """Copy jieba's dictionary (word, count, tag per line) into an SQLite table at *target*."""
    rows, total = [], 0
    with source.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            tag = parts[2] if len(parts) > 2 else ""
            rows.append((word, freq, tag))
            total += freq
    rows = list({w: (w, f, t) for w, f, t in rows}.values())  # a repeated word: its last line, as jieba
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        con = sqlite3.connect(tmp)
        with con:
            con.execute("CREATE TABLE word (w TEXT PRIMARY KEY, freq INTEGER, tag TEXT) WITHOUT ROWID")
            con.execute("CREATE TABLE meta (total INTEGER)")
            con.executemany("INSERT INTO word VALUES (?, ?, ?)", rows)
            con.execute("INSERT INTO meta VALUES (?)", (total,))
        con.close()
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _connection() -> tuple[sqlite3.Connection, float, dict[str, list[tuple[str, int, str]]]]:
    """This process's read-only connection, log(total count) and the long words by their first characters."""
    state = _STATE.get(os.getpid())
    if state is None:
        source = _dictionary()
        path = _index_path(source)
        if not path.is_file():
            _build_index(source, path)
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        (total,) = con.execute("SELECT total FROM meta").fetchone()
        long_words: dict[str, list[tuple[str, int, str]]] = {}
        for w, freq, tag in con.execute(f"SELECT w, freq, tag FROM word WHERE length(w) > {SHORT_WORD}"):
            long_words.setdefault(w[:SHORT_WORD], []).append((w, freq, tag))
        _STATE.clear()
        _STATE[os.getpid()] = state = (con, math.log(total), long_words)
    return state


#: Words up to this length are looked up in the table; the few longer ones (7,000 of 350,000) are held in
#: memory by their first characters, so that a string's lookup binds four substrings a position, not sixteen.
SHORT_WORD = 4


def _words(text: str) -> dict[str, tuple[int, str]]:
    """Every dictionary word inside *text*: word → (count, tag)."""
    con, _, long_words = _connection()
    n = len(text)
    subs = sorted({text[i:j] for i in range(n) for j in range(i + 1, min(n, i + SHORT_WORD) + 1)})
    out: dict[str, tuple[int, str]] = {}
    for k in range(0, len(subs), 900):  # SQLite's limit on bound parameters
        chunk = subs[k:k + 900]
        marks = ",".join("?" * len(chunk))
        for w, freq, tag in con.execute(f"SELECT w, freq, tag FROM word WHERE w IN ({marks})", chunk):
            out[w] = (freq, tag)
    for i in range(n - SHORT_WORD):
        for w, freq, tag in long_words.get(text[i:i + SHORT_WORD], ()):
            if text.startswith(w, i):
                out[w] = (freq, tag)
    return out


def word_entry(word: str) -> tuple[int, str] | None:
    """jieba's count and tag of *word* when its dictionary has it (商城 → (1270, 'ns')), else None."""
    return _words(word).get(word)


def _cut_block(block: str, words: dict[str, tuple[int, str]], logtotal: float) -> list[str]:
    n = len(block)
    dag = {}
    for k in range(n):
        ends = [i for i in range(k, min(n, k + MAX_WORD)) if words.get(block[k:i + 1], (0,))[0]]
        dag[k] = ends or [k]
    route: dict[int, tuple[float, int]] = {n: (0.0, 0)}
    for idx in range(n - 1, -1, -1):
        route[idx] = max((math.log(words.get(block[idx:x + 1], (0,))[0] or 1) - logtotal + route[x + 1][0], x)
                         for x in dag[idx])
    out, x, buf = [], 0, ""
    while x < n:
        y = route[x][1] + 1
        word = block[x:y]
        if _RE_ENG.match(word) and len(word) == 1:
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)
    return out


@lru_cache(maxsize=65536)
def cut(text: str) -> tuple[tuple[str, str], ...]:
    """The words of *text* as ``jieba.cut(text, HMM=False)`` gives them, each with its dictionary tag
    (``""`` for a word the dictionary does not know)."""
    words = _words(text)
    logtotal = _connection()[1]
    out: list[str] = []
    for block in _RE_HAN.split(text):
        if not block:
            continue
        if _RE_HAN.fullmatch(block):
            out.extend(_cut_block(block, words, logtotal))
        else:
            for part in _RE_SKIP.split(block):
                if _RE_SKIP.match(part):
                    out.append(part)
                else:
                    out.extend(part)
    return tuple((w, words.get(w, (0, ""))[1]) for w in out)


def starts_with_function_word(text: str) -> bool:
    """Does *text* open with a word of two or more characters that is a verb, preposition, conjunction,
    adverb or pronoun (根据新城, 扶持快递物流企业)?  A one-character one (爱店口岸) may be part of a rare name."""
    words = cut(text)
    return bool(words) and len(words[0][0]) >= 2 and (words[0][1] or "n").startswith(("v", "p", "c", "d", "r"))
