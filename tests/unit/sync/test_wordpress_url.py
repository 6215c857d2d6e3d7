"""Site address rules and REST API discovery, without any network."""

from __future__ import annotations

import httpx
import pytest

from editor_app.core.sync.errors import InsecureUrl, InvalidSiteUrl, UnexpectedResponse
from editor_app.core.sync.wordpress import WordPressClient
from editor_app.core.sync.wp_wire import ApiRoot, check_site_url, is_loopback_host


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://news.example.com/", "https://news.example.com"),
        ("https://News.Example.com/blog/", "https://news.example.com/blog"),
        ("news.example.com", "https://news.example.com"),
        ("  https://news.example.com/?x=1#top ", "https://news.example.com"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("http://127.45.6.7", "http://127.45.6.7"),
        ("http://localhost:8000", "http://localhost:8000"),
        ("http://[::1]:8000/", "http://[::1]:8000"),
    ],
)
def test_accepted_addresses_are_normalised(given: str, expected: str) -> None:
    assert check_site_url(given) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://news.example.com",
        "http://192.168.1.10/",
        "http://10.0.0.1:8080",
        "http://0.0.0.0:8080",
        "http://[::2]/",
        "http://localhost.example.com/",
        "http://127.0.0.1.nip.io/",
    ],
)
def test_plain_http_is_refused_off_loopback(url: str) -> None:
    with pytest.raises(InsecureUrl, match="https"):
        check_site_url(url)


@pytest.mark.parametrize(
    "url", ["", "ftp://news.example.com", "https://", "https://user:pw@news.example.com", "https://x:99999"]
)
def test_unusable_addresses_are_refused(url: str) -> None:
    with pytest.raises(InvalidSiteUrl):
        check_site_url(url)


def test_credentials_in_the_address_are_not_echoed() -> None:
    with pytest.raises(InvalidSiteUrl) as caught:
        check_site_url("https://alice:hunter2hunter2@news.example.com")
    assert "hunter2" not in str(caught.value)


def test_insecure_url_is_a_value_error() -> None:
    assert issubclass(InsecureUrl, ValueError)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("::1", True), ("[::1]", True), ("LOCALHOST", True), ("example.com", False), ("::", False)],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_client_constructor_enforces_https_without_network() -> None:
    with pytest.raises(InsecureUrl):
        WordPressClient("http://news.example.com", "alice", "abcd efgh ijkl mnop qrst uvwx")


def test_api_root_forms() -> None:
    pretty = ApiRoot.for_site("https://news.example.com/")
    assert pretty.url == "https://news.example.com/wp-json/"
    assert pretty.locate("/wp/v2/posts", {"page": 2}) == ("https://news.example.com/wp-json/wp/v2/posts", {"page": 2})
    query = ApiRoot("https://news.example.com/index.php?rest_route=/")
    assert query.query_style
    assert query.locate("/wp/v2/posts", {"page": 2}) == (
        "https://news.example.com/index.php",
        {"rest_route": "/wp/v2/posts", "page": 2},
    )


def test_api_root_must_be_secure_too() -> None:
    with pytest.raises(InsecureUrl):
        ApiRoot("http://news.example.com/wp-json/")


INDEX = {"name": "Site", "namespaces": ["oembed/1.0", "wp/v2"], "gmt_offset": 9, "timezone_string": "Asia/Tokyo"}


def _client(handler, site: str = "https://news.example.com") -> WordPressClient:
    return WordPressClient(site, "alice", "abcd efgh ijkl mnop", transport=httpx.MockTransport(handler))


def test_discovery_prefers_wp_json() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/wp-json/":
            return httpx.Response(200, json=INDEX)
        return httpx.Response(404)

    with _client(handler) as client:
        assert client.api_root.url == "https://news.example.com/wp-json/"
        assert client.site_info().timezone_string == "Asia/Tokyo"


def test_discovery_follows_the_api_link_header() -> None:
    """A site without pretty permalinks answers /wp-json/ with its HTML home page."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("rest_route") is not None:
            return httpx.Response(200, json=INDEX)
        link = '<https://news.example.com/index.php?rest_route=/>; rel="https://api.w.org/"'
        return httpx.Response(200, text="<html>home</html>", headers={"Link": link})

    with _client(handler) as client:
        root = client.api_root
        assert root.query_style
        assert root.locate("/wp/v2/posts")[0] == "https://news.example.com/index.php"


def test_discovery_falls_back_to_rest_route() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("rest_route") == "/":
            return httpx.Response(200, json=INDEX)
        return httpx.Response(200, text="<html>no link header</html>")

    with _client(handler) as client:
        assert client.api_root.url == "https://news.example.com/?rest_route=/"


def test_discovery_never_follows_a_downgrade_to_http() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "https":
            return httpx.Response(301, headers={"Location": "http://news.example.com" + request.url.path})
        return httpx.Response(200, json=INDEX)  # would "work" over http: must not be used

    with _client(handler) as client, pytest.raises(UnexpectedResponse, match="no WordPress REST API"):
        client.whoami()


def test_discovery_failure_says_what_was_tried() -> None:
    with _client(lambda request: httpx.Response(200, text="<html>not WordPress</html>")) as client:
        with pytest.raises(UnexpectedResponse, match="wp-json"):
            client.whoami()
