"""Render the app icon's PNG sizes from its SVG with Qt's own SVG renderer.

Run from the repository root after changing resources/icons/hicolor/scalable/apps/copydesk.svg:
    .venv/bin/python scripts/make_icons.py
It writes resources/icons/hicolor/NxN/apps/copydesk.png for every size the desktop asks for.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons" / "hicolor"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs the application
    renderer = QSvgRenderer(str(ICONS / "scalable" / "apps" / "copydesk.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG could not be read", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = ICONS / f"{size}x{size}" / "apps" / "copydesk.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            print(f"make_icons: could not write {out}", file=sys.stderr)
            return 1
        print(out.relative_to(ICONS.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
