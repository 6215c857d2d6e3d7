"""Screenshots for the README: the main window with a Japanese article and its preview, the
section manager, and a revision diff. Works under Xvfb or Qt's offscreen platform.

    python scripts/screenshots.py [--out docs/screenshots] [--dark]

Needs fonts for Japanese and Korean (Debian: fonts-noto-cjk) or the text shows as boxes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    args = parser.parse_args()
    if args.dark:
        os.environ[COLOR_SCHEME_ENV] = "dark"
    else:
        os.environ.setdefault(COLOR_SCHEME_ENV, "light")
    app = make_application(sys.argv[:1])

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

        window.confirm_unsaved_close = False
        window.close()
        lane.shutdown()
        compute.shutdown()
        desk.close()
    for name in ("main-window.png", "section-manager.png", "revision-diff.png"):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
