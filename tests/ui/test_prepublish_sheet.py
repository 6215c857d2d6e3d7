"""Publish Now runs the pre-publish checks and shows what they found as one sheet: "Fix" goes to
the field; "Publish Anyway" only when nothing blocks."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from editor_app.core.desk import Desk
from editor_app.core.sync.engine import SyncReport
from editor_app.ui.sync.prepublish_sheet import PrepublishSheet

USER = "editor"
PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678"


class Runner:
    """A sync stand-in that records the sites it was asked to sync."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, desk: Desk, site: str, *, progress, claim_unassigned: bool = False, write=None) -> SyncReport:
        self.calls.append(site)
        return SyncReport(site=site)


def _window_with(qtbot, make_window, qt_desk, article_id: str):
    qt_desk.desk.sites.add("Gazette", "http://127.0.0.1:9", USER, PASSWORD)  # nothing listens: offline checks
    window = make_window(reopen=False)
    qtbot.waitUntil(lambda: window.sync is not None, timeout=10_000)
    runner = Runner()
    window.sync.runner = runner
    window.open_article(article_id)
    qtbot.waitUntil(lambda: (e := window.current_editor()) is not None and e.article_id == article_id, timeout=5000)
    return window, runner


def _sheet(qtbot, window) -> PrepublishSheet:
    qtbot.waitUntil(lambda: (s := window.findChild(PrepublishSheet)) is not None and s.isVisible(), timeout=15_000)
    return window.findChild(PrepublishSheet)


def test_a_missing_section_blocks_and_fix_focuses_the_section_box(qtbot, make_window, qt_desk, memory_keyring):
    desk = qt_desk.desk
    art = desk.articles.create("Harbour reopens", dek="Ships are back.", body="Ships are back.", byline="Jane Doe")
    window, runner = _window_with(qtbot, make_window, qt_desk, art.id)
    editor = window.current_editor()

    window.findChild(QAction, "action_publish_now").trigger()
    sheet = _sheet(qtbot, window)
    assert sheet.blocked
    assert sheet.anyway.isHidden()  # nothing to override
    severity = {f.code: f.severity for f in sheet.findings}
    assert severity["section_missing"] == "blocking" and severity["featured_missing"] == "warning"
    assert sheet.findChild(QLabel, "severity_section_missing").text() == "Must fix"
    assert sheet.findChild(QLabel, "severity_featured_missing").text() == "Warning"

    sheet.fix_buttons["section_missing"].click()
    qtbot.waitUntil(lambda: not sheet.isVisible(), timeout=5000)
    assert window.focusWidget() is editor.metadata.section
    assert desk.publish_queue.list(include_finished=True) == [] and runner.calls == []
    assert desk.articles.get(art.id).status == "draft"


def test_warnings_only_allow_publish_anyway(qtbot, make_window, qt_desk, memory_keyring):
    desk = qt_desk.desk
    art = desk.articles.create("Harbour reopens", body="Ships are back.", byline="", sections=["News"])
    window, runner = _window_with(qtbot, make_window, qt_desk, art.id)

    window.findChild(QAction, "action_publish_now").trigger()
    sheet = _sheet(qtbot, window)
    assert not sheet.blocked and all(not f.blocking for f in sheet.findings)
    assert {"dek_missing", "byline_missing", "featured_missing"} <= {f.code for f in sheet.findings}
    assert sheet.anyway.isVisible() and sheet.anyway.text() == "Publish Anyway"
    assert desk.publish_queue.list() == []  # nothing queued before the answer

    with qtbot.waitSignal(window.sync.finished, timeout=15_000):
        sheet.anyway.click()
    assert runner.calls == ["Gazette"]
    [job] = desk.publish_queue.list()
    assert job.article_id == art.id
    assert desk.articles.get(art.id).status == "publish"


def test_schedule_checks_too_and_offers_schedule_anyway(qtbot, make_window, qt_desk, memory_keyring):
    from editor_app.ui.sync.schedule_dialog import ScheduleDialog

    desk = qt_desk.desk
    art = desk.articles.create("Harbour reopens", body="Ships are back.", byline="", sections=["News"])
    window, runner = _window_with(qtbot, make_window, qt_desk, art.id)

    window.findChild(QAction, "action_schedule").trigger()
    qtbot.waitUntil(lambda: (d := window.findChild(ScheduleDialog)) is not None and d.isVisible(), timeout=5000)
    window.findChild(ScheduleDialog).accept()
    sheet = _sheet(qtbot, window)
    assert sheet.anyway.text() == "Schedule Anyway"
    with qtbot.waitSignal(window.sync.finished, timeout=15_000):
        sheet.anyway.click()
    [job] = desk.publish_queue.list()
    assert job.article_id == art.id and job.run_at is not None
    assert desk.articles.get(art.id).status == "future"


def test_fix_on_the_headline_leaves_focus_mode_and_focuses_the_headline(qtbot, make_window, qt_desk, memory_keyring):
    desk = qt_desk.desk
    art = desk.articles.create("Untitled article", body="Ships are back.", sections=["News"])
    window, _runner = _window_with(qtbot, make_window, qt_desk, art.id)
    editor = window.current_editor()
    window.focus_mode.enter()
    window.findChild(QAction, "action_publish_now").trigger()
    sheet = _sheet(qtbot, window)
    assert sheet.blocked and "headline_missing" in sheet.fix_buttons
    sheet.fix_buttons["headline_missing"].click()
    assert not window.focus_mode.active
    assert window.focusWidget() is editor.metadata.headline
