"""Screenshots for the README: the main window with a Japanese article and its preview, the
section manager, a revision diff, and one article's preview in the desk's template and in a
WordPress site's learned look. Works under Xvfb or Qt's offscreen platform.

    python scripts/screenshots.py [--out docs/screenshots] [--dark] [--no-site-look] [--language ja|ko]

The site look pair starts a disposable WordPress with scripts/wordpress.sh (Twenty Twenty-Three),
publishes the article there, learns the look and stops the site again.

Needs fonts for Japanese and Korean (Debian: fonts-noto-cjk) or the text shows as boxes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

from PySide6.QtCore import QUrl  # noqa: E402

from editor_app.ui.app import COLOR_SCHEME_ENV, make_application  # noqa: E402

JA_TITLE = "空き家を「学びの拠点」に　大学生が古民家を改修、地域の子どもに開放"
KOREAN_EDIT = "\n\n## 남은 과제\n\n환승 통로 안내를 개선하고 배차 간격을 조정할 예정이다."


def wait(app: object, condition: object, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def settle(app: object, seconds: float) -> None:
    wait(app, lambda: False, seconds)


LOOK_TITLE = "Harbour council approves flood-defence budget after late-night session"


def site_look_pair(app: object, desk: object, article_id: str, out: Path) -> None:
    """preview-desk.png and preview-site.png: the same article in both looks, the site's learned
    from a real WordPress started for the occasion."""
    import httpx

    from editor_app.core.preview_source import preview_document, source_from_article
    from editor_app.core.render import Renderer
    from editor_app.ui.preview.pane import PreviewPane

    article = desk.articles.get(article_id)  # type: ignore[attr-defined]
    renderer = Renderer()
    with tempfile.TemporaryDirectory(prefix="copydesk-wp-") as wp_dir:
        creds = Path(wp_dir) / "credentials.json"
        script = ROOT / "scripts" / "wordpress.sh"
        subprocess.run(["bash", str(script), "start", "-d", wp_dir, "-o", str(creds), "-p", "auto"],
                       check=True, stdout=subprocess.DEVNULL)
        try:
            site = json.loads(creds.read_text(encoding="utf-8"))
            editor = site["users"]["editor"]
            with httpx.Client(auth=(editor["username"], editor["app_password"]), timeout=30) as client:
                client.post(f"{site['base_url']}/wp-json/wp/v2/posts", json={
                    "title": article.title, "excerpt": article.dek, "status": "publish",
                    "content": renderer.publish_html(article.body, article.lang),
                }).raise_for_status()
            desk.looks.learn("Demo site", site["base_url"])  # type: ignore[attr-defined]
        finally:
            subprocess.run(["bash", str(script), "stop", "-d", wp_dir], stdout=subprocess.DEVNULL)
    shown = source_from_article(desk, article)  # type: ignore[arg-type]
    request = desk.looks.request("Demo site", "site", True)  # type: ignore[attr-defined]
    pages = {"preview-desk.png": preview_document(replace(shown, look=None), renderer),
             "preview-site.png": preview_document(replace(shown, look=request), renderer)}
    pane = PreviewPane(QUrl.fromLocalFile(str(desk.paths.media_dir) + "/"),  # type: ignore[attr-defined]
                       cache_dir=desk.paths.cache_dir)  # type: ignore[attr-defined]
    pane.resize(900, 1100)
    pane.show()
    done: list[bool] = []
    pane.loaded.connect(done.append)
    for name, page in pages.items():
        done.clear()
        pane.show_html(article_id, page.html, page.look_key)
        wait(app, lambda: bool(done))
        settle(app, 2.0)  # fonts and images from the look's cache
        pane.grab().save(str(out / name))
    pane.dispose()
    pane.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    parser.add_argument("--no-site-look", action="store_true", help="skip the pair that needs a local WordPress")
    parser.add_argument("--language", choices=("en", "ja", "ko"), default="en",
                        help="interface language; other than en, only the main window (main-window-LANG.png)")
    args = parser.parse_args()
    if args.dark:
        os.environ[COLOR_SCHEME_ENV] = "dark"
    else:
        os.environ.setdefault(COLOR_SCHEME_ENV, "light")
    app = make_application(sys.argv[:1])
    from editor_app.ui.i18n import Translations

    if not Translations(app).use(args.language):
        parser.error(f"no compiled {args.language} translation: run scripts/translations.sh build")

    from editor_app.core.desk import Desk
    from editor_app.core.paths import AppPaths
    from editor_app.ui.demo_content import fill_demo_desk
    from editor_app.ui.main_window import MainWindow
    from editor_app.ui.workers import Lane, store_lane

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="copydesk-shots-") as tmp:
        desk = Desk.open(AppPaths.resolve(tmp))
        fill_demo_desk(desk)
        ids = {desk.articles.get(i).title: i for i in (r.id for r in desk.articles.list(limit=50))}
        ja_id = ids[JA_TITLE]
        lane, compute = store_lane(), Lane("compute")
        window = MainWindow(desk, lane, compute)
        window.resize(1600, 940)
        window.main_splitter.setSizes([180, 520, 900])
        window.workspace.setSizes([520, 460])
        window.show()
        window.start(reopen=False)
        lane.wait_idle()
        window.navigator.select("lang", "ja")
        lane.wait_idle()
        window.open_article(ja_id)
        wait(app, lambda: window.current_editor() is not None)
        wait(app, lambda: window.preview.shown_article == ja_id)
        settle(app, 2.0)  # web page layout and fonts
        row = window.list_panel.model.row_of(ja_id)
        window.list_panel.table.selectRow(row)
        settle(app, 0.3)
        if args.language != "en":
            window.grab().save(str(args.out / f"main-window-{args.language}.png"))
            window.confirm_unsaved_close = False
            window.close()
            lane.shutdown()
            compute.shutdown()
            desk.close()
            print(args.out / f"main-window-{args.language}.png")
            return 0
        window.grab().save(str(args.out / "main-window.png"))

        from editor_app.ui.taxonomy.manager import TaxonomyManager

        for name, parent in (("Elections", "politics"), ("Local", "news"), ("Football", "sports"),
                             ("Markets", "business"), ("Asia", "world")):
            desk.terms.add_section(name, parent=parent)
        manager = TaxonomyManager(desk, lane, window)
        manager.resize(820, 560)
        manager.show()
        wait(app, lambda: not manager.busy)
        settle(app, 0.5)
        manager.grab().save(str(args.out / "section-manager.png"))
        manager.close()

        ko_id = ids["도심 관통 신규 지하철 개통…출퇴근 시간 최대 25분 단축"]
        art = desk.articles.get(ko_id)
        desk.articles.update(ko_id, body=art.body.replace("12만 명", "12만 3천 명") + KOREAN_EDIT)
        from editor_app.ui.history.dialog import HistoryDialog

        history = HistoryDialog(desk, lane, ko_id, window)
        history.resize(1000, 640)
        history.show()
        wait(app, lambda: not history.busy)
        items = history.revision_list
        if items.topLevelItemCount() > 1:
            items.setCurrentItem(items.topLevelItem(items.topLevelItemCount() - 1))
            wait(app, lambda: not history.busy)
        settle(app, 0.5)
        history.grab().save(str(args.out / "revision-diff.png"))
        history.close()

        if not args.no_site_look:
            site_look_pair(app, desk, ids[LOOK_TITLE], args.out)

        window.confirm_unsaved_close = False
        window.close()
        lane.shutdown()
        compute.shutdown()
        desk.close()
    shots = ["main-window.png", "section-manager.png", "revision-diff.png"]
    shots += [] if args.no_site_look else ["preview-desk.png", "preview-site.png"]
    for name in shots:
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
