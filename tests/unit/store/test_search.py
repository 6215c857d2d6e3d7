"""Full-text search: Japanese and Korean words of any length, English prefixes, safe queries."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.desk import Desk
from editor_app.core.store.search import build_query, index_text


@pytest.fixture
def newsroom(desk: Desk) -> dict[str, str]:
    a = desk.articles
    return {
        "ja": a.create(
            "東京都知事選、投票率は過去最低",
            body="東京都知事選の投票が行われ、投票率は過去最低となった。大阪の市長も談話を出した。猫も見ていた。",
            lang="ja",
            sections=["politics"],
            tags=["選挙"],
        ).id,
        "ko": a.create(
            "서울 시장 선거 결과 발표",
            body="서울에서 시장 선거가 열렸다. 투표율은 역대 최저였다. 경제 정책이 쟁점이었다.",
            lang="ko",
            sections=["politics"],
            tags=["선거"],
        ).id,
        "en": a.create(
            "Mayor wins re-election in Springfield",
            body="The mayor of Springfield won the election with a narrow margin. Turnout was low.",
            sections=["news"],
            tags=["elections"],
        ).id,
        "en_body": a.create(
            "City budget passes",
            body="The council passed the budget. The mayor said the vote was fair.",
            sections=["business"],
        ).id,
    }


def ids(desk: Desk, query: str) -> list[str]:
    return [h.row.id for h in desk.articles.search(query)]


@pytest.mark.parametrize(
    "query, key",
    [
        ("東京都知事選", "ja"),  # long word
        ("投票率", "ja"),  # three characters inside running text
        ("大阪", "ja"),  # two characters
        ("市長", "ja"),  # two characters, mid-sentence
        ("猫", "ja"),  # one character
        ("選挙", "ja"),  # the tag
        ("서울", "ko"),  # two syllables with a particle attached in the body (서울에서)
        ("투표율", "ko"),
        ("경제", "ko"),
        ("선거", "ko"),
        ("Springfield", "en"),
        ("springf", "en"),  # search as you type: the last word is a prefix
    ],
)
def test_finds_words_of_any_length_in_each_language(desk: Desk, newsroom: dict[str, str], query: str, key: str) -> None:
    assert newsroom[key] in ids(desk, query)


def test_does_not_match_across_unrelated_text(desk: Desk, newsroom: dict[str, str]) -> None:
    assert ids(desk, "京大") == []  # 東京 + 大阪 characters, but never adjacent
    assert ids(desk, "선거 Springfield") == []  # all terms must match


def test_headline_hits_rank_above_body_hits(desk: Desk, newsroom: dict[str, str]) -> None:
    assert ids(desk, "mayor")[:2] == [newsroom["en"], newsroom["en_body"]]


@pytest.mark.parametrize(
    "query",
    ['"mayor', "mayor*", "-mayor", "NEAR(mayor budget)", "mayor) OR (", "AND", "title:mayor", "^mayor", "''", "*"],
)
def test_fts_syntax_is_searched_as_text_and_never_raises(desk: Desk, newsroom: dict[str, str], query: str) -> None:
    found = ids(desk, query)
    words = build_query(query).terms
    if words == ("mayor",):  # punctuation around one word: found like the plain word
        assert newsroom["en"] in found
    elif "mayor" in words:  # operators are words too, and every word must match
        assert found == [] or newsroom["en"] in found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_query_never_raises(desk: Desk, query: str) -> None:
    desk.articles.search(query)
    desk.articles.count(
        __import__("editor_app.core.services.articles", fromlist=["ListFilter"]).ListFilter(query=query)
    )


def test_index_follows_edits_tags_and_deletion(desk: Desk, newsroom: dict[str, str]) -> None:
    ja = newsroom["ja"]
    desk.articles.update(ja, body="名古屋で新しい公園が開園した。")
    assert ja not in ids(desk, "大阪")
    assert ja in ids(desk, "名古屋")
    desk.terms.rename_tag("選挙", "地方選挙")
    assert ja in ids(desk, "地方選挙")
    desk.articles.delete(ja)
    assert ja not in ids(desk, "名古屋")


def test_query_builder_quotes_every_term() -> None:
    q = build_query('東京 "x" NEAR')
    assert q.match == '"東京" AND "x" AND "NEAR"*'
    assert build_query("  ").match is None
    assert index_text("東京都") == " 東京 京都 都 "
