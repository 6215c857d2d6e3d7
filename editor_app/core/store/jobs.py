"""Publish jobs in the store: one job per publish request, from the desk to the site and what came of it.

A job is recorded by the publishing service in the transaction that sets the article's status,
and moved by the push in the transaction that records the post's outcome:

    queued → sending → scheduled (on the site as ``future``) → live
                    ↘ failed | attention (a review request, a refusal, a conflict) | cancelled

A pull settles a job only for what was changed on the site itself (an editor published a review
request, someone moved or took back a schedule). WordPress publishes a scheduled post by its own
cron, and that does not move the post's ``modified_gmt``, so an incremental pull never sees it
happen: a job scheduled on the site whose time has passed therefore *reads* as live (`_effective`).
The list is plain SQL on the driver, as the window refreshes it after every sync.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from editor_app.core.clock import from_store, iso, to_store, utcnow
from editor_app.core.errors import NotFound
from editor_app.core.store.engine import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from editor_app.core.store.models import PublishJob
    from editor_app.core.store.sites import SiteFacts

QUEUED, SENDING, SCHEDULED, LIVE = "queued", "sending", "scheduled", "live"
FAILED, ATTENTION, CANCELLED = "failed", "attention", "cancelled"
PUBLISH, SCHEDULE = "publish", "schedule"
STATE_LABELS = {ATTENTION: "needs attention"}
FINISHED = (LIVE, CANCELLED)
# Jobs whose request has not yet reached the site as asked: a send attempt moves them.
UNSETTLED = (QUEUED, SENDING, FAILED, ATTENTION)
# A scheduled job is still open: a later save of its article may change the time or publish it.
OPEN = (*UNSETTLED, SCHEDULED)

CONFLICT_MESSAGE = "changed on the site too: resolve the conflict (Site → Conflicts…, `copydesk conflicts list`)"
DELETED_MESSAGE = "the post was deleted on the site: decide in Site → Conflicts… (`copydesk conflicts list`)"

# What a withdrawn request may give back (a previous schedule was replaced, so not `future`).
_RESTORABLE = {"draft": "a draft", "pending": "waiting for review", "publish": "live", "private": "private"}

_COLUMNS = (
    "SELECT j.id, j.article_id, a.title, s.name, j.action, j.run_at, j.state, j.message, j.created_at, j.updated_at "
    "FROM publish_jobs j JOIN articles a ON a.id = j.article_id LEFT JOIN sites s ON s.id = j.site_id "
)
_ORDER = " ORDER BY j.run_at IS NOT NULL, j.run_at, j.id"


@dataclass(frozen=True)
class JobView:
    id: int
    article_id: str
    headline: str
    site: str | None
    action: str  # publish (as soon as sent) / schedule (at run_at)
    run_at: datetime | None  # aware UTC; None for "publish now"
    state: str  # queued / sending / scheduled / live / failed / attention / cancelled
    message: str
    created_at: datetime
    updated_at: datetime

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    @property
    def finished(self) -> bool:
        return self.state in FINISHED

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "title": self.headline,
            "site": self.site,
            "action": self.action,
            "run_at": iso(self.run_at),
            "state": self.state,
            "message": self.message,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
        }


def _effective(state: str, run_at: datetime | None, message: str, now: datetime) -> tuple[str, str]:
    """A post scheduled on the site is published by WordPress's cron at its time; pull cannot
    see that (the cron leaves modified_gmt alone), so a passed schedule is shown as live."""
    if state == SCHEDULED and run_at is not None and run_at <= now:
        return LIVE, f"published by the site at {iso(run_at)} as scheduled"
    return state, message


def _view(r: tuple, now: datetime) -> JobView:
    id_, article_id, title, site, action, run_at, state, message, created, updated = r
    when = from_store(run_at)
    state, message = _effective(state, when, message or "", now)
    return JobView(
        id_,
        article_id,
        title or "(untitled)",
        site,
        action,
        when,
        state,
        message,
        from_store(created) or now,
        from_store(updated) or now,
    )


def job_views(store: Store, include_finished: bool = False) -> list[JobView]:
    """Jobs by run time, publish-now jobs first; finished ones (live, cancelled) with `include_finished`."""
    now = datetime.now(UTC)
    if include_finished:
        rows = store.rows(_COLUMNS + _ORDER)
    else:
        marks = ", ".join("?" for _ in OPEN)
        rows = store.rows(_COLUMNS + f"WHERE j.state IN ({marks})" + _ORDER, OPEN)
    views = [_view(r, now) for r in rows]
    return views if include_finished else [v for v in views if not v.finished]


def job_view(store: Store, job_id: int) -> JobView:
    rows = store.rows(_COLUMNS + "WHERE j.id = ?", (job_id,))
    if not rows:
        raise NotFound(f"no publish job {job_id}; see `copydesk queue list --all`")
    return _view(rows[0], datetime.now(UTC))


def sites_to_run(store: Store) -> list[str]:
    """Sites with jobs waiting to be sent, or with a cancelled schedule still to take back."""
    rows = store.rows(
        "SELECT DISTINCT s.name FROM publish_jobs j JOIN sites s ON s.id = j.site_id "
        "JOIN articles a ON a.id = j.article_id "
        "WHERE j.state IN (?, ?) OR (a.dirty AND j.state IN (?, ?)) ORDER BY s.name",
        (QUEUED, SENDING, CANCELLED, SCHEDULED),
    )
    return [r[0] for r in rows]


def cancel_job(s: Session, view: JobView, refuse: Callable[[JobView, str], None]) -> None:
    """Withdraw a job (see `PublishQueue.cancel`); `refuse` raises when it can no longer be."""
    from sqlalchemy import select

    from editor_app.core.domain import Status
    from editor_app.core.store.article_rows import mark_dirty
    from editor_app.core.store.models import Article, PublishJob

    now = utcnow()
    job = s.get(PublishJob, view.id)
    row = s.scalars(select(Article).where(Article.id == view.article_id)).first()
    if job is None or row is None:
        raise NotFound(f"no publish job {view.id}; see `copydesk queue list --all`")
    # A sync may have moved it since we looked: decide on what it is now.
    refuse(view, _effective(job.state, from_store(job.run_at), "", datetime.now(UTC))[0])
    was_scheduled = job.state == SCHEDULED
    restored = Status.DRAFT.value
    if not was_scheduled and job.previous_status in _RESTORABLE:
        restored = job.previous_status
    job.state = CANCELLED
    job.message = (
        "cancelled; the post goes back to draft on the site with the next sync"
        if was_scheduled
        else f"cancelled; the article is {_RESTORABLE[restored]} again"
    )
    job.updated_at = now
    if row.status != Status.TRASH.value:  # a trashed article stays in the trash
        row.status = restored
        row.scheduled_at = None
        mark_dirty(s, row, now)


# ----------------------------------------------------------------------------- writes (ORM sessions)
def record_request(
    s: Session,
    article_id: str,
    site_id: int,
    run_at: datetime | None,
    message: str,
    now: datetime,
    *,
    previous: str | None = None,
) -> PublishJob:
    """A new publish request: it replaces the article's open job, if any (one request per article).
    `previous` is the article's status before the request, restored if it is withdrawn unsent."""
    from sqlalchemy import select

    from editor_app.core.store.models import PublishJob

    for old in s.scalars(select(PublishJob).where(PublishJob.article_id == article_id, PublishJob.state.in_(OPEN))):
        if old.state == QUEUED:  # never sent: what the article was before that one still stands
            previous = old.previous_status
        old.state, old.updated_at = CANCELLED, now
        old.message = "replaced by a newer publish request"
    job = PublishJob(
        article_id=article_id,
        site_id=site_id,
        action=SCHEDULE if run_at is not None else PUBLISH,
        run_at=to_store(run_at),
        state=QUEUED,
        message=message,
        created_at=now,
        updated_at=now,
        previous_status=previous,
    )
    s.add(job)
    s.flush()
    return job


def _open_job(s: Session, article_id: str, states: tuple[str, ...]) -> PublishJob | None:
    from sqlalchemy import select

    from editor_app.core.store.models import PublishJob

    return s.scalars(
        select(PublishJob)
        .where(PublishJob.article_id == article_id, PublishJob.state.in_(states))
        .order_by(PublishJob.id.desc())
    ).first()


def _move(
    s: Session, article_id: str, states: tuple[str, ...], state: str, message: str, run_at: datetime | None = None
) -> None:
    job = _open_job(s, article_id, states)
    if job is None:
        return
    job.state, job.message, job.updated_at = state, message[:2000], utcnow()
    if run_at is not None:
        job.run_at = to_store(run_at)


def sending(s: Session, article_id: str) -> None:
    _move(s, article_id, (QUEUED, FAILED, ATTENTION), SENDING, "")


def retrying(s: Session, article_id: str, message: str) -> None:
    """Not sent this time (the site was busy or unreachable): waiting for the next try."""
    _move(s, article_id, (SENDING,), QUEUED, f"will try again: {message}")


def trouble(s: Session, article_id: str, state: str, message: str) -> None:
    """The post save failed (`failed`), needs a person (`attention`) or was dropped (`cancelled`)."""
    _move(s, article_id, UNSETTLED, state, message)


def saved(
    s: Session, article_id: str, remote_status: str, date_gmt: datetime | None, states: tuple[str, ...] = OPEN
) -> None:
    """The post was saved: what the site made of it settles the job."""
    job = _open_job(s, article_id, states)
    if job is None:
        return
    if remote_status == "publish":
        state, message = LIVE, ""
    elif remote_status == "future":
        when = to_store(date_gmt)
        state, message = SCHEDULED, f"the site publishes it at {iso(when)}" if when else ""
        if when is not None:
            job.run_at = when
    elif remote_status == "pending":
        state, message = ATTENTION, "the site made it a review request (pending): an editor has to publish it"
    elif job.state == SCHEDULED:
        state, message = CANCELLED, f"taken off the site's schedule (the post is {remote_status} now)"
    else:
        state, message = ATTENTION, f"asked to publish, the site made it {remote_status}"
    job.state, job.message, job.updated_at = state, message, utcnow()


def pulled(s: Session, article_id: str, remote_status: str, date_gmt: datetime | None) -> None:
    """A pull brought a change made on the site: an editor published a review request, or
    someone moved or took back a schedule. Jobs with a send still to come are the push's."""
    saved(s, article_id, remote_status, date_gmt, (SCHEDULED, ATTENTION))


def unsettle_sending(s: Session, article_id: str) -> None:
    """A newer local change will be sent by its own operation: the job waits for that one."""
    _move(s, article_id, (SENDING,), QUEUED, "")


# ----------------------------------------------------------------------------- publish requests
@dataclass(frozen=True)
class PublishTarget:
    """An article about to be published, and the site it goes to."""

    article_id: str
    status: str
    site_id: int | None  # the article's own site, if it has one
    byline: str
    byline_fallback: str | None


def publish_target(s: Session, ref: str) -> PublishTarget:
    from editor_app.core.store.article_rows import resolve_article

    row = resolve_article(s, ref)
    return PublishTarget(row.id, row.status, row.site_id, row.byline, row.byline_fallback)


def record_publish(
    s: Session,
    article_id: str,
    site_id: int,
    status: str,
    scheduled_at: datetime | None,
    run_at: datetime | None,
    note: str,
    byline_fallback: str | None,
) -> int:
    """The article is to be published on `site_id` with `status` (sent with the next sync), and
    its job is queued; the id of the job."""
    from sqlalchemy import select

    from editor_app.core.store.article_rows import mark_dirty
    from editor_app.core.store.models import Article

    now = utcnow()
    row = s.scalars(select(Article).where(Article.id == article_id)).one()
    if byline_fallback is not None:
        row.byline_fallback = byline_fallback
    previous = row.status
    row.site_id = site_id
    row.status = status
    row.scheduled_at = to_store(scheduled_at)
    mark_dirty(s, row, now)
    return record_request(s, row.id, site_id, run_at, note, now, previous=previous).id


@dataclass(frozen=True)
class PublishDecision:
    """What a publish request does to the article (decided by the publishing service)."""

    status: str
    scheduled_at: datetime | None
    run_at: datetime | None  # the job's time: set for a schedule only
    note: str
    byline_fallback: str | None


def publish_inputs(store: Store, ref: str, site: str | None) -> tuple[PublishTarget, SiteFacts]:
    from editor_app.core.store.sites import site_for

    with store.read() as s:
        article = publish_target(s, ref)
        return article, site_for(s, article.site_id, site)


def queue_publish(
    store: Store, ref: str, site: str | None, decide: Callable[[PublishTarget, SiteFacts], PublishDecision]
) -> tuple[PublishTarget, SiteFacts, PublishDecision, int]:
    """In one transaction: read the article and its site, let `decide` say what the request does
    (or refuse it by raising), write it and queue its job."""
    from editor_app.core.store.sites import site_for

    with store.write() as s:
        article = publish_target(s, ref)
        target = site_for(s, article.site_id, site)
        decision = decide(article, target)
        job_id = record_publish(
            s,
            article.article_id,
            target.id,
            decision.status,
            decision.scheduled_at,
            decision.run_at,
            decision.note,
            decision.byline_fallback,
        )
        return article, target, decision, job_id


def cancel(store: Store, view: JobView, refuse: Callable[[JobView, str], None]) -> None:
    with store.write() as s:
        cancel_job(s, view, refuse)
