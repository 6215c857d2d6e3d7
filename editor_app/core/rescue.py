"""A store the desk refuses as damaged: copy its articles out, or put back the copy made before
the last upgrade. The door the command line and the window share; the reading and copying are
the store's own (`store.rescue`), and neither touches the damaged file's bytes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor_app.core.paths import AppPaths


@dataclass(frozen=True)
class Exported:
    files: list[Path]
    unreadable: int  # article rows that could not be read


@dataclass(frozen=True)
class Restored:
    copy: Path  # the before-upgrade copy now in the store's place
    damaged: Path  # where the damaged file was moved


def export_articles(paths: AppPaths, folder: Path) -> Exported:
    """Every readable article as a Markdown file in `folder`, read from a copy of the store."""
    from editor_app.core.store.rescue import export_articles as export

    files, unreadable = export(paths.store_file, folder)
    return Exported(files, unreadable)


def before_upgrade_copy(paths: AppPaths) -> Path | None:
    """The newest copy made before a schema upgrade, if any is beside the store."""
    from editor_app.core.store.rescue import before_upgrade_copies

    copies = before_upgrade_copies(paths.store_file)
    return copies[0] if copies else None


def restore_before_upgrade(paths: AppPaths) -> Restored:
    from editor_app.core.store.rescue import restore_before_upgrade as restore

    copy, damaged = restore(paths.store_file)
    return Restored(copy, damaged)
