"""Fixtures for the sync engine's unit tests: a real desk on disk, a site whose password is in
an in-memory keychain, and the in-memory CMS."""

from __future__ import annotations

import pytest
from sync_fakes import PASSWORD, FakeCms, MemoryKeyring

from editor_app.core.desk import Desk
from editor_app.core.services.syncing import sync_site
from editor_app.core.sync.engine import SyncReport


@pytest.fixture
def cms() -> FakeCms:
    return FakeCms()


@pytest.fixture
def site_desk(desk: Desk, memory_keyring: MemoryKeyring) -> Desk:
    desk.sites.add("daily", "http://127.0.0.1:8080", "editor", PASSWORD)
    return desk


@pytest.fixture
def run_sync(site_desk: Desk, cms: FakeCms):
    def run(client: FakeCms | None = None, **kwargs: object) -> SyncReport:
        kwargs.setdefault("claim_unassigned", True)
        kwargs.setdefault("retry_budget_s", 0.0)
        return sync_site(site_desk, "daily", client or cms, **kwargs)  # type: ignore[arg-type]

    return run
