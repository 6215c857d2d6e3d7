"""Probe: does the preview's web-engine renderer grow while one long article is refreshed?

Run from the repository root:  python -m benchmarks.probe_preview_memory  [--words N] [--refreshes N]

Shows a 20,000-word article in a PreviewPane (offscreen), refreshes it with small edits, and prints
the PSS of the QtWebEngine helper processes (this process's descendants) after the first refresh, every
20th and the last. Not a bench_* module, so `python -m benchmarks` does not run it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--refreshes", type=int, default=20)
    args = parser.parse_args(argv)

    import PySide6.QtWebEngineWidgets  # noqa: F401 - before the QApplication exists
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer, QUrl
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_ui import long_read_text, tree_pss_kb
    from editor_app.ui.preview.pane import PreviewPane, PreviewSource, render_job

    app = QApplication([])
    pane = PreviewPane(QUrl.fromLocalFile(tempfile.gettempdir() + "/"))
    pane.resize(900, 700)
    pane.show()
    body = long_read_text(args.words)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def refresh(i: int) -> float:
        src = PreviewSource("probe", "Harbour plan", "", body + f"\n\nEdit number {i}.", "Reporter", "en", None,
                            (), None, None)
        html = render_job(src).html
        assert html is not None
        loop = QEventLoop()
        pane.loaded.connect(loop.quit)
        start = time.perf_counter()
        pane.show_html("probe", html)
        loop.exec()
        pane.loaded.disconnect(loop.quit)
        elapsed = time.perf_counter() - start
        wait(300)  # a typing pause, as in the app
        return elapsed

    timings, readings = [], []
    for i in range(1, args.refreshes + 1):
        timings.append(refresh(i))
        if i == 1 or i % 20 == 0 or i == args.refreshes:
            wait(1000)  # let the renderer settle
            readings.append((i, tree_pss_kb(os.getpid())[1]))
    print("helper PSS after refresh " + ", ".join(f"{i}: {kb / 1024:.1f} MB" for i, kb in readings))
    if len(timings) > 1:
        median = sorted(timings[1:])[(len(timings) - 1) // 2]
        print(f"refresh to loaded: first {timings[0] * 1000:.0f} ms, median of the rest {median * 1000:.0f} ms")
    pane.dispose()
    pane.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the page goes before its profile
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
