"""A real keyring backend for tests: passwords in a JSON file under the test's temp dir.

It goes through ``keyring``'s public API exactly like the OS keychain would, so code under
test cannot tell the difference, and nothing touches the developer's own keychain.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # only ever chosen explicitly with set_keyring

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._lock = threading.Lock()

    def _load(self) -> dict[str, dict[str, str]]:
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text(encoding="utf-8"))

    def _save(self, data: dict[str, dict[str, str]]) -> None:
        self.path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        self.path.chmod(0o600)

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._load().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            data = self._load()
            data.setdefault(service, {})[username] = password
            self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            data = self._load()
            if username not in data.get(service, {}):
                raise PasswordDeleteError(f"no password for {username!r} in {service!r}")
            del data[service][username]
            self._save(data)

    def entries(self) -> dict[str, dict[str, str]]:
        """Everything stored, for assertions."""
        with self._lock:
            return self._load()
