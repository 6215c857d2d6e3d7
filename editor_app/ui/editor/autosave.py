"""Autosave: every edit reaches the store soon after typing pauses, through the store lane.

Timing: a save starts 800 ms after the last edit, and at the latest 1.5 s after the first
unsaved edit while typing goes on, so no edit waits more than about two seconds. One save per
article is in flight at a time; edits made meanwhile are saved right after it lands.

Ctrl+S (`save_point`) saves what is typed at once as a manual revision, never as an autosave one,
and then makes sure the history holds the stored text as a save point; a save already in flight
lands first, and the text typed since follows it as the save point.

Before each save is submitted, the text is written to a small recovery journal file (atomic
rename), and the file is removed when the save has landed. A journal file found at start-up
is therefore text that may not have reached the store (see `RecoveryJournal`).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from editor_app.core.desk import Desk
from editor_app.core.domain import Article, Change
from editor_app.core.privacy import make_private_dir, open_private
from editor_app.ui.operations import operations_for
from editor_app.ui.workers import Lane

DEBOUNCE_MS = 800
MAX_WAIT_MS = 1500
RETRY_MS = 5000
JOURNAL_VERSION = 1
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JournalEntry:
    path: Path
    article_id: str | None
    written_at: str
    fields: dict[str, Any]
    error: str | None = None  # set when the file could not be read


class RecoveryJournal:
    """One small JSON file per article with unsaved text: `<data dir>/recovery/<id>.json`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._written: dict[str, int] = {}  # article id -> sequence number on disk

    def _file(self, article_id: str) -> Path:
        return self.folder / f"{article_id}.json"

    def write(self, article_id: str, seq: int, fields: dict[str, Any]) -> None:
        make_private_dir(self.folder)
        target = self._file(article_id)
        tmp = target.with_suffix(".tmp")
        payload = {
            "version": JOURNAL_VERSION,
            "article_id": article_id,
            "seq": seq,
            "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "fields": fields,
        }
        try:
            with open_private(tmp) as fh:  # whole article texts: owner-only, like the store
                json.dump(payload, fh, ensure_ascii=False)
            os.replace(tmp, target)  # a kill leaves either the old file or the new one, never half
        except OSError:
            tmp.unlink(missing_ok=True)  # a full disk leaves no half-written file behind
            raise
        self._written[article_id] = seq

    def landed(self, article_id: str, seq: int) -> None:
        """A save has reached the store: drop the file unless a newer one was written since."""
        if self._written.get(article_id) == seq:
            self.discard(article_id)

    def discard(self, article_id: str) -> None:
        self._written.pop(article_id, None)
        self._file(article_id).unlink(missing_ok=True)

    def entries(self) -> list[JournalEntry]:
        if not self.folder.is_dir():
            return []
        out: list[JournalEntry] = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                out.append(
                    JournalEntry(path, str(data["article_id"]), str(data.get("written_at", "")), dict(data["fields"]))
                )
            except (OSError, ValueError, KeyError, TypeError) as exc:
                out.append(JournalEntry(path, None, "", {}, error=str(exc)))
        for stray in self.folder.glob("*.tmp"):  # a write cut short; the .json beside it is whole
            stray.unlink(missing_ok=True)
        return out


Snapshot = Callable[[], dict[str, Any]]


class AutosaveController(QObject):
    """Saves one open article; `snapshot()` returns the fields as `ArticleService.update` takes them."""

    state_changed = Signal(str)  # "unsaved" | "saving" | "saved" | "failed"
    saved = Signal(object, object)  # Article, Change

    def __init__(
        self,
        desk: Desk,
        lane: Lane,
        journal: RecoveryJournal,
        article: Article,
        snapshot: Snapshot,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._lane = lane
        self._ops = operations_for(lane)
        self._journal = journal
        self.article_id = article.id
        self._snapshot = snapshot
        self._last_saved: dict[str, Any] | None = None  # set by `baseline`
        self._dirty = False
        self._in_flight = False
        self._held = False  # the store's newer copy is on its way to the form (see `hold`)
        self._seq = 0
        self._first_unsaved: float | None = None
        self._point: tuple[Callable[[bool], None], Callable[[BaseException], None]] | None = None  # Ctrl+S waiting
        self._point_made = False  # a manual save on the way to the waiting save point made its revision
        self.last_saved_at: float | None = None
        self.last_error: str | None = None
        self.last_failure: BaseException | None = None  # the store's refusal, while saves fail
        self.journal_kept = True  # the recovery file holds the text the last save tried to store
        self.last_change: Change | None = None  # what the last save changed: the window knows its own save by it
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.flush)
        self._retry = QTimer(self)  # after a failed save: try again until the disk takes it
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty or self._in_flight

    def set_interval(self, max_wait_ms: int) -> None:
        """The longest an edit waits while typing goes on (Preferences → autosave interval); a
        pause in typing still saves after the debounce, or sooner when the interval is shorter."""
        self._max_wait.setInterval(max_wait_ms)
        self._debounce.setInterval(min(DEBOUNCE_MS, max_wait_ms))

    def baseline(self, fields: dict[str, Any]) -> None:
        """The fields as the store has them now (what the editor was loaded with)."""
        self._last_saved = dict(fields)

    def saved_fields(self) -> dict[str, Any] | None:
        """The fields as last saved (or loaded): what the user's edits are measured against."""
        return None if self._last_saved is None else dict(self._last_saved)

    def hold(self) -> None:
        """The article changed in the store and the form has not taken the new values in yet:
        save nothing computed from the older ones (a merged tag would come back) until `release`."""
        self._held = True

    def release(self) -> None:
        """The form shows the store's values again (or they could not be read): saving resumes."""
        if self._held:
            self._held = False
            if self._dirty:
                self._debounce.start()

    def mark_changed(self) -> None:
        if not self._dirty:
            self._dirty = True
            self._first_unsaved = time.monotonic()
            self.state_changed.emit("unsaved")
        self._debounce.start()
        if not self._max_wait.isActive() and not self._in_flight:
            self._max_wait.start()

    def flush(self, *, manual: bool = False) -> None:
        """Save now if anything changed (tab switch, close, timers); `manual`: as a save point's
        revision (Ctrl+S), not an autosave's."""
        self._debounce.stop()
        self._max_wait.stop()
        self._retry.stop()
        if not self._dirty or self._in_flight or self._held:
            return
        fields = self._snapshot()
        changed = {k: v for k, v in fields.items() if self._last_saved is None or self._last_saved.get(k) != v}
        self._dirty = False
        if not changed:
            self.state_changed.emit("saved")
            return
        self._seq += 1
        seq = self._seq
        try:
            self._journal.write(self.article_id, seq, _jsonable(fields))
            self.journal_kept = True
        except OSError as exc:  # the store save below still goes ahead
            self.journal_kept = False
            log.warning("recovery file for %s not written: %s", self.article_id, exc)
        self._in_flight = True
        self.state_changed.emit("saving")
        self._ops.store(
            self._desk.articles.update,
            self.article_id,
            autosave=not manual,
            **changed,
            on_done=lambda result: self._landed(seq, fields, result, manual),
            on_error=lambda exc: self._failed(exc),
        )

    def save_point(self, on_done: Callable[[bool], None], on_error: Callable[[BaseException], None]) -> None:
        """Ctrl+S: the typed text reaches the store as a manual revision and the history gets a save
        point; `on_done(made)` says whether a new revision was recorded (False: one already held it)."""
        if self._point is None:
            self._point_made = False
        self._point = (on_done, on_error)
        if not self._in_flight:  # otherwise `_landed` goes on once the save in flight is in
            self._continue_point()

    def _continue_point(self) -> None:
        if self._dirty:
            self.flush(manual=True)
            if self._in_flight:
                return  # `_landed` comes back here
        if self._point is None:
            return
        (on_done, on_error), self._point = self._point, None
        made = self._point_made
        self._ops.store(
            self._desk.articles.save_point,
            self.article_id,
            on_done=lambda change: self._point_recorded(change, on_done, made),
            on_error=on_error,
        )

    def _point_recorded(self, change: Change, on_done: Callable[[bool], None], made: bool) -> None:
        self.last_change = change  # this editor's own: the window does not read it back into the form
        on_done(made or bool(change.revisions))

    def _landed(self, seq: int, fields: dict[str, Any], result: tuple[Article, Change], manual: bool = False) -> None:
        self._in_flight = False
        self._last_saved = fields
        self.last_saved_at = time.time()
        self.last_error = None
        self.last_failure = None
        self.journal_kept = True
        self._journal.landed(self.article_id, seq)
        article, change = result
        self.last_change = change
        self.saved.emit(article, change)
        if self._point is not None:
            self._point_made |= manual and bool(change.revisions)
            self._continue_point()
            if self._in_flight:
                return
        if self._dirty:  # typed while the save was in flight
            self._debounce.start()
            self._max_wait.start()
            self.state_changed.emit("unsaved")
        else:
            self.state_changed.emit("saved")

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = False
        self._dirty = True  # keep the journal file; try again later
        self.last_error = str(exc)
        self.last_failure = exc
        log.warning("save of %s failed: %s", self.article_id, exc)
        if self._point is not None:
            (_on_done, on_error), self._point = self._point, None
            on_error(exc)
        self.state_changed.emit("failed")  # the editor shows what happened (SaveProblemBar)
        self._retry.start()

    def wait_saved(self, timeout_ms: int = 10_000) -> bool:
        """Flush and process events until the store has everything (close, tests)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._held and time.monotonic() < deadline:  # the store's copy first, then the save
            self._lane.wait_idle(50)
        self.flush()
        while self._in_flight and time.monotonic() < deadline:
            self._lane.wait_idle(50)
        if self._dirty:
            self.flush()
            while self._in_flight and time.monotonic() < deadline:
                self._lane.wait_idle(50)
        return not self.dirty


def _jsonable(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if isinstance(value, datetime):
            out[key] = value.isoformat()
        elif isinstance(value, tuple):
            out[key] = list(value)
        else:
            out[key] = value
    return out
