"""Stores after crashes and full disks: what SQLite can open is opened, nothing is lost or left over."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from small_fs import fill, remount_read_only, small_disk

from editor_app.core.desk import Desk
from editor_app.core.desk_init import init_desk
from editor_app.core.errors import StoreCorrupt, StoreFull, StoreReadOnly
from editor_app.core.paths import AppPaths
from editor_app.core.store.engine import open_store
from editor_app.core.store.filecheck import inspect_file


def _wal_frames(wal: bytes) -> tuple[int, list[tuple[int, int, bytes]]]:
    """(page size, [(page number, commit size, page bytes)]) of a WAL file."""
    page_size = int.from_bytes(wal[8:12], "big")
    frames = []
    pos = 32
    while pos + 24 + page_size <= len(wal):
        head = wal[pos:pos + 24]
        frames.append((int.from_bytes(head[0:4], "big"), int.from_bytes(head[4:8], "big"),
                       wal[pos + 24:pos + 24 + page_size]))
        pos += 24 + page_size
    return page_size, frames


def _crash_image_with_growth(app_paths: AppPaths, dest: Path) -> tuple[Path, list[str]]:
    """A copy of a store and its WAL taken while the WAL holds pages beyond the main file's end,
    as a kill leaves them. A reader's open snapshot keeps SQLite from checkpointing them."""
    desk = Desk.open(app_paths)
    desk.terms.ensure_sections()
    pin = sqlite3.connect(app_paths.store_file, isolation_level=None)
    pin.execute("BEGIN")
    pin.execute("SELECT count(*) FROM articles").fetchone()  # holds the snapshot
    ids = [desk.articles.create(f"Story {i}", body=("copy " * 3000) + f"marker{i}").id for i in range(12)]
    dest.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{app_paths.store_file}{suffix}", dest / f"copydesk.sqlite3{suffix}")
    pin.execute("ROLLBACK")
    pin.close()
    desk.close()
    return dest / "copydesk.sqlite3", ids


def _checkpoint_partway(store: Path, pages: int) -> None:
    """Copy the last committed version of the first `pages` pages from the WAL into the main
    file, as a checkpoint does (in page order, page 1 first), then stop."""
    page_size, frames = _wal_frames(Path(f"{store}-wal").read_bytes())
    last_commit = max(i for i, (_, commit, _) in enumerate(frames) if commit)
    latest: dict[int, bytes] = {}
    for number, _, data in frames[: last_commit + 1]:
        latest[number] = data
    with store.open("r+b") as fh:
        for number in sorted(latest)[:pages]:
            fh.seek((number - 1) * page_size)
            fh.write(latest[number])


def test_checkpoint_stopped_partway_opens_with_every_save(app_paths: AppPaths, tmp_path: Path) -> None:
    store, ids = _crash_image_with_growth(app_paths, tmp_path / "crashed")
    _checkpoint_partway(store, pages=3)
    header = store.read_bytes()[:100]
    page_size = int.from_bytes(header[16:18], "big")
    claimed = int.from_bytes(header[28:32], "big") * page_size
    assert claimed > store.stat().st_size  # the state the old check refused as "truncated"

    desk = Desk(AppPaths.resolve(store.parent), open_store(store))
    try:
        assert desk.store.integrity_check() == []
        assert [desk.articles.get(i).body.endswith(f"marker{n}") for n, i in enumerate(ids)] == [True] * len(ids)
    finally:
        desk.close()


def test_short_file_whose_wal_does_not_cover_it_is_still_refused(app_paths: AppPaths, tmp_path: Path) -> None:
    store, _ = _crash_image_with_growth(app_paths, tmp_path / "crashed")
    _checkpoint_partway(store, pages=3)
    wal = Path(f"{store}-wal")
    page_size, frames = _wal_frames(wal.read_bytes())
    wal.write_bytes(wal.read_bytes()[: 32 + (24 + page_size) * 2])  # the commit frames are gone
    before = store.read_bytes()
    with pytest.raises(StoreCorrupt, match=r"the store file is truncated \(\d+ bytes, its header says \d+\)"):
        open_store(store)
    assert store.read_bytes() == before


def test_hot_rollback_journal_accounts_for_a_short_file(tmp_path: Path) -> None:
    """A rollback-mode database mid-transaction: SQLite puts the file back from its journal."""
    store = tmp_path / "rollback.sqlite3"
    db = sqlite3.connect(store, isolation_level=None)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("CREATE TABLE t (x)")
    db.executemany("INSERT INTO t VALUES (?)", [("x" * 2000,) for _ in range(200)])
    db.close()
    journal = Path(f"{store}-journal")
    # A journal header (magic, page count -1 meaning "to the end", nonce, original size) with
    # no pages: rolling back only restores the size. Enough to prove the check defers to it.
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + b"\0" * 504)
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 2])
    assert inspect_file(store) is True
    journal.unlink()
    with pytest.raises(StoreCorrupt, match="truncated"):
        inspect_file(store)


def _save_until_full(desk: Desk, ref: str) -> tuple[int, StoreFull]:
    for n in range(1, 400):
        try:
            desk.articles.update(ref, autosave=True, body=f"save {n} " + "word " * 6000)
        except StoreFull as exc:
            return n, exc
    raise AssertionError("the disk never filled")


def test_full_disk_during_saves_keeps_the_store_openable(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 2048) as disk:
        paths = AppPaths.resolve(disk / "desk")
        desk, _, _ = init_desk(paths)
        ref = desk.articles.create("Filling the disk").id
        spare = fill(disk, leave_bytes=900 * 1024)  # leaves room for a few dozen saves
        saved, exc = _save_until_full(desk, ref)
        assert saved > 1
        assert "the disk is full, so nothing was saved" in str(exc)
        assert "Traceback" not in str(exc) and str(paths.store_file) in str(exc)
        last_good = desk.articles.get(ref).body
        assert last_good.startswith(f"save {saved - 1} ")
        desk.close()

        reopened = Desk.open(paths, create=False)  # never "truncated"
        try:
            assert reopened.store.integrity_check() == []
            assert reopened.articles.get(ref).body == last_good
            spare.unlink()  # space returns: the same save goes through
            reopened.articles.update(ref, autosave=True, body="after the disk had room again")
            assert reopened.articles.get(ref).body == "after the disk had room again"
        finally:
            reopened.close()
        assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == ["copydesk.sqlite3"]


def test_init_on_a_full_disk_leaves_nothing_behind(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 256) as disk:
        fill(disk, leave_bytes=8 * 1024)
        paths = AppPaths.resolve(disk / "desk")
        with pytest.raises(StoreFull, match="the disk is full"):
            init_desk(paths)
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]


def test_init_in_a_read_only_folder_leaves_nothing_behind(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 256) as disk:
        remount_read_only(disk)
        with pytest.raises(StoreReadOnly, match="cannot be written"):
            init_desk(AppPaths.resolve(disk / "desk"))
        assert list(disk.iterdir()) == []


def test_read_only_store_reads_refuses_writes_and_leaves_no_files(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 2048) as disk:
        paths = AppPaths.resolve(disk / "desk")
        desk, _, _ = init_desk(paths)
        ref = desk.articles.create("Kept", body="a saved body").id
        desk.close()
        before = sorted(os.listdir(paths.data_dir))
        remount_read_only(disk)
        desk = Desk.open(paths, create=False)
        try:
            assert desk.store.read_only
            assert desk.articles.get(ref).body == "a saved body"
            with pytest.raises(StoreReadOnly, match="read-only"):
                desk.articles.update(ref, body="changed")
            with pytest.raises(StoreReadOnly):
                desk.articles.create("New")
        finally:
            desk.close()
        assert sorted(os.listdir(paths.data_dir)) == before
