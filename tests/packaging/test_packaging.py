"""Packaging: the desktop entry and AppStream metadata pass their validators, the icon set is
complete, and (slow) the PyInstaller bundle builds with the documented command and starts."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from editor_app import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def run_tool(*cmd: str) -> subprocess.CompletedProcess:
    tool = shutil.which(cmd[0])
    assert tool, f"{cmd[0]} is missing: scripts/setup.sh test installs it"
    return subprocess.run([tool, *cmd[1:]], capture_output=True, text=True, timeout=120)


def test_desktop_entry_validates_and_opens_markdown_files() -> None:
    entry = PACKAGING / "copydesk.desktop"
    result = run_tool("desktop-file-validate", str(entry))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    lines = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert lines["Exec"] == "copydesk open %F"
    assert "text/markdown;" in lines["MimeType"]
    assert lines["Icon"] == "copydesk"


def test_metainfo_validates() -> None:
    metainfo = PACKAGING / "io.github.copydesk.Copydesk.metainfo.xml"
    result = run_tool("appstreamcli", "validate", "--no-net", str(metainfo))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_icon_set_has_every_size(qapp) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    hicolor = ROOT / "resources" / "icons" / "hicolor"
    assert QSvgRenderer(str(hicolor / "scalable" / "apps" / "copydesk.svg")).isValid()
    for size in ICON_SIZES:
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / "copydesk.png"))
        assert (image.width(), image.height()) == (size, size)


# --------------------------------------------------------------------------- the bundle
def _children(pid: int) -> list[tuple[int, str]]:
    """(pid, command name) of every descendant of `pid`, from /proc."""
    parents: dict[int, tuple[int, str]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        ppid = int(text[text.rindex(")") + 2 :].split()[1])
        parents[int(stat.parent.name)] = (ppid, name)
    found, frontier = [], {pid}
    while frontier:
        step = [(p, n) for p, (pp, n) in parents.items() if pp in frontier]
        found += step
        frontier = {p for p, _ in step}
    return found


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """Built once with the documented command, scripts/bundle.sh, into a temporary folder."""
    dist = tmp_path_factory.mktemp("bundle")
    result = subprocess.run([str(ROOT / "scripts" / "bundle.sh"), str(dist)], capture_output=True, text=True,
                            timeout=1500)
    assert result.returncode == 0, result.stderr[-4000:]
    exe = dist / "copydesk" / "copydesk"
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


def bundle_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp))
    env.pop("COPYDESK_DATA_DIR", None)
    return env


@pytest.mark.slow
def test_bundle_reports_its_version_dictionaries_and_keychain_backends(bundle: Path, tmp_path: Path) -> None:
    version = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, timeout=60,
                             env=bundle_env(tmp_path))
    assert version.returncode == 0 and version.stdout.strip() == f"copydesk {__version__}"
    about = subprocess.run([str(bundle), "--data-dir", str(tmp_path / "desk"), "about", "--json"],
                           capture_output=True, text=True, timeout=60, env=bundle_env(tmp_path))
    assert about.returncode == 0, about.stderr
    info = json.loads(about.stdout)
    assert {"en_US", "en_GB", "ko_KR"} <= set(info["spelling_dictionaries"])
    assert "SecretService" in info["keyring_backends"]
    assert info["qt"].startswith("6.")
    assert (bundle.parent / "_internal" / "resources" / "preview" / "article.html").is_file()


@pytest.mark.slow
def test_bundle_runs_the_demo_with_its_window_and_web_engine(qapp, bundle: Path, tmp_path: Path) -> None:
    from editor_app.ui.single_instance import send_request, server_name

    proc = subprocess.Popen([str(bundle), "demo"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=bundle_env(tmp_path), start_new_session=True)
    try:
        answer, web_engine = None, []
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None and not (answer and web_engine):
            time.sleep(0.5)
            stores = list(tmp_path.glob("copydesk-demo-*/copydesk.sqlite3"))
            if stores and answer is None:
                answer = send_request(server_name(stores[0]), {"action": "activate"})
            web_engine = [n for _, n in _children(proc.pid) if n.startswith("QtWebEngine")]
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        assert answer is not None and answer["ok"] is True  # the window is up and its event loop answers
        assert web_engine, "the preview's web engine did not start"
        time.sleep(3)  # a few seconds of running the demo
        assert proc.poll() is None
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        proc.communicate(timeout=30)
