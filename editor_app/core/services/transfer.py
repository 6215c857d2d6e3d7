"""Import and export of Markdown files with YAML front matter.

Import is all or nothing: every file is read and checked before anything is written, and all
of them are written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from editor_app.core import frontmatter
from editor_app.core.clock import from_store, to_store, utcnow
from editor_app.core.domain import Change, RevisionReason, Status
from editor_app.core.errors import CopydeskError, InvalidInput
from editor_app.core.frontmatter import FrontMatterDoc
from editor_app.core.store.article_rows import (
    create_in,
    get_or_create_tags,
    mark_dirty,
    record_revision,
    reindex,
    resolve_sections,
    section_slugs,
    set_sections,
    set_tags,
    tag_names,
)
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Article
from editor_app.core.text import slug_follows_title, slugify, text_stats, title_slug


@dataclass(frozen=True)
class ImportResult:
    created: list[str]
    updated: list[str]
    change: Change


def collect_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(q for q in p.rglob("*") if q.suffix.lower() in (".md", ".markdown")))
        elif p.exists():
            files.append(p)
        else:
            raise InvalidInput(f"{p}: no such file or folder")
    return files


def export_name(doc: FrontMatterDoc, article_id: str) -> str:
    stem = (doc.slug or slugify(doc.title))[:80].strip("-") or "article"
    return f"{stem}-{article_id[:8]}.md"


class TransferService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def import_paths(self, paths: list[Path]) -> ImportResult:
        files = collect_files(paths)
        if not files:
            raise InvalidInput("no Markdown files (.md) to import")
        docs = [(f, frontmatter.read_file(f)) for f in files]  # every file is checked first
        created: list[str] = []
        updated: list[str] = []
        with self.store.write() as s:
            for path, doc in docs:
                try:
                    existing = s.scalars(select(Article).where(Article.id == doc.id)).first() if doc.id else None
                    if existing is None:
                        row = create_in(
                            s,
                            doc.title,
                            body=doc.body,
                            dek=doc.dek,
                            byline=doc.byline,
                            lang=doc.lang,
                            sections=doc.sections,
                            tags=doc.tags,
                            slug=doc.slug,
                            status=doc.status,
                            article_id=doc.id,
                            created_at=doc.date,
                            updated_at=doc.updated,
                            scheduled_at=doc.scheduled,
                            reason=RevisionReason.IMPORT,
                        )
                        created.append(row.id)
                    else:
                        self._update_from(s, existing, doc)
                        updated.append(existing.id)
                except CopydeskError as exc:
                    raise InvalidInput(f"{path}: {exc}") from None
        return ImportResult(created, updated, Change(articles=frozenset(created + updated), terms=True, outbox=True))

    def _update_from(self, s: object, row: Article, doc: FrontMatterDoc) -> None:
        """Re-importing a file of an existing article: the text on the desk is kept in history
        before the file's text replaces it."""
        now = utcnow()
        record_revision(s, row, RevisionReason.MANUAL, now)  # type: ignore[arg-type]
        row.title, row.dek, row.body = doc.title, doc.dek, doc.body
        row.byline, row.lang, row.status = doc.byline, doc.lang, doc.status.value
        row.slug = doc.slug or title_slug(doc.title)
        row.slug_manual = not slug_follows_title(row.slug, row.title)
        row.scheduled_at = to_store(doc.scheduled)
        stats = text_stats(doc.body)
        row.word_count, row.cjk_chars = stats.count, stats.cjk_chars
        set_sections(s, row, resolve_sections(s, doc.sections))  # type: ignore[arg-type]
        set_tags(s, row, get_or_create_tags(s, doc.tags))  # type: ignore[arg-type]
        s.flush()  # type: ignore[attr-defined]
        record_revision(s, row, RevisionReason.IMPORT, now)  # type: ignore[arg-type]
        mark_dirty(s, row, now)  # type: ignore[arg-type]
        if doc.updated is not None:
            row.updated_at = to_store(doc.updated)  # type: ignore[assignment]
        reindex(s, row)  # type: ignore[arg-type]

    def to_doc(self, s: object, row: Article) -> FrontMatterDoc:
        return FrontMatterDoc(
            title=row.title,
            body=row.body,
            id=row.id,
            dek=row.dek,
            byline=row.byline,
            sections=list(section_slugs(s, row.id)),
            tags=list(tag_names(s, row.id)),  # type: ignore[arg-type]
            lang=row.lang,
            slug=row.slug or None,
            status=Status(row.status),
            date=from_store(row.published_at or row.created_at),
            updated=from_store(row.updated_at),
            scheduled=from_store(row.scheduled_at),
        )

    def export_all(self, folder: Path, *, include_trash: bool = False) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        with self.store.read() as s:
            query = select(Article).order_by(Article.created_at, Article.pk)
            if not include_trash:
                query = query.where(Article.status != Status.TRASH.value)
            for row in s.scalars(query):
                doc = self.to_doc(s, row)
                target = folder / export_name(doc, row.id)
                target.write_text(frontmatter.dump(doc), encoding="utf-8", newline="\n")
                written.append(target)
        return written
