"""Desktop integration: `copydesk open ID|FILE.md` hands articles to the desk running on the
store (or starts one), a second launch brings the first forward, a desk that does not answer is
reported as in use; Help → Show Logs and About."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from editor_app import __version__
from editor_app.core.services.sites import SiteCheck
from editor_app.ui.about import about_text
from editor_app.ui.single_instance import InstanceServer, answer_launch, send_request, server_name

NOTE = """---
title: 台風10号、週末に接近
tags: [台風, 交通]
lang: ja
dek: 交通機関に影響のおそれ
---
気象庁によると、台風は週末に接近する見込み。
"""


def copydesk(data_dir: Path, *args: str, tmpdir: Path | None = None) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if tmpdir is not None:
        env["TMPDIR"] = str(tmpdir)
    return subprocess.Popen(
        [sys.executable, "-m", "editor_app", "--data-dir", str(data_dir), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finish(qtbot, proc: subprocess.Popen, timeout: int = 30_000) -> tuple[int, str]:
    """Let the window answer while the second launch runs; its exit code and stderr."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=timeout)
    _out, err = proc.communicate()
    return proc.returncode, err


@pytest.fixture
def running(qtbot, make_window, demo_ids):
    """The workstation on the test desk, listening for later launches as `copydesk` does."""
    window = make_window(reopen=False)
    server = InstanceServer(server_name(window.desk.paths.store_file), lambda r: answer_launch(window, r), window)
    assert server.listen()
    yield window
    server.close()


def test_open_by_id_prefix_goes_to_the_running_desk(qtbot, running, demo_ids) -> None:
    window = running
    target = demo_ids[3]
    code, err = finish(qtbot, copydesk(window.desk.paths.data_dir, "open", target[:8]))
    assert code == 0, err
    assert "already open" in err
    qtbot.waitUntil(lambda: window.current_editor() is not None and window.current_editor().article_id == target,
                    timeout=5000)


def test_open_a_markdown_file_imports_it_with_its_front_matter(qtbot, running, tmp_path) -> None:
    window = running
    note = tmp_path / "typhoon.md"
    note.write_text(NOTE, encoding="utf-8")
    code, err = finish(qtbot, copydesk(window.desk.paths.data_dir, "open", str(note)))
    assert code == 0, err
    qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=5000)
    editor = window.current_editor()
    article = window.desk.articles.get(editor.article_id)
    assert (article.title, article.lang, article.dek) == ("台風10号、週末に接近", "ja", "交通機関に影響のおそれ")
    assert sorted(article.tags) == sorted(["台風", "交通"])
    assert editor.body.toPlainText().startswith("気象庁によると")
    assert note.read_text(encoding="utf-8") == NOTE  # the file itself is left as it was


def test_bad_open_arguments_are_clear_errors_and_start_nothing(qtbot, running, tmp_path) -> None:
    code, err = finish(qtbot, copydesk(running.desk.paths.data_dir, "open", str(tmp_path / "missing.md")))
    assert code == 2 and "missing.md: no such Markdown file" in err
    code, err = finish(qtbot, copydesk(running.desk.paths.data_dir, "open", "ffffffffffff"))
    assert code != 0 and "ffffffffffff" in err
    assert running.tabs.count() == 0


def test_a_second_launch_brings_the_first_window_forward(qtbot, running) -> None:
    window = running
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    code, err = finish(qtbot, copydesk(window.desk.paths.data_dir))
    assert code == 0, err
    assert "already open" in err
    assert not window.isMinimized() and window.isVisible()


def test_a_second_launch_with_another_temporary_folder_finds_the_first(qtbot, running, tmp_path) -> None:
    # The socket must not live in $TMPDIR, or each launch looks in its own and opens the store twice.
    code, err = finish(qtbot, copydesk(running.desk.paths.data_dir, tmpdir=tmp_path))
    assert code == 0, err
    assert "already open" in err


def test_a_desk_that_does_not_answer_is_reported_in_use(qtbot, running) -> None:
    # The window is busy (no events processed while the second launch waits): it never answers.
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(running.desk.paths.data_dir)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
    )
    assert result.returncode == 1
    assert "is in use" in result.stderr and "--data-dir" in result.stderr


def test_open_starts_a_desk_when_none_runs(tmp_path, qtbot) -> None:
    note = tmp_path / "typhoon.md"
    note.write_text(NOTE, encoding="utf-8")
    data_dir = tmp_path / "fresh-desk"
    proc = copydesk(data_dir, "open", str(note))
    try:
        name = server_name(data_dir / "copydesk.sqlite3")
        answer: dict | None = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            answer = send_request(name, {"action": "activate"})
            if answer and answer.get("open"):
                break
            time.sleep(0.3)
        assert answer is not None and len(answer["open"]) == 1, proc.poll()
        assert (data_dir / "logs" / "copydesk.log").is_file()  # the desk logs into its own folder
        assert "opened the desk" in (data_dir / "logs" / "copydesk.log").read_text(encoding="utf-8")
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_show_logs_opens_the_log_folder(qtbot, main_window) -> None:
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")  # Qt's own routing of opened URLs
    try:
        help_menu = main_window.menuBar().actions()[-1].menu()
        assert main_window.actions["show_logs"] in help_menu.actions()
        main_window.actions["show_logs"].trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(main_window.desk.paths.logs_dir)]
    assert main_window.desk.paths.logs_dir.is_dir()


def test_about_names_the_versions_of_the_app_qt_and_each_site(qt_desk, memory_keyring) -> None:
    from PySide6.QtCore import qVersion

    desk = qt_desk.desk
    gazette = desk.sites.add("Gazette", "http://127.0.0.1:9", "eri", "abcd efgh ijkl mnop qrst uvwx")
    desk.sites.add("Herald", "http://127.0.0.1:8", "eri", "abcd efgh ijkl mnop qrst uvwx")
    desk.sites.record_account(gazette.id, SiteCheck(7, "Eri", "editor", {}, "UTC", "Gazette", "ok", "6.8.3"))
    text = about_text(desk.paths, desk.sites.list())
    assert f"Copydesk {__version__}" in text
    assert f"Qt {qVersion()}" in text
    assert "Gazette: WordPress 6.8.3" in text
    assert "Herald: version not known yet" in text
    assert "abcd" not in text
    assert json  # the wire format of launches is JSON (see single_instance)
