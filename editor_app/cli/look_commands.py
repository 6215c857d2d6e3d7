"""`copydesk site look NAME [--refresh] [--use site|desk] [--context page|column]`."""

from __future__ import annotations

import argparse
from typing import Any

from editor_app.cli.context import CliContext, add_json_flag
from editor_app.core.look.cache import LookManifest


def manifest_dict(m: LookManifest, choice: Any) -> dict[str, Any]:
    return {
        "site": m.site,
        "page_url": m.page_url,
        "fetched_at": m.fetched_at,
        "flavour": m.flavour or None,
        "files": len(m.files),
        "missing": [{"url": x.url, "reason": x.reason} for x in m.missing],
        "problem": m.problem or None,
        "lang_fonts": m.lang_fonts,
        "look": choice.look,
        "context": choice.context,
    }


def describe(m: LookManifest, choice: Any) -> str:
    lines = [
        f"{m.site}: look learned from {m.page_url} at {m.fetched_at}",
        f"  theme kind: {m.flavour or 'not understood'}; {len(m.files)} files kept",
        f"  articles are shown in the {'site' if choice.look == 'site' else 'desk'}'s look"
        + (
            ""
            if choice.look == "desk"
            else " with the site's header and footer"
            if choice.context
            else ", article column only"
        ),
    ]
    if m.problem:
        lines.append(f"  the page cannot be used: {m.problem}; articles fall back to the desk's template")
    for fonts_lang, family in sorted(m.lang_fonts.items()):
        lines.append(f"  {fonts_lang} text uses the site's font {family}")
    if m.missing:
        lines.append(f"  {len(m.missing)} files not kept:")
        lines.extend(f"    {x.url}: {x.reason}" for x in m.missing)
    return "\n".join(lines)


def cmd_site_look(ctx: CliContext, args: argparse.Namespace) -> int:
    desk = ctx.desk()
    site = desk.sites.get(args.name)
    looks = desk.looks
    if args.use or args.context:
        looks.set_choice(site.name, args.use, None if args.context is None else args.context == "page")
    manifest = looks.manifest(site.name)
    if manifest is None or args.refresh:
        manifest = looks.learn(site.name, site.url)
    choice = looks.choice(site.name)
    ctx.emit(manifest_dict(manifest, choice), describe(manifest, choice))
    return 0


def register(site_sub: argparse._SubParsersAction) -> None:
    p = site_sub.add_parser("look", help="learn (or show) the site's article page look for the preview")
    p.add_argument("name")
    p.add_argument("--refresh", action="store_true", help="fetch the look again even if one is kept")
    p.add_argument("--use", choices=("site", "desk"), help="show this site's articles in its look or the desk's")
    p.add_argument("--context", choices=("page", "column"), help="keep the header and footer, or the column only")
    add_json_flag(p)
    p.set_defaults(handler=cmd_site_look)
