"""Trying a story's links before it is published: which ones answer 404.

Only a 404 (or 410) counts as broken. A timeout, a refused connection or a 403 from a site that
turns away robots says nothing certain about the link, so it is not reported: the check must not
cry wolf. HEAD first (cheap); servers that refuse HEAD (405, 501) are asked with GET, whose body
is not read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

import httpx

log = logging.getLogger(__name__)

GONE = frozenset({404, 410})
DEFAULT_TIMEOUT = 5.0
MAX_LINKS = 50  # a story with more links is tried on its first fifty
_HEADERS = {"User-Agent": "Copydesk link check"}


def _status(client: httpx.Client, url: str) -> int | None:
    try:
        response = client.head(url)
        if response.status_code in (405, 501):
            with client.stream("GET", url) as streamed:
                return streamed.status_code
        return response.status_code
    except httpx.HTTPError as exc:
        log.debug("link check of %s failed: %s", url, type(exc).__name__)
        return None


def broken_links(urls: Iterable[str], *, timeout: float = DEFAULT_TIMEOUT, workers: int = 4) -> list[str]:
    """The links (http or https) that answer 404 or 410, in the order given."""
    wanted = list(dict.fromkeys(urls))[:MAX_LINKS]
    if not wanted:
        return []
    with httpx.Client(timeout=timeout, follow_redirects=True, headers=_HEADERS) as client:
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(wanted)))) as pool:
            statuses = list(pool.map(lambda u: _status(client, u), wanted))
    return [u for u, status in zip(wanted, statuses, strict=True) if status in GONE]
