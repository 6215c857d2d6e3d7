"""The pre-publish question for a byline that has nowhere to go on the site: it names no author the
account may set, and the site has no byline field. Nothing is dropped unasked."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class BylineChoiceDialog(QMessageBox):
    """Put the byline at the top of the story, publish without it, or cancel."""

    def __init__(self, byline: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Where does the byline go?"))
        self.setText(
            self.tr("The byline “{byline}” names no author of the site, and the site has no byline field.").format(
                byline=byline
            )
        )
        self.setInformativeText(self.tr("Put it at the top of the story as its own line, or publish without a byline?"))
        self.top = self.addButton(self.tr("Put the Byline at the Top of the Story"), QMessageBox.ButtonRole.AcceptRole)
        self.drop = self.addButton(self.tr("Publish Without Byline"), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.top)
        self.setEscapeButton(self.cancel)

    def choice(self) -> str | None:
        """ "block", "drop", or None when cancelled."""
        clicked: QAbstractButton | None = self.clickedButton()
        if clicked is self.top:
            return "block"
        if clicked is self.drop:
            return "drop"
        return None
