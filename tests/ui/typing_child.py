"""A real workstation process that types into an article on a timer, for the kill test.

Usage: python typing_child.py DATA_DIR ARTICLE_ID TEXT_FILE [SYNC_EVERY_MS]
With SYNC_EVERY_MS, a `copydesk sync` of the same desk starts that often (one at a time) as a
child of this process, so killing the process group kills a sync too.

Prints "typed N" after each key and "saved N HEAVY" whenever an autosave has landed holding the
first N typed characters (HEAVY: which of the libraries a typing session should never load are
loaded, "-" for none), then keeps typing until it is killed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from editor_app.ui.app import make_application  # noqa: E402


def main() -> int:
    data_dir, article_id, text_file = sys.argv[1:4]
    text = Path(text_file).read_text(encoding="utf-8")
    app = make_application(sys.argv[:1])
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QInputMethodEvent, QTextCursor
    from PySide6.QtTest import QTest

    from editor_app.core.desk import Desk
    from editor_app.core.paths import AppPaths
    from editor_app.ui.main_window import MainWindow
    from editor_app.ui.workers import Lane, store_lane

    desk = Desk.open(AppPaths.resolve(data_dir))
    lane, compute = store_lane(), Lane("compute")
    window = MainWindow(desk, lane, compute)
    window.show()
    window.start(reopen=False)
    window.open_article(article_id)
    lane.wait_idle()
    editor = window.current_editor()
    assert editor is not None
    base = editor.body.toPlainText()
    cursor = editor.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    editor.body.setFocus()
    typed = 0

    def saved(article: object, _change: object) -> None:
        body = article.body  # type: ignore[attr-defined]
        heavy = ",".join(m for m in ("sqlalchemy", "httpx", "keyring", "bs4", "markdownify") if m in sys.modules)
        print(f"saved {len(body) - len(base)} {heavy or '-'}", flush=True)

    editor.autosave.saved.connect(saved)

    def key() -> None:
        nonlocal typed
        if typed < len(text):
            char = text[typed]
            if char.isascii():
                QTest.keyClicks(editor.body, char)
            else:  # Japanese and Korean arrive from the input method as committed text, not as keys
                event = QInputMethodEvent()
                event.setCommitString(char)
                QCoreApplication.sendEvent(editor.body, event)
            typed += 1
            print(f"typed {typed}", flush=True)

    timer = QTimer()
    timer.timeout.connect(key)
    timer.start(15)

    syncing: list[subprocess.Popen[bytes]] = []

    def sync() -> None:
        if syncing and syncing[-1].poll() is None:
            return
        command = [sys.executable, "-m", "editor_app", "--data-dir", data_dir, "sync"]
        syncing.append(subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        print("sync started", flush=True)

    sync_timer = QTimer()
    sync_timer.timeout.connect(sync)
    if len(sys.argv) > 4:
        sync_timer.start(int(sys.argv[4]))
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
