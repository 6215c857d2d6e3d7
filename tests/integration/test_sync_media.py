"""Images from the desk to a real WordPress: uploaded once, featured, and shown in the post."""

from __future__ import annotations

import struct
import uuid
import zlib
from pathlib import Path

import httpx
from fault_proxy import FaultProxy
from sqlalchemy import select

from editor_app.core.desk import Desk
from editor_app.core.domain import Media
from editor_app.core.photo_credit import with_credit
from editor_app.core.services.syncing import sync_site
from editor_app.core.store.models import MediaAsset, OutboxOp
from editor_app.core.sync.engine import SyncReport
from editor_app.core.sync.push_terms import MediaPusher
from editor_app.core.sync.wordpress import WordPressClient

MEDIA = r"^/wp-json/wp/v2/media(\?|$)"
ALT = "夜の東京タワー"
CAPTION = "ライトアップされた東京タワー（港区）"
CREDIT = "写真：山田太郎"


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def png_bytes(width: int = 3, height: int = 2) -> bytes:
    """A valid RGB PNG in a colour of its own, so every test uploads a different file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    colour = uuid.uuid4().bytes[:3]
    rows = b"".join(b"\x00" + colour * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def sync(desk: Desk, **kwargs: object) -> SyncReport:
    kwargs.setdefault("claim_unassigned", True)
    return sync_site(desk, "wp", **kwargs)  # type: ignore[arg-type]


def add_article_with_photo(desk: Desk, tmp_path: Path, data: bytes | None = None) -> tuple[str, Media, bytes]:
    """An article whose featured image is also shown in the body, once as a captioned figure by
    its file name (as the preview resolves it) and once inline by its full local path."""
    data = data or png_bytes()
    photo = tmp_path / f"東京タワー-{uuid.uuid4().hex[:6]}.png"
    photo.write_bytes(data)
    art = desk.articles.create(unique("Tower lights"), body="Placeholder.")
    media = desk.media.add(art.id, photo, alt=ALT, caption=CAPTION, credit=CREDIT, featured=True)
    body = (
        f"今夜、東京タワーが特別な色に。\n\n![{ALT}]({media.path.name})\n{CAPTION} *{CREDIT}*\n\n"
        f"Seen from the bay ![thumbnail]({media.path}) at dusk."
    )
    desk.articles.update(art.id, body=body)
    return art.id, media, data


def marker_of(desk: Desk, media_id: int) -> str:
    with desk.store.read() as s:
        row = s.get(MediaAsset, media_id)
        assert row is not None
        return MediaPusher.marker(row)


def outbox(desk: Desk) -> list[tuple[str, str, str]]:
    with desk.store.read() as s:
        return [(op.kind, op.entity, op.state) for op in s.scalars(select(OutboxOp).order_by(OutboxOp.id))]


def assert_no_local_paths(content: str, desk: Desk, media: Media) -> None:
    assert media.path.name not in content and media.path.stem not in content
    assert str(desk.paths.data_dir) not in content and "file:" not in content


def test_a_featured_image_is_uploaded_once_and_the_post_shows_it(make_desk, wp_client, tmp_path):
    desk = make_desk("editor")
    article_id, media, data = add_article_with_photo(desk, tmp_path)

    report = sync(desk)

    assert report.ok, report.summary()
    assert (report.push.media, report.push.created) == (1, 1)
    local = desk.media.featured(article_id)
    assert local is not None and local.remote_id is not None and local.remote_url
    admin = wp_client("admin")
    [remote] = admin.find_media_by_marker(marker_of(desk, media.id))
    assert remote.id == local.remote_id and remote.source_url == local.remote_url
    # The credit reaches the site in the caption, in the site's usual form.
    assert remote.alt_text == ALT and remote.caption == with_credit(CAPTION, CREDIT, "en")
    assert remote.mime_type == "image/png"
    assert httpx.get(remote.source_url).content == data

    post = admin.get_post(desk.articles.get(article_id).remote_id)
    assert post.featured_media == remote.id
    assert post.content.count(f'src="{remote.source_url}"') == 2
    assert CAPTION in post.content
    assert_no_local_paths(post.content, desk, media)
    assert outbox(desk) == []

    again = sync(desk)

    assert again.ok, again.summary()
    assert again.push.sent == 0 and again.pull.changed == 0 and again.push.unchanged == 0
    assert [m.id for m in admin.find_media_by_marker(marker_of(desk, media.id))] == [remote.id]
    after = admin.get_post(post.id)
    assert after.modified_gmt == post.modified_gmt and after.featured_media == remote.id
    assert not desk.articles.get(article_id).dirty


def test_a_dropped_upload_answer_still_ends_with_exactly_one_attachment(
    make_desk, wp_client, fault_proxy: FaultProxy, tmp_path
):
    # Another desk already put the same agency photo on the site, also as its first image: the
    # lost answer must be reconciled with this desk's upload, not with that one.
    other = make_desk("author")
    _, other_media, data = add_article_with_photo(other, tmp_path)
    assert sync(other).ok
    desk = make_desk("editor", site_url=fault_proxy.url)
    article_id, media, _ = add_article_with_photo(desk, tmp_path, data)
    assert media.id == other_media.id and media.path.name == other_media.path.name
    fault_proxy.drop_response(MEDIA, method="POST")

    report = sync(desk)

    assert report.ok, report.summary()
    assert fault_proxy.count("POST", MEDIA) == 1  # reconciled on the site, never sent twice
    admin = wp_client("admin")
    [remote] = admin.find_media_by_marker(marker_of(desk, media.id))
    local = desk.media.featured(article_id)
    assert local is not None and local.remote_id == remote.id
    theirs = other.media.featured(other_media.article_id or "")
    assert theirs is not None and theirs.remote_id not in (None, remote.id)
    post = admin.get_post(desk.articles.get(article_id).remote_id)
    assert post.featured_media == remote.id
    assert f'src="{remote.source_url}"' in post.content
    assert_no_local_paths(post.content, desk, media)
    assert outbox(desk) == []


def test_a_contributor_may_not_upload_the_article_goes_for_review_without_the_image(make_desk, wp_client, tmp_path):
    desk = make_desk("contributor")
    article_id, media, _ = add_article_with_photo(desk, tmp_path)
    desk.publishing.publish(article_id)

    report = sync(desk)

    assert report.state == "online" and desk.sites.get("wp").state == "online", report.summary()
    assert report.push.created == 1 and report.push.media == 0
    [failure] = report.failures
    assert failure.kind == "media.upload" and failure.entity == str(media.id)
    assert "may not upload images" in failure.message and media.filename in failure.message
    assert failure.message in report.summary()
    local = desk.articles.get(article_id)
    assert local.status.value == "pending" and not local.dirty
    post = wp_client("admin").get_post(local.remote_id)
    assert post.status == "pending" and post.featured_media == 0
    assert "今夜" in post.content and "Seen from the bay" in post.content and "<img" not in post.content
    assert_no_local_paths(post.content, desk, media)
    featured = desk.media.featured(article_id)
    assert featured is not None and featured.remote_id is None
    assert any("left out" in note and media.filename in note for note in report.push.notes)

    again = sync(desk)

    assert again.state == "online" and again.push.sent == 0, again.summary()
    assert [f.entity for f in again.failures] == [str(media.id)]


def test_an_image_deleted_on_the_site_is_uploaded_again_on_the_next_change(make_desk, wp_client, tmp_path):
    desk = make_desk("editor")
    article_id, media, _ = add_article_with_photo(desk, tmp_path)
    assert sync(desk).ok
    admin: WordPressClient = wp_client("admin")
    first = desk.media.featured(article_id)
    assert first is not None and first.remote_id is not None
    admin.delete_media(first.remote_id)

    desk.articles.update(article_id, dek="Updated after the photo desk cleaned up the library.")
    report = sync(desk)

    assert report.ok, report.summary()
    again = desk.media.featured(article_id)
    assert again is not None and again.remote_id not in (None, first.remote_id)
    assert [m.id for m in admin.find_media_by_marker(marker_of(desk, media.id))] == [again.remote_id]
    post = admin.get_post(desk.articles.get(article_id).remote_id)
    assert post.featured_media == again.remote_id
    assert f'src="{again.remote_url}"' in post.content  # the file name is free again, so it may be the same URL
    assert any("uploaded again" in note for note in report.push.notes)
    assert outbox(desk) == []


def media_item(wp_site, media_id: int, *, context: str = "view") -> dict:
    """The attachment as WordPress's REST API shows it (`edit` for the raw caption, as the admin)."""
    admin = wp_site.user("admin")
    auth = (admin.username, admin.app_password) if context == "edit" else None
    answer = httpx.get(f"{wp_site.rest_url}wp/v2/media/{media_id}", params={"context": context}, auth=auth)
    answer.raise_for_status()
    return answer.json()


def test_image_text_edited_after_the_first_sync_reaches_the_site_and_a_removed_featured_image_goes(
    make_desk, wp_client, wp_site, tmp_path
):
    desk = make_desk("editor")
    article_id, media, _ = add_article_with_photo(desk, tmp_path)
    assert sync(desk).ok
    uploaded = desk.media.featured(article_id)
    assert uploaded is not None and uploaded.remote_id is not None
    admin: WordPressClient = wp_client("admin")
    post_id = desk.articles.get(article_id).remote_id
    assert admin.get_post(post_id).featured_media == uploaded.remote_id
    alt, caption = "夜の東京タワー、特別ライトアップ & 満月", "港区の東京タワー。<b>午後8時</b>撮影"

    desk.media.update(media.id, alt="first try")
    desk.media.update(media.id, alt=alt, caption=caption, credit="写真：佐藤花子")
    report = sync(desk)

    # The image's text goes to the media item, and the post showing it in its body is sent again
    # because its figure caption carries the new credit.
    assert report.ok and report.push.media == 1 and report.push.sent == 2, report.summary()
    raw = media_item(wp_site, uploaded.remote_id, context="edit")
    assert raw["alt_text"] == alt and raw["caption"]["raw"] == with_credit(caption, "写真：佐藤花子", "en")
    shown = media_item(wp_site, uploaded.remote_id)  # what readers get
    assert shown["alt_text"] == alt and "港区の東京タワー。<b>午後8時</b>撮影" in shown["caption"]["rendered"]
    assert "佐藤花子" in admin.get_post(post_id).content  # the figure's caption credits the photo too
    assert outbox(desk) == []

    desk.media.set_featured(article_id, None)
    report = sync(desk)

    assert report.ok and report.push.updated == 1, report.summary()
    post = admin.get_post(post_id)
    assert post.featured_media == 0
    assert f'src="{uploaded.remote_url}"' in post.content  # still shown in the body, only no longer featured
    assert admin.get_media(uploaded.remote_id).alt_text == alt
    assert outbox(desk) == [] and not desk.articles.get(article_id).dirty
    again = sync(desk)
    assert again.ok and again.push.sent == 0 and again.pull.changed == 0, again.summary()
