"""Child process for the Secret Service test; run inside ``scripts/keychain-session.sh``.

Stores a password through keyring's SecretService backend, reads it back through keyring
and through ``secret-tool`` (libsecret, a different client of the same daemon), deletes it,
and prints what it saw as JSON on stdout. The password comes in through stdin.
"""

from __future__ import annotations

import json
import subprocess
import sys

import keyring
from keyring.backends import SecretService


def main() -> int:
    service, username = sys.argv[1], sys.argv[2]
    password = sys.stdin.read()
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)  # explicitly: never fall back to another backend
    keyring.set_password(service, username, password)
    read_back = keyring.get_password(service, username)
    via_libsecret = subprocess.run(
        ["secret-tool", "lookup", "service", service, "username", username],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout
    keyring.delete_password(service, username)
    after_delete = keyring.get_password(service, username)
    result = {
        "backend": f"{type(backend).__module__}.{type(backend).__name__}",
        "read_back_matches": read_back == password,
        "libsecret_matches": via_libsecret == password,
        "after_delete": after_delete,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
