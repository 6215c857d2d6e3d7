"""The log file: inside the data folder when one is given (else the platform's log folder), rotated."""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs

from editor_app.core.logs import BACKUPS, LOG_FILE, MAX_BYTES, install_file_log, remove_file_log
from editor_app.core.paths import AppPaths


def test_logs_live_in_the_given_data_folder_or_the_platforms(tmp_path: Path, monkeypatch) -> None:
    assert AppPaths.resolve(tmp_path / "desk").logs_dir == (tmp_path / "desk" / "logs").resolve()
    monkeypatch.delenv("COPYDESK_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert AppPaths.resolve().logs_dir == Path(platformdirs.user_log_dir("Copydesk", appauthor=False))
    assert str(AppPaths.resolve().logs_dir).startswith(str(tmp_path / "state"))


def test_the_log_file_rotates(tmp_path: Path) -> None:
    path = install_file_log(tmp_path / "logs")
    assert path == tmp_path / "logs" / LOG_FILE
    assert install_file_log(tmp_path / "logs") == path  # installing twice adds no second handler
    log = logging.getLogger("editor_app.test")
    try:
        line = "x" * 1000
        for _ in range((BACKUPS + 2) * MAX_BYTES // 1000):
            log.info(line)
    finally:
        remove_file_log(path)
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == [LOG_FILE] + [f"{LOG_FILE}.{i}" for i in range(1, BACKUPS + 1)]
    assert all(p.stat().st_size <= MAX_BYTES + 2000 for p in (tmp_path / "logs").iterdir())
    assert "INFO    editor_app.test" in path.read_text(encoding="utf-8")


def test_an_unwritable_log_folder_is_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder should be")
    assert install_file_log(blocker) is None
