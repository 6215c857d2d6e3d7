"""The Publish Queue window: jobs shown in local time, sent with Send Now, cancelled, refreshed
after each sync; opened from Site → Publish Queue… (Ctrl+Shift+U).

Syncs are the real engine (`sync_site`) against the in-memory CMS of the sync unit tests, run
on the network lane by the real controller.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from editor_app.core.desk import Desk
from editor_app.core.services.syncing import sync_site
from editor_app.ui.queue.dialog import PublishQueueDialog
from editor_app.ui.queue.model import ACTION, HEADLINE, SITE, STATE, WHEN
from editor_app.ui.sync.controller import SyncController
from editor_app.ui.workers import Lane, network_pool

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "sync"))
from sync_fakes import PASSWORD, FakeCms  # noqa: E402 - the sync tests' in-memory CMS


@pytest.fixture
def net(qtbot) -> Iterator[Lane]:
    lane = network_pool()
    yield lane
    lane.wait_idle()
    lane.shutdown()


@pytest.fixture
def cms() -> FakeCms:
    return FakeCms()


@pytest.fixture
def controller(qt_desk, net, cms, memory_keyring) -> SyncController:
    qt_desk.desk.sites.add("Gazette", "http://127.0.0.1:9", "editor", PASSWORD)
    return SyncController(
        qt_desk.desk, qt_desk.lane, net,
        runner=lambda desk, site, **kw: sync_site(desk, site, cms, retry_budget_s=0, **kw),
    )


@pytest.fixture
def no_confirm(monkeypatch) -> None:
    monkeypatch.setattr(PublishQueueDialog, "confirm_cancel", False)


def _requests(desk: Desk) -> tuple[str, str, datetime]:
    now = desk.articles.create("Harbour reopens", body="x")
    later = desk.articles.create("週末特集", body="y")
    at = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=2)
    desk.publishing.publish(now.id)
    desk.publishing.publish(later.id, at=at)
    return now.id, later.id, at


def _cell(dialog: PublishQueueDialog, row: int, column: int) -> str:
    return dialog.model.data(dialog.model.index(row, column), Qt.ItemDataRole.DisplayRole)


def _open(qtbot, qt_desk, controller) -> PublishQueueDialog:
    dialog = PublishQueueDialog(qt_desk.desk, qt_desk.lane, controller)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def test_the_queue_lists_jobs_in_local_time_and_send_now_settles_them(qtbot, qt_desk, controller, cms):
    _now_id, later_id, at = _requests(qt_desk.desk)
    dialog = PublishQueueDialog(qt_desk.desk, qt_desk.lane, controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)

    assert not dialog.isModal() and dialog.table.accessibleName() == "Publish jobs"
    assert [_cell(dialog, 0, c) for c in (HEADLINE, SITE, WHEN, ACTION, STATE)] == [
        "Harbour reopens", "Gazette", "now", "Publish now", "queued"]
    assert _cell(dialog, 1, HEADLINE) == "週末特集"
    assert _cell(dialog, 1, WHEN) == at.astimezone().strftime("%Y-%m-%d %H:%M")  # the user's zone
    assert "2 jobs waiting" in dialog.intro.text()

    with qtbot.waitSignal(controller.finished, timeout=10_000):
        dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and _cell(dialog, 0, STATE) == "scheduled", timeout=5000)
    assert cms.posts[qt_desk.desk.articles.get(later_id).remote_id].status == "future"
    assert "Gazette: sent" in dialog.message.text()

    dialog.show_finished.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    assert _cell(dialog, 0, STATE) == "live"


def test_cancel_takes_a_scheduled_post_back_to_draft_with_the_next_send(qtbot, qt_desk, controller, cms, no_confirm):
    _now_id, later_id, _at = _requests(qt_desk.desk)
    dialog = _open(qtbot, qt_desk, controller)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and _cell(dialog, 0, STATE) == "scheduled", timeout=5000)
    dialog.table.selectRow(0)
    assert dialog.cancel_button.isEnabled()

    with qtbot.waitSignal(dialog.cancelled, timeout=5000) as cancelled:
        dialog.cancel_button.click()

    assert cancelled.args[1] == later_id
    assert qt_desk.desk.articles.get(later_id).status.value == "draft"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    assert "Nothing waiting" in dialog.intro.text()
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        dialog.send_button.click()
    assert cms.posts[qt_desk.desk.articles.get(later_id).remote_id].status == "draft"


def test_a_live_job_cannot_be_cancelled_and_an_empty_send_says_so(qtbot, qt_desk, controller, no_confirm):
    qt_desk.desk.publishing.publish(qt_desk.desk.articles.create("Live already", body="x").id)
    dialog = _open(qtbot, qt_desk, controller)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    dialog.show_finished.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    dialog.table.selectRow(0)
    assert not dialog.cancel_button.isEnabled() and not dialog.cancel_selected()

    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Nothing queued to send.", timeout=5000)


def test_site_menu_opens_the_queue_with_its_shortcut(qtbot, main_window, net, memory_keyring):
    window = main_window
    qtbot.waitUntil(lambda: window.sync is not None, timeout=5000)
    action = window.findChild(QAction, "action_publish_queue")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+U")
    key = QKeySequence("Ctrl+Shift+U")
    assert [a for a in window.findChildren(QAction) if a is not action and key in a.shortcuts()] == []
    action.trigger()
    dialog = window.findChild(PublishQueueDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: "Nothing waiting" in dialog.intro.text(), timeout=5000)
    action.trigger()  # a second time: the same window, brought forward
    assert window.findChildren(PublishQueueDialog) == [dialog]
    dialog.reject()
