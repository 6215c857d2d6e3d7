"""Push: drain a site's outbox in dependency order, posts in parallel, nothing sent twice.

For each article the engine sends its *current* state (so coalesced saves cost one request):
* new article: create the post with the article id as marker; when the answer is lost (or a
  previous try was interrupted) the site is searched for the marker first, so one article is
  always one post;
* known post: read it first; if its ``modified_gmt`` is not the one we last saw and its text is
  not ours, the site changed too: a conflict is recorded and nothing is sent;
* what the site answers (status, dates, slug, modification time) is stored: a contributor's
  "publish" comes back as ``pending``, a publish dated ahead as ``future``.
"""

from __future__ import annotations

import dataclasses
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from editor_app.core.clock import from_store, to_store, utcnow
from editor_app.core.domain import Role, Status, effective_status
from editor_app.core.errors import InvalidInput
from editor_app.core.store import jobs as pq
from editor_app.core.store import remote_posts as rows
from editor_app.core.store.engine import Store
from editor_app.core.store.writer import Writer
from editor_app.core.sync import media_refs
from editor_app.core.sync import outbox_state as ob
from editor_app.core.sync.bylines import BylinePlan, SiteBylines, plan_byline, where, without_author
from editor_app.core.sync.cms import CmsClient, PostChanges, RemotePost, map_concurrent
from editor_app.core.sync.errors import AuthRejected, CmsError, Forbidden, NotFoundRemote, SiteUnreachable
from editor_app.core.sync.mapping import (
    Snapshot,
    post_changes,
    post_facts,
    remote_text,
    same_everything,
    same_text,
    unchanged_since_seen,
    with_byline,
    without_stale_featured,
)
from editor_app.core.sync.overwrites import overwritten
from editor_app.core.sync.policy import Action, decide
from editor_app.core.sync.push_terms import MediaPusher, TermPusher, parse_entity

Progress = Callable[[str, int, int], None]
DEFAULT_WORKERS = 4


@dataclass(frozen=True)
class Failure:
    op_id: int
    kind: str
    entity: str
    message: str


@dataclass
class PushResult:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    terms: int = 0
    media: int = 0
    unchanged: int = 0
    conflicts: int = 0
    missing: int = 0
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    paused: str | None = None
    offline: str | None = None
    articles: set[str] = field(default_factory=set)  # ids of the articles whose rows the push changed

    @property
    def sent(self) -> int:
        return self.created + self.updated + self.deleted + self.terms + self.media


class _Conflicted(Exception):
    """Both sides changed: recorded, nothing sent."""


class _Missing(Exception):
    """The post is gone from the site."""


class Pusher:
    def __init__(
        self,
        store: Store,
        site_id: int,
        client: CmsClient,
        *,
        role: str | None = None,
        may_manage_sections: bool = True,
        media_dir: Path | None = None,
        workers: int = DEFAULT_WORKERS,
        retry_budget_s: float = 10.0,
        rng: random.Random | None = None,
        sleep: Callable[[float], None] = time.sleep,
        publish_format: str = "blocks",
        wp_version: str | None = None,
        bylines: SiteBylines | None = None,
        write: Writer | None = None,
    ) -> None:
        self.store = store
        self.write = write or Writer(store)  # every store write of the push goes through it
        self.bylines = bylines or SiteBylines()
        self.publish_format = publish_format
        self.wp_version = wp_version  # block markup follows the site's release; None: the newest
        self.site_id = site_id
        self.client = client
        self.role = Role(role) if role in {r.value for r in Role} else None
        self.workers = max(1, workers)
        self.retry_budget_s = retry_budget_s
        self.rng = rng or random.Random()
        self.sleep = sleep
        self.terms = TermPusher(store, site_id, client, may_manage_sections=may_manage_sections, write=self.write)
        self.media = MediaPusher(store, site_id, client, media_dir, write=self.write)
        self.result = PushResult()
        self._halt = threading.Event()
        self._lock = threading.Lock()
        self._done = 0

    # ----------------------------------------------------------------- the drain
    def run(self, progress: Progress | None = None) -> PushResult:
        deadline = time.monotonic() + self.retry_budget_s
        if self.terms.may_manage_sections:
            ob.unblock_sections(self.write, self.site_id)
        # (op id, created) → attempts when last taken in this run. SQLite gives a new row the id
        # of a finished op that had the highest one, so the id alone does not name an op: an
        # op queued during the run (an image to upload again, a post to send again) is new.
        tried: dict[tuple[int, datetime | None], int] = {}
        while not self._halt.is_set():
            # An op comes back in the same run only if it was sent and rescheduled (its
            # attempts grew); one that was skipped (waiting for a conflict) does not.
            ops = [o for o in ob.due_ops(self.write, self.site_id) if tried.get((o.id, o.created_at), -1) < o.attempts]
            if ops:
                tried.update({(o.id, o.created_at): o.attempts for o in ops})
                self._pass(ops, progress)
                continue
            wake = ob.next_due(self.store, self.site_id)
            if wake is None or self._halt.is_set():
                break
            wait = (wake - utcnow()).total_seconds()
            if time.monotonic() + max(0.0, wait) > deadline:
                break  # later: the next sync picks them up
            self.sleep(max(0.0, wait) + 0.01)
        if self.terms.skipped_sections:
            names = ", ".join(sorted(self.terms.skipped_sections))
            self.result.notes.append(f"sections not on the site, left out (this account may not create them): {names}")
        return self.result

    def _pass(self, ops: list[ob.OpRef], progress: Progress | None) -> None:
        total = len(ops)
        serial = [o for o in ops if o.kind != "article.save"]
        first = [o for o in serial if ob.KIND_ORDER.get(o.kind, 9) < ob.KIND_ORDER["article.save"]]
        last = [o for o in serial if o not in first]
        articles = [o for o in ops if o.kind == "article.save"]
        for op in first:
            self._run_one(op, progress, total)
        if articles and not self._halt.is_set():
            outcomes = map_concurrent(
                lambda o: self._run_one(o, progress, total),
                articles,
                workers=self.workers,
                serve=getattr(self.write.hop, "serve_until", None),  # this thread is the writer
            )
            # `_run_one` handles what the site and the data can do wrong; anything else is a bug
            # (a store write from a network thread, say) and must not vanish with its worker.
            errors = [o.error for o in outcomes if o.error is not None]
            if errors:
                raise errors[0]
        for op in last:
            self._run_one(op, progress, total)

    def _run_one(self, op: ob.OpRef, progress: Progress | None, total: int) -> None:
        if self._halt.is_set():
            return
        try:
            self._dispatch(op)
        except _Conflicted:
            self._count("conflicts")
        except _Missing:
            self._count("missing")
        except CmsError as exc:
            self._failed(op, exc)
        except (InvalidInput, OSError, ValueError) as exc:
            self._give_up(op, str(exc))
        finally:
            with self._lock:
                self._done += 1
                done = self._done
            if progress:
                progress("push", done, total)

    def _count(self, name: str, n: int = 1) -> None:
        with self._lock:
            setattr(self.result, name, getattr(self.result, name) + n)

    def _dispatch(self, op: ob.OpRef) -> None:
        if op.kind == "article.save":
            self._push_article(op)
            return
        if op.entity.startswith("section:") and not self.terms.may_manage_sections:
            message = "this account may not create or change sections on the site; an editor has to"
            ob.reschedule(self.write, op.id, ob.BLOCKED, 0, message, count=False)
            return
        if not ob.begin(self.write, op):
            return
        if op.kind in ("term.create", "term.update"):
            kind, local_id = parse_entity(op.entity)
            if op.kind == "term.create":
                self.terms.remote_id(kind, local_id)
            else:
                self.terms.update(op.entity)
            self._count("terms")
        elif op.kind == "term.delete":
            self.terms.delete(op.payload)
            self._count("terms")
        elif op.kind == "media.upload":
            try:
                self.media.upload(int(op.entity), maybe_applied=op.maybe_applied)
            except Forbidden as exc:  # a contributor: the role, not the credentials
                self._give_up(op, self.media.refused(int(op.entity), exc))
                return
            self._count("media")
        elif op.kind == "media.update":
            if not self._update_media(op):
                return
        elif op.kind == "article.delete":
            remote = op.payload.get("remote_id")
            if isinstance(remote, int):
                try:
                    self.client.delete_post(remote, force=bool(op.payload.get("force")))
                except NotFoundRemote:
                    pass  # already gone
                self._count("deleted")
        else:
            self._give_up(op, f"unknown operation kind {op.kind!r}")
            return
        self.write(lambda s: ob.finish(s, op.id))

    def _update_media(self, op: ob.OpRef) -> bool:
        """Send an image's new alt text or caption. False when the operation was given up."""
        media_id = int(op.entity)
        try:
            if self.media.update(media_id, op.payload):
                self._count("media")
        except Forbidden as exc:  # an author's account and an image someone else uploaded
            self._give_up(op, self.media.refused_update(media_id, exc))
            return False
        except NotFoundRemote:  # deleted on the site: uploaded again, with the text it has now
            name = self.media.forget(media_id)
            if name:
                with self._lock:
                    self.result.notes.append(f"the site no longer had the image {name}; it is uploaded again")
        return True

    # ----------------------------------------------------------------- failures
    def _failed(self, op: ob.OpRef, exc: CmsError) -> None:
        attempts = op.attempts + 1
        decision = decide(exc, attempts=attempts, is_update=op.kind != "article.save", rng=self.rng)
        if decision.action is Action.PAUSE_SITE:
            self.result.paused = decision.message
            self._halt.set()
            ob.reschedule(
                self.write,
                op.id,
                ob.PENDING,
                0,
                decision.message,
                count=False,
                also=self._job(op, pq.ATTENTION, decision.message),
            )
        elif decision.action is Action.FAIL:
            refused = isinstance(exc, (Forbidden, AuthRejected))  # the account's role: a person has to act
            self._give_up(op, decision.message, pq.ATTENTION if refused else pq.FAILED)
        elif decision.action is Action.MISSING:  # a term or post delete's target is gone: done
            self.write(lambda s: ob.finish(s, op.id))
        else:
            state = ob.UNKNOWN if decision.action is Action.RECONCILE else ob.PENDING
            retry = (lambda s: pq.retrying(s, op.entity, decision.message)) if op.kind == "article.save" else None
            ob.reschedule(self.write, op.id, state, decision.delay, decision.message, also=retry)
            if isinstance(exc, SiteUnreachable):
                self.result.offline = decision.message
                self._halt.set()

    def _give_up(self, op: ob.OpRef, message: str, job_state: str = pq.FAILED) -> None:
        ob.reschedule(self.write, op.id, ob.FAILED, 0, message, also=self._job(op, job_state, message))
        with self._lock:
            self.result.failures.append(Failure(op.id, op.kind, op.entity, message))

    @staticmethod
    def _job(op: ob.OpRef, state: str, message: str) -> ob.Also | None:
        """The article's publish job follows its post save, in the outbox op's transaction."""
        if op.kind != "article.save":
            return None
        return lambda s: pq.trouble(s, op.entity, state, message)

    # ----------------------------------------------------------------- articles
    def _push_article(self, op: ob.OpRef) -> None:
        snap, blocked = rows.article_snapshot(self.store, op.entity)
        if blocked:  # waits for the user to resolve the conflict
            ob.reschedule(
                self.write,
                op.id,
                ob.BLOCKED,
                0,
                "conflict: waiting for the user",
                count=False,
                also=self._job(op, pq.ATTENTION, pq.CONFLICT_MESSAGE),
            )
            return
        if snap is None:
            self.write(lambda s: ob.finish(s, op.id))
            return
        if not ob.begin(
            self.write, op, {"version": snap.updated_at.isoformat()}, also=lambda s: pq.sending(s, snap.id)
        ):
            return
        if snap.status == Status.TRASH.value:
            self._trash(op, snap)
            return
        changes = self._changes(snap)
        if snap.remote_id is None:
            remote, changes = self._create(op, snap, changes)
            outcome = "created"
            read = None
        else:
            remote, outcome, changes, read = self._update(op, snap, changes)
        self._record(op, snap, remote, changes, outcome)
        if read is not None and outcome == "updated":
            replaced = overwritten(self.client, read, remote)
            if replaced is not None:  # another desk saved between our read and our write
                theirs, facts = remote_text(replaced), post_facts(remote)
                self.write(lambda s: rows.overwrite_on_push(s, snap.id, theirs, facts))
                with self._lock:
                    self.result.notes.append(
                        f"{snap.text.title!r}: someone else saved it just before this desk did; "
                        "their text waits beside yours in Conflicts"
                    )

    def _changes(self, snap: Snapshot) -> PostChanges:
        wanted = Status(snap.status)
        if wanted is Status.FUTURE and snap.scheduled_at is None:
            wanted = Status.PUBLISH
        if wanted is Status.PUBLISH and snap.scheduled_at is not None and snap.scheduled_at > from_store(utcnow()):
            wanted = Status.FUTURE
        status = effective_status(self.role, wanted) if self.role is not None else wanted
        categories = [self.terms.remote_id("section", i) for i in snap.section_ids]
        tags = [self.terms.remote_id("tag", i) for i in snap.tag_ids]
        featured = self.media.featured(snap.featured_media_id)
        changes = post_changes(
            snap,
            status.value,
            [c for c in categories if c is not None],
            [t for t in tags if t is not None],
            featured,
            self.publish_format,
            self.wp_version,
        )
        plan = plan_byline(snap.byline, self.bylines, snap.byline_fallback)
        self._tell_byline(snap, plan)
        changes = with_byline(changes, plan, snap.lang, self.publish_format)
        return self._with_site_images(snap, changes)

    def _tell_byline(self, snap: Snapshot, plan: BylinePlan) -> None:
        note = ""
        if plan.author_refused:
            note = (
                f"{snap.text.title!r}: this account may not make {plan.author_name} the post's author "
                f"(only an editor may); the byline is {where(plan)}"
            )
        elif plan.choice_needed:
            note = (
                f"{snap.text.title!r}: the byline {plan.byline!r} names no author of the site and the site has "
                "no byline field; it is at the top of the story until you choose (publish again and pick "
                "top of the story or no byline)"
            )
        if note:
            with self._lock:
                self.result.notes.append(note)

    def _send(
        self, snap: Snapshot, changes: PostChanges, send: Callable[[PostChanges], RemotePost]
    ) -> tuple[RemotePost, PostChanges]:
        """Send the post; when the site refuses the author (403, e.g. ``rest_cannot_edit_others``:
        the account's role changed since the check), send it again with the byline in its fallback
        place, so the story still goes out and the byline is not lost."""
        try:
            return send(changes), changes
        except Forbidden as exc:
            if changes.author is None:
                raise
            plan = without_author(
                plan_byline(snap.byline, self.bylines, snap.byline_fallback), self.bylines, snap.byline_fallback
            )
            changes = with_byline(dataclasses.replace(changes, author=None), plan, snap.lang, self.publish_format)
            with self._lock:
                self.result.notes.append(
                    f"{snap.text.title!r}: the site refused to make {plan.author_name or plan.byline} the post's "
                    f"author ({exc.code or exc}); the byline is {where(plan)}"
                )
            return send(changes), changes

    def _with_site_images(self, snap: Snapshot, changes: PostChanges) -> PostChanges:
        """Body images stored on the desk point at their uploaded copies; those not on the site
        are left out of the post (and reported) until they are."""
        names = media_refs.image_names(changes.content or "")
        if not names:
            return changes
        images = self.media.body_images(snap.id, names)
        if not images:
            return changes
        missing = sorted({image.filename for image in images.values() if image.url is None})
        if missing:
            with self._lock:
                self.result.notes.append(
                    f"{snap.text.title!r}: images not on the site yet, left out of the post: {', '.join(missing)}"
                )
        content = media_refs.add_credits(changes.content or "", {name: image.credit for name, image in images.items()})
        content = media_refs.rewrite(content, {name: image.url for name, image in images.items()})
        return dataclasses.replace(changes, content=content)

    def _create(self, op: ob.OpRef, snap: Snapshot, changes: PostChanges) -> tuple[RemotePost, PostChanges]:
        if op.maybe_applied:
            found = self._reconcile(snap, changes)
            if found is not None:
                return found, changes
        try:
            return self._send(snap, changes, self.client.create_post)
        except CmsError as exc:
            if not exc.may_have_applied:
                raise
            # Sent, no answer: look before anything is sent again.
            try:
                found = self._reconcile(snap, changes)
            except CmsError:
                raise exc from None
            if found is None:
                raise
            return found, changes

    def _reconcile(self, snap: Snapshot, changes: PostChanges) -> RemotePost | None:
        article_id = snap.id
        found = sorted(self.client.find_posts_by_marker(article_id), key=lambda p: p.id)
        if not found:
            return None
        keep = found[0]
        for extra in found[1:]:  # duplicates made before this desk reconciled: to the trash
            self.client.delete_post(extra.id)
            with self._lock:
                self.result.notes.append(f"moved duplicate post {extra.id} of article {article_id} to the trash")
        # The post's id is known from here on: what is sent to it carries no marker.
        changes = without_stale_featured(snap, dataclasses.replace(changes, marker=None), keep)
        if same_everything(keep, changes):
            return keep
        return self._send(snap, changes, lambda c: self.client.update_post(keep.id, c))[0]

    def _update(
        self, op: ob.OpRef, snap: Snapshot, changes: PostChanges
    ) -> tuple[RemotePost, str, PostChanges, RemotePost]:
        """Update a known post; also returns the post as read just before writing."""
        assert snap.remote_id is not None
        try:
            current = self.client.get_post(snap.remote_id)
        except NotFoundRemote:
            current = None
        if current is None or current.status == "trash":
            self._conflict(op, snap.id, None)
            raise _Missing()
        seen = unchanged_since_seen(to_store(snap.remote_modified_gmt), snap.remote_digest, current)
        if not seen and not same_text(current, changes):
            self._conflict(op, snap.id, current)
            raise _Conflicted()
        changes = without_stale_featured(snap, changes, current)
        if same_everything(current, changes):
            return current, "unchanged", changes, current
        post_id = snap.remote_id
        try:
            remote, changes = self._send(snap, changes, lambda c: self.client.update_post(post_id, c))
            return remote, "updated", changes, current
        except NotFoundRemote:
            self._conflict(op, snap.id, None)
            raise _Missing() from None

    def _conflict(self, op: ob.OpRef, article_id: str, current: RemotePost | None) -> None:
        """Record a conflict with the site's `current` post (None: the post is gone from the
        site); the operation is done."""
        theirs = remote_text(current) if current is not None else None
        post = post_facts(current) if current is not None else None
        self.write(lambda s: rows.conflict_on_push(s, op, article_id, theirs, post))
        self._touched(article_id)

    def _touched(self, article_id: str) -> None:
        with self._lock:
            self.result.articles.add(article_id)

    def _featured_not_taken(self, snap: Snapshot, remote_id: int, media_id: int) -> None:
        """WordPress answers 200 and silently ignores a featured image it cannot use. When the
        image was deleted on the site it is uploaded again (the post is then sent again with
        the new id); otherwise it is only reported, so nothing is uploaded twice."""
        note = f"the site did not take image {remote_id} as the featured image"
        try:
            self.client.get_media(remote_id)
        except NotFoundRemote:
            name = self.media.forget(media_id)
            note = f"the site no longer had the featured image {name}; it is uploaded again" if name else ""
        except CmsError:
            pass  # the post is on the site; the image is looked at again with its next change
        if note:
            with self._lock:
                self.result.notes.append(f"{snap.text.title!r}: {note}")

    def _trash(self, op: ob.OpRef, snap: Snapshot) -> None:
        if snap.remote_id is not None:
            try:
                self.client.delete_post(snap.remote_id)
            except NotFoundRemote:
                pass
            self._count("deleted")

        self.write(lambda s: rows.trashed_on_push(s, op, snap))
        self._touched(snap.id)

    def _record(self, op: ob.OpRef, snap: Snapshot, remote: RemotePost, changes: PostChanges, outcome: str) -> None:

        post = post_facts(remote)
        self.write(lambda s: rows.saved_on_push(s, op, snap, self.site_id, post))
        self._touched(snap.id)
        self._count(outcome)
        if changes.featured_media and remote.featured_media != changes.featured_media and snap.featured_media_id:
            self._featured_not_taken(snap, changes.featured_media, snap.featured_media_id)
        if changes.status and remote.status != changes.status:
            with self._lock:
                self.result.notes.append(
                    f"{snap.text.title!r}: asked for {changes.status}, the site made it {remote.status}"
                )
