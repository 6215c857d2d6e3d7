"""Typed failures at the CMS boundary.

Every way a request to the site can go wrong becomes one of these, so the sync engine can
decide what to do (pause the site, back off, ask the user, reconcile) without looking at
HTTP details. Messages are built only from the request method, the route and text the
site sent back after redaction: never from headers, so a password cannot leak through
``str()``, ``repr()`` or a log line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class InvalidSiteUrl(ValueError):
    """The site address cannot be used (not http(s), no host, …)."""


class InsecureUrl(InvalidSiteUrl):
    """Plain http to a host that is not loopback: the password would cross the network in clear."""


class CmsError(Exception):
    """Base of every failure talking to the site.

    ``method`` and ``route`` say which request failed (the route is the REST path such as
    ``/wp/v2/posts/12``, without query or host), ``status`` is the HTTP status when there
    was a response.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        route: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.route = route
        self.status = status

    def __str__(self) -> str:
        where = f"{self.method} {self.route}: " if self.method and self.route else ""
        return f"{where}{self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r}, status={self.status!r})"

    @property
    def may_have_applied(self) -> bool:
        """True when the site may have carried out the request despite the failure.

        A create that fails this way must be reconciled (looked up on the site) before it is
        sent again. Rejections (4xx) and requests that never left prove nothing was applied.
        """
        return False

    def _sent_a_write(self) -> bool:
        return self.method is None or self.method.upper() not in _SAFE_METHODS


_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class SiteUnreachable(CmsError):
    """The request never reached the site (DNS, refused, connect timeout, TLS failure).

    Nothing was sent, so any request may simply be retried later.
    """


class OutcomeUnknown(CmsError):
    """The request was sent but no answer came back (read timeout, reset or close mid-way).

    The site may or may not have applied it: a create must be reconciled before a retry.
    """

    @property
    def may_have_applied(self) -> bool:
        return self._sent_a_write()


class _RemoteCoded(CmsError):
    """A failure the site described with WordPress's own ``code`` and ``message``."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        data: Mapping[str, Any] | None = None,
        method: str | None = None,
        route: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message, method=method, route=route, status=status)
        self.code = code
        self.data: Mapping[str, Any] = dict(data or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r}, status={self.status!r}, code={self.code!r})"


class AuthRejected(_RemoteCoded):
    """The site did not accept the credentials (wrong or revoked application password, unknown user).

    The site should be paused until the user gives a new password.
    """


class Forbidden(_RemoteCoded):
    """The account is known but may not do this (e.g. ``rest_cannot_publish`` for a contributor)."""


class NotFoundRemote(_RemoteCoded):
    """The object does not exist on the site (deleted there, or a stale id)."""


class BadRequest(_RemoteCoded):
    """The site refused the request's content; ``message`` is WordPress's own explanation."""


class TermExists(BadRequest):
    """A term with this name already exists under the same parent; ``term_id`` is its id."""

    @property
    def term_id(self) -> int | None:
        value = self.data.get("term_id")
        return value if isinstance(value, int) else None


class RateLimited(_RemoteCoded):
    """429, or 503 with Retry-After: come back after ``retry_after`` seconds (None if unstated)."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r}, status={self.status!r}, retry_after={self.retry_after!r})"


class ServerError(_RemoteCoded):
    """A 5xx answer: the site failed; worth retrying with backoff.

    A gateway error or a PHP fatal error can come after WordPress already saved the change,
    so for writes the outcome counts as unknown.
    """

    @property
    def may_have_applied(self) -> bool:
        return self._sent_a_write()


class UnexpectedResponse(CmsError):
    """The answer is not what the API returns: an HTML proxy page, a PHP error, a redirect, bad JSON.

    For a write the site may still have applied it (a plugin's warning printed before valid
    JSON looks exactly like this), so its outcome counts as unknown.
    """

    @property
    def may_have_applied(self) -> bool:
        return self._sent_a_write()
