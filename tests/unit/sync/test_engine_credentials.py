"""The keychain is the only home of a password: unusable keychains are refused, never bypassed."""

from __future__ import annotations

import keyring
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null
from sync_fakes import PASSWORD, MemoryKeyring

from editor_app.core.credentials import CredentialMissing, CredentialStore, KeychainUnavailable, service_name
from editor_app.core.errors import InvalidInput

SECRET = "Zq9x Wm2v Lk4p Rt7y Hn3b Jc8d"


def _plaintext_backend() -> MemoryKeyring:
    """A stand-in for keyrings.alt's file backends (not installed here): same module path."""
    cls = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    return cls()


class _LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked(f"Failed to unlock the collection for {password}")


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), _plaintext_backend(), chainer.ChainerBackend.__new__(chainer.ChainerBackend)],
    ids=["fail", "null", "keyrings.alt plaintext", "empty chainer"],
)
def test_unusable_keychains_are_refused_with_a_way_out(backend, monkeypatch):
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", property(lambda self: []))
    store = CredentialStore(backend)
    with pytest.raises(KeychainUnavailable) as caught:
        store.set("https://news.example", "editor", SECRET)
    message = str(caught.value)
    assert "keychain" in message.lower() and "gnome-keyring" in message and "KWallet" in message
    assert SECRET not in message


def test_a_plaintext_backend_inside_a_chain_is_refused(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", property(lambda self: [_plaintext_backend()]))
    with pytest.raises(KeychainUnavailable, match="file"):
        CredentialStore(chainer.ChainerBackend.__new__(chainer.ChainerBackend)).backend()


def test_a_locked_keychain_says_so_without_the_password():
    store = CredentialStore(_LockedKeyring())
    with pytest.raises(KeychainUnavailable) as caught:
        store.set("https://news.example", "editor", SECRET)
    assert "locked" in str(caught.value) and SECRET not in str(caught.value)
    with pytest.raises(KeychainUnavailable, match="locked"):
        store.get("https://news.example", "editor")


def test_store_read_and_delete_by_site_and_user():
    backend = MemoryKeyring()
    store = CredentialStore(backend)
    store.set("https://news.example", "editor", SECRET)
    assert backend.data == {(service_name("https://news.example"), "editor"): SECRET}
    assert store.get("https://news.example", "editor") == SECRET
    with pytest.raises(CredentialMissing):
        store.get("https://news.example", "author")
    assert store.delete("https://news.example", "editor") is True
    assert store.delete("https://news.example", "editor") is False


def test_adding_a_site_without_a_keychain_writes_nothing(desk, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeychainUnavailable):
            desk.sites.add("daily", "http://127.0.0.1:8080", "editor", SECRET)
    finally:
        keyring.set_keyring(previous)
    assert desk.sites.list() == []
    desk.close()
    assert SECRET.encode() not in desk.paths.store_file.read_bytes()


def test_site_password_lives_only_in_the_keychain(site_desk, memory_keyring):
    assert list(memory_keyring.data.values()) == [PASSWORD]
    site_desk.close()
    for path in site_desk.paths.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert PASSWORD.encode() not in data and PASSWORD.replace(" ", "").encode() not in data, path


def test_removing_a_site_removes_its_keychain_entry(site_desk, memory_keyring):
    assert site_desk.sites.remove("daily") is True
    assert memory_keyring.data == {} and site_desk.sites.list() == []


def test_plain_http_to_a_remote_host_is_refused(desk, memory_keyring):
    with pytest.raises(InvalidInput, match="https"):
        desk.sites.add("remote", "http://news.example", "editor", SECRET)
    assert memory_keyring.data == {}
