"""The `copydesk` command: the GUI with no arguments, headless commands otherwise.

Qt is imported only when the GUI is launched, so every other command runs without a display.
Exit codes: 0 ok, 1 operation failed, 2 bad usage or unusable input, 3 conflicts need attention.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from editor_app import __version__
from editor_app.cli import about_command, article_commands, desk_commands, open_command, term_commands
from editor_app.cli.context import CliContext, UsageError
from editor_app.core.errors import CopydeskError, StoreCorrupt

# Command groups register their sub-commands; each handler is `(ctx, args) -> int`.
COMMAND_MODULES = [desk_commands, article_commands, term_commands, open_command, about_command]
try:  # sync commands arrive with the sync engine
    from editor_app.cli import queue_commands, sync_commands

    COMMAND_MODULES += [sync_commands, queue_commands]
except ImportError:  # pragma: no cover - only while the sync package is absent
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own exit code is 2 too; keep its message
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="copydesk", description="Copydesk: draft offline, publish to WordPress.")
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    parser.add_argument("--data-dir", help="the desk's data folder (default: $COPYDESK_DATA_DIR or the platform's)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # Japanese and Korean must print on any locale
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    ctx = CliContext.from_args(args)
    if args.command is None:
        from editor_app.ui.app import run  # the GUI only when asked for

        return run(ctx.paths, [sys.argv[0]])
    try:
        return int(args.handler(ctx, args) or 0)
    except UsageError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        return 2
    except CopydeskError as exc:
        print(f"copydesk: {exc}", file=sys.stderr)
        if isinstance(exc, StoreCorrupt) and args.command != "rescue":
            _suggest_rescue(ctx)
        return exc.exit_code
    except KeyboardInterrupt:
        print("copydesk: interrupted", file=sys.stderr)
        return 1
    except OSError as exc:  # a folder or file the command had to use: say which and why
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"copydesk: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _suggest_rescue(ctx: CliContext) -> None:
    from editor_app.core.rescue import before_upgrade_copy

    hint = "copydesk: to copy its articles out without changing it: copydesk rescue export FOLDER"
    if before_upgrade_copy(ctx.paths) is not None:
        hint += "; to put back the copy made before the last upgrade: copydesk rescue restore"
    print(hint, file=sys.stderr)
