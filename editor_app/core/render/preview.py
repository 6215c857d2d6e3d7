"""The article preview page: a template in ``resources/preview`` filled with escaped values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import lru_cache
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from editor_app.core.photo_credit import credit_line

TEMPLATE_NAME = "article.html"
STYLESHEET_NAME = "article.css"

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_IMAGE_SCHEMES = frozenset({"http", "https", "file"})


def resources_dir() -> Path:
    """The repository's ``resources`` directory, found from this package's location."""
    return Path(__file__).resolve().parents[3] / "resources"


@dataclass(frozen=True)
class PreviewArticle:
    title: str
    dek: str
    body: str  # Markdown
    byline: str
    lang: str
    section: str | None
    tags: tuple[str, ...]
    published_at: datetime | None  # aware, UTC
    updated_at: datetime | None  # aware, UTC
    reading_minutes: int
    featured_image_url: str | None = None
    featured_caption: str = ""
    featured_alt: str = ""
    featured_credit: str = ""


@dataclass(frozen=True)
class _Labels:
    byline_prefix: str
    published: str
    updated: str
    reading: str  # format string with {n}
    tags: str
    untitled: str


_LABELS = {
    "en": _Labels("By ", "Published", "Updated", "{n} min read", "Tags", "Untitled"),
    "ja": _Labels("", "公開", "更新", "約{n}分で読めます", "タグ", "無題"),
    "ko": _Labels("", "입력", "수정", "{n}분 분량", "태그", "제목 없음"),
}


def base_language(lang: str) -> str:
    return lang.lower().replace("_", "-").split("-", 1)[0]


def format_datetime(moment: datetime, lang: str, tz: tzinfo | None) -> str:
    """Newsroom-style timestamp in the article's language; ``tz=None`` uses the local zone."""
    local = moment.astimezone(tz)
    zone = local.tzname() or ""
    base = base_language(lang)
    if base == "ja":
        return f"{local.year}年{local.month}月{local.day}日 {local.hour}:{local.minute:02d} {zone}".strip()
    if base == "ko":
        half = "오전" if local.hour < 12 else "오후"
        hour = local.hour % 12 or 12
        return (f"{local.year}년 {local.month}월 {local.day}일 {half} {hour}:{local.minute:02d} {zone}").strip()
    hour = local.hour % 12 or 12
    meridiem = "a.m." if local.hour < 12 else "p.m."
    return f"{local:%B} {local.day}, {local.year}, {hour}:{local.minute:02d} {meridiem} {zone}".strip()


def safe_image_url(url: str | None) -> str | None:
    """Only web, local-file and inline image URLs may load in the preview."""
    if not url:
        return None
    url = url.strip()
    if url.lower().startswith("data:image/"):
        return url
    scheme = urlsplit(url).scheme.lower()
    return url if scheme in _IMAGE_SCHEMES else None


class PreviewTemplate:
    """The page template and stylesheet, read once; ``render`` escapes every user value."""

    def __init__(self, template: str, stylesheet: str) -> None:
        self._template = template
        self._stylesheet = stylesheet

    @classmethod
    def load(cls, directory: Path | None = None) -> PreviewTemplate:
        return _load_template(directory or resources_dir() / "preview")

    def render(self, article: PreviewArticle, body_html: str, tz: tzinfo | None = None, note: str = "") -> str:
        lang = article.lang if _LANG_TAG.match(article.lang or "") else "und"
        labels = _LABELS.get(base_language(lang), _LABELS["en"])
        values = {
            "lang": escape(lang),
            "title": escape(article.title.strip() or labels.untitled),
            "stylesheet": self._stylesheet,
            "section": _section(article.section),
            "dek": f'<p class="dek">{escape(article.dek.strip())}</p>' if article.dek.strip() else "",
            "meta": _meta(article, labels, tz),
            "featured": _featured(article),
            "body": body_html,
            "tags": _tags(article.tags, labels),
            "note": f'<p class="look-note" role="note">{escape(note)}</p>' if note else "",
        }
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), self._template)


@lru_cache(maxsize=4)
def _load_template(directory: Path) -> PreviewTemplate:
    template = (directory / TEMPLATE_NAME).read_text(encoding="utf-8")
    stylesheet = (directory / STYLESHEET_NAME).read_text(encoding="utf-8")
    # The stylesheet sits inside <style>; make sure it cannot close the element early.
    return PreviewTemplate(template, stylesheet.replace("</", "<\\/"))


def _section(section: str | None) -> str:
    if not section or not section.strip():
        return ""
    return f'<p class="section-label">{escape(section.strip())}</p>'


def _meta(article: PreviewArticle, labels: _Labels, tz: tzinfo | None) -> str:
    parts: list[str] = []
    if article.byline.strip():
        parts.append(
            f'<span class="byline">{escape(labels.byline_prefix)}'
            f'<span class="author">{escape(article.byline.strip())}</span></span>'
        )
    for label, moment, css in (
        (labels.published, article.published_at, "published"),
        (labels.updated, article.updated_at, "updated"),
    ):
        if moment is None:
            continue
        if css == "updated" and article.published_at is not None and moment <= article.published_at:
            continue  # an "updated" stamp that is not later than publication is noise
        parts.append(
            f'<span class="{css}">{escape(label)} <time datetime="{escape(moment.isoformat())}">'
            f"{escape(format_datetime(moment, article.lang, tz))}</time></span>"
        )
    if article.reading_minutes > 0:
        text = labels.reading.format(n=article.reading_minutes)
        parts.append(f'<span class="reading-time">{escape(text)}</span>')
    return "\n        ".join(parts)


def _featured(article: PreviewArticle) -> str:
    url = safe_image_url(article.featured_image_url)
    if url is None:
        return ""
    caption = ""
    if article.featured_caption.strip() or article.featured_credit.strip():
        line = credit_line(article.featured_credit, article.lang)  # as the site shows it: "Photo: …"
        credit = f' <span class="credit">{escape(line)}</span>' if line else ""
        caption = f"<figcaption>{escape(article.featured_caption.strip())}{credit}</figcaption>"
    return (
        f'<figure class="featured-image"><img src="{escape(url, quote=True)}" '
        f'alt="{escape(article.featured_alt, quote=True)}">{caption}</figure>'
    )


def _tags(tags: tuple[str, ...], labels: _Labels) -> str:
    items = "".join(f"<li>{escape(tag.strip())}</li>" for tag in tags if tag.strip())
    if not items:
        return ""
    return f'<footer class="tags"><h2 class="tags-label">{escape(labels.tags)}</h2><ul>{items}</ul></footer>'
