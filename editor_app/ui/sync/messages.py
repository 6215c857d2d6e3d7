"""Plain words for what went wrong talking to a site or the keychain, and what to do about it.

No Qt here: these functions turn the core's typed exceptions into sentences for dialogs and
the status bar. The core builds its messages without secrets, and nothing here adds any.
"""

from __future__ import annotations

from editor_app.core.credentials import CredentialMissing, KeychainUnavailable
from editor_app.core.errors import CopydeskError, InvalidInput, NotFound, StoreError
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

PASSWORD_HINT = (
    "Create an application password in WordPress under Users → Profile → Application Passwords "
    "(give it a name such as “Copydesk”) and paste it here. It is not your login password."
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
    who = f" for {username}" if username else ""
    if isinstance(cause, KeychainUnavailable):
        return f"No usable keychain. {cause}"
    if isinstance(cause, InsecureUrl):
        return f"HTTPS required: {cause} Use the site's https:// address."
    if isinstance(cause, InvalidSiteUrl):
        return f"This address cannot be used: {cause}."
    if isinstance(cause, AuthRejected):
        return (
            f"Wrong user name or application password: WordPress refused the credentials{who}. "
            "Check the user name, then create a new application password in WordPress "
            "(Users → Profile → Application Passwords) and paste it here."
        )
    if isinstance(cause, SiteUnreachable):
        return (
            f"The site is unreachable: {cause.message}. Check the address and the network connection, then try again."
        )
    if isinstance(cause, OutcomeUnknown):
        return f"The site did not answer in time: {cause.message}. Try again in a moment."
    if isinstance(cause, UnexpectedResponse):
        return (
            f"This does not look like a WordPress REST API: {cause.message}. "
            "Check the address (the site's home page, e.g. https://news.example.com)."
        )
    if isinstance(cause, Forbidden):
        return f"The site refused the request: {cause.message}. Ask an administrator to check this account's role."
    if isinstance(cause, RateLimited | ServerError):
        return f"The site has a problem right now: {cause.message}. Try again later."
    if isinstance(cause, CmsError):
        return f"Could not check the account: {cause.message}."
    return describe_error(exc)


def describe_error(exc: BaseException, site: str = "") -> str:
    """A failed sync or site operation, in words that say what to do next."""
    where = f"{site}: " if site else ""
    if isinstance(exc, KeychainUnavailable):
        return f"{where}no usable keychain. {exc}"
    if isinstance(exc, CredentialMissing):
        return (
            f"{where}the keychain holds no application password for this site. "
            "Use “Re-enter password” (Site menu) to store it again."
        )
    if isinstance(exc, StoreError):
        return f"{where}the local store could not be used ({exc}). Close other Copydesk windows and try again."
    if isinstance(exc, NotFound):
        return f"{where}{exc}. Add the site again with Site → Add site…"
    if isinstance(exc, InvalidInput):
        return f"{where}{exc}."
    if isinstance(exc, CmsError | InvalidSiteUrl):
        return where + describe_connection_error(exc)
    if isinstance(exc, CopydeskError):
        return f"{where}{exc}"
    return f"{where}the sync stopped unexpectedly ({type(exc).__name__}). Try again; if it keeps failing, see the log."


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
