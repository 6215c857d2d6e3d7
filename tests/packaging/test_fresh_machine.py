"""The README's Quick start on a brand-new Debian 12, as root and as a normal user with sudo.

Opt-in (COPYDESK_FRESH_MACHINE=1) and slow: each run builds a Debian 12 root with debootstrap and
installs everything the app and the tests need into it, several minutes even with the .deb cache
warm. It needs root (or passwordless sudo), debootstrap and the network to Debian's, Python's and
Node's package registries. COPYDESK_FRESH_MACHINE_FULL=1 runs the whole `scripts/test` inside
instead of the quick set.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "fresh-machine.sh"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("COPYDESK_FRESH_MACHINE") != "1",
                       reason="builds a whole Debian machine: set COPYDESK_FRESH_MACHINE=1 to run it"),
]


def read_phases(logs: Path) -> dict[str, str]:
    """phase name → result, from the run's phases.tsv (one run per mode in `logs`)."""
    (table,) = logs.glob("logs/*/phases.tsv")
    rows = [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines()[1:]]
    return {name: result for name, _seconds, result in rows}


@pytest.mark.timeout(7200)
@pytest.mark.parametrize("mode", ["--user", "--root"])
def test_quick_start_works_on_a_fresh_debian_12(mode: str, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        assert shutil.which("sudo"), "the fresh machine is built as root: run as root or with sudo"
    assert shutil.which("debootstrap") or Path("/usr/sbin/debootstrap").exists(), "apt-get install debootstrap"
    command = [str(SCRIPT), mode, "--dir", str(tmp_path)]
    if os.environ.get("COPYDESK_FRESH_MACHINE_FULL") != "1":
        command.append("--quick")
    done = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=7000)
    assert done.returncode == 0, done.stderr[-6000:]
    phases = read_phases(tmp_path)
    expected = ["debootstrap", "configure", "mount", "copy-repository", "copydesk-about"]
    expected += ["demo", "test-publish-wp6.8"] if "--quick" in command else ["test"]
    assert list(phases) == expected
    assert set(phases.values()) == {"ok"}
    # the machine is gone afterwards, its logs stay
    assert not any((tmp_path / "machines").iterdir())
