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
