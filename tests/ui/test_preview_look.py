"""The preview in a site's learned look: files from the look scheme only, and scrolling together."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from look_sites import Site, serve, wordpress_like
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QUrl
from PySide6.QtTest import QTest

from editor_app.core.look.cache import LookCache, LookRequest, look_key
from editor_app.core.look.learn import learn_look
from editor_app.ui.preview.pane import PreviewPane, PreviewSource, render_job

LONG_BODY = "\n\n".join(f"Paragraph {i} of a long story about the harbour." for i in range(120))


@pytest.fixture(scope="module")
def learned_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A look learned from loopback servers that are stopped again: the preview works offline."""
    cache_dir = tmp_path_factory.mktemp("cache")
    with serve(Site()) as site, serve(Site()) as other:
        wordpress_like(site, other)
        learn_look("Daily", site.url, LookCache(cache_dir))
    return cache_dir


@pytest.fixture
def look_pane(qtbot, learned_cache: Path) -> Iterator[PreviewPane]:
    pane = PreviewPane(QUrl.fromLocalFile(str(learned_cache) + "/"), cache_dir=learned_cache)
    pane.resize(900, 700)
    pane.show()
    yield pane
    pane.dispose()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def site_page(cache: Path, body: str, article_id: str = "a1") -> tuple[str, str | None]:
    request = LookRequest("site", LookCache(cache).folder("Daily"), True)
    result = render_job(PreviewSource(article_id, "Harbour plan", "A dek", body, "Reporter", "en", "News", (),
                                      None, None, look=request))
    assert result.html is not None
    return result.html, result.look_key


def show(qtbot, pane: PreviewPane, html: str, key: str | None, article_id: str = "a1") -> None:
    with qtbot.waitSignal(pane.loaded, timeout=10000) as blocker:
        pane.show_html(article_id, html, key)
    assert blocker.args == [True]


def test_the_site_look_is_served_from_the_cache_and_nothing_else_is_requested(
        qtbot, look_pane, learned_cache, page_eval) -> None:
    html, key = site_page(learned_cache, "First paragraph.")
    assert key == look_key("Daily")
    show(qtbot, look_pane, html, key)
    view = look_pane.view
    assert page_eval(view, "document.querySelector('.wp-block-post-title').textContent") == "Harbour plan"
    qtbot.waitUntil(lambda: "copydesk-look" in str(page_eval(view, "getComputedStyle(document.body).backgroundImage")),
                    timeout=5000)  # a rule of the site's stylesheet, itself from the cache, applied
    qtbot.waitUntil(lambda: any(u.endswith(".png") for u in view.look_files.served), timeout=5000)
    assert any(u.endswith(".css") for u in view.look_files.served)
    seen = view.interceptor.seen
    assert seen and all(u.startswith(("copydesk-look://", "data:")) for u in seen), seen
    assert page_eval(view, "document.querySelectorAll('script, iframe, form, [onload], [onerror]').length") == 0


def test_the_editors_line_brings_its_block_to_the_top(qtbot, look_pane, learned_cache, page_eval) -> None:
    html, key = site_page(learned_cache, LONG_BODY)
    show(qtbot, look_pane, html, key)
    top = "Math.round(document.querySelector('[data-line=\"%d\"]').getBoundingClientRect().top)"
    look_pane.set_scroll_fraction(0.5, 80)  # paragraph 40 is on line 80
    qtbot.waitUntil(lambda: abs(page_eval(look_pane.view, top % 80) - 8) <= 2, timeout=5000)
    assert page_eval(look_pane.view, "document.querySelector('[data-line=\"80\"]').textContent").startswith(
        "Paragraph 40 ")
    look_pane.set_scroll_fraction(0.0, 0)
    qtbot.waitUntil(lambda: page_eval(look_pane.view, "window.scrollY") == 0, timeout=5000)


def test_a_click_in_the_preview_reports_the_blocks_line(qtbot, look_pane, learned_cache, page_eval) -> None:
    html, key = site_page(learned_cache, LONG_BODY)
    show(qtbot, look_pane, html, key)
    look_pane.set_scroll_fraction(0.5, 20)
    view = look_pane.view
    qtbot.waitUntil(lambda: abs(page_eval(view, "document.querySelector('[data-line=\"20\"]')"
                                                ".getBoundingClientRect().top") - 8) <= 2, timeout=5000)
    rect = page_eval(view, "(function(){var r=document.querySelector('[data-line=\"22\"]').getBoundingClientRect();"
                           "return Math.round(r.left + 20) + ',' + Math.round(r.top + r.height / 2);})()")
    x, y = (int(v) for v in str(rect).split(","))
    target = view.focusProxy() or view
    with qtbot.waitSignal(look_pane.block_clicked, timeout=5000) as blocker:
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(x, y))
    assert blocker.args == [22]


def test_clicking_a_block_in_the_preview_moves_the_editors_cursor_there(qtbot, main_window, demo_ids,
                                                                         page_eval) -> None:
    main_window.open_article(demo_ids[0])
    qtbot.waitUntil(lambda: main_window.current_editor() is not None, timeout=5000)
    editor = main_window.current_editor()
    editor.body.setPlainText(LONG_BODY)
    view = main_window.preview.view
    qtbot.waitUntil(lambda: "Paragraph 119" in str(page_eval(view, "document.body.innerText")), timeout=8000)
    qtbot.waitUntil(lambda: not main_window.preview_controller.busy, timeout=5000)
    qtbot.wait(300)  # the scroll that followed the new text has settled
    rect = page_eval(view, "(function(){var e=document.querySelector('[data-line=\"6\"]');e.scrollIntoView();"
                           "var r=e.getBoundingClientRect();"
                           "return Math.round(r.left + 20) + ',' + Math.round(r.top + r.height / 2);})()")
    x, y = (int(v) for v in str(rect).split(","))
    hit = page_eval(view, f"document.elementFromPoint({x}, {y}).closest('[data-line]').getAttribute('data-line')")
    QTest.mouseClick(view.focusProxy() or view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, y))
    line = int(str(hit))
    qtbot.waitUntil(lambda: editor.body.textCursor().blockNumber() == line, timeout=5000)
    assert editor.body.textCursor().block().text().startswith(f"Paragraph {line // 2} ")


def test_refresh_site_look_learns_it_and_the_preview_wears_it(qtbot, make_window, desk, memory_keyring,
                                                             page_eval) -> None:
    from PySide6.QtGui import QAction

    with serve(Site()) as site, serve(Site()) as other:
        wordpress_like(site, other)
        desk.sites.add("daily", site.url, "editor", "abcd EFGH 1234 ijkl MNOP 5678")
        article = desk.articles.create("Ferry timetable doubles", body="Boats every twenty minutes.")
        desk.publishing.publish(article.id)  # the article now belongs to the site
        window = make_window()
        window.open_article(article.id)
        qtbot.waitUntil(lambda: window.findChild(QAction, "action_refresh_look") is not None, timeout=15000)
        view = window.preview.view
        headline = "(document.querySelector('.wp-block-post-title, .headline')||{}).className||''"
        qtbot.waitUntil(lambda: page_eval(view, headline) == "headline", timeout=8000)  # nothing learned yet
        window.findChild(QAction, "action_refresh_look").trigger()
        qtbot.waitUntil(lambda: "Learned the look of daily" in window.statusBar().currentMessage(), timeout=15000)
    qtbot.waitUntil(lambda: page_eval(view, headline) == "wp-block-post-title", timeout=8000)
    assert page_eval(view, "document.querySelector('.wp-block-post-title').textContent") == "Ferry timetable doubles"
    use = window.findChild(QAction, "action_use_site_look")
    assert use.isChecked()
    use.trigger()  # back to the desk's template for this site
    qtbot.waitUntil(lambda: page_eval(view, headline) == "headline", timeout=8000)
    assert desk.looks.choice("daily").look == "desk"


def test_connecting_a_site_learns_its_look_in_the_background(qtbot, make_window, desk, memory_keyring) -> None:
    from PySide6.QtCore import QObject

    with serve(Site()) as site, serve(Site()) as other:
        wordpress_like(site, other)
        desk.sites.add("daily", site.url, "editor", "abcd EFGH 1234 ijkl MNOP 5678")
        window = make_window()
        qtbot.waitUntil(lambda: window.findChild(QObject, "syncUi") is not None, timeout=15000)
        dialog = window.findChild(QObject, "syncUi").add_site()
        dialog.saved.emit(desk.sites.get("daily"))  # what the account dialog says once the site is saved
        qtbot.waitUntil(lambda: desk.looks.manifest("daily") is not None, timeout=15000)
        dialog.close()
    assert desk.looks.manifest("daily").page_url == f"{site.url}/2026/hello/"
