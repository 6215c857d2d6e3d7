"""Edited on both sides → a conflict, never an overwrite; resolving keeps both versions."""

from __future__ import annotations

from sqlalchemy import select
from sync_fakes import FakeCms

from editor_app.core.store.models import Revision


def _reasons(desk, article_id: str) -> list[str]:
    with desk.store.read() as s:
        return list(s.scalars(select(Revision.reason).where(Revision.article_id == article_id).order_by(Revision.id)))


def _synced(site_desk, run_sync, title: str = "Shared story", body: str = "Original body."):
    art = site_desk.articles.create(title, body=body)
    run_sync()
    return site_desk.articles.get(art.id)


def test_both_sides_changed_gives_a_conflict_and_sends_nothing(site_desk, cms: FakeCms, run_sync):
    art = _synced(site_desk, run_sync)
    theirs = cms.edit_on_site(art.remote_id, content="<p>Edited on the site.</p>")
    site_desk.articles.update(art.id, body="Edited on the desk.")

    report = run_sync()

    assert report.conflicts == 1 and report.pull.conflicts == 1
    assert cms.count("update_post") == 0
    assert cms.posts[art.remote_id] == theirs  # the site's text untouched
    assert site_desk.articles.get(art.id).body == "Edited on the desk."  # ours untouched
    [c] = site_desk.conflicts.list()
    assert c.kind == "edited"
    assert c.base.body == "Original body." and c.mine.body == "Edited on the desk."
    assert "Edited on the site." in c.theirs.body


def test_a_conflict_found_at_push_time_is_recorded_too(site_desk, cms: FakeCms, run_sync):
    art = _synced(site_desk, run_sync)
    cms.edit_on_site(art.remote_id, title="Site title")
    site_desk.articles.update(art.id, title="Desk title")

    report = run_sync(pull_first=False)  # only the push's modified_gmt check can see it

    assert report.push.conflicts == 1 and cms.count("update_post") == 0
    assert cms.posts[art.remote_id].title == "Site title"
    [c] = site_desk.conflicts.list()
    assert (c.mine.title, c.theirs.title) == ("Desk title", "Site title")


def test_keep_mine_sends_mine_and_keeps_both_in_history(site_desk, cms: FakeCms, run_sync):
    art = _synced(site_desk, run_sync)
    cms.edit_on_site(art.remote_id, content="<p>Theirs.</p>")
    site_desk.articles.update(art.id, body="Mine.")
    run_sync()
    [c] = site_desk.conflicts.list()

    site_desk.conflicts.resolve(c.id, "mine")
    report = run_sync()

    assert report.ok and report.conflicts == 0 and report.push.updated == 1
    assert "Mine." in cms.posts[art.remote_id].content
    reasons = _reasons(site_desk, art.id)
    assert "conflict-mine" in reasons and "conflict-theirs" in reasons
    assert not site_desk.articles.get(art.id).dirty


def test_keep_theirs_takes_the_site_text_and_sends_nothing(site_desk, cms: FakeCms, run_sync):
    art = _synced(site_desk, run_sync)
    cms.edit_on_site(art.remote_id, content="<p>Theirs wins.</p>")
    site_desk.articles.update(art.id, body="Mine loses.")
    run_sync()
    [c] = site_desk.conflicts.list()
    cms.calls.clear()

    site_desk.conflicts.resolve(c.id, "theirs")
    report = run_sync()

    now = site_desk.articles.get(art.id)
    assert now.body == "Theirs wins." and not now.dirty
    assert cms.count("update_post") == 0 and report.conflicts == 0
    reasons = _reasons(site_desk, art.id)
    assert "conflict-mine" in reasons and "conflict-theirs" in reasons
    with site_desk.store.read() as s:
        bodies = set(s.scalars(select(Revision.body).where(Revision.article_id == art.id)))
    assert "Mine loses." in bodies  # never lost


def test_merged_text_is_sent(site_desk, cms: FakeCms, run_sync):
    art = _synced(site_desk, run_sync)
    cms.edit_on_site(art.remote_id, content="<p>A</p>")
    site_desk.articles.update(art.id, body="B")
    run_sync()
    [c] = site_desk.conflicts.list()
    site_desk.conflicts.resolve(c.id, "merged", {"title": "Merged", "dek": "", "body": "A and B"})
    run_sync()
    assert cms.posts[art.remote_id].title == "Merged" and "A and B" in cms.posts[art.remote_id].content


def test_a_site_change_without_local_edits_is_pulled(site_desk, cms: FakeCms, run_sync):
    art = _synced(site_desk, run_sync)
    cms.edit_on_site(art.remote_id, content="<p>Corrected on the site.</p>", title="Corrected")
    report = run_sync()
    now = site_desk.articles.get(art.id)
    assert report.pull.updated == 1 and report.conflicts == 0
    assert (now.title, now.body, now.dirty) == ("Corrected", "Corrected on the site.", False)
    assert _reasons(site_desk, art.id)[-1] == "pulled"


def test_a_post_deleted_on_the_site_asks_the_user(site_desk, cms: FakeCms, run_sync):
    art = _synced(site_desk, run_sync)
    del cms.posts[art.remote_id]
    site_desk.articles.update(art.id, body="Still working on it")

    report = run_sync()
    assert report.push.missing == 1 and report.conflicts == 1
    [c] = site_desk.conflicts.list()
    assert c.kind == "deleted" and c.theirs is None

    site_desk.conflicts.resolve(c.id, "mine")  # recreate
    report = run_sync()
    now = site_desk.articles.get(art.id)
    assert report.push.created == 1 and now.remote_id != art.remote_id and now.remote_id in cms.posts


def test_accepting_a_deletion_moves_the_article_to_the_trash(site_desk, cms: FakeCms, run_sync):
    art = _synced(site_desk, run_sync)
    cms.delete_post(art.remote_id)  # to the site's trash
    site_desk.articles.update(art.id, body="edit")
    run_sync()
    [c] = site_desk.conflicts.list()
    site_desk.conflicts.resolve(c.id, "theirs")
    report = run_sync()
    assert site_desk.articles.get(art.id).status.value == "trash"
    assert report.push.sent == 0 and report.conflicts == 0


def test_an_edit_on_the_site_in_the_same_second_is_still_seen(site_desk, cms: FakeCms, run_sync):
    """modified_gmt has whole seconds: the text digest catches what the timestamp cannot."""
    art = _synced(site_desk, run_sync)
    seen = cms.posts[art.remote_id].modified_gmt
    cms.edit_on_site(art.remote_id, content="<p>Same second.</p>")
    cms.posts[art.remote_id] = cms.posts[art.remote_id].__class__(
        **{**cms.posts[art.remote_id].__dict__, "modified_gmt": seen}
    )
    site_desk.articles.update(art.id, body="Desk edit.")

    report = run_sync(pull_first=False)

    assert report.push.conflicts == 1 and cms.count("update_post") == 0
    assert "Same second." in cms.posts[art.remote_id].content


def test_an_open_conflict_shows_mine_as_it_is_now_not_as_it_was_when_found(site_desk, cms: FakeCms, run_sync):
    """Writing on after a conflict was found: the choice offers the current text, and a resolution
    records the text it actually kept or replaced."""
    art = _synced(site_desk, run_sync)
    cms.edit_on_site(art.remote_id, content="<p>Theirs.</p>")
    site_desk.articles.update(art.id, body="Mine.")
    run_sync()
    site_desk.articles.update(art.id, body="Mine.\n\nWritten after the conflict was found.")

    [c] = site_desk.conflicts.list()
    assert c.mine.body == "Mine.\n\nWritten after the conflict was found."
    site_desk.conflicts.resolve(c.id, "theirs")
    [done] = site_desk.conflicts.list(include_resolved=True)
    assert done.mine.body == "Mine.\n\nWritten after the conflict was found."
