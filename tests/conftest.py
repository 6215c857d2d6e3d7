"""Shared test set-up: headless Qt, an isolated data folder, a real store on disk."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Qt reads these at import time, so they are set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
_runtime = Path(tempfile.gettempdir()) / f"copydesk-test-runtime-{os.getuid()}"
_runtime.mkdir(mode=0o700, exist_ok=True)
os.environ.setdefault("XDG_RUNTIME_DIR", str(_runtime))
os.environ.pop("COPYDESK_DATA_DIR", None)

import pytest  # noqa: E402
from block_validator import RELEASES, BlockEditor  # noqa: E402
from keychains import MemoryKeyring  # noqa: E402

from editor_app.core.desk import Desk  # noqa: E402
from editor_app.core.paths import AppPaths  # noqa: E402


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.resolve(tmp_path / "desk")
    paths.ensure()
    return paths


@pytest.fixture
def desk(app_paths: AppPaths) -> Iterator[Desk]:
    """A real store file in a temporary folder, with the site's standard sections."""
    opened = Desk.open(app_paths)
    opened.terms.ensure_sections()
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keychain for the test, the previous one restored afterwards."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def block_editors() -> Iterator[list[BlockEditor]]:
    """The block editors of WordPress 6.8 and 6.1 (their own parser and validator, in Node)."""
    editors = [BlockEditor(release) for release in RELEASES]
    try:
        yield editors
    finally:
        for editor in editors:
            editor.close()
