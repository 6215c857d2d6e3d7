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
