"""Images: content-addressed storage, type checks, featured image, queued for upload."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select

from editor_app.core.desk import Desk
from editor_app.core.errors import InvalidInput
from editor_app.core.preview_source import preview_article
from editor_app.core.store.models import OutboxOp


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
    shown = preview_article(desk, desk.articles.get(art.id))
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
