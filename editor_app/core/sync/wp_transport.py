"""The WordPress REST client's transport: the API root's discovery, sending one request, turning
every failure into a typed :mod:`editor_app.core.sync.errors` exception, and walking pages.
The REST operations on top are :class:`editor_app.core.sync.wordpress.WordPressClient`."""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any, Literal, Self
from urllib.parse import urljoin

import httpx

from editor_app.core.sync.errors import (
    AuthRejected,
    BadRequest,
    CmsError,
    Forbidden,
    InvalidSiteUrl,
    NotFoundRemote,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    SiteUnreachable,
    TermExists,
    UnexpectedResponse,
)
from editor_app.core.sync.wp_wire import (
    ApiRoot,
    Redactor,
    as_int,
    check_site_url,
    parse_retry_after,
    snippet,
)

log = logging.getLogger(__name__)
# Where WordPress states its version (the REST index does not): the feed and the home page.
_FEED_GENERATOR = re.compile(r"<generator>\s*https?://wordpress\.org/\?v=([0-9][0-9A-Za-z.\-]{0,30})\s*</generator>")
_META_GENERATOR = re.compile(
    r"<meta\s+name=[\"']generator[\"']\s+content=[\"']WordPress\s+([0-9][0-9A-Za-z.\-]{0,30})[\"']", re.IGNORECASE
)
VERSION_SCAN_CHARS = 200_000

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0)
PER_PAGE = 100  # WordPress's maximum
_MAX_RESTARTS = 3  # of a paged walk whose set changed meanwhile
USER_AGENT = "Copydesk/0.1"
API_REL = "https://api.w.org/"

_TERM_ROUTES: Mapping[str, str] = {"category": "categories", "post_tag": "tags"}
# 403 codes that mean "who are you?" rather than "you may not do this".
_CREDENTIAL_CODES = frozenset(
    {
        "invalid_username",
        "incorrect_password",
        "invalid_email",
        "rest_not_logged_in",
        "application_passwords_disabled",
        "application_passwords_disabled_for_user",
        "rest_cookie_invalid_nonce",
    }
)

Expect = Literal["object", "list"]


class WordPressTransport:
    """The HTTP side of the client: discovery of the API root, one request, its errors, paging.
    One site, one account. Thread-safe: one ``httpx.Client`` (a connection pool) is shared,
    so :func:`editor_app.core.sync.cms.map_concurrent` can drive it from several threads.

    No network happens in the constructor; the API root is discovered on first use unless
    ``api_root`` is given.
    """

    def __init__(
        self,
        site_url: str,
        username: str,
        app_password: str,
        *,
        api_root: str | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        max_connections: int = 8,
    ) -> None:
        self.site_url = check_site_url(site_url)
        self.username = username
        self._redact = Redactor(username, app_password)
        self._root: ApiRoot | None = ApiRoot(api_root) if api_root else None
        self._root_lock = threading.Lock()
        self._http = httpx.Client(
            auth=httpx.BasicAuth(username, app_password),
            timeout=timeout,
            transport=transport,
            follow_redirects=False,  # a redirected POST would silently become a GET
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.site_url!r}, user={self.username!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # ----------------------------------------------------------------- discovery
    @property
    def api_root(self) -> ApiRoot:
        with self._root_lock:
            if self._root is None:
                self._root = self._discover()
            return self._root

    def _discover(self) -> ApiRoot:
        """Find the REST API: ``/wp-json/`` first, then the ``Link: rel="https://api.w.org/"``
        header of the home page, then ``?rest_route=/`` (works without pretty permalinks)."""
        pretty = ApiRoot.for_site(self.site_url)
        if self._is_api_index(pretty.url):
            return pretty
        home = self._probe(self.site_url + "/")
        if home is not None:
            for link in home.headers.get_list("link"):
                found = re.search(r'<([^>]+)>\s*;\s*rel="?' + re.escape(API_REL), link)
                if found:
                    candidate = urljoin(str(home.url), found.group(1))
                    try:
                        root = ApiRoot(candidate)
                    except InvalidSiteUrl:
                        continue  # e.g. an https site announcing an http API: never downgrade
                    if self._is_api_index(*root.locate("/")):
                        return root
        fallback = ApiRoot.query_style_for_site(self.site_url)
        if self._is_api_index(*fallback.locate("/")):
            return fallback
        raise UnexpectedResponse(
            f"no WordPress REST API found at {self.site_url} (tried /wp-json/, the api.w.org "
            "link and ?rest_route=/); is this the site's address?",
            method="GET",
            route="/",
        )

    def _probe(self, url: str, params: Mapping[str, Any] | None = None) -> httpx.Response | None:
        # Redirects are followed here only (GETs); httpx drops the credentials whenever a
        # redirect leaves the origin, and a final plain-http address is refused below.
        try:
            response = self._http.get(url, params=params, follow_redirects=True)
        except httpx.TransportError as exc:
            raise self._transport_error(exc, "GET", "/") from None
        except httpx.RequestError as exc:
            raise UnexpectedResponse(f"discovery failed: {type(exc).__name__}", method="GET", route="/") from None
        try:
            check_site_url(str(response.url.copy_with(query=None)))
        except InvalidSiteUrl:
            return None  # redirected to plain http elsewhere: not a place to send a password
        return response

    def _is_api_index(self, url: str, params: Mapping[str, Any] | None = None) -> bool:
        response = self._probe(url, params)
        if response is None:
            return False
        if response.status_code in (401, 403) and "json" in response.headers.get("content-type", ""):
            raise self._status_error(response, "GET", "/")  # a REST API that refuses this account
        if response.status_code != 200:
            return False
        try:
            body = response.json()
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            return False
        return isinstance(body, dict) and "wp/v2" in (body.get("namespaces") or [])

    # ----------------------------------------------------------------- transport
    def _request(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Mapping[str, Any] | None = None,
        files: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        expect: Expect = "object",
    ) -> tuple[Any, httpx.Response]:
        url, query = self.api_root.locate(route, params)
        started = time.monotonic()
        try:
            response = self._http.request(method, url, params=query, json=json_body, files=files, data=data)
        except httpx.TransportError as exc:
            log.debug("%s %s failed after %.0f ms: %s", method, route, _ms(started), type(exc).__name__)
            raise self._transport_error(exc, method, route) from None
        except httpx.RequestError as exc:  # undecodable body, too many redirects
            raise UnexpectedResponse(
                f"the answer could not be read ({type(exc).__name__})", method=method, route=route
            ) from None
        log.debug("%s %s -> %s in %.0f ms", method, route, response.status_code, _ms(started))
        if not 200 <= response.status_code < 300:
            raise self._status_error(response, method, route)
        return self._json(response, method, route, expect), response

    def _transport_error(self, exc: httpx.TransportError, method: str, route: str) -> CmsError:
        detail = self._redact(str(exc)) or type(exc).__name__
        if isinstance(exc, httpx.ConnectTimeout | httpx.ConnectError | httpx.PoolTimeout | httpx.ProxyError):
            return SiteUnreachable(f"could not reach the site ({detail})", method=method, route=route)
        if isinstance(exc, httpx.ReadTimeout | httpx.WriteTimeout):
            return OutcomeUnknown(
                f"no answer within the time limit; the site may or may not have done it ({detail})",
                method=method,
                route=route,
            )
        if isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.RemoteProtocolError):
            return OutcomeUnknown(
                f"the connection broke after the request was sent ({detail})", method=method, route=route
            )
        if isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError):
            return SiteUnreachable(f"the request could not be sent ({detail})", method=method, route=route)
        return OutcomeUnknown(f"network failure ({detail})", method=method, route=route)

    def _json(self, response: httpx.Response, method: str, route: str, expect: Expect) -> Any:
        try:
            body = json.loads(response.content)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            body = _INVALID
        wanted = dict if expect == "object" else list
        if not isinstance(body, wanted):
            raise UnexpectedResponse(
                f"expected a JSON {expect} from the WordPress API but got HTTP {response.status_code} "
                f"{_content_type(response)}: {snippet(response.text, self._redact)!r}",
                method=method,
                route=route,
                status=response.status_code,
            )
        return body

    def _status_error(self, response: httpx.Response, method: str, route: str) -> CmsError:
        status = response.status_code
        try:
            body = json.loads(response.content)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
            body = None
        wp = body if isinstance(body, dict) and isinstance(body.get("code"), str) else None
        code = wp["code"] if wp else None
        message = self._redact(str(wp.get("message") or code)) if wp else snippet(response.text, self._redact)
        wp_data = wp.get("data") if wp and isinstance(wp.get("data"), dict) else {}
        common: dict[str, Any] = {"method": method, "route": route, "status": status}

        if 300 <= status < 400:
            target = response.headers.get("location", "?")
            return UnexpectedResponse(
                f"the site redirected to {self._redact(target)}; check the site address (https? www?)",
                **common,
            )
        if status == 401 or (status == 403 and (wp is None or code in _CREDENTIAL_CODES)):
            return AuthRejected(
                f"the site refused the credentials of {self.username!r} for {method} {route}: {message}",
                code=code,
                data=wp_data,
                **common,
            )
        if status == 429 or (status == 503 and "retry-after" in response.headers):
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            return RateLimited(
                f"the site asks to slow down (retry after {retry_after} s): {message}",
                retry_after=retry_after,
                code=code,
                data=wp_data,
                **common,
            )
        if status >= 500:
            return ServerError(f"the site failed with HTTP {status}: {message}", code=code, data=wp_data, **common)
        if wp is None:
            if status == 404:
                return UnexpectedResponse(
                    f"HTTP 404 with a body that is not WordPress JSON: {message!r}; is this the site's address?",
                    **common,
                )
            return BadRequest(f"HTTP {status}: {message}", **common)
        if status == 403:
            return Forbidden(message, code=code, data=wp_data, **common)
        if status == 404:
            if code == "rest_no_route":
                return UnexpectedResponse(f"the site has no REST route {route} ({message})", **common)
            return NotFoundRemote(message, code=code, data=wp_data, **common)
        if code == "rest_invalid_param" and "forbidden" in str(_params(wp_data).get("status", "")).lower():
            # A wrong application password is not always refused outright: WordPress may
            # treat the request as anonymous, and anonymous users may not list drafts.
            return AuthRejected(
                f"the site treated {self.username!r} as not logged in for {method} {route} "
                f"(wrong or revoked application password?): {message}",
                code=code,
                data=wp_data,
                **common,
            )
        if code == "term_exists":
            return TermExists(message, code=code, data=wp_data, **common)
        return BadRequest(message, code=code, data=wp_data, **common)

    def _pages(self, route: str, params: Mapping[str, Any]) -> Iterator[tuple[list[Any], int, int, int]]:
        """Walk ``X-WP-TotalPages`` pages of a listing ordered by id (a unique key: WordPress
        adds no tie-breaker, so ordering by a date shuffles equal dates between pages).

        If the total changes mid-walk (an item was added to or removed from the set, which
        shifts offsets), the walk starts again and items already yielded are left out, so
        nothing is skipped and nothing is given twice.
        """
        seen: set[int] = set()
        restarts = 0
        page, first_total, walked = 1, None, 0  # walked: the furthest page reached before a restart
        while True:
            try:
                items, response = self._request("GET", route, params={**params, "page": page}, expect="list")
            except BadRequest as exc:
                if page > 1 and exc.code in ("rest_post_invalid_page_number", "rest_invalid_page_number"):
                    items, response = [], None  # the set shrank below this page
                else:
                    raise
            total = as_int(response.headers.get("x-wp-total"), len(items)) if response else -1
            total_pages = as_int(response.headers.get("x-wp-totalpages"), 1) if response else page - 1
            if first_total is None:
                first_total = total
            elif total != first_total and restarts < _MAX_RESTARTS:
                restarts += 1
                walked = max(walked, page)
                page, first_total = 1, None
                continue
            fresh = [item for item in items if _item_id(item) not in seen]
            if items and not fresh and page > walked:
                # A site (or a cache in front of it) that sends the same page again would keep
                # a walk going for as many pages as it claims.
                raise UnexpectedResponse(
                    f"the site sent the same items again on page {page} of {total_pages}", method="GET", route=route
                )
            seen.update(i for i in map(_item_id, fresh) if i is not None)
            if response is not None:
                yield fresh, page, total_pages, total
            if not items or page >= total_pages:
                return
            page += 1


class _Invalid:
    pass


_INVALID = _Invalid()


def _params(data: Mapping[str, Any]) -> Mapping[str, Any]:
    params = data.get("params")
    return params if isinstance(params, dict) else {}


def _content_type(response: httpx.Response) -> str:
    return f"({response.headers.get('content-type', 'no content type')})"


def _ms(started: float) -> float:
    return (time.monotonic() - started) * 1000


def _item_id(item: Any) -> int | None:
    """A listed item's id, when it has a usable one (the readers refuse the others)."""
    value = item.get("id") if isinstance(item, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None
