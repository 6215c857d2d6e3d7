"""The article list as a Qt model fed pages of rows by the core.

`data()` only reads rows already in memory; rows arrive through the store lane, a page at a
time, when the view scrolls near the end (`canFetchMore`/`fetchMore`). A 50,000-article store
therefore costs one COUNT and one page at start.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from editor_app.core.desk import Desk
from editor_app.core.domain import LANGUAGES, Article, ArticleRow, ListFilter
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.ui.labels import length_text, status_name
from editor_app.ui.operations import operations_for
from editor_app.ui.workers import Lane

PAGE_SIZE = 200
LINE_BREAKS = re.compile(r"[\r\n\t\u2028\u2029\x0b\x0c]+")
TITLE_DISPLAY_MAX = 300  # a 2,000-character headline is cut here; the view elides the rest


@dataclass(frozen=True)
class Column:
    label: str
    sort_key: str  # a key of SORT_COLUMNS in core/services/articles.py
    default_descending: bool


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("ArticleListModel", "Title"), "title", False),
    Column(QT_TRANSLATE_NOOP("ArticleListModel", "Status"), "status", False),
    Column(QT_TRANSLATE_NOOP("ArticleListModel", "Lang"), "lang", False),
    Column(QT_TRANSLATE_NOOP("ArticleListModel", "Byline"), "byline", False),
    Column(QT_TRANSLATE_NOOP("ArticleListModel", "Length"), "words", True),  # words, or CJK characters
    Column(QT_TRANSLATE_NOOP("ArticleListModel", "Updated"), "updated", True),
    Column(QT_TRANSLATE_NOOP("ArticleListModel", "Scheduled"), "scheduled", True),
)
TITLE, STATUS, LANG, BYLINE, WORDS, UPDATED, SCHEDULED = range(len(COLUMNS))
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(moment: datetime | None) -> str:
    """Local time; the year only when it is not this one, to keep the column narrow."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return local.strftime("%m-%d %H:%M" if local.year == datetime.now().year else "%Y-%m-%d")


def row_from_article(article: Article, section_name: str | None) -> ArticleRow:
    """The list line for an article the editor just saved (no extra query needed)."""
    return ArticleRow(
        id=article.id,
        title=article.title,
        status=article.status,
        lang=article.lang,
        section=section_name,
        byline=article.byline,
        word_count=article.word_count,
        cjk_chars=article.cjk_chars,
        updated_at=article.updated_at,
        scheduled_at=article.scheduled_at,
        dirty=article.dirty,
    )


@dataclass(frozen=True)
class _Page:
    rows: list[ArticleRow]
    total: int | None


class ArticleListModel(QAbstractTableModel):
    """Rows of `ArticleService.list`, loaded lazily in pages through the store lane."""

    loading_changed = Signal(bool)
    total_changed = Signal(int)
    failed = Signal(str)

    def __init__(self, desk: Desk, lane: Lane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._lane = lane
        self._ops = operations_for(lane)
        self._rows: list[ArticleRow] = []
        self._total = 0
        self._filter = ListFilter()
        self._sort = "updated"
        self._descending = True
        self._generation = 0  # results of an older query are dropped
        self._fetching = False

    # ------------------------------------------------------------------ query state
    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    @property
    def is_loading(self) -> bool:
        return self._fetching

    def set_filter(self, f: ListFilter) -> None:
        if f != self._filter:
            self._filter = f
            self.reload()

    def update_filter(self, **changes: object) -> None:
        self.set_filter(dataclasses.replace(self._filter, **changes))  # type: ignore[arg-type]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort, self._descending):
            self._sort, self._descending = key, descending
            self.reload()

    def reload(self) -> None:
        """Start again from the first page with the current filter and sort."""
        self._generation += 1
        generation = self._generation
        f, sort, desc = self._filter, self._sort, self._descending
        articles = self._desk.articles

        def first_page() -> _Page:
            return _Page(articles.list(f, offset=0, limit=PAGE_SIZE, sort=sort, descending=desc), articles.count(f))

        self._set_fetching(True)
        self._ops.store(
            first_page,
            on_done=lambda page: self._on_first_page(generation, page),
            on_error=lambda exc: self._on_error(generation, exc),
        )

    def _on_first_page(self, generation: int, page: _Page) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total or 0
        self.endResetModel()
        self._set_fetching(False)
        self.total_changed.emit(self._total)

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._set_fetching(False)
            self.failed.emit(str(exc))

    def _set_fetching(self, value: bool) -> None:
        if value != self._fetching:
            self._fetching = value
            self.loading_changed.emit(value)

    # ------------------------------------------------------------------ lazy paging
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        generation = self._generation
        offset = len(self._rows)
        f, sort, desc = self._filter, self._sort, self._descending
        self._set_fetching(True)
        self._ops.store(
            self._desk.articles.list,
            f,
            offset=offset,
            limit=PAGE_SIZE,
            sort=sort,
            descending=desc,
            on_done=lambda rows: self._on_more(generation, offset, rows),
            on_error=lambda exc: self._on_error(generation, exc),
        )

    def _on_more(self, generation: int, offset: int, rows: list[ArticleRow]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._set_fetching(False)
        if not rows:
            self._total = len(self._rows)  # the store shrank meanwhile
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # ------------------------------------------------------------------ in-place updates
    def row_of(self, article_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == article_id:
                return i
        return -1

    def article_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def replace_row(self, new: ArticleRow) -> bool:
        """Show an article's saved state without re-querying; False if it is not loaded."""
        i = self.row_of(new.id)
        if i < 0:
            return False
        self._rows[i] = new
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        return True

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section].label) if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _DISPLAY[col](row)
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            section = "\n" + self.tr("Section: {section}").format(section=row.section) if row.section else ""
            unsynced = "\n" + self.tr("Changed since the last sync") if row.dirty else ""
            return f"{row.title[:TITLE_DISPLAY_MAX]}{section}{unsynced}"
        if role == ARTICLE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col == WORDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == TITLE:
            return row.title[:TITLE_DISPLAY_MAX]
        return None


def _title(row: ArticleRow) -> str:
    # One line, capped: newlines or a 2,000-character headline must not stretch the row.
    text = LINE_BREAKS.sub(" ", row.title[: TITLE_DISPLAY_MAX + 50])
    return text[:TITLE_DISPLAY_MAX]


_DISPLAY: dict[int, Callable[[ArticleRow], str]] = {
    TITLE: _title,
    STATUS: lambda r: status_name(r.status),
    LANG: lambda r: LANGUAGES.get(r.lang, r.lang),
    BYLINE: lambda r: r.byline[:120],
    WORDS: lambda r: length_text(r.word_count - r.cjk_chars, r.cjk_chars),
    UPDATED: lambda r: _when(r.updated_at),
    SCHEDULED: lambda r: _when(r.scheduled_at),
}
