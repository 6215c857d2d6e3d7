"""Folders and files only their owner can read: drafts and embargoed copy are private.

The desk's folders are 0700 and every file in them 0600 whatever the process umask says.
New files are created with that mode; `tighten` brings a desk made by an older version (or
copied in with looser modes) to the same state when it is opened. On Windows the user's profile
folders are private through their ACLs and POSIX modes mean little, so nothing is changed there.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and missing parents) owner-only; tighten it when it already exists."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if _POSIX and stat.S_IMODE(folder.stat().st_mode) != PRIVATE_DIR:
        folder.chmod(PRIVATE_DIR)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only; fails if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)
    if _POSIX:
        os.chmod(path, PRIVATE_FILE)  # the umask may have taken bits away, never added them


def open_private(path: Path, mode: str = "w", encoding: str | None = "utf-8"):  # noqa: ANN201 - a file object
    """`open()` for writing a new or replaced file that only its owner may read."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    if _POSIX:
        os.fchmod(fd, PRIVATE_FILE)  # an existing file keeps its old mode unless told
    return os.fdopen(fd, mode, encoding=encoding if "b" not in mode else None)


def tighten(folder: Path) -> None:
    """Make `folder` and everything under it owner-only (0700 folders, 0600 files).

    Only modes that allow group or others are changed; symbolic links are not followed.
    Files this process cannot change (a read-only disk, another owner) are left as they are.
    """
    if not _POSIX or not folder.is_dir():
        return
    for root, dirs, files in os.walk(folder):
        for name, wanted in [(root, PRIVATE_DIR)] + [(os.path.join(root, f), PRIVATE_FILE) for f in files]:
            try:
                st = os.lstat(name)
                if not stat.S_ISLNK(st.st_mode) and st.st_mode & 0o077:
                    os.chmod(name, wanted)
            except OSError:
                continue
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
