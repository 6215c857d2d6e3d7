"""The small dialogs the taxonomy manager opens: name a term, move a section, delete, merge.

Each dialog only collects a choice; the manager runs the work. Their inputs are public attributes
so tests fill them in and press the buttons as a user would.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QCoreApplication
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
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.ui.dialogs.fit import fit_title, focus_first
from editor_app.ui.taxonomy.models import descendants, section_depths

TOP_LEVEL = QT_TRANSLATE_NOOP("TaxonomyDialogs", "(top level)")
translate = QCoreApplication.translate


def articles_phrase(count: int) -> str:
    if count == 0:
        return translate("TaxonomyDialogs", "no articles")
    if count == 1:
        return translate("TaxonomyDialogs", "1 article")
    return translate("TaxonomyDialogs", "{count} articles").format(count=f"{count:,}")


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
        fit_title(self)


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
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(200)  # WordPress's limit for term names
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.slug_edit: QLineEdit | None = None
        if slug is not None:
            self.slug_edit = QLineEdit(slug)
            self.slug_edit.setAccessibleName(self.tr("Slug"))
            self.slug_edit.setPlaceholderText(self.tr("made from the name if left empty"))
            self.form.addRow(self.tr("&Slug:"), self.slug_edit)
        self.parent_combo: QComboBox | None = None
        if sections is not None:
            self.parent_combo = QComboBox()
            self.parent_combo.setAccessibleName(self.tr("Parent section"))
            fill_section_combo(self.parent_combo, sections, first=translate("TaxonomyDialogs", TOP_LEVEL))
            select_data(self.parent_combo, parent_id)
            self.form.addRow(self.tr("&Parent:"), self.parent_combo)
        self.name_edit.textChanged.connect(self._update_ok)
        self.name_edit.selectAll()
        focus_first(self, self.name_edit)
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
        super().__init__(self.tr("Move “{name}”").format(name=section.name), self.tr("&Move"), parent)
        self.parent_combo = QComboBox()
        self.parent_combo.setAccessibleName(self.tr("New parent section"))
        # A section cannot go under itself or its own sub-sections; the core refuses it anyway.
        banned = descendants(sections, section.id) | {section.id}
        fill_section_combo(self.parent_combo, sections, first=translate("TaxonomyDialogs", TOP_LEVEL), exclude=banned)
        select_data(self.parent_combo, section.parent_id)
        self.form.addRow(self.tr("Move &under:"), self.parent_combo)
        focus_first(self, self.parent_combo)

    def parent_id(self) -> int | None:
        return self.parent_combo.currentData()


class DeleteTermDialog(_ChoiceDialog):
    """Confirms a deletion and asks which term, if any, receives the articles that used it."""

    def __init__(self, term: Term, others: Sequence[Term], *, children: int = 0, parent: QWidget | None = None) -> None:
        kind = "section" if term.kind == "section" else "tag"
        section = kind == "section"
        title = self.tr("Delete Section “{name}”") if section else self.tr("Delete Tag “{name}”")
        super().__init__(title.format(name=term.name), self.tr("&Delete"), parent)
        self.term = term
        count = term.article_count
        lines = [self.tr("“{name}” is used by {articles}.").format(name=term.name, articles=articles_phrase(count))]
        if children == 1:
            lines.append(self.tr("Its sub-section will move up one level."))
        elif children:
            lines.append(self.tr("Its {count} sub-sections will move up one level.").format(count=children))
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Articles affected"))
        self.form.addRow(self.summary)
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(
            self.tr("Give its articles this section instead")
            if section
            else self.tr("Give its articles this tag instead")
        )
        none_text = (
            self.tr("(none: the articles just lose this section)")
            if section
            else self.tr("(none: the articles just lose this tag)")
        )
        if kind == "section":
            fill_section_combo(self.target_combo, others, first=none_text, exclude={term.id})
        else:
            self.target_combo.addItem(none_text, None)
            for other in others:
                if other.id != term.id:
                    self.target_combo.addItem(other.name, other.id)
        self.form.addRow(
            self.tr("&Give its articles this section:") if section else self.tr("&Give its articles this tag:"),
            self.target_combo,
        )
        self.target_combo.setEnabled(count > 0)
        if count > 0:
            focus_first(self, self.target_combo)
        self.ok_button.setAccessibleName(self.tr("Delete section") if section else self.tr("Delete tag"))

    def target_id(self) -> int | None:
        return self.target_combo.currentData()


class MergeTagsDialog(_ChoiceDialog):
    """Merge several tags into one: the selected tags are offered first as the one to keep."""

    def __init__(self, selected: Sequence[Term], all_tags: Sequence[Term], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Merge Tags"), self.tr("&Merge"), parent)
        self.selected = list(selected)
        self.sources_list = QListWidget()
        self.sources_list.setAccessibleName(self.tr("Tags to merge"))
        self.sources_list.addItems([f"{t.name}  ({articles_phrase(t.article_count)})" for t in self.selected])
        self.sources_list.setMaximumHeight(120)
        self.form.addRow(self.tr("Tags:"), self.sources_list)
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("Keep this tag"))
        chosen = {t.id for t in self.selected}
        for term in self.selected:
            self.target_combo.addItem(term.name, term.id)
        if self.selected:
            self.target_combo.insertSeparator(self.target_combo.count())
        for term in all_tags:
            if term.id not in chosen:
                self.target_combo.addItem(term.name, term.id)
        self.form.addRow(self.tr("&Keep:"), self.target_combo)
        focus_first(self, self.target_combo)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Merge summary"))
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
            self.summary.setText(self.tr("Choose another tag to keep, or select more tags to merge."))
            self.ok_button.setEnabled(False)
            return
        names = ", ".join(f"“{t.name}”" for t in sources)
        total = sum(t.article_count for t in sources)
        # An article can carry several of the sources, so the sum is an upper bound.
        if len(sources) == 1:
            reach = articles_phrase(total)
        else:
            reach = self.tr("up to {articles}").format(articles=articles_phrase(total))
        self.summary.setText(
            self.tr("{names} will be deleted; {articles} will carry “{target}” instead.").format(
                names=names, articles=reach, target=self.target_combo.currentText()
            )
        )
        self.ok_button.setEnabled(True)
