"""`copydesk init`: a new desk appears whole or not at all.

A failure halfway (a full disk, a folder that cannot be written) removes everything this call
created, so the next attempt does not meet a 0-byte store or half-made folders.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from editor_app.core.desk import Desk
from editor_app.core.paths import AppPaths


def _first_missing(folder: Path) -> Path | None:
    """The outermost folder on the way to `folder` that does not exist yet."""
    missing = None
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing = candidate
    return missing


def init_desk(paths: AppPaths) -> tuple[Desk, bool, int]:
    """Open or create the desk with the standard sections: (desk, created, sections added)."""
    created_store = not paths.store_file.exists()
    new_folders = {m for f in (paths.data_dir, paths.config_dir, paths.cache_dir) if (m := _first_missing(f))}
    desk: Desk | None = None
    try:
        desk = Desk.open(paths, create=True)
        added = desk.terms.ensure_sections()
    except BaseException:
        if desk is not None:
            desk.close()
        if created_store:
            for suffix in ("", "-wal", "-shm", "-journal"):
                paths.store_file.with_name(paths.store_file.name + suffix).unlink(missing_ok=True)
        for folder in new_folders:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return desk, created_store, added
