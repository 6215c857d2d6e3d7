"""`copydesk open ID|FILE.md …`: open articles in the desk's window, the running one if there is.

A Markdown file is imported first (its front matter kept, as `copydesk import` does), then opened.
With nothing to open it simply brings the desk forward or starts it, which is what a desktop
launcher that passes no file does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor_app.cli.context import CliContext
from editor_app.core.errors import InvalidInput

MARKDOWN_SUFFIXES = (".md", ".markdown")


def _is_file_argument(target: str) -> bool:
    return target.lower().endswith(MARKDOWN_SUFFIXES) or "/" in target or Path(target).is_file()


def article_ids(ctx: CliContext, targets: list[str]) -> list[str]:
    """The full ids of `targets`: ids (or unique prefixes) checked, Markdown files imported."""
    if not targets:
        return []
    is_new = not ctx.paths.store_file.exists()
    desk = ctx.desk(create=True)
    if is_new:
        desk.terms.ensure_sections()
    ids: list[str] = []
    for target in targets:
        if _is_file_argument(target):
            path = Path(target)
            if not path.is_file():
                raise InvalidInput(f"{target}: no such Markdown file")
            result = desk.transfer.import_paths([path])
            ids += result.created + result.updated
        else:
            ids.append(desk.articles.get(target).id)
    return ids


def cmd_open(ctx: CliContext, args: argparse.Namespace) -> int:
    ids = article_ids(ctx, list(args.targets))
    ctx.close()  # the window opens the store itself
    from editor_app.ui.app import run  # Qt only now

    return run(ctx.paths, [sys.argv[0]], ids)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "open",
        help="open articles (ids, or Markdown files imported first) in the running desk, or start it",
    )
    p.add_argument("targets", nargs="*", metavar="ID|FILE.md")
    p.set_defaults(handler=cmd_open)
