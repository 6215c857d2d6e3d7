"""Images after their first sync: new alt text and captions reach the site's attachment, and a
featured image removed on the desk is removed from the post."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from sqlalchemy import select
from sync_fakes import FakeCms

from editor_app.core.desk import Desk
from editor_app.core.domain import Media
from editor_app.core.store.models import OutboxOp
from editor_app.core.sync.cms import PostChanges
from editor_app.core.sync.errors import Forbidden, OutcomeUnknown
from editor_app.core.sync.wp_bodies import post_fields


def png(path: Path, rgb: tuple[int, int, int] = (20, 90, 160)) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(rgb) * 2 for _ in range(2))
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def _ops(desk: Desk) -> list[tuple[str, str, str]]:
    with desk.store.read() as s:
        return [(o.kind, o.entity, o.state) for o in s.scalars(select(OutboxOp).order_by(OutboxOp.id))]


def _synced_photo(desk: Desk, tmp_path: Path, run_sync, rgb: tuple[int, int, int] = (20, 90, 160)) -> tuple[str, Media]:
    art = desk.articles.create("Harbour at dawn", body="The tide came in.")
    media = desk.media.add(
        art.id, png(tmp_path / f"harbour-{rgb[0]}.png", rgb), alt="Harbour", caption="Old pier", featured=True
    )
    report = run_sync()
    assert report.ok and report.push.media == 1 and report.push.created == 1, report.summary()
    featured = desk.media.featured(art.id)
    assert featured is not None and featured.id == media.id
    return art.id, featured


def _update_calls(cms: FakeCms) -> list[object]:
    return [arg for name, arg in cms.calls if name == "update_media"]


def test_alt_text_and_caption_edited_after_the_first_sync_reach_the_site(site_desk, cms: FakeCms, run_sync, tmp_path):
    article_id, media = _synced_photo(site_desk, tmp_path, run_sync)
    post_id = site_desk.articles.get(article_id).remote_id
    post_before = cms.posts[post_id]

    site_desk.media.update(media.id, alt="The harbour at dawn, boats tied up")
    site_desk.media.update(media.id, caption="The old pier, 6 a.m.", credit="Staff photo")
    report = run_sync()

    assert report.ok and report.push.media == 1, report.summary()
    caption = "The old pier, 6 a.m. Photo: Staff photo"  # the credit travels in the caption
    assert _update_calls(cms) == [
        {"id": media.remote_id, "alt_text": "The harbour at dawn, boats tied up", "caption": caption}
    ]  # coalesced: one request
    remote = cms.media[media.remote_id]
    assert (remote.alt_text, remote.caption) == ("The harbour at dawn, boats tied up", caption)
    assert cms.posts[post_id] == post_before  # the post itself is not sent again
    assert _ops(site_desk) == []

    again = run_sync()
    assert again.push.sent == 0 and len(_update_calls(cms)) == 1


def test_only_the_edited_field_is_sent(site_desk, cms: FakeCms, run_sync, tmp_path):
    _, media = _synced_photo(site_desk, tmp_path, run_sync)
    site_desk.media.update(media.id, caption="Changed on the desk")

    assert run_sync().ok
    assert _update_calls(cms) == [{"id": media.remote_id, "alt_text": None, "caption": "Changed on the desk"}]
    assert cms.media[media.remote_id].alt_text == "Harbour"


def test_text_edited_before_the_first_sync_goes_with_the_upload(site_desk, cms: FakeCms, run_sync, tmp_path):
    art = site_desk.articles.create("Harbour", body="Text.")
    media = site_desk.media.add(art.id, png(tmp_path / "a.png"), alt="Harbour", featured=True)
    site_desk.media.update(media.id, alt="The harbour at dawn", caption="Old pier")

    assert run_sync().ok
    remote = cms.media[site_desk.media.featured(art.id).remote_id]
    assert (remote.alt_text, remote.caption) == ("The harbour at dawn", "Old pier")
    assert _update_calls(cms) == []


def test_an_edit_after_an_upload_whose_answer_was_lost_still_reaches_the_site(
    site_desk, cms: FakeCms, run_sync, tmp_path
):
    art = site_desk.articles.create("Harbour", body="Text.")
    media = site_desk.media.add(art.id, png(tmp_path / "a.png"), alt="Harbour", featured=True)
    cms.fail("upload_media", OutcomeUnknown("read timeout", method="POST", route="/wp/v2/media"), after_applying=True)
    run_sync()  # uploaded with the old alt text; the desk does not know yet
    assert ("media.upload", str(media.id), "unknown") in _ops(site_desk)

    site_desk.media.update(media.id, alt="The harbour at dawn")
    with site_desk.store.write() as s:  # its retry is due now
        for op in s.scalars(select(OutboxOp)):
            op.next_attempt_at = None
    report = run_sync()

    assert report.ok, report.summary()
    assert cms.count("upload_media") == 1 and cms.count("find_media_by_marker") == 1
    [remote] = cms.media.values()
    assert remote.alt_text == "The harbour at dawn" and site_desk.media.featured(art.id).remote_id == remote.id
    assert _ops(site_desk) == []


def test_an_image_deleted_on_the_site_is_uploaded_again_with_its_new_text(site_desk, cms: FakeCms, run_sync, tmp_path):
    article_id, media = _synced_photo(site_desk, tmp_path, run_sync)
    del cms.media[media.remote_id]
    site_desk.media.update(media.id, alt="The harbour at dawn")

    report = run_sync()

    assert report.ok, report.summary()
    again = site_desk.media.featured(article_id)
    assert again.remote_id not in (None, media.remote_id)
    assert cms.media[again.remote_id].alt_text == "The harbour at dawn"
    assert cms.posts[site_desk.articles.get(article_id).remote_id].featured_media == again.remote_id
    assert any("uploaded again" in note for note in report.push.notes)
    assert _ops(site_desk) == []


def test_an_account_that_may_not_edit_the_image_gets_a_clear_failure(site_desk, cms: FakeCms, run_sync, tmp_path):
    _, media = _synced_photo(site_desk, tmp_path, run_sync)
    site_desk.media.update(media.id, alt="The harbour at dawn")
    cms.fail(
        "update_media", Forbidden("Sorry, you are not allowed to edit this post.", code="rest_cannot_edit", status=403)
    )

    report = run_sync()

    [failure] = report.failures
    assert failure.kind == "media.update" and failure.entity == str(media.id)
    assert "harbour-20.png" in failure.message and "not allowed to edit this post" in failure.message
    assert report.state == "online"


def test_removing_the_featured_image_sends_featured_media_0(site_desk, cms: FakeCms, run_sync, tmp_path):
    article_id, media = _synced_photo(site_desk, tmp_path, run_sync)
    post_id = site_desk.articles.get(article_id).remote_id
    assert cms.posts[post_id].featured_media == media.remote_id

    site_desk.media.set_featured(article_id, None)
    report = run_sync()

    assert report.ok and report.push.updated == 1, report.summary()
    assert cms.posts[post_id].featured_media == 0
    assert not site_desk.articles.get(article_id).dirty and _ops(site_desk) == []
    assert run_sync().push.sent == 0  # and it stays that way


def test_replacing_the_featured_image_sends_the_new_one(site_desk, cms: FakeCms, run_sync, tmp_path):
    article_id, first = _synced_photo(site_desk, tmp_path, run_sync)
    second = site_desk.media.add(article_id, png(tmp_path / "pier.png", (200, 10, 10)), alt="Pier", featured=True)

    assert run_sync().ok
    remote_second = site_desk.media.featured(article_id).remote_id
    assert second.id != first.id and remote_second not in (None, first.remote_id)
    assert cms.posts[site_desk.articles.get(article_id).remote_id].featured_media == remote_second


def test_a_featured_image_chosen_on_the_site_is_left_alone(site_desk, cms: FakeCms, run_sync):
    cms.add_post("Written on the site", "<p>Text.</p>", featured_media=777)
    run_sync()
    [(article_id,)] = site_desk.store.rows("SELECT id FROM articles")
    article = site_desk.articles.get(article_id)

    site_desk.articles.update(article.id, dek="A new dek from the desk")
    assert run_sync().ok

    post = cms.posts[article.remote_id]
    assert post.excerpt == "A new dek from the desk" and post.featured_media == 777


def test_featured_media_0_is_put_on_the_wire():
    fields = post_fields(PostChanges(title="T", featured_media=0))
    assert fields["featured_media"] == 0
    assert "featured_media" not in post_fields(PostChanges(title="T"))
