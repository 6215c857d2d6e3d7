"""Which links answer 404, tried against a web server on loopback."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from editor_app.core.sync.links import broken_links


class _Site(BaseHTTPRequestHandler):
    """/gone: 404; /removed: 410; /moved: a redirect to /gone; /nohead: refuses HEAD (405) but its
    GET answers 404; /private: 403; anything else 200."""

    def _send(self, status: int, location: str = "") -> None:
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's method names
        if self.path == "/nohead":
            self._send(405)
        else:
            self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        codes = {"/gone": 404, "/removed": 410, "/nohead": 404, "/private": 403}
        if self.path == "/moved":
            self._send(301, "/gone")
        else:
            self._send(codes.get(self.path, 200))

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_only_not_found_and_gone_count_as_broken(site: str) -> None:
    urls = [f"{site}/{p}" for p in ("ok", "gone", "removed", "moved", "nohead", "private")]
    urls.append(f"http://127.0.0.1:{_closed_port()}/nobody-listens")  # unknown: not reported
    assert broken_links(urls, timeout=2) == [f"{site}/gone", f"{site}/removed", f"{site}/moved", f"{site}/nohead"]


def test_no_links_asks_nothing() -> None:
    assert broken_links([]) == []
