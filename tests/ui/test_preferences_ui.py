"""Edit → Preferences…: the choices are kept per desk and take effect in the open window at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from editor_app.core.preferences import Preferences, PreferencesFile
from editor_app.ui.app import THEME_PROPERTY, apply_palette
from editor_app.ui.preferences.dialog import PreferencesDialog


def open_article(qtbot, window, article_id):
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.editor_for(article_id) is not None, timeout=5000)
    return window.editor_for(article_id)


def test_the_dialog_shows_and_returns_every_preference(qtbot, main_window):
    chosen = replace(
        Preferences(),
        default_site="Daily",
        default_language="ko",
        interface_language="ja",
        editor_font_size=17,
        theme="dark",
        spellcheck_enabled=True,
        spellcheck_languages=("en_GB",),
        autosave_seconds=6.5,
        preview_width=640,
        publish_format="html",
        headline_limits={"en": 10, "ja": 28, "ko": 33},
        dek_limits={"en": 30, "ja": 70, "ko": 75},
    )
    dialog = PreferencesDialog(chosen, ["Daily", "Weekly"], main_window)
    qtbot.addWidget(dialog)
    assert dialog.values() == chosen.validated()
    dialog.korean.setChecked(True)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    assert dialog.values().spellcheck_languages == ("en_GB", "ko_KR")
    assert dialog.values().theme == "light"


def test_preferences_persist_and_apply_live(qtbot, make_window, demo_ids, qt_desk):
    window = make_window()
    editor = open_article(qtbot, window, demo_ids[0])
    app = QApplication.instance()
    window.show_preferences()
    dialog = window.preferences_dialog
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.interface_language

    dialog.font_size.setValue(19)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.autosave.setValue(9.0)
    dialog.preview_width.setValue(400)
    dialog.spellcheck.setChecked(False)
    dialog.publish_format.setCurrentIndex(dialog.publish_format.findData("html"))
    dialog.headline_limits["en"].setValue(3)
    dialog.default_language.setCurrentIndex(dialog.default_language.findData("ja"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()

    # applied to what is open
    assert editor.body.font().pointSize() == 19
    assert app.property(THEME_PROPERTY) == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert editor.autosave._max_wait.interval() == 9000
    assert abs(window.workspace.sizes()[1] - 400) <= 2
    assert not window.spelling.enabled
    headline = editor.metadata.headline.text()
    assert len(headline.split()) > 3
    assert editor.metadata.headline_length.property("over") is True
    assert editor.metadata.headline_length.text().endswith("/3 words")

    # kept in the desk's config folder
    qt_desk.lane.wait_idle()
    saved = PreferencesFile.in_folder(qt_desk.desk.paths.config_dir).load()
    assert (saved.editor_font_size, saved.theme, saved.publish_format) == (19, "dark", "html")
    assert saved.autosave_seconds == 9.0 and saved.headline_limit("en") == 3

    # a new article takes the default language; a new window starts with the saved preferences
    assert window.navigator.facets.lang is None  # no language filter: the preference decides
    window.actions["new"].trigger()
    qtbot.waitUntil(lambda: window.current_editor() is not editor, timeout=5000)
    assert window.current_editor().metadata.language() == "ja"
    dialog.close()
    again = make_window()
    assert again.prefs.editor_font_size == 19
    apply_palette(app)
    app.setProperty(THEME_PROPERTY, "system")
    apply_palette(app)


def test_dek_and_headline_thresholds_count_characters_in_japanese(qtbot, main_window, demo_ids):
    editor = open_article(qtbot, main_window, demo_ids[6])  # a Japanese demo article
    assert editor.metadata.language() == "ja"
    main_window.use_preferences(replace(main_window.prefs, headline_limits={"ja": 5}))
    label = editor.metadata.headline_length
    count = sum(1 for ch in editor.metadata.headline.text() if not ch.isspace())
    assert label.text() == f"{count}/5 characters" and label.property("over") is True
    main_window.use_preferences(replace(main_window.prefs, headline_limits={"ja": 500}))
    assert label.property("over") is False and label.text().endswith("/500 characters")


def test_a_damaged_preferences_file_is_reported_and_the_defaults_used(qtbot, make_window, qt_desk):
    path = qt_desk.desk.preferences.path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"theme": "dark",', encoding="utf-8")
    window = make_window()
    assert window.prefs == Preferences()
    assert "preferences.json" in window.statusBar().currentMessage()
    assert path.read_text(encoding="utf-8") == '{"theme": "dark",'  # untouched until the user saves
    window.use_preferences(replace(window.prefs, theme="light"))
    qt_desk.lane.wait_idle()
    qtbot.waitUntil(lambda: "unreadable" in window.statusBar().currentMessage(), timeout=3000)
    assert path.with_name("preferences.json.unreadable").read_text(encoding="utf-8") == '{"theme": "dark",'
    assert PreferencesFile(path).load().theme == "light"
    QApplication.instance().setProperty(THEME_PROPERTY, "system")
    apply_palette(QApplication.instance())


def test_the_default_site_takes_new_local_work(qtbot, main_window):
    main_window.use_preferences(replace(main_window.prefs, default_site="Weekly"))
    qtbot.waitUntil(lambda: main_window.sync is not None, timeout=5000)
    assert main_window.sync.default_site == "Weekly"
