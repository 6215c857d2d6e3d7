"""The open conflicts of the desk, one line each; choosing one opens the three-way view.

The list and the decision go through the store lane: the dialog reads conflicts with the core's
conflict service and hands the user's choice back to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.desk import Desk
from editor_app.core.services.conflicts import ConflictView as Conflict
from editor_app.ui.conflicts.view import ConflictView
from editor_app.ui.operations import operations_for
from editor_app.ui.sync.callbacks import weak_callback
from editor_app.ui.sync.messages import describe_error
from editor_app.ui.workers import Lane

DELETED_TEXT = {"title": "", "dek": "", "body": ""}
translate = QCoreApplication.translate


def conflict_line(c: Conflict) -> str:
    when = c.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if c.created_at else ""
    if c.kind == "deleted":
        text = translate("ConflictListDialog", "{title} — deleted on the site (since {time})")
    else:
        text = translate("ConflictListDialog", "{title} — edited here and on the site (since {time})")
    return text.format(title=c.title or c.article_id, time=when)


class ConflictListDialog(QDialog):
    resolved = Signal(int, str)  # conflict id, article id

    def __init__(self, desk: Desk, store_lane: Lane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lane = store_lane
        self.ops = operations_for(store_lane)
        self.conflicts: list[Conflict] = []
        self.view: ConflictView | None = None  # the three-way view currently open
        self.setObjectName("conflictList")
        self.setWindowTitle(self.tr("Conflicts"))
        self.setAccessibleName(self.tr("Open conflicts"))
        self.resize(640, 380)

        self.intro = QLabel(self.tr("Loading…"), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Conflicts waiting for a decision"))
        self.list.itemActivated.connect(lambda _item: self.resolve_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Conflict messages"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.resolve_button = QPushButton(self.tr("&Resolve…"), self)
        self.resolve_button.setAccessibleName(self.tr("Resolve the selected conflict"))
        buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.resolve_button.clicked.connect(self.resolve_selected)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._update_buttons()
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        self.ops.store(
            self.desk.conflicts.list,
            on_done=weak_callback(self, ConflictListDialog._loaded),
            on_error=weak_callback(self, ConflictListDialog._failed),
        )

    def _loaded(self, conflicts: list[Conflict]) -> None:
        selected = self.current()
        self.conflicts = conflicts
        self.list.clear()
        for c in conflicts:
            item = QListWidgetItem(conflict_line(c))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
            if selected is not None and c.id == selected.id:
                self.list.setCurrentItem(item)
        if conflicts and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        n = len(conflicts)
        if n == 1:
            intro = self.tr(
                "1 article changed both here and on the site. Nothing of it is sent until you decide; "
                "both versions stay in the history."
            )
        elif n:
            intro = self.tr(
                "{count} articles changed both here and on the site. Nothing of them is sent until you decide; "
                "both versions stay in the history."
            ).format(count=n)
        else:
            intro = self.tr("No conflicts: everything is in step with the site.")
        self.intro.setText(intro)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe_error(exc))

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _update_buttons(self) -> None:
        self.resolve_button.setEnabled(self.current() is not None)

    # ------------------------------------------------------------------ resolving
    def resolve_selected(self) -> ConflictView | None:
        c = self.current()
        if c is None:
            return None
        theirs = c.theirs.as_dict() if c.theirs is not None else DELETED_TEXT
        view = ConflictView(c.base.as_dict(), c.mine.as_dict(), theirs, self)
        if c.kind == "deleted":
            view.setWindowTitle(
                self.tr(
                    "Resolve Conflict — deleted on the site: keep theirs moves the article to the trash, "
                    "keep mine publishes it again"
                )
            )
        view.resolved.connect(lambda keep, merged, cid=c.id, aid=c.article_id: self._decide(cid, aid, keep, merged))
        view.finished.connect(lambda _result: self._view_closed(view))
        self.view = view
        view.open()
        return view

    def _view_closed(self, view: ConflictView) -> None:
        if self.view is view:
            self.view = None
        view.deleteLater()

    def _decide(self, conflict_id: int, article_id: str, keep: str, merged: object) -> None:
        self.message.setText(self.tr("Saving your decision…"))
        self.ops.store(
            self.desk.conflicts.resolve,
            conflict_id,
            keep,
            merged,
            on_done=weak_callback(self, lambda d, _change: d._decided(conflict_id, article_id, keep)),
            on_error=weak_callback(self, ConflictListDialog._failed),
        )

    def _decided(self, conflict_id: int, article_id: str, keep: str) -> None:
        self.message.setText(
            self.tr("Decision saved: the site's text is now the article's.")
            if keep == "theirs"
            else self.tr("Decision saved; it goes to the site on the next sync.")
        )
        self.resolved.emit(conflict_id, article_id)
        self.reload()
