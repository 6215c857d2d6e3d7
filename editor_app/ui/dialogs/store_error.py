"""The dialog shown when the store cannot be opened: what is wrong, where, and what to do.

Nothing is written to the file in question; the user may open (or start) a desk in another
folder, or quit. For a damaged store the dialog also offers to copy its readable articles out
as Markdown files (from a copy of the file, on a worker thread) and, when one exists, to put
back the copy made before the last upgrade (the damaged file is kept beside it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import rescue
from editor_app.core.errors import StoreCorrupt, StoreError, StoreLocked, StoreTooNew
from editor_app.core.paths import AppPaths
from editor_app.ui.workers import Lane

translate = QCoreApplication.translate


def explain(exc: StoreError) -> tuple[str, str]:
    """A headline and advice for each kind of failure."""
    if isinstance(exc, StoreTooNew):
        return (
            translate("StoreErrorDialog", "This desk was saved by a newer version of Copydesk."),
            translate(
                "StoreErrorDialog", "Update Copydesk to open it, or open another folder. The file has not been changed."
            ),
        )
    if isinstance(exc, StoreCorrupt):
        return (
            translate("StoreErrorDialog", "The desk's store file is damaged or is not a Copydesk store."),
            translate(
                "StoreErrorDialog",
                "Your articles may still be readable: Copydesk can copy them out of it as Markdown files "
                "without changing it. Or restore it from a backup, or open another folder. The file has been "
                "left exactly as it was.",
            ),
        )
    if isinstance(exc, StoreLocked):
        return (
            translate("StoreErrorDialog", "The desk is in use by another Copydesk window or command."),
            translate("StoreErrorDialog", "Close the other one and try again, or open another folder."),
        )
    return (
        translate("StoreErrorDialog", "The desk's store could not be opened."),
        translate("StoreErrorDialog", "Open another folder, or quit. The file has not been changed."),
    )


class StoreErrorDialog(QDialog):
    """Result: `chosen_folder` is set when the user picked another folder to open."""

    def __init__(self, exc: StoreError, store_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copydesk cannot open this desk"))
        self.setObjectName("storeErrorDialog")
        self.setAccessibleName(self.tr("Store error"))
        self.chosen_folder: Path | None = None
        self.restored: rescue.Restored | None = None  # the before-upgrade copy was put back: open again
        self._store_path = store_path
        self._paths = AppPaths(store_path.parent, store_path.parent, store_path.parent)
        self._lane: Lane | None = None
        headline, advice = explain(exc)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        self.headline = QLabel(f"<b>{headline}</b>", self)
        self.headline.setWordWrap(True)
        self.where = QLabel(self.tr("File: {path}").format(path=store_path), self)
        self.where.setObjectName("storePath")
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("Store file"))
        self.detail = QLabel(str(exc), self)
        self.detail.setWordWrap(True)
        self.detail.setObjectName("storeErrorDetail")
        self.advice = QLabel(advice, self)
        self.advice.setWordWrap(True)
        self.detail.setVisible(False)  # technical: behind Details
        self.details_button = QToolButton(self)
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.toggled.connect(self._show_details)
        self.status = QLabel("", self)  # what the rescue did
        self.status.setObjectName("rescueStatus")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        for label in (self.where, self.detail, self.status):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        damaged = isinstance(exc, StoreCorrupt)
        self._copy = rescue.before_upgrade_copy(self._paths) if damaged else None
        self.export_button = QPushButton(self.tr("Copy Articles Out…"), self)
        self.export_button.setToolTip(self.tr("Save every article still readable as a Markdown file in a folder"))
        self.export_button.clicked.connect(self._export)
        self.restore_button = QPushButton(self.tr("Restore the Copy from Before the Upgrade"), self)
        self.restore_button.setToolTip(self.tr("The damaged file is kept beside it"))
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setVisible(damaged)  # after addButton, which shows what it adds
        self.restore_button.setVisible(self._copy is not None)
        self.open_other = QPushButton(self.tr("Open Another Folder…"), self)
        self.open_other.setAccessibleName(self.tr("Open another folder"))
        self.quit_button = QPushButton(self.tr("Quit"), self)
        buttons.addButton(self.open_other, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_other.clicked.connect(self._choose)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        for w in (self.headline, self.where, self.advice, self.status, self.details_button, self.detail):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _show_details(self, on: bool) -> None:
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.detail.setVisible(on)

    def _say(self, text: str, detail: str = "") -> None:
        self.status.setText(text)
        self.status.setVisible(True)
        if detail:
            self.detail.setText(f"{self.detail.text()}\n\n{detail}")

    def _export(self) -> None:
        start = str(self._store_path.parent.parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the Copied Articles"), start)
        if not folder:
            return
        if self._lane is None:
            self._lane = Lane("rescue", parent=self)
        self.export_button.setEnabled(False)
        self._say(self.tr("Copying the articles out…"))
        self._lane.submit(
            rescue.export_articles,
            self._paths,
            Path(folder),
            on_done=lambda done: self._exported(done, folder),
            on_error=self._export_failed,
        )

    def _exported(self, done: rescue.Exported, folder: str) -> None:
        self.export_button.setEnabled(True)
        text = self.tr("Copied {count} articles to {folder}.").format(count=len(done.files), folder=folder)
        if done.unreadable:
            text += " " + self.tr("{count} could not be read.").format(count=done.unreadable)
        self._say(text)

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("No article could be copied out of this file."), str(exc))

    def _restore(self) -> None:
        try:
            self.restored = rescue.restore_before_upgrade(self._paths)
        except (StoreError, OSError) as exc:
            self._say(self.tr("The earlier copy could not be put back."), str(exc))
            return
        self.accept()

    def done(self, result: int) -> None:
        if self._lane is not None:
            self._lane.shutdown()
        super().done(result)

    def _choose(self) -> None:
        start = str(self._store_path.parent.parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a Desk Folder"), start)
        if not folder:
            return  # stay in the dialog
        self.chosen_folder = Path(folder)
        self.accept()

    @classmethod
    def ask(cls, exc: StoreError, store_path: Path, parent: QWidget | None = None) -> Path | None:
        dialog = cls(exc, store_path, parent)
        dialog.exec()
        return dialog.chosen_folder
