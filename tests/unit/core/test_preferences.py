"""Preferences: a per-desk JSON file, validated field by field, never rewritten silently."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from editor_app.core.desk import Desk
from editor_app.core.paths import AppPaths
from editor_app.core.preferences import (
    PREFERENCES_FILENAME,
    Preferences,
    PreferencesError,
    PreferencesFile,
    length_unit,
    measure,
)
from editor_app.core.render import PUBLISH_FORMATS


def test_a_new_desk_has_the_defaults_and_a_saved_choice_comes_back(tmp_path):
    desk = Desk.open(AppPaths.resolve(tmp_path / "desk"))
    try:
        assert desk.preferences.load() == Preferences()
        chosen = replace(
            Preferences(),
            default_site="Tokyo Desk",
            default_language="ja",
            interface_language="ko",
            editor_font_family="Noto Sans Mono CJK JP",
            editor_font_size=15,
            theme="dark",
            spellcheck_enabled=False,
            spellcheck_languages=("en_GB", "ko_KR"),
            autosave_seconds=4,
            preview_width=700,
            publish_format="html",
            headline_limits={"ja": 25},
            dek_limits={"en": 40, "ko": 100},
        )
        desk.preferences.save(chosen)
        assert desk.preferences.path == tmp_path / "desk" / "config" / PREFERENCES_FILENAME
    finally:
        desk.close()

    again = PreferencesFile.in_folder(tmp_path / "desk" / "config").load()
    assert again.interface_language == "ko" and again.theme == "dark" and again.publish_format == "html"
    assert again.spellcheck_languages == ("en_GB", "ko_KR") and not again.spellcheck_enabled
    assert again.autosave_seconds == 4.0 and again.autosave_ms == 4000
    # the languages not chosen keep their defaults
    assert again.headline_limit("ja") == 25 and again.headline_limit("en") == 12
    assert again.dek_limit("ko") == 100 and again.dek_limit("ja") == 80
    saved = json.loads((tmp_path / "desk" / "config" / PREFERENCES_FILENAME).read_text("utf-8"))
    assert saved["version"] == 1 and saved["default_site"] == "Tokyo Desk"


def test_two_desks_keep_their_own_preferences(tmp_path):
    a = PreferencesFile.in_folder(AppPaths.resolve(tmp_path / "a").config_dir)
    b = PreferencesFile.in_folder(AppPaths.resolve(tmp_path / "b").config_dir)
    a.save(replace(Preferences(), theme="dark"))
    assert b.load().theme == "system" and a.load().theme == "dark"


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("theme", "sepia", "theme"),
        ("interface_language", "fr", "interface_language"),
        ("publish_format", "classic", "publish_format"),
        ("editor_font_size", 0, "editor_font_size"),
        ("editor_font_size", "12", "editor_font_size"),
        ("autosave_seconds", 0.1, "autosave_seconds"),
        ("preview_width", 99999, "preview_width"),
        ("spellcheck_languages", ("ja_JP",), "spellcheck_languages"),
        ("headline_limits", {"en": -3}, "headline_limits[en]"),
        ("dek_limits", {"xx": 10}, "dek_limits language"),
        ("spellcheck_enabled", "yes", "spellcheck_enabled"),
    ],
)
def test_a_bad_value_is_refused_naming_the_field(tmp_path, field, value, named):
    target = PreferencesFile.in_folder(tmp_path)
    with pytest.raises(PreferencesError) as caught:
        target.save(replace(Preferences(), **{field: value}))
    assert named in str(caught.value)
    assert not target.path.exists()  # nothing half-written


def test_a_damaged_file_names_file_and_line_and_is_kept_when_saving_over_it(tmp_path):
    target = PreferencesFile.in_folder(tmp_path)
    target.path.write_text('{\n  "theme": "dark",\n  "editor_font_size": ,\n}\n', encoding="utf-8")
    with pytest.raises(PreferencesError) as caught:
        target.load()
    assert str(target.path) in str(caught.value) and "line 3" in str(caught.value)
    prefs, problem = target.load_or_default()
    assert prefs == Preferences() and problem is not None

    kept = target.save(replace(Preferences(), theme="light"))

    assert kept == tmp_path / "preferences.json.unreadable"
    assert '"editor_font_size": ,' in kept.read_text("utf-8")  # what was there is not lost
    assert target.load().theme == "light"


def test_a_wrong_value_in_the_file_is_named_with_the_file(tmp_path):
    target = PreferencesFile.in_folder(tmp_path)
    target.path.write_text(json.dumps({"theme": "neon"}), encoding="utf-8")
    with pytest.raises(PreferencesError, match=r"preferences\.json: theme: 'neon'"):
        target.load()
    target.path.write_bytes(b'{"theme": "\xff"}')
    with pytest.raises(PreferencesError, match="not UTF-8"):
        target.load()
    target.path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(PreferencesError, match="JSON object"):
        target.load()


def test_keys_from_a_newer_version_are_ignored_not_fatal(tmp_path):
    target = PreferencesFile.in_folder(tmp_path)
    target.path.write_text(json.dumps({"theme": "dark", "hologram_mode": True}), encoding="utf-8")
    assert target.load().theme == "dark"


def test_publish_formats_are_the_renderers():
    from editor_app.core import preferences

    assert preferences.PUBLISH_FORMATS == PUBLISH_FORMATS


def test_lengths_count_characters_for_japanese_and_korean_and_words_for_english():
    assert length_unit("ja") == length_unit("ko") == "characters" and length_unit("en") == "words"
    assert measure("Harbour council passes a **leaner** budget", "en") == 6
    assert measure("東京都知事選、投票率は過去最低", "ja") == 15
    assert measure("지하철 신노선 개통", "ko") == 8  # spaces do not count
    assert measure("  ", "en") == 0


def test_the_spelling_languages_name_the_english_variant_and_korean():
    from editor_app.core.spelling import ENGLISH_VARIANTS, KOREAN

    prefs = replace(Preferences(), spellcheck_languages=("en_GB", KOREAN))
    assert prefs.english_dictionary == "en_GB" and prefs.english_dictionary in ENGLISH_VARIANTS
    assert prefs.checks_korean
    assert not replace(prefs, spellcheck_languages=("en_US",)).checks_korean
    assert set(Preferences().spellcheck_languages) == {*ENGLISH_VARIANTS, KOREAN}
