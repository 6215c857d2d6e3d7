"""HTML → Markdown for a page of pulled posts.

Kept apart from the pull loop so the pull can overlap it with the download of the next page.
A pool of worker processes was tried and measured: on a two-core machine that also runs the
site it was slower (process start-up and pickling, and no idle core to use), so the
conversion runs in-process.
"""

from __future__ import annotations

from collections.abc import Sequence

Item = tuple[str, str, str]  # title, excerpt, content (HTML)


def convert_batch(items: Sequence[Item]) -> list[Item]:
    """(title, dek, Markdown body) for each (title, excerpt, HTML)."""
    from editor_app.core.render import html_to_markdown

    return [(title, excerpt, html_to_markdown(html).strip("\n")) for title, excerpt, html in items]
