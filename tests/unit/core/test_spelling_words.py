"""Spellcheck in the core: which words are prose, checking with the system's real dictionaries
(Enchant over hunspell, installed by scripts/setup.sh), and the desk's personal word list."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.spelling import PersonalWords, Speller, prose_words


@pytest.fixture
def speller(tmp_path: Path) -> Speller:
    s = Speller(PersonalWords(tmp_path / "dictionary.txt"))
    for tag in ("en_US", "en_GB", "ko_KR"):
        assert s.load(tag), f"the {tag} dictionary is missing: run scripts/setup.sh"
    return s


def words(line: str) -> list[str]:
    return [w for _, w in prose_words(line)]


def test_markup_code_and_addresses_are_not_prose() -> None:
    line = (
        "## Teh `recieved codez` see https://exmaple.com/pth and [linky](http://x.y/zzqq \"ttl\") "
        "<span clas='x'>ok</span> mail bob@exmaple.org {#anchr .klass} note[^fnote] NATO COVID19 snake_case x"
    )
    assert words(line) == ["Teh", "see", "and", "linky", "ok", "mail", "note"]
    offsets = dict((w, o) for o, w in prose_words(line))
    assert line[offsets["linky"] : offsets["linky"] + 5] == "linky"


def test_english_misspellings_are_found_with_their_offsets(speller: Speller) -> None:
    found = speller.misspellings("Teh council recieved the *budget*.", "en")
    assert [(m.start, m.length, m.word) for m in found] == [(0, 3, "Teh"), (12, 8, "recieved")]
    assert "received" in speller.suggestions("recieved", "en")


def test_us_and_uk_english_differ(speller: Speller) -> None:
    assert [m.word for m in speller.misspellings("The colour of the programme", "en", "en_US")] == [
        "colour",
        "programme",
    ]
    assert speller.misspellings("The colour of the programme", "en", "en_GB") == []


def test_korean_is_checked_and_latin_words_in_it_with_english(speller: Speller) -> None:
    assert speller.misspellings("대통령이 연설했다", "ko") == []
    assert [m.word for m in speller.misspellings("대퉁령이 연설했다 recieved", "ko")] == ["대퉁령이", "recieved"]
    assert "대통령이" in speller.suggestions("대퉁령이", "ko")


def test_japanese_is_not_checked(speller: Speller) -> None:
    assert speller.tags_for("ja") == ()
    assert speller.misspellings("東京で Teh recieved 会議", "ja") == []


def test_a_missing_dictionary_means_no_marks_not_an_error(tmp_path: Path) -> None:
    s = Speller(PersonalWords(tmp_path / "dictionary.txt"))
    assert s.load("xx_XX") is False
    assert s.is_missing("xx_XX")
    assert s.load("xx_XX") is False  # asked again: the answer is remembered
    assert s.misspellings("Teh recieved", "en") == []  # en_US not loaded yet: nothing marked


def test_personal_words_are_accepted_and_persist(tmp_path: Path, speller: Speller) -> None:
    assert [m.word for m in speller.misspellings("Osei scored", "en")] == ["Osei"]
    speller.accept("Osei")
    assert speller.misspellings("Osei scored", "en") == []
    speller.personal.save()
    assert (tmp_path / "dictionary.txt").read_text(encoding="utf-8") == "Osei\n"
    again = Speller(PersonalWords(tmp_path / "dictionary.txt"))
    again.load("en_US")
    assert again.misspellings("Osei scored", "en") == []


def test_an_unreadable_word_list_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "dictionary.txt"
    path.write_bytes(b"\xff\xfe not utf-8")
    personal = PersonalWords(path)
    personal.add("Osei")
    with pytest.raises(OSError, match="not overwritten"):
        personal.save()
    assert path.read_bytes() == b"\xff\xfe not utf-8"


def test_without_english_korean_articles_check_only_korean(speller: Speller) -> None:
    assert speller.tags_for("en", "") == ()
    assert speller.tags_for("ko", "") == ("ko_KR",)
    assert [m.word for m in speller.misspellings("대퉁령이 recieved", "ko", "")] == ["대퉁령이"]
    assert speller.suggestions("recieved", "ko", "") == []
