"""Images: content-addressed storage, type checks, featured image, queued for upload, text edited later."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from editor_app.core.desk import Desk
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.preview_source import preview_article, source_from_article
from editor_app.core.services.media import MAX_ALT_CHARS
from editor_app.core.store.models import Article, MediaAsset, OutboxOp


def png(path: Path, rgb: tuple[int, int, int] = (200, 30, 30)) -> Path:
    raw = b"".join(b"\x00" + bytes(rgb) * 4 for _ in range(4))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def test_add_featured_image_stores_one_copy_and_shows_in_preview(desk: Desk, tmp_path: Path) -> None:
    art = desk.articles.create("Flood", body="Water rose.")
    first = desk.media.add(art.id, png(tmp_path / "a.png"), alt="Flooded street", caption="Main St.", credit="AP")
    again = desk.media.add(art.id, png(tmp_path / "b.png"), alt="Same picture", featured=True)
    assert first.path == again.path and first.path.exists()
    assert len(list(desk.paths.media_dir.iterdir())) == 1
    assert desk.media.featured(art.id) == again
    desk.media.set_featured(art.id, first.id)
    shown = preview_article(source_from_article(desk, desk.articles.get(art.id)))
    assert shown.featured_image_url == first.path.as_uri()
    assert (shown.featured_alt, shown.featured_caption, shown.featured_credit) == ("Flooded street", "Main St.", "AP")
    with desk.store.read() as s:
        uploads = s.scalars(select(OutboxOp).where(OutboxOp.kind == "media.upload")).all()
    assert len(uploads) == 2


def test_non_images_are_refused(desk: Desk, tmp_path: Path) -> None:
    art = desk.articles.create("Flood")
    doc = tmp_path / "notes.txt"
    doc.write_text("not an image")
    with pytest.raises(InvalidInput, match="notes.txt: not a JPEG, PNG, GIF or WebP image"):
        desk.media.add(art.id, doc)
    with pytest.raises(InvalidInput, match="cannot read"):
        desk.media.add(art.id, tmp_path / "missing.png")
    assert desk.media.list(art.id) == []


def _ops(desk: Desk, kind: str) -> list[OutboxOp]:
    with desk.store.read() as s:
        return list(s.scalars(select(OutboxOp).where(OutboxOp.kind == kind).order_by(OutboxOp.id)))


def _as_uploaded(desk: Desk, media_id: int, remote_id: int = 501) -> None:
    """What a push leaves behind: the image on the site, its upload done."""
    with desk.store.write() as s:
        s.get(MediaAsset, media_id).remote_id = remote_id
        for op in s.scalars(select(OutboxOp).where(OutboxOp.kind == "media.upload")):
            s.delete(op)


def test_update_changes_the_text_and_the_pending_upload_carries_it(desk: Desk, tmp_path: Path) -> None:
    art = desk.articles.create("Flood")
    added = desk.media.add(art.id, png(tmp_path / "a.png"), alt="Street", caption="Main St.", credit="AP",
                           featured=True)

    updated = desk.media.update(added.id, alt="Flooded street at dawn", credit="Reuters")

    assert (updated.alt, updated.caption, updated.credit) == ("Flooded street at dawn", "Main St.", "Reuters")
    assert desk.media.featured(art.id) == updated
    shown = preview_article(source_from_article(desk, desk.articles.get(art.id)))
    assert (shown.featured_alt, shown.featured_credit) == ("Flooded street at dawn", "Reuters")
    # Not on the site yet: the one upload sends the text the image has when it leaves.
    assert [op.entity for op in _ops(desk, "media.upload")] == [str(added.id)]
    assert _ops(desk, "media.update") == []


def test_updates_of_an_uploaded_image_queue_one_coalesced_operation(desk: Desk, tmp_path: Path) -> None:
    art = desk.articles.create("Flood")
    added = desk.media.add(art.id, png(tmp_path / "a.png"), alt="Street", caption="Main St.")
    _as_uploaded(desk, added.id)
    dirty_before = desk.articles.get(art.id).updated_at

    desk.media.update(added.id, alt="Flooded street")
    desk.media.update(added.id, alt="Flooded street at dawn")
    desk.media.update(added.id, caption="Main St., 7 a.m.")

    [op] = _ops(desk, "media.update")
    assert op.entity == str(added.id) and op.state == "pending"
    assert op.payload == {"alt_text": True, "caption": True}  # the engine sends the current values of both
    assert desk.articles.get(art.id).updated_at == dirty_before  # the post itself did not change


def test_a_credit_is_sent_in_the_caption_and_unchanged_values_stay_local(desk: Desk, tmp_path: Path) -> None:
    art = desk.articles.create("Flood")
    added = desk.media.add(art.id, png(tmp_path / "a.png"), alt="Street", caption="Main St.", credit="AP")
    _as_uploaded(desk, added.id)

    desk.media.update(added.id, alt="Street", caption="Main St.", credit="AP")  # the same text again
    assert _ops(desk, "media.update") == []
    desk.media.update(added.id, credit="Reuters")  # WordPress has no credit field: the caption carries it

    assert [op.payload for op in _ops(desk, "media.update")] == [{"caption": True}]
    [stored] = desk.media.list(art.id)
    assert (stored.alt, stored.caption, stored.credit, stored.featured) == ("Street", "Main St.", "Reuters", False)


def test_an_update_while_the_upload_may_be_under_way_is_sent_after_it(desk: Desk, tmp_path: Path) -> None:
    art = desk.articles.create("Flood")
    added = desk.media.add(art.id, png(tmp_path / "a.png"), alt="Street")
    with desk.store.write() as s:  # the upload left with the old text, its answer not back (or lost)
        s.scalars(select(OutboxOp).where(OutboxOp.kind == "media.upload")).one().state = "sending"

    desk.media.update(added.id, alt="Flooded street")

    assert [(op.entity, op.payload) for op in _ops(desk, "media.update")] == [(str(added.id), {"alt_text": True})]


def test_update_refuses_unknown_images_and_overlong_alt_text(desk: Desk, tmp_path: Path) -> None:
    art = desk.articles.create("Flood")
    added = desk.media.add(art.id, png(tmp_path / "harbour.png"), alt="Street")
    with pytest.raises(NotFound, match="no image with id 9999 in this desk"):
        desk.media.update(9999, alt="x")
    with pytest.raises(NotFound, match="no image with id 'abc'"):
        desk.media.update("abc", alt="x")  # type: ignore[arg-type]

    long_alt = "a" * (MAX_ALT_CHARS + 1)
    with pytest.raises(InvalidInput, match=rf"image {added.id} \(harbour.png\): the alt text is 1,001 characters"):
        desk.media.update(added.id, alt=long_alt, caption="kept out too")
    assert (desk.media.list(art.id)[0].alt, desk.media.list(art.id)[0].caption) == ("Street", "")
    assert desk.media.update(added.id, alt="b" * MAX_ALT_CHARS).alt == "b" * MAX_ALT_CHARS
    with pytest.raises(InvalidInput, match="other.png: the alt text is 1,001 characters"):
        desk.media.add(art.id, png(tmp_path / "other.png"), alt=long_alt)


def test_unsetting_the_featured_image_marks_the_article_for_the_next_push(desk: Desk, tmp_path: Path) -> None:
    art = desk.articles.create("Flood")
    added = desk.media.add(art.id, png(tmp_path / "a.png"), featured=True)
    _as_uploaded(desk, added.id)
    with desk.store.write() as s:
        for op in s.scalars(select(OutboxOp)):
            s.delete(op)
        s.scalars(select(Article).where(Article.id == art.id)).one().dirty = False

    change = desk.media.set_featured(art.id, None)

    assert change.articles == {art.id} and change.outbox
    assert desk.media.featured(art.id) is None and [m.id for m in desk.media.list(art.id)] == [added.id]
    assert desk.articles.get(art.id).dirty
    assert [op.entity for op in _ops(desk, "article.save")] == [art.id]
