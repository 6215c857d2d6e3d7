"""A killed demo's throwaway folder is removed when the next demo starts; a live one's is not."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="demo folders are locked with flock")


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_DATA_DIR"}
    env.update(TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen")
    return env


def _start_demo(tmp: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "editor_app", "demo"], env=_env(tmp),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait_for_folders(tmp: Path, count: int, timeout: float = 90) -> list[Path]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready = [f for f in tmp.glob("copydesk-demo-*") if (f / "copydesk.sqlite3").exists()]
        if len(ready) >= count:
            return sorted(ready)
        time.sleep(0.2)
    raise AssertionError(f"no {count} demo folders in {tmp}: {list(tmp.iterdir())}")


def test_a_killed_demo_folder_goes_at_the_next_start_a_live_one_stays(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    killed = _start_demo(tmp)
    live = subprocess.Popen(  # another desk that is still running: holds its folder's lock
        [sys.executable, "-c", "import time; from editor_app.core import demo_folders as d; "
         "f, _ = d.claim(); (f / 'copydesk.sqlite3').touch(); print(f, flush=True); time.sleep(300)"],
        env=_env(tmp), stdout=subprocess.PIPE, text=True,
    )
    second: subprocess.Popen[bytes] | None = None
    try:
        live_folder = Path(live.stdout.readline().strip())  # type: ignore[union-attr]
        folders = _wait_for_folders(tmp, 2)
        killed_folder = next(f for f in folders if f != live_folder)
        time.sleep(1.0)  # let it fill its sample articles
        killed.send_signal(signal.SIGKILL)
        killed.wait(30)
        assert killed_folder.exists()  # a kill runs no clean-up

        second = _start_demo(tmp)
        deadline = time.monotonic() + 90
        while killed_folder.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not killed_folder.exists()
        assert live_folder.exists()
        _wait_for_folders(tmp, 2)  # the new demo's own folder, beside the live one
    finally:
        for proc in (killed, live, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(30)
