"""Passwords in a keychain: the isolated test backend, and once the real Secret Service."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import keyring
import pytest

CHILD = Path(__file__).with_name("keychain_child.py")


def test_isolated_keyring_is_used_and_lives_in_tmp(isolated_keyring, tmp_path: Path) -> None:
    keyring.set_password("copydesk:test-site", "editor", "abcd efgh ijkl mnop")
    assert keyring.get_password("copydesk:test-site", "editor") == "abcd efgh ijkl mnop"
    assert keyring.get_keyring() is isolated_keyring
    assert isolated_keyring.path.parent == tmp_path
    keyring.delete_password("copydesk:test-site", "editor")
    assert keyring.get_password("copydesk:test-site", "editor") is None


@pytest.mark.keychain
def test_real_secret_service_stores_and_reads_back(secret_service) -> None:
    password = "Xk3p Q9wz Lm2v Rt7c Ny4b Hd8s"
    done = secret_service.run(sys.executable, str(CHILD), "copydesk:test-site", "editor", input_text=password)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {
        "backend": "keyring.backends.SecretService.Keyring",
        "read_back_matches": True,
        "libsecret_matches": True,
        "after_delete": None,
    }
    assert password not in done.stdout + done.stderr
