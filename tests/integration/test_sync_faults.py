"""Faults between the desk and the site: lost answers, a killed sync, refused credentials."""

from __future__ import annotations

import json
import signal
import time
import uuid

import pytest
from fault_proxy import PHP_FATAL_ERROR
from sqlalchemy import select
from sync_support import cli_env, copydesk, open_desk, start_copydesk

from editor_app.core.desk import Desk
from editor_app.core.paths import AppPaths
from editor_app.core.services.syncing import sync_site
from editor_app.core.store.models import OutboxOp

POSTS = r"^/wp-json/wp/v2/posts(\?|$)"


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


@pytest.fixture
def proxied_desk(wp_site, fault_proxy, isolated_keyring, tmp_path):
    user = wp_site.user("editor")
    desk = open_desk(tmp_path / "desk", fault_proxy.url, user.username, user.app_password)
    yield desk
    desk.close()


def _outbox(desk: Desk) -> list[OutboxOp]:
    with desk.store.read() as s:
        return list(s.scalars(select(OutboxOp)))


def _one_post_each(admin, desk: Desk, article_ids: list[str]) -> None:
    for article_id in article_ids:
        found = admin.find_posts_by_marker(article_id)
        assert len(found) == 1, f"article {article_id} is on the site {len(found)} times"
        assert desk.articles.get(article_id).remote_id == found[0].id


def test_a_create_whose_response_is_dropped_makes_exactly_one_post(proxied_desk, fault_proxy, wp_client):
    art = proxied_desk.articles.create(unique("Dropped answer"), body="Only once.")
    fault_proxy.drop_response(POSTS, method="POST")

    report = sync_site(proxied_desk, "wp", claim_unassigned=True, retry_budget_s=0)

    assert report.ok, report.summary()
    assert fault_proxy.count("POST", POSTS) == 1  # never sent twice
    _one_post_each(wp_client("admin"), proxied_desk, [art.id])
    assert _outbox(proxied_desk) == []


def test_a_php_error_page_after_a_create_is_reconciled_not_repeated(proxied_desk, fault_proxy, wp_client):
    art = proxied_desk.articles.create(unique("Fatal error answer"), body="Saved despite the error.")
    fault_proxy.respond(POSTS, 200, PHP_FATAL_ERROR, method="POST", forward=True)

    report = sync_site(proxied_desk, "wp", claim_unassigned=True, retry_budget_s=0)

    assert report.ok, report.summary()
    assert fault_proxy.count("POST", POSTS) == 1
    _one_post_each(wp_client("admin"), proxied_desk, [art.id])


def test_503_with_retry_after_is_honoured(proxied_desk, fault_proxy):
    art = proxied_desk.articles.create(unique("Busy site"), body="x")
    fault_proxy.respond(POSTS, 503, "busy", method="POST", headers={"Retry-After": "1"})
    started = time.monotonic()

    report = sync_site(proxied_desk, "wp", claim_unassigned=True, retry_budget_s=10)

    assert report.ok and report.push.created == 1
    assert time.monotonic() - started >= 1.0
    assert proxied_desk.articles.get(art.id).remote_id is not None


def test_a_sync_killed_midway_finishes_after_a_restart_with_nothing_lost_or_doubled(
    wp_site, fault_proxy, isolated_keyring, tmp_path, wp_client
):
    user = wp_site.user("editor")
    data_dir = tmp_path / "desk"
    desk = open_desk(data_dir, fault_proxy.url, user.username, user.app_password)
    ids = [desk.articles.create(unique(f"Batch {n}"), body=f"Article number {n}.").id for n in range(24)]
    desk.close()
    env = cli_env(data_dir, isolated_keyring.path)
    # Slow creates down so the kill lands while some are in flight; the proxy still forwards
    # requests whose client has died, which is exactly the dangerous case.
    fault_proxy.delay(POSTS, 0.3, method="POST", times=None)

    child = start_copydesk("sync", env=env)
    deadline = time.monotonic() + 60
    while fault_proxy.count("POST", POSTS) < 6 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.02)
    assert child.poll() is None, "the sync finished before it could be killed"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    time.sleep(1.0)  # let requests the proxy was still delaying reach the site
    fault_proxy.clear()

    done = copydesk("sync", "--json", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report[0]["failures"] == []
    print("recovered after the kill:", report[0]["recovered"], "created:", report[0]["pushed"]["created"])

    desk = Desk.open(AppPaths.resolve(data_dir))
    try:
        _one_post_each(wp_client("admin"), desk, ids)
        assert _outbox(desk) == []
        assert not any(desk.articles.get(i).dirty for i in ids)
    finally:
        desk.close()


def test_a_wrong_password_pauses_the_site_with_a_clear_message(wp_site, isolated_keyring, tmp_path):
    user = wp_site.user("editor")
    wrong = "wrongWRONGwrong123456789"
    data_dir = tmp_path / "desk"
    desk = open_desk(data_dir, wp_site.base_url, user.username, wrong)
    desk.articles.create(unique("Never sent"), body="x")

    report = sync_site(desk, "wp", claim_unassigned=True)

    assert report.state == "paused" and not report.ok
    site = desk.sites.get("wp")
    assert site.state == "paused"
    assert "refused the application password" in site.state_message and user.username in site.state_message
    assert [op.state for op in _outbox(desk)] == ["pending"]
    desk.close()

    result = copydesk("sync", env=cli_env(data_dir, isolated_keyring.path))
    assert result.returncode == 1
    assert "paused" in result.stdout and "application password" in result.stdout
    assert wrong not in result.stdout + result.stderr

    fixed = copydesk("site", "password", "wp", "--password-stdin", stdin=user.app_password + "\n",
                     env=cli_env(data_dir, isolated_keyring.path))
    assert fixed.returncode == 0, fixed.stderr
    again = copydesk("sync", "--json", env=cli_env(data_dir, isolated_keyring.path))
    assert again.returncode == 0, again.stdout + again.stderr
    assert json.loads(again.stdout)[0]["pushed"]["created"] == 1
