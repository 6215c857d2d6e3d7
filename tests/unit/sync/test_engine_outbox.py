"""The outbox drain: dependency order, coalescing, reconciling, and push-then-pull as a no-op."""

from __future__ import annotations

from sqlalchemy import select
from sync_fakes import FakeCms

from editor_app.core.store.models import OutboxOp, Revision
from editor_app.core.sync.errors import OutcomeUnknown


def _ops(desk) -> list[OutboxOp]:
    with desk.store.read() as s:
        return list(s.scalars(select(OutboxOp).order_by(OutboxOp.id)))


def test_terms_are_created_before_the_posts_that_carry_them(site_desk, cms: FakeCms, run_sync):
    site_desk.terms.add_section("Local", parent="News")
    art = site_desk.articles.create("Offline story", body="Body", sections=["Local"], tags=["harbour", "港"])

    report = run_sync()

    assert report.ok and report.push.created == 1
    names = [arg for name, arg in cms.calls if name in ("create_term", "create_post")]
    assert names.index("Offline story") > max(names.index(n) for n in ("Local", "News", "harbour", "港"))
    post = cms.posts[site_desk.articles.get(art.id).remote_id]
    local = next(t for t in cms.terms["category"].values() if t.name == "Local")
    news = next(t for t in cms.terms["category"].values() if t.name == "News")
    assert post.categories == (local.id,) and local.parent == news.id  # the hierarchy reached the site
    assert {cms.terms["post_tag"][t].name for t in post.tags} == {"harbour", "港"}
    assert _ops(site_desk) == []


def test_repeated_saves_coalesce_into_one_request(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Draft", body="v0")
    for n in range(1, 6):
        site_desk.articles.update(art.id, body=f"v{n}")
    assert len([o for o in _ops(site_desk) if o.kind == "article.save"]) == 1

    run_sync()
    assert cms.count("create_post") == 1
    assert "v5" in cms.posts[site_desk.articles.get(art.id).remote_id].content

    for n in range(6, 9):
        site_desk.articles.update(art.id, body=f"v{n}")
    run_sync()
    assert cms.count("create_post") == 1 and cms.count("update_post") == 1
    assert "v8" in cms.posts[site_desk.articles.get(art.id).remote_id].content
    assert not site_desk.articles.get(art.id).dirty


def test_push_then_pull_of_an_unchanged_article_changes_nothing(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Stable", body="Same **text**", tags=["x"])
    run_sync()
    before = site_desk.articles.get(art.id)
    with site_desk.store.read() as s:
        revisions = s.scalars(select(Revision.id).where(Revision.article_id == art.id)).all()

    report = run_sync()

    after = site_desk.articles.get(art.id)
    assert after == before
    assert report.pull.changed == 0 and report.conflicts == 0 and report.push.sent == 0
    assert cms.count("update_post") == 0
    with site_desk.store.read() as s:
        assert s.scalars(select(Revision.id).where(Revision.article_id == art.id)).all() == revisions


def test_a_create_whose_answer_was_lost_is_found_on_the_site_not_sent_again(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Lost answer", body="text")
    cms.fail("create_post", OutcomeUnknown("read timeout", method="POST", route="/wp/v2/posts"), after_applying=True)

    report = run_sync()

    assert report.ok and report.push.created == 1
    assert cms.count("create_post") == 1 and cms.count("find_posts_by_marker") == 1
    assert len(cms.posts) == 1
    assert site_desk.articles.get(art.id).remote_id == next(iter(cms.posts))


def test_a_create_that_never_arrived_is_checked_then_sent_once(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Never arrived", body="text")
    cms.fail("create_post", OutcomeUnknown("connection reset", method="POST", route="/wp/v2/posts"))

    first = run_sync()
    assert first.push.created == 0 and len(cms.posts) == 0
    op = [o for o in _ops(site_desk) if o.kind == "article.save"][0]
    assert op.state == "unknown" and op.next_attempt_at is not None

    with site_desk.store.write() as s:  # its backoff has passed
        s.get(OutboxOp, op.id).next_attempt_at = None
    second = run_sync()

    assert second.push.created == 1 and len(cms.posts) == 1
    assert cms.count("find_posts_by_marker") == 2  # checked after the failure and again before the retry
    assert site_desk.articles.get(art.id).remote_id in cms.posts


def test_an_operation_left_sending_by_a_killed_process_is_reconciled(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Killed midway", body="text")
    run_sync()  # sections and the post exist; now pretend a second create was in flight at a kill
    post_id = site_desk.articles.get(art.id).remote_id
    with site_desk.store.write() as s:
        from editor_app.core.store.models import Article

        row = s.scalars(select(Article).where(Article.id == art.id)).one()
        row.remote_id, row.remote_modified_gmt, row.dirty = None, None, True
        s.add(OutboxOp(site_id=1, kind="article.save", entity=art.id, payload={}, state="sending", attempts=1,
                       last_error="", created_at=row.updated_at, updated_at=row.updated_at))

    report = run_sync()

    assert report.recovered == 1
    assert cms.count("create_post") == 1 and len(cms.posts) == 1
    assert site_desk.articles.get(art.id).remote_id == post_id
    assert not site_desk.articles.get(art.id).dirty


def test_deletions_go_after_updates_and_terms_after_posts(site_desk, cms: FakeCms, run_sync):
    site_desk.terms.add_tag("old-tag")
    art = site_desk.articles.create("Tagged", body="x", tags=["old-tag"])
    gone = site_desk.articles.create("To purge", body="y")
    run_sync()
    cms.calls.clear()

    site_desk.terms.delete_tag("old-tag")  # touches the article: its save must precede the delete
    site_desk.articles.delete(gone.id)
    site_desk.articles.delete(gone.id, purge=True)
    report = run_sync()

    assert report.ok
    order = [name for name, _ in cms.calls if name in ("update_post", "delete_post", "delete_term")]
    assert order.index("update_post") < order.index("delete_term")
    assert cms.posts[site_desk.articles.get(art.id).remote_id].tags == ()
    assert all(t.name != "old-tag" for t in cms.terms["post_tag"].values())
    assert _ops(site_desk) == []


def test_local_work_is_not_claimed_by_a_site_unless_asked(site_desk, cms: FakeCms, run_sync):
    site_desk.articles.create("Unassigned", body="x")
    report = run_sync(claim_unassigned=False)
    assert report.push.created == 0 and cms.count("create_post") == 0
    report = run_sync(claim_unassigned=True)
    assert report.push.created == 1


def test_the_publish_format_preference_chooses_block_markup_or_plain_html(site_desk, cms: FakeCms, run_sync):
    from dataclasses import replace

    from editor_app.core.preferences import Preferences

    art = site_desk.articles.create("Formats", body="First paragraph.\n\nSecond one.")
    run_sync()
    post_id = site_desk.articles.get(art.id).remote_id
    assert "<!-- wp:paragraph -->" in cms.posts[post_id].content

    site_desk.preferences.save(replace(Preferences(), publish_format="html"))
    site_desk.articles.update(art.id, body="First paragraph.\n\nSecond, edited.")
    run_sync()

    content = cms.posts[post_id].content
    assert "<p>Second, edited.</p>" in content and "<!-- wp:" not in content


def test_block_markup_follows_the_sites_wordpress_version(site_desk, cms: FakeCms, run_sync):
    cms.wordpress_version = "6.1.9"
    old = site_desk.articles.create("On 6.1", body="## Heading\n\n- item\n")
    run_sync()
    cms.wordpress_version = "6.8.3"
    new = site_desk.articles.create("On 6.8", body="## Heading\n\n- item\n")
    run_sync()
    sent_61 = cms.posts[site_desk.articles.get(old.id).remote_id].content
    sent_68 = cms.posts[site_desk.articles.get(new.id).remote_id].content
    assert "<h2 id=" in sent_61 and "<ul>" in sent_61 and "wp-block-heading" not in sent_61
    assert '<h2 class="wp-block-heading"' in sent_68 and '<ul class="wp-block-list">' in sent_68


def test_the_marker_goes_with_the_create_only(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Marked", body="v0")
    run_sync()
    site_desk.articles.update(art.id, body="v1")
    run_sync()
    assert [(name, changes.marker) for name, changes in cms.sent] == [("create_post", art.id), ("update_post", None)]
    assert cms.posts[site_desk.articles.get(art.id).remote_id].marker is None
