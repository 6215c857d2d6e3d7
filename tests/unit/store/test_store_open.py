"""Opening store files: refuse what is unusable, never touch it, wait for locks, upgrade old schemas."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor_app.core.desk import Desk
from editor_app.core.errors import StoreCorrupt, StoreLocked, StoreTooNew
from editor_app.core.paths import AppPaths
from editor_app.core.store import migrations
from editor_app.core.store.engine import open_store


def _fill(paths: AppPaths, n: int = 30) -> None:
    desk = Desk.open(paths)
    desk.terms.ensure_sections()
    for i in range(n):
        desk.articles.create(f"Article {i}", body=("word " * 400) + f"unique{i}", sections=["news"])
    desk.close()


def test_new_store_has_wal_foreign_keys_and_busy_timeout(app_paths: AppPaths) -> None:
    desk = Desk.open(app_paths)
    with desk.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == migrations.LATEST
    desk.close()


def test_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    store = tmp_path / "copydesk.sqlite3"
    store.write_bytes(b"# my notes, not a database\n" * 20)
    before = store.read_bytes()
    with pytest.raises(StoreCorrupt) as err:
        open_store(store)
    assert str(store) in str(err.value)
    assert "not an SQLite database" in str(err.value)
    assert store.read_bytes() == before


@pytest.mark.parametrize("size", [0, 50])
def test_empty_or_tiny_file_is_refused(tmp_path: Path, size: int) -> None:
    store = tmp_path / "copydesk.sqlite3"
    store.write_bytes(b"\0" * size)
    with pytest.raises(StoreCorrupt, match="empty or truncated"):
        open_store(store)
    assert store.stat().st_size == size


def test_truncated_store_is_refused(app_paths: AppPaths) -> None:
    _fill(app_paths)
    store = app_paths.store_file
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 2])
    before = store.read_bytes()
    with pytest.raises(StoreCorrupt, match="truncated"):
        open_store(store)
    assert store.read_bytes() == before


def test_store_failing_integrity_check_is_refused(app_paths: AppPaths) -> None:
    _fill(app_paths)
    store = app_paths.store_file
    raw = bytearray(store.read_bytes())
    page_size = int.from_bytes(raw[16:18], "big")
    # Scribble over the middle of every page after the schema page: b-tree pages become garbage.
    for start in range(page_size * 2, len(raw), page_size):
        raw[start + 8 : start + 200] = b"\xa5" * 192
    store.write_bytes(bytes(raw))
    before = store.read_bytes()
    with pytest.raises(StoreCorrupt) as err:
        open_store(store)
    assert str(store) in str(err.value)
    assert store.read_bytes() == before


def test_other_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    store = tmp_path / "copydesk.sqlite3"
    db = sqlite3.connect(store)
    db.execute("CREATE TABLE invoices (id INTEGER)")
    db.commit()
    db.close()
    with pytest.raises(StoreCorrupt, match="not a Copydesk store"):
        open_store(store)
    db = sqlite3.connect(store)
    assert [r[0] for r in db.execute("SELECT name FROM sqlite_schema")] == ["invoices"]
    db.close()


def test_store_from_a_newer_version_is_refused(app_paths: AppPaths) -> None:
    _fill(app_paths, 2)
    db = sqlite3.connect(app_paths.store_file)
    db.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    db.commit()
    db.close()
    before = app_paths.store_file.read_bytes()
    with pytest.raises(StoreTooNew, match="newer Copydesk"):
        open_store(app_paths.store_file)
    assert app_paths.store_file.read_bytes() == before


def test_missing_store_is_not_created_when_not_asked(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="copydesk init"):
        open_store(tmp_path / "nothing.sqlite3", create=False)
    assert not (tmp_path / "nothing.sqlite3").exists()


_HOLD_LOCK = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE articles SET title = title")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""


def test_locked_store_waits_the_busy_timeout_then_says_so(app_paths: AppPaths) -> None:
    _fill(app_paths, 2)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(app_paths.store_file), "5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        desk = Desk.open(app_paths, busy_timeout_ms=700)
        first = desk.articles.list()[0]
        started = time.monotonic()
        with pytest.raises(StoreLocked) as err:
            desk.articles.update(first.id, title="Changed while locked")
        waited = time.monotonic() - started
        assert waited >= 0.6, f"gave up after {waited:.2f}s instead of waiting the busy timeout"
        assert str(app_paths.store_file) in str(err.value)
        assert "another Copydesk process" in str(err.value)
        desk.close()
    finally:
        holder.kill()
        holder.wait()


def test_lock_released_within_the_timeout_just_waits(app_paths: AppPaths) -> None:
    _fill(app_paths, 2)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(app_paths.store_file), "0.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        desk = Desk.open(app_paths, busy_timeout_ms=10_000)
        first = desk.articles.list()[0]
        art, _ = desk.articles.update(first.id, title="Saved after the wait")
        assert desk.articles.get(first.id).title == "Saved after the wait"
        desk.close()
    finally:
        holder.wait(timeout=10)


def test_version_1_store_upgrades_without_loss(tmp_path: Path) -> None:
    store = tmp_path / "copydesk.sqlite3"
    db = sqlite3.connect(store, isolation_level=None)
    migrations.upgrade(db, target=1)
    assert migrations.current_version(db) == 1
    db.execute("BEGIN")
    db.execute("INSERT INTO sections (id, name, slug, description, position) VALUES (1, 'Politics', 'politics', '', 0)")
    db.execute(
        "INSERT INTO articles (pk, id, title, dek, body, slug, byline, lang, status, primary_section_id, "
        "created_at, updated_at, dirty) VALUES (1, '11111111-2222-3333-4444-555555555555', '選挙の行方', '', "
        "'東京都知事選の投票率は過去最低だった。', 'senkyo', 'Aoi Tanaka', 'ja', 'draft', 1, "
        "'2026-01-01 00:00:00', '2026-01-02 00:00:00', 1)"
    )
    db.execute("INSERT INTO article_sections VALUES ('11111111-2222-3333-4444-555555555555', 1, 0)")
    db.execute(
        "INSERT INTO revisions (article_id, created_at, reason, title, dek, body) VALUES "
        "('11111111-2222-3333-4444-555555555555', '2026-01-01 00:00:00', 'created', '選挙の行方', '', 'old')"
    )
    db.execute("COMMIT")
    db.close()

    desk = Desk(AppPaths.resolve(tmp_path), open_store(store))
    art = desk.articles.get("11111111-2222-3333-4444-555555555555")
    assert art.title == "選挙の行方"
    assert art.body == "東京都知事選の投票率は過去最低だった。"
    assert art.sections == ("politics",)
    assert art.byline == "Aoi Tanaka"
    assert art.word_count == 18  # backfilled by step 2: 18 kanji and kana
    assert [r.reason.value for r in desk.revisions.list(art.id)] == ["created"]
    with desk.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == migrations.LATEST
    desk.close()
    backup = tmp_path / "copydesk.sqlite3.before-upgrade-v1"
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()


def test_migrations_build_exactly_the_model_schema(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from editor_app.core.store.models import Base

    migrated = sqlite3.connect(tmp_path / "a.sqlite3", isolation_level=None)
    migrations.upgrade(migrated)
    engine = create_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    Base.metadata.create_all(engine)
    modelled = sqlite3.connect(tmp_path / "b.sqlite3")

    def shape(db: sqlite3.Connection) -> dict[str, set[tuple[str, str, int]]]:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        out = {}
        for t in tables:
            if t.startswith("article_fts"):
                continue
            out[t] = {(r[1], r[2].split("(")[0].upper(), r[3]) for r in db.execute(f"PRAGMA table_info({t})")}
        return out

    def indexes(db: sqlite3.Connection) -> set[str]:
        return {r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")}

    assert shape(migrated) == shape(modelled)
    assert indexes(migrated) == indexes(modelled)


def test_migration_steps_are_numbered_in_order_without_gaps() -> None:
    assert [s.version for s in migrations.STEPS] == list(range(1, len(migrations.STEPS) + 1))
    assert migrations.LATEST == migrations.STEPS[-1].version


def test_version_6_store_learns_bylines_columns_and_keeps_its_sites(tmp_path: Path) -> None:
    store = tmp_path / "copydesk.sqlite3"
    db = sqlite3.connect(store, isolation_level=None)
    migrations.upgrade(db, target=6)
    db.execute(
        "INSERT INTO sites (id, name, base_url, username, role, state, state_message, created_at, wp_version) "
        "VALUES (1, 'daily', 'https://daily.example', 'ed', 'editor', 'online', '', '2026-01-01 00:00:00', '6.8')"
    )
    db.close()
    desk = Desk(AppPaths.resolve(tmp_path), open_store(store))
    view = desk.sites.get("daily")
    assert (view.role, view.wp_version) == ("editor", "6.8")
    assert (view.authors, view.meta_fields, view.byline_field_setting) == ((), (), None)
    desk.close()
