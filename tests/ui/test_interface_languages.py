"""The interface in English, Japanese and Korean: menus and dialogs translated, nothing clipped,
and switching language while writing loses nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from i18n_support import clipped_widgets, compile_translations
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from editor_app.core.domain import Term
from editor_app.ui.editor.actions import MENUS, SPECS
from editor_app.ui.host import WindowHost
from editor_app.ui.i18n import Translations, system_language

LANGUAGES = ("en", "ja", "ko")
# What a Japanese or Korean reader must see in the menu bar: a few fixed points, beside the
# check below that every menu entry differs from the English.
MENU_TITLES = {
    "ja": ("ファイル(&F)", "編集(&E)", "表示(&V)", "ヘルプ(&H)"),
    "ko": ("파일(&F)", "편집(&E)", "보기(&V)", "도움말(&H)"),
    "en": ("&File", "&Edit", "&View", "&Help"),
}


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory) -> Path:
    return compile_translations(tmp_path_factory.mktemp("translations"))


@pytest.fixture
def translations(qapp, qm_folder) -> Iterator[Translations]:
    made = Translations(qapp, qm_folder)
    yield made
    made.use("en")


def menu_texts(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menus_speak_the_interface_language(make_window, demo_ids, translations, language):
    assert translations.use(language)
    window = make_window()
    titles = menu_texts(window)
    for expected in MENU_TITLES[language]:
        assert expected in titles
    menus = {a.menu().objectName(): a.text() for a in window.menuBar().actions()}
    for source, _keys in MENUS:
        title = menus[f"menu_{source.replace('&', '').lower()}"]
        assert title == QCoreApplication.translate("Actions", source)
        assert (title == source) == (language == "en"), title
    for spec in SPECS:
        text = window.actions[spec.key].text()
        assert text == QCoreApplication.translate("Actions", spec.text)
        assert (text == spec.text) == (language == "en"), f"{spec.key}: {text!r} is not translated"
    if language != "en":  # the Site menu arrives with the sync layer, translated too
        assert window.sync is not None
        site = next(a.menu() for a in window.menuBar().actions() if a.menu().objectName() == "siteMenu")
        assert all(a.text() != "&Sync Now" for a in site.actions())
    assert clipped_widgets(window) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_editor_and_the_dialogs_fit_their_translated_text(qtbot, make_window, demo_ids, translations, language):
    assert translations.use(language)
    window = make_window()
    window.open_article(demo_ids[0])
    qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=5000)
    editor = window.current_editor()
    editor.find_bar.open_bar(replace=True)
    assert clipped_widgets(editor) == []
    labels = [editor.metadata.layout().labelForField(f) for f in (editor.metadata.featured_alt,)]
    assert labels[0].text() == QCoreApplication.translate("MetadataPanel", "Alt text")

    from editor_app.ui.preferences.dialog import PreferencesDialog
    from editor_app.ui.taxonomy.dialogs import DeleteTermDialog, TermNameDialog

    section = Term(id=1, kind="section", name="政治", slug="politics", parent_id=None, article_count=12)
    dialogs = [
        PreferencesDialog(window.prefs, ["Daily"], window),
        TermNameDialog(QCoreApplication.translate("TaxonomyManager", "New Section"), "OK", slug="", parent=window),
        DeleteTermDialog(section, [section], children=2, parent=window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        if isinstance(dialog, PreferencesDialog):  # every page, not just the first
            for page in range(dialog.pages.count()):
                dialog.pages.setCurrentIndex(page)
                assert clipped_widgets(dialog.pages.currentWidget()) == [], dialog.pages.tabText(page)
        assert clipped_widgets(dialog) == [], dialog.windowTitle()
        assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        dialog.close()


def test_the_system_locale_chooses_the_language():
    assert system_language(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)) == "ja"
    assert system_language(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)) == "ko"
    assert system_language(QLocale(QLocale.Language.French, QLocale.Country.France)) == "en"


def test_switching_language_while_writing_loses_nothing(qtbot, qt_desk, demo_ids, translations, type_text):
    """The window is rebuilt in the new language with the same article open, the unsaved words
    saved first and the caret where it was."""
    host = WindowHost(qt_desk.desk, qt_desk.lane, qt_desk.compute, translations)
    window = host.open()  # the host deletes it once its successor is up
    window.open_article(demo_ids[0])
    qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=5000)
    editor = window.current_editor()
    cursor = editor.body.textCursor()
    cursor.setPosition(10)
    editor.body.setTextCursor(cursor)
    type_text(editor.body, "速報 ")
    assert editor.autosave.dirty  # typed a moment ago: not in the store yet

    from dataclasses import replace

    window.use_preferences(replace(window.prefs, interface_language="ja"))
    qtbot.waitUntil(lambda: host.window is not window, timeout=5000)
    rebuilt = host.window
    try:
        assert translations.language == "ja" and rebuilt.language == "ja"
        assert "ファイル(&F)" in menu_texts(rebuilt)
        qtbot.waitUntil(lambda: rebuilt.current_editor() is not None, timeout=5000)
        again = rebuilt.current_editor()
        assert again.article_id == demo_ids[0]
        assert again.body.toPlainText()[10:13] == "速報 "
        assert again.body.textCursor().position() == 13
        assert "速報 " in qt_desk.desk.articles.get(demo_ids[0]).body
        assert qt_desk.desk.preferences.load().interface_language == "ja"
    finally:
        from i18n_support import close_window

        close_window(rebuilt)
        QApplication.processEvents()


def test_a_missing_translation_file_keeps_english_and_says_so(qapp, tmp_path):
    empty = Translations(qapp, tmp_path)
    assert not empty.use("ko")
    assert empty.language == "en"
    assert QCoreApplication.translate("Actions", "&File") == "&File"


