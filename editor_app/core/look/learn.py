"""Learn a site's look: its newest article page and the files that page's styles use.

Only the site's own origin is ever asked for anything. What lives elsewhere (a web font service,
an avatar host) is listed in the manifest as missing and dropped from the page, never fetched.
The page is made inert (see ``clean``) before anything is written.
"""

from __future__ import annotations

import hashlib
import logging
import posixpath
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from bs4 import BeautifulSoup

from editor_app.core.errors import CopydeskError

from .cache import FILES, LOOK_SCHEME, PAGE, TEMPLATE_COLUMN, TEMPLATE_FULL, LookCache, LookManifest, Missing, look_key
from .clean import css_references, make_inert, rewrite_css, rewrite_page_refs, same_origin, style_text
from .slots import PageNotUnderstood, prepare_templates

log = logging.getLogger(__name__)

MAX_FILES = 300
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
_CSS_TYPES = ("text/css",)


class LookFetchFailed(CopydeskError):
    """The site's article page could not be fetched; the message says what to do."""


class _Collector:
    """Fetches same-origin files once each and remembers what could not be had."""

    def __init__(self, client: httpx.Client, origin: str, folder: Path, key: str) -> None:
        self.client, self.origin, self.folder, self.key = client, origin, folder, key
        self.files: dict[str, str] = {}
        self.missing: dict[str, str] = {}
        self.total = 0
        self.css_texts: list[str] = []
        (folder / FILES).mkdir(parents=True, exist_ok=True)

    def local(self, url: str) -> str | None:
        name = self.files.get(url)
        return f"{LOOK_SCHEME}://{self.key}/{FILES}/{name}" if name else None

    def _name(self, url: str, css: bool) -> str:
        ext = posixpath.splitext(urlsplit(url).path)[1].lower()
        if css or not ext.isascii() or not ext[1:].isalnum() or len(ext) > 6:
            ext = ".css" if css else ext if ext[1:].isalnum() and len(ext) <= 6 else ""
        return hashlib.sha256(url.encode("utf-8")).hexdigest()[:24] + ext

    def fetch(self, url: str, *, css: bool = False) -> str | None:
        """The local reference for url, fetching it (and, for a stylesheet, what it uses) first."""
        if url in self.files or url in self.missing:
            return self.local(url)
        if not same_origin(url, self.origin):
            self.missing[url] = "on another site; only the site's own files are fetched"
            return None
        if len(self.files) >= MAX_FILES or self.total >= MAX_TOTAL_BYTES:
            self.missing[url] = "not fetched: the look already has as many files as it may keep"
            return None
        try:
            response = self.client.get(url)
        except httpx.HTTPError as exc:
            self.missing[url] = f"could not be fetched ({type(exc).__name__})"
            return None
        if response.status_code != 200:
            self.missing[url] = f"the site answered {response.status_code}"
            return None
        if not same_origin(str(response.url), self.origin):
            self.missing[url] = "redirected to another site"
            return None
        body = response.content
        if len(body) > MAX_FILE_BYTES:
            self.missing[url] = f"too large ({len(body) // 1024} KB)"
            return None
        is_css = css or response.headers.get("content-type", "").split(";")[0].strip() in _CSS_TYPES
        name = self._name(url, is_css)
        self.files[url] = name  # before the references, so an @import loop ends here
        if is_css:
            text = response.text
            for ref in css_references(text, url):
                self.fetch(ref, css=ref.split("?")[0].endswith(".css"))
            self.css_texts.append(text)
            body = rewrite_css(text, url, self.local).encode("utf-8")
        self.total += len(body)
        (self.folder / FILES / name).write_bytes(body)
        return self.local(url)


_FONT_FACE = re.compile(r"@font-face\s*\{([^}]*)\}", re.IGNORECASE)
_FAMILY = re.compile(r"font-family\s*:\s*[\"']?([^;\"'}]+)", re.IGNORECASE)
_CJK_NAMES = {
    "ja": re.compile(r"\bJP\b|Japanese|Mincho|Kaku|CJK ?JP|Noto Sans JP|Noto Serif JP", re.IGNORECASE),
    "ko": re.compile(r"\bKR\b|Korean|Hangul|Nanum|Gothic A1|CJK ?KR", re.IGNORECASE),
}
_CJK_RANGES = {"ja": re.compile(r"U\+30[4-9A-F]", re.IGNORECASE), "ko": re.compile(r"U\+AC", re.IGNORECASE)}


def cjk_fonts(css_texts: list[str]) -> dict[str, str]:
    """The site's own font families for Japanese and Korean, found by name or unicode-range."""
    found: dict[str, str] = {}
    for css in css_texts:
        for face in _FONT_FACE.finditer(css):
            family = _FAMILY.search(face.group(1))
            if family is None:
                continue
            name = family.group(1).strip()
            for lang in ("ja", "ko"):
                if lang not in found and (_CJK_NAMES[lang].search(name) or _CJK_RANGES[lang].search(face.group(1))):
                    found[lang] = name
    return found


def newest_post_link(client: httpx.Client, site_url: str) -> str:
    """The public address of the site's newest published post, from the REST API."""
    base = site_url.rstrip("/")
    tried: list[str] = []
    for url in (
        f"{base}/wp-json/wp/v2/posts?per_page=1&_fields=id,link",
        f"{base}/?rest_route=/wp/v2/posts&per_page=1&_fields=id,link",
    ):
        try:
            response = client.get(url)
        except httpx.HTTPError as exc:
            raise LookFetchFailed(
                f"could not reach {base} ({type(exc).__name__}); check the connection and try Refresh Site Look again"
            ) from None
        tried.append(f"{url} → {response.status_code}")
        try:
            posts = response.json() if response.status_code == 200 else None
        except ValueError:
            posts = None  # plain permalinks answer /wp-json/ with the home page
        if isinstance(posts, list):
            if not posts or not isinstance(posts[0], dict) or not posts[0].get("link"):
                raise LookFetchFailed(f"{base} has no published article yet; publish one, then refresh the look")
            return str(posts[0]["link"])
    raise LookFetchFailed(f"{base} did not list its posts ({'; '.join(tried)})")


def learn_look(
    site_name: str,
    site_url: str,
    cache: LookCache,
    *,
    client: httpx.Client | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> LookManifest:
    """Fetch, clean and keep the site's look; the old look stays if this fails."""
    own_client = client is None
    client = client or httpx.Client(
        timeout=TIMEOUT, follow_redirects=True, headers={"User-Agent": "Copydesk (site look)"}
    )
    staged = cache.staging(site_name)
    try:
        link = newest_post_link(client, site_url)
        if not same_origin(link, site_url):
            raise LookFetchFailed(
                f"the newest article's address {link} is not on {site_url}; "
                "the look is only learned from the site's own address"
            )
        try:
            response = client.get(link)
        except httpx.HTTPError as exc:
            raise LookFetchFailed(f"could not fetch {link} ({type(exc).__name__})") from None
        if response.status_code != 200:
            raise LookFetchFailed(
                f"{link} answered {response.status_code}; the article page is needed to learn the look"
            )
        soup = BeautifulSoup(response.text, "html.parser")
        make_inert(soup)
        collector = _Collector(client, site_url, staged, look_key(site_name))
        for tag in soup.find_all("link"):
            href = str(tag.get("href", ""))
            if href:
                collector.fetch(_join(link, href), css=True)
        for style in soup.find_all("style"):
            for ref in css_references(style_text(style), link):
                collector.fetch(ref, css=ref.split("?")[0].endswith(".css"))
        for tag in soup.find_all(style=True):
            for ref in css_references(str(tag["style"]), link):
                collector.fetch(ref)
        for img in soup.find_all(["img", "source"]):
            src = str(img.get("src", ""))
            if src and not src.startswith("data:"):
                collector.fetch(_join(link, src))
        rewrite_page_refs(soup, link, collector.local)
        page = str(soup)
        (staged / PAGE).write_text(page, encoding="utf-8")
        flavour, problem = "", ""
        try:
            flavour, full, column = prepare_templates(page)
            (staged / TEMPLATE_FULL).write_text(full, encoding="utf-8")
            (staged / TEMPLATE_COLUMN).write_text(column, encoding="utf-8")
        except PageNotUnderstood as exc:
            problem = str(exc)
        manifest = LookManifest(
            site=site_name,
            site_url=site_url,
            page_url=link,
            fetched_at=now().isoformat(),
            flavour=flavour,
            files=dict(collector.files),
            missing=tuple(Missing(u, r) for u, r in collector.missing.items()),
            problem=problem,
            lang_fonts=cjk_fonts(collector.css_texts + [style_text(s) for s in soup.find_all("style")]),
        )
        cache.commit(site_name, staged, manifest)
        log.info(
            "learned the look of %s from %s: %d files, %d missing",
            site_name,
            link,
            len(collector.files),
            len(collector.missing),
        )
        return manifest
    except BaseException:
        cache.discard(staged)
        raise
    finally:
        if own_client:
            client.close()


def _join(base: str, ref: str) -> str:
    from urllib.parse import urljoin

    return urljoin(base, ref.strip()).split("#", 1)[0]
