"""Starting the GUI: the QApplication, the system's light or dark palette, opening a desk safely."""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Sequence

from editor_app import __version__
from editor_app.core.paths import AppPaths

log = logging.getLogger(__name__)

COLOR_SCHEME_ENV = "COPYDESK_COLOR_SCHEME"  # "light" or "dark" overrides the system (screenshots, tests)


def _prepare_environment() -> None:
    """Chromium refuses to start as root with its sandbox on; only then is it turned off."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-sandbox".strip()


def make_application(argv: list[str]):  # noqa: ANN201 - QApplication is imported lazily
    """The QApplication, created once per process (reused when one exists, as in tests)."""
    _prepare_environment()
    import PySide6.QtWebEngineWidgets  # noqa: F401 - must be loaded before the QApplication exists
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from editor_app.ui.preview.look_scheme import register_look_scheme

    app = QApplication.instance()
    if app is None:
        register_look_scheme()  # the web engine accepts new schemes only before the application exists
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication(argv)
    app.setApplicationName("Copydesk")
    app.setOrganizationName("Copydesk")
    app.setApplicationDisplayName("Copydesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("copydesk")  # ties windows to packaging/copydesk.desktop (Wayland, docks)
    app.setWindowIcon(app_icon())
    follow_system_palette(app)
    return app


def app_icon():  # noqa: ANN201 - QIcon is imported lazily
    """The icon set in resources/icons (every PNG size, and the SVG for anything larger)."""
    from PySide6.QtGui import QIcon

    from editor_app.core.render import resources_dir

    icon = QIcon()
    hicolor = resources_dir() / "icons" / "hicolor"
    for png in sorted(hicolor.glob("*x*/apps/copydesk.png")):
        icon.addFile(str(png))
    svg = hicolor / "scalable" / "apps" / "copydesk.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


THEME_PROPERTY = "copydeskTheme"  # the Preferences choice, kept on the application object


def follow_system_palette(app: object) -> None:
    """Fusion style with a light or dark palette matching the system, updated when it changes."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    apply_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda *_: apply_palette(app))


def set_theme(app: object, theme: str) -> None:
    """ "light", "dark" or "system" (follow the system), applied at once."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    app.setProperty(THEME_PROPERTY, theme)
    apply_palette(app)


def is_dark(app: object) -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    forced = os.environ.get(COLOR_SCHEME_ENV, "").lower() or str(app.property(THEME_PROPERTY) or "").lower()
    if forced in ("light", "dark"):
        return forced == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_palette(app: object) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    if not is_dark(app):
        app.setPalette(app.style().standardPalette())
        return
    p = QPalette()
    role = QPalette.ColorRole
    for r, color in (
        (role.Window, "#202124"),
        (role.WindowText, "#e8eaed"),
        (role.Base, "#17181a"),
        (role.AlternateBase, "#26282b"),
        (role.Text, "#e8eaed"),
        (role.Button, "#2d2f33"),
        (role.ButtonText, "#e8eaed"),
        (role.Highlight, "#3b6fb6"),
        (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#2d2f33"),
        (role.ToolTipText, "#e8eaed"),
        (role.Link, "#8ab4f8"),
        (role.PlaceholderText, "#9aa0a6"),
        (role.Mid, "#3c4043"),
        (role.Dark, "#111214"),
        (role.Light, "#3c4043"),
    ):
        p.setColor(r, QColor(color))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#80868b"))
    app.setPalette(p)


def open_desk_interactively(paths: AppPaths):  # noqa: ANN201 - returns Desk | None
    """Open the store; on a damaged or too-new store ask what to do. None when the user quits."""
    from editor_app.core.desk import Desk
    from editor_app.core.errors import StoreError
    from editor_app.ui.dialogs.store_error import StoreErrorDialog

    while True:
        is_new = not paths.store_file.exists()
        try:
            desk = Desk.open(paths)
        except StoreError as exc:
            dialog = StoreErrorDialog(exc, paths.store_file)
            dialog.exec()
            if dialog.restored is not None:  # the before-upgrade copy is in place: open it
                logging.getLogger(__name__).warning(
                    "restored %s; the damaged store is kept as %s", dialog.restored.copy, dialog.restored.damaged
                )
                continue
            if dialog.chosen_folder is None:
                return None
            paths = AppPaths.resolve(dialog.chosen_folder)
            continue
        if is_new:
            desk.terms.ensure_sections()
        return desk


def keep_caches_in(paths: AppPaths) -> None:
    """With its own data folder (--data-dir, the demo), a desk keeps what Qt and the libraries
    under it write for themselves (QStandardPaths caches and app data, the web engine's default
    profile, font caches) in its cache folder instead of the home folder. Must run before the
    QApplication exists: Qt reads these once."""
    if not paths.cache_dir.is_relative_to(paths.data_dir):
        return  # the platform's folders: Qt's own places are the desk's places
    for variable, folder in (("XDG_CACHE_HOME", "xdg-cache"), ("XDG_DATA_HOME", "xdg-data")):
        target = paths.cache_dir / folder
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[variable] = str(target)


def hand_to_running_desk(paths: AppPaths, articles: Sequence[str] = ()) -> bool:
    """True when a Copydesk already has this store open and took the request (it comes forward
    and opens `articles`). Raises StoreInUse when one holds it without answering."""
    from editor_app.ui.single_instance import send_request, server_name

    request = {"action": "open" if articles else "activate", "articles": list(articles)}
    return send_request(server_name(paths.store_file), request) is not None


def run(paths: AppPaths, argv: list[str] | None = None, articles: Sequence[str] = ()) -> int:
    """Open the workstation on the desk in `paths` (with `articles` open); returns the process
    exit code. When a desk already runs on that store, it is asked to do this instead."""
    keep_caches_in(paths)
    app = make_application(list(argv if argv is not None else sys.argv))
    from editor_app.core.logs import install_file_log
    from editor_app.core.preferences import PreferencesFile
    from editor_app.ui.host import WindowHost
    from editor_app.ui.i18n import Translations, resolve_language
    from editor_app.ui.single_instance import InstanceServer, StoreInUse, answer_launch, server_name
    from editor_app.ui.workers import Lane, store_lane

    translations = Translations(app)
    while True:
        try:
            if hand_to_running_desk(paths, articles):
                print("copydesk: this desk is already open; its window was brought forward", file=sys.stderr)
                return 0
        except StoreInUse as exc:
            print(
                f"copydesk: the desk {paths.data_dir} is in use: {exc}. Close that Copydesk, or open another "
                "desk folder with --data-dir.",
                file=sys.stderr,
            )
            return 1
        # The interface language first, so even the store's error dialog speaks it.
        prefs, _problem = PreferencesFile.in_folder(paths.config_dir).load_or_default()
        translations.use(resolve_language(prefs.interface_language))
        desk = open_desk_interactively(paths)
        if desk is None:
            return 1
        install_file_log(desk.paths.logs_dir)
        log.info("Copydesk %s opened the desk %s", __version__, desk.paths.data_dir)
        lane = store_lane()
        compute = Lane("compute", workers=1)
        host = WindowHost(desk, lane, compute, translations)
        # The server outlives a window rebuilt in another language: it answers with the current one.
        server = InstanceServer(server_name(desk.paths.store_file), lambda r, h=host: answer_launch(h.window, r), host)
        server.listen()
        window = host.open()
        for article_id in articles:
            window.open_article(article_id, focus=article_id == articles[-1])
        articles = ()
        code = app.exec()
        server.close()
        lane.shutdown()  # autosaves queued at close still land
        compute.shutdown()
        window = host.window
        assert window is not None
        next_folder = window.requested_desk
        window.deleteLater()
        app.sendPostedEvents(None, 0)
        desk.close()
        log.info("Copydesk closed the desk %s", desk.paths.data_dir)
        if next_folder is None:
            return int(code)
        paths = AppPaths.resolve(next_folder)


def run_demo(argv: list[str] | None = None) -> int:
    """The workstation on a throwaway desk filled with sample articles; removed afterwards."""
    from editor_app.core import demo_folders
    from editor_app.core.desk import Desk
    from editor_app.ui.demo_content import fill_demo_desk

    demo_folders.remove_abandoned()  # left by demos that were killed or crashed
    folder, lock = demo_folders.claim()
    try:
        paths = AppPaths.resolve(folder)
        desk = Desk.open(paths)
        try:
            fill_demo_desk(desk)
        finally:
            desk.close()
        return run(paths, argv)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        os.close(lock)
