"""The publish queue: a job per publish request, moved by the push, cancelled by the user."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update
from sync_fakes import FakeCms

from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.store.models import OutboxOp, PublishJob
from editor_app.core.sync.errors import BadRequest, Forbidden


def _later(**delta: float) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(**delta)


def _job(desk, job_id: int):
    return desk.publish_queue.get(job_id)


def test_publish_now_records_a_queued_job_that_goes_live_with_the_sync(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Now", body="x")
    request = site_desk.publishing.publish(art.id)

    [job] = site_desk.publish_queue.list()
    assert (job.id, job.article_id, job.headline, job.site) == (request.job_id, art.id, "Now", "daily")
    assert (job.action, job.run_at, job.state) == ("publish", None, "queued")

    report = run_sync()

    assert report.ok, report.summary()
    assert _job(site_desk, request.job_id).state == "live"
    assert cms.posts[site_desk.articles.get(art.id).remote_id].status == "publish"
    assert site_desk.publish_queue.list() == []  # finished jobs only with include_finished
    assert [j.state for j in site_desk.publish_queue.list(include_finished=True)] == ["live"]


def test_a_schedule_is_scheduled_on_the_site_then_reads_live_once_its_time_passed(site_desk, cms, run_sync):
    art = site_desk.articles.create("Later", body="x")
    at = _later(days=3)
    request = site_desk.publishing.publish(art.id, at=at)
    assert (_job(site_desk, request.job_id).action, _job(site_desk, request.job_id).run_at) == ("schedule", at)

    run_sync()

    job = _job(site_desk, request.job_id)
    assert job.state == "scheduled" and job.run_at == at
    assert cms.posts[site_desk.articles.get(art.id).remote_id].status == "future"
    # The site's cron publishes it at its time; the desk only sees the clock pass.
    with site_desk.store.write() as s:
        s.execute(update(PublishJob).values(run_at=datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=1)))
    job = _job(site_desk, request.job_id)
    assert job.state == "live" and "scheduled" in job.message
    assert site_desk.publish_queue.list() == []


def test_a_contributor_publish_needs_attention(site_desk, run_sync):
    contributor = FakeCms(role="contributor")
    art = site_desk.articles.create("For review", body="x")
    run_sync(contributor)  # learns the role
    request = site_desk.publishing.publish(art.id)
    assert "review" in _job(site_desk, request.job_id).message

    run_sync(contributor)

    job = _job(site_desk, request.job_id)
    assert job.state == "attention" and job.state_label == "needs attention"
    assert "pending" in job.message


def test_a_refused_publish_needs_attention_and_a_rejected_one_fails_with_the_sites_message(
    site_desk, cms: FakeCms, run_sync
):
    refused = site_desk.articles.create("Refused", body="x")
    rejected = site_desk.articles.create("Rejected", body="x")
    refused_job = site_desk.publishing.publish(refused.id).job_id
    rejected_job = site_desk.publishing.publish(rejected.id).job_id
    cms.fail("create_post", Forbidden("Sorry, you are not allowed to publish posts.", code="rest_cannot_publish",
                                      status=403))
    cms.fail("create_post", BadRequest("Invalid parameter(s): date_gmt", code="rest_invalid_param", status=400))

    report = run_sync(workers=1)

    assert len(report.failures) == 2
    states = {_job(site_desk, i).state: _job(site_desk, i).message for i in (refused_job, rejected_job)}
    assert set(states) == {"attention", "failed"}
    assert "not allowed to publish" in states["attention"]
    assert "Invalid parameter(s): date_gmt" in states["failed"]


def test_a_conflict_on_the_article_needs_attention(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Shared", body="Original.")
    run_sync()
    remote_id = site_desk.articles.get(art.id).remote_id
    cms.edit_on_site(remote_id, content="<p>Edited on the site.</p>")
    site_desk.articles.update(art.id, body="Edited here.")
    request = site_desk.publishing.publish(art.id)

    run_sync()

    job = _job(site_desk, request.job_id)
    assert job.state == "attention" and "conflict" in job.message.lower()
    assert cms.posts[remote_id].status != "publish"


def test_cancel_a_queued_job_withdraws_the_request_and_keeps_the_text(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Withdrawn", body="Every word kept.")
    request = site_desk.publishing.publish(art.id, at=_later(days=1))

    view, change = site_desk.publish_queue.cancel(request.job_id)

    assert view.state == "cancelled" and "a draft again" in view.message and art.id in change.articles
    now = site_desk.articles.get(art.id)
    assert (now.status.value, now.scheduled_at, now.body, now.dirty) == ("draft", None, "Every word kept.", True)
    with site_desk.store.read() as s:
        assert s.scalars(select(OutboxOp.kind).where(OutboxOp.entity == art.id)).all() == ["article.save"]
    run_sync()
    assert cms.posts[site_desk.articles.get(art.id).remote_id].status == "draft"
    assert _job(site_desk, request.job_id).state == "cancelled"


def test_cancel_an_unsent_re_publish_of_a_live_post_leaves_it_live(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Already out", body="x")
    site_desk.publishing.publish(art.id)
    run_sync()
    remote_id = site_desk.articles.get(art.id).remote_id
    site_desk.publishing.publish(art.id, at=_later(days=1))  # then changed their mind twice
    job_id = site_desk.publishing.publish(art.id, at=_later(days=2)).job_id

    view, _ = site_desk.publish_queue.cancel(job_id)

    assert view.state == "cancelled" and "live again" in view.message
    assert site_desk.articles.get(art.id).status.value == "publish"
    run_sync()
    assert cms.posts[remote_id].status == "publish"


def test_cancel_a_scheduled_job_takes_the_post_off_the_schedule_on_the_next_sync(site_desk, cms: FakeCms, run_sync):
    art = site_desk.articles.create("Unscheduled", body="x")
    request = site_desk.publishing.publish(art.id, at=_later(days=2))
    run_sync()
    remote_id = site_desk.articles.get(art.id).remote_id
    assert cms.posts[remote_id].status == "future"

    view, _ = site_desk.publish_queue.cancel(request.job_id)
    assert view.state == "cancelled" and "next sync" in view.message
    assert site_desk.publish_queue.sites_to_run() == ["daily"]

    run_sync()

    assert cms.posts[remote_id].status == "draft"
    assert site_desk.articles.get(art.id).status.value == "draft"
    assert _job(site_desk, request.job_id).state == "cancelled"
    assert site_desk.publish_queue.sites_to_run() == []


def test_cancel_refuses_unknown_live_and_cancelled_jobs(site_desk, run_sync):
    with pytest.raises(NotFound, match="no publish job 999"):
        site_desk.publish_queue.cancel(999)
    art = site_desk.articles.create("Live", body="x")
    request = site_desk.publishing.publish(art.id)
    run_sync()
    with pytest.raises(InvalidInput, match="already live.*--status draft"):
        site_desk.publish_queue.cancel(request.job_id)

    other = site_desk.articles.create("Other", body="x")
    job_id = site_desk.publishing.publish(other.id, at=_later(days=1)).job_id
    site_desk.publish_queue.cancel(job_id)
    with pytest.raises(InvalidInput, match="already cancelled"):
        site_desk.publish_queue.cancel(job_id)


def test_a_new_request_replaces_the_open_job_and_the_list_is_by_run_time(site_desk):
    first = site_desk.articles.create("First", body="x")
    second = site_desk.articles.create("Second", body="x")
    third = site_desk.articles.create("Third", body="x")
    old = site_desk.publishing.publish(first.id, at=_later(days=1)).job_id
    site_desk.publishing.publish(second.id, at=_later(hours=2))
    site_desk.publishing.publish(third.id, at=_later(days=5))
    new = site_desk.publishing.publish(first.id).job_id  # changed their mind: now

    assert [j.headline for j in site_desk.publish_queue.list()] == ["First", "Second", "Third"]
    assert _job(site_desk, old).state == "cancelled" and "replaced" in _job(site_desk, old).message
    assert site_desk.publish_queue.list()[0].id == new
    assert site_desk.publish_queue.sites_to_run() == ["daily"]


def test_what_the_pull_brings_settles_review_requests_and_schedules_changed_on_the_site(site_desk, run_sync):
    site = FakeCms(role="contributor")
    review = site_desk.articles.create("For review", body="x")
    run_sync(site)
    review_job = site_desk.publishing.publish(review.id).job_id
    run_sync(site)
    assert _job(site_desk, review_job).state == "attention"
    site.role = "editor"  # the account was promoted
    run_sync(site)
    scheduled = site_desk.articles.create("Scheduled", body="z")
    scheduled_job = site_desk.publishing.publish(scheduled.id, at=_later(days=1)).job_id
    run_sync(site)
    assert _job(site_desk, scheduled_job).state == "scheduled"

    # On the site: an editor publishes the review request, someone takes back the schedule.
    site.edit_on_site(site_desk.articles.get(review.id).remote_id, status="publish")
    site.edit_on_site(site_desk.articles.get(scheduled.id).remote_id, status="draft")
    run_sync(site)

    assert _job(site_desk, review_job).state == "live"
    job = _job(site_desk, scheduled_job)
    assert job.state == "cancelled" and "schedule" in job.message
