"""A real, small file system for tests of full disks and read-only folders.

A tmpfs of a few hundred kilobytes is mounted on a folder under the test's temporary path and
unmounted afterwards; `remount_read_only` makes it refuse every write, even root's (file modes do
not stop root). Mounting needs root or password-less sudo; without either the test is skipped,
with that reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _privileged() -> list[str] | None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return []
    sudo = shutil.which("sudo")
    if sudo and subprocess.run([sudo, "-n", "true"], capture_output=True).returncode == 0:
        return [sudo, "-n"]
    return None


def _run(args: list[str]) -> None:
    prefix = _privileged()
    assert prefix is not None
    subprocess.run([*prefix, *args], check=True, capture_output=True, text=True)


@contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of `size_kb` KiB mounted on `folder`, writable by this user."""
    if _privileged() is None:
        pytest.skip("mounting a small file system needs root or password-less sudo")
    if os.uname().sysname != "Linux":
        pytest.skip("tmpfs mounts are Linux-only")
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size_kb}k,mode=0700,uid={os.getuid()},gid={os.getgid()}"
    try:
        _run(["mount", "-t", "tmpfs", "-o", options, "copydesk-test", str(folder)])
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run([*(_privileged() or []), "umount", "-l", str(folder)], capture_output=True)


def remount_read_only(folder: Path) -> None:
    _run(["mount", "-o", "remount,ro", str(folder)])


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Write a filler file until the disk is full (or `leave_bytes` remain); returns its path."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with filler.open("ab") as fh:
        try:
            while True:
                st = os.statvfs(folder)
                if st.f_bavail * st.f_frsize <= leave_bytes:
                    break
                fh.write(chunk)
                fh.flush()
        except OSError:
            pass
    return filler
