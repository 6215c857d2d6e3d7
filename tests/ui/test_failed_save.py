"""A save the disk refuses, on a real small file system: the editor says so in plain words (the
store's message behind Details), keeps the text and its recovery file, tries again by itself, and
once space returns the save lands and nothing stray is left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from small_fs import fill, small_disk

from editor_app.core.desk import Desk
from editor_app.core.paths import AppPaths


@pytest.fixture
def app_paths(tmp_path: Path) -> Iterator[AppPaths]:
    """The desk (store, recovery folder, settings) on a 3 MB file system of its own."""
    with small_disk(tmp_path / "disk", 3072) as disk:
        paths = AppPaths.resolve(disk / "desk")
        paths.ensure()
        yield paths


def test_a_save_on_a_full_disk_is_explained_kept_and_retried(qtbot, desk: Desk, make_window) -> None:
    ref = desk.articles.create("Budget night", body="First paragraph.").id
    window = make_window(reopen=False)
    window.open_article(ref)
    qtbot.waitUntil(lambda: window.editor_for(ref) is not None, timeout=5000)
    editor = window.editor_for(ref)
    window.lane.wait_idle()
    disk = desk.paths.data_dir.parent
    text = "First paragraph.\n\n" + "Late copy from the council meeting. " * 1500  # about 54 KB
    # Room for the recovery file (the text once) but not for the store's save of it (the text,
    # a revision and the search index).
    filler = fill(disk, leave_bytes=96 * 1024)
    editor.body.setPlainText(text)
    editor.autosave.flush()
    bar = editor.save_problem
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=10_000)

    assert "the disk is full" in bar.message.text() and "still here and in the recovery file" in bar.message.text()
    assert not bar.details.isVisible()
    bar.details_button.click()
    assert bar.details.isVisible() and str(desk.paths.store_file) in bar.details.text()
    assert "Traceback" not in bar.details.text()
    assert window.save_label.text() == "Not saved — will retry"
    assert editor.body.toPlainText() == text  # the editor keeps it
    entries = window.journal.entries()
    assert [e.fields["body"] for e in entries] == [text]
    assert desk.articles.get(ref).body == "First paragraph."  # the store holds the last good save

    filler.unlink()  # space returns: the periodic retry stores it without any action
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=15_000)
    window.lane.wait_idle()
    assert desk.articles.get(ref).body == text
    assert window.journal.entries() == []
    recovery = desk.paths.data_dir / "recovery"
    assert not recovery.exists() or list(recovery.iterdir()) == []  # no half-written .tmp either
    assert desk.store.integrity_check() == []


def test_no_recovery_file_is_left_half_written_when_the_disk_is_full(tmp_path: Path) -> None:
    from editor_app.ui.editor.autosave import RecoveryJournal

    with small_disk(tmp_path / "disk", 256) as disk:
        journal = RecoveryJournal(disk / "recovery")
        journal.write("a1", 1, {"body": "short"})
        fill(disk)
        with pytest.raises(OSError):
            journal.write("a1", 2, {"body": "x" * 400_000})
        assert sorted(p.name for p in (disk / "recovery").iterdir()) == ["a1.json"]
        assert [e.fields["body"] for e in journal.entries()] == ["short"]  # the older text is whole
