"""A small fault-injecting HTTP proxy for tests: client → proxy (127.0.0.1) → WordPress.

Rules pick requests by method and a regular expression on the path (with query) and decide
what happens to them:

* ``delay(seconds)``      wait, then forward and answer normally (beyond the client's read
                          timeout this is "sent, no answer in time", and the site still acts);
                          with ``forward=True`` the site acts first and the answer is held back;
* ``stall(seconds)``      hold the request without forwarding, then close: a timeout before
                          the site ever saw the request;
* ``truncate()``          forward, then send the site's answer cut in half under its full
                          Content-Length and close: a body that ends early;
* ``drop_response()``     forward, let the site act, then close the socket without answering;
* ``reset()``             answer with a TCP RST (SO_LINGER 0), before or after forwarding;
* ``respond(status, …)``  answer by itself: 429/502/503 with Retry-After, an HTML proxy page,
                          a PHP fatal error with status 200 …, before or after forwarding.

``forwarded`` records every request that actually reached the site, so a test can count
creates. Requests that match no rule are forwarded untouched.
"""

from __future__ import annotations

import http.client
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "content-length",
}

PROXY_ERROR_PAGE = (
    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
    "</center><hr><center>nginx</center></body></html>"
)
PHP_FATAL_ERROR = (
    "<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function copydesk_missing() in "
    "/var/www/html/wp-content/plugins/broken/broken.php:12\nStack trace:\n#0 {main}\n  thrown in "
    "<b>/var/www/html/wp-content/plugins/broken/broken.php</b> on line <b>12</b><br />\n"
)


@dataclass
class Rule:
    pattern: re.Pattern[str]
    method: str | None
    action: str  # "delay", "stall", "truncate", "drop", "reset", "respond"
    times: int | None = 1  # None: every matching request
    forward: bool = False  # forward to the site before acting (for "reset" and "respond")
    seconds: float = 0.0
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.times is not None and self.hits >= self.times:
            return False
        return (self.method is None or self.method == method) and bool(self.pattern.search(path))


@dataclass(frozen=True)
class Upstream:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


class FaultProxy:
    def __init__(self, upstream_url: str) -> None:
        parts = urlsplit(upstream_url)
        self._upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._rules: list[Rule] = []
        self._lock = threading.Lock()
        self.forwarded: list[tuple[str, str]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="fault-proxy", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # ------------------------------------------------------------------ rules
    def _add(self, action: str, path: str, method: str | None, times: int | None, **kw: object) -> Rule:
        rule = Rule(re.compile(path), method.upper() if method else None, action, times, **kw)  # type: ignore[arg-type]
        with self._lock:
            self._rules.append(rule)
        return rule

    def delay(
        self, path: str, seconds: float, *, method: str | None = None, times: int | None = 1, forward: bool = False
    ) -> Rule:
        return self._add("delay", path, method, times, seconds=seconds, forward=forward)

    def stall(self, path: str, seconds: float, *, method: str | None = None, times: int | None = 1) -> Rule:
        return self._add("stall", path, method, times, seconds=seconds)

    def truncate(self, path: str, *, method: str | None = None, times: int | None = 1) -> Rule:
        return self._add("truncate", path, method, times, forward=True)

    def drop_response(self, path: str, *, method: str | None = None, times: int | None = 1) -> Rule:
        return self._add("drop", path, method, times, forward=True)

    def reset(self, path: str, *, method: str | None = None, times: int | None = 1, forward: bool = False) -> Rule:
        return self._add("reset", path, method, times, forward=forward)

    def respond(
        self,
        path: str,
        status: int,
        body: str | bytes = b"",
        *,
        content_type: str = "text/html; charset=UTF-8",
        headers: dict[str, str] | None = None,
        method: str | None = None,
        times: int | None = 1,
        forward: bool = False,
    ) -> Rule:
        raw = body.encode() if isinstance(body, str) else body
        all_headers = {"Content-Type": content_type, **(headers or {})}
        return self._add("respond", path, method, times, status=status, body=raw, headers=all_headers, forward=forward)

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """Requests that reached the site, optionally only those matching method and path regex."""
        with self._lock:
            seen = list(self.forwarded)
        return sum(
            1 for m, p in seen if (method is None or m == method.upper()) and (path is None or re.search(path, p))
        )

    def _take_rule(self, method: str, path: str) -> Rule | None:
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path):
                    rule.hits += 1
                    return rule
        return None

    # ------------------------------------------------------------------ forwarding
    def _forward(self, method: str, path: str, headers: list[tuple[str, str]], body: bytes) -> Upstream:
        host, port = self._upstream
        conn = http.client.HTTPConnection(host, port, timeout=120)
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            conn.putheader("Host", f"{host}:{port}")
            for name, value in headers:
                if name.lower() not in _HOP_BY_HOP and name.lower() != "host":
                    conn.putheader(name, value)
            conn.putheader("Content-Length", str(len(body)))
            conn.putheader("Connection", "close")
            conn.endheaders(body)
            with self._lock:
                self.forwarded.append((method, path))
            response = conn.getresponse()
            return Upstream(response.status, response.reason, response.getheaders(), response.read())
        finally:
            conn.close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - keep tests quiet
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                method, path = self.command, self.path
                rule = proxy._take_rule(method, path)
                self.close_connection = True
                if rule is None:
                    self._send(proxy._forward(method, path, list(self.headers.items()), body))
                    return
                if rule.action == "delay":
                    if rule.forward:  # the site acts now; its answer comes too late
                        upstream = proxy._forward(method, path, list(self.headers.items()), body)
                        time.sleep(rule.seconds)
                    else:
                        time.sleep(rule.seconds)
                        upstream = proxy._forward(method, path, list(self.headers.items()), body)
                    self._send(upstream)
                    return
                if rule.action == "stall":  # never forwarded: the site does not know of it
                    time.sleep(rule.seconds)
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if rule.action == "truncate":
                    upstream = proxy._forward(method, path, list(self.headers.items()), body)
                    self._send(upstream, cut=max(1, len(upstream.body) // 2))
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if rule.forward:
                    proxy._forward(method, path, list(self.headers.items()), body)
                if rule.action == "drop":
                    self.connection.shutdown(socket.SHUT_RDWR)  # a clean close with no answer at all
                elif rule.action == "reset":
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()  # linger 0: the kernel sends RST, not FIN
                else:
                    self._send(Upstream(rule.status, "", list(rule.headers.items()), rule.body))

            def _send(self, upstream: Upstream, cut: int | None = None) -> None:
                try:
                    self.send_response(upstream.status, upstream.reason or None)
                    for name, value in upstream.headers:
                        # send_response already wrote its own Date and Server
                        if name.lower() not in _HOP_BY_HOP and name.lower() not in ("date", "server"):
                            self.send_header(name, value)
                    self.send_header("Content-Length", str(len(upstream.body)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(upstream.body if cut is None else upstream.body[:cut])
                    self.wfile.flush()
                except OSError:
                    pass  # the client gave up (read timeout): nothing to tell it any more

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

        return Handler
