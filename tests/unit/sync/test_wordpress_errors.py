"""How the WordPress client classifies answers and failures, with an in-process transport."""

from __future__ import annotations

import base64
import traceback
import zoneinfo
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.sync.cms import PostChanges
from editor_app.core.sync.errors import (
    AuthRejected,
    BadRequest,
    CmsError,
    Forbidden,
    NotFoundRemote,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    SiteUnreachable,
    TermExists,
    UnexpectedResponse,
)
from editor_app.core.sync.wordpress import WordPressClient
from editor_app.core.sync.wp_wire import embed_marker, format_gmt, parse_gmt, parse_retry_after, strip_marker

SITE = "https://news.example.com"
PASSWORD = "Zq7v Kp2m Xw9r Lt4n Bc8s Hy3d"
BASIC_TOKEN = base64.b64encode(f"alice:{PASSWORD}".encode()).decode()


def client_for(handler) -> WordPressClient:
    return WordPressClient(SITE, "alice", PASSWORD, api_root=SITE + "/wp-json/", transport=httpx.MockTransport(handler))


def answer(status: int, body: object = None, *, text: str | None = None, headers: dict | None = None):
    def handler(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handler


def wp_error(code: str, message: str, status: int, **data: object) -> dict:
    return {"code": code, "message": message, "data": {"status": status, **data}}


def raising(exc_type: type[Exception]):
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc_type("boom", request=request)

    return handler


@pytest.mark.parametrize(
    ("handler", "expected", "code"),
    [
        (answer(401, wp_error("rest_not_logged_in", "You are not currently logged in.", 401)), AuthRejected, None),
        (answer(403, wp_error("incorrect_password", "The password is incorrect.", 403)), AuthRejected, None),
        (answer(403, text="<html><h1>403 Forbidden</h1></html>"), AuthRejected, None),
        (answer(403, wp_error("rest_cannot_publish", "Sorry, you cannot publish.", 403)), Forbidden, None),
        (answer(404, wp_error("rest_post_invalid_id", "Invalid post ID.", 404)), NotFoundRemote, None),
        (answer(404, wp_error("rest_no_route", "No route was found.", 404)), UnexpectedResponse, None),
        (answer(404, text="<html>Not Found</html>"), UnexpectedResponse, None),
        (answer(400, wp_error("rest_invalid_param", "Invalid parameter(s): status", 400)), BadRequest, None),
        (answer(400, wp_error("term_exists", "A term with the name provided already exists.", 400, term_id=7)),
         TermExists, None),
        (answer(429, text="slow down", headers={"Retry-After": "7"}), RateLimited, None),
        (answer(503, text="maintenance", headers={"Retry-After": "30"}), RateLimited, None),
        (answer(503, text="<html>Service Unavailable</html>"), ServerError, None),
        (answer(502, text="<html>Bad Gateway</html>"), ServerError, None),
        (answer(500, wp_error("internal_server_error", "There has been a critical error.", 500)), ServerError, None),
        (answer(301, text="", headers={"Location": "https://www.news.example.com/wp-json/wp/v2/posts"}),
         UnexpectedResponse, None),
        (answer(200, text="<html><body>Proxy error</body></html>"), UnexpectedResponse, None),
        (answer(200, text="<b>Fatal error</b>: Uncaught Error in x.php:12"), UnexpectedResponse, None),
        (answer(200, [1, 2]), UnexpectedResponse, None),
        (answer(200, {"no": "id"}), UnexpectedResponse, None),
        (raising(httpx.ConnectError), SiteUnreachable, None),
        (raising(httpx.ConnectTimeout), SiteUnreachable, None),
        (raising(httpx.ReadTimeout), OutcomeUnknown, None),
        (raising(httpx.WriteTimeout), OutcomeUnknown, None),
        (raising(httpx.ReadError), OutcomeUnknown, None),
        (raising(httpx.RemoteProtocolError), OutcomeUnknown, None),
    ],
)  # fmt: skip
def test_every_failure_is_typed(handler, expected: type[CmsError], code: object) -> None:
    with client_for(handler) as client, pytest.raises(expected) as caught:
        client.get_post(12)
    assert caught.value.method == "GET"
    assert caught.value.route == "/wp/v2/posts/12"


def test_wordpress_code_and_message_are_kept() -> None:
    body = wp_error("rest_cannot_publish", "Sorry, you are not allowed to publish posts as this user.", 403)
    with client_for(answer(403, body)) as client, pytest.raises(Forbidden) as caught:
        client.create_post(PostChanges(title="t", status="publish"))
    assert caught.value.code == "rest_cannot_publish"
    assert "not allowed to publish" in str(caught.value)
    assert caught.value.status == 403


def test_term_exists_carries_the_existing_id() -> None:
    body = wp_error("term_exists", "A term with the name provided already exists.", 400, term_id=42)
    with client_for(answer(400, body)) as client, pytest.raises(TermExists) as caught:
        client.create_term("category", "World")
    assert caught.value.term_id == 42


def test_retry_after_in_seconds_and_as_http_date() -> None:
    with client_for(answer(429, text="", headers={"Retry-After": "12"})) as client:
        with pytest.raises(RateLimited) as caught:
            client.whoami()
    assert caught.value.retry_after == 12
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    with client_for(answer(503, text="", headers={"Retry-After": later})) as client:
        with pytest.raises(RateLimited) as caught:
            client.whoami()
    assert caught.value.retry_after is not None and 85 <= caught.value.retry_after <= 90


def test_parse_retry_after_edge_cases() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("0") == 0
    assert parse_retry_after("Thu, 01 Jan 2026 00:00:30 GMT", now=now) == 30
    assert parse_retry_after("Wed, 31 Dec 2025 23:00:00 GMT", now=now) == 0  # in the past


def test_unexpected_body_message_says_what_and_is_short() -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 5000 + "</body></html>"
    with client_for(answer(200, text=page)) as client, pytest.raises(UnexpectedResponse) as caught:
        client.get_post(1)
    text = str(caught.value)
    assert "expected a JSON object" in text and "HTTP 200" in text and "502 Bad Gateway" in text
    assert len(text) < 400 and "<title>" not in text


def test_may_have_applied_tells_the_sync_when_to_reconcile() -> None:
    cases = [
        (raising(httpx.ReadTimeout), True),
        (raising(httpx.ConnectError), False),
        (answer(502, text="bad gateway"), True),
        (answer(200, text="<b>Warning</b> {}"), True),
        (answer(400, wp_error("rest_invalid_param", "bad", 400)), False),
        (answer(429, text=""), False),
    ]
    for handler, applied in cases:
        with client_for(handler) as client, pytest.raises(CmsError) as caught:
            client.create_post(PostChanges(title="x"))
        assert caught.value.may_have_applied is applied, caught.value
    with client_for(raising(httpx.ReadTimeout)) as client, pytest.raises(OutcomeUnknown) as caught:
        client.get_post(3)
    assert caught.value.may_have_applied is False  # a read changes nothing


def _all_text(exc: BaseException) -> str:
    return str(exc) + repr(exc) + "".join(traceback.format_exception(exc))


@pytest.mark.parametrize(
    "handler",
    [
        answer(200, text=f"<pre>PHP Fatal error: $_SERVER['PHP_AUTH_PW'] = '{PASSWORD}'</pre>"),
        answer(401, wp_error("incorrect_password", f"The password {PASSWORD.replace(' ', '')} is wrong", 401)),
        answer(502, text=f"upstream said Authorization: Basic {BASIC_TOKEN}"),
        answer(301, text="", headers={"Location": f"https://x.example/?pw={PASSWORD}"}),
    ],
)  # fmt: skip
def test_the_password_never_appears_in_errors(handler) -> None:
    with client_for(handler) as client, pytest.raises(CmsError) as caught:
        client.get_post(1)
    text = _all_text(caught.value)
    assert PASSWORD not in text and PASSWORD.replace(" ", "") not in text
    assert "[redacted]" in text
    assert PASSWORD not in repr(client)


@given(st.text(max_size=300))
def test_redaction_holds_for_any_body(noise: str) -> None:
    body = noise + PASSWORD + noise
    with client_for(answer(500, text=body)) as client:
        try:
            client.get_post(1)
        except CmsError as exc:
            assert PASSWORD not in _all_text(exc)


def test_dates_are_sent_as_gmt_only() -> None:
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(201, json={"id": 5, "date_gmt": "2026-12-01T03:00:00", "status": "future"})

    tokyo = datetime(2026, 12, 1, 12, 0, tzinfo=UTC).astimezone(zoneinfo.ZoneInfo("Asia/Tokyo"))
    with client_for(handler) as client:
        post = client.create_post(PostChanges(title="x", status="future", date_gmt=tokyo))
    assert b'"date_gmt":"2026-12-01T12:00:00"' in sent[0].replace(b" ", b"")
    assert b'"date"' not in sent[0]
    assert post.date_gmt == datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
    with pytest.raises(ValueError):
        format_gmt(datetime(2026, 1, 1))


def test_gmt_parsing() -> None:
    assert parse_gmt("2026-11-28T15:11:22") == datetime(2026, 11, 28, 15, 11, 22, tzinfo=UTC)
    assert parse_gmt("2026-11-28T15:11:22+09:00") == datetime(2026, 11, 28, 6, 11, 22, tzinfo=UTC)
    assert parse_gmt(None) is None and parse_gmt("") is None and parse_gmt("garbage") is None


def test_marker_round_trip() -> None:
    marker = "0b8c6f3e-2c55-4f7e-9a51-1d2c3b4a5f60"
    content = "<p>本文</p>"
    wire = embed_marker(content, marker)
    assert strip_marker(wire) == (content, marker)
    assert embed_marker(wire, marker) == wire  # never doubled
    assert strip_marker(content) == (content, None)
    with pytest.raises(ValueError):
        embed_marker(content, "x --> <script>")


def test_anonymous_status_refusal_means_bad_credentials() -> None:
    body = wp_error(
        "rest_invalid_param", "Invalid parameter(s): status", 400, params={"status": "Status is forbidden."}
    )
    with client_for(answer(400, body)) as client, pytest.raises(AuthRejected):
        client.list_posts()


def test_paging_restarts_when_the_set_changes_and_never_repeats_items() -> None:
    """Page 2 reports a different total (a post was trashed meanwhile): walk again, skip seen ids."""
    calls: list[int] = []
    listings = {
        1: [({"id": 1}, {"id": 2}), 4],  # first walk: page 1 of 2, total 4
        2: [({"id": 4},), 3],  # page 2: total changed to 3 -> restart
    }
    second_walk = {1: [({"id": 1}, {"id": 2}), 3], 2: [({"id": 4},), 3]}

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        calls.append(page)
        table = listings if len(calls) <= 2 else second_walk
        items, total = table[page]
        posts = [{**item, "title": {"raw": f"p{item['id']}"}} for item in items]
        return httpx.Response(200, json=posts, headers={"X-WP-Total": str(total), "X-WP-TotalPages": "2"})

    with client_for(handler) as client:
        posts = client.list_posts()
    assert calls == [1, 2, 1, 2]
    assert [p.id for p in posts] == [1, 2, 4]
