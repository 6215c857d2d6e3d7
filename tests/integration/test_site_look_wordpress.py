"""The site's look against the real WordPress: learn it, wear it, and match the real page's styles.

For each theme the site runs (block themes mark the post with ``wp-block-post-*``, classic ones
with ``entry-*``): an article is published, the look is learned from the site, the same article
is rendered in it and shown in the preview's web view, and the real published page is loaded in
the same web engine. The computed styles of the headline, a body paragraph and the content
column must be the same. The preview's request interceptor must have seen nothing but the look's
own scheme: the look is worn from the cache, offline.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineScript, QWebEngineSettings

from editor_app.core.look.cache import LookCache, LookRequest
from editor_app.core.look.clean import is_inert
from editor_app.core.look.learn import learn_look
from editor_app.core.look.service import render_page
from editor_app.core.render import PreviewArticle, Renderer
from editor_app.ui.preview.look_scheme import register_look_scheme
from editor_app.ui.preview.web import PreviewWebView

register_look_scheme()  # at collection, before any test makes the QApplication

WIDTH, HEIGHT = 1200, 900
BODY = ("The harbour board approved the plan on Tuesday after three hours of debate.\n\n"
        "## What changes\n\n"
        "Ferries will leave every twenty minutes, and the old pier becomes a public square.\n")
STYLE_JS = """(function(){
  function st(sel){var e=document.querySelector(sel);if(!e)return null;var c=getComputedStyle(e);
    return {family:c.fontFamily,size:c.fontSize,weight:c.fontWeight,line:c.lineHeight,colour:c.color,
            width:Math.round(e.getBoundingClientRect().width)};}
  return JSON.stringify({headline:st(%s),paragraph:st(%s),column:st(%s)});})()"""
SELECTORS = {
    "block": (".wp-block-post-title", ".wp-block-post-content > p", ".wp-block-post-content"),
    "classic": (".entry-title", ".entry-content > p", ".entry-content"),
}
# The block theme each version ships (6.8: Twenty Twenty-Five, 6.1: Twenty Twenty-Three) and the
# classic Twenty Twenty-One, which runs on both.
BLOCK_THEMES = {"6.8": "twentytwentyfive", "6.1": "twentytwentythree"}
CLASSIC_THEME = "twentytwentyone"


def theme_for(flavour: str, wp_version: str) -> str:
    if flavour == "classic":
        return CLASSIC_THEME
    return BLOCK_THEMES[".".join(wp_version.split(".")[:2])]


@dataclass(frozen=True)
class Published:
    link: str
    title: str
    excerpt: str


def switch_theme(site: Any, theme: str) -> None:
    docroot = site.data_dir / "docroot"
    if not (docroot / "wp-content" / "themes" / theme).is_dir():
        pytest.fail(f"theme {theme} is not installed in the test site (scripts/wordpress.sh installs it)")
    code = ("define('WP_USE_THEMES', false); $_SERVER['HTTP_HOST'] = 'localhost';"
            "require $argv[1] . '/wp-load.php'; switch_theme($argv[2]); echo get_stylesheet();")
    done = subprocess.run(["php", "-r", code, str(docroot), theme], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().endswith(theme), done.stderr


def publish(site: Any, title: str) -> Published:
    editor = site.user("editor")
    excerpt = "The board's vote settles a decade of argument"
    with httpx.Client(auth=(editor.username, editor.app_password), timeout=30) as client:
        made = client.post(f"{site.base_url}/wp-json/wp/v2/posts", json={
            "title": title, "excerpt": excerpt, "status": "publish",
            "content": Renderer().publish_html(BODY, "en"),
        })
    assert made.status_code == 201, made.text
    return Published(made.json()["link"], title, excerpt)


class Engine:
    """One preview view and one plain page in the same web engine, for the whole module."""

    def __init__(self, cache_dir: Path) -> None:
        self.preview = PreviewWebView(None, cache_dir)
        self.preview.resize(WIDTH, HEIGHT)
        self.preview.show()
        self.profile = QWebEngineProfile()
        self.real = QWebEnginePage(self.profile)
        self.real.settings().setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        from PySide6.QtWebEngineWidgets import QWebEngineView

        self.real_view = QWebEngineView()
        self.real_view.setPage(self.real)
        self.real_view.resize(WIDTH, HEIGHT)
        self.real_view.show()

    def close(self) -> None:
        self.real_view.setPage(None)  # type: ignore[arg-type]
        self.real.deleteLater()
        self.real_view.deleteLater()
        self.preview.dispose()
        self.preview.deleteLater()
        self.profile.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("look-cache")


@pytest.fixture(scope="module")
def engine(qapp, cache_dir: Path) -> Iterator[Engine]:
    made = Engine(cache_dir)
    yield made
    made.close()


def run_js(qtbot, page: QWebEnginePage, code: str) -> object:
    out: list[object] = []
    page.runJavaScript(code, QWebEngineScript.ScriptWorldId.ApplicationWorld, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=10_000)
    return out[0]


def styles(qtbot, page: QWebEnginePage, flavour: str) -> dict[str, dict[str, object]]:
    code = STYLE_JS % tuple(json.dumps(s) for s in SELECTORS[flavour])
    qtbot.waitUntil(lambda: run_js(qtbot, page, "document.fonts.status") == "loaded", timeout=10_000)
    return json.loads(str(run_js(qtbot, page, code)))


@pytest.mark.parametrize("flavour", ["block", "classic"])
def test_the_site_look_matches_the_real_page(qtbot, wp_site: Any, engine: Engine, cache_dir: Path,
                                             flavour: str) -> None:
    theme = theme_for(flavour, wp_site.wp_version)
    switch_theme(wp_site, theme)
    post = publish(wp_site, f"Harbour plan approved {uuid.uuid4().hex[:6]}")
    cache = LookCache(cache_dir)
    manifest = learn_look(f"{theme}-{wp_site.wp_version}", wp_site.base_url, cache)
    assert manifest.page_url == post.link  # the newest post's page
    assert manifest.flavour == flavour, manifest.problem
    assert all(url.startswith(wp_site.base_url) for url in manifest.files)
    assert any(name.endswith(".css") for name in manifest.files.values())
    assert is_inert((cache.folder(manifest.site) / "page.html").read_text(encoding="utf-8")) == []

    article = PreviewArticle(title=post.title, dek=post.excerpt, body=BODY, byline="Editor", lang="en",
                             section="Uncategorized", tags=(), published_at=None, updated_at=None, reading_minutes=1)
    page = render_page(Renderer(), article, LookRequest("site", cache.folder(manifest.site), True))
    assert page.look_key is not None
    assert is_inert(page.html) == []

    engine.preview.interceptor.seen.clear()
    with qtbot.waitSignal(engine.preview.loadFinished, timeout=20_000) as preview_loaded:
        engine.preview.setHtml(page.html, QUrl(f"copydesk-look://{page.look_key}/"))
    assert preview_loaded.args == [True]
    with qtbot.waitSignal(engine.real.loadFinished, timeout=20_000) as real_loaded:
        engine.real.load(QUrl(post.link))
    assert real_loaded.args == [True]

    ours = styles(qtbot, engine.preview.page(), flavour)
    theirs = styles(qtbot, engine.real, flavour)
    assert theirs["headline"] and theirs["paragraph"] and theirs["column"], theirs
    assert ours == theirs

    # the comparison can fail: the desk's own template, in the same view, differs from the site
    desk_page = render_page(Renderer(), article, LookRequest("desk", None, True))
    with qtbot.waitSignal(engine.preview.loadFinished, timeout=20_000):
        engine.preview.setHtml(desk_page.html, QUrl("file:///"))
    desk = json.loads(str(run_js(qtbot, engine.preview.page(), STYLE_JS % (
        '".headline"', '".entry-content > p"', '".entry-content"'))))
    assert desk["headline"] != theirs["headline"] and desk["paragraph"] != theirs["paragraph"]

    seen = engine.preview.interceptor.seen
    assert seen, "the preview loaded the look's files"
    assert all(url.startswith(("copydesk-look://", "data:")) for url in seen), seen
    assert not engine.preview.interceptor.blocked or all(
        not url.startswith(("http:", "https:")) for url in engine.preview.interceptor.blocked)
