"""The featured image of one open article, kept in the store in step with the metadata panel.

A local file chosen as featured image is copied into the desk's media store. Its alt text,
caption and credit are saved when the user leaves one of those fields and with every autosave
(so closing the tab right after typing loses nothing); the store sends alt text and caption on to
the site. Clearing the image field removes the featured image from the article. Everything runs
on the store lane; a web address is shown in the preview only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from editor_app.ui.editor.metadata import FeaturedImage, MetadataPanel
from editor_app.ui.operations import operations_for
from editor_app.ui.sync.callbacks import weak_callback

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from editor_app.core.desk import Desk
    from editor_app.ui.workers import Lane

Details = tuple[str, str, str]  # alt, caption, credit


def is_local_file(url: str) -> bool:
    return bool(url) and "://" not in url and not url.startswith("data:")


class FeaturedImageKeeper(QObject):
    note = Signal(str)  # a message for the status bar
    shown = Signal()  # the store's image is in the panel now: refresh the preview

    def __init__(self, desk: Desk, lane: Lane, article_id: str, panel: MetadataPanel, parent: QObject) -> None:
        super().__init__(parent)
        self._desk = desk
        self._lane = lane
        self._ops = operations_for(lane)
        self._article_id = article_id
        self._panel = panel
        self._media_id: int | None = None  # the stored featured image the panel shows
        self._urls: frozenset[str] = frozenset()  # field texts meaning that image: the chosen file, its copy
        self._saved: Details | None = None  # its details as the store has them (or as last sent)
        self._adding = ""  # a file on its way into the store
        self._generation = 0  # bumped by every add and removal: answers to older ones are stale
        panel.featured_url.editingFinished.connect(self.store_image)
        panel.featured_url.textChanged.connect(lambda _text: self._store_if_chosen())
        for line in (panel.featured_alt, panel.featured_caption, panel.featured_credit):
            line.editingFinished.connect(self.save_details)

    def load(self) -> None:
        media = getattr(self._desk, "media", None)
        if media is not None:
            self._ops.store(
                media.featured, self._article_id,
                on_done=weak_callback(self, FeaturedImageKeeper._loaded),
                on_error=weak_callback(self, lambda k, exc: k.note.emit(
                    translate("FeaturedImageKeeper", "Could not read the featured image: {error}").format(error=exc)
                )),
            )  # fmt: skip

    def fields(self) -> FeaturedImage:
        return self._panel.values().featured

    # ------------------------------------------------------------------ the image
    def _loaded(self, media: Any) -> None:
        if media is None:
            return
        self._adopt(media)
        typed = self.fields()  # what the user typed before the store answered is kept
        self._panel.set_featured(FeaturedImage(
            typed.url or str(media.path), typed.alt or media.alt, typed.caption or media.caption,
            typed.credit or media.credit,
        ))  # fmt: skip
        self.shown.emit()
        self.save_details()

    def _adopt(self, media: Any, *urls: str) -> None:
        self._media_id = media.id
        self._urls = frozenset({str(media.path), *urls})
        self._saved = (media.alt, media.caption, media.credit)

    def _store_if_chosen(self) -> None:
        if not self._panel.featured_url.hasFocus() and not self._panel.loading:  # the file chooser, not typing
            self.store_image()

    def store_image(self) -> None:
        f = self.fields()
        if not f.url:
            self._remove()
        elif f.url not in self._urls and f.url != self._adding and is_local_file(f.url):
            path = Path(f.url).expanduser()
            if path.is_file():
                self._add(f, path)

    def _add(self, f: FeaturedImage, path: Path) -> None:
        self._generation += 1
        generation = self._generation
        self._media_id, self._adding = None, f.url  # the details typed from now on belong to the new image
        desk, article_id = self._desk, self._article_id

        def add() -> Any:  # on the store lane, where the media service (and the ORM) loads
            return desk.media.add(article_id, path, alt=f.alt, caption=f.caption, credit=f.credit, featured=True)

        def added(keeper: FeaturedImageKeeper, media: Any) -> None:
            if keeper._generation == generation:
                keeper._adding = ""
                keeper._adopt(media, f.url)
                keeper.note.emit(translate("FeaturedImageKeeper", "Featured image added to the article."))
                keeper.save_details()  # typed while it was being added

        def failed(keeper: FeaturedImageKeeper, exc: BaseException) -> None:
            if keeper._generation == generation:
                keeper._adding = ""
            keeper.note.emit(
                translate("FeaturedImageKeeper", "Could not add the featured image: {error}").format(error=exc)
            )

        self._ops.store(add, on_done=weak_callback(self, added), on_error=weak_callback(self, failed))

    def _remove(self) -> None:
        if self._media_id is None and not self._adding:
            return  # nothing stored to remove
        self._generation += 1
        before = (self._media_id, self._urls, self._saved)
        self._media_id, self._urls, self._saved, self._adding = None, frozenset(), None, ""

        def failed(keeper: FeaturedImageKeeper, exc: BaseException) -> None:
            if keeper._media_id is None and not keeper._adding:  # still shown as removed: clearing again retries
                keeper._media_id, keeper._urls, keeper._saved = before
            keeper.note.emit(
                translate("FeaturedImageKeeper", "Could not remove the featured image: {error}").format(error=exc)
            )

        desk, article_id = self._desk, self._article_id
        self._ops.store(
            lambda: desk.media.set_featured(article_id, None),  # the media service loads on the lane
            on_done=weak_callback(
                self,
                lambda k, _change: k.note.emit(
                    translate("FeaturedImageKeeper", "Featured image removed from the article.")
                ),
            ),
            on_error=weak_callback(self, failed),
        )

    # ------------------------------------------------------------------ its alt text, caption and credit
    def save_details(self) -> None:
        """Store the details the panel shows for the stored image, if they changed."""
        f = self.fields()
        details: Details = (f.alt, f.caption, f.credit)
        if self._media_id is None or f.url not in self._urls or details == self._saved:
            return
        media_id, self._saved = self._media_id, details

        def failed(keeper: FeaturedImageKeeper, exc: BaseException) -> None:
            if keeper._media_id == media_id:
                keeper._saved = None  # the panel keeps the text; the next edit or autosave tries again
            keeper.note.emit(
                translate("FeaturedImageKeeper", "Could not save the image description: {error}").format(error=exc)
            )

        desk = self._desk
        self._ops.store(
            lambda: desk.media.update(media_id, alt=f.alt, caption=f.caption, credit=f.credit),
            on_error=weak_callback(self, failed),
        )
