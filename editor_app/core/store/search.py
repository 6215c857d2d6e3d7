"""Full-text search over title, dek, body and tags, for English, Japanese and Korean alike.

SQLite's unicode61 tokenizer splits on spaces, which Japanese never uses and Korean uses only
between phrases (particles stick to nouns). Trigram indexing finds nothing shorter than three
characters, yet most Japanese and Korean words are two. So before indexing, every run of CJK
characters is rewritten as its overlapping bigrams plus its last character ("東京都" → "東京 京都
都"): a query for a word of n ≥ 2 characters is the phrase of its n-1 bigrams, and a one-character
query is a prefix search. Latin text is left to unicode61 (with diacritics folded).

Queries are built from the user's words only, each one quoted: FTS syntax characters such as
quotes, `*`, `-`, NEAR and parentheses are searched as plain text and can never raise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor_app.core.store.engine import driver_of
from editor_app.core.text import CJK_RUN

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

_LATIN_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Column weights for bm25: a hit in the headline outranks one in the body.
WEIGHTS = (10.0, 4.0, 1.0, 6.0)


def _bigrams(run: str) -> str:
    if len(run) == 1:
        return run
    grams = [run[i : i + 2] for i in range(len(run) - 1)]
    grams.append(run[-1])
    return " ".join(grams)


def index_text(value: str) -> str:
    """What goes into the FTS index for one field."""
    return CJK_RUN.sub(lambda m: f" {_bigrams(m.group())} ", value)


@dataclass(frozen=True)
class SearchQuery:
    """A parsed user query: an FTS5 MATCH expression, or nothing to search for."""

    match: str | None
    terms: tuple[str, ...]


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def build_query(user_text: str, *, prefix_last: bool = True) -> SearchQuery:
    """Turn what the user typed into a safe MATCH expression (all terms must match).

    The last Latin word is a prefix so that search-as-you-type finds "elect" → "election".
    """
    parts: list[str] = []
    terms: list[str] = []
    pos = 0
    pieces: list[tuple[str, bool]] = []  # (text, is_cjk)
    for m in CJK_RUN.finditer(user_text):
        pieces.append((user_text[pos : m.start()], False))
        pieces.append((m.group(), True))
        pos = m.end()
    pieces.append((user_text[pos:], False))

    for chunk, cjk in pieces:
        if not chunk:
            continue
        if cjk:
            terms.append(chunk)
            if len(chunk) == 1:
                parts.append(_quote(chunk) + "*")
            else:
                grams = [chunk[i : i + 2] for i in range(len(chunk) - 1)]
                parts.append(_quote(" ".join(grams)))
        else:
            for word in _LATIN_WORD.findall(chunk):
                terms.append(word)
                parts.append(_quote(word))
    if not parts:
        return SearchQuery(None, ())
    if prefix_last and parts[-1].endswith('"') and not CJK_RUN.fullmatch(terms[-1]):
        parts[-1] += "*"
    return SearchQuery(" AND ".join(parts), tuple(terms))


def update_index(target: Session | Connection, pk: int, title: str, dek: str, body: str, tags: Sequence[str]) -> None:
    """Replace one article's entry in the index (in the caller's transaction)."""
    db = driver_of(target)
    db.execute("DELETE FROM article_fts WHERE rowid = ?", (pk,))
    db.execute(
        "INSERT INTO article_fts (rowid, title, dek, body, tags) VALUES (?, ?, ?, ?, ?)",
        (pk, index_text(title), index_text(dek), index_text(body), index_text(" ".join(tags))),
    )


def remove_from_index(session: Session, pk: int) -> None:
    driver_of(session).execute("DELETE FROM article_fts WHERE rowid = ?", (pk,))


RANK_SQL = "bm25(article_fts, {}, {}, {}, {})".format(*WEIGHTS)
