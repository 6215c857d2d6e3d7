"""Section and tag writes through the ORM: add, rename, move, merge, delete. Loaded with the
first such write; the lists with counts are `terms_read`.

Deleting or merging never strands an article: its articles are reassigned first, and every
article touched is marked for sync (and re-indexed, as the index holds tag names).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from editor_app.core.clock import utcnow
from editor_app.core.domain import Change, Term
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.store.article_rows import mark_dirty, reindex
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Article, ArticleSection, ArticleTag, Section, Tag
from editor_app.core.store.outbox import enqueue
from editor_app.core.text import slugify


def find_section(session: Session, ref: str | int) -> Section:
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        found = session.get(Section, int(ref))
    else:
        found = session.scalars(
            select(Section).where((Section.slug == ref) | (Section.name == ref) | (Section.slug == slugify(ref)))
        ).first()
    if found is None:
        raise NotFound(f"no section {ref!r}")
    return found


def find_tag(session: Session, ref: str | int) -> Tag:
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        found = session.get(Tag, int(ref))
    else:
        found = session.scalars(
            select(Tag).where((Tag.slug == ref) | (Tag.name == ref) | (Tag.slug == slugify(ref)))
        ).first()
    if found is None:
        raise NotFound(f"no tag {ref!r}")
    return found


def touch_articles(session: Session, article_ids: list[str]) -> frozenset[str]:
    """Mark articles whose terms changed for sync and refresh their index entries."""
    now = utcnow()
    for aid in article_ids:
        row = session.scalars(select(Article).where(Article.id == aid)).one()
        mark_dirty(session, row, now)
        reindex(session, row)
    return frozenset(article_ids)


# ----------------------------------------------------------------- sections
def add_section(store: Store, name: str, slug_value: str, *, parent: str | None = None, description: str = "") -> Term:
    with store.write() as s:
        parent_row = find_section(s, parent) if parent else None
        if s.scalars(select(Section).where(Section.slug == slug_value)).first():
            raise InvalidInput(f"a section with slug {slug_value!r} already exists")
        siblings = s.scalars(
            select(Section).where(
                Section.parent_id.is_(None) if parent_row is None else Section.parent_id == parent_row.id,
                Section.name == name,
            )
        ).first()
        if siblings:
            raise InvalidInput(f"a section named {name!r} already exists there")
        row = Section(
            name=name,
            slug=slug_value,
            parent_id=parent_row.id if parent_row else None,
            description=description,
            position=0,
        )
        s.add(row)
        s.flush()
        enqueue(s, "term.create", f"section:{row.id}")
        return Term(row.id, "section", row.name, row.slug, row.parent_id, row.description, None, 0)


def rename_section(store: Store, ref: str, new_name: str, *, new_slug: str | None = None) -> Change:
    with store.write() as s:
        row = find_section(s, ref)
        row.name = new_name
        if new_slug:
            clash = s.scalars(select(Section).where(Section.slug == new_slug, Section.id != row.id)).first()
            if clash:
                raise InvalidInput(f"a section with slug {new_slug!r} already exists")
            row.slug = new_slug
        enqueue(s, "term.update", f"section:{row.id}")
        return Change(terms=True, outbox=True)


def move_section(store: Store, ref: str, new_parent: str | None) -> Change:
    """Re-parent a section (None: to the top level); refuses to create a cycle."""
    with store.write() as s:
        row = find_section(s, ref)
        parent = find_section(s, new_parent) if new_parent else None
        if parent is not None:
            ancestors = s.execute(
                text(
                    "WITH RECURSIVE up(id, parent_id) AS ("
                    "SELECT id, parent_id FROM sections WHERE id = :p UNION "
                    "SELECT sections.id, sections.parent_id FROM sections JOIN up ON sections.id = up.parent_id"
                    ") SELECT id FROM up"
                ),
                {"p": parent.id},
            )
            if row.id in {a[0] for a in ancestors}:
                raise InvalidInput(f"cannot move section {row.name!r} under itself or one of its sub-sections")
        row.parent_id = parent.id if parent else None
        enqueue(s, "term.update", f"section:{row.id}")
        return Change(terms=True, outbox=True)


def delete_section(store: Store, ref: str, *, reassign_to: str | None = None) -> Change:
    """Delete a section; its articles move to `reassign_to` (or just lose it), its children
    move up to its parent."""
    with store.write() as s:
        row = find_section(s, ref)
        target = find_section(s, reassign_to) if reassign_to else None
        if target is not None and target.id == row.id:
            raise InvalidInput("cannot reassign a section's articles to the section being deleted")
        affected = [
            r[0] for r in s.execute(select(ArticleSection.article_id).where(ArticleSection.section_id == row.id))
        ]
        for aid in affected:
            links = s.scalars(
                select(ArticleSection).where(ArticleSection.article_id == aid).order_by(ArticleSection.position)
            ).all()
            keep = [lnk.section_id for lnk in links if lnk.section_id != row.id]
            if target is not None:
                pos = next(i for i, lnk in enumerate(links) if lnk.section_id == row.id)
                if target.id not in keep:
                    keep.insert(min(pos, len(keep)), target.id)
            s.execute(delete(ArticleSection).where(ArticleSection.article_id == aid))
            for i, sid in enumerate(keep):
                s.add(ArticleSection(article_id=aid, section_id=sid, position=i))
            s.execute(update(Article).where(Article.id == aid).values(primary_section_id=keep[0] if keep else None))
        s.execute(update(Section).where(Section.parent_id == row.id).values(parent_id=row.parent_id))
        if row.remote_id is not None:
            enqueue(
                s,
                "term.delete",
                f"section:{row.id}",
                {"remote_id": row.remote_id, "taxonomy": "categories"},
            )
        s.flush()
        s.delete(row)
        s.flush()
        touched = touch_articles(s, affected)
        return Change(articles=touched, terms=True, outbox=True)


# ----------------------------------------------------------------- tags
def add_tag(store: Store, name: str, slug_value: str) -> Term:
    with store.write() as s:
        if s.scalars(select(Tag).where((Tag.slug == slug_value) | (Tag.name == name))).first():
            raise InvalidInput(f"a tag {name!r} already exists")
        row = Tag(name=name, slug=slug_value)
        s.add(row)
        s.flush()
        enqueue(s, "term.create", f"tag:{row.id}")
        return Term(row.id, "tag", row.name, row.slug)


def rename_tag(store: Store, ref: str, new_name: str) -> Change:
    with store.write() as s:
        row = find_tag(s, ref)
        clash = s.scalars(select(Tag).where(Tag.name == new_name, Tag.id != row.id)).first()
        if clash:
            raise InvalidInput(f"a tag {new_name!r} already exists; merge the two instead")
        row.name = new_name
        affected = [r[0] for r in s.execute(select(ArticleTag.article_id).where(ArticleTag.tag_id == row.id))]
        enqueue(s, "term.update", f"tag:{row.id}")
        s.flush()
        for aid in affected:  # the index holds tag names
            reindex(s, s.scalars(select(Article).where(Article.id == aid)).one())
        return Change(articles=frozenset(affected), terms=True, outbox=True)


def merge_tags(store: Store, sources: list[str], into: str) -> Change:
    """Move every article of `sources` to `into`, then delete the sources."""
    with store.write() as s:
        target = find_tag(s, into)
        rows = [find_tag(s, ref) for ref in sources]
        if any(r.id == target.id for r in rows):
            raise InvalidInput("a tag cannot be merged into itself")
        affected: set[str] = set()
        for src in rows:
            ids = [r[0] for r in s.execute(select(ArticleTag.article_id).where(ArticleTag.tag_id == src.id))]
            affected.update(ids)
            for aid in ids:
                if s.get(ArticleTag, (aid, target.id)) is None:
                    s.add(ArticleTag(article_id=aid, tag_id=target.id))
            s.execute(delete(ArticleTag).where(ArticleTag.tag_id == src.id))
            if src.remote_id is not None:
                enqueue(s, "term.delete", f"tag:{src.id}", {"remote_id": src.remote_id, "taxonomy": "tags"})
            s.flush()
            s.delete(src)
        s.flush()
        touched = touch_articles(s, sorted(affected))
        return Change(articles=touched, terms=True, outbox=True)


def delete_tag(store: Store, ref: str) -> Change:
    with store.write() as s:
        row = find_tag(s, ref)
        affected = [r[0] for r in s.execute(select(ArticleTag.article_id).where(ArticleTag.tag_id == row.id))]
        s.execute(delete(ArticleTag).where(ArticleTag.tag_id == row.id))
        if row.remote_id is not None:
            enqueue(s, "term.delete", f"tag:{row.id}", {"remote_id": row.remote_id, "taxonomy": "tags"})
        s.flush()
        s.delete(row)
        s.flush()
        touched = touch_articles(s, affected)
        return Change(articles=touched, terms=True, outbox=True)


def order_top_sections(store: Store, names: Sequence[str]) -> None:
    """Put these top-level sections first, in this order."""
    with store.write() as s:
        for pos, name in enumerate(names):
            s.execute(update(Section).where(Section.name == name, Section.parent_id.is_(None)).values(position=pos))
