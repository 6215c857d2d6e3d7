"""The read side of articles: list pages, counts, ranked search and one whole article, as
hand-written SQL (no ORM on this path).

These run on every keystroke of a search box and every scroll of a 50,000-article list, so
they skip the ORM and SQL compilation: fixed SQL text with bound parameters, rows unpacked by
position. Every value the user gives is a bound parameter; only column names chosen from
`SORT_SQL` are written into the text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from editor_app.core.clock import from_store
from editor_app.core.domain import LOCAL_ONLY, Article, ArticleRow, ListFilter, SearchHit, Status
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.store import search
from editor_app.core.store.engine import Store
from editor_app.core.text import slugify

SORT_SQL = {
    "updated": "a.updated_at",
    "created": "a.created_at",
    "title": "a.title",
    "status": "a.status",
    "lang": "a.lang",
    "words": "a.word_count",
    "byline": "a.byline",
    "scheduled": "a.scheduled_at",
    "section": "sec.name",
}
_ROW_SELECT = (
    "SELECT a.id, a.title, a.status, a.lang, sec.name, a.byline, a.word_count, a.updated_at, a.scheduled_at, "
    "a.dirty, a.cjk_chars{extra} FROM {source} LEFT JOIN sections sec ON sec.id = a.primary_section_id"
)


_STATUS = {s.value: s for s in Status}
_new_row = tuple.__new__  # positional construction of the named tuple, without keyword handling


def row_from(r: Sequence[Any]) -> ArticleRow:
    """A list row from the columns of `_ROW_SELECT`, in order. This builds every row of every
    page the list shows, so it avoids keyword arguments and enum calls."""
    id_, title, status, lang, section, byline, word_count, updated_at, scheduled_at, dirty, cjk_chars = r[:11]
    return _new_row(
        ArticleRow,
        (
            id_,
            title,
            _STATUS[status],
            lang,
            section,
            byline,
            word_count,
            from_store(updated_at),
            from_store(scheduled_at) if scheduled_at else None,
            dirty == 1,
            cjk_chars,
        ),
    )


def _where(f: ListFilter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if f.status is not None:
        clauses.append("a.status = :status")
        params["status"] = f.status.value
    elif not f.include_trash:
        clauses.append("a.status != 'trash'")
    if f.site == LOCAL_ONLY:
        clauses.append("a.site_id IS NULL")
    elif f.site is not None:
        clauses.append("a.site_id = (SELECT id FROM sites WHERE name = :site)")
        params["site"] = f.site
    if f.lang:
        clauses.append("a.lang = :lang")
        params["lang"] = f.lang.strip().lower()
    if f.section:
        clauses.append(
            "a.id IN (SELECT article_id FROM article_sections WHERE section_id IN ("
            "WITH RECURSIVE sub(id) AS (SELECT id FROM sections WHERE slug = :sec OR slug = :sec_slug OR name = :sec "
            "UNION SELECT s.id FROM sections s JOIN sub ON s.parent_id = sub.id) SELECT id FROM sub))"
        )
        params.update(sec=f.section.strip(), sec_slug=slugify(f.section))
    if f.tag:
        clauses.append(
            "a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE t.slug = :tag OR t.name = :tag OR t.slug = :tag_slug)"
        )
        params.update(tag=f.tag.strip(), tag_slug=slugify(f.tag))
    if f.query:
        match = search.build_query(f.query).match
        if match is not None:
            clauses.append("a.pk IN (SELECT rowid FROM article_fts WHERE article_fts MATCH :match)")
            params["match"] = match
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_rows(store: Store, f: ListFilter, *, offset: int, limit: int, sort: str, descending: bool) -> list[ArticleRow]:
    column = SORT_SQL.get(sort)
    if column is None:
        raise InvalidInput(f"cannot sort by {sort!r}; use one of: {', '.join(SORT_SQL)}")
    where, params = _where(f)
    direction = "DESC" if descending else "ASC"
    sql = (
        _ROW_SELECT.format(extra="", source="articles a")
        + where
        + f" ORDER BY {column} {direction}, a.pk {direction} LIMIT :limit OFFSET :offset"
    )
    params.update(limit=int(limit), offset=int(offset))
    return [row_from(r) for r in store.rows(sql, params)]


def count_rows(store: Store, f: ListFilter) -> int:
    where, params = _where(f)
    return int(store.rows("SELECT count(*) FROM articles a" + where, params)[0][0])


def search_rows(store: Store, user_query: str, *, limit: int, include_trash: bool) -> list[SearchHit]:
    match = search.build_query(user_query).match
    if match is None:
        return []
    params = {"m": match, "limit": int(limit), "candidates": 2 * int(limit) + 50}
    # Rank inside the index first and join only the best candidates to their articles: joining
    # every match (thousands for a common word) costs several times the ranking itself. When the
    # trash filter leaves too few, the full query gives exactly the same answer (with the trash
    # included nothing is filtered out, so fewer rows than the limit are all there is).
    rows = store.rows(_search_sql(include_trash, top_candidates=True), params)
    if len(rows) < limit and not include_trash:
        rows = store.rows(_search_sql(include_trash, top_candidates=False), params)
    return [SearchHit(row_from(r), float(r[11])) for r in rows]


def _search_sql(include_trash: bool, *, top_candidates: bool) -> str:
    trash = "" if include_trash else " WHERE a.status != 'trash'"
    best = " ORDER BY rank LIMIT :candidates" if top_candidates else ""
    source = (
        f"(SELECT rowid AS pk, {search.RANK_SQL} AS rank FROM article_fts WHERE article_fts MATCH :m{best}) AS hits "
        "JOIN articles a ON a.pk = hits.pk"
    )
    return _ROW_SELECT.format(extra=", hits.rank", source=source) + trash + " ORDER BY hits.rank LIMIT :limit"


# One statement for a whole article, its site, sections (primary first) and tags: opening an
# article and saving one both need it, and four round trips cost more than the query.
_ARTICLE_SQL = (
    "SELECT a.pk, a.id, a.title, a.dek, a.body, a.slug, a.byline, a.lang, a.status, a.created_at, a.updated_at, "
    "a.scheduled_at, a.published_at, a.remote_id, a.site_id, a.dirty, a.word_count, a.slug_manual, a.cjk_chars, "
    "(SELECT name FROM sites WHERE id = a.site_id), "
    "(SELECT group_concat(slug, char(31)) FROM (SELECT s.slug FROM article_sections l "
    " JOIN sections s ON s.id = l.section_id WHERE l.article_id = a.id ORDER BY l.position, s.name)), "
    "(SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM article_tags l "
    " JOIN tags t ON t.id = l.tag_id WHERE l.article_id = a.id ORDER BY t.name)) "
    "FROM articles a WHERE a.id = ?"
)


@dataclass(frozen=True)
class FetchedArticle:
    pk: int
    site_id: int | None
    article: Article


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(value.split("\x1f")) if value else ()


# As with git, an article can be named by the start of its id, once that is this long.
MIN_ID_PREFIX = 6
_Rows = Callable[[str, Sequence[Any]], Sequence[Sequence[Any]]]


def _find_id(rows: _Rows, ref: str, *, exact_checked: bool = False) -> str:
    ref = ref.strip()
    if not exact_checked and rows("SELECT id FROM articles WHERE id = ?", (ref,)):
        return ref
    if len(ref) >= MIN_ID_PREFIX:
        # A range rather than LIKE: the primary key's index answers it, and `_` or `%` in what
        # the user typed mean nothing.
        found = rows("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2", (ref, ref + "\uffff"))
        if len(found) > 1:
            raise InvalidInput(f"article id {ref!r} is ambiguous; give more characters")
        if found:
            return str(found[0][0])
    raise NotFound(f"no article with id {ref!r}")


def resolve_id(db: sqlite3.Connection, ref: str) -> str:
    """The id of the article named by its full id or a unique prefix of at least
    `MIN_ID_PREFIX` characters, in the caller's transaction. The one place this rule lives."""
    return _find_id(lambda sql, params: db.execute(sql, params).fetchall(), ref)


def article_id(store: Store, ref: str) -> str:
    """`resolve_id` on the store's read connection, outside any transaction."""
    return _find_id(store.rows, ref)


def fetch_article(db: sqlite3.Connection, ref: str) -> FetchedArticle:
    """An article by id or unique id prefix (see `resolve_id`); one query for a full id."""
    ref = ref.strip()
    row = db.execute(_ARTICLE_SQL, (ref,)).fetchone()
    if row is None:
        found = _find_id(lambda sql, params: db.execute(sql, params).fetchall(), ref, exact_checked=True)
        row = db.execute(_ARTICLE_SQL, (found,)).fetchone()
    (
        pk,
        id_,
        title,
        dek,
        body,
        slug,
        byline,
        lang,
        status,
        created,
        updated,
        scheduled,
        published,
        remote_id,
        site_id,
        dirty,
        words,
        slug_manual,
        cjk_chars,
        site,
        sections,
        tags,
    ) = row
    article = Article(
        id=id_,
        title=title,
        dek=dek,
        body=body,
        slug=slug,
        byline=byline,
        lang=lang,
        status=Status(status),
        sections=_split(sections),
        tags=_split(tags),
        created_at=from_store(created),  # type: ignore[arg-type]
        updated_at=from_store(updated),  # type: ignore[arg-type]
        scheduled_at=from_store(scheduled),
        published_at=from_store(published),
        remote_id=remote_id,
        site=site,
        dirty=bool(dirty),
        word_count=words,
        slug_manual=bool(slug_manual),
        cjk_chars=cjk_chars,
    )
    return FetchedArticle(pk, site_id, article)


def get_article(store: Store, ref: str) -> Article:
    """One article by id or unique id prefix, as the editor opens it."""
    with store.driver() as db:
        return fetch_article(db, ref).article
