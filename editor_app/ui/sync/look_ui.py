"""The Site menu's look entries: Refresh Site Look, and which look the site's articles are shown in.

Learning a look is network work: it runs on the network pool and reports in the status bar. The
site concerned is the current article's site, else the only site of the desk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from editor_app.core.desk import Desk
from editor_app.core.look.cache import LOOK_DESK, LOOK_SITE, LookManifest
from editor_app.ui.operations import Operations

CurrentSite = Callable[[], "str | None"]


translate = QCoreApplication.translate


def learned_line(manifest: LookManifest) -> str:
    text = translate("SiteLookUi", "Learned the look of {site}: {files} files kept").format(
        site=manifest.site, files=len(manifest.files)
    )
    if manifest.missing:
        text += translate("SiteLookUi", ", {n} on other sites left out").format(n=len(manifest.missing))
    if manifest.problem:
        text += translate(
            "SiteLookUi", ". Its article page could not be understood ({why}); articles stay in the desk's template"
        ).format(why=manifest.problem)
    return text + "."


class SiteLookUi(QObject):
    def __init__(
        self,
        window: QMainWindow,
        desk: Desk,
        ops: Operations,
        menu: QMenu,
        current_site: CurrentSite,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window, self.desk, self.ops = window, desk, ops
        self.current_site, self.changed = current_site, changed
        self.busy: set[str] = set()
        self.refresh_action = QAction(translate("SiteLookUi", "Refresh Site &Look"), window)
        self.refresh_action.setObjectName("action_refresh_look")
        self.refresh_action.setStatusTip(
            translate("SiteLookUi", "Fetch the site's article page again to preview articles in its look")
        )
        self.refresh_action.triggered.connect(lambda _c=False: self.refresh())
        self.use_action = QAction(translate("SiteLookUi", "Preview in the Site's Look"), window)
        self.use_action.setObjectName("action_use_site_look")
        self.use_action.setCheckable(True)
        self.use_action.toggled.connect(self._use_toggled)
        self.context_action = QAction(translate("SiteLookUi", "Keep the Site's Header and Footer"), window)
        self.context_action.setObjectName("action_look_context")
        self.context_action.setCheckable(True)
        self.context_action.toggled.connect(self._context_toggled)
        menu.addSeparator()
        for action in (self.refresh_action, self.use_action, self.context_action):
            menu.addAction(action)
            window.addAction(action)
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def _site(self) -> str | None:
        name = self.current_site()
        if name:
            return name
        sites = self.desk.sites.list()
        return sites[0].name if len(sites) == 1 else None

    def update_actions(self) -> None:
        site = self._site()
        for action in (self.refresh_action, self.use_action, self.context_action):
            action.setEnabled(site is not None)
        if site is None:
            return
        choice = self.desk.looks.request(site)
        for action, on in ((self.use_action, choice.look == LOOK_SITE), (self.context_action, choice.context)):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        self.context_action.setEnabled(choice.look == LOOK_SITE)

    def _use_toggled(self, on: bool) -> None:
        site = self._site()
        if site is not None:
            self.desk.looks.set_choice(site, look=LOOK_SITE if on else LOOK_DESK)
            self.update_actions()
            self.changed()

    def _context_toggled(self, on: bool) -> None:
        site = self._site()
        if site is not None:
            self.desk.looks.set_choice(site, context=on)
            self.changed()

    def refresh(self, site_name: str | None = None) -> None:
        """Learn the site's look again, off the GUI thread."""
        name = site_name or self._site()
        bar = self.window.statusBar()
        if name is None:
            bar.showMessage(
                translate("SiteLookUi", "Open an article of a site first: the look is learned per site."), 8000
            )
            return
        if name in self.busy:
            return
        url = self.desk.sites.get(name).url
        self.busy.add(name)
        bar.showMessage(translate("SiteLookUi", "Learning the look of {site}…").format(site=name))
        self.ops.network(
            self.desk.looks.learn,
            name,
            url,
            on_done=lambda m: self._learned(name, m),
            on_error=lambda e: self._failed(name, e),
        )

    def _learned(self, name: str, manifest: LookManifest) -> None:
        self.busy.discard(name)
        self.window.statusBar().showMessage(learned_line(manifest), 15000)
        self.update_actions()
        self.changed()

    def _failed(self, name: str, exc: BaseException) -> None:
        self.busy.discard(name)
        self.window.statusBar().showMessage(
            translate(
                "SiteLookUi", "Could not learn the look of {site}: {why}. The preview keeps the look it had."
            ).format(site=name, why=exc),
            20000,
        )
