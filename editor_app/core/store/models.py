"""SQLAlchemy 2 typed models of the local store. Times are naive UTC in the database.

The schema here is the latest one; `migrations.py` builds it step by step for existing files,
and a test checks both agree.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    base_url: Mapped[str] = mapped_column(String(2000))
    username: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(40))
    capabilities: Mapped[dict | None] = mapped_column(JSON)
    remote_user_id: Mapped[int | None] = mapped_column(Integer)
    timezone: Mapped[str | None] = mapped_column(String(100))
    pull_watermark: Mapped[datetime | None] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(20), default="unknown")  # online/offline/paused/unknown
    state_message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    wp_version: Mapped[str | None] = mapped_column(String(40))
    # Added in schema 8: [{"id", "name"}] of the site's authors and the post meta fields it exposes,
    # learned on check (NULL: not learned yet); the byline field chosen (NULL: detect, "": none).
    authors: Mapped[list | None] = mapped_column(JSON)
    meta_fields: Mapped[list | None] = mapped_column(JSON)
    byline_field: Mapped[str | None] = mapped_column(String(100))


class Section(Base):
    __tablename__ = "sections"
    __table_args__ = (UniqueConstraint("slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text, default="")
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    remote_id: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    parent: Mapped[Section | None] = relationship(remote_side="Section.id")


class Tag(Base):
    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    remote_id: Mapped[int | None] = mapped_column(Integer)


class ArticleSection(Base):
    __tablename__ = "article_sections"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("sections.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # 0 = primary section

    __table_args__ = (Index("ix_article_sections_section", "section_id"),)


class ArticleTag(Base):
    __tablename__ = "article_tags"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_article_tags_tag", "tag_id"),)


class Article(Base):
    __tablename__ = "articles"

    # An integer key keeps the full-text index's rowid stable across VACUUM; `id` is the public UUID.
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    remote_id: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    dek: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str] = mapped_column(String(200), default="")
    byline: Mapped[str] = mapped_column(String(500), default="")
    lang: Mapped[str] = mapped_column(String(8), default="en")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    primary_section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime)
    published_at: Mapped[datetime | None] = mapped_column(DateTime)
    remote_modified_gmt: Mapped[datetime | None] = mapped_column(DateTime)
    dirty: Mapped[bool] = mapped_column(Boolean, default=False)
    base_title: Mapped[str | None] = mapped_column(Text)  # text of the last sync, for three-way views
    base_dek: Mapped[str | None] = mapped_column(Text)
    base_body: Mapped[str | None] = mapped_column(Text)
    # Added in schema 2: stored so the list never counts words of 50,000 bodies.
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    cjk_chars: Mapped[int] = mapped_column(Integer, default=0)
    # Added in schema 3: digest of the remote text last seen (modified_gmt has whole seconds only).
    remote_digest: Mapped[str | None] = mapped_column(String(64))
    # Added in schema 7: the slug was set by hand, so it no longer follows the headline.
    slug_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    # Added in schema 8: where a byline with no author and no field goes: "block", "drop" or unchosen.
    byline_fallback: Mapped[str | None] = mapped_column(String(8))

    __table_args__ = (
        Index("ix_articles_updated", "updated_at"),
        Index("ix_articles_status_updated", "status", "updated_at"),
        Index("ix_articles_lang_updated", "lang", "updated_at"),
        Index("ix_articles_remote", "site_id", "remote_id"),
    )


class Revision(Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    dek: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_revisions_article", "article_id", "created_at"),)


class OutboxOp(Base):
    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))  # e.g. article.update, term.create, media.upload
    entity: Mapped[str] = mapped_column(String(64))  # article UUID, term id or media id, as text
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(20), default="pending")  # pending/sending/unknown/failed/done
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_outbox_state", "state", "next_attempt_at"),
        Index("ix_outbox_entity", "kind", "entity", "state"),
    )


class Conflict(Base):
    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    base: Mapped[dict] = mapped_column(JSON)
    mine: Mapped[dict] = mapped_column(JSON)
    theirs: Mapped[dict] = mapped_column(JSON)
    remote_modified_gmt: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(20))


class PublishJob(Base):
    __tablename__ = "publish_jobs"
    __table_args__ = (Index("ix_publish_jobs_article", "article_id", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(20))  # publish/schedule/unpublish
    run_at: Mapped[datetime | None] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(20), default="queued")
    message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Added in schema 5: the article's status before the request, restored when it is withdrawn unsent.
    previous_status: Mapped[str | None] = mapped_column(String(16))


class MediaAsset(Base):
    """An image kept content-addressed in the data folder (`media/<sha256>.<ext>`)."""

    __tablename__ = "media_assets"
    __table_args__ = (Index("ix_media_article", "article_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(500))
    mime: Mapped[str] = mapped_column(String(100))
    alt: Mapped[str] = mapped_column(Text, default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(Text, default="")
    remote_id: Mapped[int | None] = mapped_column(Integer)
    remote_url: Mapped[str | None] = mapped_column(Text)
    featured: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
