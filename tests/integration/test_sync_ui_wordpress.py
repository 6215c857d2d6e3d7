"""The sync UI end to end against the real WordPress: add a site through the account dialog,
test the connection, sync, and read the state in the status widget; a wrong password pauses."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from editor_app.core.desk import Desk
from editor_app.core.services.sites import ONLINE, PAUSED
from editor_app.core.sync.cms import PostChanges
from editor_app.ui.sync.account_dialog import AccountDialog
from editor_app.ui.sync.controller import SyncController
from editor_app.ui.sync.status import SiteStatusWidget
from editor_app.ui.workers import Lane, network_pool, store_lane


@pytest.fixture
def lanes(qtbot) -> Iterator[tuple[Lane, Lane]]:
    store, net = store_lane(), network_pool()
    yield store, net
    for lane in (net, store):
        lane.wait_idle(30_000)
        lane.shutdown()


def add_site(qtbot, desk: Desk, lanes: tuple[Lane, Lane], url: str, user: str, password: str) -> AccountDialog:
    dialog = AccountDialog(desk, *lanes)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Local")
    dialog.url_edit.setText(url)
    dialog.user_edit.setText(user)
    dialog.password_edit.setText(password)
    with qtbot.waitSignal(dialog.tested, timeout=30_000):
        dialog.test_button.click()
    return dialog


def save(qtbot, dialog: AccountDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save_button.click()
    assert dialog.password_edit.text() == ""


def watch(qtbot, desk: Desk, lanes: tuple[Lane, Lane]) -> tuple[SyncController, SiteStatusWidget]:
    controller = SyncController(desk, *lanes)
    status = SiteStatusWidget(desk, lanes[0])
    qtbot.addWidget(status)
    status.attach(controller)
    status.show()
    return controller, status


def sync(qtbot, controller: SyncController, status: SiteStatusWidget) -> object:
    with qtbot.waitSignal(controller.finished, timeout=120_000) as done:
        assert controller.sync("Local")
    with qtbot.waitSignal(status.refreshed, timeout=30_000):
        status.refresh()
    return done.args[0]


def test_add_test_and_sync_a_site_from_the_gui(qtbot, wp_site, wp_client, isolated_keyring, desk, lanes):
    title = f"Harbour ferry timetable {uuid.uuid4().hex[:8]}"
    wp_client("editor").create_post(PostChanges(title=title, content="<p>Ferries run hourly.</p>", status="publish"))
    editor = wp_site.user("editor")

    dialog = add_site(qtbot, desk, lanes, wp_site.base_url, editor.username, editor.app_password)
    assert dialog.last_check is not None and dialog.last_check.role == "editor"
    assert "(editor)" in dialog.result_label.text() and "publish and schedule" in dialog.result_label.text()
    save(qtbot, dialog)
    assert editor.app_password in str(isolated_keyring.entries())

    controller, status = watch(qtbot, desk, lanes)
    progress: list[tuple[str, str, int, int]] = []
    controller.progress.connect(lambda *args: progress.append(args))
    report = sync(qtbot, controller, status)
    assert report.state == ONLINE and report.pulled >= 1
    assert {phase for _site, phase, _done, _total in progress} >= {"check", "pull"}
    assert any(a.title == title for a in desk.articles.list(limit=500))
    assert status.line("Local") == "Local · online · 0 pending"
    assert not status.entries["Local"].password_button.isVisible() and not status.progress_bar.isVisible()
    for path in (desk.paths.store_file, desk.paths.settings_file):
        assert not path.exists() or editor.app_password.encode() not in path.read_bytes()


def test_a_wrong_password_pauses_the_site_with_a_clear_message(qtbot, wp_site, isolated_keyring, desk, lanes):
    editor = wp_site.user("editor")
    dialog = add_site(qtbot, desk, lanes, wp_site.base_url, editor.username, "wrong " + editor.app_password[6:])
    assert dialog.result_label.text().startswith("Wrong user name or application password")
    save(qtbot, dialog)  # saving is allowed: the site then says it is paused

    controller, status = watch(qtbot, desk, lanes)
    report = sync(qtbot, controller, status)
    assert report.state == PAUSED
    line = status.line("Local")
    assert line.startswith("Local · paused: the site refused the application password for " + editor.username)
    assert status.entries["Local"].password_button.isVisible()
    assert "Users → Profile → Application Passwords" in status.entries["Local"].toolTip()

    again = AccountDialog(desk, *lanes, site=status.site("Local"))
    qtbot.addWidget(again)
    again.password_edit.setText(editor.app_password)
    save(qtbot, again)
    assert sync(qtbot, controller, status).state == ONLINE
    assert status.line("Local").startswith("Local · online")
    assert not status.entries["Local"].password_button.isVisible()


def test_publish_now_shows_the_published_date_and_status_in_the_open_article(qtbot, wp_site, isolated_keyring, desk):
    """After Publish Now the open article's Status box, its preview's dates and the list say it
    is published, without a relaunch."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QAction

    from editor_app.core.domain import Status
    from editor_app.ui.articles.model import STATUS
    from editor_app.ui.main_window import MainWindow
    from editor_app.ui.sync.prepublish_sheet import PrepublishSheet

    editor_account = wp_site.user("editor")
    desk.sites.add("Local", wp_site.base_url, editor_account.username, editor_account.app_password)
    article = desk.articles.create(
        f"Ferry strike ends {uuid.uuid4().hex[:6]}", body="Boats sail again today.", sections=["News"]
    )
    lane, compute = store_lane(), Lane("compute")
    window = MainWindow(desk, lane, compute)
    try:
        window.resize(1200, 800)
        window.show()
        window.start(reopen=False)
        window.open_article(article.id)
        qtbot.waitUntil(lambda: window.editor_for(article.id) is not None and window.sync is not None, timeout=30_000)
        editor = window.editor_for(article.id)
        assert editor.article.published_at is None
        with qtbot.waitSignal(window.sync.finished, timeout=180_000):
            window.findChild(QAction, "action_publish_now").trigger()
            qtbot.waitUntil(lambda: window.findChild(PrepublishSheet) is not None, timeout=60_000)
            sheet = window.findChild(PrepublishSheet)
            qtbot.waitUntil(sheet.isVisible, timeout=5000)
            assert not sheet.blocked and "slug_taken" not in [f.code for f in sheet.findings]
            sheet.anyway.click()  # warnings only: no dek, no featured image
        qtbot.waitUntil(lambda: editor.article.published_at is not None, timeout=30_000)
        assert editor.metadata.status.currentData() == Status.PUBLISH
        assert desk.articles.get(article.id).remote_id is not None

        seen: list[object] = []

        def page_text() -> str:
            seen.clear()
            window.preview.view.run_app_script("document.body ? document.body.innerText : ''", seen.append)
            qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
            return str(seen[0])

        qtbot.waitUntil(lambda: "Published" in page_text(), timeout=60_000)
        model = window.list_panel.model
        qtbot.waitUntil(lambda: model.index(model.row_of(article.id), STATUS).data() == "Published", timeout=30_000)
        # The store holds what the form shows: the next autosave sends nothing stale back.
        assert editor.autosave.wait_saved(30_000)
        stored = desk.articles.get(article.id)
        assert stored.status == Status.PUBLISH and stored.published_at == editor.article.published_at
    finally:
        window.confirm_unsaved_close = False
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for done in (lane, compute):
            done.wait_idle(30_000)
            done.shutdown()
