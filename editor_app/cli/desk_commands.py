"""`copydesk init`, `demo`, `import`, `export`, `render`, `check`: the desk as a whole."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor_app.cli.context import CliContext, add_json_flag
from editor_app.core.desk import Desk
from editor_app.core.errors import StoreCorrupt


def cmd_init(ctx: CliContext, args: argparse.Namespace) -> int:
    from editor_app.core.desk_init import init_desk

    desk, created, made = init_desk(ctx.paths)
    desk.close()
    state = "created a new" if created else "opened the existing"
    ctx.emit(
        {"store": str(ctx.paths.store_file), "created": created, "sections_added": made},
        f"{state} store at {ctx.paths.store_file} ({made} standard sections added)",
    )
    return 0


def cmd_demo(ctx: CliContext, args: argparse.Namespace) -> int:
    from editor_app.ui.app import run_demo  # Qt only for the GUI

    return run_demo([sys.argv[0]])


def cmd_import(ctx: CliContext, args: argparse.Namespace) -> int:
    result = ctx.desk().transfer.import_paths([Path(p) for p in args.paths])
    ctx.emit(
        {"created": result.created, "updated": result.updated},
        f"imported {len(result.created)} new, updated {len(result.updated)}",
    )
    return 0


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> int:
    written = ctx.desk().transfer.export_all(Path(args.dir), include_trash=args.include_trash)
    ctx.emit([str(p) for p in written], f"exported {len(written)} articles to {args.dir}")
    return 0


def cmd_render(ctx: CliContext, args: argparse.Namespace) -> int:
    from editor_app.core.preview_source import preview_html

    context = None if args.context is None else args.context == "page"
    ctx.out.write(preview_html(ctx.desk(), args.id, look=args.look, context=context))
    return 0


def cmd_check(ctx: CliContext, args: argparse.Namespace) -> int:
    desk: Desk = ctx.desk()
    problems = desk.store.integrity_check()
    if problems:
        raise StoreCorrupt(f"{ctx.paths.store_file}: integrity check failed: {'; '.join(problems[:5])}")
    ctx.emit({"store": str(ctx.paths.store_file), "ok": True}, f"{ctx.paths.store_file}: ok")
    return 0


def cmd_rescue_export(ctx: CliContext, args: argparse.Namespace) -> int:
    from editor_app.core.rescue import export_articles

    exported = export_articles(ctx.paths, Path(args.dir))
    written, lost = exported.files, exported.unreadable
    note = f"; {lost} could not be read" if lost else ""
    ctx.emit(
        {"written": [str(p) for p in written], "unreadable": lost},
        f"copied {len(written)} articles out of {ctx.paths.store_file} to {args.dir}{note}",
    )
    return 0


def cmd_rescue_restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from editor_app.core.rescue import restore_before_upgrade

    restored = restore_before_upgrade(ctx.paths)
    used, aside = restored.copy, restored.damaged
    ctx.emit(
        {"restored_from": str(used), "damaged_file": str(aside)},
        f"restored the store from {used.name}; the damaged file is kept as {aside}",
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    rescue = sub.add_parser("rescue", help="a store that cannot be opened: copy its articles out, or restore a copy")
    rsub = rescue.add_subparsers(dest="rescue_command", metavar="ACTION", required=True)
    p = rsub.add_parser("export", help="write every readable article as Markdown (the store is not touched)")
    p.add_argument("dir")
    add_json_flag(p)
    p.set_defaults(handler=cmd_rescue_export)
    p = rsub.add_parser("restore", help="put back the copy made before the last upgrade (the damaged file is kept)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_rescue_restore)

    p = sub.add_parser("init", help="create the store (and the site's standard sections)")
    add_json_flag(p)
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="open the GUI on a throwaway store filled with sample articles")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("import", help="import Markdown files with YAML front matter (all or nothing)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_json_flag(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="export every article as Markdown with YAML front matter")
    p.add_argument("dir")
    p.add_argument("--include-trash", action="store_true")
    add_json_flag(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("render", help="print an article's preview HTML")
    p.add_argument("id")
    p.add_argument(
        "--look",
        choices=("site", "desk"),
        help="the site's learned look or the desk's template (default: the site's setting)",
    )
    p.add_argument(
        "--context",
        choices=("page", "column"),
        help="with --look site: the whole page around the story, or the article column only",
    )
    p.set_defaults(handler=cmd_render)

    p = sub.add_parser("check", help="run SQLite's full integrity check on the store")
    add_json_flag(p)
    p.set_defaults(handler=cmd_check)
    register_media(sub)


def cmd_media_add(ctx: CliContext, args: argparse.Namespace) -> int:
    m = ctx.desk().media.add(
        args.id, Path(args.file), alt=args.alt, caption=args.caption, credit=args.credit, featured=args.featured
    )
    ctx.emit(_media_dict(m), f"image {m.id} added to {args.id}" + (" as the featured image" if m.featured else ""))
    return 0


def cmd_media_list(ctx: CliContext, args: argparse.Namespace) -> int:
    items = ctx.desk().media.list(args.id)
    lines = [f"{m.id:>5}  {'*' if m.featured else ' '} {m.filename}  {m.alt}" for m in items]
    ctx.emit([_media_dict(m) for m in items], "\n".join(lines) or "no images")
    return 0


def cmd_media_edit(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.alt is None and args.caption is None and args.credit is None:
        from editor_app.core.errors import InvalidInput

        raise InvalidInput("media edit: give at least one of --alt, --caption, --credit")
    m = ctx.desk().media.update(args.media_id, alt=args.alt, caption=args.caption, credit=args.credit)
    ctx.emit(_media_dict(m), f"image {m.id} updated; the next sync sends it")
    return 0


def cmd_media_feature(ctx: CliContext, args: argparse.Namespace) -> int:
    choice = args.media_id.strip().lower()
    if choice != "none" and not choice.isdigit():
        from editor_app.core.errors import InvalidInput

        raise InvalidInput(f"media feature: {args.media_id!r} is not an image id (see `media list`) or 'none'")
    media_id = None if choice == "none" else int(choice)
    ctx.desk().media.set_featured(args.id, media_id)
    text = f"{args.id} has no featured image"
    if media_id is not None:
        text = f"image {media_id} is now the featured image of {args.id}"
    ctx.emit({"article": args.id, "featured": media_id}, text)
    return 0


def _media_dict(m: object) -> dict:
    from dataclasses import asdict

    d = asdict(m)  # type: ignore[call-overload]
    d["path"] = str(d["path"])
    d["title"] = d["filename"]
    return d


def register_media(sub: argparse._SubParsersAction) -> None:
    media = sub.add_parser("media", help="images of an article")
    msub = media.add_subparsers(dest="media_command", metavar="ACTION", required=True)
    p = msub.add_parser("add", help="add an image (JPEG, PNG, GIF, WebP) to an article")
    p.add_argument("id")
    p.add_argument("file")
    p.add_argument("--alt", default="", help="alternative text for readers who cannot see the image")
    p.add_argument("--caption", default="")
    p.add_argument("--credit", default="")
    p.add_argument("--featured", action="store_true")
    add_json_flag(p)
    p.set_defaults(handler=cmd_media_add)
    p = msub.add_parser("list")
    p.add_argument("id")
    add_json_flag(p)
    p.set_defaults(handler=cmd_media_list)
    p = msub.add_parser("edit", help="change an image's alt text, caption or credit")
    p.add_argument("media_id", type=int, help="the image's id, as `media list` shows it")
    p.add_argument("--alt", help="alternative text for readers who cannot see the image")
    p.add_argument("--caption")
    p.add_argument("--credit", help='sent in the caption, as "Photo: NAME" in the article\'s language')
    add_json_flag(p)
    p.set_defaults(handler=cmd_media_edit)
    p = msub.add_parser("feature", help="make one of the article's images its featured image, or none")
    p.add_argument("id")
    p.add_argument("media_id", help="an image id from `media list`, or none")
    add_json_flag(p)
    p.set_defaults(handler=cmd_media_feature)
