"""The preview pane and the controller that keeps it in step with the editor.

Rendering runs on the compute lane, one job at a time, through the core's `preview_document` (the
same function `copydesk render` uses): while a job runs, newer edits only replace the waiting
request, so a slow render of a long article never piles up work. Results of an older request are
dropped. Huge articles are not rendered at all (the core's `PauseRules` decide); the pane says the
preview is paused for size.

The pane loads a page once and then updates it in place, for a refresh of the article on show
and for a switch to another article alike: each load is a navigation, and the web engine's
renderer keeps growing with every one (about 8 MB per load of a 20,000-word article), so showing
pages by `setHtml` while someone types, or goes from tab to tab, grows without bound. The page's
language is set in place too; only a page whose head or <html> tag otherwise differs from the
loaded one (a changed template) is loaded whole.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from editor_app.core.look.cache import LOOK_SCHEME
from editor_app.core.preview_source import LIVE, PauseRules, PreviewDocument, PreviewSource, preview_document
from editor_app.core.text import text_stats
from editor_app.ui.i18n import tr_message
from editor_app.ui.workers import Lane

if TYPE_CHECKING:
    from editor_app.ui.preview.web import PreviewWebView

DEBOUNCE_MS = 300
# A change after this long without a render is shown at once: the first keystroke after a pause
# reaches the preview without waiting for the debounce, which only gathers a run of typing.
QUIET_MS = 1000
# What a render gives back; the page itself, and when a large one is paused, come from the core.
RenderResult = PreviewDocument

_local = threading.local()


def _renderer():  # noqa: ANN202 - Renderer is imported here, on the worker, to keep start-up short
    """One Renderer per worker thread: it is not thread-safe."""
    renderer = getattr(_local, "renderer", None)
    if renderer is None:
        from editor_app.core.render import Renderer

        renderer = _local.renderer = Renderer()
    return renderer


def render_job(
    src: PreviewSource, *, want_html: bool = True, paused: bool = False, rules: PauseRules = LIVE
) -> RenderResult:
    """The live preview of `src` (on the compute lane); `paused`: this article's preview is paused now."""
    if not want_html:
        return RenderResult(src.article_id, None, text_stats(src.body))
    return preview_document(src, _renderer(), rules=rules, paused=paused)


# Scrolls to the block rendered from source line `line` (the last with a data-line at or before it),
# or, without one or at either end of the editor, to the fraction `f` of the page.
_SCROLL_FN = (
    "function(f,line){var d=document.scrollingElement||document.documentElement;"
    "var max=Math.max(0,d.scrollHeight-window.innerHeight);"
    "if(line>=0&&f>0&&f<1){var els=document.querySelectorAll('[data-line]'),best=null;"
    "for(var i=0;i<els.length;i++){if(+els[i].getAttribute('data-line')<=line)best=els[i];else break;}"
    "if(best){window.scrollTo(0,Math.min(max,Math.max(0,Math.round(best.getBoundingClientRect().top"
    "+window.scrollY-8))));return;}}"
    "window.scrollTo(0,Math.round(f*max));}"
)
_SCROLL_JS = f"({_SCROLL_FN})(%f,%d)"
# What a click in the preview selected, read from the isolated world (page scripts stay off): the
# source line of the block holding the caret, with the caret's offset so a second click differs.
_PICK_JS = (
    "(function(){var s=window.getSelection();if(!s||!s.rangeCount)return null;var n=s.anchorNode;"
    "var e=n&&(n.nodeType===1?n:n.parentElement);var b=e&&e.closest('[data-line]');"
    "return b?b.getAttribute('data-line')+':'+s.anchorOffset+':'+s.focusOffset:null;})()"
)
PICK_POLL_MS = 250

# A full load appends this comment to the page; the parser puts it after <html>, where swapping the
# body leaves it, so an in-place update can check that the document is the load it was meant for.
_PAGE_MARK = "copydesk-page %d"
# Swaps the body's content and the title; the head, with its CSP meta, stays as first parsed.
# innerHTML never runs scripts (and page scripts are disabled anyway); scrolling in the same task
# means no frame is painted at the wrong position.
_UPDATE_JS = (
    "(function(page, lang, title, body, f, line){var c=document.lastChild;"
    "if(!c||c.nodeType!==Node.COMMENT_NODE||c.data!==page||!document.body)return false;"
    "document.documentElement.lang=lang;"
    f"document.title=title;document.body.innerHTML=body;({_SCROLL_FN})(f,line);return true;}})"
)
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HTML_LANG = re.compile(r'(<html\b[^>]*?\blang=")([^"]*)(")', re.IGNORECASE)


@dataclass(frozen=True)
class _PageParts:
    """A full page split for an in-place update: everything but the body's content, the title and
    the page's language (the shell, which must match the loaded document's), and those three."""

    shell: str
    lang: str
    title: str
    body: str


def _split_page(html: str) -> _PageParts | None:
    """None when the page has no plain <body>…</body> to swap (it is then loaded as a whole)."""
    start = html.find("<body")
    open_end = html.find(">", start) + 1
    end = html.rfind("</body>")
    if start < 0 or open_end <= 0 or end < open_end:
        return None
    head = html[:open_end]
    match = _TITLE.search(head)
    title = unescape(match.group(1)) if match else ""
    lang_match = _HTML_LANG.search(head)
    lang = unescape(lang_match.group(2)) if lang_match else ""
    # The language is set in place too (it only selects fonts and hyphenation in the stylesheet),
    # so moving between an English and a Japanese article does not load a new document.
    head = _HTML_LANG.sub(r"\1\3", head, count=1)
    shell = _TITLE.sub("<title></title>", head, count=1) + html[end:]
    return _PageParts(shell, lang, title, html[open_end:end])


class PreviewPane(QWidget):
    """A note or the rendered page. The web view (and with it the web engine and its helper
    processes) is made on first use: the first page to show, or `warm_up` once the window is up.

    `loaded(ok)` is emitted once the page handed to `show_html` is showing: when a full load
    finishes, or when an in-place update has run (then always True; a failed update falls back to
    a full load, which emits it in turn). Only the latest `show_html` call's page emits it."""

    loaded = Signal(bool)
    block_clicked = Signal(int)  # the source line of the block clicked in the preview

    def __init__(self, base_url: QUrl, parent: QWidget | None = None, cache_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir  # where learned site looks are kept, served by the look scheme
        self.setObjectName("previewPane")
        self.setAccessibleName(self.tr("Preview"))
        self._base_url = base_url
        self.notice = QLabel(self)
        self.notice.setObjectName("previewNotice")
        self.notice.setAccessibleName(self.tr("Preview notice"))
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setMargin(8)
        self.notice.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.notice)
        self._view: PreviewWebView | None = None
        self._page_visible = True
        self._fraction = 0.0
        self._line = -1  # the editor's first visible line, for block-level scrolling (-1: by fraction)
        self._last_pick: object = None
        self._pick_timer = QTimer(self)
        self._pick_timer.setInterval(PICK_POLL_MS)
        self._pick_timer.timeout.connect(self._poll_pick)
        self._ready = False
        self.shown_article: str | None = None
        self._doc_shell: str | None = None  # the shell (see _PageParts) of the page last loaded in full
        self._doc_base: QUrl = base_url  # the base URL of the page last loaded in full
        self._doc_serial = 0  # counts full loads; each page carries its number (_PAGE_MARK)
        self._show_serial = 0  # counts show_html calls; results of older ones are dropped

    @property
    def view(self) -> PreviewWebView:
        """The web view, made when first needed."""
        if self._view is None:
            from editor_app.ui.preview.web import PreviewWebView

            view = PreviewWebView(self, self._cache_dir)
            view.setVisible(self._page_visible)
            view.loadFinished.connect(self._on_loaded)
            self._layout.addWidget(view, 1)
            self._view = view
        return self._view

    def warm_up(self) -> None:
        """Start the web engine now, so the first article's preview does not wait for it."""
        _ = self.view

    def show_html(self, article_id: str, html: str, look_key: str | None = None) -> None:
        """Show a full page. A page whose head or <html> tag differs from the loaded one's in more
        than the title and language (a changed template) is loaded; any other page, of the article
        on show or of another one, replaces the body, title and language of the loaded one, keeping
        its head (and the CSP parsed from it), and is
        scrolled to the pane's scroll fraction (`set_scroll_fraction`: on a tab switch, the window
        sets the new editor's before the page arrives). A page in a site's look (`look_key`) has that
        look's origin, so its stylesheets, fonts and images come from the look scheme."""
        self.notice.hide()
        self._set_page_visible(True)
        self.shown_article = article_id
        self._show_serial += 1
        parts = _split_page(html)
        base = QUrl(f"{LOOK_SCHEME}://{look_key}/") if look_key else self._base_url
        if self._ready and parts is not None and parts.shell == self._doc_shell and base == self._doc_base:
            self._update_in_place(parts, html)
        else:
            self._load(html, parts, base)

    def _load(self, html: str, parts: _PageParts | None, base: QUrl | None = None) -> None:
        self._ready = False
        self._doc_shell = parts.shell if parts is not None else None
        self._doc_base = base or self._doc_base
        self._doc_serial += 1
        self.view.setHtml(f"{html}<!--{_PAGE_MARK % self._doc_serial}-->", self._doc_base)

    def _update_in_place(self, parts: _PageParts, html: str) -> None:
        # ensure_ascii=False keeps CJK text at its size; U+2028/U+2029 are legal in JS strings (ES2019).
        args = ",".join(
            (
                json.dumps(_PAGE_MARK % self._doc_serial),
                json.dumps(parts.lang),
                json.dumps(parts.title, ensure_ascii=False),
                json.dumps(parts.body, ensure_ascii=False),
                f"{self._fraction:f}",
                str(self._line),
            )
        )
        serial = self._show_serial
        self.view.run_app_script(f"{_UPDATE_JS}({args})", lambda ok: self._on_updated(serial, html, ok is True))

    def _on_updated(self, serial: int, html: str, ok: bool) -> None:
        if serial != self._show_serial:
            return  # a newer page is on its way; it reports when it shows
        if ok:
            self.loaded.emit(True)
        else:  # not the document expected (a late load finished, the renderer restarted): load it whole
            self._load(html, _split_page(html), self._doc_base)

    def show_notice(self, text: str, *, hide_page: bool = False) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._set_page_visible(not hide_page)

    def _set_page_visible(self, visible: bool) -> None:
        self._page_visible = visible
        if self._view is not None:
            self._view.setVisible(visible)

    def clear(self) -> None:
        """No article: a note instead of a page (the web engine starts on the first real page)."""
        self.shown_article = None
        self.show_notice(self.tr("Open an article to see its preview."), hide_page=True)

    def _on_loaded(self, ok: bool) -> None:
        self._ready = ok
        if ok:
            # Each full load is a navigation to a new data: URL; without this the back list keeps
            # every earlier page in the browser process for the session.
            self.view.history().clear()
            self._apply_scroll()
            self._last_pick = None
            self._pick_timer.start()
        self.loaded.emit(ok)

    def set_scroll_fraction(self, fraction: float, line: int | None = None) -> None:
        """Scroll to `fraction` of the page, or, given the editor's first visible source `line`, to the
        block rendered from it (the ends of the editor stay the ends of the page)."""
        self._fraction = min(max(fraction, 0.0), 1.0)
        self._line = -1 if line is None else max(line, 0)
        if self._ready:
            self._apply_scroll()

    def _apply_scroll(self) -> None:
        if self._view is not None:
            self._view.run_app_script(_SCROLL_JS % (self._fraction, self._line))

    def _poll_pick(self) -> None:
        if self._view is None or not self._ready or not self._page_visible:
            return
        self._view.run_app_script(_PICK_JS, self._on_pick)

    def _on_pick(self, picked: object) -> None:
        """A caret placed by a click (read by polling: the page runs no script to tell us)."""
        if not isinstance(picked, str) or picked == self._last_pick:
            return
        self._last_pick = picked
        line = picked.split(":", 1)[0]
        if line.isdigit():
            self.block_clicked.emit(int(line))

    def dispose(self) -> None:
        self._pick_timer.stop()
        if self._view is not None:
            self._view.dispose()


class PreviewController(QObject):
    """Debounces edits, renders off the GUI thread and hands results to the pane."""

    stats_ready = Signal(str, object)  # article id, TextStats
    rendered = Signal(str)  # article id whose page was just handed to the pane

    def __init__(self, pane: PreviewPane, lane: Lane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pane = pane
        self._lane = lane
        self._waiting: PreviewSource | Callable[[], PreviewSource] | None = None
        self._busy = False
        self._generation = 0
        self._paused: set[str] = set()  # articles whose preview is paused for size
        self.rules = LIVE  # when it is paused and resumes (the core's rules)
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        self._last_start = -1e9  # monotonic seconds when the last render began

    def schedule(self, src: PreviewSource | Callable[[], PreviewSource], *, immediately: bool = False) -> None:
        """Render `src` after the debounce, or now when asked or when the preview has been quiet
        (`QUIET_MS`). A callable is asked only when the render starts: typing passes the editor's
        method, so no keystroke copies the whole text."""
        self._waiting = src
        self._generation += 1
        quiet = not self._busy and not self._timer.isActive() and self._since_start_ms() >= QUIET_MS
        if immediately or quiet:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._waiting = None
        self._generation += 1

    def _start(self) -> None:
        if self._busy or self._waiting is None:
            return  # `_done` starts the waiting request
        waiting, self._waiting = self._waiting, None
        try:
            src = waiting() if callable(waiting) else waiting
        except RuntimeError:  # the editor it came from was closed and deleted meanwhile
            return
        generation = self._generation
        self._busy = True
        self._last_start = time.monotonic()
        self._lane.submit(
            render_job,
            src,
            want_html=self.enabled,
            paused=src.article_id in self._paused,
            rules=self.rules,
            on_done=lambda r: self._done(generation, r),
            on_error=self._error,
        )

    def _done(self, generation: int, result: RenderResult) -> None:
        self._busy = False
        self.stats_ready.emit(result.article_id, result.stats)
        if result.paused:
            self._paused.add(result.article_id)
        elif result.html is not None:
            self._paused.discard(result.article_id)
        if generation == self._generation:
            if result.html is not None:
                self._pane.show_html(result.article_id, result.html, result.look_key)
                self.rendered.emit(result.article_id)
            elif result.paused:
                self._pane.shown_article = result.article_id
                self._pane.show_notice(tr_message(result.paused), hide_page=True)
        self._start()

    def _error(self, exc: BaseException) -> None:
        self._busy = False
        self._pane.show_notice(self.tr("The preview could not be rendered: {error}").format(error=exc))
        self._start()

    def _since_start_ms(self) -> float:
        return (time.monotonic() - self._last_start) * 1000

    @property
    def busy(self) -> bool:
        return self._busy or self._waiting is not None or self._timer.isActive()
