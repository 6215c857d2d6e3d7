"""Import and export of Markdown files with YAML front matter.

Import is all or nothing: every file is read and checked before anything is written, and all
of them are written in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core import frontmatter
from editor_app.core.domain import Article, Change, ImportResult
from editor_app.core.errors import InvalidInput
from editor_app.core.frontmatter import FrontMatterDoc
from editor_app.core.store.engine import Store
from editor_app.core.text import slugify


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


def to_doc(article: Article) -> FrontMatterDoc:
    """An article as a Markdown file's front matter and body."""
    return FrontMatterDoc(
        title=article.title,
        body=article.body,
        id=article.id,
        dek=article.dek,
        byline=article.byline,
        sections=list(article.sections),
        tags=list(article.tags),
        lang=article.lang,
        slug=article.slug or None,
        status=article.status,
        date=article.published_at or article.created_at,
        updated=article.updated_at,
        scheduled=article.scheduled_at,
    )


class TransferService:
    """The one door for moving articles in and out of the desk as Markdown files."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def import_paths(self, paths: list[Path]) -> ImportResult:
        from editor_app.core.store import transfer_rows

        files = collect_files(paths)
        if not files:
            raise InvalidInput("no Markdown files (.md) to import")
        docs = [(str(f), frontmatter.read_file(f)) for f in files]  # every file is checked first
        created, updated = transfer_rows.import_docs(self.store, docs)
        return ImportResult(created, updated, Change(articles=frozenset(created + updated), terms=True, outbox=True))

    def export_all(self, folder: Path, *, include_trash: bool = False) -> list[Path]:
        from editor_app.core.store import transfer_rows

        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for article in transfer_rows.all_articles(self.store, include_trash=include_trash):
            doc = to_doc(article)
            target = folder / export_name(doc, article.id)
            target.write_text(frontmatter.dump(doc), encoding="utf-8", newline="\n")
            written.append(target)
        return written
