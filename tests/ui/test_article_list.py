"""The article list: lazy pages, filters from the navigator, search as you type, sorting."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from editor_app.core.desk import Desk
from editor_app.core.domain import Status
from editor_app.core.store.article_rows import create_in
from editor_app.ui.articles.model import PAGE_SIZE, TITLE, ArticleListModel
from editor_app.ui.main_window import MainWindow


def titles(model: ArticleListModel) -> list[str]:
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def wait_list(qtbot, window: MainWindow) -> None:
    model = window.list_panel.model
    qtbot.waitUntil(lambda: not model.is_loading, timeout=10_000)
    window.lane.wait_idle()


def test_a_big_store_is_loaded_a_page_at_a_time(qtbot, qt_desk, make_window) -> None:
    desk: Desk = qt_desk.desk
    with desk.store.write() as s:
        for i in range(PAGE_SIZE * 2 + 50):
            create_in(s, f"Wire story {i:04d}", body="Short text.", lang="en")
    window = make_window(reopen=False)
    model = window.list_panel.model
    wait_list(qtbot, window)
    assert model.total == PAGE_SIZE * 2 + 50
    assert model.rowCount() == PAGE_SIZE  # only the first page, not every row
    assert window.list_panel.count_label.text() == f"{PAGE_SIZE * 2 + 50:,} articles"

    calls: list[int] = []
    real_list = desk.articles.list
    desk.articles.list = lambda *a, **k: calls.append(1) or real_list(*a, **k)  # type: ignore[method-assign]
    for r in range(model.rowCount()):  # data() reads memory only, never the store
        for c in range(model.columnCount()):
            model.index(r, c).data()
    assert calls == []

    window.list_panel.table.scrollToBottom()  # the view asks for more as the user scrolls
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE * 2, timeout=10_000)
    window.list_panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE * 2 + 50, timeout=10_000)
    assert not model.canFetchMore()
    assert len(set(titles(model))) == PAGE_SIZE * 2 + 50  # no page loaded twice


def test_navigator_filters_by_status_language_and_section(qtbot, main_window: MainWindow) -> None:
    nav, model = main_window.navigator, main_window.list_panel.model
    wait_list(qtbot, main_window)
    assert model.total == 15

    assert nav.select("status", Status.DRAFT)
    wait_list(qtbot, main_window)
    drafts = titles(model)
    assert len(drafts) == 3 and all(model.index(r, 1).data() == "Draft" for r in range(model.rowCount()))

    assert nav.select("lang", "ko")  # facets combine: Korean drafts
    wait_list(qtbot, main_window)
    assert titles(model) == ["가을 국제마라톤, 대회 신기록…시민 3만 명 함께 달려"]

    nav.select("status", Status.DRAFT)  # clicking an active entry clears it
    wait_list(qtbot, main_window)
    assert model.total == 4 and all(model.index(r, 2).data() == "한국어" for r in range(4))

    nav.select("lang", "ko")
    assert nav.select("section", "society")
    wait_list(qtbot, main_window)
    assert sorted(titles(model)) == sorted([
        "Central library to stay open until midnight during exam season",
        "空き家を「学びの拠点」に　大学生が古民家を改修、地域の子どもに開放",
    ])

    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.topLevelItem(0)).center())
    wait_list(qtbot, main_window)
    assert model.total == 15


def test_navigator_lists_sections_as_a_tree_with_counts(qtbot, main_window: MainWindow) -> None:
    nav = main_window.navigator
    qtbot.waitUntil(lambda: nav._sections.childCount() == 9, timeout=5000)
    names = [nav._sections.child(i).text(0) for i in range(9)]
    assert names[0] == "News (2)" and "Sports (2)" in names
    assert nav._tags.childCount() > 20


def test_search_as_you_type(qtbot, main_window: MainWindow, type_text) -> None:
    panel, model = main_window.list_panel, main_window.list_panel.model
    wait_list(qtbot, main_window)
    qtbot.keyClicks(panel.search, "Redbridge")
    qtbot.waitUntil(lambda: model.total == 1, timeout=5000)
    assert titles(model) == ["Second-division side stun champions to reach first cup final in 68 years"]

    panel.search.clear()
    type_text(panel.search, "古民家")  # Japanese inside running text
    qtbot.waitUntil(lambda: model.total == 1 and "古民家" in titles(model)[0], timeout=5000)

    panel.search.clear()
    qtbot.waitUntil(lambda: model.total == 15, timeout=5000)


def test_search_waits_for_a_pause_in_typing(qtbot, main_window: MainWindow) -> None:
    panel, model = main_window.list_panel, main_window.list_panel.model
    wait_list(qtbot, main_window)
    reloads: list[int] = []
    real = model.reload
    model.reload = lambda: reloads.append(1) or real()  # type: ignore[method-assign]
    qtbot.keyClicks(panel.search, "festival")
    assert reloads == []  # one query after the pause, not one per key
    qtbot.waitUntil(lambda: model.total == 1, timeout=5000)
    assert len(reloads) == 1


def test_sort_by_any_column(qtbot, main_window: MainWindow) -> None:
    table, model = main_window.list_panel.table, main_window.list_panel.model
    wait_list(qtbot, main_window)
    for column in range(model.columnCount()):
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        wait_list(qtbot, main_window)
        assert model.rowCount() == 15
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    wait_list(qtbot, main_window)
    shown = titles(model)
    assert shown == sorted(shown)
    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # length: words and CJK characters together
    wait_list(qtbot, main_window)
    lengths = [sum(int(n.replace(",", "")) for n in re.findall(r"[\d,]+", model.index(r, 4).data())) for r in range(15)]
    assert lengths == sorted(lengths, reverse=True)


def test_activating_a_row_opens_the_article(qtbot, main_window: MainWindow) -> None:
    table = main_window.list_panel.table
    wait_list(qtbot, main_window)
    index = main_window.list_panel.model.index(0, TITLE)
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.current_editor() is not None, timeout=5000)
    assert main_window.current_editor().title() == index.data()
