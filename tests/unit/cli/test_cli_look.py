"""`copydesk render ID --look site|desk` from a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COPYDESK_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", str(data), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def test_render_look_choice_and_its_fallback_note(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    assert run(data, "init").returncode == 0
    made = run(data, "article", "new", "--title", "Local only")
    assert made.returncode == 0, made.stderr
    article_id = made.stdout.strip().splitlines()[-1]

    desk = run(data, "render", article_id, "--look", "desk")
    assert desk.returncode == 0, desk.stderr
    assert 'class="look-note"' not in desk.stdout and "<h1" in desk.stdout

    site = run(data, "render", article_id, "--look", "site")
    assert site.returncode == 0, site.stderr
    assert 'class="look-note"' in site.stdout
    assert "Shown in the desk&#x27;s template: this article belongs to no site." in site.stdout

    bad = run(data, "render", article_id, "--look", "theirs")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
