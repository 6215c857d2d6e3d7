"""Bylines: matching a byline to a site author, choosing where it goes, the byline paragraph
(judged by the block editors of WordPress 6.8 and 6.1) and reading a pulled post's byline back."""

from __future__ import annotations

import pytest

from editor_app.core.sync.bylines import (
    BYLINE_CLASS,
    SiteAuthor,
    SiteBylines,
    byline_paragraph,
    detect_field,
    effective_field,
    match_author,
    normalize_name,
    plan_byline,
    pulled_byline,
    split_byline,
    with_byline_paragraph,
    without_author,
)

AUTHORS = (
    SiteAuthor(2, "Jane Doe"),
    SiteAuthor(3, "山田 太郎"),
    SiteAuthor(4, "김민수"),
    SiteAuthor(5, "Sam Lee"),
    SiteAuthor(6, "Sam  LEE"),  # two accounts with one name
)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Jane Doe", 2),
        ("  jane   DOE ", 2),
        ("By Jane Doe", 2),
        ("Ｊａｎｅ Ｄｏｅ", 2),  # full-width letters
        ("山田太郎", 3),
        ("山田\u3000太郎", 3),  # ideographic space
        ("김 민수", 4),
        ("Jane", None),
        ("Jane Doe and Sam Lee", None),
        ("Sam Lee", None),  # ambiguous: never a guess
        ("", None),
    ],
)
def test_a_byline_matches_an_author_by_display_name(byline: str, expected: int | None) -> None:
    found = match_author(byline, AUTHORS)
    assert (found.id if found else None) == expected


def test_names_are_compared_without_case_width_or_spaces() -> None:
    assert normalize_name("ÉMILE  Zola") == normalize_name("émile zola") == "émilezola"
    assert normalize_name("김 민수") == normalize_name("김민수")


def test_a_byline_field_is_detected_by_its_common_names_and_a_setting_wins() -> None:
    assert detect_field(["footnotes", "Byline"]) == "Byline"
    assert detect_field(["footnotes"]) is None
    assert effective_field(None, ["footnotes", "byline"]) == "byline"
    assert effective_field("", ["byline"]) is None  # chosen: no field
    assert effective_field("writer", ["writer", "byline"]) == "writer"
    assert effective_field("writer", ["byline"]) is None  # the site no longer exposes it


EDITOR = SiteBylines(AUTHORS, (), None, may_set_author=True)
AUTHOR_ACCOUNT = SiteBylines(AUTHORS, (), None, may_set_author=False)
WITH_FIELD = SiteBylines(AUTHORS, ("byline",), "byline", may_set_author=False)


def test_an_editor_sets_the_author() -> None:
    plan = plan_byline("Jane Doe", EDITOR)
    assert (plan.placement, plan.author_id, plan.choice_needed) == ("author", 2, False)


def test_an_author_account_falls_back_to_the_field_and_says_why() -> None:
    plan = plan_byline("Jane Doe", WITH_FIELD)
    assert (plan.placement, plan.field, plan.author_refused, plan.author_id) == ("field", "byline", True, None)


def test_a_byline_with_nowhere_to_go_needs_a_choice_and_is_kept_meanwhile() -> None:
    plan = plan_byline("A Freelancer", AUTHOR_ACCOUNT)
    assert (plan.placement, plan.choice_needed) == ("block", True)
    assert plan_byline("A Freelancer", AUTHOR_ACCOUNT, "block").choice_needed is False
    dropped = plan_byline("A Freelancer", AUTHOR_ACCOUNT, "drop")
    assert (dropped.placement, dropped.choice_needed) == ("drop", False)
    assert plan_byline("  ", AUTHOR_ACCOUNT).placement == "none"


def test_a_refused_author_falls_back_to_the_chosen_place() -> None:
    plan = plan_byline("Jane Doe", EDITOR, "block")
    after = without_author(plan, EDITOR, "block")
    assert (after.placement, after.author_refused) == ("block", True)
    field_site = SiteBylines(AUTHORS, ("byline",), "byline", may_set_author=True)
    assert without_author(plan_byline("Jane Doe", field_site), field_site, None).placement == "field"


@pytest.mark.parametrize(
    ("byline", "lang"),
    [("Jane Doe", "en"), ("山田 太郎", "ja"), ("김민수", "ko"), ("O'Brien & <Sons>", "en"), ("By Jane", "en")],
)
@pytest.mark.parametrize("fmt", ["blocks", "html"])
def test_the_byline_paragraph_reads_back_exactly(byline: str, lang: str, fmt: str) -> None:
    body = "<!-- wp:paragraph -->\n<p>The story.</p>\n<!-- /wp:paragraph -->"
    content = with_byline_paragraph(body, byline, lang, fmt)
    assert BYLINE_CLASS in content
    rest, found = split_byline(content)
    assert (rest, found) == (body, byline)


def test_only_a_leading_byline_paragraph_is_taken() -> None:
    body = '<!-- wp:paragraph -->\n<p>Intro.</p>\n<!-- /wp:paragraph -->\n\n' + byline_paragraph("Jane")
    assert split_byline(body) == (body, None)
    other = '<!-- wp:paragraph {"className":"lead"} -->\n<p class="lead">Lead.</p>\n<!-- /wp:paragraph -->'
    assert split_byline(other) == (other, None)


def test_a_byline_paragraph_edited_in_the_block_editor_still_reads() -> None:
    edited = (
        '<!-- wp:paragraph {"className":"copydesk-byline has-small-font-size"} -->\n'
        '<p class="copydesk-byline has-small-font-size">By Jane Doe</p>\n<!-- /wp:paragraph -->\n\n<p>x</p>'
    )
    assert split_byline(edited) == ("<p>x</p>", "Jane Doe")


def test_a_pulled_post_takes_its_byline_from_paragraph_then_field_then_author() -> None:
    site = SiteBylines(AUTHORS, ("byline",), "byline", own_user_id=9)
    para = with_byline_paragraph("<p>x</p>", "Reporter One")
    assert pulled_byline(para, {"byline": "Other"}, 2, site) == ("Reporter One", "paragraph")
    assert pulled_byline("<p>x</p>", {"byline": "Field Name"}, 2, site) == ("Field Name", "field")
    assert pulled_byline("<p>x</p>", {"byline": ""}, 3, site) == ("山田 太郎", "author")
    assert pulled_byline("<p>x</p>", {}, 77, site) == (None, "")


def test_the_byline_paragraph_passes_the_block_editors(block_editors) -> None:
    body = "<!-- wp:paragraph -->\n<p>The story.</p>\n<!-- /wp:paragraph -->"
    documents = {
        f"{lang}": with_byline_paragraph(body, name, lang)
        for lang, name in (("en", "Jane O'Doe & Co"), ("ja", "山田 太郎"), ("ko", "김민수"))
    }
    for editor in block_editors:
        verdicts = editor.check_many(documents)
        for name, verdict in verdicts.items():
            assert verdict.acceptable, f"{name}: {verdict.explain()}"
            assert verdict.names()[0] == "core/paragraph"
