"""The pre-publish sheet: what the checks found before Publish Now or Schedule, one row each with
its severity and a "Fix" button that closes the sheet and takes the journalist to the field.
"Publish Anyway" is offered only when nothing blocks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.prepublish import Finding
from editor_app.ui.dialogs.fit import fit_title
from editor_app.ui.i18n import tr_message


class PrepublishSheet(QDialog):
    fix_requested = Signal(str, str)  # field, code
    publish_anyway = Signal()

    def __init__(self, findings: Sequence[Finding], *, scheduling: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepublishSheet")
        self.findings = list(findings)
        self.blocked = any(f.blocking for f in self.findings)
        self.setWindowTitle(self.tr("Before Publishing"))
        self.setAccessibleName(self.tr("Pre-publish checks"))
        if self.blocked:
            lead = self.tr("Fix what is marked “Must fix” before the story can go out.")
        else:
            lead = self.tr("The story can go out, but look at these first.")
        intro = QLabel(lead, self)
        intro.setWordWrap(True)

        rows = QWidget(self)
        grid = QGridLayout(rows)
        grid.setColumnStretch(1, 1)
        self.fix_buttons: dict[str, QPushButton] = {}
        for i, finding in enumerate(self.findings):
            severity = QLabel(self.tr("Must fix") if finding.blocking else self.tr("Warning"), rows)
            severity.setObjectName(f"severity_{finding.code}")
            severity.setStyleSheet("font-weight: bold" if finding.blocking else "")
            text = QLabel(tr_message(finding.message), rows)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            fix = QPushButton(self.tr("Fix"), rows)
            fix.setObjectName(f"fix_{finding.code}")
            fix.setAccessibleName(self.tr("Fix: {problem}").format(problem=tr_message(finding.message)))
            fix.clicked.connect(lambda _checked=False, f=finding: self._fix(f))
            self.fix_buttons.setdefault(finding.code, fix)
            grid.addWidget(severity, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, i, 1)
            grid.addWidget(fix, i, 2, Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.anyway = QPushButton(self.tr("Schedule Anyway") if scheduling else self.tr("Publish Anyway"), self)
        self.anyway.setObjectName("publishAnyway")
        self.anyway.setVisible(not self.blocked)
        self.anyway.setEnabled(not self.blocked)
        if not self.blocked:
            buttons.addButton(self.anyway, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._anyway)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(560, min(480, 140 + 48 * len(self.findings)))
        fit_title(self)

    def _fix(self, finding: Finding) -> None:
        self.reject()
        self.fix_requested.emit(finding.field, finding.code)

    def _anyway(self) -> None:
        if self.blocked:  # never reached through the buttons; a guard for keyboard accepts
            return
        self.accept()
        self.publish_anyway.emit()
