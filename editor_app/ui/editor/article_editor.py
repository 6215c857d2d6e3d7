"""One open article: metadata panel, find bar and Markdown editor, with its autosave."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from editor_app.core.desk import Desk
from editor_app.core.domain import Article, Change, Term, check_language
from editor_app.core.errors import InvalidInput
from editor_app.core.preview_source import PreviewSource
from editor_app.core.text import slugify
from editor_app.ui.editor.autosave import AutosaveController, RecoveryJournal
from editor_app.ui.editor.featured import FeaturedImageKeeper
from editor_app.ui.editor.find_replace import FindReplaceBar
from editor_app.ui.editor.metadata import MetadataPanel
from editor_app.ui.editor.outline import OutlinePanel
from editor_app.ui.editor.save_problem import SaveProblemBar
from editor_app.ui.editor.text_edit import MarkdownEdit
from editor_app.ui.workers import Lane

if TYPE_CHECKING:
    from editor_app.ui.editor.spelling import SpellingSupport

# Beyond this size the whole-document highlighting pass at load would stall the window.
HIGHLIGHT_LIMIT_CHARS = 1_000_000
OUTLINE_WIDTH = 180  # pixels the outline starts with beside the body


def fields_of(article: Article) -> dict[str, Any]:
    """The editable fields as `ArticleService.update` takes them, for change detection."""
    return {
        "title": article.title,
        "dek": article.dek,
        "body": article.body,
        "slug": article.slug if article.slug_manual else "",  # "" = follows the headline
        "byline": article.byline,
        "lang": article.lang,
        "sections": tuple(article.sections),
        "tags": tuple(article.tags),
        "status": article.status,
        "scheduled_at": article.scheduled_at,
    }


def merge_tags(base: tuple[str, ...], mine: tuple[str, ...], theirs: tuple[str, ...]) -> tuple[str, ...]:
    """The user's tags with the store's own changes since ``base`` applied (three-way, by name)."""
    removed = {t.casefold() for t in base} - {t.casefold() for t in theirs}
    kept = [t for t in mine if t.casefold() not in removed]
    present = {t.casefold() for t in kept}
    added = [t for t in theirs if t.casefold() not in {b.casefold() for b in base} and t.casefold() not in present]
    return tuple(kept + added)


class ArticleEditor(QWidget):
    edited = Signal()  # any change by the user (text or metadata)
    refreshed = Signal()  # the store's copy was taken in (restore, merge, publish): redraw what shows it
    title_changed = Signal(str)
    note = Signal(str)  # a message for the status bar

    def __init__(
        self,
        desk: Desk,
        lane: Lane,
        journal: RecoveryJournal,
        article: Article,
        sections: list[Term],
        tags: list[Term],
        parent: QWidget | None = None,
        spelling: SpellingSupport | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleEditor")
        self.article = article
        self._section_names = {t.slug: t.name for t in sections}
        self.metadata = MetadataPanel(self)
        self.metadata.set_terms(sections, tags)
        self.metadata.load(article)
        self.body = MarkdownEdit(self)
        self.highlighting = len(article.body) <= HIGHLIGHT_LIMIT_CHARS
        if not self.highlighting:
            self.body.highlighter.setDocument(None)
        self.spelling = spelling
        self._spelling_lang = ""
        self._apply_spelling()  # before the text arrives: the first pass then checks the first screen
        self.body.setPlainText(article.body)
        self.find_bar = FindReplaceBar(self.body, self)
        self.find_bar.hide()

        meta_scroll = QScrollArea(self)
        meta_scroll.setWidgetResizable(True)
        meta_scroll.setWidget(self.metadata)
        meta_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        meta_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meta_scroll = meta_scroll
        body_box = QWidget(self)
        box = QVBoxLayout(body_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.find_bar)
        box.addWidget(self.body, 1)
        self.outline = OutlinePanel(self.body, self)
        self.outline_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.outline_splitter.setObjectName("outlineSplitter")
        self.outline_splitter.addWidget(self.outline)
        self.outline_splitter.addWidget(body_box)
        self.outline_splitter.setStretchFactor(1, 1)
        self.outline_splitter.setSizes([OUTLINE_WIDTH, 4 * OUTLINE_WIDTH])
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("metadataSplitter")
        self.splitter.addWidget(meta_scroll)
        self.splitter.addWidget(self.outline_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.save_problem = SaveProblemBar(self)
        layout.addWidget(self.save_problem)
        layout.addWidget(self.splitter)

        self._looks = desk.looks  # which look this site's articles are previewed in
        self.autosave = AutosaveController(desk, lane, journal, article, self.snapshot, self)
        self.autosave.baseline(fields_of(article))
        self.autosave.saved.connect(self._on_saved)
        self.body.textChanged.connect(self._changed)
        self.metadata.edited.connect(self._changed)
        self.image = FeaturedImageKeeper(desk, lane, article.id, self.metadata, self)
        self.image.note.connect(self.note)
        self.image.shown.connect(self._featured_shown)
        self.autosave.state_changed.connect(self._autosave_state)
        self.image.load()
        self.metadata.headline.textEdited.connect(lambda text: self.title_changed.emit(text))
        if spelling is not None:
            spelling.dictionaries_ready.connect(self.body.check_visible_spelling)
            spelling.word_added.connect(self.body.recheck_word)
            spelling.settings_changed.connect(lambda: self._apply_spelling(force=True))
            self.body.add_word_requested.connect(spelling.add_word)

    @property
    def article_id(self) -> str:
        return self.article.id

    def title(self) -> str:
        return self.metadata.headline.text() or self.article.title

    def set_focus_mode(self, on: bool, *, details: bool, outline: bool) -> None:
        """Editor only (focus mode), or the details panel and the outline as the View menu says."""
        self.meta_scroll.setVisible(details and not on)
        self.outline.setVisible(outline and not on)
        if on:
            self.find_bar.hide()

    def _changed(self) -> None:
        self.autosave.mark_changed()
        self.edited.emit()
        if self.spelling is not None and self.metadata.language() != self._spelling_lang:
            self._apply_spelling()

    def _apply_spelling(self, *, force: bool = False) -> None:
        """Check with the dictionaries of the article's language (none for Japanese)."""
        if self.spelling is None:
            return
        lang = self.metadata.language()
        if lang == self._spelling_lang and not force:
            return
        self._spelling_lang = lang
        self.body.set_spelling(self.spelling.target_for(lang))

    # ------------------------------------------------------------------ saving
    def snapshot(self) -> dict[str, Any]:
        """The editor's values, minus any the store would refuse (an empty headline keeps the old one),
        so a half-typed field never blocks saving the body."""
        m = self.metadata.values()
        fields: dict[str, Any] = {
            "dek": m.dek,
            "body": self.body.toPlainText(),
            "byline": m.byline,
            "tags": tuple(t for t in m.tags if slugify(t)),
            "status": m.status,
            "scheduled_at": m.scheduled_at,
        }
        if m.title.strip():
            fields["title"] = m.title.strip()
        if not m.slug_manual:
            fields["slug"] = ""  # the store makes it from the headline
        elif slugify(m.slug):
            fields["slug"] = m.slug
        try:
            fields["lang"] = check_language(m.lang)
        except InvalidInput:
            pass
        others = tuple(s for s in self.article.sections[1:] if s != m.section)
        fields["sections"] = ((m.section,) if m.section else ()) + others
        return fields

    # ------------------------------------------------------------------ featured image
    def _autosave_state(self, state: str) -> None:
        if state == "failed" and self.autosave.last_failure is not None:
            self.save_problem.show_problem(self.autosave.last_failure, self.autosave.journal_kept)
        elif state == "saved":
            self.save_problem.clear()
        if state != "unsaved":  # every autosave also stores the image's details: leaving them half-done loses nothing
            self.image.save_details()

    def _featured_shown(self) -> None:
        self.edited.emit()  # refresh the preview

    def _on_saved(self, article: Article, _change: Change) -> None:
        self.article = article

    def set_terms(self, sections: list[Term], tags: list[Term]) -> None:
        self._section_names = {t.slug: t.name for t in sections}
        self.metadata.set_terms(sections, tags)

    def show_article(self, article: Article) -> None:
        """Replace the editor's content with the store's (after a revision restore)."""
        self.article = article
        self.metadata.load(article, self.image.fields())  # the image is not part of the article: as shown
        self.body.blockSignals(True)
        self.body.setPlainText(article.body)
        self.body.blockSignals(False)
        self.autosave.baseline(fields_of(article))
        self._apply_spelling()
        self.refreshed.emit()

    def absorb(self, article: Article) -> None:
        """Take in the store's copy after a change made elsewhere (a tag merged in the manager, the
        queue publishing, a conflict resolved, a pull) without losing what the user typed since the
        last save: a field the user has not touched takes the store's value; a field the user
        changed keeps theirs, and for tags the store's additions and removals are applied to the
        user's list (a merge of "city council" into "council" renames it there too)."""
        if article.id != self.article_id:
            return
        base = self.autosave.saved_fields()
        mine = self.snapshot()
        theirs = fields_of(article)
        merged: dict[str, Any] = {}
        for key, store_value in theirs.items():
            if key not in mine or base is None or mine[key] == base.get(key):
                merged[key] = store_value
            elif key == "tags":
                merged[key] = merge_tags(base.get(key, ()), mine[key], store_value)
            else:
                merged[key] = mine[key]
        shown = replace(article, **{k: v for k, v in merged.items() if k not in ("body", "slug")})
        if merged["slug"]:  # typed by hand (here or in the store); "" keeps the store's, made from the headline
            shown = replace(shown, slug=merged["slug"], slug_manual=True)
        self.article = article
        self.metadata.load(shown, self.image.fields())
        if merged["body"] != self.body.toPlainText():
            self.body.blockSignals(True)
            self.body.setPlainText(merged["body"])
            self.body.blockSignals(False)
        self.autosave.baseline(theirs)
        self.autosave.release()
        if merged != theirs:
            self.autosave.mark_changed()  # the user's own edits still go to the store
        self.title_changed.emit(self.title())
        self.refreshed.emit()

    # ------------------------------------------------------------------ preview
    def preview_source(self) -> PreviewSource:
        """The article as the editor holds it now, saved or not (the store's copy maps to the same
        source in `core.preview_source.source_from_article`)."""
        m = self.metadata.values()
        return PreviewSource(
            article_id=self.article.id,
            title=m.title,
            dek=m.dek,
            body=self.body.toPlainText(),
            byline=m.byline,
            lang=self.metadata.language(),
            section=self._section_names.get(m.section or "", m.section),
            tags=m.tags,
            published_at=self.article.published_at,
            updated_at=self.article.updated_at,
            featured_url=m.featured.url,
            featured_alt=m.featured.alt,
            featured_caption=m.featured.caption,
            featured_credit=m.featured.credit,
            look=self._looks.request(self.article.site),
        )
