"""The dialog shown when the store cannot be opened: what is wrong, where, and what to do.

Nothing is written to the file in question; the user may open (or start) a desk in another
folder, or quit.
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
    QVBoxLayout,
    QWidget,
)

from editor_app.core.errors import StoreCorrupt, StoreError, StoreLocked, StoreTooNew

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
                "Restore it from a backup, or open another folder. The file has been left exactly as it was.",
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
        self._store_path = store_path
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
        for label in (self.where, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.open_other = QPushButton(self.tr("Open Another Folder…"), self)
        self.open_other.setAccessibleName(self.tr("Open another folder"))
        self.quit_button = QPushButton(self.tr("Quit"), self)
        buttons.addButton(self.open_other, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_other.clicked.connect(self._choose)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        for w in (self.headline, self.where, self.detail, self.advice):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

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
