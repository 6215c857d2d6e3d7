"""The three-way conflict view: base, mine and theirs side by side, and a merge pane.

Shown when an article changed both here and on the site since the last sync. The view only
collects the decision; whoever opens it passes the result to the core's conflict service.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.ui.conflicts.compare import PaneColours, ThreeWay, pane_html, three_way

FIELDS = ("title", "dek", "body")
SIDES = ("base", "mine", "theirs")
SIDE_TITLES = {
    "base": QT_TRANSLATE_NOOP("ConflictView", "Last synced"),
    "mine": QT_TRANSLATE_NOOP("ConflictView", "Mine (this computer)"),
    "theirs": QT_TRANSLATE_NOOP("ConflictView", "Theirs (on the site)"),
}
LEGEND = QT_TRANSLATE_NOOP("ConflictView", "~ changed from the last synced text   + added   ! changed on both sides")


def _text_of(values: Mapping[str, object], key: str) -> str:
    value = values.get(key)
    return "" if value is None else str(value)


class _ScrollLink:
    """Keeps several scroll bars at the same relative position, so the panes read in step."""

    def __init__(self, bars: list[QScrollBar]) -> None:
        self._bars = bars
        self._moving = False
        for bar in bars:
            bar.valueChanged.connect(lambda _value, source=bar: self._follow(source))

    def _follow(self, source: QScrollBar) -> None:
        if self._moving or source.maximum() <= 0:
            return
        self._moving = True
        try:
            ratio = source.value() / source.maximum()
            for bar in self._bars:
                if bar is not source:
                    bar.setValue(round(ratio * bar.maximum()))
        finally:
            self._moving = False


class ConflictView(QDialog):
    """Base, mine and theirs side by side with differences marked; keep one side or a merged text."""

    # "mine" | "theirs" | "merged", and the merged {title, dek, body} (None unless merged)
    resolved = Signal(str, object)

    def __init__(
        self,
        base: Mapping[str, object],
        mine: Mapping[str, object],
        theirs: Mapping[str, object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.texts = {
            side: {key: _text_of(values, key) for key in FIELDS}
            for side, values in zip(SIDES, (base, mine, theirs), strict=True)
        }
        self.setWindowTitle(self.tr("Resolve conflict"))
        self.setAccessibleName(self.tr("Resolve conflict"))
        self.resize(1100, 720)
        colours = PaneColours.for_palette(self.palette())
        self.comparisons: dict[str, ThreeWay] = {
            key: three_way(*(self.texts[side][key] for side in SIDES)) for key in FIELDS
        }

        clashes = sum(c.conflicts for c in self.comparisons.values())
        intro = self.tr("This article changed here and on the site since the last sync.")
        if clashes == 1:
            intro += " " + self.tr("1 line changed on both sides.")
        elif clashes:
            intro += " " + self.tr("{count} lines changed on both sides.").format(count=clashes)
        self.summary = QLabel(intro, self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Conflict summary"))
        legend = QLabel(self.tr(LEGEND), self)
        legend.setAccessibleName(self.tr("Legend"))

        compare = QWidget(self)
        grid = QGridLayout(compare)
        grid.setContentsMargins(0, 0, 0, 0)
        bold = QFont(self.font())
        bold.setBold(True)
        self.title_labels: dict[str, QLabel] = {}
        self.dek_labels: dict[str, QLabel] = {}
        self.body_views: dict[str, QTextBrowser] = {}
        for column, side in enumerate(SIDES):
            heading = QLabel(self.tr(SIDE_TITLES[side]), compare)
            heading.setFont(bold)
            grid.addWidget(heading, 0, column)
            parts = {key: getattr(self.comparisons[key], side) for key in FIELDS}
            for row, (key, store) in enumerate((("title", self.title_labels), ("dek", self.dek_labels)), start=1):
                label = QLabel(compare)
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setAccessibleName(
                    self.tr("{side}: headline").format(side=self.tr(SIDE_TITLES[side]))
                    if key == "title"
                    else self.tr("{side}: dek").format(side=self.tr(SIDE_TITLES[side]))
                )
                label.setText(pane_html(parts[key], colours, is_base=side == "base") if parts[key] else "—")
                if key == "title":
                    label.setFont(bold)
                grid.addWidget(label, row, column)
                store[side] = label
            view = QTextBrowser(compare)
            view.setOpenLinks(False)
            view.setAccessibleName(self.tr("{side}: body").format(side=self.tr(SIDE_TITLES[side])))
            view.setHtml(pane_html(parts["body"], colours, is_base=side == "base"))
            grid.addWidget(view, 3, column)
            grid.setColumnStretch(column, 1)
            self.body_views[side] = view
        grid.setRowStretch(3, 1)
        self._scroll_link = _ScrollLink([v.verticalScrollBar() for v in self.body_views.values()])

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(compare)
        splitter.addWidget(self._build_merge_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.keep_mine_button = QPushButton(self.tr("Keep &mine"), self)
        self.keep_mine_button.setAccessibleName(self.tr("Keep mine"))
        self.keep_mine_button.setToolTip(self.tr("Send my text to the site; theirs stays in the history"))
        self.keep_theirs_button = QPushButton(self.tr("Keep &theirs"), self)
        self.keep_theirs_button.setAccessibleName(self.tr("Keep theirs"))
        self.keep_theirs_button.setToolTip(self.tr("Take the site's text; mine stays in the history"))
        self.use_merged_button = QPushButton(self.tr("&Use merged text"), self)
        self.use_merged_button.setAccessibleName(self.tr("Use merged text"))
        self.later_button = QPushButton(self.tr("Decide &later"), self)
        self.later_button.setAccessibleName(self.tr("Decide later"))
        self.keep_mine_button.clicked.connect(lambda: self._finish("mine"))
        self.keep_theirs_button.clicked.connect(lambda: self._finish("theirs"))
        self.use_merged_button.clicked.connect(lambda: self._finish("merged"))
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(legend, 1)
        for button in (self.later_button, self.keep_theirs_button, self.keep_mine_button, self.use_merged_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.fill_merge("mine")

    def _build_merge_pane(self) -> QWidget:
        box = QGroupBox(self.tr("Merged text (edit freely; starts as mine)"), self)
        self.merge_title = QLineEdit(box)
        self.merge_title.setAccessibleName(self.tr("Merged headline"))
        self.merge_dek = QLineEdit(box)
        self.merge_dek.setAccessibleName(self.tr("Merged dek"))
        self.merge_body = QPlainTextEdit(box)
        self.merge_body.setAccessibleName(self.tr("Merged body"))
        self.from_mine_button = QPushButton(self.tr("Start again from mine"), box)
        self.from_mine_button.setAccessibleName(self.tr("Start merged text from mine"))
        self.from_theirs_button = QPushButton(self.tr("Start again from theirs"), box)
        self.from_theirs_button.setAccessibleName(self.tr("Start merged text from theirs"))
        self.from_mine_button.clicked.connect(lambda: self.fill_merge("mine"))
        self.from_theirs_button.clicked.connect(lambda: self.fill_merge("theirs"))
        self.merge_title.textChanged.connect(self._update_actions)
        form = QFormLayout()
        form.addRow(self.tr("&Headline:"), self.merge_title)
        form.addRow(self.tr("&Dek:"), self.merge_dek)
        starts = QHBoxLayout()
        starts.addStretch(1)
        starts.addWidget(self.from_mine_button)
        starts.addWidget(self.from_theirs_button)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.merge_body, 1)
        layout.addLayout(starts)
        return box

    def fill_merge(self, side: str) -> None:
        """Put one side's text in the merge pane."""
        text = self.texts[side]
        self.merge_title.setText(text["title"])
        self.merge_dek.setText(text["dek"])
        self.merge_body.setPlainText(text["body"])

    def merged(self) -> dict[str, str]:
        return {
            "title": self.merge_title.text().strip(),
            "dek": self.merge_dek.text(),
            "body": self.merge_body.toPlainText(),
        }

    def _update_actions(self) -> None:
        # An article needs a headline; the core would refuse an empty one.
        self.use_merged_button.setEnabled(bool(self.merge_title.text().strip()))

    def _finish(self, choice: str) -> None:
        if choice == "merged" and not self.use_merged_button.isEnabled():
            return
        self.resolved.emit(choice, self.merged() if choice == "merged" else None)
        self.accept()
