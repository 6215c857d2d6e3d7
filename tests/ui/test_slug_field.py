"""The slug field follows the headline as it is typed, until the user types a slug."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor_app.ui.main_window import MainWindow


def new_article(qtbot, window: MainWindow):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=5000)
    return window.current_editor()


def stored(window: MainWindow, article_id: str):
    window.current_editor().autosave.flush()
    window.lane.wait_idle()
    return window.desk.articles.get(article_id)


def test_slug_follows_the_headline_until_typed_by_hand(qtbot, main_window) -> None:
    editor = new_article(qtbot, main_window)
    m = editor.metadata
    assert m.slug.text() == ""  # "Untitled article" gives no slug
    assert stored(main_window, editor.article_id).slug == ""
    qtbot.keyClicks(m.headline, "Power cut downtown")  # replaces the selected placeholder
    assert m.slug.text() == "power-cut-downtown"
    art = stored(main_window, editor.article_id)
    assert (art.slug, art.slug_manual) == ("power-cut-downtown", False)

    m.slug.setFocus()
    m.slug.selectAll()
    qtbot.keyClicks(m.slug, "outage")
    m.headline.setFocus()
    m.headline.end(False)
    qtbot.keyClicks(m.headline, " hits 4,000 homes")
    assert m.slug.text() == "outage"  # what the user typed is never replaced
    art = stored(main_window, editor.article_id)
    assert (art.title, art.slug, art.slug_manual) == ("Power cut downtown hits 4,000 homes", "outage", True)


def test_emptying_the_slug_hands_it_back_to_the_headline(qtbot, main_window, type_text) -> None:
    editor = new_article(qtbot, main_window)
    m = editor.metadata
    type_text(m.headline, "서울 폭우")
    assert m.slug.text() == "서울-폭우"
    m.slug.setFocus()
    m.slug.selectAll()
    qtbot.keyClicks(m.slug, "seoul-rain")
    assert stored(main_window, editor.article_id).slug == "seoul-rain"
    m.slug.selectAll()
    qtbot.keyClick(m.slug, Qt.Key.Key_Delete)
    assert m.slug.text() == ""  # not refilled under the cursor
    art = stored(main_window, editor.article_id)
    assert (art.slug, art.slug_manual) == ("서울-폭우", False)
    m.headline.setFocus()
    m.headline.end(False)
    type_text(m.headline, " 경보")
    assert m.slug.text() == "서울-폭우-경보"
    assert stored(main_window, editor.article_id).slug == "서울-폭우-경보"


def test_a_typed_slug_survives_reopening(qtbot, make_window, demo_ids) -> None:
    first = make_window()
    first.open_article(demo_ids[0])
    qtbot.waitUntil(lambda: first.editor_for(demo_ids[0]) is not None, timeout=5000)
    m = first.editor_for(demo_ids[0]).metadata
    m.slug.setFocus()
    m.slug.selectAll()
    qtbot.keyClicks(m.slug, "kept-slug")
    first.close()
    second = make_window()
    qtbot.waitUntil(lambda: second.editor_for(demo_ids[0]) is not None, timeout=5000)
    m2 = second.editor_for(demo_ids[0]).metadata
    m2.headline.setFocus()
    m2.headline.end(False)
    qtbot.keyClicks(m2.headline, " again")
    assert m2.slug.text() == "kept-slug"
    second.current_editor().autosave.flush()
    second.lane.wait_idle()
    assert second.desk.articles.get(demo_ids[0]).slug == "kept-slug"
