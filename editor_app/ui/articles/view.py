"""The article list panel: search field, table view over the paged model, a count line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.desk import Desk
from editor_app.ui.articles.model import (
    ARTICLE_ID_ROLE,
    BYLINE,
    LANG,
    SCHEDULED,
    STATUS,
    TITLE,
    UPDATED,
    WORDS,
    ArticleListModel,
)
from editor_app.ui.articles.navigator import Facets
from editor_app.ui.workers import Lane

SEARCH_DEBOUNCE_MS = 250


class ArticleListPanel(QWidget):
    open_requested = Signal(str)  # article id

    def __init__(self, desk: Desk, lane: Lane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleListModel(desk, lane, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search articles…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search articles"))
        self.search.setObjectName("articleSearch")

        self.table = QTableView(self)
        self.table.setObjectName("articleList")
        self.table.setAccessibleName(self.tr("Article list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row height: the view never measures 50,000 rows' contents.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        char = self.fontMetrics().averageCharWidth()
        for col, chars in ((STATUS, 8), (LANG, 7), (BYLINE, 12), (WORDS, 6), (UPDATED, 12), (SCHEDULED, 12)):
            self.table.setColumnWidth(col, char * chars + 12)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Article count"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.table.activated.connect(self._activated)
        self.model.total_changed.connect(self._show_count)
        self.model.loading_changed.connect(lambda _busy: self._show_count(self.model.total))
        self.model.failed.connect(
            lambda msg: self.count_label.setText(self.tr("Could not list articles: {error}").format(error=msg))
        )

    def start(self) -> None:
        self.model.reload()

    def apply_facets(self, facets: Facets) -> None:
        self.model.update_filter(
            site=facets.site, section=facets.section, tag=facets.tag, status=facets.status, lang=facets.lang
        )

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        self.model.update_filter(query=text or None)

    def _show_count(self, total: int) -> None:
        if self.model.is_loading and not self.model.loaded:
            self.count_label.setText(self.tr("Loading…"))
            return
        text = self.tr("1 article") if total == 1 else self.tr("{count} articles").format(count=f"{total:,}")
        self.count_label.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        article_id = index.data(ARTICLE_ID_ROLE)
        if article_id:
            self.open_requested.emit(article_id)

    def current_article_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ARTICLE_ID_ROLE) if index.isValid() else None
