"""Gathering what the pre-publish checks look at (`core.prepublish`): the article, its images,
its open conflict and byline from the store, and, when a client is given, the site's posts with
the same slug and the links that answer 404.

A site that cannot be reached makes the checks offline (a warning says so) rather than failing:
the publish itself goes through the outbox and waits for the site like any other change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from editor_app.core.errors import CopydeskError
from editor_app.core.prepublish import CheckInput, web_links
from editor_app.core.store import articles_read, jobs, media_read
from editor_app.core.store.conflicts import has_open_conflict
from editor_app.core.store.engine import Store
from editor_app.core.store.sites import SiteFacts
from editor_app.core.sync.cms import CmsClient
from editor_app.core.sync.errors import CmsError

log = logging.getLogger(__name__)

LinkProbe = Callable[[list[str]], list[str]]


def gather(
    store: Store,
    media_dir: Path,
    ref: str,
    site: str | None,
    *,
    unsaved: bool,
    byline_choice_needed: Callable[[jobs.PublishTarget, SiteFacts], bool],
    open_client: Callable[[str], CmsClient] | None,
    probe_links: LinkProbe | None,
) -> CheckInput:
    article = articles_read.get_article(store, ref)
    target, facts = jobs.publish_inputs(store, article.id, site)
    images = media_read.for_article(store, media_dir, article.id)
    featured = next((m for m in images if m.featured), None)
    conflicted = has_open_conflict(store, article.id)
    data = CheckInput(
        title=article.title,
        dek=article.dek,
        body=article.body,
        slug=article.slug,
        lang=article.lang,
        sections=article.sections,
        byline=article.byline,
        byline_choice_needed=byline_choice_needed(target, facts),
        featured_present=featured is not None,
        featured_alt=featured.alt if featured is not None else "",
        body_image_alts={m.path.name: m.alt for m in images},
        open_conflict=conflicted,
        unsaved=unsaved,
    )
    if open_client is None:
        return data
    try:
        taken = _slug_taken_by(open_client, facts.name, article.slug, article.remote_id)
    except (CmsError, CopydeskError) as exc:  # the site, or its password in the keychain
        log.info("pre-publish checks of %s stay offline: %s", facts.name, type(exc).__name__)
        return data
    broken = (probe_links or _probe)(web_links(article.body))
    return replace(data, online=True, slug_taken_by=taken, broken_links=tuple(broken))


def _slug_taken_by(open_client: Callable[[str], CmsClient], site: str, slug: str, own_id: int | None) -> int | None:
    client = open_client(site)
    try:
        if not slug:  # the site makes one from the headline, numbered when taken
            client.site_info()  # still, the site answers: the checks are online
            return None
        others = [p.id for p in client.find_posts_by_slug(slug) if p.id != own_id]
    finally:
        client.close()
    return others[0] if others else None


def _probe(urls: list[str]) -> list[str]:
    from editor_app.core.sync.links import broken_links

    return broken_links(urls)
