"""The featured image's alt text, caption and credit, edited in the metadata panel, reach the store
(and from there the site); clearing the image field removes it from the article."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from editor_app.core.desk import Desk
from editor_app.core.domain import Media
from editor_app.core.services.media import MAX_ALT_CHARS
from editor_app.core.store.models import MediaAsset, OutboxOp
from editor_app.ui.editor.article_editor import ArticleEditor
from editor_app.ui.main_window import MainWindow

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f00"
    "05000201a5f0e1d90000000049454e44ae426082"
)


def with_photo(desk: Desk, article_id: str, tmp_path: Path) -> Media:
    image = tmp_path / "harbour.png"
    image.write_bytes(PNG)
    return desk.media.add(article_id, image, alt="Harbour", caption="Old pier", credit="Staff", featured=True)


def open_with_image(qtbot, window: MainWindow, article_id: str) -> ArticleEditor:
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.editor_for(article_id) is not None, timeout=5000)
    editor = window.editor_for(article_id)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.metadata.featured_alt.text() == "Harbour", timeout=5000)  # loaded from the store
    return editor


def retype(qtbot, line, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


def test_editing_the_alt_text_in_the_panel_reaches_the_store(qtbot, main_window, demo_ids, tmp_path) -> None:
    desk = main_window.desk
    article_id = demo_ids[0]
    media = with_photo(desk, article_id, tmp_path)
    with desk.store.write() as s:  # as after a sync: the image is on the site
        s.get(MediaAsset, media.id).remote_id = 4242
    editor = open_with_image(qtbot, main_window, article_id)
    m = editor.metadata

    retype(qtbot, m.featured_alt, "The harbour at dawn, boats tied up")
    qtbot.keyClick(m.featured_alt, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: desk.media.featured(article_id).alt == "The harbour at dawn, boats tied up", timeout=5000)

    retype(qtbot, m.featured_caption, "The old pier at 6 a.m.")
    retype(qtbot, m.featured_credit, "Photo desk")
    qtbot.keyClick(m.featured_credit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.media.featured(article_id).credit == "Photo desk", timeout=5000)
    stored = desk.media.featured(article_id)
    assert (stored.id, stored.caption) == (media.id, "The old pier at 6 a.m.")
    with desk.store.read() as s:  # one operation carries both texts to the site
        [op] = s.scalars(select(OutboxOp).where(OutboxOp.kind == "media.update")).all()
    assert op.entity == str(media.id) and op.payload == {"alt_text": True, "caption": True}


def test_details_left_unfinished_are_saved_with_the_autosave(qtbot, main_window, demo_ids, tmp_path) -> None:
    desk = main_window.desk
    article_id = demo_ids[1]
    with_photo(desk, article_id, tmp_path)
    editor = open_with_image(qtbot, main_window, article_id)
    alt = editor.metadata.featured_alt

    retype(qtbot, alt, "Boats at the old pier")  # and the cursor stays in the field

    qtbot.waitUntil(lambda: desk.media.featured(article_id).alt == "Boats at the old pier", timeout=5000)
    assert alt.hasFocus()


def test_clearing_the_image_field_removes_the_featured_image(qtbot, main_window, demo_ids, tmp_path) -> None:
    desk = main_window.desk
    article_id = demo_ids[2]
    media = with_photo(desk, article_id, tmp_path)
    editor = open_with_image(qtbot, main_window, article_id)
    url = editor.metadata.featured_url

    url.setFocus()
    url.selectAll()
    qtbot.keyClick(url, Qt.Key.Key_Delete)
    qtbot.keyClick(url, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: desk.media.featured(article_id) is None, timeout=5000)
    assert [m.id for m in desk.media.list(article_id)] == [media.id]  # kept on the desk, just not featured
    assert desk.articles.get(article_id).dirty  # the next push clears it on the site
    qtbot.waitUntil(lambda: "removed" in main_window.statusBar().currentMessage(), timeout=5000)


def test_overlong_alt_text_is_refused_with_a_note_and_kept_in_the_panel(qtbot, main_window, demo_ids, tmp_path) -> None:
    desk = main_window.desk
    article_id = demo_ids[3]
    with_photo(desk, article_id, tmp_path)
    editor = open_with_image(qtbot, main_window, article_id)
    alt = editor.metadata.featured_alt
    pasted = "x" * (MAX_ALT_CHARS + 5)

    retype(qtbot, alt, pasted)
    qtbot.keyClick(alt, Qt.Key.Key_Tab)

    qtbot.waitUntil(lambda: "alt text is 1,005 characters" in main_window.statusBar().currentMessage(), timeout=5000)
    assert alt.text() == pasted  # nothing the user typed is lost
    assert desk.media.featured(article_id).alt == "Harbour"

    retype(qtbot, alt, "Harbour at dusk")  # fixed: the next save goes through
    qtbot.keyClick(alt, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: desk.media.featured(article_id).alt == "Harbour at dusk", timeout=5000)
