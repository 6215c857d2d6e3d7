"""Article rows inside an ORM transaction: finding one by id or prefix, its links, its revision,
index entry and outbox entry, and turning it into the plain `Article` the services hand out.

Private to the store: the services and the sync engine call these inside a store transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from editor_app.core.clock import from_store, to_store, utcnow
from editor_app.core.domain import Article, RevisionReason, Status, check_language, check_term_name, check_title
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.store import search
from editor_app.core.store.articles_read import resolve_id
from editor_app.core.store.engine import driver_of
from editor_app.core.store.models import Article as ArticleModel
from editor_app.core.store.models import ArticleSection, ArticleTag, Section, Site, Tag
from editor_app.core.store.outbox import enqueue
from editor_app.core.store.revision_rows import snapshot
from editor_app.core.text import check_slug, slug_follows_title, slugify, text_stats, title_slug

# Hand-written SQL: these run on every save; pending ORM changes are flushed first so the
# answers include links made earlier in the same transaction.


def section_slugs(session: Session, article_id: str) -> tuple[str, ...]:
    session.flush()
    rows = session.connection().exec_driver_sql(
        "SELECT s.slug FROM article_sections l JOIN sections s ON s.id = l.section_id "
        "WHERE l.article_id = ? ORDER BY l.position, s.name",
        (article_id,),
    )
    return tuple(r[0] for r in rows)


def tag_names(session: Session, article_id: str) -> tuple[str, ...]:
    session.flush()
    rows = session.connection().exec_driver_sql(
        "SELECT t.name FROM article_tags l JOIN tags t ON t.id = l.tag_id WHERE l.article_id = ? ORDER BY t.name",
        (article_id,),
    )
    return tuple(r[0] for r in rows)


def to_article(session: Session, row: ArticleModel, *, tags: tuple[str, ...] | None = None) -> Article:
    site = session.get(Site, row.site_id).name if row.site_id else None
    return Article(
        id=row.id,
        title=row.title,
        dek=row.dek,
        body=row.body,
        slug=row.slug,
        byline=row.byline,
        lang=row.lang,
        status=Status(row.status),
        sections=section_slugs(session, row.id),
        tags=tag_names(session, row.id) if tags is None else tags,
        created_at=from_store(row.created_at),  # type: ignore[arg-type]
        updated_at=from_store(row.updated_at),  # type: ignore[arg-type]
        scheduled_at=from_store(row.scheduled_at),
        published_at=from_store(row.published_at),
        remote_id=row.remote_id,
        site=site,
        dirty=row.dirty,
        word_count=row.word_count,
        slug_manual=row.slug_manual,
        cjk_chars=row.cjk_chars,
    )


def resolve_article(session: Session, ref: str) -> ArticleModel:
    """An article by its full id or a unique prefix (the rule of `articles_read.resolve_id`)."""
    session.flush()  # the lookup runs on the session's connection: rows added here count
    found = resolve_id(driver_of(session), ref)
    return session.scalars(select(ArticleModel).where(ArticleModel.id == found)).one()


def resolve_sections(session: Session, refs: Sequence[str]) -> list[Section]:
    out: list[Section] = []
    for ref in refs:
        ref = ref.strip()
        if not ref:
            continue
        found = session.scalars(
            select(Section).where((Section.slug == ref) | (Section.slug == slugify(ref)) | (Section.name == ref))
        ).first()
        if found is None:
            raise NotFound(f"no section {ref!r}; add it with `copydesk section add`")
        if found not in out:
            out.append(found)
    return out


def get_or_create_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    out: list[Tag] = []
    for name in names:
        if not name.strip():
            continue
        name = check_term_name(name)
        slug = slugify(name)
        if not slug:
            raise InvalidInput(f"tag {name!r} has no letters or digits")
        tag = session.scalars(select(Tag).where((Tag.slug == slug) | (Tag.name == name))).first()
        if tag is None:
            tag = Tag(name=name, slug=slug)
            session.add(tag)
            session.flush()
            enqueue(session, "term.create", f"tag:{tag.id}")
        if tag not in out:
            out.append(tag)
    return out


def record_revision(session: Session, row: ArticleModel, reason: RevisionReason, now: datetime) -> int | None:
    """`snapshot` of an ORM article row, in the session's transaction."""
    return snapshot(driver_of(session), row.id, row.title, row.dek, row.body, reason, now)


def reindex(session: Session, row: ArticleModel, tags: Sequence[str] | None = None) -> None:
    names = list(tag_names(session, row.id)) if tags is None else list(tags)
    search.update_index(session, row.pk, row.title, row.dek, row.body, names)


def mark_dirty(session: Session, row: ArticleModel, now: datetime) -> None:
    """A local change the site has not seen: flag it and queue one (coalesced) save."""
    row.dirty = True
    row.updated_at = now
    enqueue(session, "article.save", row.id, site_id=row.site_id, now=now)


def set_sections(session: Session, row: ArticleModel, sections: list[Section]) -> None:
    session.execute(delete(ArticleSection).where(ArticleSection.article_id == row.id))
    for pos, sec in enumerate(sections):
        session.add(ArticleSection(article_id=row.id, section_id=sec.id, position=pos))
    row.primary_section_id = sections[0].id if sections else None


def set_tags(session: Session, row: ArticleModel, tags: list[Tag]) -> None:
    session.execute(delete(ArticleTag).where(ArticleTag.article_id == row.id))
    for tag in tags:
        session.add(ArticleTag(article_id=row.id, tag_id=tag.id))


def create_in(
    s: Session,
    title: str,
    *,
    body: str = "",
    dek: str = "",
    byline: str = "",
    lang: str = "en",
    sections: Sequence[str] = (),
    tags: Sequence[str] = (),
    slug: str | None = None,
    status: Status = Status.DRAFT,
    article_id: str | None = None,
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
    scheduled_at: datetime | None = None,
    reason: RevisionReason = RevisionReason.CREATED,
) -> ArticleModel:
    """Create an article inside the caller's transaction (imports create many in one)."""
    title = check_title(title)
    lang = check_language(lang)
    now = utcnow()
    if article_id is not None:
        try:
            uuid.UUID(article_id)
        except ValueError:
            raise InvalidInput(f"article id {article_id!r} is not a UUID") from None
        if s.scalars(select(ArticleModel.id).where(ArticleModel.id == article_id)).first():
            raise InvalidInput(f"an article with id {article_id} already exists")
    secs = resolve_sections(s, sections)
    tag_rows = get_or_create_tags(s, tags)
    stats = text_stats(body)
    given = check_slug(slug) if slug else ""
    # A slug the headline would give anyway (an export's, a pulled post's) keeps following it.
    slug_manual = bool(given) and not slug_follows_title(given, title)
    row = ArticleModel(
        id=article_id or str(uuid.uuid4()),
        title=title,
        dek=dek,
        body=body,
        slug=given or title_slug(title),
        slug_manual=slug_manual,
        byline=byline,
        lang=lang,
        status=status.value,
        created_at=to_store(created_at) or now,
        updated_at=to_store(updated_at) or now,
        scheduled_at=to_store(scheduled_at),
        dirty=True,
        word_count=stats.count,
        cjk_chars=stats.cjk_chars,
    )
    s.add(row)
    s.flush()
    set_sections(s, row, secs)
    set_tags(s, row, tag_rows)
    s.flush()
    record_revision(s, row, reason, now)
    reindex(s, row)
    enqueue(s, "article.save", row.id, site_id=row.site_id, now=now)
    return row
