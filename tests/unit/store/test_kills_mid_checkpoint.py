"""Killing a process while it saves or checkpoints never leaves a store the desk refuses
(issue 16, case 1: a checkpoint that stopped partway was refused as "truncated").

A child process saves large bodies in a loop and checkpoints the WAL between saves from a second
connection, as SQLite's automatic checkpoint does; it is killed (SIGKILL) at staggered moments.
After each kill the desk must open the store, SQLite's integrity check must pass, and the body
must be the last save the child reported or a later one."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor_app.core.desk import Desk
from editor_app.core.desk_init import init_desk
from editor_app.core.paths import AppPaths

CHILD = r"""
import sqlite3, sys
from editor_app.core.desk import Desk
from editor_app.core.paths import AppPaths
paths = AppPaths.resolve(sys.argv[1])
desk = Desk.open(paths, create=False)
raw = sqlite3.connect(paths.store_file, isolation_level=None)
n = int(sys.argv[3])
while True:
    n += 1
    desk.articles.update(sys.argv[2], autosave=True, body=f"save {n} " + "copy " * 40000)
    print(n, flush=True)
    raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
"""

KILLS = 12


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kills_during_saves_and_checkpoints_never_lock_the_desk_out(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "desk")
    desk, _, _ = init_desk(paths)
    ref = desk.articles.create("Killed often", body="save 0").id
    desk.close()
    root = str(Path(__file__).resolve().parents[3])
    env = {**os.environ, "PYTHONPATH": root}
    last = 0
    for kill in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(paths.data_dir), ref, str(last)],
                                 stdout=subprocess.PIPE, text=True, env=env, cwd=root)
        assert child.stdout is not None
        first = child.stdout.readline()  # the child is saving: kill it a little later each time
        assert first.strip(), "the child process did not start saving"
        time.sleep(0.02 * (kill % 6))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        reported = [int(x) for x in (first + out).split()]
        opened = Desk.open(paths, create=False)  # never "truncated", never refused
        try:
            assert opened.store.integrity_check() == []
            match = re.match(r"save (\d+) ", opened.articles.get(ref).body + " ")
            assert match is not None
            stored = int(match.group(1))
            assert stored >= max(reported), (stored, reported)  # no reported save lost
            last = stored
        finally:
            opened.close()
