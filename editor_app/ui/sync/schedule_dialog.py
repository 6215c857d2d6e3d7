"""Asks when an article should go live; the site publishes it then (WordPress's `future` status)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from editor_app.ui.dialogs.fit import fit_title, focus_first


class ScheduleDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, start: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule Publication"))
        self.setAccessibleName(self.tr("Schedule publication"))
        first = (start or datetime.now().astimezone() + timedelta(hours=1)).replace(second=0, microsecond=0)
        self.when_edit = QDateTimeEdit(QDateTime(first), self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setAccessibleName(self.tr("Publication time"))
        self.when_edit.setMinimumDateTime(QDateTime.currentDateTime())
        focus_first(self, self.when_edit)
        note = QLabel(
            self.tr(
                "In this computer's time zone. The site publishes at that moment even when Copydesk is closed, "
                "once the next sync has sent it."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Schedule"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.when_edit)
        layout.addWidget(note)
        layout.addWidget(buttons)
        fit_title(self)

    def when(self) -> datetime:
        """The chosen moment, timezone-aware."""
        chosen: datetime = self.when_edit.dateTime().toPython()
        return chosen.astimezone() if chosen.tzinfo is None else chosen
