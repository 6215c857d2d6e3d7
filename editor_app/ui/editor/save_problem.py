"""The bar above an article whose saves the store refuses: what happened and what to do in
plain words, the store's own message behind Details. It stays until a save lands (autosave
keeps retrying); the text stays in the editor meanwhile, and in the recovery file when that
could be written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from editor_app.core.errors import StoreWriteFailed

translate = QCoreApplication.translate


def explain(exc: BaseException, journal_kept: bool) -> str:
    reason = exc.reason if isinstance(exc, StoreWriteFailed) else "io"
    if reason == "full":
        what = translate("SaveProblemBar", "This article could not be saved: the disk is full.")
        todo = translate(
            "SaveProblemBar", "Free some space on the disk; Copydesk saves again by itself every few seconds."
        )
    elif reason == "read-only":
        what = translate("SaveProblemBar", "This article could not be saved: the desk's folder or disk is read-only.")
        todo = translate("SaveProblemBar", "Make it writable again; Copydesk saves again by itself every few seconds.")
    else:
        what = translate("SaveProblemBar", "This article could not be saved.")
        todo = translate(
            "SaveProblemBar", "Check the disk and the folder's permissions; Copydesk saves again every few seconds."
        )
    kept = (
        translate("SaveProblemBar", "Your text is still here and in the recovery file.")
        if journal_kept
        else translate("SaveProblemBar", "Your text is still here: keep this window open.")
    )
    return f"{what} {kept} {todo}"


class SaveProblemBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveProblemBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Save problem"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.details_button = QToolButton(self)
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setVisible(False)
        self.details_button.toggled.connect(self._toggle)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self.setVisible(False)

    def _toggle(self, on: bool) -> None:
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.details.setVisible(on)

    def show_problem(self, exc: BaseException, journal_kept: bool) -> None:
        self.message.setText(explain(exc, journal_kept))
        self.details.setText(str(exc))
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)
        self.details_button.setChecked(False)
