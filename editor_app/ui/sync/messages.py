"""Plain words for what went wrong talking to a site or the keychain, and what to do about it.

No widgets here (only Qt's translate): these functions turn the core's typed exceptions into
sentences for dialogs and the status bar, in the interface language. The core builds its
messages without secrets, and nothing here adds any.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor_app.core.credentials import CredentialMissing, KeychainUnavailable
from editor_app.core.errors import CopydeskError, InvalidInput, NotFound, StoreError
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.core.sync.errors import (
    AuthRejected,
    CmsError,
    Forbidden,
    InsecureUrl,
    InvalidSiteUrl,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    SiteUnreachable,
    UnexpectedResponse,
)

translate = QCoreApplication.translate

PASSWORD_HINT = QT_TRANSLATE_NOOP(
    "SyncMessages",
    "Create an application password in WordPress under Users → Profile → Application Passwords "
    "(give it a name such as “Copydesk”) and paste it here. It is not your login password.",
)


def typed_cause(exc: BaseException) -> BaseException:
    """The boundary's own exception behind a core message, when the core re-raised it as a
    message-only error (``raise SyncFailed(...) from None`` still keeps ``__context__``)."""
    inner = exc.__context__
    if isinstance(inner, CmsError | InvalidSiteUrl | KeychainUnavailable):
        return inner
    return exc


def describe_connection_error(exc: BaseException, username: str = "") -> str:
    """What "Test connection" (or saving an account) found wrong, with what to do."""
    cause = typed_cause(exc)
    if isinstance(cause, KeychainUnavailable):
        return translate("SyncMessages", "No usable keychain. {problem}").format(problem=cause)
    if isinstance(cause, InsecureUrl):
        return translate("SyncMessages", "HTTPS required: {problem} Use the site's https:// address.").format(
            problem=cause
        )
    if isinstance(cause, InvalidSiteUrl):
        return translate("SyncMessages", "This address cannot be used: {problem}.").format(problem=cause)
    if isinstance(cause, AuthRejected):
        if username:
            refused = translate("SyncMessages", "WordPress refused the credentials for {user}.").format(user=username)
        else:
            refused = translate("SyncMessages", "WordPress refused the credentials.")
        return translate(
            "SyncMessages",
            "Wrong user name or application password: {refused} Check the user name, then create a new "
            "application password in WordPress (Users → Profile → Application Passwords) and paste it here.",
        ).format(refused=refused)
    if isinstance(cause, SiteUnreachable):
        return translate(
            "SyncMessages",
            "The site is unreachable: {reason}. Check the address and the network connection, then try again.",
        ).format(reason=cause.message)
    if isinstance(cause, OutcomeUnknown):
        return translate("SyncMessages", "The site did not answer in time: {reason}. Try again in a moment.").format(
            reason=cause.message
        )
    if isinstance(cause, UnexpectedResponse):
        return translate(
            "SyncMessages",
            "This does not look like a WordPress REST API: {reason}. "
            "Check the address (the site's home page, e.g. https://news.example.com).",
        ).format(reason=cause.message)
    if isinstance(cause, Forbidden):
        return translate(
            "SyncMessages",
            "The site refused the request: {reason}. Ask an administrator to check this account's role.",
        ).format(reason=cause.message)
    if isinstance(cause, RateLimited | ServerError):
        return translate("SyncMessages", "The site has a problem right now: {reason}. Try again later.").format(
            reason=cause.message
        )
    if isinstance(cause, CmsError):
        return translate("SyncMessages", "Could not check the account: {reason}.").format(reason=cause.message)
    return describe_error(exc)


def describe_error(exc: BaseException, site: str = "") -> str:
    """A failed sync or site operation, in words that say what to do next."""
    where = f"{site}: " if site else ""
    if isinstance(exc, KeychainUnavailable):
        return where + translate("SyncMessages", "no usable keychain. {problem}").format(problem=exc)
    if isinstance(exc, CredentialMissing):
        return where + translate(
            "SyncMessages",
            "the keychain holds no application password for this site. "
            "Use “Re-enter Password” (Site menu) to store it again.",
        )
    if isinstance(exc, StoreError):
        return where + translate(
            "SyncMessages", "the local store could not be used ({problem}). Close other Copydesk windows and try again."
        ).format(problem=exc)
    if isinstance(exc, NotFound):
        return where + translate("SyncMessages", "{problem}. Add the site again with Site → Add Site…").format(
            problem=exc
        )
    if isinstance(exc, InvalidInput):
        return f"{where}{exc}."
    if isinstance(exc, CmsError | InvalidSiteUrl):
        return where + describe_connection_error(exc)
    if isinstance(exc, CopydeskError):
        return f"{where}{exc}"
    return where + translate(
        "SyncMessages", "the sync stopped unexpectedly ({kind}). Try again; if it keeps failing, see the log."
    ).format(kind=type(exc).__name__)


def short_reason(state_message: str, limit: int = 90) -> str:
    """The first clause of a site's state message, short enough for a status bar."""
    text = " ".join(state_message.split())
    for prefix in ("paused: ", "offline: "):
        if text.lower().startswith(prefix):
            text = text[len(prefix) :]
    cut = text.find(". ")
    if cut > 0:
        text = text[:cut]
    text = text.rstrip(".")
    return text if len(text) <= limit else text[: limit - 1] + "…"
