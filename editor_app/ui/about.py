"""The About box's text: the app's version, Qt's, and the WordPress version each site stated."""

from __future__ import annotations

import html
from collections.abc import Sequence
from platform import python_version

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion

from editor_app import __version__
from editor_app.core.paths import AppPaths
from editor_app.core.services.sites import SiteView

translate = QCoreApplication.translate


def about_text(paths: AppPaths, sites: Sequence[SiteView]) -> str:
    lines = [
        f"<b>Copydesk {html.escape(__version__)}</b>",
        html.escape(translate("About", "An editorial workstation for newsrooms that publish on WordPress.")),
        "",
        html.escape(
            translate("About", "Qt {0} (PySide6 {1}), Python {2}").format(qVersion(), pyside_version, python_version())
        ),
    ]
    if sites:
        lines.append(html.escape(translate("About", "WordPress on the connected sites:")))
        unknown = translate("About", "version not known yet (read when the site is checked or synced)")
        for site in sites:
            version = f"WordPress {site.wp_version}" if site.wp_version else unknown
            lines.append(f"&nbsp;&nbsp;{html.escape(site.name)}: {html.escape(version)}")
    else:
        lines.append(html.escape(translate("About", "No WordPress site is connected yet.")))
    lines += [
        "",
        html.escape(translate("About", "Desk folder: {0}").format(paths.data_dir)),
        html.escape(translate("About", "Logs: {0}").format(paths.logs_dir)),
    ]
    return "<br>".join(lines)
