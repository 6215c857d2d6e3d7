"""Fixtures for tests against a real WordPress on loopback.

* ``wp_site`` (session, one per WordPress version): starts WordPress with ``scripts/wordpress.sh``
  in a temp dir on a free port, yields a :class:`WpSite` with the credentials of
  admin/editor/author/contributor, and stops it once the tests of that version are done. Every
  test that uses it runs on each version in ``COPYDESK_WP_VERSIONS`` (default ``6.8,6.1``: what
  sites run today, and the oldest version the desk supports); the test id names the version.
  The site's timezone is Asia/Tokyo on purpose, so code that mixes local and GMT dates fails
  here rather than in a newsroom.
* ``wp_client`` (function): ``wp_client("editor", **kwargs)`` → a ``WordPressClient`` for that
  role, closed after the test.
* ``fault_proxy`` (function): a started :class:`fault_proxy.FaultProxy` in front of ``wp_site``.
* ``isolated_keyring`` (function): a file-backed keyring under ``tmp_path``, installed with
  ``keyring.set_keyring`` and restored afterwards.
* ``secret_service`` (session): a runner for commands inside a private GNOME Keyring
  (``scripts/keychain-session.sh``); installs the packages on first use.

Every test in this directory gets the ``integration`` marker. ``COPYDESK_SKIP_INTEGRATION=1``
skips them all.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import pytest
from fault_proxy import FaultProxy
from keyring_support import FileKeyring
from sync_support import open_desk

from editor_app.core.desk import Desk
from editor_app.core.sync.wordpress import WordPressClient

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
WORDPRESS_SCRIPT = REPO / "scripts" / "wordpress.sh"
KEYCHAIN_SCRIPT = REPO / "scripts" / "keychain-session.sh"
SITE_TIMEZONE = "Asia/Tokyo"
SUPPORTED_VERSIONS = ("6.8", "6.1")


def wordpress_versions() -> list[str]:
    """The versions to test against, from ``COPYDESK_WP_VERSIONS`` (comma-separated)."""
    chosen = [v.strip() for v in os.environ.get("COPYDESK_WP_VERSIONS", ",".join(SUPPORTED_VERSIONS)).split(",")]
    chosen = [v for v in chosen if v]
    unknown = [v for v in chosen if v not in SUPPORTED_VERSIONS]
    if unknown or not chosen:
        raise pytest.UsageError(
            f"COPYDESK_WP_VERSIONS={os.environ.get('COPYDESK_WP_VERSIONS')!r}: "
            f"choose among {', '.join(SUPPORTED_VERSIONS)}"
        )
    return chosen


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip = os.environ.get("COPYDESK_SKIP_INTEGRATION") == "1"
    reason = "COPYDESK_SKIP_INTEGRATION=1: tests against a real WordPress are switched off"
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.integration)
            if skip:
                item.add_marker(pytest.mark.skip(reason=reason))


@dataclass(frozen=True)
class WpUser:
    id: int
    username: str
    role: str
    password: str  # the login password: REST refuses it, only the app password works
    app_password: str

    def __repr__(self) -> str:  # keep secrets out of pytest's failure output
        return f"WpUser(id={self.id}, username={self.username!r}, role={self.role!r})"


@dataclass(frozen=True)
class WpSite:
    base_url: str
    rest_url: str
    wp_version: str
    timezone: str
    users: Mapping[str, WpUser]
    data_dir: Path

    def user(self, role: str) -> WpUser:
        return self.users[role]


def _load_site(creds_file: Path, data_dir: Path) -> WpSite:
    raw: dict[str, Any] = json.loads(creds_file.read_text(encoding="utf-8"))
    users = {
        name: WpUser(u["id"], u["username"], u["role"], u["password"], u["app_password"])
        for name, u in raw["users"].items()
    }
    return WpSite(raw["base_url"], raw["rest_url"], raw["wp_version"], raw["timezone"], users, data_dir)


# Every application password the run handed out, and where the run kept its files: scanned
# after the last test (pytest_sessionfinish below).
USED_SECRETS: set[str] = set()
SCANNED_ROOTS: set[Path] = set()
CAPTURED: list[str] = []
# Where the password lives by design: the site itself (its data folder and credentials file)
# and the test keychain, which stands in for the operating system's.
_SECRET_HOMES = ("wordpress-",)
_KEYCHAIN_FILES = ("keyring.json",)


def secret_forms(secret: str) -> set[bytes]:
    return {form.encode() for form in (secret, secret.replace(" ", "")) if len(form) >= 8}


def scan_for_secrets(roots: set[Path], texts: list[str], secrets: set[str]) -> list[str]:
    """Places (files under `roots`, captured texts) that hold any form of any secret."""
    forms = {form for secret in secrets for form in secret_forms(secret)}
    found: list[str] = []
    if not forms:
        return found
    for root in roots:
        for path in root.rglob("*"):
            rel = path.relative_to(root)
            if rel.parts and rel.parts[0].startswith(_SECRET_HOMES) or path.name in _KEYCHAIN_FILES:
                continue
            if not path.is_file() or path.is_symlink():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(form in data for form in forms):
                found.append(str(rel))
    for n, text in enumerate(texts):
        if any(form.decode() in text for form in forms):
            found.append(f"captured output #{n}: {text[:80]!r}")
    return found


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if USED_SECRETS:
        CAPTURED.extend(content for _, content in report.sections)
        if report.longrepr is not None:
            CAPTURED.append(str(report.longrepr))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The secrets scan: no application password used in the run may be found in the desks'
    data folders, their config and logs, or anything the tests printed or logged."""
    found = scan_for_secrets(SCANNED_ROOTS, CAPTURED, USED_SECRETS)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and USED_SECRETS:
        reporter.write_line(
            f"secrets scan: {len(USED_SECRETS)} application passwords, {len(CAPTURED)} captured outputs, "
            f"files under {len(SCANNED_ROOTS)} folders: " + ("clean" if not found else f"FOUND in {found[:10]}")
        )
    if found:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session", params=wordpress_versions(), ids=lambda v: f"wp{v}")
def wp_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WpSite]:
    version: str = request.param
    data_dir = tmp_path_factory.mktemp(f"wordpress-{version}")
    creds = data_dir / "credentials.json"
    start = [
        "bash", str(WORDPRESS_SCRIPT), "start", "-v", version,
        "-d", str(data_dir), "-o", str(creds), "-p", "auto", "-z", SITE_TIMEZONE,
    ]  # fmt: skip
    try:
        done = subprocess.run(start, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            pytest.fail(f"scripts/wordpress.sh start failed ({done.returncode}):\n{done.stderr[-3000:]}")
        site = _load_site(creds, data_dir)
        USED_SECRETS.update(u.app_password for u in site.users.values())
        SCANNED_ROOTS.add(tmp_path_factory.getbasetemp())
        assert site.wp_version.startswith(version + "."), f"asked for WordPress {version}, got {site.wp_version}"
        yield site
    finally:
        subprocess.run(["bash", str(WORDPRESS_SCRIPT), "stop", "-d", str(data_dir)], capture_output=True, timeout=120)


@pytest.fixture
def wp_client(wp_site: WpSite) -> Iterator[Callable[..., WordPressClient]]:
    made: list[WordPressClient] = []

    def make(role: str = "editor", *, site_url: str | None = None, **kwargs: Any) -> WordPressClient:
        user = wp_site.user(role)
        client = WordPressClient(site_url or wp_site.base_url, user.username, user.app_password, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def make_desk(wp_site: WpSite, isolated_keyring: FileKeyring, tmp_path: Path) -> Iterator[Callable[..., Desk]]:
    """Desks on the test site, each with its own store and an account of the given role."""
    made: list[Desk] = []

    def make(role: str = "editor", *, site_url: str | None = None) -> Desk:
        user = wp_site.user(role)
        desk = open_desk(tmp_path / f"desk-{len(made)}", site_url or wp_site.base_url, user.username, user.app_password)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()


@pytest.fixture
def remember_secret() -> Callable[[str], None]:
    """For a test that makes its own application passwords: the scan after the run looks for them too."""
    return USED_SECRETS.add


@pytest.fixture
def fault_proxy(wp_site: WpSite) -> Iterator[FaultProxy]:
    proxy = FaultProxy(wp_site.base_url).start()
    try:
        yield proxy
    finally:
        proxy.stop()


@pytest.fixture
def isolated_keyring(tmp_path: Path) -> Iterator[FileKeyring]:
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@dataclass(frozen=True)
class SecretServiceRunner:
    """Runs a command inside a private D-Bus session with an unlocked GNOME Keyring."""

    script: Path

    def run(
        self,
        *command: str,
        input_text: str | None = None,
        timeout: float = 60,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", str(self.script), *command],
            input=input_text,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, **(env or {})},
        )


@pytest.fixture(scope="session")
def secret_service() -> SecretServiceRunner:
    prepared = subprocess.run(
        ["bash", str(KEYCHAIN_SCRIPT), "--install-only"], capture_output=True, text=True, timeout=600
    )
    if prepared.returncode != 0:
        pytest.fail(f"scripts/keychain-session.sh could not prepare GNOME Keyring:\n{prepared.stderr[-3000:]}")
    return SecretServiceRunner(KEYCHAIN_SCRIPT)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fault matrix's table, when its cases ran (test_fault_matrix.py)."""
    from fault_matrix import table

    lines = table()
    if lines:
        terminalreporter.section("fault matrix")
        for line in lines:
            terminalreporter.write_line(line)
