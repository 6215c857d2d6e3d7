"""Preview refresh, keystroke to shown, against a same-run baseline.

Run from the repository root:  python -m benchmarks.bench_preview  [--words N] [--keys N]

- ours: the workstation with a 5,000-word article open and its preview shown. After a quiet
  spell (as between a writer's sentences) one key is typed into the body; the time runs from
  the key event to the preview pane reporting that the page holds the new text (the in-place
  update's script has run in the page). The render (Markdown to the page, on a worker) is inside.
- baseline: a bare QWebEngineView holding the same page, told by one script to replace its
  body with the already rendered new body: what showing a change costs the web engine alone.
Target: median < 100 ms. The ratio says how much the desk adds to the engine's own cost.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.results import Case, record  # noqa: E402

TARGET_MS = 100.0
QUIET_S = 1.3  # longer than the preview's quiet spell, so each key is "the first after a pause"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    return env


def child_app(args: argparse.Namespace) -> int:
    from editor_app.ui.app import make_application

    app = make_application(sys.argv[:1])
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from editor_app.core.desk import Desk
    from editor_app.core.paths import AppPaths
    from editor_app.ui.main_window import MainWindow
    from editor_app.ui.workers import Lane, store_lane

    desk = Desk.open(AppPaths.resolve(args.data_dir), create=False)
    lane, compute = store_lane(), Lane("compute")
    window = MainWindow(desk, lane, compute)
    window.resize(1400, 850)
    window.show()
    window.start(reopen=False)
    window.open_article(args.article)
    pane = window.preview
    times: list[float] = []
    state = {"t0": 0.0, "waiting": False}

    def shown(ok: bool) -> None:
        if state["waiting"] and ok:
            times.append((time.perf_counter() - state["t0"]) * 1000)
            state["waiting"] = False
            QTimer.singleShot(int(QUIET_S * 1000), key)

    def key() -> None:
        if len(times) >= args.keys:
            print("TIMES " + json.dumps(times), flush=True)
            window.close()
            return
        editor = window.current_editor()
        if editor is None:
            QTimer.singleShot(100, key)
            return
        if not times and not state["waiting"]:
            cursor = editor.body.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            editor.body.setTextCursor(cursor)
            editor.body.setFocus()
        state["waiting"] = True
        state["t0"] = time.perf_counter()
        QTest.keyClicks(editor.body, "x")

    pane.loaded.connect(shown)
    QTimer.singleShot(4000, key)  # the first page is in by then; the first key starts the series
    code = app.exec()
    lane.shutdown()
    compute.shutdown()
    return code


def child_bare(args: argparse.Namespace) -> int:
    import PySide6.QtWebEngineWidgets as web
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtWidgets import QApplication

    from editor_app.core.desk import Desk
    from editor_app.core.paths import AppPaths
    from editor_app.core.preview_source import preview_document, source_from_article

    app = QApplication(sys.argv[:1])
    desk = Desk.open(AppPaths.resolve(args.data_dir), create=False)
    src = source_from_article(desk, desk.articles.get(args.article))
    page = preview_document(src).html or ""
    body = page.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0]
    view = web.QWebEngineView()
    view.resize(700, 850)
    view.show()
    times: list[float] = []
    t0 = [0.0]

    def update() -> None:
        if len(times) >= args.keys:
            print("TIMES " + json.dumps(times), flush=True)
            app.quit()
            return
        new_body = body.replace("</p>", f" x{len(times)}</p>", 1)
        t0[0] = time.perf_counter()
        view.page().runJavaScript(f"document.body.innerHTML = {json.dumps(new_body)}; true", 0, done)

    def done(_result: object) -> None:
        times.append((time.perf_counter() - t0[0]) * 1000)
        QTimer.singleShot(int(QUIET_S * 1000), update)

    view.loadFinished.connect(lambda ok: QTimer.singleShot(1000, update) if ok and not times else None)
    view.setHtml(page, QUrl("file:///"))
    return app.exec()


def run_child(mode: str, data_dir: Path, article: str, keys: int) -> list[float]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--data-dir", str(data_dir),
           "--article", article, "--keys", str(keys)]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=600)
    for line in done.stdout.splitlines():
        if line.startswith("TIMES "):
            return json.loads(line[6:])
    raise RuntimeError(f"{mode} child gave no timings (exit {done.returncode}): {done.stderr[-2000:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--keys", type=int, default=15)
    parser.add_argument("--child", choices=("app", "bare"))
    parser.add_argument("--data-dir")
    parser.add_argument("--article")
    args = parser.parse_args(argv)
    if args.child == "app":
        return child_app(args)
    if args.child == "bare":
        return child_bare(args)

    from benchmarks.bench_ui import long_read_text
    from editor_app.core.desk import Desk
    from editor_app.core.paths import AppPaths

    with tempfile.TemporaryDirectory(prefix="copydesk-bench-preview-") as tmp:
        data_dir = Path(tmp) / "desk"
        desk = Desk.open(AppPaths.resolve(data_dir))
        body = long_read_text(args.words)
        art = desk.articles.create("Harbour long read", body=body, lang="en")
        words = desk.articles.get(art.id).word_count
        desk.close()
        ours = run_child("app", data_dir, art.id, args.keys)
        base = run_child("bare", data_dir, art.id, args.keys)
    med, base_med = statistics.median(ours), statistics.median(base)
    ok = med < TARGET_MS
    print(f"preview refresh, keystroke to shown, {words:,}-word article ({args.keys} keys after a pause)")
    print(f"  ours     median {med:7.1f} ms   max {max(ours):7.1f} ms")
    print(f"  baseline median {base_med:7.1f} ms   (bare web view, body replaced by one script)")
    print(f"  ratio {med / base_med:.2f}   target median < {TARGET_MS:g} ms: {'ok' if ok else 'MISSED'}")
    record(Case("preview", f"preview refresh, keystroke to shown, {words:,}-word article", "ms", med, base_med,
                ratio=med / base_med, target=f"median < {TARGET_MS:g} ms", met=ok,
                note=f"{args.keys} keys, each after a {QUIET_S:g} s pause; baseline: bare QWebEngineView, "
                     "already rendered body set by one script"))  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
