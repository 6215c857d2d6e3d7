"""The sync UI: account dialog, site status, sync controller, conflicts, the Site menu.

The account dialog talks to a small local fake WordPress (only the two routes "Test connection"
reads) for faults and edge cases; the real end-to-end run is in tests/integration.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import keyring
import pytest
from keyring.backends import fail
from prepublish_support import publish_anyway
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence

from editor_app.core.credentials import KeychainUnavailable
from editor_app.core.desk import Desk
from editor_app.core.services.sites import PAUSED, SiteView, auth_message
from editor_app.core.services.syncing import sync_site
from editor_app.core.store.conflicts import record_conflict
from editor_app.core.sync.cms import Page, RemoteUser, SiteInfo
from editor_app.core.sync.engine import SyncBusy, SyncProgress, SyncReport
from editor_app.core.sync.mapping import Text
from editor_app.ui.sync.account_dialog import AccountDialog
from editor_app.ui.sync.controller import SyncController
from editor_app.ui.sync.status import SiteStatusWidget, site_line
from editor_app.ui.workers import Lane, network_pool

USER = "editor"
PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678"
AUTHORS = ("Eri Editor", "Ann Lee", "Park Ji-woo")
META_FIELDS = ("subtitle", "writer_credit")  # neither is a name the desk would detect by itself


# ----------------------------------------------------------------------------- fixtures
@pytest.fixture
def no_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def net(qtbot) -> Iterator[Lane]:
    lane = network_pool()
    yield lane
    lane.wait_idle()
    lane.shutdown()


class FakeWordPress:
    """Answers the REST index, /wp/v2/users/me, the authors list and the posts schema's meta
    fields like WordPress; `mode` "html" plays a proxy page."""

    def __init__(self) -> None:
        self.mode = "wordpress"
        self.seen_paths: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's API name
                fake.seen_paths.append(self.path)
                if fake.mode == "html":
                    self._send(200, b"<html><body>Welcome to nginx</body></html>", "text/html")
                    return
                path = self.path.split("?", 1)[0]
                if path == "/wp-json/":
                    body = {"name": "Fake Gazette", "home": fake.url, "gmt_offset": 9,
                            "timezone_string": "Asia/Tokyo", "namespaces": ["wp/v2"]}  # fmt: skip
                    self._json(200, body)
                elif path == "/wp-json/wp/v2/users/me":
                    expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
                    if self.headers.get("Authorization") != expected:
                        self._json(401, {"code": "incorrect_password", "message": "The password is incorrect.",
                                         "data": {"status": 401}})  # fmt: skip
                        return
                    caps = {"edit_posts": True, "publish_posts": True, "edit_others_posts": True,
                            "manage_categories": True, "upload_files": True}  # fmt: skip
                    self._json(200, {"id": 7, "name": "Eri Editor", "slug": USER, "roles": ["editor"],
                                     "capabilities": caps})  # fmt: skip
                elif path == "/wp-json/wp/v2/users":
                    self._json(200, [{"id": i, "name": name} for i, name in enumerate(AUTHORS, 1)])
                else:
                    self._json(404, {"code": "rest_no_route", "message": "No route", "data": {"status": 404}})

            def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's API name
                if self.path.split("?", 1)[0] == "/wp-json/wp/v2/posts":
                    meta = {name: {"type": "string"} for name in META_FIELDS}
                    self._json(200, {"schema": {"properties": {"meta": {"type": "object", "properties": meta}}}})
                else:
                    self._json(404, {"code": "rest_no_route", "message": "No route", "data": {"status": 404}})

            def _json(self, status: int, body: object) -> None:
                self._send(status, json.dumps(body).encode(), "application/json; charset=UTF-8")

            def _send(self, status: int, payload: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_wp() -> Iterator[FakeWordPress]:
    server = FakeWordPress()
    yield server
    server.stop()


def closed_port_url() -> str:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = server.server_address[1]
    server.server_close()
    return f"http://127.0.0.1:{port}"


def make_dialog(qtbot, qt_desk, net: Lane, site: SiteView | None = None) -> AccountDialog:
    dialog = AccountDialog(qt_desk.desk, qt_desk.lane, net, site)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: AccountDialog, url: str, password: str = PASSWORD, name: str = "Gazette") -> None:
    dialog.name_edit.setText(name)
    dialog.url_edit.setText(url)
    dialog.user_edit.setText(USER)
    dialog.password_edit.setText(password)


def run_test(qtbot, dialog: AccountDialog) -> str:
    with qtbot.waitSignal(dialog.tested, timeout=10_000):
        dialog.test_button.click()
    return dialog.result_label.text()


# ----------------------------------------------------------------------------- account dialog
def test_password_field_hides_text_and_says_where_to_create_one(qtbot, qt_desk, net):
    dialog = make_dialog(qtbot, qt_desk, net)
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    hint = dialog.findChild(type(dialog.result_label), "passwordHint").text()
    assert "Users → Profile → Application Passwords" in hint
    assert not dialog.test_button.isEnabled() and not dialog.save_button.isEnabled()


def test_test_connection_shows_the_role_and_what_the_account_may_do(qtbot, qt_desk, net, fake_wp, memory_keyring):
    dialog = make_dialog(qtbot, qt_desk, net)
    fill(dialog, fake_wp.url)
    text = run_test(qtbot, dialog)
    assert dialog.last_check is not None and dialog.last_check.role == "editor"
    assert "Connected to Fake Gazette" in text
    assert "(editor)" in text and "publish and schedule articles" in text
    assert "Asia/Tokyo" in text
    assert qt_desk.desk.sites.list() == []  # testing stores nothing
    assert memory_keyring.data == {}


def test_wrong_password_is_named_with_what_to_do(qtbot, qt_desk, net, fake_wp, memory_keyring):
    dialog = make_dialog(qtbot, qt_desk, net)
    fill(dialog, fake_wp.url, password="wrong wrong wrong")
    text = run_test(qtbot, dialog)
    assert text.startswith("Wrong user name or application password")
    assert "Application Passwords" in text
    assert "wrong wrong" not in text


def test_unreachable_site_is_named(qtbot, qt_desk, net, memory_keyring):
    dialog = make_dialog(qtbot, qt_desk, net)
    fill(dialog, closed_port_url())
    assert run_test(qtbot, dialog).startswith("The site is unreachable")


def test_plain_http_to_a_remote_host_needs_https(qtbot, qt_desk, net, memory_keyring):
    dialog = make_dialog(qtbot, qt_desk, net)
    fill(dialog, "http://news.example.com")
    text = run_test(qtbot, dialog)
    assert text.startswith("HTTPS required") and "https://" in text


def test_a_page_that_is_not_wordpress_is_named(qtbot, qt_desk, net, fake_wp, memory_keyring):
    fake_wp.mode = "html"
    dialog = make_dialog(qtbot, qt_desk, net)
    fill(dialog, fake_wp.url)
    assert "does not look like a WordPress REST API" in run_test(qtbot, dialog)


def test_no_usable_keychain_says_so_and_how_to_fix_it(qtbot, qt_desk, net, fake_wp, no_keychain):
    dialog = make_dialog(qtbot, qt_desk, net)
    fill(dialog, fake_wp.url)
    text = run_test(qtbot, dialog)  # the account is fine, the keychain is not
    assert "(editor)" in text and "no usable keychain" in text and "gnome-keyring" in text
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Not saved"), timeout=5000)
    text = dialog.result_label.text()
    assert "No usable keychain" in text and "Secret Service" in text and "dbus-run-session" in text
    assert PASSWORD not in text
    assert dialog.isVisible() and dialog.password_edit.text() == PASSWORD  # nothing lost: fix it and save again
    assert qt_desk.desk.sites.list() == []


def test_save_keeps_the_password_in_the_keychain_and_clears_the_field(qtbot, qt_desk, net, fake_wp, memory_keyring):
    dialog = make_dialog(qtbot, qt_desk, net)
    fill(dialog, fake_wp.url)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save_button.click()
    view = saved.args[0]
    assert (view.name, view.url, view.username) == ("Gazette", fake_wp.url, USER)
    assert dialog.password_edit.text() == "" and not dialog.isVisible()
    assert list(memory_keyring.data.values()) == [PASSWORD]
    settings = qt_desk.desk.paths.settings_file
    assert not settings.exists() or PASSWORD not in settings.read_text(encoding="utf-8", errors="replace")


def test_re_entering_a_password_unpauses_the_site(qtbot, qt_desk, net, memory_keyring):
    sites = qt_desk.desk.sites
    view = sites.add("Gazette", "http://127.0.0.1:9", USER, "old password")
    sites.set_state(view.id, PAUSED, auth_message(USER))
    dialog = make_dialog(qtbot, qt_desk, net, sites.get("Gazette"))
    assert dialog.url_edit.isReadOnly() and dialog.name_edit.text() == "Gazette"
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    assert sites.get("Gazette").state != PAUSED
    assert list(memory_keyring.data.values()) == [PASSWORD]


def byline_items(dialog: AccountDialog) -> list[tuple[str, str | None]]:
    combo = dialog.byline_combo
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_byline_field_is_chosen_among_the_fields_the_site_exposes(qtbot, qt_desk, net, fake_wp, memory_keyring):
    dialog = make_dialog(qtbot, qt_desk, net)
    assert [data for _text, data in byline_items(dialog)] == [None, ""]  # nothing known before the test
    assert "Test the connection" in dialog.authors_label.text()
    fill(dialog, fake_wp.url)
    run_test(qtbot, dialog)
    assert byline_items(dialog) == [
        ("Detect automatically", None),
        ("None (byline at the top of the story or left out)", ""),
        ("subtitle", "subtitle"),
        ("writer_credit", "writer_credit"),
    ]
    assert dialog.authors_label.text() == "3 authors on the site"
    dialog.byline_combo.setCurrentIndex(3)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save_button.click()
    assert saved.args[0].byline_field_setting == "writer_credit"
    stored = qt_desk.desk.sites.get("Gazette")  # read back from the store, as the CLI and sync see it
    assert (stored.byline_field_setting, stored.byline_field) == ("writer_credit", "writer_credit")


def test_reopening_a_site_shows_its_byline_field_and_none_can_be_chosen(qtbot, qt_desk, net, memory_keyring):
    sites = qt_desk.desk.sites
    sites.add("Gazette", "http://127.0.0.1:9", USER, "old password")
    sites.set_byline_field("Gazette", "writer_credit")
    dialog = make_dialog(qtbot, qt_desk, net, sites.get("Gazette"))
    assert dialog.byline_choice() == "writer_credit"  # a choice the dialog has not re-learned stays shown
    assert "Test the connection" in dialog.authors_label.text()  # not checked yet: no count to show
    dialog.byline_combo.setCurrentIndex(1)
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    stored = sites.get("Gazette")
    assert (stored.byline_field_setting, stored.byline_field) == ("", None)


def test_closing_the_dialog_clears_the_password(qtbot, qt_desk, net):
    dialog = make_dialog(qtbot, qt_desk, net)
    dialog.password_edit.setText(PASSWORD)
    dialog.reject()
    assert dialog.password_edit.text() == ""


# ----------------------------------------------------------------------------- status widget
def _view(**changes: object) -> SiteView:
    base = dict(id=1, name="Daily", url="https://daily.example", username=USER, role="editor", capabilities={},
                timezone="UTC", state="online", state_message="", last_pull=None, pending=3, conflicts=1,
                failed=0)  # fmt: skip
    base.update(changes)
    return SiteView(**base)  # type: ignore[arg-type]


def test_site_line_is_compact():
    assert site_line(_view()) == "Daily · online · 3 pending · 1 conflict"
    assert site_line(_view(pending=0, conflicts=2, state="offline")) == "Daily · offline · 0 pending · 2 conflicts"
    assert site_line(_view(state="unknown", conflicts=0)) == "Daily · not checked yet · 3 pending"


def test_a_paused_site_shows_the_reason_and_re_enter_password(qtbot, qt_desk):
    status = SiteStatusWidget(qt_desk.desk, qt_desk.lane)
    qtbot.addWidget(status)
    status.show()
    status.show_sites([_view(state=PAUSED, state_message=auth_message(USER), conflicts=0), _view(id=2, name="Ok")])
    line = status.line("Daily")
    assert line.startswith("Daily · paused: the site refused the application password for editor")
    paused, fine = status.entries["Daily"], status.entries["Ok"]
    assert paused.password_button.isVisible() and not fine.password_button.isVisible()
    assert "Users → Profile → Application Passwords" in paused.toolTip()
    with qtbot.waitSignal(status.password_requested) as asked:
        paused.password_button.click()
    assert asked.args == ["Daily"]


def test_refresh_reads_the_sites_through_the_store_lane(qtbot, qt_desk, memory_keyring):
    qt_desk.desk.sites.add("Gazette", "http://127.0.0.1:9", USER, PASSWORD)
    status = SiteStatusWidget(qt_desk.desk, qt_desk.lane)
    qtbot.addWidget(status)
    with qtbot.waitSignal(status.refreshed, timeout=5000):
        status.refresh()
    pending = qt_desk.desk.sites.get("Gazette").pending  # the standard sections wait to be sent too
    assert status.line("Gazette") == f"Gazette · not checked yet · {pending} pending"


# ----------------------------------------------------------------------------- controller
class GatedRunner:
    """A sync stand-in: reports progress, then waits for the test to let it finish."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls: list[tuple[str, bool]] = []

    def __call__(self, desk: Desk, site: str, *, progress, claim_unassigned: bool = False, write=None) -> SyncReport:
        self.calls.append((site, claim_unassigned))
        progress(SyncProgress(site, "check", 0, 1))
        progress(SyncProgress(site, "pull", 0, 0))
        progress(SyncProgress(site, "pull", 2, 4))
        assert self.release.wait(10)
        progress(SyncProgress(site, "push", 1, 1))
        return SyncReport(site=site)


@pytest.fixture
def one_site(qt_desk, memory_keyring) -> Desk:
    qt_desk.desk.sites.add("Gazette", "http://127.0.0.1:9", USER, PASSWORD)
    return qt_desk.desk


def make_controller(qtbot, qt_desk, net: Lane, runner) -> tuple[SyncController, SiteStatusWidget]:
    controller = SyncController(qt_desk.desk, qt_desk.lane, net, runner=runner)
    status = SiteStatusWidget(qt_desk.desk, qt_desk.lane)
    qtbot.addWidget(status)
    status.attach(controller)
    status.show()
    return controller, status


def test_the_progress_bar_follows_progress_signals(qtbot, qt_desk, net, one_site):
    runner = GatedRunner()
    controller, status = make_controller(qtbot, qt_desk, net, runner)
    seen: list[tuple[str, str, int, int]] = []
    controller.progress.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(controller.started, timeout=5000):
        assert controller.sync("Gazette")
    qtbot.waitUntil(lambda: ("Gazette", "pull", 2, 4) in seen, timeout=5000)
    bar = status.progress_bar
    assert bar.isVisible() and (bar.value(), bar.maximum()) == (2, 4)
    assert bar.format() == "Gazette: Pulling 2/4"
    runner.release.set()
    with qtbot.waitSignal(controller.finished, timeout=5000) as done:
        pass
    assert done.args[0].site == "Gazette"
    assert seen[-1] == ("Gazette", "push", 1, 1) and not bar.isVisible()
    assert runner.calls == [("Gazette", True)]  # the only site takes local work not linked to a site yet


def test_a_second_sync_of_the_same_site_is_refused_while_one_runs(qtbot, qt_desk, net, one_site):
    runner = GatedRunner()
    controller, _status = make_controller(qtbot, qt_desk, net, runner)
    notes: list[str] = []
    controller.notice.connect(notes.append)
    assert controller.sync("Gazette")
    assert not controller.sync("Gazette")  # refused at once, before the first even reached the pool
    qtbot.waitUntil(lambda: len(runner.calls) == 1, timeout=5000)
    assert not controller.sync("Gazette")
    assert notes and "already syncing" in notes[-1]
    runner.release.set()
    with qtbot.waitSignal(controller.finished, timeout=5000):
        pass
    assert len(runner.calls) == 1 and not controller.is_running("Gazette")
    runner.release.clear()
    assert controller.sync("Gazette")  # once finished, a new sync may start
    qtbot.waitUntil(lambda: len(runner.calls) == 2, timeout=5000)
    runner.release.set()
    with qtbot.waitSignal(controller.finished, timeout=5000):
        pass


class SlowCms:
    """Just enough of a CMS for a real `sync_site`: an empty site whose post pages come slowly."""

    def __init__(self, pages: int = 6, delay: float = 0.15) -> None:
        self.pages, self.delay = pages, delay

    def whoami(self) -> RemoteUser:
        return RemoteUser(7, "Eri Editor", USER, ("editor",), {"edit_posts": True, "publish_posts": True})

    def site_info(self) -> SiteInfo:
        return SiteInfo("Slow Gazette", "http://127.0.0.1:9", "http://127.0.0.1:9/wp-json/", 0.0, "UTC", ("wp/v2",))

    def list_terms(self, taxonomy: str) -> list:
        return []

    def list_authors(self) -> list:
        return []

    def post_meta_fields(self) -> tuple[str, ...]:
        return ()

    def iter_post_pages(self, *, modified_after: datetime | None = None, status: str = "any") -> Iterator[Page]:
        for n in range(1, self.pages + 1):
            time.sleep(self.delay)
            yield Page((), n, self.pages, 0)

    def close(self) -> None:
        pass


def test_a_slow_sync_never_blocks_the_gui_thread(qtbot, qt_desk, net, one_site):
    cms = SlowCms()
    controller, status = make_controller(
        qtbot, qt_desk, net, lambda desk, site, **kw: sync_site(desk, site, cms, retry_budget_s=0, **kw)
    )
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    with qtbot.waitSignal(controller.finished, timeout=15_000) as done:
        controller.sync("Gazette")
    timer.stop()
    took = time.monotonic() - started
    assert took >= cms.pages * cms.delay
    assert len(ticks) >= took / 0.02 * 0.5  # the event loop kept running all along
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 0.5
    assert done.args[0].state == "online"
    qtbot.waitUntil(lambda: status.line("Gazette").startswith("Gazette · online · "), timeout=5000)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (KeychainUnavailable("No usable keychain: no system keychain was found. Install gnome-keyring"), "keychain"),
        (SyncBusy("this site is being synced by another Copydesk window or command; try again"), "try again"),
        (RuntimeError("boom"), "stopped unexpectedly"),
    ],
)
def test_failures_become_messages_that_say_what_to_do(qtbot, qt_desk, net, one_site, error, words):
    def runner(desk: Desk, site: str, **_kw: object) -> SyncReport:
        raise error

    controller, status = make_controller(qtbot, qt_desk, net, runner)
    with qtbot.waitSignal(controller.failed, timeout=5000) as failed:
        controller.sync("Gazette")
    site, message = failed.args
    assert site == "Gazette" and words in message and message.startswith("Gazette: ")
    assert not controller.is_running("Gazette") and not status.progress_bar.isVisible()


def test_sync_without_a_site_says_how_to_add_one(qtbot, qt_desk, net):
    controller, _status = make_controller(qtbot, qt_desk, net, GatedRunner())
    with qtbot.waitSignal(controller.failed, timeout=5000) as failed:
        controller.sync()
    assert "Add Site" in failed.args[1]


# ----------------------------------------------------------------------------- conflicts
def _make_conflict(desk: Desk) -> str:
    from sqlalchemy import select

    from editor_app.core.store.models import Article

    article = desk.articles.create(title="Harbour fire", body="Mine: the fire started at dawn.")
    with desk.store.write() as s:
        row = s.scalars(select(Article).where(Article.id == article.id)).one()
        theirs = Text("Harbour fire", "", "Theirs: the fire started at night.")
        record_conflict(s, row, theirs, datetime(2026, 11, 2, tzinfo=UTC), status="publish")
    return article.id


def test_conflicts_list_opens_the_three_way_view_and_resolves(qtbot, qt_desk, net):
    desk = qt_desk.desk
    article_id = _make_conflict(desk)
    controller = SyncController(desk, qt_desk.lane, net)
    dialog = controller.open_conflicts()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert "Harbour fire — edited here and on the site" in dialog.list.item(0).text()
    view = dialog.resolve_selected()
    assert view is not None and view.isVisible()
    changed: list[str] = []
    controller.article_changed.connect(changed.append)
    with qtbot.waitSignal(controller.conflicts_changed, timeout=5000) as counted:
        view.keep_theirs_button.click()
    assert counted.args == [0] and changed == [article_id]
    assert desk.articles.get(article_id).body == "Theirs: the fire started at night."
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=5000)


# ----------------------------------------------------------------------------- the Site menu
def test_install_adds_the_site_menu_and_the_status(qtbot, main_window, net, memory_keyring):
    window = main_window
    runner = GatedRunner()
    qtbot.waitUntil(lambda: window.sync is not None, timeout=5000)  # installed right after start-up
    controller = window.sync
    controller.runner = runner  # no site to reach in this test
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Site")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Add Site…", "&Re-enter Password", "&Sync Now", "&Conflicts…", "&Publish Now", "Sc&hedule…",
                     "Publish &Queue…", "Refresh Site &Look", "Preview in the Site's Look",
                     "Keep the Site's Header and Footer"]
    sync_now = window.findChild(QAction, "action_sync_now")
    assert sync_now.shortcut() == QKeySequence("F5")
    others = [a for a in window.findChildren(QAction) if a is not sync_now and QKeySequence("F5") in a.shortcuts()]
    assert others == []  # F5 is not ambiguous
    status = window.findChild(SiteStatusWidget)
    assert status is not None and status.isVisible()
    qtbot.waitUntil(lambda: status.empty_label.isVisible(), timeout=5000)
    dialog = window.findChild(QAction, "action_add_site")
    dialog.trigger()
    account = window.findChild(AccountDialog)
    assert account is not None and account.isVisible()
    account.reject()


def test_publish_now_queues_the_current_article_and_syncs_its_site(qtbot, main_window, net, memory_keyring, demo_ids):
    window = main_window
    window.desk.sites.add("Gazette", "http://127.0.0.1:9", USER, PASSWORD)
    runner = GatedRunner()
    runner.release.set()
    qtbot.waitUntil(lambda: window.sync is not None, timeout=5000)
    controller = window.sync
    controller.runner = runner
    window.desk.articles.update(demo_ids[0], byline="")  # a byline asks first: see the test below
    window.open_article(demo_ids[0])
    qtbot.waitUntil(lambda: (e := window.current_editor()) is not None and e.article_id == demo_ids[0], timeout=5000)
    notes: list[str] = []
    controller.notice.connect(notes.append)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        window.findChild(QAction, "action_publish_now").trigger()
        publish_anyway(qtbot, window)  # the demo story has warnings (no featured image, site offline)
    assert notes and notes[0].startswith("Publish queued for Gazette")
    assert window.desk.articles.get(demo_ids[0]).status == "publish"
    assert runner.calls == [("Gazette", True)]


@pytest.mark.parametrize("answer", ["top", "drop", "cancel"])
def test_a_byline_with_nowhere_to_go_asks_before_publishing(
    qtbot, main_window, net, memory_keyring, demo_ids, answer: str
):
    from editor_app.ui.sync.byline_choice import BylineChoiceDialog

    window = main_window
    window.desk.sites.add("Gazette", "http://127.0.0.1:9", USER, PASSWORD)
    article_id = demo_ids[0]
    window.desk.articles.update(article_id, byline="A Freelancer")
    runner = GatedRunner()
    runner.release.set()
    qtbot.waitUntil(lambda: window.sync is not None, timeout=5000)
    window.sync.runner = runner
    window.open_article(article_id)
    qtbot.waitUntil(lambda: (e := window.current_editor()) is not None and e.article_id == article_id, timeout=5000)
    window.findChild(QAction, "action_publish_now").trigger()
    assert "byline_unresolved" in publish_anyway(qtbot, window)  # the sheet says the question comes
    qtbot.waitUntil(lambda: (d := window.findChild(BylineChoiceDialog)) is not None and d.isVisible(), timeout=5000)
    dialog = window.findChild(BylineChoiceDialog)
    assert "A Freelancer" in dialog.text()
    assert window.desk.publish_queue.list() == []  # nothing queued before the answer
    if answer == "cancel":
        dialog.cancel.click()
        qtbot.waitUntil(lambda: "byline question was cancelled" in window.statusBar().currentMessage(), timeout=5000)
        assert window.desk.publish_queue.list() == []
        assert runner.calls == []
        return
    with qtbot.waitSignal(window.sync.finished, timeout=10_000):
        (dialog.top if answer == "top" else dialog.drop).click()
    assert runner.calls == [("Gazette", True)]
    assert len(window.desk.publish_queue.list()) == 1
    placement = window.desk.publishing.byline_plan(article_id).placement
    assert placement == ("block" if answer == "top" else "drop")
