"""The preview's own URL scheme: a site's learned look served from the desk's cache, never the network.

``copydesk-look://KEY/files/NAME`` answers with the cached file NAME of the look whose folder is
KEY; anything else is refused. The scheme must be registered before the QApplication exists
(`register_look_scheme`, called by `make_application`).
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler

from editor_app.core.look.cache import FILES, LOOK_SCHEME, LookCache

_NAME = re.compile(r"^[0-9a-f]{24}(\.[A-Za-z0-9]{1,6})?$")
_TYPES = {
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".avif": "image/avif",
}


def register_look_scheme() -> None:
    """Declare the scheme to the web engine; a second call (tests make several windows) does nothing."""
    if QWebEngineUrlScheme.schemeByName(LOOK_SCHEME.encode()).name():
        return
    scheme = QWebEngineUrlScheme(LOOK_SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    flags = QWebEngineUrlScheme.Flag
    # Secure: pages of this origin may use its fonts; local access: a local featured image still shows.
    scheme.setFlags(flags.SecureScheme | flags.LocalAccessAllowed | flags.CorsEnabled)
    QWebEngineUrlScheme.registerScheme(scheme)


def content_type(name: str) -> bytes:
    ext = Path(name).suffix.lower()
    return (_TYPES.get(ext) or mimetypes.types_map.get(ext) or "application/octet-stream").encode()


class LookSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves the files of learned looks from the cache folder, and nothing else."""

    def __init__(self, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = LookCache(cache_dir)
        self.served: list[str] = []  # the last few URLs answered, for tests

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 - Qt's API name
        url = job.requestUrl()
        folder = self._cache.folder_for_key(url.host())
        parts = url.path().split("/")
        if folder is None or len(parts) != 3 or parts[1] != FILES or not _NAME.match(parts[2]):
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        try:
            data = (folder / FILES / parts[2]).read_bytes()
        except OSError:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(content_type(parts[2]), buffer)
        self.served.append(url.toString())
        del self.served[:-200]
