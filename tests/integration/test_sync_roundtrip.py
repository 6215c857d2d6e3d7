"""The desk and a real WordPress: what the desk sends is what the site holds, and back."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from editor_app.core.desk import Desk
from editor_app.core.services.syncing import sync_site
from editor_app.core.store.models import Revision
from editor_app.core.sync.cms import PostChanges
from editor_app.core.sync.engine import SyncReport


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def sync(desk: Desk, **kwargs) -> SyncReport:
    kwargs.setdefault("claim_unassigned", True)
    return sync_site(desk, "wp", **kwargs)


def test_articles_sections_and_tags_reach_the_site_and_come_back(make_desk, wp_client):
    desk = make_desk("editor")
    parent, child, tag = unique("Region"), unique("City"), unique("港湾")
    desk.terms.add_section(parent)
    desk.terms.add_section(child, parent=parent)
    art = desk.articles.create(unique("Harbour plan"), dek="The short version", body="First *para*.\n\n## Sub\n\nMore.",
                               sections=[child], tags=[tag])
    report = sync(desk)
    assert report.ok, report.summary()

    admin = wp_client("admin")
    local = desk.articles.get(art.id)
    post = admin.get_post(local.remote_id)
    assert post.title == art.title and post.excerpt == "The short version" and "<em>para</em>" in post.content
    assert post.marker == art.id and post.status == "draft"
    cats = {t.id: t for t in admin.list_terms("category")}
    [cat_id] = post.categories
    assert cats[cat_id].name == child and cats[cats[cat_id].parent].name == parent
    assert [t.name for t in admin.list_terms("post_tag") if t.id in post.tags] == [tag]

    # update: text, a rename of the section, a new tag
    desk.articles.update(art.id, title=art.title + " (updated)", tags=[tag, "second"])
    desk.terms.rename_section(child, child + " renamed")
    assert sync(desk).ok
    post = admin.get_post(local.remote_id)
    assert post.title == art.title + " (updated)"
    assert admin.get_term("category", cat_id).name == child + " renamed"
    assert {t.name for t in admin.list_terms("post_tag") if t.id in post.tags} == {tag, "second"}

    # delete: the tag, then the article (trash, then purge)
    tag_id = next(t.id for t in admin.list_terms("post_tag") if t.name == "second")
    desk.terms.delete_tag("second")
    desk.articles.delete(art.id)
    assert sync(desk).ok
    assert admin.get_post(local.remote_id).status == "trash"
    assert tag_id not in {t.id for t in admin.list_terms("post_tag")}
    desk.articles.delete(art.id, purge=True)
    assert sync(desk).ok
    from editor_app.core.sync.errors import NotFoundRemote

    with pytest.raises(NotFoundRemote):
        admin.get_post(local.remote_id)


def test_posts_written_on_the_site_are_pulled_in_three_languages(make_desk, wp_client):
    editor = wp_client("editor")
    ja_html = "<!-- wp:paragraph --><p>都庁で<strong>会見</strong>が開かれた。</p><!-- /wp:paragraph -->"
    ja = editor.create_post(PostChanges(title=unique("東京都知事、新方針を発表"), status="publish", content=ja_html))
    ko = editor.create_post(PostChanges(title=unique("서울시 예산안 통과"), status="draft",
                                        content="<p>시의회는 <em>오늘</em> 예산안을 의결했다.</p>"))
    en = editor.create_post(PostChanges(title=unique("Council backs budget"), status="pending",
                                        content="<h2>Vote</h2><ul><li>For: 12</li><li>Against: 3</li></ul>"))
    desk = make_desk("editor")

    report = sync(desk)

    assert report.ok and report.pull.created >= 3
    by_remote = {a.remote_id: a for a in (desk.articles.get(r.id) for r in desk.articles.list(limit=10000))}
    a_ja, a_ko, a_en = by_remote[ja.id], by_remote[ko.id], by_remote[en.id]
    assert (a_ja.lang, a_ja.title, a_ja.status.value) == ("ja", ja.title, "publish")
    assert "**会見**" in a_ja.body and "wp:paragraph" not in a_ja.body
    assert (a_ko.lang, a_ko.status.value) == ("ko", "draft") and "*오늘*" in a_ko.body
    assert a_en.lang == "en" and a_en.status.value == "pending" and "## Vote" in a_en.body
    assert not any(a.dirty for a in (a_ja, a_ko, a_en))


def test_push_then_pull_of_an_unchanged_article_changes_nothing(make_desk):
    desk = make_desk("editor")
    art = desk.articles.create(unique("Unchanged"), body="Text with a [link](https://example.com) and 日本語.",
                               tags=[unique("t")])
    assert sync(desk).ok
    before = desk.articles.get(art.id)
    with desk.store.read() as s:
        revisions = s.scalars(select(Revision.id).where(Revision.article_id == art.id)).all()

    report = sync(desk)

    assert report.ok and report.conflicts == 0 and report.push.sent == 0
    assert desk.articles.get(art.id) == before
    with desk.store.read() as s:
        assert s.scalars(select(Revision.id).where(Revision.article_id == art.id)).all() == revisions


def test_edits_on_both_sides_become_a_conflict_never_an_overwrite(make_desk, wp_client):
    desk = make_desk("editor")
    art = desk.articles.create(unique("Contested"), body="Original.")
    assert sync(desk).ok
    remote_id = desk.articles.get(art.id).remote_id
    site = wp_client("admin")
    site.update_post(remote_id, PostChanges(content="<p>Changed on the site.</p>", marker=art.id))
    desk.articles.update(art.id, body="Changed on the desk.")

    report = sync(desk)

    assert report.conflicts == 1
    assert "Changed on the site." in site.get_post(remote_id).content  # not overwritten
    assert desk.articles.get(art.id).body == "Changed on the desk."  # not overwritten
    [conflict] = desk.conflicts.list()
    assert conflict.theirs.body == "Changed on the site." and conflict.base.body == "Original."

    desk.conflicts.resolve(conflict.id, "mine")
    report = sync(desk)
    assert report.ok and report.conflicts == 0
    assert "Changed on the desk." in site.get_post(remote_id).content


def test_a_contributor_publish_becomes_a_pending_review(make_desk, wp_client):
    desk = make_desk("contributor")
    art = desk.articles.create(unique("Contributor copy"), body="Please review.")
    assert sync(desk).ok
    request = desk.publishing.publish(art.id)
    assert request.status.value == "pending"

    report = sync(desk)

    assert report.ok, report.summary()
    local = desk.articles.get(art.id)
    assert local.status.value == "pending"
    assert wp_client("admin").get_post(local.remote_id).status == "pending"


def test_a_schedule_uses_date_gmt_and_the_site_status(make_desk, wp_client):
    desk = make_desk("author")
    art = desk.articles.create(unique("Embargoed"), body="Not before Tuesday.")
    at = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    desk.publishing.publish(art.id, at=at)
    assert sync(desk).ok
    local = desk.articles.get(art.id)
    post = wp_client("admin").get_post(local.remote_id)
    assert post.status == "future" and post.date_gmt == at  # the site is in Asia/Tokyo: no shift
    assert local.status.value == "future" and local.scheduled_at == at

    past = datetime.now(UTC) - timedelta(days=1)
    desk.publishing.publish(art.id, at=past.replace(microsecond=0))
    assert sync(desk).ok
    assert desk.articles.get(art.id).status.value == "publish"  # what the site answered


def test_an_update_that_overwrote_another_save_is_shown_as_a_conflict(make_desk, wp_client, wp_site) -> None:
    """WordPress cannot make an update conditional: another save can land between the desk's read
    of the post and its write. The desk notices from the site's revisions and shows a conflict."""
    from editor_app.core.sync.wordpress import WordPressClient

    desk = make_desk("editor")
    art = desk.articles.create(unique("Levee"), body="The levee held.")
    assert sync(desk).ok
    remote_id = desk.articles.get(art.id).remote_id
    desk.articles.update(art.id, body="The levee held.\n\nMine: the river fell overnight.")
    admin = wp_client("admin")
    theirs_paragraph = "<!-- wp:paragraph -->\n<p>Theirs: the mayor visited at dawn.</p>\n<!-- /wp:paragraph -->"
    raced: list[int] = []

    class SaveLandsMeanwhile(WordPressClient):
        """The real client, with another desk's save arriving right after the push read the post."""

        def get_post(self, post_id: int):  # noqa: ANN201
            post = super().get_post(post_id)
            if post_id == remote_id and not raced:
                raced.append(post_id)
                admin.update_post(post_id, PostChanges(content=post.content + "\n\n" + theirs_paragraph))
            return post

    user = wp_site.user("editor")
    client = SaveLandsMeanwhile(wp_site.base_url, user.username, user.app_password)
    try:
        report = sync_site(desk, "wp", client, claim_unassigned=True)
    finally:
        client.close()
    assert raced == [remote_id]
    assert "Mine: the river fell" in admin.get_post(remote_id).content  # our write went in
    [conflict] = desk.conflicts.list()
    assert "Theirs: the mayor visited" in conflict.theirs.body and "Mine:" in conflict.mine.body
    assert report.open_conflicts == 1

    desk.conflicts.resolve(conflict.id, "theirs")  # their text goes back on the site
    assert sync(desk).ok
    content = admin.get_post(remote_id).content
    assert "Theirs: the mayor visited" in content and "Mine:" not in content
    assert not desk.articles.get(art.id).dirty and not desk.conflicts.list()
