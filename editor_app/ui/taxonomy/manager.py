"""The section and tag manager: add, rename, re-parent, merge and delete terms.

All store work runs on the store lane through `TermService`; the widgets only show what the core
returns. After every change the lists are reloaded from the store, so counts stay true and a move
the core refused shows the tree exactly as it was. The core records each change in the outbox, so
everything here works offline and reaches the site on the next sync.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.desk import Desk
from editor_app.core.domain import Change, Term
from editor_app.ui.operations import operations_for
from editor_app.ui.taxonomy.dialogs import DeleteTermDialog, MergeTagsDialog, MoveSectionDialog, TermNameDialog
from editor_app.ui.taxonomy.feedback import MessageBar, user_message
from editor_app.ui.taxonomy.models import TERM_ID_ROLE, SectionTreeModel, TagFilterModel, TagTableModel
from editor_app.ui.workers import Lane

# What adding a term changes: the term lists, and an outbox entry for the site.
_ADDED = Change(terms=True, outbox=True)


def _button(text: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    return button


def _fit_columns(view: QTreeView) -> None:
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)


class TaxonomyManager(QDialog):
    """Sections (a tree, re-parented by drag and drop) and tags (a filtered table) in two tabs."""

    changed = Signal(object)  # the core's Change for each successful edit

    def __init__(self, desk: Desk, lane: Lane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lane = lane
        self.ops = operations_for(lane)
        self.ops.changed.connect(self._store_changed)
        self._jobs = 0
        # What to select after the next reload (a term just added); otherwise the selection stays.
        self._want_section: int | None = None
        self._want_tags: list[int] = []
        # The sub-dialog currently open, so callers (and tests) can reach it.
        self.active_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Sections and tags"))
        self.setAccessibleName(self.tr("Sections and tags"))
        self.resize(620, 520)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Term kinds"))
        self.tabs.addTab(self._build_sections_tab(), "&Sections")
        self.tabs.addTab(self._build_tags_tab(), "&Tags")
        self.message_bar = MessageBar(self)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_box.rejected.connect(self.reject)
        close_box.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_bar)
        layout.addWidget(close_box)
        self._update_actions()
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build_sections_tab(self) -> QWidget:
        page = QWidget(self)
        self.section_model = SectionTreeModel(self)
        self.section_model.move_requested.connect(self._move_section_to)
        self.section_view = QTreeView(page)
        self.section_view.setAccessibleName(self.tr("Sections"))
        self.section_view.setAccessibleDescription(self.tr("Drag a section onto another to move it under it"))
        self.section_view.setModel(self.section_model)
        self.section_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.section_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.section_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.section_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.section_view.setDropIndicatorShown(True)
        self.section_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.section_view.setUniformRowHeights(True)
        _fit_columns(self.section_view)
        self.section_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.section_view.doubleClicked.connect(lambda _index: self.rename_section())

        self.add_section_button = _button(self.tr("&Add…"), self.tr("Add section"), page)
        self.rename_section_button = _button(self.tr("&Rename…"), self.tr("Rename section"), page)
        self.move_section_button = _button(self.tr("&Move…"), self.tr("Move section"), page)
        self.delete_section_button = _button(self.tr("&Delete…"), self.tr("Delete section"), page)
        self.add_section_button.clicked.connect(self.add_section)
        self.rename_section_button.clicked.connect(self.rename_section)
        self.move_section_button.clicked.connect(self.move_section)
        self.delete_section_button.clicked.connect(self.delete_section)

        buttons = QHBoxLayout()
        for b in (
            self.add_section_button,
            self.rename_section_button,
            self.move_section_button,
            self.delete_section_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.section_view, 1)
        layout.addLayout(buttons)
        return page

    def _build_tags_tab(self) -> QWidget:
        page = QWidget(self)
        self.tag_model = TagTableModel(self)
        self.tag_proxy = TagFilterModel(self)
        self.tag_proxy.setSourceModel(self.tag_model)
        self.tag_filter = QLineEdit(page)
        self.tag_filter.setAccessibleName(self.tr("Filter tags"))
        self.tag_filter.setPlaceholderText(self.tr("Filter tags by name or slug"))
        self.tag_filter.setClearButtonEnabled(True)
        self.tag_filter.textChanged.connect(self.tag_proxy.set_needle)
        self.tag_view = QTreeView(page)
        self.tag_view.setAccessibleName(self.tr("Tags"))
        self.tag_view.setModel(self.tag_proxy)
        self.tag_view.setRootIsDecorated(False)
        self.tag_view.setSortingEnabled(True)
        self.tag_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.tag_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tag_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tag_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tag_view.setUniformRowHeights(True)
        _fit_columns(self.tag_view)
        self.tag_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.tag_view.doubleClicked.connect(lambda _index: self.rename_tag())

        self.add_tag_button = _button(self.tr("&Add…"), self.tr("Add tag"), page)
        self.rename_tag_button = _button(self.tr("&Rename…"), self.tr("Rename tag"), page)
        self.merge_tags_button = _button(self.tr("&Merge…"), self.tr("Merge tags"), page)
        self.delete_tag_button = _button(self.tr("&Delete…"), self.tr("Delete tag"), page)
        self.add_tag_button.clicked.connect(self.add_tag)
        self.rename_tag_button.clicked.connect(self.rename_tag)
        self.merge_tags_button.clicked.connect(self.merge_tags)
        self.delete_tag_button.clicked.connect(self.delete_tag)

        buttons = QHBoxLayout()
        for b in (self.add_tag_button, self.rename_tag_button, self.merge_tags_button, self.delete_tag_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.tag_filter)
        layout.addWidget(self.tag_view, 1)
        layout.addLayout(buttons)
        return page

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        """True while work this manager started (an edit or a reload) has not reported back."""
        return self._jobs > 0

    def selected_section(self) -> Term | None:
        rows = self.section_view.selectionModel().selectedRows(0)
        return self.section_model.term_at(rows[0]) if rows else None

    def selected_tags(self) -> list[Term]:
        out: list[Term] = []
        for index in self.tag_view.selectionModel().selectedRows(0):
            term = self.tag_model.term(index.data(TERM_ID_ROLE))
            if term is not None:
                out.append(term)
        return sorted(out, key=lambda t: t.name.casefold())

    def select_section(self, section_id: int) -> None:
        index = self.section_model.index_of(section_id)
        if index.isValid():
            self.section_view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.section_view.setCurrentIndex(index)
            self.section_view.scrollTo(index)

    def select_tags(self, tag_ids: list[int]) -> None:
        selection = self.tag_view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.tag_proxy.rowCount()):
            index = self.tag_proxy.index(row, 0)
            if index.data(TERM_ID_ROLE) in tag_ids:
                selection.select(index, flags)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _update_actions(self) -> None:
        section = self.selected_section() is not None
        for b in (self.rename_section_button, self.move_section_button, self.delete_section_button):
            b.setEnabled(section)
        tags = len(self.selected_tags())
        self.rename_tag_button.setEnabled(tags == 1)
        self.delete_tag_button.setEnabled(tags == 1)
        self.merge_tags_button.setEnabled(tags >= 1)

    # ------------------------------------------------------------------ lane plumbing
    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _submit(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        self._jobs += 1

        def done(result: Any) -> None:
            if self._alive():
                try:
                    on_done(result)
                finally:
                    self._jobs -= 1  # after on_done, which may have queued a reload: `busy` never blinks

        def failed(exc: BaseException) -> None:
            if self._alive():
                try:
                    on_error(exc)
                finally:
                    self._jobs -= 1

        self.ops.store(fn, on_done=done, on_error=failed)

    def _store_changed(self, change: Change) -> None:
        """Terms changed elsewhere (a pull, another dialog): the lists follow. The manager's own
        edits reload as they land, so a change arriving while it is busy needs nothing more."""
        if change.terms and not self.busy:
            self.refresh()

    def refresh(self) -> None:
        """Reload both lists from the store, keeping the selection where it can."""
        terms = self.desk.terms
        self._submit(lambda: (terms.sections(), terms.tags()), self._show_terms, self._load_failed)

    def _show_terms(self, result: tuple[list[Term], list[Term]]) -> None:
        sections, tags = result
        chosen = self.selected_section()
        section_id = self._want_section if self._want_section is not None else (chosen.id if chosen else None)
        tag_ids = self._want_tags or [t.id for t in self.selected_tags()]
        self._want_section, self._want_tags = None, []
        collapsed = self._collapsed_sections()
        self.section_model.load(sections)
        self.section_view.expandAll()
        for collapsed_id in collapsed:
            self.section_view.collapse(self.section_model.index_of(collapsed_id))
        self.tag_model.load(tags)
        if section_id is not None:
            self.select_section(section_id)
        if tag_ids:
            self.select_tags(tag_ids)
        self._update_actions()

    def _collapsed_sections(self) -> list[int]:
        """Sections the user folded away, so a reload (which shows everything expanded) keeps them folded."""
        model, view = self.section_model, self.section_view
        return [
            t.id
            for t in model.terms()
            if model.hasChildren(index := model.index_of(t.id)) and not view.isExpanded(index)
        ]

    def _load_failed(self, exc: BaseException) -> None:
        self.message_bar.show_error(
            self.tr("Could not read sections and tags: {error}").format(error=user_message(exc))
        )

    def _edit(
        self, fn: Callable[[], Change | Term], success: str, *, select: Callable[[Any], None] | None = None
    ) -> None:
        """Run one edit on the lane, then report it and reload."""

        def done(result: Change | Term) -> None:
            change = result if isinstance(result, Change) else _ADDED
            self.message_bar.show_info(success)
            if change is _ADDED:  # a Change result reaches every view through the operations already
                self.ops.announce(change)
            self.changed.emit(change)
            if select is not None:
                select(result)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.message_bar.show_error(user_message(exc))
            self.refresh()  # puts back anything the view showed before the core said no

        self._submit(fn, done, failed)

    def _select_section_after_reload(self, term: Term) -> None:
        self._want_section = term.id

    def _select_tag_after_reload(self, term: Term) -> None:
        self._want_tags = [term.id]

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Open a sub-dialog without blocking (window-modal), remembering it in `active_dialog`."""
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)

        def finished(_result: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # ------------------------------------------------------------------ sections
    def add_section(self) -> None:
        current = self.selected_section()
        dialog = TermNameDialog(
            self.tr("New Section"),
            self.tr("&Add"),
            slug="",
            sections=self.section_model.terms(),
            parent_id=current.id if current else None,
            parent=self,
        )

        def accept() -> None:
            name, slug, parent_id = dialog.name(), dialog.slug(), dialog.parent_id()
            self._edit(
                partial(
                    self.desk.terms.add_section,
                    name,
                    slug=slug,
                    parent=str(parent_id) if parent_id is not None else None,
                ),
                self.tr("Added section “{name}”.").format(name=name),
                select=self._select_section_after_reload,
            )

        self._open(dialog, accept)

    def rename_section(self) -> None:
        section = self.selected_section()
        if section is None:
            return
        dialog = TermNameDialog(
            self.tr("Rename Section “{name}”").format(name=section.name),
            self.tr("&Rename"),
            name=section.name,
            slug=section.slug,
            parent=self,
        )

        def accept() -> None:
            name, slug = dialog.name(), dialog.slug()
            new_slug = slug if slug and slug != section.slug else None
            self._edit(
                partial(self.desk.terms.rename_section, str(section.id), name, new_slug=new_slug),
                self.tr("Renamed section “{old}” to “{new}”.").format(old=section.name, new=name),
            )

        self._open(dialog, accept)

    def move_section(self) -> None:
        section = self.selected_section()
        if section is None:
            return
        dialog = MoveSectionDialog(section, self.section_model.terms(), parent=self)
        self._open(dialog, lambda: self._move_section_to(section.id, dialog.parent_id()))

    def _move_section_to(self, section_id: int, parent_id: int | None) -> None:
        """Re-parent through the core, which refuses cycles; used by drag and drop and Move…."""
        section = self.section_model.term(section_id)
        target = self.section_model.term(parent_id) if parent_id is not None else None
        if section is None:
            return
        if target is not None:
            done = self.tr("Moved section “{name}” under “{parent}”.").format(name=section.name, parent=target.name)
        else:
            done = self.tr("Moved section “{name}” to the top level.").format(name=section.name)
        self._edit(
            partial(self.desk.terms.move_section, str(section_id), str(parent_id) if parent_id is not None else None),
            done,
        )

    def delete_section(self) -> None:
        section = self.selected_section()
        if section is None:
            return
        sections = self.section_model.terms()
        children = sum(1 for t in sections if t.parent_id == section.id)
        dialog = DeleteTermDialog(section, sections, children=children, parent=self)

        def accept() -> None:
            target_id = dialog.target_id()
            target = self.section_model.term(target_id) if target_id is not None else None
            if target and section.article_count:
                done = self.tr("Deleted section “{name}”; its articles now carry “{target}”.").format(
                    name=section.name, target=target.name
                )
            else:
                done = self.tr("Deleted section “{name}”.").format(name=section.name)
            self._edit(
                partial(
                    self.desk.terms.delete_section,
                    str(section.id),
                    reassign_to=str(target_id) if target_id is not None else None,
                ),
                done,
            )

        self._open(dialog, accept)

    # ------------------------------------------------------------------ tags
    def add_tag(self) -> None:
        dialog = TermNameDialog(self.tr("New Tag"), self.tr("&Add"), name=self.tag_filter.text().strip(), parent=self)

        def accept() -> None:
            name = dialog.name()
            self._edit(
                partial(self.desk.terms.add_tag, name),
                self.tr("Added tag “{name}”.").format(name=name),
                select=self._select_tag_after_reload,
            )

        self._open(dialog, accept)

    def rename_tag(self) -> None:
        chosen = self.selected_tags()
        if len(chosen) != 1:
            return
        tag = chosen[0]
        dialog = TermNameDialog(
            self.tr("Rename Tag “{name}”").format(name=tag.name), self.tr("&Rename"), name=tag.name, parent=self
        )

        def accept() -> None:
            name = dialog.name()
            self._edit(
                partial(self.desk.terms.rename_tag, str(tag.id), name),
                self.tr("Renamed tag “{old}” to “{new}”.").format(old=tag.name, new=name),
            )

        self._open(dialog, accept)

    def merge_tags(self) -> None:
        chosen = self.selected_tags()
        if not chosen:
            return
        dialog = MergeTagsDialog(chosen, self.tag_model.terms(), parent=self)

        def accept() -> None:
            target_id, sources = dialog.target_id(), dialog.source_ids()
            if target_id is None or not sources:
                return
            target = self.tag_model.term(target_id)
            name = target.name if target else str(target_id)
            self._edit(
                partial(self.desk.terms.merge_tags, [str(i) for i in sources], str(target_id)),
                (
                    self.tr("Merged 1 tag into “{name}”.")
                    if len(sources) == 1
                    else self.tr("Merged {count} tags into “{name}”.")
                ).format(count=len(sources), name=name),
            )

        self._open(dialog, accept)

    def delete_tag(self) -> None:
        chosen = self.selected_tags()
        if len(chosen) != 1:
            return
        tag = chosen[0]
        dialog = DeleteTermDialog(tag, self.tag_model.terms(), parent=self)

        def accept() -> None:
            target_id = dialog.target_id()
            target = self.tag_model.term(target_id) if target_id is not None else None
            if target and tag.article_count:
                done = self.tr("Deleted tag “{name}”; its articles now carry “{target}”.").format(
                    name=tag.name, target=target.name
                )
            else:
                done = self.tr("Deleted tag “{name}”.").format(name=tag.name)
            self._edit(
                partial(
                    self.desk.terms.delete_tag,
                    str(tag.id),
                    reassign_to=str(target_id) if target_id is not None else None,
                ),
                done,
            )

        self._open(dialog, accept)
