"""A pulled post is "Updated" when the site last changed it, not when the desk synced."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sync_fakes import FakeCms

from editor_app.core.domain import Change
from editor_app.core.preview_source import preview_html

PUBLISHED = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
EDITED = datetime(2024, 3, 2, 18, 5, tzinfo=UTC)


def test_pulled_posts_carry_the_sites_modification_time(site_desk, cms: FakeCms, run_sync):
    post = cms.add_post("Harbour plan", "<p>x</p>", date_gmt=PUBLISHED, modified_gmt=EDITED)
    cms.add_post("Untouched", "<p>y</p>", date_gmt=PUBLISHED, modified_gmt=PUBLISHED)

    run_sync()

    rows = {r.title: r for r in site_desk.articles.list()}
    assert rows["Harbour plan"].updated_at == EDITED  # the list's "Updated" column
    article = site_desk.articles.get(rows["Harbour plan"].id)
    assert (article.published_at, article.updated_at) == (PUBLISHED, EDITED)
    page = preview_html(site_desk, article.id)
    assert f'<time datetime="{EDITED.isoformat()}">' in page  # the preview's "Updated" line
    untouched = site_desk.articles.get(rows["Untouched"].id)
    assert untouched.updated_at == PUBLISHED
    assert 'class="updated"' not in preview_html(site_desk, untouched.id)  # never edited after publication

    later = cms.tick()
    cms.posts[post.id] = replace(cms.posts[post.id], content="<p>x, corrected</p>", modified_gmt=later)
    run_sync()
    again = site_desk.articles.get(article.id)
    assert again.body == "x, corrected" and again.updated_at == later


def test_a_local_edit_is_updated_now(site_desk, cms: FakeCms, run_sync):
    cms.add_post("Rain", "<p>x</p>", date_gmt=PUBLISHED, modified_gmt=EDITED)
    run_sync()
    [row] = site_desk.articles.list()
    art, change = site_desk.articles.update(row.id, body="x, rewritten")
    assert change != Change() and art.updated_at > EDITED
