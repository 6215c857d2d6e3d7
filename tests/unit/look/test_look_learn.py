"""Learning a site's look from real HTTP servers on loopback: what is kept, what is refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from look_sites import CLASSIC_PAGE, FONT, PNG, Site, serve, wordpress_like

from editor_app.core.look.cache import FILES, PAGE, LookCache, look_key
from editor_app.core.look.clean import is_inert
from editor_app.core.look.learn import LookFetchFailed, learn_look


@pytest.fixture
def sites():
    with serve(Site()) as site, serve(Site()) as other:
        wordpress_like(site, other)
        yield site, other


def test_learns_the_newest_article_page_and_the_files_its_styles_use(sites, tmp_path: Path) -> None:
    site, other = sites
    cache = LookCache(tmp_path)
    moment = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    manifest = learn_look("Daily", site.url, cache, now=lambda: moment)

    assert manifest.page_url == f"{site.url}/2026/hello/"
    assert manifest.fetched_at == moment.isoformat()
    assert manifest.flavour == "block"
    fetched = {url.removeprefix(site.url) for url in manifest.files}
    assert fetched == {
        "/wp-includes/css/style.min.css?ver=6", "/wp-includes/css/more.css", "/wp-content/uploads/bg.png",
        "/wp-content/themes/t/dm.woff2", "/wp-content/themes/t/jp.woff2", "/wp-content/uploads/logo.png",
        "/wp-content/uploads/old.png",
    }
    folder = cache.folder("Daily")
    font_name = manifest.files[f"{site.url}/wp-content/themes/t/dm.woff2"]
    assert (folder / FILES / font_name).read_bytes() == FONT
    assert (folder / FILES / manifest.files[f"{site.url}/wp-content/uploads/bg.png"]).read_bytes() == PNG
    # the stylesheet's references now point at the cached copies, through the look's own scheme
    css = (folder / FILES / manifest.files[f"{site.url}/wp-includes/css/style.min.css?ver=6"]).read_text()
    key = look_key("Daily")
    assert f'copydesk-look://{key}/files/{manifest.files[f"{site.url}/wp-content/uploads/bg.png"]}' in css
    assert "127.0.0.1" not in css
    assert manifest.lang_fonts == {"ja": "Noto Sans JP"}


def test_nothing_is_fetched_from_another_origin_and_what_is_missing_is_reported(sites, tmp_path: Path) -> None:
    site, other = sites
    manifest = learn_look("Daily", site.url, LookCache(tmp_path))
    assert other.requests == []
    missing = {m.url.removeprefix(other.url): m.reason for m in manifest.missing}
    assert set(missing) == {"/fonts.css", "/far.woff2", "/far.png", "/avatar.png"}
    assert all("another site" in reason for reason in missing.values())
    page = (LookCache(tmp_path).folder("Daily") / PAGE).read_text()
    assert other.url not in page.replace(f'href="{other.url}', "")  # only plain links may name it


def test_the_stored_page_cannot_run_frame_or_submit_anything(sites, tmp_path: Path) -> None:
    site, _ = sites
    learn_look("Daily", site.url, LookCache(tmp_path))
    page = (LookCache(tmp_path).folder("Daily") / PAGE).read_text()
    assert is_inert(page) == []
    soup = BeautifulSoup(page, "html.parser")
    for name in ("script", "noscript", "iframe", "form", "input", "button"):
        assert soup.find(name) is None, name
    assert not [a for tag in soup.find_all(True) for a in tag.attrs if a.lower().startswith("on")]
    assert "javascript:" not in page and "alert(" not in page
    assert soup.find("meta", attrs={"http-equiv": True}) is None
    assert [link["rel"] for link in soup.find_all("link")] == [["stylesheet"]]
    assert all("srcset" not in img.attrs for img in soup.find_all("img"))


def test_is_inert_finds_what_could_run() -> None:
    found = is_inert('<p onclick="x()">a</p><script>1</script><a href=" javascript:x">b</a><form></form>')
    assert "<script>" in found and "<form>" in found
    assert any("onclick" in f for f in found) and any("javascript" in f for f in found)


def test_a_failed_refresh_keeps_the_look_already_learned(sites, tmp_path: Path) -> None:
    site, _ = sites
    cache = LookCache(tmp_path)
    first = learn_look("Daily", site.url, cache)
    site.files.pop("/2026/hello/")
    with pytest.raises(LookFetchFailed, match="404"):
        learn_look("Daily", site.url, cache)
    assert cache.manifest("Daily") == first
    assert [p.name for p in tmp_path.joinpath("looks").iterdir()] == [look_key("Daily")]


def test_a_site_without_posts_or_api_says_so(tmp_path: Path) -> None:
    with serve(Site()) as empty:
        empty.add("/wp-json/wp/v2/posts?per_page=1&_fields=id,link", "application/json", "[]")
        with pytest.raises(LookFetchFailed, match="no published article"):
            learn_look("Empty", empty.url, LookCache(tmp_path))
    with serve(Site()) as nothing, pytest.raises(LookFetchFailed, match="did not list its posts"):
        learn_look("Nothing", nothing.url, LookCache(tmp_path))


def test_a_newest_post_on_another_address_is_refused(tmp_path: Path) -> None:
    with serve(Site()) as site:
        site.add("/wp-json/wp/v2/posts?per_page=1&_fields=id,link", "application/json",
                 json.dumps([{"id": 1, "link": "http://127.0.0.2:9/post/"}]))
        with pytest.raises(LookFetchFailed, match="not on"):
            learn_look("Daily", site.url, LookCache(tmp_path))
        assert len(site.requests) == 1


def test_a_page_that_cannot_be_understood_is_kept_with_the_reason(tmp_path: Path) -> None:
    with serve(Site()) as site, serve(Site()) as other:
        wordpress_like(site, other, page="<html><head><title>x</title></head><body><p>No post here</p></body></html>")
        manifest = learn_look("Odd", site.url, LookCache(tmp_path))
    assert manifest.flavour == ""
    assert "no article body" in manifest.problem


def test_classic_theme_pages_are_learned_too(tmp_path: Path) -> None:
    with serve(Site()) as site, serve(Site()) as other:
        wordpress_like(site, other, page=CLASSIC_PAGE)
        manifest = learn_look("Classic", site.url, LookCache(tmp_path))
    assert manifest.flavour == "classic"
    assert manifest.problem == ""
    assert f"{site.url}/wp-content/themes/c/style.css?ver=1" in manifest.files
