"""Revisions: coalesced autosaves, manual save points, diff and restore that lose nothing."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, update

from editor_app.core.desk import Desk
from editor_app.core.domain import RevisionReason
from editor_app.core.store.models import Revision


def _age_revisions(desk: Desk, article_id: str, by: timedelta) -> None:
    with desk.store.write() as s:
        shifted = func.datetime(Revision.created_at, f"-{int(by.total_seconds())} seconds")
        s.execute(update(Revision).where(Revision.article_id == article_id).values(created_at=shifted))


def test_autosaves_make_at_most_one_revision_a_minute(desk: Desk) -> None:
    art = desk.articles.create("Budget", body="v0")
    desk.articles.update(art.id, body="v1", autosave=True)
    desk.articles.update(art.id, body="v2", autosave=True)
    desk.articles.update(art.id, body="v3", autosave=True)
    reasons = [r.reason.value for r in desk.revisions.list(art.id)]
    assert reasons == ["autosave", "created"]
    assert desk.articles.get(art.id).body == "v3"  # the text itself is always current

    _age_revisions(desk, art.id, timedelta(minutes=2))
    desk.articles.update(art.id, body="v4", autosave=True)
    assert [r.reason.value for r in desk.revisions.list(art.id)] == ["autosave", "autosave", "created"]


def test_manual_saves_always_record_changed_text(desk: Desk) -> None:
    art = desk.articles.create("Budget", body="v0")
    desk.articles.update(art.id, body="v1")
    desk.articles.update(art.id, body="v2")
    assert [r.reason.value for r in desk.revisions.list(art.id)] == ["manual", "manual", "created"]
    desk.articles.update(art.id, body="v2")  # unchanged: nothing to record
    assert len(desk.revisions.list(art.id)) == 3


def test_save_point_captures_autosaved_text(desk: Desk) -> None:
    art = desk.articles.create("Budget", body="v0")
    desk.articles.update(art.id, body="v1", autosave=True)
    desk.articles.update(art.id, body="v2", autosave=True)  # coalesced: v2 is not in history yet
    assert desk.articles.save_point(art.id).revisions == {art.id}
    assert desk.revisions.text(art.id, desk.revisions.list(art.id)[0].id)[2] == "v2"
    assert not desk.articles.save_point(art.id).revisions


def test_a_save_point_is_recorded_over_an_autosave_of_the_same_text(desk: Desk) -> None:
    """Ctrl+S a moment after an autosave stored the text: the history shows the save point."""
    art = desk.articles.create("Budget", body="v0")
    desk.articles.update(art.id, body="v1", autosave=True)
    assert [r.reason for r in desk.revisions.list(art.id)][:1] == [RevisionReason.AUTOSAVE]
    assert desk.articles.save_point(art.id).revisions == {art.id}
    newest = desk.revisions.list(art.id)[0]
    assert newest.reason is RevisionReason.MANUAL and desk.revisions.text(art.id, newest.id)[2] == "v1"
    assert not desk.articles.save_point(art.id).revisions  # a second Ctrl+S: the point is there


def test_diff_shows_the_change(desk: Desk) -> None:
    art = desk.articles.create("予算案", body="歳出は100兆円。\n\n税収は減った。", lang="ja")
    first = desk.revisions.list(art.id)[-1].id
    desk.articles.update(art.id, body="歳出は110兆円。\n\n税収は減った。")
    diff = desk.revisions.diff(art.id, first)
    assert "-歳出は100兆円。" in diff
    assert "+歳出は110兆円。" in diff
    assert " 税収は減った。" in diff


def test_restore_keeps_the_current_text_and_records_itself(desk: Desk) -> None:
    art = desk.articles.create("Budget", body="original")
    original = desk.revisions.list(art.id)[-1].id
    desk.articles.update(art.id, body="edited", autosave=True)
    desk.articles.update(art.id, body="edited again", autosave=True)  # not yet in history
    desk.revisions.restore(art.id, original)
    assert desk.articles.get(art.id).body == "original"
    revs = desk.revisions.list(art.id)
    assert revs[0].reason.value == "restore"
    bodies = [desk.revisions.text(art.id, r.id)[2] for r in revs]
    assert "edited again" in bodies  # nothing the user wrote is lost
    assert bodies[-1] == "original"
