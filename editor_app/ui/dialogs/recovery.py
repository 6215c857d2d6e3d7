"""After a crash or kill: compare recovery journal files with the store and say what happened.

Every autosave reaches the store, so the store normally has the last text. A journal file is
left only when Copydesk stopped between writing it and the save landing; then the file may hold
text the store lacks. The banner offers to recover it (saved as a new revision) or discard it,
and says plainly when a file cannot be read or its article is gone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from editor_app.core.desk import Desk
from editor_app.core.domain import Article, Status
from editor_app.core.errors import NotFound
from editor_app.ui.editor.autosave import JournalEntry, RecoveryJournal
from editor_app.ui.operations import operations_for
from editor_app.ui.workers import Lane


def fields_from_journal(raw: dict[str, Any]) -> dict[str, Any]:
    """Journal JSON back to the values `ArticleService.update` takes."""
    out = dict(raw)
    if out.get("scheduled_at"):
        out["scheduled_at"] = datetime.fromisoformat(out["scheduled_at"])
    if "status" in out:
        out["status"] = Status(out["status"])
    for key in ("sections", "tags"):
        if key in out:
            out[key] = tuple(out[key])
    return out


def differences(article: Article, fields: dict[str, Any]) -> dict[str, Any]:
    from editor_app.ui.editor.article_editor import fields_of  # with the first recovery only

    current = fields_of(article)
    return {k: v for k, v in fields.items() if k in current and current[k] != v}


class RecoveryNotice(QFrame):
    """One line of the recovery banner, with its buttons."""

    def __init__(self, text: str, actions: list[tuple[str, object]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Recovery notice"))
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for caption, slot in actions:
            button = QPushButton(caption, self)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[caption] = button


class RecoveryBanner(QWidget):
    """Shown above the editor when a recovery file was found at start-up."""

    recovered = Signal(str)  # article id whose journal text is now in the store

    def __init__(self, desk: Desk, lane: Lane, journal: RecoveryJournal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryBanner")
        self.setAccessibleName(self.tr("Recovery"))
        self._desk = desk
        self._lane = lane
        self._ops = operations_for(lane)
        self._journal = journal
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.notices: list[RecoveryNotice] = []
        self.hide()

    def check(self) -> int:
        """Look for journal files; returns how many were found (results arrive asynchronously)."""
        entries = self._journal.entries()
        for entry in entries:
            if entry.error is not None or entry.article_id is None:
                self._add(
                    self.tr(
                        "A recovery file could not be read and was left in place: {file} ({error}). "
                        "Any text in it was not recovered."
                    ).format(file=entry.path, error=entry.error),
                    [],
                )
                continue
            self._ops.store(
                self._desk.articles.get,
                entry.article_id,
                on_done=lambda art, e=entry: self._compare(e, art),
                on_error=lambda exc, e=entry: self._orphan(e, exc),
            )
        return len(entries)

    def _compare(self, entry: JournalEntry, article: Article) -> None:
        fields = fields_from_journal(entry.fields)
        if not differences(article, fields):
            self._journal.discard(article.id)  # the save had landed after all
            return
        title = (fields.get("title") or article.title)[:80]
        when = entry.written_at.replace("T", " ")[:16]
        notice: RecoveryNotice

        def recover() -> None:
            notice.setEnabled(False)
            self._ops.store(
                self._desk.articles.update,
                article.id,
                **differences(article, fields),
                on_done=lambda _r: self._recovered(notice, article.id),
                on_error=lambda exc: notice.label.setText(self.tr("Recovery failed: {error}").format(error=exc)),
            )

        def discard() -> None:
            self._journal.discard(article.id)
            self._remove(notice)

        notice = self._add(
            self.tr(
                "Copydesk stopped before the last changes to “{title}” (from {time} UTC) reached the store. "
                "The editor shows the last autosaved text; recover the newer text?"
            ).format(title=title, time=when),
            [(self.tr("Recover"), recover), (self.tr("Discard"), discard)],
        )

    def _orphan(self, entry: JournalEntry, exc: BaseException) -> None:
        fields = fields_from_journal(entry.fields)
        title = str(fields.get("title") or self.tr("an article"))[:80]
        if not isinstance(exc, NotFound):
            self._add(
                self.tr("Could not check the recovery file {file}: {error}").format(file=entry.path, error=exc), []
            )
            return
        notice: RecoveryNotice

        def save_new() -> None:
            notice.setEnabled(False)
            create = {k: v for k, v in fields.items() if k in ("dek", "body", "byline", "lang", "tags")}
            self._ops.store(
                self._desk.articles.create,
                fields.get("title") or self.tr("Recovered text"),
                **create,
                on_done=lambda art: (self._journal.discard(entry.article_id or ""), self._done(notice, art.id)),
                on_error=lambda e: notice.label.setText(
                    self.tr("Could not save the recovered text: {error}").format(error=e)
                ),
            )

        def discard() -> None:
            self._journal.discard(entry.article_id or "")
            self._remove(notice)

        notice = self._add(
            self.tr("Unsaved text of “{title}” was found, but its article is no longer on this desk.").format(
                title=title
            ),
            [(self.tr("Save as new article"), save_new), (self.tr("Discard"), discard)],
        )

    def _recovered(self, notice: RecoveryNotice, article_id: str) -> None:
        self._journal.discard(article_id)
        self._done(notice, article_id)

    def _done(self, notice: RecoveryNotice, article_id: str) -> None:
        self._remove(notice)
        self.recovered.emit(article_id)

    def _add(self, text: str, actions: list[tuple[str, object]]) -> RecoveryNotice:
        if not actions:  # a note with nothing to decide can still be dismissed
            actions = [(self.tr("Dismiss"), lambda: self._remove(notice))]
        notice = RecoveryNotice(text, actions, self)
        self.notices.append(notice)
        self._layout.addWidget(notice)
        self.show()
        return notice

    def _remove(self, notice: RecoveryNotice) -> None:
        if notice in self.notices:
            self.notices.remove(notice)
            notice.deleteLater()
        if not self.notices:
            self.hide()
