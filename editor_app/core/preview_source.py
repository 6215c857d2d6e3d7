"""From a stored article to the preview page: the one place that maps articles to PreviewArticle."""

from __future__ import annotations

from editor_app.core.desk import Desk
from editor_app.core.domain import Article
from editor_app.core.render import PreviewArticle, Renderer
from editor_app.core.text import text_stats


def preview_article(desk: Desk, article: Article) -> PreviewArticle:
    """Everything the template shows, from the desk's light (plain-SQL) side."""
    section = None
    if article.primary_section:
        found = desk.store.rows("SELECT name FROM sections WHERE slug = ?", (article.primary_section,))
        section = found[0][0] if found else None
    media = desk.media.featured(article.id)
    image_url = None
    if media is not None:
        image_url = media.path.as_uri() if media.path.exists() else media.remote_url
    return PreviewArticle(
        title=article.title,
        dek=article.dek,
        body=article.body,
        byline=article.byline,
        lang=article.lang,
        section=section,
        tags=article.tags,
        published_at=article.published_at,
        updated_at=article.updated_at,
        reading_minutes=text_stats(article.body).reading_minutes,
        featured_image_url=image_url,
        featured_caption=media.caption if media else "",
        featured_alt=media.alt if media else "",
        featured_credit=media.credit if media else "",
    )


def preview_html(
    desk: Desk, ref: str, renderer: Renderer | None = None, *, look: str | None = None, context: bool | None = None
) -> str:
    """The article's preview page: in the site's look or the desk's template (`look`), else as chosen
    for the article's site; a site look that cannot be worn falls back to the template with a note."""
    from editor_app.core.look.service import preview_page

    article = desk.articles.get(ref)
    request = desk.looks.request(article.site, look, context)
    return preview_page(renderer or Renderer(), preview_article(desk, article), request)
