"""The live preview: follows typing, runs no script from the article, loads only images, scrolls along."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QUrl

from editor_app.ui.main_window import MainWindow
from editor_app.ui.preview.pane import DEBOUNCE_MS, QUIET_MS, PreviewPane, PreviewSource, render_job

HOSTILE_BODY = """Intro paragraph.

<script>document.title = 'pwned-script'; document.body.setAttribute('data-ran', 'script');</script>

<img src="x" onerror="document.title = 'pwned-onerror'; document.body.setAttribute('data-ran', 'onerror')">

<p onclick="document.title='pwned-click'">Marker paragraph</p>

[click me](javascript:document.title='pwned-link')
"""


def open_article(qtbot, window: MainWindow, article_id: str):
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=5000)
    return window.current_editor()


def wait_rendered(qtbot, window: MainWindow, page_eval, needle: str) -> None:
    def shows() -> bool:
        return needle in str(page_eval(window.preview.view, "document.body ? document.body.innerText : ''"))

    qtbot.waitUntil(shows, timeout=8000)


def test_no_script_from_the_article_runs(qtbot, main_window, demo_ids, page_eval) -> None:
    editor = open_article(qtbot, main_window, demo_ids[0])
    editor.body.setPlainText(HOSTILE_BODY)
    wait_rendered(qtbot, main_window, page_eval, "Marker paragraph")
    qtbot.wait(300)  # give an onerror handler every chance to fire
    view = main_window.preview.view
    assert page_eval(view, "document.title") == editor.title()
    assert page_eval(view, "String(document.body.getAttribute('data-ran'))") == "null"
    assert page_eval(view, "document.querySelectorAll('script, [onerror], [onclick]').length") == 0
    assert page_eval(view, "Array.from(document.links).filter(a => a.href.startsWith('javascript')).length") == 0
    csp = page_eval(view, "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
    assert "default-src 'none'" in str(csp)


@pytest.fixture
def preview_pane(qtbot, tmp_path) -> Iterator[PreviewPane]:
    pane = PreviewPane(QUrl.fromLocalFile(str(tmp_path) + "/"))
    pane.resize(800, 600)
    pane.show()
    yield pane
    pane.dispose()
    pane.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_page_scripts_are_off_even_without_the_sanitiser(qtbot, preview_pane, page_eval) -> None:
    """The view itself runs no page script: raw HTML with inline script and handlers stays inert."""
    html = (
        "<!DOCTYPE html><html><head><title>Inert</title></head><body><p id='m'>raw</p>"
        "<script>document.title='pwned'; document.body.setAttribute('data-ran','1');</script>"
        "<img src='data:,' onerror=\"document.title='pwned-onerror'\"></body></html>"
    )
    with qtbot.waitSignal(preview_pane.loaded, timeout=8000):
        preview_pane.show_html("raw", html)
    qtbot.wait(300)
    assert page_eval(preview_pane.view, "document.title") == "Inert"
    assert page_eval(preview_pane.view, "String(document.body.getAttribute('data-ran'))") == "null"
    # the app's own code still runs, in its isolated world
    assert page_eval(preview_pane.view, "document.getElementById('m').textContent") == "raw"


class _Recorder(http.server.BaseHTTPRequestHandler):
    requested: list[str] = []
    PNG = bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f00"
        "05000201a5f0e1d90000000049454e44ae426082"
    )

    def do_GET(self) -> None:  # noqa: N802 - http.server's API name
        type(self).requested.append(self.path)
        body, kind = (self.PNG, "image/png") if self.path.endswith(".png") else (b"body{color:red}", "text/css")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def web_server() -> Iterator[tuple[str, list[str]]]:
    _Recorder.requested = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.requested
    server.shutdown()
    server.server_close()


def test_only_images_are_loaded_from_the_network(qtbot, preview_pane, page_eval, web_server) -> None:
    base, requested = web_server
    html = (
        f"<!DOCTYPE html><html><head><title>Net</title><link rel='stylesheet' href='{base}/style.css'>"
        f"</head><body><img id='pic' src='{base}/pic.png'><iframe src='{base}/frame.css'></iframe>"
        f"<object data='{base}/object.css'></object><video src='{base}/clip.css'></video></body></html>"
    )
    with qtbot.waitSignal(preview_pane.loaded, timeout=8000):
        preview_pane.show_html("net", html)
    qtbot.waitUntil(
        lambda: page_eval(preview_pane.view, "document.getElementById('pic').naturalWidth") == 1, timeout=8000
    )
    qtbot.wait(300)
    assert requested == ["/pic.png"]
    blocked = " ".join(preview_pane.view.interceptor.blocked)
    assert "style.css" in blocked and "frame.css" in blocked


def test_preview_waits_for_a_pause_in_typing(qtbot, main_window, demo_ids, page_eval) -> None:
    editor = open_article(qtbot, main_window, demo_ids[0])
    wait_rendered(qtbot, main_window, page_eval, "Why here")
    renders: list[str] = []
    main_window.preview_controller.rendered.connect(renders.append)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "several keys typed quickly")
    qtbot.wait(DEBOUNCE_MS // 3)  # the event loop runs, but typing paused for less than the debounce
    assert renders == []  # nothing rendered while typing
    wait_rendered(qtbot, main_window, page_eval, "several keys typed quickly")
    assert len(renders) == 1


def test_preview_scroll_follows_the_editor(qtbot, main_window, demo_ids, page_eval) -> None:
    editor = open_article(qtbot, main_window, demo_ids[0])
    editor.body.setPlainText("\n\n".join(f"Paragraph {i} of a long story." for i in range(300)))
    wait_rendered(qtbot, main_window, page_eval, "Paragraph 299")
    view = main_window.preview.view
    bar = editor.body.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: page_eval(view, "window.scrollY") > 1000, timeout=5000)
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(
        lambda: (
            0.3 < page_eval(view, "window.scrollY / (document.documentElement.scrollHeight - window.innerHeight)") < 0.7
        ),
        timeout=5000,
    )
    bar.setValue(0)
    qtbot.waitUntil(lambda: page_eval(view, "window.scrollY") == 0, timeout=5000)


# ---------------------------------------------------------------- refreshing in place

PNG = _Recorder.PNG
SAME_DOCUMENT = "String(window.sameDocument)"  # set in the app's world; a new document starts without it


def article_page(body: str, *, title: str = "Harbour plan", lang: str = "en", article_id: str = "a1") -> str:
    html = render_job(PreviewSource(article_id, title, "", body, "Reporter", lang, None, (), None, None)).html
    assert html is not None
    return html


def show(qtbot, pane: PreviewPane, article_id: str, html: str) -> None:
    with qtbot.waitSignal(pane.loaded, timeout=8000) as blocker:
        pane.show_html(article_id, html)
    assert blocker.args == [True]


def body_text(page_eval, pane: PreviewPane) -> str:
    return str(page_eval(pane.view, "document.body.innerText"))


def test_a_refresh_of_the_shown_article_updates_the_page_in_place(qtbot, preview_pane, page_eval) -> None:
    show(qtbot, preview_pane, "a1", article_page("First version of the story."))
    page_eval(preview_pane.view, "window.sameDocument = 'yes'")
    show(qtbot, preview_pane, "a1", article_page("Second version: 1 < 2 & “quotes”.", title="Harbour plan & vote"))
    text = body_text(page_eval, preview_pane)
    assert "Second version: 1 < 2 & “quotes”." in text and "First version" not in text
    assert page_eval(preview_pane.view, "document.title") == "Harbour plan & vote"
    assert page_eval(preview_pane.view, SAME_DOCUMENT) == "yes"  # no navigation
    csp = page_eval(preview_pane.view, "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
    assert "default-src 'none'" in str(csp)
    assert page_eval(preview_pane.view, "document.querySelectorAll('head style').length") == 1


def test_scripts_in_an_in_place_update_do_not_run(qtbot, preview_pane, page_eval) -> None:
    """Raw markup (as if the sanitiser let it through) swapped into the loaded page stays inert."""
    show(qtbot, preview_pane, "a1", article_page("Intro paragraph."))
    page_eval(preview_pane.view, "window.sameDocument = 'yes'")
    hostile = HOSTILE_BODY.split("\n\n", 1)[1].split("[click me]")[0]  # the raw script, img and p
    show(qtbot, preview_pane, "a1", article_page("Placeholder.").replace('<p data-line="0">Placeholder.</p>', hostile))
    qtbot.wait(300)  # give an onerror handler every chance to fire
    view = preview_pane.view
    assert page_eval(view, SAME_DOCUMENT) == "yes"
    assert page_eval(view, "document.querySelectorAll('script, img[onerror], p[onclick]').length") == 3  # arrived
    assert page_eval(view, "document.title") == "Harbour plan"
    assert page_eval(view, "String(document.body.getAttribute('data-ran'))") == "null"
    assert "Marker paragraph" in body_text(page_eval, preview_pane)


def test_images_in_an_in_place_update_load(qtbot, preview_pane, page_eval, tmp_path) -> None:
    (tmp_path / "harbour.png").write_bytes(PNG)  # the pane's base URL is tmp_path
    show(qtbot, preview_pane, "a1", article_page("No picture yet."))
    page_eval(preview_pane.view, "window.sameDocument = 'yes'")
    show(qtbot, preview_pane, "a1", article_page("Now a picture:\n\n![The harbour](harbour.png)"))
    qtbot.waitUntil(
        lambda: (
            page_eval(
                preview_pane.view, "(document.querySelector('.entry-content img') || {naturalWidth: 0}).naturalWidth"
            )
            == 1
        ),
        timeout=8000,
    )
    assert page_eval(preview_pane.view, SAME_DOCUMENT) == "yes"


CSP = "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content"


def test_switching_to_another_article_keeps_the_document(qtbot, preview_pane, page_eval) -> None:
    """Going from tab to tab does not navigate: each load grows the renderer for good."""
    show(qtbot, preview_pane, "a1", article_page("The first article."))
    page_eval(preview_pane.view, "window.sameDocument = 'yes'")
    show(qtbot, preview_pane, "a2", article_page("The second article.", title="Other story", article_id="a2"))
    text = body_text(page_eval, preview_pane)
    assert "The second article." in text and "The first article." not in text
    assert page_eval(preview_pane.view, "document.title") == "Other story"
    assert page_eval(preview_pane.view, "document.querySelector('h1').textContent") == "Other story"
    assert page_eval(preview_pane.view, SAME_DOCUMENT) == "yes"
    assert preview_pane.shown_article == "a2"
    assert "default-src 'none'" in str(page_eval(preview_pane.view, CSP))
    assert page_eval(preview_pane.view, "document.querySelectorAll('meta[http-equiv]').length") == 1

    show(qtbot, preview_pane, "a1", article_page("The first article, back again."))
    assert "The first article, back again." in body_text(page_eval, preview_pane)
    assert page_eval(preview_pane.view, "document.title") == "Harbour plan"
    assert page_eval(preview_pane.view, SAME_DOCUMENT) == "yes"
    assert preview_pane.shown_article == "a1"


def test_another_language_is_set_in_place(qtbot, preview_pane, page_eval) -> None:
    line_height = "getComputedStyle(document.body).lineHeight"
    show(qtbot, preview_pane, "a1", article_page("The first article."))
    english_lines = page_eval(preview_pane.view, line_height)
    page_eval(preview_pane.view, "window.sameDocument = 'yes'")
    show(qtbot, preview_pane, "a2", article_page("二番目の記事。", title="別の記事", lang="ja", article_id="a2"))
    assert page_eval(preview_pane.view, "document.documentElement.lang") == "ja"
    assert "二番目の記事。" in body_text(page_eval, preview_pane)
    assert page_eval(preview_pane.view, "document.title") == "別の記事"
    assert page_eval(preview_pane.view, SAME_DOCUMENT) == "yes"  # no new load: the renderer does not grow
    assert page_eval(preview_pane.view, line_height) != english_lines  # the :lang(ja) rules now apply
    assert preview_pane.shown_article == "a2"
    assert page_eval(preview_pane.view, "document.querySelectorAll('meta[http-equiv]').length") == 1

    show(qtbot, preview_pane, "a1", article_page("The first article again."))
    assert page_eval(preview_pane.view, "document.documentElement.lang") == "en"
    assert "The first article again." in body_text(page_eval, preview_pane)
    assert page_eval(preview_pane.view, SAME_DOCUMENT) == "yes"
    assert page_eval(preview_pane.view, line_height) == english_lines


def test_a_changed_head_gets_a_fresh_page(qtbot, preview_pane, page_eval) -> None:
    show(qtbot, preview_pane, "a1", article_page("The first article."))
    page_eval(preview_pane.view, "window.sameDocument = 'yes'")
    html = article_page("The second article.", article_id="a2").replace("</style>", "p{margin:0}</style>", 1)
    show(qtbot, preview_pane, "a2", html)
    assert "The second article." in body_text(page_eval, preview_pane)
    assert page_eval(preview_pane.view, SAME_DOCUMENT) == "undefined"


def test_scripts_in_a_switched_in_article_do_not_run(qtbot, preview_pane, page_eval) -> None:
    show(qtbot, preview_pane, "a1", article_page("A harmless article."))
    page_eval(preview_pane.view, "window.sameDocument = 'yes'")
    hostile = HOSTILE_BODY.split("\n\n", 1)[1].split("[click me]")[0]  # the raw script, img and p
    html = article_page("Placeholder.", title="Hostile", article_id="a2")
    html = html.replace('<p data-line="0">Placeholder.</p>', hostile)
    show(qtbot, preview_pane, "a2", html)
    qtbot.wait(300)  # give an onerror handler every chance to fire
    view = preview_pane.view
    assert page_eval(view, SAME_DOCUMENT) == "yes"
    assert page_eval(view, "document.querySelectorAll('script, img[onerror], p[onclick]').length") == 3  # arrived
    assert page_eval(view, "document.title") == "Hostile"
    assert page_eval(view, "String(document.body.getAttribute('data-ran'))") == "null"
    assert "Marker paragraph" in body_text(page_eval, preview_pane)
    assert "default-src 'none'" in str(page_eval(view, CSP))


def test_a_switched_in_article_takes_the_scroll_fraction_set_for_it(qtbot, preview_pane, page_eval) -> None:
    long_body = "\n\n".join(f"Paragraph {i} of a long story." for i in range(300))
    fraction = "window.scrollY / (document.documentElement.scrollHeight - window.innerHeight)"
    show(qtbot, preview_pane, "a1", article_page(long_body))
    page_eval(preview_pane.view, "window.sameDocument = 'yes'")
    preview_pane.set_scroll_fraction(1.0)
    qtbot.waitUntil(lambda: page_eval(preview_pane.view, fraction) > 0.99, timeout=5000)
    preview_pane.set_scroll_fraction(0.25)  # the window sets the next editor's fraction, then its page comes
    show(qtbot, preview_pane, "a2", article_page(long_body.replace("long story", "longer tale"), article_id="a2"))
    assert 0.2 < page_eval(preview_pane.view, fraction) < 0.3
    assert "Paragraph 299 of a longer tale." in body_text(page_eval, preview_pane)
    assert page_eval(preview_pane.view, SAME_DOCUMENT) == "yes"


def test_the_scroll_fraction_survives_an_in_place_update(qtbot, preview_pane, page_eval) -> None:
    long_body = "\n\n".join(f"Paragraph {i} of a long story." for i in range(300))
    fraction = "window.scrollY / (document.documentElement.scrollHeight - window.innerHeight)"
    show(qtbot, preview_pane, "a1", article_page(long_body))
    page_eval(preview_pane.view, "window.sameDocument = 'yes'")
    preview_pane.set_scroll_fraction(1.0)
    qtbot.waitUntil(lambda: page_eval(preview_pane.view, fraction) > 0.99, timeout=5000)
    show(qtbot, preview_pane, "a1", article_page(long_body + "\n\nParagraph 300, just added."))
    assert page_eval(preview_pane.view, fraction) > 0.99
    assert "Paragraph 300, just added." in body_text(page_eval, preview_pane)
    preview_pane.set_scroll_fraction(0.5)
    qtbot.waitUntil(lambda: 0.45 < page_eval(preview_pane.view, fraction) < 0.55, timeout=5000)
    assert page_eval(preview_pane.view, SAME_DOCUMENT) == "yes"


def test_an_update_for_a_document_no_longer_shown_loads_the_page_whole(qtbot, preview_pane, page_eval) -> None:
    show(qtbot, preview_pane, "a1", article_page("First version."))
    page_eval(preview_pane.view, "window.sameDocument = 'yes'; document.lastChild.remove()")  # not our load's mark
    show(qtbot, preview_pane, "a1", article_page("Second version."))
    assert "Second version." in body_text(page_eval, preview_pane)
    assert page_eval(preview_pane.view, SAME_DOCUMENT) == "undefined"


def test_typing_refreshes_the_preview_in_place(qtbot, main_window, demo_ids, page_eval) -> None:
    editor = open_article(qtbot, main_window, demo_ids[0])
    wait_rendered(qtbot, main_window, page_eval, "Why here")
    page_eval(main_window.preview.view, "window.sameDocument = 'yes'")
    editor.body.setPlainText("A fresh first paragraph.")
    wait_rendered(qtbot, main_window, page_eval, "A fresh first paragraph.")
    assert page_eval(main_window.preview.view, SAME_DOCUMENT) == "yes"


def switch_to_new_tab(qtbot, window: MainWindow, article_id: str):
    window.open_article(article_id)
    qtbot.waitUntil(lambda: getattr(window.current_editor(), "article_id", None) == article_id, timeout=5000)
    return window.current_editor()


def test_switching_tabs_keeps_the_preview_document(qtbot, main_window, demo_ids, page_eval) -> None:
    desk = main_window.desk
    english = [i for i in demo_ids if desk.articles.get(i).lang == "en"][:2]
    japanese = next(i for i in demo_ids if desk.articles.get(i).lang == "ja")
    first = open_article(qtbot, main_window, english[0])
    first.body.setPlainText("\n\n".join(f"Paragraph {i} of a long story." for i in range(300)))
    wait_rendered(qtbot, main_window, page_eval, "Paragraph 299")
    view = main_window.preview.view
    bar = first.body.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: page_eval(view, "window.scrollY") > 1000, timeout=5000)
    page_eval(view, "window.sameDocument = 'yes'")
    renders: list[str] = []
    main_window.preview_controller.rendered.connect(renders.append)

    second = switch_to_new_tab(qtbot, main_window, english[1])
    qtbot.waitUntil(lambda: main_window.preview.shown_article == english[1], timeout=8000)
    qtbot.waitUntil(lambda: page_eval(view, "document.title") == second.title(), timeout=8000)
    assert "Paragraph 299" not in body_text(page_eval, main_window.preview)
    assert page_eval(view, "window.scrollY") == 0  # the second editor is at its top
    assert page_eval(view, SAME_DOCUMENT) == "yes"
    assert renders == [english[1]]

    main_window.tabs.setCurrentWidget(first)
    wait_rendered(qtbot, main_window, page_eval, "Paragraph 299")
    qtbot.waitUntil(lambda: page_eval(view, "window.scrollY") > 1000, timeout=5000)
    assert page_eval(view, SAME_DOCUMENT) == "yes"
    assert main_window.preview.shown_article == english[0]

    third = switch_to_new_tab(qtbot, main_window, japanese)
    qtbot.waitUntil(lambda: page_eval(view, "document.documentElement.lang") == "ja", timeout=8000)
    assert page_eval(view, "document.title") == third.title()
    assert page_eval(view, SAME_DOCUMENT) == "yes"  # another language is set in place as well


def test_a_page_too_long_for_set_html_is_paused_not_left_blank() -> None:
    """setHtml's limit is 2 MiB of percent-encoded URL: a 0.9 MB Japanese page is already over it."""
    body = "\n\n".join("港の防潮堤の予算について、市議会は火曜日に議論した。" * 20 for _ in range(600))
    result = render_job(PreviewSource("ja1", "長い記事", "", body, "記者", "ja", None, (), None, None))
    assert len(body.encode("utf-8")) < 1_500_000 and result.html is None
    assert result.paused is not None and "larger than the preview can show" in str(result.paused)


def test_the_first_key_after_a_quiet_spell_is_shown_without_the_debounce(
    qtbot, main_window, demo_ids, page_eval
) -> None:
    editor = open_article(qtbot, main_window, demo_ids[0])
    wait_rendered(qtbot, main_window, page_eval, "Why here")
    controller = main_window.preview_controller
    qtbot.waitUntil(lambda: not controller.busy, timeout=8000)
    qtbot.wait(QUIET_MS + 100)
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Q")
    assert controller.busy and not controller._timer.isActive()  # rendering already, not waiting
    wait_rendered(qtbot, main_window, page_eval, "Q")
    qtbot.keyClicks(editor.body, "R")  # typing goes on: this one waits for the pause
    assert controller._timer.isActive()
