"""The list's Length column says what it counts: words, CJK characters, or both, as the status bar does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from i18n_support import compile_translations
from PySide6.QtCore import Qt

from editor_app.core.desk import Desk
from editor_app.ui.articles.model import TITLE, WORDS
from editor_app.ui.i18n import Translations
from editor_app.ui.main_window import MainWindow

ENGLISH = "The council met on Monday and voted to rebuild the harbour wall."  # 12 words
JAPANESE = "市議会は月曜日に防潮堤の再建を決めた。"  # 18 CJK characters
MIXED = "The NHK report said 港の工事 starts soon."  # 6 words and 4 characters


@pytest.fixture
def articles(qt_desk) -> dict[str, str]:
    desk: Desk = qt_desk.desk
    return {
        "en": desk.articles.create("Harbour wall", body=ENGLISH).id,
        "ja": desk.articles.create("防潮堤", body=JAPANESE, lang="ja").id,
        "mixed": desk.articles.create("Harbour works", body=MIXED).id,
    }


def length_cell(qtbot, window: MainWindow, title: str) -> str:
    model = window.list_panel.model
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=10_000)
    row = next(r for r in range(model.rowCount()) if model.index(r, TITLE).data() == title)
    return model.index(row, WORDS).data()


def wait_status_count(qtbot, window: MainWindow, article_id: str, expected: str) -> None:
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.stats_label.text().split(" · ")[0] == expected, timeout=8000)


def test_each_row_says_whether_it_counts_words_or_characters(qtbot, make_window, articles) -> None:
    window = make_window(reopen=False)
    model = window.list_panel.model
    assert model.headerData(WORDS, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Length"
    assert length_cell(qtbot, window, "Harbour wall") == "12 words"
    assert length_cell(qtbot, window, "防潮堤") == "18 characters"
    assert length_cell(qtbot, window, "Harbour works") == "6 words + 4 characters"
    # the status bar counts the open article the same way
    wait_status_count(qtbot, window, articles["mixed"], "6 words + 4 characters")
    wait_status_count(qtbot, window, articles["ja"], "18 characters")


def test_the_row_follows_what_is_typed(qtbot, make_window, articles) -> None:
    window = make_window(reopen=False)
    assert length_cell(qtbot, window, "Harbour wall") == "12 words"
    window.open_article(articles["en"])
    qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=5000)
    editor = window.current_editor()
    cursor = editor.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    editor.body.insertPlainText(" 港の工事")  # as an input method commits it
    assert editor.autosave.wait_saved()
    qtbot.waitUntil(lambda: length_cell(qtbot, window, "Harbour wall") == "12 words + 4 characters", timeout=5000)


@pytest.fixture(scope="module")
def qm_folder(tmp_path_factory) -> Path:
    return compile_translations(tmp_path_factory.mktemp("translations"))


@pytest.fixture
def translations(qapp, qm_folder) -> Iterator[Translations]:
    made = Translations(qapp, qm_folder)
    yield made
    made.use("en")


@pytest.mark.parametrize(("language", "header", "english", "japanese"), [
    ("ja", "長さ", "12 語", "18 文字"),
    ("ko", "분량", "12단어", "18자"),
])
def test_the_column_is_translated(qtbot, make_window, articles, translations, language, header, english, japanese):
    assert translations.use(language)
    window = make_window(reopen=False)
    model = window.list_panel.model
    assert model.headerData(WORDS, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == header
    assert length_cell(qtbot, window, "Harbour wall") == english
    assert length_cell(qtbot, window, "防潮堤") == japanese
