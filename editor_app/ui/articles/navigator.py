"""The navigator: sites, the section tree, tags, statuses and languages as list filters.

Clicking an entry sets that facet of the filter (clicking it again clears it), so a section,
a tag, a status and a language can be combined. "All articles" clears every facet.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from editor_app.core.domain import LANGUAGES, Status, Term
from editor_app.ui.labels import status_name

FACET_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
FACETS = ("site", "section", "tag", "status", "lang")
MAX_TAGS_SHOWN = 500  # a huge tag list belongs in the tag manager, not the sidebar


@dataclass(frozen=True)
class Facets:
    site: str | None = None  # a site's name, or "" for articles on no site yet
    section: str | None = None
    tag: str | None = None
    status: Status | None = None
    lang: str | None = None


class Navigator(QTreeWidget):
    facets_changed = Signal(object)  # Facets

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Navigator"))
        self.setAccessibleDescription(
            self.tr("Sites, sections, tags, statuses and languages; choose one to filter the list")
        )
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._facets = Facets()
        self._all = QTreeWidgetItem(self, [self.tr("All articles")])
        self._sites = self._group(self.tr("Sites"))
        self._sections = self._group(self.tr("Sections"))
        self._tags = self._group(self.tr("Tags"))
        self._statuses = self._group(self.tr("Statuses"))
        self._languages = self._group(self.tr("Languages"))
        for status in Status:
            self._leaf(self._statuses, status_name(status), "status", status)
        for code, name in LANGUAGES.items():
            self._leaf(self._languages, f"{name} ({code})", "lang", code)
        self.set_sites([])
        self._statuses.setExpanded(True)
        self._languages.setExpanded(True)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        self._refresh_marks()

    @property
    def facets(self) -> Facets:
        return self._facets

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _leaf(self, parent: QTreeWidgetItem, text: str, facet: str | None, value: object) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, FACET_ROLE, facet)
        item.setData(0, VALUE_ROLE, value)
        item.setToolTip(0, text)
        return item

    # ------------------------------------------------------------------ content
    def set_sites(self, names: list[str]) -> None:
        """One entry per site the desk syncs with, plus the articles not on any site yet."""
        self._sites.takeChildren()
        for name in names:
            self._leaf(self._sites, name, "site", name)
        self._leaf(
            self._sites, self.tr("Not on a site yet") if names else self.tr("This desk (no site yet)"), "site", ""
        )
        self._sites.setExpanded(True)
        self._refresh_marks()

    def set_terms(self, sections: list[Term], tags: list[Term]) -> None:
        """Rebuild the section tree and tag list (after a change from the manager or a sync)."""
        self._sections.takeChildren()
        by_id: dict[int, QTreeWidgetItem] = {}
        for term in sections:  # tree order: parents come first
            parent = by_id.get(term.parent_id, self._sections) if term.parent_id else self._sections
            by_id[term.id] = self._leaf(parent, f"{term.name} ({term.article_count})", "section", term.slug)
        self._tags.takeChildren()
        shown = sorted(tags, key=lambda t: (-t.article_count, t.name.lower()))[:MAX_TAGS_SHOWN]
        for term in sorted(shown, key=lambda t: t.name.lower()):
            self._leaf(self._tags, f"{term.name} ({term.article_count})", "tag", term.name)
        self._sections.setExpanded(True)
        self._refresh_marks()

    def select(self, facet: str, value: object) -> bool:
        """Set one facet as a click would; False if no entry has that value."""
        item = self._find(facet, value)
        if item is None:
            return False
        self._clicked(item)
        return True

    def _find(self, facet: str, value: object) -> QTreeWidgetItem | None:
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, FACET_ROLE) == facet and item.data(0, VALUE_ROLE) == value:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    # ------------------------------------------------------------------ clicks
    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        facet = item.data(0, FACET_ROLE)
        if item is self._all:
            new = Facets()
        elif facet in FACETS:
            value = item.data(0, VALUE_ROLE)
            if facet == "status":  # Qt hands the enum back as a plain string
                value = Status(value)
            current = getattr(self._facets, facet)
            new = Facets(**{**self._facets.__dict__, facet: None if current == value else value})
        else:
            return
        if new != self._facets:
            self._facets = new
            self._refresh_marks()
            self.facets_changed.emit(new)

    def _refresh_marks(self) -> None:
        """Active filter entries are shown in bold, with an accessible hint."""
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            facet = item.data(0, FACET_ROLE)
            if facet in FACETS:
                active = getattr(self._facets, facet) == item.data(0, VALUE_ROLE)
                font: QFont = item.font(0)
                font.setBold(active)
                item.setFont(0, font)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("active filter") if active else "")
            stack.extend(item.child(i) for i in range(item.childCount()))
        font = self._all.font(0)
        font.setBold(self._facets == Facets())
        self._all.setFont(0, font)
