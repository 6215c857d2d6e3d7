"""The GUI's preview and `copydesk render` make one document from the same saved article."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from editor_app.core.preview_source import PauseRules
from editor_app.core.store.models import Article as ArticleRow
from editor_app.ui.main_window import MainWindow

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f00"
    "05000201a5f0e1d90000000049454e44ae426082"
)


def render_cli(data_dir: Path, article_id: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_DATA_DIR"}
    done = subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", str(data_dir), "render", article_id],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_preview_and_the_render_command_show_the_same_page(qtbot, make_window, qt_desk, tmp_path) -> None:
    desk = qt_desk.desk
    art = desk.articles.create(
        "Harbour plan", body="The council met on Monday.\n\n## The vote\n\nIt passed *seven* to two.",
        dek="A vote on the waterfront", byline="Mika Sato", sections=("politics",), tags=("council", "harbour"),
    )
    with desk.store.write() as s:  # as a pull leaves a published article: both dates set
        row = s.scalars(select(ArticleRow).where(ArticleRow.id == art.id)).one()
        row.published_at, row.updated_at = datetime(2026, 3, 1, 9, 30), datetime(2026, 3, 2, 14, 5)
    picture = tmp_path / "harbour.png"
    picture.write_bytes(PNG)
    desk.media.add(art.id, picture, alt="The harbour", caption="At dawn", credit="AP", featured=True)

    window: MainWindow = make_window()
    pages: list[str] = []
    show_html = window.preview.show_html
    window.preview.show_html = lambda aid, html, look=None: (pages.append(html), show_html(aid, html, look))
    window.open_article(art.id)
    # the featured image comes from the store lane after the text: wait for the page that has it
    qtbot.waitUntil(lambda: any('class="featured-image"' in p for p in pages), timeout=10_000)
    shown = [p for p in pages if 'class="featured-image"' in p][-1]

    printed = render_cli(desk.paths.data_dir, art.id)
    assert shown == printed
    for part in ('<p class="section-label">Politics</p>', '<span class="author">Mika Sato</span>',
                 '<span class="published">', '<span class="updated">', "The vote</h2>", "<em>seven</em>",
                 'alt="The harbour"'):
        assert part in shown


def test_a_paused_preview_resumes_once_the_article_is_clearly_smaller(qtbot, main_window, demo_ids) -> None:
    """The core's rules decide; the pane follows them as the user cuts a long article down."""
    controller = main_window.preview_controller
    controller.rules = PauseRules(pause_chars=3000, resume_chars=2000)
    main_window.open_article(demo_ids[0])
    qtbot.waitUntil(lambda: main_window.current_editor() is not None, timeout=5000)
    editor = main_window.current_editor()
    notice = main_window.preview.notice

    def settle(body: str) -> None:
        editor.body.setPlainText(body)
        qtbot.waitUntil(lambda: not controller.busy, timeout=8000)

    settle("A sentence of the long article. " * 120)  # 3,840 characters
    assert not notice.isHidden() and notice.text().startswith("Preview paused: this article is")
    settle("A sentence of the long article. " * 80)  # 2,560: under the limit, not yet under the resume size
    assert not notice.isHidden()
    pages: list[str] = []
    main_window.preview_controller.rendered.connect(pages.append)
    settle("A sentence of the long article. " * 50)  # 1,600
    assert notice.isHidden() and pages == [demo_ids[0]]
