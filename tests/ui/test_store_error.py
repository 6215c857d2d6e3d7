"""Opening a damaged or too-new store: a dialog says what and where, offers another folder, writes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from editor_app.core.desk import Desk
from editor_app.core.paths import AppPaths
from editor_app.core.store import migrations
from editor_app.ui import app as ui_app
from editor_app.ui.dialogs.store_error import StoreErrorDialog


def corrupt_store(tmp_path: Path) -> AppPaths:
    paths = AppPaths.resolve(tmp_path / "broken")
    paths.ensure()
    paths.store_file.write_bytes(b"This is not a database at all, just some text that a sync tool left here.\n" * 4)
    return paths


def too_new_store(tmp_path: Path) -> AppPaths:
    paths = AppPaths.resolve(tmp_path / "future")
    Desk.open(paths).close()
    with sqlite3.connect(paths.store_file) as db:
        db.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    return paths


def answer_dialog(qtbot, action) -> list[StoreErrorDialog]:
    """When the modal dialog shows, record it and act on it (as a user would)."""
    seen: list[StoreErrorDialog] = []

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StoreErrorDialog):
            seen.append(dialog)
            action(dialog)
        else:
            QTimer.singleShot(20, poke)

    QTimer.singleShot(0, poke)
    return seen


@pytest.mark.parametrize("make, headline", [
    (corrupt_store, "damaged or is not a Copydesk store"),
    (too_new_store, "newer version of Copydesk"),
])
def test_dialog_says_what_and_where_and_writes_nothing(qtbot, tmp_path, make, headline) -> None:
    paths = make(tmp_path)
    before = paths.store_file.read_bytes()
    files_before = sorted(p.name for p in paths.data_dir.iterdir())
    texts: list[str] = []

    def read_and_quit(dialog: StoreErrorDialog) -> None:
        texts.extend([dialog.headline.text(), dialog.where.text(), dialog.detail.text(), dialog.advice.text()])
        dialog.quit_button.click()

    seen = answer_dialog(qtbot, read_and_quit)
    assert ui_app.open_desk_interactively(paths) is None
    assert seen and headline in texts[0]
    assert str(paths.store_file) in texts[1]
    assert texts[2]  # the core's own explanation
    assert paths.store_file.read_bytes() == before  # nothing overwritten, nothing "repaired"
    assert sorted(p.name for p in paths.data_dir.iterdir()) == files_before


def test_open_another_folder_from_the_dialog(qtbot, tmp_path, monkeypatch) -> None:
    paths = corrupt_store(tmp_path)
    other = tmp_path / "fresh desk"
    other.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(other)))
    answer_dialog(qtbot, lambda dialog: dialog.open_other.click())
    desk = ui_app.open_desk_interactively(paths)
    try:
        assert desk is not None and desk.paths.data_dir == other.resolve()
        assert [t.name for t in desk.terms.sections()][:2] == ["News", "Politics"]  # a new desk is set up
    finally:
        if desk is not None:
            desk.close()


def test_run_returns_an_error_code_when_the_user_quits(qtbot, tmp_path) -> None:
    paths = corrupt_store(tmp_path)
    answer_dialog(qtbot, lambda dialog: dialog.quit_button.click())
    assert ui_app.run(paths, []) == 1


def damaged_desk(tmp_path: Path, count: int = 30) -> tuple[AppPaths, bytes, list[str]]:
    """A real desk whose store has one index page overwritten with garbage: SQLite's own check
    fails, so the desk refuses it. Returns (paths, the healthy file's bytes, article ids)."""
    paths = AppPaths.resolve(tmp_path / "desk")
    desk = Desk.open(paths)
    ids = [desk.articles.create(f"Story {n}", body=f"Body {n} " + "text " * 600).id for n in range(count)]
    desk.close()
    data = paths.store_file.read_bytes()
    with sqlite3.connect(paths.store_file) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'ix_revisions_article'").fetchone()[0]
    db.close()
    damaged = bytearray(data)
    damaged[(root - 1) * page_size:root * page_size] = b"\xa5" * page_size
    paths.store_file.write_bytes(bytes(damaged))
    return paths, data, ids


def test_articles_of_a_damaged_store_are_copied_out_from_the_dialog(qtbot, tmp_path, monkeypatch) -> None:
    paths, _, ids = damaged_desk(tmp_path)
    before = paths.store_file.read_bytes()
    files_before = sorted(p.name for p in paths.data_dir.iterdir())
    out = tmp_path / "rescued"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    seen: dict[str, object] = {}

    def export_then_quit(dialog: StoreErrorDialog) -> None:
        seen["restore offered"] = dialog.restore_button.isVisibleTo(dialog)
        seen["details hidden"] = not dialog.detail.isVisibleTo(dialog)
        dialog.details_button.click()
        seen["details shown"] = dialog.detail.isVisibleTo(dialog) and "integrity" in dialog.detail.text()
        dialog.export_button.click()
        qtbot.waitUntil(lambda: "Copied" in dialog.status.text(), timeout=20_000)
        seen["status"] = dialog.status.text()
        dialog.quit_button.click()

    answer_dialog(qtbot, export_then_quit)
    assert ui_app.open_desk_interactively(paths) is None
    assert seen["restore offered"] is False  # there is no before-upgrade copy
    assert seen["details hidden"] and seen["details shown"]
    assert f"Copied {len(ids)} articles to {out}" in str(seen["status"])
    texts = [p.read_text(encoding="utf-8") for p in sorted(out.glob("*.md"))]
    assert len(texts) == len(ids) and all(any(f"Body {n} " in t for t in texts) for n in range(len(ids)))
    assert paths.store_file.read_bytes() == before  # read from a copy, never written
    assert sorted(p.name for p in paths.data_dir.iterdir()) == files_before


def test_the_before_upgrade_copy_is_restored_from_the_dialog_and_the_desk_opens(qtbot, tmp_path) -> None:
    paths, healthy, ids = damaged_desk(tmp_path)
    damaged = paths.store_file.read_bytes()
    paths.store_file.with_name(f"{paths.store_file.name}.before-upgrade-v{migrations.LATEST}").write_bytes(healthy)
    answer_dialog(qtbot, lambda dialog: dialog.restore_button.click())
    desk = ui_app.open_desk_interactively(paths)
    try:
        assert desk is not None
        assert all(desk.articles.get(i).body.startswith(f"Body {n} ") for n, i in enumerate(ids))
        assert desk.store.integrity_check() == []
    finally:
        if desk is not None:
            desk.close()
    kept = list(paths.data_dir.glob("copydesk.sqlite3.damaged-*"))
    assert [p.read_bytes() for p in kept if not p.name.endswith(("-wal", "-shm"))] == [damaged]
