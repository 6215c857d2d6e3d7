"""Wire-format rules of the WordPress REST API: site URLs, API roots, GMT dates, Retry-After,
the desk's reconcile marker, value coercion, and redaction of secrets from anything shown.

Split from the client so each module keeps one job; the client re-exports the public names.
"""

from __future__ import annotations

import base64
import ipaddress
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from editor_app.core.sync.errors import InsecureUrl, InvalidSiteUrl

# No "--": the id travels inside an HTML comment.
_MARKER_ID = re.compile(r"^(?=.{8,64}$)[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")
_MARKER_COMMENT = re.compile(r"\s*<!-- copydesk:([A-Za-z0-9-]{8,64}) -->")
# In block content the id is the first attribute of the first block's opening delimiter, which the
# block editor drops silently on its next save (it keeps only attributes the block declares).
_MARKER_ATTR = re.compile(r'(<!-- wp:[a-z][a-z0-9_/-]* )\{"copydeskId":"([A-Za-z0-9-]{8,64})"(\} |,)')
_BLOCK_START = re.compile(r"^\s*<!-- wp:[a-z][a-z0-9_/-]* ")
_EMPTY_CARRIER = '<!-- wp:paragraph {"copydeskId":"%s"} -->\n<p></p>\n<!-- /wp:paragraph -->'
MAX_RETRY_AFTER_S = 86_400.0


# ------------------------------------------------------------------------- site URL rules
def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_site_url(url: str) -> str:
    """Validate a site address and return it normalised (no query, no fragment, no trailing ``/``).

    A bare host gets ``https://``. Plain http is refused unless the host is loopback
    (127.0.0.0/8, ::1, localhost), because the application password travels in every request.
    """
    text = url.strip()
    if not text:
        raise InvalidSiteUrl("the site address is empty")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidSiteUrl(f"the site address must start with https:// (got {scheme}://)")
    if not parts.hostname:
        raise InvalidSiteUrl("the site address has no host name")
    if parts.username or parts.password:
        raise InvalidSiteUrl("put the user name and password in the account, not in the address")
    try:
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as exc:
        raise InvalidSiteUrl("the site address has an invalid port") from exc
    if scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureUrl(
            f"{parts.hostname} must be reached over https://: plain http would send the "
            "password unencrypted (only loopback addresses may use http)"
        )
    return urlunsplit((scheme, parts.netloc.lower(), parts.path.rstrip("/"), "", ""))


class ApiRoot:
    """Where the REST API lives: ``…/wp-json/`` or the ``?rest_route=`` form for sites
    without pretty permalinks."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        query = dict(p.split("=", 1) if "=" in p else (p, "") for p in parts.query.split("&") if p)
        self.query_style = "rest_route" in query
        if self.query_style:
            self._base = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", ""))
        else:
            self._base = url if url.endswith("/") else url + "/"
        check_site_url(self._base)
        self.url = url

    @classmethod
    def for_site(cls, site_url: str) -> ApiRoot:
        return cls(check_site_url(site_url) + "/wp-json/")

    @classmethod
    def query_style_for_site(cls, site_url: str) -> ApiRoot:
        return cls(check_site_url(site_url) + "/?rest_route=/")

    def locate(self, route: str, params: Mapping[str, Any] | None = None) -> tuple[str, dict[str, Any]]:
        """URL and query parameters for ``route`` such as ``/wp/v2/posts``."""
        merged = dict(params or {})
        if self.query_style:
            merged = {"rest_route": route, **merged}
            return self._base, merged
        return self._base + route.lstrip("/"), merged

    def __repr__(self) -> str:
        return f"ApiRoot({self.url!r})"


# ------------------------------------------------------------------------- small helpers
def format_gmt(moment: datetime) -> str:
    """A timezone-aware datetime as WordPress's ``date_gmt`` string (UTC, no offset)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("date_gmt needs a timezone-aware datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def parse_gmt(value: Any) -> datetime | None:
    """WordPress's ``*_gmt`` strings carry no offset but are UTC: return them aware."""
    if not value or not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):  # not a date, or an offset that leaves the calendar
        return None


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():  # capped: a day is as long as any site means, and longer overflows dates
        return min(float(value), MAX_RETRY_AFTER_S)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(MAX_RETRY_AFTER_S, max(0.0, (when - (now or datetime.now(UTC))).total_seconds()))


def embed_marker(content: str, marker: str) -> str:
    """Content carrying the desk's marker where no reader sees it.

    Block content: a ``copydeskId`` attribute in the first block's delimiter (the delimiters never
    reach the page; the editor drops the unknown attribute on save). Empty content: an empty
    paragraph carries it. Plain HTML (already one Classic block): a comment inside the first element that closes.
    """
    check_marker(marker)
    content = strip_marker(content)[0]
    if not content.strip():
        return _EMPTY_CARRIER % marker
    start = _BLOCK_START.match(content)
    if start is None:
        # Inside the first element that closes: on its own line, wpautop would wrap the comment
        # in an empty paragraph, a gap on the page.
        where = content.find("</")
        where = len(content.rstrip()) if where < 0 else where
        return f"{content[:where]}<!-- copydesk:{marker} -->{content[where:]}"
    rest = content[start.end() :]
    if rest.startswith("{"):
        return f'{start.group(0)}{{"copydeskId":"{marker}",{rest[1:]}'
    return f'{start.group(0)}{{"copydeskId":"{marker}"}} {rest}'


def comment_marker(marker: str) -> str:
    """The marker as an HTML comment, for text that is not a post's content (media descriptions)."""
    return f"<!-- copydesk:{check_marker(marker)} -->"


def strip_marker(content: str) -> tuple[str, str | None]:
    """Content without the desk's marker in any of its forms, and the first marker found."""
    found = _MARKER_ATTR.search(content)
    marker = found.group(2) if found else None
    if found and content.strip() == _EMPTY_CARRIER % marker:
        return "", marker
    content = _MARKER_ATTR.sub(lambda m: m.group(1) if m.group(3) == "} " else m.group(1) + "{", content)
    comment = _MARKER_COMMENT.search(content)
    if comment is None:
        return content, marker
    return _MARKER_COMMENT.sub("", content), marker or comment.group(1)


def check_marker(marker: str) -> str:
    if not _MARKER_ID.match(marker):
        raise ValueError("a marker is a local id such as a UUID (letters, digits and '-')")
    return marker


def raw_text(value: Any) -> str:
    """WordPress's ``{"raw": …, "rendered": …}`` fields; fall back to plain strings."""
    if isinstance(value, dict):
        return str(value.get("raw", value.get("rendered", "")) or "")
    return "" if value is None else str(value)


def id_tuple(value: Any) -> tuple[int, ...]:
    """Ids from a JSON list; entries that are not whole numbers are left out."""
    if not isinstance(value, list):
        return ()
    return tuple(v for v in value if isinstance(v, int) and not isinstance(v, bool))


def as_int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float
        return default


class Redactor:
    """Removes the password, in every form it travels in, from text that came from outside."""

    def __init__(self, username: str, password: str) -> None:
        compact = re.sub(r"[\s-]", "", password)
        forms = {password, compact}
        for form in list(forms):
            forms.add(base64.b64encode(f"{username}:{form}".encode()).decode())
        self._forms = sorted((f for f in forms if len(f) >= 4), key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for form in self._forms:
            text = text.replace(form, "[redacted]")
        return text


_TAGS = re.compile(r"<[^>]*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def snippet(body: str, redact: Redactor, limit: int = 200) -> str:
    text = _TAGS.sub(" ", body)
    text = _CONTROL.sub("", text)
    text = " ".join(text.split())
    text = redact(text)
    return text if len(text) <= limit else text[:limit] + "…"
