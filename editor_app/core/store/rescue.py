"""Getting the articles out of a store that cannot be opened, without writing to it.

`export_articles` works on a copy of the file (and its WAL) in a temporary folder, reads every
article row it still can, one at a time, and writes each as Markdown with front matter: a
damaged page costs the articles on it, not the rest. `restore_before_upgrade` puts back the copy
made before the last schema upgrade and keeps the damaged file beside it under another name.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from editor_app.core import frontmatter
from editor_app.core.domain import Status
from editor_app.core.errors import StoreError
from editor_app.core.privacy import make_private_dir, open_private
from editor_app.core.text import slugify

_COLUMNS = "id, title, dek, body, byline, lang, slug, status"


def before_upgrade_copies(store: Path) -> list[Path]:
    """Copies made before schema upgrades, newest version first."""

    def version(copy: Path) -> int:
        tail = copy.name.rsplit("-v", 1)[1]
        return int(tail) if tail.isdigit() else -1

    copies = [c for c in store.parent.glob(f"{store.name}.before-upgrade-v*") if version(c) >= 0]
    return sorted(copies, key=version, reverse=True)


def export_articles(store: Path, folder: Path) -> tuple[list[Path], int]:
    """(files written, rows that could not be read) from a copy of `store`."""
    with tempfile.TemporaryDirectory(prefix="copydesk-rescue-") as tmp:
        copy = Path(tmp) / "store.sqlite3"
        shutil.copyfile(store, copy)
        wal = store.with_name(store.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        db = sqlite3.connect(copy)
        try:
            make_private_dir(folder)
            written: list[Path] = []
            lost = 0
            for key in _keys(db):
                try:
                    row = db.execute(f"SELECT {_COLUMNS} FROM articles WHERE pk = ?", (key,)).fetchone()
                except sqlite3.DatabaseError:
                    lost += 1
                    continue
                if row is not None:
                    written.append(_write(folder, row))
            if not written and lost:
                raise StoreError(f"{store}: no article could be read", store)
            return written, lost
        finally:
            db.close()


_GIVE_UP_AFTER = 500  # keys in a row with no readable article end the search


def _keys(db: sqlite3.Connection) -> list[int]:
    """Article keys: from the table while it reads, then by trying the keys after the last one
    read, since a damaged page ends the scan but not the rows stored on later pages."""
    keys: list[int] = []
    try:
        for (key,) in db.execute("SELECT pk FROM articles ORDER BY pk"):
            keys.append(key)
        return keys
    except sqlite3.DatabaseError:
        pass
    probe = (keys[-1] if keys else 0) + 1
    misses = 0
    while misses < _GIVE_UP_AFTER:
        keys.append(probe)  # a key that reads nothing is skipped by the caller
        try:
            found = db.execute("SELECT 1 FROM articles WHERE pk = ?", (probe,)).fetchone()
        except sqlite3.DatabaseError:
            found = None
        misses = 0 if found else misses + 1
        probe += 1
    return keys


def _write(folder: Path, row: tuple) -> Path:
    id_, title, dek, body, byline, lang, slug, status = row
    try:
        state = Status(status)
    except ValueError:
        state = Status.DRAFT
    doc = frontmatter.FrontMatterDoc(
        title=title or "",
        body=body or "",
        id=id_,
        dek=dek or "",
        byline=byline or "",
        lang=lang or "en",
        slug=slug or None,
        status=state,
    )
    stem = (slug or slugify(title or ""))[:80].strip("-") or "article"
    target = folder / f"{stem}-{str(id_)[:8]}.md"
    with open_private(target) as fh:
        fh.write(frontmatter.dump(doc))
    return target


def restore_before_upgrade(store: Path) -> tuple[Path, Path]:
    """Put the newest before-upgrade copy in the store's place: (copy used, where the damaged
    file now is). Nothing is deleted."""
    copies = before_upgrade_copies(store)
    if not copies:
        raise StoreError(f"{store}: there is no copy from before an upgrade beside it", store)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    aside = store.with_name(f"{store.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = store.with_name(store.name + suffix)
        if part.exists():
            part.rename(aside.with_name(aside.name + suffix))
    shutil.copyfile(copies[0], store)
    store.chmod(0o600)
    return copies[0], aside
