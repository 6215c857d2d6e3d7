"""The create marker on a real WordPress: found by search in every status and in both of its forms,
gone from what is read back, and never on the page."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest

from editor_app.core.render import Renderer
from editor_app.core.sync.cms import PostChanges

BODY = "## Results {#results}\n\nThe council voted **twice**.\n\n- one\n- two\n"


@pytest.mark.parametrize("fmt", ["blocks", "html"])
def test_the_marker_is_found_in_every_status_and_never_shown(wp_site, wp_client, fmt: str) -> None:
    # An author lacks unfiltered_html: what reaches the site has passed kses.
    author, editor = wp_client("author"), wp_client("editor")
    content = Renderer().publish_html(BODY, "en", fmt=fmt, wp_version=wp_site.wp_version)
    made = []
    try:
        for client, status in ((author, "draft"), (editor, "pending"), (author, "publish")):
            marker = str(uuid.uuid4())
            post = client.create_post(PostChanges(title=f"Marker {status}", content=content, status=status,
                                                  marker=marker))
            made.append(post.id)
            assert post.status == status and post.marker == marker
            [found] = editor.find_posts_by_marker(marker)
            assert found.id == post.id and found.marker == marker
            assert " ".join(found.content.split()) == " ".join(content.split())  # the text round-trips
            assert "copydesk" not in found.content
        page = httpx.get(f"{wp_site.base_url}/?p={made[-1]}", follow_redirects=True, timeout=30)
        assert page.status_code == 200 and "The council voted" in page.text
        # (the test site's own name holds the word "copydesk"; the marker's forms must not appear)
        shown = re.sub(r"<!--.*?-->", "", page.text, flags=re.S)
        assert marker not in shown and "copydeskId" not in page.text and not re.search(r"<p>\s*</p>", shown)
        if fmt == "blocks":  # block delimiters never reach the page; plain HTML keeps the comment
            assert marker not in page.text
    finally:
        for post_id in made:
            editor.delete_post(post_id, force=True)


def test_posts_created_with_the_old_marker_are_still_found(wp_client) -> None:
    editor = wp_client("editor")
    marker = str(uuid.uuid4())
    old = f"<!-- wp:paragraph -->\n<p>Old post.</p>\n<!-- /wp:paragraph -->\n<!-- copydesk:{marker} -->"
    post = editor.create_post(PostChanges(title="Old marker", content=old, status="draft"))
    try:
        [found] = editor.find_posts_by_marker(marker)
        assert found.id == post.id and found.marker == marker and "copydesk" not in found.content
    finally:
        editor.delete_post(post.id, force=True)
