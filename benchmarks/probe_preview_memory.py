"""Probe: does the preview's web-engine renderer grow while articles are refreshed or switched?

Run from the repository root:
    python -m benchmarks.probe_preview_memory  [--words N] [--refreshes N] [--articles N] [--langs en,ja]

Shows a 20,000-word article in a PreviewPane (offscreen), refreshes it with small edits, and prints
the PSS of the QtWebEngine helper processes (this process's descendants) after the first refresh, every
20th and the last. With --articles 2 or more it switches instead: each step shows the next of that many
different articles (other title and text; languages taken in turn from --langs), as an editor going
from tab to tab. Not a bench_* module, so `python -m benchmarks` does not run it.
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

_JA_PARAGRAPH = "市議会は火曜日、港の防潮堤と予算について議論し、住民は冬までに計画の全文と採決を求めた。"


def article_text(words: int, lang: str, number: int) -> str:
    """A long article; each number gets its own opening, so the pages differ."""
    from benchmarks.bench_ui import long_read_text

    if lang == "ja":
        blocks = [f"## 第{i // 8 + 1}部" if i % 8 == 0 else _JA_PARAGRAPH * 6 for i in range(words // 150 + 1)]
        return f"記事{number}の冒頭。\n\n" + "\n\n".join(blocks)
    return f"Article {number} opens here.\n\n" + long_read_text(words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--refreshes", type=int, default=20, help="refreshes, or switches with --articles 2+")
    parser.add_argument("--articles", type=int, default=1, help="2 or more: switch between that many articles")
    parser.add_argument("--langs", default="en", help="languages of the articles, in turn (en, ja)")
    args = parser.parse_args(argv)
    langs = [lang.strip() for lang in args.langs.split(",") if lang.strip()] or ["en"]

    import PySide6.QtWebEngineWidgets  # noqa: F401 - before the QApplication exists
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer, QUrl
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_ui import tree_pss_kb
    from editor_app.ui.preview.pane import PreviewPane, PreviewSource, render_job

    app = QApplication([])
    pane = PreviewPane(QUrl.fromLocalFile(tempfile.gettempdir() + "/"))
    pane.resize(900, 700)
    pane.show()
    switching = args.articles > 1
    articles = [(f"probe-{n}", f"Harbour plan, part {n}", langs[n % len(langs)],
                 article_text(args.words, langs[n % len(langs)], n)) for n in range(max(args.articles, 1))]
    pages: dict[str, str] = {}

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def page(i: int) -> tuple[str, str]:
        article_id, title, lang, body = articles[i % len(articles)]
        if switching and article_id in pages:
            return article_id, pages[article_id]  # a tab switch shows the article as it was
        src = PreviewSource(article_id, title, "", body if switching else body + f"\n\nEdit number {i}.",
                            "Reporter", lang, None, (), None, None)
        html = render_job(src).html
        assert html is not None
        pages[article_id] = html
        return article_id, html

    def refresh(i: int) -> float:
        article_id, html = page(i)
        loop = QEventLoop()
        pane.loaded.connect(loop.quit)
        start = time.perf_counter()
        pane.show_html(article_id, html)
        loop.exec()
        pane.loaded.disconnect(loop.quit)
        elapsed = time.perf_counter() - start
        wait(300)  # a typing pause, as in the app
        return elapsed

    if switching:
        page(0)  # the first article is on show before the first switch
        refresh(0)
    step = "switch" if switching else "refresh"
    timings, readings = [], []
    for i in range(1, args.refreshes + 1):
        timings.append(refresh(i))
        if i == 1 or i % 20 == 0 or i == args.refreshes:
            wait(1000)  # let the renderer settle
            readings.append((i, tree_pss_kb(os.getpid())[1]))
    if switching:
        print(f"{len(articles)} articles ({', '.join(a[2] for a in articles)}), {args.words} words each")
    print(f"helper PSS after {step} " + ", ".join(f"{i}: {kb / 1024:.1f} MB" for i, kb in readings))
    if len(timings) > 1:
        median = sorted(timings[1:])[(len(timings) - 1) // 2]
        print(f"{step} to loaded: first {timings[0] * 1000:.0f} ms, median of the rest {median * 1000:.0f} ms")
    pane.dispose()
    pane.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the page goes before its profile
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
