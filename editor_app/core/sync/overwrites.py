"""Noticing, after the fact, an update that overwrote another desk's save.

WordPress cannot make an update conditional on the version it replaces: the push reads the post,
finds it as it last saw it and then writes, and another desk can save in between. The site keeps
a revision of every text it held, so once our update is in, the revision just before ours shows
what it replaced; when that is not the text the push had read, someone else's save was
overwritten, and the caller records it as a conflict for the user to decide.
"""

from __future__ import annotations

import logging

from editor_app.core.sync.cms import CmsClient, RemotePost
from editor_app.core.sync.errors import CmsError

log = logging.getLogger(__name__)


def _text(post: RemotePost) -> tuple[str, str, str]:
    return post.title, " ".join(post.content.split()), " ".join(post.excerpt.split())


def overwritten(client: CmsClient, read: RemotePost, written: RemotePost) -> RemotePost | None:
    """The text our update (`written`) replaced when it is not the one we had `read`; None when
    nothing was overwritten or the site will not say (no revisions, not allowed to read them)."""
    revisions = getattr(client, "post_revisions", None)
    if revisions is None or _text(read) == _text(written):
        return None  # the text did not change, so the site made no revision to compare with
    try:
        recent: list[RemotePost] = revisions(written.id, 2)
    except CmsError as exc:
        log.info("could not read the revisions of post %s to check for an overwrite: %s", written.id, exc)
        return None
    if len(recent) < 2 or _text(recent[0]) != _text(written):
        return None  # a newer save than ours is already there: the next pull meets it
    before = recent[1]
    return None if _text(before) == _text(read) else before
