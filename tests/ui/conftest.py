"""Fixtures for widget tests: lanes, a desk with sample articles, the main window.

General on purpose: any UI test can take `qt_desk` (a desk with its store and compute lanes)
or `main_window` (the whole workstation on that desk).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import PySide6.QtWebEngineWidgets  # noqa: E402, F401 - must be imported before the QApplication exists
import pytest
from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402

from editor_app.core.desk import Desk  # noqa: E402
from editor_app.ui.demo_content import fill_demo_desk  # noqa: E402
from editor_app.ui.main_window import MainWindow  # noqa: E402
from editor_app.ui.preview.look_scheme import register_look_scheme  # noqa: E402
from editor_app.ui.workers import Lane, store_lane  # noqa: E402

register_look_scheme()  # as make_application does: the scheme must exist before the QApplication


@dataclass
class QtDesk:
    """A desk as the GUI uses it: the serial store lane and the compute lane for rendering."""

    desk: Desk
    lane: Lane
    compute: Lane


@pytest.fixture
def qt_desk(qtbot, desk: Desk) -> Iterator[QtDesk]:
    lane = store_lane()
    compute = Lane("compute", workers=1)
    yield QtDesk(desk, lane, compute)
    lane.wait_idle()
    compute.wait_idle()
    lane.shutdown()
    compute.shutdown()


@pytest.fixture
def demo_ids(desk: Desk) -> list[str]:
    """The demo articles imported into the test desk (English, Japanese, Korean)."""
    return fill_demo_desk(desk)


def dispose_window(window: MainWindow) -> None:
    """Close (saving everything) and delete the window and its web view right away, so the
    QtWebEngine profile is released before the next test."""
    if not window._closing:
        window.confirm_unsaved_close = False
        window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, qt_desk: QtDesk) -> Iterator[WindowFactory]:
    """Builds main windows on the test desk (several, e.g. to close and reopen)."""
    made: list[MainWindow] = []

    def factory(*, reopen: bool = True, show: bool = True) -> MainWindow:
        window = MainWindow(qt_desk.desk, qt_desk.lane, qt_desk.compute)
        window.resize(1400, 850)
        if show:
            window.show()
        window.start(reopen=reopen)
        qt_desk.lane.wait_idle()
        made.append(window)
        return window

    yield factory
    for window in made:
        dispose_window(window)
    qt_desk.lane.wait_idle()


@pytest.fixture
def main_window(make_window: WindowFactory, demo_ids: list[str]) -> MainWindow:
    """The workstation on a desk holding the demo articles, list loaded."""
    return make_window()


def send_text(widget, text: str) -> None:
    """Type `text` as key events, as an input method would deliver it: QTest.keyClicks only
    knows ASCII (anything else aborts the process), and "\\n" must be a Return key."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch == "\n":
            key, ch = Qt.Key.Key_Return, "\r"
        else:
            key = Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def type_text() -> Callable[..., None]:
    return send_text


def eval_in_page(qtbot, view, code: str, timeout: int = 5000) -> object:
    """Run the app's own script in the preview's isolated world and return its result."""
    out: list[object] = []
    view.run_app_script(code, out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=timeout)
    return out[0]


@pytest.fixture
def page_eval(qtbot) -> Callable[..., object]:
    return lambda view, code, timeout=5000: eval_in_page(qtbot, view, code, timeout)
