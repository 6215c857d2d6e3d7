"""`copydesk about`: versions, the spelling dictionaries and keychain backends this install has."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor_app import __version__


def test_about_lists_versions_dictionaries_backends_and_folders(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_DATA_DIR"}
    r = subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", str(tmp_path / "desk"), "about", "--json"],
                       capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["version"] == __version__
    assert info["qt"].startswith("6.")
    assert {"en_US", "en_GB", "ko_KR"} <= set(info["spelling_dictionaries"])  # installed by scripts/setup.sh
    assert "SecretService" in info["keyring_backends"]
    assert info["log_dir"] == str((tmp_path / "desk" / "logs").resolve())
    assert not (tmp_path / "desk").exists()  # about reads, never creates a desk
