"""A QWebEngineView that shows rendered articles and nothing else.

Three independent locks keep article content inert: JavaScript is off for page content (the
app's own code, which scrolls and swaps each new rendering into the loaded page, runs in the
isolated ApplicationWorld, which that setting does not block), the template's
Content-Security-Policy forbids scripts, and a request interceptor lets through only image
loads (http, https, file, data) and the files of a site's learned look from the preview's own
scheme (stylesheets, fonts, images served from the desk's cache by `LookSchemeHandler`) — no
stylesheets, fonts, frames or fetches from the network.
The swap replaces only the body's content and the title, so the CSP parsed with the first load
stays in force. Link clicks never navigate the preview away.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from editor_app.ui.preview.look_scheme import LookSchemeHandler

from editor_app.core.look.cache import LOOK_SCHEME

IMAGE_SCHEMES = frozenset({"http", "https", "file", "data", "blob"})
_LOOK_KINDS = frozenset(
    {
        QWebEngineUrlRequestInfo.ResourceType.ResourceTypeStylesheet,
        QWebEngineUrlRequestInfo.ResourceType.ResourceTypeFontResource,
        QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage,
    }
)
DOCUMENT_SCHEMES = frozenset({"data", "about"})


class ImageOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request except images and the preview document itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []  # the last few blocked URLs, for the status line and tests
        self.seen: list[str] = []  # the last few requested URLs, allowed or not (tests read it)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 - Qt's API name
        scheme = info.requestUrl().scheme().lower()
        kind = info.resourceType()
        self.seen.append(info.requestUrl().toString()[:300])
        del self.seen[:-200]
        if kind == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeImage and scheme in IMAGE_SCHEMES:
            return
        if kind in _LOOK_KINDS and scheme == LOOK_SCHEME:
            return
        if kind == QWebEngineUrlRequestInfo.ResourceType.ResourceTypeMainFrame and scheme in DOCUMENT_SCHEMES:
            return
        info.block(True)
        self.blocked.append(info.requestUrl().toString()[:300])
        del self.blocked[:-50]


class PreviewPage(QWebEnginePage):
    def acceptNavigationRequest(  # noqa: N802 - Qt's API name
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            if url.scheme() in ("http", "https", "mailto"):
                QDesktopServices.openUrl(url)  # the reader's browser, not the preview
            return False
        return url.scheme() in DOCUMENT_SCHEMES or not is_main_frame and url.scheme() in IMAGE_SCHEMES


def _ignore(_result: object) -> None:
    pass


class PreviewWebView(QWebEngineView):
    """The view with its own off-the-record profile, so nothing is cached or shared on disk."""

    def __init__(self, parent: QWidget | None = None, cache_dir: Path | None = None) -> None:
        super().__init__(parent)
        # The profile must outlive its page; `dispose` deletes the page first.
        self._profile = QWebEngineProfile(self)
        self.interceptor = ImageOnlyInterceptor(self._profile)
        self._profile.setUrlRequestInterceptor(self.interceptor)
        self.look_files: LookSchemeHandler | None = None
        if cache_dir is not None:
            from editor_app.ui.preview.look_scheme import LookSchemeHandler

            self.look_files = LookSchemeHandler(cache_dir, self._profile)
            self._profile.installUrlSchemeHandler(LOOK_SCHEME.encode(), self.look_files)
        self._profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self._profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        self._page = PreviewPage(self._profile, self)
        s = self._page.settings()
        attr = QWebEngineSettings.WebAttribute
        s.setAttribute(attr.JavascriptEnabled, False)
        s.setAttribute(attr.JavascriptCanOpenWindows, False)
        s.setAttribute(attr.JavascriptCanAccessClipboard, False)
        s.setAttribute(attr.LocalContentCanAccessRemoteUrls, True)  # remote images of the article
        s.setAttribute(attr.LocalContentCanAccessFileUrls, True)  # local featured images
        s.setAttribute(attr.PluginsEnabled, False)
        s.setAttribute(attr.AutoLoadIconsForPage, False)
        s.setAttribute(attr.ErrorPageEnabled, False)
        s.setAttribute(attr.PdfViewerEnabled, False)
        s.setAttribute(attr.NavigateOnDropEnabled, False)
        s.setAttribute(attr.LocalStorageEnabled, False)
        self.setPage(self._page)
        self.setAccessibleName(self.tr("Article preview"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def run_app_script(self, code: str, callback: Callable[[object], None] | None = None) -> None:
        """Run the app's own code in the isolated world (page scripts stay disabled)."""
        world = QWebEngineScript.ScriptWorldId.ApplicationWorld
        # Always pass a callback: without one, PySide 6.12 releases None once too often.
        self._page.runJavaScript(code, world, callback or _ignore)

    def dispose(self) -> None:
        """Delete the page before its profile (Qt warns at exit otherwise)."""
        self.setPage(None)  # type: ignore[arg-type]
        self._page.deleteLater()
