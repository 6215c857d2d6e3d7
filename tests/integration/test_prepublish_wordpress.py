"""The pre-publish checks against a real WordPress: a slug another post has blocks the publish;
a link answering 404 (from a local web server) warns; neither reaches the site."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sync_support import cli_env, copydesk

from editor_app.core.errors import ChecksFailed
from editor_app.core.sync.cms import PostChanges


class _Links(BaseHTTPRequestHandler):
    """/gone answers 404; anything else 200 (HEAD and GET alike)."""

    def _answer(self) -> None:
        self.send_response(404 if self.path.startswith("/gone") else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = _answer  # noqa: N815 - http.server's method names
    do_GET = _answer  # noqa: N815

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def links() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Links)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_taken_slug_blocks_and_a_404_link_warns(make_desk, wp_client, isolated_keyring, links, tmp_path) -> None:
    slug = f"harbour-plan-{uuid.uuid4().hex[:8]}"
    other = wp_client("editor").create_post(
        PostChanges(title="Harbour plan", slug=slug, status="publish", content="<p>Earlier.</p>")
    )
    desk = make_desk()
    desk.terms.ensure_sections()
    body = f"The board voted. See [the plan]({links}/plan) and [the old page]({links}/gone/page)."
    art = desk.articles.create(
        "Harbour plan approved", dek="The vote ends a long debate.", body=body, byline="", sections=["News"], slug=slug
    )

    found = {f.code: f for f in desk.publishing.check(art.id)}
    assert "offline" not in found  # the site and the links were asked
    assert found["slug_taken"].blocking and found["slug_taken"].message.values["post"] == other.id
    broken = [f for f in found.values() if f.code == "link_broken"]
    assert [(f.severity, f.message.values["url"]) for f in broken] == [("warning", f"{links}/gone/page")]
    with pytest.raises(ChecksFailed) as refused:
        desk.publishing.publish_checked(art.id, accept_warnings=True)
    assert refused.value.blocked

    env = cli_env(desk.paths.data_dir, isolated_keyring.path)
    checked = copydesk("publish", art.id, "--check", "--json", env=env)
    assert checked.returncode == 1, checked.stderr
    codes = {f["code"]: f["severity"] for f in json.loads(checked.stdout)["findings"]}
    assert codes["slug_taken"] == "blocking" and codes["link_broken"] == "warning"
    assert desk.publish_queue.list(include_finished=True) == [] and desk.articles.get(art.id).remote_id is None

    desk.articles.update(art.id, slug=f"{slug}-approved")  # free: only the warnings are left
    found = {f.code: f for f in desk.publishing.check(art.id)}
    assert "slug_taken" not in found and not any(f.blocking for f in found.values())
    assert "link_broken" in found
    request = desk.publishing.publish_checked(art.id, accept_warnings=True)
    assert request.job_id
