"""Kill a running workstation with SIGKILL in the middle of typing; the autosaved text survives,
the store passes its integrity check, and reopening shows the text (or offers what was newer)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.core.desk import Desk

CHILD = Path(__file__).with_name("typing_child.py")
TYPED = ("Breaking news from the harbour: the sea wall held overnight and residents are returning home. "
         "Officials will give an update at noon. ") * 3


@pytest.mark.slow
def test_sigkill_mid_typing_keeps_the_autosaved_text(qtbot, desk: Desk, make_window, tmp_path) -> None:
    article = desk.articles.create("Storm update", body="First paragraph.\n\n", lang="en")
    text_file = tmp_path / "typed.txt"
    text_file.write_text(TYPED, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(desk.paths.data_dir), article.id, str(text_file)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    typed = saved = 0
    heavy: set[str] = set()
    deadline = time.monotonic() + 60
    try:
        assert child.stdout is not None
        # Wait for at least one autosave that landed while typing goes on, then kill mid-word.
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            word, *rest = line.split()
            if word == "typed":
                typed = int(rest[0])
            elif word == "saved":
                saved = max(saved, int(rest[0]))
                heavy.update(m for m in rest[1].split(",") if m != "-")
            if saved >= 20 and typed >= saved + 15:
                break
        assert saved >= 20, f"no autosave landed while typing (typed {typed})"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    assert child.returncode == -signal.SIGKILL
    # Typing and autosaving run on the light, plain-SQL side: the ORM, the HTTP client and the
    # keychain stay unloaded (they are most of the memory a session would otherwise carry).
    assert not heavy, f"a typing session loaded {sorted(heavy)}"

    with sqlite3.connect(desk.paths.store_file) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = desk.articles.get(article.id).body
    assert stored.startswith("First paragraph.\n\n")
    kept = stored[len("First paragraph.\n\n"):]
    assert TYPED.startswith(kept) and len(kept) >= saved  # every landed autosave is there

    # Reopen the desk as the user would: the editor shows the store's text; a recovery file left
    # by a save that never landed is offered, and recovering it brings back the newer text.
    window = make_window(reopen=False)
    window.open_article(article.id)
    qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=5000)
    editor = window.current_editor()
    assert editor.body.toPlainText() == stored
    journal = window.journal.entries()
    if journal and window.banner.notices:
        newer = journal[0].fields["body"]
        assert TYPED.startswith(newer[len("First paragraph.\n\n"):]) and len(newer) >= len(stored)
        qtbot.mouseClick(window.banner.notices[0].buttons["Recover"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.body.toPlainText() == newer, timeout=5000)
        assert desk.articles.get(article.id).body == newer
    else:
        window.lane.wait_idle()
        assert not window.journal.entries()  # the last save landed: nothing newer was lost

