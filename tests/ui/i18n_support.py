"""Helpers for tests in each interface language: compiled translations and a clipping check."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QToolButton, QWidget

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def compile_translations(folder: Path) -> Path:
    """The .qm files built from the .ts in the tree (what scripts/translations.sh build makes)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in TS_DIR.glob("copydesk_*.ts"):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(folder / ts.with_suffix(".qm").name)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    return folder


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped_widgets(root: QWidget) -> list[str]:
    """Labels and buttons whose size hint cannot hold their one-line text, or that the layout made
    narrower than their minimum: what a longer translation would cut off."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or "\n" in widget.text():
                continue
            text = _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            if isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
                continue  # the toolbar shows icons; the text is the tooltip
            text = _plain(widget.text())
            if not text:
                continue
        else:
            continue
        need = widget.fontMetrics().horizontalAdvance(text)
        if isinstance(widget, QCheckBox):
            need += widget.fontMetrics().height()  # the box beside the text
        name = f"{type(widget).__name__} {text!r}"
        if widget.sizeHint().width() < need:
            found.append(f"{name}: size hint {widget.sizeHint().width()} < text {need}")
        elif widget.isVisible() and widget.width() < min(widget.minimumSizeHint().width(), need):
            found.append(f"{name}: shown {widget.width()} wide, needs {widget.minimumSizeHint().width()}")
    return found


def close_window(window) -> None:  # noqa: ANN001 - a MainWindow
    """Close (saving everything) and delete a window made outside the make_window fixture."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if not window._closing:
        window.confirm_unsaved_close = False
        window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
