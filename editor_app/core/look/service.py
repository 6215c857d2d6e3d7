"""The one door to site looks for the CLI and the UI: learn, read the choice, render a preview page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from editor_app.core.errors import InvalidInput
from editor_app.core.paths import AppPaths
from editor_app.core.render.preview import PreviewArticle
from editor_app.core.render.renderer import Renderer

from .cache import LOOK_DESK, LOOK_SITE, LookCache, LookChoice, LookChoices, LookManifest, LookRequest
from .wear import LookUnavailable, SiteLook


@dataclass(frozen=True)
class PreviewPage:
    html: str
    look_key: str | None  # the look whose files the page uses (its URL host), None for the desk's template


def render_page(
    renderer: Renderer, article: PreviewArticle, request: LookRequest | None = None, tz: tzinfo | None = None
) -> PreviewPage:
    """The preview page of an article: in the site's look when asked and possible, else in the desk's
    template — with a visible note saying why when the site's look was asked for."""
    request = request or LookRequest()
    if request.look == LOOK_SITE:
        try:
            if request.folder is None:
                raise LookUnavailable("this article belongs to no site")
            site_look = SiteLook.load(request.folder)
            html = site_look.render(
                article, renderer.preview_body(article.body, article.lang), context=request.context, tz=tz
            )
            return PreviewPage(html, site_look.key)
        except LookUnavailable as exc:
            return PreviewPage(renderer.preview_html(article, tz, note=f"Shown in the desk's template: {exc}."), None)
    return PreviewPage(renderer.preview_html(article, tz), None)


def preview_page(
    renderer: Renderer, article: PreviewArticle, request: LookRequest | None = None, tz: tzinfo | None = None
) -> str:
    """The page's HTML alone (see `render_page`)."""
    return render_page(renderer, article, request, tz).html


class LookService:
    def __init__(self, paths: AppPaths) -> None:
        self.cache = LookCache(paths.cache_dir)
        self.choices = LookChoices(paths.config_dir)

    def learn(self, site_name: str, site_url: str) -> LookManifest:
        """Fetch the site's look now (network: call it off the UI thread)."""
        from .learn import learn_look

        return learn_look(site_name, site_url, self.cache)

    def manifest(self, site_name: str) -> LookManifest | None:
        return self.cache.manifest(site_name)

    def choice(self, site_name: str) -> LookChoice:
        return self.choices.get(site_name)

    def set_choice(self, site_name: str, look: str | None = None, context: bool | None = None) -> LookChoice:
        current = self.choices.get(site_name)
        if look is not None and look not in (LOOK_SITE, LOOK_DESK):
            raise InvalidInput(f"unknown look {look!r}; expected site or desk")
        choice = LookChoice(look or current.look, current.context if context is None else context)
        self.choices.set(site_name, choice)
        return choice

    def request(self, site_name: str | None, look: str | None = None, context: bool | None = None) -> LookRequest:
        """What to render an article of this site in: the given look, else the site's saved choice."""
        if site_name is None:
            return LookRequest(look or LOOK_DESK, None, True if context is None else context)
        choice = self.choices.get(site_name)
        folder = self.cache.folder(site_name)
        if look is None and not self.choices.saved(site_name) and not folder.exists():
            look = LOOK_DESK  # nothing learned and nothing chosen yet: the template, without a note
        return LookRequest(look or choice.look, folder, choice.context if context is None else context)
