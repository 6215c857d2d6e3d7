"""Publishing: the one door for publish requests (now, or scheduled on the site with
WordPress's own `future` status) and for the publish queue that follows each request.

The change goes through the outbox like any other edit. The time is kept in UTC and sent as
``date_gmt``, so the site publishes on time even when the workstation is closed. Role rules
follow WordPress: a contributor's publish becomes a review request (``pending``). Each request
is a job (`store/jobs.py`): queued → sending → scheduled → live, or failed / attention / cancelled.
The queue list is plain SQL, as the window refreshes it after every sync.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.domain import Change, Role, Status, effective_status
from editor_app.core.errors import BylineChoiceNeeded, ChecksFailed, InvalidInput
from editor_app.core.store import jobs
from editor_app.core.store.engine import Store
from editor_app.core.store.jobs import (
    ATTENTION,
    CANCELLED,
    FAILED,
    LIVE,
    QUEUED,
    SCHEDULED,
    SENDING,
    JobView,
)
from editor_app.core.store.sites import SiteFacts
from editor_app.core.sync.bylines import (
    FALLBACKS,
    BylinePlan,
    SiteAuthor,
    SiteBylines,
    effective_field,
    plan_byline,
    where,
)

if TYPE_CHECKING:
    from editor_app.core.preferences import Preferences
    from editor_app.core.prepublish import Finding
    from editor_app.core.sync.cms import CmsClient

__all__ = [
    "ATTENTION",
    "CANCELLED",
    "FAILED",
    "LIVE",
    "QUEUED",
    "SCHEDULED",
    "SENDING",
    "JobView",
    "PublishQueue",
    "PublishRequest",
    "PublishService",
]


@dataclass(frozen=True)
class PublishRequest:
    article_id: str
    site: str
    status: Status  # what will be asked of the site
    scheduled_at: datetime | None  # aware UTC
    note: str  # e.g. why a publish became a review request
    change: Change
    job_id: int = 0  # its job in the publish queue


class PublishService:
    def __init__(
        self,
        store: Store,
        *,
        media_dir: Path | None = None,
        open_client: Callable[[str], CmsClient] | None = None,
        preferences: Callable[[], Preferences] | None = None,
        probe_links: Callable[[list[str]], list[str]] | None = None,
    ) -> None:
        self.store = store
        self.media_dir = media_dir or Path(".")  # only the images' file names are read here
        self.open_client = open_client  # for the online checks (slug free on the site)
        self.preferences = preferences
        self.probe_links = probe_links  # which links answer 404; by default tried over HTTP

    def check(self, ref: str, *, site: str | None = None, unsaved: bool = False, online: bool = True) -> list[Finding]:
        """The pre-publish checks (`core.prepublish`), blocking findings first. `online` asks the
        site whether the slug is free and tries the links; an unreachable site leaves them out."""
        from editor_app.core.prepublish import run_checks
        from editor_app.core.services.prepublish import gather

        def choice_needed(article: jobs.PublishTarget, target: SiteFacts) -> bool:
            return plan_byline(article.byline, _bylines(target), article.byline_fallback).choice_needed

        data = gather(
            self.store,
            self.media_dir,
            ref,
            site,
            unsaved=unsaved,
            byline_choice_needed=choice_needed,
            open_client=self.open_client if online else None,
            probe_links=self.probe_links,
        )
        return run_checks(data, self.preferences() if self.preferences else None)

    def publish_checked(
        self,
        ref: str,
        *,
        at: datetime | None = None,
        site: str | None = None,
        byline_fallback: str | None = None,
        accept_warnings: bool = False,
        unsaved: bool = False,
        online: bool = True,
        findings: list[Finding] | None = None,
    ) -> PublishRequest:
        """Publish Now and Schedule: the checks first (or `findings` already made and shown),
        then `publish`. A blocking finding always stops it with `ChecksFailed`; warnings stop it
        unless `accept_warnings`."""
        found = findings if findings is not None else self.check(ref, site=site, unsaved=unsaved, online=online)
        stopping = [f for f in found if f.blocking or not accept_warnings]
        if stopping:
            blocked = any(f.blocking for f in stopping)
            raise ChecksFailed(
                found,
                "the pre-publish checks found "
                + ("something that must be fixed first" if blocked else "warnings; publish anyway to accept them")
                + ": "
                + "; ".join(str(f.message) for f in stopping),
            )
        return self.publish(ref, at=at, site=site, byline_fallback=byline_fallback)

    def byline_plan(self, ref: str, *, site: str | None = None, fallback: str | None = None) -> BylinePlan:
        """Where the article's byline would go on publish; ``choice_needed`` asks the user first."""
        article, target = jobs.publish_inputs(self.store, ref, site)
        return plan_byline(article.byline, _bylines(target), fallback or article.byline_fallback)

    def publish(
        self, ref: str, *, at: datetime | None = None, site: str | None = None, byline_fallback: str | None = None
    ) -> PublishRequest:
        """Queue a publish (or a schedule at `at`, timezone-aware) for the next sync, and record
        its job in the publish queue in the same transaction. A byline that names no author the
        account may set, on a site with no byline field, needs `byline_fallback` ("block": at the
        top of the story, "drop": publish without it) or a choice made before; never dropped unasked."""
        if byline_fallback is not None and byline_fallback not in FALLBACKS:
            raise InvalidInput(f"the byline choice is one of {', '.join(FALLBACKS)}, not {byline_fallback!r}")
        if at is not None and (at.tzinfo is None or at.utcoffset() is None):
            raise InvalidInput("a scheduled time needs a time zone, e.g. 2026-12-01T09:00+09:00")
        when = at.astimezone(UTC) if at is not None else None

        def decide(article: jobs.PublishTarget, target: SiteFacts) -> jobs.PublishDecision:
            return _decide(article, target, when, byline_fallback)

        article, target, decision, job_id = jobs.queue_publish(self.store, ref, site, decide)
        change = Change(articles=frozenset({article.article_id}), outbox=True, jobs=True)
        status = Status(decision.status)
        return PublishRequest(article.article_id, target.name, status, when, decision.note, change, job_id)


def _decide(
    article: jobs.PublishTarget, target: SiteFacts, when: datetime | None, byline_fallback: str | None
) -> jobs.PublishDecision:
    """What a publish request does, by the account's role and where the byline can go."""
    if article.status == Status.TRASH.value:
        raise InvalidInput(f"article {article.article_id} is in the trash; restore it before publishing")
    if article.site_id is not None and article.site_id != target.id:
        raise InvalidInput(
            f"article {article.article_id} belongs to another site; it cannot be published on {target.name}"
        )
    plan = plan_byline(article.byline, _bylines(target), byline_fallback or article.byline_fallback)
    if plan.choice_needed:
        raise BylineChoiceNeeded(
            plan.byline,
            f"the byline {plan.byline!r} names no author of {target.name}"
            + (" this account may set" if plan.author_refused else "")
            + " and the site has no byline field. Choose where it goes: --byline-fallback block "
            "puts it at the top of the story, --byline-fallback drop publishes without it",
        )
    wanted = Status.FUTURE if when is not None and when > datetime.now(UTC) else Status.PUBLISH
    role = _role(target.role)
    status = effective_status(role, wanted) if role is not None else wanted
    note = ""
    if status is Status.PENDING:
        note = f"a {role.value if role else 'contributor'} cannot publish: it goes to the editors for review"
    if role is None:
        note = "the account's role is not known yet (run `copydesk site check`): the site will decide"
    if plan.placement != "none" and (plan.author_refused or plan.placement in ("block", "drop")):
        note = "; ".join(filter(None, (note, byline_note(plan))))
    run_at = when if wanted is Status.FUTURE else None
    return jobs.PublishDecision(status.value, when, run_at, note, byline_fallback)


class PublishQueue:
    """Publish jobs and their state; listing is plain SQL, cancelling loads the ORM."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, include_finished: bool = False) -> list[JobView]:
        """Jobs by run time, publish-now jobs first; finished ones (live, cancelled) with `include_finished`."""
        return jobs.job_views(self.store, include_finished)

    def get(self, job_id: int) -> JobView:
        return jobs.job_view(self.store, job_id)

    def sites_to_run(self) -> list[str]:
        """Sites with jobs waiting to be sent, or with a cancelled schedule still to take back."""
        return jobs.sites_to_run(self.store)

    def cancel(self, job_id: int) -> tuple[JobView, Change]:
        """Withdraw a job; the article is saved again on the next sync and its text is untouched.

        A job scheduled on the site becomes a draft there (WordPress keeps the future date, so
        any other status would be scheduled again). A request that did not take effect gives the
        article back the status it had before (a re-publish of a live post leaves it live)."""
        view = self.get(job_id)
        _refuse_finished(view, view.state)
        jobs.cancel(self.store, view, _refuse_finished)
        return self.get(job_id), Change(articles=frozenset({view.article_id}), outbox=True, jobs=True)


def _refuse_finished(view: JobView, state: str) -> None:
    if state == LIVE:
        raise InvalidInput(
            f"job {view.id} is already live: {view.headline!r} is published on {view.site}. To take it down, "
            f"set it back to draft (`copydesk article edit {view.article_id[:8]} --status draft`) and sync"
        )
    if state == CANCELLED:
        raise InvalidInput(f"job {view.id} is already cancelled")
    if state == SENDING:
        raise InvalidInput(f"job {view.id} is being sent right now; cancel it when the sync has finished")


def byline_note(plan: BylinePlan) -> str:
    refused = (
        f"this account may not make {plan.author_name} the author (only an editor may); " if plan.author_refused else ""
    )
    return f"{refused}the byline goes {where(plan)}"


def _bylines(site: SiteFacts) -> SiteBylines:
    return SiteBylines(
        tuple(SiteAuthor(i, name) for i, name in site.authors),
        site.meta_fields,
        effective_field(site.byline_field, site.meta_fields),
        bool(site.capabilities.get("edit_others_posts")),
        site.remote_user_id,
    )


def _role(value: str | None) -> Role | None:
    try:
        return Role(value) if value else None
    except ValueError:
        return None
