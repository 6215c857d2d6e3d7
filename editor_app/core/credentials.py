"""The one place a site's application password is read or written: the OS keychain, via keyring.

A secret is kept under the service name ``copydesk <site URL>`` and the account's user name.
When no usable keychain exists (a headless machine without a Secret Service, a locked or
refused keychain, or a plaintext "keychain" such as the ones in ``keyrings.alt``) this module
raises :class:`KeychainUnavailable` with a message that says how to fix it. It never falls
back to writing the password anywhere else, and no message it builds contains the password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.core.errors import CopydeskError

if TYPE_CHECKING:  # keyring itself loads when a password is first needed (it scans its plugins)
    from keyring.backend import KeyringBackend

SERVICE_PREFIX = "copydesk"

HOW_TO_FIX = (
    "Copydesk keeps application passwords only in the system keychain. Install and unlock a "
    "Secret Service provider such as GNOME Keyring (package gnome-keyring) or KWallet, make sure "
    "the desktop session's D-Bus is reachable, then try again; on a headless machine run Copydesk "
    "inside `dbus-run-session` with an unlocked `gnome-keyring-daemon`."
)

# Backends that store nothing (fail, null) or store secrets in readable files (keyrings.alt).
_REFUSED_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class KeychainUnavailable(CopydeskError):
    """There is no keychain Copydesk may use, or it refused the request."""

    exit_code = 1


class CredentialMissing(CopydeskError):
    """The keychain works but holds no password for this site and user."""

    exit_code = 1


def service_name(site_url: str) -> str:
    return f"{SERVICE_PREFIX} {site_url.rstrip('/')}"


def _describe(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def refusal_reason(backend: KeyringBackend) -> str | None:
    """Why this backend may not hold a password, or None if it may."""
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        if module.startswith("keyrings.alt"):
            return f"the keyring backend {_describe(backend)} keeps passwords in a file, not in a keychain"
        return "no system keychain was found (keyring has only its 'fail' backend)"
    members = getattr(backend, "backends", None)
    if members is not None:  # keyring's chainer: every member must be acceptable, and one must exist
        if not members:
            return "no system keychain was found (keyring found no usable backend)"
        for member in members:
            reason = refusal_reason(member)
            if reason is not None:
                return reason
    return None


class CredentialStore:
    """Keychain access for site passwords. ``backend`` is for tests; by default keyring's own choice."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def backend(self) -> KeyringBackend:
        """The keychain to use, or :class:`KeychainUnavailable` saying why there is none."""
        try:
            import keyring

            chosen = self._backend or keyring.get_keyring()
        except Exception as exc:  # a broken keyring configuration raises anything at all
            why = f"the keychain could not be opened ({type(exc).__name__})"
            raise KeychainUnavailable(f"{why}. {HOW_TO_FIX}") from None
        reason = refusal_reason(chosen)
        if reason is not None:
            raise KeychainUnavailable(f"No usable keychain: {reason}. {HOW_TO_FIX}")
        return chosen

    def set(self, site_url: str, username: str, password: str) -> None:
        if not password:
            raise CredentialMissing("the application password is empty")
        backend = self.backend()
        try:
            backend.set_password(service_name(site_url), username, password)
        except Exception as exc:
            raise self._failure("store the password in", exc, password) from None

    def get(self, site_url: str, username: str) -> str:
        backend = self.backend()
        try:
            value = backend.get_password(service_name(site_url), username)
        except Exception as exc:
            raise self._failure("read the password from", exc) from None
        if not value:
            raise CredentialMissing(
                f"the keychain holds no application password for {username} at {site_url}; "
                "add it again with `copydesk site add` (or the account dialog)"
            )
        return value

    def has(self, site_url: str, username: str) -> bool:
        try:
            self.get(site_url, username)
        except CredentialMissing:
            return False
        return True

    def delete(self, site_url: str, username: str) -> bool:
        """Remove the entry; False if there was none."""
        import keyring.errors

        backend = self.backend()
        try:
            if backend.get_password(service_name(site_url), username) is None:
                return False
            backend.delete_password(service_name(site_url), username)
        except keyring.errors.PasswordDeleteError:
            return False
        except Exception as exc:
            raise self._failure("remove the password from", exc) from None
        return True

    @staticmethod
    def _failure(action: str, exc: Exception, secret: str | None = None) -> KeychainUnavailable:
        import keyring.errors

        if isinstance(exc, keyring.errors.KeyringLocked):
            why = "the keychain is locked"
        elif isinstance(exc, keyring.errors.NoKeyringError):
            why = "no system keychain was found"
        elif isinstance(exc, keyring.errors.InitError):
            why = "the keychain could not be reached"
        else:
            detail = str(exc)
            if secret:
                detail = detail.replace(secret, "[redacted]")
            why = f"the keychain refused the request ({type(exc).__name__}: {detail[:200]})"
        return KeychainUnavailable(f"Could not {action} the keychain: {why}. {HOW_TO_FIX}")
