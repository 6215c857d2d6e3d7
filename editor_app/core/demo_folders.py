"""Throwaway folders of `copydesk demo`: each one locked by its live process, and those whose
process died (killed, crashed) removed when the next demo starts.

A demo holds an exclusive `flock` on a file inside its folder for as long as it runs; the kernel
drops the lock when the process ends, however it ends. A folder whose lock can be taken belongs
to nobody. Where `fcntl` does not exist (Windows) nothing is removed: a folder in use there
cannot be deleted anyway, and no liveness test is both cheap and safe.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

PREFIX = "copydesk-demo-"
LOCK_NAME = ".demo.lock"
# A folder without its lock file is only old enough to be abandoned after this long: a demo
# starting right now creates the folder, then the lock, a moment later.
UNLOCKED_GRACE_S = 60.0


def claim(base: Path | None = None) -> tuple[Path, int]:
    """A new demo folder and the descriptor holding its lock; close it (or exit) to release."""
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=base))
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.write(fd, str(os.getpid()).encode())
    return folder, fd


def remove_abandoned(base: Path | None = None) -> list[Path]:
    """Remove demo folders in the temporary folder whose process is gone; returns them."""
    if fcntl is None:
        return []
    root = Path(base or tempfile.gettempdir())
    removed: list[Path] = []
    for folder in root.glob(PREFIX + "*"):
        if folder.is_symlink() or not folder.is_dir():
            continue
        try:
            if folder.stat().st_uid != os.getuid():
                continue  # another user's demo
            lock = folder / LOCK_NAME
            if not lock.exists():
                if time.time() - folder.stat().st_mtime > UNLOCKED_GRACE_S:
                    shutil.rmtree(folder, ignore_errors=True)
                    removed.append(folder)
                continue
            fd = os.open(lock, os.O_RDWR)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # a live demo holds it
        try:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        finally:
            os.close(fd)
    return removed
