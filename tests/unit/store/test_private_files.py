"""A desk is readable by its owner alone: folders 0700, every file 0600, whatever the umask."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app.core.desk import Desk
from editor_app.core.desk_init import init_desk
from editor_app.core.paths import AppPaths
from editor_app.core.store.engine import _backup_before_upgrade

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # what most systems use: files 0644, folders 0755
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def modes_under(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): mode(p) for p in [folder, *folder.rglob("*")]}


def test_a_new_desk_and_everything_written_into_it_is_owner_only(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "desk")
    desk, created, _ = init_desk(paths)
    assert created
    try:
        ref = desk.articles.create("Embargoed", body="Not before Monday.").id
        desk.articles.update(ref, autosave=True, body="Still not before Monday.")
        image = tmp_path / "photo.png"
        image.write_bytes(PNG)
        desk.media.add(ref, image, alt="A photo")
        for suffix in ("-wal", "-shm"):  # open and written to: both exist now
            assert mode(Path(f"{paths.store_file}{suffix}")) == 0o600
        backup = _backup_before_upgrade(paths.store_file, 1)
        assert mode(backup) == 0o600
        from editor_app.ui.editor.autosave import RecoveryJournal

        journal = RecoveryJournal(paths.data_dir / "recovery")
        journal.write(ref, 1, {"body": "whole article text"})
        found = modes_under(paths.data_dir)
    finally:
        desk.close()
    assert any(name.startswith("media/") for name in found)
    assert "recovery" in found and f"recovery/{ref}.json" in found
    folders = {n: m for n, m in found.items() if (paths.data_dir / n).is_dir()}
    files = {n: m for n, m in found.items() if n not in folders}
    assert set(folders.values()) == {0o700}, folders
    assert set(files.values()) == {0o600}, files


def test_an_existing_desk_is_tightened_when_opened(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "desk")
    desk, _, _ = init_desk(paths)
    desk.articles.create("Draft")
    desk.close()
    (paths.data_dir / "recovery").mkdir()
    (paths.data_dir / "recovery" / "x.json").write_text("{}")
    paths.settings_file.write_text("[General]\n")
    for p in [paths.data_dir, *paths.data_dir.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)  # as an older version (or a copy) left it
    assert mode(paths.store_file) == 0o644

    Desk.open(paths, create=False).close()
    found = modes_under(paths.data_dir)
    assert {m for n, m in found.items() if (paths.data_dir / n).is_dir()} == {0o700}
    assert {m for n, m in found.items() if (paths.data_dir / n).is_file()} == {0o600}
    assert "config/settings.ini" in found


def test_sqlite_files_made_later_follow_the_store(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "desk")
    init_desk(paths)[0].close()
    db = sqlite3.connect(paths.store_file)  # any later writer: SQLite copies the store's mode
    db.execute("CREATE TABLE scratch (x)")
    db.commit()
    assert mode(Path(f"{paths.store_file}-wal")) == 0o600
    db.close()
