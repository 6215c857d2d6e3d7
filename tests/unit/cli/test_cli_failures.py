"""Commands on full disks and read-only folders: a plain line on stderr, exit 1, nothing left over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from small_fs import fill, remount_read_only, small_disk


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(data), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )


def _plain_failure(result: subprocess.CompletedProcess[str], *phrases: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("copydesk: "), result.stderr
    for phrase in phrases:
        assert phrase in lines[0]


def test_init_in_a_read_only_folder(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 256) as disk:
        remount_read_only(disk)
        result = run(disk / "desk", "init")
        _plain_failure(result, "cannot be written", "--data-dir")
        assert list(disk.iterdir()) == []


def test_init_on_a_full_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 1024) as disk:
        fill(disk, leave_bytes=8 * 1024)
        result = run(disk / "desk", "init")
        _plain_failure(result, "the disk is full")
        assert [p.name for p in disk.iterdir()] == ["filler.bin"]
        (disk / "filler.bin").unlink()
        assert run(disk / "desk", "init").returncode == 0  # nothing half-made was in the way


def test_article_new_on_a_read_only_store(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 1024) as disk:
        desk = disk / "desk"
        assert run(desk, "init").returncode == 0
        before = sorted(p.name for p in desk.iterdir())
        remount_read_only(disk)
        result = run(desk, "article", "new", "--title", "Cannot land")
        _plain_failure(result, "read-only", "nothing was saved")
        assert sorted(p.name for p in desk.iterdir()) == before  # no -wal or -shm beside it
        listed = run(desk, "article", "list")
        assert listed.returncode == 0, listed.stderr  # reading still works


def test_article_edit_on_a_full_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 2048) as disk:
        desk = disk / "desk"
        assert run(desk, "init").returncode == 0
        made = run(desk, "article", "new", "--title", "Filling up")
        ref = made.stdout.strip().splitlines()[-1]
        body = tmp_path / "body.md"  # outside the small disk
        body.write_text("Late copy. " * 30_000, encoding="utf-8")
        fill(disk, leave_bytes=64 * 1024)
        result = run(desk, "article", "edit", ref, "--body-file", str(body))
        _plain_failure(result, "the disk is full", "nothing was saved")
        shown = run(desk, "article", "show", ref, "--json")
        assert shown.returncode == 0 and "Late copy." not in shown.stdout  # the last good save stands


def test_a_damaged_store_is_refused_and_its_articles_can_be_copied_out(tmp_path: Path) -> None:
    import sqlite3

    from editor_app.core.desk import Desk
    from editor_app.core.paths import AppPaths

    desk = tmp_path / "desk"
    assert run(desk, "init").returncode == 0
    opened = Desk.open(AppPaths.resolve(desk), create=False)
    ids = [opened.articles.create(f"Story {n}", body=f"Body {n} " + "text " * 800).id for n in range(40)]
    opened.close()
    store = desk / "copydesk.sqlite3"
    data = store.read_bytes()
    db = sqlite3.connect(store)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'ix_revisions_article'").fetchone()[0]
    db.close()
    damaged = bytearray(data)
    damaged[(root - 1) * page_size:root * page_size] = b"\xa5" * page_size  # one index page is garbage
    store.write_bytes(bytes(damaged))
    before = store.read_bytes()

    refused = run(desk, "article", "list")
    assert refused.returncode == 2 and "failed its integrity check" in refused.stderr, refused.stderr
    assert "copydesk rescue export FOLDER" in refused.stderr and "Traceback" not in refused.stderr
    assert "rescue restore" not in refused.stderr  # there is no before-upgrade copy to offer

    out = tmp_path / "rescued"
    rescued = run(desk, "rescue", "export", str(out))
    assert rescued.returncode == 0, rescued.stderr
    files = sorted(out.glob("*.md"))
    assert len(files) == len(ids)
    assert all(f"Body {n} " in "".join(p.read_text(encoding="utf-8") for p in files) for n in range(40))
    assert store.read_bytes() == before  # never written

    # With a copy from before an upgrade, the desk offers it and puts it back on request.
    (desk / "copydesk.sqlite3.before-upgrade-v1").write_bytes(data)
    assert "copydesk rescue restore" in run(desk, "article", "list").stderr
    restored = run(desk, "rescue", "restore")
    assert restored.returncode == 0, restored.stderr
    assert store.read_bytes() == data
    assert [p.read_bytes() for p in desk.glob("copydesk.sqlite3.damaged-*")] == [before]
    assert run(desk, "article", "list").returncode == 0
