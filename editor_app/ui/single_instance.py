"""One running desk per store. The first Copydesk on a store listens on a local socket named
after the store's path; a later `copydesk` or `copydesk open …` on the same store hands its
request to it (bring the window forward, open these articles) instead of opening the store twice.

The wire format is one line of JSON each way: {"action": "activate"|"open", "articles": [ids]}
answered by {"ok": true, "open": [ids of the articles open in tabs]}.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

if TYPE_CHECKING:
    from editor_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

CONNECT_MS = 1000
ANSWER_MS = 5000
MAX_REQUEST_BYTES = 64_000


class StoreInUse(Exception):
    """Another Copydesk holds this store but does not answer."""


def server_name(store_file: Path) -> str:
    """The socket of the store's desk, unique to the store and the user.

    On Unix it is a full path in the user's runtime folder: a bare name would put the socket in
    the temporary folder, which follows $TMPDIR, so two launches with different $TMPDIR (a
    terminal and the desktop; the demo's caller and the demo) would not find each other and
    would open one store twice. Elsewhere (Windows' named pipes) the name alone is the address."""
    digest = hashlib.sha256(str(store_file.expanduser().resolve()).encode("utf-8")).hexdigest()[:20]
    name = f"copydesk-{digest}"
    if os.name != "posix":
        return name
    return str(runtime_folder() / name)


def runtime_folder() -> Path:
    """$XDG_RUNTIME_DIR, else an owner-only folder of this user's in /tmp (never $TMPDIR)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_dir():
        return Path(runtime)
    folder = Path("/tmp") / f"copydesk-runtime-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    if folder.stat().st_uid != os.getuid() or folder.is_symlink():
        raise StoreInUse(f"{folder} belongs to someone else; set XDG_RUNTIME_DIR")
    return folder


def send_request(name: str, request: dict[str, Any], *, answer_ms: int = ANSWER_MS) -> dict[str, Any] | None:
    """Hand `request` to the desk already running on the store; None when there is none.
    Raises StoreInUse when one holds the store but does not answer in time."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return None
    socket.write(QByteArray(json.dumps(request).encode("utf-8") + b"\n"))
    socket.waitForBytesWritten(CONNECT_MS)
    data = b""
    while b"\n" not in data:
        if not socket.waitForReadyRead(answer_ms):
            socket.abort()
            raise StoreInUse("the Copydesk that has this desk open does not answer")
        data += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        answer = json.loads(data.split(b"\n", 1)[0])
    except ValueError:
        raise StoreInUse("the program that holds this desk's socket is not Copydesk") from None
    return answer if isinstance(answer, dict) else None


class InstanceServer(QObject):
    """Listens for later launches on the same store; `handler` answers each request."""

    request = Signal(dict)

    def __init__(self, name: str, handler: Callable[[dict[str, Any]], dict[str, Any]], parent: QObject) -> None:
        super().__init__(parent)
        self.name = name
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening. A socket left by a desk that crashed is removed first (only once no
        desk answered on it, which the caller checked with `send_request`)."""
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QLocalServer.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)
            return self._server.listen(self.name)
        log.warning("cannot listen for other launches on %s: %s", self.name, self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST_BYTES:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        request: Any = {}
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise ValueError("not an object")
            answer = self._handler(request)
        except Exception as exc:  # a bad request must never take the desk down
            log.warning("ignored a request from another launch: %s", exc)
            answer = {"ok": False}
        socket.write(QByteArray(json.dumps(answer).encode("utf-8") + b"\n"))
        socket.flush()
        self.request.emit(request if isinstance(request, dict) else {})


def answer_launch(window: MainWindow, request: dict[str, Any]) -> dict[str, Any]:
    """What the running desk does for a later launch: come forward, open the articles asked for."""
    if request.get("action") not in ("activate", "open"):
        return {"ok": False}
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    articles = [str(a) for a in request.get("articles") or [] if isinstance(a, str)]
    if articles:
        window.list_panel.model.reload()  # an imported file is new to the list
    for article_id in articles:
        window.open_article(article_id, focus=article_id == articles[-1])
    return {"ok": True, "open": [e.article_id for e in window.editors()]}
