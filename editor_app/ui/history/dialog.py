"""An article's revision history: the list, a readable diff against the current text, restore.

Reading and restoring run on the store lane through `RevisionService`. Restoring never rewrites
history: the core keeps the current text as a revision first and records the restore as another.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.desk import Desk
from editor_app.core.domain import Change, RevisionInfo, RevisionReason
from editor_app.core.errors import CopydeskError
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.ui.history.inline_diff import DiffColours, lines_to_html, parse_unified
from editor_app.ui.labels import length_text
from editor_app.ui.operations import operations_for
from editor_app.ui.workers import Lane

REASONS = {
    RevisionReason.AUTOSAVE: QT_TRANSLATE_NOOP("HistoryDialog", "Autosave"),
    RevisionReason.MANUAL: QT_TRANSLATE_NOOP("HistoryDialog", "Saved"),
    RevisionReason.CREATED: QT_TRANSLATE_NOOP("HistoryDialog", "Created"),
    RevisionReason.PULLED: QT_TRANSLATE_NOOP("HistoryDialog", "From the site"),
    RevisionReason.CONFLICT_MINE: QT_TRANSLATE_NOOP("HistoryDialog", "Conflict: mine"),
    RevisionReason.CONFLICT_THEIRS: QT_TRANSLATE_NOOP("HistoryDialog", "Conflict: theirs"),
    RevisionReason.RESTORE: QT_TRANSLATE_NOOP("HistoryDialog", "Restored"),
    RevisionReason.IMPORT: QT_TRANSLATE_NOOP("HistoryDialog", "Imported"),
}
REVISION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_CHANGES = QT_TRANSLATE_NOOP("HistoryDialog", "No differences: this revision matches the current text.")


def local_time(moment: datetime) -> str:
    """A stored UTC time in the user's own zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _message(exc: BaseException) -> str:
    if isinstance(exc, CopydeskError):
        text = str(exc)
    else:
        text = QCoreApplication.translate("HistoryDialog", "Unexpected error ({kind}): {error}").format(
            kind=type(exc).__name__, error=exc
        )
    return text[:1].upper() + text[1:]


class HistoryDialog(QDialog):
    """Revisions of one article, newest first, with the selected one diffed against the current text."""

    restored = Signal(str)  # the article id, after a revision was restored

    def __init__(self, desk: Desk, lane: Lane, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lane = lane
        self.ops = operations_for(lane)
        self.ops.changed.connect(self._store_changed)
        self.article_id = article_id
        self._jobs = 0
        self._revisions: dict[int, RevisionInfo] = {}
        self._shown_revision: int | None = None  # whose diff the view holds
        self.confirm_box: QMessageBox | None = None  # the restore question while it is open
        self.setWindowTitle(self.tr("History"))
        self.setAccessibleName(self.tr("Revision history"))
        self.resize(900, 560)

        self.revision_list = QTreeWidget(self)
        self.revision_list.setAccessibleName(self.tr("Revisions"))
        self.revision_list.setHeaderLabels([self.tr("Saved"), self.tr("Reason"), self.tr("Length")])
        self.revision_list.setRootIsDecorated(False)
        self.revision_list.setUniformRowHeights(True)
        self.revision_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.revision_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.revision_list.itemSelectionChanged.connect(self._selection_changed)

        self.diff_caption = QLabel(self.tr("Changes since this revision: − removed since, + added since"), self)
        self.diff_caption.setWordWrap(True)
        self.diff_view = QTextBrowser(self)
        self.diff_view.setAccessibleName(self.tr("Changes since the selected revision"))
        self.diff_view.setOpenLinks(False)
        self.diff_view.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.diff_caption)
        right_layout.addWidget(self.diff_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.revision_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 600])

        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Messages"))
        self.status.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore this revision…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore this revision"))
        self.restore_button.clicked.connect(self.ask_restore)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_box.rejected.connect(self.reject)
        close_box.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(close_box)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_actions()
        self.refresh()

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        """True while work this dialog started has not reported back."""
        return self._jobs > 0

    def selected_revision(self) -> RevisionInfo | None:
        items = self.revision_list.selectedItems()
        return self._revisions.get(items[0].data(0, REVISION_ID_ROLE)) if items else None

    def select_revision(self, revision_id: int) -> None:
        for row in range(self.revision_list.topLevelItemCount()):
            item = self.revision_list.topLevelItem(row)
            if item.data(0, REVISION_ID_ROLE) == revision_id:
                self.revision_list.setCurrentItem(item)
                return

    def revisions(self) -> list[RevisionInfo]:
        """As listed, newest first."""
        return [
            self._revisions[self.revision_list.topLevelItem(r).data(0, REVISION_ID_ROLE)]
            for r in range(self.revision_list.topLevelItemCount())
        ]

    def _update_actions(self) -> None:
        self.restore_button.setEnabled(self.selected_revision() is not None and not self.busy)

    def _show_error(self, exc: BaseException) -> None:
        self.status.setText(_message(exc))
        self.status.setAccessibleDescription(self.tr("Error"))

    def _submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._jobs += 1
        self._update_actions()

        def done(result: Any) -> None:
            if shiboken6.isValid(self):
                try:
                    on_done(result)
                finally:
                    self._jobs -= 1  # after on_done, which may queue more: `busy` never blinks
                    self._update_actions()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                try:
                    self._show_error(exc)
                finally:
                    self._jobs -= 1
                    self._update_actions()

        self.ops.store(fn, on_done=done, on_error=failed)

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Reload the article's title and revisions, keeping the selected revision."""
        desk, article_id = self.desk, self.article_id
        self._submit(lambda: (desk.articles.get(article_id).title, desk.revisions.list(article_id)), self._fill)

    def _store_changed(self, change: Change) -> None:
        """A new revision (a save point, a restore, a pull) or a new headline: list and title follow."""
        if self.article_id in change.revisions or self.article_id in change.articles:
            self.refresh()

    def _fill(self, result: tuple[str, list[RevisionInfo]]) -> None:
        title, revisions = result
        self.setWindowTitle(self.tr("History of “{title}”").format(title=title))
        chosen = self.selected_revision()
        self._revisions = {r.id: r for r in revisions}
        self._shown_revision = None
        self.revision_list.blockSignals(True)
        self.revision_list.clear()
        for info in revisions:
            item = QTreeWidgetItem(
                [
                    local_time(info.created_at),
                    self.tr(REASONS[info.reason]) if info.reason in REASONS else info.reason.value,
                    length_text(info.word_count - info.cjk_chars, info.cjk_chars),
                ]
            )
            item.setData(0, REVISION_ID_ROLE, info.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, f"{info.created_at.astimezone():%A %Y-%m-%d %H:%M:%S %Z}\n{info.title}")
            self.revision_list.addTopLevelItem(item)
        self.revision_list.blockSignals(False)
        if chosen is not None and chosen.id in self._revisions:
            self.select_revision(chosen.id)
        elif revisions:
            self.select_revision(revisions[0].id)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self._update_actions()
        info = self.selected_revision()
        if info is None:
            self.diff_view.clear()
            return
        if info.id == self._shown_revision:
            return
        desk, article_id = self.desk, self.article_id
        self._submit(lambda: (info.id, desk.revisions.diff(article_id, info.id)), self._show_diff)

    def _show_diff(self, result: tuple[int, str]) -> None:
        revision_id, diff_text = result
        current = self.selected_revision()
        if current is None or current.id != revision_id:
            return  # the user has moved on; that selection's own diff is on its way
        self._shown_revision = revision_id
        when = local_time(current.created_at)
        self.diff_caption.setText(
            self.tr("Changes since the revision of {time}: − removed since, + added since").format(time=when)
        )
        lines = parse_unified(diff_text)
        if not lines:
            self.diff_view.setPlainText(self.tr(NO_CHANGES))
            return
        self.diff_view.setHtml(lines_to_html(lines, DiffColours.for_palette(self.palette())))

    # ------------------------------------------------------------------ restoring
    def ask_restore(self) -> None:
        info = self.selected_revision()
        if info is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore Revision"),
            self.tr("Replace the article's current text with the revision of {time}?").format(
                time=local_time(info.created_at)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("The current text stays in the history, so this can be undone."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Restore"))
        box.button(QMessageBox.StandardButton.Yes).setAccessibleName(self.tr("Restore"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Restore revision"))
        self.confirm_box = box

        def finished(_result: int) -> None:
            yes = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
            self.confirm_box = None
            box.deleteLater()
            if yes:
                self.restore(info.id)

        box.finished.connect(finished)
        box.open()

    def restore(self, revision_id: int) -> None:
        """Restore without asking (the question is `ask_restore`'s)."""
        info = self._revisions.get(revision_id)
        desk, article_id = self.desk, self.article_id

        def done(_change: object) -> None:
            when = local_time(info.created_at) if info else str(revision_id)
            self.status.setText(self.tr("Restored the revision of {time}.").format(time=when))
            self.status.setAccessibleDescription(self.tr("Information"))
            self.restored.emit(article_id)  # the list and title follow the restore's change (_store_changed)

        self._submit(lambda: desk.revisions.restore(article_id, revision_id), done)
