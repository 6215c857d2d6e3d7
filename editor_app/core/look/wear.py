"""Show an article in a site's learned look: fill the template made by ``slots`` with its parts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import tzinfo
from functools import lru_cache
from html import escape
from pathlib import Path

from editor_app.core.render.preview import PreviewArticle, base_language, format_datetime, safe_image_url

from .cache import LOOK_SCHEME, MANIFEST, TEMPLATE_COLUMN, TEMPLATE_FULL, LookManifest, look_key

LOOKS = ("site", "desk")
_TOKEN = re.compile("\ue000(\\w+)\ue001")
_OPTIONAL = re.compile("\ue000if:(\\w+)\ue001(.*?)\ue000end:\\1\ue001", re.DOTALL)
_RUNNABLE = re.compile(r"<(script|iframe|frame|object|embed|form)\b", re.IGNORECASE)
_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")

CSP = (
    f"default-src 'none'; style-src {LOOK_SCHEME}: 'unsafe-inline'; font-src {LOOK_SCHEME}: data:; "
    f"img-src {LOOK_SCHEME}: data: file: http: https: blob:; base-uri 'none'; form-action 'none'"
)

# The desk's own stacks (resources/preview/article.css), for a site without Japanese or Korean fonts.
OUR_STACKS = {
    "ja": '"Hiragino Kaku Gothic ProN", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic", '
    "YuGothic, Meiryo, sans-serif",
    "ko": '"Apple SD Gothic Neo", "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "맑은 고딕", sans-serif',
}
_CJK_TEXT = (
    ":is(body, h1, h2, h3, h4, h5, h6, p, li, dd, dt, blockquote, figcaption, td, th, "
    ".wp-block-post-title, .entry-title, .wp-block-post-content, .entry-content, "
    ".wp-block-post-excerpt, .entry-summary, .wp-block-post-author, .byline, .author)"
)


class LookUnavailable(Exception):
    """The site's look cannot be worn; the message says why in plain words."""


@dataclass(frozen=True)
class SiteLook:
    """A learned look, read from its cache folder."""

    folder: Path
    manifest: LookManifest
    full: str
    column: str

    @classmethod
    def load(cls, folder: Path) -> SiteLook:
        manifest_file = folder / MANIFEST
        if not manifest_file.exists():
            raise LookUnavailable("the site's look has not been learned yet (Site → Refresh Site Look)")
        stamp = manifest_file.stat().st_mtime_ns
        return _load(folder, stamp)

    @property
    def key(self) -> str:
        return look_key(self.manifest.site)

    def render(self, article: PreviewArticle, body_html: str, *, context: bool = True, tz: tzinfo | None = None) -> str:
        """The whole page, the article's parts in the site's places; values are escaped, the body is
        the sanitised article HTML."""
        lang = article.lang if _LANG_TAG.match(article.lang or "") else "und"
        values = _values(article, body_html, lang, tz, self.manifest)
        page = self.full if context else self.column
        page = _OPTIONAL.sub(lambda m: m.group(2) if values.get(m.group(1)) else "", page)
        return _TOKEN.sub(lambda m: values.get(m.group(1), ""), page)


@lru_cache(maxsize=8)
def _load(folder: Path, _stamp: int) -> SiteLook:
    try:
        manifest = LookManifest.from_json((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise LookUnavailable(
            f"the stored look cannot be read ({exc}); refresh it (Site → Refresh Site Look)"
        ) from None
    if manifest.problem:
        raise LookUnavailable(f"the site's article page could not be understood: {manifest.problem}")
    try:
        full = (folder / TEMPLATE_FULL).read_text(encoding="utf-8")
        column = (folder / TEMPLATE_COLUMN).read_text(encoding="utf-8")
    except OSError:
        raise LookUnavailable("the stored look is incomplete; refresh it (Site → Refresh Site Look)") from None
    if _RUNNABLE.search(full) or _RUNNABLE.search(column):
        raise LookUnavailable("the stored look holds markup that could run; refresh it (Site → Refresh Site Look)")
    return SiteLook(folder, manifest, full, column)


def _lang_css(lang: str, manifest: LookManifest) -> str:
    base = base_language(lang)
    if base not in OUR_STACKS:
        return ""
    site_font = manifest.lang_fonts.get(base)
    stack = f'"{site_font}", {OUR_STACKS[base]}' if site_font else OUR_STACKS[base]
    # The same line breaking as the desk's template, over whatever the theme set: Japanese by
    # strict kinsoku without splitting Latin words, Korean between words only.
    breaking = "keep-all" if base == "ko" else "normal"
    rule = (
        f"html:lang({base}) {_CJK_TEXT} {{ font-family: {stack} !important; "
        f"line-break: strict !important; word-break: {breaking} !important; "
        "overflow-wrap: anywhere !important; }"
    )
    return rule


def _terms(names: list[str]) -> str:
    return ", ".join(f'<a rel="tag">{escape(n)}</a>' for n in names if n.strip())


def _values(
    article: PreviewArticle, body_html: str, lang: str, tz: tzinfo | None, manifest: LookManifest
) -> dict[str, str]:
    title = escape(article.title.strip() or "Untitled")
    head = (
        '<meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        f'<style id="copydesk-look">{_lang_css(lang, manifest)}</style>'
    )
    values = {
        "head": head,
        "lang": escape(lang, quote=True),
        "doc_title": title,
        "title": title,
        "dek": escape(article.dek.strip()),
        "byline": escape(article.byline.strip()),
        "body": body_html,
        "categories": _terms([article.section] if article.section else []),
        "tags": _terms(list(article.tags)),
    }
    for name, moment in (("published", article.published_at), ("updated", article.updated_at)):
        if moment is None or name == "updated" and article.published_at and moment <= article.published_at:
            continue
        values[name] = escape(format_datetime(moment, article.lang, tz))
        values[f"{name}_iso"] = escape(moment.isoformat(), quote=True)
    image = safe_image_url(article.featured_image_url)
    if image:
        values["featured"] = "1"
        values["featured_src"] = escape(image, quote=True)
        values["featured_alt"] = escape(article.featured_alt, quote=True)
    return values
