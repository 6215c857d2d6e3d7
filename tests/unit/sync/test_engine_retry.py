"""The retry policy, alone and as the engine applies it."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select
from sync_fakes import FakeCms

from editor_app.core.store.models import OutboxOp
from editor_app.core.sync import policy
from editor_app.core.sync.errors import (
    AuthRejected,
    BadRequest,
    Forbidden,
    NotFoundRemote,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    SiteUnreachable,
    UnexpectedResponse,
)
from editor_app.core.sync.policy import Action, decide


@pytest.mark.parametrize(
    ("error", "action"),
    [
        (AuthRejected("no", code="rest_not_logged_in", status=401), Action.PAUSE_SITE),
        (Forbidden("Sorry, you are not allowed", code="rest_cannot_publish", status=403), Action.FAIL),
        (BadRequest("Invalid parameter(s): status", code="rest_invalid_param", status=400), Action.FAIL),
        (RateLimited("slow down", retry_after=12, status=429), Action.RETRY),
        (ServerError("boom", status=500, method="GET", route="/wp/v2/posts"), Action.RETRY),
        (ServerError("boom", status=502, method="POST", route="/wp/v2/posts"), Action.RECONCILE),
        (OutcomeUnknown("timeout", method="POST", route="/wp/v2/posts"), Action.RECONCILE),
        (UnexpectedResponse("HTML page", method="GET", route="/wp/v2/posts"), Action.RETRY),
        (SiteUnreachable("refused", method="POST", route="/wp/v2/posts"), Action.RETRY),
    ],
)
def test_each_failure_has_its_decision(error, action):
    assert decide(error, attempts=1).action is action


def test_404_means_deleted_on_the_site_only_for_updates():
    gone = NotFoundRemote("Invalid post ID.", code="rest_post_invalid_id", status=404)
    assert decide(gone, attempts=1, is_update=True).action is Action.MISSING
    assert decide(gone, attempts=1).action is Action.FAIL


def test_bad_request_keeps_wordpress_own_words():
    d = decide(BadRequest("Invalid parameter(s): date_gmt", code="rest_invalid_param", status=400), attempts=1)
    assert "Invalid parameter(s): date_gmt" in d.message


def test_retry_after_is_honoured():
    assert decide(RateLimited("wait", retry_after=42.0, status=503), attempts=1).delay == 42.0


def test_backoff_grows_exponentially_with_jitter_and_a_cap():
    rng = random.Random(7)
    for attempts in range(1, 15):
        ceiling = min(policy.BACKOFF_CAP_S, policy.BACKOFF_BASE_S * 2 ** (attempts - 1))
        delays = [policy.backoff_delay(attempts, rng) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1  # jittered
    assert policy.backoff_delay(30, rng) <= policy.BACKOFF_CAP_S


def test_transient_failures_give_up_after_max_attempts():
    d = decide(ServerError("x", status=500, method="GET", route="/"), attempts=policy.MAX_ATTEMPTS)
    assert d.action is Action.FAIL and "gave up" in d.message


# ----------------------------------------------------------------------------- in the engine
def _op(desk, kind: str = "article.save") -> OutboxOp:
    with desk.store.read() as s:
        return s.scalars(select(OutboxOp).where(OutboxOp.kind == kind)).one()


def test_refused_credentials_pause_the_site_and_keep_the_outbox(site_desk, cms: FakeCms, run_sync):
    site_desk.articles.create("Waiting", body="x")
    cms.fail("whoami", AuthRejected("not logged in", code="rest_not_logged_in", status=401))

    report = run_sync()

    assert report.state == "paused" and not report.ok
    site = site_desk.sites.get("daily")
    assert site.state == "paused" and "application password" in site.state_message
    assert cms.count("create_post") == 0 and _op(site_desk).state == "pending"

    site_desk.sites.set_password("daily", "new-password-1234")
    assert site_desk.sites.get("daily").state == "unknown"
    assert run_sync().push.created == 1


def test_a_429_is_retried_after_its_retry_after_within_the_run(site_desk, cms: FakeCms, run_sync):
    site_desk.articles.create("Rate limited", body="x")
    cms.fail("create_post", RateLimited("slow down", retry_after=0.05, status=429, method="POST", route="/wp/v2/posts"))
    report = run_sync(retry_budget_s=5.0)
    assert report.ok and report.push.created == 1 and cms.count("create_post") == 2


def test_a_server_error_backs_off_and_is_kept_for_later(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Flaky", body="x")
    run_sync()
    site_desk.articles.update(art.id, body="y")
    cms.fail("get_post", ServerError("HTTP 500", status=500, method="GET", route="/wp/v2/posts/1"))

    report = run_sync()

    op = _op(site_desk)
    assert op.state == "pending" and op.attempts == 1 and "500" in op.last_error
    assert op.next_attempt_at is not None and report.waiting == 1 and report.ok


def test_a_bad_request_fails_with_wordpress_message_and_exit_code_1(site_desk, cms: FakeCms, run_sync):
    site_desk.articles.create("Refused", body="x")
    cms.fail("create_post", BadRequest("Invalid parameter(s): slug", code="rest_invalid_param", status=400,
                                       method="POST", route="/wp/v2/posts"))
    report = run_sync()
    assert not report.ok and len(report.failures) == 1
    assert "Invalid parameter(s): slug" in report.failures[0].message
    assert _op(site_desk).state == "failed"
    assert site_desk.sites.get("daily").failed == 1


def test_an_unreachable_site_is_offline_and_nothing_is_lost(site_desk, cms: FakeCms, run_sync):
    site_desk.articles.create("Offline", body="x")
    cms.fail("whoami", SiteUnreachable("connection refused", method="GET", route="/wp/v2/users/me"))
    report = run_sync()
    assert report.state == "offline" and _op(site_desk).state == "pending"
    assert site_desk.sites.get("daily").state == "offline"


def test_a_contributor_publish_is_sent_as_pending(site_desk, run_sync):
    contributor = FakeCms(role="contributor")
    art = site_desk.articles.create("For review", body="x")
    run_sync(contributor)  # learns the role
    request = site_desk.publishing.publish(art.id)
    assert request.status.value == "pending" and "review" in request.note

    report = run_sync(contributor)

    assert report.ok
    assert contributor.posts[site_desk.articles.get(art.id).remote_id].status == "pending"
    assert site_desk.articles.get(art.id).status.value == "pending"


def test_schedule_is_sent_as_date_gmt_and_the_site_answer_is_stored(site_desk, cms: FakeCms, run_sync):
    from datetime import UTC, datetime, timedelta

    art = site_desk.articles.create("Scheduled", body="x")
    run_sync()
    at = datetime.now(UTC).replace(microsecond=0) + timedelta(days=400)
    site_desk.publishing.publish(art.id, at=at)
    run_sync()
    post = cms.posts[site_desk.articles.get(art.id).remote_id]
    assert post.status == "future" and post.date_gmt == at
    now = site_desk.articles.get(art.id)
    assert now.status.value == "future" and now.scheduled_at == at


def test_an_author_cannot_create_sections_so_articles_go_without_them(site_desk, run_sync):
    author = FakeCms(role="author")
    art = site_desk.articles.create("Author copy", body="x", sections=["News"], tags=["new-tag"])

    report = run_sync(author)

    assert report.ok, report.summary()
    assert author.count("create_term") == 1  # the tag only: authors may create tags
    post = author.posts[site_desk.articles.get(art.id).remote_id]
    assert post.categories == () and len(post.tags) == 1
    assert any("News" in note for note in report.push.notes)
    with site_desk.store.read() as s:
        states = set(s.scalars(select(OutboxOp.state).where(OutboxOp.entity.startswith("section:"))))
    assert states == {"blocked"}

    editor = FakeCms(role="editor")  # the same desk later synced with an editor's account
    assert run_sync(editor).push.terms == 9
