"""Helpers for the sync integration tests (not a test module).

``EnvFileKeyring`` lets a ``copydesk`` child process use the same isolated, file-backed
keychain as the test: select it with ``PYTHON_KEYRING_BACKEND=sync_support.EnvFileKeyring``
and point ``COPYDESK_TEST_KEYRING`` at the file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from jaraco.classes import properties
from keyring_support import FileKeyring

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


class EnvFileKeyring(FileKeyring):
    @properties.classproperty
    def priority(cls) -> float:  # keyring skips a backend whose priority raises: only used when configured
        if "COPYDESK_TEST_KEYRING" not in os.environ:
            raise RuntimeError("COPYDESK_TEST_KEYRING is not set")
        return 1

    def __init__(self) -> None:
        super().__init__(Path(os.environ["COPYDESK_TEST_KEYRING"]))


def cli_env(data_dir: Path, keyring_file: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(
        COPYDESK_DATA_DIR=str(data_dir),
        COPYDESK_TEST_KEYRING=str(keyring_file),
        PYTHON_KEYRING_BACKEND="sync_support.EnvFileKeyring",
        PYTHONPATH=os.pathsep.join([str(HERE), str(REPO), env.get("PYTHONPATH", "")]),
    )
    return env


def copydesk(
    *args: str, env: Mapping[str, str], stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=dict(env),
        cwd=REPO,
    )


def start_copydesk(*args: str, env: Mapping[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "editor_app", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(env),
        cwd=REPO,
    )


def open_desk(data_dir: Path, site_url: str, username: str, app_password: str, *, site: str = "wp") -> object:
    """A desk on disk with one site whose password went to the (test's) keychain."""
    from editor_app.core.desk import Desk
    from editor_app.core.paths import AppPaths

    desk = Desk.open(AppPaths.resolve(data_dir))
    desk.sites.add(site, site_url, username, app_password)
    return desk
