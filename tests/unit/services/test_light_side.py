"""The light side of the desk: what listing, opening and typing into an article use.

These paths are plain SQL so an editing session never loads SQLAlchemy, the HTTP client or the
keychain (the workstation's memory budget depends on it). The subprocess test proves the
imports stay out; the others check the answers match what the full services give.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.core.desk import Desk
from editor_app.core.domain import RevisionReason
from editor_app.core.errors import InvalidInput, NotFound
from tests.keychains import MemoryKeyring

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
HEAVY = ("sqlalchemy", "httpx", "keyring", "bs4", "markdownify")

_TYPING_SESSION = r"""
import json, sys
from pathlib import Path
from editor_app.core.desk import Desk
from editor_app.core.domain import ListFilter
from editor_app.core.paths import AppPaths

desk = Desk.open(AppPaths.resolve(Path(sys.argv[1])), create=False)
page = desk.articles.list(ListFilter(), limit=50)
hits = desk.articles.search("harbour")
article = desk.articles.get(sys.argv[2])
saved, change = desk.articles.update(article.id, body=article.body + " 港の工事", autosave=True)
point = desk.articles.save_point(article.id)
sections = [(t.name, t.parent_id is not None, t.article_count) for t in desk.terms.sections()]
tags = [(t.name, t.article_count) for t in desk.terms.tags()]
featured = desk.media.featured(article.id)
sites = [(s.name, s.state, s.pending, s.conflicts, s.failed) for s in desk.sites.list()]
history = desk.revisions.list(article.id)  # the history dialog, then a restore from it
restored = desk.revisions.restore(article.id, history[-1].id)
print(json.dumps({
    "heavy": sorted(m for m in sys.argv[3].split(",") if m in sys.modules),
    "rows": len(page), "hits": len(hits), "words": saved.word_count, "revised": bool(change.revisions),
    "point": bool(point.revisions), "sections": sections, "tags": tags,
    "featured": [featured.filename, featured.alt] if featured else None,
    "sites": sites, "conflicts": desk.sites.open_conflicts(),
    "history": len(history), "restored": desk.articles.get(article.id).body == article.body
    and restored.revisions == {article.id},
}, ensure_ascii=False))
"""


@pytest.fixture
def stocked(desk: Desk, memory_keyring: MemoryKeyring, tmp_path: Path) -> tuple[Desk, str]:
    desk.terms.add_section("Elections", parent="Politics")
    art = desk.articles.create(
        "Harbour wall vote", body="The council voted on the harbour wall.", sections=["Elections"],
        tags=["harbour", "council"],
    )
    desk.articles.create("Budget", body="Numbers.", sections=["Business"], tags=["council"])
    image = tmp_path / "wall.png"
    image.write_bytes(PNG)
    desk.media.add(art.id, image, alt="The sea wall at dusk", featured=True)
    desk.sites.add("Gazette", "http://127.0.0.1:9", "editor", "abcd efgh ijkl mnop")
    return desk, art.id


def test_a_typing_session_never_loads_the_heavy_libraries(stocked: tuple[Desk, str]) -> None:
    desk, article_id = stocked
    result = subprocess.run(
        [sys.executable, "-c", _TYPING_SESSION, str(desk.paths.data_dir), article_id, ",".join(HEAVY)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["heavy"] == []
    assert (out["rows"], out["hits"]) == (2, 1)
    assert out["words"] == 7 + 4  # seven English words, plus 港の工事 counted per CJK character
    assert out["revised"] is True and out["point"] is True  # a save point is marked over the autosave
    assert ["Elections", True, 1] in out["sections"]
    assert out["tags"] == [["council", 2], ["harbour", 1]]
    assert out["featured"] == ["wall.png", "The sea wall at dusk"]
    [(name, state, pending, conflicts, failed)] = out["sites"]
    assert (name, state, conflicts, failed) == ("Gazette", "unknown", 0, 0) and pending > 0
    assert out["conflicts"] == 0
    assert out["history"] == 3 and out["restored"]  # created, autosaved, save point; the first brought back


def test_sections_come_in_tree_order_with_counts(stocked: tuple[Desk, str]) -> None:
    desk, _ = stocked
    sections = desk.terms.sections()
    names = [t.name for t in sections]
    assert names.index("Elections") == names.index("Politics") + 1  # a child follows its parent
    by_name = {t.name: t for t in sections}
    assert by_name["Elections"].parent_id == by_name["Politics"].id
    assert (by_name["Elections"].article_count, by_name["Business"].article_count, by_name["News"].article_count) == (
        1, 1, 0
    )
    assert len({t.id for t in sections}) == len(sections) == 10  # the nine standard sections and Elections


def test_tags_by_name_with_counts(stocked: tuple[Desk, str]) -> None:
    desk, _ = stocked
    tags = desk.terms.tags()
    assert [t.name.lower() for t in tags] == sorted(t.name.lower() for t in tags)
    assert {t.name: t.article_count for t in tags} == {"council": 2, "harbour": 1}
    assert all(t.kind == "tag" for t in tags)


def test_text_save_keeps_the_store_consistent(stocked: tuple[Desk, str]) -> None:
    desk, article_id = stocked
    article, change = desk.articles.update(article_id, title="  Harbour wall: the vote  ", autosave=True)
    assert article.title == "Harbour wall: the vote" and change.outbox
    assert desk.articles.get(article_id).title == "Harbour wall: the vote"
    assert [h.row.id for h in desk.articles.search("vote")] == [article_id]
    same, nothing = desk.articles.update(article_id, title="Harbour wall: the vote")
    assert nothing.articles == frozenset() and same.title == article.title
    with pytest.raises(InvalidInput, match="needs a title"):
        desk.articles.update(article_id, title="   ")
    with pytest.raises(NotFound):
        desk.articles.update("0" * 8, body="x")
    _, quick = desk.articles.update(article_id, body="A second draft.", autosave=True)
    assert quick.revisions == frozenset()  # autosaves make at most one revision a minute
    assert desk.articles.save_point(article_id).revisions == {article_id}
    assert desk.articles.save_point(article_id).revisions == frozenset()  # history already holds this text
    assert desk.revisions.list(article_id)[0].reason is RevisionReason.MANUAL


def test_images_are_read_for_an_existing_article(stocked: tuple[Desk, str]) -> None:
    desk, article_id = stocked
    [image] = desk.media.list(article_id)
    assert image.path.read_bytes() == PNG and image.featured
    assert desk.media.list(article_id[:8]) == [image]  # an id prefix names the article too
    assert desk.media.featured(article_id) == image
    with pytest.raises(NotFound, match="no article"):
        desk.media.list("00000000-0000-0000-0000-000000000000")


def test_site_views_count_what_waits_for_each_site(stocked: tuple[Desk, str]) -> None:
    desk, _ = stocked
    waiting = desk.store.rows("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending', 'unknown')")[0][0]
    [site] = desk.sites.list()
    assert (site.name, site.url, site.username, site.state) == ("Gazette", "http://127.0.0.1:9", "editor", "unknown")
    assert (site.pending, site.conflicts, site.failed, site.last_pull) == (waiting, 0, 0, None)
    assert waiting > 0
    assert desk.sites.get("Gazette") == site
    with pytest.raises(NotFound, match="no site named 'Nope'"):
        desk.sites.get("Nope")
