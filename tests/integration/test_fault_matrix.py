"""Every fault of issue 15 for every write the desk sends, on a real WordPress through the
fault-injecting proxy: one post per article, no lost edit, a clear message where a person must act.

Each case prepares its article on a clean line, then lets the proxy spoil the one request that
matters (the create, the update, the tag's creation, the image upload, the schedule or the
cancel) exactly once, syncs with a short read timeout, and syncs again while anything is left
in the outbox (as the app's next sync would). The table of outcomes is printed at the end of the
run (tests/integration/fault_matrix.py). One WordPress serves the whole module.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fault_matrix import FAULTS, OPERATIONS, ROWS, Row
from fault_proxy import PHP_FATAL_ERROR, FaultProxy
from sqlalchemy import select
from sync_support import open_desk

from editor_app.core.desk import Desk
from editor_app.core.services.syncing import sync_site
from editor_app.core.store.models import OutboxOp
from editor_app.core.sync.engine import SyncReport
from editor_app.core.sync.wordpress import WordPressClient

READ_TIMEOUT_S = 3.0
HOLD_S = READ_TIMEOUT_S + 2.0  # how long a "timeout" fault keeps the client waiting
RETRY_BUDGET_S = 5.0  # a sync waits this long for a retry inside the same run
MAX_SYNCS = 4
WP_401 = json.dumps({
    "code": "incorrect_password",
    "message": "The provided password is an invalid application password.",
    "data": {"status": 401},
})

ROUTES = {
    "create": r"^/wp-json/wp/v2/posts(\?|$)",
    "update": r"^/wp-json/wp/v2/posts/\d+(\?|$)",
    "term": r"^/wp-json/wp/v2/tags(\?|$)",
    "media": r"^/wp-json/wp/v2/media(\?|$)",
    "schedule": r"^/wp-json/wp/v2/posts/\d+(\?|$)",
    "cancel": r"^/wp-json/wp/v2/posts/\d+(\?|$)",
}


def inject(proxy: FaultProxy, fault: str, route: str) -> None:
    """Spoil the next POST to `route`, once."""
    if fault == "timeout before send":
        proxy.stall(route, HOLD_S, method="POST")
    elif fault == "timeout after send":
        proxy.delay(route, HOLD_S, method="POST", forward=True)
    elif fault == "reset":
        proxy.reset(route, method="POST", forward=True)
    elif fault == "429 Retry-After":
        proxy.respond(route, 429, '{"code":"too_many"}', method="POST", content_type="application/json",
                      headers={"Retry-After": "1"})
    elif fault in ("500", "502", "503"):
        proxy.respond(route, int(fault), "<html><body>Server trouble</body></html>", method="POST")
    elif fault == "non-JSON body":
        proxy.respond(route, 200, PHP_FATAL_ERROR, method="POST", forward=True)
    elif fault == "truncated body":
        proxy.truncate(route, method="POST")
    elif fault == "wrong password":
        proxy.respond(route, 401, WP_401, method="POST", content_type="application/json")
    else:
        raise AssertionError(fault)


def png_bytes() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    colour = uuid.uuid4().bytes[:3]  # a file of its own per case
    rows = b"".join(b"\x00" + colour * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


@dataclass
class Case:
    desk: Desk
    article_id: str
    last_body: str
    tag: str = ""
    media_id: int = 0
    job_id: int = 0
    at: datetime | None = None


def prepare(op: str, desk: Desk, client: WordPressClient, tmp_path: Path) -> Case:
    """The local change the faulted request will carry; articles that must exist on the site
    first are sent on a clean line."""
    tag = f"fault-{uuid.uuid4().hex[:8]}"
    body = f"First text {uuid.uuid4().hex[:6]}."
    art = desk.articles.create(f"Fault {op} {uuid.uuid4().hex[:8]}", body=body,
                              tags=[tag] if op == "term" else [])
    case = Case(desk, art.id, body, tag=tag)
    if op == "media":
        photo = tmp_path / f"photo-{uuid.uuid4().hex[:6]}.png"
        photo.write_bytes(png_bytes())
        case.media_id = desk.media.add(art.id, photo, alt="A harbour at dusk", featured=True).id
    if op in ("update", "schedule", "cancel"):
        if op == "cancel":
            case.at = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
            case.job_id = desk.publishing.publish(art.id, at=case.at).job_id
        clean = sync_site(desk, "wp", client=client, claim_unassigned=True, pull_first=False)
        assert clean.ok and not outbox(desk), clean.summary()
    if op == "update":
        case.last_body = f"Edited text {uuid.uuid4().hex[:6]}, which must reach the site."
        desk.articles.update(art.id, body=case.last_body)
    elif op == "schedule":
        case.at = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
        desk.publishing.publish(art.id, at=case.at)
    elif op == "cancel":
        desk.publish_queue.cancel(case.job_id)
    return case


def outbox(desk: Desk) -> list[OutboxOp]:
    with desk.store.read() as s:
        return list(s.scalars(select(OutboxOp)))


def shown_messages(desk: Desk, report: SyncReport) -> list[str]:
    texts = [report.message or "", *(f.message for f in report.failures)]
    texts += [op.last_error or "" for op in outbox(desk)]
    texts += [job.message for job in desk.publish_queue.list(include_finished=True)]
    return [t for t in texts if t]


def check_site(op: str, case: Case, admin: WordPressClient) -> None:
    # Titles are unique per case; the create marker is gone once the post's id is known, so
    # doubles are looked for by title among every post that is not in the trash.
    local = case.desk.articles.get(case.article_id)
    found = [p for p in admin.list_posts(status="any") if p.title == local.title]
    assert len(found) == 1, f"the article is on the site {len(found)} times"
    post = found[0]
    assert local.remote_id == post.id and not local.dirty
    assert case.last_body in post.content, "the last edit did not reach the site"
    if op == "term":
        same = [t for t in admin.list_terms("post_tag") if t.name == case.tag]
        assert len(same) == 1, f"the tag exists {len(same)} times"
        assert same[0].id in post.tags
    if op == "media":
        [asset] = [m for m in case.desk.media.list(case.article_id) if m.id == case.media_id]
        marker = f"{case.article_id}-m{asset.id}"
        uploads = admin.find_media_by_marker(marker)
        assert len(uploads) == 1, f"the image is on the site {len(uploads)} times"
        assert post.featured_media == uploads[0].id
    if op == "schedule":
        assert post.status == "future" and post.date_gmt == case.at
    if op == "cancel":
        assert post.status == "draft"


@pytest.fixture
def editor_client(wp_site, fault_proxy):
    user = wp_site.user("editor")
    client = WordPressClient(fault_proxy.url, user.username, user.app_password,
                             timeout=httpx.Timeout(READ_TIMEOUT_S, connect=5.0))
    yield client
    client.close()


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("op", OPERATIONS)
def test_fault_matrix(op, fault, wp_site, fault_proxy, editor_client, wp_client, isolated_keyring, tmp_path):
    user = wp_site.user("editor")
    desk = open_desk(tmp_path / "desk", fault_proxy.url, user.username, user.app_password)
    verdict, first, syncs, sent = "not run", "", 0, 0
    try:
        case = prepare(op, desk, editor_client, tmp_path)
        before = fault_proxy.count("POST", ROUTES[op])
        inject(fault_proxy, fault, ROUTES[op])

        report = sync_site(desk, "wp", client=editor_client, claim_unassigned=True,
                           retry_budget_s=RETRY_BUDGET_S, pull_first=False)
        syncs, first = 1, report.state if report.state != "online" else ("ok" if report.ok else "left work")
        messages = shown_messages(desk, report)
        assert not any("Traceback" in m or user.app_password in m for m in messages), messages
        if fault == "wrong password":
            # A person must act: the site pauses and says what to do, nothing is dropped.
            assert report.state == "paused", report.summary()
            assert "application password" in report.message and user.username in report.message
            assert outbox(desk), "the change was dropped while the site was paused"
            desk.sites.set_password("wp", user.app_password)  # the user enters a new one
        while outbox(desk) and syncs < MAX_SYNCS:
            fault_proxy.clear()
            report = sync_site(desk, "wp", client=editor_client, claim_unassigned=True,
                               retry_budget_s=RETRY_BUDGET_S, pull_first=False)
            syncs += 1
        assert report.ok, report.summary()
        assert outbox(desk) == [], [(o.kind, o.state, o.last_error) for o in outbox(desk)]
        sent = fault_proxy.count("POST", ROUTES[op]) - before
        check_site(op, case, wp_client("admin"))
        verdict = "ok"
    except AssertionError as exc:
        verdict = str(exc).splitlines()[0][:160]
        raise
    finally:
        ROWS.append(Row(op, fault, first, syncs, sent, verdict))
        desk.close()
