"""With --data-dir, the desk writes nothing under the home folder: Qt's caches included."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def _run_cli(env: dict[str, str], data: Path, *args: str) -> None:
    result = subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", str(data), *args],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_gui_with_a_data_dir_leaves_home_empty(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "desk"
    env = {k: v for k, v in os.environ.items()
           if k not in ("COPYDESK_DATA_DIR", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    _run_cli(env, data, "init")
    _run_cli(env, data, "article", "new", "--title", "Preview me")
    gui = subprocess.Popen([sys.executable, "-m", "editor_app", "--data-dir", str(data)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(12)  # window, list, and the preview's web engine are up by then
        assert gui.poll() is None, "the workstation stopped by itself"
    finally:
        gui.terminate()
        gui.wait(30)
    assert sorted(str(p.relative_to(home)) for p in home.rglob("*")) == []
    assert (data / "cache" / "xdg-cache").is_dir()  # where Qt and its libraries were sent
