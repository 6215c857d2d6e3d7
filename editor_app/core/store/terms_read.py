"""The read side of sections and tags: the lists the navigator, the tag completer and the
metadata panel show, with article counts, as hand-written SQL (no ORM on this path)."""

from __future__ import annotations

from editor_app.core.domain import Term
from editor_app.core.store.engine import Store

# Counts leave the trash out, as the article list does: the navigator's "(3)" is what a click shows.
_SECTIONS_SQL = (
    "SELECT s.id, s.name, s.slug, s.parent_id, s.description, s.remote_id, "
    "(SELECT count(*) FROM article_sections l JOIN articles a ON a.id = l.article_id "
    " WHERE l.section_id = s.id AND a.status != 'trash') "
    "FROM sections s ORDER BY s.position, s.name"
)
_TAGS_SQL = (
    "SELECT t.id, t.name, t.slug, t.remote_id, "
    "(SELECT count(*) FROM article_tags l JOIN articles a ON a.id = l.article_id "
    " WHERE l.tag_id = t.id AND a.status != 'trash') "
    "FROM tags t ORDER BY lower(t.name)"
)


def sections(store: Store) -> list[Term]:
    """All sections in tree order (parents before children), with article counts."""
    by_parent: dict[int | None, list[Term]] = {}
    for id_, name, slug, parent_id, description, remote_id, count in store.rows(_SECTIONS_SQL):
        term = Term(id_, "section", name, slug, parent_id, description or "", remote_id, count)
        by_parent.setdefault(parent_id, []).append(term)
    out: list[Term] = []
    placed: set[int] = set()

    def walk(parent: int | None) -> None:
        for term in by_parent.get(parent, []):
            if term.id not in placed:  # a parent loop in a damaged file must not recurse forever
                placed.add(term.id)
                out.append(term)
                walk(term.id)

    walk(None)
    return out


def tags(store: Store) -> list[Term]:
    """All tags by name, with article counts."""
    return [
        Term(id_, "tag", name, slug, None, "", remote_id, count)
        for id_, name, slug, remote_id, count in store.rows(_TAGS_SQL)
    ]
