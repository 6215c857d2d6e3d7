"""The preview from one place: an article — stored, or as the editor holds it unsaved — to its page.

`PreviewSource` is what a preview shows; `source_from_article` fills it from the store and the
editor fills it from its fields. `preview_document` is the one function that turns a source into
the preview page, for the GUI's preview and for `copydesk render` alike, and `PauseRules` says
when a live preview (one that follows typing) is paused for size and when it resumes.

Rendering imports Python-Markdown and the sanitiser, so those are imported inside the functions:
the editor imports this module at start-up, and the first render happens on a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.i18n import QT_TRANSLATE_NOOP, Message
from editor_app.core.look.cache import LookRequest
from editor_app.core.text import TextStats, text_stats

if TYPE_CHECKING:
    from editor_app.core.desk import Desk
    from editor_app.core.domain import Article
    from editor_app.core.render import PreviewArticle, Renderer

# setHtml navigates to a data: URL of the percent-encoded page, and Chromium refuses URLs longer than
# 2 MiB (url::kMaxURLChars): every byte but A-Z a-z 0-9 - . _ ~ counts three times, so an English page
# fails from about 1.4 MB and a Japanese one from about 0.7 MB (the load just fails, with no message).
MAX_URL_CHARS = 2 * 1024 * 1024 - 1024  # a little below, for the "data:text/html;charset=UTF-8," prefix and mark
_UNRESERVED = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
_CONTEXT = "PreviewController"  # where the pause notes are translated (the preview's controller shows them)


@dataclass(frozen=True)
class PreviewSource:
    """What the preview shows: the editor's current values, or the store's for a saved article."""

    article_id: str
    title: str
    dek: str
    body: str  # Markdown
    byline: str
    lang: str
    section: str | None  # the primary section's name, as the label above the headline
    tags: tuple[str, ...]
    published_at: datetime | None
    updated_at: datetime | None
    featured_url: str = ""  # a web URL, a file URL or a local path
    featured_alt: str = ""
    featured_caption: str = ""
    featured_credit: str = ""
    look: LookRequest | None = None  # the site's look or the desk's template (None: the template)


@dataclass(frozen=True)
class PreviewDocument:
    """The page, or why there is none (`paused`, translated where it is shown)."""

    article_id: str
    html: str | None
    stats: TextStats
    paused: Message | None = None
    look_key: str | None = None  # the site look the page wears, whose files come from the look scheme


@dataclass(frozen=True)
class PauseRules:
    """When a live preview is paused for size, and when it resumes.

    Typing comes first: a body past `pause_chars` is not rendered at all. A paused preview resumes
    only once the body is back under `resume_chars`, so typing or deleting around the limit does
    not flip the pane between the page and the note on every render. A page whose data: URL would
    pass `max_url_chars` cannot be shown by the web view, so it is paused rather than left blank."""

    pause_chars: int = 1_500_000
    resume_chars: int = 1_400_000
    max_url_chars: int = MAX_URL_CHARS

    def body_too_large(self, body_chars: int, *, paused: bool = False) -> bool:
        """Whether to pause for this body; `paused` says the preview of this article is paused now."""
        return body_chars >= self.resume_chars if paused else body_chars > self.pause_chars

    def page_too_large(self, html: str) -> bool:
        return data_url_chars(html) > self.max_url_chars


LIVE = PauseRules()  # the GUI's preview


def data_url_chars(html: str) -> int:
    """Length of the page percent-encoded, as setHtml puts it in its data: URL."""
    data = html.encode("utf-8")
    return len(data) + 2 * len(data.translate(None, _UNRESERVED))


def image_url(url: str) -> str | None:
    """The featured image as the page loads it: a local path becomes a file URL."""
    url = url.strip()
    if not url:
        return None
    if "://" not in url and not url.startswith("data:"):
        return Path(url).expanduser().absolute().as_uri()
    return url


def preview_article(src: PreviewSource, stats: TextStats | None = None) -> PreviewArticle:
    """Everything the page template shows, from a source."""
    from editor_app.core.render import PreviewArticle

    return PreviewArticle(
        title=src.title,
        dek=src.dek,
        body=src.body,
        byline=src.byline,
        lang=src.lang,
        section=src.section,
        tags=src.tags,
        published_at=src.published_at,
        updated_at=src.updated_at,
        reading_minutes=(stats or text_stats(src.body)).reading_minutes,
        featured_image_url=image_url(src.featured_url),
        featured_caption=src.featured_caption,
        featured_alt=src.featured_alt,
        featured_credit=src.featured_credit,
    )


def preview_document(
    src: PreviewSource,
    renderer: Renderer | None = None,
    *,
    rules: PauseRules | None = None,
    paused: bool = False,
    tz: tzinfo | None = None,
) -> PreviewDocument:
    """The preview page of `src`. With `rules` (a live preview) a page too large is paused instead;
    `paused` says whether this article's preview is paused now (see `PauseRules`). Without rules
    (`copydesk render`) the whole page is always made."""
    stats = text_stats(src.body)
    if rules is not None and rules.body_too_large(len(src.body), paused=paused):
        size = len(src.body.encode("utf-8")) / 1_000_000
        note = QT_TRANSLATE_NOOP(
            "PreviewController", "Preview paused: this article is {size} MB, too large to preview while you type."
        )
        return PreviewDocument(src.article_id, None, stats, Message(_CONTEXT, note, {"size": f"{size:.1f}"}))
    from editor_app.core.look.service import render_page
    from editor_app.core.render import Renderer

    page = render_page(renderer or Renderer(), preview_article(src, stats), src.look, tz)
    if rules is not None and rules.page_too_large(page.html):
        note = QT_TRANSLATE_NOOP(
            "PreviewController", "Preview paused: the rendered page is larger than the preview can show."
        )
        return PreviewDocument(src.article_id, None, stats, Message(_CONTEXT, note))
    return PreviewDocument(src.article_id, page.html, stats, look_key=page.look_key)


def source_from_article(desk: Desk, article: Article, look: LookRequest | None = None) -> PreviewSource:
    """A stored article as the preview shows it (the editor builds the same from its fields)."""
    section = None
    if article.primary_section:
        names = {t.slug: t.name for t in desk.terms.sections()}
        section = names.get(article.primary_section, article.primary_section)
    media = desk.media.featured(article.id)
    url = ""
    if media is not None:
        url = str(media.path) if media.path.exists() else (media.remote_url or "")
    return PreviewSource(
        article_id=article.id,
        title=article.title,
        dek=article.dek,
        body=article.body,
        byline=article.byline,
        lang=article.lang,
        section=section,
        tags=article.tags,
        published_at=article.published_at,
        updated_at=article.updated_at,
        featured_url=url,
        featured_alt=media.alt if media else "",
        featured_caption=media.caption if media else "",
        featured_credit=media.credit if media else "",
        look=look if look is not None else desk.looks.request(article.site),
    )


def preview_html(
    desk: Desk, ref: str, renderer: Renderer | None = None, *, look: str | None = None, context: bool | None = None
) -> str:
    """The stored article's whole preview page (`copydesk render`): in the site's look or the desk's
    template (`look`), else as chosen for the article's site; a site look that cannot be worn falls
    back to the template with a note."""
    article = desk.articles.get(ref)
    request = desk.looks.request(article.site, look, context)
    html = preview_document(source_from_article(desk, article, request), renderer).html
    assert html is not None  # no pause rules, so always a page
    return html
