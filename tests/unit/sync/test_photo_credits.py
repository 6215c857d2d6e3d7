"""Photo credits reach the site: in the media item's caption and in the figure caption of the post."""

from __future__ import annotations

from pathlib import Path

import pytest
from block_validator import BlockEditor
from sync_fakes import FakeCms

from editor_app.core.photo_credit import credit_line, split_credit, with_credit
from editor_app.core.render import Renderer, html_to_markdown
from editor_app.core.sync.media_refs import add_credits

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f00"
    "05000201a5f0e1d90000000049454e44ae426082"
)
SHA_NAME = "ab" * 32 + ".png"


@pytest.mark.parametrize(
    ("caption", "credit", "lang", "shown"),
    [
        ("Rescue workers on Tuesday.", "Jane Doe", "en", "Rescue workers on Tuesday. Photo: Jane Doe"),
        ("救助活動を続ける隊員ら。", "山田太郎", "ja", "救助活動を続ける隊員ら。写真：山田太郎"),
        ("구조 작업 중인 대원들", "김민준", "ko", "구조 작업 중인 대원들 사진: 김민준"),
        ("", "Jane Doe", "fr", "Photo: Jane Doe"),
        ("Rescue workers.", "", "en", "Rescue workers."),
        ("Rescue workers. Photo: Jane Doe", "Jane Doe", "en", "Rescue workers. Photo: Jane Doe"),  # never twice
        ("Harbour.", "Photo: AP", "ja", "Harbour. Photo: AP"),  # typed with its prefix: kept
    ],
)
def test_the_caption_the_site_gets_ends_with_the_credit(caption: str, credit: str, lang: str, shown: str) -> None:
    assert with_credit(caption, credit, lang) == shown
    if credit:
        assert split_credit(shown) == (caption.removesuffix(" Photo: Jane Doe").strip(), credit_line(credit, lang))


def figure(body: str, credit: str, fmt: str = "blocks") -> str:
    return add_credits(Renderer().publish_html(body, "en", fmt=fmt), {SHA_NAME: credit})


def test_figures_of_credited_images_end_their_caption_with_the_credit() -> None:
    captioned = figure(f"![Rescue workers]({SHA_NAME})\nRescue workers on *Tuesday*.\n", "Photo: Jane Doe")
    assert "Rescue workers on <em>Tuesday</em>. Photo: Jane Doe</figcaption>" in captioned
    bare = figure(f"![Map]({SHA_NAME})\n", "Photo: Jane Doe")
    assert '<figcaption class="wp-element-caption">Photo: Jane Doe</figcaption></figure>' in bare
    html = figure(f"![Map]({SHA_NAME})\nThe map.\n", "Photo: A &amp; B", fmt="html")
    assert "The map. Photo: A &amp;amp; B</figcaption>" in html  # escaped once more, as text
    already = Renderer().publish_html(f"![M]({SHA_NAME})\nThe map. Photo: Jane Doe\n", "en")
    assert add_credits(already, {SHA_NAME: "Photo: Jane Doe"}) == already
    other = Renderer().publish_html("![M](https://example.com/m.png)\nThe map.\n", "en")
    assert add_credits(other, {SHA_NAME: "Photo: Jane Doe"}) == other


@pytest.mark.parametrize("release", ["6.8", "6.1"])
def test_credited_figures_are_valid_blocks(block_editors: list[BlockEditor], release: str) -> None:
    editor = next(e for e in block_editors if e.release == release)
    documents = {
        "captioned": figure(f"![Rescue workers]({SHA_NAME})\nRescue workers on *Tuesday*.\n", "Photo: Jane Doe"),
        "uncaptioned": figure(f"![Map]({SHA_NAME})\n", "写真：山田太郎"),
    }
    for name, verdict in editor.check_many(documents).items():
        assert verdict.names() == ["core/image"], name
        assert verdict.acceptable, f"{name}: {verdict.explain()}"


def test_a_pulled_caption_keeps_the_credit_on_a_line_of_its_own() -> None:
    html = ('<figure class="wp-block-image"><img src="https://example.com/f.jpg" alt="Fire"/>'
            '<figcaption class="wp-element-caption">Rescue workers. Photo: Jane Doe</figcaption></figure>')
    assert html_to_markdown(html).strip() == "![Fire](https://example.com/f.jpg)\nRescue workers.\nPhoto: Jane Doe"
    ja = html.replace("Rescue workers. Photo: Jane Doe", "救助活動を続ける隊員ら。写真：山田太郎")
    assert html_to_markdown(ja).strip().endswith("\n救助活動を続ける隊員ら。\n写真：山田太郎")


def test_credits_reach_the_media_item_and_the_post(site_desk, cms: FakeCms, run_sync, tmp_path: Path) -> None:
    image = tmp_path / "fire.png"
    image.write_bytes(PNG)
    art = site_desk.articles.create("火災の現場", lang="ja", body="本文。")
    featured = site_desk.media.add(art.id, image, alt="消防隊員", caption="現場の様子。", credit="山田太郎",
                                   featured=True)
    site_desk.articles.update(art.id, body=f"本文。\n\n![消防隊員]({featured.path.name})\n現場の様子。\n")
    report = run_sync()
    assert report.ok, report.summary()
    remote = cms.media[site_desk.media.featured(art.id).remote_id]
    assert (remote.alt_text, remote.caption) == ("消防隊員", "現場の様子。写真：山田太郎")
    post = cms.posts[site_desk.articles.get(art.id).remote_id]
    assert "現場の様子。写真：山田太郎</figcaption>" in post.content
    assert site_desk.articles.get(art.id).body.endswith("現場の様子。\n")  # the desk's caption is unchanged


def test_a_changed_credit_reaches_the_posts_figure(site_desk, cms: FakeCms, run_sync, tmp_path: Path) -> None:
    image = tmp_path / "pier.png"
    image.write_bytes(PNG)
    art = site_desk.articles.create("Harbour", body="Text.")
    media = site_desk.media.add(art.id, image, alt="Pier", caption="The pier.", credit="Jane Doe")
    site_desk.articles.update(art.id, body=f"Text.\n\n![Pier]({media.path.name})\nThe pier.\n")
    assert run_sync().ok
    post_id = site_desk.articles.get(art.id).remote_id
    assert "The pier. Photo: Jane Doe</figcaption>" in cms.posts[post_id].content
    media = site_desk.media.update(media.id, credit="John Roe")
    report = run_sync()
    assert report.ok, report.summary()
    assert "The pier. Photo: John Roe</figcaption>" in cms.posts[post_id].content
    assert cms.media[media.remote_id].caption == "The pier. Photo: John Roe"
