"""The sync engine and bylines: the byline reaches the site where the site keeps it, a refused
author falls back without losing the story, and a pull reads the byline back."""

from __future__ import annotations

from dataclasses import replace

from sync_fakes import FakeCms

from editor_app.core.desk import Desk
from editor_app.core.sync.bylines import BYLINE_CLASS

BODY = "First paragraph of the story."


def _post(cms: FakeCms):
    (post,) = cms.posts.values()
    return post


def test_an_editor_makes_the_named_author_the_posts_author(site_desk: Desk, cms: FakeCms, run_sync) -> None:
    article = site_desk.articles.create("Budget", body=BODY, byline="jane  DOE")
    report = run_sync()
    post = _post(cms)
    assert post.author == 8
    assert BYLINE_CLASS not in post.content
    assert site_desk.articles.get(article.id).byline == "jane  DOE"
    assert report.push.notes == []


def test_an_author_account_cannot_set_the_author_and_is_told(site_desk: Desk, run_sync) -> None:
    cms = FakeCms(role="author")
    site_desk.articles.create("Budget", body=BODY, byline="Jane Doe")
    report = run_sync(cms)
    post = _post(cms)
    assert post.author == 7
    assert f'class="{BYLINE_CLASS}"' in post.content and "Jane Doe" in post.content
    assert any("may not make Jane Doe the post's author" in n for n in report.push.notes)


def test_a_site_byline_field_takes_the_byline(site_desk: Desk, run_sync) -> None:
    cms = FakeCms(role="contributor")
    cms.meta_fields = ("byline",)
    site_desk.articles.create("地震", body="本文。", byline="山田太郎", lang="ja")
    run_sync(cms)
    post = _post(cms)
    assert dict(post.meta) == {"byline": "山田太郎"}
    assert BYLINE_CLASS not in post.content


def test_a_byline_naming_no_author_is_kept_at_the_top_until_the_user_chooses(
    site_desk: Desk, cms: FakeCms, run_sync
) -> None:
    site_desk.articles.create("Budget", body=BODY, byline="A Freelancer")
    report = run_sync()
    assert "A Freelancer" in _post(cms).content
    assert any("names no author of the site" in n for n in report.push.notes)


def test_a_refused_author_still_publishes_with_the_byline_kept(site_desk: Desk, cms: FakeCms, run_sync) -> None:
    cms.refuse_author = True
    article = site_desk.articles.create("Budget", body=BODY, byline="Jane Doe")
    report = run_sync()
    post = _post(cms)
    assert post.author == 7 and "Jane Doe" in post.content
    assert any("refused to make Jane Doe the post's author" in n for n in report.push.notes)
    assert not report.failures
    assert site_desk.articles.get(article.id).dirty is False


def test_a_pulled_post_takes_its_byline_and_loses_the_paragraph(site_desk: Desk, cms: FakeCms, run_sync) -> None:
    article = site_desk.articles.create("Budget", body=BODY, byline="A Freelancer")
    run_sync()
    post = _post(cms)
    # Edited on the site: the pull brings the post back; byline and body stay as they were.
    cms.edit_on_site(post.id, title="Budget (updated)")
    run_sync()
    pulled = site_desk.articles.get(article.id)
    assert pulled.title == "Budget (updated)"
    assert (pulled.byline, pulled.body) == ("A Freelancer", BODY)


def test_new_posts_written_on_the_site_take_the_authors_name(site_desk: Desk, cms: FakeCms, run_sync) -> None:
    post = cms.add_post("From the site", "<p>Text.</p>")
    cms.posts[post.id] = replace(cms.posts[post.id], author=9)
    run_sync()
    (found,) = [a for a in site_desk.articles.list() if a.title == "From the site"]
    assert found.byline == "山田 太郎"


def test_publish_asks_where_a_byline_with_nowhere_to_go_goes(site_desk: Desk, cms: FakeCms, run_sync) -> None:
    import pytest

    from editor_app.core.errors import BylineChoiceNeeded

    site_desk.sites.check("daily", client=FakeCms(role="author"))
    article = site_desk.articles.create("Budget", body=BODY, byline="Jane Doe")
    assert site_desk.publishing.byline_plan(article.id).choice_needed
    with pytest.raises(BylineChoiceNeeded, match="--byline-fallback block"):
        site_desk.publishing.publish(article.id)
    assert site_desk.articles.get(article.id).status.value == "draft"  # nothing was queued
    request = site_desk.publishing.publish(article.id, byline_fallback="drop")
    assert "only an editor may" in request.note and "left off the site" in request.note
    run_sync(FakeCms(role="author"))
    assert site_desk.publishing.byline_plan(article.id).placement == "drop"


def test_dropping_the_byline_leaves_it_off_the_post(site_desk: Desk, cms: FakeCms, run_sync) -> None:
    article = site_desk.articles.create("Budget", body=BODY, byline="A Freelancer")
    site_desk.sites.check("daily", client=cms)
    site_desk.publishing.publish(article.id, byline_fallback="drop")
    report = run_sync()
    assert "A Freelancer" not in _post(cms).content
    assert not any("names no author" in n for n in report.push.notes)
    assert site_desk.articles.get(article.id).byline == "A Freelancer"  # kept on the desk
