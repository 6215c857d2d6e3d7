"""Slugs follow the headline until set by hand; a placeholder headline never becomes a slug."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.core.desk import Desk
from editor_app.core.store import migrations
from editor_app.core.store.remote_posts import article_snapshot
from editor_app.core.sync.mapping import post_changes
from editor_app.core.text import PLACEHOLDER_TITLES, slug_follows_title, title_slug

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


def test_the_slug_follows_the_headline_until_set_by_hand(desk: Desk) -> None:
    art = desk.articles.create("Rain in Tokyo")
    assert (art.slug, art.slug_manual) == ("rain-in-tokyo", False)
    art, _ = desk.articles.update(art.id, title="Snow in 東京")
    assert art.slug == "snow-in-東京"
    art, _ = desk.articles.update(art.id, slug="winter-story")
    assert (art.slug, art.slug_manual) == ("winter-story", True)
    art, _ = desk.articles.update(art.id, title="Sleet in Osaka", body="Cold.")
    assert art.slug == "winter-story"
    art, _ = desk.articles.update(art.id, slug="")  # emptied: the headline decides again
    assert (art.slug, art.slug_manual) == ("sleet-in-osaka", False)
    assert desk.articles.get(art.id).slug == "sleet-in-osaka"


def test_typing_a_headline_moves_the_slug_too(desk: Desk) -> None:
    """The editor's text-only save path (what typing uses) keeps the slug with the headline."""
    art = desk.articles.create("First words")
    saved, _ = desk.articles.update(art.id, title="서울 날씨", autosave=True)
    assert saved.slug == "서울-날씨"
    assert desk.articles.get(art.id).slug == "서울-날씨"
    desk.articles.update(art.id, slug="seoul-weather")
    desk.articles.update(art.id, title="부산 날씨", autosave=True)
    assert desk.articles.get(art.id).slug == "seoul-weather"
    desk.articles.update(art.id, body="no title change", autosave=True)
    assert desk.articles.get(art.id).slug == "seoul-weather"


@pytest.mark.parametrize("placeholder", ["Untitled article", "無題の記事", "제목 없는 기사"])
def test_a_placeholder_headline_sends_no_slug(desk: Desk, placeholder: str) -> None:
    art = desk.articles.create(placeholder, lang="en")
    assert art.slug == ""
    snap, _ = article_snapshot(desk.store, art.id)
    assert snap is not None
    changes = post_changes(snap, "draft", [], [], None)
    assert changes.slug is None  # the site makes one from the title it gets
    art, _ = desk.articles.update(art.id, title="Budget passes")
    assert art.slug == "budget-passes"


def test_every_translation_of_the_new_article_title_is_a_placeholder() -> None:
    for ts in TRANSLATIONS.glob("copydesk_*.ts"):
        text = ts.read_text(encoding="utf-8")
        found = re.search(r"<source>Untitled article</source>\s*<translation>([^<]+)</translation>", text)
        assert found, ts.name
        assert title_slug(found.group(1)) == "", ts.name
    assert "untitled article" in PLACEHOLDER_TITLES


def test_a_slug_the_site_numbered_still_follows() -> None:
    assert slug_follows_title("rain-in-tokyo-2", "Rain in Tokyo")
    assert not slug_follows_title("rain", "Rain in Tokyo")
    assert not slug_follows_title("untitled-article", "Rain in Tokyo")


def test_cli_slug_set_by_hand_stays_when_the_title_changes(tmp_path: Path) -> None:
    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "editor_app", "--data-dir", str(tmp_path / "d"), *args],
            capture_output=True, text=True, encoding="utf-8", timeout=120, check=True,
        )  # fmt: skip
        return done.stdout

    def slug(art_id: str) -> tuple[str, bool]:
        shown = json.loads(run("article", "show", art_id, "--json"))
        return shown["slug"], shown["slug_manual"]

    run("init")
    art_id = run("article", "new", "--title", "Vote count").strip().splitlines()[-1]
    run("article", "edit", art_id, "--title", "Final vote count")
    assert slug(art_id) == ("final-vote-count", False)
    run("article", "edit", art_id, "--slug", "count")
    run("article", "edit", art_id, "--title", "Recount")
    assert slug(art_id) == ("count", True)
    run("article", "edit", art_id, "--slug", "")
    assert slug(art_id) == ("recount", False)


def test_migration_marks_typed_slugs_and_frees_placeholder_ones(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "s.sqlite3", isolation_level=None)
    migrations.upgrade(db, target=6)
    rows = [
        ("a", "Real headline", "untitled-article-3"),  # made by Ctrl+N before slugs followed
        ("b", "Budget passes", "budget-passes"),
        ("c", "Budget passes", "budget"),  # typed
        ("d", "東京の雨", "無題の記事"),
    ]
    for id_, title, slug in rows:
        db.execute(
            "INSERT INTO articles (id, title, dek, body, slug, byline, lang, status, created_at, updated_at, dirty) "
            "VALUES (?, ?, '', '', ?, '', 'en', 'draft', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0)",
            (id_, title, slug),
        )
    migrations.upgrade(db)
    got = {r[0]: (r[1], r[2]) for r in db.execute("SELECT id, slug, slug_manual FROM articles")}
    assert got == {
        "a": ("real-headline", 0),
        "b": ("budget-passes", 0),
        "c": ("budget", 1),
        "d": ("東京の雨", 0),
    }
