"""A live post's address stays put: once the site publishes it, a headline edit no longer moves
the slug (links to the story keep working); before that the slug follows the headline."""

from __future__ import annotations

from sync_fakes import FakeCms

from editor_app.core.desk import Desk


def _post(cms: FakeCms):
    (post,) = cms.posts.values()
    return post


def test_a_draft_slug_follows_the_headline_and_a_live_one_stays(site_desk: Desk, cms: FakeCms, run_sync) -> None:
    article = site_desk.articles.create("Harbour plan", body="The board voted.")
    run_sync()
    site_desk.articles.update(article.id, title="Harbour plan approved")
    assert site_desk.articles.get(article.id).slug == "harbour-plan-approved"  # still a draft: follows

    site_desk.publishing.publish(article.id)
    run_sync()
    live = site_desk.articles.get(article.id)
    assert _post(cms).status == "publish" and live.slug_manual and live.slug == "harbour-plan-approved"

    site_desk.articles.update(article.id, title="Harbour plan approved after long debate")
    run_sync()
    assert site_desk.articles.get(article.id).slug == "harbour-plan-approved"
    assert _post(cms).slug == "harbour-plan-approved"  # the address readers have keeps working
    assert _post(cms).title == "Harbour plan approved after long debate"
