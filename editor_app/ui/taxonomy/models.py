"""Item models for the section tree and the tag table, fed with `Term` values from the core.

The models never touch the store. A drag and drop in the section tree does not move anything
itself: it asks (through `move_requested`) for the move, and the tree is rebuilt from the store
once the core has accepted or refused it, so a refused move leaves the tree as it was.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from editor_app.core.domain import Term
from editor_app.core.i18n import QT_TRANSLATE_NOOP

TERM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_MIME = "application/x-copydesk-section-ids"
COLUMNS = (
    QT_TRANSLATE_NOOP("TaxonomyModels", "Name"),
    QT_TRANSLATE_NOOP("TaxonomyModels", "Slug"),
    QT_TRANSLATE_NOOP("TaxonomyModels", "Articles"),
)

AnyIndex = QModelIndex | QPersistentModelIndex


def _row_items(term: Term) -> list[QStandardItem]:
    name = QStandardItem(term.name)
    slug = QStandardItem(term.slug)
    count = QStandardItem()
    count.setData(term.article_count, Qt.ItemDataRole.DisplayRole)  # an int sorts as a number
    count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for item in (name, slug, count):
        item.setEditable(False)
        item.setData(term.id, TERM_ID_ROLE)
    name.setToolTip(term.description or term.name)
    return [name, slug, count]


def section_depths(sections: Sequence[Term]) -> dict[int, int]:
    """Depth of each section in the tree (0 for top level); `sections` is in tree order."""
    depths: dict[int, int] = {}
    for term in sections:
        depths[term.id] = depths[term.parent_id] + 1 if term.parent_id in depths else 0
    return depths


def descendants(sections: Sequence[Term], section_id: int) -> set[int]:
    """The ids below `section_id` (not including it)."""
    children: dict[int | None, list[int]] = {}
    for term in sections:
        children.setdefault(term.parent_id, []).append(term.id)
    found: set[int] = set()
    stack = list(children.get(section_id, []))
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, []))
    return found


class SectionTreeModel(QStandardItemModel):
    """Sections as a tree (name, slug, article count) that accepts section drops as re-parent requests."""

    # section id, new parent id (None: the top level)
    move_requested = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("TaxonomyModels", c) for c in COLUMNS])
        self._terms: dict[int, Term] = {}

    def load(self, sections: Sequence[Term]) -> None:
        self.removeRows(0, self.rowCount())
        self._terms = {t.id: t for t in sections}
        by_id: dict[int, QStandardItem] = {}
        root = self.invisibleRootItem()
        for term in sections:  # tree order: a parent always comes before its children
            items = _row_items(term)
            for item in items:
                item.setDragEnabled(True)
                item.setDropEnabled(True)
            holder = by_id.get(term.parent_id) if term.parent_id is not None else None
            (root if holder is None else holder).appendRow(items)
            by_id[term.id] = items[0]

    def term(self, section_id: int) -> Term | None:
        return self._terms.get(section_id)

    def terms(self) -> list[Term]:
        return list(self._terms.values())

    def term_at(self, index: AnyIndex) -> Term | None:
        if not index.isValid():
            return None
        return self._terms.get(index.data(TERM_ID_ROLE))

    def index_of(self, section_id: int) -> QModelIndex:
        found = self.match(
            self.index(0, 0),
            TERM_ID_ROLE,
            section_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        return found[0] if found else QModelIndex()

    # ------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SECTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[int] = []
        for index in indexes:
            section_id = index.data(TERM_ID_ROLE)
            if section_id is not None and section_id not in ids:
                ids.append(int(section_id))
        data = QMimeData()
        data.setData(SECTION_MIME, json.dumps(ids).encode())
        return data

    @staticmethod
    def dragged_ids(data: QMimeData) -> list[int]:
        if not data.hasFormat(SECTION_MIME):
            return []
        try:
            ids = json.loads(bytes(data.data(SECTION_MIME).data()).decode())
        except ValueError:
            return []
        return [int(i) for i in ids if isinstance(i, int)]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        return action == Qt.DropAction.MoveAction and bool(self.dragged_ids(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = self.dragged_ids(data)
        if action != Qt.DropAction.MoveAction or not ids:
            return False
        # Dropping on a row makes it the parent; dropping between rows or on empty space puts the
        # section beside them, under their parent (the invalid index being the top level).
        target = self.term_at(parent.siblingAtColumn(0)) if parent.isValid() else None
        new_parent = target.id if target is not None else None
        for section_id in ids:
            current = self._terms.get(section_id)
            if current is not None and current.parent_id != new_parent:
                self.move_requested.emit(section_id, new_parent)
        # The store decides; refusing the drop here keeps the view from moving rows itself.
        return False


class TagTableModel(QStandardItemModel):
    """Tags with name, slug and article count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("TaxonomyModels", c) for c in COLUMNS])
        self._terms: dict[int, Term] = {}

    def load(self, tags: Sequence[Term]) -> None:
        self.removeRows(0, self.rowCount())
        self._terms = {t.id: t for t in tags}
        for term in tags:
            self.appendRow(_row_items(term))

    def term(self, tag_id: int) -> Term | None:
        return self._terms.get(tag_id)

    def terms(self) -> list[Term]:
        return list(self._terms.values())


class TagFilterModel(QSortFilterProxyModel):
    """Filters tags by a case-insensitive substring of the name or slug (not the count)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        for column in (0, 1):
            value = model.index(source_row, column, source_parent).data() or ""
            if self._needle in str(value).casefold():
                return True
        return False
