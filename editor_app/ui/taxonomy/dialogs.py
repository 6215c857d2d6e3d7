"""The small dialogs the taxonomy manager opens: name a term, move a section, delete, merge.

Each dialog only collects a choice; the manager runs the work. Their inputs are public attributes
so tests fill them in and press the buttons as a user would.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.domain import Term
from editor_app.ui.taxonomy.models import descendants, section_depths

TOP_LEVEL = "(top level)"


def articles_phrase(count: int) -> str:
    return "no articles" if count == 0 else ("1 article" if count == 1 else f"{count:,} articles")


def fill_section_combo(
    combo: QComboBox, sections: Sequence[Term], *, first: str, exclude: Collection[int] = ()
) -> None:
    """Sections indented by depth, after a first entry whose data is None."""
    combo.clear()
    combo.addItem(first, None)
    depths = section_depths(sections)
    for term in sections:
        if term.id not in exclude:
            combo.addItem("    " * depths.get(term.id, 0) + term.name, term.id)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class _ChoiceDialog(QDialog):
    """Shared frame: a form, then OK/Cancel with an OK button that can be relabelled."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.rstrip("…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)


class TermNameDialog(_ChoiceDialog):
    """Name (and optionally slug and parent) for a new or renamed term."""

    def __init__(
        self,
        title: str,
        ok_text: str,
        *,
        name: str = "",
        slug: str | None = None,
        sections: Sequence[Term] | None = None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, ok_text, parent)
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName("Name")
        self.name_edit.setMaxLength(200)  # WordPress's limit for term names
        self.form.addRow("&Name:", self.name_edit)
        self.slug_edit: QLineEdit | None = None
        if slug is not None:
            self.slug_edit = QLineEdit(slug)
            self.slug_edit.setAccessibleName("Slug")
            self.slug_edit.setPlaceholderText("made from the name if left empty")
            self.form.addRow("&Slug:", self.slug_edit)
        self.parent_combo: QComboBox | None = None
        if sections is not None:
            self.parent_combo = QComboBox()
            self.parent_combo.setAccessibleName("Parent section")
            fill_section_combo(self.parent_combo, sections, first=TOP_LEVEL)
            select_data(self.parent_combo, parent_id)
            self.form.addRow("&Parent:", self.parent_combo)
        self.name_edit.textChanged.connect(self._update_ok)
        self.name_edit.selectAll()
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name_edit.text().strip()))

    def name(self) -> str:
        return self.name_edit.text().strip()

    def slug(self) -> str | None:
        """The slug typed, or None when left empty (the core derives one)."""
        if self.slug_edit is None:
            return None
        return self.slug_edit.text().strip() or None

    def parent_id(self) -> int | None:
        return None if self.parent_combo is None else self.parent_combo.currentData()


class MoveSectionDialog(_ChoiceDialog):
    """A keyboard route to what drag and drop does: pick a new parent for a section."""

    def __init__(self, section: Term, sections: Sequence[Term], parent: QWidget | None = None) -> None:
        super().__init__(f"Move “{section.name}”", "&Move", parent)
        self.parent_combo = QComboBox()
        self.parent_combo.setAccessibleName("New parent section")
        # A section cannot go under itself or its own sub-sections; the core refuses it anyway.
        banned = descendants(sections, section.id) | {section.id}
        fill_section_combo(self.parent_combo, sections, first=TOP_LEVEL, exclude=banned)
        select_data(self.parent_combo, section.parent_id)
        self.form.addRow("Move &under:", self.parent_combo)

    def parent_id(self) -> int | None:
        return self.parent_combo.currentData()


class DeleteTermDialog(_ChoiceDialog):
    """Confirms a deletion and asks which term, if any, receives the articles that used it."""

    def __init__(self, term: Term, others: Sequence[Term], *, children: int = 0, parent: QWidget | None = None) -> None:
        kind = "section" if term.kind == "section" else "tag"
        super().__init__(f"Delete {kind} “{term.name}”", "&Delete", parent)
        self.term = term
        count = term.article_count
        lines = [f"“{term.name}” is used by {articles_phrase(count)}."]
        if children:
            lines.append(f"Its {children} sub-section{'s' if children > 1 else ''} will move up one level.")
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Articles affected")
        self.form.addRow(self.summary)
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(f"Give its articles this {kind} instead")
        none_text = f"(none: the articles just lose this {kind})"
        if kind == "section":
            fill_section_combo(self.target_combo, others, first=none_text, exclude={term.id})
        else:
            self.target_combo.addItem(none_text, None)
            for other in others:
                if other.id != term.id:
                    self.target_combo.addItem(other.name, other.id)
        self.form.addRow(f"&Give its articles this {kind}:", self.target_combo)
        self.target_combo.setEnabled(count > 0)
        self.ok_button.setAccessibleName(f"Delete {kind}")

    def target_id(self) -> int | None:
        return self.target_combo.currentData()


class MergeTagsDialog(_ChoiceDialog):
    """Merge several tags into one: the selected tags are offered first as the one to keep."""

    def __init__(self, selected: Sequence[Term], all_tags: Sequence[Term], parent: QWidget | None = None) -> None:
        super().__init__("Merge tags", "&Merge", parent)
        self.selected = list(selected)
        self.sources_list = QListWidget()
        self.sources_list.setAccessibleName("Tags to merge")
        self.sources_list.addItems([f"{t.name}  ({articles_phrase(t.article_count)})" for t in self.selected])
        self.sources_list.setMaximumHeight(120)
        self.form.addRow("Tags:", self.sources_list)
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName("Keep this tag")
        chosen = {t.id for t in self.selected}
        for term in self.selected:
            self.target_combo.addItem(term.name, term.id)
        if self.selected:
            self.target_combo.insertSeparator(self.target_combo.count())
        for term in all_tags:
            if term.id not in chosen:
                self.target_combo.addItem(term.name, term.id)
        self.form.addRow("&Keep:", self.target_combo)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Merge summary")
        self.form.addRow(self.summary)
        self.target_combo.currentIndexChanged.connect(self._update_summary)
        self._update_summary()

    def target_id(self) -> int | None:
        return self.target_combo.currentData()

    def source_ids(self) -> list[int]:
        target = self.target_id()
        return [t.id for t in self.selected if t.id != target]

    def _update_summary(self) -> None:
        target = self.target_id()
        sources = [t for t in self.selected if t.id != target]
        if target is None or not sources:
            self.summary.setText("Choose another tag to keep, or select more tags to merge.")
            self.ok_button.setEnabled(False)
            return
        names = ", ".join(f"“{t.name}”" for t in sources)
        total = sum(t.article_count for t in sources)
        # An article can carry several of the sources, so the sum is an upper bound.
        reach = articles_phrase(total) if len(sources) == 1 else f"up to {articles_phrase(total)}"
        self.summary.setText(
            f"{names} will be deleted; {reach} will carry “{self.target_combo.currentText()}” instead."
        )
        self.ok_button.setEnabled(True)
