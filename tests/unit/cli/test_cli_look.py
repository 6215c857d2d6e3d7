"""`copydesk render ID --look site|desk` from a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", str(data), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def test_render_look_choice_and_its_fallback_note(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    assert run(data, "init").returncode == 0
    made = run(data, "article", "new", "--title", "Local only")
    assert made.returncode == 0, made.stderr
    article_id = made.stdout.strip().splitlines()[-1]

    desk = run(data, "render", article_id, "--look", "desk")
    assert desk.returncode == 0, desk.stderr
    assert 'class="look-note"' not in desk.stdout and "<h1" in desk.stdout

    site = run(data, "render", article_id, "--look", "site")
    assert site.returncode == 0, site.stderr
    assert 'class="look-note"' in site.stdout
    assert "Shown in the desk&#x27;s template: this article belongs to no site." in site.stdout

    bad = run(data, "render", article_id, "--look", "theirs")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_site_look_learns_shows_and_renders_offline(desk, memory_keyring, tmp_path: Path) -> None:
    import json

    from look_sites import Site, serve, wordpress_like

    data = desk.paths.data_dir
    with serve(Site()) as site, serve(Site()) as other:
        wordpress_like(site, other)
        desk.sites.add("daily", site.url, "editor", "abcd EFGH 1234 ijkl MNOP 5678")
        article = desk.articles.create("Harbour plan approved", body="The board voted.\n\nMore.", byline="Ann Lee")
        desk.publishing.publish(article.id, byline_fallback="block")  # the article now belongs to the site
        learned = run(data, "site", "look", "daily", "--json")
        assert learned.returncode == 0, learned.stderr
        shown = json.loads(learned.stdout)
        assert shown["page_url"] == f"{site.url}/2026/hello/" and shown["flavour"] == "block"
        assert shown["files"] == 7 and len(shown["missing"]) == 4 and shown["fetched_at"]
        asked = len(site.requests)
        again = run(data, "site", "look", "daily", "--use", "site", "--context", "column")
        assert again.returncode == 0, again.stderr
        assert "article column only" in again.stdout and "4 files not kept" in again.stdout
        assert len(site.requests) == asked  # shown from the cache, not fetched again
    # the servers are gone: rendering is offline, from the cache
    page = run(data, "render", article.id)
    assert page.returncode == 0, page.stderr
    assert 'class="wp-block-post-title"' in page.stdout and "Harbour plan approved" in page.stdout
    assert "Footer text" not in page.stdout  # the column only, as chosen
    assert "Footer text" in run(data, "render", article.id, "--context", "page").stdout
    desk_page = run(data, "render", article.id, "--look", "desk").stdout
    assert 'class="headline"' in desk_page and "wp-block-post-title" not in desk_page
    refused = run(data, "site", "look", "daily", "--refresh")
    assert refused.returncode == 1 and "could not reach" in refused.stderr
