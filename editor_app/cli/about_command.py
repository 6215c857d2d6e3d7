"""`copydesk about`: what this installation has: versions, spelling dictionaries, keychain
backends, folders. For support requests, and to check a bundle holds what the app needs."""

from __future__ import annotations

import argparse
import importlib
import platform

from editor_app import __version__
from editor_app.cli.context import CliContext, add_json_flag

KEYRING_BACKENDS = ("SecretService", "kwallet", "libsecret", "macOS", "Windows")


def spelling_dictionaries() -> list[str]:
    """The Enchant dictionaries the system offers ([] when Enchant itself is missing)."""
    try:
        import enchant

        return sorted(enchant.list_languages())
    except Exception:  # no libenchant on this system: spellcheck is off, nothing else is affected
        return []


def keyring_backends() -> list[str]:
    """The keychain backends this installation can load (whether a keychain runs is another matter)."""
    found = []
    for name in KEYRING_BACKENDS:
        try:
            importlib.import_module(f"keyring.backends.{name}")
        except Exception:
            continue
        found.append(name)
    return found


def cmd_about(ctx: CliContext, args: argparse.Namespace) -> int:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    info = {
        "version": __version__,
        "qt": qVersion(),
        "pyside": pyside_version,
        "python": platform.python_version(),
        "spelling_dictionaries": spelling_dictionaries(),
        "keyring_backends": keyring_backends(),
        "data_dir": str(ctx.paths.data_dir),
        "log_dir": str(ctx.paths.logs_dir),
    }
    dictionaries = ", ".join(info["spelling_dictionaries"]) or "none (install Enchant and hunspell)"
    human = "\n".join(
        [
            f"Copydesk {info['version']} (Qt {info['qt']}, PySide6 {info['pyside']}, Python {info['python']})",
            f"spelling dictionaries: {dictionaries}",
            f"keychain backends:     {', '.join(info['keyring_backends']) or 'none'}",
            f"data folder:           {info['data_dir']}",
            f"logs:                  {info['log_dir']}",
        ]
    )
    ctx.emit(info, human)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("about", help="versions, spelling dictionaries, keychain backends and folders of this install")
    add_json_flag(p)
    p.set_defaults(handler=cmd_about)
