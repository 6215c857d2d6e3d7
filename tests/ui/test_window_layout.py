"""Window and layout: a first window sized for the screen, tab order in reading order, dialogs
that focus their first field and show their title, readable image fields, a find bar that
leaves the preview alone, readable tab titles."""

from __future__ import annotations

from i18n_support import close_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor_app.ui.main_window import TAB_TITLE_CHARS, MainWindow
from editor_app.ui.taxonomy.dialogs import TermNameDialog


def open_article(qtbot, window, article_id):
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.editor_for(article_id) is not None, timeout=5000)
    return window.editor_for(article_id)


def test_the_first_window_takes_80_percent_of_the_screen_centred(qtbot, qt_desk, demo_ids):
    window = MainWindow(qt_desk.desk, qt_desk.lane, qt_desk.compute)  # no remembered geometry
    try:
        window.show()
        window.start(reopen=False)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.sync is not None, timeout=5000)  # the start-up's store work is done
        area = window.screen().availableGeometry()
        assert abs(window.width() - area.width() * 0.8) <= 2 and abs(window.height() - area.height() * 0.8) <= 2
        frame = window.geometry()
        assert abs(frame.center().x() - area.center().x()) <= 2 and abs(frame.center().y() - area.center().y()) <= 30
        navigator, articles, workspace = window.main_splitter.sizes()
        assert navigator < articles < workspace  # the writing area gets the most room
        editor, preview = window.workspace.sizes()
        assert editor > preview > 0.5 * editor
    finally:
        qt_desk.lane.wait_idle()
        QApplication.processEvents()
        close_window(window)


def test_tab_goes_through_the_metadata_in_reading_order(qtbot, main_window, demo_ids):
    editor = open_article(qtbot, main_window, demo_ids[0])
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    m = editor.metadata
    m.dek.setFocus()
    qtbot.waitUntil(lambda: m.dek.hasFocus(), timeout=2000)
    order = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        fields = (m.byline, m.section, m.lang, m.status, m.tags, m.slug)
        owner = next(w for w in fields if w is focus or w.isAncestorOf(focus))
        order.append(owner.objectName())
    assert order == ["byline", "section", "language", "status", "tags", "slug"]
    chain = [w.objectName() for w in m.tab_chain[:8]]
    assert chain == ["headline", "dek", "byline", "section", "language", "status", "tags", "slug"]


def test_new_and_rename_dialogs_focus_the_name_and_show_their_whole_title(qtbot, main_window):
    for title in ("New Section", "Rename Section “Politics and Government”"):
        dialog = TermNameDialog(title, "&Add", name="Politics", slug="", parent=main_window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is dialog.name_edit  # not Cancel
        assert dialog.name_edit.selectedText() == "Politics"  # typing replaces it
        assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(title) + 100
        dialog.close()


def test_image_fields_are_wide_enough_to_read(qtbot, main_window, demo_ids):
    editor = open_article(qtbot, main_window, demo_ids[0])
    m = editor.metadata
    main_window.actions["toggle_metadata"].setChecked(True)
    qtbot.waitUntil(lambda: m.featured_alt.isVisible(), timeout=2000)
    forty_chars = m.fontMetrics().averageCharWidth() * 40
    for field in (m.featured_alt, m.featured_caption, m.featured_credit):
        assert field.width() >= forty_chars, field.objectName()
        assert field.width() >= 0.9 * m.headline.width()  # the panel's full width, like the headline


def test_the_find_bar_never_squeezes_the_preview(qtbot, main_window, demo_ids):
    editor = open_article(qtbot, main_window, demo_ids[0])
    total = sum(main_window.workspace.sizes())
    main_window.workspace.setSizes([360, total - 360])  # a narrow editor beside a wide preview
    QApplication.processEvents()
    before = main_window.workspace.sizes()
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.find_bar.isVisible(), timeout=2000)
    QApplication.processEvents()
    assert main_window.workspace.sizes() == before
    assert editor.find_bar.minimumSizeHint().width() <= before[0]
    main_window.actions["replace"].trigger()
    QApplication.processEvents()
    assert main_window.workspace.sizes() == before


def test_tab_titles_stay_readable_with_the_full_title_as_tooltip(qtbot, main_window, demo_ids):
    for article_id in demo_ids[:6]:
        open_article(qtbot, main_window, article_id)
    tabs = main_window.tabs
    assert tabs.count() == 6
    bar = tabs.tabBar()
    readable = bar.fontMetrics().horizontalAdvance("M" * 6)
    for i in range(tabs.count()):
        title = main_window.editors()[i].title()
        assert tabs.tabToolTip(i) == title[:300]
        assert len(tabs.tabText(i)) <= TAB_TITLE_CHARS
        assert bar.tabRect(i).width() >= readable, tabs.tabText(i)
